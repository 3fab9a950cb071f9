"""One record per real speaker across every stored article, and a reviewer's merges and
splits of them (with undo), for the TUI and the CLI alike.

``SpeakerResolver`` files each speaker an article names under a stored record, asking
``match.identity`` whether two names are one person and ``store.speakers`` what is
stored. A reviewer's merge or split is stored as 'reviewer' name rows or a distinct pair
and always wins over what ingest would decide.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from ..extract import lexicon as lx
from ..extract import nicknames as nk
from ..match import name_words as nw
from ..match.identity import (
    NameClass,
    NameParts,
    alias_fits,
    best_name,
    classify_speaker,
    clean_name,
    first_names_agree,
    fits,
    honorific_gender,
    name_parts,
    normalise_name,
    org_named_in,
    same_person,
    well_known,
)
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
    record is made, by ingest and by import alike. ``scope`` is the article's document:
    what is known only inside that article (an unnamed "spokesman", a surname nobody
    else can be matched to) is filed under it and never joins another article's.
    """

    def __init__(self, conn: sqlite3.Connection, now: str) -> None:
        self.conn = conn
        self.now = now

    def resolve(self, s: Speaker, *, scope: int, exact: bool = False) -> Resolved | None:
        """The record for ``s``, or None when its name is no one's (a phrase, a figure).

        With ``exact`` (an import rebuilding a store) only a record filed under the very
        same name is taken: a file exported from a store comes back as it was."""
        cls, name = classify_speaker(s)
        if exact:
            key = self._key(cls, name if cls != "person" else s.name, scope)
            found = sq.named(self.conn, key)
            if found is not None:
                return Resolved(found, False)
            kind = "other" if cls == "description" else s.kind
            return Resolved(self._create(s.model_copy(update={"kind": kind}), [key]), True)
        if cls == "junk":
            return None
        if cls == "description":
            org = org_named_in(name)
            if org is not None:
                return self.resolve(Speaker(name=org, kind="organisation"), scope=scope)
            return self._local(Speaker(name=name, kind="other"), scope)
        forms = [s.name, *s.aliases]
        # a reviewer's word on any name the article uses wins over everything else
        sid = sq.reviewer_named(self.conn, list(dict.fromkeys(normalise_name(f) for f in forms)))
        if sid is not None:
            self._add_aliases(sid, forms)
            return Resolved(sid, False)
        if cls == "organisation":
            key = normalise_name(name)
            found = sq.named(self.conn, key)
            if found is not None:
                self._add_aliases(found, forms)
                return Resolved(found, False)
            made = s.model_copy(update={"name": name, "kind": "organisation", "gender": None})
            return Resolved(self._create(made, [key]), True)
        person = s.model_copy(
            update={"name": name, "kind": "person", "gender": s.gender or honorific_gender(s.name)}
        )
        parts = name_parts(name)
        if parts.surname is None:
            return self._local(person, scope)  # titles alone: "the Senator"
        if parts.first is None:
            return self._surname_only(person, parts, scope)
        found = self._same_person(person, parts)
        if found is not None:
            self._add_aliases(found, forms)
            return Resolved(found, False)
        return Resolved(self._create(person, [normalise_name(name)]), True)

    @staticmethod
    def _key(cls: NameClass, name: str, scope: int) -> str:
        key = normalise_name(name)
        return f"@{scope}:{key}" if cls == "description" else key

    def _local(self, s: Speaker, scope: int) -> Resolved:
        """A speaker known only inside one article."""
        key = f"@{scope}:{normalise_name(s.name)}"
        found = sq.named(self.conn, key)
        if found is not None:
            return Resolved(found, False)
        return Resolved(self._create(s, [key], local=True), True)

    def _surname_only(self, s: Speaker, parts: NameParts, scope: int) -> Resolved:
        """A bare surname is somebody only when exactly one known person fits it."""
        if parts.surname is None:
            return self._local(s, scope)
        fitting = [
            r
            for r in sq.by_surname(self.conn, parts.surname)
            if fits(s, r["role"], r["gender"])
            and not sq.kept_apart(self.conn, int(r["id"]), [normalise_name(s.name)])
        ]
        if len(fitting) > 1:
            # "Obama" alone is the public figure when only one of them is well known
            known = [r for r in fitting if well_known(r["name"])]
            fitting = known if len(known) == 1 else fitting
        if len(fitting) == 1:
            sid = int(fitting[0]["id"])
            self._add_aliases(sid, [s.name])
            return Resolved(sid, False)
        return self._local(s, scope)

    def _same_person(self, s: Speaker, parts: NameParts) -> int | None:
        """The one stored person this full name can be; None for nobody or ambiguity."""
        if parts.surname is None:
            return None
        candidates = []
        for r in sq.by_surname(self.conn, parts.surname):
            theirs = name_parts(r["name"])
            if theirs.first is None or not same_person(parts, theirs):
                continue
            if s.gender and r["gender"] and s.gender != r["gender"]:
                continue
            candidates.append((theirs == parts, int(r["id"]), r))
        identical = [c for c in candidates if c[0]]
        pick = identical if len(identical) == 1 else candidates
        if len(pick) != 1:
            return None  # nobody, or ambiguous: a new record is safer than a wrong merge
        _, sid, row = pick[0]
        if sq.kept_apart(self.conn, sid, [normalise_name(n) for n in [s.name, *s.aliases]]):
            return None
        name = best_name([row["name"], s.name])
        if name != row["name"]:
            sq.rename(self.conn, sid, name)
            self._add_alias_names(sid, [row["name"]])
        if row["gender"] is None and s.gender:
            sq.complete(
                self.conn,
                sid,
                name=name,
                first_name=parts.first or "",
                role=s.role,
                gender=s.gender,
            )
        sq.add_names(self.conn, [normalise_name(s.name)], sid)
        return sid

    def _create(self, s: Speaker, keys: list[str], *, local: bool = False) -> int:
        parts = name_parts(s.name) if s.kind == "person" else None
        sid = sq.insert(
            self.conn,
            name=s.name,
            kind=s.kind,
            role=s.role,
            gender=s.gender,
            aliases=self._clean_aliases(s.aliases, s.name, s.gender),
            first_name=parts.first if parts and not local else None,
            surname=parts.surname if parts and not local else None,
            created_at=self.now,
        )
        sq.add_names(self.conn, keys, sid)
        return sid

    @staticmethod
    def _clean_aliases(names: list[str], own: str, gender: str | None) -> list[str]:
        """The forms worth keeping as aliases: names, not glued phrases, and never an
        honorific of the other gender ("Mrs. Trump" is not Donald Trump)."""
        out = set()
        person = name_parts(own).surname is not None
        for n in names:
            c = clean_name(n)
            if not c or c == own or classify_speaker(Speaker(name=c))[0] == "junk":
                continue
            if person and " " in own and not alias_fits(c, own):
                continue
            g = honorific_gender(c)
            if gender and g and g != gender:
                continue
            out.add(c)
        return sorted(out)

    def _add_aliases(self, sid: int, names: list[str]) -> None:
        self._add_alias_names(sid, names)

    def _add_alias_names(self, sid: int, names: list[str]) -> None:
        row = sq.get(self.conn, sid)
        if row is None:
            return
        current = set(sq.aliases(row))
        new = set(self._clean_aliases(names, row["name"], row["gender"])) - current
        if new:
            sq.set_aliases(self.conn, sid, sorted(current | new))


