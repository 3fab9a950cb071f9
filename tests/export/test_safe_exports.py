"""Exports safe to open: no CSV cell a spreadsheet would run, no HTML or injected
structure in the rendered Markdown report, whatever the articles and reviewers wrote."""

from __future__ import annotations

import csv
import io

import pytest
from markdown_it import MarkdownIt

from factcheck.app.exports import export_text
from factcheck.app.ingest import ingest
from factcheck.app.review import add_evidence, set_review
from factcheck.export.escape import FORMULA_STARTS, md_code, md_lines, spreadsheet_cell
from factcheck.models import Article

HOSTILE_TEXT = (
    "“We will sign <img src=x onerror=alert(1)>,” said Jane Doe, a trade negotiator.\n\n"
    "## Not a heading\n\n"
    "=SUM(A1:A9) rose 5 percent last year, officials said."
)
NOTE = (
    '=HYPERLINK("http://evil.example","x")\n'
    "<script>alert('note')</script>\n"
    "## Injected heading\n"
    "- not a list\n\n"
    "> not a quote\n"
    "[click](javascript:alert(1)) and `code` and **bold**"
)


@pytest.fixture
def hostile(store):
    article = Article.from_text(
        HOSTILE_TEXT,
        path="feed.jsonl:1",
        source_id="@evil",
        title="<script>alert('title')</script>",
        outlet="+cmd|' /C calc'!A0",
        url="https://x.example/a?<b>",
    )
    ingest(store, [article])
    ids = [r[0] for r in store.conn.execute("SELECT id FROM statements ORDER BY seq")]
    assert any(
        "<img" in store.scalar("SELECT text FROM statements WHERE id = ?", (i,)) for i in ids
    )
    for sid in ids:
        set_review(store, sid, {"verdict": "false", "note": NOTE}, reviewer="-2+3 <b>me</b>")
        add_evidence(store, sid, "https://e.example/<script>", reviewer="@bo")
    return store, ids


def test_no_csv_cell_starts_like_a_formula(hostile):
    store, ids = hostile
    rows = list(csv.reader(io.StringIO(export_text(store, "csv").text, newline="")))
    header, body = rows[0], rows[1:]
    assert len(body) == len(ids)
    for row in body:
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS), cell
        record = dict(zip(header, row, strict=True))
        assert record["note"] == "'" + NOTE
        assert record["reviewer"] == "'@bo"
        assert record["outlet"] == "'+cmd|' /C calc'!A0"
    texts = [dict(zip(header, r, strict=True))["text"] for r in body]
    assert any(t.startswith("'=SUM(A1:A9)") for t in texts)


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("plain =1", "plain =1"),
        ("", ""),
    ],
)
def test_the_owasp_rule(value, cell):
    assert spreadsheet_cell(value) == cell


def test_the_markdown_report_renders_with_no_html_and_no_injected_structure(hostile):
    store, ids = hostile
    report = export_text(store, "markdown").text
    html = MarkdownIt("commonmark").render(report)  # raw HTML on, as most renderers have it
    for tag in ("<script", "<img", "<b>", '<a href="javascript'):
        assert tag not in html, tag
    assert html.count("<h1>") == 1
    assert html.count("<h2>") == len(ids)  # one heading a statement, none injected
    assert "<blockquote>" in html and html.count("<blockquote>") == len(ids)
    assert html.count("<li>") == len(ids)  # each one evidence link; the note's "- " is no list
    # the note keeps its lines, as breaks inside its own paragraph
    assert "## Injected heading<br />" in html
    assert "&lt;script&gt;alert('note')&lt;/script&gt;<br />" in html
    assert "[click](javascript:alert(1))" in html
    assert "<strong>=SUM(A1:A9) rose 5 percent last year, officials said.</strong>" in html


def test_code_spans_and_line_breaks_hold_any_text():
    md = MarkdownIt("commonmark")
    assert md.render(md_code("a`b``c")).strip() == "<p><code>a`b``c</code></p>"
    rendered = md.render("**Note**: " + md_lines("one\n\n# two\n1. three\n===")).strip()
    assert (
        rendered
        == "<p><strong>Note</strong>: one<br />\n<br />\n# two<br />\n1. three<br />\n===</p>"
    )


def test_csv_round_trip_through_a_file_as_a_spreadsheet_reads_it(hostile, tmp_path):
    """A file with a UTF-8 byte-order mark (so a spreadsheet reads “ as “, not â€œ), an
    =-leading note that opens as text, and every character back as written."""
    from click.testing import CliRunner

    from factcheck.cli import main

    store, ids = hostile
    target = tmp_path / "claims.csv"
    db = ["--db", str(store.path), "--format", "csv"]
    r = CliRunner().invoke(main, ["export", *db, "-o", str(target)])
    assert r.exit_code == 0, r.output
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(ids) and next(iter(rows[0])) == "statement_id"
    assert {row["note"] for row in rows} == {"'" + NOTE}
    assert any("We will sign <img" in row["text"] for row in rows)
    # what a spreadsheet shows, minus the ' it hides, is what the reviewer wrote
    assert rows[0]["note"].removeprefix("'") == NOTE
    plain = tmp_path / "plain.csv"
    assert CliRunner().invoke(main, ["export", *db, "--no-bom", "-o", str(plain)]).exit_code == 0
    assert plain.read_bytes() == data.removeprefix(b"\xef\xbb\xbf")
