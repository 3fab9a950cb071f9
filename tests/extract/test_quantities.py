"""Normalisation of figures: two spellings of one figure give one key."""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.quantities import find_quantities, normalise_key

amounts = st.decimals(min_value=1, max_value=999, places=2).map(lambda d: f"{d.normalize():f}")
months = st.sampled_from(
    [
        ("January", "Jan"),
        ("February", "Feb"),
        ("August", "Aug"),
        ("September", "Sept"),
        ("October", "Oct"),
        ("November", "Nov"),
        ("December", "Dec"),
    ]
)
days = st.integers(min_value=1, max_value=28)


@given(amounts, st.sampled_from([("billion", "bn"), ("million", "m"), ("trillion", "tn")]))
def test_money_spellings_agree(amount, scale):
    word, short = scale
    keys = {
        normalise_key(f"US${amount} {word}"),
        normalise_key(f"${amount}{short}"),
        normalise_key(f"{amount} {word} dollars"),
        normalise_key(f"USD {amount} {word}"),
    }
    assert len(keys) == 1 and None not in keys


@given(amounts)
def test_currencies_never_agree(amount):
    assert normalise_key(f"US${amount} billion") != normalise_key(f"S${amount} billion")


@given(amounts)
def test_percent_spellings_agree(amount):
    keys = {
        normalise_key(f"{amount} per cent"),
        normalise_key(f"{amount}%"),
        normalise_key(f"{amount} percent"),
    }
    assert len(keys) == 1


@given(months, days)
def test_date_spellings_agree(month, day):
    full, short = month
    keys = {
        normalise_key(f"{full} {day}"),
        normalise_key(f"{short} {day}"),
        normalise_key(f"{short}. {day}"),
        normalise_key(f"{day} {full}"),
    }
    assert keys == {f"date:--{_month_number(full):02d}-{day:02d}"}


@given(st.integers(min_value=1, max_value=10**7))
def test_thousands_separator_is_ignored(n):
    assert normalise_key(f"more than {n:,} people") == normalise_key(f"more than {n} people")


@given(st.text(alphabet=st.sampled_from("abc 1234567890,.$%US-"), max_size=40))
def test_offsets_always_point_at_the_text(text):
    for q in find_quantities(text):
        assert text[q["start"] : q["end"]] == q["text"]


def _month_number(name: str) -> int:
    return list(calendar.month_name).index(name)


@pytest.mark.parametrize(
    ("raw", "kind", "value", "unit", "comparator", "iso"),
    [
        ("US$419.52 billion", "money", 4.1952e11, "USD", "=", None),
        ("S$138 billion", "money", 1.38e11, "SGD", "=", None),
        ("€5m", "money", 5e6, "EUR", "=", None),
        ("about 15%", "percent", 15.0, "%", "~", None),
        ("2.5 percentage points", "percent", 2.5, "pp", "=", None),
        ("more than 1,100 requests", "count", 1100.0, "requests", ">", None),
        ("at least 30 people", "count", 30.0, "people", ">=", None),
        ("two-week", "duration", 14.0, "day", "=", None),
        ("three months", "duration", 90.0, "day", "=", None),
        ("Sept 1, 2018", "date", None, None, "=", "2018-09-01"),
        ("in 2018", "date", 2018.0, None, "=", "2018"),
        ("late July", "date", None, None, "=", "2019-07"),
        ("last year", "date", None, None, "=", "2018"),
        ("next month", "date", None, None, "=", "2019-10"),
        ("Oct 15", "date", None, None, "=", "2018-10-15"),  # no year, no future: the last one
    ],
)
def test_figures_normalise(raw, kind, value, unit, comparator, iso):
    qs = list(find_quantities(raw, published=date(2019, 9, 21)))
    assert len(qs) == 1, qs
    q = qs[0]
    assert q["kind"] == kind
    assert q.get("value") == value
    assert q.get("unit") == unit
    assert q.get("comparator", "=") == comparator
    assert q.get("date") == iso


def test_relative_dates_without_article_date_stay_relative():
    (q,) = find_quantities("last year")
    assert q["date"] is None and q["key"] == "date:rel:-1year"


def test_month_names_used_as_words_are_not_dates():
    assert list(find_quantities("They will march on the capital and may stay.")) == []


_PIECES = [
    "US$",
    "USD ",
    "Rs. ",
    "RM ",
    "late ",
    "mid-",
    "more than ",
    "about ",
    "some ",
    "last ",
    "next ",
    "two-",
    "a ",
    "250",
    "1,100",
    "3.5",
    "2019",
    "billion ",
    "bn ",
    " per cent",
    "%",
    " percentage points",
    "October ",
    "Oct. ",
    "Sept",
    " 15",
    "15 ",
    ", 2018",
    "year ",
    "week ",
    "day ",
    "dollars ",
    "yuan ",
    " ",
    ", ",
    ". ",
    "the ",
    "said ",
    "B52",
    "€",
    "$",
]  # fmt: skip  (a word ends in a space: no real text glues "billionUSD")


@given(st.lists(st.sampled_from(_PIECES), max_size=25).map("".join))
def test_hint_scan_finds_what_a_full_scan_finds(text):
    """The hint-driven scan is only a shortcut: it finds exactly the figures that running
    the whole pattern over every position of the text finds."""
    from factcheck.extract import quantities as q

    full = [(m.start(), m.end()) for m in q._PATTERN.finditer(text) if q._normalise(m, text, None)]
    fast = [(f["start"], f["end"]) for f in find_quantities(text)]
    assert fast == full
