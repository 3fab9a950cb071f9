"""Commands on the store: ingest, matches, speakers (and their merges and splits),
export, import, schema."""

from __future__ import annotations

import sys
from errno import EFBIG, ENOSPC
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..vocabulary import EXPORT_FORMATS, RELATIONS
from .base import (
    Terminated,
    clip,
    db_option,
    emit_json,
    err,
    fail,
    main,
    need_stdout,
    open_db,
    render_diff,
    reviewer_option,
    warn,
)
from .extracting import max_bytes_option, read_inputs, workers_option

if TYPE_CHECKING:
    from ..app import Store

LIST_FORMATS = ("text", "json", "jsonl")


@main.command()
@click.argument("paths", nargs=-1)
@db_option
@workers_option(0)
@max_bytes_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary line.")
@click.option(
    "--from-extracted",
    "extracted",
    type=click.Path(file_okay=False, path_type=Path),
    help="Load a folder `factcheck extract --engine dask` wrote, with its matches.",
)
@click.option(
    "--outlet", "outlets", multiple=True, help="With --from-extracted: only this outlet's."
)
@click.option(
    "--since",
    type=click.DateTime(["%Y-%m-%d"]),
    help="With --from-extracted: published on or after.",
)
@click.option(
    "--until",
    type=click.DateTime(["%Y-%m-%d"]),
    help="With --from-extracted: published on or before.",
)
def ingest(
    paths: tuple[str, ...],
    db_path: Path,
    workers: int,
    max_bytes: int,
    quiet: bool,
    extracted: Path | None,
    outlets: tuple[str, ...],
    since: Any,
    until: Any,
) -> None:
    """Extract PATHS and store them, matching every statement against the stored ones.

    Each article is stored in one transaction: an interrupted ingest leaves whole
    articles only, and running it again stores the rest. A changed text under a known
    feed id, url or path is stored as a new version, which takes over the old one's
    reviews. With --from-extracted DIR, the articles (a slice of them, by --outlet,
    --since, --until) and matches of an archive-scale extraction are loaded instead.
    """
    from ..app.ingest import ingest as run_ingest
    from ..pipeline.batch import default_workers

    if extracted is not None and paths:
        fail("give PATHS or --from-extracted DIR, not both")
    if extracted is None and not paths:
        fail("nothing to ingest: give PATHS, or --from-extracted DIR")
    if extracted is None and (outlets or since or until):
        fail("--outlet, --since and --until go with --from-extracted")
    store = open_db(db_path)
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
        if extracted is not None:
            report = _load_extracted(store, extracted, outlets, since, until, progress)
        else:
            report = run_ingest(
                store,
                read_inputs(paths, max_bytes),
                workers=workers or default_workers(),
                progress=progress,
                on_error=err,
                on_warning=warn,
            )
    except KeyboardInterrupt as e:
        if bar is not None:
            bar.__exit__(None, None, None)
        how, code = ("terminated", 143) if isinstance(e, Terminated) else ("interrupted", 130)
        fail(f"{how}; {db_path} holds every article stored so far, run again to finish", code)
    finally:
        store.close()
    if bar is not None:
        bar.__exit__(None, None, None)
    if not quiet:
        click.echo(f"{db_path}: {report.summary()}")
    if report.failures:
        sys.exit(1)


def _load_extracted(
    store: Store,
    folder: Path,
    outlets: tuple[str, ...],
    since: Any,
    until: Any,
    progress: Any,
) -> Any:
    from ..app.extracted import Slice, load_extracted

    try:
        from ..scale.blocks import InputError
        from ..scale.load import read_extraction
    except ImportError:
        store.close()
        fail("--from-extracted needs the scale extra: pip install 'factcheck[scale]'")
    chosen = Slice(
        frozenset(outlets),
        since.date() if since else None,
        until.date() if until else None,
    )
    try:
        x = read_extraction(folder, chosen)
    except InputError as e:
        store.close()
        fail(str(e))
    return load_extracted(
        store,
        x.articles(),
        x.matches,
        x.holds,
        matched=x.matched,
        progress=progress,
        total=len(x.chosen),
        on_error=err,
    )


