"""A screen of rows with a search box: speakers, articles, what a speaker said, history.

``/`` focuses the search at once (a priority binding, so the keys typed right after it
land in the box, never on the screen's bindings); the rows narrow once typing pauses;
escape leaves the box, then the screen. Long cells are cut to one line, never wrapped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import DataTable, Footer, Header, Input, Static

R = TypeVar("R")
TYPING_PAUSE = 0.12


def clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


class ListScreen(Screen[None], Generic[R]):
    BINDINGS = [
        Binding("slash", "focus_search", "Search", priority=True),
        Binding("escape", "back", "Back"),
    ]
    COLUMNS: Sequence[str] = ()
    PLACEHOLDER = "/ search"

    def __init__(self, rows: list[R], title: str = "") -> None:
        super().__init__()
        self.all_rows = rows
        self.rows = rows
        self.title_text = title
        self._typing: Timer | None = None

    # --- what a subclass says -----------------------------------------------------------

    def cells(self, row: R) -> Sequence[Any]:
        raise NotImplementedError

    def haystack(self, row: R) -> str:
        """The text the search looks in, lower case."""
        return " ".join(str(c) for c in self.cells(row)).casefold()

    def heading(self) -> str:
        return f"{len(self.rows):,} of {len(self.all_rows):,}  {self.title_text}"

    # --- the screen ---------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="list-title", classes="section oneline")
        yield Input(placeholder=self.PLACEHOLDER, id="search", classes="search")
        yield DataTable(id="rows", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#rows", DataTable)
        table.add_columns(*self.COLUMNS)
        self.fill(self.all_rows)
        table.focus()

    def fill(self, rows: list[R]) -> None:
        """Show these rows (all the screen has), narrowed by what is typed."""
        table = self.query_one("#rows", DataTable)
        keep = table.cursor_row if table.row_count else 0
        self.all_rows = rows
        words = self.query_one("#search", Input).value.casefold().split()
        self.rows = [r for r in rows if all(w in self.haystack(r) for w in words)]
        table.clear()
        for r in self.rows:
            table.add_row(*self.cells(r))
        if self.rows:
            table.move_cursor(row=min(keep, len(self.rows) - 1), animate=False)
        self.query_one("#list-title", Static).update(Text(self.heading()))

    def current(self) -> R | None:
        table = self.query_one("#rows", DataTable)
        if not table.row_count or not self.rows:
            return None
        return self.rows[min(table.cursor_row, len(self.rows) - 1)]

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "search":
            return
        if self._typing is not None:
            self._typing.stop()
        self._typing = self.set_timer(TYPING_PAUSE, self._apply_typed)

    def _apply_typed(self) -> None:
        self._typing = None
        self.fill(self.all_rows)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "search":
            if self._typing is not None:
                self._typing.stop()
            self._apply_typed()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # a "/" typed into a box is text, not a binding
        return not (action == "focus_search" and isinstance(self.focused, Input))

    def action_focus_search(self) -> None:
        self.set_focus(self.query_one("#search", Input))

    def action_back(self) -> None:
        if isinstance(self.focused, Input):
            self.set_focus(self.query_one("#rows", DataTable))
        else:
            self.dismiss()
