"""An ingest killed with SIGKILL mid-batch leaves only whole articles, and resumes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.conftest import seed_texts

N = 120


def _corpus(directory) -> None:
    """Seed articles with their figures and names varied, so each is new content."""
    texts = list(seed_texts().values())
    for i in range(N):
        t = texts[i % 2]
        t = t.replace("250 billion", f"{100 + i} billion").replace("Oct 15", f"Oct {1 + i % 28}")
        t = t.replace("October 15", f"October {1 + i % 28}")
        (directory / f"a{i:04d}.txt").write_text(t + f"\n\nFiled as report {i}.\n")


def _check_whole(db) -> int:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        bad = conn.execute(
            """SELECT a.id FROM articles a LEFT JOIN statements s ON s.article_id = a.id
               GROUP BY a.id HAVING count(s.seq) != a.quotes + a.claims"""
        ).fetchall()
        assert bad == [], "an article was stored without all its statements"
        orphans = conn.execute(
            "SELECT count(*) FROM statements s LEFT JOIN articles a ON a.id = s.article_id"
            " WHERE a.id IS NULL"
        ).fetchone()[0]
        assert orphans == 0
        fts = conn.execute("SELECT count(*) FROM statements_fts").fetchone()[0]
        assert fts == conn.execute("SELECT count(*) FROM statements").fetchone()[0]
        dangling = conn.execute(
            "SELECT count(*) FROM matches m LEFT JOIN statements a ON a.id = m.a"
            " LEFT JOIN statements b ON b.id = m.b WHERE a.id IS NULL OR b.id IS NULL"
        ).fetchone()[0]
        assert dangling == 0
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_ingest_leaves_whole_articles_and_a_rerun_completes(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _corpus(corpus)
    db = tmp_path / "kill.db"
    cmd = [sys.executable, "-m", "factcheck.cli", "ingest", "--db", str(db), "-j", "1", "-q"]
    proc = subprocess.Popen([*cmd, str(corpus)])
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if not db.exists():
            continue
        try:
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
            stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            conn.close()
        except sqlite3.OperationalError:
            continue
        if stored >= 10:
            break
    assert proc.poll() is None, "the ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _check_whole(db)
    assert 10 <= partial < N
    done = subprocess.run([*cmd, str(corpus)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert _check_whole(db) == N
