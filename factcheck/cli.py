"""The `factcheck` command line: a thin layer over the core library."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from . import schema as schema_mod
from .batch import ExtractionFailed, default_workers, extract_rendered
from .extraction_output import FORMATS
from .models import Article
from .sources import MAX_BYTES, SourceError, read_paths, read_stdin

if TYPE_CHECKING:
    from .store import Store


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
    type=click.Choice(FORMATS),
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
    results = extract_rendered(articles, fmt, workers=workers or default_workers())
    out = sys.stdout
    records: list[Any] = []
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
        if fmt == "json":
            records.append(result)
        else:
            out.write(result)
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


def db_option(f: Any) -> Any:
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=Path("factcheck.db"),
        show_default=True,
        envvar="FACTCHECK_DB",
        help="The SQLite file (also $FACTCHECK_DB).",
    )(f)


def _open(db_path: Path, *, must_exist: bool = False) -> Store:
    from .store import Store, StoreError

    if must_exist and not db_path.exists():
        _err(f"{db_path}: no such database; create it with `factcheck ingest PATH --db {db_path}`")
        sys.exit(1)
    try:
        return Store(db_path)
    except StoreError as e:
        _err(str(e))
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option(
    "--workers",
    "-j",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Processes to extract with; 0 means one per core.",
)
@click.option("--max-bytes", type=click.IntRange(min=1), default=MAX_BYTES, show_default=True)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary line.")
def ingest(
    paths: tuple[str, ...], db_path: Path, workers: int, max_bytes: int, quiet: bool
) -> None:
    """Extract PATHS and store them, matching every statement against the stored ones.

    Each article is stored in one transaction: an interrupted ingest leaves whole
    articles only, and running it again stores the rest.
    """
    from .ingest import ingest as run_ingest

    store = _open(db_path)
    show_bar = not quiet and sys.stderr.isatty()
    bar: Any = None

    def progress(done: int, total: int, name: str) -> None:
        nonlocal bar
        if not show_bar:
            return
        if bar is None:
            bar = click.progressbar(length=total, label="ingesting", file=sys.stderr)
            bar.__enter__()
        bar.update(1)

    try:
        report = run_ingest(
            store,
            _read(paths, max_bytes),
            workers=workers or default_workers(),
            progress=progress,
            on_error=_err,
        )
    except KeyboardInterrupt:
        if bar is not None:
            bar.__exit__(None, None, None)
        _err(f"interrupted; {db_path} holds every article stored so far, run again to finish")
        sys.exit(130)
    finally:
        store.close()
    if bar is not None:
        bar.__exit__(None, None, None)
    if not quiet:
        click.echo(f"{db_path}: {report.summary()}")
    if report.failures:
        sys.exit(1)


@main.command()
@db_option
@click.option(
    "--relation",
    type=click.Choice(["consistent", "contradiction", "misquote", "duplicate"]),
    help="Only this relation.",
)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl"]), default="text")
def matches(db_path: Path, relation: str | None, fmt: str) -> None:
    """List statements reported in several places and how the reports relate."""
    store = _open(db_path, must_exist=True)
    try:
        rows = store.matches(relation)
    finally:
        store.close()
    if _emit_json(rows, fmt):
        return
    if not rows:
        click.echo("no matches" + (f" with relation {relation}" if relation else ""))
        return
    for r in rows:
        click.echo(f"{r['relation'].upper():<13} {r['score']:>5}  {'; '.join(r['reasons'])}")
        for side in ("a", "b"):
            x = r[side]
            where = x["outlet"] or x["path"] or "?"
            click.echo(f"    {where} · {x['speaker'] or 'reporter'} · {_clip(x['text'], 90)}")
        if r["diff"]:
            click.echo("    diff: " + _render_diff(r["diff"]))
        click.echo("")


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl"]), default="text")
def speakers(db_path: Path, fmt: str) -> None:
    """List speakers across all articles, with their aliases and statement counts."""
    store = _open(db_path, must_exist=True)
    try:
        rows = store.speakers()
    finally:
        store.close()
    if _emit_json(rows, fmt):
        return
    for r in rows:
        role = f", {r['role']}" if r["role"] else ""
        aka = f"  aka {', '.join(r['aliases'])}" if r["aliases"] else ""
        counts = f"{r['statements']:>5} stmt {r['articles']:>3} art"
        click.echo(f"{counts}  {r['name']}{role} [{r['kind']}]{aka}")


def default_reviewer() -> str:
    import getpass
    import os

    return os.environ.get("FACTCHECK_REVIEWER") or getpass.getuser()


def reviewer_option(f: Any) -> Any:
    return click.option(
        "--reviewer",
        default=default_reviewer,
        show_default="$FACTCHECK_REVIEWER or your login",
        help="Who is making the change, for the history.",
    )(f)


@main.command()
@click.argument("statement_id")
@click.argument("verdict")
@click.option("--note", help="A note to keep with the verdict.")
@db_option
@reviewer_option
def verdict(
    statement_id: str, verdict: str, note: str | None, db_path: Path, reviewer: str
) -> None:
    """Set the VERDICT of STATEMENT_ID (as the review app does, with history and undo).

    VERDICT is one of the database's rating scale (default: true, mostly-true,
    misleading, false, unverifiable, not-a-claim), or "none" to clear it.
    """
    from .review import ReviewError, set_note, set_verdict

    store = _open(db_path, must_exist=True)
    try:
        set_verdict(store, statement_id, None if verdict == "none" else verdict, reviewer=reviewer)
        if note is not None:
            set_note(store, statement_id, note, reviewer=reviewer)
    except ReviewError as e:
        _err(str(e))
        sys.exit(1)
    finally:
        store.close()
    click.echo(f"{statement_id}: {verdict}" + (" (with note)" if note else ""))


@main.command()
@db_option
@reviewer_option
def review(db_path: Path, reviewer: str) -> None:
    """Open the review workbench on the database (a terminal app).

    Not at a terminal (a script, CI), it prints what is waiting for review instead.
    """
    store = _open(
        db_path, must_exist=True
    )  # a bad file is a one-line error here, not a traceback in the app
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        counts = store.counts()
        open_ = store.scalar(
            "SELECT count(*) FROM statements s LEFT JOIN reviews r ON r.statement_id = s.id"
            " WHERE r.verdict IS NULL"
        )
        store.close()
        click.echo(
            f"{db_path}: {counts['quotes'] + counts['claims']} statements, {open_} unreviewed, "
            f"{counts['matches']} matches ({counts['contradictions']} contradictions). "
            "Run `factcheck review` at a terminal to review them."
        )
        return
    store.close()
    from .tui import run

    run(db_path, reviewer)


@main.command()
@db_option
@click.option(
    "--set",
    "from_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help='A JSON list of [verdict, label, rating 1-5 or null], e.g. [["true", "True", 5]].',
)
def scale(db_path: Path, from_file: Path | None) -> None:
    """Show the rating scale of the database, or set it for every reviewer."""
    from .review import ReviewError, set_scale
    from .review import scale as get_scale

    store = _open(db_path, must_exist=True)
    try:
        if from_file is not None:
            try:
                raw = json.loads(from_file.read_text(encoding="utf-8"))
                ok = isinstance(raw, list) and all(
                    isinstance(e, list)
                    and len(e) == 3
                    and isinstance(e[0], str)
                    and isinstance(e[1], str)
                    and (e[2] is None or isinstance(e[2], int))
                    for e in raw
                )
                if not ok:
                    raise ReviewError("expected a list of [verdict, label, rating 1-5 or null]")
                set_scale(store, [tuple(e) for e in raw])  # type: ignore[misc]
            except (ReviewError, json.JSONDecodeError, TypeError) as e:
                _err(f"{from_file}: {e}")
                sys.exit(1)
        for key, (verdict, label, value) in enumerate(get_scale(store), 1):
            rating = "" if value is None else f"  (ClaimReview {value})"
            click.echo(f"{key}  {verdict:<14} {label}{rating}")
    finally:
        store.close()


@main.command()
@db_option
@reviewer_option
def undo(db_path: Path, reviewer: str) -> None:
    """Take back your latest change (verdict, note, evidence, match, attribution)."""
    from .review import ReviewError
    from .review import undo as undo_change

    store = _open(db_path, must_exist=True)
    try:
        change = undo_change(store, reviewer=reviewer)
    except ReviewError as e:
        _err(str(e))
        sys.exit(1)
    finally:
        store.close()
    click.echo(f"undone: {change.target} {change.field} back to {change.new!r}")


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "csv", "claimreview", "markdown"]),
    default="json",
    show_default=True,
)
@db_option
@click.option("-o", "--output", default="-", help="File to write; - (default) is stdout.")
@click.option("--verdict", "verdicts", multiple=True, help="Only this verdict (repeatable).")
@click.option("--speaker", help="Only statements by a speaker whose name contains this.")
@click.option("--outlet", help="Only statements from an outlet whose name contains this.")
@click.option(
    "--relation",
    type=click.Choice(["consistent", "contradiction", "misquote", "duplicate"]),
    help="Only statements with a match of this relation.",
)
@click.option("--reviewed-only", is_flag=True, help="Only statements with a verdict.")
@click.option(
    "--site",
    default="https://factcheck.example/reviews",
    show_default=True,
    help="ClaimReview: base url of your published reviews.",
)
@click.option("--publisher", default="factcheck", show_default=True, help="ClaimReview author.")
@click.option("--check", is_flag=True, help="ClaimReview: report what Google would reject.")
def export(
    fmt: str,
    db_path: Path,
    output: str,
    verdicts: tuple[str, ...],
    speaker: str | None,
    outlet: str | None,
    relation: str | None,
    reviewed_only: bool,
    site: str,
    publisher: str,
    check: bool,
) -> None:
    """Export the annotated claim set as json, jsonl, csv, ClaimReview JSON-LD or Markdown."""
    from .export import Filters, claimreview, collect, render

    if check and fmt != "claimreview":
        _err("--check lints ClaimReview; use it with --format claimreview")
        sys.exit(2)
    store = _open(db_path, must_exist=True)
    try:
        filters = Filters(verdicts, speaker, outlet, relation, reviewed_only)
        cs = collect(store, filters)
    finally:
        store.close()
    if check:
        problems = claimreview.lint(claimreview.build(cs, site=site, publisher=publisher))
        for p in problems:
            click.echo(p)
        n = len(cs.statements)
        click.echo(f"{len(problems)} problem(s) in the ClaimReview of {n} statement(s)", err=True)
        sys.exit(1 if problems else 0)
    text = render(cs, fmt, site=site, publisher=publisher)
    if output == "-":
        click.echo(text, nl=False)
        return
    target = Path(output)
    tmp = target.with_name(target.name + ".part")
    try:
        tmp.write_text(text, encoding="utf-8", newline="")
        tmp.replace(target)  # never leave a half-written export behind
    except OSError as e:
        _err(f"{output}: cannot write: {e.strerror or e}")
        sys.exit(1)
    click.echo(f"{output}: {len(cs.statements)} statement(s) as {fmt}", err=True)


@main.command(name="import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@db_option
def import_(file: Path, db_path: Path) -> None:
    """Import a json or jsonl export; reviews merge by statement, conflicts are reported."""
    from .importer import ImportFailed, import_claim_set, read_claim_set

    try:
        cs = read_claim_set(file)
    except ImportFailed as e:
        _err(str(e))
        sys.exit(1)
    store = _open(db_path)
    try:
        report = import_claim_set(store, cs)
    except ImportFailed as e:
        _err(f"{file}: {e}")
        sys.exit(1)
    finally:
        store.close()
    for c in report.conflicts:
        click.echo(f"conflict: {c}", err=True)
    for s in report.skipped:
        click.echo(f"skipped: {s}", err=True)
    click.echo(f"{db_path}: {report.summary()}")
    if report.conflicts:
        sys.exit(1)


def _emit_json(rows: list[dict[str, Any]], fmt: str) -> bool:
    """Write rows as json or jsonl for scripts; False when the format is for people."""
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
    else:
        return False
    return True


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _render_diff(diff: list[list[str]]) -> str:
    out = []
    for op, words in diff:
        out.append(words if op == "=" else f"[-{words}-]" if op == "-" else f"{{+{words}+}}")
    return " ".join(out)


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
