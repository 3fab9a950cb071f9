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

from ..pipeline.worth import POLICY
from ..store import Store
from ..store import queue as qq
from ..store.queue import REVIEWED, UNREVIEWED, Term
from .speaker_search import NameIndex, words

COLUMNS = ("status", "worth", "speaker", "kind", "text", "outlet", "published", "flags")
SCOPES = ("worth", "all")  # worth checking (one item each), or every statement
TYPES = (None, "quote", "claim")
__all__ = ["COLUMNS", "REVIEWED", "UNREVIEWED", "Queue", "QueueFilter", "QueueRow"]


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """What the reviewer narrowed the queue to. The default is the day's work: statements
    worth checking and not yet reviewed, the most check-worthy first."""

    text: str = ""  # typed: words over statement text and speaker, prefix-matched
    verdict: str | None = UNREVIEWED  # a verdict, "unreviewed", "reviewed" or None: any
    relation: str | None = None
    speaker: str | None = None  # a speaker as typed: exact, prefix or a close spelling
    outlet: str | None = None
    kind: str | None = None
    type: str | None = None  # quotes, claims, or both together
    scope: str = "worth"  # "worth": worth checking, one item each; "all": everything
    sort: str = "worth"
    descending: bool = True

    def but(self, **changes: Any) -> QueueFilter:
        return replace(self, **changes)

    def described(self) -> list[str]:
        """Every filter in force, in words, for the one status line."""
        out = ["worth checking" if self.scope == "worth" else "everything"]
        if self.type:
            out.append(f"{self.type}s only")
        if self.verdict:
            out.append(
                self.verdict
                if self.verdict in (UNREVIEWED, REVIEWED)
                else f"verdict {self.verdict}"
            )
        for name in ("relation", "kind", "speaker", "outlet"):
            value = getattr(self, name)
            if value:
                out.append(f"{name} {value}")
        if self.text.strip():
            out.append(f"“{self.text.strip()}”")
        return out


@dataclass(frozen=True, slots=True)
class QueueRow:
    seq: int
    id: str
    verdict: str | None
    speaker: str | None
    kind: str
    text: str
    outlet: str | None
    published: str | None
    flags: str
    worth: int
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
        self.unknown_speaker = False  # the typed speaker: matches no record
        self._pos: dict[int, int] | None = None
        self._rows: dict[int, QueueRow] = {}
        self._names: NameIndex | None = None  # read once per change

    def __len__(self) -> int:
        return len(self.seqs)

    def names(self) -> NameIndex:
        if self._names is None:
            self._names = NameIndex.build(qq.speaker_names(self.store.conn))
        return self._names

    def apply(self, f: QueueFilter) -> int:
        """Narrow and order the queue; returns how many statements it now holds."""
        terms, named = self._terms(f.text) if f.text.strip() else ([], [])
        speakers = self.names().find(f.speaker) if f.speaker else None
        self.unknown_speaker = speakers == []
        worth = f.scope == "worth"
        seqs = qq.select_seqs(
            self.store.conn,
            terms=terms,
            named=named,
            verdict=f.verdict,
            relation=f.relation,
            speakers=speakers,
            outlet=f.outlet,
            kind=f.kind,
            type=f.type,
            min_worth=POLICY.worth_checking if worth else None,
            items_only=worth,
            sort=f.sort,
            descending=f.descending,
        )
        self.filter, self.seqs, self._pos = f, seqs, None
        self._rows.clear()
        return len(seqs)

    def _terms(self, text: str) -> tuple[list[Term], list[int]]:
        """Each typed word as an FTS5 prefix query over the text with the speakers it
        names, and the speakers named by all the words (shown first)."""
        index = self.names()
        terms, named = [], None
        for w in words(text):
            clean = "".join(c for c in w if c.isalnum())
            if not clean:
                continue
            prefix, fuzzy = index.word(clean)
            terms.append(Term(f'text: "{clean}"*', sorted(prefix), sorted(fuzzy)))
            named = prefix if named is None else named & prefix
        return terms, sorted(named or ())

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
            self._names = None
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
