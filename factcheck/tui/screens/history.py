"""Every change by every reviewer, in words, newest first; narrowed to one reviewer and
one day with a key each, and searched with ``/``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable

from ...app.history import ChangeLine
from ..messages import HistoryFilter, OpenStatement
from .listing import ListScreen, clip


class HistoryScreen(ListScreen[ChangeLine]):
    BINDINGS = [
        Binding("r", "cycle('reviewer')", "Reviewer"),
        Binding("d", "cycle('day')", "Day"),
        Binding("enter", "open", "Open"),
    ]
    COLUMNS = ("when", "who", "change", "statement")
    PLACEHOLDER = "/ search changes"

    def __init__(
        self,
        rows: list[ChangeLine],
        reviewers: list[str],
        days: list[str],
        reviewer: str | None = None,
        day: str | None = None,
    ) -> None:
        super().__init__(rows, "changes")
        self.reviewers, self.days = reviewers, days
        self.reviewer, self.day = reviewer, day

    def heading(self) -> str:
        who = self.reviewer or "every reviewer"
        when = self.day or "every day"
        return f"{len(self.rows):,} changes  ·  {who}  ·  {when}   (r: reviewer, d: day)"

    def cells(self, r: ChangeLine) -> Sequence[Any]:
        what = Text(clip(r.what, 70), "dim strike" if r.undone else "")
        return (
            r.at.replace("T", " ")[:16],
            clip(r.reviewer or "?", 12),
            what,
            clip(r.statement or r.target, 60),
        )

    def action_cycle(self, what: str) -> None:
        if what == "reviewer":
            options: list[str | None] = [None, *self.reviewers]
            self.reviewer = options[(options.index(self.reviewer) + 1) % len(options)]
        else:
            options = [None, *self.days]
            self.day = options[(options.index(self.day) + 1) % len(options)]
        self.post_message(HistoryFilter(self.reviewer, self.day))

    def action_open(self) -> None:
        r = self.current()
        if r and r.statement is not None:
            self.post_message(OpenStatement(r.target))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()
