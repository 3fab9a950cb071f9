"""Which first names may be one person's: nicknames, many to many.

"Pat" is Patrick or Patricia, "Ted" Edward or Theodore, "Alex" Alexander or Alexandra, and
Robert goes by Bob, Rob or Bobby. The links are the ``nicknames`` package's table (some
2,700 pairs gathered for record linkage), read as undirected, joined with the lexicon's own
``NICKNAMES``; that short map stays what decides which form of a name is the formal one a
record is filed under, and which nicknames are read as first names at all.

Two first names agree when they are the same, when the table links them, or when the
lexicon gives them one formal name ("Bob" and "Rob"). Links are not followed further: Bob
is linked to Robert and Robert, in the table, to Bill, yet Bob Smith and Bill Smith are two
people.
"""

from __future__ import annotations

import csv
import importlib.util
from functools import lru_cache
from pathlib import Path

from . import lexicon as lx


@lru_cache(maxsize=1)
def _links() -> dict[str, frozenset[str]]:
    links: dict[str, set[str]] = {}
    for a, b in [*table(), *lx.NICKNAMES.items()]:
        a, b = a.lower(), b.lower()
        if a != b:
            links.setdefault(a, set()).add(b)
            links.setdefault(b, set()).add(a)
    return {name: frozenset(linked) for name, linked in links.items()}


def table() -> list[tuple[str, str]]:
    """The package's linked names (name1, name2); ``_links`` reads them once, on the first
    name compared.

    Read from its CSV file, not through ``import nicknames``: the package's ``__init__``
    looks its own version up in every installed distribution's metadata, 15-20 ms of each
    run's start-up; the file is found without running it (``find_spec``)."""
    spec = importlib.util.find_spec("nicknames")
    places = list(spec.submodule_search_locations or []) if spec else []
    path = Path(places[0]) / "names.csv" if places else None
    if path is None or not path.is_file():  # laid out otherwise: ask the package
        from nicknames import name_triplets

        return [(t.name1, t.name2) for t in name_triplets()]
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        next(rows, None)  # the header
        return [(r[0], r[2]) for r in rows if len(r) >= 3]


def _bare(name: str) -> str:
    return name.lower().rstrip(".")


def linked(name: str) -> frozenset[str]:
    """The first names the table links with ``name`` (not ``name`` itself)."""
    return _links().get(_bare(name), frozenset())


def same_first(a: str, b: str) -> bool:
    """Whether two written first names may be one person's ("Ted", "Theodore")."""
    a, b = _bare(a), _bare(b)
    if a == b or lx.NICKNAMES.get(a, a) == lx.NICKNAMES.get(b, b):
        return True
    return b in _links().get(a, ())


def is_nickname(name: str) -> bool:
    """Whether a first name is a short form the lexicon knows ("Bob"), not a formal one."""
    return _bare(name) in lx.NICKNAMES


def stands_for(short: str, full: str) -> bool:
    """Whether ``short`` is a nickname and ``full`` a formal name it may stand for: the one
    a record renames to once the article uses it ("Pat" → "Patricia")."""
    return is_nickname(short) and not is_nickname(full) and same_first(short, full)


@lru_cache(maxsize=4096)  # asked for every person an article names: the same few names recur
def gender(name: str) -> str | None:
    """The gender a first name tells, or None when it tells none: a name the lexicon gives
    no gender, or a short form whose linked formal names are of both ("Pat": Patrick and
    Patricia; "Chris": Christopher and Christine)."""
    bare = _bare(name)
    genders = {lx.FIRST_NAMES.get(n) for n in linked(bare) if len(n) > len(bare)} - {None}
    own = lx.FIRST_NAMES.get(bare)
    if own is not None:
        genders.add(own)
    return genders.pop() if len(genders) == 1 else None
