"""Quotes and reported speech, each attributed to a speaker.

The article is read once, sentence by sentence, in order. For each quoted region the
attribution is looked for where news prose puts it: right after the closing mark (`, he said`),
before the opening mark (`Mnuchin said:` / `said he is "..."`), at the end of the sentence
(`..., Trump said.`), elsewhere in the paragraph, or in the previous paragraph for a quote that
continues. Speech verbs outside quotes give reported speech. Pronouns and role phrases are
resolved against what has been read so far, which is how a reader resolves them too.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from . import lexicon as lx
from .marks import Region
from .names import Cast, Entity, split_title
from .phrases import (
    NounPhrase,
    looks_like_clause,
    ly_adverb,
    np_after,
    skip_complement_opening,
    subject_before,
    tokens,
)
from .text import Document

_CUE_FORMS = sorted(
    {*lx.SPEECH_VERBS, *lx.EVALUATION_VERBS} - {"begin", "began", "begins", "go", "went", "goes"},
    key=len,
    reverse=True,
)
# Cues are found by looking each lower-case word up in a set: a regex alternation of hundreds
# of verb forms is several times slower.
_LOWER_WORD = re.compile(r"[a-z]+")
_CUE_WORDS = frozenset(_CUE_FORMS) | {"according", "pointed", "went", "goes", "shot", "fired"}
_PHRASAL = {
    "according": ("to",),
    "pointed": ("out", "to"),
    "went": ("on",),
    "goes": ("on",),
    "shot": ("back",),  # "“That’s not true,” Sanders shot back."
    "fired": ("back",),
}
_SENTENCE_ACCORDING = re.compile(r"(?<![\w\-’'])According to(?![\w\-])")
_NAMING = re.compile(
    r"(?:so-called|dubbed|known as|titled|entitled|nicknamed|(?:a|an|the) \w+ (?:called|named)|"
    r"the (?:term|words?|phrase|slogan|hashtag|motto|label|headline|book|song|film|movie|album|"
    r"show|series|novel|poem|play|documentary|podcast)|(?:his|her|their|its|a|an) (?:book|song|"
    r"film|movie|album|show|novel|poem|memoir|essay|op-ed|column))\s*$",
    re.IGNORECASE,
)
_INTERNAL_BOUNDARY = re.compile(r"[.!?…][”\"’']?\s+[“\"‘']?[A-Z]")
_TWEET_CONTEXT = re.compile(r"twitter|tweet|on x\b|facebook|instagram|truth social", re.I)
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


@dataclass(slots=True)
class Attribution:
    """Who said it, where the text names them, and by which cue."""

    np: NounPhrase | None
    entity: Entity | None
    cue: Cue | None
    name: str | None  # the canonical name, or the descriptive phrase for an unnamed source
    kind: str = "person"


@dataclass(slots=True)
class Found:
    """An extracted statement before it becomes a pydantic Quote."""

    start: int
    end: int
    kind: str
    attribution: Attribution | None
    parts: list[tuple[int, int]] = field(default_factory=list)
    region: Region | None = None


class QuoteFinder:
    def __init__(self, doc: Document, cast: Cast, skip_paragraphs: set[int] | None = None) -> None:
        self.doc = doc
        self.skip = skip_paragraphs or set()
        self.text = doc.text
        self.cast = cast
        self.cues = self._find_cues()
        # Salience for pronouns: (sentence index, entity) of each sentence's subject, in order.
        self.salience: list[tuple[int, Entity]] = []
        self.found: list[Found] = []
        self.by_region: dict[int, Found] = {}
        self.para_last: dict[int, Attribution] = {}
        self.used_cues: set[int] = set()

    # -- cues -------------------------------------------------------------------------------
    def _find_cues(self) -> list[Cue]:
        out = []
        text = self.text
        for m in _cue_matches(text):
            if self.doc.inside_quote(m.start()) or self.doc.paragraph_index(m.start()) in self.skip:
                continue
            w = m.group()
            if w == "according to":
                out.append(Cue(m.start(), m.end(), w, "according to", True))
                continue
            if w.startswith(("pointed", "went on", "goes on")):
                lemma = w.split()[0]
                out.append(Cue(m.start(), m.end(), w, lemma, w.startswith(("went", "goes"))))
                continue
            if w.endswith(" back"):
                if self._verb_position(m.start()):
                    out.append(Cue(m.start(), m.end(), w, "retort", True))
                continue
            if not self._verb_position(m.start()):
                continue  # "on promises", "to comment", "the remarks": a noun or infinitive
            if w in lx.SPEECH_VERBS:
                out.append(Cue(m.start(), m.end(), w, lx.SPEECH_VERBS[w], True))
            else:
                out.append(Cue(m.start(), m.end(), w, lx.EVALUATION_VERBS[w], False))
        return out

    def _verb_position(self, pos: int) -> bool:
        k = pos - 1
        while k >= 0 and self.text[k] in " \t":
            k -= 1
        j = k
        while j >= 0 and (self.text[j].isalpha() or self.text[j] in "’'"):
            j -= 1
        prev = self.text[j + 1 : k + 1].lower()
        return prev not in _NOT_BEFORE_VERB

    def cues_between(self, start: int, end: int) -> list[Cue]:
        return [c for c in self.cues if start <= c.start < end]

    # -- main loop --------------------------------------------------------------------------
    def run(self) -> list[Found]:
        doc = self.doc
        regions_by_sentence: dict[int, list[Region]] = {}
        for r in doc.regions:
            if doc.paragraph_index(r.open) in self.skip:
                continue
            regions_by_sentence.setdefault(doc.sentence_index(r.open), []).append(r)
        for si, (s, e) in enumerate(doc.sentences):
            subject: Entity | None = None
            for r in regions_by_sentence.get(si, []):
                found = self._attribute_region(r, si, s, e)
                if found is not None and found.attribution and found.attribution.entity:
                    subject = subject or found.attribution.entity
            for f in self._reported_speech(si, s, e):
                if f.attribution and f.attribution.entity:
                    subject = subject or f.attribution.entity
            if subject is None:
                for m in self.cast.mentions_between(s, e):
                    if not doc.inside_quote(m.start):
                        subject = m.entity
                        break
            if subject is not None:
                self.salience.append((si, subject))
        self._fill_unattributed()
        self._merge_split_quotes()
        return sorted(self.found, key=lambda f: f.start)

    # -- regions ----------------------------------------------------------------------------
    def _attribute_region(self, r: Region, si: int, s: int, e: int) -> Found | None:
        doc, text = self.doc, self.text
        if self._is_title_or_term(r):
            return None
        last_piece_end = r.close
        # Where the attribution may be: after the close, up to the sentence end or next quote.
        end_si = doc.sentence_index(max(r.close - 1, r.open))
        after_hi = doc.sentences[end_si][1]
        nxt = [q for q in doc.regions_between(r.close, after_hi) if q.open >= r.close]
        if nxt:
            after_hi = min(after_hi, nxt[0].open)
        post = self._after(r, last_piece_end, after_hi, end_si)
        prev = [q for q in doc.regions_between(s, r.open) if q.close <= r.open]
        lo = prev[-1].close if prev else s
        pre = self._before(r, lo, r.open, si)
        para = doc.paragraph_index(r.open)
        at_sentence_start = not text[s : r.open].strip(" “\"‘'—–-(")
        attribution = None
        if post is not None and (post[1] or at_sentence_start or pre is None):
            attribution = post[0]
        elif pre is not None:
            attribution = pre
        elif post is not None:
            attribution = post[0]
        if attribution is None and prev:
            attribution = self._same_report(prev[-1], r)
        content = text[r.start : r.end]
        words = len(content.split())
        whole_sentence = at_sentence_start and content.rstrip().endswith((".", "!", "?"))
        if (
            attribution is None
            and words <= 3
            and not whole_sentence  # “Period.” standing as a sentence of its own
            and not _has_sentence_end(content)
        ):
            return None  # a scare quote or a term, not a statement
        kind = self._kind(r, attribution, s)
        f = Found(r.start, r.end, kind, attribution, parts=list(r.pieces), region=r)
        self.found.append(f)
        self.by_region[r.open] = f
        if attribution is not None:
            self.para_last[para] = attribution
            cue = attribution.cue
            # A cue after the quote is spent; one before it may still report a clause
            # ahead of the quote ("said Chinese officials will visit ... to 'build goodwill'").
            if cue is not None and cue.start >= r.close:
                self.used_cues.add(cue.start)
            elif cue is not None and cue.speech:
                self._reported_after_quote(r, attribution, e)
        return f

    def _same_report(self, prev: Region, r: Region) -> Attribution | None:
        """The second quoted fragment of one report: "wrote that his poll numbers were
        “collapsing” and that his donors were “fleeing”"."""
        pf = self.by_region.get(prev.open)
        a = pf.attribution if pf is not None else None
        if a is None or a.cue is None or a.cue.start > prev.open:
            return None
        between = self.text[prev.close : r.open]
        if not re.search(r"\b(?:and|but|or)\b", between) or self.cues_between(prev.close, r.open):
            return None
        return _inherit(a)

    def _reported_after_quote(self, r: Region, a: Attribution, e: int) -> None:
        """ "He said the plan was “a slogan,” and that the country needed ...": the clause after
        the quote is reported by the same cue."""
        m = _AND_THAT.match(self.text, r.close, e)
        if m is None:
            return
        end = self._content_end(m.end(), e)
        if self.doc.regions_between(m.end(), end):
            return
        f = self._make_indirect(m.end(), end, _inherit(a) or a)
        if f is not None:
            self.found.append(f)

    def _is_title_or_term(self, r: Region) -> bool:
        text = self.text
        before = text[max(0, r.open - 40) : r.open]
        content = text[r.start : r.end]
        if _NAMING.search(before):
            return len(content.split()) <= 8
        words = content.split()
        if len(words) == 1 and words[0][:1].isupper():
            # "on Fox News Channel’s “Hannity,”": a one-word name after a possessive or a
            # preposition is the title of a show, a book or a film
            prior = before.rstrip().rsplit(None, 1)[-1].lower() if before.strip() else ""
            if prior.endswith(("’s", "'s")) or prior in lx.PREPOSITIONS or prior in lx.DETERMINERS:
                return True
        if 2 <= len(words) <= 8 and not _has_sentence_end(content):
            sig = [
                w
                for w in words
                if w.lower() not in {"of", "the", "a", "an", "and", "in", "on", "to", "for", "at"}
            ]
            if (
                sig
                and all(w[:1].isupper() for w in sig)
                and not text[r.open - 2 : r.open].strip(" ").endswith((":", ","))
            ):
                sent_start = self.doc.sentence_at(r.open)[0]
                return r.open > sent_start + 1  # Title Case mid-sentence: a title or a name
        return False

    def _after(self, r: Region, lo: int, hi: int, si: int) -> tuple[Attribution, bool] | None:
        """Attribution after a closing mark. The flag says it follows the mark directly."""
        text = self.text
        i = lo
        while i < hi and text[i] in " ,\t—–-\u00a0":
            i += 1
        cues = [c for c in self.cues_between(i, hi)]
        if not cues:
            return None
        cues = [c for c in cues if _word_before(text, c.start) not in {"who", "which", "whom"}]
        if not cues:
            return None
        cue = cues[0]
        between = text[i : cue.start]
        if len(between.split()) > 12:
            return None
        tight = (
            not r.closed or text[r.close - 2 : r.close - 1] in ",!?—–-" or text[lo:i].strip() != ""
        )
        tight = tight or (bool(between) and between[:1].islower())
        if cue.lemma == "according to":
            np = np_after(text, cue.end, hi)
            if np is None or between.strip():
                return None
            return self._attribution(np, cue, si), True
        if not between.strip():
            np = np_after(text, cue.end, hi)
            if np is None:
                return None
            return self._attribution(np, cue, si), True
        np = subject_before(text, i, cue.start)
        if np is None:
            return None
        direct = text[i : np.start].strip() == ""
        # "... 'a disaster' for farmers, Trump said." is fine only as a trailing attribution
        if not direct and (text[i : np.start].rstrip()[-1:] != "," or not self._trailing(cue, hi)):
            return None
        return self._attribution(np, cue, si), direct and tight

    def _trailing(self, cue: Cue, hi: int) -> bool:
        rest = self.text[cue.end : hi]
        words = [t for t in tokens(self.text, cue.end, hi) if t.is_word]
        return (
            "that" not in {t.lower for t in words[:8]}
            and not looks_like_clause(self.text, cue.end, hi)
        ) or rest.strip().startswith(",")

    def _before(self, r: Region, lo: int, hi: int, si: int) -> Attribution | None:
        text = self.text
        window = text[lo:hi]
        cues = self.cues_between(lo, hi)
        for cue in reversed(cues):
            if cue.lemma == "according to":
                np = np_after(text, cue.end, hi)
                if np is not None:
                    return self._attribution(np, cue, si)
                continue
            if cue.participle and _comma_before(text, cue.start, lo):
                a = self._sentence_subject_attribution(cue, si, lo)
                if a is not None:
                    return a
                continue
            if self._conjunction_before(cue, lo) is not None:
                a = self._sentence_subject_attribution(cue, si, self.doc.sentences[si][0])
                if a is not None:
                    return a  # "... voted against the bill and said: “...”"
                continue
            np = subject_before(text, lo, cue.start)
            if np is None:
                inv = np_after(text, cue.end, hi)
                if inv is not None and text[inv.end : hi].strip(" ,:") == "":
                    return self._attribution(inv, cue, si)  # "Said Smith: ..."
                continue
            if _passive(text, cue.start):
                continue
            return self._attribution(np, cue, si)
        # "Name: 'text'" — a colon after a bare name introduces a quote.
        m = re.search(r"([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,4})\s*:\s*$", window)
        if m:
            ent = self.cast.resolve_phrase(m.group(1))
            if ent is not None:
                np = NounPhrase(lo + m.start(1), lo + m.end(1), m.group(1))
                return Attribution(np, ent, None, ent.name, ent.kind)
        return None

    def _kind(self, r: Region, a: Attribution | None, sent_start: int) -> str:
        text = self.text
        if a is not None and a.cue is not None:
            if a.cue.lemma in lx.TWEET_CUES:
                return "tweet"
            near = text[a.cue.start : min(len(text), a.cue.end + 30)]
            if a.cue.lemma in {"write", "say"} and _TWEET_CONTEXT.search(near):
                return "tweet"
        content = text[r.start : r.end]
        if _INTERNAL_BOUNDARY.search(content):
            return "direct"
        para_start = self.doc.paragraphs[self.doc.paragraph_index(r.open)][0]
        if r.open == para_start:
            return "direct"
        first = content.lstrip("“\"‘'([")[:1]
        upper = first.isupper() or first.isdigit()
        before = text[sent_start : r.open].rstrip()
        if upper and (not before or before[-1] in ":,—–-" or _ends_with_cue(before)):
            return "direct"
        return "partial"

    # -- reported speech --------------------------------------------------------------------
    def _reported_speech(self, si: int, s: int, e: int) -> list[Found]:
        out: list[Found] = []
        for cue in self.cues_between(s, e):
            if not cue.speech or cue.start in self.used_cues:
                continue
            if cue.lemma in {"according to"}:
                got = [self._according_to(cue, si, s, e)]
            else:
                got = self._speech_clause(cue, si, s, e)
            for f in sorted((f for f in got if f is not None), key=lambda f: f.start):
                self.used_cues.add(cue.start)
                self.found.append(f)
                self.para_last[self.doc.paragraph_index(f.start)] = f.attribution  # type: ignore[assignment]
                out.append(f)
        return out

    def _speech_clause(self, cue: Cue, si: int, s: int, e: int) -> list[Found | None]:
        text = self.text
        if _passive(text, cue.start) or text[cue.end : cue.end + 1] == "-":
            return []
        # Who: the subject before the cue; for "..., saying that", the sentence's subject.
        if cue.participle and _comma_before(text, cue.start, s):
            span = self._forward_content(cue, s, e)
            a = self._participle_attribution(cue, si, s) if span else None
            return [self._make_indirect(*span, a)] if span and a else []
        if cue.participle:
            return []
        if self._conjunction_before(cue, s) is not None:
            span = self._forward_content(cue, s, e)
            a = self._sentence_subject_attribution(cue, si, s) if span else None
            return [self._make_indirect(*span, a)] if span and a else []
        np = subject_before(text, s, cue.start)
        if np is not None:
            a = self._attribution(np, cue, si)
            span = self._forward_content(cue, s, e)
            if span and _RELATIVE_CUE.search(text, max(s, cue.start - 30), cue.start):
                # "Clinton, who said she was confident, held a lead": the clause ends at its comma
                comma = text.find(",", span[0], span[1])
                span = (span[0], comma) if comma > 0 else span
            if span is None:
                # Inverted: "The economy is strong, Smith said."
                span = self._inverted_content(cue, np.start, s, e)
                return [self._make_indirect(*span, a)] if span else []
            out = [self._make_indirect(*span, a)]
            if re.match(r"\s*,\s*(?:and|but)\b", text[cue.end : span[0] + 4]):
                # Both sides: "Democrats had blocked them for years, he said, and he would ..."
                before = self._inverted_content(cue, np.start, s, e, coordinated=True)
                if before:
                    out.append(self._make_indirect(*before, a))
            return out
        inv = np_after(text, cue.end, e)
        if inv is not None and text[s : cue.start].rstrip().endswith(","):
            span = self._inverted_content(cue, cue.start, s, e, np_end=inv.end)
            return [self._make_indirect(*span, self._attribution(inv, cue, si))] if span else []
        return []

    def _forward_content(self, cue: Cue, s: int, e: int) -> tuple[int, int] | None:
        text = self.text
        opening = skip_complement_opening(text, cue.end, e, cue.lemma)
        if opening is None:
            return None
        start, with_that = opening
        if _PARTICIPLE_TAIL.match(text, start):
            return None  # "said, adding that ...": the participle reports it, not this cue
        if self.doc.inside_quote(start) or text[start : start + 1] in '“"‘':
            return None  # a quote introduced by the cue: attributed with the quote
        if cue.lemma in lx.NEEDS_THAT_OR_QUOTE and not with_that:
            return None
        end = self._content_end(start, e)
        if not with_that and not looks_like_clause(text, start, end):
            return None
        inner = [q for q in self.doc.regions_between(start, end)]
        if inner:
            cut = self._cut_before_quote(start, inner[0].open)
            if cut is None:
                return None
            end = cut
        return start, end

    def _inverted_content(
        self,
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
        text = self.text
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
            and not _PARTICIPLE_TAIL.match(rest)  # ", Rubio said, adding that ..."
            and looks_like_clause(text, tail_from, e)
        ):
            return None
        start = s
        toks = tokens(text, s, np_start)
        while toks and toks[0].lower in {"but", "and", "so", "yet", "still", "however", ","}:
            toks = toks[1:]
        if not toks:
            return None
        start = toks[0].start
        end = len(head.rstrip(",")) + s
        if self.doc.regions_between(start, end):
            return None  # the quotes inside carry this attribution
        if not looks_like_clause(text, start, end):
            return None
        return start, end

    def _according_to(self, cue: Cue, si: int, s: int, e: int) -> Found | None:
        text = self.text
        np = np_after(text, cue.end, e)
        if np is None:
            return None
        a = self._attribution(np, cue, si)
        if text[s : cue.start].strip(" ,") == "" or text[s : cue.start].strip().lower() == "":
            # "According to X, CONTENT."
            k = text.find(",", np.end, e)
            if k < 0:
                return None
            start = k + 1
            while start < e and text[start].isspace():
                start += 1
            end = self._content_end(start, e)
        elif text[s : cue.start].rstrip().endswith(","):
            start = s
            end = len(text[s : cue.start].rstrip().rstrip(",")) + s
        else:
            return None
        if self.doc.regions_between(start, end) or len(text[start:end].split()) < 4:
            return None
        return self._make_indirect(start, end, a)

    def _content_end(self, start: int, e: int) -> int:
        text = self.text
        end = e
        for pat in (", according to", ", adding", ", saying", ", arguing", ", noting", ", citing"):
            k = text.find(pat, start, e)
            if k >= 0:
                end = min(end, k)
        # The subject's next act, not part of what was said: "..., but did not elaborate".
        m = _NEXT_ACT.search(text, start, end)
        if m is not None:
            end = m.start()
        # A second report by the same subject: "... ahead but said he would stay".
        for cue in self.cues_between(start, e):
            if cue.speech and (cut := self._conjunction_before(cue, start)) is not None:
                end = min(end, cut)
                break
        # A trailing attribution: ", he said." / ", Mr Smith said Thursday."
        for cue in self.cues_between(start, e):
            comma = text.rfind(",", start, cue.start)
            if (
                comma > start
                and len(text[comma : cue.start].split()) <= 6
                and self._trailing(cue, e)
            ):
                end = min(end, comma)
                self.used_cues.add(cue.start)
                break
        while end > start and text[end - 1] in " .!?;:,\n\t":
            end -= 1
        return end

    def _cut_before_quote(self, start: int, open_at: int) -> int | None:
        """Reported content holding a partial quote keeps only the part before the quote."""
        text = self.text
        pre = text[start:open_at]
        cut = max(pre.rfind(", and "), pre.rfind(", but "), pre.rfind(", "))
        if cut > 0:
            pre = pre[:cut]
        pre = pre.rstrip(" ,")
        if len(pre.split()) < 4 or not looks_like_clause(text, start, start + len(pre)):
            return None
        last = pre.split()[-1].lower()
        if last in _UNFINISHED:
            return None  # "the plan was “a disaster”": the quote is the clause's own predicate
        return start + len(pre)

    def _make_indirect(self, start: int, end: int, a: Attribution) -> Found | None:
        text = self.text
        while start < end and text[start] in " ,\t":
            start += 1
        lead = re.match(r"(?:and|but)\s+(?:that\s+)?", text[start:end])
        if lead:
            start += lead.end()  # "..., he said, and he would not be lectured"
        while end > start and text[end - 1] in " .,;:\t":
            end -= 1
        if len(text[start:end].split()) < 3:
            return None
        return Found(start, end, "indirect", a, parts=[(start, end)])

    # -- speakers ---------------------------------------------------------------------------
    def _conjunction_before(self, cue: Cue, s: int) -> int | None:
        """Where "and"/"but" starts when the cue's verb is coordinated with an earlier one:
        "Cruz accused them of hypocrisy and said ...", "... but later insisted ...".
        """
        toks = tokens(self.text, max(s, cue.start - 40), cue.start)
        i = len(toks) - 1
        while i >= 0 and (toks[i].lower in lx.ADVERBS or ly_adverb(toks[i])):
            i -= 1
        if i < 0 or toks[i].lower not in {"and", "but"}:
            return None
        return toks[i - 1].start if i >= 1 and toks[i - 1].text == "," else toks[i].start

    def _participle_attribution(self, cue: Cue, si: int, s: int) -> Attribution | None:
        """ ", Ortiz said, adding that ...": the speaker of the cue the participle follows, or
        else the sentence's subject ("Trump attacked Clinton, saying ...")."""
        for f in reversed(self.found):
            a = f.attribution
            if a is not None and a.cue is not None and s <= a.cue.start < cue.start:
                return Attribution(a.np, a.entity, cue, a.name, a.kind)
        return self._sentence_subject_attribution(cue, si, s)

    def _sentence_subject_attribution(self, cue: Cue, si: int, s: int) -> Attribution | None:
        words = [t for t in tokens(self.text, s, cue.start) if t.is_word]
        while words and (words[0].lower in lx.SENTENCE_ADVERBS or words[0].lower in {"and", "but"}):
            words = words[1:]
        if words and words[0].lower in lx.PRONOUNS:  # "He criticized the deal, but said ..."
            t = words[0]
            return self._attribution(NounPhrase(t.start, t.end, t.text), cue, si)
        mentions = [
            m
            for m in self.cast.mentions_between(s, cue.start)
            if not self.doc.inside_quote(m.start)
        ]
        first_verb = self._first_verb(s, cue.start)
        # the subject comes before the first verb; a name after it sits in the object
        for m in [m for m in mentions if m.start < first_verb] or mentions:
            named = NounPhrase(m.start, m.end, self.text[m.start : m.end])
            return Attribution(named, m.entity, cue, m.entity.name, m.entity.kind)
        np = subject_before(self.text, s, first_verb)
        if np is not None:
            return self._attribution(np, cue, si)
        return None

    def _first_verb(self, s: int, hi: int) -> int:
        for t in tokens(self.text, s, hi):
            if t.lower in lx.AUXILIARIES or t.lower in lx.SPEECH_VERBS or t.text == ",":
                return t.start
        return hi

    def _attribution(self, np: NounPhrase, cue: Cue | None, si: int) -> Attribution:
        ent, name, kind = self.resolve(np, si)
        if ent is not None and np.role:
            role = np.role.strip()
            if role and ent.kind == "person":
                ent.role = ent.role or role
                ent.roles.add(role.lower())
        return Attribution(np, ent, cue, name, kind)

    def resolve(self, np: NounPhrase, si: int) -> tuple[Entity | None, str | None, str]:
        phrase = re.sub(r"\s*\([^)]*\)?", "", np.text).strip()  # "(R-Utah)"
        low = phrase.lower()
        if low in lx.PRONOUNS:
            ent = self._pronoun(low, np.start, si)
            if ent is not None:
                return ent, ent.name, ent.kind
            return None, None, "person"
        head = _head(phrase)
        if head and head[:1].islower() and phrase.lower() not in lx.KNOWN_ORGS:
            role_ent = self.cast.resolve_role(phrase, np.start)
            if role_ent is not None:
                return role_ent, role_ent.name, role_ent.kind
            desc = re.sub(r"^(?:the)\s+", "", phrase, flags=re.I)
            kind = "organisation" if head.lower() in lx.ORG_WORDS else "person"
            return None, desc, kind
        ent = self.cast.resolve_phrase(phrase)
        if ent is None:
            words = [w for w in phrase.split() if w[:1].isupper()]
            if words:
                # A name the cast did not know: a new speaker of the article.
                title_words, name_words = split_title(words)
                if name_words:
                    ent = self.cast._person(name_words, title_words, None, None)
                    ent.mentions += 1
        if ent is not None:
            return ent, ent.name, ent.kind
        return None, phrase, "person"

    def _pronoun(self, word: str, pos: int, si: int) -> Entity | None:
        want = lx.PRONOUNS[word]
        s = self.doc.sentences[si][0]
        for m in reversed(self.cast.mentions_between(s, pos)):
            if not self.doc.inside_quote(m.start) and _compatible(m.entity, want):
                return m.entity
        for sj, ent in reversed(self.salience):
            if si - sj > 12:
                break
            if _compatible(ent, want):
                return ent
        # Nobody before: a pronoun may point ahead ("“We will win,” he said. So Tom Hill
        # opened his campaign"), to the next person its paragraph names.
        para_end = self.doc.paragraphs[self.doc.paragraph_index(pos)][1]
        for m in self.cast.mentions_between(pos, para_end):
            if not self.doc.inside_quote(m.start) and _compatible(m.entity, want):
                return m.entity
        return None

    # -- afterwards -------------------------------------------------------------------------
    def _fill_unattributed(self) -> None:
        """Quotes with no attribution of their own take their paragraph's or the previous one's."""
        by_para: dict[int, list[Found]] = {}
        for f in sorted(self.found, key=lambda f: f.start):
            by_para.setdefault(self.doc.paragraph_index(f.start), []).append(f)
        keep = []
        for f in sorted(self.found, key=lambda f: f.start):
            if f.attribution is None:
                para = self.doc.paragraph_index(f.start)
                mates = [g for g in by_para.get(para, []) if g.attribution is not None]
                earlier = [g for g in mates if g.start < f.start]
                later = [g for g in mates if g.start > f.start]
                if earlier:
                    f.attribution = _inherit(earlier[-1].attribution)
                elif later:
                    f.attribution = _inherit(later[0].attribution)
                else:
                    for back in (1, 2):
                        prev = self.para_last.get(para - back)
                        if prev is not None:
                            f.attribution = _inherit(prev)
                            break
                if f.attribution is None:
                    f.attribution = self._weak_subject(f)
                if f.attribution is not None and f.attribution.name:
                    self.para_last.setdefault(para, f.attribution)
            keep.append(f)
        self.found = keep

    def _weak_subject(self, f: Found) -> Attribution | None:
        s, _ = self.doc.sentence_at(f.start)
        for m in self.cast.mentions_between(s, f.start):
            if not self.doc.inside_quote(m.start) and m.entity.kind == "person":
                np = NounPhrase(m.start, m.end, self.text[m.start : m.end])
                return Attribution(np, m.entity, None, m.entity.name, m.entity.kind)
        return None

    def _merge_split_quotes(self) -> None:
        """'"We'll win," she said, "and soon."' is one statement of one speaker."""
        text = self.text
        quotes = sorted((f for f in self.found if f.region is not None), key=lambda f: f.start)
        drop: set[int] = set()
        for a, b in itertools.pairwise(quotes):
            if id(a) in drop or a.attribution is None or a.region is None or b.region is None:
                continue
            if self.doc.paragraph_index(a.end) != self.doc.paragraph_index(b.start):
                continue
            gap = text[a.region.close : b.region.open]
            cue = a.attribution.cue
            if cue is None or not (a.region.close <= cue.start < b.region.open):
                continue
            if not gap.rstrip().endswith(","):
                continue
            if not text[a.region.close - 2 : a.region.close].startswith(","):
                continue
            a.parts.extend(b.parts)
            a.end = b.end
            drop.add(id(b))
        self.found = [f for f in self.found if id(f) not in drop]


