"""Attribution quality on annotated articles, scored as the held-out corpus is scored.

    python benchmarks/attribution.py [DIR] [--misses] [--variants]
    python benchmarks/attribution.py --corpus GOLD.jsonl [--limit N] [--skip N] [--wrong N]

DIR holds annotated articles (see factcheck.devtools.evaluation); the default is the project's own
set in tests/fixtures/attribution. Prints quoted-material F1, speaker accuracy, end-to-end F1
and reported-speech precision and recall against the issue's bars, and each figure by the
rule that attributed the statements (factcheck.extract.rules). --variants scores the same
articles again as other pipelines deliver text: straight marks, single newlines, and no
paragraph breaks at all.

--corpus scores a gold corpus in the held-out corpus's JSONL format (polnear-dev, say: it is
read from its path and never copied here), overall, per publisher and per rule; --skip and
--limit take a slice of it, for a tuning split and a check split.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factcheck.devtools.evaluation import BARS, Counts, read_corpus, score_corpus, score_files
from factcheck.extract import extract
from factcheck.extract.rules import RULES
from factcheck.models import Article

ROOT = Path(__file__).resolve().parent.parent
_STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
VARIANTS = {
    "straight marks": lambda s: s.translate(_STRAIGHT),
    "single newlines": lambda s: s.replace("\n\n", "\n"),
    "one paragraph": lambda s: s.replace("\n\n", " "),
}
_ORDER = {r.name: i for i, r in enumerate(RULES)}


def _rule_key(name: str) -> tuple[int, str]:
    return (_ORDER.get(name, len(_ORDER)), name)


def corpus(path: Path, skip: int, limit: int | None, wrong: int) -> None:
    golds = read_corpus(path)[skip:]
    golds = golds[:limit] if limit is not None else golds
    pairs = [(g, extract(Article.from_text(g.text, id=g.id))) for g in golds]
    score = score_corpus(pairs)
    chars = sum(len(g.text) for g in golds)
    print(f"{path.name}: {len(golds)} articles, {chars:,} characters")
    _figures("all", score.total, header=True)
    for pub, c in sorted(score.by_publisher.items()):
        _figures(pub, c)
    print(f"\n  {'rule':<24}{'quoted':>7}{'P':>7}{'speaker':>9}{'reported':>9}{'P':>7}{'found':>7}")
    for rule, c in sorted(score.by_rule.items(), key=lambda kv: _rule_key(kv[0])):
        f = c.figures()
        q = f"{c.quoted_pred:>7}{f['quoted_p']:7.3f}" if c.quoted_pred else " " * 14
        spk = f"{f['speaker_accuracy']:9.3f}" if c.speaker_n else " " * 9
        rep = (
            f"{c.indirect_pred:>9}{f['reported_precision']:7.3f}{c.speech_found:>7}"
            if c.indirect_pred
            else ""
        )
        print(f"  {rule:<24}{q}{spk}{rep}")
    for line in score.wrong[:wrong]:
        print("  wrong speaker", line)


def _figures(label: str, c: Counts, *, header: bool = False) -> None:
    f = c.figures()
    if header:
        print(f"  {'':<14}{'quoted F1':>10}{'speaker':>9}{'e2e F1':>8}{'rep P':>8}{'rep R':>8}")
    print(
        f"  {label:<14}{f['quoted_f1']:10.3f}{f['speaker_accuracy']:9.3f}"
        f"{f['end_to_end_f1']:8.3f}{f['reported_precision']:8.3f}{f['reported_recall']:8.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("dir", nargs="?", default=str(ROOT / "tests" / "fixtures" / "attribution"))
    ap.add_argument("--misses", action="store_true", help="list every miss and extra")
    ap.add_argument("--variants", action="store_true", help="also score reformatted copies")
    ap.add_argument("--corpus", type=Path, help="a gold corpus in JSONL (see above)")
    ap.add_argument("--skip", type=int, default=0, help="corpus articles to leave out first")
    ap.add_argument("--limit", type=int, help="corpus articles to score")
    ap.add_argument("--wrong", type=int, default=0, help="list this many wrong speakers")
    args = ap.parse_args(argv)
    if args.corpus:
        corpus(args.corpus, args.skip, args.limit, args.wrong)
        return 0
    paths = sorted(Path(args.dir).glob("*.txt"))
    t = score_files(paths)
    print(f"{len(paths)} articles, {t.gold_direct} gold quotes, {t.gold_indirect} gold reported")
    for name, value in t.measures().items():
        bar = BARS[name]
        print(f"  {name:<20} {value:6.3f}   bar {bar:.2f}  {'ok' if value >= bar else 'BELOW'}")
    print(f"\n  {'rule':<24}{'found':>7}{'right':>7}{'speaker':>9}")
    for rule, (n, correct, right) in sorted(t.by_rule.items(), key=lambda kv: _rule_key(kv[0])):
        print(f"  {rule:<24}{n:>7}{correct:>7}{right:>9}")
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
