"""Cross-article matching on a real corpus, measured the way the shared harness measures it.

    python benchmarks/matching.py CORPUS.jsonl [--plant 40] [--seed 7] [--flags OUT.txt]
                                  [--orders]

CORPUS is a feed, one article a line: ``{"id", "text", "outlet", "published", ...}``
(``meta.publisher`` and ``meta.publication_date`` are read when ``outlet`` and
``published`` are missing, as in polnear-dev). Nothing here reads a corpus unless given
one; no corpus text is kept.

- **Gold pairs**: quoted passages (inside “…” or "…", at least 6 words) in articles of two
  different outlets whose lower-cased words agree at rapidfuzz ratio >= 90. A pair is
  found when a stored match links a statement covering at least half of each passage.
- **Planted changes** (``--plant N``): N gold pairs, each second article copied under the
  outlet "Planted" with one change in its passage (a figure scaled, a negation inserted,
  two words replaced); the copy must be matched with the first article as contradiction
  (figure, negation) or misquote (wording).
- **Relation mix** and every contradiction and misquote flag on the unplanted articles,
  written to ``--flags`` for reading.
- ``--orders``: the corpus also ingested reversed and shuffled; the unordered pairs and
  their relations must be the same.

The gold pairs and the planting follow ``../shared/eval/match_eval.py`` (the harness), so
figures agree with it, except that the gold pairs are put in a stable order before the
planted ones are drawn (the harness's order follows ``PYTHONHASHSEED``).
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from factcheck.app.ingest import ingest
from factcheck.models import Article
from factcheck.store import Store

QUOTE = re.compile(r"“([^“”\n]{20,}?)”|\"([^\"\n]{20,}?)\"")
NUM = re.compile(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)(?![\w])")
NEG = re.compile(r"\b(is|are|was|were|will|would|can|could|should|has|have|had|do|does|did)\b")
Passage = tuple[int, int, int]  # article, start, end


def read_feed(path: Path) -> list[dict[str, Any]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        a = json.loads(line)
        meta = a.get("meta") or {}
        a.setdefault("outlet", meta.get("publisher"))
        a.setdefault("published", meta.get("publication_date"))
        a["text"] = a["text"].replace("\r\n", "\n")
        out.append(a)
    return out


def _passages(text: str) -> list[tuple[int, int]]:
    out = []
    for m in QUOTE.finditer(text):
        g = 1 if m.group(1) is not None else 2
        if len(text[m.start(g) : m.end(g)].split()) >= 6:
            out.append((m.start(g), m.end(g)))
    return out


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", s.lower()).split())


def gold_pairs(arts: list[dict[str, Any]]) -> list[tuple[Passage, Passage]]:
    by_key: dict[str, list[tuple[int, int, int, str]]] = collections.defaultdict(list)
    for ai, a in enumerate(arts):
        for s, e in _passages(a["text"]):
            n = _norm(a["text"][s:e])
            for key in sorted({" ".join(n.split()[:2]), " ".join(n.split()[-2:])}):
                by_key[key].append((ai, s, e, n))
    seen, pairs = set(), []
    for key in sorted(by_key):
        group = by_key[key]
        for i in range(len(group)):
            for j in range(i + 1, len(group)):
                x, y = group[i], group[j]
                if x[0] == y[0] or arts[x[0]].get("outlet") == arts[y[0]].get("outlet"):
                    continue
                pair = (min(x[:3], y[:3]), max(x[:3], y[:3]))
                if pair in seen:
                    continue
                if fuzz.ratio(x[3], y[3]) >= 90:
                    seen.add(pair)
                    pairs.append(pair)
    return pairs


def plant(text: str, s: int, e: int, rng: random.Random) -> tuple[str, str, int, int]:
    span = text[s:e]
    nums = list(NUM.finditer(span))
    kinds = (["figure"] if nums else []) + (["negation"] if NEG.search(span) else []) + ["wording"]
    kind = rng.choice(kinds)
    if kind == "figure":
        m = rng.choice(nums)
        v = float(m.group(1).replace(",", ""))
        new = str(int(v * 1.5 + 1)) if v >= 1 else str(v * 2)
        changed = span[: m.start()] + new + span[m.end() :]
    elif kind == "negation":
        m2 = NEG.search(span)
        assert m2 is not None
        changed = span[: m2.end()] + " not" + span[m2.end() :]
    else:
        words = span.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) > 3 and w.isalpha()]
        for i in rng.sample(idx, min(2, len(idx))):
            words[i] = {"very": "truly"}.get(words[i], "really" if words[i].islower() else words[i])
        if len(idx) >= 2:
            words[idx[0]] = "completely " + words[idx[0]]
        changed = " ".join(words)
        if changed == span:
            changed = "really " + span
    return kind, text[:s] + changed + text[e:], s, s + len(changed)


class Stored:
    """What an ingest stored: statements by article line, and the matches between them."""

    def __init__(self, store: Store, ids: list[str]) -> None:
        self.line_of = {aid: n for n, aid in enumerate(ids)}
        self.stmts: dict[int, list[tuple[str, int, int]]] = collections.defaultdict(list)
        for sid, aid, s, e in store.conn.execute(
            'SELECT id, article_id, start, "end" FROM statements'
        ):
            if aid in self.line_of:
                self.stmts[self.line_of[aid]].append((sid, s, e))
        self.links: dict[str, dict[str, str]] = collections.defaultdict(dict)
        self.rows = store.conn.execute(
            "SELECT m.a, m.b, m.relation, m.reasons, sa.text, sb.text FROM matches m"
            " JOIN statements sa ON sa.id = m.a JOIN statements sb ON sb.id = m.b ORDER BY m.id"
        ).fetchall()
        for a, b, rel, *_ in self.rows:
            self.links[a][b] = rel
            self.links[b][a] = rel

    def covering(self, p: Passage) -> list[str]:
        ai, s, e = p
        return [
            sid
            for sid, ss, ee in self.stmts.get(ai, [])
            if min(e, ee) - max(s, ss) >= 0.5 * (e - s)
        ]

    def relation(self, x: Passage, y: Passage) -> str | None:
        for p in self.covering(x):
            for q in self.covering(y):
                if q in self.links.get(p, {}):
                    return self.links[p][q]
        return None

    def pairs(self) -> set[tuple[frozenset[str], str]]:
        return {(frozenset((a, b)), rel) for a, b, rel, *_ in self.rows}


def run_ingest(
    arts: list[dict[str, Any]], order: list[int] | None = None
) -> tuple[Stored, float, float]:
    articles = []
    for n, a in enumerate(arts):
        published = None
        if a.get("published"):
            try:
                published = date.fromisoformat(str(a["published"])[:10])
            except ValueError:
                published = None
        articles.append(
            Article.from_text(
                a["text"],
                path=f"feed.jsonl:{n + 1}",
                outlet=a.get("outlet"),
                published=published,
                title=a.get("title"),
                url=a.get("url"),
            )
        )
    ids = [x.id for x in articles]
    todo = [articles[i] for i in order] if order else articles
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "m.db")
        t0, c0 = time.perf_counter(), time.process_time()
        report = ingest(store, todo, workers=1)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        if report.failures:
            print(f"  {len(report.failures)} failed: {report.failures[0][:150]}")
        stored = Stored(store, ids)
        store.close()
    return stored, wall, cpu


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--plant", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--flags", type=Path)
    ap.add_argument("--orders", action="store_true", help="also ingest reversed and shuffled")
    args = ap.parse_args(argv)
    arts = read_feed(args.corpus)
    pairs = gold_pairs(arts)
    st, wall, cpu = run_ingest(arts)
    found = collections.Counter(st.relation(x, y) for x, y in pairs)
    n = len(pairs)
    hit = n - found[None]
    print(f"{args.corpus.name}: {len(arts)} articles, ingest {wall:.1f} s wall, {cpu:.1f} s CPU")
    print(f"gold cross-outlet quote pairs: {n}; matched {hit} = recall {hit / max(n, 1):.3f}; "
          + ", ".join(f"{k}={v}" for k, v in found.most_common() if k))  # fmt: skip
    mix = collections.Counter(r[2] for r in st.rows)
    print("relations: " + ", ".join(f"{k}={v}" for k, v in sorted(mix.items())))
    flags = [r for r in st.rows if r[2] in ("contradiction", "misquote")]
    if args.flags:
        with open(args.flags, "w", encoding="utf-8") as f:
            for _a, _b, rel, reasons, ta, tb in flags:
                f.write(f"{rel}  {reasons}\n  A: {ta[:300]}\n  B: {tb[:300]}\n\n")
        print(f"flags: {len(flags)} written to {args.flags}")
    if args.plant:
        rng = random.Random(args.seed)
        chosen, used = [], set()
        for x, y in rng.sample(pairs, len(pairs)):
            if x[0] in used or y[0] in used:
                continue
            used.update((x[0], y[0]))
            chosen.append((x, y))
            if len(chosen) == args.plant:
                break
        arts2 = [dict(a) for a in arts]
        tests = []
        for x, y in chosen:
            kind, text2, s2, e2 = plant(arts2[y[0]]["text"], y[1], y[2], rng)
            arts2[y[0]]["text"] = text2
            tests.append((kind, x, (y[0], s2, e2)))
        st2, _, _ = run_ingest(arts2)
        want = {"figure": "contradiction", "negation": "contradiction", "wording": "misquote"}
        by: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
        for kind, x, y2 in tests:
            by[kind][1] += 1
            by[kind][0] += st2.relation(x, y2) == want[kind]
        good, total = sum(v[0] for v in by.values()), sum(v[1] for v in by.values())
        print(f"planted (seed {args.seed}): {good}/{total} = {good / max(total, 1):.3f}; "
              + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(by.items())))  # fmt: skip
    if args.orders:
        base = st.pairs()
        for name, order in (
            ("reversed", list(reversed(range(len(arts))))),
            ("shuffled", random.Random(3).sample(range(len(arts)), len(arts))),
        ):
            other, _, _ = run_ingest(arts, order)
            diff = base ^ other.pairs()
            print(f"order {name}: {len(other.pairs())} pairs, {len(diff)} differ from file order")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
