"""Every key binding of the app and of the screen it was opened from, searchable; it fits
and scrolls on any terminal down to 80x24."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Static


def bindings_table(groups: list[tuple[str, list[Binding]]], words: str = "") -> Table:
    table = Table(show_header=True, header_style="bold", expand=True, box=None)
    table.add_column("where", style="cyan", width=10, no_wrap=True)
    table.add_column("keys", style="bold yellow", width=14)
    table.add_column("does", ratio=1)
    want = words.casefold().split()
    for where, bindings in groups:
        for b in bindings:
            keys = b.key_display or b.key.replace(",", " / ")
            does = b.description or b.action
            text = f"{where} {keys} {does}".casefold()
            if all(w in text for w in want):
                table.add_row(where, keys, does)
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,question_mark,f1", "close", "Close"),
        Binding("slash", "focus_search", "Search", priority=True),
    ]

    def __init__(self, groups: list[tuple[str, list[Binding]]]) -> None:
        super().__init__()
        self.groups = groups

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog tall wide", id="help"):
            yield Static("Keys", classes="dialog-title")
            yield Input(placeholder="/ search keys", id="help-search", classes="search")
            yield Static(bindings_table(self.groups), id="keys")
            yield Static("escape: close · ctrl+p: command palette", classes="dialog-help")

    def on_mount(self) -> None:
        self.query_one("#help").focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.query_one("#keys", Static).update(bindings_table(self.groups, event.value))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (action == "focus_search" and isinstance(self.focused, Input))

    def action_focus_search(self) -> None:
        self.set_focus(self.query_one("#help-search", Input))

    def action_close(self) -> None:
        if isinstance(self.focused, Input) and self.focused.value:
            self.focused.value = ""
            return
        self.dismiss()
