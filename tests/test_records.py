"""The plain records `factcheck extract` writes are the models' data, byte for byte, and the
Article dataclass checks its fields as the feed reader needs."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime
from typing import get_type_hints

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import extract, extract_record
from factcheck.models import Claim, Extraction, Quantity, Quote, Span, Speaker
from factcheck.records import (
    Article,
    ClaimRecord,
    ExtractionRecord,
    InvalidArticle,
    QuantityRecord,
    QuoteRecord,
    SpanRecord,
    SpeakerRecord,
    extraction_json,
)
from tests.conftest import ROOT, SEED_FILES, seed_article
from tests.extract.test_patterns import CASES

PAIRS = [
    (SpanRecord, Span),
    (QuantityRecord, Quantity),
    (QuoteRecord, Quote),
    (ClaimRecord, Claim),
    (SpeakerRecord, Speaker),
    (ExtractionRecord, Extraction),
]


@pytest.mark.parametrize(("record", "model"), PAIRS, ids=[m.__name__ for _, m in PAIRS])
def test_a_record_has_its_models_fields_in_their_order(record, model):
    assert list(get_type_hints(record)) == list(model.model_fields)


def _same_as_the_models(article: Article) -> None:
    record = extract_record(article)
    line = extraction_json(record)
    assert line == Extraction.model_validate(record).model_dump_json()
    assert extract(article).model_dump_json() == line


@pytest.mark.parametrize("name", SEED_FILES)
def test_a_seed_articles_record_is_its_models_json_byte_for_byte(name):
    _same_as_the_models(seed_article(name))


def test_every_pattern_tables_case_writes_the_models_json():
    for case in CASES:
        _same_as_the_models(Article.from_text(case.text))


_FRAGMENTS = [
    '"We will cut taxes by 5%," said Mayor Ann Lee.',
    "Ann Lee said the plan would cost $2.5 billion over ten years.",
    "Budget: “Not one cent more,” she told reporters on Tuesday.",
    "Sales rose 3.4 per cent to 1,200 units in March 2024, the company said.",
    "According to Mr. Ross, about 270 jobs were lost.",
    "“It’s a disaster,” he added. “Nobody wanted this.”",
    "The senator, who spoke to CNN, said she would not run.",
]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=8), st.sampled_from([" ", "\n\n"])
)
def test_any_mix_of_news_sentences_writes_the_models_json(parts, sep):
    _same_as_the_models(Article.from_text(sep.join(parts)))


def test_an_article_names_the_field_of_the_wrong_type():
    with pytest.raises(InvalidArticle) as e:
        Article(id="a", text="Words.", title=5)  # type: ignore[arg-type]
    assert (e.value.field, e.value.message) == ("title", "should be a string, not a number")
    with pytest.raises(InvalidArticle, match='"tags": should be a list of strings'):
        Article(id="a", text="Words.", tags=["x", 3])  # type: ignore[list-item]
    with pytest.raises(InvalidArticle, match='"published"'):
        Article(id="a", text="Words.", published="last Tuesday")  # type: ignore[arg-type]


def test_an_articles_dates_are_read_from_iso_strings_and_written_back_as_them():
    a = Article(
        id="a",
        text="Words.",
        published="2026-03-02",  # type: ignore[arg-type]
        published_at="2026-03-02T09:30:00+01:00",  # type: ignore[arg-type]
    )
    assert a.published == date(2026, 3, 2)
    assert a.published_at == datetime.fromisoformat("2026-03-02T09:30:00+01:00")
    assert Article(**json.loads(json.dumps(a.to_json()))) == a


def test_the_extract_command_never_loads_pydantic():
    """`factcheck extract` reads articles and writes records: pydantic's import and its
    schema builds (a tenth of a run over a day's news) buy it nothing."""
    code = (
        "import sys\n"
        "from factcheck.cli import main\n"
        "sys.argv = ['factcheck', 'extract', '--format', 'jsonl', '-']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'pydantic', 'pydantic_core'}))\n"
    )
    feed = json.dumps({"id": "a", "text": '"We cut costs by 5%," said Ann Lee.'}) + "\n"
    out = subprocess.run(
        [sys.executable, "-c", code], input=feed, capture_output=True, text=True, cwd=ROOT
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.strip().splitlines()
    assert json.loads(lines[0])["quotes"][0]["speaker"] == "Ann Lee"
    assert lines[-1] == "[]"
