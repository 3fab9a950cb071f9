"""Who a speaker name is across articles: the pure decisions behind one record per person.

A person's identity is a pure function of the name: its first name (a nickname agrees with
the formal names it may stand for: "Bob" is Robert, "Pat" Patrick or Patricia), middle
initials, surname and generational suffix ("Jr." is never a surname). Two full names are
one person when first name and surname agree and neither middle initials nor suffixes
contradict ("George W." is not "George H.W."); roles and titles are attributes and never
keep two full names apart. A bare surname is weaker evidence: it is somebody only when
exactly one known person fits its gender and role.

Names that are not a person's or an organisation's never become a record shared across
articles: descriptions of unnamed sources ("a spokesman", "two officials", "Democrats")
stay with their article, or with the organisation they name ("a spokesman for the Justice
Department"); phrases that are no names at all ("Clinton released a statement",
"Sixty-six percent", "Editor's") get no record. The store keeps the records;
``app.speakers`` asks these questions while filing an article's speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..extract import lexicon as lx
from ..extract import nicknames as nk
from ..extract.names import nickname_of
from ..models import Speaker
from . import name_words as nw

__all__ = [
    "NameClass",
    "NameParts",
    "alias_fits",
    "best_name",
    "classify_speaker",
    "clean_name",
    "first_names_agree",
    "fits",
    "honorific_gender",
    "name_parts",
    "nickname_of",
    "normalise_name",
    "org_named_in",
    "roles_agree",
    "same_person",
    "well_known",
]

NameClass = Literal["person", "organisation", "description", "junk"]

_GENERIC_ROLE_WORDS = frozenset(
    "the of for and us u.s. uk chinese american british china's america's".split()  # noqa: SIM905
)
_STRICT_ROLE_WORDS = frozenset({"deputy", "vice", "assistant", "under", "former", "acting"})
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\w.,%-]*")
_INITIALS = re.compile(r"^(?:[A-Za-z]\.){1,3}$|^[A-Z]$")
_MAX_NAME_WORDS = 6


def normalise_name(name: str) -> str:
    """The key a name is filed under: case, curly apostrophes and spacing folded."""
    name = name.replace("’", "'").strip()
    return re.sub(r"\s+", " ", name).casefold()


# --- the parts of a person's name ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class NameParts:
    """A person's name as identity compares it, lower case."""

    first: str | None  # as written ("bob"; ``first_names_agree`` knows it is Robert), or one letter
    middles: tuple[str, ...]  # initials of middle names ("w",) or ("h", "w")
    surname: str | None
    suffix: str | None  # "jr", "iii"

    def as_pair(self) -> tuple[str | None, str | None]:
        return self.first, self.surname


def _bare(word: str) -> str:
    return word.lower().replace("’", "'").rstrip(".,")


def _is_title(word: str) -> bool:
    w = word.lower().rstrip(",")
    return (
        w in lx.HONORIFICS
        or w in lx.TITLE_WORDS
        or w.rstrip(".") in lx.TITLE_WORDS
        or any(p in lx.TITLE_WORDS for p in w.split("-") if len(p) > 2)
    )


def _strip_title(words: list[str]) -> list[str]:
    """The person's name out of a run that starts with a title or organisation words:
    "Human Rights Campaign President Chad Griffin" → "Chad Griffin"; a word or two glued
    on from a headline before a known first name go too ("Rival Hillary Clinton")."""
    for i in range(len(words) - 1):
        if _bare(words[i]) in lx.FIRST_NAMES and not any(_is_title(w) for w in words[i:]):
            before = words[:i]
            if before and (
                any(
                    _is_title(w) or _bare(w) in lx.ORG_WORDS or _bare(w) in nw.PARTY_LABELS
                    for w in before
                )
                or (len(before) <= 2 and not any(_bare(w) in lx.FIRST_NAMES for w in before))
            ):
                return words[i:]
            break
    last_title = max((i for i, w in enumerate(words) if _is_title(w)), default=-1)
    if 0 <= last_title < len(words) - 1:
        return words[last_title + 1 :]
    return words


def name_parts(name: str) -> NameParts:
    """The parts of a person's name; titles and honorifics before it are dropped."""
    words = _strip_title([w for w in _WORD.findall(name) if not w[0].isdigit()])
    while words and _is_title(words[0]):
        words = words[1:]
    suffix = None
    while words and _bare(words[-1]) in nw.SUFFIXES:
        suffix = suffix or _bare(words[-1])
        words = words[:-1]
    if not words:
        return NameParts(None, (), None, suffix)
    surname = _bare(words[-1])
    if len(words) == 1:
        return NameParts(None, (), surname, suffix)
    first = _bare(words[0])
    middles: list[str] = []
    for w in words[1:-1]:
        b = _bare(w)
        if b in nw.PARTICLES:
            continue
        if _INITIALS.match(w):
            middles += [c for c in b if c.isalpha()]
        elif w[:1].isupper():
            middles.append(b[0])
    return NameParts(first, tuple(middles), surname, suffix)


