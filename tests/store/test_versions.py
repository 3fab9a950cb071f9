"""Versions by identity on a real file: a corrected article is a new version that takes
over the reviews it can, an exact repeat is unchanged, two texts under one id in one
batch are both kept in order."""

from __future__ import annotations

import json
import sqlite3

from click.testing import CliRunner
from sqlite_utils import Database

from factcheck.app.exports import export_text
from factcheck.app.ingest import ingest
from factcheck.app.review import review_of, set_verdict
from factcheck.app.views import store_counts
from factcheck.cli import main
from factcheck.pipeline.sources import read_paths
from factcheck.store import Store, migrations

QUOTE = "“We will not raise taxes,” Governor Jo Doe said on Monday."
CLAIM = "The state deficit was 3 percent of output last year, officials said."
STORY = f"{QUOTE}\n\n{CLAIM}\n"
CORRECTED = STORY.replace("3 percent", "4 percent")


def feed(path, *records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def articles(store):
    return store.conn.execute(
        "SELECT id, source_id, version, superseded_by, path FROM articles ORDER BY version, id"
    ).fetchall()


def statement(store, article_id, kind):
    return store.scalar(
        "SELECT id FROM statements WHERE article_id = ? AND kind = ?", (article_id, kind)
    )


def test_a_corrected_feed_line_is_a_new_version_that_keeps_the_reviews(store, tmp_path):
    v1 = feed(tmp_path / "v1.jsonl", {"id": "n1", "url": "https://x.example/1", "text": STORY})
    v2 = feed(tmp_path / "v2.jsonl", {"id": "n1", "url": "https://x.example/1", "text": CORRECTED})
    ingest(store, read_paths([v1]))
    ((old, source, version, superseded, path),) = articles(store)
    assert (source, version, superseded, path) == ("n1", 1, None, f"{v1}:1")
    quote, claim = statement(store, old, "direct"), statement(store, old, "claim")
    set_verdict(store, quote, "true", reviewer="ana")
    set_verdict(store, claim, "false", reviewer="ana")

    report = ingest(store, read_paths([v2]))

    assert (report.stored, report.unchanged, report.new_versions) == (1, 0, 1)
    assert "1 new version(s) (1 review(s) carried over, 1 left on the old text)" in (
        report.summary()
    )
    (a1, _, n1, by, _), (a2, source2, n2, none, _) = articles(store)
    assert (a1, n1, by, n2, none, source2) == (old, 1, a2, 2, None, "n1")
    assert store_counts(store)["articles"] == 1
    # the untouched quote's verdict moved to the new version; the corrected claim's stayed
    assert review_of(store, statement(store, a2, "direct"))["verdict"] == "true"
    assert review_of(store, statement(store, a2, "claim")) is None
    assert review_of(store, claim)["verdict"] == "false"
    again = ingest(store, read_paths([v2]))
    assert (again.stored, again.unchanged) == (0, 1)


def test_one_text_under_two_feed_ids_is_two_articles_and_a_repeat_is_unchanged(store, tmp_path):
    both = feed(
        tmp_path / "wire.jsonl",
        {"id": "ap-1", "outlet": "Gazette", "text": STORY},
        {"id": "ap-2", "outlet": "Herald", "text": STORY},
    )
    first = ingest(store, read_paths([both]))
    assert (first.stored, first.unchanged, first.new_versions) == (2, 0, 0)
    again = ingest(store, read_paths([both]))
    assert (again.stored, again.unchanged) == (0, 2)


def test_a_feed_id_equal_to_a_stored_articles_id_is_not_taken_for_it(store, tmp_path):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    ingest(store, read_paths([str(tmp_path / "story.txt")]))
    stored_id = store.scalar("SELECT id FROM articles")
    line = feed(tmp_path / "f.jsonl", {"id": stored_id, "text": CORRECTED})
    report = ingest(store, read_paths([line]))
    assert (report.stored, report.unchanged) == (1, 0)


def test_two_texts_under_one_id_in_one_batch_are_both_kept_in_order_with_a_warning(tmp_path):
    batch = feed(
        tmp_path / "batch.jsonl", {"id": "n1", "text": STORY}, {"id": "n1", "text": CORRECTED}
    )
    db = tmp_path / "fc.db"
    r = CliRunner().invoke(main, ["ingest", "--db", str(db), "-j", "1", batch])
    assert r.exit_code == 0, r.output
    assert "2 article(s) stored" in r.stdout and "1 new version(s)" in r.stdout
    warning = [line for line in r.stderr.splitlines() if "warning" in line]
    assert warning == [
        f"factcheck: warning: {batch}:2: id n1 is also at {batch}:1 with another text;"
        " both kept, this one as the later version"
    ]
    with Store(db) as s:
        (_, _, v1, by, p1), (second, _, v2, none, p2) = articles(s)
        assert (v1, by, p1, v2, none, p2) == (1, second, f"{batch}:1", 2, None, f"{batch}:2")
        assert "4 percent" in s.scalar("SELECT text FROM articles WHERE id = ?", (second,))


def test_the_export_carries_the_feeds_id(store, tmp_path):
    ingest(store, read_paths([feed(tmp_path / "f.jsonl", {"id": "n1", "text": STORY})]))
    doc = json.loads(export_text(store, "json").text)
    assert {a["source_id"] for a in doc["articles"]} == {"n1"}
    assert {s["article"]["source_id"] for s in doc["statements"]} == {"n1"}


def test_an_older_file_learns_its_feed_ids_and_later_ingests_version_them(tmp_path):
    """Step 007: an older factcheck used the feed id as the article id and keyed the
    document by url; the step keeps that id as source_id and keys the document by it."""
    path = tmp_path / "old.db"
    db = Database(path)
    migrations.apply(db, stop_before="007_article_source_ids")
    db.close()
    old = sqlite3.connect(path)
    old.execute("INSERT INTO documents (key) VALUES ('https://x.example/1')")
    old.execute(
        "INSERT INTO articles (id, document_id, version, url, path, chars, quotes, claims,"
        " ingested_at, text) VALUES ('n1', 1, 1, 'https://x.example/1', 'f.jsonl:1', ?, 0, 0,"
        " 'then', ?)",
        (len(STORY), STORY),
    )
    old.commit()
    old.close()
    with Store(path) as s:
        assert s.scalar("SELECT source_id FROM articles WHERE id = 'n1'") == "n1"
        assert s.scalar("SELECT key FROM documents") == "n1"
        same = feed(tmp_path / "same.jsonl", {"id": "n1", "text": STORY})
        assert ingest(s, read_paths([same])).unchanged == 1
        fixed = feed(tmp_path / "fixed.jsonl", {"id": "n1", "text": CORRECTED})
        assert ingest(s, read_paths([fixed])).new_versions == 1
        assert s.scalar("SELECT superseded_by IS NOT NULL FROM articles WHERE id = 'n1'") == 1
