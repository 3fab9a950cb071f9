"""`factcheck import`: an exported claim set back into a database.

Into a fresh database it rebuilds everything the export holds, so exporting again
gives the same bytes. Into a database that already has the statements it merges
reviews by statement identity: a review only the file has is added with its
history; one that differs from the stored one is reported as a conflict and left
as it is. The whole import is one transaction: a bad file changes nothing.

A review must land on the statement it was written about, so a file is refused (naming
the line) when two statements share an id, when a statement's text is not the words at
its offsets in its article, or when it differs from the stored statement of that id.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..match import event_keys
from ..models import (
    EXPORT_FORMAT,
    EXPORT_VERSION,
    AnnotatedStatement,
    ClaimSet,
    ClaimSetHeader,
    ExportedArticle,
    Speaker,
)
from ..pipeline.prepare import words_of
from ..store import Store, now
from ..store import articles as aq
from ..store import matches as mq
from ..store import reviews as rq
from ..store import settings as settings_q
from ..store import statements as stq
from ..store.statements import NewStatement
from .speakers import SpeakerResolver


class ImportFailed(Exception):
    """The file cannot be imported; the message names the file and the problem."""


@dataclass(frozen=True, slots=True)
class ClaimFile:
    """A claim set as read from a file, with where each statement is in it."""

    path: Path
    claims: ClaimSet
    where: dict[str, str]  # statement id -> "file:line" (jsonl) or "file: statements[i]"


@dataclass(slots=True)
class ImportReport:
    articles: int = 0
    statements: int = 0
    reviews_added: int = 0
    reviews_same: int = 0
    matches: int = 0
    skipped: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.articles} article(s), {self.statements} statement(s), "
            f"{self.reviews_added} review(s) added, {self.reviews_same} already the same, "
            f"{self.matches} match(es), {len(self.conflicts)} conflict(s), "
            f"{len(self.skipped)} skipped"
        )


def read_claim_set(path: Path) -> ClaimFile:
    """Parse a json or jsonl export, refusing other files with a one-line reason."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ImportFailed(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise ImportFailed(f"{path}: not UTF-8 text, so not a factcheck export") from None
    except OSError as e:
        raise ImportFailed(f"{path}: cannot read: {e.strerror or e}") from None
    text = raw.strip()
    if not text.startswith("{"):
        raise ImportFailed(f"{path}: not a factcheck export (expected JSON or JSONL)")
    try:
        whole = json.loads(text)
    except json.JSONDecodeError:
        whole = None
    if isinstance(whole, dict) and "statements" in whole:
        _check_header(path, whole)
        try:
            cs = ClaimSet.model_validate(whole)
        except ValidationError as e:
            raise ImportFailed(f"{path}: not a valid claim set: {_first(e)}") from None
        where = [f"{path}: statements[{i}]" for i in range(len(cs.statements))]
    else:
        cs, where = _read_jsonl(path, raw)
    return ClaimFile(path, cs, _check_consistent(path, cs, where))


def _read_jsonl(path: Path, raw: str) -> tuple[ClaimSet, list[str]]:
    lines = raw.split("\n")
    if raw and not raw.endswith("\n"):
        # every line an export writes ends in a newline: a missing one means a cut file
        raise ImportFailed(f"{path}:{len(lines)}: truncated: the last line is incomplete")
    try:
        head = json.loads(lines[0])
    except json.JSONDecodeError as e:
        raise ImportFailed(f"{path}:1: malformed JSON ({e.msg}); truncated file?") from None
    if not isinstance(head, dict):
        raise ImportFailed(f"{path}: not a factcheck export")
    _check_header(path, head)
    try:
        header = ClaimSetHeader.model_validate(head)
    except ValidationError as e:
        raise ImportFailed(f"{path}:1: not a valid header: {_first(e)}") from None
    statements, where = [], []
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        try:
            statements.append(AnnotatedStatement.model_validate_json(line))
        except ValidationError as e:
            raise ImportFailed(f"{path}:{n}: not a valid statement: {_first(e)}") from None
        where.append(f"{path}:{n}")
    cs = ClaimSet(scale=header.scale, articles=header.articles, statements=statements)
    return cs, where


