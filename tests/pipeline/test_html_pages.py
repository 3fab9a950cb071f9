"""Article pages read as a newsroom reads them, on saved pages of our own making
(tests/fixtures/html: wire, broadsheet, local TV in windows-1252 inside a <form>, a blog,
a magazine, a sports site, an ISO-8859-1 regional paper, AMP, a portal, a table-laid CMS),
each with the true article text beside it."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from datetime import date

import pytest

from factcheck.devtools.page_text import score_page
from factcheck.models import Article
from factcheck.pipeline.sources import SourceWarning, read_file
from tests.conftest import FIXTURES

PAGES = FIXTURES / "html"
TRUTH = json.loads((PAGES / "truth.json").read_text(encoding="utf-8"))
# the held-out corpus's bars, met here page by page where it is fair to ask
TEXT_F1_MEAN, TEXT_F1_EACH, OUTSIDE_SHARE = 0.95, 0.85, 0.05


def read(name: str) -> tuple[Article, list[SourceWarning]]:
    items = list(read_file(PAGES / f"{name}.html"))
    articles = [i for i in items if isinstance(i, Article)]
    assert len(articles) == 1, items
    return articles[0], [i for i in items if isinstance(i, SourceWarning)]


def truth_text(name: str) -> str:
    return (PAGES / f"{name}.truth.txt").read_text(encoding="utf-8")


def test_there_are_at_least_eight_layouts():
    assert len(TRUTH) >= 8


def test_article_text_quotes_and_claims_are_the_articles():
    scores = []
    for name, t in TRUTH.items():
        a, _ = read(name)
        scores.append(
            score_page(
                name,
                a.text,
                truth_text(name),
                author=a.author,
                day=a.published.isoformat() if a.published else None,
                true_author=t["author"],
                true_day=t["published"],
            )
        )
    f1 = {s.name: round(s.text.f1, 3) for s in scores}
    assert statistics.mean(f1.values()) >= TEXT_F1_MEAN, f1
    assert min(f1.values()) >= TEXT_F1_EACH, f1
    outside = sum(s.outside for s in scores) / sum(s.statements for s in scores)
    assert outside <= OUTSIDE_SHARE
    assert all(s.author_right for s in scores), [s.name for s in scores if not s.author_right]
    assert all(s.day_right for s in scores), [s.name for s in scores if not s.day_right]


@pytest.mark.parametrize("name", sorted(TRUTH))
def test_metadata_title_outlet_and_time(name):
    a, warnings = read(name)
    t = TRUTH[name]
    assert not warnings
    assert a.title == t["title"]  # no site suffix
    assert a.published == date.fromisoformat(t["published"])
    if t["outlet"]:
        assert a.outlet == t["outlet"]
    if t["published_at"]:
        assert a.published_at is not None and a.published_at.isoformat() == t["published_at"]


def test_an_evening_story_keeps_the_publishers_day_and_offset():
    a, _ = read("broadsheet-impeachment")
    assert a.published == date(2019, 11, 19)  # 03:30 UTC on the 20th
    assert a.published_at is not None and a.published_at.utcoffset().total_seconds() == -5 * 3600


def test_windows_1252_page_inside_a_form_reads_with_its_curly_quotes():
    raw = (PAGES / "localtv-school-levy.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    a, _ = read("localtv-school-levy")
    assert "“We have cut everything we can cut" in a.text
    assert "â€" not in a.text and "\ufffd" not in a.text
    assert "__VIEWSTATE" not in a.text and "7-day forecast" not in a.text


def test_iso_8859_1_page_reads():
    a, _ = read("regional-latin1-ferry")
    assert "£1.2 million" in a.text and "Lefèvre" in a.text


def test_boilerplate_is_left_out():
    a, _ = read("broadsheet-impeachment")
    for boilerplate in ("Image 1 of 23", "patriot1776", "Accept", "Most read", "Photo: Al Drago"):
        assert boilerplate not in a.text
    assert a.author == "Rachel Okafor; Tom Brennan"
    assert (a.section, a.tags) == ("Politics", ["impeachment", "Ukraine", "Congress"])
    wire, _ = read("wire-tariffs")
    assert "Trade talks between US and China going well" not in wire.text  # a teaser


def test_json_ld_is_read_from_a_graph_and_a_list(tmp_path):
    a, _ = read("broadsheet-impeachment")  # @graph
    b, _ = read("sports-arena")  # a list with a breadcrumb first
    assert a.outlet == "The Morning Ledger" and b.author == "The Canadian Press"


def test_a_page_trafilatura_finds_nothing_in_is_read_by_our_reader(tmp_path):
    p = tmp_path / "tiny.html"
    p.write_text("<html><body><p>Talks resume.</p></body></html>", encoding="utf-8")
    (a,) = list(read_file(p))
    assert a.text == "Talks resume.\n"


def test_a_page_date_no_rule_reads_is_a_warning_not_a_drop(tmp_path):
    p = tmp_path / "page.html"
    body = "".join(
        f"<p>Paragraph {i} of a story about the council and its budget vote.</p>" for i in range(6)
    )
    p.write_text(
        f'<html><head><meta property="article:published_time" content="the other day">'
        f"</head><body><article>{body}</article></body></html>",
        encoding="utf-8",
    )
    items = list(read_file(p))
    warnings = [i for i in items if isinstance(i, SourceWarning)]
    assert len(warnings) == 1 and "the other day" in str(warnings[0]) and str(p) in str(warnings[0])
    assert [i.published for i in items if isinstance(i, Article)] == [None]


def test_text_and_feeds_never_import_trafilatura(tmp_path):
    (tmp_path / "a.txt").write_text("Plain words.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": 1, "text": "Feed words."}\n', encoding="utf-8")
    code = (
        "import sys; from factcheck.pipeline.sources import read_paths;"
        f" items = list(read_paths([{str(tmp_path)!r}]));"
        " assert len(items) == 2, items;"
        " print(sorted(m for m in ('trafilatura', 'lxml', 'charset_normalizer', 'dateutil')"
        " if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
