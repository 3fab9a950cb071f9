"""The review workbench driven by keys, asserting on what is stored and what is shown."""

from __future__ import annotations

from rich.console import Console

from factcheck.app.review import review_of, set_verdict
from factcheck.store import Store
from factcheck.tui.screens.articles import ArticlesScreen, ReaderScreen
from factcheck.tui.screens.help import HelpScreen, bindings_table
from factcheck.tui.screens.queue import QueueScreen
from factcheck.tui.screens.speakers import SpeakersScreen, SpeakerStatementsScreen
from factcheck.tui.screens.statement import StatementScreen
from factcheck.tui.widgets.modals import Confirm
from factcheck.tui.widgets.queue_table import QueueTable
from tests.tui.helpers import SIZE, app_for, burst, settle, show_everything, shown, stored


async def test_queue_lists_every_statement_and_filters_as_you_type(db):
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, QueueScreen)
        await show_everything(pilot)
        total = len(app.queue)
        assert total == stored(db, "SELECT count(*) FROM statements")[0][0]
        await burst(pilot, "/soya")
        assert 0 < len(app.queue) < total
        assert all("soya" in r.text.lower() for r in shown(app))
        # a misspelt name still finds the speaker's statements
        await pilot.press(*["backspace"] * 4)
        await burst(pilot, "Mnuchn")
        assert {r.speaker for r in shown(app)} >= {"Steven Mnuchin"}
        await pilot.press(*["backspace"] * 6)
        await burst(pilot, 'speaker:"Wilbur Ross"')
        assert {r.speaker for r in shown(app)} == {"Wilbur Ross"}
        await pilot.press("ctrl+u")  # clears the box
        await burst(pilot, "speaker:Wilbr")  # a typo in the speaker filter
        assert {r.speaker for r in shown(app)} == {"Wilbur Ross"}
        status = str(screen.query_one("#status").render())
        assert "speaker Wilbr" in status
        await pilot.press("ctrl+u")
        await settle(pilot)
        assert len(app.queue) == total
        status = str(screen.query_one("#status").render())
        assert f"{total} shown" in status and "everything" in status


async def test_filter_by_relation_and_kind_and_sort(db):
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await show_everything(pilot)
        await pilot.press("f")  # contradiction: none in the seeds
        assert len(app.queue) == 0
        await pilot.press("f", "f")  # misquote, then consistent
        rows = app.queue.rows(0, len(app.queue))
        assert rows and all("consistent" in r.flags for r in rows)
        await pilot.press("f", "f")  # duplicate, then any
        await pilot.press("K")  # kind: direct
        assert {r.kind for r in app.queue.rows(0, len(app.queue))} == {"direct"}
        await pilot.press("s", "s", "s", "s")  # sort: published, status, verdict, speaker
        names = [r.speaker or "" for r in app.queue.rows(0, len(app.queue))]
        assert names == sorted(names)
        await pilot.press("r")
        names = [r.speaker or "" for r in app.queue.rows(0, len(app.queue))]
        assert names == sorted(names, reverse=True)


async def test_judging_from_the_queue_saves_at_once_with_history_and_undo(db):
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("A")  # auto-advance off: the cursor stays on the row judged
        first = app.queue.row(0)
        await pilot.press("4")  # False
        assert stored(
            db, "SELECT verdict, reviewer FROM reviews WHERE statement_id = ?", (first.id,)
        ) == [("false", "ana")]
        history = stored(db, "SELECT field, new FROM history WHERE target = ?", (first.id,))
        assert history == [("verdict", '"false"')]
        await pilot.press("ctrl+z")
        assert stored(db, "SELECT verdict FROM reviews WHERE statement_id = ?", (first.id,)) == [
            (None,)
        ]
        assert stored(db, "SELECT action FROM history WHERE target = ?", (first.id,)) == [
            ("set",),
            ("undo",),
        ]
        # n jumps to the next unreviewed statement
        await pilot.press("1")
        await pilot.press("n")
        table = app.screen.query_one(QueueTable)
        assert table.cursor == 1 and app.queue.row(1).verdict is None


