"""The jobs: extract feeds on a cluster into a folder of tables, then match across them.

The folder holds one sub-folder a table (``articles``, ``statements``, ``errors``,
``duplicates``, ``matches``) and ``manifest.json``, written last: a folder without a
complete manifest is an extraction that did not finish, and the loader refuses it.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from distributed import Client, Future, as_completed

from ..match import NORMALISATION_VERSION, POLICY, Policy
from ..pipeline.sources import MAX_BYTES
from . import tables
from .blocks import Block, InputError, block_size, count_lines, cut, feed_files, numbered
from .cluster import ClusterError, client
from .pairs import STAGE, candidate_matches
from .work import extract_block

TABLES = ("articles", "statements", "errors", "duplicates", "matches")
LAYOUT = 1  # the folder's layout; the loader reads only its own
SHOWN_PROBLEMS = 50  # failed and warned inputs printed at the end; all are in ``errors``


@dataclass(slots=True)
class ExtractReport:
    blocks: int = 0
    articles: int = 0
    statements: int = 0
    characters: int = 0
    errors: int = 0
    warnings: int = 0
    matches: int = 0
    extract_seconds: float = 0.0
    match_seconds: float = 0.0
    workers: int = 0
    problems: list[tuple[str, str]] = field(default_factory=list)  # (level, message)

    def summary(self) -> str:
        rate = self.articles / self.extract_seconds if self.extract_seconds else 0.0
        return (
            f"{self.articles} article(s) in {self.blocks} block(s) on {self.workers} worker(s):"
            f" {self.statements} statements, {self.matches} candidate matches,"
            f" {self.errors} failed, {self.warnings} warnings;"
            f" extraction {self.extract_seconds:.1f} s ({rate:.0f} articles/s),"
            f" matching {self.match_seconds:.1f} s"
        )


def prepare_folder(out: Path) -> None:
    """An empty folder to write into, or an earlier extraction's, cleared."""
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder")
    if out.is_dir() and any(out.iterdir()):
        if tables.read_manifest(out) is None and not any((out / t).is_dir() for t in TABLES):
            raise InputError(f"{out}: holds other files; name a new or an extraction folder")
        (out / tables.MANIFEST).unlink(missing_ok=True)
        for t in (*TABLES, STAGE):
            shutil.rmtree(out / t, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)


def run_extract(
    inputs: Sequence[str],
    out: Path,
    *,
    fmt: str = "parquet",
    scheduler: str | None = None,
    workers: int | None = None,
    block_bytes: int | None = None,
    max_bytes: int = MAX_BYTES,
    matches: bool = True,
    policy: Policy = POLICY,
    progress: Callable[[int, int], None] | None = None,
) -> ExtractReport:
    """Extract every feed into ``out``'s tables, then (``matches``) match across them.
    ``block_bytes`` None: ``blocks.block_size`` for the corpus and the workers."""
    files = feed_files(inputs)
    prepare_folder(out)
    report = ExtractReport()
    with client(scheduler, workers) as c:
        report.workers = len(c.scheduler_info().get("workers", {}))
        t0 = time.perf_counter()
        blocks = cut(files, block_bytes or block_size(files, report.workers))
        report.blocks = len(blocks)
        blocks = numbered(blocks, _gathered(c, count_lines, blocks))
        futures = c.map(extract_block, blocks, out=out, fmt=fmt, max_bytes=max_bytes, policy=policy)
        of = {f.key: b for f, b in zip(futures, blocks, strict=True)}
        for n, fut in enumerate(as_completed(futures), start=1):
            d = _result(fut, of[fut.key])
            report.articles += d.articles
            report.statements += d.statements
            report.characters += d.characters
            report.errors += d.errors
            report.warnings += d.warnings
            if progress:
                progress(n, len(blocks))
        report.extract_seconds = time.perf_counter() - t0
        report.problems = _problems(out)
        if matches:
            t1 = time.perf_counter()
            report.matches = candidate_matches(out, fmt, policy, report.statements)
            report.match_seconds = time.perf_counter() - t1
    tables.write_manifest(
        out,
        {
            "layout": LAYOUT,
            "normalisation": NORMALISATION_VERSION,
            "format": fmt,
            "inputs": list(inputs),
            "matched": matches,
            "complete": True,
            **{k: v for k, v in asdict(report).items() if k != "problems"},
        },
    )
    return report


def _gathered(c: Client, f: Callable[[Block], int], blocks: list[Block]) -> list[int]:
    futures = c.map(f, blocks, pure=False)
    return [_result(fut, b) for fut, b in zip(futures, blocks, strict=True)]


def _result(fut: Future[Any], block: Block) -> Any:
    """A task's result; a task the cluster lost (a worker killed, out of memory) is one
    line naming its block."""
    try:
        return fut.result()
    except InputError:
        raise
    except Exception as e:
        raise ClusterError(
            f"{block.path} (bytes {block.start}-{block.end}): the cluster failed on this"
            f" block: {type(e).__name__}: {e}"
        ) from e


def _problems(out: Path) -> list[tuple[str, str]]:
    """The first ``SHOWN_PROBLEMS`` rows of the errors table; the rest stay in the table."""
    found = []
    for r in tables.rows(out, "errors", ["level", "source", "reason"]):
        found.append((r["level"], f"{r['source']}: {r['reason']}"))
        if len(found) == SHOWN_PROBLEMS:
            break
    return found


def check_folder(folder: Path) -> dict[str, Any]:
    """An extraction's manifest, or an InputError saying why the folder cannot be loaded."""
    if not folder.is_dir():
        raise InputError(f"{folder}: no such folder")
    m = tables.read_manifest(folder)
    if m is None or not m.get("complete"):
        raise InputError(
            f"{folder}: not a finished extraction (no complete {tables.MANIFEST}); run"
            " `factcheck extract --engine dask` again"
        )
    if m.get("layout") != LAYOUT:
        raise InputError(
            f"{folder}: written by another version of factcheck (layout {m.get('layout')})"
        )
    if m.get("normalisation") != NORMALISATION_VERSION:
        raise InputError(
            f"{folder}: its matching words were made by normalisation {m.get('normalisation')},"
            f" this factcheck uses {NORMALISATION_VERSION}; extract again"
        )
    return m
