"""Speakers across articles: aliases, counts, and everything each one said."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from ...app.views import SpeakerStatement
from ..messages import MergeSpeaker, OpenStatement, ShowSpeaker


class SpeakersScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("enter", "open", "Statements"),
        Binding("m", "merge", "Merge into…"),
    ]

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(f"{len(self.rows)} speakers", classes="section")
        yield DataTable(id="speakers", cursor_type="row", zebra_stripes=True)
        yield Static(id="said")
        yield Footer()

    def on_mount(self) -> None:
        self.fill(self.rows)

    def fill(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        table = self.query_one(DataTable)
        table.clear(columns=True)
        table.add_columns("speaker", "kind", "role", "statements", "articles", "aliases")
        for r in rows:
            table.add_row(
                r["name"],
                r["kind"],
                r["role"] or "",
                r["statements"],
                r["articles"],
                ", ".join(r["aliases"]),
                key=str(r["id"]),
            )
        table.focus()

    def current(self) -> dict[str, Any] | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        return self.rows[table.cursor_row]

    def action_open(self) -> None:
        r = self.current()
        if r:
            self.post_message(ShowSpeaker(r))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open()

    def action_merge(self) -> None:
        r = self.current()
        if r:
            self.post_message(MergeSpeaker(r))


class SpeakerStatementsScreen(Screen[None]):
    BINDINGS = [Binding("escape", "app.pop_screen", "Back"), Binding("enter", "open", "Open")]

    def __init__(self, speaker: dict[str, Any], rows: list[SpeakerStatement]) -> None:
        super().__init__()
        self.speaker, self.rows = speaker, rows

    def compose(self) -> ComposeResult:
        yield Header()
        role = f", {self.speaker['role']}" if self.speaker["role"] else ""
        aka = f"  aka {', '.join(self.speaker['aliases'])}" if self.speaker["aliases"] else ""
        yield Static(f"{self.speaker['name']}{role}{aka}", classes="section")
        yield DataTable(id="said", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("kind", "outlet", "statement")
        for r in self.rows:
            table.add_row(r.kind, r.outlet or "", " ".join(r.text.split())[:110], key=r.id)
        table.focus()

    def action_open(self) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            self.post_message(OpenStatement(self.rows[table.cursor_row].id))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open()
