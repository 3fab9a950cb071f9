"""The data every layer shares: articles in, attributed quotes and claims out.

Offsets are character offsets into ``Article.text``; every extracted item keeps
``article.text[item.start:item.end] == item.text`` so that a reviewer can always
be shown the exact words in their source.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .records import Article as Article
from .records import content_id as content_id
from .records import version_id as version_id
from .vocabulary import (
    DEFAULT_SCALE as DEFAULT_SCALE,
)
from .vocabulary import (
    EXPORT_FORMATS as EXPORT_FORMATS,
)
from .vocabulary import (
    EXTRACT_FORMATS as EXTRACT_FORMATS,
)
from .vocabulary import (
    MATCH_STATUSES as MATCH_STATUSES,
)
from .vocabulary import (
    QUOTE_KINDS as QUOTE_KINDS,
)
from .vocabulary import (
    QUOTED_KINDS as QUOTED_KINDS,
)
from .vocabulary import (
    RATING_RANGE as RATING_RANGE,
)
from .vocabulary import (
    RELATION_PRIORITY as RELATION_PRIORITY,
)
from .vocabulary import (
    RELATIONS as RELATIONS,
)
from .vocabulary import (
    STATEMENT_KINDS as STATEMENT_KINDS,
)
from .vocabulary import (
    Comparator as Comparator,
)
from .vocabulary import (
    ExportFormat as ExportFormat,
)
from .vocabulary import (
    ExtractFormat as ExtractFormat,
)
from .vocabulary import (
    MatchStatus as MatchStatus,
)
from .vocabulary import (
    QuantityKind as QuantityKind,
)

# the vocabulary, re-exported beside the models that use it
from .vocabulary import (
    QuoteKind as QuoteKind,
)
from .vocabulary import (
    Relation as Relation,
)
from .vocabulary import (
    ScaleEntry as ScaleEntry,
)
from .vocabulary import (
    SpeakerKind as SpeakerKind,
)
from .vocabulary import (
    StatementKind as StatementKind,
)
from .vocabulary import (
    StatementType as StatementType,
)


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

    id: str = Field(
        description="The article's id (`factcheck extract` writes the feed's own id when it"
        " gives one)."
    )
    path: str | None = Field(default=None, description="Where the article was read from.")
    quotes: list[Quote] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    speakers: list[Speaker] = Field(default_factory=list)


# --- annotated claim sets: what `factcheck export` writes and `factcheck import` reads ----


class _BuiltOnFirstUse(BaseModel):
    """A model that extraction never uses: its validator and serialiser are built the first
    time it is used, not on import by every command."""

    model_config = ConfigDict(defer_build=True)


EXPORT_FORMAT: Literal["factcheck-claim-set"] = "factcheck-claim-set"
EXPORT_VERSION = 1


class ArticleRef(_BuiltOnFirstUse):
    """Where a statement was published."""

    id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = Field(
        default=None, description="ISO 8601 date: the publisher's local day."
    )
    published_at: str | None = Field(
        default=None, description="ISO 8601 time with the UTC offset the source gave."
    )
    url: str | None = None
    path: str | None = None
    source_id: str | None = Field(
        default=None, description="The feed's own id for the article, when it gave one."
    )
    author: str | None = Field(default=None, description="The byline.")
    section: str | None = None
    tags: list[str] = Field(default_factory=list)
    version: int = Field(
        default=1, description="1, or later for a changed text under one feed id, url or path."
    )
    superseded_by: str | None = None


class ExportedArticle(ArticleRef):
    """An article with its full text, so that an import can rebuild every offset."""

    text: str


class SpeakerRef(_BuiltOnFirstUse):
    name: str
    role: str | None = None
    kind: SpeakerKind = "person"
    aliases: list[str] = Field(default_factory=list)


class MatchRef(_BuiltOnFirstUse):
    """Another report of the same statement, and how the two relate."""

    statement: str = Field(description="The other statement's id.")
    article: str = Field(description="The other statement's article id.")
    outlet: str | None = None
    text: str
    relation: Relation
    score: float
    reasons: list[str]
    diff: list[tuple[Literal["=", "-", "+"], str]] | None = Field(
        default=None, description="Word-level diff of a misquote: (op, words) pairs."
    )
    status: MatchStatus = "open"


class ReviewRecord(_BuiltOnFirstUse):
    verdict: str | None = None
    verdict_label: str | None = None
    summary: str | None = Field(
        default=None, description="The reviewer's short wording of the claim (ClaimReview)."
    )
    note: str | None = None
    evidence: list[str] = Field(default_factory=list)
    reviewer: str | None = None
    updated_at: str
    revision: int = 1


class HistoryEntry(_BuiltOnFirstUse):
    at: str
    reviewer: str | None = None
    action: str
    field: str | None = None
    old: Any = None
    new: Any = None


class AnnotatedStatement(_BuiltOnFirstUse):
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
    rule: str | None = Field(
        default=None,
        description="The attribution rule that found the speaker (factcheck.extract.rules).",
    )
    parts: list[tuple[int, int]] = Field(default_factory=list)
    repeats: str | None = None
    quote_id: str | None = None
    quantities: list[Quantity] = Field(default_factory=list)
    matches: list[MatchRef] = Field(default_factory=list)
    review: ReviewRecord | None = None
    history: list[HistoryEntry] = Field(default_factory=list)


class ClaimSetHeader(_BuiltOnFirstUse):
    """The first line of a JSONL export: what it is, and the articles it quotes."""

    format: Literal["factcheck-claim-set"] = EXPORT_FORMAT
    version: int = EXPORT_VERSION
    scale: list[ScaleEntry] = Field(
        description="The rating scale: (verdict, label, ClaimReview ratingValue or null)."
    )
    articles: list[ExportedArticle]


class ClaimSet(ClaimSetHeader):
    """A JSON export: the header's fields and every statement."""

    statements: list[AnnotatedStatement]


SCHEMA_MODELS: dict[str, type] = {  # a model, or the Article dataclass (TypeAdapter reads both)
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