class _CueMatch:
    __slots__ = ("_end", "_start", "_word")

    def __init__(self, start: int, end: int, word: str) -> None:
        self._start, self._end, self._word = start, end, word

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._word


def _cue_matches(text: str) -> list[_CueMatch]:
    out = []
    n = len(text)
    for m in _LOWER_WORD.finditer(text):
        w = m.group()
        if w not in _CUE_WORDS:
            continue
        s, e = m.start(), m.end()
        if (s > 0 and (text[s - 1].isalnum() or text[s - 1] in "_-’'")) or (
            e < n and (text[e].isalnum() or text[e] in "_-")
        ):
            continue
        if w in _PHRASAL:
            nxt = re.match(r" (\w+)\b", text[e : e + 8])
            if nxt is None or nxt.group(1) not in _PHRASAL[w]:
                if w in _CUE_FORMS:
                    out.append(_CueMatch(s, e, w))
                continue
            e += len(nxt.group(0))
            w = text[s:e]
        out.append(_CueMatch(s, e, w))
    # "According to X, ..." opens a sentence with a capital
    for m in _SENTENCE_ACCORDING.finditer(text):
        out.append(_CueMatch(m.start(), m.end(), "according to"))
    out.sort(key=lambda c: c.start())
    return out


_NEXT_ACT = re.compile(
    r",\s+(?:and|but)\s+(?:then\s+|later\s+)?(?:(?:did|does|would|could)\s+not\s+"
    r"(?:elaborate|comment|say|respond|answer|specify|explain|provide|give|offer|take)|"
    r"declined|refused|left|walked|hung)\b"
)
_AND_THAT = re.compile(r"[\s,”\"’']*(?:and|but)\s+(?:also\s+)?that\s+")
_RELATIVE_CUE = re.compile(r",\s*(?:who|which)\s+(?:\w+\s+){0,2}$")
_PARTICIPLE_TAIL = re.compile(
    r"\s*,?\s*(?:adding|saying|noting|arguing|explaining|insisting|warning|stressing|"
    r"acknowledging|suggesting|claiming|calling|citing)\b"
)
# Words a clause cannot end on: the quoted words after them are its predicate or object.
# (A trailing preposition is different: "will visit farms to “build goodwill”" reports a
# whole clause before the quoted adjunct.)
_UNFINISHED = lx.AUXILIARIES | lx.DETERMINERS | {"that", "which", "who", "whom", "and", "or"}


