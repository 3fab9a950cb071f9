"""`factcheck import`: an exported claim set back into a database.

Into a fresh database it rebuilds everything the export holds, so exporting again
gives the same bytes. Into a database that already has the statements it merges
reviews by statement identity: a review only the file has is added with its
history; one that differs from the stored one is reported as a conflict and left
as it is. The whole import is one transaction: a bad file changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from .match import article_anchors, features, flip_diff
from .models import (
    EXPORT_FORMAT,
    EXPORT_VERSION,
    AnnotatedStatement,
    ClaimSet,
    ClaimSetHeader,
    ExportedArticle,
)
from .prepare import StatementDraft
from .store.db import (
    Store,
    document_for,
    insert_article,
    insert_statements,
    now,
    record_history,
    refresh_flags,
)
from .store.speakers import name_parts, normalise_name


class ImportFailed(Exception):
    """The file cannot be imported; the message names the file and the problem."""


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


def read_claim_set(path: Path) -> ClaimSet:
    """Parse a json or jsonl export, refusing other files with a one-line reason."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ImportFailed(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise ImportFailed(f"{path}: not UTF-8 text, so not a factcheck export") from None
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
            return ClaimSet.model_validate(whole)
        except ValidationError as e:
            raise ImportFailed(f"{path}: not a valid claim set: {_first(e)}") from None
    return _read_jsonl(path, raw)


def _read_jsonl(path: Path, raw: str) -> ClaimSet:
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
    statements = []
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        try:
            statements.append(AnnotatedStatement.model_validate_json(line))
        except ValidationError as e:
            raise ImportFailed(f"{path}:{n}: not a valid statement: {_first(e)}") from None
    return ClaimSet(scale=header.scale, articles=header.articles, statements=statements)


def _check_header(path: Path, head: dict) -> None:
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


def import_claim_set(store: Store, cs: ClaimSet) -> ImportReport:
    report = ImportReport()
    texts = {a.id: a for a in cs.articles}
    by_article: dict[str, list[AnnotatedStatement]] = {}
    for s in cs.statements:
        by_article.setdefault(s.article.id, []).append(s)
    stamp = now()
    with store.transaction() as conn:
        if store.scalar("SELECT count(*) FROM statements") == 0:
            conn.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES ('rating_scale', ?)",
                (json.dumps([list(e) for e in cs.scale]),),
            )
        new_articles = set()
        for aid, statements in by_article.items():
            if store.has_article(aid):
                continue
            article = texts.get(aid)
            if article is None:
                raise ImportFailed(f"article {aid} is quoted but not included in the file")
            _insert_article(store, article, statements, stamp)
            new_articles.add(aid)
            report.articles += 1
            report.statements += len(statements)
        for a in cs.articles:
            if a.id in new_articles and a.superseded_by and store.has_article(a.superseded_by):
                conn.execute(
                    "UPDATE articles SET superseded_by = ? WHERE id = ?", (a.superseded_by, a.id)
                )
        for s in cs.statements:
            if s.article.id in new_articles:
                _insert_review(store, s)
                report.reviews_added += s.review is not None
                continue
            if store.scalar("SELECT 1 FROM statements WHERE id = ?", (s.id,)) is None:
                report.skipped.append(f"{s.id}: its article is stored without this statement")
                continue
            _merge_review(store, s, report)
        report.matches = _insert_matches(store, cs, stamp)
        refresh_flags(conn, [s.id for s in cs.statements])
    return report


def _insert_article(
    store: Store, a: ExportedArticle, statements: list[AnnotatedStatement], stamp: str
) -> None:
    conn = store.conn
    aliases: dict[str, str] = {}
    for s in statements:
        if s.speaker:
            aliases[s.speaker.name] = s.speaker.name
            for alias in s.speaker.aliases:
                aliases.setdefault(alias, s.speaker.name)
    keys = [q.key for s in statements for q in s.quantities]
    names = sorted({s.speaker.name for s in statements if s.speaker})
    quotes = sum(s.type == "quote" for s in statements)
    insert_article(
        conn,
        article_id=a.id,
        document_id=document_for(conn, a.url or a.path or a.id),
        version=a.version,
        title=a.title,
        outlet=a.outlet,
        published=a.published,
        url=a.url,
        path=a.path,
        text=a.text,
        quotes=quotes,
        claims=len(statements) - quotes,
        anchors=article_anchors(a.text, keys, names),
        stamp=stamp,
    )
    drafts = [_draft(s, aliases) for s in statements]
    insert_statements(conn, a.id, drafts, [_speaker_id(store, s, stamp) for s in statements])