def first_names_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:  # an initial
        return a[0] == b[0]
    return nk.same_first(a, b)  # "Ted" and "Theodore", "Pat" and "Patricia"


def _father_and_son(p: NameParts) -> bool:
    """Whether the name is one a known father and son share ("Bobby Kennedy" too)."""
    return p.first is not None and any(
        surname == p.surname and nk.same_first(first, p.first)
        for first, surname in nw.FATHER_AND_SON
    )


def _middles_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Absent on one side is no evidence; present on both, they must be the same."""
    return not a or not b or a == b


def same_person(a: NameParts, b: NameParts) -> bool:
    """Whether two full names can be one person (neither a bare surname)."""
    return (
        a.surname is not None
        and a.surname == b.surname
        and first_names_agree(a.first, b.first)
        and _middles_agree(a.middles, b.middles)
        and _suffixes_agree(a, b)
    )


def _suffixes_agree(a: NameParts, b: NameParts) -> bool:
    """Both the same, or one absent, unless the name is a known father's and son's."""
    if a.suffix == b.suffix:
        return True
    if a.suffix is not None and b.suffix is not None:
        return False
    return not _father_and_son(a)


def roles_agree(a: str | None, b: str | None) -> bool:
    """ "Treasury Secretary" and "US Treasury Secretary" agree; "Commerce Secretary" does not.

    Only a bare surname is ever kept apart by its role; full names never are."""
    if not a or not b:
        return True
    wa = {w for w in re.findall(r"[\w'.-]+", a.lower()) if w not in _GENERIC_ROLE_WORDS}
    wb = {w for w in re.findall(r"[\w'.-]+", b.lower()) if w not in _GENERIC_ROLE_WORDS}
    if (wa & _STRICT_ROLE_WORDS) != (wb & _STRICT_ROLE_WORDS):
        return False
    return wa <= wb or wb <= wa


def fits(s: Speaker, role: str | None, gender: str | None) -> bool:
    """Whether a stored record's role and gender allow it to be ``s``, named by surname."""
    return roles_agree(s.role, role) and not (s.gender and gender and s.gender != gender)


def honorific_gender(name: str) -> str | None:
    """'f' for "Mrs. Clinton", 'm' for "Mr. Clinton", None when no honorific says."""
    first = name.split(" ", 1)[0].lower()
    g = lx.HONORIFICS.get(first)
    return g if isinstance(g, str) else None


# --- what kind of name it is ---------------------------------------------------------


def _is_name_word(w: str) -> bool:
    b = _bare(w)
    if b in nw.PARTICLES or b in nw.SUFFIXES or _INITIALS.match(w):
        return True
    if not w[:1].isupper() or any(c.isdigit() for c in w):
        return False
    return b not in nw.EDGE_NOISE and b not in nw.NUMBER_WORDS and b not in lx.DAYS


def clean_name(name: str) -> str | None:
    """The name without words glued on at either end ("And Trump" → "Trump", "Obama It" →
    "Obama"), or None when no name is left."""
    words = name.replace("\n", " ").split()
    while words and _bare(words[0]) in nw.EDGE_NOISE and _bare(words[0]) not in lx.HONORIFICS:
        words = words[1:]
    while words and (_bare(words[-1]) in nw.EDGE_NOISE or words[-1] in {"-", "–", "—"}):
        words = words[:-1]
    if words and words[-1].endswith(("'s", "’s")):
        return None  # a possessive: "Editor's note"
    return " ".join(words) or None


def classify_speaker(s: Speaker) -> tuple[NameClass, str]:
    """What the speaker's name is, and the name to file it under.

    A person's name is a short run of capitalised words (with initials, particles and
    suffixes); an organisation is what the extractor called one or a run ending in an
    organisation word; a description opens with a determiner or number, is lower case,
    or names a group; anything else is junk.
    """
    raw = " ".join(s.name.split())
    if not raw:
        return "junk", raw
    if raw[0].islower() or _bare(raw.split()[0]) in nw.DESCRIPTION_OPENERS:
        return _description(raw)
    name = clean_name(raw)
    if name is None:
        return "junk", raw
    words = name.split()
    if any(_bare(w) in nw.NUMBER_WORDS or any(c.isdigit() for c in w) for w in words):
        return "junk", name
    if len(words) > _MAX_NAME_WORDS:
        return "junk", name
    low = [_bare(w) for w in words]
    names_before = all(_is_name_word(w) or _is_title(w) for w in words[:-1])
    if names_before and (low[-1] in lx.ORG_WORDS or " ".join(low) in lx.KNOWN_ORGS):
        return "organisation", _without_article(name)  # "Trump administration", "NATO"
    if not all(_is_name_word(w) or _is_title(w) for w in words):
        return "junk", name
    if s.kind == "organisation":
        return "organisation", _without_article(name)
    if len(words) <= 2 and low[-1] in nw.GROUP_WORDS:
        return "description", name  # "Democrats", "House Republicans"
    while len(words) > 1 and (
        _bare(words[-1]) in nw.GROUP_WORDS or _bare(words[-1]) in nw.HEADLINE_VERBS
    ):
        words = words[:-1]  # a headline's "Donald Trump Critics", "Hillary Clinton Speaks"
    if _two_people(words):
        return "junk", name  # "Jeff Flake John McCain": whose words, nobody can say
    person = _strip_title(words)
    if all(_is_title(w) for w in person):
        return "description", name  # a bare title: "The President", "Senator"
    return "person", " ".join(person)


