"""`factcheck extract`: quotes, speakers and claims of articles, printed, not stored."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

from ..pipeline.sources import MAX_BYTES, Item, SourceError, SourceWarning, read_paths, read_stdin
from ..records import Article
from ..vocabulary import EXTRACT_FORMATS
from .base import err, fail, main, need_stdout, warn

F = TypeVar("F", bound=Callable[..., Any])


def read_inputs(paths: tuple[str, ...], max_bytes: int) -> Iterator[Item]:
    for p in paths:
        if p == "-":
            yield from read_stdin(max_bytes=max_bytes)
        else:
            yield from read_paths([p], max_bytes=max_bytes)


def workers_option(default: int) -> Callable[[F], F]:
    return click.option(
        "--workers",
        "-j",
        type=click.IntRange(min=0),
        default=default,
        show_default=True,
        help="Processes to extract with; 0 means one per core.",
    )


def max_bytes_option(f: Any) -> Any:
    return click.option(
        "--max-bytes",
        type=click.IntRange(min=1),
        default=MAX_BYTES,
        show_default=True,
        help="Largest article accepted.",
    )(f)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXTRACT_FORMATS),
    default="text",
    show_default=True,
    help="text for reading, json/jsonl for scripts.",
)
@workers_option(1)
@max_bytes_option
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="dask: JSONL feeds at archive scale, on a cluster, into --output's tables.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="With --engine dask: a running Dask scheduler (tcp://host:8786); default a local cluster.",
)
@click.option(
    "--output",
    "-o",
    "output",
    type=click.Path(file_okay=False, path_type=Path),
    help="With --engine dask: the folder to write the tables into.",
)
@click.option(
    "--table-format",
    type=click.Choice(["parquet", "jsonl"]),
    default="parquet",
    show_default=True,
    help="With --engine dask: how the tables are written.",
)
@click.option(
    "--match/--no-match",
    "match",
    default=True,
    show_default=True,
    help="With --engine dask: also find the candidate matches across the extraction.",
)
@click.option(
    "--block-mb",
    type=click.FloatRange(min=0.01),
    help="With --engine dask: megabytes of feed a task reads"
    " (default 32, or less so that every worker has several).",
)
def extract(
    paths: tuple[str, ...],
    fmt: str,
    workers: int,
    max_bytes: int,
    engine: str,
    scheduler: str | None,
    output: Path | None,
    table_format: str,
    match: bool,
    block_mb: float | None,
) -> None:
    """Extract quotes, speakers and claims from PATHS (files, directories, or - for stdin).

    Files may be .txt, .md, .html, .json or .jsonl (one {"id", "text", ...} object a line).
    With --engine dask, PATHS are JSONL feeds, folders or globs of them, and the result is
    a folder of tables for `factcheck ingest --from-extracted`; --workers is then the
    local cluster's (default: one per core).
    """
    ctx = click.get_current_context()
    given = {
        p for p in ctx.params if ctx.get_parameter_source(p) != click.core.ParameterSource.DEFAULT
    }
    if engine == "dask":
        if "fmt" in given:
            fail("--format goes with the local engine; --engine dask writes --table-format")
        if "workers" not in given:
            workers = 0
        _extract_dask(paths, output, scheduler, workers, table_format, match, block_mb, max_bytes)
        return
    dask_only = [DASK_OPTIONS[p] for p in DASK_OPTIONS if p in given]
    if dask_only:
        fail(f"{', '.join(dask_only)}: only with --engine dask")
    from ..pipeline.batch import ExtractionFailed, default_workers, extract_rendered

    need_stdout()
    failures = 0
    items = list(read_inputs(paths, max_bytes))
    articles = [a for a in items if isinstance(a, Article)]
    results = extract_rendered(articles, fmt, workers=workers or default_workers())
    out = sys.stdout
    records: list[Any] = []
    for item in items:
        if isinstance(item, SourceWarning):
            warn(str(item))
            continue
        if isinstance(item, SourceError):
            err(str(item))
            failures += 1
            continue
        result = next(results)
        if isinstance(result, ExtractionFailed):
            err(f"{item.path or item.id}: {result}")
            failures += 1
            continue
        if fmt == "json":
            records.append(result)
        else:
            out.write(result)
    if fmt == "json":
        out.write(json.dumps(records, indent=2, ensure_ascii=False) + "\n")
    out.flush()
    if failures:
        err(f"{failures} input(s) failed; {len(articles)} article(s) read")
        sys.exit(1)


SCALE_EXTRA = "the dask engine needs the scale extra: pip install 'factcheck[scale]'"
DASK_OPTIONS = {
    "output": "--output",
    "scheduler": "--scheduler",
    "table_format": "--table-format",
    "match": "--match/--no-match",
    "block_mb": "--block-mb",
}


def _extract_dask(
    paths: tuple[str, ...],
    output: Path | None,
    scheduler: str | None,
    workers: int,
    table_format: str,
    match: bool,
    block_mb: float | None,
    max_bytes: int,
) -> None:
    if output is None:
        fail("--engine dask writes tables: name their folder with --output DIR")
    if "-" in paths:
        fail("--engine dask reads feeds from files, not standard input")
    try:
        from ..scale.blocks import InputError
        from ..scale.cluster import ClusterError
        from ..scale.engine import run_extract
    except ImportError:
        fail(SCALE_EXTRA)
    try:
        report = run_extract(
            paths,
            output,
            fmt=table_format,
            scheduler=scheduler,
            workers=workers or None,
            block_bytes=int(block_mb * 1024 * 1024) if block_mb else None,
            max_bytes=max_bytes,
            matches=match,
        )
    except (InputError, ClusterError) as e:
        fail(str(e))
    except OSError as e:
        where = e.filename or output
        fail(f"{where}: {e.strerror or e}")
    for level, problem in report.problems:
        (warn if level == "warning" else err)(problem)
    more = report.errors + report.warnings - len(report.problems)
    if more > 0:
        err(f"{more} more failed or warned input(s): see {output / 'errors'}")
    click.echo(f"{output}: {report.summary()}", err=True)
    if report.errors:
        sys.exit(1)
