"""Candidate matching as a shuffle: statement pairs that share a blocking key, found by
joins across the whole extraction, scored in the workers by matching's own scorer.

The keys, windows and budgets are the in-process index's (``match.index``), so the pairs
linked here are the pairs a plain ingest links:

- **window**: dated statements at most ``Policy.window_days`` apart sharing a shingle,
  joined within ranges of consecutive days (about ``SHUFFLE_STATEMENTS`` statements a
  range, from the count of statements a day): the (shingle, day) rows are shuffled once,
  each to its day's range and, as a row only to be met, to the ranges of the
  ``window_days`` days before it; in its range each row probes the same shingle on its own
  day and each of the days after. A pair is found in the range of its earlier day only,
  so it leaves that task once, whatever the number of shingles its statements share (a
  hash join on the shingle sent it from a partition a shingle, more often the more
  partitions), and no pair outside the window is; the work is bounded by what was
  published around a day, as the index's day postings are.
- **event**: articles reporting one event by their keys (``Index.event_articles``:
  undated, or dated outside the window but within ``Policy.event_days``), then their
  statements sharing a shingle. The test needs at least two shared names
  (``Policy.event_names``, ``event_names_alone``), so articles are joined on the pairs of
  names they hold, not on single keys: an undated article meets only the articles that
  share two of its names with it, not every article naming a common one. The test itself
  is ``anchors.same_event`` on the two articles' keys.
- **quoted**: quoted statements, any date, of texts quoted at most
  ``Policy.group_all_pairs`` times (not boilerplate) that share their text, or whose texts
  share a strong 3-gram and enough words to link at another event
  (``classify.quotes_linkable_apart``). Worked on texts, each sent once a 3-gram with its
  words and its reports: the reports of texts that share a phrase and little else never
  become pairs (at 100,000 generated articles, six in seven of what this source found).
- **chain**: boilerplate's reports in chain order (published, article, statement), each
  with the next: a distributed sort on that order, pairs within each sorted partition and
  across the seams, so that no text's reports are ever gathered in one task.

A pair is then judged once (``match.matcher.judge``) with the same rules as
``match.matcher``: a quoted pair of different events involving boilerplate is only
linked along the chain, with the tier ``group``. Within a scoring task the pairs of one
text pair (a quote many outlets report) are aligned and decided once
(``judge(..., decided)``).

Memory: no table is persisted in the cluster or gathered in the driver. Joins are
partitioned (by hash, the window's by ranges of days) into partitions sized by
``SHUFFLE_STATEMENTS`` and each source of pairs
is written to a stage folder (Parquet) before the next step reads it, so a task holds one
partition. Scoring never shuffles texts: the statements are staged once in order, a file a
piece (Arrow IPC, mapped into memory by the tasks that read it), and the pairs (two orders
and two flags) are routed to tasks by the pair of pieces their statements lie in (a "block
pair"), ``SCORE_PAIRS`` a task, so a task maps few pieces and takes from them only the rows
of its pairs. The driver holds the orders of repeated articles, the keys of boilerplate
texts, the count of statements a day and the count of pairs a block pair, all small.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import itertools
import json
import math
import shutil
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import dask
import dask.dataframe as dd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.feather as feather
from dask.base import compute
from dask.delayed import delayed
from distributed import get_client

from ..match import (
    POLICY,
    Entry,
    Index,
    Policy,
    Side,
    explain,
    forget_alignments,
    match_text,
    tokens,
)
from ..match import Article as MatchArticle
from ..match.anchors import NAME_PREFIX, same_event
from ..match.classify import quotes_linkable_apart
from ..match.index import Text, shared_words
from ..match.matcher import Decided, judge
from ..match.text import from_stored, plain
from ..store.matches import NewMatch
from . import tables
from .rows import STATEMENT_BITS, key, match_row

SHUFFLE_STATEMENTS = 5_000  # statements a join partition and a staged piece are sized for
SCORE_PAIRS = 20_000  # candidate pairs a scoring task takes (it reads their statements)
STAGE = ".matching"  # the folder in an extraction where joins' results wait; removed after

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
_PAIR = pd.DataFrame({"x": pd.Series(dtype="int64"), "y": pd.Series(dtype="int64")})


def frame(out: Path, table: str, columns: list[str]) -> dd.DataFrame:
    """A table as a Dask DataFrame, one partition a piece of about ``SHUFFLE_STATEMENTS``
    rows (``tables.pieces``): what a task reads does not grow with the blocks."""
    found = tables.pieces(out, table, SHUFFLE_STATEMENTS)
    meta = tables.empty(table, columns)
    if not found:
        return dd.from_pandas(meta, npartitions=1)
    return dd.from_delayed(
        [delayed(tables.read_part)(f, columns, groups) for f, groups in found], meta=meta
    )


def candidate_matches(
    out: Path, fmt: str, policy: Policy = POLICY, statements: int | None = None
) -> int:
    """Find, score and write the cross-article matches of an extraction; how many.
    ``statements``: how many the extraction holds (counted when not given), to size the
    shuffle's partitions."""
    stage = out / STAGE
    shutil.rmtree(stage, ignore_errors=True)
    try:
        with dask.config.set({"dataframe.convert-string": False}):
            return _candidate_matches(out, fmt, policy, stage, statements)
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _candidate_matches(
    out: Path, fmt: str, policy: Policy, stage: Path, statements: int | None
) -> int:
    workers = max(1, len(get_client().scheduler_info().get("workers", {})))
    if statements is None:
        statements = len(frame(out, "statements", ["order"]))
    k = max(workers, math.ceil(statements / SHUFFLE_STATEMENTS))

    repeated = delayed(_repeated_articles(out, k))
    s = frame(out, "statements", STATEMENT_COLUMNS).astype(
        {"order": "int64", "article_order": "int64", "text_key": "int64"}
    )
    s = s.map_partitions(_kept, repeated, "article_order", meta=s._meta)
    s = s[s["indexed"]]
    texts = s[s["quoted"]]["text_key"].value_counts(split_out=k)
    big = delayed(np.sort(texts[texts > policy.group_all_pairs].index.compute().to_numpy()))
    s = s.map_partitions(_with_big, big, meta=s._meta.assign(big=pd.Series(dtype=bool)))
    arts = frame(out, "articles", ARTICLE_COLUMNS).astype({"order": "int64"})
    arts = arts.map_partitions(_kept, repeated, "order", meta=arts._meta)

    grams = _explode(s[["order", "article_order", "day", "shingles"]], "shingles", "g")
    # each source is computed and written on its own: one expression over all of them
    # takes the planner minutes to optimise, and holds more at once
    found = [
        _stage(_window(grams, s, policy), stage / "window").assign(normal=True, chain=False),
        _stage(_event(arts, grams, policy, k), stage / "event").assign(normal=True, chain=False),
        _stage(_quoted(s, policy, k), stage / "quoted").assign(normal=True, chain=False),
        _stage(_chain(s, stage / "sorted"), stage / "chain").assign(normal=False, chain=True),
    ]
    pairs = dd.concat(found).groupby(["x", "y"]).agg({"normal": "max", "chain": "max"}, split_out=k)
    pairs = _stage(pairs.reset_index(), stage / "pairs")

    # The statements' texts never move: they are staged once in order, a file a piece,
    # and each scoring task takes its pairs' rows from the pieces that hold them. Only
    # the pairs (two orders and two flags) are shuffled, to the task that scores them.
    pieces = _stage_pieces(s[SIDE], stage / "side")
    if not pieces:
        return 0
    firsts = np.array([first for _, first in pieces], dtype="int64")
    paths = [path for path, _ in pieces]
    blocks = pairs.map_partitions(_block_pair, firsts, meta=pd.Series(dtype="int64", name="b"))
    counts = blocks.value_counts(split_out=1).compute().sort_index()
    plan = _plan(counts.index.to_numpy(dtype="int64"), counts.to_numpy(dtype="int64"))
    tasks = int(plan[1][-1] + plan[2][-1]) if len(counts) else 1
    routed = pairs.map_partitions(
        _with_task, firsts, delayed(plan), meta=pairs._meta.assign(task=pd.Series(dtype="int64"))
    ).set_index("task", divisions=list(range(tasks + 1)))
    scored = routed.map_partitions(
        score_part, firsts, paths, policy, meta=tables.empty("matches", MATCH_COLUMNS)
    )
    writes = [
        delayed(tables.write_frame)(out, "matches", i, part, fmt)
        for i, part in enumerate(scored.to_delayed())
    ]
    return sum(delayed(list)(writes).compute())


