"""Markdown read through markdown-it-py: CommonMark's syntax, not a regex's guess, and
offsets that hold in the text that is stored."""

from __future__ import annotations

from factcheck.app.ingest import ingest
from factcheck.extract import extract
from factcheck.pipeline.markdown_text import markdown_text
from factcheck.pipeline.sources import Article, read_file

STORY = """---
title: Tariff talks
outlet: Gazette
author: Ann Lee
date: Nov. 19, 2019
---
# Tariff talks resume

**Breaking**: [Treasury Secretary Steven Mnuchin](https://x.org) said on Tuesday that the
`tariff_schedule_v2` file and the snake_case_name rule were *final*.

> “We are not going to rush into a deal,” Mnuchin said.

| Goods | Old rate | New rate |
|-------|---------:|---------:|
| Soybeans | 25% | 30% |
| Steel | 10% | 25% |

- Tariffs on $250 billion of goods rose to 30% on Oct. 15, officials said.
- ![chart](c.png) A second point.
"""


def test_underscores_inside_words_are_kept_and_markup_goes():
    text = markdown_text("A file_name_here and _emphasis_ and __strong__ and `a_b`.").text
    assert text == "A file_name_here and emphasis and strong and a_b."


def test_tables_are_read_as_text_rows():
    text = markdown_text("| a | b |\n|---|---|\n| 1 | 2 |\n| x_y | *z* |\n").text
    assert text.split("\n\n") == ["a | b", "1 | 2", "x_y | z"]


def test_a_markdown_article_keeps_its_metadata_and_its_offsets(tmp_path):
    p = tmp_path / "story.md"
    p.write_text(STORY, encoding="utf-8")
    (a,) = list(read_file(p))
    assert isinstance(a, Article)
    assert (a.title, a.outlet, a.author, a.published.isoformat()) == (
        "Tariff talks",
        "Gazette",
        "Ann Lee",
        "2019-11-19",
    )
    assert "tariff_schedule_v2" in a.text and "snake_case_name" in a.text
    assert "Soybeans | 25% | 30%" in a.text.split("\n\n")
    for mark in ("**", "](", "> ", "|---", "![", "#"):
        assert mark not in a.text
    x = extract(a)
    items = [*x.quotes, *x.claims]
    assert any("rush into a deal" in q.text for q in x.quotes)
    assert any("$250 billion" in c.text for c in x.claims)
    for item in items:
        assert a.text[item.start : item.end] == item.text


def test_offsets_hold_in_the_stored_text(store, tmp_path):
    p = tmp_path / "story.md"
    p.write_text(STORY, encoding="utf-8")
    ingest(store, read_file(p))
    text = store.scalar("SELECT text FROM articles")
    rows = store.conn.execute('SELECT text, start, "end" FROM statements').fetchall()
    assert rows
    for words, start, end in rows:
        assert text[start:end] == words
