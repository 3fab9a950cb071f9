"""Pull quotes linked to the body quote they repeat, also among thousands of quotes."""

from __future__ import annotations

from factcheck.extract.assemble import link_pull_quotes
from factcheck.extract.policy import Policy
from factcheck.models import Quote
from factcheck.records import QuoteRecord


def _quote(i: int, text: str, kind: str = "direct") -> QuoteRecord:
    q = Quote(id=f"q{i}", text=text, start=i * 100, end=i * 100 + len(text), kind=kind)  # type: ignore[arg-type]
    return q.model_dump()  # type: ignore[return-value]


def test_a_pull_quote_finds_its_body_quote_among_thousands():
    body = [
        _quote(i, f"Speaker {i} said the county budget rose by {i} percent this year.")
        for i in range(3000)
    ]
    target = _quote(3000, "We will not rebuild the bridge until the river inspectors sign off.")
    pull = _quote(
        3001, "We will not rebuild the bridge until the river inspectors sign off", "pullquote"
    )
    out = link_pull_quotes([*body, target, pull], Policy())
    assert out[-1]["repeats"] == "q3000"
    assert all(q["repeats"] is None for q in out[:-1])


def test_the_longest_repeated_body_quote_wins_and_an_unrelated_one_is_never_linked():
    short = _quote(0, "Prices fell for the third month running")
    long = _quote(1, "Prices fell for the third month running, and we expect that to continue.")
    other = _quote(2, "The harbour will reopen in the spring after the dredging is done.")
    pull = _quote(3, "Prices fell for the third month running", "pullquote")
    lone = _quote(4, "Nothing in this article says anything of the kind at all", "pullquote")
    out = link_pull_quotes([short, long, other, pull, lone], Policy())
    assert out[3]["repeats"] == "q1"
    assert out[4]["repeats"] is None
