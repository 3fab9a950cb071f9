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


def test_utf16_and_utf32_with_a_byte_order_mark_are_decoded(tmp_path):
    text = "“Sí,” dijo Ana Pérez.\n"
    for codec in ("utf-16", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig"):
        p = tmp_path / f"{codec}.txt"
        data = text.encode(codec)
        if codec.endswith("-be"):  # these codecs write no mark of their own
            data = ("\ufeff" + text).encode(codec)
        p.write_bytes(data)
        assert one(p).text == text, codec


def test_a_nul_anywhere_is_refused_naming_the_file(tmp_path):
    late = tmp_path / "late.txt"
    late.write_bytes(b"Plain words. " * 1000 + b"\x00 and more words.")
    err = one(late)
    assert isinstance(err, SourceError) and err.source == str(late)
    assert "NUL character at offset 13000" in err.message
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "text": "ok"}\n{"id": "b", "text": "bad \\u0000 text"}\n')
    ok, bad = list(read_file(feed))
    assert ok.source_id == "a"
    assert isinstance(bad, SourceError) and bad.source == f"{feed}:2" and "NUL" in bad.message
    utf16 = tmp_path / "u16.txt"
    utf16.write_bytes("fine\x00then".encode("utf-16"))
    assert "NUL character" in one(utf16).message


def test_links_that_lead_nowhere_are_reported_not_skipped(tmp_path):
    (tmp_path / "story.txt").write_text("A story.", encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    items = list(read_paths([str(tmp_path)]))
    errors = {Path(i.source).name: i.message for i in items if isinstance(i, SourceError)}
    assert errors == {
        "gone.txt": f"broken symbolic link (to {tmp_path / 'deleted.txt'}, which does not exist)",
        "loop.txt": "symbolic link loop",
    }
    assert [Path(i.path).name for i in items if not isinstance(i, SourceError)] == ["story.txt"]
    (named,) = read_paths([str(tmp_path / "loop.txt")])
    assert isinstance(named, SourceError) and named.message == "symbolic link loop"


def test_an_empty_json_list_and_a_bad_field_are_named(tmp_path):
    empty = tmp_path / "empty.json"
    empty.write_text("[]")
    assert one(empty).message == "holds no articles (an empty JSON list)"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "Words.", "title": 5}\n{"id": [1], "text": "Words."}\n')
    title, ident = list(read_file(bad))
    assert title.message == 'invalid article: "title": should be a string, not a number'
    assert ident.message == '"id" must be a string or a number, not a list'
