"""Articles into the store: extract in a pool, write each article in one transaction.

An article, its statements, its figures and its matches commit together or not at
all, so an ingest stopped at any point (Ctrl-C, kill -9) leaves only whole
articles, and running it again finishes the job: stored content is skipped.
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
from ..pipeline.sources import SourceError
from ..store import Store, now
from ..store import articles as aq
from ..store import statements as stq
from .matching import load_index, mark_current, match_new_article
from .speakers import SpeakerResolver

Progress = Callable[[int, int, str], None]


@dataclass(slots=True)
class IngestReport:
    """What one ingest did, for the summary line and for scripts."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0
    new_versions: int = 0
    quotes: int = 0
    claims: int = 0
    speakers: int = 0
    matches: int = 0
    contradictions: int = 0
    failures: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [
            f"{self.stored} article(s) stored",
            f"{self.unchanged} unchanged",
        ]
        if self.new_versions:
            parts.append(f"{self.new_versions} new version(s)")
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
    items: Iterable[Article | SourceError],
    *,
    workers: int = 1,
    progress: Progress | None = None,
    on_error: Callable[[str], None] | None = None,
) -> IngestReport:
    """Store every readable article not stored yet, matching its statements as it goes."""
    report = IngestReport()

    def fail(message: str) -> None:
        report.failures.append(message)
        if on_error:
            on_error(message)

    todo: list[Article] = []
    seen: set[str] = set()
    for item in items:
        if isinstance(item, SourceError):
            fail(str(item))
            continue
        report.read += 1
        if item.id in seen or aq.has_article(store.conn, item.id):
            report.unchanged += 1
            continue
        seen.add(item.id)
        todo.append(item)
    if not todo:
        return report
    index = load_index(store)
    mark_current(store)
    total = len(todo)
    for done, (article, result) in enumerate(
        zip(todo, run_all(prepare, todo, workers=workers), strict=True), start=1
    ):
        name = article.path or article.url or article.id
        if isinstance(result, ExtractionFailed):
            fail(f"{name}: {result}")
        else:
            try:
                write_article(store, index, result, report)
            except sqlite3.IntegrityError as e:
                fail(f"{name}: not stored: {e}")
                index = load_index(store)  # it had learnt the article before the rollback
        if progress:
            progress(done, total, name)
    return report


def write_article(store: Store, index: Index, p: Prepared, report: IngestReport) -> None:
    """One article and all it holds, in one transaction; the index learns it after commit."""
    a, x = p.article, p.extraction
    stamp = now()
    quotes = sum(s.type == "quote" for s in p.statements)
    with store.transaction() as conn:
        document_id = aq.document_for(conn, a.url or a.path or a.id)
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
                text=a.text,
                quotes=quotes,
                claims=len(p.statements) - quotes,
                anchors=p.anchors,
                ingested_at=stamp,
            ),
        )
        if prev:
            aq.supersede(conn, prev["id"], a.id)
        resolver = SpeakerResolver(conn, stamp)
        speaker_ids: dict[str, int] = {}
        created = 0
        for sp in x.speakers:
            r = resolver.resolve(sp)
            speaker_ids[sp.name] = r.id
            created += r.created
        for d in p.statements:
            if d.speaker_name and d.speaker_name not in speaker_ids:
                r = resolver.resolve(Speaker(name=d.speaker_name, kind="other"))
                speaker_ids[d.speaker_name] = r.id
                created += r.created
        sids = [speaker_ids.get(d.speaker_name) if d.speaker_name else None for d in p.statements]
        seqs = stq.insert_statements(conn, a.id, p.statements, sids)
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
        found = written.matches
    report.stored += 1
    report.new_versions += bool(prev)
    report.quotes += quotes
    report.claims += len(p.statements) - quotes
    report.speakers += created
    report.matches += len(found)
    report.contradictions += sum(m.relation == "contradiction" for m in found)


def _published(a: Article) -> str | None:
    return a.published.isoformat() if a.published else None
