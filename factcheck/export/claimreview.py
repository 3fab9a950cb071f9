"""schema.org ClaimReview JSON-LD for reviewed statements, and a linter for it.

The linter reports what Google's fact-check guidelines reject or warn about: a
missing required property, a rating with no text name, a ``claimReviewed`` longer
than the 75 characters that display without wrapping, a url that is not absolute.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..models import AnnotatedStatement, ClaimSet, HistoryEntry

CLAIM_REVIEWED_MAX = 75
APPEARS_IN = ("consistent", "misquote", "duplicate")
UNPUBLISHED = ("not-a-claim",)  # verdicts that say there is nothing to rate
# what an export uses when nobody has said who publishes the reviews: --check flags them
PLACEHOLDER_SITE = "https://factcheck.example/reviews"
PLACEHOLDER_PUBLISHER = "factcheck"


def _date(value: str | None) -> str | None:
    return value[:10] if value else None


def short_claim(text: str, limit: int = CLAIM_REVIEWED_MAX) -> str:
    """The statement cut at a word boundary to ``limit`` characters, marked with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:—–-") + "…"


def first_published(history: Iterable[HistoryEntry]) -> str | None:
    """When the statement first had a verdict that is published: the review's date."""
    for h in history:
        if h.field is None or "verdict" not in h.field.split("+"):
            continue
        verdict = h.new.get("verdict") if isinstance(h.new, dict) else h.new
        if verdict is not None and verdict not in UNPUBLISHED:
            return _date(h.at)
    return None


def published(cs: ClaimSet) -> list[AnnotatedStatement]:
    """The statements a ClaimReview export writes: those with a verdict that rates truth."""
    return [
        s
        for s in cs.statements
        if s.review is not None
        and s.review.verdict is not None
        and s.review.verdict not in UNPUBLISHED
    ]


def build(
    cs: ClaimSet, *, site: str, publisher: str, publisher_url: str | None = None
) -> list[dict[str, Any]]:
    """One ClaimReview per statement with a verdict that rates truth (not "not a claim")."""
    scale = {v: (label, value) for v, label, value in cs.scale}
    top = max((v for _, _, v in cs.scale if v is not None), default=None)
    bottom = min((v for _, _, v in cs.scale if v is not None), default=None)
    articles = {a.id: a for a in cs.articles}
    author: dict[str, Any] = {"@type": "Organization", "name": publisher}
    if publisher_url:
        author["url"] = publisher_url
    out = []
    for s in published(cs):
        review = s.review
        assert review is not None and review.verdict is not None
        label, value = scale.get(review.verdict, (review.verdict, None))
        rating: dict[str, Any] = {"@type": "Rating", "name": label, "alternateName": label}
        if value is not None:
            rating |= {"ratingValue": value, "bestRating": top, "worstRating": bottom}
        if review.note:
            rating["ratingExplanation"] = review.note
        appearances = _appearances(s, articles)
        claim: dict[str, Any] = {"@type": "Claim"}
        if s.speaker:
            kind = "Person" if s.speaker.kind == "person" else "Organization"
            claim["author"] = {"@type": kind, "name": s.speaker.name}
        elif s.article.outlet:
            # a claim in the reporter's own words is the outlet's claim
            claim["author"] = {"@type": "Organization", "name": s.article.outlet}
        if appearances:
            first = appearances[0]
            if first.get("datePublished"):
                claim["datePublished"] = first["datePublished"]
            claim["appearance"] = appearances
            claim["firstAppearance"] = first
        out.append(
            {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "url": f"{site.rstrip('/')}/{s.id}",
                "claimReviewed": review.summary or short_claim(s.text),
                "author": author,
                "datePublished": first_published(s.history) or _date(review.updated_at),
                "reviewRating": rating,
                "itemReviewed": claim,
            }
        )
    return out


