"""Markdown to the plain text an article is stored as, through markdown-it-py (which comes
with Textual), so the syntax is CommonMark's and not a regex's guess: underscores inside
words stay (``file_name_here``), emphasis and links give their words, a table gives one
paragraph a row with its cells between " | ", a heading, a list item or a quoted block a
paragraph of its own. Line breaks inside a paragraph stay, since transcripts and posts are
read by their lines. Every offset the extractor gives is into this text, which is what is
stored: ``text[start:end] == item.text`` holds for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .html_text import page_text

CELL_SEPARATOR = " | "  # between a table row's cells, as Markdown writes them


@dataclass(frozen=True, slots=True)
class MarkdownText:
    text: str
    title: str | None  # the first level-one heading


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def markdown_text(source: str) -> MarkdownText:
    tokens = _parser().parse(source)
    paras: list[str] = []
    title: str | None = None
    row: list[str] | None = None
    heading = ""
    for tok in tokens:
        if tok.type == "heading_open":
            heading = tok.tag
        elif tok.type == "heading_close":
            heading = ""
        elif tok.type == "tr_open":
            row = []
        elif tok.type == "tr_close" and row is not None:
            paras.append(CELL_SEPARATOR.join(row))
            row = None
        elif tok.type == "inline":
            words = inline_text(tok.children or [])
            if row is not None:
                row.append(" ".join(words.split()))
            elif words.strip():
                paras.append(words.strip())
                if heading == "h1" and title is None:
                    title = " ".join(words.split())
        elif tok.type in ("fence", "code_block") and tok.content.strip():
            paras.append(tok.content.strip("\n"))
        elif tok.type == "html_block":
            text, _ = page_text(tok.content)
            paras += [p for p in text.split("\n\n") if p]
    return MarkdownText("\n\n".join(paras), title)


def inline_text(children: list[Token]) -> str:
    """The words of a paragraph's inline tokens: text and code as written, markup gone."""
    out: list[str] = []
    for t in children:
        if t.type in ("text", "code_inline"):
            out.append(t.content)
        elif t.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif t.type == "html_inline":
            continue  # a tag's words are none
        elif t.type == "image":
            continue  # an image's alt text is a caption, not the article's words
    return "".join(out)
