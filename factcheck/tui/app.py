"""The review workbench: screens over the use cases in ``factcheck.app``.

Screens post messages (``tui.messages``); the app handles each by calling a use case,
which saves the change at once in its own transaction, so the app holds no unsaved
state: quitting, a crash or a second reviewer loses nothing. Slow work (ingest, export)
runs in thread workers with their own connection.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import ProgressBar

from ..app import open_store, views
from ..app import review as rv
from ..app import speakers as sp
from ..app.queue import Queue, QueueFilter
from ..app.session import load_ui_state, save_ui_state
from ..models import EXPORT_FORMATS
from . import messages as msg
from .screens.articles import ArticlesScreen, ReaderScreen
from .screens.help import HelpScreen
from .screens.queue import QueueScreen
from .screens.speakers import SpeakersScreen, SpeakerStatementsScreen
from .screens.statement import StatementScreen
from .widgets.modals import AskText, Choose, Confirm, EditNote
from .widgets.queue_table import QueueTable

FILTER_FIELDS = ("text", "verdict", "relation", "speaker", "outlet", "kind", "sort", "descending")


class FactcheckApp(App[None]):
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
        self.store = open_store(self.db_path)
        self.queue = Queue(self.store)
        self.scale = rv.scale(self.store)
        self._data_version = 0

    # --- start and stop -----------------------------------------------------------------

    async def on_mount(self) -> None:
        self.sub_title = f"{self.db_path.name} · reviewer {self.reviewer}"
        state = load_ui_state(self.store, self.reviewer)
        f = QueueFilter(**state["filter"]) if state.get("filter") else QueueFilter()
        total = views.store_counts(self.store)["current"]
        await self.push_screen(QueueScreen(self.queue, self.scale, total, f, state.get("seq")))
        if state.get("statement"):
            self.open_statement(state["statement"])
        self._data_version = self.store.data_version()
        if self.watch_interval:
            self.set_interval(self.watch_interval, self._watch)

    def _watch(self) -> None:
        """Another process committed (a reviewer, an ingest): show their work."""
        v = self.store.data_version()
        if v != self._data_version:
            self._data_version = v
            self.action_refresh(quiet=True)

    def save_state(self) -> None:
        screen = self._queue_screen()
        row = screen.current() if screen else None
        top = self.screen
        state = {
            "filter": {k: getattr(self.queue.filter, k) for k in FILTER_FIELDS},
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

    def _after_change(self) -> None:
        self._data_version = self.store.data_version()
        qs = self._queue_screen()
        if qs:
            qs.refresh_rows()
        top = self.screen
        if isinstance(top, StatementScreen):
            view = views.statement_view(self.store, top.view.id)
            if view:
                top.show(view)
        if isinstance(top, SpeakersScreen):
            top.fill(views.speakers(self.store))

    def _guarded(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> bool:
        """Run a change; a refusal is a notice, a stale edit asks before overwriting."""
        try:
            fn(*args, **kwargs)
        except rv.StaleEdit as e:
            self._ask_overwrite(e, fn, args, kwargs)
            return False
        except rv.ReviewError as e:
            self.notify(str(e), severity="error")
            return False
        self._after_change()
        return True

    def _ask_overwrite(
        self,
        e: rv.StaleEdit,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> None:
        def answer(yes: bool | None) -> None:
            if yes:  # overwrite the revision just shown, and only that one
                kwargs["seen_revision"] = e.revision
                self._guarded(fn, *args, **kwargs)
            else:
                self._after_change()

        self.push_screen(Confirm(f"{e} Overwrite their change?"), answer)

    # --- judging ------------------------------------------------------------------------

    def on_judge(self, m: msg.Judge) -> None:
        if not 1 <= m.key <= len(self.scale):
            self.notify(f"no verdict on key {m.key}", severity="warning")
            return
        verdict, label, _ = self.scale[m.key - 1]
        if self._guarded(
            rv.set_verdict,
            self.store,
            m.statement_id,
            verdict,
            reviewer=self.reviewer,
            seen_revision=m.revision,
        ):
            self.notify(f"{label}", title="verdict", timeout=1.5)

    def on_edit_note(self, m: msg.EditNote) -> None:
        view = m.view

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

    def on_add_evidence(self, m: msg.AddEvidence) -> None:
        view = m.view

        def done(url: str | None) -> None:
            if url:
                self._guarded(rv.add_evidence, self.store, view.id, url, reviewer=self.reviewer)

        self.push_screen(AskText("Evidence link", placeholder="https://…"), done)

    def on_remove_evidence(self, m: msg.RemoveEvidence) -> None:
        view = m.view
        links = (view.review or {}).get("evidence", [])
        if not links:
            self.notify("no evidence to remove", severity="warning")
            return

        def done(url: str | None) -> None:
            if url:
                self._guarded(rv.remove_evidence, self.store, view.id, url, reviewer=self.reviewer)

        self.push_screen(Choose("Remove which link?", [(u, u) for u in links]), done)

    def on_settle_match(self, m: msg.SettleMatch) -> None:
        if self._guarded(
            rv.set_match_status, self.store, m.match.id, m.status, reviewer=self.reviewer
        ):
            self.notify(f"{m.match.relation} {m.status}", timeout=1.5)

    def on_reattribute(self, m: msg.Reattribute) -> None:
        view = m.view
        choices = [("none", "(nobody: the reporter's own words)")] + [
            (str(s["id"]), f"{s['name']}" + (f", {s['role']}" if s["role"] else ""))
            for s in views.speakers(self.store)
        ]

        def done(choice: str | None) -> None:
            if choice is not None:
                sid = None if choice == "none" else int(choice)
                self._guarded(rv.reattribute, self.store, view.id, sid, reviewer=self.reviewer)

        self.push_screen(Choose("Attribute to…", choices), done)

    def on_split_speaker(self, m: msg.SplitSpeaker) -> None:
        view = m.view
        speaker_id = view.speaker_id
        if speaker_id is None:
            self.notify("this statement has no speaker to split off", severity="warning")
            return

        def done(name: str | None) -> None:
            if name:
                self._guarded(
                    sp.split, self.store, speaker_id, [view.id], name, reviewer=self.reviewer
                )

        self.push_screen(
            AskText("A separate speaker for this statement, named:", value=view.speaker or ""), done
        )

    def on_merge_speaker(self, m: msg.MergeSpeaker) -> None:
        row = m.speaker
        choices = [
            (str(s["id"]), s["name"]) for s in views.speakers(self.store) if s["id"] != row["id"]
        ]

        def done(choice: str | None) -> None:
            if choice is not None:
                self._guarded(sp.merge, self.store, int(choice), row["id"], reviewer=self.reviewer)

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

    def on_open_statement(self, m: msg.OpenStatement) -> None:
        self.open_statement(m.statement_id)

    def open_statement(self, statement_id: str) -> None:
        view = views.statement_view(self.store, statement_id)
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
            self.push_screen(StatementScreen(view, self.scale))

    def on_step_statement(self, m: msg.StepStatement) -> None:
        index = self.queue.index_of(m.view.seq)
        found = self.queue.next_unreviewed(-1 if index is None else index, m.step)
        row = self.queue.row(found) if found is not None else None
        if row is None:
            self.notify("no unreviewed statement that way", severity="warning")
            return
        self.open_statement(row.id)

    def action_articles(self) -> None:
        self.push_screen(ArticlesScreen(views.article_rows(self.store)))

    def on_read_article(self, m: msg.ReadArticle) -> None:
        text, quotes = views.article_quotes(self.store, m.article_id)
        title = views.article_heading(self.store, m.article_id)
        self.push_screen(ReaderScreen(title, text, quotes))

    def action_speakers(self) -> None:
        self.push_screen(SpeakersScreen(views.speakers(self.store)))

    def on_show_speaker(self, m: msg.ShowSpeaker) -> None:
        rows = views.speaker_statements(self.store, m.speaker["id"])
        self.push_screen(SpeakerStatementsScreen(m.speaker, rows))

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
        from ..app.ingest import ingest
        from ..pipeline.sources import read_paths

        bar = ProgressBar(total=None, id="work-progress")
        self.call_from_thread(self._mount_progress, bar)

        def progress(done: int, total: int, name: str) -> None:
            self.call_from_thread(bar.update, total=total, progress=done)

        store = open_store(self.db_path)
        try:
            report = ingest(store, read_paths([path]), workers=1, progress=progress)
        finally:
            store.close()
        self.call_from_thread(self._unmount_progress, bar)
        self.call_from_thread(self.notify, f"ingest: {report.summary()}", timeout=6)
        self.call_from_thread(self._after_ingest)

    def _mount_progress(self, bar: ProgressBar) -> None:
        self.screen.mount(bar)

    def _unmount_progress(self, bar: ProgressBar) -> None:
        bar.remove()

    def _after_ingest(self) -> None:
        qs = self._queue_screen()
        if qs:
            qs.total = views.store_counts(self.store)["current"]
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
        from ..app.exports import export_text, write_export

        store = open_store(self.db_path)
        try:
            done = export_text(store, fmt)
        finally:
            store.close()
        try:
            write_export(done.text, Path(path))
        except OSError as e:
            self.call_from_thread(
                self.notify, f"{path}: cannot write: {e.strerror or e}", severity="error"
            )
            return
        self.call_from_thread(self.notify, f"exported {fmt} to {path}", timeout=4)

    # --- command palette ----------------------------------------------------------------

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Articles", "Every article with its counts", self.action_articles)
        yield SystemCommand("Speakers", "Speakers across articles", self.action_speakers)
        yield SystemCommand("Undo", "Take back your latest change", self.action_undo)
        yield SystemCommand("Refresh", "Show changes by other reviewers", self.action_refresh)
        yield SystemCommand("Ingest…", "Add articles from a file or directory", self.action_ingest)
        yield SystemCommand("Export…", "Write the claim set to a file", self.action_export)
        yield SystemCommand("Keys", "Every key binding", self.action_help)
        if isinstance(screen, QueueScreen):
            qs = screen
            yield SystemCommand(
                "Next unreviewed",
                "Jump to the next open statement",
                lambda: qs.action_next_unreviewed(1),
            )
            yield SystemCommand(
                "Show only contradictions",
                "Filter the queue",
                lambda: qs.apply(self.queue.filter.but(relation="contradiction")),
            )
            yield SystemCommand(
                "Clear filters", "Show every statement", lambda: qs.apply(QueueFilter())
            )
        if isinstance(screen, StatementScreen):
            ss = screen
            yield SystemCommand("Edit note", "Write a note on this statement", ss.action_note)
            yield SystemCommand("Add evidence link", "Attach a url", ss.action_evidence)
            yield SystemCommand("Reattribute", "Give it to another speaker", ss.action_reattribute)
            yield SystemCommand(
                "Confirm match",
                "Confirm the selected other report",
                lambda: ss.action_match_status("confirmed"),
            )
            yield SystemCommand(
                "Dismiss match",
                "Dismiss the selected other report",
                lambda: ss.action_match_status("dismissed"),
            )