def check(
    cs: ClaimSet, *, site: str, publisher: str, publisher_url: str | None = None
) -> list[str]:
    """What stops the ClaimReview of ``cs`` from being published as it is: what Google's
    guidelines reject (``lint``), the placeholder site or publisher, and claims with no
    short summary written by a reviewer (the statement cut short stands in for one)."""
    reviews = build(cs, site=site, publisher=publisher, publisher_url=publisher_url)
    problems = lint(reviews)
    if reviews and site.rstrip("/") == PLACEHOLDER_SITE:
        problems.append(
            f"every url is on the placeholder site {PLACEHOLDER_SITE}; give --site (the base"
            " url of your published reviews) or set it with `factcheck publisher --site`"
        )
    if reviews and publisher == PLACEHOLDER_PUBLISHER:
        problems.append(
            f'the author is the placeholder publisher "{PLACEHOLDER_PUBLISHER}"; give'
            " --publisher and --publisher-url, or set them with `factcheck publisher`"
        )
    for s, r in zip(published(cs), reviews, strict=True):
        if s.review is not None and not s.review.summary:
            problems.append(
                f"{r['url']}: claimReviewed is the statement cut short; write a summary"
                f" (`factcheck summary {s.id} TEXT`, or s on its screen in the workbench)"
            )
    return problems


def _appearances(s: AnnotatedStatement, articles: dict[str, Any]) -> list[dict[str, Any]]:
    """Every article that carries the statement, earliest first."""
    seen: dict[str, dict[str, Any]] = {}
    refs = [s.article.id] + [m.article for m in s.matches if m.relation in APPEARS_IN]
    for aid in refs:
        a = articles.get(aid)
        if a is None or aid in seen:
            continue
        work: dict[str, Any] = {"@type": "CreativeWork"}
        if a.url:
            work["url"] = a.url
        if a.title:
            work["headline"] = a.title
        if a.outlet:
            work["publisher"] = {"@type": "Organization", "name": a.outlet}
        if a.published:
            work["datePublished"] = _date(a.published)
        seen[aid] = work
    return sorted(
        seen.values(),
        key=lambda w: (
            w.get("datePublished") is None,
            w.get("datePublished") or "",
            w.get("url") or "",
        ),
    )


def lint(reviews: list[dict[str, Any]]) -> list[str]:
    """Problems Google's ClaimReview guidelines would flag, one line each."""
    problems = []
    for r in reviews:
        who = r.get("url") or "(no url)"
        for prop in ("claimReviewed", "reviewRating", "url", "author", "itemReviewed"):
            if not r.get(prop):
                problems.append(f"{who}: missing required property {prop}")
        claim = r.get("claimReviewed") or ""
        if len(claim) > CLAIM_REVIEWED_MAX:
            problems.append(
                f"{who}: claimReviewed is {len(claim)} characters; keep it under "
                f"{CLAIM_REVIEWED_MAX} so it displays without wrapping"
            )
        rating = r.get("reviewRating") or {}
        if rating and not rating.get("name"):
            problems.append(f"{who}: reviewRating has no name")
        if rating and not rating.get("alternateName"):
            problems.append(f"{who}: reviewRating has no alternateName (the rating in words)")
        if "ratingValue" in rating:
            lo, hi, v = rating.get("worstRating"), rating.get("bestRating"), rating["ratingValue"]
            if lo is None or hi is None or not (min(lo, hi) <= v <= max(lo, hi)):
                problems.append(f"{who}: ratingValue {v} is outside worstRating..bestRating")
        url = r.get("url") or ""
        if url and not url.startswith(("http://", "https://")):
            problems.append(f"{who}: url must be an absolute http(s) address")
        author = r.get("author") or {}
        if author and not author.get("name"):
            problems.append(f"{who}: author has no name")
        if author and not author.get("url"):
            problems.append(f"{who}: author has no url (--publisher-url)")
        item = r.get("itemReviewed") or {}
        if item:
            if not (item.get("author") or {}).get("name"):
                problems.append(f"{who}: itemReviewed has no author (who made the claim)")
            if not any(w.get("url") for w in item.get("appearance", [])):
                problems.append(f"{who}: itemReviewed has no appearance with a url")
    return problems
