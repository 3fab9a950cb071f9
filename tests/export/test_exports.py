"""Exports of the seeds: schema-valid json/jsonl, csv read back, ClaimReview by property,
Markdown for editors, and export -> import -> export byte for byte."""

from __future__ import annotations

import csv
import io
import json

import jsonschema
import pytest
from click.testing import CliRunner

from factcheck.app.ingest import ingest
from factcheck.app.review import (
    add_evidence,
    set_match_status,
    set_note,
    set_summary,
    set_verdict,
)
from factcheck.cli import main
from factcheck.export import Filters, claimreview, collect, render
from factcheck.models import Article, HistoryEntry
from factcheck.store import Store
from tests.conftest import ROOT, SEED_FILES, SEEDS

META = {
    "afp-us-china-trade-talks.txt": {
        "outlet": "AFP",
        "url": "https://example.com/afp/us-china-talks",
        "published": "2019-09-13",
        "title": "US wants 'meaningful progress' in China trade talks",
    },
    "straits-times-us-china-talks-resume.txt": {
        "outlet": "The Straits Times",
        "url": "https://example.com/st/talks-resume",
        "published": "2019-09-21",
        "title": "US-China trade talks resume",
    },
}


def _schema(name: str) -> dict:
    return json.loads((ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))


@pytest.fixture
def reviewed(store):
    arts = [
        Article.from_text((SEEDS / n).read_text(encoding="utf-8"), path=n, **META[n])
        for n in SEED_FILES
    ]
    ingest(store, arts)
    q = store.conn.execute
    mnuchin = q(
        "SELECT id FROM statements WHERE kind = 'direct' AND speaker_name = 'Steven Mnuchin'"
        " ORDER BY seq LIMIT 1"
    ).fetchone()[0]
    claim = q("SELECT id FROM statements WHERE text LIKE 'Mr Trump later announced%'").fetchone()[0]
    set_verdict(store, mnuchin, "true", reviewer="ana")
    set_note(store, mnuchin, "Said on CNBC; transcript checked.", reviewer="ana")
    add_evidence(store, mnuchin, "https://www.cnbc.com/transcript", reviewer="ana")
    set_verdict(store, claim, "mostly-true", reviewer="bo")
    mid = q("SELECT id FROM matches WHERE b = ? OR a = ?", (claim, claim)).fetchone()[0]
    set_match_status(store, mid, "confirmed", reviewer="bo")
    return store, mnuchin, claim


def test_json_export_validates_against_the_schema(reviewed):
    store, mnuchin, _ = reviewed
    doc = json.loads(render(collect(store), "json"))
    jsonschema.validate(doc, _schema("claim-set"))
    assert doc["format"] == "factcheck-claim-set" and doc["version"] == 1
    s = next(x for x in doc["statements"] if x["id"] == mnuchin)
    assert s["speaker"]["name"] == "Steven Mnuchin"
    assert s["review"]["verdict"] == "true" and s["review"]["evidence"]
    assert [h["field"] for h in s["history"]] == ["verdict", "note", "evidence"]
    assert s["text"] in s["context"]
    article = next(a for a in doc["articles"] if a["id"] == s["article"]["id"])
    assert article["text"][s["start"] : s["end"]] == s["text"]


def test_jsonl_export_validates_line_by_line(reviewed):
    store, _, claim = reviewed
    lines = render(collect(store), "jsonl").splitlines()
    jsonschema.validate(json.loads(lines[0]), _schema("claim-set-header"))
    statement_schema = _schema("annotated-statement")
    rows = [json.loads(line) for line in lines[1:]]
    for row in rows:
        jsonschema.validate(row, statement_schema)
    row = next(r for r in rows if r["id"] == claim)
    assert [(m["relation"], m["status"]) for m in row["matches"]] == [("consistent", "confirmed")]
    assert {q["text"] for q in row["quantities"]} >= {"US$250 billion", "Oct 15"}


