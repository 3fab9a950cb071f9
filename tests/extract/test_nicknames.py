"""First names that may be one person's: the many-to-many nickname table."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.extract import nicknames as nk
from factcheck.models import Article


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Ted", "Edward", True),
        ("Ted", "Theodore", True),
        ("Pat", "Patrick", True),
        ("Pat", "Patricia", True),
        ("Patrick", "Patricia", False),
        ("Alex", "Alexandra", True),
        ("Bob", "Rob", True),  # both Robert's, by the lexicon
        ("Bob", "Bill", False),  # Robert is linked to both, but links are not followed on
        ("Mike", "Michael", True),
        ("Mike", "Mark", False),
        ("Jo", "Joanna", True),
        ("Ziggy", "Joanna", False),
    ],
)
def test_first_names_that_may_be_one_persons(a, b, same):
    assert nk.same_first(a, b) is same
    assert nk.same_first(b, a) is same


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Pat", None), ("Chris", None), ("Alex", None), ("Ted", "m"), ("Bob", "m"), ("Kim", "f")],
)
def test_a_nickname_of_both_genders_tells_none(name, gender):
    assert nk.gender(name) == gender


def test_stands_for_points_from_the_nickname_to_the_formal_name():
    assert nk.stands_for("Pat", "Patricia")
    assert not nk.stands_for("Patricia", "Pat")
    assert nk.stands_for("Pat", "Patrick")
    assert not nk.stands_for("Bob", "Bill")


def _speaker_of(text: str, quote_start: str) -> str | None:
    ex = extract(Article(id="a", text=text))
    (q,) = [q for q in ex.quotes if q.text.startswith(quote_start)]
    return q.speaker


def test_a_nickname_names_the_person_the_article_names_formally():
    text = (
        "Patricia Kane, the county clerk, opened the meeting.\n\n"
        '"We counted every ballot twice," Pat Kane said.'
    )
    assert _speaker_of(text, "We counted") == "Patricia Kane"


def test_she_may_be_a_pat():
    # "Pat" tells no gender: "she" after "Pat Kane" is her
    text = 'Pat Kane runs the county elections office.\n\n"We are ready," she said on Monday.'
    assert _speaker_of(text, "We are ready") == "Pat Kane"


def test_the_table_read_from_the_packages_file_is_the_packages_own():
    """Read without importing the package (its version look-up costs start-up), the table
    is exactly what the package's own reader gives."""
    import nicknames

    assert nk.table() == [(t.name1, t.name2) for t in nicknames.name_triplets()]
    assert ("robert", "bob") in nk.table()
