"""The extraction's tables on disk: one folder a table, one part file a block.

Parquet (the default) with a fixed schema a table, so that every part reads the same
whatever it holds, or JSONL for tools that want text. A part is written to a temporary
name and renamed, so a folder never holds half a part: a job stopped midway leaves whole
parts, and its rerun rewrites them. A worker appends to a part as it goes (``PartWriter``:
a Parquet row group, or lines, at a time), so what it holds is bounded by what it appends
at once, not by the size of its block.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

FORMATS = ("parquet", "jsonl")
MANIFEST = "manifest.json"

_S, _I, _F, _B = pa.string(), pa.int64(), pa.float64(), pa.bool_()

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            ("order", _I),
            ("block", _I),
            ("line", _I),
            ("id", _S),
            ("identity", _S),
            ("title", _S),
            ("outlet", _S),
            ("published", _S),
            ("day", _I),
            ("url", _S),
            ("path", _S),
            ("author", _S),
            ("statements", _I),
            ("anchors", pa.list_(_S)),
            ("prepared", _S),
        ]
    ),
    "statements": pa.schema(
        [
            ("order", _I),
            ("article_order", _I),
            ("article_id", _S),
            ("document", _S),
            ("outlet", _S),
            ("published", _S),
            ("day", _I),
            ("id", _S),
            ("type", _S),
            ("kind", _S),
            ("quoted", _B),
            ("indexed", _B),
            ("text", _S),
            ("start", _I),
            ("end", _I),
            ("parts", _S),
            ("speaker", _S),
            ("speaker_mention", _S),
            ("cue", _S),
            ("rule", _S),
            ("repeats", _S),
            ("quote_id", _S),
            ("worth", _I),
            ("figures", _S),
            ("norm", _S),
            ("text_key", _I),
            ("anchors", pa.list_(_S)),
            ("shingles", pa.list_(_I)),
            ("strong", pa.list_(_I)),
        ]
    ),
    "errors": pa.schema(
        [("block", _I), ("line", _I), ("source", _S), ("level", _S), ("reason", _S)]
    ),
    "duplicates": pa.schema(
        [("a", _S), ("b", _S), ("relation", _S), ("score", _F), ("reasons", _S), ("diff", _S)]
    ),
}
SCHEMAS["matches"] = SCHEMAS["duplicates"]


def part_name(number: int, fmt: str) -> str:
    return f"part-{number:06d}.{fmt}"


def write_part(
    out: Path, table: str, number: int, rows: Sequence[dict[str, Any]], fmt: str
) -> None:
    """One part of ``table``, whole or not at all; none for no rows."""
    with PartWriter(out, table, number, fmt) as w:
        w.append(rows)


class PartWriter:
    """One part of ``table`` written in pieces: a Parquet row group, or lines, an
    ``append``; renamed into place on a clean exit, removed on an error; no file for no
    rows."""

    def __init__(self, out: Path, table: str, number: int, fmt: str) -> None:
        self.table, self.fmt = table, fmt
        self.final = out / table / part_name(number, fmt)
        self.tmp = self.final.parent / f".{self.final.name}.tmp"
        self.rows = 0
        self._parquet: pq.ParquetWriter | None = None
        self._text: Any = None

    def append(self, rows: Sequence[dict[str, Any]]) -> None:
        if not rows:
            return
        if not self.rows:
            self.final.parent.mkdir(parents=True, exist_ok=True)
            if self.fmt == "parquet":
                self._parquet = pq.ParquetWriter(self.tmp, SCHEMAS[self.table])
            else:
                self._text = self.tmp.open("w", encoding="utf-8")
        if self._parquet is not None:
            self._parquet.write_table(pa.Table.from_pylist(list(rows), schema=SCHEMAS[self.table]))
        else:
            self._text.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        self.rows += len(rows)

    def __enter__(self) -> PartWriter:
        return self

    def __exit__(self, kind: object, *_: object) -> None:
        for f in (self._parquet, self._text):
            if f is not None:
                f.close()
        if not self.rows:
            return
        if kind is None:
            os.replace(self.tmp, self.final)
        else:
            self.tmp.unlink(missing_ok=True)


def write_frame(out: Path, table: str, number: int, frame: pd.DataFrame, fmt: str) -> int:
    """A pandas partition as one part; how many rows."""
    rows = frame.to_dict("records")
    write_part(out, table, number, [_plain(r) for r in rows], fmt)
    return len(rows)


def _plain(r: dict[str, Any]) -> dict[str, Any]:
    return {k: (None if isinstance(v, float) and v != v else v) for k, v in r.items()}


def parts(out: Path, table: str) -> list[Path]:
    folder = out / table
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix[1:] in FORMATS and p.is_file())


def pieces(out: Path, table: str, rows: int) -> list[tuple[Path, list[int] | None]]:
    """``table`` cut into pieces of about ``rows`` rows: runs of a Parquet part's row
    groups (a worker writes one every ``work.FLUSH_ARTICLES`` articles), so that how much
    a task reads does not grow with the size of a block; a JSONL part whole. Reads the
    parts' footers only."""
    out_pieces: list[tuple[Path, list[int] | None]] = []
    for path in parts(out, table):
        if path.suffix != ".parquet":
            out_pieces.append((path, None))
            continue
        meta = pq.ParquetFile(path).metadata
        run: list[int] = []
        held = 0
        for g in range(meta.num_row_groups):
            n = meta.row_group(g).num_rows
            if run and held + n > rows:
                out_pieces.append((path, run))
                run, held = [], 0
            run.append(g)
            held += n
        if run:
            out_pieces.append((path, run))
    return out_pieces


