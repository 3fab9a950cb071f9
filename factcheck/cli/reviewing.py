"""Commands a reviewer uses: review (the workbench), verdict, undo, scale."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .base import db_option, fail, main, open_db, reviewer_option


@main.command()
@db_option
@reviewer_option
def review(db_path: Path, reviewer: str) -> None:
    """Open the review workbench on the database (a terminal app).

    Not at a terminal (a script, CI), it prints what is waiting for review instead.
    """
    # a bad file is a one-line error here, not a traceback in the app
    store = open_db(db_path, must_exist=True)
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        from ..app.views import store_counts

        counts = store_counts(store)
        store.close()
        click.echo(
            f"{db_path}: {counts['quotes'] + counts['claims']} statements,"
            f" {counts['unreviewed']} unreviewed, {counts['matches']} matches"
            f" ({counts['contradictions']} contradictions)."
            " Run `factcheck review` at a terminal to review them."
        )
        return
    store.close()
    from ..tui import run

    run(db_path, reviewer)


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
    from ..app.review import ReviewError, set_note, set_verdict

    store = open_db(db_path, must_exist=True)
    try:
        set_verdict(store, statement_id, None if verdict == "none" else verdict, reviewer=reviewer)
        if note is not None:
            set_note(store, statement_id, note, reviewer=reviewer)
    except ReviewError as e:
        fail(str(e))
    finally:
        store.close()
    click.echo(f"{statement_id}: {verdict}" + (" (with note)" if note else ""))


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
    from ..app.review import ReviewError, set_scale
    from ..app.review import scale as get_scale

    store = open_db(db_path, must_exist=True)
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
                set_scale(store, [(e[0], e[1], e[2]) for e in raw])
            except (ReviewError, json.JSONDecodeError, TypeError) as e:
                fail(f"{from_file}: {e}")
        for key, (name, label, value) in enumerate(get_scale(store), 1):
            rating = "" if value is None else f"  (ClaimReview {value})"
            click.echo(f"{key}  {name:<14} {label}{rating}")
    finally:
        store.close()


@main.command()
@db_option
@reviewer_option
def undo(db_path: Path, reviewer: str) -> None:
    """Take back your latest change (verdict, note, evidence, match, attribution, merge,
    split)."""
    from ..app.review import ReviewError
    from ..app.review import undo as undo_change

    store = open_db(db_path, must_exist=True)
    try:
        change = undo_change(store, reviewer=reviewer)
    except ReviewError as e:
        fail(str(e))
    finally:
        store.close()
    click.echo(f"undone: {change.target} {change.field} back to {change.new!r}")
