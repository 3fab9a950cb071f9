"""Feed and page dates through kept parsers: the publisher's local day, never UTC's, and
a warning naming the value when no rule reads it."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline.dates import UnreadableDate, parse_published
from factcheck.pipeline.sources import Article, SourceWarning, read_file

DAY = date(2019, 11, 19)


@pytest.mark.parametrize(
    ("value", "day", "offset_hours"),
    [
        ("2019-11-19", DAY, None),
        ("2019-11-19T22:30:00-05:00", DAY, -5),  # the 20th in UTC: the publisher's day wins
        ("2019-11-19T22:30:00Z", DAY, 0),
        ("20191119", DAY, None),
        ("Tue, 19 Nov 2019 22:30:00 -0500", DAY, -5),  # RSS pubDate, RFC 2822
        ("Tue, 19 Nov 2019 22:30:00 EST", DAY, -5),
        ("Tue, 19 Nov 2019 22:30:00 GMT", DAY, 0),
        ("Nov. 19, 2019", DAY, None),
        ("November 19, 2019", DAY, None),
        ("19 November 2019", DAY, None),
        ("Tuesday, November 19, 2019 10:30 PM EST", DAY, -5),
        ("19/11/2019", DAY, None),  # day first
        ("11/19/2019", DAY, None),  # cannot be day first: month first
        ("03/04/2019", date(2019, 4, 3), None),  # ambiguous: day first, as documented
        ("19.11.2019", DAY, None),
        (1574202600, DAY, 0),  # epoch seconds: 22:30 UTC on the 19th
        ("1574202600", DAY, 0),
        (1574202600000, DAY, 0),  # epoch milliseconds
    ],
)
def test_common_forms_read_to_the_publishers_day(value, day, offset_hours):
    got = parse_published(value)
    assert got is not None and got.day == day
    if offset_hours is None:
        assert got.at is None or got.at.tzinfo is None
    else:
        assert got.at is not None and got.at.utcoffset().total_seconds() == offset_hours * 3600


@pytest.mark.parametrize("value", ["soon", "Nov 2019", "2019-13-45", True, 99, "next Tuesday"])
def test_unreadable_dates_are_refused_naming_the_value(value):
    with pytest.raises(UnreadableDate, match="cannot read the date"):
        parse_published(value)


@pytest.mark.parametrize("value", [None, ""])
def test_no_date_is_no_date(value):
    assert parse_published(value) is None


def test_a_feed_line_with_an_unreadable_date_is_kept_with_a_warning_naming_the_line(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text(
        '{"id": "a", "text": "One.", "published": "Tue, 19 Nov 2019 22:30:00 -0500"}\n'
        '{"id": "b", "text": "Two.", "pubDate": "someday"}\n'
        '{"id": "c", "text": "Three.", "date": 1574202600, "author": [{"name": "Ann Lee"}],'
        ' "section": "World", "tags": "trade, china"}\n',
        encoding="utf-8",
    )
    items = list(read_file(p))
    warnings = [str(i) for i in items if isinstance(i, SourceWarning)]
    assert warnings == [
        f"{p}:2: cannot read the date 'someday'; the article is kept without a date"
    ]
    a, b, c = [i for i in items if isinstance(i, Article)]
    assert a.published == DAY and a.published_at is not None
    assert b.published is None
    assert (c.published, c.author, c.section, c.tags) == (
        DAY,
        "Ann Lee",
        "World",
        ["trade", "china"],
    )
