"""Quoted regions, each attributed to a speaker by the first registered rule that finds one.

A tag is looked for where news prose puts it: right after the closing mark (`, he said`),
before the opening mark (`Mnuchin said:` / `said he is "..."`), later in the sentence
(`..., Trump said.`), or in an earlier fragment of the same report. Quotes with no tag at all
are left for ``carry``; short ones with none are scare quotes and titles, not statements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from . import lexicon as lx
from .caseless import CaseBlindSearch
from .clauses import AND_THAT, complement_span, content_end, make_indirect, trailing
from .cues import Cue
from .headline import headline_lead
from .marks import Region
from .phrases import NounPhrase, np_after, skip_complement_opening, subject_before
from .policy import Policy
from .reading import Reading
from .rules import stage_rules
from .statements import Attribution, Found
from .subjects import clause_subject, conjunction_before, main_clause_start, sentence_subject
from .tokens import Tok

_NAMING = re.compile(
    r"(?:so-called|dubbed|known as|titled|entitled|nicknamed|(?:a|an|the) \w+ (?:called|named)|"
    r"the (?:term|words?|phrase|slogan|hashtag|motto|label|headline|book|song|film|movie|album|"
    r"show|series|novel|poem|play|documentary|podcast)|(?:his|her|their|its|a|an) (?:book|song|"
    r"film|movie|album|show|novel|poem|memoir|essay|op-ed|column)|"
    # "his 2002 book, ''Make Your Kid a Millionaire''", "the Politics podcast “So, That Happened”"
    r"\b(?:book|song|film|movie|album|novel|memoir|autobiography|podcast|documentary|sitcom|"
    r"anthem|hit|single),?)\s*$",
    re.IGNORECASE,
)
# A person's words naming someone or something: "called the pageant winner “Miss Piggy”",
# "referring to his rivals as ‘Little Marco’", "(who she dubbed “Mr. P”)"
_EVALUATED = re.compile(
    r"\b(?:(?:he|she|they|who|[A-Z][\w’'.\-]+)[ \t]+(?:also[ \t]+|once[ \t]+|has[ \t]+|had[ \t]+)?"
    r"(?:call(?:s|ed)?|dub(?:s|bed)?|nicknamed|label(?:s|l?ed)|brand(?:s|ed))[ \t]+"
    r"(?:[\w’'.\-]+[ \t]+){0,5}"
    r"|(?:referr(?:ed|ing)|refers?)[ \t]+to[ \t]+(?:[\w’'.\-]+[ \t]+){0,5}as[ \t]*"
    r"|(?:cited|described|likened)[ \t]+(?:[\w’'.\-]+[ \t]+){0,5}(?:as|to)[ \t]*)$"
)
_EVALUATING_STEMS = (
    "call",
    "dub",
    "nicknam",
    "label",
    "brand",
    "refer",
    "cited",
    "describ",
    "liken",
)
# ... but not a thing's name given in passing: "a phenomenon called “...”", "so-called"
_NAMED_THING = re.compile(r"\b(?:(?:a|an|the)[ \t]+\w+[ \t]+(?:called|named)|so-called)[ \t]*$")
_NAMED_BY_TITLE = re.compile(r"\b(?:titled|entitled|headlined|headline)\s*,?\s*$", re.IGNORECASE)
_BY_AUTHOR = re.compile(r"[ \t]*,?[ \t]*by[ \t]+[A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*)+")
_NAMING_BEFORE = CaseBlindSearch(_NAMING)  # the same search, faster over the short lookback
_INTERNAL_BOUNDARY = re.compile(r"[.!?…][”\"’']?\s+[“\"‘']?[A-Z]")
_TWEET_CONTEXT = re.compile(
    r"\b(?:on|via|in an?|in one|in several|in a series of)\s+(?:\w+\s+)?(?:twitter|tweets?|x\b|"
    r"facebook|instagram|truth social)|^\s+(?:on\s+)?twitter",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?…][”\"’']?$")
_CONJUNCTION = re.compile(r"\b(?:and|but|or)\b")
_NAME_COLON = re.compile(r"([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,4})\s*:\s*$")
_WORDS = re.compile(r"\w+")
# A byline after a closing mark: "” ― Steve Quinn", "” - Bernie Sanders.", "” —Mary Ruiz"
_DASH_NAME = re.compile(
    r"[ \t\u00a0]*[―—–-]{1,2}[ \t\u00a0]*((?:[A-Z][\w’'.\-]*[ \t\u00a0]+){0,4}[A-Z][\w’'\-]+)"
    r"(?=[ \t\u00a0]*(?:[.,;]|$|\n|[“\"‘]))"
)
_NICKNAME_SLOT = re.compile(r".*\b[A-Z][\w.’'\-]*[ \t\u00a0]+$", re.DOTALL)
_NICKNAME = re.compile(r"[A-Z][\w’'\-]*")
_NAME_AFTER = re.compile(r"[ \t\u00a0]+[A-Z][\w’'\-]+")
_TITLE_SMALL_WORDS = {
    "of",
    "the",
    "a",
    "an",
    "and",
    "in",
    "on",
    "to",
    "for",
    "at",
    "with",
    "from",
    "by",
    "or",
    "vs.",
}

Shape = Literal["according", "inverted", "subject"]


@dataclass(slots=True)
class After:
    """The tag found after a quote, its shape, and whether it follows the mark directly."""

    attribution: Attribution
    shape: Shape
    tight: bool


@dataclass(slots=True)
class Around:
    """What the rules of one region read: the region, its sentence, and its tag candidates."""

    rd: Reading
    r: Region
    si: int
    s: int
    e: int
    after: After | None = None
    lo: int = 0  # where the window before the quote begins
    hi: int = 0  # ... and where it ends: the opening mark, or an introducing paragraph's end
    prev: Region | None = None  # the quote before it in the sentence
    at_sentence_start: bool = False
    subjects: dict[int, NounPhrase | None] = field(default_factory=dict)  # per cue, cached


# A rule before the quote reads one cue: an Attribution, False when the cue is settled as no
# tag (try the next cue), None when its shape does not apply (try the next rule).
CueVerdict = Attribution | Literal[False] | None


def attribute_region(rd: Reading, r: Region, si: int, s: int, e: int) -> Found | None:
    """The statement a quoted region makes, attributed; None for a title or a scare quote."""
    doc, text = rd.doc, rd.text
    if is_title_or_term(rd, r) or byline_line(rd, r) is not None:
        return None
    ctx = _around(rd, r, si, s, e)
    attribution = None
    for name, rule in _AFTER:
        attribution = rule(ctx, name)
        if attribution is not None:
            break
    if attribution is None:
        attribution = _before(ctx)
    if attribution is None:
        for name, rule in _WINDOW:
            attribution = rule(ctx, name)
            if attribution is not None:
                break
    content = text[r.start : r.end]
    words = len(content.split())
    whole_sentence = ctx.at_sentence_start and content.rstrip().endswith((".", "!", "?"))
    if (
        attribution is None
        and words <= rd.policy.scare_quote_words
        and not whole_sentence  # “Period.” standing as a sentence of its own
        and not _has_sentence_end(content)
    ):
        return None  # a scare quote or a term, not a statement
    kind = quote_kind(rd, r, attribution, s)
    f = Found(r.start, r.end, kind, attribution, parts=list(r.pieces), region=r)
    rd.add(f)
    rd.by_region[r.open] = f
    if attribution is not None:
        rd.para_last[doc.paragraph_index(r.open)] = attribution
        cue = attribution.cue
        # A cue after the quote is spent; one before it may still report a clause
        # ahead of the quote ("said Chinese officials will visit ... to 'build goodwill'").
        if cue is not None and cue.start >= r.close:
            rd.used_cues.add(cue.start)
        elif cue is not None and cue.speech:
            _reported_after_quote(rd, r, attribution, e)
    return f


def _around(rd: Reading, r: Region, si: int, s: int, e: int) -> Around:
    doc, text = rd.doc, rd.text
    ctx = Around(rd, r, si, s, e)
    # Where the attribution may be: after the close, up to the sentence end or next quote.
    end_si = doc.sentence_index(max(r.close - 1, r.open))
    after_hi = doc.sentences[end_si][1]
    nxt = [q for q in doc.regions_between(r.close, after_hi) if q.open >= r.close]
    if nxt:
        after_hi = min(after_hi, nxt[0].open)
    ctx.after = _tag_after(rd, r, r.close, after_hi, end_si)
    prev = [q for q in doc.regions_between(s, r.open) if q.close <= r.open]
    ctx.prev = prev[-1] if prev else None
    ctx.lo = prev[-1].close if prev else s
    ctx.hi = r.open
    ctx.at_sentence_start = not text[s : r.open].strip(" “\"‘'—–-(")
    return ctx


# -- a tag after the closing mark ---------------------------------------------------------
def _tag_after(rd: Reading, r: Region, lo: int, hi: int, si: int) -> After | None:
    """The first cue after a closing mark and the speaker it names."""
    text = rd.text
    i = lo
    while i < hi and text[i] in " ,\t—–-\u00a0":
        i += 1
    cues = [
        c for c in rd.cues.between(i, hi) if _word_before(text, c.start) not in lx.RELATIVE_PRONOUNS
    ]
    if not cues:
        return None
    cue = cues[0]
    if text.startswith(("as ", "As "), i):
        i += 3  # "“...,” as one aide put it."
    between = text[i : cue.start]
    if len(between.split()) > _gap_allowed(between, rd.policy):
        return None
    tight = not r.closed or text[r.close - 2 : r.close - 1] in ",!?—–-" or text[lo:i].strip() != ""
    tight = tight or (bool(between) and between[:1].islower())
    attribute = rd.resolver.attribution
    if cue.lemma == "according to":
        np = np_after(rd.doc.tokens, cue.end, hi, rd.policy)
        if np is None or between.strip():
            return None
        return After(attribute(np, cue, si, "after-according-to"), "according", True)
    if not between.strip():
        if cue.participle:
            return None  # "“…,” accusing it of": a participle's object is no inverted speaker
        np = np_after(rd.doc.tokens, cue.end, hi, rd.policy)
        if np is None:
            return None
        return After(attribute(np, cue, si, "after-said-name"), "inverted", True)
    if between.rstrip().endswith(",") and not cue.participle:
        # "Any ''cleareyed'' reading of his moves, said Mike Koval, an expert, would see ...":
        # an inverted tag set off by commas inside the sentence the quote is part of
        np = np_after(rd.doc.tokens, cue.end, hi, rd.policy)
        if np is not None and np.text[:1].isupper() and text[np.end : np.end + 1] == ",":
            return After(attribute(np, cue, si, "after-said-name"), "inverted", True)
    np = subject_before(rd.doc.tokens, i, subject_end(text, i, cue.start), policy=rd.policy)
    if np is None:
        np = _surname_alone(rd, i, cue.start)
    if np is None:
        return None
    direct = text[i : np.start].strip() == ""
    # "... 'a disaster' for farmers, Trump said." is fine only as a trailing attribution
    if not direct and (text[i : np.start].rstrip()[-1:] != "," or not trailing(rd, cue, hi)):
        return None
    return After(attribute(np, cue, si, "after-name-said"), "subject", direct and tight)


def _surname_alone(rd: Reading, lo: int, hi: int) -> NounPhrase | None:
    """ "“...,” From said.": a surname that is also a function word ("From", "Will", "Long")
    stands for the person the article named with it."""
    word = rd.text[lo:hi].strip()
    if not word[:1].isupper() or not word.isalpha():
        return None
    ent = rd.cast.resolve_phrase(word)
    if ent is None or ent.kind != "person" or word not in ent.name.split():
        return None
    start = lo + rd.text[lo:hi].index(word)
    return NounPhrase(start, start + len(word), word)


def _gap_allowed(between: str, policy: Policy) -> int:
    """Words a tag may stand from the closing mark: more when they are a name and its
    appositive ("Michael Kane, a senior fellow at the Hoover Institution and a former
    ambassador to Russia, said")."""
    head = between.split(",", 1)[0]
    if "," in between and head[:1].isupper() and len(head.split()) <= 6:
        return policy.tag_gap_appositive_words
    return policy.tag_gap_words


_QUOTED_AS = re.compile(
    r"\s+(?:is|was|were|are|has been|had been|have been)\s+(?:(?:quoted|heard|recorded|seen)"
    r"\s+(?:as\s+)?|(?:prompted|moved|compelled|forced|quick|careful|eager|keen|happy|willing"
    r"|ready|expected|set|scheduled|slated|due)\s+to\s+)$"
)


def subject_end(text: str, lo: int, cue_start: int) -> int:
    """Where the speaker phrase before a cue ends: before "is quoted as" in "Braynard is
    quoted as saying", "was prompted to" in "Trump was prompted to say"."""
    m = _QUOTED_AS.search(text, lo, cue_start)
    return m.start() if m is not None else cue_start


def _after_according_to(ctx: Around, name: str) -> Attribution | None:
    a = ctx.after
    return a.attribution if a is not None and a.shape == "according" else None


def _after_said_name(ctx: Around, name: str) -> Attribution | None:
    a = ctx.after
    return a.attribution if a is not None and a.shape == "inverted" else None


def _after_name_said(ctx: Around, name: str) -> Attribution | None:
    a = ctx.after
    if a is not None and a.shape == "subject" and (a.tight or ctx.at_sentence_start):
        return a.attribution
    return None


def _after_dash_name(ctx: Around, name: str) -> Attribution | None:
    """ "“We can build a wall around him.” ― Steve Quinn": a name after a dash, as a byline."""
    rd = ctx.rd
    m = _DASH_NAME.match(rd.text, ctx.r.close)
    if m is None and ctx.r.closed:
        m = _byline_paragraph(rd, ctx.r)
    if m is None or not ctx.r.closed:
        return None
    s, e = m.start(1), m.end(1)
    np = NounPhrase(s, e, rd.text[s:e])
    a = rd.resolver.attribution(np, None, ctx.si, name)
    return a if a.entity is not None or a.name else None


def _byline_paragraph(rd: Reading, r: Region) -> re.Match[str] | None:
    """A quote ending its paragraph, and the next paragraph a dash and a name ("-President
    Obama, tweeting after the speech."): the byline of the quote, set on a line of its own."""
    doc = rd.doc
    pi = doc.paragraph_index(r.close - 1)
    _, pe = doc.paragraphs[pi]
    if rd.text[r.close : pe].strip() or pi + 1 >= len(doc.paragraphs):
        return None
    ns, _ = doc.paragraphs[pi + 1]
    if rd.text[ns : ns + 1] not in {"―", "—", "–", "-"}:
        return None
    return _DASH_NAME.match(rd.text, ns)


# "S.C. Rep. Jim Clyburn." / "Dean Baker, Center for Economic and Policy Research.": a name,
# and perhaps its affiliation, closing a quote on a line of its own
_BYLINE_LINE = re.compile(
    r"((?:[A-Z][\w.’'\-]*[ \t\u00a0]+){1,5}[A-Z][\w’'\-]+)(?:,[ \t\u00a0]+[^“”\"]{2,120}?)?\.?"
)


def byline_line(rd: Reading, r: Region) -> tuple[int, int] | None:
    """Where the name of a byline line is, when the region ``r`` is one: a paragraph holding a
    name (and an affiliation) and the closing mark of the quote the paragraph before left open."""
    if r.closed or r.open != r.start:
        return None  # the pairing recovers such a region from a closer with no opener
    doc = rd.doc
    pi = doc.paragraph_index(r.open)
    if pi == 0 or doc.paragraphs[pi][0] != r.open:
        return None
    prev = doc.regions_between(doc.paragraphs[pi - 1][0], r.open)
    if not prev or prev[-1].closed:
        return None
    m = _BYLINE_LINE.fullmatch(rd.text, r.start, r.end)
    if m is None or len(rd.text[r.start : r.end].split()) > rd.policy.byline_words:
        return None
    return m.start(1), m.end(1)


def _after_byline_line(ctx: Around, name: str) -> Attribution | None:
    """ "“The reality is … problems for her here. / S.C. Rep. Jim Clyburn.”": the quote left
    open at its paragraph's end is closed by its speaker's name on the next line."""
    rd, r = ctx.rd, ctx.r
    if r.closed:
        return None
    pi = rd.doc.paragraph_index(r.open)
    if pi + 1 >= len(rd.doc.paragraphs):
        return None
    ns, ne = rd.doc.paragraphs[pi + 1]
    nxt = [q for q in rd.doc.regions_between(ns, ne) if q.open == ns]
    span = byline_line(rd, nxt[0]) if nxt else None
    if span is None:
        return None
    np = NounPhrase(span[0], span[1], rd.text[span[0] : span[1]])
    a = rd.resolver.attribution(np, None, ctx.si, name)
    return a if a.entity is not None else None


_AFTER = stage_rules(
    "after",
    {
        "after-dash-name": _after_dash_name,
        "after-byline-line": _after_byline_line,
        "after-according-to": _after_according_to,
        "after-said-name": _after_said_name,
        "after-name-said": _after_name_said,
    },
)


# -- a tag before the opening mark --------------------------------------------------------
def _before(ctx: Around) -> Attribution | None:
    """The nearest cue before the quote that names a speaker, each cue read by the rules in
    registry order; but when that cue sits inside what an earlier cue reports ("Obama said he
    expected that Americans will say “no”"), the earlier, outer report's speaker."""
    cues = ctx.rd.cues.between(ctx.lo, ctx.hi)
    for k in range(len(cues) - 1, -1, -1):
        found = _read_cue(ctx, cues[k])
        if found is not None:
            return _outer_report(ctx, cues[:k], cues[k]) or found
    return None


def _read_cue(ctx: Around, cue: Cue) -> Attribution | None:
    for name, rule in _BEFORE:
        verdict = rule(ctx, cue, name)
        if verdict is False:
            return None
        if verdict is not None:
            return verdict
    return None


def _outer_report(ctx: Around, earlier: list[Cue], inner: Cue) -> Attribution | None:
    rd = ctx.rd
    relative = _word_before(rd.text, inner.start) in lx.RELATIVE_PRONOUNS
    main = main_clause_start(rd, rd.doc.sentences[ctx.si][0], inner.end)
    for cue in earlier:  # the outermost first
        if cue.start < main:
            continue  # "When Trump suggested ..., Rubio fired back": a fronted clause's cue
        if not cue.speech or cue.lemma == "according to":
            continue
        span = complement_span(rd, cue, ctx.e)
        if span is None or not span[0] <= inner.start < span[1]:
            continue
        if relative and not span[2]:
            continue  # "echoed Sen. Ames, who told ...": the object's own relative clause
        found = _read_cue(ctx, cue)
        if found is not None:
            return found
    return None


def _before_according_to(ctx: Around, cue: Cue, name: str) -> CueVerdict:
    if cue.lemma != "according to":
        return None
    np = np_after(ctx.rd.doc.tokens, cue.end, ctx.hi, ctx.rd.policy)
    return ctx.rd.resolver.attribution(np, cue, ctx.si, name) if np is not None else False


def _before_participle(ctx: Around, cue: Cue, name: str) -> CueVerdict:
    if not (cue.participle and _participle_clause(ctx.rd.text, cue.start, ctx.lo)):
        return None
    return sentence_subject(ctx.rd, cue, ctx.si, ctx.lo, name) or False


def _before_coordinated(ctx: Around, cue: Cue, name: str) -> CueVerdict:
    if conjunction_before(ctx.rd, cue, ctx.lo) is None:
        return None
    # "... voted against the bill and said: “...”"
    return sentence_subject(ctx.rd, cue, ctx.si, ctx.rd.doc.sentences[ctx.si][0], name) or False


_ISSUED = re.compile(
    r"\b([A-Za-z]+)(?:[ \t]+out)?[ \t]+(?:a|an|the|this|its|his|her|their)[ \t]+"
    r"(?:[\w’'-]+[ \t]+){0,2}?([\w-]+)[ \t]*,?[ \t]*$"
)


def _before_statement_saying(ctx: Around, cue: Cue, name: str) -> CueVerdict:
    """ "His office issued a statement saying the plan “does not add up”": the participle
    hangs on the statement, whose words are those of the subject that issued it."""
    if not cue.participle:
        return None
    rd = ctx.rd
    m = _ISSUED.search(rd.text, max(ctx.lo, cue.start - 60), cue.start)
    if m is None or m.group(1).lower() not in lx.ISSUING_VERBS:
        return None
    if m.group(2).lower() not in lx.ISSUED_NOUNS:
        return None
    np = subject_before(rd.doc.tokens, ctx.lo, m.start(1), policy=rd.policy)
    if np is None or _indefinite(np):
        return None
    return rd.resolver.attribution(np, cue, ctx.si, name)


def _subject(ctx: Around, cue: Cue) -> NounPhrase | None:
    if cue.start not in ctx.subjects:
        text = ctx.rd.text
        ctx.subjects[cue.start] = subject_before(
            ctx.rd.doc.tokens, ctx.lo, subject_end(text, ctx.lo, cue.start), policy=ctx.rd.policy
        )
    return ctx.subjects[cue.start]


def _before_said_name(ctx: Around, cue: Cue, name: str) -> CueVerdict:
    if cue.participle or _subject(ctx, cue) is not None:
        return None  # "accusing it of “…”": what follows a participle is its object
    text, hi = ctx.rd.text, ctx.hi
    if not cue.speech or text[ctx.lo : cue.start].strip(" \t,;:—–\"“”‘’'"):
        return None  # only an inverted tag opens its clause: "Said Smith: …", not "… called"
    inv = np_after(ctx.rd.doc.tokens, cue.end, hi, ctx.rd.policy)
    if inv is not None and text[inv.end : hi].strip(" ,:") == "":
        return ctx.rd.resolver.attribution(inv, cue, ctx.si, name)  # "Said Smith: ..."
    return False


def _before_name_said(ctx: Around, cue: Cue, name: str) -> CueVerdict:
    np = _subject(ctx, cue)
    if np is None or passive(ctx.rd.text, cue.start) or _indefinite(np):
        return False
    return ctx.rd.resolver.attribution(np, cue, ctx.si, name)


def _indefinite(np: NounPhrase) -> bool:
    """ "urging those calling for his exit to …", "saying anybody who complains …": a subject
    that names nobody belongs to a clause inside another's words."""
    return (np.refers or np.text).lower() in lx.INDEFINITE_PRONOUNS


_BEFORE = stage_rules(
    "before",
    {
        "before-according-to": _before_according_to,
        "before-participle": _before_participle,
        "before-coordinated": _before_coordinated,
        "before-statement-saying": _before_statement_saying,
        "before-said-name": _before_said_name,
        "before-name-said": _before_name_said,
    },
)


# -- the rest of the window ---------------------------------------------------------------
def _before_name_colon(ctx: Around, name: str) -> Attribution | None:
    """ "Name: 'text'" — a colon after a bare name introduces a quote."""
    rd = ctx.rd
    m = _NAME_COLON.search(rd.text, ctx.lo, ctx.r.open)
    if m is None:
        return None
    ent = rd.cast.resolve_phrase(m.group(1))
    if ent is None:
        return None
    return rd.resolver.mention_attribution(m.start(1), m.end(1), ent, None, name)


def _colon_paragraph(ctx: Around, name: str) -> Attribution | None:
    """A quote opening its paragraph after a paragraph that ends in a colon ("Jane Cole
    responded:"): the tag, or else the subject, of that paragraph's last sentence."""
    rd, r = ctx.rd, ctx.r
    doc = rd.doc
    pi = doc.paragraph_index(r.open)
    ps, _ = doc.paragraphs[pi]
    if pi == 0 or rd.text[ps : r.open].strip() or pi - 1 in rd.skip:
        return None
    _, pe = doc.paragraphs[pi - 1]
    if not rd.text[:pe].rstrip().endswith(":"):
        return None
    si = doc.sentence_index(pe - 1)
    s, e = doc.sentences[si]
    intro = Around(rd, r, si, s, e, lo=s, hi=pe)
    a = _before(intro) or clause_subject(rd, s, pe, si, name)
    return a.by(name) if a is not None else None


def _tag_sentence_before(ctx: Around, name: str) -> Attribution | None:
    """ "Sam Lau, the party’s spokesman, said in a statement. “There are no ballots.”": a
    sentence that is only a tag introduces the quote that opens the next one."""
    rd, r, si = ctx.rd, ctx.r, ctx.si
    if not ctx.at_sentence_start or si == 0:
        return None
    doc = rd.doc
    s, e = doc.sentences[si - 1]
    if s < doc.paragraphs[doc.paragraph_index(r.open)][0]:
        return None
    cues = [c for c in rd.cues.between(s, e) if c.speech and not doc.regions_between(c.end, e)]
    if not cues or cues[-1].start in rd.used_cues:
        return None
    cue = cues[-1]
    if skip_complement_opening(rd.doc.tokens, cue.end, e, cue.lemma, rd.policy) is not None:
        return None  # the sentence reports something of its own
    a = _read_cue(Around(rd, r, si - 1, s, e, lo=s, hi=e), cue)
    return a.by(name) if a is not None else None


def _colon_clause(ctx: Around, name: str) -> Attribution | None:
    """ "Trump issued the following statement: “...”": any clause ending in a colon right
    before the marks introduces them, and its subject is the speaker."""
    rd = ctx.rd
    if not rd.text[ctx.lo : ctx.r.open].rstrip(" “\"‘'").endswith(":"):
        return None
    return clause_subject(rd, ctx.lo, ctx.r.open, ctx.si, name)


def _later_name_said(ctx: Around, name: str) -> Attribution | None:
    return ctx.after.attribution.by(name) if ctx.after is not None else None


def _same_report(ctx: Around, name: str) -> Attribution | None:
    """The second quoted fragment of one report: "wrote that his poll numbers were
    “collapsing” and that his donors were “fleeing”"."""
    rd, prev, r = ctx.rd, ctx.prev, ctx.r
    if prev is None:
        return None
    pf = rd.by_region.get(prev.open)
    a = pf.attribution if pf is not None else None
    if a is None or a.cue is None or a.cue.start > prev.open:
        return None
    between = rd.text[prev.close : r.open]
    if not _CONJUNCTION.search(between) or rd.cues.between(prev.close, r.open):
        return None
    return a.inherited(name)


def _speech_noun(ctx: Around, name: str) -> Attribution | None:
    """ "his statement on Wednesday that “Islam hates us”", "Trump’s claim that there were
    “thousands of shootings”": the possessor of a speech-act noun before the quote."""
    rd = ctx.rd
    toks = [t for t in rd.doc.tokens.between(ctx.lo, ctx.r.open) if t.is_word]
    for k in range(len(toks) - 1, max(-1, len(toks) - 1 - rd.policy.speech_noun_words), -1):
        if toks[k].lower not in lx.SPEECH_NOUNS:
            continue
        j = k - 1
        while j >= 0 and k - j <= 3 and not _possessor(toks[j]):
            j -= 1  # "his confusing argument", "the 1999 admission"
        if j < 0 or not _possessor(toks[j]):
            return None
        t = toks[j]
        word = t.text[:-2] if t.lower.endswith(("’s", "'s")) else t.text
        if word.lower() in _POSSESSIVE_PRONOUNS:
            pron = _POSSESSIVE_PRONOUNS[word.lower()]
            ent = rd.resolver.pronoun(pron, t.start, ctx.si)
            np = NounPhrase(t.start, t.end, t.text, refers=None)
            if ent is None:
                return None
            return Attribution(np, ent, None, ent.name, ent.kind, name)
        np = NounPhrase(t.start, t.start + len(word), word)
        a = rd.resolver.attribution(np, None, ctx.si, name)
        return a if a.entity is not None else None
    return None


_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}


