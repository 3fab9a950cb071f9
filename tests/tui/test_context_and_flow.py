"""The triaged queue, the current truth, context to judge, and the flow of a day's work,
asserted on the database and on what is shown."""

from __future__ import annotations

import json

from textual.containers import VerticalScroll

from factcheck.app.ingest import ingest
from factcheck.models import Article
from factcheck.pipeline.worth import POLICY
from factcheck.store import Store
from factcheck.tui.screens.articles import ReaderScreen
from factcheck.tui.screens.history import HistoryScreen
from factcheck.tui.screens.queue import QueueScreen
from factcheck.tui.screens.statement import StatementScreen
from factcheck.tui.widgets.modals import Confirm
from factcheck.tui.widgets.queue_table import QueueTable
from tests.tui.helpers import SIZE, SMALL, app_for, burst, show_everything, shown, stored, until


async def test_default_queue_is_worth_checking_unreviewed_ranked_and_w_shows_all(db):
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        rows = shown(app)
        assert rows and all(r.worth >= POLICY.worth_checking and r.verdict is None for r in rows)
        assert [r.worth for r in rows] == sorted((r.worth for r in rows), reverse=True)
        hidden = stored(db, "SELECT count(*) FROM statements WHERE part_of IS NOT NULL")[0][0]
        assert hidden and not {r.id for r in rows} & {
            i for (i,) in stored(db, "SELECT id FROM statements WHERE part_of IS NOT NULL")
        }
        status = str(app.screen.query_one("#status").render())
        assert "worth checking" in status and "unreviewed" in status
        await pilot.press("w")
        assert len(app.queue) == stored(db, "SELECT count(*) FROM statements")[0][0]
        await pilot.press("c")  # quotes only
        assert {r.kind for r in shown(app)} <= {
            "direct",
            "partial",
            "indirect",
            "pullquote",
            "tweet",
        }
        await pilot.press("c")  # claims only
        assert {r.kind for r in shown(app)} == {"claim"}
        assert "claims only" in str(app.screen.query_one("#status").render())


async def test_a_verdict_brings_up_the_next_open_item_and_progress_counts_it(db):
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        table = app.screen.query_one(QueueTable)
        first = app.queue.row(0)
        await pilot.press("1")
        assert table.cursor == 1 and app.queue.row(1).verdict is None
        assert stored(db, "SELECT verdict FROM reviews WHERE statement_id = ?", (first.id,)) == [
            ("true",)
        ]
        progress = str(app.screen.query_one("#progress").render())
        assert "reviewed 1 of" in progress and "today 1" in progress and "ana today 1" in progress
        await pilot.press("enter")  # in the statement view too
        shown_id = app.screen.view.id
        await pilot.press("2")
        assert isinstance(app.screen, StatementScreen) and app.screen.view.id != shown_id


async def test_where_the_reviewer_is_is_saved_on_every_move(db):
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "down")
        row = app.queue.row(2)

        def saved() -> list:
            return stored(db, "SELECT value FROM settings WHERE key = 'ui:ana'")

        # no quitting: the terminal could be killed once the keys pause
        await until(pilot, lambda: bool(saved()) and json.loads(saved()[0][0])["seq"] == row.seq)
        assert json.loads(saved()[0][0])["seq"] == row.seq


async def test_history_in_words_filtered_by_reviewer(db):
    app = app_for(db, "ana")
    async with app.run_test(size=SIZE) as pilot:
        await show_everything(pilot)
        await burst(pilot, "/speaker:Perdue")
        await pilot.press("escape", "enter", "t", *"Wilbur Ross", "enter", "y", "escape", "H")
        screen = app.screen
        assert isinstance(screen, HistoryScreen)
        assert any(r.what == "speaker: Sonny Perdue → Wilbur Ross" for r in screen.rows)
        await pilot.press("r")  # the first reviewer: ana
        assert screen.reviewer == "ana" and all(r.reviewer == "ana" for r in screen.rows)
        await pilot.press("escape", "ctrl+z")  # the undo notice says it in words too
        assert "undone: speaker: Wilbur Ross → Sonny Perdue" in str(
            [n.message for n in app._notifications]
        )


async def test_reattribute_can_create_a_person(db):
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await show_everything(pilot)
        await burst(pilot, "/speaker:Perdue")
        await pilot.press("escape", "enter", "t", *"Jane Roe", "enter")
        await pilot.press("enter")  # on the list: its first entry makes the new person
        assert isinstance(app.screen, Confirm)
        assert "Create the person Jane Roe" in str(app.screen.query_one("#question").render())
        await pilot.press("y")
        sid = app.screen.view.id
        assert stored(
            db,
            "SELECT sp.name FROM statements s JOIN speakers sp ON sp.id = s.speaker_id"
            " WHERE s.id = ?",
            (sid,),
        ) == [("Jane Roe",)]
        assert app.screen.view.speaker == "Jane Roe"


SINGLE_NEWLINES = "\n".join(
    [
        "Sen. Ann Lee of Ohio spoke to reporters on Tuesday about the budget.",
        "She said the state had lost money for three years running.",
        "Then she turned to the new bridge.",
        '"It cost $40 million more than anyone was told," she continued.',
        "The governor's office did not respond.",
    ]
    + [f"Filler line {i} about the weather in the capital." for i in range(60)]
)


async def test_context_names_the_speaker_and_the_verdict_stays_on_screen(db):
    s = Store(db)
    ingest(s, [Article.from_text(SINGLE_NEWLINES, path="lee.txt", outlet="Ohio Ledger")])
    s.close()
    app = app_for(db)
    async with app.run_test(size=SMALL) as pilot:
        await show_everything(pilot)
        await burst(pilot, "/40 million")
        await pilot.press("escape", "enter")
        screen = app.screen
        assert isinstance(screen, StatementScreen) and "$40 million" in screen.view.text
        context = str(screen.query_one("#context").render())
        assert "Ann Lee" in context  # the sentences before, back to where she is named
        assert "Filler line 30" not in context  # the "paragraph" is not the whole article
        review = screen.query_one("#review")
        assert review.region.y + review.region.height <= SMALL[1]  # verdict box on screen
        await pilot.press("o")
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.pause()
        box = reader.query_one("#reader", VerticalScroll)
        para = reader.query_one(f"#p{reader.paragraph_at(reader.at[0])}")
        assert box.region.contains_region(para.region) or para.region.y >= box.region.y
        assert box.scroll_y > 0 or para.region.y < box.region.bottom


async def test_enter_on_another_report_opens_it(db):
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await show_everything(pilot)
        await pilot.press("f", "f", "f", "enter")
        first = app.screen
        assert isinstance(first, StatementScreen) and first.view.matches
        other = first.view.matches[0].other_id
        await pilot.press("enter")
        assert isinstance(app.screen, StatementScreen) and app.screen.view.id == other
        await pilot.press("escape")
        assert app.screen is first


async def test_every_screen_fits_80x24(db):
    app = app_for(db)
    async with app.run_test(size=SMALL) as pilot:
        queue = app.screen
        assert isinstance(queue, QueueScreen)
        widths = queue.query_one(QueueTable)._widths()
        assert widths[4] >= 30  # the text column
        assert widths[-1] > 0  # flags kept
        await pilot.press("question_mark")
        dialog = app.screen.query_one("#help")
        assert dialog.region.width <= SMALL[0] and dialog.region.height <= SMALL[1]
        assert dialog.max_scroll_y > 0  # the help scrolls
