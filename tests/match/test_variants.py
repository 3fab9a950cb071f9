"""Our own variants of the Straits Times seed, as a third outlet might have written them.

Each changes one thing (an amount, a date, the polarity, a quote's wording) and must
be flagged with the right relation and a reason naming both sides; sentences left
as they were must come out consistent, never flagged.
"""

from __future__ import annotations

import pytest

from factcheck.app.views import match_listing
from tests.conftest import SEEDS, ingest_texts

STRAITS = "straits-times-us-china-talks-resume.txt"

UNCHANGED = (
    "The talks are expected to lay the groundwork for top-level negotiations between US Trade "
    "Representative Robert Lighthizer, Treasury Secretary Steven Mnuchin and Vice-Premier Liu He "
    "next month in Washington."
)

VARIANTS = {
    "changed amount": (
        "Mr Trump later announced a two-week delay on raising existing tariffs on US$300 billion "
        "of Chinese goods from 25 per cent to 30 per cent, which is now set for Oct 15.",
        "contradiction",
        "US$250 billion vs US$300 billion",
    ),
    "changed percentage": (
        "Mr Trump later announced a two-week delay on raising existing tariffs on US$250 billion "
        "of Chinese goods from 25 per cent to 35 per cent, which is now set for Oct 15.",
        "contradiction",
        "30 per cent vs 35 per cent",
    ),
    "moved date": (
        "Tariffs on some goods were postponed to Dec 20.",
        "contradiction",
        "Dec 15 vs Dec 20",
    ),
    "negated sentence": (
        "Tariffs on some goods were not postponed to Dec 15.",
        "contradiction",
        "not postponed",
    ),
    "reworded quote": (
        '"It\'s more complicated than just buying a few more soybeans," Commerce Secretary '
        "Wilbur Ross said.",
        "misquote",
        "soybeans",
    ),
}


@pytest.fixture
def straits(store):
    text = (SEEDS / STRAITS).read_text(encoding="utf-8")
    assert ingest_texts(store, {STRAITS: text}).stored == 1
    return store


def _matches_for(store, path):
    return [
        m
        for m in match_listing(store)
        if path in (m["a"]["path"], m["b"]["path"]) and m["a"]["path"] != m["b"]["path"]
    ]


@pytest.mark.parametrize("name", VARIANTS)
def test_variant_is_flagged_with_relation_and_reason(straits, name):
    sentence, relation, reason = VARIANTS[name]
    body = (
        "WASHINGTON - Negotiators met again this week.\n\n"
        f"{sentence}\n\n{UNCHANGED}\n\nMore talks are planned."
    )
    ingest_texts(straits, {"outlet-c.txt": body})
    found = _matches_for(straits, "outlet-c.txt")
    flagged = [m for m in found if m["relation"] == relation]
    assert len(flagged) == 1, found
    m = flagged[0]
    side = m["b"] if m["b"]["path"] == "outlet-c.txt" else m["a"]
    assert side["text"] in sentence
    assert any(reason in r for r in m["reasons"]), m["reasons"]
    if relation == "misquote":
        assert m["diff"] and any(op == "+" and "soybeans" in w for op, w in m["diff"])
    # the sentence left as it was is consistent, and nothing else is flagged
    others = [m for m in found if m is not flagged[0]]
    assert {o["relation"] for o in others} == {"consistent"}
    assert any(UNCHANGED in (o["a"]["text"], o["b"]["text"]) for o in others)


def test_same_report_again_from_another_outlet_is_all_consistent(straits):
    text = (SEEDS / STRAITS).read_text(encoding="utf-8")
    ingest_texts(straits, {"copy.txt": text + "\n\nReporting by staff."})
    found = _matches_for(straits, "copy.txt")
    assert len(found) >= 10
    assert {m["relation"] for m in found} == {"consistent"}


def test_reports_of_different_events_are_not_matched(straits):
    body = (
        "Apple said on Tuesday that revenue rose 8 per cent to US$94 billion in the quarter, "
        'beating forecasts.\n\n"We are thrilled with demand," chief executive Tim Cook said.'
    )
    ingest_texts(straits, {"apple.txt": body})
    assert _matches_for(straits, "apple.txt") == []