@main.command()
@db_option
@click.option("--relation", type=click.Choice(RELATIONS), help="Only this relation.")
@click.option("--format", "fmt", type=click.Choice(LIST_FORMATS), default="text")
def matches(db_path: Path, relation: str | None, fmt: str) -> None:
    """List statements reported in several places and how the reports relate."""
    from ..app.views import match_listing

    need_stdout()
    store = open_db(db_path, must_exist=True)
    try:
        rows = match_listing(store, relation)
    finally:
        store.close()
    if emit_json(rows, fmt):
        return
    if not rows:
        click.echo("no matches" + (f" with relation {relation}" if relation else ""))
        return
    for r in rows:
        click.echo(f"{r['relation'].upper():<13} {r['score']:>5}  {'; '.join(r['reasons'])}")
        for side in ("a", "b"):
            x = r[side]
            where = x["outlet"] or x["path"] or "?"
            click.echo(f"    {where} · {x['speaker'] or 'reporter'} · {clip(x['text'], 90)}")
        if r["diff"]:
            click.echo("    diff: " + render_diff(r["diff"]))
        click.echo("")


@main.command()
@db_option
@click.option("--quiet", "-q", is_flag=True, help="No summary line.")
def rematch(db_path: Path, quiet: bool) -> None:
    """Recompute every match with this version's matching.

    The matching words of every statement are rebuilt from the stored texts first;
    reviewers' decisions (confirmed, dismissed) stay on the pairs found again. One
    transaction: stopped midway, the store keeps its old matches.
    """
    from ..app.matching import rematch as run_rematch

    store = open_db(db_path, must_exist=True)
    try:
        report = run_rematch(store)
    except KeyboardInterrupt:
        fail(f"interrupted; {db_path} keeps its old matches", 130)
    finally:
        store.close()
    if not quiet:
        click.echo(f"{db_path}: {report.summary()}")


# --- speakers ------------------------------------------------------------------------


@main.group(invoke_without_command=True)
@db_option
@click.option("--format", "fmt", type=click.Choice(LIST_FORMATS), default="text")
@click.pass_context
def speakers(ctx: click.Context, db_path: Path, fmt: str) -> None:
    """List speakers across all articles, with their aliases and statement counts.

    `speakers merge` and `speakers split` correct who is who; `factcheck undo` takes
    either back.
    """
    ctx.obj = db_path
    if ctx.invoked_subcommand is not None:
        return
    need_stdout()
    from ..app.views import speakers as speaker_rows

    store = open_db(db_path, must_exist=True)
    try:
        rows = speaker_rows(store)
    finally:
        store.close()
    if emit_json(rows, fmt):
        return
    for r in rows:
        role = f", {r['role']}" if r["role"] else ""
        aka = f"  aka {', '.join(r['aliases'])}" if r["aliases"] else ""
        counts = f"{r['statements']:>5} stmt {r['articles']:>3} art"
        click.echo(f"{r['id']:>6}  {counts}  {r['name']}{role} [{r['kind']}]{aka}")


def _speaker_id(store: Store, ref: str) -> int:
    """A speaker named by id or by exact name (case-insensitive), or a one-line error."""
    from ..app.views import find_speakers

    found = find_speakers(store, ref)
    if not found:
        fail(f"no speaker {ref!r}; `factcheck speakers` lists them with their ids")
    if len(found) > 1:
        ids = ", ".join(f"{s['id']} ({s['statements']} statements)" for s in found)
        fail(f"{len(found)} speakers are called {ref!r}: {ids}; give the id")
    return int(found[0]["id"])


def _db(ctx: click.Context, db_path: Path | None) -> Path:
    return db_path or ctx.obj or Path("factcheck.db")