def _two_people(words: list[str]) -> bool:
    """Two full names run together: a known first name and a surname, twice."""
    starts = [
        i
        for i in range(len(words) - 1)
        if _bare(words[i]) in lx.FIRST_NAMES
        and _bare(words[i + 1]) not in lx.FIRST_NAMES
        and not _INITIALS.match(words[i + 1])
    ]
    return any(j >= i + 2 for i in starts for j in starts)


def _without_article(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") and len(name) > 4 else name


def _description(raw: str) -> tuple[NameClass, str]:
    words = raw.split()
    if len(words) > 8:
        return "junk", raw
    first = _bare(words[0])
    if first in nw.DESCRIPTION_OPENERS or (
        len(words) <= 3 and all(w.isalpha() for w in words) and _bare(words[-1]).endswith("s")
    ):
        return "description", raw
    return "junk", raw


def org_named_in(description: str) -> str | None:
    """The organisation an unnamed source speaks for: "a spokesman for the Justice
    Department" → "Justice Department"; None when it names none."""
    words = description.split()
    for i, w in enumerate(words):
        if _bare(w) not in nw.ORG_LINKS or i + 1 >= len(words):
            continue
        rest = words[i + 1 :]
        if rest and _bare(rest[0]) == "the":
            rest = rest[1:]
        run: list[str] = []
        for r in rest:
            if r[:1].isupper() or (run and _bare(r) in {"of", "and", "for", "&"}):
                run.append(r.rstrip(",.;:"))
            else:
                break
        while run and not run[-1][:1].isupper():
            run.pop()
        if not run:
            continue
        low = [_bare(x) for x in run]
        if low[-1] in lx.ORG_WORDS or " ".join(low) in lx.KNOWN_ORGS or len(run) >= 2:
            return " ".join(run)
    return None


_TITLE_PREFIX_WORDS = (
    frozenset(lx.HONORIFICS) | lx.TITLE_WORDS | lx.US_STATES | frozenset(lx.NATIONALITIES)
)


def alias_fits(alias: str, name: str) -> bool:
    """Whether ``alias`` is a way of writing ``name``: the name, or its surname, behind
    nothing but titles, honorifics, states and nationalities ("Sen. Marco Rubio", "Mr.
    Rubio"), never a phrase glued on from the sentence before ("Kabul Mr. Obama")."""
    mine, theirs = name_parts(name), name_parts(alias)
    if theirs.surname is None or theirs.surname != mine.surname:
        return False
    if theirs.first is not None and not same_person(mine, theirs):
        return False
    if theirs.suffix != mine.suffix and _father_and_son(mine):
        return False  # "Trump Jr." is not a way of writing Donald Trump
    words = alias.split()
    keep = len(words)
    while keep > 0 and _bare(words[keep - 1]) in nw.SUFFIXES:
        keep -= 1
    core = len([w for w in _strip_title(words[:keep])])
    prefix = words[: keep - core]
    return all(
        _bare(w) in _TITLE_PREFIX_WORDS or _is_title(w) or _bare(w) in lx.ORG_WORDS for w in prefix
    )


def well_known(name: str) -> bool:
    """Whether the name is one of the public figures the lexicon knows."""
    return any(name == figure for figure, _, _ in lx.PUBLIC_FIGURES)


def best_name(forms: list[str]) -> str:
    """The name a person's record carries, whichever order its forms arrived in: the
    fullest plain name (no title), a formal first name over a nickname."""

    def rank(form: str) -> tuple[int, int, int, str]:
        words = form.split()
        titled = _is_title(words[0]) if words else True
        parts = name_parts(form)
        formal = parts.first is not None and not nk.is_nickname(parts.first)
        return (0 if titled else 1, int(formal), len(words), form)

    plain = [f for f in forms if f and name_parts(f).first is not None]
    return max(plain or forms, key=rank)