def read_part(
    path: Path, columns: Sequence[str] | None = None, row_groups: list[int] | None = None
) -> pd.DataFrame:
    """One part (or these row groups of it) as a DataFrame of the table's types, Parquet
    or JSONL alike."""
    table = path.parent.name
    schema = SCHEMAS[table]
    if path.suffix == ".parquet":
        cols = list(columns) if columns else None
        if row_groups is None:
            t = pq.read_table(path, columns=cols)
        else:
            t = pq.ParquetFile(path).read_row_groups(row_groups, columns=cols)
    else:
        with path.open(encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
        names = list(columns) if columns else schema.names
        sub = pa.schema([schema.field(n) for n in names])
        t = pa.Table.from_pylist([{n: r.get(n) for n in names} for r in rows], schema=sub)
    return t.to_pandas(types_mapper=_types)


def empty(table: str, columns: Sequence[str] | None = None) -> pd.DataFrame:
    schema = SCHEMAS[table]
    names = list(columns) if columns else schema.names
    sub = pa.schema([schema.field(n) for n in names])
    return sub.empty_table().to_pandas(types_mapper=_types)


def _types(t: pa.DataType) -> Any:
    if t == pa.int64():
        return pd.Int64Dtype()
    if t == pa.bool_():
        return pd.BooleanDtype()
    return None


def rows(out: Path, table: str, columns: Sequence[str] | None = None) -> Iterable[dict[str, Any]]:
    """Every row of ``table`` in part order, a part at a time."""
    for p in parts(out, table):
        yield from records(read_part(p, columns))


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """A part's rows as plain dicts: None for a missing value, lists for arrays."""
    return [_plain(r) for r in _records(frame)]


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    out = []
    for r in frame.to_dict("records"):
        out.append({k: (None if v is pd.NA else _listify(v)) for k, v in r.items()})
    return out


def _listify(v: Any) -> Any:
    return v.tolist() if hasattr(v, "tolist") and not isinstance(v, (str, bytes)) else v


def write_manifest(out: Path, data: dict[str, Any]) -> None:
    tmp = out / f".{MANIFEST}.tmp"
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, out / MANIFEST)


def read_manifest(out: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
