"""The extractor: a pure function from an Article to its attributed quotes, speakers and claims.

Stages, each keeping offsets into the original text:
  text.Document      paragraphs, paired quotation marks, sentences
  names.Cast         people and organisations, titles, aliases, nicknames
  layout             pull quotes, embedded tweets, transcripts (whole-paragraph statements)
  quotes.QuoteFinder quotes and reported speech, attributed and resolved
  claims             check-worthy sentences and their normalised figures
No database, no global state: safe to run in a pool of processes.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from ..models import Article, Extraction, Quote, Span, Speaker
from .claims import find_claims
from .layout import layout_statements
from .names import Cast
from .quotes import Found, QuoteFinder
from .text import Document

__all__ = ["extract"]

PULLQUOTE_MIN_SCORE = 85.0


def extract(article: Article) -> Extraction:
    """Every quote, reported statement, speaker and claim of one article."""
    text = article.text
    doc = Document(text)
    cast = Cast(text, {s for s, _ in doc.sentences})
    layout, taken = layout_statements(doc, cast)
    finder = QuoteFinder(doc, cast, skip_paragraphs=taken)
    found = sorted(layout + finder.run(), key=lambda f: (f.start, f.end))
    quotes = [_to_quote(text, f) for f in found]
    _link_pull_quotes(quotes)
    claims = find_claims(
        doc, [(q.start, q.end, q.speaker, q.id) for q in quotes], article.published
    )
    return Extraction(
        id=article.id,
        path=article.path,
        quotes=quotes,
        claims=claims,
        speakers=_speakers(cast, found),
    )


def _to_quote(text: str, f: Found) -> Quote:
    a = f.attribution
    np = a.np if a else None
    cue = a.cue if a else None
    return Quote(
        id=f"q{f.start}-{f.end}",
        text=text[f.start : f.end],
        start=f.start,
        end=f.end,
        kind=f.kind,  # type: ignore[arg-type]
        speaker=a.name if a else None,
        speaker_mention=np.text if np else None,
        speaker_start=np.start if np else None,
        speaker_end=np.end if np else None,
        cue=cue.word if cue and cue.start != cue.end else None,
        cue_start=cue.start if cue and cue.start != cue.end else None,
        cue_end=cue.end if cue and cue.start != cue.end else None,
        parts=[Span(start=s, end=e) for s, e in f.parts] if len(f.parts) > 1 else [],
    )


def _link_pull_quotes(quotes: list[Quote]) -> None:
    """A pull quote repeats a body quote: link it so it never counts as a second statement."""
    for i, q in enumerate(quotes):
        if q.kind != "pullquote":
            continue
        best, best_key = None, (False, 0)
        for j, body in enumerate(quotes):
            if j == i or body.kind == "pullquote" or len(body.text) < 15:
                continue
            score = fuzz.partial_ratio(body.text, q.text)
            key = (score >= PULLQUOTE_MIN_SCORE, len(body.text))
            if score >= PULLQUOTE_MIN_SCORE and key > best_key:
                best, best_key = body, key
        if best is not None:
            quotes[i] = q.model_copy(update={"repeats": best.id})


def _speakers(cast: Cast, found: list[Found]) -> list[Speaker]:
    out: dict[str, Speaker] = {}
    for ent in cast.entities.values():
        out[ent.name] = Speaker(
            name=ent.name,
            aliases=sorted(ent.aliases),
            role=ent.role,
            kind=ent.kind,  # type: ignore[arg-type]
            gender=ent.gender,  # type: ignore[arg-type]
        )
    for f in found:
        a = f.attribution
        if a is not None and a.name and a.name not in out:
            kind = a.kind if a.kind in {"person", "organisation", "other"} else "person"
            out[a.name] = Speaker(name=a.name, kind=kind)  # type: ignore[arg-type]
    return sorted(out.values(), key=lambda s: s.name)
