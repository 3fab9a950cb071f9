"""Statements as the records the rest of the package reads: quotes, pull-quote links, speakers
(``records.QuoteRecord``, ``SpeakerRecord``: the models' fields as plain dicts)."""

from __future__ import annotations

import re

from ..records import QuoteRecord, SpeakerRecord
from .names import Cast
from .policy import Policy
from .statements import Found


def to_quote(text: str, f: Found) -> QuoteRecord:
    a = f.attribution
    np = a.np if a else None
    cue = a.cue if a else None
    said = cue is not None and cue.start != cue.end
    return {
        "start": f.start,
        "end": f.end,
        "text": text[f.start : f.end],
        "id": f"q{f.start}-{f.end}",
        "kind": f.kind,  # type: ignore[typeddict-item]
        "speaker": a.name if a else None,
        "speaker_mention": np.text if np else None,
        "speaker_start": np.start if np else None,
        "speaker_end": np.end if np else None,
        "cue": cue.word if cue and said else None,
        "cue_start": cue.start if cue and said else None,
        "cue_end": cue.end if cue and said else None,
        "parts": [{"start": s, "end": e} for s, e in f.parts] if len(f.parts) > 1 else [],
        "repeats": None,
        "rule": a.rule if a else None,
    }


def link_pull_quotes(quotes: list[QuoteRecord], policy: Policy) -> list[QuoteRecord]:
    """A pull quote repeats a body quote: link it so it never counts as a second statement.

    Only the body quotes sharing most of a pull quote's rarest words are scored (at most
    ``policy.pullquote_candidates``), so an article with thousands of quotes is not scored
    pull quote by body quote; a body quote an 85% partial match repeats shares those words."""
    out = list(quotes)
    if all(q["kind"] != "pullquote" for q in quotes):
        return out
    # Imported here: most articles hold no pull quote, and rapidfuzz costs ~7 ms of start-up.
    from rapidfuzz import fuzz

    postings: dict[str, list[int]] = {}
    for j, body in enumerate(quotes):
        if body["kind"] != "pullquote" and len(body["text"]) >= policy.pullquote_min_body:
            for w in _words(body["text"]):
                postings.setdefault(w, []).append(j)
    for i, q in enumerate(quotes):
        if q["kind"] != "pullquote":
            continue
        shared: dict[int, int] = {}
        found = (w for w in _words(q["text"]) if w in postings)
        words = sorted(found, key=lambda w: (len(postings[w]), w))  # ties by word: no set order
        for w in words[: policy.pullquote_rare_words]:
            for j in postings[w]:
                shared[j] = shared.get(j, 0) + 1
        near = sorted(shared, key=lambda j: (-shared[j], j))[: policy.pullquote_candidates]
        best, best_key = None, 0
        for j in sorted(near):
            body = quotes[j]
            score = fuzz.partial_ratio(body["text"], q["text"])
            if score >= policy.pullquote_min_score and len(body["text"]) > best_key:
                best, best_key = body, len(body["text"])
        if best is not None:
            out[i] = {**q, "repeats": best["id"]}
    return out


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if len(w) >= 3}


_WORD = re.compile(r"\w+")


def speakers(cast: Cast, found: list[Found]) -> list[SpeakerRecord]:
    """The article's people and organisations, and any speaker named only by a phrase."""
    out: dict[str, SpeakerRecord] = {}
    for ent in cast.entities.values():
        out[ent.name] = {
            "name": ent.name,
            "aliases": sorted(ent.aliases),
            "role": ent.role,
            "kind": ent.kind,  # type: ignore[typeddict-item]
            "gender": ent.gender,
        }
    for f in found:
        a = f.attribution
        if a is not None and a.name and a.name not in out:
            kind = a.kind if a.kind in {"person", "organisation", "other"} else "person"
            out[a.name] = {
                "name": a.name,
                "aliases": [],
                "role": None,
                "kind": kind,  # type: ignore[typeddict-item]
                "gender": None,
            }
    return sorted(out.values(), key=lambda s: s["name"])
