"""Who a speaker mention refers to: a name, a role phrase, or a pronoun, resolved as a reader would.

Pronouns look back through what has been read: first the people named earlier in the same
sentence, then the salient subjects of the sentences before (``Salience``), and when nobody
came before, ahead to the next person the paragraph names. Role phrases ("the US president")
go to the person the article gave that role.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .cues import Cue
from .names import Cast, Entity, split_title
from .phrases import NounPhrase
from .policy import Policy
from .statements import Attribution
from .text import Document

_PARENTHESIS = re.compile(r"\s*\([^)]*\)?")  # "(R-Utah)"
_THE = re.compile(r"^(?:the)\s+", re.I)
_WORDS = re.compile(r"[\w’'.\-&]+")


class Salience:
    """The subject of each sentence read so far, for pronouns to point back to."""

    __slots__ = ("_subjects",)

    def __init__(self) -> None:
        self._subjects: list[tuple[int, Entity]] = []

    def add(self, sentence: int, ent: Entity) -> None:
        self._subjects.append((sentence, ent))

    def recent(self, sentence: int, window: int) -> list[Entity]:
        """Subjects of the sentences up to ``window`` before ``sentence``, latest first."""
        out = []
        for sj, ent in reversed(self._subjects):
            if sentence - sj > window:
                break
            out.append(ent)
        return out


class Resolver:
    """Resolves speaker noun phrases against the cast and what has been read."""

    def __init__(self, doc: Document, cast: Cast, policy: Policy) -> None:
        self.doc = doc
        self.cast = cast
        self.policy = policy
        self.salience = Salience()
        self._sentence_starts = {s for s, _ in doc.sentences}

    def attribution(self, np: NounPhrase, cue: Cue | None, si: int, rule: str) -> Attribution:
        """The attribution of a statement to the speaker ``np`` names; a role beside the name
        ("Geoff Garin, a Democratic pollster") is kept as that person's role."""
        ent, name, kind = self.resolve(np, si)
        if ent is not None and np.role:
            self.cast.note_role(ent, np.role)
        return Attribution(np, ent, cue, name, kind, rule)

    def mention_attribution(
        self, m_start: int, m_end: int, ent: Entity, cue: Cue | None, rule: str
    ) -> Attribution:
        np = NounPhrase(m_start, m_end, self.doc.text[m_start:m_end])
        return Attribution(np, ent, cue, ent.name, ent.kind, rule)

    def resolve(self, np: NounPhrase, si: int) -> tuple[Entity | None, str | None, str]:
        phrase = _PARENTHESIS.sub("", np.refers or np.text).strip()
        low = phrase.lower()
        if low in lx.PRONOUNS:
            ent = self.pronoun(low, np.start, si)
            if ent is not None:
                return ent, ent.name, ent.kind
            return None, None, "person"
        head = _head(phrase)
        if head and head[:1].islower() and phrase.lower() not in lx.KNOWN_ORGS:
            role_ent = self.cast.resolve_role(phrase, np.start)
            if role_ent is not None:
                return role_ent, role_ent.name, role_ent.kind
            desc = _THE.sub("", phrase)
            kind = "organisation" if head.lower() in lx.ORG_WORDS else "person"
            return None, desc, kind
        ent = self.cast.resolve_phrase(phrase)
        if ent is None:
            words = _last_capitalised_run(phrase)
            if words and " and " in phrase and words[-1].lower() not in lx.ORG_WORDS:
                return None, phrase, "person"  # "Lee and Ruiz": two speakers, no new person
            if words:
                # A name the cast did not know: a new speaker of the article.
                title_words, name_words = split_title(words)
                lone = len(name_words) == 1 and not title_words
                if name_words and not (lone and np.start in self._sentence_starts):
                    # (one capitalised word opening a sentence is no name: "Politics")
                    ent = self.cast.add_person(name_words, title_words)
        if ent is not None:
            return ent, ent.name, ent.kind
        return None, phrase, "person"

    def pronoun(self, word: str, pos: int, si: int) -> Entity | None:
        want = lx.PRONOUNS[word]
        s = self.doc.sentences[si][0]
        for m in reversed(self.cast.mentions_between(s, pos)):
            if not self.doc.inside_quote(m.start) and compatible(m.entity, want):
                return m.entity
        for ent in self.salience.recent(si, self.policy.salience_sentences):
            if compatible(ent, want):
                return ent
        # Nobody before: a pronoun may point ahead ("“We will win,” he said. So Tom Hill
        # opened his campaign"), to the next person its paragraph names.
        para_end = self.doc.paragraphs[self.doc.paragraph_index(pos)][1]
        for m in self.cast.mentions_between(pos, para_end):
            if not self.doc.inside_quote(m.start) and compatible(m.entity, want):
                return m.entity
        return None


def compatible(ent: Entity, want: str | None) -> bool:
    """Whether a pronoun of gender/number ``want`` (lexicon.PRONOUNS) can stand for ``ent``."""
    if want in {"m", "f"}:
        return ent.kind == "person" and ent.gender in {None, want}
    if want == "n":
        return ent.kind == "organisation"
    if want == "p":
        return ent.kind == "organisation"
    return ent.kind == "person"


def _head(phrase: str) -> str:
    """The head word of a noun phrase: the last word before a preposition."""
    words = _WORDS.findall(phrase)
    out: list[str] = []
    for w in words:
        if w.lower() in lx.PREPOSITIONS and out:
            break
        out.append(w)
    head = out[-1] if out else ""
    return head.rstrip(".")


_CONNECTORS = {"of", "for", "the", "and", "de", "van", "von", "al", "bin"}


def _last_capitalised_run(phrase: str) -> list[str]:
    """The words of a phrase's last run of capitalised words: "Kendall Fells" of "Fight for
    $15 organizing director Kendall Fells"."""
    run: list[str] = []
    for w in phrase.split():
        if w[:1].isupper():
            run.append(w)
        elif run and w.lower() not in _CONNECTORS:
            run = []
    while run and run[-1].lower() in _CONNECTORS:
        run.pop()
    return run
