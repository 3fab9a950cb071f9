"""JSONL feeds cut into blocks of whole lines: the unit a worker reads.

A block is a byte range of one file that starts and ends on a line boundary, with the
number of its first line, so that every error still names ``file:line`` and the order of
articles (block, then line) is the order a plain ``factcheck ingest`` reads them in.
Cutting reads one line a block; counting the lines before each block reads every byte,
which the engine has its workers do (``count_lines``), so the driver never reads a corpus.
No article is parsed in the driver.
"""

from __future__ import annotations

import glob
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ..pipeline.sources import MAX_BYTES, Item, SourceError, article_from_record, expand_paths

FEED_SUFFIXES = (".jsonl", ".ndjson")
BLOCK_BYTES = 32 * 1024 * 1024  # the most one task reads: a unit of work, not of memory
MIN_BLOCK_BYTES = 256 * 1024  # the least, so that a task is worth scheduling
BLOCKS_PER_WORKER = 4  # a small corpus is cut finer, so that every worker has work
_CHUNK = 1 << 22


class InputError(Exception):
    """An input the engine cannot read: one line naming it."""


@dataclass(frozen=True, slots=True)
class Block:
    number: int  # global, in reading order
    path: str  # as the user named it (a plain ingest names articles the same way)
    start: int  # byte offset, at a line start
    end: int  # byte offset, at a line start or the end of the file
    first_line: int  # 1-based number of the line at ``start``


def feed_files(inputs: Sequence[str]) -> list[Path]:
    """The JSONL files that ``inputs`` (files, folders, globs) name, in a stable order."""
    named: list[str] = []
    for raw in inputs:
        if glob.has_magic(raw):
            hits = sorted(glob.glob(raw, recursive=True))
            if not hits:
                raise InputError(f"{raw}: no file matches the pattern")
            named += hits
        else:
            named.append(raw)
    files: list[Path] = []
    for raw in named:
        folder = Path(raw)
        if folder.is_dir():
            found = sorted(
                f
                for f in folder.rglob("*")
                if f.suffix.lower() in FEED_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(folder).parts)
                and f.is_file()
            )
            if not found:
                raise InputError(f"{raw}: folder holds no JSONL feeds (.jsonl, .ndjson)")
            files += found
            continue
        for p in expand_paths([raw]):
            if isinstance(p, SourceError):
                raise InputError(str(p))
            if p.suffix.lower() not in FEED_SUFFIXES:
                raise InputError(f"{p}: the dask engine reads JSONL feeds (.jsonl, .ndjson)")
            files.append(p)
    for f in files:  # before a cluster is started for them
        try:
            f.open("rb").close()
        except OSError as e:
            raise InputError(f"{f}: cannot read: {e.strerror or e}") from e
    return files


def block_size(files: Sequence[Path], workers: int) -> int:
    """``BLOCK_BYTES``, or less for a corpus too small to give each worker several blocks."""
    total = sum(f.stat().st_size for f in files)
    return max(MIN_BLOCK_BYTES, min(BLOCK_BYTES, total // max(1, workers * BLOCKS_PER_WORKER)))


def plan(inputs: Sequence[str], block_bytes: int = BLOCK_BYTES) -> list[Block]:
    """Every feed cut into blocks of about ``block_bytes``, on line boundaries, numbered
    here (the engine counts lines in its workers instead: ``cut``, ``count_lines``)."""
    blocks = cut(feed_files(inputs), block_bytes)
    return numbered(blocks, [count_lines(b) for b in blocks])


def cut(files: Sequence[Path], block_bytes: int) -> list[Block]:
    """Blocks of about ``block_bytes`` on line boundaries, their first lines not yet known."""
    out: list[Block] = []
    for path in files:
        try:
            out += _file_blocks(path, block_bytes, len(out))
        except OSError as e:
            raise InputError(f"{path}: cannot read: {e.strerror or e}") from e
    return out


def count_lines(block: Block) -> int:
    """How many line ends ``block`` holds: where the next block of its file starts counting."""
    lines, left = 0, block.end - block.start
    try:
        with open(block.path, "rb") as f:
            f.seek(block.start)
            while left:
                chunk = f.read(min(_CHUNK, left))
                if not chunk:
                    break
                left -= len(chunk)
                lines += chunk.count(b"\n")
    except OSError as e:
        raise InputError(f"{block.path}: cannot read: {e.strerror or e}") from e
    return lines


def numbered(blocks: Sequence[Block], counts: Sequence[int]) -> list[Block]:
    """``blocks`` with their first line numbers, from each block's count of line ends."""
    out: list[Block] = []
    line, path = 1, None
    for b, n in zip(blocks, counts, strict=True):
        if b.path != path:
            line, path = 1, b.path
        out.append(replace(b, first_line=line))
        line += n
    return out


def _file_blocks(path: Path, block_bytes: int, first_number: int) -> list[Block]:
    blocks: list[Block] = []
    size = path.stat().st_size
    with path.open("rb") as f:
        start = 0
        while start < size:
            end = size
            if start + block_bytes < size:
                f.seek(start + block_bytes)
                f.readline()  # on to the next line start
                end = min(f.tell(), size)
            blocks.append(Block(first_number + len(blocks), str(path), start, end, 0))
            start = end
    return blocks


def read_block(block: Block, max_bytes: int = MAX_BYTES) -> Iterator[tuple[int, Item]]:
    """(line number, item) for every non-empty line of ``block``, as ``read_file`` reads
    a JSONL feed: an Article, or a SourceError or SourceWarning naming ``file:line``. Lines
    are read one at a time, so a worker holds one article, never its whole block; a file
    that cannot be read is one SourceError naming it, never a failed task."""
    n = block.first_line
    try:
        with open(block.path, "rb") as f:
            f.seek(block.start)
            left = block.end - block.start
            while left > 0:
                raw = f.readline(left)
                if not raw:
                    break
                left -= len(raw)
                if n == 1 and block.start == 0 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                yield from _line(block.path, n, raw, max_bytes)
                n += 1
    except OSError as e:
        yield n, SourceError(f"{block.path}:{n}", f"cannot read: {e.strerror or e}")


def _line(path: str, n: int, raw: bytes, max_bytes: int) -> Iterator[tuple[int, Item]]:
    raw = raw.rstrip(b"\n")
    if not raw.strip():
        return
    where = f"{path}:{n}"
    try:
        line = raw.decode("utf-8").rstrip("\r")
    except UnicodeDecodeError as e:
        yield n, SourceError(where, f"not UTF-8 text: byte {e.start + 1} of the line")
        return
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        yield n, SourceError(where, f"malformed JSON line: {e.msg} at column {e.colno}")
        return
    for item in article_from_record(rec, where, max_bytes):
        yield n, item
