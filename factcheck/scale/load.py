"""An extraction folder read back for the loader (``app.extracted``): a slice's prepared
articles in reading order, and the matches that touch them, as plain objects.

What is held in memory is the slice's: the orders of its articles, the ids of its
statements when it is not the whole run, and the matches that touch them. The
extraction's own tables are read a part at a time, their columns filtered whole
(pandas), never as one Python object a row, and the articles' prepared JSON is read only
from parts that hold an article of the slice.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

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
    matches: dict[str, list[NewMatch]]  # statement id -> the matches touching it
    matched: bool  # whether the run found its matches across articles (not --no-match)

    def articles(self) -> Iterator[Prepared]:
        want = pd.Index(self.chosen)
        for part in tables.parts(self.folder, "articles"):
            orders = tables.read_part(part, ["order"])["order"]
            picked = orders.isin(want)
            if not picked.any():
                continue
            frame = tables.read_part(part, ["order", "prepared"])[picked.to_numpy()]
            yield from (prepared_from(text) for text in frame["prepared"])

    def holds(self, ids: set[str]) -> bool:
        """Whether every one of ``ids`` is an article of the extraction."""
        left = set(ids)
        for part in tables.parts(self.folder, "articles"):
            if not left:
                break
            column = tables.read_part(part, ["id"])["id"]
            left.difference_update(column[column.isin(left)])
        return not left


def read_extraction(folder: Path, chosen: Slice) -> Extraction:
    manifest = check_folder(folder)
    orders: list[int] = []
    picked: list[pd.Series] = []
    for part in tables.parts(folder, "articles"):
        f = tables.read_part(part, ["order", "id", "outlet", "published"])
        if not chosen.everything:
            f = f[_admitted(f, chosen)]
        orders += [int(o) for o in f["order"]]
        picked.append(f["id"])
    statements: pd.Index | None = None
    if not chosen.everything:
        ids = pd.Index(pd.concat(picked)) if picked else pd.Index([])
        found = []
        for part in tables.parts(folder, "statements"):
            s = tables.read_part(part, ["article_id", "id"])
            found.append(s.loc[s["article_id"].isin(ids), "id"])
        statements = pd.Index(pd.concat(found)) if found else pd.Index([])
    by_id: dict[str, list[NewMatch]] = {}
    for table in ("duplicates", "matches"):
        for part in tables.parts(folder, table):
            f = tables.read_part(part)
            if statements is not None:
                f = f[f["a"].isin(statements) | f["b"].isin(statements)]
            for r in tables.records(f):
                m = match_from(r)
                by_id.setdefault(m.a, []).append(m)
                by_id.setdefault(m.b, []).append(m)
    return Extraction(folder, orders, by_id, bool(manifest.get("matched", True)))


def _admitted(f: pd.DataFrame, chosen: Slice) -> pd.Series:
    """Which rows ``chosen`` admits, asked once for each (outlet, published) they hold."""
    keys = list(zip(f["outlet"], f["published"], strict=True))
    verdict = {k: chosen.admits(_text(k[0]), _text(k[1])) for k in set(keys)}
    return pd.Series([verdict[k] for k in keys], index=f.index, dtype=bool)


def _text(v: object) -> str | None:
    return v if isinstance(v, str) else None
