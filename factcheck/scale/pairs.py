"""Candidate matching as a shuffle: statement pairs that share a blocking key, found by
joins across the whole extraction, scored in the workers by matching's own scorer.

The keys, windows and budgets are the in-process index's (``match.index``), so the pairs
linked here are the pairs a plain ingest links:

- **window**: dated statements within ``Policy.window_days`` sharing a shingle. Days are
  cut into buckets a window wide; each statement probes its bucket and the two beside
  it, so the join is bounded by what was published around a day, as the index's day
  postings are.
- **event**: articles sharing enough event keys (names, specific figures) to report one
  event (undated, or dated outside the window but within ``Policy.event_days``), then
  their statements sharing a shingle.
- **quoted**: quoted statements, any date, sharing their whole text or a strong 3-gram,
  except boilerplate: texts quoted more than ``Policy.group_all_pairs`` times.
- **chain**: boilerplate's reports in chain order (published, article, statement), each
  with the next.

A pair is then judged once (``match.matcher.judge``) with the same rules as
``match.matcher``: a quoted pair of different events involving boilerplate is only
linked along the chain, with the tier ``group``.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import dask
import dask.dataframe as dd
import pandas as pd
from dask.delayed import delayed

from ..match import POLICY, Entry, Index, Policy, Side, explain, match_text, tokens
from ..match import Article as MatchArticle
from ..match.anchors import NAME_PREFIX, event_test
from ..match.matcher import judge
from ..store.matches import NewMatch
from . import tables
from .rows import key, match_row

STATEMENT_COLUMNS = [
    "order",
    "article_order",
    "article_id",
    "document",
    "published",
    "day",
    "id",
    "kind",
    "quoted",
    "indexed",
    "text",
    "start",
    "parts",
    "norm",
    "text_key",
    "anchors",
    "shingles",
    "strong",
]
ARTICLE_COLUMNS = ["order", "id", "day", "anchors"]
SIDE = ["order", "id", "document", "published", "kind", "quoted", "norm", "text", "start"]
SIDE += ["parts", "anchors", "big"]
MATCH_COLUMNS = list(tables.SCHEMAS["matches"].names)


def frame(out: Path, table: str, columns: list[str]) -> dd.DataFrame:
    """A table as a Dask DataFrame, one partition a part file."""
    files = tables.parts(out, table)
    meta = tables.empty(table, columns)
    if not files:
        return dd.from_pandas(meta, npartitions=1)
    return dd.from_delayed([delayed(tables.read_part)(f, columns) for f in files], meta=meta)


def candidate_matches(out: Path, fmt: str, policy: Policy = POLICY) -> int:
    """Find, score and write the cross-article matches of an extraction; how many."""
    with dask.config.set({"dataframe.convert-string": False}):
        return _candidate_matches(out, fmt, policy)


def _candidate_matches(out: Path, fmt: str, policy: Policy) -> int:
    arts = frame(out, "articles", ARTICLE_COLUMNS)
    kept = arts.groupby("id")["order"].min().to_frame("article_order").reset_index(drop=True)
    arts = arts.merge(kept.rename(columns={"article_order": "order"}), on="order")
    s = frame(out, "statements", STATEMENT_COLUMNS)
    s = s[s["indexed"]].merge(kept, on="article_order")  # a repeated article counts once

    reports = s[s["quoted"]].groupby("text_key").size().to_frame("n").reset_index()
    big = reports[reports["n"] > policy.group_all_pairs][["text_key"]].assign(big=True)
    s = s.merge(big, on="text_key", how="left")
    s["big"] = s["big"].fillna(False).astype(bool)
    s = s.persist()

    grams = _explode(s[["order", "article_order", "day", "shingles"]], "shingles", "g").persist()
    # each source is computed on its own: one expression over all four takes the planner
    # minutes to optimise, for no gain
    found = [
        _window(grams, policy).persist(),
        _event(arts.persist(), grams, policy).persist(),
        _quoted(s, policy).persist(),
    ]
    pairs = dd.concat([p.assign(normal=True, chain=False) for p in found])
    pairs = dd.concat([pairs, _chain(s).assign(normal=False, chain=True).persist()])
    pairs = pairs.groupby(["x", "y"]).agg({"normal": "max", "chain": "max"}).reset_index()

    side = s[SIDE]
    pairs = pairs.merge(side.rename(columns=lambda c: f"x_{c}"), left_on="x", right_on="x_order")
    pairs = pairs.merge(side.rename(columns=lambda c: f"y_{c}"), left_on="y", right_on="y_order")
    scored = pairs.map_partitions(score_frame, policy, meta=tables.empty("matches", MATCH_COLUMNS))
    writes = [
        delayed(tables.write_frame)(out, "matches", i, part, fmt)
        for i, part in enumerate(scored.to_delayed())
    ]
    return sum(delayed(list)(writes).compute())


def _explode(f: dd.DataFrame, column: str, name: str) -> dd.DataFrame:
    out = f.explode(column).rename(columns={column: name})
    out = out[out[name].notnull()]
    return out.astype({name: "int64"})


def _probe(f: dd.DataFrame, width: int) -> tuple[dd.DataFrame, dd.DataFrame]:
    """(probe, build) sides of a join of dated rows within ``width - 1`` days: each row
    is built under its day's bucket and probes that bucket and its two neighbours."""
    f = f[f["day"].notnull()]
    f = f.assign(kb=f["day"] // width)
    probe = dd.concat([f.assign(kb=f["kb"] + d) for d in (-1, 0, 1)])
    return probe, f


def _window(grams: dd.DataFrame, policy: Policy) -> dd.DataFrame:
    probe, build = _probe(grams[["order", "day", "g"]], policy.window_days + 1)
    j = probe.merge(build, on=["g", "kb"], suffixes=("_x", "_y"))
    j = j[(j["order_x"] < j["order_y"]) & ((j["day_x"] - j["day_y"]).abs() <= policy.window_days)]
    return j[["order_x", "order_y"]].rename(columns={"order_x": "x", "order_y": "y"})


def _event(arts: dd.DataFrame, grams: dd.DataFrame, policy: Policy) -> dd.DataFrame:
    """Statement pairs sharing a shingle, of articles that report one event by their
    keys: what ``Index.event_articles`` finds."""
    keys = _explode_str(arts[["order", "day", "anchors"]], "anchors", "k")
    probe, build = _probe(keys, policy.event_days + 1)
    dated = probe.merge(build, on=["k", "kb"], suffixes=("_x", "_y"))
    apart = (dated["day_x"] - dated["day_y"]).abs()
    dated = dated[
        (dated["order_x"] < dated["order_y"])
        & (apart > policy.window_days)
        & (apart <= policy.event_days)
    ][["order_x", "order_y", "k"]].assign(dated=True)
    undated = keys[keys["day"].isnull()]
    u = undated.merge(keys, on="k", suffixes=("_x", "_y"))
    u = u[(u["order_x"] != u["order_y"]) & (u["day_y"].notnull() | (u["order_x"] < u["order_y"]))]
    lo = u[["order_x", "order_y"]].min(axis=1)
    hi = u[["order_x", "order_y"]].max(axis=1)
    u = u.assign(order_x=lo, order_y=hi)[["order_x", "order_y", "k"]].assign(dated=False)
    shared = dd.concat([dated, u])
    shared = shared.assign(names=shared["k"].str.startswith(NAME_PREFIX).astype("int64"))
    counts = (
        shared.groupby(["order_x", "order_y"])
        .agg({"names": "sum", "k": "count", "dated": "max"})
        .reset_index()
    )
    same = counts.map_partitions(_event_test, policy, meta=counts._meta)
    ap = same[["order_x", "order_y"]].rename(columns={"order_x": "lo", "order_y": "hi"})
    ga = grams[["article_order", "g", "order"]]
    j = ap.merge(ga, left_on="lo", right_on="article_order")[["hi", "g", "order"]]
    j = j.merge(ga, left_on=["hi", "g"], right_on=["article_order", "g"], suffixes=("_x", "_y"))
    return j[["order_x", "order_y"]].rename(columns={"order_x": "x", "order_y": "y"})


def _explode_str(f: dd.DataFrame, column: str, name: str) -> dd.DataFrame:
    out = f.explode(column).rename(columns={column: name})
    return out[out[name].notnull()].astype({name: "string"})


def _event_test(counts: pd.DataFrame, policy: Policy) -> pd.DataFrame:
    ok = [
        event_test(int(n), int(k) - int(n), bool(d), policy)
        for n, k, d in zip(counts["names"], counts["k"], counts["dated"], strict=True)
    ]
    return counts[pd.Series(ok, index=counts.index, dtype=bool)]


def _quoted(s: dd.DataFrame, policy: Policy) -> dd.DataFrame:
    """Quoted statements of texts under the boilerplate size sharing their text or a
    strong 3-gram (``Index.strong_postings``), whatever their dates."""
    q = s[s["quoted"] & ~s["big"]][["order", "text_key", "strong"]]
    q = q.map_partitions(_lookup_keys, meta={"order": "Int64", "k": "object"})
    q = _explode(q, "k", "k")
    j = q.merge(q, on="k", suffixes=("_x", "_y"))
    j = j[j["order_x"] < j["order_y"]]
    return j[["order_x", "order_y"]].rename(columns={"order_x": "x", "order_y": "y"})


def _lookup_keys(part: pd.DataFrame) -> pd.DataFrame:
    ks = [
        [int(t), *(int(x) for x in st)]
        for t, st in zip(part["text_key"], part["strong"], strict=True)
    ]
    return pd.DataFrame(
        {"order": part["order"], "k": pd.Series(ks, index=part.index, dtype=object)}
    )


def _chain(s: dd.DataFrame) -> dd.DataFrame:
    """Each boilerplate report with the next in its text's chain order."""
    c = s[s["quoted"] & s["big"]][["order", "text_key", "published", "article_id", "id"]]
    meta = pd.DataFrame({"x": pd.Series(dtype="int64"), "y": pd.Series(dtype="int64")})
    return c.groupby("text_key").apply(_consecutive, meta=meta).reset_index(drop=True)


def _consecutive(group: pd.DataFrame) -> pd.DataFrame:
    g = group.assign(p=group["published"].fillna(""))
    g = g.sort_values(["p", "article_id", "id", "order"])
    orders = [int(o) for o in g["order"]]
    pairs = [(min(a, b), max(a, b)) for a, b in itertools.pairwise(orders)]
    return pd.DataFrame(pairs, columns=["x", "y"], dtype="int64")


def score_frame(part: pd.DataFrame, policy: Policy = POLICY) -> pd.DataFrame:
    """The matches of one partition of candidate pairs, as the store keeps them."""
    index = Index(policy)
    articles: dict[tuple[str, str | None, tuple[str, ...]], MatchArticle] = {}
    entries: dict[int, Entry] = {}
    sides: dict[int, Side] = {}
    cols = {c: part[c].tolist() for c in part.columns}

    def entry(i: int, p: str) -> Entry:
        order = int(cols[f"{p}_order"][i])
        e = entries.get(order)
        if e is None:
            doc = cols[f"{p}_document"][i]
            published = _str(cols[f"{p}_published"][i])
            anchors = tuple(cols[f"{p}_anchors"][i])
            ak = (doc, published, anchors)
            a = articles.get(ak)
            if a is None:
                a = articles[ak] = index.add_article(
                    MatchArticle(doc, key("d", doc), published, frozenset(anchors))
                )
            e = entries[order] = Entry(
                order,
                cols[f"{p}_id"][i],
                a,
                cols[f"{p}_kind"][i],
                bool(cols[f"{p}_quoted"][i]),
                index.text(cols[f"{p}_norm"][i]),
            )
        return e

    def side(i: int, p: str) -> Side:
        o = int(cols[f"{p}_order"][i])
        sd = sides.get(o)
        if sd is None:
            parts = json.loads(cols[f"{p}_parts"][i] or "[]")
            mt = match_text(cols[f"{p}_text"][i], int(cols[f"{p}_start"][i]), parts)
            sd = sides[o] = Side(tokens(mt), mt)
        return sd

    out: list[dict[str, Any]] = []
    xdoc, ydoc = cols["x_document"], cols["y_document"]
    normals, chains, xbig, ybig = cols["normal"], cols["chain"], cols["x_big"], cols["y_big"]
    xn, yn = cols["x_norm"], cols["y_norm"]
    # pairs of one text pair together: the aligner caches by the two texts
    for i in sorted(range(len(part)), key=lambda k: (xn[k], yn[k])):
        if xdoc[i] == ydoc[i]:
            continue
        x, y = entry(i, "x"), entry(i, "y")
        se = index.same_event(x, y)
        normal = bool(normals[i]) and not (
            x.quoted and y.quoted and not se and (bool(xbig[i]) or bool(ybig[i]))
        )
        if not normal and not chains[i]:
            continue
        link = judge(index, x, y, se)
        if link is None:
            continue
        if not normal:
            link.decision = replace(link.decision, tier="group")
        pa, pb = ("x", "y") if link.a is x else ("y", "x")
        reasons, diff = explain(link.decision, link.alignment, side(i, pa), side(i, pb), policy)
        d = link.decision
        out.append(match_row(NewMatch(link.a.id, link.b.id, d.relation, d.score, reasons, diff)))
    if not out:
        return tables.empty("matches", MATCH_COLUMNS)
    return pd.DataFrame(out, columns=MATCH_COLUMNS)


def _str(v: Any) -> str | None:
    return None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else str(v)
