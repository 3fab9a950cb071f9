"""The review queue: every current statement, filtered and sorted, fetched a page at a time.

A filter or sort materialises the matching statement numbers once (``store.queue``);
rows are then read only for what is on screen, so a queue of hundreds of thousands
of statements stays as quick as one of ten. No Textual here: the TUI and the tests
drive the same object.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, replace
from typing import Any

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from ..store import Store
from ..store import queue as qq
from ..store.queue import UNREVIEWED

COLUMNS = ("status", "verdict", "speaker", "kind", "text", "outlet", "flags")
__all__ = ["COLUMNS", "UNREVIEWED", "Queue", "QueueFilter", "QueueRow"]


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """What the reviewer narrowed the queue to; empty fields mean everything."""

    text: str = ""  # typed: words over statement text and speaker, prefix-matched
    verdict: str | None = None  # a verdict, or "unreviewed"
    relation: str | None = None
    speaker: str | None = None
    outlet: str | None = None
    kind: str | None = None
    sort: str = "order"
    descending: bool = False

    def but(self, **changes: Any) -> QueueFilter:
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class QueueRow:
    seq: int
    id: str
    verdict: str | None
    speaker: str | None
    kind: str
    text: str
    outlet: str | None
    flags: str
    revision: int

    @property
    def status(self) -> str:
        return "reviewed" if self.verdict else "open"


class Queue:
    def __init__(self, store: Store, page: int = 120) -> None:
        self.store = store
        self.page = page
        self.filter = QueueFilter()
        self.seqs = array("q")
        self._pos: dict[int, int] | None = None
        self._rows: dict[int, QueueRow] = {}
        self._speakers: dict[int, str] | None = None  # for fuzzy names; read once per change

    def __len__(self) -> int:
        return len(self.seqs)

    def apply(self, f: QueueFilter) -> int:
        """Narrow and order the queue; returns how many statements it now holds."""
        fts: str | None = None
        speakers: list[int] = []
        if f.text.strip():
            fts, speakers = self._text_terms(f.text)
        seqs = qq.select_seqs(
            self.store.conn,
            fts_match=fts,
            or_speakers=speakers,
            verdict=f.verdict,
            relation=f.relation,
            speaker=f.speaker,
            outlet=f.outlet,
            kind=f.kind,
            sort=f.sort,
            descending=f.descending,
        )
        self.filter, self.seqs, self._pos = f, seqs, None
        self._rows.clear()
        return len(seqs)

    def _text_terms(self, text: str) -> tuple[str, list[int]]:
        """An FTS5 query of the typed words as prefixes, and speakers close to the text."""
        words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
        match = " ".join(f'"{w}"*' for w in words) or '""'
        if self._speakers is None:
            self._speakers = qq.speaker_names(self.store.conn)
        close = process.extract(
            text,
            self._speakers,
            scorer=fuzz.partial_ratio,
            processor=default_process,
            score_cutoff=80,  # one letter wrong in a six-letter name still finds it
            limit=20,
        )
        return match, [key for _, _, key in close] if len(text.strip()) >= 3 else []

    def rows(self, start: int, stop: int) -> list[QueueRow]:
        """Rows ``start..stop`` of the queue as it stands."""
        start, stop = max(0, start), min(len(self.seqs), stop)
        want = [s for s in self.seqs[start:stop] if s not in self._rows]
        if want:
            lo = max(0, start - self.page // 2)
            extra = [s for s in self.seqs[lo : lo + self.page] if s not in self._rows]
            self._fetch(list(dict.fromkeys(want + extra)))
        return [self._rows[s] for s in self.seqs[start:stop] if s in self._rows]

    def row(self, index: int) -> QueueRow | None:
        got = self.rows(index, index + 1)
        return got[0] if got else None

    def _fetch(self, seqs: list[int]) -> None:
        if len(self._rows) > 20_000:
            self._rows.clear()
        for r in qq.rows(self.store.conn, seqs):
            self._rows[r["seq"]] = QueueRow(**dict(r))

    def forget(self, seq: int | None = None) -> None:
        """Drop cached rows (one, or all) so they are read again after a change."""
        if seq is None:
            self._rows.clear()
            self._speakers = None
        else:
            self._rows.pop(seq, None)

    def index_of(self, seq: int) -> int | None:
        if self._pos is None:
            self._pos = {s: i for i, s in enumerate(self.seqs)}
        return self._pos.get(seq)

    def next_unreviewed(self, index: int, step: int = 1) -> int | None:
        """The nearest statement after (or before, step -1) ``index`` with no verdict."""
        i = index + step
        while 0 <= i < len(self.seqs):
            stop = i + step * self.page
            lo, hi = (i, stop) if step > 0 else (max(stop + 1, 0), i + 1)
            chunk = self.rows(lo, hi)
            ordered = chunk if step > 0 else list(reversed(chunk))
            for n, r in enumerate(ordered):
                if r.verdict is None:
                    return i + step * n
            i = stop
        return None
