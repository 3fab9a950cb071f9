"""An archive-scale run loaded into a store equals a plain ingest of the same feed: the
same articles, statements, speakers and matches (with their reasons), row for row."""

from __future__ import annotations

import json

from click.testing import CliRunner

from factcheck.cli import main

from .conftest import contents
from .feed import write_feed


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_dask_extraction_and_shuffle_match_equal_a_plain_ingest(tmp_path):
    feed = tmp_path / "feed.jsonl"
    n = write_feed(feed, 2500)
    out = tmp_path / "extracted"
    # a LocalCluster of two worker processes, the feed in blocks of 100 KB (a dozen or so)
    r = run(
        "extract", "--engine", "dask", "-j", "2", "--block-mb", "0.1", "-o", str(out), str(feed)
    )
    assert r.exit_code == 1, r.output  # the feed's one bad line, named
    assert f"{feed}:" in r.stderr and "malformed JSON line" in r.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["complete"] and manifest["workers"] == 2
    assert manifest["articles"] == n - 1 and manifest["errors"] == 1
    assert manifest["matches"] > 100

    plain, loaded = tmp_path / "plain.db", tmp_path / "loaded.db"
    r = run("ingest", "--db", str(plain), "-j", "2", "-q", str(feed))
    assert r.exit_code == 1
    r = run("ingest", "--db", str(loaded), "--from-extracted", str(out))
    assert r.exit_code == 0, r.output
    assert "0 failed" not in r.stdout and "new matches" in r.stdout

    want, got = contents(plain), contents(loaded)
    assert len(want["articles"]) == n - 2  # the article sent twice is stored once
    relations = {m[2] for m in want["matches"]}
    assert {"consistent", "contradiction", "misquote"} <= relations
    for table in want:
        assert got[table] == want[table], table

    r = run("ingest", "--db", str(loaded), "--from-extracted", str(out))
    assert r.exit_code == 0 and "0 article(s) stored" in r.stdout  # a rerun adds nothing
