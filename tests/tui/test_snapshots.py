"""What each screen looks like on the seeds at 120x40 (pytest-textual-snapshot).

Regenerate after a deliberate change with `pytest tests/tui --snapshot-update`, and
look at the report before committing.
"""

from __future__ import annotations

from factcheck.tui.app import FactcheckApp

SIZE = (120, 40)


def test_queue_screen(db, snap_compare):
    assert snap_compare(FactcheckApp(db, "ana", watch_interval=0), terminal_size=SIZE)


def test_statement_screen_with_a_consistent_match(db, snap_compare):
    app = FactcheckApp(db, "ana", watch_interval=0)
    assert snap_compare(app, press=["f", "f", "f", "enter"], terminal_size=SIZE)


def test_article_reader(db, snap_compare):
    app = FactcheckApp(db, "ana", watch_interval=0)
    assert snap_compare(app, press=["a", "down", "enter"], terminal_size=SIZE)


def test_articles_screen(db, snap_compare):
    app = FactcheckApp(db, "ana", watch_interval=0)
    assert snap_compare(app, press=["a"], terminal_size=SIZE)


def test_speakers_screen(db, snap_compare):
    app = FactcheckApp(db, "ana", watch_interval=0)
    assert snap_compare(app, press=["S"], terminal_size=SIZE)
