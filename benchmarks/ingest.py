"""Ingest and matching at scale, and what becomes of the planted contradictions.

    python benchmarks/ingest.py                       # 1,000, 5,000 and 10,000 articles
    python benchmarks/ingest.py --sizes 2000 --workers 2
    python benchmarks/ingest.py --real ../shared/corpora/basil.jsonl --sizes 5000 10000

Each size runs in a fresh process on a fresh database file, so peak memory is that
run's own. The bars: 10,000 articles ingested and matched in under 5 minutes on 2
cores, time growing no worse than 2.5x from 5,000 to 10,000, peak memory under 2 GB.
The machine is shared, so CPU time (this process and its workers) is printed beside
wall time.

``--real FEED`` measures scale on real-shaped text instead: the feed's articles copied
until there are enough, copy k published 400 days after copy k-1 (so no two copies share
a date window) and marked by one line of its own. Every quote then recurs in many eras, as
a famous line does: the any-date tiers, boilerplate chains and day-bucketed postings are
exercised on real prose at the size asked for. No corpus text is kept.

Planted contradictions and misquotes are scored as before, but they are no longer a
bar: the generated reports word each fact in one of two or three templates, and since
issue 12 a reporter-voice claim is only flagged when the two sentences align word for
word around the one disputed figure, so a change planted in a report whose template
differs from the other's is linked as the same figure, or not at all, but not flagged.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import Corpus, Report, generate
from stopwatch import Stopwatch

import factcheck.app.ingest as ingest_mod
import factcheck.app.matching as matching_mod
from factcheck.models import Article
from factcheck.store import Store


def real_shaped(path: str, n: int) -> Corpus:
    """``n`` articles from a real feed, copied into later and later years (see above)."""
    from datetime import date, timedelta

    lines = Path(path).read_text(encoding="utf-8").splitlines()
    feed = [json.loads(line) for line in lines if line.strip()]
    reports = []
    for i in range(n):
        a = feed[i % len(feed)]
        k = i // len(feed)
        meta = a.get("meta") or {}
        raw = a.get("published") or meta.get("publication_date")
        pub = date.fromisoformat(str(raw)[:10]) + timedelta(days=400 * k) if raw else None
        text = a["text"].replace("\r\n", "\n") + f"\n\nCopy {k}.\n"
        article = Article.from_text(
            text, path=f"real-{i:05d}.txt", outlet=a.get("outlet") or meta.get("publisher"),
            published=pub,
        )  # fmt: skip
        reports.append(Report(article, i, article.outlet or ""))
    return Corpus(reports, set(), set())


def run_one(n: int, workers: int, real: str | None = None) -> dict:
    corpus = real_shaped(real, n) if real else generate(n)
    matching = Stopwatch(matching_mod, "match_article")
    # the statements' bulk insert with its figures, search index and blocking keys
    writing = Stopwatch(ingest_mod.stq, "insert_statements")
    with tempfile.TemporaryDirectory() as tmp, matching, writing:
        store = Store(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        c0 = _cpu()
        report = ingest_mod.ingest(store, corpus.articles, workers=workers)
        elapsed = time.perf_counter() - t0
        cpu = _cpu() - c0
        scores = score(store, corpus)
        size = os.path.getsize(Path(tmp) / "bench.db")
        store.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "articles": n,
        "seconds": elapsed,
        "cpu_s": cpu,
        "articles_per_s": n / elapsed,
        "matching_s": matching.seconds,
        "insert_s": writing.seconds,
        "statements": report.quotes + report.claims,
        "matches": report.matches,
        "peak_mb_main": rss,
        "peak_mb_worker": child,
        "db_mb": size / 1e6,
        **scores,
    }


def _cpu() -> float:
    """CPU seconds of this process and of its finished workers."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def score(store: Store, corpus: Corpus) -> dict:
    """Precision and recall of flagged contradictions and misquotes against the planted ones."""
    where = {r.article.path: r for r in corpus.reports}

    def fact_of(path: str, start: int, end: int) -> tuple[int, str, str] | None:
        r = where[path]
        for fact, (s, e) in r.facts.items():
            if start < e and s < end:
                return r.story, fact, r.outlet
        return None

    out = {}
    for relation in ("contradiction", "misquote"):
        rows = store.conn.execute(
            """SELECT aa.path, sa.start, sa."end", ab.path, sb.start, sb."end"
               FROM matches m
               JOIN statements sa ON sa.id = m.a JOIN articles aa ON aa.id = sa.article_id
               JOIN statements sb ON sb.id = m.b JOIN articles ab ON ab.id = sb.article_id
               WHERE m.relation = ?""",
            (relation,),
        ).fetchall()
        predicted = set()
        wrong = 0
        for pa, s1, e1, pb, s2, e2 in rows:
            fa, fb = fact_of(pa, s1, e1), fact_of(pb, s2, e2)
            if fa and fb and fa[0] == fb[0] and fa[1] == fb[1]:
                predicted.add((fa[0], fa[1], frozenset((fa[2], fb[2]))))
            else:
                wrong += 1
        expected = corpus.expected_pairs(relation)
        hit = predicted & expected
        flagged = len(predicted) + wrong
        out[f"{relation}_planted"] = len(expected)
        out[f"{relation}_flagged"] = flagged
        out[f"{relation}_precision"] = len(hit) / flagged if flagged else 1.0
        out[f"{relation}_recall"] = len(hit) / len(expected) if expected else 1.0
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000])
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--real", help="a JSONL feed of real articles to copy (see above)")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one, args.workers, args.real)))
        return 0
    print(f"ingest benchmark: {args.workers} worker(s), {os.cpu_count()} core(s)")
    print(
        f"{'articles':>8} {'seconds':>8} {'cpu s':>7} {'art/s':>7} {'match s':>8} {'stmts':>7} "
        f"{'matches':>8} {'insert s':>9} {'peak MB':>8} {'db MB':>6}"
        "  contradictions P/R   misquotes P/R"
    )
    results = {}
    for n in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n), "--workers", str(args.workers)]
            + (["--real", args.real] if args.real else []),
            check=True,
            capture_output=True,
            text=True,
        )
        r = json.loads(out.stdout.strip().splitlines()[-1])
        results[n] = r
        print(
            f"{n:>8} {r['seconds']:>8.1f} {r['cpu_s']:>7.1f} {r['articles_per_s']:>7.0f} "
            f"{r['matching_s']:>8.1f} "
            f"{r['statements']:>7} {r['matches']:>8} {r['insert_s']:>9.2f} "
            f"{max(r['peak_mb_main'], r['peak_mb_worker']):>8.0f} {r['db_mb']:>6.0f}  "
            f"{r['contradiction_precision']:.3f}/{r['contradiction_recall']:.3f} "
            f"({r['contradiction_planted']} planted)  "
            f"{r['misquote_precision']:.3f}/{r['misquote_recall']:.3f} "
            f"({r['misquote_planted']} planted)",
            flush=True,
        )
    if 5000 in results and 10000 in results:
        growth = results[10000]["seconds"] / results[5000]["seconds"]
        cpu_growth = results[10000]["cpu_s"] / results[5000]["cpu_s"]
        print(
            f"growth 5,000 -> 10,000 articles: {growth:.2f}x wall, {cpu_growth:.2f}x CPU"
            " (bar: 2.5x)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
