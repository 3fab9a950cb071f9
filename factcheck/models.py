"""The data every layer shares: articles in, attributed quotes and claims out.

Offsets are character offsets into ``Article.text``; every extracted item keeps
``article.text[item.start:item.end] == item.text`` so that a reviewer can always
be shown the exact words in their source.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

QuoteKind = Literal["direct", "partial", "indirect", "pullquote", "tweet"]
SpeakerKind = Literal["person", "organisation", "other"]
QuantityKind = Literal["money", "percent", "count", "number", "date", "duration"]
Comparator = Literal["=", ">", ">=", "<", "<=", "~"]


def content_id(text: str) -> str:
    """A stable id for a text: the same words give the same id on any machine."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class Span(BaseModel):
    """A half-open character range ``[start, end)`` into an article's text."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self


class TextSpan(Span):
    """A span together with the words it covers."""

    text: str


class Article(BaseModel):
    """One news article; its id is a hash of its text, so re-reading it gives the same id."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    url: str | None = None
    path: str | None = None

    @classmethod
    def from_text(cls, text: str, **meta: object) -> Article:
        meta = {k: v for k, v in meta.items() if v is not None}
        meta.setdefault("id", content_id(text))
        return cls(text=text, **meta)  # type: ignore[arg-type]


class Speaker(BaseModel):
    """A person or organisation that says things, with every way the article names them."""

    name: str = Field(description="Canonical name, e.g. 'Robert Lighthizer' for 'Bob Lighthizer'.")
    aliases: list[str] = Field(default_factory=list)
    role: str | None = Field(default=None, description="Title or role, e.g. 'Treasury Secretary'.")
    kind: SpeakerKind = "person"
    gender: Literal["m", "f"] | None = None


class Quantity(TextSpan):
    """A figure as written and as a value, so two spellings of one figure compare equal."""

    kind: QuantityKind
    value: float | None = Field(
        default=None, description="Numeric value in base units: 2.5e11 for 'US$250 billion'."
    )
    unit: str | None = Field(
        default=None, description="ISO currency code, '%', 'day' for durations, or a counted noun."
    )
    comparator: Comparator = "="
    date: str | None = Field(
        default=None,
        description="ISO 8601 date, year-month or year; '--MM-DD' when the year is unknown.",
    )
    key: str = Field(description="Normalised form: equal keys mean the same figure.")


class Quote(TextSpan):
    """A statement attributed to a speaker. For direct quotes the span excludes the marks."""

    id: str
    kind: QuoteKind
    speaker: str | None = Field(default=None, description="Canonical name of the speaker.")
    speaker_mention: str | None = Field(
        default=None, description="The words naming the speaker at this attribution ('he')."
    )
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = Field(
        default=None, description="The attribution cue: 'said', 'according to'."
    )
    cue_start: int | None = None
    cue_end: int | None = None
    parts: list[Span] = Field(
        default_factory=list,
        description="The quoted pieces when the quote is split around its attribution.",
    )
    repeats: str | None = Field(
        default=None, description="For a pull quote: the id of the body quote it repeats."
    )
    rule: str | None = Field(
        default=None,
        description="The attribution rule that found the speaker (factcheck.extract.rules).",
    )


class Claim(TextSpan):
    """A check-worthy factual statement and the figures it rests on."""

    id: str
    quantities: list[Quantity] = Field(default_factory=list)
    speaker: str | None = Field(
        default=None, description="Who makes the claim; None for the reporter's own voice."
    )
    quote_id: str | None = Field(default=None, description="The quote the claim sits in, if any.")


class Extraction(BaseModel):
    """Everything the extractor found in one article."""

    id: str = Field(description="The article's id.")
    path: str | None = Field(default=None, description="Where the article was read from.")
    quotes: list[Quote] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    speakers: list[Speaker] = Field(default_factory=list)


# --- annotated claim sets: what `factcheck export` writes and `factcheck import` reads ----

EXPORT_FORMAT = "factcheck-claim-set"
EXPORT_VERSION = 1
StatementType = Literal["quote", "claim"]
StatementKind = Literal["direct", "partial", "indirect", "pullquote", "tweet", "claim"]
RelationName = Literal["consistent", "contradiction", "misquote", "duplicate"]
MatchStatus = Literal["open", "confirmed", "dismissed"]


class ArticleRef(BaseModel):
    """Where a statement was published."""

    id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = Field(default=None, description="ISO 8601 date.")
    url: str | None = None
    path: str | None = None
    version: int = Field(default=1, description="1, or later for a changed text at one url.")
    superseded_by: str | None = None


class ExportedArticle(ArticleRef):
    """An article with its full text, so that an import can rebuild every offset."""

    text: str


class SpeakerRef(BaseModel):
    name: str
    role: str | None = None
    kind: SpeakerKind = "person"
    aliases: list[str] = Field(default_factory=list)


class MatchRef(BaseModel):
    """Another report of the same statement, and how the two relate."""

    statement: str = Field(description="The other statement's id.")
    article: str = Field(description="The other statement's article id.")
    outlet: str | None = None
    text: str
    relation: RelationName
    score: float
    reasons: list[str]
    diff: list[tuple[Literal["=", "-", "+"], str]] | None = Field(
        default=None, description="Word-level diff of a misquote: (op, words) pairs."
    )
    status: MatchStatus = "open"


class ReviewRecord(BaseModel):
    verdict: str | None = None
    verdict_label: str | None = None
    note: str | None = None
    evidence: list[str] = Field(default_factory=list)
    reviewer: str | None = None
    updated_at: str
    revision: int = 1


class HistoryEntry(BaseModel):
    at: str
    reviewer: str | None = None
    action: str
    field: str | None = None
    old: Any = None
    new: Any = None


class AnnotatedStatement(BaseModel):
    """One statement with everything known and decided about it."""

    id: str = Field(description="Article id / local id: stable across databases.")
    type: StatementType
    kind: StatementKind
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    article: ArticleRef
    context: str = Field(description="The paragraph the statement sits in.")
    speaker: SpeakerRef | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    parts: list[tuple[int, int]] = Field(default_factory=list)
    repeats: str | None = None
    quote_id: str | None = None
    quantities: list[Quantity] = Field(default_factory=list)
    matches: list[MatchRef] = Field(default_factory=list)
    review: ReviewRecord | None = None
    history: list[HistoryEntry] = Field(default_factory=list)


class ClaimSetHeader(BaseModel):
    """The first line of a JSONL export: what it is, and the articles it quotes."""

    format: Literal["factcheck-claim-set"] = EXPORT_FORMAT
    version: int = EXPORT_VERSION
    scale: list[tuple[str, str, int | None]] = Field(
        description="The rating scale: (verdict, label, ClaimReview ratingValue or null)."
    )
    articles: list[ExportedArticle]


class ClaimSet(ClaimSetHeader):
    """A JSON export: the header's fields and every statement."""

    statements: list[AnnotatedStatement]


SCHEMA_MODELS: dict[str, type[BaseModel]] = {
    "article": Article,
    "speaker": Speaker,
    "quantity": Quantity,
    "quote": Quote,
    "claim": Claim,
    "extraction": Extraction,
    "annotated-statement": AnnotatedStatement,
    "claim-set": ClaimSet,
    "claim-set-header": ClaimSetHeader,
}
