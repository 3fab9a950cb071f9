"""`factcheck ingest --from-extracted`: slices, reruns, stores that hold other articles,
and folders that are no finished extraction."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.scale.engine import run_extract

from .conftest import contents
from .feed import write_feed


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, scheduler):
    """A feed of 400 articles, its extraction as Parquet, as JSONL and without matches, and
    a plain ingest."""
    root = tmp_path_factory.mktemp("corpus")
    feed = root / "feed.jsonl"
    write_feed(feed, 400, seed=9)
    for fmt in ("parquet", "jsonl"):
        report = run_extract(
            [str(feed)], root / fmt, fmt=fmt, scheduler=scheduler, block_bytes=40_000
        )
        assert report.blocks > 3 and report.errors == 1 and report.matches > 50
    report = run_extract([str(feed)], root / "unmatched", scheduler=scheduler, matches=False)
    assert report.matches == 0
    assert run("ingest", "--db", str(root / "plain.db"), "-q", str(feed)).exit_code == 1
    return root


def test_jsonl_tables_load_as_parquet_ones_do(corpus, tmp_path):
    for fmt in ("parquet", "jsonl"):
        r = run(
            "ingest", "--db", str(tmp_path / f"{fmt}.db"), "--from-extracted", str(corpus / fmt)
        )
        assert r.exit_code == 0, r.output
    assert contents(tmp_path / "jsonl.db") == contents(tmp_path / "parquet.db")
    assert contents(tmp_path / "parquet.db") == contents(corpus / "plain.db")


def test_an_extraction_without_its_matches_is_matched_as_ingest_matches(corpus, tmp_path):
    db = tmp_path / "unmatched.db"
    r = run("ingest", "--db", str(db), "--from-extracted", str(corpus / "unmatched"))
    assert r.exit_code == 0, r.output
    assert contents(db) == contents(corpus / "plain.db")


def test_a_slice_brings_its_articles_and_the_matches_within_it(corpus, tmp_path):
    db = tmp_path / "slice.db"
    r = run(
        "ingest", "--db", str(db), "--from-extracted", str(corpus / "parquet"),
        "--outlet", "City Wire", "--since", "2026-03-05", "--until", "2026-03-20",
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    c = sqlite3.connect(db)
    rows = list(c.execute("SELECT outlet, published FROM articles"))
    assert rows and all(o == "City Wire" and "2026-03-05" <= p <= "2026-03-20" for o, p in rows)
    whole = contents(corpus / "plain.db")["matches"]
    got = contents(db)["matches"]
    ids = {r[0] for r in c.execute("SELECT id FROM statements")}
    assert got and {m[:3] for m in got} == {m[:3] for m in whole if m[0] in ids and m[1] in ids}

    # the rest of the run, loaded after: the store ends as a load of the whole run does
    r = run("ingest", "--db", str(db), "--from-extracted", str(corpus / "parquet"))
    assert r.exit_code == 0 and f"{len(rows) + 1} unchanged" in r.stdout  # and the repeat
    assert {m[:3] for m in contents(db)["matches"]} == {m[:3] for m in whole}


def test_a_store_holding_other_articles_is_matched_in_process(corpus, tmp_path):
    db = tmp_path / "mixed.db"
    other = tmp_path / "other.jsonl"
    first = json.loads((corpus / "feed.jsonl").read_text().splitlines()[0])
    first.update(id="elsewhere-1", outlet="Elsewhere")  # the same report, from another feed
    other.write_text(json.dumps(first) + "\n")
    assert run("ingest", "--db", str(db), "-q", str(other)).exit_code == 0
    r = run("ingest", "--db", str(db), "--from-extracted", str(corpus / "parquet"))
    assert r.exit_code == 0, r.output
    c = sqlite3.connect(db)
    linked = c.execute(
        "SELECT count(*) FROM matches WHERE a LIKE 'elsewhere-1%' OR b LIKE 'elsewhere-1%'"
    ).fetchone()[0]
    assert linked > 0  # the stored article is matched against the loaded ones


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda d: None, "no such folder"),
        (lambda d: d.mkdir(), "not a finished extraction"),
        (
            lambda d: (
                d.mkdir(),
                (d / "manifest.json").write_text('{"complete": true, "layout": 9}'),
            ),
            "written by another version",
        ),
    ],
)
def test_a_folder_that_is_no_finished_extraction_is_refused_in_one_line(tmp_path, setup, message):
    folder = tmp_path / "x"
    setup(folder)
    r = run("ingest", "--db", str(tmp_path / "fc.db"), "--from-extracted", str(folder))
    assert r.exit_code == 1 and message in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
