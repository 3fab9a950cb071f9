"""The review workbench: a thin layer of screens over the core library.

Every change goes through ``factcheck.review`` in its own transaction, so the app
holds no unsaved state: quitting, a crash or a second reviewer loses nothing.
Slow work (ingest, export) runs in thread workers with their own connection.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import ProgressBar

from .. import review as rv
from ..detail import (
    MatchView,
    StatementView,
    article_quotes,
    article_rows,
    speaker_statements,
    statement_view,
)
from ..queue import Queue, QueueFilter
from ..session import load_ui_state, save_ui_state
from ..store import Store
from ..store.db import now
from ..store.speakers import merge_speakers, split_speaker
from .screens.articles import ArticlesScreen, ReaderScreen
from .screens.help import HelpScreen
from .screens.queue import QueueScreen
from .screens.speakers import SpeakersScreen, SpeakerStatementsScreen
from .screens.statement import StatementScreen
from .widgets.modals import AskText, Choose, Confirm, EditNote
from .widgets.queue_table import QueueTable

EXPORT_FORMATS = ("json", "jsonl", "csv", "claimreview", "markdown")


class FactcheckApp(App):
    CSS_PATH = "app.tcss"
    TITLE = "factcheck"
    BINDINGS = [
        Binding("ctrl+z", "undo", "Undo"),
        Binding("ctrl+r", "refresh", "Refresh"),
        Binding("question_mark,f1", "help", "Help"),
        Binding("i", "ingest", "Ingest", show=False),
        Binding("X", "export", "Export", show=False),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(self, db_path: str | Path, reviewer: str, *, watch_interval: float = 3.0):
        super().__init__()
        self.db_path = Path(db_path)
        self.reviewer = reviewer
        self.watch_interval = watch_interval
        self.store = Store(self.db_path)
        self.queue = Queue(self.store)
        self.scale = rv.scale(self.store)
        self.total_statements = 0
        self._data_version = 0

    # --- start and stop -----------------------------------------------------------------

    async def on_mount(self) -> None:
        self.sub_title = f"{self.db_path.name} · reviewer {self.reviewer}"
        state = load_ui_state(self.store, self.reviewer)
        self.total_statements = self.store.scalar(
            "SELECT count(*) FROM statements s JOIN articles a ON a.id = s.article_id"
            " WHERE a.superseded_by IS NULL"
        )
        f = QueueFilter(**state.get("filter", {})) if state.get("filter") else QueueFilter()
        await self.push_screen(QueueScreen(self.queue, f, state.get("seq")))
        if state.get("statement"):
            self.open_statement(state["statement"])
        self._data_version = self._version()
        if self.watch_interval:
            self.set_interval(self.watch_interval, self._watch)

    def _version(self) -> int:
        return int(self.store.scalar("PRAGMA data_version"))

    def _watch(self) -> None:
        """Another process committed (a reviewer, an ingest): show their work."""
        v = self._version()
        if v != self._data_version:
            self._data_version = v
            self.action_refresh(quiet=True)

    def save_state(self) -> None:
        screen = self._queue_screen()
        row = screen.current() if screen else None
        top = self.screen
        state = {
            "filter": {
                k: getattr(self.queue.filter, k)
                for k in (
                    "text",
                    "verdict",
                    "relation",
                    "speaker",
                    "outlet",
                    "kind",
                    "sort",
                    "descending",
                )
            },
            "seq": row.seq if row else None,
            "statement": top.view.id if isinstance(top, StatementScreen) else None,
        }
        save_ui_state(self.store, self.reviewer, state)

    async def action_quit(self) -> None:
        self.save_state()
        self.exit()

    def on_unmount(self) -> None:
        self.store.close()

    # --- helpers ------------------------------------------------------------------------

    def _queue_screen(self) -> QueueScreen | None:
        for s in self.screen_stack:
            if isinstance(s, QueueScreen):
                return s
        return None

    def _after_change(self, statement_id: str | None = None) -> None:
        self._data_version = self._version()
        qs = self._queue_screen()
        if qs:
            qs.refresh_rows()
        top = self.screen
        if isinstance(top, StatementScreen):
            view = statement_view(self.store, top.view.id)
            if view:
                top.show(view)

    def _guarded(self, fn: Any, *args: Any, **kwargs: Any) -> bool:
        try:
            fn(*args, **kwargs)
        except rv.StaleEdit as e:
            self._ask_overwrite(e, fn, args, kwargs)
            return False
        except (rv.ReviewError, ValueError) as e:
            self.notify(str(e), severity="error")
            return False
        self._after_change()
        return True

    def _ask_overwrite(self, e: rv.StaleEdit, fn: Any, args: tuple, kwargs: dict) -> None:
        def answer(yes: bool | None) -> None:
            if yes:
                kwargs["seen_revision"] = None
                self._guarded(fn, *args, **kwargs)
            else:
                self._after_change()

        self.push_screen(Confirm(f"{e} Overwrite their change?"), answer)

    # --- judging ------------------------------------------------------------------------

    def judge(self, statement_id: str, key: int, seen_revision: int | None) -> None:
        if not 1 <= key <= len(self.scale):
            self.notify(f"no verdict on key {key}", severity="warning")
            return
        verdict, label, _ = self.scale[key - 1]
        if self._guarded(
            rv.set_verdict,
            self.store,
            statement_id,
            verdict,
            reviewer=self.reviewer,
            seen_revision=seen_revision,
        ):
            self.notify(f"{label}", title="verdict", timeout=1.5)

    def edit_note(self, view: StatementView) -> None:
        def done(note: str | None) -> None:
            if note is not None:
                self._guarded(
                    rv.set_note,
                    self.store,
                    view.id,
                    note,
                    reviewer=self.reviewer,
                    seen_revision=view.revision,
                )

        self.push_screen(EditNote((view.review or {}).get("note") or ""), done)

    def add_evidence(self, view: StatementView) -> None:
        def done(url: str | None) -> None:
            if url:
                self._guarded(rv.add_evidence, self.store, view.id, url, reviewer=self.reviewer)

        self.push_screen(AskText("Evidence link", placeholder="https://…"), done)

    def remove_evidence(self, view: StatementView) -> None:
        links = (view.review or {}).get("evidence", [])
        if not links:
            self.notify("no evidence to remove", severity="warning")
            return

        def done(url: str | None) -> None:
            if url:
                self._guarded(rv.remove_evidence, self.store, view.id, url, reviewer=self.reviewer)

        self.push_screen(Choose("Remove which link?", [(u, u) for u in links]), done)

    def settle_match(self, view: StatementView, m: MatchView, status: str) -> None:
        if self._guarded(rv.set_match_status, self.store, m.id, status, reviewer=self.reviewer):
            self.notify(f"{m.relation} {status}", timeout=1.5)

    def reattribute(self, view: StatementView) -> None:
        choices = [("none", "(nobody: the reporter's own words)")] + [
            (str(s["id"]), f"{s['name']}" + (f", {s['role']}" if s["role"] else ""))
            for s in self.store.speakers()
        ]

        def done(choice: str | None) -> None:
            if choice is not None:
                sid = None if choice == "none" else int(choice)
                self._guarded(rv.reattribute, self.store, view.id, sid, reviewer=self.reviewer)

        self.push_screen(Choose("Attribute to…", choices), done)

    def split_speaker(self, view: StatementView) -> None:
        if view.speaker_id is None:
            self.notify("this statement has no speaker to split off", severity="warning")
            return

        def done(name: str | None) -> None:
            if not name:
                return
            try:
                with self.store.transaction() as conn:
                    split_speaker(
                        conn,
                        view.speaker_id,
                        [view.id],
                        name.strip(),
                        reviewer=self.reviewer,
                        at=now(),
                    )
            except ValueError as e:
                self.notify(str(e), severity="error")
                return
            self._after_change()

        self.push_screen(
            AskText("A separate speaker for this statement, named:", value=view.speaker or ""), done
        )

    def merge_speaker(self, row: dict[str, Any]) -> None:
        choices = [(str(s["id"]), s["name"]) for s in self.store.speakers() if s["id"] != row["id"]]

        def done(choice: str | None) -> None:
            if choice is None:
                return
            try:
                with self.store.transaction() as conn:
                    merge_speakers(conn, int(choice), row["id"], reviewer=self.reviewer, at=now())
            except ValueError as e:
                self.notify(str(e), severity="error")
                return
            self._after_change()
            if isinstance(self.screen, SpeakersScreen):
                self.screen.fill(self.store.speakers())

        self.push_screen(Choose(f"Merge {row['name']} into…", choices), done)

    def action_undo(self) -> None:
        try:
            change = rv.undo(self.store, reviewer=self.reviewer)
        except rv.ReviewError as e:
            self.notify(str(e), severity="warning")
            return
        self.notify(f"undone: {change.field} of {change.target}", timeout=2)
        self._after_change()

    # --- navigation ---------------------------------------------------------------------

    def open_statement(self, statement_id: str) -> None:
        view = statement_view(self.store, statement_id)
        if view is None:
            self.notify(f"no statement {statement_id}", severity="error")
            return
        qs = self._queue_screen()
        if qs:
            index = self.queue.index_of(view.seq)
            if index is not None:
                qs.query_one(QueueTable).move_to(index)
        if isinstance(self.screen, StatementScreen):
            self.screen.show(view)
        else:
            self.push_screen(StatementScreen(view))

    def step_statement(self, view: StatementView, step: int) -> None:
        index = self.queue.index_of(view.seq)
        found = self.queue.next_unreviewed(-1 if index is None else index, step)
        row = self.queue.row(found) if found is not None else None
        if row is None:
            self.notify("no unreviewed statement that way", severity="warning")
            return
        self.open_statement(row.id)

    def action_articles(self) -> None:
        self.push_screen(ArticlesScreen(article_rows(self.store)))

    def read_article(self, article_id: str) -> None:
        text, quotes = article_quotes(self.store, article_id)
        title = self.store.scalar(
            "SELECT COALESCE(title, path, id) FROM articles WHERE id = ?", (article_id,)
        )
        self.push_screen(ReaderScreen(title, text, quotes))

    def action_speakers(self) -> None:
        self.push_screen(SpeakersScreen(self.store.speakers()))

    def speaker_statements(self, row: dict[str, Any]) -> None:
        self.push_screen(SpeakerStatementsScreen(row, speaker_statements(self.store, row["id"])))

    def action_refresh(self, quiet: bool = False) -> None:
        qs = self._queue_screen()
        if qs:
            row = qs.current()
            qs.apply(self.queue.filter, row.seq if row else None)
        self._after_change()
        if not quiet:
            self.notify("refreshed", timeout=1)

    def action_help(self) -> None:
        screen = self.screen
        groups = [
            (
                type(screen).__name__.removesuffix("Screen").lower(),
                [b for b in screen.BINDINGS if isinstance(b, Binding)],
            )
        ]
        for s in (QueueScreen, StatementScreen, SpeakersScreen, ArticlesScreen):
            if not isinstance(screen, s):
                groups.append(
                    (
                        s.__name__.removesuffix("Screen").lower(),
                        [b for b in s.BINDINGS if isinstance(b, Binding)],
                    )
                )
        groups.append(
            (
                "anywhere",
                [b for b in self.BINDINGS if isinstance(b, Binding)]
                + [Binding("ctrl+p", "command_palette", "Command palette")],
            )
        )
        self.push_screen(HelpScreen(groups))

    # --- slow work in workers -----------------------------------------------------------

    def action_ingest(self) -> None:
        def done(path: str | None) -> None:
            if path:
                self.run_ingest(path)

        self.push_screen(AskText("Ingest articles from (file or directory):"), done)

    @work(thread=True, exclusive=True, group="ingest")
    def run_ingest(self, path: str) -> None:
        from ..ingest import ingest
        from ..sources import read_paths

        bar = ProgressBar(total=None, id="work-progress")
        self.call_from_thread(self.screen.mount, bar)

        def progress(done: int, total: int, name: str) -> None:
            self.call_from_thread(bar.update, total=total, progress=done)

        store = Store(self.db_path)
        try:
            report = ingest(store, read_paths([path]), workers=1, progress=progress)
        finally:
            store.close()
        self.call_from_thread(bar.remove)
        self.call_from_thread(self.notify, f"ingest: {report.summary()}", timeout=6)
        self.call_from_thread(self._after_ingest)

    def _after_ingest(self) -> None:
        self.total_statements = self.store.scalar("SELECT count(*) FROM statements")
        self.action_refresh(quiet=True)

    def action_export(self) -> None:
        def chosen(fmt: str | None) -> None:
            if fmt is None:
                return
            default = f"factcheck-export.{'md' if fmt == 'markdown' else fmt}"
            if fmt == "claimreview":
                default = "factcheck-claimreview.json"

            def where(path: str | None) -> None:
                if path:
                    self.run_export(fmt, path)

            self.push_screen(AskText(f"Export {fmt} to:", value=default), where)

        self.push_screen(Choose("Export format", [(f, f) for f in EXPORT_FORMATS]), chosen)

    @work(thread=True, exclusive=True, group="export")
    def run_export(self, fmt: str, path: str) -> None:
        from ..export import collect, render

        store = Store(self.db_path)
        try:
            text = render(collect(store), fmt)
        finally:
            store.close()
        target = Path(path)
        tmp = target.with_name(target.name + ".part")
        tmp.write_text(text, encoding="utf-8", newline="")
        tmp.replace(target)
        self.call_from_thread(self.notify, f"exported {fmt} to {path}", timeout=4)

    # --- command palette ----------------------------------------------------------------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Articles", "Every article with its counts", self.action_articles)
        yield SystemCommand("Speakers", "Speakers across articles", self.action_speakers)
        yield SystemCommand("Undo", "Take back your latest change", self.action_undo)
        yield SystemCommand("Refresh", "Show changes by other reviewers", self.action_refresh)
        yield SystemCommand("Ingest…", "Add articles from a file or directory", self.action_ingest)
        yield SystemCommand("Export…", "Write the claim set to a file", self.action_export)
        yield SystemCommand("Keys", "Every key binding", self.action_help)
        if isinstance(screen, QueueScreen):
            yield SystemCommand(
                "Next unreviewed",
                "Jump to the next open statement",
                lambda: screen.action_next_unreviewed(1),
            )
            yield SystemCommand(
                "Show only contradictions",
                "Filter the queue",
                lambda: screen.apply(self.queue.filter.but(relation="contradiction")),
            )
            yield SystemCommand(
                "Clear filters", "Show every statement", lambda: screen.apply(QueueFilter())
            )
        if isinstance(screen, StatementScreen):
            yield SystemCommand("Edit note", "Write a note on this statement", screen.action_note)
            yield SystemCommand("Add evidence link", "Attach a url", screen.action_evidence)
            yield SystemCommand(
                "Reattribute", "Give it to another speaker", screen.action_reattribute
            )
            yield SystemCommand(
                "Confirm match",
                "Confirm the selected other report",
                lambda: screen.action_match_status("confirmed"),
            )
            yield SystemCommand(
                "Dismiss match",
                "Dismiss the selected other report",
                lambda: screen.action_match_status("dismissed"),
            )
