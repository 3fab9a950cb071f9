"""Who is who in an article: names, titles, organisations, and what 'he' or 'Mr Ross' refers to.

One pass finds capitalised runs ("Treasury Secretary Steven Mnuchin"), splits each into a title
and a name, and builds the article's cast: a person per full name, with every shorter way the
article refers to them ("Mnuchin", "Mr Mnuchin") resolved to it by surname. A nickname and a
formal first name it may stand for are one person ("Bob Lighthizer" and "Robert Lighthizer";
``nicknames``). A small gazetteer of
public figures fills in what an article leaves out ("Trump" is Donald Trump).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from . import lexicon as lx
from . import nicknames as nk

# A capitalised run: words starting upper-case, joined by spaces or by lower-case connectors.
_CAPWORD = r"(?:[A-Z][\w’'\-]*(?:\.[A-Z]\w*)*\.?|[A-Z]\.)"
_RUN = re.compile(
    rf"{_CAPWORD}(?:(?:[ \t\u00a0]+(?:(?:of|for|the|de|del|da|van|von|der|bin|al|la|le|du|y)[ \t\u00a0]+)?){_CAPWORD})*"
)
# "Dana White, the mayor," — an appositive role vouches that an unknown name is a person's.
_APPOSITIVE_ROLE = re.compile(
    r",\s+(?:a|an|the|his|her|its|their)\s+(?:[\w’'\-]+\s+){0,4}?(?:"
    + "|".join(sorted(w for w in lx.TITLE_WORDS if w.isalpha() and len(w) > 3))
    + r"|lawyer|teacher|farmer|doctor|resident|owner|worker|student|activist|voter|mother|father)\b"
)
_WORD = re.compile(r"\S+")
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


@dataclass(slots=True)
class Entity:
    """A person or organisation of the article, under its canonical name."""

    name: str
    kind: str = "person"  # person | organisation | other
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    gender: str | None = None
    roles: set[str] = field(default_factory=set)  # lower-case role phrases, for "the president"
    mentions: int = 0

    def add_alias(self, alias: str) -> None:
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)

    @property
    def surname(self) -> str:
        parts = [p for p in self.name.split() if p.lower() not in _SUFFIXES]
        return parts[-1].lower() if parts else ""


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    entity: Entity


def _clean(word: str) -> str:
    if not word.endswith(("’", "'", "s")):  # (one test for the usual word)
        return word
    for suffix in ("’s", "'s", "’", "'"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    return word


def _titlecase(word: str) -> str:
    if word.isupper() and len(word) > 2 and not _is_acronym_like(word):
        return "-".join(p.capitalize() for p in word.split("-"))
    return word


def _is_acronym_like(word: str) -> bool:
    return len(word) <= 3 or "." in word


def nickname_of(short: str, full: str) -> bool:
    """True when ``short`` is ``full`` with a nickname for its first name ("Bob Smith",
    "Robert Smith"): the formal name then becomes the person's name."""
    a, b = short.split(), full.split()
    if len(a) < 2 or len(a) != len(b) or a[1:] != b[1:]:
        return False
    return nk.stands_for(a[0], b[0])


# What split_title takes for part of a title: any of these words, and one of the second set
# when a word follows it. (One look-up in a union instead of one in each word list: the cast
# splits some 22,000 runs on polnear-dev.)
_TITLE_ANYWHERE = frozenset((*lx.TITLE_WORDS, *lx.HONORIFICS, *lx.NATIONALITIES))
_TITLE_BEFORE_MORE = frozenset((*lx.ORG_WORDS, *lx.COUNTRIES, *lx.US_STATES))


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """('Treasury Secretary', 'Steven Mnuchin') from the words of a capitalised run."""
    i = 0
    n = len(words)
    while i < n:
        w = words[i].lower().rstrip(",")
        if w in _TITLE_ANYWHERE or (w in _TITLE_BEFORE_MORE and i + 1 < n):
            i += 1
            continue
        if i + 2 < n and f"{w} {words[i + 1].lower()}" in lx.US_STATES:
            i += 2  # "New Hampshire Gov. ..."
            continue
        break
    return words[:i], words[i:]


