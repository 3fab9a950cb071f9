"""What an article page says about itself: JSON-LD (``NewsArticle`` and its kin), Open
Graph and ``article:`` meta tags, Dublin Core, ``<time datetime>``.

JSON-LD comes first because it carries the time with its offset and the byline as
names; the meta tags fill in what it leaves out. Nothing here judges the body text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from lxml.html import HtmlElement

# schema.org types an article page describes itself as
ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "Report",
        "WebPage",
    }
)
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publish-date",
    "pubdate",
    "dc.date.issued",
    "dc.date",
    "date",
)
_AUTHOR_META = ("author", "article:author", "dc.creator", "byl", "sailthru.author")


@dataclass(slots=True)
class PageMeta:
    title: str | None = None
    page_title: str | None = None  # the <title>, site name and all
    author: str | None = None
    published: str | None = None  # as written: parsed by ``dates``
    outlet: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    url: str | None = None


def read_meta(tree: HtmlElement) -> PageMeta:
    """The page's metadata, JSON-LD first, then its meta tags."""
    meta = PageMeta()
    for node in _article_nodes(tree):
        _from_json_ld(meta, node)
        break  # the first article the page describes is the page's article
    tags: dict[str, list[str]] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        content = (el.get("content") or "").strip()
        if key and content:
            tags.setdefault(key, []).append(content)
    first = {k: v[0] for k, v in tags.items()}
    heading = next((" ".join(t.text_content().split()) for t in tree.iter("title")), "")
    meta.page_title = heading or None
    meta.title = meta.title or first.get("og:title") or first.get("twitter:title")
    meta.outlet = meta.outlet or first.get("og:site_name")
    meta.section = meta.section or first.get("article:section") or first.get("section")
    meta.tags = meta.tags or tags.get("article:tag", []) or _split(first.get("news_keywords"))
    meta.author = meta.author or next(
        (first[k] for k in _AUTHOR_META if k in first and not first[k].startswith("http")), None
    )
    meta.published = meta.published or next((first[k] for k in _DATE_META if k in first), None)
    if meta.published is None:
        time = next((t.get("datetime") for t in tree.iter("time") if t.get("datetime")), None)
        meta.published = time
    canonical = next(
        (
            el.get("href")
            for el in tree.iter("link")
            if (el.get("rel") or "").lower() == "canonical"
        ),
        None,
    )
    meta.url = meta.url or canonical or first.get("og:url")
    return meta


def _article_nodes(tree: HtmlElement) -> list[dict[str, Any]]:
    """Every JSON-LD object of an article type on the page, in page order (``@graph`` and
    lists opened); an unreadable block is skipped, as browsers skip it."""
    found: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except json.JSONDecodeError:
            continue
        stack: list[Any] = [data]
        while stack:
            node = stack.pop(0)
            if isinstance(node, list):
                stack[:0] = node
            elif isinstance(node, dict):
                if "@graph" in node:
                    stack[:0] = list(node["@graph"]) if isinstance(node["@graph"], list) else []
                types = node.get("@type")
                types = types if isinstance(types, list) else [types]
                if any(t in ARTICLE_TYPES and t != "WebPage" for t in types):
                    found.append(node)
    return found


def _from_json_ld(meta: PageMeta, node: dict[str, Any]) -> None:
    meta.title = _text(node.get("headline")) or _text(node.get("name"))
    meta.published = _text(node.get("datePublished")) or _text(node.get("dateCreated"))
    meta.author = _names(node.get("author")) or _names(node.get("creator"))
    meta.outlet = _names(node.get("publisher"))
    section = node.get("articleSection")
    meta.section = _text(section[0] if isinstance(section, list) and section else section)
    keywords = node.get("keywords")
    meta.tags = (
        [k.strip() for k in keywords if isinstance(k, str) and k.strip()]
        if isinstance(keywords, list)
        else _split(keywords if isinstance(keywords, str) else None)
    )
    page = node.get("mainEntityOfPage")
    meta.url = _text(node.get("url")) or _text(page.get("@id") if isinstance(page, dict) else page)


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _names(value: Any) -> str | None:
    """A person or organisation, or several, as one byline: "A; B"."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip() and not name.startswith("http"):
            names.append(name.strip())
    return "; ".join(names) or None


def _split(value: str | None) -> list[str]:
    return [t.strip() for t in value.split(",") if t.strip()] if value else []
