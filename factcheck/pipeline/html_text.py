"""Our own reader of a page's text: every text block, boilerplate and all, with the
standard library's parser.

It is the fallback for a page the main-text extractor finds nothing in (a fragment, a
page of a few lines): there it is better to read everything than nothing. A ``<form>`` is
read like any block, since some CMSs wrap the whole page in one.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

BLOCKS = frozenset(
    [
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "div",
        "section",
        "article",
        "br",
        "tr",
        "figcaption",
        "pre",
        "dd",
        "dt",
    ]
)
SKIP = frozenset(
    [
        "script",
        "style",
        "noscript",
        "nav",
        "footer",
        "header",
        "aside",
        "svg",
        "button",
        "iframe",
        "template",
        "select",
    ]
)


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.in_title = False
        self.title = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP:
            self.skip += 1
        elif tag == "title":
            self.in_title = True
        if tag in BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP and self.skip:
            self.skip -= 1
        elif tag == "title":
            self.in_title = False
        if tag in BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif not self.skip:
            self.parts.append(data)


def page_text(html: str) -> tuple[str, str]:
    """(the page's text blocks as paragraphs, its ``<title>``)."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    raw = "".join(parser.parts)
    paras = [re.sub(r"[ \t\r\n\u00a0]+", " ", p).strip() for p in re.split(r"\n\s*\n", raw)]
    return "\n\n".join(p for p in paras if p), " ".join(parser.title.split())
