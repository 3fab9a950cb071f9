"""Figures in prose, normalised so that two spellings of one figure compare equal.

"US$250 billion", "$250bn" and "250 billion dollars" all become USD 2.5e11; "October 15",
"Oct. 15" and "15 October" all become --10-15 (or 2019-10-15 once the year is known). One
regex finds every figure in a single left-to-right pass; a small function per kind turns the
match into a value.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from . import lexicon as lx
from . import numbers as nb
from .caseless import CaseBlindSearch

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDNUM = r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)"
_SCALE = r"trillion|billion|million|thousand|tn|bn|mn|m|k|b"
_CMP = (
    r"(?:more than|over|above|at least|nearly|almost|about|around|some|up to|fewer than|"
    r"less than|under|roughly|approximately|close to|just over|just under|as many as|as much as)"
).replace(" ", r"\s")
# Lettered prefixes start a word: the "rs" of "dollars 250" is not rupees.
_CUR_PREFIX = r"\b(?:US\$|S\$|HK\$|A\$|C\$|NZ\$|R\$|RM|Rs\.?|USD\s?|EUR\s?|GBP\s?|SGD\s?|RMB\s?|CNY\s?|JPY\s?)|\$|€|£|¥"
_CUR_WORD = r"dollars|euros|pounds|yuan|renminbi|yen|rupees|ringgit|pesos|won|rubles|roubles"
_MONTH = (
    r"(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)

_WORDS = nb.WORDS  # a number spelt out: "twenty-five", "two dozen", "half a million"
_FIGURE = rf"(?:{_NUM}|{_WORDS})"
_FRACTION = "|".join(lx.FRACTION_WORDS)
_WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_PATTERN = re.compile(
    rf"""
    (?P<money>(?:(?P<mcmp>{_CMP})\s+)?(?P<cur>{_CUR_PREFIX})\s?(?P<mnum>{_NUM})(?:\s?(?P<mscale>{_SCALE})\b)?)
  | (?P<money2>(?:(?P<m2cmp>{_CMP})\s+)?(?P<m2num>{_FIGURE})\s(?:(?P<m2scale>trillion|billion|million|thousand)\s)?(?P<curword>{_CUR_WORD})\b)
  | (?P<percent>(?:(?P<pcmp>{_CMP})\s+)?(?P<pnum>{_FIGURE})\s?(?:%|per\s?cent\b|percent\b|percentage\spoints?\b))
  | (?P<frac>(?:(?P<fcmp>{_CMP})\s+)?(?P<fnum>{nb.RUN}|\ba|\ban)(?P<fsep>[-\x20])(?P<fden>{_FRACTION})\b(?:(?=(?P<fof>\x20of\b)))?)
  | (?P<ratio>(?:(?P<rcmp>{_CMP})\s+)?(?P<rnum>{"|".join(lx.CARDINAL_UNITS[1:])})\x20in\x20(?P<rden>{nb.RUN}|\d{{1,3}}(?![\d,.]))\b)
  | (?P<mdy>\b(?P<month>{_MONTH})\.?\s(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s(?P<year>(?:19|20)\d{{2}})\b)?)
  | (?P<dmy>\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s(?P<month2>{_MONTH})\b(?:,?\s(?P<year2>(?:19|20)\d{{2}})\b)?)
  | (?P<my>\b(?:(?P<part>late|early|mid|mid-)\s?)?(?P<month3>(?-i:January|February|March|April|June|July|August|September|October|November|December))\b(?:\s(?P<year3>(?:19|20)\d{{2}})\b)?)
  | (?P<rel>\b(?P<reldir>last|next|this|previous|past)\s(?P<relunit>year|month|week)\b)
  | (?P<wday>\b(?:(?P<wdir>last|next|this|coming|past)\s)?(?P<wname>{_WEEKDAY})\b)
  | (?P<rday>\b(?P<rdword>yesterday|today|tonight|tomorrow)\b)
  | (?P<duration>(?:(?P<dcmp>{_CMP})\s+)?\b(?P<dnum>\d+|{_WORDS}|a|an)(?P<dsep>[-\s])(?P<dunit>day|week|month|year|decade)s?\b(?!-old)(?:\s(?P<ago>ago)\b)?)
  | (?P<yr>\b(?:19|20)\d{{2}}\b(?![-,.]?\d|\s?(?:{_SCALE}|%|per\s?cent)))
  | (?P<count>(?:(?P<ccmp>{_CMP})\s+)?(?P<cnum>{_FIGURE})(?:\s(?P<cscale>trillion|billion|million|thousand))?\b)
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Every figure holds a hint: a digit or currency sign, a month, or a unit of time ("last
# year", "two-week"). Three plain scans find the hints far faster than one case-blind
# alternation, whose zero-width and case-folded branches defeat the regex engine's prefix
# search; the full pattern then runs only from where each hint's figure can begin.
# Each starts with a set of characters, which the regex engine scans for far faster than an
# alternation: a run of digits (or a currency sign) is one hint; a unit of time follows a space
# or hyphen ("two-week", "last year"), never a letter ("today").
_DIGIT_HINT = re.compile(r"[\d$€£¥]\d*")
# A month's name or its abbreviation, not the start of another word ("Marco", "Decision").
_MONTH_HINT = re.compile(
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])"
)
# A unit of time, capitalised or not, after a space or hyphen: each alternative opens with its
# plain first letter and looks back for the space after it, so that the regex engine scans for
# those few letters rather than stopping at every space ("D(?<=[ ...]D)ay|d(?<=[ ...]d)ay|...").
_UNITS = ("day", "week", "month", "year", "decade")
_UNIT_HINT = re.compile(
    "|".join(rf"{c}(?<=[ \-\t\n\u00a0]{c}){u[1:]}" for u in _UNITS for c in (u[0].upper(), u[0]))
)
_UNIT_LEAD = re.compile(
    rf"\b(?:(?:last|next|this|previous|past)\s|{_WORDNUM}[-\s]|an\s)$", re.IGNORECASE
)
# Words that open a figure one word before its hint: "USD 250", "Rs. 500", "late October".
_LEAD_WORDS = frozenset(
    {
        "usd",
        "eur",
        "gbp",
        "sgd",
        "rmb",
        "cny",
        "jpy",
        "rm",
        "rs",
        "rs.",
        "late",
        "early",
        "mid",
        "mid-",
    }
)
_LEAD_ENDINGS = tuple(_LEAD_WORDS)
# A number spelt out, a fraction, a weekday or a day named from today ("two", "dozen",
# "thirds", "Tuesday", "yesterday"); the figure may begin a word before it ("a dozen",
# "last Tuesday") or at a comparator ("more than two"). A case-blind alternation of forty
# words runs at 2 MB/s; the same words in lower case, grouped by their first letter, over an
# ASCII lower-case copy of the text (one character for one, so offsets hold) run at 25 MB/s.
# The copy only finds where to look: the full pattern then reads the text itself.
_HINT_WORDS = (
    *lx.CARDINAL_UNITS, *lx.CARDINAL_TEENS, *lx.CARDINAL_TENS, *lx.CARDINAL_SCALES, "dozen",
    *lx.FRACTION_WORDS, *lx.RELATIVE_DAYS, *lx.DAYS,
)  # fmt: skip


