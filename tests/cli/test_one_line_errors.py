"""No traceback ever reaches a user: odd invocations get one line naming the problem and a
non-zero exit."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from tests.conftest import SEEDS

SEED = str(SEEDS / "afp-us-china-trade-talks.txt")


def factcheck(*args: str, close: tuple[int, ...] = (), cwd=None) -> subprocess.CompletedProcess:
    """The command in a child process, with some of its standard streams closed."""

    def close_fds() -> None:
        for fd in close:
            os.close(fd)

    return subprocess.run(
        [sys.executable, "-m", "factcheck.cli", *args],
        preexec_fn=close_fds,
        stdout=None if 1 in close else subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        cwd=cwd,
    )


def one_error(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) >= 1 and all(line.startswith("factcheck: error: ") for line in lines)
    return lines[0]


@pytest.mark.parametrize("command", [["extract", "-"], ["ingest", "--db", "x.db", "-"]])
def test_closed_standard_input(tmp_path, command):
    r = factcheck(*command, close=(0,), cwd=tmp_path)
    assert r.returncode == 1
    assert one_error(r.stderr) == "factcheck: error: <stdin>: standard input is closed"


def test_closed_standard_output(tmp_path):
    r = factcheck("extract", SEED, close=(1,))
    assert r.returncode == 1
    assert "standard output is closed" in one_error(r.stderr)


def test_import_of_a_symlink_loop(tmp_path):
    loop = tmp_path / "loop.jsonl"
    loop.symlink_to(loop)
    r = CliRunner().invoke(main, ["import", str(loop), "--db", str(tmp_path / "fc.db")])
    assert r.exit_code == 1
    assert one_error(r.stderr) == (
        f"factcheck: error: {loop}: cannot read: Too many levels of symbolic links"
    )


def test_export_to_an_empty_name_or_a_folder(tmp_path):
    db = tmp_path / "fc.db"
    assert CliRunner().invoke(main, ["ingest", "--db", str(db), "-j", "1", SEED]).exit_code == 0
    for target in ("", str(tmp_path)):
        r = CliRunner().invoke(main, ["export", "--db", str(db), "-o", target])
        assert r.exit_code == 2
        one_error(r.stderr)
    assert sorted(p.name for p in tmp_path.iterdir() if ".part" in p.name) == []


def test_an_unexpected_error_is_one_line_unless_debugging(tmp_path, monkeypatch):
    import factcheck.app.views as views

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    db = tmp_path / "fc.db"
    assert CliRunner().invoke(main, ["ingest", "--db", str(db), "-j", "1", SEED]).exit_code == 0
    monkeypatch.setattr(views, "match_listing", broken)
    r = CliRunner().invoke(main, ["matches", "--db", str(db)])
    assert r.exit_code == 1
    assert one_error(r.stderr) == (
        "factcheck: error: unexpected error: RuntimeError: a bug"
        " (set FACTCHECK_DEBUG=1 to see where)"
    )
    monkeypatch.setenv("FACTCHECK_DEBUG", "1")
    r = CliRunner().invoke(main, ["matches", "--db", str(db)])
    assert isinstance(r.exception, RuntimeError)
