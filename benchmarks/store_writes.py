"""The store's write path alone: an article's statements with their figures, search rows
and blocking keys, inserted as ingest inserts them, with no extraction or matching.

    python benchmarks/store_writes.py --articles 1000 --repeat 5

Articles are generated and prepared once; each repeat writes them all into a fresh file,
one transaction an article, and the CPU time of the writes is taken, so a busy machine
sways it less than wall time. Prints statements per CPU second, the median of repeats.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate

from factcheck.pipeline.prepare import prepare
from factcheck.store import Store, now
from factcheck.store import articles as aq
from factcheck.store import statements as stq


def write_all(prepared: list, path: Path) -> tuple[float, int]:
    """CPU seconds spent writing every prepared article, and the statements written."""
    store = Store(path)
    spent, written = 0.0, 0
    stamp = now()
    for n, p in enumerate(prepared):
        t = time.process_time()
        with store.transaction() as conn:
            document = aq.document_for(conn, f"doc-{n}")
            aq.insert_article(
                conn,
                aq.ArticleRow(
                    id=p.article.id, document_id=document, version=1, title=None,
                    outlet=None, published=None, url=None, path=None, source_id=None,
                    text=p.article.text, quotes=0, claims=0, anchors=p.anchors,
                    ingested_at=stamp,
                ),
            )  # fmt: skip
            stq.insert_statements(conn, p.article.id, p.statements, [None] * len(p.statements))
        spent += time.process_time() - t
        written += len(p.statements)
    store.close()
    return spent, written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    prepared = [prepare(a) for a in generate(args.articles).articles]
    rates = []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            spent, written = write_all(prepared, Path(tmp) / "writes.db")
        rates.append(written / spent)
    print(
        f"{args.articles} articles, {written} statements: median {statistics.median(rates):,.0f}"
        f" statements/CPU s (min {min(rates):,.0f}, max {max(rates):,.0f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
