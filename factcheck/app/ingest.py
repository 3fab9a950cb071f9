"""Articles into the store: extract in a pool, write each article in one transaction.

An article, its statements, its figures and its matches commit together or not at
all, so an ingest stopped at any point (Ctrl-C, kill -9, a lock held too long, a full
disk) leaves only whole articles, and running it again finishes the job: stored
content is skipped.

An article's identity is the feed's id for it, else its url, else its path. A text
already stored under its identity (or anywhere, for a file with no feed id) is
unchanged; another text under a known identity is a new version, which supersedes the
old one and takes over its reviews (``versions``). Two texts under one identity in one
batch are both kept, as versions in the order read, with a warning.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..match import Article as MatchArticle
from ..match import Index
from ..models import Article, Speaker
from ..pipeline.batch import ExtractionFailed, run_all
from ..pipeline.prepare import Prepared, prepare
from ..pipeline.sources import Item, SourceError, SourceWarning
from ..store import Store, StoreBusy, StoreFull, now
from ..store import articles as aq
from ..store import statements as stq
from ..store.matches import NewMatch
from .matching import load_index, mark_current, match_new_article
from .speakers import SpeakerResolver, within_article
from .versions import carry_reviews

Progress = Callable[[int, int, str], None]


@dataclass(slots=True)
class IngestReport:
    """What one ingest did, for the summary line and for scripts."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0
    new_versions: int = 0
    reviews_carried: int = 0  # reviews a new version took over from the old one
    reviews_left: int = 0  # reviews of statements a correction changed, left on the old
    not_stored: int = 0  # articles read but not written when the store refused (busy, full)
    quotes: int = 0
    claims: int = 0
    speakers: int = 0
    matches: int = 0
    contradictions: int = 0
    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [
            f"{self.stored} article(s) stored",
            f"{self.unchanged} unchanged",
        ]
        if self.new_versions:
            carried = (
                f" ({self.reviews_carried} review(s) carried over,"
                f" {self.reviews_left} left on the old text)"
                if self.reviews_carried or self.reviews_left
                else ""
            )
            parts.append(f"{self.new_versions} new version(s){carried}")
        if self.not_stored:
            parts.append(f"{self.not_stored} not stored")
        parts += [
            f"{self.quotes} quotes",
            f"{self.claims} claims",
            f"{self.speakers} new speakers",
            f"{self.matches} new matches",
            f"{self.contradictions} contradictions",
        ]
        if self.failures:
            parts.append(f"{len(self.failures)} failed")
        return ", ".join(parts)


def ingest(
    store: Store,
    items: Iterable[Item],
    *,
    workers: int = 1,
    progress: Progress | None = None,
    on_error: Callable[[str], None] | None = None,
    on_warning: Callable[[str], None] | None = None,
) -> IngestReport:
    """Store every readable article not stored yet, matching its statements as it goes.

    When the store refuses a write (another writer holds the lock past the busy limit, or
    the disk is full) the articles written so far stay, the rest are counted as not
    stored, and the failure is reported once.
    """
    report = IngestReport()

    def fail(message: str) -> None:
        report.failures.append(message)
        if on_error:
            on_error(message)

    def warn(message: str) -> None:
        report.warnings.append(message)
        if on_warning:
            on_warning(message)

    todo: list[Article] = []
    seen: set[str] = set()
    first_under: dict[str, str] = {}  # identity -> where this batch first had it
    for item in items:
        if isinstance(item, SourceError):
            fail(str(item))
            continue
        if isinstance(item, SourceWarning):
            warn(str(item))
            continue
        report.read += 1
        name = _name(item)
        if item.id in seen or _stored(store, item):
            report.unchanged += 1
            continue
        key = item.identity
        if key in first_under:
            warn(
                f"{name}: {_what(item)} {key} is also at {first_under[key]} with another text;"
                " both kept, this one as the later version"
            )
        first_under.setdefault(key, name)
        seen.add(item.id)
        todo.append(item)
    if not todo:
        return report
    index = load_index(store)
    mark_current(store)
    total = len(todo)
    results = run_all(prepare, todo, workers=workers)
    try:
        for done, (article, result) in enumerate(zip(todo, results, strict=True), start=1):
            name = _name(article)
            if isinstance(result, ExtractionFailed):
                fail(f"{name}: {result}")
            else:
                try:
                    write_article(store, index, result, report)
                except sqlite3.IntegrityError as e:
                    fail(f"{name}: not stored: {e}")
                    index = load_index(store)  # it had learnt the article before the rollback
                except (StoreBusy, StoreFull) as e:
                    report.not_stored = total - done + 1
                    fail(f"{e}; {report.not_stored} article(s) not stored, run again to store them")
                    break
            if progress:
                progress(done, total, name)
    finally:
        results.close()  # stops the pool's workers when the batch ends early
    return report