def _possessor(t: Tok) -> bool:
    lw = t.lower
    return lw in _POSSESSIVE_PRONOUNS or (lw.endswith(("’s", "'s")) and t.is_cap)


def _sentence_subject(ctx: Around, name: str) -> Attribution | None:
    """ "Trump is promising lower taxes and “jobs, jobs, jobs”": a quote inside a sentence with
    no tag of its own is its subject's words."""
    if ctx.at_sentence_start:
        return None
    return clause_subject(ctx.rd, ctx.s, ctx.r.open, ctx.si, name)


def _headline_lead(ctx: Around, name: str) -> Attribution | None:
    return headline_lead(ctx.rd, ctx.r, name)


_WINDOW = stage_rules(
    "window",
    {
        "headline-lead": _headline_lead,
        "before-name-colon": _before_name_colon,
        "before-colon-paragraph": _colon_paragraph,
        "colon-clause": _colon_clause,
        "tag-sentence-before": _tag_sentence_before,
        "later-name-said": _later_name_said,
        "same-report": _same_report,
        "possessed-speech-noun": _speech_noun,
        "sentence-subject": _sentence_subject,
    },
)


def _reported_after_quote(rd: Reading, r: Region, a: Attribution, e: int) -> None:
    """ "He said the plan was “a slogan,” and that the country needed ...": the clause after
    the quote is reported by the same cue."""
    m = AND_THAT.match(rd.text, r.close, e)
    if m is None:
        return
    end = content_end(rd, m.end(), e)
    if rd.doc.regions_between(m.end(), end):
        return
    f = make_indirect(rd, m.end(), end, a.inherited("reported-and-that"))
    if f is not None:
        rd.add(f)


