"""No article is lost to its own extraction: statement ids are unique at the store boundary,
whatever the extractor gives, and any article that extracts, stores."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.models import Article, Quantity
from factcheck.pipeline.batch import ExtractionFailed
from factcheck.pipeline.prepare import prepare, unique_ids
from factcheck.store.statements import NewStatement

# sentences in the shapes that have given one span twice: attributions to estimates and
# reports, quotes with their cues, figures and dates
SENTENCE = st.sampled_from(
    [
        "Sales rose 60 percent a year, according to a recent report from Acme Research.",
        "Costs will double by 2030, according to one estimate.",
        "According to one estimate, 4,000 homes lost power on Oct. 3.",
        "“We will not close the plant,” said Mayor Ana Ruiz, “not this year and not next.”",
        "Ruiz said the city would spend $2.5 million on repairs, according to officials.",
        "“It is a good deal,” he said.",
        "The council voted 7-2 on Tuesday, according to minutes of the meeting.",
        "Unemployment fell to 4.1% in March, the report said.",
        "“Nobody told us,” residents said, according to one account.",
        "According to the study, 35 percent of voters said they were undecided.",
    ]
)
WORD = st.text(alphabet="abcdefghij klmnop,.", min_size=1, max_size=40)
ARTICLE = st.lists(st.one_of(SENTENCE, WORD), min_size=1, max_size=12).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ARTICLE, min_size=1, max_size=4).map("\n\n".join))
def test_prepared_statement_ids_are_unique(text):
    p = prepare(Article.from_text(text + "\n"))
    assert not isinstance(p, ExtractionFailed), p
    ids = [s.id for s in p.statements]
    assert len(ids) == len(set(ids))
    known = set(ids)
    assert all(s.repeats in known for s in p.statements if s.repeats)
    assert all(s.quote_id in known for s in p.statements if s.quote_id)


def _row(id_: str, start: int, end: int, speaker: str | None = None) -> NewStatement:
    return NewStatement(
        id=id_, type="quote", kind="indirect", text="x" * (end - start), start=start, end=end,
        speaker_name=speaker, speaker_mention=None, speaker_start=None, speaker_end=None,
        cue=None, cue_start=None, cue_end=None, parts=[], repeats=None, quote_id=None,
        quantities=[], norm="x",
    )  # fmt: skip


@given(
    st.lists(
        st.tuples(st.sampled_from(["a/q0", "a/q1", "a/q2"]), st.integers(0, 3), st.booleans()),
        min_size=1,
        max_size=12,
    )
)
def test_unique_ids_keeps_the_richer_of_one_span_and_suffixes_others(spec):
    rows = [_row(i, s, s + 5, "Ana Ruiz" if named else None) for i, s, named in spec]
    out = unique_ids(rows)
    ids = [r.id for r in out]
    assert len(ids) == len(set(ids))
    # one row per distinct (id, span) given, and the named one when there was one
    assert len(out) == len({(i, s) for i, s, _ in spec})
    for i, s, _ in spec:
        kept = [r for r in out if r.start == s and r.id.split("-")[0] == i]
        assert len(kept) == 1
        if any(j == i and t == s and named for j, t, named in spec):
            assert kept[0].speaker_name == "Ana Ruiz"
    # deterministic
    again = unique_ids([_row(i, s, s + 5, "Ana Ruiz" if n else None) for i, s, n in spec])
    assert [(r.id, r.start, r.speaker_name) for r in again] == [
        (r.id, r.start, r.speaker_name) for r in out
    ]


def test_two_statements_with_one_id_are_stored(store):
    from factcheck.app.ingest import IngestReport, write_article
    from factcheck.app.matching import load_index
    from factcheck.models import Extraction
    from factcheck.pipeline.prepare import Prepared

    text = "Costs will double by 2030, according to one estimate.\n"
    article = Article.from_text(text, path="t.txt")
    q = Quantity(text="2030", start=21, end=25, kind="date", date="2030", key="date:2030")
    rows = unique_ids([_row(f"{article.id}/q0", 0, 25), _row(f"{article.id}/q0", 0, 25, "One")])
    rows[0].quantities = [q]
    p = Prepared(article, Extraction(id=article.id), rows, frozenset())
    report = IngestReport()
    write_article(store, load_index(store), p, report)
    assert report.stored == 1
    assert store.scalar("SELECT count(*) FROM statements") == 1
