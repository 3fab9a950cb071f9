"""JSONL feeds cut into blocks of whole lines: the unit a worker reads.

A block is a byte range of one file that starts and ends on a line boundary, with the
number of its first line, so that every error still names ``file:line`` and the order of
articles (block, then line) is the order a plain ``factcheck ingest`` reads them in.
Planning reads each file once to count lines; no article is parsed in the driver.
"""

from __future__ import annotations

import glob
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..pipeline.sources import MAX_BYTES, Item, SourceError, article_from_record, expand_paths

FEED_SUFFIXES = (".jsonl", ".ndjson")
BLOCK_BYTES = 32 * 1024 * 1024  # what one task reads: bounds a worker's memory
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
    return files


def plan(inputs: Sequence[str], block_bytes: int = BLOCK_BYTES) -> list[Block]:
    """Every feed cut into blocks of about ``block_bytes``, on line boundaries."""
    out: list[Block] = []
    for path in feed_files(inputs):
        try:
            out += _file_blocks(path, block_bytes, len(out))
        except OSError as e:
            raise InputError(f"{path}: {e.strerror or e}") from e
    return out


def _file_blocks(path: Path, block_bytes: int, first_number: int) -> list[Block]:
    blocks: list[Block] = []
    size = path.stat().st_size
    with path.open("rb") as f:
        start, line = 0, 1
        while start < size:
            end = size
            if start + block_bytes < size:
                f.seek(start + block_bytes)
                f.readline()  # on to the next line start
                end = min(f.tell(), size)
            f.seek(start)
            lines, left = 0, end - start
            while left:
                chunk = f.read(min(_CHUNK, left))
                left -= len(chunk)
                lines += chunk.count(b"\n")
            blocks.append(Block(first_number + len(blocks), str(path), start, end, line))
            start, line = end, line + lines
    return blocks


def read_block(block: Block, max_bytes: int = MAX_BYTES) -> Iterator[tuple[int, Item]]:
    """(line number, item) for every non-empty line of ``block``, as ``read_file`` reads
    a JSONL feed: an Article, or a SourceError or SourceWarning naming ``file:line``."""
    with open(block.path, "rb") as f:
        f.seek(block.start)
        data = f.read(block.end - block.start)
    if block.start == 0 and data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for n, raw in enumerate(data.split(b"\n"), start=block.first_line):
        if not raw.strip():
            continue
        where = f"{block.path}:{n}"
        try:
            line = raw.decode("utf-8").rstrip("\r")
        except UnicodeDecodeError as e:
            yield n, SourceError(where, f"not UTF-8 text: byte {e.start + 1} of the line")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield n, SourceError(where, f"malformed JSON line: {e.msg} at column {e.colno}")
            continue
        for item in article_from_record(rec, where, max_bytes):
            yield n, item
