"""The Textual review workbench. Imported only by `factcheck review`, never by the core."""

from __future__ import annotations

from pathlib import Path


def run(db_path: str | Path, reviewer: str) -> None:
    from .app import FactcheckApp

    FactcheckApp(db_path, reviewer).run()
