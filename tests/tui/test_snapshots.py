"""What each screen looks like on the seeds at 120x40 and at 80x24 (pytest-textual-snapshot).

Regenerate after a deliberate change with `pytest tests/tui --snapshot-update`, and
look at the report before committing.
"""

from __future__ import annotations

import pytest

from factcheck.app.review import reattribute, set_verdict
from factcheck.store import Store
from factcheck.tui.app import FactcheckApp

SIZES = {"120x40": (120, 40), "80x24": (80, 24)}
SCREENS = {
    "queue": [],
    "everything": ["x"],
    "statement": ["x", "f", "f", "f", "enter"],
    "reader_at_statement": ["x", "f", "f", "f", "o"],
    "articles": ["a"],
    "speakers": ["S"],
    "history": ["H"],
    "help": ["question_mark"],
    "export": ["X"],
}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("screen", SCREENS)
def test_screen(db, snap_compare, screen, size):
    if screen == "history":
        _past_changes(db)
    app = FactcheckApp(db, "ana", watch_interval=0)
    assert snap_compare(app, press=SCREENS[screen], terminal_size=SIZES[size])


def _past_changes(db) -> None:
    """Two changes at a fixed time, so the picture does not depend on the clock."""
    s = Store(db)
    first, perdue, ross = s.conn.execute(
        "SELECT (SELECT id FROM statements ORDER BY seq LIMIT 1),"
        " (SELECT id FROM statements WHERE speaker_name = 'Sonny Perdue' LIMIT 1),"
        " (SELECT id FROM speakers WHERE name = 'Wilbur Ross')"
    ).fetchone()
    set_verdict(s, first, "false", reviewer="ana")
    reattribute(s, perdue, ross, reviewer="bo")
    with s.transaction() as conn:
        conn.execute("UPDATE history SET at = '2024-05-01T09:30:00+00:00'")
        conn.execute("UPDATE reviews SET updated_at = '2024-05-01T09:30:00+00:00'")
    s.close()
