"""Cross-article matching as the store sees it: the index loaded from the store, an
article's matches written in its transaction, the derived words rebuilt when stale, and
`factcheck rematch`.

The derived data (each statement's normalised words in ``statements.norm``, each
article's event keys in ``articles.anchors``) is made with ``match.NORMALISATION_VERSION``,
recorded in the ``match_version`` setting. A store made by an older version has it older
or not at all; loading the index then rebuilds the data first, from the stored texts.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..match import (
    NORMALISATION_VERSION,
    POLICY,
    Article,
    Entry,
    Index,
    Link,
    NewStatement,
    Policy,
    Side,
    duplicates_within,
    event_keys,
    explain,
    match_article,
    match_text,
    stored,
    tokens,
)
from ..store import Store, now
from ..store import articles as aq
from ..store import matches as mq
from ..store import settings as settings_q
from ..store import statements as stq
from ..vocabulary import QUOTED_KINDS

VERSION_KEY = "match_version"


def stale(conn: sqlite3.Connection) -> bool:
    """Whether the store's matching words were made by another normalisation."""
    return settings_q.get(conn, VERSION_KEY) != NORMALISATION_VERSION and stq.total(conn) > 0


def rebuild_words(store: Store) -> int:
    """Recompute every statement's words and article's event keys; how many statements."""
    with store.transaction() as conn:
        rows = [
            (stored(tokens(match_text(text, start, json.loads(parts) if parts else []))), seq)
            for seq, text, start, parts in stq.for_rebuild(conn)
        ]
        stq.set_words(conn, rows)
        figures = stq.figure_keys_by_article(conn)
        aq.set_anchors(
            conn,
            [
                (sorted(event_keys(text, figures.get(aid, []))), aid)
                for aid, text in aq.for_rebuild(conn)
            ],
        )
        settings_q.put(conn, VERSION_KEY, NORMALISATION_VERSION)
    return len(rows)


def mark_current(store: Store) -> None:
    """A store whose words are all made now: record the normalisation they were made by."""
    if settings_q.get(store.conn, VERSION_KEY) != NORMALISATION_VERSION:
        with store.transaction() as conn:
            settings_q.put(conn, VERSION_KEY, NORMALISATION_VERSION)


def load_index(store: Store, policy: Policy = POLICY) -> Index:
    """A matching index over every current article, rebuilding stale words first."""
    if stale(store.conn):
        rebuild_words(store)
    conn = store.conn
    index = Index(policy)
    articles = {
        aid: index.add_article(Article(aid, doc, published, frozenset(keys)))
        for aid, doc, published, keys in aq.for_index(conn)
    }
    for seq, sid, aid, kind, words, repeats in stq.for_index(conn):
        if repeats:
            continue  # a pull quote is compared as the body quote it repeats
        a = articles.get(aid)
        if a is not None:
            index.add(seq, sid, a, kind, kind in QUOTED_KINDS, words)
    for x, y in mq.linked_seqs(conn):
        if x in index.entries and y in index.entries:
            index.link(x, y)
    return index


@dataclass(slots=True)
class Written:
    """What matching one article wrote."""

    matches: list[mq.NewMatch]
    removed: int


def match_new_article(
    conn: sqlite3.Connection,
    index: Index,
    article: Article,
    statements: Sequence[tuple[int, str, str, str, str | None]],
    repeats: dict[str, str],
    texts: dict[int, tuple[str, int, list[tuple[int, int]]]],
    stamp: str,
    statuses: dict[frozenset[str], str] | None = None,
) -> Written:
    """Match one stored article's statements, inside its transaction, and write the result.

    ``statements`` are (number, id, kind, words, quote id) of the article's statements;
    ``texts`` their (text, start, parts) by number, for the reasons. ``statuses`` carries
    reviewers' decisions over to pairs found again (`factcheck rematch`).
    """
    # a claim inside a quote is compared as its quote, a pull quote as its body quote
    new = [
        NewStatement(seq, sid, kind, kind in QUOTED_KINDS, words)
        for seq, sid, kind, words, quote_id in statements
        if quote_id is None and sid not in repeats
    ]
    pulls = [
        NewStatement(seq, sid, kind, kind in QUOTED_KINDS, words)
        for seq, sid, kind, words, quote_id in statements
        if quote_id is None and sid in repeats
    ]
    changes = match_article(index, article, new)
    own = [index.entries[s.seq] for s in new] + [index.entry_only(article, s) for s in pulls]
    found = [
        mq.NewMatch(a.id, b.id, "duplicate", 100.0, [why])
        for a, b, why in duplicates_within(own, repeats, index.policy.duplicate_min_words)
    ]
    found += _render(conn, changes.links, texts, index.policy)
    if statuses:
        found = [
            mq.NewMatch(
                m.a,
                m.b,
                m.relation,
                m.score,
                m.reasons,
                m.diff,
                statuses.get(frozenset((m.a, m.b)), m.status),
            )
            for m in found
        ]
    relabelled = _render(conn, changes.relabelled, texts, index.policy)
    removed = mq.delete_pairs(conn, [(x.id, y.id) for x, y in changes.removed])
    mq.insert_matches(conn, found, stamp)
    mq.relabel_matches(conn, relabelled)
    touched = {i for m in found + relabelled for i in (m.a, m.b)}
    touched |= {e.id for pair in changes.removed for e in pair}
    mq.refresh_flags(conn, sorted(touched))
    return Written(found, removed)


