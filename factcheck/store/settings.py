"""Queries on ``settings``: values every reviewer of one file shares (the rating scale)
and each reviewer's own (where they left off), stored as JSON under a key."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from ..vocabulary import DEFAULT_SCALE, ScaleEntry
from .db import scalar


def get(conn: sqlite3.Connection, key: str) -> Any:
    """The value under ``key``, or None when unset or unreadable."""
    raw = scalar(conn, "SELECT value FROM settings WHERE key = ?", (key,))
    if not raw:
        return None
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        return None


def put(conn: sqlite3.Connection, key: str, value: Any, *, sort_keys: bool = False) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
        (key, json.dumps(value, sort_keys=sort_keys)),
    )


SCALE_KEY = "rating_scale"


def rating_scale(conn: sqlite3.Connection) -> tuple[ScaleEntry, ...]:
    """The rating scale of this database: its own if set, else the default."""
    raw = get(conn, SCALE_KEY)
    if not raw:
        return DEFAULT_SCALE
    return tuple((v, label, value) for v, label, value in raw)


def set_rating_scale(conn: sqlite3.Connection, entries: list[ScaleEntry]) -> None:
    put(conn, SCALE_KEY, [list(e) for e in entries])
