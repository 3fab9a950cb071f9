"""`factcheck extract`: quotes, speakers and claims of articles, printed, not stored."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import click

from ..models import EXTRACT_FORMATS, Article
from ..pipeline.sources import MAX_BYTES, Item, SourceError, SourceWarning, read_paths, read_stdin
from .base import err, main, need_stdout, warn

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
def extract(paths: tuple[str, ...], fmt: str, workers: int, max_bytes: int) -> None:
    """Extract quotes, speakers and claims from PATHS (files, directories, or - for stdin).

    Files may be .txt, .md, .html, .json or .jsonl (one {"id", "text", ...} object a line).
    """
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
