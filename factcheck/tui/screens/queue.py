"""The queue: every statement, filtered as you type, sorted by any column."""

from __future__ import annotations

from typing import Any

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static

from ...app.queue import COLUMNS, UNREVIEWED, Queue, QueueFilter, QueueRow
from ...models import RELATION_PRIORITY, STATEMENT_KINDS, ScaleEntry
from ..messages import Judge, OpenStatement
from ..widgets.queue_table import Cells, QueueTable

RELATIONS = (None, *RELATION_PRIORITY)
KINDS = (None, *STATEMENT_KINDS)
SORTS = ("order", "status", "verdict", "speaker", "kind", "text", "outlet", "flags")
FLAG_STYLE = {
    "contradiction": "bold red",
    "misquote": "bold magenta",
    "consistent": "green",
    "duplicate": "dim",
}
FILTER_KEYS = ("speaker", "outlet", "verdict", "relation", "kind")


def parse_filter(text: str, base: QueueFilter) -> QueueFilter:
    """'tariffs speaker:ross kind:direct' -> words plus field filters."""
    words, typed = [], {}
    for token in text.split():
        key, sep, value = token.partition(":")
        if sep and key in FILTER_KEYS and value:
            typed[key] = value
        else:
            words.append(token)
    cycled = {k: typed[k] for k in ("verdict", "relation", "kind") if k in typed}
    return base.but(
        text=" ".join(words), speaker=typed.get("speaker"), outlet=typed.get("outlet"), **cycled
    )


class QueueScreen(Screen[None]):
    BINDINGS = [
        Binding("slash", "focus_filter", "Filter"),
        Binding("escape", "focus_table", "Table", show=False),
        Binding("n", "next_unreviewed(1)", "Next open"),
        Binding("p", "next_unreviewed(-1)", "Prev open"),
        Binding("1,2,3,4,5,6,7,8,9", "noop", "Verdict", key_display="1-6"),
        Binding("v", "cycle('verdict')", "By verdict"),
        Binding("f", "cycle('relation')", "By relation"),
        Binding("t", "cycle('kind')", "By kind", show=False),
        Binding("s", "cycle('sort')", "Sort"),
        Binding("r", "reverse", "Reverse", show=False),
        Binding("a", "app.articles", "Articles"),
        Binding("S", "app.speakers", "Speakers"),
    ]

    def __init__(
        self,
        queue: Queue,
        scale: tuple[ScaleEntry, ...],
        total: int,
        start: QueueFilter | None = None,
        seq: int | None = None,
    ) -> None:
        super().__init__()
        self.queue = queue
        self.scale = scale
        self.total = total  # current statements in the store, set by the app
        self.start, self.start_seq = start or QueueFilter(), seq

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(
            placeholder="/ filter: words, speaker:NAME outlet:NAME verdict:V relation:R kind:K",
            id="filter",
        )
        yield Static(id="status")
        yield QueueTable(
            [
                ("status", 7),
                ("verdict", 11),
                ("speaker", 18),
                ("kind", 9),
                ("text", 0),
                ("outlet", 14),
                ("flags", 13),
            ],
            self._cells,
            id="queue",
        )
        yield Footer()

    def on_mount(self) -> None:
        f = self.start
        typed = [f.text] + [f"{k}:{getattr(f, k)}" for k in ("speaker", "outlet") if getattr(f, k)]
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
        return [
            ("✔ done" if r.verdict else "· open", "green" if r.verdict else "dim"),
            (r.verdict or "", "bold"),
            (r.speaker or "(reporter)", "" if r.speaker else "dim italic"),
            (r.kind, "cyan"),
            (r.text, ""),
            (r.outlet or "", "dim"),
            (" ".join(flags), FLAG_STYLE.get(top or (flags[0] if flags else ""), "")),
        ]

    def apply(self, f: QueueFilter, keep_seq: int | None = None) -> None:
        n = self.queue.apply(f)
        table = self.query_one(QueueTable)
        index = self.queue.index_of(keep_seq) if keep_seq is not None else None
        table.set_rows(n, index or 0)
        self.update_status()

    def update_status(self) -> None:
        f = self.queue.filter
        parts = [f"{len(self.queue):,} of {self.total:,} statements"]
        for name in ("verdict", "relation", "kind", "speaker", "outlet"):
            value = getattr(f, name)
            if value:
                parts.append(f"{name}: {value}")
        parts.append(f"sort: {f.sort} {'↓' if f.descending else '↑'}")
        self.query_one("#status", Static).update("  ·  ".join(parts))

    def current(self) -> QueueRow | None:
        return self.queue.row(self.query_one(QueueTable).cursor)

    def refresh_rows(self) -> None:
        self.queue.forget()
        self.query_one(QueueTable).refresh()
        self.update_status()

    # --- events -------------------------------------------------------------------------

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "filter":
            row = self.current()
            self.apply(parse_filter(event.value, self.queue.filter), row.seq if row else None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one(QueueTable).focus()

    def on_queue_table_chosen(self, event: QueueTable.Chosen) -> None:
        row = self.queue.row(event.index)
        if row:
            self.post_message(OpenStatement(row.id))

    def on_key(self, event: events.Key) -> None:
        if (
            event.character
            and event.character.isdigit()
            and self.focused is not self.query_one("#filter")
        ):
            row = self.current()
            if row:
                self.post_message(Judge(row.id, int(event.character), row.revision))
                event.stop()

    # --- actions ------------------------------------------------------------------------

    def action_noop(self) -> None:
        """Verdict keys are handled in on_key; the binding shows them in the footer."""

    def action_focus_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_focus_table(self) -> None:
        self.query_one(QueueTable).focus()

    def action_next_unreviewed(self, step: int) -> None:
        table = self.query_one(QueueTable)
        found = self.queue.next_unreviewed(table.cursor, step)
        if found is None:
            self.notify("no unreviewed statement that way", severity="warning")
        else:
            table.move_to(found)

    def action_cycle(self, what: str) -> None:
        f = self.queue.filter
        if what == "verdict":
            options = (None, UNREVIEWED, *[v for v, _, _ in self.scale])
            f = f.but(verdict=_next(options, f.verdict))
        elif what == "relation":
            f = f.but(relation=_next(RELATIONS, f.relation))
        elif what == "kind":
            f = f.but(kind=_next(KINDS, f.kind))
        else:
            f = f.but(sort=_next(SORTS, f.sort))
        row = self.current()
        self.apply(f, row.seq if row else None)

    def action_reverse(self) -> None:
        row = self.current()
        self.apply(
            self.queue.filter.but(descending=not self.queue.filter.descending),
            row.seq if row else None,
        )


def _next(options: tuple[Any, ...], value: Any) -> Any:
    i = options.index(value) if value in options else -1
    return options[(i + 1) % len(options)]


__all__ = ["COLUMNS", "QueueScreen", "parse_filter"]
