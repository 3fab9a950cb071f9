"""Faults a newsroom machine meets, run against the real command line: a database locked by
another writer, a disk that fills up, a process killed outright. Each case prints what a
user sees (exit code, the one message line), whether the file is intact, and how many rows
stored before the fault are gone (must be 0); where a re-run should finish the job, it is
run and checked too.

    python benchmarks/faults.py            # a small tmpfs for the full disk if it can mount
    python benchmarks/faults.py --rlimit   # RLIMIT_FSIZE in the child process instead
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ARTICLES = 80  # articles in the generated batch: enough to keep a 2-worker pool busy
LOCK_HELD_S = 6.0  # how long the other writer holds the lock
BUSY_TIMEOUT_S = "1"  # what the commands under test are told to wait
TMPFS_SIZE = "1m"  # the full disk: room for the seeds' database and a little more
TMPFS_ROOMY = "64m"  # the same disk once space is freed, for the re-run
RLIMIT_MARGIN = 60_000  # bytes a child's ingest may grow the database by under --rlimit
RLIMIT_EXPORT = 40_000  # file size limit of the export under --rlimit: the shm, not the file
KILL_AFTER_ARTICLES = 10  # a killed ingest has stored this many first
DEADLINE_S = 120.0  # how long any step may take before the script gives up on it


@dataclass
class Row:
    case: str
    exit: int | str
    message: str
    integrity: str
    lost: int
    rerun: str = "-"


def factcheck(*args: str, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck.cli", *args],
        capture_output=True,
        text=True,
        timeout=DEADLINE_S,
        **kw,  # type: ignore[arg-type]
    )


def message(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    if any("Traceback" in line for line in lines):
        return "TRACEBACK"
    errors = [line.removeprefix("factcheck: error: ") for line in lines if "error:" in line]
    return errors[-1] if errors else "-"


def rows(db: Path) -> set[tuple[str, str]]:
    """Every stored row that matters, by table and key."""
    conn = sqlite3.connect(db)
    try:
        out: set[tuple[str, str]] = set()
        for table, key in (
            ("articles", "id"),
            ("statements", "id"),
            ("reviews", "statement_id || '@' || revision"),
            ("history", "id"),
            ("matches", "id"),
        ):
            out |= {(table, str(k)) for (k,) in conn.execute(f"SELECT {key} FROM {table}")}
        return out
    finally:
        conn.close()


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        broken = conn.execute(
            """SELECT count(*) FROM articles a WHERE a.quotes + a.claims !=
               (SELECT count(*) FROM statements s WHERE s.article_id = a.id)"""
        ).fetchone()[0]
        return ok if not broken else f"{broken} partial article(s)"
    finally:
        conn.close()


def articles(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    finally:
        conn.close()


def make_corpus(folder: Path) -> None:
    """Seed articles with their figures and a line varied, so each is new content."""
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for i in range(ARTICLES):
        t = texts[i % len(texts)].replace("250 billion", f"{100 + i} billion")
        (folder / f"a{i:04d}.txt").write_text(t + f"\n\nFiled as report {i}.\n")


def seeded_db(path: Path) -> tuple[Path, str]:
    """A database with the seeds and one reviewed statement."""
    assert factcheck("ingest", "-q", "-j", "1", "--db", str(path), str(SEEDS)).returncode == 0
    conn = sqlite3.connect(path)
    sid = conn.execute("SELECT id FROM statements ORDER BY seq LIMIT 1").fetchone()[0]
    conn.close()
    r = factcheck("verdict", sid, "true", "--db", str(path), "--reviewer", "ana")
    assert r.returncode == 0, r.stderr
    return path, sid


@contextlib.contextmanager
def lock_held(db: Path) -> Iterator[None]:
    """Another process holding the write lock for LOCK_HELD_S."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True)\n"
            "time.sleep(float(sys.argv[2])); c.execute('ROLLBACK')\n",
            str(db),
            str(LOCK_HELD_S),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    try:
        yield
    finally:
        holder.kill()
        holder.wait()


def lock_cases(work: Path) -> list[Row]:
    out = []
    db, sid = seeded_db(work / "locked.db")
    corpus = work / "corpus"
    commands = {
        "lock held: verdict": ["verdict", sid, "false", "--reviewer", "bo"],
        "lock held: undo": ["undo", "--reviewer", "ana"],
        "lock held: evidence add": [
            "evidence",
            "add",
            sid,
            "https://x.example",
            "--reviewer",
            "bo",
        ],
        "lock held: ingest": ["ingest", "-q", "-j", "2", str(corpus)],
    }
    for case, args in commands.items():
        before = rows(db)
        with lock_held(db):
            r = factcheck(*args, "--db", str(db), "--busy-timeout", BUSY_TIMEOUT_S)
        lost = len(before - rows(db))
        rerun = "-"
        if args[0] == "ingest":
            again = factcheck(*args, "--db", str(db))
            rerun = f"exit {again.returncode}, {articles(db) - 2} of {ARTICLES} stored"
        out.append(Row(case, r.returncode, message(r.stderr), integrity(db), lost, rerun))
    return out