def _draft(s: AnnotatedStatement, aliases: dict[str, str]) -> StatementDraft:
    """An exported statement as ingest would have prepared it."""
    figures = [
        (q.start - s.start, q.end - s.start, q.key, q.kind, q.unit, q.value, q.date)
        for q in s.quantities
    ]
    return StatementDraft(
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
        parts=[(p[0], p[1]) for p in s.parts],
        repeats=s.repeats,
        quote_id=s.quote_id,
        quantities=list(s.quantities),
        features=features(s.text, figures, aliases),
    )


def _speaker_id(store: Store, s: AnnotatedStatement, stamp: str) -> int | None:
    if s.speaker is None:
        return None
    key = normalise_name(s.speaker.name)
    found = store.scalar(
        "SELECT speaker_id FROM speaker_names WHERE name = ? ORDER BY source = 'reviewer' DESC",
        (key,),
    )
    if found is not None:
        return int(found)
    first, surname = name_parts(s.speaker.name) if s.speaker.kind == "person" else (None, None)
    cur = store.conn.execute(
        "INSERT INTO speakers (name, kind, role, aliases, first_name, surname, created_at)"
        " VALUES (?,?,?,?,?,?,?)",
        (
            s.speaker.name,
            s.speaker.kind,
            s.speaker.role,
            json.dumps(s.speaker.aliases),
            first,
            surname,
            stamp,
        ),
    )
    sid = int(cur.lastrowid or 0)
    store.conn.execute(
        "INSERT OR IGNORE INTO speaker_names (name, source, speaker_id) VALUES (?, 'auto', ?)",
        (key, sid),
    )
    return sid


def _insert_review(store: Store, s: AnnotatedStatement) -> None:
    r = s.review
    if r is not None:
        store.conn.execute(
            "INSERT INTO reviews (statement_id, verdict, note, evidence, reviewer, updated_at,"
            " revision) VALUES (?,?,?,?,?,?,?)",
            (s.id, r.verdict, r.note, json.dumps(r.evidence), r.reviewer, r.updated_at, r.revision),
        )
    for h in s.history:
        record_history(
            store.conn,
            at=h.at,
            reviewer=h.reviewer,
            action=h.action,
            target=s.id,
            field=h.field,
            old=h.old,
            new=h.new,
        )


def _merge_review(store: Store, s: AnnotatedStatement, report: ImportReport) -> None:
    r = s.review
    if r is None:
        return
    row = store.conn.execute(
        "SELECT verdict, note, evidence, reviewer, updated_at FROM reviews WHERE statement_id = ?",
        (s.id,),
    ).fetchone()
    if row is None:
        _insert_review(store, s)
        report.reviews_added += 1
        return
    if (row[0], row[1], json.loads(row[2])) == (r.verdict, r.note, r.evidence):
        report.reviews_same += 1
        return
    report.conflicts.append(
        f"{s.id}: here {row[0] or 'no verdict'} by {row[3] or '?'} at {row[4]};"
        f" in the file {r.verdict or 'no verdict'} by {r.reviewer or '?'} at {r.updated_at}"
    )


def _insert_matches(store: Store, cs: ClaimSet, stamp: str) -> int:
    added = 0
    for s in cs.statements:
        for m in s.matches:
            a, b = sorted((s.id, m.statement))
            if store.scalar("SELECT 1 FROM statements WHERE id = ?", (m.statement,)) is None:
                continue
            if store.scalar("SELECT 1 FROM matches WHERE a = ? AND b = ?", (b, a)):
                continue  # stored the other way round by an ingest
            diff = m.diff
            if diff is not None and a != s.id:
                diff = flip_diff(diff)  # type: ignore[assignment]
            cur = store.conn.execute(
                "INSERT OR IGNORE INTO matches (a, b, relation, score, reasons, diff, status,"
                " created_at) VALUES (?,?,?,?,?,?,?,?)",
                (
                    a,
                    b,
                    m.relation,
                    m.score,
                    json.dumps(m.reasons, ensure_ascii=False),
                    json.dumps([list(d) for d in diff], ensure_ascii=False) if diff else None,
                    m.status,
                    stamp,
                ),
            )
            added += cur.rowcount
    return added
