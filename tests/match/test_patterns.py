"""The patterns of real reporting that matching must get right (issue 12's analysis, §7),
each in our own invented words.

Pairs of statements go through the matcher's decision directly (``decide`` on the
alignment, with the same-event evidence given); the cases that depend on the extractor or
the store (a split quote, two long reports, robustness) ingest whole articles.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.app.views import match_listing
from factcheck.extract.quantities import find_quantities
from factcheck.match import Side, align, decide, explain, match_text, tokens
from factcheck.models import Article
from tests.conftest import ingest_texts


def judged(a: str, b: str, kind_a: str = "direct", kind_b: str = "direct", same_event=True):
    wa, wb = tokens(a), tokens(b)
    al = align(wa.words, wa.flags, wb.words, wb.flags)
    d = decide(al, kind_a, kind_b, same_event=same_event)
    if d is None:
        return None, [], None
    reasons, diff = explain(d, al, Side(wa, a), Side(wb, b))
    return d.relation, reasons, diff


NO_FLAG = "no flag"  # not linked, or linked as consistent

# (case, a, b, kind of a, kind of b, same event, relation (None: not linked), reason)
CASES = [
    (
        "1 a quote shortened by one outlet",
        "We will rebuild the harbour before winter, and we will pay for it ourselves",
        "will rebuild the harbour before winter",
        "direct",
        "partial",
        True,
        "consistent",
        None,
    ),
    (
        "3 an ellipsis",
        "We tested every cable … and found no faults",
        "We tested every cable in the tunnel and found no faults",
        "direct",
        "direct",
        True,
        "consistent",
        None,
    ),
    (
        "4 editor's brackets",
        "He [the governor] never called me about the levee, not once",
        "He never called me about the levee, not once",
        "direct",
        "direct",
        True,
        "consistent",
        None,
    ),
    (
        "4 a bracketed word restored",
        "They should pay [for] it, because they have the money to do it",
        "They should pay for it, because they have the money to do it",
        "direct",
        "direct",
        True,
        "consistent",
        None,
    ),
    (
        "5 a short quote with one rare word",
        "They should pay for it. They have the money.",
        "They should pay for it. They have the money.",
        "direct",
        "direct",
        False,
        "consistent",
        None,
    ),
    (
        "6 a fragment inside a long quote",
        "stop the dredging",
        "We have asked them again and again to stop the dredging before the fish come back "
        "to spawn in the spring, and they have ignored every letter we sent",
        "partial",
        "direct",
        True,
        "consistent",
        None,
    ),
    (
        "8 a template sentence, unrelated stories months apart, reworded",
        "We are ready to talk at any time",
        "We are ready to talk at any hour",
        "direct",
        "direct",
        False,
        None,
        None,
    ),
    (
        "9 a figure changed inside an aligned quote",
        "We had 89 freshmen running in districts nobody thought we could win",
        "We had 134 freshmen running in districts nobody thought we could win",
        "direct",
        "direct",
        True,
        "contradiction",
        "figure: 89 vs 134",
    ),
    (
        "9 a figure with its scale and currency",
        "The county spent US$2.5 billion on roads that nobody drives on anymore",
        "The county spent US$3 billion on roads that nobody drives on anymore",
        "direct",
        "direct",
        True,
        "contradiction",
        "figure: US$2.5 billion vs US$3 billion",
    ),
    (
        "10 a negation inserted",
        "I believe the plan will work for the families on the east side",
        "I believe the plan will not work for the families on the east side",
        "direct",
        "direct",
        True,
        "contradiction",
        "negation:",
    ),
    (
        "10 not not: no parity counting",
        "the reports about the audit are not accurate and the board knows it",
        "the reports about the audit are not not accurate and the board knows it",
        "direct",
        "direct",
        True,
        "contradiction",
        "negation:",
    ),
    (
        "11 two words replaced",
        "Today we reject his visit and everything it stands for in this city",
        "Today we reject his message and everything it stands for in this city",
        "direct",
        "direct",
        True,
        "misquote",
        "worded differently: [visit] vs [message]",
    ),
    (
        "11 a function word dropped is a misquote, labelled minor",
        "We know that the river will rise again next spring and we are ready",
        "We know the river will rise again next spring and we are ready",
        "direct",
        "direct",
        True,
        "misquote",
        "(minor: function words)",
    ),
    (
        "13 different remarks of one speaker on different nights",
        "The crowd tonight was wonderful and I love this town more than any place I know",
        "Nobody expected the comeback in the fourth quarter and I love this team so much",
        "direct",
        "direct",
        True,
        None,
        None,
    ),
    (
        "14 two quotes that overlap at their ends, the overlap agreeing",
        "They said we would fold, but we will not retreat. We will build",
        "We will build, and we will win, whatever the polls say about the race",
        "direct",
        "direct",
        True,
        None,
        None,
    ),
    (
        "15 different figure subjects",
        "the Smiths paid 35.7 percent of their income in federal taxes last year",
        "Mr. Lee said his rate was 36 percent, higher than most of his neighbours",
        "claim",
        "claim",
        True,
        None,
        None,
    ),
    (
        "16 different clauses, one negated",
        "the council did not meet on Friday to discuss the harbour plan",
        "the council approved the budget for the harbour plan on Tuesday",
        "claim",
        "claim",
        True,
        None,
        None,
    ),
    (
        "17 one quote contains the other",
        "We don’t like him. We don’t want him.",
        "We don’t want him.",
        "direct",
        "direct",
        True,
        NO_FLAG,
        None,
    ),
    pytest.param(
        "18 opposite positions of different people",
        "The county will pay for the new bridge",
        "The county will not pay for the new bridge",
        "direct",
        "direct",
        True,
        None,
        None,
        marks=pytest.mark.xfail(
            reason="speaker is no precondition for a link until speaker identity is fixed: "
            "two people's opposite one-liners in one week read as one quote negated",
            strict=True,
        ),
    ),
    (
        "a reporter's claim with one figure changed, same event",
        "Officials said the storm destroyed 412 homes along the northern coast on Sunday",
        "Officials said the storm destroyed 512 homes along the northern coast on Sunday",
        "claim",
        "claim",
        True,
        "contradiction",
        "figure: 412 vs 512",
    ),
    (
        "the same claim changed, but another event",
        "Officials said the storm destroyed 412 homes along the northern coast on Sunday",
        "Officials said the storm destroyed 512 homes along the northern coast on Sunday",
        "claim",
        "claim",
        False,
        None,
        None,
    ),
    (
        "a figure in words and in digits is one figure",
        "The levy raised two million dollars for the schools in the valley last spring",
        "The levy raised $2 million for the schools in the valley last spring",
        "claim",
        "claim",
        True,
        "consistent",
        None,
    ),
    (
        "a compound number in words and in digits is one figure",
        "Twenty-five percent of the wells in the county have run dry this summer",
        "25 percent of the wells in the county have run dry this summer",
        "direct",
        "direct",
        True,
        "consistent",
        None,
    ),
    (
        "a figure in words changed is a contradiction",
        "Officials said the storm destroyed three hundred homes along the northern coast",
        "Officials said the storm destroyed 350 homes along the northern coast",
        "claim",
        "claim",
        True,
        "contradiction",
        "figure: three hundred vs 350",
    ),
    (
        "a claim with a figure and a word changed: two disputed elements, no flag",
        "Officials said the storm destroyed 412 homes along the northern coast on Sunday",
        "Officials said the storm damaged 512 homes along the northern coast on Sunday",
        "claim",
        "claim",
        True,
        None,
        None,
    ),
]

NOT_CHANGES = [
    ("U.S.", "US"),
    ("F.B.I.", "FBI"),
    ("2.6million", "2.6 million"),
    ("same-sex", "same sex"),
    ("work force", "workforce"),
    ("he’s", "he is"),
    ("gonna", "going to"),
    ("motherf***er", "motherfucker"),
    ("&", "and"),
    ("OK", "okay"),
    ("Sen.", "Senator"),
    ("three", "3"),
    ("50%", "50 per cent"),
    ("16,450", "16450"),
    ("can't", "cannot"),
]


@pytest.mark.parametrize(
    ("case", "a", "b", "kind_a", "kind_b", "same_event", "relation", "reason"),
    CASES,
    ids=[c.values[0] if hasattr(c, "marks") else c[0] for c in CASES],
)
def test_pattern(case, a, b, kind_a, kind_b, same_event, relation, reason):
    got, reasons, _ = judged(a, b, kind_a, kind_b, same_event)
    if relation == NO_FLAG:
        assert got in (None, "consistent"), (case, reasons)
    else:
        assert got == relation, (case, reasons)
    if reason:
        assert any(reason in r for r in reasons), reasons
    # the decision does not depend on which side is given first
    back, _, _ = judged(b, a, kind_b, kind_a, same_event)
    assert back == got


@pytest.mark.parametrize(("x", "y"), NOT_CHANGES, ids=[x for x, _ in NOT_CHANGES])
def test_12_not_wording_changes(x, y):
    frame = "Everyone in the {} office knows the plan for the harbour was never going to work"
    relation, reasons, _ = judged(frame.format(x), frame.format(y))
    assert relation == "consistent", reasons


# Spellings the tokeniser itself makes one: the rest of NOT_CHANGES are made one later, by
# the comparison ("work force" / "workforce", a censored word against the word).
SAME_TOKENS = [
    ("U.S.", "US"),
    ("F.B.I.", "FBI"),
    ("2.6million", "2.6 million"),
    ("he’s", "he is"),
    ("&", "and"),
    ("Sen.", "Senator"),
    ("three", "3"),
    ("twenty-five", "25"),
    ("seventy-five thousand", "75000"),
    ("two million", "2 million"),
    ("half a million", "0.5 million"),
    ("a dozen", "12"),
    ("50%", "50 per cent"),
]


@pytest.mark.parametrize(("a", "b"), SAME_TOKENS)
def test_spellings_tokenise_alike(a, b):
    assert tokens(a).words == tokens(b).words


def test_11_misquote_diff_is_aligned_word_for_word():
    a = "Today we reject his visit and everything it stands for in this city"
    b = "I said it before: today we reject his message and everything it stands for"
    relation, _, diff = judged(a, b)
    assert relation == "misquote"
    assert diff == [
        ("=", "Today we reject his"),
        ("-", "visit"),
        ("+", "message"),
        ("=", "and everything it stands for"),
    ]


def test_2_a_split_quote_is_its_parts_without_the_cue():
    text = "“The bridge is safe,” Ortiz said, “and it will stay open.”"
    inner = text[1 : len(text) - 1]
    first = (1, text.index("”"))
    second = (text.index("“", 2) + 1, len(text) - 1)
    joined = match_text(inner, 1, [first, second])
    assert "Ortiz" not in joined and "said" not in joined
    relation, reasons, _ = judged(joined, "The bridge is safe and it will stay open")
    assert relation == "consistent", reasons


FILLER = (
    "The meeting ran late into the evening as residents lined up to speak about parking, "
    "library hours and the state of the old pier. "
)


def _article(path, body, published, outlet):
    return {"path": path, "text": body, "published": published, "outlet": outlet}


def _ingest(store, arts):
    from factcheck.app.ingest import ingest

    report = ingest(
        store,
        [
            Article.from_text(
                a["text"], path=a["path"], published=a["published"], outlet=a["outlet"]
            )
            for a in arts
        ],
    )
    assert not report.failures, report.failures
    return report


def _pairs(store):
    return {
        (frozenset((m["a"]["path"], m["b"]["path"])), m["relation"])
        for m in match_listing(store)
        if m["a"]["path"] != m["b"]["path"]
    }


def test_2_split_quote_through_the_extractor(store):
    a = _article(
        "a.txt",
        "Engineers finished the inspection on Monday.\n\n"
        "“The bridge is safe,” Mayor Lena Ortiz said, “and it will stay open all winter.”\n\n"
        + FILLER,
        date(2021, 3, 1),
        "One",
    )
    b = _article(
        "b.txt",
        "Inspectors cleared the span.\n\n"
        "“The bridge is safe and it will stay open all winter,” said Mayor Lena Ortiz.\n\n"
        + FILLER[::-1],
        date(2021, 3, 2),
        "Two",
    )
    _ingest(store, [a, b])
    assert (frozenset(("a.txt", "b.txt")), "consistent") in _pairs(store)
    assert not any(m["relation"] == "misquote" for m in match_listing(store))


def test_7_linked_whatever_the_articles_have_in_common(store):
    quote = (
        "We will not sign anything that leaves the fishermen of this coast worse off than "
        "they were last year"
    )
    one = " ".join(f"Paragraph {i} of the first story is about the budget." for i in range(60))
    two = " ".join(f"Section {i} of the other story covers the storm." for i in range(60))
    a = _article("a.txt", f"{one}\n\n“{quote},” said Pia Lund.\n\n{one}", date(2021, 1, 5), "One")
    b = _article(
        "b.txt", f"{two}\n\n“{quote},” Lund told reporters.\n\n{two}", date(2021, 6, 5), "Two"
    )
    _ingest(store, [a, b])
    assert (frozenset(("a.txt", "b.txt")), "consistent") in _pairs(store)


def test_6_fragment_and_full_quote_from_three_outlets(store):
    full = (
        "We have asked them again and again to stop the dredging before the fish come back "
        "to spawn in the spring"
    )
    a = _article("a.txt", f"“{full},” said Rosa Vane.\n\n{FILLER}", date(2022, 4, 1), "One")
    b = _article(
        "b.txt",
        f"Rosa Vane urged the port to “stop the dredging” at once.\n\n{FILLER}",
        date(2022, 4, 1),
        "Two",
    )
    c = _article("c.txt", f"“{full},” Vane said.\n\n{FILLER}", date(2022, 4, 2), "Three")
    _ingest(store, [a, b, c])
    pairs = _pairs(store)
    assert (frozenset(("a.txt", "c.txt")), "consistent") in pairs
    assert (frozenset(("a.txt", "b.txt")), "consistent") in pairs


def test_8_boilerplate_quote_is_never_flagged(store):
    arts = [
        _article(
            f"s{i}.txt",
            f"Story {i} about the talks.\n\n“We are ready to talk at any time,” said "
            f"Minister Ana{i} Kova{i}.\n\n{FILLER}",
            date(2020, 1 + i, 3),
            f"Outlet {i}",
        )
        for i in range(6)
    ]
    arts.append(
        _article(
            "x.txt",
            "Another story.\n\n“We are ready to talk at any hour,” said Envoy Bo Lin.\n\n" + FILLER,
            date(2020, 11, 3),
            "Outlet x",
        )
    )
    _ingest(store, arts)
    assert {m["relation"] for m in match_listing(store)} <= {"consistent"}


def test_19_named_dates():
    pub = date(2015, 9, 12)
    for text in (
        "Survivors of the Sept. 11 attacks met at the memorial.",
        "It was the worst day since the 9/11 attacks, she said.",
    ):
        dates = [q["date"] for q in find_quantities(text, published=pub) if q["kind"] == "date"]
        assert dates == ["2001-09-11"], text
    july = [q for q in find_quantities("Parades on July Fourth drew crowds.", published=pub)]
    assert [q["date"] for q in july] == [None] and july[0]["key"] == "date:named:july-4"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Prices fell last November, the report said.", date(2015, 6, 10), "2014-11"),
        ("The mill closed in September, workers said.", date(2010, 2, 3), "2009-09"),
        ("Turnout in the November election could be low.", date(2016, 7, 1), "2016-11"),
        ("The vote will be held on Oct. 15.", date(2016, 11, 1), "2017-10-15"),
        ("He spoke on Sept. 3, aides said.", date(2015, 9, 12), "2015-09-03"),
        ("They met back in December.", date(2015, 7, 12), "2014-12"),
        ("The law takes effect next March.", date(2015, 7, 12), "2016-03"),
    ],
)
def test_20_dates_with_no_year(text, published, expected):
    dates = [q["date"] for q in find_quantities(text, published=published) if q["kind"] == "date"]
    assert dates == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose 60 percent a year, according to a recent report from Acme Research.\n",
        "Costs will double by 2030, according to one estimate.\n",
    ],
)
def test_32_one_article_stored_with_unique_statement_ids(store, text):
    report = ingest_texts(store, {"t1.txt": text})
    assert report.stored == 1 and not report.failures
    ids = [r[0] for r in store.conn.execute("SELECT id FROM statements")]
    assert len(ids) == len(set(ids))
