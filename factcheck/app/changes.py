"""What a reviewer's change returns, and why one can be refused."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class ReviewError(ValueError):
    """A change that cannot be made: unknown statement, verdict, or nothing to undo."""


class StaleEdit(ReviewError):
    """Someone else changed the statement since it was shown."""

    def __init__(self, statement_id: str, by: str | None, at: str, revision: int) -> None:
        super().__init__(
            f"{statement_id} was changed by {by or 'someone'} at {at} since you opened it"
        )
        self.by, self.at, self.revision = by, at, revision


@dataclass(frozen=True, slots=True)
class Change:
    """One change as recorded in the history: what it touched, and the value before and
    after."""

    history_id: int
    target: str
    field: str
    old: Any
    new: Any
