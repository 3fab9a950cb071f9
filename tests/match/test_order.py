"""The same articles give the same matches in any order (issue 12, §7 case 33).

Our own invented articles: three events, each reported by several outlets in their own
words around shared quotes and figures, one of them undated, with a changed figure, an
inserted negation, a reworded quote, and a boilerplate quote printed in every story (so a
chain of one text is built and re-linked as reports arrive out of order).
"""

from __future__ import annotations

import random
from datetime import date

import pytest

from factcheck.app.ingest import ingest
from factcheck.models import Article
from factcheck.store import Store

BOILER = "Our door remains open and we are ready to talk at any time with anyone"

EVENTS = [
    {
        "day": date(2021, 5, 3),
        "who": "Mayor Tessa Grange",
        "quote": "We will rebuild the harbour wall before winter and we will pay for it ourselves",
        "claim": "The storm damaged 412 homes along the northern coast, officials said on Sunday.",
        "other": "Councillor Ivo Brandt",
    },
    {
        "day": date(2021, 5, 5),
        "who": "Senator Hal Ostrander",
        "quote": "Nobody in this chamber believes the bill will pass before the summer recess",
        "claim": "The bill would cost $2.5 billion over ten years, according to the budget office.",
        "other": "Leader Mira Quist",
    },
    {
        "day": None,
        "who": "Director Paula Venn",
        "quote": "The museum will stay open seven days a week until the end of the year",
        "claim": "Attendance rose 35 percent in March, the museum said in a statement.",
        "other": "Curator Oskar Lind",
    },
]


def _variants(e: dict, k: int) -> tuple[str, str]:
    quote, claim = e["quote"], e["claim"]
    if k == 2:
        claim = claim.replace("412", "512").replace("$2.5 billion", "$3 billion")
    if k == 3:
        quote = quote.replace("will pay", "will not pay").replace("will stay", "will not stay")
    if k == 4:
        quote = quote.replace("believes", "thinks").replace("harbour wall", "sea wall")
    return quote, claim


def corpus() -> list[Article]:
    out = []
    for n, e in enumerate(EVENTS):
        for k in range(5):
            quote, claim = _variants(e, k)
            fill = f"Reporting from outlet {k} on story {n}. " * (k + 2)
            text = (
                f"{fill}\n\n“{quote},” {e['who']} said, flanked by {e['other']}.\n\n"
                f"{claim}\n\n“{BOILER},” {e['other']} added.\n\n{fill}\n"
            )
            published = e["day"].replace(day=e["day"].day + k % 2) if e["day"] else None
            out.append(
                Article.from_text(
                    text, path=f"story{n}-outlet{k}.txt", outlet=f"Outlet {k}", published=published
                )
            )
    return out


def _matches(tmp_path, articles: list[Article], name: str):
    store = Store(tmp_path / f"{name}.db")
    reported = 0
    try:
        for a in articles:  # one at a time: each is matched against what came before
            report = ingest(store, [a])
            assert not report.failures
            reported += report.matches
        rows = store.conn.execute(
            """SELECT m.a, m.b, m.relation, m.reasons, aa.published, ab.published FROM matches m
               JOIN statements sa ON sa.id = m.a JOIN articles aa ON aa.id = sa.article_id
               JOIN statements sb ON sb.id = m.b JOIN articles ab ON ab.id = sb.article_id"""
        ).fetchall()
    finally:
        store.close()
    for *_, pa, pb in rows:
        assert not (pa and pb and pa > pb), "a is the earlier report"
    # the summaries' "new matches" add up to what the store holds: a chain link dropped
    # when a report falls between two linked ones is taken off the count
    assert reported == len(rows), (name, reported, len(rows))
    # a boilerplate pair's reasons say it is a chain link whenever it was linked
    return {(frozenset((a, b)), rel, "many times" in why) for a, b, rel, why, _, _ in rows}


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return corpus()


def test_same_matches_in_any_order(tmp_path, articles):
    orders = {
        "file": list(articles),
        "reversed": list(reversed(articles)),
        "shuffled": random.Random(5).sample(articles, len(articles)),
        "by-date-desc": sorted(articles, key=lambda a: a.published or date.min, reverse=True),
    }
    got = {name: _matches(tmp_path, arts, name) for name, arts in orders.items()}
    first = got["file"]
    relations = {rel for _, rel, _ in first}
    assert any(chained for *_, chained in first)
    # the set is rich enough to mean something: links of every kind
    assert {"consistent", "contradiction", "misquote"} <= relations, relations
    for name, found in got.items():
        assert found == first, (name, found ^ first)
