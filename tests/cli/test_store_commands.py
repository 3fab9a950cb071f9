"""`factcheck ingest`, `matches` and `speakers` on a real database file."""

from __future__ import annotations

import json
import shutil
import sqlite3

from click.testing import CliRunner

from factcheck.cli import main

from ..conftest import SEEDS


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_ingest_seeds_then_list_matches_and_speakers(tmp_path):
    db = str(tmp_path / "fc.db")
    r = run("ingest", "--db", db, "-j", "1", str(SEEDS))
    assert r.exit_code == 0, r.output
    assert "2 article(s) stored" in r.stdout and "0 contradictions" in r.stdout
    r = run("matches", "--db", db, "--format", "jsonl")
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert sorted(x["relation"] for x in rows) == ["consistent"] * 2 + ["duplicate"]
    assert all(x["reasons"] for x in rows)
    r = run("matches", "--db", db, "--relation", "contradiction")
    assert r.exit_code == 0 and "no matches with relation contradiction" in r.stdout
    r = run("matches", "--db", db)
    assert "CONSISTENT" in r.stdout and "US$250 billion = US$250 billion" in r.stdout
    r = run("speakers", "--db", db, "--format", "json")
    names = [s["name"] for s in json.loads(r.stdout)]
    assert names.count("Wilbur Ross") == 1
    r = run("speakers", "--db", db)
    assert "Wilbur Ross" in r.stdout and "aka" in r.stdout


def test_bad_input_is_named_counted_and_stored_work_is_untouched(tmp_path):
    db = tmp_path / "fc.db"
    assert run("ingest", "--db", str(db), "-j", "1", str(SEEDS)).exit_code == 0
    before = sqlite3.connect(db).execute("SELECT count(*) FROM statements").fetchone()[0]
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "empty.txt").write_text("")
    (batch / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (batch / "feed.jsonl").write_text('{"id": "x", "text": "He said so."}\n{broken\n')
    shutil.copy(SEEDS / "afp-us-china-trade-talks.txt", batch / "again.txt")
    (batch / "new.txt").write_text('"We will sign," said Jane Doe, a trade negotiator.\n')
    r = run("ingest", "--db", str(db), "-j", "1", str(batch))
    assert r.exit_code == 1
    errors = r.stderr.splitlines()
    assert any("empty.txt" in e for e in errors)
    assert any("binary.txt" in e for e in errors)
    assert any("feed.jsonl:2" in e for e in errors)
    assert (
        "3 failed" in r.stdout and "1 unchanged" in r.stdout and "2 article(s) stored" in r.stdout
    )
    conn = sqlite3.connect(db)
    after = conn.execute("SELECT count(*) FROM statements").fetchone()[0]
    assert after > before
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 4


def test_a_database_path_that_is_not_a_database_is_a_one_line_error(tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("shopping list\n" * 50)
    r = run("ingest", "--db", str(bad), str(SEEDS))
    assert r.exit_code == 1
    assert r.stderr.strip().count("\n") == 0 and "notes.txt" in r.stderr
    assert bad.read_text() == "shopping list\n" * 50


def test_reading_a_database_that_does_not_exist_is_a_one_line_error(tmp_path):
    missing = tmp_path / "typo.db"
    for cmd in (["matches"], ["speakers"], ["export"], ["review"], ["verdict", "x", "true"]):
        r = run(*cmd, "--db", str(missing))
        assert r.exit_code == 1 and "no such database" in r.stderr, cmd
    assert not missing.exists()


def test_speakers_merge_and_split_from_the_command_line_with_undo(tmp_path):
    db = str(tmp_path / "fc.db")
    a = tmp_path / "a.txt"
    a.write_text('"We will win," said Ziggy Brand, the party leader.\n\nMore.\n')
    b = tmp_path / "b.txt"
    b.write_text('"We shall see," said Joanna Brand, a party leader.\n\nMore.\n')
    assert run("ingest", "--db", db, "-j", "1", str(a), str(b)).exit_code == 0
    r = run("speakers", "--db", db, "--format", "json")
    ids = {s["name"]: s["id"] for s in json.loads(r.stdout)}
    r = run(
        "speakers",
        "merge",
        "Joanna Brand",
        str(ids["Ziggy Brand"]),
        "--db",
        db,
        "--reviewer",
        "ana",
    )
    assert r.exit_code == 0, r.output
    assert "merged Ziggy Brand into speaker" in r.stdout and "1 statement(s) moved" in r.stdout
    names = [s["name"] for s in json.loads(run("speakers", "--db", db, "--format", "json").stdout)]
    assert "Ziggy Brand" not in names
    conn = sqlite3.connect(db)
    win = conn.execute("SELECT id FROM statements WHERE text LIKE 'We will win%'").fetchone()[0]
    r = run(
        "speakers",
        "split",
        "Joanna Brand",
        win,
        "--name",
        "Ziggy Brand",
        "--db",
        db,
        "--reviewer",
        "ana",
    )
    assert r.exit_code == 0, r.output
    who = conn.execute(
        "SELECT sp.name FROM statements s JOIN speakers sp ON sp.id = s.speaker_id WHERE s.id = ?",
        (win,),
    ).fetchone()[0]
    assert who == "Ziggy Brand"
    assert run("undo", "--db", db, "--reviewer", "ana").exit_code == 0
    who = conn.execute(
        "SELECT sp.name FROM statements s JOIN speakers sp ON sp.id = s.speaker_id WHERE s.id = ?",
        (win,),
    ).fetchone()[0]
    assert who == "Joanna Brand"
    r = run("speakers", "merge", "Nobody Here", "Joanna Brand", "--db", db)
    assert r.exit_code == 1 and "no speaker 'Nobody Here'" in r.stderr
