"""The one vocabulary every layer speaks: kinds, relations, statuses, formats and the
default rating scale, each defined once and read with ``typing.get_args`` everywhere.

Plain Python with no pydantic, so that the faces (the TUI's first screen, `factcheck
--help`) can name things without paying for building the models.
"""

from __future__ import annotations

from typing import Literal, get_args

QuoteKind = Literal["direct", "partial", "indirect", "pullquote", "tweet"]
SpeakerKind = Literal["person", "organisation", "other"]
QuantityKind = Literal["money", "percent", "count", "number", "date", "duration"]
Comparator = Literal["=", ">", ">=", "<", "<=", "~"]
StatementType = Literal["quote", "claim"]
StatementKind = Literal["direct", "partial", "indirect", "pullquote", "tweet", "claim"]
Relation = Literal["consistent", "contradiction", "misquote", "duplicate"]
MatchStatus = Literal["open", "confirmed", "dismissed"]
ExtractFormat = Literal["text", "json", "jsonl"]
ExportFormat = Literal["json", "jsonl", "csv", "claimreview", "markdown"]

QUOTE_KINDS: tuple[QuoteKind, ...] = get_args(QuoteKind)
STATEMENT_KINDS: tuple[StatementKind, ...] = get_args(StatementKind)
RELATIONS: tuple[Relation, ...] = get_args(Relation)
MATCH_STATUSES: tuple[MatchStatus, ...] = get_args(MatchStatus)
EXTRACT_FORMATS: tuple[ExtractFormat, ...] = get_args(ExtractFormat)
EXPORT_FORMATS: tuple[ExportFormat, ...] = get_args(ExportFormat)
# kinds whose words are the speaker's own, inside marks or posted by them
QUOTED_KINDS: frozenset[str] = frozenset(QUOTE_KINDS) - {"indirect"}
# relations in the order a reviewer needs them: on a statement's row, among its other
# reports, and as the queue's relation filter cycles
RELATION_PRIORITY: tuple[Relation, ...] = ("contradiction", "misquote", "consistent", "duplicate")

ScaleEntry = tuple[str, str, int | None]
# the ClaimReview ratingValue a verdict may carry: 1 (worst) to 5 (best), or none at all
RATING_RANGE: tuple[int, int] = (1, 5)
DEFAULT_SCALE: tuple[ScaleEntry, ...] = (
    # (verdict, label, ClaimReview ratingValue on a 1-5 scale; None: not a truth rating)
    ("true", "True", 5),
    ("mostly-true", "Mostly true", 4),
    ("misleading", "Misleading", 2),
    ("false", "False", 1),
    ("unverifiable", "Unverifiable", None),
    ("not-a-claim", "Not a claim", None),
)
