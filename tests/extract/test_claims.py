"""Which sentences are check-worthy claims, and what a claim's text holds."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.models import Article


def _claims(text: str) -> list[tuple[str, list[str]]]:
    x = extract(Article.from_text(text))
    for c in x.claims:
        assert text[c.start : c.end] == c.text
    return [(c.text, [q.key for q in c.quantities]) for c in x.claims]


@pytest.mark.parametrize(
    "stamp", ["2:25 p.m.", "11:05 a.m.", "7:30 PM", "At 9:15, the motion carried."]
)
def test_a_clock_time_is_no_claim(stamp):
    assert _claims(f"Live updates.\n\n{stamp}\n\nThe council met.") == []


def test_markup_is_no_figure_and_no_part_of_a_claim():
    text = (
        "Crowds were thin.\n\n"
        '<tweet tweet-author="@ann" tweet-date="March 9, 2016">The crowd was 5,000 people at'
        " noon<tweet/>.\n\nNothing else happened."
    )
    assert _claims(text) == [("The crowd was 5,000 people at noon", ["count:5000:people:="])]


def test_a_claim_in_a_quote_is_linked_to_the_quote():
    x = extract(Article.from_text("The plan would cost $2.5 billion over ten years, Ann Lee said."))
    (claim,) = x.claims
    (quote,) = x.quotes
    assert claim.quote_id == quote.id and claim.speaker == "Ann Lee"