def _inherit(a: Attribution | None) -> Attribution | None:
    if a is None:
        return None
    return Attribution(a.np, a.entity, None, a.name, a.kind)


def _compatible(ent: Entity, want: str | None) -> bool:
    if want in {"m", "f"}:
        return ent.kind == "person" and ent.gender in {None, want}
    if want == "n":
        return ent.kind == "organisation"
    if want == "p":
        return ent.kind == "organisation"
    return ent.kind == "person"


def _head(phrase: str) -> str:
    """The head word of a noun phrase: the last word before a preposition."""
    words = re.findall(r"[\w’'.\-&]+", phrase)
    out: list[str] = []
    for w in words:
        if w.lower() in lx.PREPOSITIONS and out:
            break
        out.append(w)
    head = out[-1] if out else ""
    return head.rstrip(".")


def _has_sentence_end(content: str) -> bool:
    return bool(re.search(r"[.!?…][”\"’']?$", content.strip())) and len(content.split()) >= 3


def _word_before(text: str, pos: int) -> str:
    m = re.search(r"(\w+)\W*$", text[max(0, pos - 30) : pos])
    return m.group(1).lower() if m else ""


def _comma_before(text: str, pos: int, floor: int) -> bool:
    k = pos - 1
    while k >= floor and text[k].isspace():
        k -= 1
    return k >= floor and text[k] == ","


def _passive(text: str, cue_start: int) -> bool:
    before = text[max(0, cue_start - 12) : cue_start].lower().split()
    return bool(before) and before[-1] in {"is", "are", "was", "were", "be", "been", "being", "the"}


def _ends_with_cue(before: str) -> bool:
    words = before.split()
    if not words:
        return False
    last = words[-1].lower().strip(",:")
    return last in lx.SPEECH_VERBS or last == "that"
