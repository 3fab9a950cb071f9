"""Attribution quality on hand-annotated articles, scored as the held-out corpus is scored.

    python benchmarks/attribution.py [DIR] [--misses] [--variants]

DIR holds annotated articles (see factcheck.evaluation); the default is the project's own
set in tests/fixtures/attribution. Prints quoted-material F1, speaker accuracy, end-to-end F1
and reported-speech precision and recall against the issue's bars. --variants scores the
same articles again as other pipelines deliver text: straight marks, single newlines, and no
paragraph breaks at all.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factcheck.devtools.evaluation import BARS, score_files

ROOT = Path(__file__).resolve().parent.parent
_STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
VARIANTS = {
    "straight marks": lambda s: s.translate(_STRAIGHT),
    "single newlines": lambda s: s.replace("\n\n", "\n"),
    "one paragraph": lambda s: s.replace("\n\n", " "),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("dir", nargs="?", default=str(ROOT / "tests" / "fixtures" / "attribution"))
    ap.add_argument("--misses", action="store_true", help="list every miss and extra")
    ap.add_argument("--variants", action="store_true", help="also score reformatted copies")
    args = ap.parse_args(argv)
    paths = sorted(Path(args.dir).glob("*.txt"))
    t = score_files(paths)
    print(f"{len(paths)} articles, {t.gold_direct} gold quotes, {t.gold_indirect} gold reported")
    for name, value in t.measures().items():
        bar = BARS[name]
        print(f"  {name:<20} {value:6.3f}   bar {bar:.2f}  {'ok' if value >= bar else 'BELOW'}")
    if args.misses:
        for line in t.misses:
            print("  -", line)
    if args.variants:
        print("\nvariants:" + "".join(f" {k[:12]:>12}" for k in BARS))
        for label, change in VARIANTS.items():
            m = score_files(paths, change).measures()
            print(f"  {label:<16}" + "".join(f" {m[k]:12.3f}" for k in BARS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
