"""Keys that cannot destroy work: search boxes keep what is typed, fast; destructive and
bulk actions ask first, naming what changes; quitting asks while work is running."""

from __future__ import annotations

from textual.widgets import Input

from factcheck.tui.screens.articles import ArticlesScreen, ReaderScreen
from factcheck.tui.screens.help import HelpScreen
from factcheck.tui.screens.history import HistoryScreen
from factcheck.tui.screens.queue import QueueScreen
from factcheck.tui.screens.speakers import SpeakersScreen
from factcheck.tui.widgets.modals import Choose, Confirm
from tests.tui.helpers import SIZE, app_for, burst, show_everything, shown, stored

FAST = 'tariffs soya speaker:"Wilbur Ross" kind:direct 2016 /x vn'


async def test_fast_typing_loses_nothing_and_fires_no_binding(db):
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        before = app.queue.filter
        await burst(pilot, "/" + FAST)
        box = app.screen.query_one("#filter", Input)
        assert box.value == FAST  # every key, in order: no stray "/", no first letter lost
        assert app.screen.focused is box
        assert app.queue.filter.scope == before.scope  # "w" never toggled the scope
        assert app.queue.filter.sort == before.sort  # "s" never cycled the sort
        assert stored(db, "SELECT count(*) FROM reviews")[0][0] == 0  # digits: no verdicts


async def test_enter_in_the_filter_keeps_typing_in_the_filter(db):
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await show_everything(pilot)
        await burst(pilot, "/soya\n 2016")
        assert app.screen.query_one("#filter", Input).value == "soya 2016"
        assert stored(db, "SELECT count(*) FROM reviews")[0][0] == 0


async def test_typing_a_search_on_the_speakers_screen_cannot_merge(db):
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("S")
        screen = app.screen
        assert isinstance(screen, SpeakersScreen)
        await burst(pilot, "/trump\n")
        assert screen.query_one("#search", Input).value == "trump"
        assert isinstance(app.screen, SpeakersScreen)  # no merge dialog opened
        assert {r["name"] for r in screen.rows} == {"Donald Trump", "Trump administration"}
        assert stored(db, "SELECT count(*) FROM history")[0][0] == 0


async def test_merge_asks_takes_no_close_spelling_and_shows_in_the_queue_at_once(db):
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await show_everything(pilot)
        await pilot.press("S")
        screen = app.screen
        index = next(i for i, r in enumerate(screen.rows) if r["name"] == "Trump administration")
        screen.query_one("#rows").move_cursor(row=index)
        await pilot.press("m", *"Donald Trum", "enter")
        # a partial name with one match is taken as that choice, then asked about
        assert isinstance(app.screen, Confirm)
        question = str(app.screen.query_one("#question").render())
        assert "Merge Trump administration into Donald Trump?" in question
        assert "2 statements" in question
        await pilot.press("n")
        assert stored(db, "SELECT count(*) FROM history")[0][0] == 0
        await pilot.press("m", *"Donlad Trump", "enter")  # a close spelling is only offered
        assert isinstance(app.screen, Choose)
        await pilot.press("enter", "y")  # enter on the list takes the highlighted one
        await pilot.pause()
        assert stored(db, "SELECT action FROM history") == [("merge_speakers",)]
        await pilot.press("escape")
        assert isinstance(app.screen, QueueScreen)
        speakers = {r.speaker for r in shown(app)}
        assert "Trump administration" not in speakers and "Donald Trump" in speakers
        await burst(pilot, '/speaker:"Donald Trump"')
        n = stored(
            db,
            "SELECT count(*) FROM statements s JOIN speakers sp ON sp.id = s.speaker_id"
            " WHERE sp.name = 'Donald Trump'",
        )[0][0]
        assert len(app.queue) == n  # the merged statements are found under the new name


async def test_bulk_verdict_on_marked_rows_asks_with_the_count(db):
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "space", "4")
        assert isinstance(app.screen, Confirm)
        assert "2 marked statements" in str(app.screen.query_one("#question").render())
        await pilot.press("y")
        assert stored(db, "SELECT verdict, count(*) FROM reviews GROUP BY verdict") == [
            ("false", 2)
        ]


async def test_split_asks_before_it_splits(db):
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await show_everything(pilot)
        await burst(pilot, "/speaker:Perdue")
        await pilot.press("escape", "enter", "x", "ctrl+u", *"Sonny Perdue Jr", "enter")
        assert isinstance(app.screen, Confirm)
        assert "Split 1 statement off Sonny Perdue" in str(
            app.screen.query_one("#question").render()
        )
        await pilot.press("y")
        assert stored(db, "SELECT count(*) FROM speakers WHERE name = 'Sonny Perdue Jr'") == [(1,)]


async def test_quit_asks_while_an_ingest_runs(db):
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        app._in_flight = lambda: ["ingest"]  # as if one were running
        await pilot.press("q")
        assert isinstance(app.screen, Confirm)
        assert "ingest is still running" in str(app.screen.query_one("#question").render())
        await pilot.press("n")
        assert app.is_running


async def test_every_screen_has_slash_search(db):
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        for keys, screen_type, box in (
            (["S"], SpeakersScreen, "#search"),
            (["a"], ArticlesScreen, "#search"),
            (["a", "enter"], ReaderScreen, "#find"),
            (["H"], HistoryScreen, "#search"),
            (["question_mark"], HelpScreen, "#help-search"),
        ):
            await pilot.press(*keys)
            assert isinstance(app.screen, screen_type)
            await burst(pilot, "/sm")
            assert app.screen.query_one(box, Input).value == "sm"
            while not isinstance(app.screen, QueueScreen):
                await pilot.press("escape")
        await pilot.press("enter")  # a statement: "/" goes to the queue's search
        stack = [type(s).__name__ for s in app.screen_stack]
        await burst(pilot, "/soya")
        assert isinstance(app.screen, QueueScreen), stack
        assert isinstance(app.screen, QueueScreen)
        assert app.screen.query_one("#filter", Input).value == "soya"
