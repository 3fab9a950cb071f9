"""Articles with their counts, and a reader with every quote coloured by its speaker."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

PALETTE = [
    "#e5c07b",
    "#61afef",
    "#c678dd",
    "#98c379",
    "#e06c75",
    "#56b6c2",
    "#d19a66",
    "#abb2bf",
    "#ff79c6",
    "#8be9fd",
]


class ArticlesScreen(Screen):
    BINDINGS = [Binding("escape", "app.pop_screen", "Back"), Binding("enter", "read", "Read")]

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(f"{len(self.rows)} articles", classes="section")
        yield DataTable(id="articles", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns(
            "outlet", "title / path", "published", "quotes", "claims", "reviewed", "flagged"
        )
        for r in self.rows:
            table.add_row(
                r[1] or "",
                r[2],
                r[3] or "",
                r[4],
                r[5],
                r[6],
                Text(str(r[7]), "bold red" if r[7] else "dim"),
                key=r[0],
            )
        table.focus()

    def action_read(self) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
            self.app.read_article(key)  # type: ignore[attr-defined]

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.app.read_article(event.row_key.value)  # type: ignore[attr-defined]


def coloured(text: str, quotes: list[tuple[int, int, str | None]]) -> tuple[Text, Text]:
    """The article with each quote in its speaker's colour, and the legend."""
    out = Text(text)
    colours: dict[str, str] = {}
    for start, end, speaker in quotes:
        name = speaker or "unattributed"
        colour = colours.setdefault(name, PALETTE[len(colours) % len(PALETTE)])
        out.stylize(f"bold {colour}", start, end)
    legend = Text()
    for name, colour in colours.items():
        legend.append("■ ", colour)
        legend.append(f"{name}   ")
    return out, legend


class ReaderScreen(Screen):
    BINDINGS = [Binding("escape", "app.pop_screen", "Back")]

    def __init__(self, title: str, text: str, quotes: list[tuple[int, int, str | None]]) -> None:
        super().__init__()
        self.title_text = title
        self.body, self.legend = coloured(text, quotes)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Text(self.title_text, "bold"), classes="section")
        yield Static(self.legend, id="legend")
        with VerticalScroll(id="reader"):
            yield Static(self.body, id="article-text")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#reader").focus()
