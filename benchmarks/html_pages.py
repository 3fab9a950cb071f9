"""Article pages: trafilatura (the reader ingest uses) against our own block reader, on
the saved pages in tests/fixtures/html (our own making, each with its true article text).

    python benchmarks/html_pages.py [--repeat 5]

For each reader: shingle F1 of the text read against the true text, the share of quotes
and claims extracted from it that lie outside the true text, author and day found right,
and pages per second (CPU time, reading from bytes, median of repeats).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from factcheck.devtools.page_text import PageScore, score_page
from factcheck.models import Article
from factcheck.pipeline.encodings import decode_page
from factcheck.pipeline.html_page import read_page
from factcheck.pipeline.html_text import page_text

PAGES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "html"


def trafilatura_reader(data: bytes, name: str) -> tuple[str, str | None, str | None]:
    a = next(i for i in read_page(data, name) if isinstance(i, Article))
    return a.text, a.author, a.published.isoformat() if a.published else None


def our_reader(data: bytes, name: str) -> tuple[str, str | None, str | None]:
    text, _ = page_text(decode_page(data).text)
    return text, None, None  # it reads no byline and no date


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    truth = json.loads((PAGES / "truth.json").read_text(encoding="utf-8"))
    pages = {n: (PAGES / f"{n}.html").read_bytes() for n in truth}
    print(f"{len(pages)} pages in {PAGES}")
    print(
        f"{'reader':<12} {'F1 mean':>8} {'F1 min':>7} {'outside':>8} {'author':>7} {'day':>6}"
        f" {'pages/s':>8}"
    )
    for label, reader in (("trafilatura", trafilatura_reader), ("our reader", our_reader)):
        scores: list[PageScore] = []
        for n, data in pages.items():
            text, author, day = reader(data, n)
            t = truth[n]
            scores.append(
                score_page(
                    n,
                    text,
                    (PAGES / f"{n}.truth.txt").read_text(encoding="utf-8"),
                    author=author,
                    day=day,
                    true_author=t["author"],
                    true_day=t["published"],
                )
            )
        rates = []
        for _ in range(args.repeat):
            t0 = time.process_time()
            for n, data in pages.items():
                reader(data, n)
            rates.append(len(pages) / (time.process_time() - t0))
        f1 = [s.text.f1 for s in scores]
        outside = sum(s.outside for s in scores) / max(1, sum(s.statements for s in scores))
        authors = [s.author_right for s in scores if s.author_right is not None]
        days = [s.day_right for s in scores if s.day_right is not None]
        meta = (
            f" {sum(authors):>3}/{len(authors):<3} {sum(days):>2}/{len(days):<3}"
            if reader is trafilatura_reader
            else f" {'-':>7} {'-':>6}"  # text only: metadata is read apart from it
        )
        print(
            f"{label:<12} {statistics.mean(f1):>8.3f} {min(f1):>7.3f} {outside:>8.1%}{meta}"
            f" {statistics.median(rates):>8.1f}"
        )
        for s in scores:
            print(f"    {s.name:<26} F1 {s.text.f1:.3f}  outside {s.outside}/{s.statements}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
