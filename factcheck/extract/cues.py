"""Cue words: the verbs and phrases that introduce what someone said ("said", "according to").

Cues are found once per article, outside quotes and outside paragraphs that layout has taken,
and kept sorted so that any window of text finds its cues by bisection.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from . import lexicon as lx
from .text import Document

_CUE_FORMS = frozenset(
    {*lx.SPEECH_VERBS, *lx.EVALUATION_VERBS} - {"begin", "began", "begins", "go", "went", "goes"}
)
_CUE_WORDS = _CUE_FORMS | {"according", "pointed", "went", "goes", "shot", "fired", "put", "puts"}
# Words that are cues only with their particle: "chimed in", "cried out".
_ONLY_PHRASAL = {
    "chime": "in",
    "chimed": "in",
    "chimes": "in",
    "cried": "out",
    "cries": "out",
    "put": "it",  # "as Smith put it"
    "puts": "it",
}
_AS_BEFORE = re.compile(r"\b[Aa]s\s+(?:[\w’'.\-]+\s+){1,6}$")
_PHRASAL = {
    "according": ("to",),
    "pointed": ("out", "to"),
    "went": ("on",),
    "goes": ("on",),
    "shot": ("back",),  # "“That’s not true,” Sanders shot back."
    "fired": ("back",),
    **{w: (particle,) for w, particle in _ONLY_PHRASAL.items()},
}
_NEXT_WORD = re.compile(r" (\w+)\b")
# An infinitive that reports what was or will be said: "was prompted to say", "felt
# compelled to add", "is expected to say" (prepared remarks), "was set to tell"
_PROMPTED_TO = re.compile(
    r"\b(?:prompted|moved|compelled|forced|expected|set|scheduled|slated|due)[ \t]+to[ \t]+$"
)
# "went on" reports words when they follow or when it ends a tag: "he went on: “...”",
# "went on to say that", "“...,” she went on." (not "went on the radio")
_GOES_ON_TO_SAY = re.compile(r"[ \t]*(?:[,.:;—–\n]|$|[“\"‘]|to[ \t]+(?:say|add|note|warn|argue)\b)")
# (a literal first, so the regex engine scans for it; the letter before is checked after)
_SENTENCE_ACCORDING = re.compile(r"According to(?![\w\-])")
_NOT_BEFORE_VERB = (
    (lx.PREPOSITIONS - {"after", "before", "since", "over", "under"})
    | (
        lx.DETERMINERS
        - {
            "both",
            "all",
            "each",
            "many",
            "most",
            "some",
            "several",
            "one",
            "two",
            "three",
            "few",
            "more",
            "multiple",
            "other",
            "another",
            "that",
            "these",
            "those",
            "this",
        }
    )
    | {"to", "my", "your", "whose", "’s", "'s"}
)


@dataclass(slots=True)
class Cue:
    start: int
    end: int
    word: str
    lemma: str
    speech: bool  # a speech verb (reports a clause) rather than an evaluation verb

    @property
    def participle(self) -> bool:
        return self.word.endswith("ing")


class CueIndex:
    """An article's cues in text order, looked up by position."""

    __slots__ = ("_starts", "cues")

    def __init__(self, cues: list[Cue]) -> None:
        self.cues = cues
        self._starts = [c.start for c in cues]

    def between(self, start: int, end: int) -> list[Cue]:
        """The cues starting in [start, end)."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end, lo)
        return self.cues[lo:hi]

    def first_between(self, start: int, end: int) -> Cue | None:
        lo = bisect.bisect_left(self._starts, start)
        if lo < len(self.cues) and self.cues[lo].start < end:
            return self.cues[lo]
        return None


def find_cues(doc: Document, skip_paragraphs: set[int]) -> CueIndex:
    """Every cue outside quotes and outside the paragraphs layout took."""
    out = []
    text = doc.text
    for start, end, w in _cue_matches(text, _outside_quotes(doc), _capitalised(doc)):
        if doc.inside_quote(start) or doc.paragraph_index(start) in skip_paragraphs:
            continue
        if doc.markup and doc.in_markup(start):
            continue
        if w == "according to":
            out.append(Cue(start, end, w, "according to", True))
            continue
        if w.startswith(("pointed", "went on", "goes on")):
            if w.startswith(("went", "goes")) and not _GOES_ON_TO_SAY.match(text, end):
                continue  # "went on the radio", "goes on sale": no words follow
            lemma = w.split()[0]
            out.append(Cue(start, end, w, lemma, w.startswith(("went", "goes"))))
            continue
        if w.endswith(" back"):
            if _verb_position(text, start):
                out.append(Cue(start, end, w, "retort", True))
            continue
        if w in {"put it", "puts it"}:
            if _AS_BEFORE.search(text, max(0, start - 60), start):
                out.append(Cue(start, end, w, "put", True))
            continue
        if " " in w:  # "chimed in", "cried out"
            if _verb_position(text, start):
                out.append(Cue(start, end, w, lx.SPEECH_VERBS[w.split()[0]], True))
            continue
        if not _verb_position(text, start) and not _PROMPTED_TO.search(
            text, max(0, start - 40), start
        ):
            continue  # "on promises", "to comment", "the remarks": a noun or infinitive
        lemma = lx.SPEECH_VERBS.get(w) or lx.EVALUATION_VERBS[w]
        if lemma in lx.NOUN_LIKE_CUES and _noun_use(text, start, end, w, lemma):
            continue  # "a press call", "late-night tweets were", "Trump’s remarks"
        out.append(Cue(start, end, w, lemma, w in lx.SPEECH_VERBS))
    return CueIndex(out)


_WORD_BEFORE = re.compile(r"([\w’'\-]+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([\w’']+)")
_VERB_BEFORE = lx.AUXILIARIES | lx.ADVERBS | lx.SUBJECT_PRONOUNS | {"to", "and", "or", "not"}
_POSSESSED_PRONOUNS = {"he", "she", "it", "who", "that", "there"}


def _noun_use(text: str, start: int, end: int, word: str, lemma: str) -> bool:
    """A cue word that is a noun here: the head of a compound ("roll call", "terror attack"),
    a possessed noun ("Trump’s remarks"), or a plural subject of the next verb ("his tweets
    were")."""
    if word.endswith("ed") or word in lx.IRREGULAR_PAST:
        return False
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    prev = m.group(1) if m else ""
    low = prev.lower()
    if low.endswith(("’s", "'s")):
        return low[:-2] not in _POSSESSED_PRONOUNS  # "he’s said" is "he has said"
    if word == lemma and prev.islower() and low not in _VERB_BEFORE and not low.endswith("ly"):
        # a base form after a singular noun is a compound; after a plural it is the verb
        return not (low.endswith("s") and not low.endswith("ss")) and low not in lx.PLURAL_NOUNS
    if word != lemma:
        nxt = _WORD_AFTER.match(text, end)
        if word.endswith("s") and nxt is not None and nxt.group(1).lower() == "of":
            return True  # "gave a few hints of", "claims of fraud": a noun and its object
        if prev[:1].isupper() and word.endswith("s") and _compound_with_name(text, start, end):
            return True  # "a series of Twitter posts, Trump": a name-led compound noun
        if low.endswith("ing") or low.endswith("ed") or low in lx.IRREGULAR_PAST:
            return True  # "raising questions", "made remarks": the object of a verb
        if prev.islower() and low.endswith(_ADJECTIVE_ENDINGS) and low not in _ADJECTIVE_LOOKING:
            return True  # "racial remarks", "public comments"
        nxt = _WORD_AFTER.match(text, end)
        return nxt is not None and nxt.group(1).lower() in lx.AUXILIARIES
    return False


_COMPOUND_NEXT = {",", ".", "on", "in", "at", "about", "from", "to", "by"}
_WORD_BEFORE_PREV = re.compile(r"([\w’'\-]+)[ \t]+[\w’'\-]+[ \t]+$")


def _compound_with_name(text: str, start: int, end: int) -> bool:
    """ "of Twitter posts,", "the Senate remarks on": a plural after a determiner or a
    preposition and a capitalised word, with no object of its own, is a noun."""
    m = _WORD_BEFORE_PREV.search(text, max(0, start - 60), start)
    if m is None or m.group(1).lower() not in lx.DETERMINERS | lx.PREPOSITIONS:
        return False
    nxt = re.match(r"[ \t]*([\w’']+|[,.])", text[end : end + 20])
    return nxt is not None and nxt.group(1).lower() in _COMPOUND_NEXT


_ADJECTIVE_ENDINGS = ("al", "ive", "ous", "ful", "ic", "ary")
# Nouns that look like adjectives and head a subject: "the official says".
_ADJECTIVE_LOOKING = {"official", "general", "rival", "critic", "individual", "national", "ally"}


def _prompted(text: str, pos: int) -> bool:
    k = pos
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if text[k - 2 : k] != "to":  # the cheap test first: no "to" right before, no infinitive
        return False
    return _PROMPTED_TO.search(text, max(0, pos - 40), pos) is not None


def _verb_position(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    j = k
    while j >= 0 and (text[j].isalpha() or text[j] in "’'"):
        j -= 1
    prev = text[j + 1 : k + 1]
    if prev[:1].isupper() and j >= 0 and text[j] in " \t":
        return True  # a capitalised word inside a sentence is a name, "From said", "Will said"
    return prev.lower() not in _NOT_BEFORE_VERB


def _trie_pattern(words: set[str] | frozenset[str]) -> str:
    """An alternation of words as a trie ("sa(?:id|ys|y(?:ing)?)"): the regex engine then
    rejects a position on its first letter instead of trying every word in turn."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        alts: list[str] = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]  # "accord", not "a(?:c(?:c(?:o(?:r(?:d" (half the pattern to compile)
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return emit(root)


# A lower-case cue word standing alone: not inside a longer word or a hyphenated compound.
_CUE_WORD = re.compile(r"(?<![\w\-’'])" + _trie_pattern(_CUE_WORDS) + r"(?![\w\-])")


# A capitalised speech verb is a cue only where prose puts one: after a comma that closes a
# name and its appositive ("Murphy, the head of the PAC, Tweeted on Friday"), or opening a
# sentence before the name it inverts ("Said Pat Lyle: ...") or the question it reports
# ("Asked on Monday whether ..."). Elsewhere it is a headline's Title Case, which the
# headline rules read.
_CAP_FORMS = frozenset(
    """Said Says Told Tells Added Adds Wrote Writes Tweeted Tweets Posted Emailed Noted Stated
    Replied Responded Explained Argued Insisted Warned Declared Asked""".split()  # noqa: SIM905
)
_CAP_AFTER_COMMA = re.compile(r",[ \t]+(" + _trie_pattern(_CAP_FORMS) + r")(?![\w\-’'])")
_CAP_OPENING = re.compile(r"(?:Sa(?:id|ys)|Added|Wrote)(?=[ \t]+[A-Z])|Asked(?=[ \t]+\w)")
_OPENING_CHARS = frozenset("SAW \t“\"‘'(—–-")
_SENTENCE_LEAD = re.compile(r"[ \t“\"‘'(—–-]*")


def _capitalised(doc: Document) -> list[tuple[int, int, str]]:
    """Capitalised cues: after an appositive's comma, or opening a sentence (each sentence's
    start is tried, rather than the whole text scanned)."""
    text = doc.text
    out = [(m.start(1), m.end(1), m.group(1).lower()) for m in _CAP_AFTER_COMMA.finditer(text)]
    for s, e in doc.sentences:
        if text[s] not in _OPENING_CHARS:
            continue  # the cheap test first: no "Said", "Asked" or mark opens the sentence
        lead = _SENTENCE_LEAD.match(text, s, e)
        m = _CAP_OPENING.match(text, lead.end() if lead else s, e)
        if m is not None:
            out.append((m.start(), m.end(), m.group().lower()))
    return out


def _outside_quotes(doc: Document) -> list[tuple[int, int]]:
    """The stretches of text to look for cue words in: all of it but the quoted regions that
    marks bound (a fifth of a news text), where find_cues would drop every cue found. A region
    is left out only when its first and last characters are no letters, so that no cue word
    runs into or out of it and each stretch reads as it would in the whole text; and only
    when no regions overlap, so that inside_quote holds at every position left out."""
    text = doc.text
    spans = []
    lo = last_close = 0
    for r in doc.regions:
        if r.open < last_close:
            return [(0, len(text))]
        last_close = r.close
        if not _wordish(text[r.open]) and not _wordish(text[r.close - 1]):
            spans.append((lo, r.open))
            lo = r.close
    spans.append((lo, len(text)))
    return spans


def _wordish(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"


def _cue_matches(
    text: str, spans: list[tuple[int, int]], capitalised: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    out = capitalised
    for m in (m for lo, hi in spans for m in _CUE_WORD.finditer(text, lo, hi)):
        w = m.group()
        s, e = m.start(), m.end()
        if w in _PHRASAL:
            nxt = _NEXT_WORD.match(text[e : e + 8])
            if nxt is None or nxt.group(1) not in _PHRASAL[w]:
                if w in _CUE_FORMS and w not in _ONLY_PHRASAL:
                    out.append((s, e, w))
                continue
            e += len(nxt.group(0))
            w = text[s:e]
        out.append((s, e, w))
    # "According to X, ..." opens a sentence with a capital
    for m in _SENTENCE_ACCORDING.finditer(text):
        s = m.start()
        if s == 0 or not (text[s - 1].isalnum() or text[s - 1] in "_-’'"):
            out.append((s, m.end(), "according to"))
    out.sort(key=lambda c: c[0])
    return out
