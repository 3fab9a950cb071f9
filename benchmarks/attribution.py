"""Attribution quality on hand-annotated articles, scored as the held-out corpus is scored.

    python benchmarks/attribution.py [DIR] [--misses]

DIR holds annotated articles (see factcheck.evaluation); the default is the project's own
set in tests/fixtures/attribution. Prints quoted-material F1, speaker accuracy, end-to-end F1
and reported-speech precision and recall against the issue's bars.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factcheck.evaluation import parse_gold, score_all
from factcheck.extract import extract
from factcheck.models import Article

ROOT = Path(__file__).resolve().parent.parent
BARS = {
    "quoted_f1": 0.96,
    "speaker_accuracy": 0.92,
    "end_to_end_f1": 0.90,
    "reported_precision": 0.80,
    "reported_recall": 0.70,
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("dir", nargs="?", default=str(ROOT / "tests" / "fixtures" / "attribution"))
    ap.add_argument("--misses", action="store_true", help="list every miss and extra")
    args = ap.parse_args(argv)
    paths = sorted(Path(args.dir).glob("*.txt"))
    pairs = []
    for p in paths:
        gold = parse_gold(p.read_text(encoding="utf-8"))
        pairs.append((p.name, gold, extract(Article.from_text(gold.text, path=p.name))))
    t = score_all(pairs)
    print(f"{len(paths)} articles, {t.gold_direct} gold quotes, {t.gold_indirect} gold reported")
    for name, value in t.measures().items():
        bar = BARS[name]
        print(f"  {name:<20} {value:6.3f}   bar {bar:.2f}  {'ok' if value >= bar else 'BELOW'}")
    if args.misses:
        for line in t.misses:
            print("  -", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