def _side_schema() -> pa.Schema:
    table = tables.SCHEMAS["statements"]
    fields = [table.field(c) for c in SIDE if c != "big"]
    return pa.schema([*fields, pa.field("big", pa.bool_())])


def _stage_pieces(side: dd.DataFrame, folder: Path) -> list[tuple[str, int]]:
    """The statements to score, written a partition a file in their order, as Arrow IPC
    files a task maps into memory and takes rows from; (file, first order) of each."""
    folder.mkdir(parents=True, exist_ok=True)
    writes = [
        delayed(_write_piece)(part, str(folder / f"piece.{i:06d}.arrow"))
        for i, part in enumerate(side.to_delayed())
    ]
    found = [w for w in compute(*writes) if w is not None]
    get_client().run(release_memory)
    return sorted(found, key=lambda w: w[1])


def _write_piece(part: pd.DataFrame, path: str) -> tuple[str, int] | None:
    if not len(part):
        return None
    part = part.sort_values("order")
    table = pa.Table.from_pandas(part, schema=_side_schema(), preserve_index=False)
    feather.write_feather(table, path, compression="uncompressed")
    return path, int(part["order"].iloc[0])


def _take(path: str, orders: np.ndarray) -> pd.DataFrame:
    """The rows of a staged piece with these orders (sorted): mapped, not read, so a task
    pays for the rows it takes, not for the piece."""
    table = feather.read_table(path, memory_map=True)
    held = table.column("order").to_numpy()
    at = np.searchsorted(held, orders).clip(max=len(held) - 1)
    at = at[held[at] == orders]
    return table.take(pa.array(at)).to_pandas()