# -- what is not a statement, and what kind one is ----------------------------------------
def is_title_or_term(rd: Reading, r: Region) -> bool:
    text = rd.text
    before = text[max(0, r.open - rd.policy.naming_lookback) : r.open]
    content = text[r.start : r.end]
    if (
        any(stem in before for stem in _EVALUATING_STEMS)  # the cheap test first
        and _EVALUATED.search(before)
        and not _NAMED_THING.search(before)
    ):
        return False  # "Trump called her “Miss Piggy”", "who he dubbed “Mr. P”": his words
    if _NAMING_BEFORE.start(before, 0, len(before)) is not None:
        limit = rd.policy.title_words
        if _NAMED_BY_TITLE.search(before):
            limit = rd.policy.titled_words  # "an article titled “...”" names a headline
        return len(content.split()) <= limit
    if _BY_AUTHOR.match(text, r.close) and _title_case(content):
        return True  # "''This Kind of War,'' by T.R. Fehrenbach": a work and its author
    words = content.split()
    if (
        _NICKNAME.fullmatch(content)
        and _NICKNAME_SLOT.match(text[max(0, r.open - 30) : r.open])
        and (_NAME_AFTER.match(text, r.close))
    ):
        return True  # Rep. Robert C. “Bobby” Scott: a nickname inside a name
    if len(words) == 1 and words[0][:1].isupper():
        # "on Fox News Channel’s “Hannity,”": a one-word name after a possessive or a
        # preposition is the title of a show, a book or a film
        prior = before.rstrip().rsplit(None, 1)[-1].lower() if before.strip() else ""
        if prior.endswith(("’s", "'s")) or prior in lx.PREPOSITIONS or prior in lx.DETERMINERS:
            return True
    bare = content.rstrip(" .,")  # US style puts the sentence's full stop inside the marks
    if 2 <= len(words) <= rd.policy.title_words and not _has_sentence_end(bare + " x"):
        sig = [w for w in bare.split() if w.lower() not in _TITLE_SMALL_WORDS]
        if (
            sig
            and all(w[:1].isupper() or not w[:1].isalpha() for w in sig)
            and not _introduced(text, r.open)
            and not _headline(rd, r.open)
        ):
            sent_start = rd.doc.sentence_at(r.open)[0]
            return r.open > sent_start + 1  # Title Case mid-sentence: a title or a name
    return False


