"""Where reported content begins and ends around its cue.

"said [that] CONTENT", "CONTENT, Smith said", "According to X, CONTENT": the span is cut at the
speaker's next act ("..., but did not elaborate"), at a second report of the same subject, at
a trailing tag (", he said"), and before a partial quote it holds.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .cues import Cue
from .phrases import looks_like_clause, skip_complement_opening
from .reading import Reading
from .statements import Attribution, Found
from .subjects import conjunction_before

_NEXT_ACT = re.compile(
    r",\s+(?:and|but)\s+(?:then\s+|later\s+)?(?:(?:did|does|would|could)\s+not\s+"
    r"(?:elaborate|comment|say|respond|answer|specify|explain|provide|give|offer|take)|"
    r"declined|refused|left|walked|hung)\b"
)
AND_THAT = re.compile(r"[\s,”\"’']*(?:and|but)\s+(?:also\s+)?that\s+")
RELATIVE_CUE = re.compile(r",\s*(?:who|which)\s+(?:\w+\s+){0,2}$")
PARTICIPLE_TAIL = re.compile(
    r"\s*,?\s*(?:adding|saying|noting|arguing|explaining|insisting|warning|stressing|"
    r"acknowledging|suggesting|claiming|calling|citing)\b"
)
SUBORDINATE = {"as", "when", "after", "before", "because", "while", "since", "although", "though"}
_TAIL_PARTICIPLES = (", according to", ", adding", ", saying", ", arguing", ", noting", ", citing")
_LEAD = re.compile(r"(?:and|but)\s+(?:that\s+)?")
# Words a clause cannot end on: the quoted words after them are its predicate or object.
# (A trailing preposition is different: "will visit farms to “build goodwill”" reports a
# whole clause before the quoted adjunct.)
_UNFINISHED = lx.AUXILIARIES | lx.DETERMINERS | {"that", "which", "who", "whom", "and", "or"}


def trailing(rd: Reading, cue: Cue, hi: int) -> bool:
    """The cue ends its sentence as a tag (", Trump said on Friday.") rather than opening a
    clause of its own."""
    text = rd.text
    rest = text[cue.end : hi]
    words = [t for t in rd.doc.tokens.between(cue.end, hi) if t.is_word]
    return (
        "that" not in {t.lower for t in words[: rd.policy.trailing_that_words]}
        and not looks_like_clause(rd.doc.tokens, cue.end, hi, rd.policy)
    ) or rest.strip().startswith(",")


def content_end(rd: Reading, start: int, e: int, *, spend: bool = True) -> int:
    """Where reported content from ``start`` ends in its sentence (ending at ``e``); a
    trailing tag it meets is spent unless ``spend`` is False (a look that decides nothing)."""
    text = rd.text
    end = e
    for pat in _TAIL_PARTICIPLES:
        k = text.find(pat, start, e)
        if k >= 0:
            end = min(end, k)
    # The subject's next act, not part of what was said: "..., but did not elaborate".
    m = _NEXT_ACT.search(text, start, end)
    if m is not None:
        end = m.start()
    # A second report by the same subject: "... ahead but said he would stay".
    for cue in rd.cues.between(start, e):
        if cue.speech and (cut := conjunction_before(rd, cue, start)) is not None:
            end = min(end, cut)
            break
    # A trailing attribution: ", he said." / ", Mr Smith said Thursday."
    for cue in rd.cues.between(start, e):
        comma = text.rfind(",", start, cue.start)
        if (
            comma > start
            and len(text[comma : cue.start].split()) <= rd.policy.trailing_tag_words
            and trailing(rd, cue, e)
        ):
            end = min(end, comma)
            if spend:
                rd.used_cues.add(cue.start)
            break
    while end > start and text[end - 1] in " .!?;:,\n\t":
        end -= 1
    return end


def cut_before_quote(rd: Reading, start: int, open_at: int) -> int | None:
    """Reported content holding a partial quote keeps only the part before the quote."""
    text = rd.text
    pre = text[start:open_at]
    cut = max(pre.rfind(", and "), pre.rfind(", but "), pre.rfind(", "))
    if cut > 0:
        pre = pre[:cut]
    pre = pre.rstrip(" ,")
    if len(pre.split()) < rd.policy.min_clause_before_quote or not looks_like_clause(
        rd.doc.tokens, start, start + len(pre), rd.policy
    ):
        return None
    last = pre.split()[-1].lower()
    if last in _UNFINISHED:
        return None  # "the plan was “a disaster”": the quote is the clause's own predicate
    return start + len(pre)


def make_indirect(rd: Reading, start: int, end: int, a: Attribution) -> Found | None:
    text = rd.text
    while start < end and text[start] in " ,\t":
        start += 1
    lead = _LEAD.match(text[start:end])
    if lead:
        start += lead.end()  # "..., he said, and he would not be lectured"
    while end > start and text[end - 1] in " .,;:\t":
        end -= 1
    if len(text[start:end].split()) < rd.policy.min_reported_words:
        return None
    return Found(start, end, "indirect", a, parts=[(start, end)])


def forward_content(rd: Reading, cue: Cue, s: int, e: int) -> tuple[int, int] | None:
    """The content after a cue: "said (that) CONTENT"."""
    text = rd.text
    opening = skip_complement_opening(rd.doc.tokens, cue.end, e, cue.lemma, rd.policy)
    if opening is None:
        return None
    start, with_that = opening
    if PARTICIPLE_TAIL.match(text, start):
        return None  # "said, adding that ...": the participle reports it, not this cue
    if not with_that and _subordinate_after_comma(text, cue.end, start):
        return None  # "said Friday, as they left": the narration goes on
    if rd.doc.inside_quote(start) or text[start : start + 1] in '“"‘':
        return None  # a quote introduced by the cue: attributed with the quote
    if cue.lemma in lx.NEEDS_THAT_OR_QUOTE and not with_that:
        return None
    if cue.lemma in lx.NOUN_LIKE_CUES and not with_that and cue.word == cue.lemma:
        return None  # "a battleground state the party lost": a noun, not a verb
    end = content_end(rd, start, e)
    if not with_that and not looks_like_clause(rd.doc.tokens, start, end, rd.policy):
        return None
    inner = rd.doc.regions_between(start, end)
    if inner:
        cut = cut_before_quote(rd, start, inner[0].open)
        if cut is None:
            return None
        end = cut
    return start, end


def inverted_content(
    rd: Reading,
    cue: Cue,
    np_start: int,
    s: int,
    e: int,
    np_end: int | None = None,
    *,
    coordinated: bool = False,
) -> tuple[int, int] | None:
    """The clause before ", Smith said"; ``coordinated`` when a second clause follows the
    cue (", and he would ...") and is reported as well."""
    text = rd.text
    head = text[s:np_start].rstrip()
    if not head.endswith(","):
        return None
    tail_from = np_end if np_end is not None else cue.end
    rest = text[tail_from:e]
    if not coordinated and rest.lstrip()[:1] in {":", "“", '"'}:
        return None  # "Asked whether ..., he said: “Of course.”" introduces a quote
    if (
        not coordinated
        and rest.strip(' .!?"”’')
        and not PARTICIPLE_TAIL.match(rest)  # ", Rubio said, adding that ..."
        and _reports_forward(rd, cue, tail_from, e)
    ):
        return None
    toks = rd.doc.tokens.between(s, np_start)
    while toks and toks[0].lower in {"but", "and", "so", "yet", "still", "however", ","}:
        toks = toks[1:]
    if not toks:
        return None
    start = toks[0].start
    end = len(head.rstrip(",")) + s
    if rd.doc.regions_between(start, end):
        return None  # the quotes inside carry this attribution
    if not looks_like_clause(rd.doc.tokens, start, end, rd.policy, whole=True):
        return None
    return start, end


def _reports_forward(rd: Reading, cue: Cue, tail_from: int, e: int) -> bool:
    """A clause of its own follows the tag ("Smith said the economy is strong"), rather than a
    time and a subordinate clause (", officials said Friday, as they left")."""
    text = rd.text
    opening = skip_complement_opening(rd.doc.tokens, tail_from, e, cue.lemma, rd.policy)
    if opening is None:
        return False
    start, _ = opening
    if _subordinate_after_comma(text, tail_from, start):
        return False
    return looks_like_clause(rd.doc.tokens, start, e, rd.policy)


def _past(word: str) -> bool:
    return word.endswith("ed") or word in lx.IRREGULAR_PAST


def _subordinate_after_comma(text: str, tag_end: int, start: int) -> bool:
    word = text[start : start + 12].split(" ", 1)[0].lower()
    return word in SUBORDINATE and "," in text[tag_end:start]


_WH = {"whether", "if", "what", "how", "why", "which", "who", "when", "where"}
# A report of words not given: "did not respond", "declined to answer", "has yet to respond"
_NOT_DONE = re.compile(
    r"\b(?:did|does|do|would|could|has|have|had)(?:n[’']t|[ \t]+not)(?:[ \t]+\w+ly)?[ \t]+$"
    r"|\b(?:declined|refused|failed|yet)[ \t]+to[ \t]+$|\bnever[ \t]+$"
)


def object_content(rd: Reading, cue: Cue, s: int, e: int) -> tuple[int, int] | None:
    """What a reporting verb's object reports when no clause follows it (lexicon.OBJECT_REPORTS):
    "vowed to fight on", "asked whether he would run", "called for a recount", "announced
    his candidacy". None when the cue's frames do not fit the words after it."""
    frames = lx.OBJECT_REPORTS.get(cue.lemma)
    if not frames:
        return None
    text = rd.text
    if _NOT_DONE.search(text, max(s, cue.start - 40), cue.start):
        return None  # "did not respond to requests for comment": no words were given
    opening = skip_complement_opening(rd.doc.tokens, cue.end, e, cue.lemma, rd.policy)
    if opening is None:
        return None
    start, with_that = opening
    if with_that or rd.doc.inside_quote(start) or text[start : start + 1] in '“"‘':
        return None
    words = [t for t in rd.doc.tokens.between(start, min(e, start + 60)) if t.is_word]
    if not words:
        return None
    first = words[0].lower
    if first == "to" and "to" in frames:
        pass  # "vowed to fight on" / "urged lawmakers to act": gold spans keep the "to"
    elif first in _WH and "wh" in frames:
        pass
    elif first in frames and len(words) > 1:
        start = words[1].start  # "called for a recount": the content follows the preposition
    elif (
        "np" in frames
        and first not in lx.PREPOSITIONS
        and first not in SUBORDINATE
        and first not in {"to", "that", "and", "or", "but", "not"}
        and not (cue.lemma in lx.NOUN_LIKE_CUES and not _past(cue.word))
    ):
        pass
    else:
        return None
    end = content_end(rd, start, e)
    if first not in _WH and first != "to":
        # an object is more than a word before any subordinate clause: "claimed victory after
        # the court ruled" reports no claim of its own
        for t in rd.doc.tokens.between(start, end):
            if t.lower in SUBORDINATE and t.start > start:
                if len(text[start : t.start].split()) < rd.policy.min_object_words:
                    return None
                break
    inner = rd.doc.regions_between(start, end)
    if inner:
        return None  # a quote inside: the statement is the quote's, with its own tag
    if len(text[start:end].split()) < rd.policy.min_object_words:
        return None
    return start, end


def complement_span(rd: Reading, cue: Cue, e: int) -> tuple[int, int, bool] | None:
    """The words a speech cue's complement runs over, quotes included, spending nothing, and
    whether "that" opened it: for telling whether a later cue is inside what this one
    reports."""
    opening = skip_complement_opening(rd.doc.tokens, cue.end, e, cue.lemma, rd.policy)
    if opening is None:
        return None
    return opening[0], content_end(rd, opening[0], e, spend=False), opening[1]