def _piece(orders: np.ndarray, firsts: np.ndarray) -> np.ndarray:
    return np.searchsorted(firsts, orders, side="right") - 1


def _block_pair(part: pd.DataFrame, firsts: np.ndarray) -> pd.Series:
    """Each pair's block pair: the pieces of its two statements, as one number."""
    x = _piece(part["x"].to_numpy(dtype="int64"), firsts)
    y = _piece(part["y"].to_numpy(dtype="int64"), firsts)
    return pd.Series(x * len(firsts) + y, dtype="int64", name="b")


Plan = tuple[np.ndarray, np.ndarray, np.ndarray]


def _plan(blocks: np.ndarray, counts: np.ndarray, per_task: int = SCORE_PAIRS) -> Plan:
    """(block pairs, first task, tasks): a block pair with more than ``per_task`` pairs is
    spread over several tasks by its first statements' articles; smaller ones in block
    order share a task until it holds ``per_task``, so a task reads few pieces."""
    first = np.zeros(len(blocks), dtype="int64")
    spread = np.ones(len(blocks), dtype="int64")
    task, held = 0, 0
    for i, n in enumerate(counts.tolist()):
        if n > per_task:
            task += held > 0
            first[i], spread[i] = task, math.ceil(n / per_task)
            task += int(spread[i])
            held = 0
            continue
        if held and held + n > per_task:
            task, held = task + 1, 0
        first[i] = task
        held += n
    return blocks, first, spread


def _with_task(part: pd.DataFrame, firsts: np.ndarray, plan: Plan) -> pd.DataFrame:
    blocks, first, spread = plan
    x = part["x"].to_numpy(dtype="int64")
    b = _block_pair(part, firsts).to_numpy()
    i = np.searchsorted(blocks, b)
    task = first[i] + (x >> STATEMENT_BITS) % spread[i]
    return part.assign(task=task.astype("int64"))


