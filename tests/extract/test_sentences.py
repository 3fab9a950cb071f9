"""Sentences: a tag after a quote that ends in ! ? or . stays in the quote's sentence, as
far as the policy's windows reach."""

from __future__ import annotations

from dataclasses import replace

import pytest

from factcheck.extract import Policy
from factcheck.extract.policy import DEFAULT_POLICY
from factcheck.extract.text import Document

TAGGED = "“We will not back down!” Dana Cole, the mayor of a small river town, said on Monday."
NARRATION = "“We will not back down!” The council met again on Monday."


def sentences(text: str, policy: Policy = DEFAULT_POLICY) -> list[str]:
    doc = Document(text, policy)
    return [text[s:e] for s, e in doc.sentences]


def test_a_tag_with_an_appositive_stays_in_the_quotes_sentence():
    assert sentences(TAGGED) == [TAGGED]


def test_narration_after_an_exclamation_is_a_sentence_of_its_own():
    assert len(sentences(NARRATION)) == 2


@pytest.mark.parametrize(
    "change",
    [
        {"tag_gap_appositive_words": 4},  # the verb lies beyond the words read
        {"tag_next_chars": 20},  # ... beyond the characters read
        {"tag_name_words": 1},  # two words of name before the appositive's comma
    ],
    ids=["words", "characters", "name words"],
)
def test_the_tag_is_found_only_within_the_policys_windows(change):
    assert len(sentences(TAGGED, replace(DEFAULT_POLICY, **change))) == 2
