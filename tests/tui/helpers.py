"""What the TUI tests share: an app on a database, reading it back, and typing at speed."""

from __future__ import annotations

from textual import events

from factcheck.store import Store
from factcheck.tui.app import FactcheckApp

SIZE = (120, 40)
SMALL = (80, 24)


def app_for(db, reviewer="ana") -> FactcheckApp:
    return FactcheckApp(db, reviewer, watch_interval=0)


def stored(db, sql, params=()):
    s = Store(db)
    try:
        return s.conn.execute(sql, params).fetchall()
    finally:
        s.close()


async def burst(pilot, text: str) -> None:
    """Every key of ``text`` sent at once, as a terminal delivers fast typing in one read:
    nothing waits for the app between keys (``pilot.press`` waits after each)."""
    app = pilot.app
    names = {"/": "slash", " ": "space", ":": "colon", '"': "quotation_mark", "\n": "enter"}
    for ch in text:
        key = names.get(ch, ch)
        event = events.Key(key, None if ch == "\n" else ch)
        event.set_sender(app)
        app._driver.send_message(event)
    await pilot.pause()
    await pilot.pause(0.3)  # the filter waits for typing to pause before it asks again


def shown(app) -> list:
    return app.queue.rows(0, len(app.queue))


async def show_everything(pilot) -> None:
    """Clear every filter: every current statement, in article order."""
    await pilot.press("x")