def _grouped(words: tuple[str, ...]) -> str:
    by_first: dict[str, list[str]] = {}
    for w in sorted(set(words), key=len, reverse=True):
        by_first.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{k}(?:{'|'.join(v)})" for k, v in by_first.items())


# Over the copy, which is ASCII, ASCII rules are the same rules and cheaper to apply. The
# non-word character before a word is matched rather than asserted (the copy gets a space in
# front for a word at its start): a pattern that opens with a character class lets the regex
# engine skip ahead to a candidate; one that opens with \b has it try every position.
_WORD_HINT = re.compile(rf"\W(?:{_grouped(_HINT_WORDS)})\b", re.ASCII)
_WORD_LEAD = re.compile(r"\b(?:a|an|last|next|this|coming|past)\s$", re.IGNORECASE)
_LOOKBACK = 16  # how far before a hint its figure may begin, comparators aside
_REACH = 160  # how far past its hint a figure may run: "more than 1,100 ... per cent" and the like
_CMP_BEFORE = re.compile(rf"{_CMP}\s+(?:\S{{0,4}})$", re.IGNORECASE)
_CMP_JUST_BEFORE = CaseBlindSearch(_CMP_BEFORE)  # the same search, faster over a few words

_CURRENCY = {
    "us$": "USD",
    "$": "USD",
    "usd": "USD",
    "s$": "SGD",
    "sgd": "SGD",
    "hk$": "HKD",
    "a$": "AUD",
    "c$": "CAD",
    "nz$": "NZD",
    "r$": "BRL",
    "rm": "MYR",
    "rs": "INR",
    "rs.": "INR",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "JPY",
    "jpy": "JPY",
    "rmb": "CNY",
    "cny": "CNY",
    "dollars": "USD",
    "euros": "EUR",
    "pounds": "GBP",
    "yuan": "CNY",
    "renminbi": "CNY",
    "yen": "JPY",
    "rupees": "INR",
    "ringgit": "MYR",
    "pesos": "MXN",
    "won": "KRW",
    "rubles": "RUB",
    "roubles": "RUB",
}
_SCALES = {
    "trillion": 1e12,
    "tn": 1e12,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "thousand": 1e3,
    "k": 1e3,
}
_COMPARATORS = {
    "more than": ">",
    "over": ">",
    "above": ">",
    "just over": ">",
    "at least": ">=",
    "as many as": "<=",
    "as much as": "<=",
    "up to": "<=",
    "fewer than": "<",
    "less than": "<",
    "under": "<",
    "just under": "<",
    "nearly": "~",
    "almost": "~",
    "about": "~",
    "around": "~",
    "some": "~",
    "roughly": "~",
    "approximately": "~",
    "close to": "~",
}
_DAYS_IN = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3650}
_STOP_NOUNS = lx.PREPOSITIONS | lx.AUXILIARIES | lx.CLAUSE_OPENERS | {"and", "or", "the", "a"}


