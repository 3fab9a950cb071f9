"""Noun phrases around a cue verb: who is speaking, and where what they said begins.

These are shallow, deterministic chunkers over word and punctuation tokens. They know the
shapes attribution takes in news prose: "Name said", "said Name, a role", "Name, a role, said",
"A Title, Name, warned", "he again warned", "the official, who asked not to be named, said".
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from . import lexicon as lx
from .policy import DEFAULT_POLICY, Policy
from .tokens import Tok, TokenStream


@dataclass(slots=True)
class NounPhrase:
    start: int
    end: int
    text: str
    role: str | None = None  # an appositive or a title phrase beside the name
    refers: str | None = None  # for "Sen. Ron Ames, who": the antecedent the mention names

    @property
    def head_is_pronoun(self) -> bool:
        return self.text.lower() in lx.PRONOUNS


_VENUE = {
    "interview",
    "statement",
    "conference",
    "news",
    "briefing",
    "speech",
    "hearing",
    "appearance",
    "rally",
    "event",
    "meeting",
    "call",
    "visit",
    "tweet",
    "post",
    "letter",
    "email",
    "op-ed",
    "program",
    "programme",
    "show",
    "television",
    "radio",
    "reporters",
    "press",
    "broadcast",
    "podcast",
    "remarks",
    "town",
    "hall",
    "debate",
    "forum",
    "summit",
    "session",
    "address",
    "release",
    "video",
    "message",
    "note",
    "report",
    "testimony",
    "campaign",
    "stop",
    "trail",
    "telephone",
    "phone",
    "conversation",
    "discussion",
    "sunday",
    "morning",
    "evening",
    "afternoon",
    "night",
    "week",
    "weekend",
    "month",
    "year",
    "day",
    "earlier",
    "later",
    "twitter",
    "facebook",
    "instagram",
    "cnbc",
    "cnn",
    "fox",
    "msnbc",
    "nbc",
    "abc",
    "cbs",
    "reporter",
    "journalists",
    "audience",
    "crowd",
    "supporters",
    "lawmakers",
    "senators",
    "students",
    "voters",
    "interviewer",
    "panel",
    "committee",
    "congress",
    "parliament",
    "ceremony",
    "dinner",
    "lunch",
    "breakfast",
    "gathering",
    "convention",
    "sit-down",
    "memo",
    "filing",
    "court",
    "document",
    "documents",
    "book",
    "column",
    "article",
    "blog",
    "website",
    "page",
    "account",
    "feed",
    "livestream",
    "transcript",
    "x",
}
_PP_DETS = {"a", "an", "the", "his", "her", "their", "its", "this", "last"}
_PP_LINKS = _PP_DETS - {"last"} | {"with", "of", "to", "on", "in", "at"}
_TIME_PREP = {
    "on",
    "in",
    "at",
    "during",
    "by",
    "earlier",
    "late",
    "early",
    "last",
    "this",
    "next",
    "to",
    "with",
    "before",
    "after",
    "from",
    "via",
    "over",
    "outside",
    "inside",
}


def _is_time(t: Tok) -> bool:
    lw = t.lower
    return lw in lx.TIME_WORDS or lw in lx.MONTHS or lw.rstrip(".") in lx.MONTHS or lw.isdigit()


def ly_adverb(t: Tok) -> bool:
    lw = t.lower
    return (
        lw.endswith("ly")
        and t.text.islower()
        and lw
        not in {"only", "family", "july", "italy", "rally", "ally", "reply", "supply", "early"}
    )


_PARTY_TAG = re.compile(r"[DRI]-[A-Z][A-Za-z.\-]*")


def _skip_parenthetical(toks: list[Tok], i: int) -> int:
    """Index before a short "(...)" that ends at ``i``: a party label such as "(R-N.C.)"."""
    if i >= 0 and toks[i].text == ")":
        j = i
        while j >= 0 and toks[j].text != "(":
            j -= 1
        if j >= 0 and i - j <= 8:
            return j - 1
    return i


def skip_adverbials_right_to_left(toks: list[Tok], i: int) -> int:
    """Index of the last token before trailing adverbs, auxiliaries and time phrases."""
    while i >= 0:
        t = toks[i]
        lw = t.lower
        if _is_time(t):
            j = i - 1
            while j >= 0 and (_is_time(toks[j]) or toks[j].lower in {"the", "a", "of"}):
                j -= 1
            if j >= 0 and toks[j].lower in _TIME_PREP:
                j -= 1
            i = j
            continue
        if lw in lx.ADVERBS or ly_adverb(t):
            i -= 1
            continue
        if t.text == ")":  # a parenthetical party label: "Sen. Ted Cruz (R-Tex.)"
            j = _skip_parenthetical(toks, i)
            if j != i:
                i = j
                continue
        break
    return i


_PARENTHETICAL_OPENERS = {
    "who",
    "which",
    "whose",
    "whom",
    "speaking",
    "in",
    "at",
    "on",
    "during",
    "when",
    "after",
    "according",
    "asked",
    "citing",
    "reached",
    "interviewed",
    "responding",
    "writing",
    "appearing",
    "while",
    "before",
    "also",
    "however",
    "too",
    "meanwhile",
    "though",
    "for",
    "by",
    "from",
    "addressing",
    "testifying",
    "echoing",
    "like",
    "unlike",
    "as",
    "referring",
    "noting",
}


def _phrase_kind(toks: list[Tok]) -> str:
    """'skip' for a parenthetical, 'appositive' for a role phrase, 'name' for a proper name."""
    if not toks:
        return "skip"
    first = toks[0]
    lw = first.lower
    if lw in _PARENTHETICAL_OPENERS or (lw.endswith("ing") and first.text.islower()):
        return "skip"
    if _PARTY_TAG.fullmatch(first.text) and len(toks) <= 3:
        return "skip"  # "Sen. Elizabeth Warren, D-Mass., said"
    if len(toks) == 1 and first.text.isdigit():
        return "skip"  # an age: "Brittany Lockwood, 20, a nursing major, said"
    if lw in lx.DETERMINERS or not first.is_cap:
        return "appositive"
    words = [t for t in toks if t.is_word]
    if words and all(t.is_cap or t.lower in {"of", "for", "the", "and"} for t in words):
        if all(t.lower in lx.TITLE_WORDS or t.lower in lx.COUNTRIES for t in words):
            return "appositive"  # "Treasury Secretary" standing alone is a role
        return "name"
    return "appositive"


def subject_before(
    ts: TokenStream,
    lo: int,
    hi: int,
    *,
    at_sentence_start: bool = True,
    policy: Policy = DEFAULT_POLICY,
    validate: bool = True,
) -> NounPhrase | None:
    """The subject of a verb that starts at ``hi``, looking no further left than ``lo``."""
    text = ts.text
    toks = ts.between(lo, hi)
    i = skip_adverbials_right_to_left(toks, len(toks) - 1)
    if i >= 1 and toks[i].lower in {"who", "which"}:
        # "Clinton, who said on Tuesday ...": the relative pronoun's antecedent
        j = i - 1 if toks[i - 1].text != "," else i - 2
        if j < 0:
            return None
        np = subject_before(
            ts,
            lo,
            toks[j].end,
            at_sentence_start=at_sentence_start,
            policy=policy,
            validate=False,  # the antecedent is found inside the phrase below
        )
        head = ts.between(np.start, np.end) if np else []
        if head and head[-1].is_cap:
            # "Polls showed Carla Diaz, who said": the name the clause hangs on
            k = len(head) - 1
            while k > 0 and (
                head[k - 1].is_cap or (head[k - 1].lower == "of" and k > 1 and head[k - 2].is_cap)
            ):
                k -= 1
            s, e = head[k].start, head[-1].end
            return _with_relative(NounPhrase(s, e, text[s:e]), toks[i], text)
        # "... has become a rallying point for Democrats, who argue", "the debate mocked a
        # rival, who said": the noun phrase after the last preposition or verb, not the verb
        # phrase the chunker ran into
        k = max(
            (
                n
                for n, t in enumerate(head)
                if t.lower in lx.PREPOSITIONS
                or _verb_like(t)
                or (t.text.islower() and t.lower.endswith("ed") and n > 0)
            ),
            default=-1,
        )
        if 0 <= k < len(head) - 1:
            s, e = head[k + 1].start, head[-1].end
            return _with_relative(NounPhrase(s, e, text[s:e]), toks[i], text)
        return _with_relative(np, toks[i], text) if np is not None and speaker_like(head) else None
    role: str | None = None
    # Parentheticals and appositives set off by commas: ", who ... ," / ", a pollster,"
    while i >= 0 and toks[i].text in {",", "—", "–"}:
        j = i - 1
        while j >= 0 and toks[j].text not in {",", "—", "–", "“", "”", '"', ";", ":", "(", ")"}:
            j -= 1
        inner = toks[j + 1 : i]
        if j >= 0 and toks[j].text == "," and _is_state(inner):
            i = j  # "a Cruz supporter from Jackson, Miss., said": the city's state
            continue
        kind = _phrase_kind(inner)
        if not inner or j < 0 or toks[j].text not in {",", "—", "–"}:
            # No opening comma: "Carrie Lam," alone; the inner phrase is the subject itself.
            if kind == "skip" or not inner:
                return None
            np = _collect_np(text, toks, j + 1, i - 1, at_sentence_start, policy, validate)
            if np is not None:
                np.role = role
            return np
        if kind == "skip":
            i = skip_adverbials_right_to_left(toks, j - 1)
            if i >= 1 and _is_state(toks[i : i + 1]) and toks[i - 1].text == ",":
                i -= 1  # "a supporter from Jackson, Miss., attending ..., said"
            continue
        if kind == "appositive":
            role = text[inner[0].start : inner[-1].end]
            i = _skip_parenthetical(toks, j - 1)  # "Meadows (R-N.C.), the chairman, said"
            if i >= 2 and toks[i].text.isdigit() and toks[i - 1].text == ",":
                i -= 2  # "Brittany Lockwood, 20, a nursing major, said": past the age
            continue
        # kind == "name": "Hong Kong's Chief Executive, Carrie Lam, warned"
        np = _collect_np(text, toks, j + 1, i - 1, False, policy, validate)
        if np is None:
            return None
        before = toks[:j]
        k = len(before) - 1
        start_k = k
        while (
            k >= 0
            and before[k].is_word
            and (before[k].is_cap or before[k].lower in {"of", "the", "for"})
        ):
            k -= 1
        if start_k >= 0 and k < start_k:
            title = text[before[k + 1].start : before[start_k].end]
            words = [t.lower for t in before[k + 1 : start_k + 1]]
            if any(w in lx.TITLE_WORDS for w in words):
                np.role = title
        elif role:
            np.role = role
        return np
    np = _collect_np(text, toks, 0, i, at_sentence_start, policy, validate)
    if np is not None and role:
        np.role = role
        if np.head_is_pronoun:
            return np
    return np


def _is_state(toks: list[Tok]) -> bool:
    """A US state after a city: "Miss.", "Va.", "New Hampshire"."""
    words = " ".join(t.lower.rstrip(".") for t in toks if t.is_word)
    return bool(words) and (words in lx.STATE_ABBREVIATIONS or words in lx.US_STATES)


def _with_relative(np: NounPhrase, rel: Tok, text: str) -> NounPhrase:
    """ "Sen. Ron Ames (R-Ohio), who": the mention runs from the antecedent to the relative
    pronoun next to the cue, and refers by the antecedent."""
    return NounPhrase(np.start, rel.end, text[np.start : rel.end], np.role, refers=np.text)


def _collect_np(
    text: str,
    toks: list[Tok],
    floor: int,
    i: int,
    at_sentence_start: bool,
    policy: Policy,
    validate: bool = True,
) -> NounPhrase | None:
    end_i = i
    if i >= floor and toks[i].lower in lx.PRONOUNS and (i == floor or toks[i - 1].is_word):
        # "trade deals he said had": a pronoun is a whole subject, whatever precedes it
        t = toks[i]
        return NounPhrase(t.start, t.end, t.text)
    while i >= floor:
        t = toks[i]
        if not t.is_word:
            if t.text in {"’", "'"} and i > floor:  # plural possessive "farmers’"
                i -= 1
                continue
            if t.text == "$" and i < end_i and toks[i + 1].text[:1].isdigit():
                i -= 1  # "Fight for $15 organizing director Kendall Fells"
                continue
            if t.text == "%" and i > floor and toks[i - 1].text[:1].isdigit():
                i -= 1  # "42% say they are liberal"
                continue
            break
        lw = t.lower
        if lw in lx.CLAUSE_OPENERS:
            if (
                lw == "and"
                and i > floor
                and toks[i - 1].is_cap
                and i < end_i
                and toks[i + 1].is_cap
            ):
                i -= 1
                continue
            break
        if i < end_i and (lw in lx.AUXILIARIES or lw in lx.SPEECH_VERBS) and t.text.islower():
            break
        i -= 1
        if end_i - i > policy.np_words:
            break
    start_i = i + 1
    # Drop sentence adverbs and leading time phrases: "However, he" / "On Thursday the minister".
    while start_i <= end_i:
        t = toks[start_i]
        lw = t.lower
        timely = (
            _is_time(t)
            and not (
                lw in {"this", "last", "next"}
                and (start_i == end_i or not _is_time(toks[start_i + 1]))
            )  # "this week" is a time; "this source" is the subject
            and not (start_i < end_i and toks[start_i + 1].text == "%")  # "42% say"
        )
        if lw in lx.SENTENCE_ADVERBS or lw in lx.PREPOSITIONS or timely or lw in {",", "also"}:
            if (
                start_i < end_i
                and lw in lx.PREPOSITIONS
                and toks[start_i + 1].is_cap
                and not _is_time(toks[start_i + 1])
            ):
                # "In Washington, Trump" is cut at the comma already; "Of the ..." is no subject
                pass
            start_i += 1
            continue
        break
    if start_i > end_i:
        return None
    first = toks[start_i]
    if first.lower in lx.PREPOSITIONS:
        return None
    if validate and not speaker_like(toks[start_i : end_i + 1]):
        return None
    s, e = first.start, toks[end_i].end
    return NounPhrase(s, e, text[s:e])


_NP_CANNOT_END = {
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "every",
    "no",
}
_NP_CANNOT_END = _NP_CANNOT_END | lx.PREPOSITIONS | {"to", "and", "or", "who", "which", "of"}
_NP_CANNOT_START = {"like", "only", "unlike", "as", "than", "because", "whether", "if", "ago"}


def speaker_like(toks: list[Tok]) -> bool:
    """A speaker is a name, a title or role, a pronoun or an organisation, never a clause
    fragment: not "Trump made", "depicts one of the contractors", "an attempt to make its"."""
    words = [t for t in toks if t.is_word]
    if not words:
        return False
    first, last = words[0], words[-1]
    if first.lower in _NP_CANNOT_START or last.lower in _NP_CANNOT_END:
        return False
    if last.lower == "ago" or (
        len(words) > 1 and all(_is_time(t) or t.lower.isdigit() for t in words)
    ):
        return False  # "two weeks ago"
    if first.text.islower() and _verb_like(first) and first.lower not in lx.DETERMINERS:
        return False  # "helps", "can": the chunker ran into a verb phrase
    second = words[1] if len(words) > 1 else None
    if (
        first.text.islower()
        and second is not None
        and (second.lower in lx.DETERMINERS or second.is_cap or second.lower in _PERSONAL)
        and (
            first.lower.endswith("ed")
            or first.lower in lx.COMMON_VERBS
            or _third_person(first.lower)
        )
    ):
        return False  # "mocked a disabled reporter", "release a slew of", "depicts one of"
    third = words[2] if len(words) > 2 else None
    if (
        first.text.islower()
        and second is not None
        and (
            (
                first.lower.endswith("ed")
                and len(first.lower) > 4
                and second.lower in lx.PREPOSITIONS
            )
            or (
                _third_person(first.lower)
                and second.lower == "to"
                and third is not None
                and third.text.islower()
                and third.lower not in lx.DETERMINERS
            )
        )
    ):
        return False  # "appeared on several chains", "purports to present" (not "advisers to")
    stem = first.lower[:-3]
    if (
        first.lower.endswith("ing")
        and (stem in lx.COMMON_VERBS or stem + "e" in lx.COMMON_VERBS)
        and not (second is not None and second.is_cap)  # "Leading Democratic strategists"
    ):
        return False  # "Following initial reports": a participle, not a name
    for k, (prev, t) in enumerate(itertools.pairwise(words), start=1):
        if (
            t.text.islower()
            and (t.lower in lx.IRREGULAR_PAST or _finite(t))
            and (prev.is_cap or prev.lower in _PERSONAL)
        ):
            return False  # "Trump made", "he began": a clause, not a noun phrase
        nxt = words[k + 1] if k + 1 < len(words) else None
        if (
            prev.is_cap
            and t.text.islower()
            and t.lower.endswith("ed")
            and len(t.lower) > 4
            and nxt is not None
            and (nxt.lower in lx.PREPOSITIONS or nxt.lower in lx.DETERMINERS)
        ):
            return False  # "Trump bragged about", "Clinton seized upon the": a clause
    return True


def names_someone(phrase: str) -> bool:
    """A phrase after an inverted cue that can be its speaker: a name, a determiner's phrase
    ("the mayor", "a spokesman") or a plural of people ("officials", "analysts"), not a
    bare noun ("said, continued struggles by ...")."""
    words = phrase.split()
    if not words:
        return False
    first, head = words[0], words[-1].lower().strip(",.")
    return first[:1].isupper() or first.lower() in lx.DETERMINERS or head in lx.SPEAKER_NOUNS


def _verb_like(t: Tok) -> bool:
    """A word that opens a verb phrase, not a noun phrase ("helps", "made", "can"); "-ed"
    words are left out, since they open noun phrases too ("elected officials")."""
    lw = t.lower
    return lw in lx.IRREGULAR_PAST or lw in _VERB_S or lw in lx.AUXILIARIES


def np_after(
    ts: TokenStream, lo: int, hi: int, policy: Policy = DEFAULT_POLICY
) -> NounPhrase | None:
    """The speaker after an inverted cue: 'said Geoff Garin, a Democratic pollster'."""
    text = ts.text
    toks = ts.between(lo, hi)
    if not toks or not toks[0].is_word:
        return None
    first = toks[0]
    if _is_time(first):
        return None
    if first.text.islower() and (
        first.lower in lx.PREPOSITIONS or first.lower in lx.CLAUSE_OPENERS
    ):
        return None
    if first.text.islower() and first.lower in lx.ADVERBS and first.lower not in lx.DETERMINERS:
        return None  # capitalised, "Will Doyle" or "May Lee" is a name
    i = 0
    while i < len(toks) and i < policy.np_words:
        t = toks[i]
        if not t.is_word:
            if t.text == "(":  # "(R-Texas)"
                j = i
                while j < len(toks) and toks[j].text != ")":
                    j += 1
                i = j + 1
                break
            break
        lw = t.lower
        if i > 0 and (
            lw in lx.CLAUSE_OPENERS or _is_time(t) or (lw.endswith("ing") and t.text.islower())
        ):
            break
        if i > 0 and lw in lx.PREPOSITIONS:
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            # "Secretary of State John Kerry": a connector inside a capitalised run
            if not (lw in {"of", "for"} and nxt is not None and nxt.is_cap and toks[i - 1].is_cap):
                if lw not in {"of", "for", "at", "to", "with"} or (
                    nxt is not None and nxt.is_cap and not toks[i - 1].is_cap
                ):
                    break
                if toks[i - 1].is_cap:
                    break
        if lw in lx.AUXILIARIES and t.text.islower():
            break
        i += 1
    words = [t for t in toks[:i] if t.is_word]
    if not words:
        return None
    s, e = words[0].start, words[-1].end
    np = NounPhrase(s, e, text[s:e])
    # An appositive after a comma: ", a Democratic pollster"
    if i < len(toks) and toks[i].text == ",":
        j = i + 1
        while j < len(toks) and toks[j].text not in {",", ".", ";", "—"}:
            j += 1
        inner = toks[i + 1 : j]
        if inner and _phrase_kind(inner) == "appositive":
            np.role = text[inner[0].start : inner[-1].end]
    return np


def skip_complement_opening(
    ts: TokenStream, lo: int, hi: int, lemma: str, policy: Policy = DEFAULT_POLICY
) -> tuple[int, bool] | None:
    """Where reported content starts after a cue, and whether 'that' introduced it.

    Skips listeners ("told reporters"), venues and times ("on CNBC", "in an interview with Fox
    Business Network", "on Thursday"). None when nothing but those follows.
    """
    toks = ts.between(lo, hi)
    i = 0
    n = len(toks)
    if lemma in lx.TAKES_LISTENER and i < n and toks[i].is_word and toks[i].lower != "that":
        j = i
        while (
            j < n and j - i < policy.listener_words and toks[j].is_word and toks[j].lower != "that"
        ):
            lw = toks[j].lower
            if lw in _QUESTION_WORDS or lw == "to":
                break  # "asked whether ...", "urged them to ...": the content, not a listener
            if j > i and (lw in lx.SUBJECT_PRONOUNS or lw in lx.PREPOSITIONS or _finite(toks[j])):
                break  # "told reporters he’d veto it": the content's subject
            if j > i and lw in lx.DETERMINERS and toks[j - 1].lower not in {"the", "a"}:
                break
            j += 1
        i = j
    while i < n:
        t = toks[i]
        lw = t.lower
        if t.text in {",", ":"}:
            i += 1
            continue
        if lw in _TIME_PREP and lw not in {"that"} and i + 1 < n:
            j = i + 1
            while j < n and (
                (toks[j].text in "‘’'" and j + 1 < n and toks[j + 1].text.isdigit())  # ‘08
                or (
                    toks[j].is_word
                    and (
                        toks[j].lower
                        in {"a", "an", "the", "his", "her", "their", "its", "this", "last"}
                        or toks[j].is_cap
                        or toks[j].lower in _VENUE
                        or _is_time(toks[j])
                        or (
                            toks[j].lower in {"with", "of", "to", "on", "in", "at"}
                            and j + 1 < n
                            and (toks[j + 1].is_cap or toks[j + 1].lower in {"a", "an", "the"})
                        )
                    )
                )
            ):
                j += 1
            while j > i + 1 and toks[j - 1].lower in _PP_LINKS:
                j -= 1  # "after the vote": a phrase ends on its noun, not on "the"
            if j > i + 1 and (j >= n or not toks[j].is_word or toks[j - 1].lower not in _PP_DETS):
                i = j
                continue
            break
        if _is_time(t) and lw[:1].isdigit() and i + 1 < n and _verb_follows(toks[i + 1]):
            break  # "said 2016 has seen the worst start": a year that is the subject
        if _is_time(t) or (
            lw in lx.ADVERBS
            and lw not in lx.SUBJECT_PRONOUNS
            and lw not in {"there", "this"}
            and lw not in lx.AUXILIARIES
        ):
            i += 1
            continue
        break
    if i >= n or not any(t.is_word for t in toks[i:]):
        return None
    if toks[i].lower == "that" and i + 1 < n:
        return toks[i + 1].start, True
    return toks[i].start, False


_SUBORDINATORS = {"after", "before", "when", "because", "since", "until", "unless", "while"}
# A clause may open with an adverbial set off by a comma: "In Iowa, he won" / "If elected, ..."
_ADVERBIAL_OPENERS = lx.PREPOSITIONS | _SUBORDINATORS | {"if", "although", "though", "as", "once"}
_QUESTION_WORDS = {"how", "why", "what", "whether", "if", "which", "who", "when", "where"}
_PLURAL_PRONOUNS = {"i", "we", "they", "you"}
_CONTRACTED = ("’d", "'d", "’ll", "'ll", "’re", "'re", "’ve", "'ve", "n’t", "n't", "’m", "'m")
_CONTRACTED_IS = {"it", "he", "she", "that", "there", "what", "who", "here", "everyone"}
_VERB_S = frozenset(
    v + ("es" if v.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")
    if not (v.endswith("y") and v[-2:-1] not in "aeiou")
    else v[:-1] + "ies"
    for v in lx.COMMON_VERBS
) - {"does", "goes", "has"}
_NOT_SUBJECT_END = lx.DETERMINERS | lx.PREPOSITIONS | {"to", "my", "your", "and", "or", "not"}
# A number after these opens a quantity, not a prepositional phrase: "About 270 people have".
_QUANTIFIERS = {"about", "around", "nearly", "almost", "roughly", "some", "over", "under", "only"}


_PERSONAL = {"he", "she", "they", "we", "i", "you", "it"}
_NOT_VERB_AFTER = lx.PREPOSITIONS | lx.DETERMINERS | {"and", "or", "who", "that", "which", "to"}


def _verb_follows(t: Tok) -> bool:
    """A finite verb or an auxiliary: what comes after a subject."""
    return t.text.islower() and (t.lower in lx.AUXILIARIES or _verb_like(t) or _finite(t))


def _third_person(word: str) -> bool:
    """Looks like a verb's third-person "-s" form: "poses", "wants" (not "press", "bus")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))


def _finite(t: Tok) -> bool:
    """A token that is a finite verb wherever it stands: "won’t", "he’d", "it’s"."""
    lw = t.lower
    if lw.endswith(_CONTRACTED):
        return True
    return lw.endswith(("’s", "'s")) and lw[:-2] in _CONTRACTED_IS


def looks_like_clause(
    ts: TokenStream, start: int, end: int, policy: Policy = DEFAULT_POLICY, *, whole: bool = False
) -> bool:
    """A finite clause, not an object or an infinitive: 'the US is making ...'. ``whole`` reads
    all of [start, end) (content known to end there, as before ", Smith said") rather than the
    opening words the policy allows."""
    reach = end if whole else min(end, start + policy.clause_chars)
    every = ts.between(start, reach)
    toks = [t for t in every if t.is_word][
        : policy.inverted_clause_words if whole else policy.clause_words
    ]
    if len(toks) < 2:
        return False
    first = toks[0].lower
    if first in _QUANTIFIERS and toks[1].text[:1].isdigit():
        first = ""  # "About 270 people have been resettled"
    if first in _ADVERBIAL_OPENERS:
        # "In Iowa, he won" / "If elected, she would": the clause after the comma
        comma = next((t for t in every[:16] if t.text == ","), None)
        if comma is not None and comma.end < reach:
            return looks_like_clause(ts, comma.end, end, policy, whole=whole)
    if first in lx.PREPOSITIONS or first in {"not"} or first in _QUESTION_WORDS:
        return first in _QUESTION_WORDS - {"which", "who", "when", "where"} and len(toks) >= 3
    if _finite(toks[0]):
        return True
    if first in _PERSONAL and toks[1].text.islower() and toks[1].lower not in _NOT_VERB_AFTER:
        return True  # "he heard gunfire": a personal pronoun's next word is its verb
    for k, t in enumerate(toks[1:], start=1):
        lw = t.lower
        if lw in _SUBORDINATORS:
            return False  # "claimed victory after the court struck ...": another clause's verb
        if lw in lx.AUXILIARIES or _finite(t):
            return True
        prev = toks[k - 1].lower
        if lw in lx.IRREGULAR_PAST and t.text.islower() and prev not in lx.DETERMINERS:
            return True
        if (
            (k <= policy.clause_ed_words or whole)
            and t.text.islower()
            and lw.endswith("ed")
            and len(lw) > 4
            and prev not in lx.PREPOSITIONS
            and prev not in lx.DETERMINERS
        ):
            return True
        if prev in lx.SUBJECT_PRONOUNS and lw.endswith("s") and t.text.islower():
            return True
        if (
            (k <= policy.clause_ed_words or whole)
            and t.text.islower()
            and prev not in _NOT_SUBJECT_END
        ):
            if lw in _VERB_S or (toks[k - 1].is_cap and k > 1 and _third_person(lw)):
                return True  # "the review shows", "Obama enjoys", "Trump poses"
            if lw in lx.COMMON_VERBS and (
                prev in _PLURAL_PRONOUNS or (prev.endswith("s") and not prev.endswith("ss"))
            ):
                return True  # "they want", "officials expect"
    return False


def starts_with_verb(ts: TokenStream, start: int, end: int) -> bool:
    """The first word from ``start`` is a finite verb: a clause goes on ("the plan would ...")."""
    words = [t for t in ts.between(start, min(end, start + 40)) if t.is_word][:1]
    if not words or not words[0].text.islower():
        return False
    t = words[0]
    lw = t.lower
    return (
        lw in lx.AUXILIARIES
        or _finite(t)
        or lw in lx.IRREGULAR_PAST
        or lw in _VERB_S
        or (lw.endswith("ed") and len(lw) > 4)
    )


def first_verb_at(ts: TokenStream, start: int, end: int) -> int | None:
    """Where the first finite verb of [start, end) begins: the end of its subject."""
    toks = [t for t in ts.between(start, end) if t.is_word]
    for k, t in enumerate(toks[1:], start=1):
        if not t.text.islower():
            continue
        prev = toks[k - 1].lower
        if (
            _verb_like(t)
            or _finite(t)
            or (t.lower.endswith("ed") and len(t.lower) > 4 and prev not in _NOT_SUBJECT_END)
        ):
            return t.start
    return None