def score_part(
    part: pd.DataFrame, firsts: np.ndarray, paths: list[str], policy: Policy = POLICY
) -> pd.DataFrame:
    """The matches of one task's pairs. Their statements are taken from the staged pieces
    that hold them, each piece mapped once, so a task holds its pairs and their statements
    (at most twice ``SCORE_PAIRS``), whatever the size of the archive. The alignments
    cached while scoring are dropped after: kept, they grow a worker's memory. (Scoring
    makes no reference cycles, so the task ends with a trim, not a full collection: that
    walks the worker's whole heap, about 0.1 s a task whatever the task.)"""
    try:
        return _score_part(part, firsts, paths, policy)
    finally:
        forget_alignments()
        trim_memory()


def _score_part(
    part: pd.DataFrame, firsts: np.ndarray, paths: list[str], policy: Policy
) -> pd.DataFrame:
    x = part["x"].to_numpy(dtype="int64")
    y = part["y"].to_numpy(dtype="int64")
    needed = np.unique(np.concatenate([x, y]))
    where = _piece(needed, firsts)
    found = [_take(paths[p], needed[where == p]) for p in np.unique(where).tolist()]
    if not found:
        return tables.empty("matches", MATCH_COLUMNS)
    side = pd.concat(found, ignore_index=True)
    f = part[["x", "y", "normal", "chain"]].reset_index(drop=True)
    for name in ("x", "y"):
        f = f.merge(side.add_prefix(f"{name}_"), left_on=name, right_on=f"{name}_order")
    return _score_frame(f, policy)


def _stage(f: dd.DataFrame, folder: Path) -> dd.DataFrame:
    """``f`` computed and written to ``folder``, read back lazily, its partitions in order:
    a step's end, where the workers hand back the memory the step freed."""
    f.to_parquet(folder, write_index=False, name_function=lambda i: f"part.{i:06d}.parquet")
    get_client().run(release_memory)
    return dd.read_parquet(folder)


def release_memory() -> None:
    """Run in each worker between steps: collect cycles, then ask the C allocator to return
    its free pages (a step's frames and shuffle buffers are freed by then, but glibc keeps
    the pages, and a worker's footprint would grow with each step it has run)."""
    gc.collect()
    trim_memory()


def trim_memory() -> None:
    """Ask the C allocator to return its free pages to the system."""
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def _libc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:  # found as the pool's worker set-up finds it (pipeline.batch), not by a fixed name
        return ctypes.CDLL(ctypes.util.find_library("c"))
    except OSError:
        return None


_LIBC = _libc()


def _repeated_articles(out: Path, k: int) -> np.ndarray:
    """The orders of articles whose id an earlier article had (a feed's repeat): counted
    once, as a plain ingest stores them once. Few; gathered to the driver."""
    a = frame(out, "articles", ["order", "id"]).shuffle("id", npartitions=k)
    rep = a.map_partitions(_repeats, meta=pd.Series(dtype="int64", name="order")).compute()
    return np.sort(rep.to_numpy(dtype="int64"))


def _repeats(part: pd.DataFrame) -> pd.Series:
    first = part.groupby("id")["order"].transform("min")
    return part.loc[part["order"] != first, "order"].astype("int64")


def _kept(part: pd.DataFrame, repeated: np.ndarray, column: str) -> pd.DataFrame:
    if not len(repeated):
        return part
    return part[~part[column].isin(repeated)]


def _with_big(part: pd.DataFrame, big: np.ndarray) -> pd.DataFrame:
    return part.assign(big=part["text_key"].isin(big).astype(bool))


def _explode(f: dd.DataFrame, column: str, name: str) -> dd.DataFrame:
    out = f.explode(column).rename(columns={column: name})
    out = out[out[name].notnull()]
    return out.astype({name: "int64"})


def _pairs(j: dd.DataFrame, rule: str, policy: Policy) -> dd.DataFrame:
    """A join's rows (``order_x``, ``order_y``) kept by ``rule`` and made pairs (x < y), each
    once within a partition, in one task a partition: the join's output has no other reader,
    so it is fused with this and never held in memory waiting for one."""
    return j.map_partitions(_pairs_part, rule, policy, meta=_PAIR)


