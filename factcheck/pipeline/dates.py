"""Publication dates as feeds and pages write them, read by kept parsers.

The day kept is the publisher's local day: the date as written in the time zone the
source gives, never converted to UTC, so a story stamped 2019-11-19T22:30:00-05:00 is
from the 19th (UTC says the 20th). The rules, first that reads the value wins:

1. epoch seconds or milliseconds (a number, or a string of digits): UTC, which is all
   an epoch says;
2. ISO 8601 (``datetime.fromisoformat``), with or without a time and an offset;
3. RFC 2822, as RSS ``pubDate`` and e-mail write it (``email.utils``);
4. anything else through dateutil, day first: "19/11/2019" is the 19th of November,
   and so is "11/19/2019", which cannot be read day first; "03/04/2019" is 3 April.
   A value without a day ("Nov 2019") or that dateutil cannot read is refused, and the
   caller warns, naming the value: never a silent drop.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any


@dataclass(frozen=True, slots=True)
class DatePolicy:
    """How ambiguous dates are read."""

    day_first: bool = True  # 03/04/2019 is 3 April (most of the world; ISO is unambiguous)
    # epoch values are read only inside these years: anything else is not a timestamp
    epoch_years: tuple[int, int] = (1990, 2100)
    millis_above: int = 10**11  # a count of seconds this large would be past the year 5000


DEFAULT_POLICY = DatePolicy()

# zone abbreviations news pages print, as fixed offsets (hours east of UTC)
ZONE_OFFSETS: dict[str, float] = {
    "UTC": 0, "GMT": 0, "Z": 0,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AKST": -9, "AKDT": -8, "HST": -10,
    "BST": 1, "IST": 5.5, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3,
    "SGT": 8, "HKT": 8, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11,
}  # fmt: skip
_TZINFOS = {k: timezone(timedelta(hours=v), k) for k, v in ZONE_OFFSETS.items()}
_DIGITS = re.compile(r"\d+(?:\.\d+)?")


@dataclass(frozen=True, slots=True)
class Published:
    """When an article was published: the publisher's local day, and the moment with the
    offset the source gave when it gave a time."""

    day: date
    at: datetime | None = None


class UnreadableDate(ValueError):
    """A date the source gives that no rule reads; the message names it."""


def parse_published(value: Any, policy: DatePolicy = DEFAULT_POLICY) -> Published | None:
    """The publication date in ``value``; None when there is none; ``UnreadableDate``
    when there is one that cannot be read."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise UnreadableDate(f"cannot read the date {value!r}")
    if isinstance(value, datetime):
        return Published(value.date(), value if _has_time(value) else None)
    if isinstance(value, date):
        return Published(value)
    if isinstance(value, (int, float)):
        return _epoch(value, policy, str(value))
    if not isinstance(value, str):
        raise UnreadableDate(f"cannot read a date from {type(value).__name__}")
    s = value.strip()
    if not s:
        return None
    if _DIGITS.fullmatch(s) and len(s) > 8:  # 20191119 is a day, not a timestamp
        return _epoch(float(s), policy, s)
    return _iso(s) or _rfc2822(s) or _other(s, policy)


def _has_time(dt: datetime) -> bool:
    return dt.tzinfo is not None or (dt.hour, dt.minute, dt.second) != (0, 0, 0)


def _epoch(value: float, policy: DatePolicy, raw: str) -> Published:
    seconds = value / 1000 if value > policy.millis_above else value
    lo, hi = policy.epoch_years
    try:
        at = datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        raise UnreadableDate(f"cannot read the date {raw!r}: not a timestamp") from None
    if not lo <= at.year < hi:
        raise UnreadableDate(f"cannot read the date {raw!r}: as a timestamp it is {at.year}")
    return Published(at.date(), at)


def _iso(s: str) -> Published | None:
    try:
        dt = datetime.fromisoformat(s.replace("z", "Z"))
    except ValueError:
        return None
    if len(s) <= 10:  # a date alone
        return Published(dt.date())
    return Published(dt.date(), dt)


def _rfc2822(s: str) -> Published | None:
    if not re.search(r"\d{1,2}\s+[A-Za-z]{3}\s+\d{4}", s):
        return None
    import email.utils  # here: only RSS-style dates need it, and it costs ~8 ms of start-up

    try:
        dt = email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError):
        return None
    return Published(dt.date(), dt)


def _other(s: str, policy: DatePolicy) -> Published:
    from dateutil import parser  # only feeds with free-form dates pay for it

    def read(default: datetime) -> datetime:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # an unknown zone name: the day stands as written
            return parser.parse(s, default=default, dayfirst=policy.day_first, tzinfos=_TZINFOS)

    try:
        first, second = read(datetime(2001, 1, 1)), read(datetime(2002, 2, 2))
    except (ValueError, OverflowError, parser.ParserError):
        raise UnreadableDate(f"cannot read the date {s!r}") from None
    if first.date() != second.date():  # a part of it came from the defaults
        raise UnreadableDate(f"cannot read the date {s!r}: it names no day")
    return Published(first.date(), first if _has_time(first) else None)
