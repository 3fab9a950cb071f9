"""One record per real speaker across every stored article, and a reviewer's merges and
splits of them (with undo), for the TUI and the CLI alike.

``SpeakerResolver`` files each speaker an article names under a stored record, asking
``match.identity`` whether two names are one person and ``store.speakers`` what is
stored. A reviewer's merge or split is stored as 'reviewer' name rows or a distinct pair
and always wins over what ingest would decide.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from ..match.identity import first_names_agree, fits, name_parts, nickname_of, normalise_name
from ..models import Speaker
from ..store import Store, now
from ..store import speakers as sq
from ..store.reviews import record_history
from .changes import Change, ReviewError


@dataclass(slots=True)
class Resolved:
    id: int
    created: bool


class SpeakerResolver:
    """Maps an article's speakers to stored speakers, creating them as needed.

    Runs inside the caller's transaction, on its connection: the one way a speaker
    record is made, by ingest and by import alike.
    """

    def __init__(self, conn: sqlite3.Connection, now: str) -> None:
        self.conn = conn
        self.now = now

    def resolve(self, s: Speaker, *, exact: bool = False) -> Resolved:
        """The record for ``s``. With ``exact`` (an import rebuilding a store) only a
        record filed under the very same name is taken: a file exported from a store
        comes back as it was, with no two records joined."""
        key = normalise_name(s.name)
        if exact:
            found = sq.named(self.conn, key)
            if found is not None:
                self._add_aliases(found, s)
                return Resolved(found, False)
            return Resolved(self._create(s, key), True)
        names = list(dict.fromkeys([key, *(normalise_name(a) for a in s.aliases)]))
        # a reviewer's word on any name the article uses wins over everything else
        sid = sq.reviewer_named(self.conn, names)
        if sid is None:
            row = sq.auto_named(self.conn, key)
            # a bare surname is the same person only when nothing says otherwise
            if row is not None and not (
                s.kind == "person" and " " not in key and not fits(s, row["role"], row["gender"])
            ):
                sid = int(row["speaker_id"])
        if sid is not None:
            self._add_aliases(sid, s)
            return Resolved(sid, False)
        if s.kind == "person":
            found = self._same_person(s)
            if found is not None:
                sq.add_names(self.conn, [key], found)
                self._add_aliases(found, s)
                return Resolved(found, False)
        return Resolved(self._create(s, key), True)

    def _create(self, s: Speaker, key: str) -> int:
        first, surname = name_parts(s.name) if s.kind == "person" else (None, None)
        sid = sq.insert(
            self.conn,
            name=s.name,
            kind=s.kind,
            role=s.role,
            gender=s.gender,
            aliases=sorted(set(s.aliases) - {s.name}),
            first_name=first,
            surname=surname,
            created_at=self.now,
        )
        sq.add_names(self.conn, [key], sid)
        return sid

    def _same_person(self, s: Speaker) -> int | None:
        first, surname = name_parts(s.name)
        if surname is None:
            return None
        fits_ = [
            r
            for r in sq.by_surname(self.conn, surname)
            if first_names_agree(first, r["first_name"]) and fits(s, r["role"], r["gender"])
        ]
        if len(fits_) != 1:
            return None  # nobody, or ambiguous: a new record is safer than a wrong merge
        found = fits_[0]
        sid = int(found["id"])
        if sq.kept_apart(self.conn, sid, [normalise_name(n) for n in [s.name, *s.aliases]]):
            return None
        if found["first_name"] is None and first is not None:
            # the stored record was a bare surname: it now learns the full name
            sq.complete(self.conn, sid, name=s.name, first_name=first, role=s.role, gender=s.gender)
            self._add_alias_names(sid, [found["name"]])
        elif nickname_of(found["name"], s.name):
            # "Bob Smith" stored, "Robert Smith" arrives: the formal name becomes the record's
            sq.rename(self.conn, sid, s.name)
            self._add_alias_names(sid, [found["name"]])
        return sid

    def _add_aliases(self, sid: int, s: Speaker) -> None:
        self._add_alias_names(sid, [s.name, *s.aliases])

    def _add_alias_names(self, sid: int, names: list[str]) -> None:
        row = sq.get(self.conn, sid)
        if row is None:
            return
        current = set(sq.aliases(row))
        new = {n for n in names if n and n != row["name"]} - current
        if new:
            sq.set_aliases(self.conn, sid, sorted(current | new))


# --- a reviewer's decisions, which later ingests respect ----------------------------


def merge(store: Store, keep: int, drop: int, *, reviewer: str | None) -> Change:
    """Make ``drop`` part of ``keep``: its statements, names and aliases move over.

    The names move as 'reviewer' rows, so a later ingest that meets any of them
    resolves to ``keep``.
    """
    if keep == drop:
        raise ReviewError("cannot merge a speaker with itself")
    with store.transaction() as conn:
        kept, dropped = sq.get(conn, keep), sq.get(conn, drop)
        if kept is None or dropped is None:
            raise ReviewError(f"no speaker {drop if kept is not None else keep}")
        moved = sq.statement_ids(conn, drop)
        names = sq.names_of(conn, drop)
        sq.move_statements(conn, keep, from_=drop)
        sq.drop_names(conn, drop)
        sq.add_names(conn, names, keep, source="reviewer")
        distinct = sq.distinct_pairs(conn, drop)
        sq.forget_apart(conn, drop)
        merged = set(sq.aliases(kept)) | set(sq.aliases(dropped)) | {dropped["name"]}
        merged.discard(kept["name"])
        sq.set_aliases(conn, keep, sorted(merged))
        sq.delete(conn, drop)
        old = {
            "speaker": dict(dropped),
            "names": names,
            "statements": moved,
            "kept_aliases": sq.aliases(kept),
            "distinct": distinct,
        }
        hid = record_history(
            conn,
            at=now(),
            reviewer=reviewer,
            action="merge_speakers",
            target=f"speaker:{keep}",
            field=None,
            old=old,
            new={"into": keep},
        )
    return Change(hid, f"speaker:{keep}", "merge_speakers", old, {"into": keep})


def split(
    store: Store, speaker_id: int, statement_ids: list[str], name: str, *, reviewer: str | None
) -> int:
    """Give ``statement_ids`` a speaker of their own, called ``name``; returns its id.

    ``name`` and the full names the moved statements were attributed under ("Bob
    Smith") become the new speaker's, as a reviewer's rows, and the two are recorded as
    distinct: no later ingest joins them again.
    """
    name = name.strip()
    if not name:
        raise ReviewError("a speaker needs a name")
    stamp = now()
    with store.transaction() as conn:
        row = sq.get(conn, speaker_id)
        if row is None:
            raise ReviewError(f"no speaker {speaker_id}")
        moved = sq.mentions(conn, speaker_id, statement_ids)
        if not statement_ids or len(moved) != len(set(statement_ids)):
            raise ReviewError("every statement to split off must belong to the speaker")
        mentions = [m["speaker_mention"] for m in moved]
        written = {name} | {m for m in mentions if m and len(m.split()) >= 2 and m[0].isupper()}
        first, surname = name_parts(name) if row["kind"] == "person" else (None, None)
        new = sq.insert(
            conn,
            name=name,
            kind=row["kind"],
            role=None,
            gender=None,
            aliases=sorted(written - {name}),
            first_name=first,
            surname=surname,
            created_at=stamp,
        )
        sq.add_names(conn, [normalise_name(n) for n in written], new, source="reviewer")
        moved_ids = [m["id"] for m in moved]
        sq.move_statements(conn, new, ids=moved_ids)
        sq.set_aliases(conn, speaker_id, [a for a in sq.aliases(row) if a not in written])
        sq.keep_apart(conn, [(speaker_id, new)])
        record_history(
            conn,
            at=stamp,
            reviewer=reviewer,
            action="split_speaker",
            target=f"speaker:{speaker_id}",
            field=None,
            old={"statements": moved_ids, "names": sorted(written), "aliases": sq.aliases(row)},
            new={"speaker": new},
        )
    return new


def undo_merge(
    conn: sqlite3.Connection,
    keep: int,
    old: dict[str, Any],
    *,
    reviewer: str | None,
    at: str,
    undoes: int,
) -> None:
    """Bring back the speaker a merge folded into ``keep``, with its statements and names.

    Runs inside the caller's transaction."""
    d = old["speaker"]
    sq.insert(
        conn,
        speaker_id=d["id"],
        name=d["name"],
        kind=d["kind"],
        role=d["role"],
        gender=d["gender"],
        aliases=json.loads(d["aliases"]),
        first_name=d["first_name"],
        surname=d["surname"],
        created_at=d["created_at"],
    )
    sq.move_statements(conn, d["id"], ids=old["statements"])
    sq.drop_names(conn, keep, old["names"])
    sq.add_names(conn, old["names"], d["id"], replace=True)
    sq.keep_apart(conn, old.get("distinct", []))
    sq.set_aliases(conn, keep, old.get("kept_aliases", []))
    record_history(
        conn,
        at=at,
        reviewer=reviewer,
        action="undo",
        target=f"speaker:{keep}",
        field=None,
        old={"into": keep},
        new=old,
        undoes=undoes,
    )


def undo_split(
    conn: sqlite3.Connection,
    speaker_id: int,
    old: dict[str, Any],
    new: dict[str, Any],
    *,
    reviewer: str | None,
    at: str,
    undoes: int,
) -> None:
    """Give the split-off statements back to the speaker they came from.

    Runs inside the caller's transaction."""
    gone = new["speaker"]
    sq.move_statements(conn, speaker_id, ids=old["statements"])
    sq.drop_names(conn, gone)
    sq.forget_apart(conn, gone)
    sq.move_statements(conn, speaker_id, from_=gone)
    sq.delete(conn, gone)
    sq.set_aliases(conn, speaker_id, old.get("aliases", []))
    record_history(
        conn,
        at=at,
        reviewer=reviewer,
        action="undo",
        target=f"speaker:{speaker_id}",
        field=None,
        old=new,
        new=old,
        undoes=undoes,
    )
