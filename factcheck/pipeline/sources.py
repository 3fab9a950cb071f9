"""Reading articles from files: plain text, Markdown, HTML, JSON and JSONL feeds.

Every reader yields Articles, SourceErrors and SourceWarnings: one bad file, or one bad
line of a feed, is reported by name and the rest of the batch still goes through; an
article with a date no rule reads is kept without it, with a warning naming the line.
HTML pages are read by ``html_page`` (trafilatura), imported only when a page comes.
"""

from __future__ import annotations

import codecs
import errno
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..records import Article, InvalidArticle
from .dates import Published, UnreadableDate, parse_published
from .items import Item, SourceError, SourceWarning

__all__ = [
    "MAX_BYTES",
    "SUFFIXES",
    "Item",
    "SourceError",
    "SourceWarning",
    "article_from_record",
    "expand_paths",
    "read_bytes",
    "read_file",
    "read_paths",
    "read_stdin",
]

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".ndjson"}
# Files that sit beside articles in a folder and are not articles themselves.
_NOT_ARTICLES = ("README", "LICENSE", "CHANGELOG", "CONTRIBUTING")
MAX_BYTES = 10 * 1024 * 1024  # a news article is kilobytes; megabytes means a wrong file


def expand_paths(paths: Iterable[str]) -> Iterator[Path | SourceError]:
    """Files named, and the article files under directories named, in a stable order.

    A link that leads nowhere (broken, or a loop) is reported, not skipped or taken for a
    missing file.
    """
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(
                f
                for f in p.rglob("*")
                if f.suffix.lower() in SUFFIXES
                and not f.stem.upper().startswith(_NOT_ARTICLES)
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
                and (f.is_file() or f.is_symlink())
            )
            if not found:
                yield SourceError(
                    raw, "directory holds no article files (.txt .md .html .json .jsonl)"
                )
            for f in found:
                yield f if f.is_file() else SourceError(str(f), _unreadable_link(f))
        elif p.is_file():
            yield p
        elif p.is_symlink():
            yield SourceError(raw, _unreadable_link(p))
        elif p.exists():
            yield SourceError(raw, "not a regular file")
        else:
            yield SourceError(raw, "no such file or directory")


def _unreadable_link(p: Path) -> str:
    """Why a symbolic link cannot be read: a loop, a dangling target, or not a file."""
    try:
        p.stat()
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "symbolic link loop"
        if e.errno == errno.ENOENT:
            return f"broken symbolic link (to {os.readlink(p)}, which does not exist)"
        return e.strerror or str(e)
    return "link to something that is not a regular file"


