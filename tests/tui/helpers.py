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
    await settle(pilot)


async def settle(pilot) -> None:
    """Wait until every key sent has been handled and the filter, which waits for typing
    to pause before it asks again, has applied what was typed."""
    await until(pilot, lambda: getattr(pilot.app.screen, "_typing", None) is None)


async def until(pilot, done, timeout: float = 10.0) -> None:
    """Polled, never a fixed sleep: a loaded CI machine may take longer than the app's
    own pauses (typing, saving) to get round to a timer."""
    await pilot.pause()
    waited = 0.0
    while not done() and waited < timeout:
        await pilot.pause(0.05)
        waited += 0.05
    await pilot.pause()


def shown(app) -> list:
    return app.queue.rows(0, len(app.queue))


async def show_everything(pilot) -> None:
    """Clear every filter: every current statement, in article order."""
    await pilot.press("x")
