"""Where a reviewer left off, kept in the database so that reopening returns there."""

from __future__ import annotations

from typing import Any

from ..store import Store
from ..store import settings as settings_q


def _key(reviewer: str) -> str:
    return f"ui:{reviewer}"


def load_ui_state(store: Store, reviewer: str) -> dict[str, Any]:
    found = settings_q.get(store.conn, _key(reviewer))
    return found if isinstance(found, dict) else {}


def save_ui_state(store: Store, reviewer: str, state: dict[str, Any]) -> None:
    with store.transaction() as conn:
        settings_q.put(conn, _key(reviewer), state, sort_keys=True)