async def test_statement_view_note_evidence_and_verdict(db):
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("A", "enter")  # auto-advance off: the note is for this one
        screen = app.screen
        assert isinstance(screen, StatementScreen)
        sid = screen.view.id
        context = str(screen.query_one("#context").render())
        assert screen.view.text.split()[0] in context
        await pilot.press("2")
        await pilot.press("e")
        await pilot.press(*"Checked the CNBC transcript.")
        await pilot.press("ctrl+s")
        await pilot.press("l")
        await pilot.press(*"https://www.cnbc.com/x", "enter")
        await pilot.pause()
        r = review_of(Store(db), sid)
        assert r["verdict"] == "mostly-true"
        assert r["note"] == "Checked the CNBC transcript."
        assert r["evidence"] == ["https://www.cnbc.com/x"]
        shown = str(screen.query_one("#review").render())
        assert "Mostly true" in shown and "Checked the CNBC transcript." in shown
        history = str(screen.query_one("#history").render())
        assert "verdict" in history and "note" in history and "evidence" in history
        await pilot.press("ctrl+z")  # the link goes first
        assert review_of(Store(db), sid)["evidence"] == []


async def test_confirm_and_dismiss_a_match_and_see_the_reasons(db):
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await show_everything(pilot)
        await pilot.press("f", "f", "f")  # consistent
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, StatementScreen) and screen.view.matches
        m = screen.view.matches[0]
        await pilot.press("c")
        assert stored(db, "SELECT status FROM matches WHERE id = ?", (m.id,)) == [("confirmed",)]
        assert screen.view.matches[0].status == "confirmed"
        await pilot.press("d")
        assert stored(db, "SELECT status FROM matches WHERE id = ?", (m.id,)) == [("dismissed",)]
        await pilot.press("ctrl+z")
        assert stored(db, "SELECT status FROM matches WHERE id = ?", (m.id,)) == [("confirmed",)]
        assert "why:" in str(screen.query_one("#matches").get_option_at_index(0).prompt)


async def test_reattribute_a_quote_to_another_speaker(db):
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await show_everything(pilot)
        await burst(pilot, "/speaker:Perdue")
        await pilot.press("escape", "enter")
        screen = app.screen
        sid = screen.view.id
        await pilot.press("t")
        await pilot.press(*"Wilbur Ross", "enter")
        assert isinstance(app.screen, Confirm)  # nothing changes before a yes
        assert "Wilbur Ross" in str(app.screen.query_one("#question").render())
        assert stored(db, "SELECT count(*) FROM history")[0][0] == 0
        await pilot.press("y")
        await pilot.pause()
        assert stored(
            db,
            "SELECT sp.name FROM statements s JOIN speakers sp"
            " ON sp.id = s.speaker_id WHERE s.id = ?",
            (sid,),
        ) == [("Wilbur Ross",)]
        assert screen.view.speaker == "Wilbur Ross"
        await pilot.press("ctrl+z")
        assert stored(db, "SELECT speaker_name FROM statements WHERE id = ?", (sid,)) == [
            ("Sonny Perdue",)
        ]


async def test_articles_screen_and_reader(db):
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        assert isinstance(app.screen, ArticlesScreen)
        assert app.screen.query_one("DataTable").row_count == 2
        await pilot.press("enter")
        assert isinstance(app.screen, ReaderScreen)
        legend = str(app.screen.query_one("#legend").render())
        assert "Steven Mnuchin" in legend and "Donald Trump" in legend


async def test_speakers_screen_statements_and_merge(db):
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("S")
        screen = app.screen
        assert isinstance(screen, SpeakersScreen)
        assert screen.rows[0]["name"] == "Steven Mnuchin"
        assert all(r["statements"] for r in screen.rows)  # nobody without statements
        await pilot.press("enter")
        assert isinstance(app.screen, SpeakerStatementsScreen)
        assert app.screen.query_one("DataTable").row_count == screen.rows[0]["statements"]
        await pilot.press("escape")
        # merge "experts" into China, as a reviewer who knows better might
        index = next(i for i, r in enumerate(screen.rows) if r["name"] == "experts")
        screen.query_one("DataTable").move_cursor(row=index)
        await pilot.press("m", *"China", "enter")
        assert isinstance(app.screen, Confirm)
        question = str(app.screen.query_one("#question").render())
        assert "Merge experts into China?" in question and "statement" in question
        await pilot.press("y")
        await pilot.pause()
        names = [r[0] for r in stored(db, "SELECT name FROM speakers")]
        assert "experts" not in names
        assert stored(db, "SELECT action FROM history") == [("merge_speakers",)]


async def test_help_lists_every_binding(db):
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        console = Console(width=120, record=True)
        console.print(bindings_table(app.screen.groups))
        text = console.export_text()
        for words in ("Next open", "Confirm match", "Undo", "Merge into", "Command palette"):
            assert words in text