@contextlib.contextmanager
def small_disk(work: Path, use_rlimit: bool) -> Iterator[tuple[Path, Callable[[], None] | None]]:
    """A folder on a tiny tmpfs (made roomy again on leaving the full state), or, with
    ``use_rlimit`` or when mounting is not allowed, an ordinary folder and a file size
    limit for the children."""
    folder = work / "disk"
    folder.mkdir()
    if not use_rlimit:
        mounted = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={TMPFS_SIZE}", "tmpfs", str(folder)],
            capture_output=True,
        )
        if mounted.returncode == 0:
            try:
                yield folder, None
            finally:
                subprocess.run(["umount", str(folder)], check=False)
            return
    yield folder, lambda: None


def full_disk_cases(work: Path, use_rlimit: bool) -> tuple[list[Row], str]:
    out = []
    with small_disk(work, use_rlimit) as (folder, rlimit):
        how = "tmpfs of " + TMPFS_SIZE if rlimit is None else "RLIMIT_FSIZE"
        db = folder / "full.db"
        seeded_db(work / "seed.db")
        shutil.copy(work / "seed.db", db)
        limit = db.stat().st_size + RLIMIT_MARGIN

        def limited(size: int = limit) -> Callable[[], None]:
            def set_limit() -> None:
                if rlimit is not None:
                    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

            return set_limit

        before = rows(db)
        r = factcheck(
            "ingest", "-q", "-j", "2", "--db", str(db), str(work / "corpus"), preexec_fn=limited()
        )
        stored = articles(db)
        row = Row("disk full: ingest", r.returncode, message(r.stderr), integrity(db), 0)
        row.lost = len(before - rows(db))
        before = rows(db)
        out_file = folder / "claims.json"
        e = factcheck(
            "export", "--db", str(db), "-o", str(out_file), preexec_fn=limited(RLIMIT_EXPORT)
        )
        left = sorted(p.name for p in folder.iterdir() if not p.name.startswith("full.db"))
        export = Row(
            "disk full: export",
            e.returncode,
            message(e.stderr),
            integrity(db),
            len(before - rows(db)),
            f"files left: {', '.join(left) or 'none'}",
        )
        if rlimit is None:
            subprocess.run(["mount", "-o", f"remount,size={TMPFS_ROOMY}", str(folder)], check=True)
        again = factcheck("ingest", "-q", "-j", "2", "--db", str(db), str(work / "corpus"))
        row.rerun = (
            f"{stored - 2} then exit {again.returncode}, {articles(db) - 2} of {ARTICLES} stored"
        )
        out += [row, export]
    return out, how


def kill_cases(work: Path) -> list[Row]:
    out = []
    for sig, name in ((signal.SIGKILL, "SIGKILL"), (signal.SIGTERM, "SIGTERM")):
        db, _ = seeded_db(work / f"{name.lower()}.db")
        before = rows(db)
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "factcheck.cli",
                "ingest",
                "-q",
                "-j",
                "2",
                "--db",
                str(db),
                str(work / "corpus"),
            ],
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + DEADLINE_S
        workers: set[int] = set()
        while time.monotonic() < deadline and proc.poll() is None:
            workers |= _children(proc.pid)
            if articles(db) >= 2 + KILL_AFTER_ARTICLES:
                break
            time.sleep(0.05)
        os.kill(proc.pid, sig)
        _, stderr = proc.communicate(timeout=DEADLINE_S)
        time.sleep(1.0)  # the workers' death signal is delivered as the parent goes
        orphans = sum(_alive(w) for w in workers)
        partial = articles(db) - 2
        again = factcheck("ingest", "-q", "-j", "2", "--db", str(db), str(work / "corpus"))
        out.append(
            Row(
                f"{name}: ingest -j 2",
                proc.returncode,
                message(stderr),
                integrity(db),
                len(before - rows(db)),
                f"{partial} stored, {orphans} of {len(workers)} workers left; then exit"
                f" {again.returncode},"
                f" {articles(db) - 2} of {ARTICLES}",
            )
        )
    return out


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    with contextlib.suppress(FileNotFoundError):
        for task in Path(f"/proc/{pid}/task").iterdir():
            with contextlib.suppress(FileNotFoundError):
                found |= {int(c) for c in (task / "children").read_text().split()}
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state not in ("Z", "X")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rlimit", action="store_true", help="fill the disk with RLIMIT_FSIZE")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        make_corpus(work / "corpus")
        table = lock_cases(work)
        full, how = full_disk_cases(work, args.rlimit)
        table += full + kill_cases(work)
    print(
        f"full disk: {how}; lock held {LOCK_HELD_S:.0f} s against --busy-timeout {BUSY_TIMEOUT_S}"
    )
    print("| case | exit | message | integrity | rows lost | re-run / after |")
    print("|---|---|---|---|---|---|")
    for r in table:
        print(f"| {r.case} | {r.exit} | {r.message} | {r.integrity} | {r.lost} | {r.rerun} |")
    if any(r.lost or r.integrity != "ok" or r.message == "TRACEBACK" for r in table):
        sys.exit(1)


if __name__ == "__main__":
    main()
