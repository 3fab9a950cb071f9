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
    "twenty",
    "-five ",
    "one ",
    "One ",
    "two ",
    "dozen ",
    "thirds ",
    "a third of ",
    " in ",
    "million ",
    "half ",
    "Tuesday ",
    "yesterday ",
    "ago ",
    "percent ",
    "hundred and ",
    "nearly ",
    "decades ",
]  # fmt: skip  (a word ends in a space: no real text glues "billionUSD")


@given(st.lists(st.sampled_from(_PIECES), max_size=25).map("".join))
def test_hint_scan_finds_what_a_full_scan_finds(text):
    """The hint-driven scan is only a shortcut: it finds exactly the figures that running
    the whole pattern over every position of the text finds."""
    from factcheck.extract import quantities as q

    full = [(m.start(), m.end()) for m in q._PATTERN.finditer(text) if q._normalise(m, text, None)]
    fast = [(f["start"], f["end"]) for f in find_quantities(text)]
    assert fast == full


# --- numbers spelt out ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("Two million dollars", "$2 million"),
        ("five billion dollars", "US$5 billion"),
        ("three million people", "3 million people"),
        ("twenty-five percent", "25%"),
        ("nine per cent", "9 percent"),
        ("two dozen protesters", "24 protesters"),
        ("a dozen eggs", "12 eggs"),
        ("a hundred people", "100 people"),
        ("half a million people", "500,000 people"),
        ("one hundred and twenty jobs", "120 jobs"),
        ("more than seventy-five thousand dollars", "more than $75,000"),
        ("one in five Americans", "20% of Americans"),
        ("three-quarters of voters", "75 percent of voters"),
        ("twenty-five years", "25 years"),
    ],
)
def test_numbers_in_words_normalise_as_their_digits(words, digits):
    assert normalise_key(words) == normalise_key(digits) is not None


@pytest.mark.parametrize(
    "prose",
    [
        "She is one of the best.",
        "No one knows.",
        "One day, he said, it will end.",
        "He could one day lead the party.",
        "It is the one thing we agree on.",
        "It was the first time in a decade.",  # "a decade" is a duration; "first" is none
        "The two leaders met in Osaka.",
        "Both sides want a deal.",
        "A two-time champion spoke.",
        "Air Force One landed.",
        "The Big Ten conference voted.",
        "They met one-on-one.",
    ],
)
def test_number_words_that_are_no_figures(prose):
    found = [q for q in find_quantities(prose) if q["kind"] != "number"]
    assert all(q["kind"] == "duration" and "decade" in q["text"] for q in found), found


def test_a_count_in_words_is_a_count():
    (q,) = find_quantities("Two people were killed.")
    assert (q["kind"], q["value"], q["unit"]) == ("count", 2.0, "people")
    (q,) = find_quantities("Police arrested more than two dozen protesters.")
    assert (q["value"], q["comparator"], q["text"]) == (24.0, ">", "more than two dozen")


@pytest.mark.parametrize(
    ("prose", "key"),
    [
        ("He paid no tax for nearly two decades.", "duration:7300"),
        ("She has led it for more than eight years.", "duration:2920"),
        ("He has led it for more than 8 years.", "duration:2920"),
    ],
)
def test_a_comparator_before_a_span_of_time_keeps_it_a_duration(prose, key):
    # "nearly two" is no count of decades: the comparator belongs to the duration
    assert [q["key"] for q in find_quantities(prose)] == [key]


def test_one_day_after_is_a_duration():
    (q,) = find_quantities("He spoke one day after the vote.")
    assert q["key"] == "duration:1"


def test_words_that_spell_no_one_number_are_no_figure():
    # "one two" is two numbers, never twelve or three
    assert [q["value"] for q in find_quantities("one two three")] == []


# --- days named from the article's date ---------------------------------------------------

WEDNESDAY = date(2019, 11, 20)


@pytest.mark.parametrize(
    ("prose", "iso"),
    [
        ("Trump said yesterday", "2019-11-19"),
        ("Today, he said", "2019-11-20"),
        ("the vote tomorrow", "2019-11-21"),
        ("Mnuchin said on Tuesday", "2019-11-19"),  # the latest Tuesday on or before
        ("Mnuchin said on Wednesday", "2019-11-20"),  # the article's own day
        ("Mnuchin said on Thursday", "2019-11-14"),  # past reporting: last week's
        ("The Senate will vote on Thursday", "2019-11-21"),  # future: the next one
        ("He spoke last Wednesday", "2019-11-13"),
        ("They meet next Tuesday", "2019-11-26"),
        ("three days ago", "2019-11-17"),
        ("two weeks ago", "2019-W45"),
        ("six months ago", "2019-05"),
        ("a year ago", "2018"),
        ("last week", "2019-W46"),
        ("next week", "2019-W48"),
        ("this week", "2019-W47"),
        ("last month", "2019-10"),
        ("next month", "2019-12"),
    ],
)
def test_relative_days_resolve_against_the_article_date(prose, iso):
    dates = [q["date"] for q in find_quantities(prose, published=WEDNESDAY) if q["kind"] == "date"]
    assert dates == [iso]


@pytest.mark.parametrize(
    "prose", ["said yesterday", "on Tuesday", "three days ago", "last week", "next Tuesday"]
)
def test_relative_days_without_an_article_date_stay_relative(prose):
    (q,) = find_quantities(prose)
    assert q["date"] is None and q["key"].startswith("date:rel:")


@pytest.mark.parametrize(
    "prose",
    ["USA Today reported", "on the Today show", "Super Tuesday primaries", "Black Friday sales"],
)
def test_names_with_day_words_are_no_days(prose):
    assert [q for q in find_quantities(prose, published=WEDNESDAY) if q["kind"] == "date"] == []


def test_last_november_in_a_june_article_is_the_year_before():
    (q,) = find_quantities("He resigned last November.", published=date(2019, 6, 3))
    assert q["date"] == "2018-11"


def test_sept_11_is_the_attacks_not_this_year():
    (q,) = find_quantities("the Sept. 11 attacks", published=date(2019, 6, 3))
    assert q["date"] == "2001-09-11"


def test_the_day_of_the_news_alone_makes_no_claim():
    from factcheck.extract import extract
    from factcheck.models import Article

    text = (
        "Smith said on Tuesday that talks would go on.\n\n"
        "Two people were killed on Tuesday, police said."
    )
    ex = extract(Article(id="a", text=text, published=WEDNESDAY))
    assert [c.text[:10] for c in ex.claims] == ["Two people"]
    days = [q.date for q in ex.claims[0].quantities if q.kind == "date"]
    assert days == ["2019-11-19"]