def test_csv_reads_back_one_row_a_statement_with_text_intact(reviewed):
    store, mnuchin, _ = reviewed
    cs = collect(store)
    text = render(cs, "csv")
    assert "\r\n" in text and text.startswith("\ufeff")  # a byte-order mark, for spreadsheets
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert len(rows) == len(cs.statements)
    row = next(r for r in rows if r["statement_id"] == mnuchin)
    original = next(s for s in cs.statements if s.id == mnuchin)
    assert row["text"] == original.text and "’" in row["text"]
    assert row["verdict"] == "true" and row["verdict_label"] == "True"
    assert row["evidence"] == "https://www.cnbc.com/transcript" and row["outlet"] == "AFP"


def test_claimreview_objects_property_by_property(reviewed):
    store, mnuchin, claim = reviewed
    reviews = json.loads(
        render(
            collect(store),
            "claimreview",
            site="https://fc.example/r",
            publisher="Example Checks",
            publisher_url="https://fc.example",
        )
    )
    assert len(reviews) == 2
    by_url = {r["url"]: r for r in reviews}
    r = by_url[f"https://fc.example/r/{mnuchin}"]
    assert r["@context"] == "https://schema.org" and r["@type"] == "ClaimReview"
    # no summary written: the statement cut at a word boundary, within 75 characters
    assert r["claimReviewed"].startswith("We don’t want a trip") and r["claimReviewed"][-1] == "…"
    assert len(r["claimReviewed"]) <= claimreview.CLAIM_REVIEWED_MAX
    assert r["author"] == {
        "@type": "Organization",
        "name": "Example Checks",
        "url": "https://fc.example",
    }
    assert len(r["datePublished"]) == 10
    assert r["reviewRating"] == {
        "@type": "Rating",
        "name": "True",
        "alternateName": "True",
        "ratingValue": 5,
        "bestRating": 5,
        "worstRating": 1,
        "ratingExplanation": "Said on CNBC; transcript checked.",
    }
    item = r["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "Steven Mnuchin"}
    assert item["datePublished"] == "2019-09-13"
    assert [a["url"] for a in item["appearance"]] == ["https://example.com/afp/us-china-talks"]
    assert item["firstAppearance"] == item["appearance"][0]
    # the claim both outlets carry appears in both, the earlier one first
    c = by_url[f"https://fc.example/r/{claim}"]["itemReviewed"]
    assert [a["url"] for a in c["appearance"]] == [
        "https://example.com/afp/us-china-talks",
        "https://example.com/st/talks-resume",
    ]
    assert c["firstAppearance"]["publisher"]["name"] == "AFP"
    assert c["author"] == {"@type": "Organization", "name": "The Straits Times"}


def test_claimreview_summary_and_the_first_publication_date(reviewed):
    store, mnuchin, _ = reviewed
    set_summary(store, mnuchin, "Mnuchin: no trip that is only talks", reviewer="ana")
    r = next(
        r
        for r in claimreview.build(collect(store), site="https://fc.example", publisher="X")
        if r["url"].endswith(mnuchin)
    )
    assert r["claimReviewed"] == "Mnuchin: no trip that is only talks"
    history = [
        HistoryEntry(at="2024-01-02T10:00:00+00:00", action="set", field="note", new="x"),
        HistoryEntry(at="2024-01-03T10:00:00+00:00", action="set", field="verdict", new=None),
        HistoryEntry(
            at="2024-01-04T10:00:00+00:00",
            action="set",
            field="verdict+note",
            new={"verdict": "false", "note": "y"},
        ),
        HistoryEntry(at="2024-02-09T10:00:00+00:00", action="set", field="verdict", new="true"),
    ]
    assert claimreview.first_published(history) == "2024-01-04"  # not the last edit


def test_short_claim_cuts_at_a_word_boundary():
    text = "The United States and China agreed on Tuesday to delay a planned increase in tariffs"
    cut = claimreview.short_claim(text)
    assert cut == "The United States and China agreed on Tuesday to delay a planned increase…"
    assert len(cut) <= 75 and claimreview.short_claim("Short.") == "Short."


def test_claimreview_check_flags_placeholders_and_missing_summaries(reviewed):
    store, mnuchin, _ = reviewed
    db = ["--db", str(store.path)]
    r = CliRunner().invoke(main, ["export", *db, "--format", "claimreview", "--check"])
    assert r.exit_code == 1
    assert "placeholder site" in r.stdout and "placeholder publisher" in r.stdout
    assert f"factcheck summary {mnuchin} TEXT" in r.stdout
    assert "problem(s) in the ClaimReview of 2 review(s)" in r.stderr
    reviews = claimreview.build(collect(store), site="https://fc.example", publisher="X")
    broken = [dict(reviews[0])]
    broken[0]["reviewRating"] = {"@type": "Rating", "ratingValue": 3}
    del broken[0]["author"]
    problems = claimreview.lint(broken)
    assert any("missing required property author" in p for p in problems)
    assert any("no alternateName" in p for p in problems)
    assert any("reviewRating has no name" in p for p in problems)
    long = [dict(reviews[0], claimReviewed="x" * 80)]
    assert any("claimReviewed is 80 characters" in p for p in claimreview.lint(long))


def test_claimreview_check_passes_on_the_seeds_once_summaries_and_publisher_are_given(reviewed):
    store, mnuchin, claim = reviewed
    db = ["--db", str(store.path)]
    run = CliRunner().invoke
    assert run(main, ["summary", mnuchin, "Mnuchin: no trip of talks alone", *db]).exit_code == 0
    assert run(main, ["summary", claim, "Trump delayed some China tariffs", *db]).exit_code == 0
    r = run(
        main,
        [
            "publisher",
            *db,
            "--name",
            "Example Checks",
            "--url",
            "https://checks.example",
            "--site",
            "https://checks.example/reviews",
        ],
    )
    assert r.exit_code == 0, r.output
    r = run(main, ["export", *db, "--format", "claimreview", "--check"])
    assert r.exit_code == 0, r.stdout
    assert "0 problem(s) in the ClaimReview of 2 review(s)" in r.stderr
    out = json.loads(run(main, ["export", *db, "--format", "claimreview"]).stdout)
    assert {o["author"]["url"] for o in out} == {"https://checks.example"}
    assert all(o["url"].startswith("https://checks.example/reviews/") for o in out)


def test_a_file_export_counts_what_it_wrote(reviewed, tmp_path):
    store, _, _ = reviewed
    target = tmp_path / "reviews.json"
    r = CliRunner().invoke(
        main, ["export", "--db", str(store.path), "--format", "claimreview", "-o", str(target)]
    )
    assert r.exit_code == 0
    n = len(collect(store).statements)
    assert f"{target}: 2 review(s) as claimreview, of {n} statement(s) selected" in r.stderr
    assert len(json.loads(target.read_text(encoding="utf-8"))) == 2


def test_markdown_report_has_verdict_context_notes_evidence_and_both_sides(reviewed):
    store, _, _ = reviewed
    md = render(collect(store, Filters(reviewed_only=True)), "markdown")
    assert md.startswith("# Fact-check report")
    assert "## True: Steven Mnuchin" in md and "## Mostly true: Reporter's own words" in md
    assert "**We don’t want a trip" in md
    assert "Said on CNBC; transcript checked." in md
    assert "- <https://www.cnbc.com/transcript>" in md
    assert "Also reported by: AFP" in md


def test_filters(reviewed):
    store, mnuchin, claim = reviewed
    ids = lambda f: [s.id for s in collect(store, f).statements]  # noqa: E731
    assert ids(Filters(verdicts=("true",))) == [mnuchin]
    assert set(ids(Filters(reviewed_only=True))) == {mnuchin, claim}
    assert {s.article.outlet for s in collect(store, Filters(outlet="Straits")).statements} == {
        "The Straits Times"
    }
    ross = collect(store, Filters(speaker="Ross")).statements
    assert ross and all(s.speaker and s.speaker.name == "Wilbur Ross" for s in ross)
    dup = collect(store, Filters(relation="duplicate")).statements
    assert {s.kind for s in dup} == {"direct", "pullquote"}


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_export_import_export_is_byte_for_byte(reviewed, tmp_path, fmt):
    store, _, _ = reviewed
    first = tmp_path / f"first.{fmt}"
    runner = CliRunner()
    r = runner.invoke(main, ["export", "--db", str(store.path), "--format", fmt, "-o", str(first)])
    assert r.exit_code == 0, r.output
    fresh = tmp_path / "fresh.db"
    r = runner.invoke(main, ["import", str(first), "--db", str(fresh)])
    assert r.exit_code == 0, r.output
    second = tmp_path / f"second.{fmt}"
    r = runner.invoke(main, ["export", "--db", str(fresh), "--format", fmt, "-o", str(second)])
    assert r.exit_code == 0
    assert first.read_bytes() == second.read_bytes()


def test_import_merges_reviews_and_reports_conflicts(reviewed, tmp_path):
    store, mnuchin, claim = reviewed
    export = tmp_path / "e.json"
    export.write_text(render(collect(store), "json"))
    other = Store(tmp_path / "other.db")
    try:
        ingest(
            other,
            [
                Article.from_text((SEEDS / n).read_text(encoding="utf-8"), path=n, **META[n])
                for n in SEED_FILES
            ],
        )
        set_verdict(other, claim, "false", reviewer="cy")
        r = CliRunner().invoke(main, ["import", str(export), "--db", str(other.path)])
        assert r.exit_code == 1
        assert f"conflict: {claim}: here false by cy" in r.stderr
        assert other.scalar("SELECT verdict FROM reviews WHERE statement_id = ?", (claim,)) == (
            "false"
        )
        assert other.scalar("SELECT verdict FROM reviews WHERE statement_id = ?", (mnuchin,)) == (
            "true"
        )
        assert "1 review(s) added" in r.stdout
    finally:
        other.close()


def _db_state(path) -> list:
    s = Store(path)
    try:
        return [
            s.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("articles", "statements", "reviews", "history", "matches")
        ]
    finally:
        s.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("statement_id,text\nx,y\n", "not a factcheck export"),
        ('{"format": "something-else", "version": 1, "statements": []}', "not a factcheck export"),
        (
            '{"format": "factcheck-claim-set", "version": 99, "scale": [], "articles": [],'
            ' "statements": []}',
            "format version 99 is newer",
        ),
    ],
    ids=["csv", "other-json", "newer-version"],
)
def test_bad_imports_are_refused_and_change_nothing(reviewed, tmp_path, content, message):
    store, _, _ = reviewed
    before = _db_state(store.path)
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    r = CliRunner().invoke(main, ["import", str(bad), "--db", str(store.path)])
    assert r.exit_code == 1 and message in r.stderr and "bad.json" in r.stderr
    assert _db_state(store.path) == before


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_a_truncated_export_is_refused_and_changes_nothing(reviewed, tmp_path, fmt):
    store, _, _ = reviewed
    text = render(collect(store), fmt)
    cut = tmp_path / f"cut.{fmt}"
    cut.write_text(text[: len(text) * 2 // 3])
    fresh = tmp_path / "fresh.db"
    r = CliRunner().invoke(main, ["import", str(cut), "--db", str(fresh)])
    assert r.exit_code == 1 and "cut." in r.stderr
    assert "trunc" in r.stderr or "malformed" in r.stderr or "not a factcheck" in r.stderr
    assert not fresh.exists() or _db_state(fresh) == [0, 0, 0, 0, 0]
