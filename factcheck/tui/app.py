"""The review workbench: screens over the use cases in ``factcheck.app``.

Screens post messages (``tui.messages``); the app handles each by calling a use case,
which saves the change at once in its own transaction, so the app holds no unsaved
state: quitting, a crash or a second reviewer loses nothing. Slow work (ingest, export)
runs in thread workers with their own connection.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import ProgressBar

from ..app import StoreError, open_store, views
from ..app.changes import ReviewError, StaleEdit
from ..app.queue import Queue, QueueFilter
from ..app.session import load_ui_state, save_ui_state
from . import messages as msg
from .screens.articles import ArticlesScreen, ReaderScreen
from .screens.help import HelpScreen
from .screens.history import HistoryScreen
from .screens.queue import QueueScreen
from .screens.speakers import SpeakersScreen, SpeakerStatementsScreen
from .screens.statement import StatementScreen
from .widgets.modals import NEW, AskText, Choose, Confirm, EditNote, ExportChoice, ExportDialog
from .widgets.queue_table import QueueTable

FILTER_FIELDS = (
    "text",
    "verdict",
    "relation",
    "speaker",
    "outlet",
    "kind",
    "type",
    "scope",
    "sort",
    "descending",
)
SAVE_PAUSE = 0.4  # seconds after the last move before where the reviewer is is saved


# the use cases that change data, imported when first used: the first screen does not
# wait for matching, the speaker resolver or the history's wording
def _review() -> ModuleType:
    from ..app import review

    return review


def _speakers() -> ModuleType:
    from ..app import speakers

    return speakers


def _history() -> ModuleType:
    from ..app import history

    return history


class FactcheckApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "factcheck"
    BINDINGS = [
        Binding("ctrl+z", "undo", "Undo"),
        Binding("ctrl+r", "refresh", "Refresh"),
        Binding("question_mark,f1", "help", "Help"),
        Binding("i", "ingest", "Ingest", show=False),
        Binding("X", "export", "Export", show=False),
        Binding("A", "toggle_advance", "Auto-advance", show=False),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(self, db_path: str | Path, reviewer: str, *, watch_interval: float = 3.0):
        super().__init__()
        self.db_path = Path(db_path)
        self.reviewer = reviewer
        self.watch_interval = watch_interval
        self.store = open_store(self.db_path)
        self.queue = Queue(self.store)
        self.scale = views.scale(self.store)
        self._data_version = 0
        self.advance = True  # after a verdict, the next open statement comes up
        self._saving: Timer | None = None

    # --- start and stop -----------------------------------------------------------------

    async def on_mount(self) -> None:
        self.sub_title = f"{self.db_path.name} · reviewer {self.reviewer}"
        state = load_ui_state(self.store, self.reviewer)
        saved = state.get("filter") or {}
        f = QueueFilter(**{k: v for k, v in saved.items() if k in FILTER_FIELDS})
        self.advance = bool(state.get("advance", True))
        queue = QueueScreen(self.queue, self.scale, f, state.get("seq"))
        await self.push_screen(queue)
        # counted once the first screen is up: a count over every statement can wait
        self.call_after_refresh(lambda: queue.set_progress(self._progress()))
        if state.get("statement"):
            self.open_statement(state["statement"])
        self._data_version = self.store.data_version()
        if self.watch_interval:
            self.set_interval(self.watch_interval, self._watch)

    def _progress(self) -> str:
        advance = "auto-advance on (A)" if self.advance else "auto-advance off (A)"
        return f"{views.progress(self.store, self.reviewer)}  ·  {advance}"

    def _watch(self) -> None:
        """Another process committed (a reviewer, an ingest): show their work."""
        v = self.store.data_version()
        if v != self._data_version:
            self._data_version = v
            self.action_refresh(quiet=True)

    def save_state(self) -> None:
        if self._saving is not None:
            self._saving.stop()
            self._saving = None
        if not self.screen_stack:  # a pause that ended after the app closed
            return
        screen = self._queue_screen()
        row = screen.current() if screen and screen.is_mounted else None
        top = self.screen
        state = {
            "filter": {k: getattr(self.queue.filter, k) for k in FILTER_FIELDS},
            "seq": row.seq if row else None,
            "statement": top.view.id if isinstance(top, StatementScreen) else None,
            "advance": self.advance,
        }
        save_ui_state(self.store, self.reviewer, state)

    def on_position_changed(self, m: msg.PositionChanged) -> None:
        """Saved on every move, once the keys pause: killing the terminal loses nothing."""
        if self._saving is not None:
            self._saving.stop()
        self._saving = self.set_timer(SAVE_PAUSE, self.save_state)

    def _in_flight(self) -> list[str]:
        return [
            w.group for w in self.workers if w.group in ("ingest", "export") and not w.is_finished
        ]

    async def action_quit(self) -> None:
        busy = self._in_flight()
        if not busy:
            self.save_state()
            self.exit()
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self.save_state()
                self.exit()

        self.push_screen(
            Confirm(f"An {' and an '.join(busy)} is still running and would stop. Quit anyway?"),
            answer,
        )

    def action_toggle_advance(self) -> None:
        self.advance = not self.advance
        self.notify(f"auto-advance {'on' if self.advance else 'off'}", timeout=1.5)
        qs = self._queue_screen()
        if qs:
            qs.set_progress(self._progress())
        self.save_state()

    def on_unmount(self) -> None:
        self.store.close()

    # --- helpers ------------------------------------------------------------------------

    def _queue_screen(self) -> QueueScreen | None:
        for s in self.screen_stack:
            if isinstance(s, QueueScreen):
                return s
        return None

    def _after_change(self, *, speakers: bool = False) -> None:
        """Every screen shows the stored truth at once; after a change of who said what
        (``speakers``) the queue's filter is asked again, since names decide it."""
        self._data_version = self.store.data_version()
        qs = self._queue_screen()
        if qs:
            qs.refresh_rows(refilter=speakers)
            qs.set_progress(self._progress())
        for screen in self.screen_stack:
            if isinstance(screen, StatementScreen):
                view = views.statement_view(self.store, screen.view.id)
                if view:
                    screen.show(view)
            elif isinstance(screen, SpeakersScreen):
                screen.fill(views.speaker_choices(self.store))

    def _guarded(
        self, fn: Callable[..., Any], *args: Any, speakers: bool = False, **kwargs: Any
    ) -> bool:
        """Run a change; a refusal is a notice, a stale edit asks before overwriting."""
        try:
            fn(*args, **kwargs)
        except StaleEdit as e:
            self._ask_overwrite(e, fn, args, kwargs)
            return False
        except ReviewError as e:
            self.notify(str(e), severity="error")
            return False
        self._after_change(speakers=speakers)
        return True

    def _ask_overwrite(
        self,
        e: StaleEdit,
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
            _review().set_verdict,
            self.store,
            m.statement_id,
            verdict,
            reviewer=self.reviewer,
            seen_revision=m.revision,
        ):
            self.notify(f"{label}", title="verdict", timeout=1.5)
            if self.advance:
                self._advance_from(m.statement_id)

    def _advance_from(self, statement_id: str) -> None:
        """The next open statement after the one just judged: the queue's cursor moves
        to it, and an open statement view shows it."""
        top = self.screen
        if isinstance(top, QueueScreen):
            top.advance()
        elif isinstance(top, StatementScreen) and top.view.id == statement_id:
            view = views.statement_view(self.store, statement_id)
            if view:
                self.on_step_statement(msg.StepStatement(view, 1), quiet=True)

    def on_bulk_judge(self, m: msg.BulkJudge) -> None:
        if not 1 <= m.key <= len(self.scale):
            self.notify(f"no verdict on key {m.key}", severity="warning")
            return
        verdict, label, _ = self.scale[m.key - 1]
        n = len(m.statement_ids)

        def answer(yes: bool | None) -> None:
            if not yes:
                return
            done = 0
            for sid in m.statement_ids:
                try:
                    _review().set_verdict(self.store, sid, verdict, reviewer=self.reviewer)
                    done += 1
                except ReviewError as e:
                    self.notify(str(e), severity="error")
            qs = self._queue_screen()
            if qs:
                qs.clear_marks()
            self._after_change()
            self.notify(f"{label} on {done} statement{'s' * (done != 1)}", title="verdict")

        self.push_screen(
            Confirm(
                f"Set the verdict “{label}” on the {n} marked statement{'s' * (n != 1)}?"
                " Each is saved and can be undone one at a time with ctrl+z."
            ),
            answer,
        )

    def on_edit_note(self, m: msg.EditNote) -> None:
        view = m.view

        def done(note: str | None) -> None:
            if note is not None:
                self._guarded(
                    _review().set_note,
                    self.store,
                    view.id,
                    note,
                    reviewer=self.reviewer,
                    seen_revision=view.revision,
                )

        self.push_screen(EditNote((view.review or {}).get("note") or ""), done)

    def on_edit_summary(self, m: msg.EditSummary) -> None:
        view = m.view

        def done(summary: str | None) -> None:
            if summary is not None:
                self._guarded(
                    _review().set_summary,
                    self.store,
                    view.id,
                    summary,
                    reviewer=self.reviewer,
                    seen_revision=view.revision,
                )

        from ..export.claimreview import CLAIM_REVIEWED_MAX

        current = (view.review or {}).get("summary") or ""
        prompt = f"Summary for ClaimReview ({CLAIM_REVIEWED_MAX} characters or fewer; empty clears)"
        self.push_screen(AskText(prompt, value=current), done)

    def on_add_evidence(self, m: msg.AddEvidence) -> None:
        view = m.view

        def done(url: str | None) -> None:
            if url:
                self._guarded(
                    _review().add_evidence, self.store, view.id, url, reviewer=self.reviewer
                )

        self.push_screen(AskText("Evidence link", placeholder="https://…"), done)

    def on_remove_evidence(self, m: msg.RemoveEvidence) -> None:
        view = m.view
        links = (view.review or {}).get("evidence", [])
        if not links:
            self.notify("no evidence to remove", severity="warning")
            return

        def done(url: str | None) -> None:
            if url:
                self._guarded(
                    _review().remove_evidence, self.store, view.id, url, reviewer=self.reviewer
                )

        self.push_screen(Choose("Remove which link?", [(u, u) for u in links]), done)

    def on_settle_match(self, m: msg.SettleMatch) -> None:
        if self._guarded(
            _review().set_match_status, self.store, m.match.id, m.status, reviewer=self.reviewer
        ):
            self.notify(f"{m.match.relation} {m.status}", timeout=1.5)

    def on_reattribute(self, m: msg.Reattribute) -> None:
        view = m.view
        was = view.speaker or "nobody (the reporter)"
        people = {str(s["id"]): s for s in views.speaker_choices(self.store)}
        choices = [("none", "(nobody: the reporter's own words)")] + [
            (i, f"{s['name']}" + (f", {s['role']}" if s["role"] else "") + f"  ({s['statements']})")
            for i, s in people.items()
            if s["id"] != view.speaker_id
        ]

        def done(choice: str | None) -> None:
            if choice is None:
                return
            if choice.startswith(NEW):
                self._attribute_to_new(view, choice[len(NEW) :].strip())
                return
            sid = None if choice == "none" else int(choice)
            name = "nobody (the reporter)" if sid is None else people[choice]["name"]

            def answer(yes: bool | None) -> None:
                if yes:
                    self._guarded(
                        _review().reattribute,
                        self.store,
                        view.id,
                        sid,
                        reviewer=self.reviewer,
                        speakers=True,
                    )

            self.push_screen(
                Confirm(f"Attribute this statement to {name}? It is now {was}'s."), answer
            )

        names = {i: s["name"] for i, s in people.items()}
        self.push_screen(
            Choose(f"Attribute to… (now {was})", choices, create="a new person named", names=names),
            done,
        )

    def _attribute_to_new(self, view: views.StatementView, name: str) -> None:
        if not name:
            return
        if view.speaker_id is None:
            self.notify(
                "a statement in the reporter's words: give it to a stored speaker first",
                severity="warning",
            )
            return
        speaker_id = view.speaker_id

        def answer(yes: bool | None) -> None:
            if yes:
                self._guarded(
                    _speakers().split,
                    self.store,
                    speaker_id,
                    [view.id],
                    name,
                    reviewer=self.reviewer,
                    speakers=True,
                )

        self.push_screen(
            Confirm(
                f"Create the person {name} and attribute this statement to them? It is now"
                f" {view.speaker}'s; ingest will keep the two apart."
            ),
            answer,
        )

    def on_split_speaker(self, m: msg.SplitSpeaker) -> None:
        view = m.view
        speaker_id = view.speaker_id
        if speaker_id is None:
            self.notify("this statement has no speaker to split off", severity="warning")
            return

        def done(name: str | None) -> None:
            if not name or not name.strip():
                return

            def answer(yes: bool | None) -> None:
                if yes:
                    self._guarded(
                        _speakers().split,
                        self.store,
                        speaker_id,
                        [view.id],
                        name.strip(),
                        reviewer=self.reviewer,
                        speakers=True,
                    )

            self.push_screen(
                Confirm(
                    f"Split 1 statement off {view.speaker} as a new speaker, {name.strip()}?"
                    f" {view.speaker} keeps the rest."
                ),
                answer,
            )

        self.push_screen(
            AskText("A separate speaker for this statement, named:", value=view.speaker or ""), done
        )

    def on_merge_speaker(self, m: msg.MergeSpeaker) -> None:
        row = m.speaker
        people = {str(s["id"]): s for s in views.speaker_choices(self.store)}
        choices = [
            (i, f"{s['name']}" + (f", {s['role']}" if s["role"] else "") + f"  ({s['statements']})")
            for i, s in people.items()
            if s["id"] != row["id"]
        ]

        def done(choice: str | None) -> None:
            if choice is None or choice not in people:
                return
            keep = people[choice]
            n = row["statements"]

            def answer(yes: bool | None) -> None:
                if yes:
                    self._guarded(
                        _speakers().merge,
                        self.store,
                        keep["id"],
                        row["id"],
                        reviewer=self.reviewer,
                        speakers=True,
                    )

            self.push_screen(
                Confirm(
                    f"Merge {row['name']} into {keep['name']}? {n} statement{'s' * (n != 1)}"
                    f" of {row['name']} will be {keep['name']}'s ({keep['statements']} now),"
                    f" and {row['name']} stops being a separate speaker."
                ),
                answer,
            )

        names = {i: s["name"] for i, s in people.items()}
        self.push_screen(Choose(f"Merge {row['name']} into…", choices, names=names), done)

    def action_undo(self) -> None:
        try:
            change = _review().undo(self.store, reviewer=self.reviewer)
        except ReviewError as e:
            self.notify(str(e), severity="warning")
            return
        latest = _history().changes(self.store, reviewer=self.reviewer, limit=1)
        said = latest[0].what.removeprefix("undid: ") if latest else change.field
        self.notify(f"undone: {said}", timeout=3)
        self._after_change(
            speakers=change.field in ("speaker_id", "merge_speakers", "split_speaker")
        )

    # --- navigation ---------------------------------------------------------------------

    def on_open_statement(self, m: msg.OpenStatement) -> None:
        self.open_statement(m.statement_id, stack=m.stack)

    def open_statement(self, statement_id: str, *, stack: bool = False) -> None:
        view = views.statement_view(self.store, statement_id)
        if view is None:
            self.notify(f"no statement {statement_id}", severity="error")
            return
        qs = self._queue_screen()
        if qs:
            index = self.queue.index_of(view.seq)
            if index is not None:
                qs.query_one(QueueTable).move_to(index)
        if isinstance(self.screen, StatementScreen) and not stack:
            self.screen.show(view)
        else:
            self.push_screen(StatementScreen(view, self.scale))
        self.save_state()

    def on_step_statement(self, m: msg.StepStatement, *, quiet: bool = False) -> None:
        index = self.queue.index_of(m.view.seq)
        found = self.queue.next_unreviewed(-1 if index is None else index, m.step)
        row = self.queue.row(found) if found is not None else None
        if row is None:
            if not quiet:
                self.notify("no unreviewed statement that way", severity="warning")
            return
        self.open_statement(row.id)

    def action_search_queue(self) -> None:
        """Back to the queue with its search focused, before the next key is read."""
        qs = self._queue_screen()
        while qs is not None and self.screen is not qs and len(self.screen_stack) > 1:
            self.pop_screen()
        if qs:
            qs.action_focus_filter()

    def action_history(self) -> None:
        self._show_history(None, None)

    def _show_history(self, reviewer: str | None, day: str | None) -> None:
        rows = _history().changes(self.store, reviewer=reviewer, day=day)
        reviewers, days = _history().reviewers_and_days(self.store)
        self.push_screen(HistoryScreen(rows, reviewers, days, reviewer, day))

    def on_history_filter(self, m: msg.HistoryFilter) -> None:
        top = self.screen
        if isinstance(top, HistoryScreen):
            top.fill(_history().changes(self.store, reviewer=m.reviewer, day=m.day))

    def action_articles(self) -> None:
        self.push_screen(ArticlesScreen(views.article_rows(self.store)))

    def on_read_article(self, m: msg.ReadArticle) -> None:
        article_id, at = m.article_id, None
        if m.statement_id:
            found = views.article_of(self.store, m.statement_id)
            if found is None:
                return
            article_id, at = found[0], (found[1], found[2])
        if article_id is None:
            return
        text, quotes = views.article_quotes(self.store, article_id)
        title = views.article_heading(self.store, article_id)
        self.push_screen(ReaderScreen(title, text, quotes, at))

    def action_speakers(self) -> None:
        self.push_screen(SpeakersScreen(views.speaker_choices(self.store)))

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
        for s in (QueueScreen, StatementScreen, SpeakersScreen, ArticlesScreen, HistoryScreen):
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

        try:
            store = open_store(self.db_path)
            try:
                report = ingest(store, read_paths([path]), workers=1, progress=progress)
            finally:
                store.close()
        except StoreError as e:  # locked past the busy limit, or the disk is full
            self.call_from_thread(self._unmount_progress, bar)
            self.call_from_thread(self.notify, f"ingest: {e}", severity="error", timeout=8)
            return
        self.call_from_thread(self._unmount_progress, bar)
        self.call_from_thread(self.notify, f"ingest: {report.summary()}", timeout=6)
        self.call_from_thread(self._after_ingest)

    def _mount_progress(self, bar: ProgressBar) -> None:
        self.screen.mount(bar)

    def _unmount_progress(self, bar: ProgressBar) -> None:
        bar.remove()

    def _after_ingest(self) -> None:
        self.action_refresh(quiet=True)

    def action_export(self) -> None:
        f = self.queue.filter
        verdicts = (f.verdict,) if f.verdict and f.verdict not in ("unreviewed", "reviewed") else ()
        start = ExportChoice(
            fmt="json",
            path="factcheck-export.json",
            verdicts=verdicts,
            speaker=f.speaker,
            outlet=f.outlet,
            relation=f.relation,
            reviewed_only=f.verdict == "reviewed",
        )

        def chosen(c: ExportChoice | None) -> None:
            if c is not None:
                self.run_export(c)

        self.push_screen(ExportDialog(start), chosen)

    @work(thread=True, exclusive=True, group="export")
    def run_export(self, c: ExportChoice) -> None:
        from ..app.exports import Filters, export_text, write_export

        filters = Filters(
            verdicts=c.verdicts,
            speaker=c.speaker,
            outlet=c.outlet,
            relation=c.relation,
            reviewed_only=c.reviewed_only,
        )
        try:
            store = open_store(self.db_path)
            try:
                done = export_text(store, c.fmt, filters)
            finally:
                store.close()
        except StoreError as e:
            self.call_from_thread(self.notify, f"export: {e}", severity="error", timeout=8)
            return
        try:
            write_export(done.text, Path(c.path))
        except OSError as e:
            self.call_from_thread(
                self.notify, f"{c.path}: cannot write: {e.strerror or e}", severity="error"
            )
            return
        self.call_from_thread(self.notify, f"{c.path}: {done.summary(c.fmt)}", timeout=4)

    # --- command palette ----------------------------------------------------------------

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Articles", "Every article with its counts", self.action_articles)
        yield SystemCommand("Speakers", "Speakers across articles", self.action_speakers)
        yield SystemCommand("History", "Every change, by reviewer and day", self.action_history)
        yield SystemCommand(
            "Auto-advance", "After a verdict, go to the next open item", self.action_toggle_advance
        )
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
            yield SystemCommand("Clear filters", "Show every statement", qs.action_clear_filters)
            yield SystemCommand(
                "Worth checking / everything", "Show or hide junk", qs.action_toggle_scope
            )
            yield SystemCommand(
                "Quotes / claims / both",
                "View them together or apart",
                lambda: qs.action_cycle("type"),
            )
            yield SystemCommand("Mark", "Mark this row for a bulk verdict", qs.action_mark)
            yield SystemCommand("Search", "Search text and speakers", qs.action_focus_filter)
            yield SystemCommand("Read the article", "At this statement", qs.action_read)
        if isinstance(screen, StatementScreen):
            ss = screen
            yield SystemCommand("Edit note", "Write a note on this statement", ss.action_note)
            yield SystemCommand("Add evidence link", "Attach a url", ss.action_evidence)
            yield SystemCommand("Reattribute", "Give it to another speaker", ss.action_reattribute)
            yield SystemCommand("Split speaker", "A speaker of its own", ss.action_split_speaker)
            yield SystemCommand("Read the article", "At this statement", ss.action_read)
            yield SystemCommand("Open other report", "The selected match", ss.action_open_match)
            yield SystemCommand(
                "Reopen match", "Back to open", lambda: ss.action_match_status("open")
            )
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
