"""What can stand as a speaker: a name, a title or role phrase, a pronoun, an organisation, a
group of people, never a clause the chunker ran into."""

from __future__ import annotations

import pytest

from factcheck.extract.phrases import speaker_like
from factcheck.extract.tokens import TokenStream


def _like(phrase: str) -> bool:
    return speaker_like(TokenStream(phrase).between(0, len(phrase)))


@pytest.mark.parametrize(
    "phrase",
    [
        "Sen. Ted Cruz",
        "he",
        "the White House",
        "advisers to Mr. Obama",
        "supporters of Hillary Clinton",
        "two-thirds of caucus attendees",
        "elected officials",
        "a spokesman for the campaign",
        "Democratic economists",
        "people protesting the bill",
    ],
)
def test_speakers(phrase):
    assert _like(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "Trump made",
        "he began",
        "mocked a disabled reporter",
        "depicts one of the contractors",
        "appeared on several email chains",
        "purports to present a searingly accurate account",
        "Trump bragged about sexually assaulting women",
        "Clinton seized upon the reference",
        "two weeks ago",
        "Following initial reports",
    ],
)
def test_clause_fragments(phrase):
    assert not _like(phrase)