def _joins_two(words: list[str]) -> bool:
    """Capitalised words joined by "and" that are not one organisation's name ("the Ways
    and Means Committee", "Johnson and Johnson"): a pair of speakers."""
    if "and" not in words:
        return False
    last = words[-1].lower()
    return last not in lx.ORG_WORDS and " ".join(w.lower() for w in words) not in lx.KNOWN_ORGS


_VERB_FORM_ENDS = frozenset("sdeSDE")  # how "Says", "Warned", "Told", "Wrote" end


def _inflected_speech_verb(word: str) -> bool:
    """ "Says", "Warned": a speech verb's inflected form, never part of a name (unlike the
    base forms that are nouns too, "Post", "Report")."""
    low = word.lower()
    lemma = lx.SPEECH_VERBS.get(low)
    return lemma is not None and low != lemma and lemma not in lx.NOUN_LIKE_CUES


class Cast:
    """The people and organisations of one article and the mentions that name them."""

    def __init__(self, text: str, sentence_starts: set[int] | None = None) -> None:
        self.text = text
        self.entities: dict[str, Entity] = {}
        self.mentions: list[Mention] = []
        self._by_surname: dict[str, list[Entity]] = {}
        self._sentence_starts = sentence_starts or set()
        self._mention_starts: list[int] = []
        self._starts_by_entity: dict[int, list[int]] = {}  # id(entity) -> its mention starts
        self._by_role_word: dict[str, list[Entity]] = {}  # a word of a role -> its holders
        self._scan()

    # -- writes by the attribution stages -----------------------------------------------------
    def add_person(self, name: list[str], title: list[str]) -> Entity:
        """A person the scan did not know, named as a speaker ("said Dana Cole")."""
        ent = self._person(name, title, None, None)
        ent.mentions += 1
        return ent

    def add_alias(self, ent: Entity, alias: str) -> None:
        """Another way the article names a person ("GOVERNOR MARY SHAW" under a pull quote)."""
        ent.add_alias(alias)

    def note_role(self, ent: Entity, role: str) -> None:
        """A role given beside a person's name ("Dana Cole, the mayor")."""
        role = role.strip()
        if role and ent.kind == "person":
            ent.role = ent.role or role
            self._add_role(ent, role)

    def _add_role(self, ent: Entity, role: str) -> None:
        role = role.lower()
        if role in ent.roles:
            return
        ent.roles.add(role)
        for w in set(role.replace("-", " ").split()):
            holders = self._by_role_word.setdefault(w, [])
            if ent not in holders:
                holders.append(ent)

    # -- building ---------------------------------------------------------------------------
    def _scan(self) -> None:
        runs: list[tuple[int, list[str]]] = []
        for m in _RUN.finditer(self.text):
            run = m.group()
            if " " in run or "\u00a0" in run or "\t" in run or run.endswith(_POSSESSIVE_ENDS):
                runs.extend(self._cut_possessives(m.start(), run))
            else:  # most runs are one word: a sentence's first word or a surname
                word = _one_word(run)
                low = word.lower()
                if low in _NEVER_ALONE and low not in lx.KNOWN_ORGS:
                    continue  # "The", "President" alone name nobody (see _short_reference)
                runs.append((m.start(), [word]))
        singles = []
        for start, words in runs:
            if len(words) == 1:  # the fast path of _full_name for the commonest run
                org = lx.KNOWN_ORGS.get(words[0].lower())
                ent = self._org(org) if org else None
            else:
                end = start + len(" ".join(words))
                ent = self._full_name(words, after=self.text[end : end + 60])
            if ent is None:
                singles.append((start, words))
            else:
                self._mention(start, words, ent)
        known: dict[tuple[tuple[str, ...], bool], tuple[int, Entity | None]] = {}
        for start, words in singles:
            # the same words in the same position resolve alike: look each up once, unless
            # the cast has grown since a look that found nobody
            key = (tuple(words), start in self._sentence_starts)
            seen = known.get(key)
            if seen is None or (seen[1] is None and seen[0] != len(self.entities)):
                grown = len(self.entities)
                seen = (grown, self._short_reference(words, start))
                if len(self.entities) == grown:  # a look that made a person is not final
                    known[key] = seen
            ent = seen[1]
            if ent is not None:
                self._mention(start, words, ent)
        self.mentions.sort(key=lambda m: m.start)
        self._mention_starts = [m.start for m in self.mentions]
        for mention in self.mentions:
            self._starts_by_entity.setdefault(id(mention.entity), []).append(mention.start)

    def _cut_possessives(self, start: int, run: str) -> list[tuple[int, list[str]]]:
        """Split "Hong Kong’s Chief Executive" into its owner and the rest."""
        out: list[tuple[int, list[str]]] = []
        words: list[str] = []
        cur_start = start
        for m in _WORD.finditer(run):
            w = m.group()
            if (
                w.endswith(".")
                and not _abbrev_like(w)
                and w.lower().rstrip(".") not in lx.TITLE_ABBREVIATIONS
            ):
                w = w[:-1]
            if not words:
                cur_start = start + m.start()
            words.append(w)
            if w.endswith(("’s", "'s", "s’")):
                words[-1] = _clean(w)
                out.append((cur_start, words))
                words = []
        if words:
            out.append((cur_start, words))
        return out

    def _full_name(self, words: list[str], after: str = "") -> Entity | None:
        """A person named in full, or an organisation; None for a bare surname or a place."""
        if len(words) == 1:  # most runs: a word capitalised for starting a sentence, or a surname
            org = lx.KNOWN_ORGS.get(words[0].lower())
            return self._org(org) if org else None
        while words and words[0].lower() in lx.NOT_NAMES:
            words = words[1:]
        while words and words[-1][-1:] in _VERB_FORM_ENDS and _inflected_speech_verb(words[-1]):
            words = words[:-1]  # a headline's "Mayor Says": a title and its verb, no name
        if not words:
            return None
        lowered = " ".join(w.lower() for w in words)
        if lowered in lx.KNOWN_ORGS:
            return self._org(lx.KNOWN_ORGS[lowered])
        if words[-1].lower().rstrip(".") in lx.ORG_WORDS and len(words) >= 2:
            return self._org(" ".join(_titlecase(w) for w in words))
        title, name = split_title(words)
        if "of" in name[2:]:
            name = name[: name.index("of")]  # "Ted Cruz of Texas": a person and their state
        name = [w for w in name if w not in {"of", "for", "the"}]
        if len(name) < 2:
            return None
        if any(w.lower() in lx.MONTHS or w.lower() in lx.DAYS for w in name):
            return None
        joined = " ".join(w.lower() for w in name)
        if joined in lx.COUNTRIES or joined in lx.US_STATES:
            return None
        first = name[0].lower().rstrip(".")
        honorific = next((w.lower() for w in title if w.lower() in lx.HONORIFICS), None)
        known = _gazetteer_full(name)
        vouched = bool(_APPOSITIVE_ROLE.match(after)) and len(name) <= 3
        if not (title or first in lx.FIRST_NAMES or known or first in lx.NICKNAMES or vouched):
            return None
        if any(w.lower() in lx.ORG_WORDS for w in name[1:]):
            return None
        return self._person(name, title, honorific, known)

    def _person(
        self,
        name: list[str],
        title: list[str],
        honorific: str | None,
        known: tuple[str, str, tuple[str, ...]] | None,
    ) -> Entity:
        shown = [_titlecase(w) for w in name]
        first = shown[0].lower().rstrip(".")
        nickname = nk.is_nickname(first)
        # A person is called what the article calls them ("Bernie Sanders", "Ted Cruz"); the
        # gazetteer's name wins for public figures, and a formal first name wins once the
        # article uses it too ("Bob Smith" ... "Robert Smith").
        canonical = known[0] if known else " ".join(shown)
        surname = canonical.split()[-1].lower()
        # The same person named differently ("Bob Lighthizer" / "Robert Lighthizer").
        ent = None
        for cand in self._by_surname.get(surname, []):
            if _same_first(cand.name.split()[0], shown[0]):
                ent = cand
                break
        if ent is not None and not known and not nickname and nickname_of(ent.name, canonical):
            self._rename(ent, canonical)
        if ent is None:
            ent = self.entities.get(canonical)
        if ent is None:
            ent = Entity(name=canonical)
            if known:
                ent.gender = known[1]
                for known_role in known[2]:
                    self._add_role(ent, known_role)
            self.entities[canonical] = ent
            self._by_surname.setdefault(surname, []).append(ent)
            family_first = canonical.split()[0].lower()
            if (
                len(canonical.split()) == 2
                and family_first not in lx.FIRST_NAMES
                and family_first not in lx.NICKNAMES
            ):
                # "Liu He", "Xi Jinping": the family name may come first; "Liu" finds him too.
                self._by_surname.setdefault(family_first, []).append(ent)
        ent.add_alias(" ".join(shown))
        if title:
            role = " ".join(_titlecase(w) for w in title if w.lower() not in lx.HONORIFICS)
            if role:
                ent.role = ent.role or role
                self._add_role(ent, role)
                ent.add_alias(f"{role} {' '.join(shown)}")
        gender = lx.HONORIFICS.get(honorific or "") or nk.gender(first)
        ent.gender = ent.gender or gender
        return ent

    def _rename(self, ent: Entity, name: str) -> None:
        old = ent.name
        del self.entities[old]
        ent.name = name
        self.entities[name] = ent
        if name in ent.aliases:
            ent.aliases.remove(name)
        ent.add_alias(old)

    def _org(self, name: str) -> Entity:
        ent = self.entities.get(name)
        if ent is None:
            ent = Entity(name=name, kind="organisation")
            self.entities[name] = ent
        return ent

    def _short_reference(self, words: list[str], start: int) -> Entity | None:
        """'Mnuchin', 'Mr Ross', 'President Trump', 'Beijing': resolved against the cast."""
        words = list(words)
        title, name = split_title(words)
        if start in self._sentence_starts or not title:
            while name and name[0].lower() in lx.NOT_NAMES:
                name = name[1:]
        if not name:
            return None
        if len(name) == 1:
            key = name[0].lower().rstrip(".")
            if key in lx.COUNTRIES and not title:
                return None  # places are speakers only when they speak; see resolve_phrase
            if key in lx.MONTHS or key in lx.DAYS or key in lx.NATIONALITIES:
                return None
            ent = self.by_surname(key)
            if ent is None and (title or key in _GAZ_SURNAMES):
                known = _GAZ_SURNAMES.get(key)
                honorific = next((w.lower() for w in title if w.lower() in lx.HONORIFICS), None)
                if known:
                    return self._person(known[0].split(), title, honorific, known)
                if title and any(
                    w.lower() in lx.TITLE_WORDS - {"us", "u.s.", "former"} for w in title
                ):
                    return self._person(name, title, honorific, None)
                if honorific:
                    return self._person(name, title, honorific, None)
            if ent is not None and title:
                role = " ".join(_titlecase(w) for w in title if w.lower() not in lx.HONORIFICS)
                if role:
                    self._add_role(ent, role)
                    ent.role = ent.role or role
                hon = next((w.lower() for w in title if w.lower() in lx.HONORIFICS), None)
                if hon and lx.HONORIFICS.get(hon):
                    ent.gender = ent.gender or lx.HONORIFICS[hon]
                ent.add_alias(" ".join(_titlecase(w) for w in [*title, *name]))
            elif ent is not None:
                ent.add_alias(_titlecase(name[0]))
            return ent
        return None

    def _mention(self, start: int, words: list[str], ent: Entity) -> None:
        end = start + len(" ".join(words))
        ent.mentions += 1
        self.mentions.append(Mention(start, min(end, len(self.text)), ent))

    # -- looking up -------------------------------------------------------------------------
    def by_surname(self, surname: str) -> Entity | None:
        cands = self._by_surname.get(surname.lower())
        if not cands:
            return None
        return max(cands, key=lambda e: e.mentions)

    def resolve_phrase(self, phrase: str) -> Entity | None:
        """The entity a noun phrase names, if it names one: a person, a title, a place, an org."""
        words = [_clean(w) for w in re.findall(r"[\w’'.\-&]+", phrase)]
        words = [w.rstrip(".") if not _abbrev_like(w) else w for w in words]
        while words and words[0].lower() in lx.DETERMINERS:
            words = words[1:]
        if not words:
            return None
        lowered = " ".join(w.lower() for w in words)
        if lowered in lx.KNOWN_ORGS:
            return self._org(lx.KNOWN_ORGS[lowered])
        if lowered in lx.COUNTRIES:
            return self._org(lx.COUNTRIES[lowered])
        upper = [i for i, w in enumerate(words) if w[:1].isupper()]
        if upper and _joins_two(words[upper[0] : upper[-1] + 1]):
            return None  # "Lee and Ruiz", "Cruz and Rubio": two people, not one named Lee Ruiz
        # "of" stays between capitalised words: "Rita Lowe of Nevada" is cut at it, later
        caps = (
            [w for w in words[upper[0] : upper[-1] + 1] if w[:1].isupper() or w == "of"]
            if upper
            else []
        )
        if caps:
            ent = self._full_name(caps)
            if ent is not None:
                return ent
            _title, name = split_title(caps)
            if name:
                ent = self.by_surname(name[-1].lower())
                if ent is not None:
                    return ent
                if len(name) == 1:
                    return self._short_reference(caps, -1) or None
        return None

    def resolve_role(self, phrase: str, before: int) -> Entity | None:
        """'the US president' → the article's president, by the roles its people hold."""
        words = [w.lower() for w in re.findall(r"[\w’'.\-]+", phrase)]
        if not words or words[0] not in {"the", "this", "that"}:
            return None
        words = [w for w in words[1:] if w not in lx.NATIONALITIES and w not in lx.COUNTRIES]
        if not words or words[-1] not in lx.TITLE_WORDS:
            return None
        head = words[-1]
        qualifiers = {"vice", "deputy", "former", "assistant", "under"}
        want = qualifiers & set(words)
        best: Entity | None = None
        best_pos = -1
        for ent in self._by_role_word.get(head, []):
            if ent.kind != "person":
                continue
            for role in ent.roles:
                rw = set(role.replace("-", " ").split())
                if head in rw and (qualifiers & rw) == want:
                    pos = self.last_mention(ent, before)
                    if pos > best_pos:
                        best, best_pos = ent, pos
                    break
        return best

    def last_mention(self, ent: Entity, before: int) -> int:
        """Where the article last named ``ent`` before ``before``; -1 if it had not."""
        starts = self._starts_by_entity.get(id(ent), [])
        i = bisect.bisect_left(starts, before)
        return starts[i - 1] if i else -1

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        lo = bisect.bisect_left(self._mention_starts, start)
        hi = bisect.bisect_left(self._mention_starts, end, lo)
        return self.mentions[lo:hi]