def parse_number(raw: str) -> float | None:
    """The value of a number in digits or words; None when its words make no one number."""
    raw = raw.strip().lower()
    if raw in ("a", "an"):
        return 1.0
    if raw[:1].isdigit():
        return float(raw.replace(",", ""))
    return nb.word_value(raw)


def _comparator(word: str | None) -> str:
    return _COMPARATORS.get((word or "").lower(), "=")


def _month(word: str) -> int:
    return lx.MONTHS[
        word.lower().rstrip(".")[:4]
        if word.lower().startswith("sept")
        else word.lower().rstrip(".")[:3]
    ]


def _iso(year: int | None, month: int, day: int | None = None) -> str:
    if day is None:
        return f"{year:04d}-{month:02d}" if year else f"--{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _fmt(v: float) -> str:
    return f"{v:.6g}"


def _counted_noun(text: str, end: int) -> str | None:
    """The noun a count counts: '400 Chinese products' → 'products'."""
    chunk = re.split(r"[,.;:()\"“”]", text[end : end + 40])[0]
    words = re.findall(r"[A-Za-z][\w\-]*", chunk)[:2]
    head = None
    for w in words:
        if w.lower() in _STOP_NOUNS:
            break
        head = w.lower()
    return head


def find_quantities(
    text: str, start: int = 0, end: int | None = None, *, published: date | None = None
) -> Iterator[dict[str, Any]]:
    """Every figure in text[start:end], as the fields of a Quantity."""
    end = len(text) if end is None else end
    pos = start
    for h_start, h_end in _hints(text, start, end):
        if h_end <= pos:
            continue
        back = max(pos, h_start)
        c = _CMP_JUST_BEFORE.start(text, max(pos, h_start - 24), h_start)
        # Bounded: a figure is never longer than _REACH, and an unbounded search would run on
        # to the end of the text each time a hint (a stray digit) starts no figure.
        lo, hi = (min(back, c) if c is not None else back), min(end, h_end + _REACH)
        # Most figures begin right where their hint says: try there first, the same match a
        # search would find, and search on only when nothing begins there.
        m = _first_match(text, lo, h_end, hi)
        if m is None:
            pos = h_end  # the next figure lies further on; its own hint will find it
            continue
        pos = m.end()
        q = _normalise(m, text, published)
        if q is not None:
            q["start"], q["end"] = m.start(), m.end()
            q["text"] = text[m.start() : m.end()]
            yield q


def _first_match(text: str, lo: int, last: int, hi: int) -> re.Match[str] | None:
    """The leftmost figure in text[lo:hi] that begins no later than ``last`` (what a search
    would find, when it begins in time), trying only the few places it may begin."""
    for st in range(lo, min(last, hi - 1) + 1):
        m = _PATTERN.match(text, st, hi)
        if m is not None:
            return m
    return None


