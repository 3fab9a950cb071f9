"""Commands a reviewer uses: review (the workbench), show, verdict, note, evidence, undo,
scale.

Every change is a compare-and-set (see ``app.review``): with ``--expect-revision N`` (the
revision `factcheck show` printed) it is refused if the statement has changed since;
without it, it is refused where it would replace another reviewer's value. Either way the
refusal is one line naming who changed it and when.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .base import db_option, fail, main, need_stdout, open_db, reviewer_option

if TYPE_CHECKING:
    from ..app.review import Change


def expect_revision_option(f: Any) -> Any:
    return click.option(
        "--expect-revision",
        type=click.IntRange(min=0),
        default=None,
        help="The revision you read (`factcheck show`); refused if it has changed since."
        " 0: the statement has no review yet.",
    )(f)


def _apply(db_path: Path, change: Callable[..., Change], *args: Any, **kwargs: Any) -> Change:
    """Run one change on the database, turning a refusal into its one line."""
    from ..app.review import ReviewError, StaleEdit

    store = open_db(db_path, must_exist=True)
    try:
        return change(store, *args, **kwargs)
    except StaleEdit as e:
        fail(f"{e}; to overwrite it, run again with --expect-revision {e.revision}")
    except ReviewError as e:
        fail(str(e))
    finally:
        store.close()


@main.command()
@db_option
@reviewer_option
def review(db_path: Path, reviewer: str) -> None:
    """Open the review workbench on the database (a terminal app).

    Not at a terminal (a script, CI), it prints what is waiting for review instead.
    """
    # a bad file is a one-line error here, not a traceback in the app
    store = open_db(db_path, must_exist=True)
    if not (sys.stdin and sys.stdout and sys.stdin.isatty() and sys.stdout.isatty()):
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
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@db_option
def show(statement_id: str, fmt: str, db_path: Path) -> None:
    """Show STATEMENT_ID's review: verdict, note, evidence, revision and history."""
    from ..app.review import history, review_of
    from ..app.views import statement_view

    need_stdout()
    store = open_db(db_path, must_exist=True)
    try:
        view = statement_view(store, statement_id)
        if view is None:
            fail(f"no statement {statement_id}")
        r = review_of(store, statement_id)
        changes = history(store, statement_id)
    finally:
        store.close()
    if fmt == "json":
        out = {"id": statement_id, "text": view.text, "review": r, "history": changes}
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    click.echo(f"{statement_id}  {view.speaker or 'reporter'}: {' '.join(view.text.split())}")
    if r is None:
        click.echo("revision 0: not reviewed")
    else:
        click.echo(
            f"revision {r['revision']}: verdict {r['verdict'] or 'none'},"
            f" last changed by {r['reviewer'] or '?'} at {r['updated_at']}"
        )
        click.echo(f"summary: {r['summary'] or '-'}")
        click.echo(f"note: {r['note'] or '-'}")
        click.echo(f"evidence: {' '.join(r['evidence']) or '-'}")
    for h in changes:
        click.echo(
            f"  {h['at']}  {h['reviewer'] or '?'}  {h['action']} {h['field']}:"
            f" {h['old']!r} -> {h['new']!r}"
        )


@main.command()
@click.argument("statement_id")
@click.argument("verdict")
@click.option("--note", help="A note to keep with the verdict (one change with it).")
@expect_revision_option
@db_option
@reviewer_option
def verdict(
    statement_id: str,
    verdict: str,
    note: str | None,
    expect_revision: int | None,
    db_path: Path,
    reviewer: str,
) -> None:
    """Set the VERDICT of STATEMENT_ID (as the review app does, with history and undo).

    VERDICT is one of the database's rating scale (default: true, mostly-true,
    misleading, false, unverifiable, not-a-claim), or "none" to clear it.
    """
    from ..app.review import set_review

    values: dict[str, Any] = {"verdict": None if verdict == "none" else verdict}
    if note is not None:
        values["note"] = note
    change = _apply(
        db_path,
        set_review,
        statement_id,
        values,
        reviewer=reviewer,
        seen_revision=expect_revision,
    )
    extra = " (with note)" if note else ""
    click.echo(f"{statement_id}: {verdict}{extra} (revision {change.revision})")