def _title_case(content: str) -> bool:
    words = [w for w in content.rstrip(" .,").split() if w.lower() not in _TITLE_SMALL_WORDS]
    return bool(words) and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def _introduced(text: str, pos: int) -> bool:
    """A colon, or a speech verb and a comma, right before the marks: what follows is said
    ("He said, “We Will Win.”"), not named ("his autobiography, ''A Time for Truth''")."""
    before = text[max(0, pos - 40) : pos].rstrip(" “\"‘'")
    if before.endswith(":"):
        return True
    if not before.endswith(","):
        return False
    words = before[:-1].split()
    return bool(words) and words[-1].lower() in lx.SPEECH_VERBS


def _headline(rd: Reading, pos: int) -> bool:
    """A short paragraph in Title Case ("Cole Calls Tax Plan a ‘Gift to the Rich’"): there a
    capitalised quote is no title."""
    ps, pe = rd.doc.paragraphs[rd.doc.paragraph_index(pos)]
    words = [w for w in rd.text[ps:pe].split() if w[:1].isalpha()]
    if not words or len(words) > rd.policy.headline_words:
        return False
    caps = [w for w in words if w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS]
    return len(caps) >= 0.8 * len(words)


def quote_kind(rd: Reading, r: Region, a: Attribution | None, sent_start: int) -> str:
    text = rd.text
    if a is not None and a.cue is not None:
        if a.cue.lemma in lx.TWEET_CUES:
            return "tweet"
        near = text[a.cue.start : min(len(text), a.cue.end + 30)]
        if a.cue.lemma in {"write", "say"} and _TWEET_CONTEXT.search(near):
            return "tweet"
    content = text[r.start : r.end]
    if _INTERNAL_BOUNDARY.search(content):
        return "direct"
    para_start = rd.doc.paragraphs[rd.doc.paragraph_index(r.open)][0]
    if r.open == para_start:
        return "direct"
    first = content.lstrip("“\"‘'([")[:1]
    upper = first.isupper() or first.isdigit()
    before = text[sent_start : r.open].rstrip()
    if upper and (not before or before[-1] in ":,—–-" or _ends_with_cue(before)):
        return "direct"
    if upper and _has_sentence_end(content):
        return "direct"  # a whole sentence quoted: "... ― Sonia Perez “He never answered.”"
    return "partial"