_POSSESSIVE_ENDS = ("’s", "'s", "s’")
# One capitalised word that alone is never a name: split_title takes it as a title, or it is
# capitalised only for opening a sentence.
_NEVER_ALONE = frozenset(lx.NOT_NAMES) | lx.TITLE_WORDS | set(lx.HONORIFICS) | set(lx.NATIONALITIES)


def _one_word(w: str) -> str:
    """A one-word run as _cut_possessives would give it: a full stop that is no
    abbreviation's dropped."""
    if (
        w.endswith(".")
        and not _abbrev_like(w)
        and w.lower().rstrip(".") not in lx.TITLE_ABBREVIATIONS
    ):
        return w[:-1]
    return w


def _abbrev_like(w: str) -> bool:
    return _ABBREV.fullmatch(w) is not None


_ABBREV = re.compile(r"(?:[A-Za-z]\.)+")  # compiled once: asked of ~9,000 words on polnear-dev


def _same_first(a: str, b: str) -> bool:
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    if a == b:
        return True
    if nk.same_first(a, b):
        return True
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


_GAZ_FULL = {g[0].lower(): g for g in lx.PUBLIC_FIGURES}
_GAZ_SURNAMES: dict[str, tuple[str, str, tuple[str, ...]]] = {}
for _g in lx.PUBLIC_FIGURES:
    _s = _g[0].split()[-1].lower()
    # A surname two figures share (Clinton, Bush) resolves only through the article itself.
    _GAZ_SURNAMES[_s] = _g if _s not in _GAZ_SURNAMES else ("", "", ())
_GAZ_SURNAMES = {k: v for k, v in _GAZ_SURNAMES.items() if v[0]}
# The better-known of two figures who share a surname, for a bare "Clinton" or "Bush".
_GAZ_SURNAMES.update({"clinton": _GAZ_FULL["hillary clinton"], "bush": _GAZ_FULL["jeb bush"]})


def _gazetteer_full(name: list[str]) -> tuple[str, str, tuple[str, ...]] | None:
    key = " ".join(w.lower() for w in name)
    if key in _GAZ_FULL:
        return _GAZ_FULL[key]
    if len(name) >= 2:
        g = _GAZ_SURNAMES.get(name[-1].lower())
        if g and _same_first(g[0].split()[0], name[0]):
            return g
    return None