@main.command()
@click.argument("statement_id")
@click.argument("text")
@expect_revision_option
@db_option
@reviewer_option
def note(
    statement_id: str, text: str, expect_revision: int | None, db_path: Path, reviewer: str
) -> None:
    """Set the note of STATEMENT_ID to TEXT ("" clears it)."""
    from ..app.review import set_note

    change = _apply(
        db_path, set_note, statement_id, text, reviewer=reviewer, seen_revision=expect_revision
    )
    click.echo(f"{statement_id}: note {'set' if text else 'cleared'} (revision {change.revision})")


@main.command()
@click.argument("statement_id")
@click.argument("text")
@expect_revision_option
@db_option
@reviewer_option
def summary(
    statement_id: str, text: str, expect_revision: int | None, db_path: Path, reviewer: str
) -> None:
    """Set the short summary of STATEMENT_ID's claim to TEXT ("" clears it): what
    ClaimReview publishes as claimReviewed (75 characters or fewer display whole)."""
    from ..app.review import set_summary
    from ..export.claimreview import CLAIM_REVIEWED_MAX

    change = _apply(
        db_path, set_summary, statement_id, text, reviewer=reviewer, seen_revision=expect_revision
    )
    said = "set" if text.strip() else "cleared"
    click.echo(f"{statement_id}: summary {said} (revision {change.revision})")
    if len(text.strip()) > CLAIM_REVIEWED_MAX:
        click.echo(
            f"{statement_id}: the summary is {len(text.strip())} characters; ClaimReview"
            f" displays {CLAIM_REVIEWED_MAX} without wrapping",
            err=True,
        )


@main.group()
def evidence() -> None:
    """Add or remove an evidence link of a statement."""


@evidence.command(name="add")
@click.argument("statement_id")
@click.argument("url")
@expect_revision_option
@db_option
@reviewer_option
def evidence_add(
    statement_id: str, url: str, expect_revision: int | None, db_path: Path, reviewer: str
) -> None:
    """Add URL (http or https) to the evidence of STATEMENT_ID."""
    from ..app.review import add_evidence

    change = _apply(
        db_path, add_evidence, statement_id, url, reviewer=reviewer, seen_revision=expect_revision
    )
    click.echo(f"{statement_id}: {len(change.new)} evidence link(s) (revision {change.revision})")


@evidence.command(name="remove")
@click.argument("statement_id")
@click.argument("url")
@expect_revision_option
@db_option
@reviewer_option
def evidence_remove(
    statement_id: str, url: str, expect_revision: int | None, db_path: Path, reviewer: str
) -> None:
    """Remove URL from the evidence of STATEMENT_ID."""
    from ..app.review import remove_evidence

    change = _apply(
        db_path,
        remove_evidence,
        statement_id,
        url,
        reviewer=reviewer,
        seen_revision=expect_revision,
    )
    click.echo(f"{statement_id}: {len(change.new)} evidence link(s) (revision {change.revision})")


@main.command()
@db_option
@click.option(
    "--set",
    "from_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help='A JSON list of [verdict, label, rating 1-5 or null], e.g. [["true", "True", 5]].',
)
def scale(db_path: Path, from_file: Path | None) -> None:
    """Show the rating scale of the database, or set it for every reviewer.

    A new scale may not drop a verdict that statements still have.
    """
    from ..app.review import ReviewError, set_scale
    from ..app.review import scale as get_scale

    store = open_db(db_path, must_exist=True)
    try:
        if from_file is not None:
            try:
                raw = json.loads(from_file.read_text(encoding="utf-8-sig"))
                ok = isinstance(raw, list) and all(
                    isinstance(e, list)
                    and len(e) == 3
                    and isinstance(e[0], str)
                    and isinstance(e[1], str)
                    and (e[2] is None or (isinstance(e[2], int) and not isinstance(e[2], bool)))
                    for e in raw
                )
                if not ok:
                    raise ReviewError("expected a list of [verdict, label, rating 1-5 or null]")
                set_scale(store, [(e[0], e[1], e[2]) for e in raw])
            except (ReviewError, json.JSONDecodeError, UnicodeDecodeError) as e:
                fail(f"{from_file}: {e}")
            except OSError as e:
                fail(f"{from_file}: {e.strerror or e}")
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
    split), unless someone else has changed the same thing since."""
    from ..app.review import undo as undo_change

    change = _apply(db_path, undo_change, reviewer=reviewer)
    click.echo(f"undone: {change.target} {change.field} back to {change.new!r}")
