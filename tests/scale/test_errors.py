"""What the Dask engine cannot do is one line naming why and where, and a non-zero exit:
a scheduler that does not answer, options of the other engine, a missing extra, a file
that cannot be read, a folder that is no place for an extraction, a task the cluster lost."""

from __future__ import annotations

import builtins
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.cli.extracting import SCALE_EXTRA
from factcheck.scale import cluster
from factcheck.scale.blocks import Block, InputError, feed_files, read_block
from factcheck.scale.cluster import ClusterError
from factcheck.scale.engine import _result


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def one_line(r) -> str:
    assert r.exit_code == 1, r.output
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr, r.stderr
    return lines[0]


@pytest.fixture
def feed(tmp_path) -> Path:
    f = tmp_path / "feed.jsonl"
    f.write_text('{"id": "a", "text": "“We will build it,” Ann Lee said."}\n')
    return f


def test_a_scheduler_that_does_not_answer_is_named(feed, tmp_path, monkeypatch):
    monkeypatch.setattr(cluster, "CONNECT_SECONDS", 1)
    dask = ["extract", "--engine", "dask", "-o", str(tmp_path / "out"), str(feed)]
    line = one_line(run(*dask, "--scheduler", "tcp://127.0.0.1:1"))
    assert "tcp://127.0.0.1:1: no Dask scheduler answers there" in line
    line = one_line(run(*dask, "--scheduler", "nowhere"))
    assert line.startswith("factcheck: error: nowhere: not a scheduler address")


@pytest.mark.parametrize(
    "option",
    [["-o", "x"], ["--scheduler", "tcp://h:8786"], ["--table-format", "jsonl"], ["--no-match"],
     ["--block-mb", "1"]],
)  # fmt: skip
def test_the_dask_engines_options_are_refused_with_the_local_one(feed, option):
    assert "only with --engine dask" in one_line(run("extract", *option, str(feed)))


def test_the_local_engines_format_is_refused_with_dask(feed, tmp_path):
    r = run("extract", "--engine", "dask", "--format", "json", "-o", str(tmp_path / "o"), str(feed))
    assert "--table-format" in one_line(r)


def test_without_the_scale_extra_the_engine_says_what_to_install(feed, tmp_path, monkeypatch):
    for name in [m for m in sys.modules if m.startswith("factcheck.scale")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed: ImportError
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    r = run("extract", "--engine", "dask", "-o", str(tmp_path / "o"), str(feed))
    assert one_line(r) == f"factcheck: error: {SCALE_EXTRA}"
    r = run("ingest", "--db", str(tmp_path / "fc.db"), "--from-extracted", str(tmp_path / "o"))
    assert "--from-extracted needs the scale extra" in one_line(r)


def test_a_feed_that_cannot_be_read_is_named_before_any_cluster_starts(feed, monkeypatch):
    real = Path.open

    def refuse(self, *args, **kwargs):
        if self == feed:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(InputError, match=f"{feed}: cannot read: Permission denied"):
        feed_files([str(feed)])


def test_a_block_whose_file_went_away_is_an_error_row_not_a_failed_task(tmp_path):
    gone = Block(0, str(tmp_path / "gone.jsonl"), 0, 100, 1)
    items = list(read_block(gone))
    assert [(n, str(i)) for n, i in items] == [
        (1, f"{gone.path}:1: cannot read: No such file or directory")
    ]


def test_an_output_folder_holding_other_files_is_refused(feed, tmp_path):
    other = tmp_path / "notes"
    other.mkdir()
    (other / "draft.txt").write_text("mine\n")
    line = one_line(run("extract", "--engine", "dask", "-o", str(other), str(feed)))
    assert f"{other}: holds other files" in line
    assert (other / "draft.txt").read_text() == "mine\n"


def test_a_task_the_cluster_lost_names_its_block(scheduler):
    from distributed import Client

    def lost() -> None:
        raise builtins.MemoryError("worker ran out")

    with Client(scheduler) as c:
        fut = c.submit(lost, pure=False)
        with pytest.raises(ClusterError, match=r"feed\.jsonl \(bytes 10-20\): the cluster failed"):
            _result(fut, Block(3, "feed.jsonl", 10, 20, 5))


@pytest.mark.parametrize(
    ("given", "workers", "block"),
    [([], None, None), (["-j", "3", "--block-mb", "2"], 3, 2 << 20)],
)
def test_the_dask_engine_sizes_its_cluster_to_the_machine_unless_told(
    feed, tmp_path, monkeypatch, given, workers, block
):
    """`-j` defaults to one process for the local engine; a cluster's default is a worker
    a core, and blocks sized to the feed."""
    from factcheck.scale import engine

    seen = {}

    def fake(paths, out, **kw):
        seen.update(kw)
        return engine.ExtractReport()

    monkeypatch.setattr(engine, "run_extract", fake)
    r = run("extract", "--engine", "dask", *given, "-o", str(tmp_path / "o"), str(feed))
    assert r.exit_code == 0, r.output
    assert seen["workers"] == workers and seen["block_bytes"] == block
