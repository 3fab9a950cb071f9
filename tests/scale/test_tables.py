"""Parts written in pieces and read back in pieces: a worker appends a row group every
``FLUSH_ARTICLES`` articles, and the shuffle reads runs of row groups of about the size it
asks for, so neither holds a whole block; what they write and read is the same rows."""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck.scale import tables, work
from factcheck.scale.blocks import plan
from factcheck.scale.work import extract_block

from .feed import write_feed

pytest.importorskip("pyarrow")


def rows(n: int, start: int = 0) -> list[dict]:
    return [
        {"block": 0, "line": i, "source": f"f:{i}", "level": "error", "reason": "r"}
        for i in range(start, start + n)
    ]


@pytest.mark.parametrize("fmt", tables.FORMATS)
def test_pieces_cover_a_part_once_in_order(tmp_path, fmt):
    with tables.PartWriter(tmp_path, "errors", 0, fmt) as w:
        for k in range(7):
            w.append(rows(3, 3 * k))
    got = pd.concat(
        tables.read_part(p, None, groups) for p, groups in tables.pieces(tmp_path, "errors", 5)
    )
    assert got["line"].tolist() == list(range(21))
    if fmt == "parquet":  # runs of whole row groups of 3 rows, as many as fit
        groups = [[g for _, g in tables.pieces(tmp_path, "errors", n)] for n in (5, 7)]
        assert groups == [[[0], [1], [2], [3], [4], [5], [6]], [[0, 1], [2, 3], [4, 5], [6]]]


def test_a_part_is_whole_or_absent(tmp_path):
    with pytest.raises(RuntimeError), tables.PartWriter(tmp_path, "errors", 0, "parquet") as w:
        w.append(rows(3))
        raise RuntimeError("stopped midway")
    assert list((tmp_path / "errors").iterdir()) == []
    with tables.PartWriter(tmp_path, "errors", 1, "parquet") as w:
        w.append([])
    assert tables.parts(tmp_path, "errors") == []  # no rows, no part


def test_a_block_written_in_row_groups_holds_what_one_write_holds(tmp_path, monkeypatch):
    feed = tmp_path / "feed.jsonl"
    write_feed(feed, 60, seed=3)
    (block,) = plan([str(feed)], 1 << 20)
    whole, pieces = tmp_path / "whole", tmp_path / "pieces"
    extract_block(block, whole, "parquet")
    monkeypatch.setattr(work, "FLUSH_ARTICLES", 7)
    extract_block(block, pieces, "parquet")
    for table in ("articles", "statements", "errors"):
        a = pd.concat(tables.read_part(p) for p in tables.parts(whole, table))
        b = pd.concat(tables.read_part(p, None, g) for p, g in tables.pieces(pieces, table, 10))
        assert len(a) and a.reset_index(drop=True).astype(str).equals(
            b.reset_index(drop=True).astype(str)
        )
    assert len(tables.parts(pieces, "articles")) == 1
    assert len(tables.pieces(pieces, "articles", 7)) == 9  # 60 articles, 7 a row group