def _hints(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(where a figure may begin, end of its hint), in the order of the hints' ends."""
    out = []
    for h in _DIGIT_HINT.finditer(text, start, end):
        out.append((_lead(text, h.start(), start), h.end()))
    for h in _MONTH_HINT.finditer(text, start, end):
        s = h.start()
        if s == 0 or not text[s - 1].isalnum():
            out.append((_lead(text, s, start), h.end()))
    folded = " " + text[start:end].encode("ascii", "replace").lower().decode("ascii")
    for h in _WORD_HINT.finditer(folded):
        s, e = start + h.start(), start + h.end() - 1  # (the copy is one character ahead)
        lead = _WORD_LEAD.search(text, max(start, s - 8), s)
        out.append((lead.start() if lead is not None else s, e))
    for h in _UNIT_HINT.finditer(text, start, end):
        unit = h.start()
        lead = _UNIT_LEAD.search(text, max(start, unit - _LOOKBACK), unit)
        if lead is not None:
            out.append((lead.start(), h.end()))
    out.sort(
        key=lambda h: (h[1], h[0])
    )  # by where each hint ends, as a left-to-right scan meets them
    return out


def _lead(text: str, pos: int, floor: int) -> int:
    """The start of the word holding ``pos`` ("US$250", "mid-October"), or of the word before
    it when that word opens a figure ("USD 250", "late October")."""
    lo = max(floor, pos - _LOOKBACK)
    k = pos
    while k > lo and not text[k - 1].isspace():
        k -= 1
    j = k - 1
    while j > lo and text[j - 1] in " \t":
        j -= 1
    i = j
    while i > lo and not text[i - 1].isspace():
        i -= 1
    word = text[i:j].lower()
    if not word.endswith(_LEAD_ENDINGS):  # (one test for the usual word that opens nothing)
        return k
    for lead in _LEAD_WORDS:
        if word.endswith(lead) and (len(word) == len(lead) or not word[-len(lead) - 1].isalnum()):
            return j - len(lead)
    return k


def _money(value: float, unit: str, cmp_: str) -> dict[str, Any]:
    return {
        "kind": "money",
        "value": value,
        "unit": unit,
        "comparator": cmp_,
        "key": f"money:{unit}:{_fmt(value)}:{cmp_}",
    }


def _normalise(m: re.Match[str], text: str, published: date | None) -> dict[str, Any] | None:
    g = m.group
    if g("money"):
        cur = g("cur").strip().lower()
        scale = _SCALES.get((g("mscale") or "").lower(), 1.0)
        unit = _CURRENCY.get(cur, cur.upper())
        amount = float(g("mnum").replace(",", ""))  # digits: a currency sign takes no words
        return _money(amount * scale, unit, _comparator(g("mcmp")))
    if g("money2"):
        if _named_by_words(m, text, "m2num"):
            return None
        scale = _SCALES.get((g("m2scale") or "").lower(), 1.0)
        unit = _CURRENCY[g("curword").lower()]
        spelt = parse_number(g("m2num"))
        if spelt is None:
            return None
        return _money(spelt * scale, unit, _comparator(g("m2cmp")))
    if g("percent"):
        value = parse_number(g("pnum"))
        if value is None or _named_by_words(m, text, "pnum") or _reference(m, text, "pnum"):
            return None
        unit = "pp" if "point" in g("percent").lower() else "%"
        return _percent(value, unit, _comparator(g("pcmp")))
    if g("frac"):
        # "two-thirds", "a quarter of": a share, as a percentage; unhyphenated only before "of"
        if (g("fsep") == " " and not g("fof")) or _named_by_words(m, text, "fnum"):
            return None
        share = nb.fraction_value(g("fnum"), g("fden"))
        return None if share is None else _percent(share, "%", _comparator(g("fcmp")))
    if g("ratio"):
        # "one in five Americans": a share, as a percentage
        num, den = parse_number(g("rnum")), parse_number(g("rden"))
        if num is None or not den or num >= den or _named_by_words(m, text, "rnum"):
            return None
        return _percent(round(100.0 * num / den, 4), "%", _comparator(g("rcmp")))
    if g("mdy") or g("dmy"):
        month = _month(g("month") or g("month2"))
        day = int(g("day") or g("day2"))
        if not 1 <= day <= 31:
            return None
        explicit = g("year") or g("year2")
        if not explicit and (month, day) == (9, 11) and _NINE_ELEVEN.search(_around(m, text)):
            return _named("2001-09-11")  # the attacks, not 11 September of this year
        year = int(explicit) if explicit else _year_of(month, day, m, text, published)
        iso = _iso(year, month, day)
        return {
            "kind": "date",
            "value": None,
            "unit": None,
            "date": iso,
            "key": f"date:{_iso(None, month, day) if not explicit else iso}",
        }
    if g("my"):
        month = _month(g("month3"))
        explicit = g("year3")
        if month == 7 and _JULY_FOURTH.search(text, max(0, m.start() - 12), m.end() + 8):
            # the holiday, of no particular year
            return {
                "kind": "date",
                "value": None,
                "unit": None,
                "date": None,
                "key": "date:named:july-4",
            }
        year = int(explicit) if explicit else _year_of(month, None, m, text, published)
        iso = _iso(year, month)
        part = (g("part") or "").rstrip("-").lower()
        key = f"date:{_iso(int(explicit) if explicit else None, month)}{':' + part if part else ''}"
        return {"kind": "date", "value": None, "unit": None, "date": iso, "key": key}
    if g("rel"):
        direction = {"last": -1, "previous": -1, "past": -1, "next": 1, "this": 0}[
            g("reldir").lower()
        ]
        unit = g("relunit").lower()
        resolved: str | None = None
        if published is not None:
            if unit == "year":
                resolved = f"{published.year + direction:04d}"
            elif unit == "month":
                mm = published.month + direction
                yy = published.year + (mm - 1) // 12
                resolved = f"{yy:04d}-{(mm - 1) % 12 + 1:02d}"
            elif unit == "week":
                resolved = _iso_week(published + timedelta(days=7 * direction))
        return _date(resolved, f"{direction:+d}{unit}")
    if g("wday"):
        return _weekday(m, text, published)
    if g("rday"):
        word = g("rdword")
        if word[0].isupper() and not _opens_sentence(text, m.start()):
            return None  # "USA Today", "the Today show"
        offset = lx.RELATIVE_DAYS[word.lower()]
        when = None if published is None else published + timedelta(days=offset)
        return _day(when, f"{offset:+d}day")
    if g("duration"):
        unit = g("dunit").lower()
        if _named_by_words(m, text, "dnum"):
            return None
        if g("dnum").lower() == "one" and g("dsep") != "-" and unit == "day" and not g("ago"):
            # "one day, he ...", "could one day win": an idiom; "one day after the vote" and
            # "a one-day strike" are durations
            following = text[m.end() : m.end() + 12].split()
            if not following or following[0].lower() not in lx.SPAN_WORDS:
                return None
        n = parse_number(g("dnum"))
        if n is None:
            return None
        if g("ago"):
            return _ago(n, unit, published)
        days = n * _DAYS_IN[unit]
        return {"kind": "duration", "value": days, "unit": "day", "key": f"duration:{_fmt(days)}"}
    if g("yr"):
        year = int(g("yr"))
        return {
            "kind": "date",
            "value": float(year),
            "unit": None,
            "date": f"{year:04d}",
            "key": f"date:{year:04d}",
        }
    if g("count"):
        if text.startswith("9/11", m.start()) and not text[m.start() + 4 : m.start() + 5].isdigit():
            return _named("2001-09-11")
        raw_num = g("cnum")
        scale = _SCALES.get((g("cscale") or "").lower(), 1.0)
        number = parse_number(raw_num)
        if number is None:
            return None
        value = number * scale
        before = text[max(0, m.start() - 1) : m.start()]
        if before and (before.isalpha() or before in "$£€¥-/"):
            return None  # part of a word or an identifier ("G20", "COVID-19")
        if not raw_num[:1].isdigit() and not _word_count(m, text, raw_num):
            return None
        noun = _counted_noun(text, m.end())
        cmp_ = _comparator(g("ccmp"))
        kind = "count" if noun else "number"
        return {
            "kind": kind,
            "value": value,
            "unit": noun,
            "comparator": cmp_,
            "key": f"{kind}:{_fmt(value)}:{noun or ''}:{cmp_}",
        }
    return None


def _percent(value: float, unit: str, cmp_: str) -> dict[str, Any]:
    return {
        "kind": "percent",
        "value": value,
        "unit": unit,
        "comparator": cmp_,
        "key": f"percent:{_fmt(value)}{unit}:{cmp_}",
    }


# --- numbers spelt out ------------------------------------------------------------------
# A number in words is a figure as its digits would be, except where prose uses the word for
# something else: "one" alone is a pronoun or a determiner ("one of the", "no one", "the
# one"), never a count; a capitalised number inside a sentence names something ("Air Force
# One", "the Big Ten"); a small number after "the", "both" or "his" refers back to things
# already counted ("the two leaders"); and a number glued to a word by a hyphen describes
# ("a two-time winner", "one-on-one"). Ordinals ("first") are never figures.

_REFERENCE_BELOW = 100  # a number this small after "the" refers; "the two million people" counts


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a sentence, a heading or a quotation."""
    i = pos
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    return i == 0 or text[i - 1] in ".!?:;\n\"“‘'([—–-"


def _named_by_words(m: re.Match[str], text: str, group: str) -> bool:
    """A capitalised number word inside a sentence: part of a name ("Air Force One")."""
    raw = m.group(group)
    if raw is None or raw[:1].isdigit() or not raw[:1].isupper():
        return False
    return not _opens_sentence(text, m.start(group))


def _reference(m: re.Match[str], text: str, group: str) -> bool:
    """A small number in words after a determiner that makes it a reference: "the two"."""
    raw = m.group(group)
    if raw is None or raw[:1].isdigit() or any(s in raw.lower() for s in lx.CARDINAL_SCALES):
        return False
    value = parse_number(raw)
    if value is None or value >= _REFERENCE_BELOW:
        return False
    before = text[max(0, m.start(group) - 12) : m.start(group)].split()
    return bool(before) and before[-1].lower() in lx.NUMBER_REFERENCE_WORDS


def _word_count(m: re.Match[str], text: str, raw: str) -> bool:
    """Whether a count spelt out in words is a figure (see above)."""
    if raw.lower() in ("one", "zero") or _named_by_words(m, text, "cnum"):
        return False
    after = text[m.end() : m.end() + 2]
    if after[:1] == "-" and after[1:].isalpha():
        return False  # "a two-time winner", "one-on-one"
    return not _reference(m, text, "cnum")


# --- days named from the article's date ---------------------------------------------------
# "yesterday", "on Tuesday", "three days ago", "last week": resolved against the article's
# date, and left relative (a "date:rel:" key, no date) when the article has none: never a
# guess. A weekday alone is the latest such day on or before the article's date, as past
# reporting means it ("said on Tuesday"), or the next on or after it when a future marker
# governs it ("will vote on Tuesday"); "last Tuesday" is the one before the article's day and
# "next Tuesday" the one after it. Weeks are ISO weeks ("2019-W47").

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _date(resolved: str | None, relative: str) -> dict[str, Any]:
    """A date figure: resolved ("2019-11-19", "2019-W47", "2019-11") when the article's date
    allows, else relative to it ("date:rel:-1day")."""
    key = f"date:{resolved}" if resolved else f"date:rel:{relative}"
    return {"kind": "date", "value": None, "unit": None, "date": resolved, "key": key}


def _day(day: date | None, relative: str) -> dict[str, Any]:
    return _date(day.isoformat() if day is not None else None, relative)


def _weekday(m: re.Match[str], text: str, published: date | None) -> dict[str, Any] | None:
    name = m.group("wname")
    direction = (m.group("wdir") or "").lower()
    before = text[max(0, m.start() - 12) : m.start()].split()
    if not direction and before and before[-1].lower() in lx.NAMED_WEEKDAYS:
        return None  # "Super Tuesday", "Black Friday": no day of this week
    wanted = _WEEKDAYS.index(name.lower())
    if published is None:
        return _day(None, f"{direction or 'on'}:{name.lower()}")
    back = (published.weekday() - wanted) % 7  # days back to the latest such day, today included
    if direction in ("last", "past"):
        day = published - timedelta(days=back or 7)
    elif direction == "next":
        day = published + timedelta(days=(7 - back) % 7 or 7)
    elif direction == "coming" or _FUTURE.search(_clause_before(m, text)):
        day = published + timedelta(days=(7 - back) % 7)
    else:
        day = published - timedelta(days=back)
    return _day(day, "")


def _ago(n: float, unit: str, published: date | None) -> dict[str, Any]:
    """ "three days ago": a day; weeks ago an ISO week, months ago a month, years a year."""
    resolved: str | None = None
    if published is not None and n == int(n):
        k = int(n)
        if unit == "day":
            resolved = (published - timedelta(days=k)).isoformat()
        elif unit == "week":
            resolved = _iso_week(published - timedelta(days=7 * k))
        elif unit == "month":
            months = published.year * 12 + published.month - 1 - k
            resolved = f"{months // 12:04d}-{months % 12 + 1:02d}"
        elif unit == "year":
            resolved = f"{published.year - k:04d}"
        elif unit == "decade":
            resolved = f"{published.year - 10 * k:04d}"
    return _date(resolved, f"-{_fmt(n)}{unit}")


def is_news_day(figure: dict[str, Any] | Any) -> bool:
    """Whether a figure is only the day of the news ("yesterday", "on Tuesday"): a date, but
    on its own no claim (every report of a speech has one)."""
    text = figure["text"] if isinstance(figure, dict) else figure.text
    words = text.lower().split()
    return bool(words) and (words[-1] in _WEEKDAYS or words[-1] in lx.RELATIVE_DAYS)


# --- dates with no year ---------------------------------------------------------------
# A date written without its year is the nearest one on or before the article's date,
# unless a future marker governs it ("will", "next", "is scheduled"); "last November" is
# the latest November before the article's month; a month naming an election is the
# nearest one either way. Named dates ("Sept. 11" of the attacks, "July Fourth") are no
# date of the article's year.

_FUTURE = re.compile(
    r"(?i)\b(?:will|won't|shall|next|upcoming|coming|scheduled|slated|due|expected|"
    r"plans?|planned|planning|set\s(?:to|for)|until|(?:is|are)\sto|going\sto|by\searly|"
    r"by\slate|later\sthis)\b|'ll\b"
)
_ELECTION = re.compile(
    r"(?i)\s*(?:\d{1,2}(?:st|nd|rd|th)?\s)?(?:general\s|presidential\s|midterm\s)?"
    r"(?:elections?|primary|primaries|ballot|vote|midterms?|caucus(?:es)?)\b"
)
_NINE_ELEVEN = re.compile(
    r"(?i)\b(?:attacks?|attacked|terror\w*|anniversary|survivors?|commission|victims?|"
    r"hijack\w*|memorial|responders|ground\szero|2001|twin\stowers|world\strade)\b"
)
_JULY_FOURTH = re.compile(r"(?i)\bJuly\s(?:Fourth|4th)\b|\bFourth\sof\sJuly\b")
_CLAUSE_END = re.compile(r"[.!?;\n]")


def _named(iso: str) -> dict[str, Any]:
    return {"kind": "date", "value": None, "unit": None, "date": iso, "key": f"date:{iso}"}


def _around(m: re.Match[str], text: str) -> str:
    return text[max(0, m.start() - 50) : m.end() + 50]


def _year_of(
    month: int, day: int | None, m: re.Match[str], text: str, published: date | None
) -> int | None:
    """The year of a date written without one, from the article's date and the tense."""
    if published is None:
        return None
    clause = _clause_before(m, text)
    words = clause.lower().split()
    last = words[-1] if words else ""
    this_year = published.year
    at, now = (month, day or 0), (published.month, published.day if day else 0)
    if last in ("last", "past", "previous"):
        return this_year if month < published.month else this_year - 1
    if last == "this":
        return this_year
    if last == "next":
        return this_year if month > published.month else this_year + 1
    if _ELECTION.match(text, m.end()):
        options = [this_year - 1, this_year, this_year + 1]
        return min(options, key=lambda y: abs(_ordinal(y, month, day) - published.toordinal()))
    if _FUTURE.search(clause):
        return this_year if at >= now else this_year + 1
    return this_year if at <= now else this_year - 1


def _clause_before(m: re.Match[str], text: str) -> str:
    """The words of the clause before a figure, back to the last sentence or clause end."""
    before = text[max(0, m.start() - 80) : m.start()]
    cut = list(_CLAUSE_END.finditer(before))
    return before[cut[-1].end() :] if cut else before


def _ordinal(year: int, month: int, day: int | None) -> int:
    try:
        return date(year, month, day or 15).toordinal()
    except ValueError:
        return date(year, month, 28).toordinal()


def normalise_key(raw: str, published: date | None = None) -> str | None:
    """The normalised key of a figure written on its own, e.g. for a user's search."""
    for q in find_quantities(raw, published=published):
        key: str = q["key"]
        return key
    return None
