"""Feeds cut into blocks: whole lines, every line once, numbered as a plain read numbers
them, so that errors name ``file:line`` and articles keep their reading order."""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.models import Article
from factcheck.pipeline.sources import SourceError, read_paths
from factcheck.scale.blocks import InputError, feed_files, plan, read_block

pytest.importorskip("pyarrow")

line = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), max_size=40
)


@settings(max_examples=60, deadline=None)
@given(lines=st.lists(line, min_size=1, max_size=30), size=st.integers(1, 200))
def test_blocks_cover_the_file_in_whole_lines(tmp_path_factory, lines, size):
    path = tmp_path_factory.mktemp("f") / "feed.jsonl"
    data = "\n".join(lines).encode("utf-8")
    path.write_bytes(data)
    blocks = plan([str(path)], size)
    if not data:
        assert blocks == []
        return
    assert blocks[0].start == 0 and blocks[-1].end == len(data)
    for x, y in itertools.pairwise(blocks):
        assert x.end == y.start and data[y.start - 1 : y.start] == b"\n"  # on a line start
    got = []
    for blk in blocks:
        chunk = data[blk.start : blk.end].decode("utf-8").split("\n")
        got += [(blk.first_line + i, x) for i, x in enumerate(chunk) if x]
    want = [(i, x) for i, x in enumerate(data.decode("utf-8").split("\n"), start=1) if x]
    assert got == want


def test_a_block_reads_as_a_plain_ingest_reads_the_feed(tmp_path):
    path = tmp_path / "feed.jsonl"
    recs = [
        {"id": f"a{i}", "text": f"Article {i} says “a thing worth quoting here,” Ann Lee said."}
        for i in range(9)
    ]
    lines = [json.dumps(r) for r in recs]
    lines[4] = "{broken"
    lines.insert(6, "")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = [it for b in plan([str(path)], 120) for _, it in read_block(b)]
    plain = list(read_paths([str(path)]))
    assert [type(i) for i in items] == [type(i) for i in plain]
    assert [str(i) for i in items if isinstance(i, SourceError)] == [
        f"{path}:5: malformed JSON line: Expecting property name enclosed in double quotes"
        " at column 2"
    ]
    assert [a.id for a in items if isinstance(a, Article)] == [
        a.id for a in plain if isinstance(a, Article)
    ]
    assert [a.path for a in items if isinstance(a, Article)] == [
        a.path for a in plain if isinstance(a, Article)
    ]


def test_folders_and_globs_name_feeds_in_order(tmp_path):
    (tmp_path / "b.jsonl").write_text("{}\n")
    (tmp_path / "a.jsonl").write_text("{}\n")
    (tmp_path / "notes.txt").write_text("not a feed\n")
    assert [p.name for p in feed_files([str(tmp_path)])] == ["a.jsonl", "b.jsonl"]
    assert [p.name for p in feed_files([str(tmp_path / "*.jsonl")])] == ["a.jsonl", "b.jsonl"]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing.jsonl", "no such file or directory"),
        ("*.none", "no file matches the pattern"),
        ("page.html", "the dask engine reads JSONL feeds"),
    ],
)
def test_what_cannot_be_read_is_one_line_naming_it(tmp_path, name, message):
    (tmp_path / "page.html").write_text("<p>hi</p>")
    with pytest.raises(InputError, match=message) as e:
        plan([str(tmp_path / name)])
    assert "\n" not in str(e.value) and name.split("*")[-1] in str(e.value)