def _name(a: Article) -> str:
    return a.path or a.url or a.id


def _what(a: Article) -> str:
    return "id" if a.source_id else "url" if a.url else "path"


def _stored(store: Store, a: Article) -> bool:
    """This very text is stored already: under this id, or as a version of its identity."""
    return aq.has_article(store.conn, a.id) or aq.has_version_with_text(
        store.conn, a.identity, a.text
    )


def write_article(store: Store, index: Index, p: Prepared, report: IngestReport) -> None:
    """One article and all it holds, in one transaction; the index learns it after commit."""
    a = p.article

    def link(conn: sqlite3.Connection, document_id: int, seqs: list[int], stamp: str) -> Linked:
        written = match_new_article(
            conn,
            index,
            MatchArticle(a.id, document_id, _published(a), p.anchors),
            [
                (seq, d.id, d.kind, d.norm, d.quote_id)
                for d, seq in zip(p.statements, seqs, strict=True)
            ],
            {d.id: d.repeats for d in p.statements if d.repeats},
            {seq: (d.text, d.start, d.parts) for d, seq in zip(p.statements, seqs, strict=True)},
            stamp,
        )
        return written.matches, written.removed

    store_prepared(store, p, report, link)


# the matches a linker wrote, and how many stored ones it dropped (a boilerplate quote's
# chain re-linked around a report that falls between two linked ones)
Linked = tuple[list[NewMatch], int]
Linker = Callable[[sqlite3.Connection, int, list[int], str], Linked]


def store_prepared(store: Store, p: Prepared, report: IngestReport, link: Linker) -> None:
    """One prepared article in one transaction: its row (a new version superseding the
    old), its speakers, its statements, and the matches ``link`` writes for them."""
    a, x = p.article, p.extraction
    stamp = now()
    quotes = sum(s.type == "quote" for s in p.statements)
    with store.transaction() as conn:
        document_id = aq.document_for(conn, a.identity)
        prev = aq.current_version(conn, document_id)
        aq.insert_article(
            conn,
            aq.ArticleRow(
                id=a.id,
                document_id=document_id,
                version=prev["version"] + 1 if prev else 1,
                title=a.title,
                outlet=a.outlet,
                published=_published(a),
                url=a.url,
                path=a.path,
                source_id=a.source_id,
                text=a.text,
                quotes=quotes,
                claims=len(p.statements) - quotes,
                anchors=p.anchors,
                ingested_at=stamp,
                published_at=a.published_at.isoformat() if a.published_at else None,
                author=a.author,
                section=a.section,
                tags=tuple(a.tags),
            ),
        )
        if prev:
            aq.supersede(conn, prev["id"], a.id)
        resolver = SpeakerResolver(conn, stamp)
        # records only for who speaks: a name the cast merely mentions gets none
        cast = {sp.name: sp for sp in x.speakers}
        speaker_ids: dict[str, int | None] = {}
        created = 0
        for d in p.statements:
            name = d.speaker_name
            if not name or name in speaker_ids:
                continue
            named = cast.get(name) or Speaker(name=name, kind="other")
            full = within_article(name, x.speakers, a.text)
            if full is not None:  # a bare surname means the one person its article names
                named = full.model_copy(update={"aliases": [*full.aliases, *named.aliases, name]})
            r = resolver.resolve(named, scope=document_id)
            speaker_ids[name] = r.id if r else None
            created += bool(r and r.created)
        sids = [speaker_ids.get(d.speaker_name) if d.speaker_name else None for d in p.statements]
        seqs = stq.insert_statements(conn, a.id, p.statements, sids)
        found, dropped = link(conn, document_id, seqs, stamp)
        carried = carry_reviews(conn, prev["id"], p.statements, stamp) if prev else None
    report.stored += 1
    report.new_versions += bool(prev)
    if carried:
        report.reviews_carried += carried.carried
        report.reviews_left += carried.left
    report.quotes += quotes
    report.claims += len(p.statements) - quotes
    report.speakers += created
    report.matches += len(found) - dropped  # what the store gained
    report.contradictions += sum(m.relation == "contradiction" for m in found)


def _published(a: Article) -> str | None:
    return a.published.isoformat() if a.published else None