@speakers.command(name="merge")
@click.argument("keep")
@click.argument("drop")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=None)
@reviewer_option
@click.pass_context
def speakers_merge(
    ctx: click.Context, keep: str, drop: str, db_path: Path | None, reviewer: str
) -> None:
    """Fold speaker DROP into KEEP (ids or exact names): its statements and names move."""
    from ..app import speakers as sp
    from ..app.changes import ReviewError

    store = open_db(_db(ctx, db_path), must_exist=True)
    try:
        keep_id, drop_id = _speaker_id(store, keep), _speaker_id(store, drop)
        change = sp.merge(store, keep_id, drop_id, reviewer=reviewer)
    except ReviewError as e:
        fail(str(e))
    finally:
        store.close()
    moved = len(change.old["statements"])
    click.echo(
        f"merged {change.old['speaker']['name']} into speaker {keep_id}:"
        f" {moved} statement(s) moved (`factcheck undo` takes it back)"
    )


@speakers.command(name="split")
@click.argument("speaker")
@click.argument("statement_ids", nargs=-1, required=True)
@click.option("--name", required=True, help="The name of the speaker the statements go to.")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=None)
@reviewer_option
@click.pass_context
def speakers_split(
    ctx: click.Context,
    speaker: str,
    statement_ids: tuple[str, ...],
    name: str,
    db_path: Path | None,
    reviewer: str,
) -> None:
    """Give STATEMENT_IDS of SPEAKER (id or exact name) a new speaker called --name."""
    from ..app import speakers as sp
    from ..app.changes import ReviewError

    store = open_db(_db(ctx, db_path), must_exist=True)
    try:
        sid = _speaker_id(store, speaker)
        new = sp.split(store, sid, list(statement_ids), name, reviewer=reviewer)
    except ReviewError as e:
        fail(str(e))
    finally:
        store.close()
    click.echo(
        f"{len(statement_ids)} statement(s) now by {name} (speaker {new}), kept apart from"
        f" speaker {sid} (`factcheck undo` takes it back)"
    )


# --- export and import ---------------------------------------------------------------


@main.command()
@click.option(
    "--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="json", show_default=True
)
@db_option
@click.option("-o", "--output", default="-", help="File to write; - (default) is stdout.")
@click.option("--verdict", "verdicts", multiple=True, help="Only this verdict (repeatable).")
@click.option("--speaker", help="Only statements by a speaker whose name contains this.")
@click.option("--outlet", help="Only statements from an outlet whose name contains this.")
@click.option(
    "--relation",
    type=click.Choice(RELATIONS),
    help="Only statements with a match of this relation.",
)
@click.option("--reviewed-only", is_flag=True, help="Only statements with a verdict.")
@click.option(
    "--site",
    help="ClaimReview: base url of your published reviews (default: as `factcheck publisher`"
    " set it).",
)
@click.option("--publisher", help="ClaimReview: the reviews' author, your organisation.")
@click.option("--publisher-url", help="ClaimReview: your organisation's home page.")
@click.option(
    "--check",
    is_flag=True,
    help="ClaimReview: report what Google would reject or what still needs writing.",
)
@click.option(
    "--no-bom",
    is_flag=True,
    help="CSV: no byte-order mark (spreadsheets want one; scripts may not).",
)
def export(
    fmt: str,
    db_path: Path,
    output: str,
    verdicts: tuple[str, ...],
    speaker: str | None,
    outlet: str | None,
    relation: str | None,
    reviewed_only: bool,
    site: str | None,
    publisher: str | None,
    publisher_url: str | None,
    check: bool,
    no_bom: bool,
) -> None:
    """Export the annotated claim set as json, jsonl, csv, ClaimReview JSON-LD or Markdown."""
    from ..app.exports import Filters, check_claimreview, export_text, write_export

    if check and fmt != "claimreview":
        fail("--check lints ClaimReview; use it with --format claimreview", 2)
    if not output.strip():
        fail("-o: an empty file name; give a file, or - for standard output", 2)
    if output != "-" and Path(output).is_dir():
        fail(f"{output}: is a directory; give a file name", 2)
    if output == "-" or check:
        need_stdout()
    store = open_db(db_path, must_exist=True)
    filters = Filters(verdicts, speaker, outlet, relation, reviewed_only)
    who = {"site": site, "publisher_name": publisher, "publisher_url": publisher_url}
    try:
        if check:
            problems, cs = check_claimreview(store, filters, **who)
        else:
            done = export_text(store, fmt, filters, bom=not no_bom, **who)
    finally:
        store.close()
    if check:
        from ..export.claimreview import published

        for p in problems:
            click.echo(p)
        reviews, n = len(published(cs)), len(cs.statements)
        click.echo(
            f"{len(problems)} problem(s) in the ClaimReview of {reviews} review(s)"
            f" ({n} statement(s) selected)",
            err=True,
        )
        sys.exit(1 if problems else 0)
    if output == "-":
        click.echo(done.text, nl=False)
        return
    try:
        write_export(done.text, Path(output))
    except OSError as e:
        full = " (disk full; nothing was written)" if e.errno in (ENOSPC, EFBIG) else ""
        fail(f"{output}: cannot write: {e.strerror or e}{full}")
    click.echo(f"{output}: {done.summary(fmt)}", err=True)