def _check_consistent(path: Path, cs: ClaimSet, where: list[str]) -> dict[str, str]:
    """Ids unique, every statement the words at its offsets in an article the file holds."""
    articles: dict[str, ExportedArticle] = {}
    for a in cs.articles:
        if _holds_nul(a.model_dump()):
            raise ImportFailed(f"{path}: article {a.id} holds a NUL character")
        if a.id in articles and articles[a.id].text != a.text:
            raise ImportFailed(f"{path}: article {a.id} is in the file twice, with two texts")
        articles[a.id] = a
    at: dict[str, str] = {}
    for s, here in zip(cs.statements, where, strict=True):
        if s.id in at:
            raise ImportFailed(
                f"{here}: statement {s.id} is also at {at[s.id]}; each statement once"
            )
        at[s.id] = here
        if _holds_nul(s.model_dump()):
            raise ImportFailed(f"{here}: statement {s.id} holds a NUL character")
        article = articles.get(s.article.id)
        if article is None:
            raise ImportFailed(f"{here}: article {s.article.id} is quoted but not in the file")
        if article.text[s.start : s.end] != s.text:
            raise ImportFailed(
                f"{here}: statement {s.id}'s text is not the words at {s.start}-{s.end}"
                f" of article {s.article.id}"
            )
    return at


