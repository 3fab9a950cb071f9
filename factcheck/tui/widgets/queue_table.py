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
Column = tuple[str, int, int]  # title, width (0: takes the rest), drop order (0: never)
MIN_REST = 34  # the flexible column keeps at least this many cells (or 40% of the width)


def fit_widths(columns: Sequence[Column], width: int) -> list[int]:
    """Each column's width at ``width`` cells; 0 for a column dropped to make room.

    Columns are dropped in their drop order until the flexible one has ``MIN_REST``
    cells (or 40% of the width); then fixed columns shrink (never below 8) before it does."""
    widths = [w for _, w, _ in columns]
    shown = [True] * len(columns)
    least = max(MIN_REST, width * 2 // 5)

    def rest() -> int:
        fixed = sum(w + 1 for w, on in zip(widths, shown, strict=True) if on and w)
        return width - fixed - 1

    for i in sorted((i for i, c in enumerate(columns) if c[2]), key=lambda i: -columns[i][2]):
        if rest() >= least:
            break
        shown[i] = False
    while rest() < least:
        widest = max(
            (i for i, w in enumerate(widths) if shown[i] and w > 8),
            key=widths.__getitem__,
            default=None,
        )
        if widest is None:
            break
        widths[widest] -= 1
    flexible = max(rest(), 8)
    return [0 if not on else (w or flexible) for w, on in zip(widths, shown, strict=True)]


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
        columns: Sequence[Column],
        fetch: Callable[[int, int], list[Cells]],
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.columns = list(columns)
        self.fetch = fetch
        self.row_count = 0
        self.marked: set[int] = set()  # row indexes marked for a bulk action
        self._fit: tuple[int, list[int]] = (-1, [])

    def set_rows(self, count: int, cursor: int = 0) -> None:
        self.row_count = count
        self.marked.clear()
        self.virtual_size = Size(self.size.width, count + 1)
        self.cursor = min(max(cursor, 0), max(count - 1, 0))
        self._scroll_to_cursor(animate=False)
        self.refresh()

    def _widths(self) -> list[int]:
        width = self.scrollable_content_region.width
        if self._fit[0] != width:
            self._fit = (width, fit_widths(self.columns, width))
        return self._fit[1]

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if y == 0:
            return self._line([(t, "bold") for t, _, _ in self.columns], width, header=True)
        index = int(self.scroll_offset.y) + y - 1
        if index >= self.row_count:
            return Strip.blank(width)
        rows = self.fetch(index, index + 1)
        if not rows:
            return Strip.blank(width)
        return self._line(
            rows[0], width, selected=index == self.cursor, marked=index in self.marked
        )

    def _line(
        self,
        cells: Cells,
        width: int,
        *,
        header: bool = False,
        selected: bool = False,
        marked: bool = False,
    ) -> Strip:
        segments = []
        base = Style.parse("bold reverse") if header else Style()
        if marked:
            base = Style.parse("on #5f3f00")
        if selected:
            base = Style.parse("reverse" if not self.has_focus else "bold on dark_blue")
        for (text, style), w in zip(cells, self._widths(), strict=False):
            if not w:
                continue
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

    def toggle_mark(self) -> None:
        """Mark the row under the cursor for a bulk action (or unmark it), then step on."""
        if not self.row_count:
            return
        self.marked.symmetric_difference_update({self.cursor})
        self.refresh_line(self.cursor + 1)
        self.move_to(self.cursor + 1)

    def clear_marks(self) -> None:
        self.marked.clear()
        self.refresh()

    def action_choose(self) -> None:
        if self.row_count:
            self.post_message(self.Chosen(self.cursor))

    def on_click(self, event: events.Click) -> None:
        row = int(self.scroll_offset.y) + event.y - 1
        if 0 <= row < self.row_count:
            self.move_to(row)
