"""Exports of annotated claim sets: json, jsonl, csv, ClaimReview JSON-LD, Markdown; and the
JSON Schemas of the models (``schemas``).

``records`` reads a claim set from the store; ``report`` and ``claimreview`` render it.
Imports the models and the store's queries; never the app, the TUI or the CLI.
"""

from __future__ import annotations

import json

from ..models import EXPORT_FORMATS, ClaimSet, ClaimSetHeader
from . import claimreview
from .claimreview import PLACEHOLDER_PUBLISHER, PLACEHOLDER_SITE
from .records import Filters, collect, context_of
from .report import to_csv, to_markdown

__all__ = [
    "PLACEHOLDER_PUBLISHER",
    "PLACEHOLDER_SITE",
    "Filters",
    "claimreview",
    "collect",
    "context_of",
    "render",
]


def render(
    cs: ClaimSet,
    fmt: str,
    *,
    site: str = PLACEHOLDER_SITE,
    publisher: str = PLACEHOLDER_PUBLISHER,
    publisher_url: str | None = None,
    bom: bool = True,
) -> str:
    """The export as text, deterministic for one database state."""
    if fmt == "json":
        return cs.model_dump_json(indent=2) + "\n"
    if fmt == "jsonl":
        header = ClaimSetHeader(scale=cs.scale, articles=cs.articles)
        lines = [header.model_dump_json()] + [s.model_dump_json() for s in cs.statements]
        return "\n".join(lines) + "\n"
    if fmt == "csv":
        return to_csv(cs, bom=bom)
    if fmt == "claimreview":
        reviews = claimreview.build(cs, site=site, publisher=publisher, publisher_url=publisher_url)
        return json.dumps(reviews, indent=2, ensure_ascii=False) + "\n"
    if fmt == "markdown":
        return to_markdown(cs)
    raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(EXPORT_FORMATS)}")
