"""The rule registry and the policy: every speaker is found by a named rule, every cut-off is
the policy's."""

from __future__ import annotations

import pytest

from factcheck.extract import Policy, extract
from factcheck.extract.rules import BY_NAME, RULES, stage_rules
from factcheck.models import Article

TEXT = (
    "Mayor Dana Cole spoke on Monday. “We will rebuild,” she said. “Every house.”\n\n"
    "Cole said the city would borrow to pay for it. The council’s “reforms” were slow."
)


def test_every_attributed_statement_names_a_registered_rule():
    x = extract(Article.from_text(TEXT))
    assert x.quotes
    for q in x.quotes:
        assert (q.rule is None) == (q.speaker is None and q.speaker_mention is None), q
        if q.rule is not None:
            assert q.rule in BY_NAME


def test_rule_names_are_unique_and_every_stage_has_rules():
    assert len({r.name for r in RULES}) == len(RULES)
    stages = {"layout", "after", "before", "window", "reported", "carry", "turn"}
    assert {r.stage for r in RULES} == stages


def test_a_stage_cannot_drift_from_the_registry():
    with pytest.raises(ValueError):
        stage_rules("carry", {"paragraph-earlier": lambda: None})


def test_the_policy_holds_the_cut_offs():
    default = extract(Article.from_text(TEXT))
    assert not [q for q in default.quotes if q.text == "reforms"]  # a scare quote
    strict = extract(Article.from_text(TEXT), policy=Policy(scare_quote_words=0))
    assert [q for q in strict.quotes if q.text == "reforms"]
    rebuild = [q for q in default.quotes if q.text == "We will rebuild,"]
    assert [q.speaker for q in rebuild] == ["Dana Cole"]
    blind = extract(Article.from_text(TEXT), policy=Policy(salience_sentences=-1))
    assert [q.speaker for q in blind.quotes if q.text == "We will rebuild,"] == [None]
