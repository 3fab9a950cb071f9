"""Every key binding of the app and of the screen it was opened from."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


def bindings_table(groups: list[tuple[str, list[Binding]]]) -> Table:
    table = Table(show_header=True, header_style="bold", expand=True, box=None)
    table.add_column("where", style="cyan", width=14)
    table.add_column("keys", style="bold yellow", width=22)
    table.add_column("does")
    for where, bindings in groups:
        for b in bindings:
            keys = b.key_display or b.key.replace(",", " / ")
            table.add_row(where, keys, b.description or b.action)
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,question_mark,f1,q", "app.pop_screen", "Close")]

    def __init__(self, groups: list[tuple[str, list[Binding]]]) -> None:
        super().__init__()
        self.groups = groups

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog tall wide"):
            yield Static("Keys", classes="dialog-title")
            yield Static(bindings_table(self.groups))
            yield Static("escape: close · ctrl+p: command palette", classes="dialog-help")
