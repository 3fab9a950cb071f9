"""A table that draws only the rows on screen, so it stays fast at any length.

Rows come from a callback (``fetch(start, stop)``); the widget keeps a cursor and
posts ``Highlighted`` and ``Chosen`` messages. Built on the Line API (ScrollView):
the built-in DataTable measures every cell of every row and is not viable for a
queue of hundreds of thousands of statements.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

Cells = Sequence[tuple[str, str]]  # (text, style) per column


class QueueTable(ScrollView, can_focus=True):
    BINDINGS = [
        Binding("up,k", "cursor(-1)", "Up", show=False),
        Binding("down,j", "cursor(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home,g", "jump(0)", "First", show=False),
        Binding("end,G", "jump(-1)", "Last", show=False),
        Binding("enter", "choose", "Open", show=True),
    ]
    DEFAULT_CSS = """
    QueueTable { height: 1fr; }
    """

    cursor = reactive(0, always_update=True)

    class Highlighted(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    class Chosen(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(
        self,
        columns: Sequence[tuple[str, int]],
        fetch: Callable[[int, int], list[Cells]],
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.columns = list(columns)  # (title, width); width 0 = takes the rest
        self.fetch = fetch
        self.row_count = 0

    def set_rows(self, count: int, cursor: int = 0) -> None:
        self.row_count = count
        self.virtual_size = Size(self.size.width, count + 1)
        self.cursor = min(max(cursor, 0), max(count - 1, 0))
        self._scroll_to_cursor(animate=False)
        self.refresh()

    def _widths(self) -> list[int]:
        fixed = sum(w for _, w in self.columns if w) + len(self.columns)
        rest = max(10, self.scrollable_content_region.width - fixed)
        return [w or rest for _, w in self.columns]

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if y == 0:
            return self._line([(t, "bold") for t, _ in self.columns], width, header=True)
        index = int(self.scroll_offset.y) + y - 1
        if index >= self.row_count:
            return Strip.blank(width)
        rows = self.fetch(index, index + 1)
        if not rows:
            return Strip.blank(width)
        return self._line(rows[0], width, selected=index == self.cursor)

    def _line(
        self, cells: Cells, width: int, *, header: bool = False, selected: bool = False
    ) -> Strip:
        segments = []
        base = Style.parse("bold reverse") if header else Style()
        if selected:
            base = Style.parse("reverse" if not self.has_focus else "bold on dark_blue")
        for (text, style), w in zip(cells, self._widths(), strict=False):
            clean = " ".join(text.split())
            cell = clean[: w - 1] + "…" if len(clean) > w else clean.ljust(w)
            segments.append(
                Segment(
                    cell,
                    base + Style.parse(style or "")
                    if not selected
                    else Style.parse(style or "") + base,
                )
            )
            segments.append(Segment(" ", base))
        strip = Strip(segments)
        return strip.crop(0, width).extend_cell_length(width, base)

    def watch_cursor(self, old: int, new: int) -> None:
        # only the two rows that changed; a scroll repaints the rest by itself
        self.refresh_line(old + 1)
        self.refresh_line(new + 1)
        self.post_message(self.Highlighted(new))

    def _scroll_to_cursor(self, animate: bool = False) -> None:
        visible = max(1, self.scrollable_content_region.height - 1)
        top = int(self.scroll_offset.y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=animate)
        elif self.cursor >= top + visible:
            self.scroll_to(y=self.cursor - visible + 1, animate=animate)

    def move_to(self, index: int) -> None:
        if self.row_count == 0:
            return
        self.cursor = min(max(index, 0), self.row_count - 1)
        self._scroll_to_cursor()

    def action_cursor(self, step: int) -> None:
        self.move_to(self.cursor + step)

    def action_page(self, step: int) -> None:
        self.move_to(self.cursor + step * max(1, self.scrollable_content_region.height - 2))

    def action_jump(self, where: int) -> None:
        self.move_to(0 if where == 0 else self.row_count - 1)

    def action_choose(self) -> None:
        if self.row_count:
            self.post_message(self.Chosen(self.cursor))

    def on_click(self, event: events.Click) -> None:
        row = int(self.scroll_offset.y) + event.y - 1
        if 0 <= row < self.row_count:
            self.move_to(row)
