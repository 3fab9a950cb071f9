"""What a reviewer's change returns, and why one can be refused."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class ReviewError(ValueError):
    """A change that cannot be made: unknown statement, verdict, or nothing to undo."""


class StaleEdit(ReviewError):
    """Someone else changed the statement since it was shown (``seen``), or, for a caller
    that saw nothing, ``field`` holds a value someone else set. ``revision`` is the
    statement's revision now: passing it back overwrites knowingly."""

    def __init__(
        self,
        statement_id: str,
        by: str | None,
        at: str,
        revision: int,
        *,
        seen: int | None = None,
        field: str | None = None,
    ) -> None:
        who = by or "someone"
        if field is not None:
            message = (
                f"{statement_id}: its {field} was set by {who} at {at} (revision {revision});"
                " not overwritten"
            )
        else:
            message = (
                f"{statement_id} was changed by {who} at {at} since you read it"
                f" (revision {seen}, now {revision})"
            )
        super().__init__(message)
        self.by, self.at, self.revision, self.seen, self.field = by, at, revision, seen, field


class UndoRefused(ReviewError):
    """The change to undo has been built on by someone else since; undoing it would wipe
    theirs."""


@dataclass(frozen=True, slots=True)
class Change:
    """One change as recorded in the history: what it touched, and the value before and
    after (for a change of several review fields, 'verdict+note', dicts of them), and the
    review's revision after it where there is one."""

    history_id: int
    target: str
    field: str
    old: Any
    new: Any
    revision: int | None = None
