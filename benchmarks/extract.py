"""Extraction throughput: characters and articles per second, one worker and all cores.

    python benchmarks/extract.py                 # a generated corpus of seed-like articles
    python benchmarks/extract.py PATH... [--articles N] [--workers N]

The bar (issue 2): at least 1 MB of text per second per core.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

from factcheck.models import Article
from factcheck.pipeline.batch import extract_rendered
from factcheck.pipeline.sources import read_paths

ROOT = Path(__file__).resolve().parent.parent

FIRST = ["Maria", "John", "Steven", "Laura", "Robert", "Ana", "David", "Priya", "Kenji", "Olga"]
LAST = ["Santos", "Miller", "Chen", "Okafor", "Novak", "Haddad", "Lindqvist", "Reyes", "Ito"]
ROLES = ["Treasury Secretary", "Commerce Secretary", "Senator", "Governor", "Trade Minister"]


def generated_corpus(n: int, seed: int = 7) -> list[Article]:
    """Seed articles with names, figures and dates varied, so no two articles are the same."""
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    out = []
    for i in range(n):
        text = seeds[i % len(seeds)]
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        text = text.replace("Steven Mnuchin", name).replace("Mnuchin", name.split()[1])
        text = text.replace("250 billion", f"{rng.randint(50, 900)} billion")
        text = text.replace("October 15", f"October {rng.randint(1, 28)}")
        extra = (
            f"\n\n“We expect {rng.randint(2, 40)} per cent growth,” said {rng.choice(ROLES)} "
            f"{rng.choice(FIRST)} {rng.choice(LAST)} on {rng.choice(['Monday', 'Friday'])}."
        )
        out.append(Article.from_text(text + extra, path=f"generated-{i}"))
    return out


def measure(articles: list[Article], workers: int) -> tuple[float, float, float]:
    """What `factcheck extract --format jsonl` does: extract and serialise, in order."""
    chars = sum(len(a.text) for a in articles)
    t0 = time.perf_counter()
    for _ in extract_rendered(articles, "jsonl", workers=workers, chunksize=32):
        pass
    dt = time.perf_counter() - t0
    return dt, chars / dt, len(articles) / dt


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args(argv)
    if args.paths:
        articles = [a for a in read_paths(args.paths) if isinstance(a, Article)]
    else:
        articles = generated_corpus(args.articles)
    mb = sum(len(a.text) for a in articles) / 1e6
    print(f"corpus: {len(articles)} articles, {mb:.1f} M characters")
    dt1, cps1, aps1 = measure(articles, 1)
    print(f"1 worker:   {dt1:6.2f} s  {cps1 / 1e6:5.2f} M chars/s  {aps1:7.0f} articles/s")
    per_core = [cps1]
    if args.workers > 1:
        dtn, cpsn, apsn = measure(articles, args.workers)
        per_core.append(cpsn / args.workers)
        print(
            f"{args.workers} workers:  {dtn:6.2f} s  {cpsn / 1e6:5.2f} M chars/s  "
            f"{apsn:7.0f} articles/s"
            f"  ({cpsn / args.workers / 1e6:.2f} M chars/s per core)"
        )
    worst = min(per_core)
    ok = worst >= 1e6
    print(
        f"bar: >= 1.00 M chars/s per core, one worker and all cores — "
        f"{'met' if ok else 'NOT met'} (worst {worst / 1e6:.2f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
