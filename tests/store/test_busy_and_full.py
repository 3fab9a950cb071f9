"""A database locked by another writer, and a disk with no room: one line, exit 1, nothing
stored lost, nothing half-written, and a re-run finishes the job. On a real file, with a
second connection holding the lock, and a child process under a file size limit."""

from __future__ import annotations

import json
import resource
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.app.exports import write_export
from factcheck.app.ingest import ingest
from factcheck.app.review import review_of, set_verdict
from factcheck.cli import main
from factcheck.pipeline.sources import read_paths
from factcheck.store import BusyPolicy, Store, StoreBusy
from tests.conftest import SEEDS, ingest_texts, seed_texts

QUICK = BusyPolicy(timeout=0.3, attempt_ms=20, first_pause=0.01)
STORY = "“We will sign,” said Jane Doe, a trade negotiator, on Friday.\n\nTalks went on.\n"


def corpus(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"s{i:02d}.txt").write_text(STORY.replace("Friday", f"day {i}"))
    return folder


class Lock:
    """Another writer holding the write lock on the file until released."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        self.conn.execute("ROLLBACK")
        self.conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_a_write_waits_for_a_lock_that_is_let_go(store):
    ingest_texts(store, {"a.txt": STORY})
    sid = store.scalar("SELECT id FROM statements LIMIT 1")
    lock = Lock(store.path)
    patient = Store(store.path, busy=BusyPolicy(timeout=30, attempt_ms=20))
    try:
        threading.Timer(0.2, lock.release).start()
        set_verdict(patient, sid, "true", reviewer="ana")  # waits, retrying, then writes
    finally:
        patient.close()
    assert review_of(store, sid)["verdict"] == "true"


def test_a_lock_held_past_the_limit_is_store_busy_and_nothing_is_written(store):
    ingest_texts(store, {"a.txt": STORY})
    sid = store.scalar("SELECT id FROM statements LIMIT 1")
    lock = Lock(store.path)
    hasty = Store(store.path, busy=QUICK)
    try:
        with pytest.raises(StoreBusy) as e:
            set_verdict(hasty, sid, "true", reviewer="ana")
    finally:
        lock.release()
        hasty.close()
    assert str(e.value) == (
        f"{store.path} is locked by another writer; retry or raise --busy-timeout"
    )
    assert review_of(store, sid) is None


@pytest.mark.parametrize(
    "command",
    [
        ["verdict", "{sid}", "true"],
        ["note", "{sid}", "checked"],
        ["evidence", "add", "{sid}", "https://x.example"],
        ["undo"],
        ["ingest", "-j", "1", "{new}"],
        ["import", "{export}"],
    ],
    ids=lambda c: c[0],
)
def test_every_writing_command_says_locked_in_one_line(tmp_path, command):
    db = tmp_path / "fc.db"
    with Store(db) as s:
        ingest_texts(s, {"a.txt": STORY})
        sid = s.scalar("SELECT id FROM statements LIMIT 1")
        set_verdict(s, sid, "false", reviewer="ana")
    (tmp_path / "new.txt").write_text(STORY.replace("Jane", "Joan"))
    export = tmp_path / "other.jsonl"
    with Store(tmp_path / "other.db") as other:
        ingest_texts(other, {"b.txt": STORY.replace("Jane", "June")})
        from factcheck.app.exports import export_text

        export.write_text(export_text(other, "jsonl").text)
    args = [a.format(sid=sid, new=tmp_path / "new.txt", export=export) for a in command]
    lock = Lock(db)
    try:
        r = CliRunner().invoke(
            main,
            [*args, "--db", str(db), "--busy-timeout", "0.2", "--reviewer", "ana"]
            if command[0] in ("verdict", "note", "evidence", "undo")
            else [*args, "--db", str(db), "--busy-timeout", "0.2"],
        )
    finally:
        lock.release()
    assert r.exit_code == 1
    errors = [line for line in r.stderr.splitlines() if line.startswith("factcheck: error")]
    assert len(errors) == 1
    assert f"{db} is locked by another writer; retry or raise --busy-timeout" in errors[0]
    assert "Traceback" not in r.output
    assert integrity(db) == "ok"


def test_ingest_keeps_what_it_stored_when_the_lock_is_taken_and_a_rerun_completes(tmp_path):
    folder = corpus(tmp_path / "batch", 6)
    db = tmp_path / "fc.db"
    store = Store(db, busy=QUICK)
    locks: list[Lock] = []

    def take_lock_after_two(done: int, total: int, name: str) -> None:
        if done == 2 and not locks:
            locks.append(Lock(db))

    try:
        report = ingest(store, read_paths([str(folder)]), progress=take_lock_after_two)
    finally:
        for lock in locks:
            lock.release()
    assert (report.stored, report.not_stored) == (2, 4)
    assert "4 not stored" in report.summary()
    (failure,) = report.failures
    assert "is locked by another writer" in failure and "4 article(s) not stored" in failure
    again = ingest(store, read_paths([str(folder)]))
    assert (again.stored, again.unchanged) == (4, 2)
    store.close()
    assert integrity(db) == "ok"


def _limited(limit: int):
    """A file size limit for a child process: past it a write fails (EFBIG), as on a
    full disk; the child ignores SIGXFSZ, so it is not killed for trying."""

    def set_limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return set_limit


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs RLIMIT_FSIZE")
def test_a_full_disk_during_ingest_is_one_line_and_keeps_whole_articles(tmp_path):
    db = tmp_path / "fc.db"
    cmd = [sys.executable, "-m", "factcheck.cli", "ingest", "--db", str(db), "-j", "1"]
    assert subprocess.run([*cmd, "-q", str(SEEDS)], timeout=120).returncode == 0
    size = db.stat().st_size
    fixtures = Path(__file__).parent.parent / "fixtures" / "attribution"
    r = subprocess.run(
        [*cmd, str(fixtures)],
        preexec_fn=_limited(size + 40_000),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    (line,) = r.stderr.splitlines()
    assert "disk full or over the file size limit" in line and "not stored" in line
    assert integrity(db) == "ok"
    conn = sqlite3.connect(db)
    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    whole = conn.execute(
        """SELECT count(*) FROM articles a WHERE a.quotes + a.claims =
           (SELECT count(*) FROM statements s WHERE s.article_id = a.id)"""
    ).fetchone()[0]
    conn.close()
    assert stored == whole and 2 <= stored < 2 + 7
    done = subprocess.run([*cmd, str(fixtures)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert f"{2 + 7 - stored} article(s) stored" in done.stdout


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs RLIMIT_FSIZE")
def test_an_export_that_does_not_fit_leaves_nothing_behind(tmp_path):
    db = tmp_path / "fc.db"
    with Store(db) as s:
        ingest_texts(s, seed_texts())
    out = tmp_path / "out" / "claims.json"
    out.parent.mkdir()
    r = subprocess.run(
        [sys.executable, "-m", "factcheck.cli", "export", "--db", str(db), "-o", str(out)],
        preexec_fn=_limited(40_000),  # room for the database's shared memory, not the export
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 1
    (line,) = r.stderr.splitlines()
    assert "claims.json: cannot write: File too large (disk full; nothing was written)" in line
    assert list(out.parent.iterdir()) == []


def test_a_failed_rename_leaves_no_part_file_and_old_parts_of_dead_exports_go(tmp_path):
    target = tmp_path / "claims.json"
    target.mkdir()  # a folder in the way: the final rename fails
    (target / "keep").write_text("x")
    with pytest.raises(OSError):
        write_export("{}", target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.json"]
    target = tmp_path / "report.md"
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    left = tmp_path / f".report.md.{dead.stdout.strip()}.0a1b2c3d.part"
    left.write_text("half")
    write_export("# whole\n", target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.json", "report.md"]
    assert json.dumps(target.read_text()) == json.dumps("# whole\n")
