"""Properties of matching that must hold for any input, checked with hypothesis."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from factcheck.match import Side, align, decide, explain, tokens
from factcheck.match.text import from_stored, render, stored
from factcheck.match.words import FIGURE_WORDS

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=9)
SENTENCE = st.lists(WORD, min_size=4, max_size=25).map(" ".join)
# prose with the marks, brackets, ellipses, numbers and contractions real quotes have
PIECE = st.one_of(
    WORD,
    st.sampled_from(
        [
            "U.S.",
            "F.B.I.",
            "don’t",
            "he's",
            "2.6million",
            "16,450",
            "50%",
            "same-sex",
            "[the",
            "governor]",
            "…",
            "...",
            "(local)",
            "&",
            "Sen.",
            "three",
            "motherf***er",
            "—",
            "“",
            "”",
            ",",
            ".",
            "per cent",
            "gonna",
            "can't",
            "OK",
        ]
    ),
)
PROSE = st.lists(PIECE, min_size=1, max_size=30).map(" ".join)


@given(PROSE)
def test_normalisation_is_idempotent(text):
    w = tokens(text)
    again = tokens(render(w.words, w.flags))
    assert again.words == w.words and again.flags == w.flags
    assert from_stored(stored(w)) == (w.words, w.flags)


@given(PROSE)
def test_every_word_keeps_its_span(text):
    w = tokens(text)
    assert len(w.words) == len(w.spans)
    assert all(0 <= s < e <= len(text) for s, e in w.spans)


def _decision(a: str, b: str, kind_a: str = "direct", kind_b: str = "direct"):
    wa, wb = tokens(a), tokens(b)
    al = align(wa.words, wa.flags, wb.words, wb.flags)
    d = decide(al, kind_a, kind_b, same_event=True)
    return al, d, wa, wb


@settings(max_examples=200)
@given(SENTENCE, SENTENCE, st.sampled_from(["direct", "partial", "claim", "indirect"]))
def test_alignment_and_decision_are_symmetric(a, b, kind):
    ab, d1, _, _ = _decision(a, b, kind, "direct")
    ba, d2, _, _ = _decision(b, a, "direct", kind)
    assert (ab.matched, ab.shorter, ab.content) == (ba.matched, ba.shorter, ba.content)
    assert [(r.a0, r.a1, r.b0, r.b1, r.ignored) for r in ab.regions] == [
        (r.b0, r.b1, r.a0, r.a1, r.ignored) for r in ba.regions
    ]
    assert (d1 is None) == (d2 is None)
    if d1 is not None and d2 is not None:
        assert d1.relation == d2.relation


@given(PROSE)
def test_a_text_matches_itself_consistent(text):
    al, d, wa, _ = _decision(text, text)
    assert al.matched == al.shorter
    if d is not None:
        assert d.relation == "consistent"
        reasons, diff = explain(d, al, Side(wa, text), Side(wa, text))
        assert reasons and diff is None


@given(st.lists(WORD, min_size=9, max_size=20, unique=True), st.data())
def test_one_changed_word_is_a_misquote_naming_both_words(words, data):
    i = data.draw(st.integers(1, len(words) - 2))
    changed = list(words)
    changed[i] = "zzzz" + words[i]
    a, b = " ".join(words), " ".join(changed)
    al, d, wa, wb = _decision(a, b)
    assert d is not None and d.relation == "misquote"
    reasons, diff = explain(d, al, Side(wa, a), Side(wb, b))
    assert f"[{words[i]}] vs [{changed[i]}]" in reasons[0]
    assert diff is not None and ("-", words[i]) in diff and ("+", changed[i]) in diff


@given(st.lists(WORD, min_size=9, max_size=20), st.integers(2, 900), st.integers(1, 50))
def test_a_changed_number_is_a_figure_contradiction(words, n, delta):
    head, tail = " ".join(words[:4]), " ".join(words[4:])
    a, b = f"{head} {n} {tail}", f"{head} {n + delta} {tail}"
    al, d, wa, wb = _decision(a, b)
    assert d is not None and d.relation == "contradiction"
    reasons, _ = explain(d, al, Side(wa, a), Side(wb, b))
    # "2 five", "2 million": a longer figure than the one changed
    assume(words[4] not in FIGURE_WORDS and not tokens(words[4]).words[0].isdigit())
    q = f"{words[3]} " if words[3] in NUMBER_QUALIFIERS else ""  # "nearly 2" is the figure
    assert reasons[0] == f"figure: {q}{n} vs {q}{n + delta}"


NUMBER_QUALIFIERS = {"about", "nearly", "almost", "over", "under"}


def test_a_month_part_is_no_part_of_a_number():
    a, b = "the deal was struck early 2 weeks ago", "the deal was struck early 3 weeks ago"
    al, d, wa, wb = _decision(a, b)
    assert d is not None
    assert explain(d, al, Side(wa, a), Side(wb, b))[0][0] == "figure: 2 vs 3"


# a small vocabulary, so that two random texts share words (and sometimes most of them)
SHARED = st.sampled_from(
    "the war is not over we will cut taxes by 10 20 million never people nation said "  # noqa: SIM905
    "[the governor] … ( local ) percent".split()
)


@settings(max_examples=400)
@given(
    st.lists(SHARED, max_size=18),
    st.data(),
    st.sampled_from(["direct", "partial", "claim", "indirect"]),
    st.sampled_from(["direct", "partial", "pullquote", "tweet"]),
)
def test_the_shared_words_bound_never_drops_a_link_between_events(words, data, kind_a, kind_b):
    """``judge`` skips aligning two statements of different events that share too few
    words to link: it must decide exactly as aligning them would."""
    from factcheck.match.index import Article, Index
    from factcheck.match.matcher import judge

    other = list(words)
    for _ in range(data.draw(st.integers(0, 5))):
        at = data.draw(st.integers(0, len(other)))
        op = data.draw(st.sampled_from(["drop", "insert", "swap"]))
        if op == "insert":
            other.insert(at, data.draw(SHARED))
        elif other and at < len(other):
            if op == "drop":
                other.pop(at)
            else:
                other[at] = data.draw(SHARED)
    other = other[data.draw(st.integers(0, 3)) :]
    wa, wb = tokens(" ".join(words)), tokens(" ".join(other))
    index = Index()
    ea = index.add(
        1,
        "a",
        index.add_article(Article("a", 1, "2020-01-01", frozenset())),
        kind_a,
        kind_a != "claim",
        stored(wa),
    )
    eb = index.add(
        2,
        "b",
        index.add_article(Article("b", 2, "2021-06-01", frozenset())),
        kind_b,
        True,
        stored(wb),
    )
    expected = decide(
        align(wa.words, wa.flags, wb.words, wb.flags), kind_a, kind_b, same_event=False
    )
    link = judge(index, ea, eb, same_event=False)
    assert (link.decision if link else None) == expected