def within_article(name: str, cast: list[Speaker], text: str = "") -> Speaker | None:
    """The person an article names in full whom a bare surname of the same article means
    ("Mr. Stone" after "Roger J. Stone Jr."): one fitting full name among the article's
    cast, else one full form of that surname in its text; None when there is none, or more
    than one person it could be."""
    parts = name_parts(name)
    if parts.first is not None or parts.surname is None:
        return None
    gender = honorific_gender(name)
    fitting = [
        sp
        for sp in cast
        if sp.kind == "person"
        and (p := name_parts(sp.name)).first is not None
        and p.surname == parts.surname
        and not (gender and sp.gender and sp.gender != gender)
    ]
    if fitting and all(
        same_person(name_parts(fitting[0].name), name_parts(f.name)) for f in fitting
    ):
        return max(fitting, key=lambda f: (best_name([x.name for x in fitting]) == f.name, f.name))
    if fitting or not text:
        return None
    surname = name.split()[-1]
    people: dict[str, str] = {}
    doubtful: set[str] = set()  # capitalised words before the surname that may be first names
    pattern = rf"\b[A-Z][a-z]+(?:\s+(?:[A-Z]\.\s*)+|\s+){re.escape(surname)}\b"
    for m in re.finditer(pattern, text):
        form = " ".join(m.group(0).split())
        fp = name_parts(form)
        first = form.split()[0].lower()
        if fp.first is None or first in nw.EDGE_NOISE or first in lx.NOT_NAMES:
            continue  # "President Obama", "But Obama"
        if (
            first not in lx.FIRST_NAMES
            and _opens_sentence(text, m.start())
            and not text.startswith(",", m.end())  # "Vicente Fox, the former president"
        ):
            doubtful.add(fp.first)  # "Plus Obama ...": any capitalised word, or a name
            continue
        if gender and nk.gender(fp.first) not in (None, gender):
            continue
        people.setdefault(fp.first, form)
    # one person, however many ways the article writes the first name ("Bob", "Robert")
    firsts = list(people)
    if not people or not all(first_names_agree(a, b) for a, b in combinations(firsts, 2)):
        return None
    if not all(any(first_names_agree(d, f) for f in firsts) for d in doubtful):
        return None
    form = best_name(list(people.values()))
    return Speaker(name=" ".join(form.split()), kind="person").model_copy(update={"gender": gender})


def _opens_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 3) : at].rstrip(" \t“\"‘'(")
    return not before or before[-1] in ".!?:\n"


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
        first, surname = name_parts(name).as_pair() if row["kind"] == "person" else (None, None)
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
