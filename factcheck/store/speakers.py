"""One record per real speaker across every stored article.

The extractor settles who is who inside an article; this settles it across
articles. "Bob Lighthizer" and "Robert Lighthizer" are one person, and "Mnuchin"
alone is the one stored Mnuchin when there is only one. Two people who share a
surname but not a first name or a role are never merged. A reviewer's merge or
split is stored as a 'reviewer' name row or a distinct pair and always wins.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass

from ..extract.lexicon import HONORIFICS, NICKNAMES
from ..extract.names import nickname_of
from ..models import Speaker
from .db import record_history

_GENERIC_ROLE_WORDS = frozenset(
    "the of for and us u.s. uk chinese american british china's america's".split()  # noqa: SIM905
)
_STRICT_ROLE_WORDS = frozenset({"deputy", "vice", "assistant", "under", "former", "acting"})


def normalise_name(name: str) -> str:
    name = name.replace("’", "'").strip()
    return re.sub(r"\s+", " ", name).casefold()


def name_parts(name: str) -> tuple[str | None, str | None]:
    """(first name in its formal form, surname), lower case; None where absent."""
    words = [
        w for w in re.findall(r"[^\W\d_][\w'’.-]*", name) if w.lower().rstrip(".") not in HONORIFICS
    ]
    if not words:
        return None, None
    surname = words[-1].lower()
    if len(words) == 1:
        return None, surname
    first = words[0].lower().rstrip(".")
    return NICKNAMES.get(first, first), surname


def first_names_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:  # an initial
        return a[0] == b[0]
    return False


def roles_agree(a: str | None, b: str | None) -> bool:
    """ "Treasury Secretary" and "US Treasury Secretary" agree; "Commerce Secretary" does not."""
    if not a or not b:
        return True
    wa = {w for w in re.findall(r"[\w'.-]+", a.lower()) if w not in _GENERIC_ROLE_WORDS}
    wb = {w for w in re.findall(r"[\w'.-]+", b.lower()) if w not in _GENERIC_ROLE_WORDS}
    if (wa & _STRICT_ROLE_WORDS) != (wb & _STRICT_ROLE_WORDS):
        return False
    return wa <= wb or wb <= wa


def _fits(s: Speaker, role: str | None, gender: str | None) -> bool:
    return roles_agree(s.role, role) and not (s.gender and gender and s.gender != gender)


@dataclass(slots=True)
class Resolved:
    id: int
    created: bool


class SpeakerResolver:
    """Maps an article's speakers to stored speakers, creating them as needed.

    Runs inside the caller's transaction, on its connection.
    """

    def __init__(self, conn: sqlite3.Connection, now: str) -> None:
        self.conn = conn
        self.now = now

    def resolve(self, s: Speaker) -> Resolved:
        key = normalise_name(s.name)
        names = list(dict.fromkeys([key, *(normalise_name(a) for a in s.aliases)]))
        marks = ",".join("?" * len(names))
        # a reviewer's word on any name the article uses wins over everything else
        row = self.conn.execute(
            f"SELECT speaker_id FROM speaker_names WHERE source = 'reviewer' AND name IN ({marks})"
            f" LIMIT 1",
            names,
        ).fetchone()
        if row is None:
            row = self.conn.execute(
                "SELECT n.speaker_id, sp.role, sp.gender FROM speaker_names n"
                " JOIN speakers sp ON sp.id = n.speaker_id WHERE n.name = ? AND n.source = 'auto'",
                (key,),
            ).fetchone()
            # a bare surname is the same person only when nothing says otherwise
            if row and s.kind == "person" and " " not in key and not _fits(s, row[1], row[2]):
                row = None
        if row:
            self._add_aliases(row[0], s)
            return Resolved(row[0], False)
        if s.kind == "person":
            found = self._same_person(s)
            if found is not None:
                self._name(key, found)
                self._add_aliases(found, s)
                return Resolved(found, False)
        first, surname = name_parts(s.name) if s.kind == "person" else (None, None)
        cur = self.conn.execute(
            "INSERT INTO speakers (name, kind, role, gender, aliases, first_name, surname,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                s.name,
                s.kind,
                s.role,
                s.gender,
                json.dumps(sorted(set(s.aliases) - {s.name})),
                first,
                surname,
                self.now,
            ),
        )
        sid = int(cur.lastrowid or 0)
        self._name(key, sid)
        return Resolved(sid, True)

    def _same_person(self, s: Speaker) -> int | None:
        first, surname = name_parts(s.name)
        if surname is None:
            return None
        rows = self.conn.execute(
            "SELECT id, name, role, gender, first_name FROM speakers "
            "WHERE surname = ? AND kind = 'person'",
            (surname,),
        ).fetchall()
        fits = []
        for sid, name, role, gender, their_first in rows:
            if not first_names_agree(first, their_first) or not _fits(s, role, gender):
                continue
            fits.append((sid, name, their_first))
        if len(fits) != 1:
            return None  # nobody, or ambiguous: a new record is safer than a wrong merge
        sid, name, their_first = fits[0]
        if self._kept_apart(sid, s):
            return None
        if their_first is None and first is not None:
            # the stored record was a bare surname: it now learns the full name
            self.conn.execute(
                "UPDATE speakers SET name = ?, first_name = ?, role = COALESCE(role, ?), "
                "gender = COALESCE(gender, ?) WHERE id = ?",
                (s.name, first, s.role, s.gender, sid),
            )
            self._add_alias_names(sid, [name])
        elif nickname_of(name, s.name):
            # "Bob Smith" stored, "Robert Smith" arrives: the formal name becomes the record's
            self.conn.execute("UPDATE speakers SET name = ? WHERE id = ?", (s.name, sid))
            self._add_alias_names(sid, [name])
        return sid

    def _kept_apart(self, sid: int, s: Speaker) -> bool:
        """A reviewer split this name off the candidate: keep it off."""
        names = [normalise_name(n) for n in [s.name, *s.aliases]]
        marks = ",".join("?" * len(names))
        row = self.conn.execute(
            f"SELECT 1 FROM speaker_names n JOIN speaker_distinct d "
            f"ON (d.a = n.speaker_id AND d.b = ?) OR (d.b = n.speaker_id AND d.a = ?) "
            f"WHERE n.name IN ({marks}) LIMIT 1",
            (sid, sid, *names),
        ).fetchone()
        return row is not None

    def _name(self, key: str, sid: int) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO speaker_names (name, source, speaker_id) VALUES (?, 'auto', ?)",
            (key, sid),
        )

    def _add_aliases(self, sid: int, s: Speaker) -> None:
        self._add_alias_names(sid, [s.name, *s.aliases])

    def _add_alias_names(self, sid: int, names: list[str]) -> None:
        row = self.conn.execute(
            "SELECT name, aliases FROM speakers WHERE id = ?", (sid,)
        ).fetchone()
        if row is None:
            return
        current = set(json.loads(row[1]))
        new = {n for n in names if n and n != row[0]} - current
        if new:
            self.conn.execute(
                "UPDATE speakers SET aliases = ? WHERE id = ?",
                (json.dumps(sorted(current | new)), sid),
            )


# --- a reviewer's decisions, which later ingests respect ----------------------------


def merge_speakers(
    conn: sqlite3.Connection, keep: int, drop: int, *, reviewer: str | None, at: str
) -> None:
    """Make ``drop`` part of ``keep``: its statements, names and aliases move over.

    Call inside a transaction. The names move as 'reviewer' rows, so a later ingest
    that meets any of them resolves to ``keep``.
    """
    if keep == drop:
        raise ValueError("cannot merge a speaker with itself")
    rows = {
        r[0]: r
        for r in conn.execute(
            "SELECT id, name, aliases FROM speakers WHERE id IN (?, ?)", (keep, drop)
        )
    }
    if keep not in rows or drop not in rows:
        raise ValueError(f"no speaker {drop if keep in rows else keep}")
    moved = [r[0] for r in conn.execute("SELECT id FROM statements WHERE speaker_id = ?", (drop,))]
    names = [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT name FROM speaker_names WHERE speaker_id = ?", (drop,)
        )
    ]
    conn.execute("UPDATE statements SET speaker_id = ? WHERE speaker_id = ?", (keep, drop))
    conn.execute("DELETE FROM speaker_names WHERE speaker_id = ?", (drop,))
    conn.executemany(
        "INSERT OR REPLACE INTO speaker_names (name, source, speaker_id) VALUES (?, 'reviewer', ?)",
        [(n, keep) for n in names],
    )
    distinct = conn.execute(
        "SELECT a, b FROM speaker_distinct WHERE a = ? OR b = ?", (drop, drop)
    ).fetchall()
    conn.execute("DELETE FROM speaker_distinct WHERE a = ? OR b = ?", (drop, drop))
    aliases = set(json.loads(rows[keep][2])) | set(json.loads(rows[drop][2])) | {rows[drop][1]}
    aliases.discard(rows[keep][1])
    conn.execute(
        "UPDATE speakers SET aliases = ? WHERE id = ?", (json.dumps(sorted(aliases)), keep)
    )
    dropped = dict(
        zip(
            (
                "id",
                "name",
                "kind",
                "role",
                "gender",
                "aliases",
                "first_name",
                "surname",
                "created_at",
            ),
            conn.execute(
                "SELECT id, name, kind, role, gender, aliases, first_name, surname, created_at"
                " FROM speakers WHERE id = ?",
                (drop,),
            ).fetchone(),
            strict=True,
        )
    )
    conn.execute("DELETE FROM speakers WHERE id = ?", (drop,))
    record_history(
        conn,
        at=at,
        reviewer=reviewer,
        action="merge_speakers",
        target=f"speaker:{keep}",
        field=None,
        old={
            "speaker": dropped,
            "names": names,
            "statements": moved,
            "kept_aliases": json.loads(rows[keep][2]),
            "distinct": [list(d) for d in distinct],
        },
        new={"into": keep},
    )


def split_speaker(
    conn: sqlite3.Connection,
    speaker_id: int,
    statement_ids: list[str],
    name: str,
    *,
    reviewer: str | None,
    at: str,
) -> int:
    """Give ``statement_ids`` a speaker of their own, called ``name``.

    Returns the new speaker's id. ``name`` and the full names the moved statements
    were attributed under ("Bob Smith") become the new speaker's, as a reviewer's
    rows, and the two are recorded as distinct: no later ingest joins them again.
    """
    row = conn.execute("SELECT kind, aliases FROM speakers WHERE id = ?", (speaker_id,)).fetchone()
    if row is None:
        raise ValueError(f"no speaker {speaker_id}")
    marks = ",".join("?" * len(statement_ids))
    moved = conn.execute(
        f"SELECT id, speaker_mention FROM statements WHERE speaker_id = ? AND id IN ({marks})",
        (speaker_id, *statement_ids),
    ).fetchall()
    if len(moved) != len(set(statement_ids)):
        raise ValueError("every statement to split off must belong to the speaker")
    written = {name} | {m for _, m in moved if m and len(m.split()) >= 2 and m[0].isupper()}
    first, surname = name_parts(name) if row[0] == "person" else (None, None)
    cur = conn.execute(
        "INSERT INTO speakers (name, kind, aliases, first_name, surname, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (name, row[0], json.dumps(sorted(written - {name})), first, surname, at),
    )
    new = int(cur.lastrowid or 0)
    conn.executemany(
        "INSERT OR REPLACE INTO speaker_names (name, source, speaker_id) VALUES (?, 'reviewer', ?)",
        [(normalise_name(n), new) for n in written],
    )
    conn.executemany(
        "UPDATE statements SET speaker_id = ? WHERE id = ?", [(new, sid) for sid, _ in moved]
    )
    aliases = [a for a in json.loads(row[1]) if a not in written]
    conn.execute("UPDATE speakers SET aliases = ? WHERE id = ?", (json.dumps(aliases), speaker_id))
    conn.execute("INSERT OR IGNORE INTO speaker_distinct (a, b) VALUES (?, ?)", (speaker_id, new))
    record_history(
        conn,
        at=at,
        reviewer=reviewer,
        action="split_speaker",
        target=f"speaker:{speaker_id}",
        field=None,
        old={
            "statements": [sid for sid, _ in moved],
            "names": sorted(written),
            "aliases": json.loads(row[1]),
        },
        new={"speaker": new},
    )
    return new


def undo_merge(
    conn: sqlite3.Connection, keep: int, old: dict, *, reviewer: str | None, at: str, undoes: int
) -> None:
    """Bring back the speaker a merge folded into ``keep``, with its statements and names."""
    d = old["speaker"]
    conn.execute(
        "INSERT INTO speakers (id, name, kind, role, gender, aliases, first_name, surname,"
        " created_at) VALUES (?,?,?,?,?,?,?,?,?)",
        (
            d["id"],
            d["name"],
            d["kind"],
            d["role"],
            d["gender"],
            d["aliases"],
            d["first_name"],
            d["surname"],
            d["created_at"],
        ),
    )
    conn.executemany(
        "UPDATE statements SET speaker_id = ? WHERE id = ?",
        [(d["id"], sid) for sid in old["statements"]],
    )
    conn.executemany(
        "DELETE FROM speaker_names WHERE name = ? AND speaker_id = ?",
        [(n, keep) for n in old["names"]],
    )
    conn.executemany(
        "INSERT OR REPLACE INTO speaker_names (name, source, speaker_id) VALUES (?, 'auto', ?)",
        [(n, d["id"]) for n in old["names"]],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO speaker_distinct (a, b) VALUES (?, ?)",
        [tuple(p) for p in old.get("distinct", [])],
    )
    conn.execute(
        "UPDATE speakers SET aliases = ? WHERE id = ?",
        (json.dumps(old.get("kept_aliases", [])), keep),
    )
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
    old: dict,
    new: dict,
    *,
    reviewer: str | None,
    at: str,
    undoes: int,
) -> None:
    """Give the split-off statements back to the speaker they came from."""
    gone = new["speaker"]
    conn.executemany(
        "UPDATE statements SET speaker_id = ? WHERE id = ?",
        [(speaker_id, sid) for sid in old["statements"]],
    )
    conn.execute("DELETE FROM speaker_names WHERE speaker_id = ?", (gone,))
    conn.execute("DELETE FROM speaker_distinct WHERE a = ? OR b = ?", (gone, gone))
    conn.execute("UPDATE statements SET speaker_id = ? WHERE speaker_id = ?", (speaker_id, gone))
    conn.execute("DELETE FROM speakers WHERE id = ?", (gone,))
    conn.execute(
        "UPDATE speakers SET aliases = ? WHERE id = ?",
        (json.dumps(old.get("aliases", [])), speaker_id),
    )
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
