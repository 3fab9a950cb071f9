"""Where a reviewer left off, kept in the database so that reopening returns there."""

from __future__ import annotations

import json
from typing import Any

from .store.db import Store


def load_ui_state(store: Store, reviewer: str) -> dict[str, Any]:
    raw = store.scalar("SELECT value FROM settings WHERE key = ?", (f"ui:{reviewer}",))
    try:
        return json.loads(raw) if raw else {}
    except json.JSONDecodeError:
        return {}


def save_ui_state(store: Store, reviewer: str, state: dict[str, Any]) -> None:
    with store.transaction() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
            (f"ui:{reviewer}", json.dumps(state, sort_keys=True)),
        )
