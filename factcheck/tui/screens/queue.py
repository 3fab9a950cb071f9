"""The queue: by default the statements worth checking and not yet reviewed, the most
check-worthy first; searched as you type, narrowed and sorted by any column."""

from __future__ import annotations

import shlex
from typing import Any

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, Static

from ...app.queue import COLUMNS, REVIEWED, TYPES, UNREVIEWED, Queue, QueueFilter, QueueRow
from ...vocabulary import RELATION_PRIORITY, STATEMENT_KINDS, ScaleEntry
from ..messages import BulkJudge, Judge, OpenStatement, PositionChanged, ReadArticle
from ..widgets.queue_table import Cells, QueueTable

RELATIONS = (None, *RELATION_PRIORITY)
KINDS = (None, *STATEMENT_KINDS)
SORTS = ("worth", "order", "published", "status", "verdict", "speaker", "kind", "outlet")
FLAG_STYLE = {
    "contradiction": "bold red",
    "misquote": "bold magenta",
    "consistent": "green",
    "duplicate": "dim",
}
FILTER_KEYS = ("speaker", "outlet", "verdict", "relation", "kind", "type")
TYPING_PAUSE = 0.12  # seconds of no typing before the queue is asked again


def parse_filter(text: str, base: QueueFilter) -> QueueFilter:
    """'tariffs speaker:"Wilbur Ross" kind:direct' -> words plus field filters.

    A value may be quoted to hold spaces; an unclosed quote takes the rest of the line."""
    try:
        tokens = shlex.split(text)
    except ValueError:  # an unclosed quote while typing
        tokens = shlex.split(text + '"')
    words, typed = [], {}
    for token in tokens:
        key, sep, value = token.partition(":")
        if sep and key in FILTER_KEYS and value:
            typed[key] = value
        else:
            words.append(token)
    cycled = {k: typed[k] for k in ("verdict", "relation", "kind", "type") if k in typed}
    return base.but(
        text=" ".join(words), speaker=typed.get("speaker"), outlet=typed.get("outlet"), **cycled
    )