@main.command(name="publisher")
@db_option
@click.option("--name", help="Your organisation, ClaimReview's author.")
@click.option("--url", help="Your organisation's home page.")
@click.option("--site", help="The base url of your published reviews.")
def publisher_(db_path: Path, name: str | None, url: str | None, site: str | None) -> None:
    """Show, or set for every later export, who publishes the reviews (ClaimReview)."""
    from ..app.changes import ReviewError
    from ..app.exports import publisher, set_publisher

    store = open_db(db_path, must_exist=True)
    try:
        if name is not None or url is not None or site is not None:
            who = set_publisher(store, name=name, url=url, site=site)
        else:
            who = publisher(store)
    except ReviewError as e:
        fail(str(e))
    finally:
        store.close()
    click.echo(f"name: {who.name}\nurl: {who.url or '-'}\nsite: {who.site}")


@main.command(name="datasette-metadata")
@db_option
@click.option(
    "-o",
    "--output",
    default="metadata.json",
    show_default=True,
    help="File to write; - is stdout.",
)
def datasette_metadata(db_path: Path, output: str) -> None:
    """Write a Datasette metadata file for the database: labels, column notes, search on the
    quotes and claims views, and canned queries (contradictions to review, a speaker's
    statements across outlets)."""
    from ..app.exports import datasette_metadata as metadata_of
    from ..app.exports import write_export

    store = open_db(db_path, must_exist=True)
    try:
        text = metadata_of(store)
    finally:
        store.close()
    if output == "-":
        need_stdout()
        click.echo(text, nl=False)
        return
    try:
        write_export(text, Path(output))
    except OSError as e:
        fail(f"{output}: cannot write: {e.strerror or e}")
    click.echo(f"{output}: open it with `datasette {db_path} --metadata {output}`", err=True)


@main.command(name="import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@db_option
def import_(file: Path, db_path: Path) -> None:
    """Import a json or jsonl export; reviews merge by statement, conflicts are reported."""
    from ..app.claim_import import ImportFailed, import_claim_set, read_claim_set

    try:
        claims = read_claim_set(file)
    except ImportFailed as e:
        fail(str(e))
    store = open_db(db_path)
    try:
        report = import_claim_set(store, claims)
    except ImportFailed as e:
        fail(f"{file}: {e}")
    finally:
        store.close()
    for c in report.conflicts:
        click.echo(f"conflict: {c}", err=True)
    for s in report.skipped:
        click.echo(f"skipped: {s}", err=True)
    click.echo(f"{db_path}: {report.summary()}")
    if report.conflicts:
        sys.exit(1)


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
    from ..export import schemas

    if check:
        stale = schemas.drift(directory)
        if stale:
            fail(f"{directory}: out of date: {', '.join(stale)}; run `factcheck schema`")
        click.echo(f"{directory}: up to date")
        return
    for path in schemas.write(directory):
        click.echo(str(path))