def _pairs_part(part: pd.DataFrame, rule: str, policy: Policy) -> pd.DataFrame:
    a, b = part["order_x"].to_numpy(dtype="int64"), part["order_y"].to_numpy(dtype="int64")
    keep = np.ones(len(a), dtype=bool)
    if rule in ("dated", "undated"):  # articles
        dx = part["day_x"].to_numpy(dtype="float64", na_value=np.nan)
        dy = part["day_y"].to_numpy(dtype="float64", na_value=np.nan)
        if rule == "dated":  # outside the window, within event_days
            apart = np.abs(dx - dy)
            keep = (a < b) & (apart > policy.window_days) & (apart <= policy.event_days)
        else:  # an undated article with any other
            keep = (a != b) & (~np.isnan(dy) | (a < b))
    else:  # statements, of two articles (one article's never match)
        if rule == "window":  # a day's rows met twice, the days after once
            keep = (part["ahead"].to_numpy(dtype="int64") > 0) | (a < b)
        elif rule == "quoted":  # a table joined with itself: each pair twice
            keep = a < b
        # "event" and "texts": each pair once already (two sides of a pair joined)
        keep &= (a >> STATEMENT_BITS) != (b >> STATEMENT_BITS)
    a, b = a[keep], b[keep]
    pairs = pd.DataFrame({"x": np.minimum(a, b), "y": np.maximum(a, b)})
    return pairs.drop_duplicates(ignore_index=True)


def _join(left: dd.DataFrame, right: dd.DataFrame, k: int, **on: Any) -> dd.DataFrame:
    """A hash join into ``k`` partitions (never a broadcast of a side that may be large)."""
    return left.merge(right, npartitions=k, broadcast=False, suffixes=("_x", "_y"), **on)


def _window(grams: dd.DataFrame, s: dd.DataFrame, policy: Policy) -> dd.DataFrame:
    """Dated statement pairs at most ``window_days`` apart sharing a shingle, joined within
    ranges of days: each range's rows meet the rows of its own days and of the
    ``window_days`` after it (copied into it), in one task. A pair is found in the range
    of its earlier day only, so its rows for all the shingles it shares meet in one task
    and it leaves that task once; a hash join on the shingle would send the pair from a
    partition a shingle, more of them the more partitions. The ranges hold about
    ``SHUFFLE_STATEMENTS`` statements each (from the count of statements a day); a busy
    day of a large archive, alone over twice that, is shared among tasks by shingle."""
    g = grams[grams["day"].notnull()][["order", "day", "g"]]
    days = s[s["day"].notnull()]["day"].value_counts().compute()
    starts, splits = _day_ranges(days.index.to_numpy(dtype="int64"), days.to_numpy(dtype="int64"))
    meta = g._meta.assign(probe=pd.Series(dtype=bool), part=pd.Series(dtype="int64"))
    routed = g.map_partitions(_to_ranges, starts, splits, policy.window_days, meta=meta)
    routed = routed.set_index("part", divisions=list(range(int(splits.sum()) + 1)))
    return routed.map_partitions(_window_part, policy, meta=_PAIR)


