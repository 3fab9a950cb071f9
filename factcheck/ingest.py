"""Articles into the store: extract in a pool, write each article in one transaction.

An article, its statements, its figures and its matches commit together or not at
all, so an ingest stopped at any point (Ctrl-C, kill -9) leaves only whole
articles, and running it again finishes the job: stored content is skipped.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .batch import ExtractionFailed, run_all
from .match import Index, Match, Statement, duplicates_within, match_article
from .models import Article, Speaker
from .prepare import Prepared, prepare
from .sources import SourceError
from .store.db import (
    Store,
    document_for,
    insert_article,
    insert_statements,
    now,
    refresh_flags,
)
from .store.speakers import SpeakerResolver

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
        if item.id in seen or store.has_article(item.id):
            report.unchanged += 1
            continue
        seen.add(item.id)
        todo.append(item)
    if not todo:
        return report
    index = Index()
    store.load_index(index)
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
        if progress:
            progress(done, total, name)
    return report


def write_article(store: Store, index: Index, p: Prepared, report: IngestReport) -> None:
    """One article and all it holds, in one transaction; the index learns it after commit."""
    a, x = p.article, p.extraction
    stamp = now()
    with store.transaction() as conn:
        document_id = document_for(conn, a.url or a.path or a.id)
        prev = conn.execute(
            "SELECT id, version FROM articles WHERE document_id = ? AND superseded_by IS NULL",
            (document_id,),
        ).fetchone()
        quotes = [s for s in p.statements if s.type == "quote"]
        insert_article(
            conn,
            article_id=a.id,
            document_id=document_id,
            version=prev[1] + 1 if prev else 1,
            title=a.title,
            outlet=a.outlet,
            published=a.published.isoformat() if a.published else None,
            url=a.url,
            path=a.path,
            text=a.text,
            quotes=len(quotes),
            claims=len(p.statements) - len(quotes),
            anchors=p.anchors,
            stamp=stamp,
        )
        if prev:
            conn.execute("UPDATE articles SET superseded_by = ? WHERE id = ?", (a.id, prev[0]))
        resolver = SpeakerResolver(conn, stamp)
        speaker_ids: dict[str, int] = {}
        created = 0
        for s in x.speakers:
            r = resolver.resolve(s)
            speaker_ids[s.name] = r.id
            created += r.created
        for d in p.statements:
            if d.speaker_name and d.speaker_name not in speaker_ids:
                r = resolver.resolve(Speaker(name=d.speaker_name, kind="other"))
                speaker_ids[d.speaker_name] = r.id
                created += r.created
        sids = [speaker_ids.get(d.speaker_name) if d.speaker_name else None for d in p.statements]
        stored = insert_statements(conn, a.id, p.statements, sids)
        statements = [
            Statement(d.id, a.id, document_id, d.kind, d.text, sid, d.features, seq, keys)
            for d, sid, (seq, keys) in zip(p.statements, sids, stored, strict=True)
        ]
        repeats = {d.id: d.repeats for d in p.statements if d.repeats}
        found = duplicates_within(statements, repeats)
        found += match_article(statements, index, store.load_statements, anchors=p.anchors)
        _insert_matches(conn, found, stamp)
        refresh_flags(conn, sorted({x.id for m in found for x in (m.a, m.b)}))
    index.add_article(document_id, p.anchors)
    for s in statements:
        index.add(s.seq, s.lineage, s.keys)
    report.stored += 1
    report.new_versions += bool(prev)
    report.quotes += len(quotes)
    report.claims += len(p.statements) - len(quotes)
    report.speakers += created
    report.matches += len(found)
    report.contradictions += sum(m.verdict.relation == "contradiction" for m in found)


def _insert_matches(conn: sqlite3.Connection, found: list[Match], stamp: str) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO matches (a, b, relation, score, reasons, diff, created_at)"
        " VALUES (?,?,?,?,?,?,?)",
        [
            (
                m.a.id,
                m.b.id,
                m.verdict.relation,
                round(m.verdict.score, 2),
                json.dumps(m.verdict.reasons, ensure_ascii=False),
                json.dumps(m.verdict.diff, ensure_ascii=False) if m.verdict.diff else None,
                stamp,
            )
            for m in found
        ],
    )