def _has_sentence_end(content: str) -> bool:
    return bool(_SENTENCE_END.search(content.strip())) and len(content.split()) >= 3


def _word_before(text: str, pos: int) -> str:
    # The last run of word characters in the 30 before pos: the words found left to right,
    # rather than a pattern anchored at the end ("(\w+)\W*$") tried at each of 30 positions.
    words = _WORDS.findall(text, max(0, pos - 30), pos)
    return words[-1].lower() if words else ""


def _comma_before(text: str, pos: int, floor: int) -> bool:
    k = pos - 1
    while k >= floor and text[k].isspace():
        k -= 1
    if k > floor and text[k] in "”\"’'" and text[k - 1] == ",":
        return True  # "“provocative,” accusing it of": the comma sits inside the marks
    return k >= floor and text[k] == ","


_LEADS = re.compile(r",[ \t]+((?:[\w’']+[ \t]+){1,3})$")


def _participle_clause(text: str, pos: int, floor: int) -> bool:
    """A participle opening a clause after a comma: "…, saying", "…, at one point calling"."""
    if _comma_before(text, pos, floor):
        return True
    m = _LEADS.search(text, max(floor, pos - 40), pos)
    return m is not None and all(w.lower() in lx.PARTICIPLE_LEADS for w in m.group(1).split())


_PASSIVE_AUX = {"is", "are", "was", "were", "be", "been", "being", "the", "get", "got"}
_PASSIVE_GAP = {"now", "also", "still", "long", "already", "widely", "often", "not", "never"}


def passive(text: str, cue_start: int) -> bool:
    """ "is said to", "were told", "are now maintained": the cue's subject is not its speaker."""
    before = text[max(0, cue_start - 30) : cue_start].lower().split()
    while before and (before[-1] in _PASSIVE_GAP or before[-1].endswith("ly")):
        before.pop()
    return bool(before) and before[-1] in _PASSIVE_AUX


def _ends_with_cue(before: str) -> bool:
    words = before.split()
    if not words:
        return False
    last = words[-1].lower().strip(",:")
    return last in lx.SPEECH_VERBS or last == "that"