def _holds_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_holds_nul(k) or _holds_nul(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return any(_holds_nul(v) for v in value)
    return False


def _check_header(path: Path, head: dict[str, Any]) -> None:
    if head.get("format") != EXPORT_FORMAT:
        raise ImportFailed(f"{path}: not a factcheck export (format {head.get('format')!r})")
    version = head.get("version")
    if not isinstance(version, int) or version > EXPORT_VERSION:
        raise ImportFailed(
            f"{path}: format version {version} is newer than this factcheck reads "
            f"({EXPORT_VERSION}); upgrade factcheck"
        )


def _first(e: ValidationError) -> str:
    err = e.errors()[0]
    where = ".".join(str(x) for x in err["loc"])
    return f"{where}: {err['msg']}"


def import_claim_set(store: Store, file: ClaimFile) -> ImportReport:
    report = ImportReport()
    cs = file.claims
    texts = {a.id: a for a in cs.articles}
    by_article: dict[str, list[AnnotatedStatement]] = {}
    for s in cs.statements:
        by_article.setdefault(s.article.id, []).append(s)
    stamp = now()
    with store.transaction() as conn:
        if stq.total(conn) == 0:
            settings_q.set_rating_scale(conn, list(cs.scale))
        resolver = SpeakerResolver(conn, stamp)
        new_articles = set()
        for aid, statements in by_article.items():
            if aq.has_article(conn, aid):
                continue
            article = texts.get(aid)
            if article is None:
                raise ImportFailed(f"article {aid} is quoted but not included in the file")
            _insert_article(conn, resolver, article, statements, stamp)
            new_articles.add(aid)
            report.articles += 1
            report.statements += len(statements)
        for a in cs.articles:
            if a.id in new_articles and a.superseded_by and aq.has_article(conn, a.superseded_by):
                aq.supersede(conn, a.id, a.superseded_by)
        for s in cs.statements:
            if s.article.id in new_articles:
                _insert_review(conn, s)
                report.reviews_added += s.review is not None
                continue
            stored = stq.text_of(conn, s.id)
            if stored is None:
                report.skipped.append(f"{s.id}: its article is stored without this statement")
                continue
            if stored != s.text:
                raise ImportFailed(
                    f"{file.where[s.id]}: statement {s.id} is not the stored statement of that"
                    " id (its text differs); nothing imported"
                )
            _merge_review(conn, s, report)
        report.matches = _insert_matches(conn, cs, stamp)
        mq.refresh_flags(conn, [s.id for s in cs.statements])
    return report


def _insert_article(
    conn: sqlite3.Connection,
    resolver: SpeakerResolver,
    a: ExportedArticle,
    statements: list[AnnotatedStatement],
    stamp: str,
) -> None:
    keys = [q.key for s in statements for q in s.quantities]
    quotes = sum(s.type == "quote" for s in statements)
    document_id = aq.document_for(conn, a.source_id or a.url or a.path or a.id)
    aq.insert_article(
        conn,
        aq.ArticleRow(
            id=a.id,
            document_id=document_id,
            version=a.version,
            title=a.title,
            outlet=a.outlet,
            published=a.published,
            url=a.url,
            path=a.path,
            source_id=a.source_id,
            text=a.text,
            quotes=quotes,
            claims=len(statements) - quotes,
            anchors=event_keys(a.text, keys),
            ingested_at=stamp,
            published_at=a.published_at,
            author=a.author,
            section=a.section,
            tags=tuple(a.tags),
        ),
    )
    rows = [_statement_row(s) for s in statements]
    speaker_ids = [_speaker_id(resolver, s, document_id) for s in statements]
    stq.insert_statements(conn, a.id, rows, speaker_ids)


def _speaker_id(resolver: SpeakerResolver, s: AnnotatedStatement, scope: int) -> int | None:
    if s.speaker is None:
        return None
    sp = s.speaker
    speaker = Speaker(name=sp.name, aliases=sp.aliases, role=sp.role, kind=sp.kind)
    found = resolver.resolve(speaker, scope=scope, exact=True)
    return found.id if found else None


def _statement_row(s: AnnotatedStatement) -> NewStatement:
    """An exported statement as ingest would have prepared it."""
    parts = [(p[0], p[1]) for p in s.parts]
    return NewStatement(
        id=s.id,
        type=s.type,
        kind=s.kind,
        text=s.text,
        start=s.start,
        end=s.end,
        speaker_name=s.speaker.name if s.speaker else None,
        speaker_mention=s.speaker_mention,
        speaker_start=s.speaker_start,
        speaker_end=s.speaker_end,
        cue=s.cue,
        cue_start=None,
        cue_end=None,
        parts=parts,
        repeats=s.repeats,
        quote_id=s.quote_id,
        quantities=list(s.quantities),
        norm=words_of(s.text, s.start, parts),
        rule=s.rule,
    )


def _insert_review(conn: sqlite3.Connection, s: AnnotatedStatement) -> None:
    r = s.review
    if r is not None:
        rq.insert_review(
            conn,
            s.id,
            verdict=r.verdict,
            note=r.note,
            evidence=r.evidence,
            reviewer=r.reviewer,
            updated_at=r.updated_at,
            revision=r.revision,
            summary=r.summary,
        )
    for h in s.history:
        rq.record_history(
            conn,
            at=h.at,
            reviewer=h.reviewer,
            action=h.action,
            target=s.id,
            field=h.field,
            old=h.old,
            new=h.new,
        )


def _merge_review(conn: sqlite3.Connection, s: AnnotatedStatement, report: ImportReport) -> None:
    r = s.review
    if r is None:
        return
    here = rq.review(conn, s.id)
    if here is None:
        _insert_review(conn, s)
        report.reviews_added += 1
        return
    if (here["verdict"], here["summary"], here["note"], here["evidence"]) == (
        r.verdict,
        r.summary,
        r.note,
        r.evidence,
    ):
        report.reviews_same += 1
        return
    report.conflicts.append(
        f"{s.id}: here {here['verdict'] or 'no verdict'} by {here['reviewer'] or '?'} at"
        f" {here['updated_at']}; in the file {r.verdict or 'no verdict'} by"
        f" {r.reviewer or '?'} at {r.updated_at}"
    )


def _insert_matches(conn: sqlite3.Connection, cs: ClaimSet, stamp: str) -> int:
    added = 0
    for s in cs.statements:
        for m in s.matches:
            a, b = sorted((s.id, m.statement))
            if not stq.exists(conn, m.statement):
                continue
            if mq.stored(conn, b, a):
                continue  # stored the other way round by an ingest
            diff: list[tuple[str, str]] | None = [(op, w) for op, w in m.diff] if m.diff else None
            if diff is not None and a != s.id:
                diff = mq.flip_diff(diff)
            added += mq.insert_matches(
                conn,
                [mq.NewMatch(a, b, m.relation, m.score, m.reasons, diff, m.status)],
                stamp,
            )
    return added
