"""Readers for each input format keep the text an extractor needs and the metadata around it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from factcheck.pipeline.sources import SourceError, read_file, read_paths


def one(path: Path):
    items = list(read_file(path))
    assert len(items) == 1
    return items[0]


def test_html_keeps_blocks_as_paragraphs_and_reads_meta(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(
        """<html><head><title>Talks resume</title>
        <meta property="og:site_name" content="Daily Planet">
        <meta property="article:published_time" content="2019-09-20T08:00:00Z">
        <link rel="canonical" href="https://example.org/a"></head>
        <body><nav>Home | World</nav><script>var x = "not text";</script>
        <p>“We are close,” said Jane Doe.</p><p>Talks resume &amp; continue.</p></body></html>""",
        encoding="utf-8",
    )
    a = one(p)
    assert a.text == "“We are close,” said Jane Doe.\n\nTalks resume & continue.\n"
    assert (a.title, a.outlet, a.published, a.url) == (
        "Talks resume",
        "Daily Planet",
        date(2019, 9, 20),
        "https://example.org/a",
    )


def test_markdown_front_matter_and_syntax(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(
        "---\ntitle: Budget vote\noutlet: Gazette\ndate: 2016-03-01\n---\n"
        "# Budget vote\n\n**Breaking**: [Jane Doe](https://x.org) said the vote *failed*.\n",
        encoding="utf-8",
    )
    a = one(p)
    assert a.title == "Budget vote" and a.outlet == "Gazette" and a.published == date(2016, 3, 1)
    assert "Breaking: Jane Doe said the vote failed." in a.text
    assert "](" not in a.text and "#" not in a.text


def test_json_list_and_articles_key(tmp_path):
    p = tmp_path / "a.json"
    p.write_text('{"articles": [{"id": 1, "text": "One."}, {"text": "Two."}]}', encoding="utf-8")
    items = list(read_file(p))
    assert [i.text for i in items] == ["One.", "Two."]
    assert items[0].source_id == "1" and items[1].source_id is None


def test_same_text_gives_same_id(tmp_path):
    (tmp_path / "a.txt").write_text("Same words.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Same words.", encoding="utf-8")
    a, b = list(read_paths([str(tmp_path)]))
    assert a.id == b.id and a.path != b.path


def test_directory_skips_readme_and_hidden(tmp_path):
    (tmp_path / "README.md").write_text("# about", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / "story.txt").write_text("A story.", encoding="utf-8")
    items = list(read_paths([str(tmp_path)]))
    assert [Path(i.path).name for i in items] == ["story.txt"]


def test_empty_directory_is_reported(tmp_path):
    items = list(read_paths([str(tmp_path)]))
    assert isinstance(items[0], SourceError) and "no article files" in items[0].message


def test_crlf_is_normalised(tmp_path):
    p = tmp_path / "w.txt"
    p.write_bytes("“Yes,” said Jane Doe.\r\n\r\nNext.".encode())
    assert one(p).text == "“Yes,” said Jane Doe.\n\nNext."
