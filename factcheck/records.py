"""Articles in and extraction records out, as plain Python: no validation library loaded.

`factcheck extract` reads articles and writes what the extractor found, and nothing else;
paying for pydantic's import and schema builds there (about 0.1 s, a tenth of a run over a
day's news) buys nothing, since the extractor's own code makes every record. So the
extractor builds plain dicts shaped as ``models.Extraction`` (the ``*Record`` types below,
key for key in the models' field order), and ``models.Extraction.model_validate`` makes the
models of the same data where a caller wants them (``extract.extract``, ingest). The
``Article`` an input becomes is a slotted dataclass that checks its own fields, with the
field named in the error, as a feed's bad line must be reported.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, ClassVar, TypedDict, TypeVar

from .vocabulary import Comparator, QuantityKind, QuoteKind, SpeakerKind


def content_id(text: str) -> str:
    """A stable id for a text: the same words give the same id on any machine."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def version_id(text: str, source_id: str | None = None) -> str:
    """The id of one version of an article.

    Without a feed id it is the hash of the text, so the same file read from two places is
    one article. With one it is the feed id and a short hash of the text: a corrected text
    under that id gets an id of its own (a new version), and one text under two feed ids
    (two outlets running the same copy) stays two articles.
    """
    return content_id(text) if source_id is None else f"{source_id}@{content_id(text)[:8]}"


class InvalidArticle(ValueError):
    """An article field of the wrong type: ``field`` names it, the message says what it is."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(f'"{field_name}": {message}')
        self.field = field_name
        self.message = message


_OPTIONAL_TEXT = ("title", "outlet", "url", "path", "source_id", "author", "section")


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One news article; its id comes from its text (see ``version_id``), so re-reading it
    gives the same id."""

    # the JSON schema (schemas/article.schema.json) takes each field's docstring below
    __pydantic_config__: ClassVar[dict[str, bool]] = {"use_attribute_docstrings": True}

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    """The day of publication in the publisher's own time zone, as printed."""
    published_at: datetime | None = None
    """The moment of publication with the UTC offset the source gave, when it gave a time."""
    url: str | None = None
    path: str | None = None
    source_id: str | None = None
    """The feed's own id for the article, when it gives one."""
    author: str | None = None
    """The byline: who wrote it."""
    section: str | None = None
    """The section it ran in."""
    tags: list[str] = field(default_factory=list)
    """The page's own tags or topics."""

    def __post_init__(self) -> None:
        for name in ("id", "text"):
            if not isinstance(getattr(self, name), str):
                raise InvalidArticle(name, f"should be a string, not {_kind(getattr(self, name))}")
        for name in _OPTIONAL_TEXT:
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise InvalidArticle(name, f"should be a string, not {_kind(value)}")
        if not isinstance(self.tags, list) or not all(isinstance(t, str) for t in self.tags):
            raise InvalidArticle("tags", "should be a list of strings")
        object.__setattr__(self, "published", _as_date(self.published))
        object.__setattr__(self, "published_at", _as_datetime(self.published_at))

    @classmethod
    def from_text(cls, text: str, **meta: Any) -> Article:
        meta = {k: v for k, v in meta.items() if v is not None}
        source_id = meta.get("source_id")
        meta.setdefault("id", version_id(text, str(source_id) if source_id is not None else None))
        return cls(text=text, **meta)

    @property
    def identity(self) -> str:
        """What makes two texts versions of one article: the feed's id, else the url, else
        the path (else, for an article from nowhere, its id)."""
        return self.source_id or self.url or self.path or self.id

    def to_json(self) -> dict[str, Any]:
        """The fields as JSON values (dates as ISO strings); ``Article(**d)`` reads them back."""
        d = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        for name in ("published", "published_at"):
            if d[name] is not None:
                d[name] = d[name].isoformat()
        d["tags"] = list(self.tags)
        return d


def _kind(value: object) -> str:
    return {bool: "true or false", int: "a number", float: "a number", list: "a list"}.get(
        type(value), "an object" if isinstance(value, dict) else type(value).__name__
    )


D = TypeVar("D", bound=date)


def _as_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return _iso(value, date, "published", "a date (YYYY-MM-DD)")


def _as_datetime(value: object) -> datetime | None:
    return _iso(value, datetime, "published_at", "a date and time (ISO 8601)")


def _iso(value: object, kind: type[D], name: str, what: str) -> D | None:
    """``value`` as ``kind``: itself, or read from an ISO 8601 string."""
    if value is None or isinstance(value, kind):
        return value
    if isinstance(value, str):
        try:
            return kind.fromisoformat(value)
        except ValueError:
            pass
    raise InvalidArticle(name, f"should be {what}, not {value!r}")


# --- extraction records: the models' fields, in their order (tests/test_records.py) -------


class SpanRecord(TypedDict):
    start: int
    end: int


class QuantityRecord(TypedDict):
    start: int
    end: int
    text: str
    kind: QuantityKind
    value: float | None
    unit: str | None
    comparator: Comparator
    date: str | None
    key: str


class QuoteRecord(TypedDict):
    start: int
    end: int
    text: str
    id: str
    kind: QuoteKind
    speaker: str | None
    speaker_mention: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    parts: list[SpanRecord]
    repeats: str | None
    rule: str | None


class ClaimRecord(TypedDict):
    start: int
    end: int
    text: str
    id: str
    quantities: list[QuantityRecord]
    speaker: str | None
    quote_id: str | None


class SpeakerRecord(TypedDict):
    name: str
    aliases: list[str]
    role: str | None
    kind: SpeakerKind
    gender: str | None


class ExtractionRecord(TypedDict):
    id: str
    path: str | None
    quotes: list[QuoteRecord]
    claims: list[ClaimRecord]
    speakers: list[SpeakerRecord]


def extraction_json(record: ExtractionRecord) -> str:
    """One JSON line, as ``models.Extraction.model_dump_json`` writes the same data."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
