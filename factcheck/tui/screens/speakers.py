"""Speakers across articles: counts first, then the name, so long junk names never push
the counts off; only speakers with statements unless asked; everything each one said."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual.binding import Binding
from textual.widgets import DataTable

from ...app.views import SpeakerStatement
from ..messages import MergeSpeaker, OpenStatement, ShowSpeaker
from .listing import ListScreen, clip


class SpeakersScreen(ListScreen[dict[str, Any]]):
    BINDINGS = [
        Binding("enter", "open", "Statements"),
        Binding("m", "merge", "Merge into…"),
    ]
    COLUMNS = ("said", "articles", "speaker", "kind", "role", "aliases")
    PLACEHOLDER = "/ search names, roles and aliases"

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        super().__init__(rows, "speakers with statements")

    def cells(self, r: dict[str, Any]) -> Sequence[Any]:
        return (
            r["statements"],
            r["articles"],
            clip(r["name"], 40),
            r["kind"],
            clip(r["role"] or "", 30),
            clip(", ".join(r["aliases"]), 40),
        )

    def haystack(self, r: dict[str, Any]) -> str:
        return " ".join([r["name"], r["role"] or "", *r["aliases"]]).casefold()

    def action_open(self) -> None:
        r = self.current()
        if r:
            self.post_message(ShowSpeaker(r))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_merge(self) -> None:
        r = self.current()
        if r:
            self.post_message(MergeSpeaker(r))


class SpeakerStatementsScreen(ListScreen[SpeakerStatement]):
    BINDINGS = [Binding("enter", "open", "Open")]
    COLUMNS = ("kind", "outlet", "statement")

    def __init__(self, speaker: dict[str, Any], rows: list[SpeakerStatement]) -> None:
        role = f", {speaker['role']}" if speaker["role"] else ""
        super().__init__(rows, f"said by {speaker['name']}{role}")
        self.speaker = speaker

    def cells(self, r: SpeakerStatement) -> Sequence[Any]:
        return (r.kind, clip(r.outlet or "", 24), clip(r.text, 110))

    def action_open(self) -> None:
        r = self.current()
        if r:
            self.post_message(OpenStatement(r.id))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()
