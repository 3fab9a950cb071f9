"""The review queue: every current statement, filtered and sorted, fetched a page at a time.

A filter or sort materialises the matching statement numbers once (one SQL query);
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

from .store.db import Store, in_chunks

COLUMNS = ("status", "verdict", "speaker", "kind", "text", "outlet", "flags")
SORT_SQL = {
    "status": "(r.verdict IS NULL)",
    "verdict": "r.verdict",
    "speaker": "s.speaker_name",
    "kind": "s.kind",
    "text": "s.text",
    "outlet": "a.outlet",
    "flags": "s.flags",
    "order": "s.seq",
}
UNREVIEWED = "unreviewed"


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
        where, params = ["a.superseded_by IS NULL"], []
        if f.text.strip():
            match, speakers = self._text_terms(f.text)
            clause = "s.seq IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)"
            params.append(match)
            if speakers:
                clause = f"({clause} OR s.speaker_id IN ({','.join('?' * len(speakers))}))"
                params += speakers
            where.append(clause)
        if f.verdict == UNREVIEWED:
            where.append("r.verdict IS NULL")
        elif f.verdict:
            where.append("r.verdict = ?")
            params.append(f.verdict)
        if f.relation:
            where.append("(',' || s.flags || ',') LIKE ?")
            params.append(f"%,{f.relation},%")
        if f.speaker:
            where.append("s.speaker_name LIKE ?")
            params.append(f"%{f.speaker}%")
        if f.outlet:
            where.append("a.outlet LIKE ?")
            params.append(f"%{f.outlet}%")
        if f.kind:
            where.append("s.kind = ?")
            params.append(f.kind)
        order = SORT_SQL.get(f.sort, "s.seq")
        direction = "DESC" if f.descending else "ASC"
        joins = "JOIN articles a ON a.id = s.article_id"
        if "r." in order or any("r." in w for w in where):
            joins += " LEFT JOIN reviews r ON r.statement_id = s.id"
        sql = (
            f"SELECT s.seq FROM statements s {joins} WHERE {' AND '.join(where)}"
            f" ORDER BY {order} {direction}, s.seq"
        )
        seqs = array("q")
        cur = self.store.conn.execute(sql, params)
        while batch := cur.fetchmany(20_000):
            seqs.extend(r[0] for r in batch)
        self.filter, self.seqs, self._pos = f, seqs, None
        self._rows.clear()
        return len(seqs)

    def _text_terms(self, text: str) -> tuple[str, list[int]]:
        """An FTS5 query of the typed words as prefixes, and speakers close to the text."""
        words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
        match = " ".join(f'"{w}"*' for w in words) or '""'
        if self._speakers is None:
            self._speakers = dict(self.store.conn.execute("SELECT id, name FROM speakers"))
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
        for chunk, marks in in_chunks(seqs):
            for r in self.store.conn.execute(
                f"""SELECT s.seq, s.id, r.verdict, s.speaker_name, s.kind, s.text, a.outlet,
                           s.flags, COALESCE(r.revision, 0)
                    FROM statements s JOIN articles a ON a.id = s.article_id
                    LEFT JOIN reviews r ON r.statement_id = s.id
                    WHERE s.seq IN ({marks})""",
                chunk,
            ):
                self._rows[r[0]] = QueueRow(*r)

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
