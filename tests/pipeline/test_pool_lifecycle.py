"""The extraction pool's workers never outlive the ingest that started them: not when it
is killed with SIGKILL, and not when it is stopped with SIGTERM (which also reports what
was stored, in one line)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import seed_texts

N = 200
LIVENESS_DEADLINE_S = 30  # generous: how long the checks below wait for something to happen

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads /proc and uses PR_SET_PDEATHSIG"
)


def _corpus(folder: Path) -> None:
    folder.mkdir()
    texts = list(seed_texts().values())
    for i in range(N):
        (folder / f"a{i:04d}.txt").write_text(texts[i % 2] + f"\n\nFiled as report {i}.\n")


def _children(pid: int) -> set[int]:
    out: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        out |= {int(c) for c in (task / "children").read_text().split()}
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state not in ("Z", "X")  # a zombie has exited; only its parent's record is left


def _wait_for(condition, what: str) -> None:
    deadline = time.monotonic() + LIVENESS_DEADLINE_S
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


def _started_pool(tmp_path: Path) -> tuple[subprocess.Popen[str], set[int]]:
    _corpus(tmp_path / "corpus")
    cmd = [sys.executable, "-m", "factcheck.cli", "ingest", "--db", str(tmp_path / "fc.db")]
    proc = subprocess.Popen(
        [*cmd, "-j", "2", "-q", str(tmp_path / "corpus")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    workers: set[int] = set()

    def pool_running() -> bool:
        nonlocal workers
        assert proc.poll() is None, "the ingest ended before its pool was seen"
        workers = _children(proc.pid)
        return len(workers) >= 2

    _wait_for(pool_running, "the pool never started")
    return proc, workers


def test_workers_die_with_a_parent_killed_outright(tmp_path):
    proc, workers = _started_pool(tmp_path)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    _wait_for(lambda: not any(_alive(w) for w in workers), "orphaned pool workers")


def test_sigterm_stops_the_pool_and_says_what_was_kept(tmp_path):
    proc, workers = _started_pool(tmp_path)
    os.kill(proc.pid, signal.SIGTERM)
    _, stderr = proc.communicate(timeout=LIVENESS_DEADLINE_S)
    assert proc.returncode == 143, stderr
    assert "Traceback" not in stderr
    (line,) = stderr.splitlines()
    assert line.startswith("factcheck: error: terminated; ") and "run again to finish" in line
    _wait_for(lambda: not any(_alive(w) for w in workers), "pool workers outlived SIGTERM")