async def test_reopening_returns_to_where_the_reviewer_left_off(db):
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await show_everything(pilot)
        await pilot.press("K")  # kind: direct
        await pilot.press("down", "down", "enter")
        sid = app.screen.view.id
        await pilot.press("q")
    again = app_for(db)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(again.screen, StatementScreen) and again.screen.view.id == sid
        assert again.queue.filter.kind == "direct"
        await pilot.press("escape")
        assert again.queue.row(again.screen.query_one(QueueTable).cursor).id == sid


async def test_another_reviewers_change_is_seen_and_never_silently_overwritten(db):
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        screen = app.screen
        sid = screen.view.id
        other = Store(db)
        set_verdict(other, sid, "false", reviewer="bo")
        other.close()
        await pilot.press("A")  # auto-advance off: stay on this statement
        await pilot.press("1")  # ana still sees it unjudged: asked before overwriting
        assert isinstance(app.screen, Confirm)
        await pilot.press("n")
        assert review_of(Store(db), sid)["verdict"] == "false"
        assert "False" in str(screen.query_one("#review").render())  # now shown
        await pilot.press("1")
        assert review_of(Store(db), sid)["verdict"] == "true"
        await pilot.press("ctrl+r")
        assert "True" in str(screen.query_one("#review").render())


async def test_export_from_inside_the_app_with_the_clis_filters(db, tmp_path):
    app = app_for(db)
    out = tmp_path / "out.csv"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("A", "1", "down", "4", "X")  # one True, one False
        dialog = app.screen
        dialog.query_one("#fmt").value = "csv"
        dialog.query_one("#x-path").value = str(out)
        dialog.query_one("#x-verdicts").value = "true"
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
    lines = out.read_text(encoding="utf-8").splitlines()
    # with a byte-order mark, as the CLI writes it
    assert lines[0].startswith("\ufeffstatement_id,") and len(lines) == 2
    assert ",true," in lines[1]


async def test_ingest_from_inside_the_app(db, tmp_path):
    extra = tmp_path / "new.txt"
    extra.write_text('"We will sign this week," said Jane Doe, a trade negotiator.\n')
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await show_everything(pilot)
        before = len(app.queue)
        await pilot.press("i", *str(extra), "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(app.queue) > before
        speakers = {r.speaker for r in app.queue.rows(0, len(app.queue))}
        assert "Jane Doe" in speakers


async def test_a_locked_store_during_an_in_app_ingest_is_a_notice_not_a_crash(
    db, tmp_path, monkeypatch
):
    import factcheck.tui.app as tui_app
    from factcheck.store import StoreBusy

    extra = tmp_path / "new.txt"
    extra.write_text('"We will sign this week," said Jane Doe, a trade negotiator.\n')
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await show_everything(pilot)
        before = len(app.queue)

        def locked(path, **kwargs):
            raise StoreBusy(path)

        monkeypatch.setattr(tui_app, "open_store", locked)
        await pilot.press("i", *str(extra), "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        notes = [n.message for n in app._notifications]
        assert any("locked by another writer" in m for m in notes)
        assert len(app.queue) == before
        assert app.is_running


async def test_summary_is_written_on_the_statement_screen(db):
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("A", "enter")
        screen = app.screen
        assert isinstance(screen, StatementScreen)
        sid = screen.view.id
        await pilot.press("s")
        await pilot.press(*"Mnuchin: no trip of talks alone", "enter")
        await pilot.pause()
        assert review_of(Store(db), sid)["summary"] == "Mnuchin: no trip of talks alone"
        assert "Mnuchin: no trip of talks alone" in str(screen.query_one("#review").render())
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert review_of(Store(db), sid)["summary"] is None


async def test_the_statement_view_says_which_rule_found_the_speaker(db):
    (sid, rule), *_ = stored(
        db, "SELECT id, rule FROM statements WHERE type = 'quote' AND rule IS NOT NULL"
    )
    claim = stored(db, "SELECT id FROM statements WHERE type = 'claim' AND quote_id IS NULL")[0][0]
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        app.open_statement(sid)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StatementScreen)
        assert f"found by {rule}" in str(screen.query_one("#who").render())
        app.open_statement(claim)  # the reporter's own words: no speaker, no rule
        await pilot.pause()
        assert "found by" not in str(screen.query_one("#who").render())
