"""The extractor: a pure function from an Article to its attributed quotes, speakers and claims.

Stages, each handing the next what it found, and each keeping offsets into the original text:
  text.Document      paragraphs, paired quotation marks (marks), sentences
  names.Cast         people and organisations, titles, aliases, nicknames
  layout             pull quotes, embedded tweets, transcripts (whole-paragraph statements)
  cues               the speech and evaluation verbs outside quotes
  reader             one pass in reading order: quoted regions (quoted), reported speech
                     (reported), pronouns and salience (resolve), then quotes with no tag
                     of their own (carry); every speaker found by a named rule (rules)
  assemble           statements as quote records, pull quotes linked, the speakers
  claims             check-worthy sentences and their normalised figures
Every window and cut-off is in one Policy (policy). No database, no global mutable state:
safe to run in a pool of processes. ``extract_record`` gives plain records (``records``),
without loading pydantic; ``extract`` gives the same as ``models.Extraction``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Article, ExtractionRecord
from .assemble import link_pull_quotes, speakers, to_quote
from .claims import find_claims
from .cues import find_cues
from .layout import layout_statements
from .names import Cast
from .policy import DEFAULT_POLICY, Policy
from .reader import read
from .text import Document

if TYPE_CHECKING:
    from ..models import Extraction

__all__ = ["Policy", "extract", "extract_record"]


def extract(article: Article, *, policy: Policy = DEFAULT_POLICY) -> Extraction:
    """Every quote, reported statement, speaker and claim of one article, as models."""
    from ..models import Extraction  # here: extract_record's callers never load pydantic

    return Extraction.model_validate(extract_record(article, policy=policy))


def extract_record(article: Article, *, policy: Policy = DEFAULT_POLICY) -> ExtractionRecord:
    """Every quote, reported statement, speaker and claim of one article, as plain records."""
    text = article.text
    doc = Document(text, policy)
    cast = Cast(text, {s for s, _ in doc.sentences})
    layout, taken = layout_statements(doc, cast, policy)
    cues = find_cues(doc, taken)
    found = sorted(read(doc, cast, cues, policy, taken, layout), key=lambda f: (f.start, f.end))
    quotes = link_pull_quotes([to_quote(text, f) for f in found], policy)
    claims = find_claims(
        doc, [(q["start"], q["end"], q["speaker"], q["id"]) for q in quotes], article.published
    )
    return {
        "id": article.id,
        "path": article.path,
        "quotes": quotes,
        "claims": claims,
        "speakers": speakers(cast, found),
    }