class QueueScreen(Screen[None]):
    BINDINGS = [
        # priority: the filter takes focus before the next key is read, so a fast
        # "/trump" never sends "t" to the queue's bindings
        Binding("slash", "focus_filter", "Search", priority=True),
        Binding("escape", "focus_table", "To the list", show=False),
        Binding("down", "focus_table", "To the list", show=False),
        Binding("n", "next_unreviewed(1)", "Next open"),
        Binding("p", "next_unreviewed(-1)", "Prev open", show=False),
        Binding("1,2,3,4,5,6,7,8,9", "noop", "Verdict", key_display="1-6"),
        Binding("space", "mark", "Mark"),
        Binding("w", "toggle_scope", "Worth / all"),
        Binding("c", "cycle('type')", "Quotes / claims"),
        Binding("v", "cycle('verdict')", "By verdict", show=False),
        Binding("f", "cycle('relation')", "By relation", show=False),
        Binding("K", "cycle('kind')", "By kind", show=False),
        Binding("s", "cycle('sort')", "Sort", show=False),
        Binding("r", "reverse", "Reverse", show=False),
        Binding("o", "read", "Article", show=False),
        Binding("x", "clear_filters", "Clear filters", show=False),
        Binding("a", "app.articles", "Articles", show=False),
        Binding("S", "app.speakers", "Speakers"),
        Binding("H", "app.history", "History", show=False),
    ]

    def __init__(
        self,
        queue: Queue,
        scale: tuple[ScaleEntry, ...],
        start: QueueFilter | None = None,
        seq: int | None = None,
    ) -> None:
        super().__init__()
        self.queue = queue
        self.scale = scale
        self.labels = {v: label for v, label, _ in scale}
        self.start, self.start_seq = start or QueueFilter(), seq
        self.progress_text = ""  # set by the app
        self._typing: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(
            placeholder='/ search: words, speaker:"NAME" outlet: verdict: relation: kind: type:',
            id="filter",
        )
        yield Static(id="status", classes="oneline")
        yield Static(id="progress", classes="oneline")
        yield QueueTable(
            [
                ("verdict", 10, 0),
                ("worth", 5, 2),
                ("speaker", 18, 0),
                ("kind", 8, 3),
                ("text", 0, 0),
                ("outlet", 12, 4),
                ("date", 10, 5),
                ("flags", 10, 1),
            ],
            self._cells,
            id="queue",
        )
        yield Footer()

    def on_mount(self) -> None:
        f = self.start
        typed = [f.text] + [
            f'{k}:"{getattr(f, k)}"' for k in ("speaker", "outlet") if getattr(f, k)
        ]
        if any(typed):
            with self.prevent(Input.Changed):
                self.query_one("#filter", Input).value = " ".join(t for t in typed if t)
        self.apply(f, self.start_seq)
        self.query_one(QueueTable).focus()

    # --- data ---------------------------------------------------------------------------

    def _cells(self, start: int, stop: int) -> list[Cells]:
        return [self._row_cells(r) for r in self.queue.rows(start, stop)]

    def _row_cells(self, r: QueueRow) -> Cells:
        flags = r.flags.split(",") if r.flags else []
        top = next((f for f in ("contradiction", "misquote") if f in flags), None)
        verdict = self.labels.get(r.verdict or "", r.verdict or "")
        return [
            (f"✔ {verdict}" if r.verdict else "· open", "bold green" if r.verdict else "dim"),
            (str(r.worth), "bold" if r.worth >= 70 else "" if r.worth >= 40 else "dim"),
            (r.speaker or "(reporter)", "" if r.speaker else "dim italic"),
            (r.kind, "cyan"),
            (r.text, ""),
            (r.outlet or "", "dim"),
            ((r.published or "")[:10], "dim"),
            (" ".join(flags), FLAG_STYLE.get(top or (flags[0] if flags else ""), "")),
        ]

    def apply(self, f: QueueFilter, keep_seq: int | None = None) -> None:
        n = self.queue.apply(f)
        table = self.query_one(QueueTable)
        index = self.queue.index_of(keep_seq) if keep_seq is not None else None
        table.set_rows(n, index or 0)
        self.update_status()
        self.post_message(PositionChanged())

    def update_status(self) -> None:
        f = self.queue.filter
        line = Text()
        line.append(f"{len(self.queue):,} shown", "bold")
        for part in f.described():
            line.append("  ·  ")
            line.append(part, "yellow")
        if self.queue.unknown_speaker:
            line.append(f"  (no speaker with statements is called {f.speaker})", "bold red")
        line.append(f"  ·  sort {f.sort} {'↓' if f.descending else '↑'}", "dim")
        marked = len(self.query_one(QueueTable).marked)
        if marked:
            line.append(f"  ·  {marked} marked", "bold magenta")
        self.query_one("#status", Static).update(line)
        self.query_one("#progress", Static).update(Text(self.progress_text, "dim"))

    def set_progress(self, text: str) -> None:
        self.progress_text = text
        if self.is_mounted:
            self.query_one("#progress", Static).update(Text(text, "dim"))

    def current(self) -> QueueRow | None:
        return self.queue.row(self.query_one(QueueTable).cursor)

    def refresh_rows(self, *, refilter: bool = False) -> None:
        """Show the stored truth: rows read again, or (``refilter``) the filter asked
        again too, keeping the cursor on its statement."""
        self.queue.forget()
        if refilter:
            row = self.current()
            self.apply(self.queue.filter, row.seq if row else None)
            return
        self.query_one(QueueTable).refresh()
        self.update_status()

    def advance(self) -> None:
        """After a verdict: the cursor to the next open statement below it, if any."""
        table = self.query_one(QueueTable)
        found = self.queue.next_unreviewed(table.cursor, 1)
        if found is not None:
            table.move_to(found)

    # --- events -------------------------------------------------------------------------

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "filter":
            return
        # typing is never held up by the query: it runs once the typing pauses
        if self._typing is not None:
            self._typing.stop()
        self._typing = self.set_timer(TYPING_PAUSE, self._apply_typed)

    def _apply_typed(self) -> None:
        self._typing = None
        value = self.query_one("#filter", Input).value
        f = parse_filter(value, self.queue.filter)
        if f != self.queue.filter:
            row = self.current()
            self.apply(f, row.seq if row else None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        # enter applies at once and leaves focus in the filter: what is typed next is
        # still filter text, never a verdict
        if event.input.id == "filter":
            if self._typing is not None:
                self._typing.stop()
            self._apply_typed()

    def on_queue_table_chosen(self, event: QueueTable.Chosen) -> None:
        row = self.queue.row(event.index)
        if row:
            self.post_message(OpenStatement(row.id))

    def on_queue_table_highlighted(self, event: QueueTable.Highlighted) -> None:
        self.post_message(PositionChanged())

    def on_key(self, event: events.Key) -> None:
        if isinstance(self.focused, Input):
            return
        if event.character and event.character.isdigit():
            event.stop()
            key = int(event.character)
            table = self.query_one(QueueTable)
            if table.marked:
                ids = [r.id for i in sorted(table.marked) if (r := self.queue.row(i))]
                self.post_message(BulkJudge(ids, key))
                return
            row = self.current()
            if row:
                self.post_message(Judge(row.id, key, row.revision))

    # --- actions ------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # a "/" typed into a box is text, not a binding
        return not (action == "focus_filter" and isinstance(self.focused, Input))

    def action_noop(self) -> None:
        """Verdict keys are handled in on_key; the binding shows them in the footer."""

    def action_focus_filter(self) -> None:
        # set at once, not on the next idle, so the keys already queued behind "/" land
        # in the filter
        self.set_focus(self.query_one("#filter", Input))

    def action_focus_table(self) -> None:
        self.set_focus(self.query_one(QueueTable))

    def action_mark(self) -> None:
        self.query_one(QueueTable).toggle_mark()
        self.update_status()

    def clear_marks(self) -> None:
        self.query_one(QueueTable).clear_marks()
        self.update_status()

    def action_next_unreviewed(self, step: int) -> None:
        table = self.query_one(QueueTable)
        found = self.queue.next_unreviewed(table.cursor, step)
        if found is None:
            self.notify("no unreviewed statement that way", severity="warning")
        else:
            table.move_to(found)

    def action_toggle_scope(self) -> None:
        f = self.queue.filter
        self._refilter(f.but(scope="all" if f.scope == "worth" else "worth"))

    def action_cycle(self, what: str) -> None:
        f = self.queue.filter
        if what == "verdict":
            options = (UNREVIEWED, REVIEWED, None, *[v for v, _, _ in self.scale])
            f = f.but(verdict=_next(options, f.verdict))
        elif what == "relation":
            f = f.but(relation=_next(RELATIONS, f.relation))
        elif what == "kind":
            f = f.but(kind=_next(KINDS, f.kind))
        elif what == "type":
            f = f.but(type=_next(TYPES, f.type))
        else:
            sort = _next(SORTS, f.sort)
            f = f.but(sort=sort, descending=sort in ("worth", "published"))
        self._refilter(f)

    def action_reverse(self) -> None:
        self._refilter(self.queue.filter.but(descending=not self.queue.filter.descending))

    def action_clear_filters(self) -> None:
        with self.prevent(Input.Changed):
            self.query_one("#filter", Input).value = ""
        self._refilter(QueueFilter(scope="all", verdict=None, sort="order", descending=False))

    def action_read(self) -> None:
        row = self.current()
        if row:
            self.post_message(ReadArticle(statement_id=row.id))

    def _refilter(self, f: QueueFilter) -> None:
        row = self.current()
        self.apply(f, row.seq if row else None)


def _next(options: tuple[Any, ...], value: Any) -> Any:
    i = options.index(value) if value in options else -1
    return options[(i + 1) % len(options)]


__all__ = ["COLUMNS", "QueueScreen", "parse_filter"]
