"""Whether two names are one person: the pure decisions behind one record per speaker.

"Bob Lighthizer" and "Robert Lighthizer" are one person; "Mnuchin" alone is the one
stored Mnuchin when there is only one; two people who share a surname but not a first
name, a role or a gender are never one. The store keeps the records; ``app.speakers``
asks these questions while filing an article's speakers.
"""

from __future__ import annotations

import re

from ..extract.lexicon import HONORIFICS, NICKNAMES
from ..extract.names import nickname_of
from ..models import Speaker

__all__ = [
    "first_names_agree",
    "fits",
    "name_parts",
    "nickname_of",
    "normalise_name",
    "roles_agree",
]

_GENERIC_ROLE_WORDS = frozenset(
    "the of for and us u.s. uk chinese american british china's america's".split()  # noqa: SIM905
)
_STRICT_ROLE_WORDS = frozenset({"deputy", "vice", "assistant", "under", "former", "acting"})


def normalise_name(name: str) -> str:
    """The key a name is filed under: case, curly apostrophes and spacing folded."""
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


def fits(s: Speaker, role: str | None, gender: str | None) -> bool:
    """Whether a stored record's role and gender allow it to be ``s``."""
    return roles_agree(s.role, role) and not (s.gender and gender and s.gender != gender)