def _day_ranges(
    days: np.ndarray, counts: np.ndarray, per_range: int = SHUFFLE_STATEMENTS
) -> tuple[np.ndarray, np.ndarray]:
    """The first day of each range of consecutive days holding about ``per_range``
    statements (a day is never split across ranges), and the tasks each range is shared
    among: one, but for a range over twice the budget (one holding a busy day), which is
    shared by shingle among tasks of about ``per_range`` statements. A pair
    sharing shingles of two such tasks is found twice; the pairs' dedup merges it."""
    if not len(days):
        return np.zeros(1, dtype="int64"), np.ones(1, dtype="int64")
    at = np.argsort(days)
    days, counts = days[at], counts[at]
    before = np.cumsum(counts) - counts  # statements on the days before each
    cut = np.flatnonzero(np.diff(before // per_range, prepend=-1) > 0)
    held = np.add.reduceat(counts, cut)
    splits = np.where(held > 2 * per_range, -(-held // per_range), 1)
    return days[cut], splits.astype("int64")


def _to_ranges(
    part: pd.DataFrame, starts: np.ndarray, splits: np.ndarray, window: int
) -> pd.DataFrame:
    """Each row in its day's range (``probe``) and, as a row to be met only, in the ranges
    of the ``window`` days before its day; in a range shared among tasks, in the task of
    its shingle."""
    day = part["day"].to_numpy(dtype="int64")
    own = np.searchsorted(starts, day, side="right") - 1
    first = (np.searchsorted(starts, day - window, side="right") - 1).clip(min=0)
    copies = own - first + 1
    rows = np.repeat(np.arange(len(part)), copies)
    offset = np.arange(len(rows)) - np.repeat(np.cumsum(copies) - copies, copies)
    ranges = first[rows] + offset
    out = part.iloc[rows].reset_index(drop=True)
    base = np.cumsum(splits) - splits  # each range's first task
    task = base[ranges] + np.mod(out["g"].to_numpy(dtype="int64"), splits[ranges])
    return out.assign(probe=ranges == own[rows], part=task.astype("int64"))


def _window_part(part: pd.DataFrame, policy: Policy) -> pd.DataFrame:
    """One range's pairs: its own rows probing each day of the window ahead, a day at a
    time, each day's pairs made unique before the next is joined (a task holds pairs,
    not the rows of every shingle two statements share)."""
    f = part.reset_index()[["part", "order", "day", "g", "probe"]].astype({"day": "int64"})
    probe = f[f["probe"]].drop(columns="probe")
    met = f.drop(columns="probe")
    found = [
        _pairs_part(
            probe.assign(day=probe["day"] + d, ahead=d).merge(
                met, on=["part", "g", "day"], suffixes=("_x", "_y")
            ),
            "window",
            policy,
        )
        for d in range(policy.window_days + 1)
    ]
    return pd.concat(found, ignore_index=True).drop_duplicates(ignore_index=True)


def _event(arts: dd.DataFrame, grams: dd.DataFrame, policy: Policy, k: int) -> dd.DataFrame:
    """Statement pairs sharing a shingle, of articles that report one event by their
    keys: what ``Index.event_articles`` finds. (The candidate articles are not gathered
    to filter the joins by: at archive scale most articles share two names with another,
    and the driver would hold them all.)"""
    meta = pd.DataFrame(
        {
            "order": pd.Series(dtype="int64"),
            "day": pd.Series(dtype="Int64"),
            "k": pd.Series(dtype=object),
        }
    )
    keys = arts.map_partitions(_event_keys, policy, meta=meta)
    # dated, outside the window but within event_days: buckets of event_days + 1 days,
    # each key probing its bucket and the two beside it
    width = policy.event_days + 1
    dated = keys[keys["day"].notnull()]
    dated = dated.assign(kb=dated["day"] // width)
    probe = dd.concat([dated.assign(kb=dated["kb"] + d) for d in (-1, 0, 1)])
    d = _pairs(_join(probe, dated, k, on=["k", "kb"]), "dated", policy)
    # undated: with any other article
    u = _pairs(_join(keys[keys["day"].isnull()], keys, k, on="k"), "undated", policy)
    cands = dd.concat([d, u]).drop_duplicates(split_out=k)
    # the test itself, on the two articles' keys
    a = arts[["order", "day", "anchors"]]
    c = _join(cands, a.rename(columns=lambda n: f"x_{n}"), k, left_on="x", right_on="x_order")
    c = _join(c, a.rename(columns=lambda n: f"y_{n}"), k, left_on="y", right_on="y_order")
    same = c.map_partitions(_same_event, policy, meta=_PAIR)
    # then their statements sharing a shingle
    ga = grams[["article_order", "g", "order"]]
    j = _join(same, ga, k, left_on="x", right_on="article_order")[["y", "g", "order"]]
    j = _join(j, ga, k, left_on=["y", "g"], right_on=["article_order", "g"])
    return _pairs(j, "event", policy)


def _event_keys(part: pd.DataFrame, policy: Policy) -> pd.DataFrame:
    """(article, day, key) rows to join articles on: the pairs of names an article holds
    when the event test needs two names at least, else each of its keys."""
    paired = min(policy.event_names, policy.event_names_alone) >= 2
    orders: list[int] = []
    days: list[Any] = []
    ks: list[str] = []
    for order, day, anchors in zip(part["order"], part["day"], part["anchors"], strict=True):
        if paired:
            names = sorted(a for a in anchors if a.startswith(NAME_PREFIX))
            found = ["\x1f".join(p) for p in itertools.combinations(names, 2)]
        else:
            found = list(anchors)
        orders += [int(order)] * len(found)
        days += [day] * len(found)
        ks += found
    return pd.DataFrame(
        {
            "order": pd.Series(orders, dtype="int64"),
            "day": pd.Series(days, dtype="Int64"),
            "k": pd.Series(ks, dtype=object),
        }
    )


def _same_event(c: pd.DataFrame, policy: Policy) -> pd.DataFrame:
    keep = [
        same_event(_day(dx), _day(dy), frozenset(kx), frozenset(ky), policy)
        for dx, dy, kx, ky in zip(
            c["x_day"], c["y_day"], c["x_anchors"], c["y_anchors"], strict=True
        )
    ]
    picked = c[pd.Series(keep, index=c.index, dtype=bool)]
    return pd.DataFrame(
        {"x": picked["x"].to_numpy(dtype="int64"), "y": picked["y"].to_numpy(dtype="int64")}
    )


def _day(v: Any) -> int | None:
    return None if v is None or v is pd.NA else int(v)


def _quoted(s: dd.DataFrame, policy: Policy, k: int) -> dd.DataFrame:
    """Quoted statements of texts under the boilerplate size, at any date, that share
    their text, or whose texts share a strong 3-gram (``Index.strong_postings``) and
    enough words to link at another event (``classify.quotes_linkable_apart``; a pair of
    one event sharing a 3-gram is the window's or the event source's already, and is
    judged there). Worked on texts: the statements are shuffled once by text, where each
    text's reports are paired and the text is sent on, once a 3-gram, with its words and
    its reports' orders; texts meet on a 3-gram, and only those that could link are made
    pairs of their reports. So the many reports of texts that share a phrase and little
    else never reach scoring (a pair found on two 3-grams is merged by the pairs' dedup)."""
    q = s[s["quoted"] & ~s["big"]][["order", "text_key", "norm", "strong"]]
    by_text = q.shuffle("text_key", npartitions=k)
    same = by_text.map_partitions(_same_text, policy, meta=_PAIR)
    meta = {"g": "int64", "text_key": "int64", "words": object, "orders": object}
    grams = by_text.map_partitions(_text_grams, meta=meta).shuffle("g", npartitions=k)
    return dd.concat([same, grams.map_partitions(_near_texts, policy, meta=_PAIR)])


def _same_text(part: pd.DataFrame, policy: Policy) -> pd.DataFrame:
    """The pairs of reports of one text (all of a text's reports are in one partition)."""
    f = part[["text_key", "order"]]
    return _pairs_part(f.merge(f, on="text_key", suffixes=("_x", "_y")), "quoted", policy)


def _text_grams(part: pd.DataFrame) -> pd.DataFrame:
    """Each text of the partition (its reports are all here) once a strong 3-gram, with
    its plain words and its reports' orders."""
    texts = part.groupby("text_key", sort=False).agg(
        norm=("norm", "first"), strong=("strong", "first"), orders=("order", list)
    )
    texts["words"] = [" ".join(plain(*from_stored(n))) for n in texts["norm"].tolist()]
    out = _explode(texts.reset_index(), "strong", "g")
    return out[["g", "text_key", "words", "orders"]]


def _near_texts(part: pd.DataFrame, policy: Policy) -> pd.DataFrame:
    """The reports of texts that share a 3-gram of this partition and enough words to
    link at another event."""
    f = part[["g", "text_key"]]
    m = f.merge(f, on="g", suffixes=("_x", "_y"))
    m = m[m["text_key_x"] < m["text_key_y"]].drop_duplicates(["text_key_x", "text_key_y"])
    at = {t: i for i, t in enumerate(part["text_key"].tolist())}
    words, orders = part["words"].tolist(), part["orders"].tolist()
    bags: dict[int, Counter[str]] = {}

    def bag(t: int) -> Counter[str]:
        found = bags.get(t)
        if found is None:
            found = bags[t] = Counter(words[at[t]].split())
        return found

    xs: list[int] = []
    ys: list[int] = []
    for tx, ty in zip(m["text_key_x"].tolist(), m["text_key_y"].tolist(), strict=True):
        if quotes_linkable_apart(*shared_words(bag(tx), bag(ty)), policy):
            for a, b in itertools.product(orders[at[tx]], orders[at[ty]]):
                xs.append(a)
                ys.append(b)
    pairs = pd.DataFrame(
        {"order_x": pd.Series(xs, dtype="int64"), "order_y": pd.Series(ys, dtype="int64")}
    )
    return _pairs_part(pairs, "texts", policy)


def _chain(s: dd.DataFrame, stage: Path) -> dd.DataFrame:
    """Each boilerplate report with the next in its text's chain order: sorted across the
    cluster by (text, chain order), paired within each partition and across the seams
    between partitions, so that no text's reports need be in one task."""
    c = s[s["quoted"] & s["big"]][["order", "text_key", "published", "article_id", "id"]]
    meta = pd.DataFrame(
        {
            "at": pd.Series(dtype="string[pyarrow]"),
            "text_key": pd.Series(dtype="int64"),
            "order": pd.Series(dtype="int64"),
        }
    )
    # staged before the sort, which passes over its input twice (for its divisions, then
    # to shuffle): twice over these few rows, not over every statement
    c = _stage(c.map_partitions(_chain_at, meta=meta), stage.with_name(f"{stage.name}-rows"))
    c = _stage(c.sort_values("at"), stage)
    parts = c.to_delayed()
    ends = [e for e in compute(*[delayed(_ends)(p) for p in parts]) if e is not None]
    seams = [
        (min(last[1], first[1]), max(last[1], first[1]))
        for (_, last), (first, _) in itertools.pairwise(ends)
        if last[0] == first[0]
    ]
    within = dd.from_delayed([delayed(_consecutive)(p) for p in parts], meta=_PAIR)
    if not seams:
        return within
    extra = pd.DataFrame(seams, columns=["x", "y"], dtype="int64")
    return dd.concat([within, dd.from_pandas(extra, npartitions=1)])


_U64 = (1 << 64) - 1


def _chain_at(part: pd.DataFrame) -> pd.DataFrame:
    """A report's place as one string that sorts as (text, published, article, statement,
    order) does; NUL, which no id holds, between the fields."""
    at = [
        f"{int(t) & _U64:016x}\x00{p if isinstance(p, str) else ''}\x00{a}\x00{i}\x00{int(o):016x}"
        for t, p, a, i, o in zip(
            part["text_key"],
            part["published"],
            part["article_id"],
            part["id"],
            part["order"],
            strict=True,
        )
    ]
    return pd.DataFrame(
        {
            "at": pd.Series(at, index=part.index, dtype="string[pyarrow]"),
            "text_key": part["text_key"].astype("int64"),
            "order": part["order"].astype("int64"),
        }
    )


def _ends(part: pd.DataFrame) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(text, order) of a sorted partition's first and last reports."""
    if not len(part):
        return None
    part = part.sort_values("at")
    t, o = part["text_key"].to_numpy(), part["order"].to_numpy()
    return (int(t[0]), int(o[0])), (int(t[-1]), int(o[-1]))


def _consecutive(part: pd.DataFrame) -> pd.DataFrame:
    part = part.sort_values("at")
    t, o = part["text_key"].to_numpy(dtype="int64"), part["order"].to_numpy(dtype="int64")
    same = t[1:] == t[:-1]
    a, b = o[:-1][same], o[1:][same]
    return pd.DataFrame({"x": np.minimum(a, b), "y": np.maximum(a, b)})


def _score_frame(part: pd.DataFrame, policy: Policy) -> pd.DataFrame:
    index = Index(policy)
    articles: dict[tuple[str, str | None, tuple[str, ...]], MatchArticle] = {}
    entries: dict[int, Entry] = {}
    sides: dict[int, Side] = {}
    texts: dict[str, Text] = {}
    decided: Decided = {}
    cols = {c: part[c].tolist() for c in part.columns}

    def text(words: str) -> Text:
        # the judge reads a text's words and flags only: no postings to build here
        t = texts.get(words)
        if t is None:
            t = texts[words] = Text(len(texts), *from_stored(words), frozenset(), frozenset())
        return t

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
                text(cols[f"{p}_norm"][i]),
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
        link = judge(index, x, y, se, decided)
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
