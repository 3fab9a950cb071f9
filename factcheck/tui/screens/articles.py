"""Articles with their counts, and a reader with every quote coloured by its speaker,
opened at a statement when asked from one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static

from ...app.context import paragraphs
from ...app.views import ArticleSummary
from ..messages import ReadArticle
from .listing import ListScreen, clip

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


class ArticlesScreen(ListScreen[ArticleSummary]):
    BINDINGS = [Binding("enter", "read", "Read")]
    COLUMNS = ("outlet", "title / path", "published", "quotes", "claims", "reviewed", "flagged")
    PLACEHOLDER = "/ search outlets and titles"

    def __init__(self, rows: list[ArticleSummary]) -> None:
        super().__init__(rows, "articles")

    def cells(self, r: ArticleSummary) -> Sequence[Any]:
        return (
            clip(r.outlet or "", 20),
            clip(r.heading, 60),
            r.published or "",
            r.quotes,
            r.claims,
            r.reviewed,
            Text(str(r.flagged), "bold red" if r.flagged else "dim"),
        )

    def haystack(self, r: ArticleSummary) -> str:
        return f"{r.outlet or ''} {r.heading} {r.published or ''}".casefold()

    def action_read(self) -> None:
        r = self.current()
        if r:
            self.post_message(ReadArticle(r.id))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_read()


def coloured(
    text: str, quotes: list[tuple[int, int, str | None]], at: tuple[int, int] | None = None
) -> tuple[list[tuple[int, Text]], Text]:
    """The article's paragraphs (start, styled text) with each quote in its speaker's
    colour and the statement at ``at`` reversed, and the legend."""
    out = Text(text)
    colours: dict[str, str] = {}
    for start, end, speaker in quotes:
        name = speaker or "unattributed"
        colour = colours.setdefault(name, PALETTE[len(colours) % len(PALETTE)])
        out.stylize(f"bold {colour}", start, end)
    if at:
        out.stylize("reverse", *at)
    legend = Text()
    for name, colour in colours.items():
        legend.append("■ ", colour)
        legend.append(f"{name}   ")
    paras = [(s, out[s:e]) for s, e in paragraphs(text)] or [(0, out)]
    return paras, legend


class ReaderScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("slash", "focus_search", "Find", priority=True),
    ]

    def __init__(
        self,
        title: str,
        text: str,
        quotes: list[tuple[int, int, str | None]],
        at: tuple[int, int] | None = None,
    ) -> None:
        super().__init__()
        self.title_text = title
        self.text = text
        self.at = at
        self.paras, self.legend = coloured(text, quotes, at)
        self._hit = -1

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Text(self.title_text, "bold"), classes="section oneline")
        yield Static(self.legend, id="legend")
        yield Input(placeholder="/ find in the article (enter: next)", id="find", classes="search")
        with VerticalScroll(id="reader"):
            for i, (_, para) in enumerate(self.paras):
                yield Static(para, id=f"p{i}", classes="para")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#reader").focus()
        if self.at:
            self.call_after_refresh(self.scroll_to_offset, self.at[0])

    def paragraph_at(self, offset: int) -> int:
        return max((i for i, (s, _) in enumerate(self.paras) if s <= offset), default=0)

    def scroll_to_offset(self, offset: int) -> None:
        """Bring the paragraph holding ``offset`` to the top of the reader."""
        para = self.query_one(f"#p{self.paragraph_at(offset)}", Static)
        self.query_one("#reader", VerticalScroll).scroll_to_widget(para, animate=False, top=True)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        word = event.value.strip().casefold()
        if not word:
            return
        hits = [i for i, (_, p) in enumerate(self.paras) if word in p.plain.casefold()]
        if not hits:
            self.notify(f"“{event.value}” is not in this article", severity="warning")
            return
        self._hit = next((i for i in hits if i > self._hit), hits[0])
        self.scroll_to_offset(self.paras[self._hit][0])

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (action == "focus_search" and isinstance(self.focused, Input))

    def action_focus_search(self) -> None:
        self.set_focus(self.query_one("#find", Input))

    def action_back(self) -> None:
        if isinstance(self.focused, Input):
            self.set_focus(self.query_one("#reader"))
        else:
            self.dismiss()
