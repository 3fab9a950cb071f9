"""An extraction folder read back for the loader (``app.extracted``): a slice's prepared
articles in reading order, and the matches that touch them, as plain objects."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..app.extracted import Slice
from ..pipeline.prepare import Prepared
from ..store.matches import NewMatch
from . import tables
from .engine import check_folder
from .rows import match_from, prepared_from


@dataclass(slots=True)
class Extraction:
    folder: Path
    chosen: list[int]  # article orders in the slice, in reading order
    ids: set[str]  # every article id of the extraction
    matches: dict[str, list[NewMatch]]  # statement id -> the matches touching it

    def articles(self) -> Iterator[Prepared]:
        want = set(self.chosen)
        for part in tables.parts(self.folder, "articles"):
            frame = tables.read_part(part, ["order", "prepared"])
            for order, text in zip(frame["order"], frame["prepared"], strict=True):
                if int(order) in want:
                    yield prepared_from(text)


def read_extraction(folder: Path, chosen: Slice) -> Extraction:
    check_folder(folder)
    ids: set[str] = set()
    orders: list[int] = []
    picked: set[str] = set()
    for r in tables.rows(folder, "articles", ["order", "id", "outlet", "published"]):
        ids.add(r["id"])
        if chosen.admits(r["outlet"], r["published"]):
            orders.append(int(r["order"]))
            picked.add(r["id"])
    statements: set[str] | None = None
    if not chosen.everything:
        statements = {
            r["id"]
            for r in tables.rows(folder, "statements", ["article_id", "id"])
            if r["article_id"] in picked
        }
    by_id: dict[str, list[NewMatch]] = {}
    for table in ("duplicates", "matches"):
        for r in tables.rows(folder, table):
            if statements is not None and r["a"] not in statements and r["b"] not in statements:
                continue
            m = match_from(r)
            by_id.setdefault(m.a, []).append(m)
            by_id.setdefault(m.b, []).append(m)
    return Extraction(folder, orders, ids, by_id)