def read_paths(paths: Iterable[str], *, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    for p in expand_paths(paths):
        if isinstance(p, SourceError):
            yield p
        else:
            yield from read_file(p, max_bytes=max_bytes)


def read_file(path: Path, *, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes and path.suffix.lower() not in {".jsonl", ".ndjson", ".json"}:
            yield SourceError(
                name,
                f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB article limit",
            )
            return
        data = path.read_bytes()
    except OSError as e:
        yield SourceError(name, e.strerror or str(e))
        return
    yield from read_bytes(data, name, suffix=path.suffix.lower(), max_bytes=max_bytes)


def read_stdin(*, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    if sys.stdin is None:  # started with standard input closed (`<&-`)
        yield SourceError("<stdin>", "standard input is closed")
        return
    try:
        data = sys.stdin.buffer.read()
    except OSError as e:
        yield SourceError("<stdin>", f"cannot read: {e.strerror or e}")
        return
    text = _decode(data, "<stdin>")
    stripped = text.lstrip() if isinstance(text, str) else ""
    suffix = (
        ".jsonl"
        if stripped.startswith("{")
        else ".json"
        if stripped.startswith("[")
        else ".html"
        if stripped.startswith("<")
        else ".txt"
    )
    yield from read_bytes(data, "<stdin>", suffix=suffix, max_bytes=max_bytes, decoded=text)


def read_bytes(
    data: bytes,
    name: str,
    *,
    suffix: str,
    max_bytes: int = MAX_BYTES,
    decoded: str | SourceError | None = None,
) -> Iterator[Item]:
    """``decoded``: what _decode(data, name) gives, when the caller has it already."""
    if suffix in {".html", ".htm"}:
        yield from _read_html(data, name, max_bytes)
        return
    text = _decode(data, name) if decoded is None else decoded
    if isinstance(text, SourceError):
        yield text
        return
    if _blank(text):
        yield SourceError(name, "empty file")
        return
    if suffix in {".jsonl", ".ndjson"}:
        yield from _read_jsonl(text, name, max_bytes)
    elif suffix == ".json":
        yield from _read_json(text, name, max_bytes)
    elif len(data) > max_bytes:
        yield SourceError(
            name,
            f"file is {len(data) / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB article limit",
        )
    elif suffix in {".md", ".markdown"}:
        yield from _read_markdown(text, name)
    else:
        yield Article.from_text(_normalise_newlines(text), path=name)


# byte-order marks, longest first: UTF-32's little-endian mark begins with UTF-16's
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
BINARY_SNIFF_BYTES = 8192  # a NUL this early and no byte-order mark: not text at all


def _decode(data: bytes, name: str) -> str | SourceError:
    """Text from bytes: UTF-8, or UTF-8/16/32 after a byte-order mark. A NUL anywhere is
    refused: no article holds one, and SQLite and terminals treat it as an end."""
    encoding, label = "utf-8", "UTF-8"
    for bom, codec, what in _BOMS:
        if data.startswith(bom):
            data, encoding, label = data[len(bom) :], codec, what
            break
    else:
        if b"\x00" in data[:BINARY_SNIFF_BYTES]:
            return SourceError(name, "binary file, not text")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        return SourceError(
            name, f"not valid {label} (byte 0x{data[e.start]:02x} at offset {e.start})"
        )
    nul = text.find("\x00")
    if nul >= 0:
        return SourceError(name, f"holds a NUL character at offset {nul}: not an article")
    return text


def _blank(text: str) -> bool:
    """Empty or only whitespace: what ``not text.strip()`` says, without copying the text
    (a whole feed, on the first check)."""
    return not text or text.isspace()


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _published(value: Any, source: str) -> tuple[Published | None, SourceWarning | None]:
    """A date as the source wrote it, or a warning that names it when no rule reads it."""
    try:
        return parse_published(value), None
    except UnreadableDate as e:
        return None, SourceWarning(source, f"{e}; the article is kept without a date")


def article_from_record(rec: Any, source: str, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """An Article from one feed object: {"id", "text", "title", "outlet", "published", "url",
    "author", "section", "tags"}, after a warning for a date that cannot be read.

    The feed's ``id`` is kept as the article's ``source_id``: what makes a later line with
    the same id and another text a new version of it.
    """
    if not isinstance(rec, dict):
        yield SourceError(source, f"expected a JSON object, got {type(rec).__name__}")
        return
    text = rec.get("text", rec.get("body", rec.get("content")))
    if not isinstance(text, str):
        yield SourceError(source, 'no "text" string in the article object')
        return
    if _blank(text):
        yield SourceError(source, "article text is empty")
        return
    if len(text.encode("utf-8")) > max_bytes:
        yield SourceError(
            source,
            f"article text is {len(text) / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit",
        )
        return
    for key, value in rec.items():
        if isinstance(value, str) and "\x00" in value:
            yield SourceError(source, f'"{key}" holds a NUL character: not an article')
            return
    ident = rec.get("id")
    if isinstance(ident, (dict, list, bool)):
        yield SourceError(source, f'"id" must be a string or a number, not {_json_type(ident)}')
        return
    raw_date = next((rec[k] for k in _DATE_KEYS if rec.get(k) not in (None, "")), None)
    published, warning = _published(raw_date, source)
    tags = rec.get("tags", rec.get("keywords"))
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",") if t.strip()]
    try:
        article = Article.from_text(
            _normalise_newlines(text),
            source_id=str(ident) if ident is not None and str(ident).strip() else None,
            title=rec.get("title") or None,
            outlet=rec.get("outlet") or rec.get("source") or None,
            published=published.day if published else None,
            published_at=published.at if published else None,
            url=rec.get("url") or None,
            path=source,
            author=_byline(rec.get("author", rec.get("byline"))),
            section=rec.get("section") or None,
            tags=tags or None,
        )
    except InvalidArticle as e:
        field_name = {"source_id": "id"}.get(e.field, e.field)
        yield SourceError(source, f'invalid article: "{field_name}": {e.message}')
        return
    if warning:
        yield warning
    yield article


# where feeds put the publication date, in the order they are looked for
_DATE_KEYS = ("published", "date", "pubDate", "published_at", "datePublished", "timestamp")


def _byline(value: Any) -> Any:
    """An author as feeds write one: a name, a list of names, or {"name": ...} objects."""
    items = value if isinstance(value, list) else [value]
    names = [i.get("name") if isinstance(i, dict) else i for i in items]
    strings = [n.strip() for n in names if isinstance(n, str)]
    if len(strings) == len(names):
        return "; ".join(n for n in strings if n) or None
    return value  # the wrong type: validation names the field


def _json_type(value: Any) -> str:
    return {dict: "an object", list: "a list", bool: "true or false"}.get(type(value), "that")


def _read_jsonl(text: str, name: str, max_bytes: int) -> Iterator[Item]:
    for n, line in enumerate(text.splitlines(), start=1):
        if _blank(line):
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield SourceError(f"{name}:{n}", f"malformed JSON line: {e.msg} at column {e.colno}")
            continue
        yield from article_from_record(rec, f"{name}:{n}", max_bytes)


def _read_json(text: str, name: str, max_bytes: int) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        yield SourceError(name, f"malformed JSON: {e.msg} at line {e.lineno} column {e.colno}")
        return
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    records = data if isinstance(data, list) else [data]
    if not records:
        yield SourceError(name, "holds no articles (an empty JSON list)")
        return
    for i, rec in enumerate(records):
        yield from article_from_record(
            rec, f"{name}[{i}]" if isinstance(data, list) else name, max_bytes
        )


# -- Markdown -----------------------------------------------------------------------------
_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def _read_markdown(text: str, name: str) -> Iterator[Item]:
    """Front matter for the metadata, then the body through markdown-it-py
    (``markdown_text``), imported here so that other inputs never load it."""
    from .markdown_text import markdown_text

    text = _normalise_newlines(text)
    meta: dict[str, str] = {}
    m = _FRONT.match(text)
    if m:
        for line in m.group(1).splitlines():
            if ":" in line:
                k, v = line.split(":", 1)
                meta[k.strip().lower()] = v.strip().strip("\"'")
        text = text[m.end() :]
    body = markdown_text(text)
    if _blank(body.text):
        yield SourceError(name, "Markdown file holds no text")
        return
    published, warning = _published(meta.get("published") or meta.get("date"), name)
    if warning:
        yield warning
    yield Article.from_text(
        body.text + "\n",
        title=meta.get("title") or body.title,
        outlet=meta.get("outlet") or meta.get("source"),
        published=published.day if published else None,
        published_at=published.at if published else None,
        url=meta.get("url"),
        path=name,
        author=meta.get("author"),
    )


# -- HTML ---------------------------------------------------------------------------------


def _read_html(data: bytes, name: str, max_bytes: int) -> Iterator[Item]:
    """A page in any encoding it declares or its bytes show (``encodings``), its main text
    by trafilatura (``html_page``, imported here so that other inputs never load it)."""
    if len(data) > max_bytes:
        yield SourceError(
            name,
            f"file is {len(data) / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB article limit",
        )
        return
    if not data.strip():
        yield SourceError(name, "empty file")
        return
    if b"\x00" in data[:BINARY_SNIFF_BYTES] and not data.startswith(tuple(b for b, _, _ in _BOMS)):
        yield SourceError(name, "binary file, not text")
        return
    from .html_page import read_page

    yield from read_page(data, name)