def _render(
    conn: sqlite3.Connection,
    links: Sequence[Link],
    texts: dict[int, tuple[str, int, list[tuple[int, int]]]],
    policy: Policy,
) -> list[mq.NewMatch]:
    """The matches to store, with reasons quoting each side's own words."""
    need = sorted({e.seq for k in links for e in (k.a, k.b)} - set(texts))
    known = dict(texts)
    for r in stq.for_matching(conn, need):
        known[r["seq"]] = (r["text"], r["start"], json.loads(r["parts"]) if r["parts"] else [])
    sides: dict[int, Side] = {}

    def side(e: Entry) -> Side:
        s = sides.get(e.seq)
        if s is None:
            text, start, parts = known[e.seq]
            mt = match_text(text, start, parts)
            s = sides[e.seq] = Side(tokens(mt), mt)
        return s

    out = []
    for k in links:
        reasons, diff = explain(k.decision, k.alignment, side(k.a), side(k.b), policy)
        out.append(_new_match(k, reasons, diff))
    return out


def _new_match(k: Link, reasons: list[str], diff: list[tuple[str, str]] | None) -> mq.NewMatch:
    d = k.decision
    return mq.NewMatch(k.a.id, k.b.id, d.relation, d.score, reasons, diff)


@dataclass(slots=True)
class RematchReport:
    statements: int = 0
    matches: int = 0
    kept_status: int = 0
    contradictions: int = 0
    misquotes: int = 0

    def summary(self) -> str:
        return (
            f"{self.statements} statements rematched: {self.matches} matches"
            f" ({self.contradictions} contradictions, {self.misquotes} misquotes),"
            f" {self.kept_status} reviewer decisions kept"
        )


def rematch(
    store: Store,
    policy: Policy = POLICY,
    progress: Callable[[int, int], None] | None = None,
) -> RematchReport:
    """Recompute every match from the stored statements, keeping reviewers' statuses on
    the pairs found again. One transaction: stopped midway, the store keeps the old set."""
    rebuild_words(store)
    report = RematchReport()
    index = Index(policy)
    stamp = now()
    with store.transaction() as conn:
        statuses = mq.statuses(conn)
        touched = mq.delete_all(conn)
        arts = list(aq.for_index(conn))
        by_article: dict[str, list[sqlite3.Row]] = {}
        for r in stq.article_statements(conn):
            by_article.setdefault(r["article_id"], []).append(r)
        for n, (aid, doc, published, keys) in enumerate(arts, start=1):
            rows = by_article.get(aid, [])
            statements = [(r["seq"], r["id"], r["kind"], r["norm"], r["quote_id"]) for r in rows]
            repeats = {r["id"]: r["repeats"] for r in rows if r["repeats"]}
            texts = {
                r["seq"]: (r["text"], r["start"], json.loads(r["parts"]) if r["parts"] else [])
                for r in rows
            }
            match_new_article(
                conn,
                index,
                Article(aid, doc, published, frozenset(keys)),
                statements,
                repeats,
                texts,
                stamp,
                statuses,
            )
            report.statements += len(rows)
            if progress:
                progress(n, len(arts))
        mq.refresh_flags(conn, touched)
        for relation, count, kept in mq.summary(conn):
            report.matches += count
            report.kept_status += kept
            if relation == "contradiction":
                report.contradictions = count
            elif relation == "misquote":
                report.misquotes = count
    return report
