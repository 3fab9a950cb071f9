"""Check-worthiness: each row a pattern of news prose, in our own words, and the side of
the cut-off it must fall on."""

from __future__ import annotations

import pytest

from factcheck.pipeline.worth import POLICY, Candidate, score, triage


def stmt(text: str, *, kind: str = "claim", speaker: str | None = None, figures=(), **kw):
    type_ = "claim" if kind == "claim" else "quote"
    return Candidate(
        kw.get("id", "s1"),
        type_,
        kind,
        text,
        kw.get("start", 0),
        kw.get("end", len(text)),
        speaker,
        tuple(figures),
        kw.get("repeats"),
    )


WORTH = [
    (
        "money and a comparison, attributed",
        stmt(
            "The program cost $4 billion last year, more than twice what Congress approved.",
            kind="direct",
            speaker="Ann Lee",
            figures=["money", "date"],
        ),
    ),
    (
        "a percentage against a named source",
        stmt(
            "Unemployment fell to 3.9 percent in May, according to the Labor Department.",
            figures=["percent", "date"],
        ),
    ),
    (
        "a causal claim with a count",
        stmt(
            "Thousands of jobs were lost because the plant moved to another state.",
            kind="indirect",
            speaker="Tom Ruiz",
        ),
    ),
    (
        "a superlative record",
        stmt(
            "This is the largest tax increase in the history of the state, ever.",
            kind="direct",
            speaker="Kim Wu",
        ),
    ),
]

NOT_WORTH = [
    ("a two-word fragment", stmt("absolutely wrong", kind="partial", speaker="Ann Lee")),
    ("a live blog's clock time", stmt("4:45 p.m.", figures=["date"])),
    ("a clock time with a line", stmt("Update, 6:05 p.m. ET: the rally has begun.")),
    (
        "embedded markup",
        stmt('<tweet author="@someone">We raised $2 million today!</tweet>', figures=["money"]),
    ),
    ("a headline in title case", stmt("Senator Lee Leads Ruiz By Nine Points In New Poll")),
    ("the article's title", stmt("Budget talks stall again in the capital", figures=[])),
    (
        "a question",
        stmt(
            "Who do you trust to answer the phone at night?", kind="direct", speaker="an announcer"
        ),
    ),
    (
        "an opinion",
        stmt(
            "I think he is a wonderful person and a great friend.", kind="direct", speaker="Ann Lee"
        ),
    ),
    (
        "a reporter's sentence resting only on a date",
        stmt("The two met at a dinner in 2005 before the campaign began.", figures=["date"]),
    ),
]


@pytest.mark.parametrize(("why", "s"), WORTH, ids=[w for w, _ in WORTH])
def test_worth_checking(why, s):
    assert score(s).score >= POLICY.worth_checking, score(s)


@pytest.mark.parametrize(("why", "s"), NOT_WORTH, ids=[w for w, _ in NOT_WORTH])
def test_not_worth_checking(why, s):
    found = score(s, title="Budget talks stall again in the capital")
    assert found.score < POLICY.worth_checking, found


def test_junk_scores_zero_and_says_why():
    found = score(stmt("4:45 p.m."))
    assert found.score == 0 and found.reasons


def test_a_claim_inside_a_quote_is_one_item_the_quote():
    text = "We cut the deficit by $300 billion in two years, more than anyone expected."
    quote = stmt(
        text,
        kind="direct",
        speaker="Ann Lee",
        figures=["money"],
        id="q",
        start=10,
        end=10 + len(text),
    )
    claim = stmt(text, figures=["money"], id="c", start=10, end=10 + len(text))
    q, c = triage([quote, claim])
    assert q.part_of is None and c.part_of == "q"


def test_a_partial_quote_inside_a_claim_sentence_is_part_of_the_claim():
    sentence = 'Lee said the plan would "save $2 billion a year" by closing two offices.'
    start = sentence.index("save")
    quote = stmt(
        "save $2 billion a year",
        kind="partial",
        speaker="Ann Lee",
        id="q",
        start=start,
        end=start + 22,
    )
    claim = stmt(sentence, speaker="Ann Lee", figures=["money"], id="c")
    q, c = triage([quote, claim])
    assert q.part_of == "c" and c.part_of is None


def test_a_pull_quote_and_a_repeat_are_part_of_the_first():
    body = stmt(
        "We will not raise taxes on families earning under $100,000.",
        kind="direct",
        speaker="Ann Lee",
        figures=["money"],
        id="a",
        start=0,
        end=60,
    )
    pull = stmt(
        body.text,
        kind="pullquote",
        speaker="Ann Lee",
        id="p",
        start=100,
        end=160,
        repeats="a",
        figures=["money"],
    )
    again = stmt(
        body.text, kind="direct", speaker="Ann Lee", id="b", start=200, end=260, figures=["money"]
    )
    a, p, b = triage([body, pull, again])
    assert (a.part_of, p.part_of, b.part_of) == (None, "a", "a")


def test_the_item_carries_the_better_score_of_the_pair():
    text = "Spending rose 12 percent, the fastest rise in a decade."
    quote = stmt(text, kind="direct", speaker="Ann Lee", id="q", figures=[])
    claim = stmt(text, id="c", figures=["percent", "duration"])
    q, c = triage([quote, claim])
    assert c.part_of == "q" and q.score >= score(claim).score
