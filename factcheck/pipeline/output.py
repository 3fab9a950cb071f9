"""One article's extraction written out: a JSONL line, a JSON record, or a terminal listing.

Rendering runs where the extraction ran, in the worker process, so the parent of a pool
receives a short string instead of unpickling a tree of records. It reads the extractor's
plain records (``records``): `factcheck extract` never loads pydantic.
"""

from __future__ import annotations

from typing import Any

from ..records import Article, ExtractionRecord, extraction_json
from ..vocabulary import EXTRACT_FORMATS


def render(article: Article, x: ExtractionRecord, fmt: str) -> Any:
    """``jsonl``: one line; ``json``: a plain dict for an enclosing list; ``text``: a listing.

    An article from a feed is written under the feed's own id, so that a script can pair
    each line it wrote with the line it gets back.
    """
    if article.source_id is not None:
        x = {**x, "id": article.source_id}
    if fmt == "jsonl":
        return extraction_json(x) + "\n"
    if fmt == "json":
        return x
    if fmt == "text":
        return render_text(article, x)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(EXTRACT_FORMATS)}")


def render_text(article: Article, x: ExtractionRecord) -> str:
    """A listing for a person at a terminal: speaker, kind, quote; then the claims."""
    quotes, claims = x["quotes"], x["claims"]
    lines = [
        f"{article.path or article.id}  —  {len(quotes)} quotes, {len(claims)} claims, "
        f"{len(x['speakers'])} speakers"
    ]
    width = max((len(q["speaker"] or "?") for q in quotes), default=8)
    width = min(width, 28)
    for q in quotes:
        who = (q["speaker"] or "(unattributed)")[:28]
        text = q["text"].replace("\n", " ")
        if len(text) > 100:
            text = text[:97] + "…"
        kind, repeats = q["kind"], q["repeats"]
        mark = "" if kind == "indirect" else "“"
        extra = f"  [repeats {repeats}]" if repeats else ""
        lines.append(f"  {who:<{width}}  {kind:<9}  {mark}{text}{'”' if mark else ''}{extra}")
    if claims:
        lines.append("  claims:")
        for c in claims:
            text = c["text"].replace("\n", " ")
            if len(text) > 90:
                text = text[:87] + "…"
            figures = ", ".join(q["text"] for q in c["quantities"])
            lines.append(f"    • {text}  [{figures}]")
    return "\n".join(lines) + "\n\n"
