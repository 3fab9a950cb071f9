"""Articles with their counts, and a reader with every quote coloured by its speaker."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from ...app.views import ArticleSummary
from ..messages import ReadArticle

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


class ArticlesScreen(Screen[None]):
    BINDINGS = [Binding("escape", "app.pop_screen", "Back"), Binding("enter", "read", "Read")]

    def __init__(self, rows: list[ArticleSummary]) -> None:
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
                r.outlet or "",
                r.heading,
                r.published or "",
                r.quotes,
                r.claims,
                r.reviewed,
                Text(str(r.flagged), "bold red" if r.flagged else "dim"),
                key=r.id,
            )
        table.focus()

    def action_read(self) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
            if key is not None:
                self.post_message(ReadArticle(key))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.post_message(ReadArticle(event.row_key.value))


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


class ReaderScreen(Screen[None]):
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
