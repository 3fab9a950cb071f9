"""The `factcheck` command line: a thin layer over the core library."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from . import schema as schema_mod
from .batch import ExtractionFailed, default_workers, extract_all
from .models import Article, Extraction
from .sources import MAX_BYTES, SourceError, read_paths, read_stdin


def _err(message: str) -> None:
    click.echo(f"factcheck: error: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factcheck")
def main() -> None:
    """Extract attributed quotes and check-worthy claims from news, and check them."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "jsonl"]),
    default="text",
    show_default=True,
    help="text for reading, json/jsonl for scripts.",
)
@click.option(
    "--workers",
    "-j",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Processes to extract with; 0 means one per core.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=MAX_BYTES,
    show_default=True,
    help="Largest article accepted.",
)
def extract(paths: tuple[str, ...], fmt: str, workers: int, max_bytes: int) -> None:
    """Extract quotes, speakers and claims from PATHS (files, directories, or - for stdin).

    Files may be .txt, .md, .html, .json or .jsonl (one {"id", "text", ...} object a line).
    """
    failures = 0
    items = list(_read(paths, max_bytes))
    articles = [a for a in items if isinstance(a, Article)]
    results = extract_all(articles, workers=workers or default_workers())
    out = sys.stdout
    records: list[dict] = []
    for item in items:
        if isinstance(item, SourceError):
            _err(str(item))
            failures += 1
            continue
        result = next(results)
        if isinstance(result, ExtractionFailed):
            _err(f"{item.path or item.id}: {result}")
            failures += 1
            continue
        if fmt == "jsonl":
            out.write(result.model_dump_json() + "\n")
        elif fmt == "json":
            records.append(result.model_dump(mode="json"))
        else:
            out.write(render_text(item, result))
    if fmt == "json":
        out.write(json.dumps(records, indent=2, ensure_ascii=False) + "\n")
    out.flush()
    if failures:
        _err(f"{failures} input(s) failed; {len(articles)} article(s) read")
        sys.exit(1)


def _read(paths: tuple[str, ...], max_bytes: int) -> Iterator[Article | SourceError]:
    for p in paths:
        if p == "-":
            yield from read_stdin(max_bytes=max_bytes)
        else:
            yield from read_paths([p], max_bytes=max_bytes)


def render_text(article: Article, x: Extraction) -> str:
    """A listing for a person at a terminal: speaker, kind, quote; then the claims."""
    lines = [
        f"{article.path or article.id}  —  {len(x.quotes)} quotes, {len(x.claims)} claims, "
        f"{len(x.speakers)} speakers"
    ]
    width = max((len(q.speaker or "?") for q in x.quotes), default=8)
    width = min(width, 28)
    for q in x.quotes:
        who = (q.speaker or "(unattributed)")[:28]
        text = q.text.replace("\n", " ")
        if len(text) > 100:
            text = text[:97] + "…"
        mark = "" if q.kind == "indirect" else "“"
        extra = f"  [repeats {q.repeats}]" if q.repeats else ""
        lines.append(f"  {who:<{width}}  {q.kind:<9}  {mark}{text}{'”' if mark else ''}{extra}")
    if x.claims:
        lines.append("  claims:")
        for c in x.claims:
            text = c.text.replace("\n", " ")
            if len(text) > 90:
                text = text[:87] + "…"
            figures = ", ".join(q.text for q in c.quantities)
            lines.append(f"    • {text}  [{figures}]")
    return "\n".join(lines) + "\n\n"


@main.command()
@click.option(
    "--dir",
    "directory",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("schemas"),
    show_default=True,
)
@click.option("--check", is_flag=True, help="Exit 1 if the files differ from the models.")
def schema(directory: Path, check: bool) -> None:
    """Write the JSON Schemas of the data models to DIR."""
    if check:
        stale = schema_mod.drift(directory)
        if stale:
            _err(f"{directory}: out of date: {', '.join(stale)}; run `factcheck schema`")
            sys.exit(1)
        click.echo(f"{directory}: up to date")
        return
    for path in schema_mod.write(directory):
        click.echo(str(path))


if __name__ == "__main__":  # pragma: no cover
    main()
