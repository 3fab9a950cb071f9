"""An archive-scale extraction (``factcheck extract --engine dask``) loaded into a store.

Each article is written as ``ingest`` writes it, in one transaction with its statements,
speakers and matches, so an interrupted load leaves whole articles and a rerun finishes
it. The matches are the extraction's own, found across the whole run by the shuffle: a
pair is written with the later of its two articles, once both are stored, so loading a
slice ("outlet X, last week") brings the pairs within the slice and those with articles
stored before. A store that holds articles from elsewhere is matched in process instead,
against everything it holds: the extraction's pairs know nothing of those articles; so is
an extraction made without its matches (``--no-match``).

This module reads no Parquet: ``factcheck.scale`` hands it plain objects.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from ..pipeline.prepare import Prepared
from ..store import Store, StoreBusy, StoreFull
from ..store import articles as aq
from ..store import matches as mq
from ..store import statements as stq
from ..store.matches import NewMatch
from .ingest import (
    IngestReport,
    Linked,
    Linker,
    Progress,
    _stored,
    store_prepared,
    write_article,
)
from .matching import load_index, mark_current


@dataclass(frozen=True, slots=True)
class Slice:
    """Which articles of an extraction to load: by outlet and by publication day."""

    outlets: frozenset[str] = frozenset()
    since: date | None = None
    until: date | None = None

    def admits(self, outlet: str | None, published: str | None) -> bool:
        if self.outlets and (outlet or "").casefold() not in {o.casefold() for o in self.outlets}:
            return False
        if self.since is None and self.until is None:
            return True
        if not published:
            return False
        day = date.fromisoformat(published[:10])
        return (self.since is None or day >= self.since) and (
            self.until is None or day <= self.until
        )

    @property
    def everything(self) -> bool:
        return not self.outlets and self.since is None and self.until is None


def load_extracted(
    store: Store,
    articles: Iterable[Prepared],
    matches: Mapping[str, list[NewMatch]],
    holds: Callable[[set[str]], bool],
    *,
    matched: bool = True,
    progress: Progress | None = None,
    total: int = 0,
    on_error: Callable[[str], None] | None = None,
) -> IngestReport:
    """Store ``articles`` in order; ``matches`` are the extraction's, by statement id
    (each pair under both its ends); ``holds(ids)`` whether the extraction holds every
    one of these article ids (asked once, of the store's: the extraction's may be far more
    than a process should hold); ``matched`` whether the extraction found its matches
    across articles (else they are found here, as ingest finds them)."""
    report = IngestReport()

    def fail(message: str) -> None:
        report.failures.append(message)
        if on_error:
            on_error(message)

    own = matched and holds({aid for aid, *_ in aq.for_index(store.conn)})
    index = None if own else load_index(store)
    mark_current(store)
    seen: set[str] = set()
    for done, p in enumerate(articles, start=1):
        a = p.article
        name = a.path or a.url or a.id
        report.read += 1
        if a.id in seen or _stored(store, a):
            report.unchanged += 1
        else:
            seen.add(a.id)
            try:
                if index is not None:
                    write_article(store, index, p, report)
                else:
                    store_prepared(store, p, report, _linker(p, matches))
            except sqlite3.IntegrityError as e:
                fail(f"{name}: not stored: {e}")
                if index is not None:
                    index = load_index(store)
            except (StoreBusy, StoreFull) as e:
                report.not_stored = max(total - done + 1, 1)
                fail(f"{e}; the articles not stored yet can be loaded by running again")
                break
        if progress:
            progress(done, total, name)
    return report


def _linker(p: Prepared, matches: Mapping[str, list[NewMatch]]) -> Linker:
    def link(conn: sqlite3.Connection, document_id: int, seqs: list[int], stamp: str) -> Linked:
        mine = {d.id for d in p.statements}
        found: dict[tuple[str, str], NewMatch] = {}
        for sid in sorted(mine):
            for m in matches.get(sid, ()):
                other = m.b if m.a == sid else m.a
                if (m.a, m.b) not in found and (other in mine or stq.exists(conn, other)):
                    found[(m.a, m.b)] = m
        out = list(found.values())
        mq.insert_matches(conn, out, stamp)
        mq.refresh_flags(conn, sorted({i for m in out for i in (m.a, m.b)}))
        return out, 0  # an extraction's matches are final: none replaces another

    return link
