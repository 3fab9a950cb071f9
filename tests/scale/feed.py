"""A generated news feed for the scale tests: stories reported by several outlets over a
news cycle, so that matching has work of every kind to do.

Each story has a speaker, a quote and a figure; two to four outlets report it within a
few days, some word for word, some with the figure changed or a word of the quote
swapped, some undated. A stock line recurs across many stories (boilerplate, linked as a
chain), and a few articles are sent twice.

With ``cast`` (stories per newcomer), the feed is an archive rather than a season: every
``cast`` stories a new person and a new place enter the news, and a story's speaker and
place are drawn from the ``ACTIVE`` most recent ones, so that how often a name or a place
recurs does not grow with the feed, as over years of news. The benchmark of the Dask
engine (``benchmarks/scale.py``) uses it; the tests use the fixed cast.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path


def _words(text: str) -> list[str]:
    return text.split()


FIRST = _words("Maria John Priya Tomas Aisha Viktor Hannah Omar Elena Kenji Rosa Felix")
LAST = _words("Okafor Lindqvist Haddad Moreau Tanaka Brennan Castillo Novak Ferreira Osei")
ROLES = ["Finance Minister", "Mayor", "Health Secretary", "union leader", "Commerce Secretary"]
OUTLETS = ["Daily Ledger", "Morning Post", "City Wire", "Evening Herald"]
VERBS = ["said", "told reporters", "said on Tuesday", "added"]
CLAIMS = [
    "The council approved ${amount} million for {topic}, according to the budget papers.",
    "{place} has spent ${amount} million on {topic} since 2019.",
    "Work on {topic} will cost ${amount} million, officials in {place} estimate.",
    "About {amount} people in {place} signed a petition against {topic}.",
    "Auditors found {amount} faults in {topic} last year.",
]
CLOSERS = [
    "Officials did not give a date for the next vote.",
    "A spokeswoman declined to comment further.",
    "The opposition has called for an inquiry.",
    "Residents will be consulted in the spring.",
]
STOCK = "We will keep working with our partners to deliver for every family in this country"


PLACES = _words(
    "Aldmoor Brackwater Corvale Dunmere Eastlow Farrowby Glenhurst Harlton Ivesby Jarrow"
)
THINGS = _words(
    "ferries clinics depots tramlines libraries bridges shelters reservoirs pylons kilns"
)
PLEDGES = ["rebuild", "reopen", "fund", "inspect", "close", "sell", "expand", "repair"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


SYLLABLES = _words(
    "bar kel tor vin mos dra lep sul gor fen ash rik tam bel nor cav pel zun hod mir"
)


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))


ACTIVE = 100  # people and places in the news at any one time, with ``cast``
PLACE_ENDS = _words("ton by mere ford wick stead")


class Cast:
    """People and places entering the news one each ``every`` stories; the words of its
    stories' topics and quotes longer, so that two unrelated quotes seldom share one."""

    def __init__(self, every: int) -> None:
        self.every = every
        self.people: list[str] = []
        self.places: list[str] = []

    def pick(self, rng: random.Random, story: int) -> tuple[str, str]:
        while len(self.people) <= story // self.every:
            self.people.append(f"{rng.choice(FIRST)} {_word(rng).capitalize()}")
            self.places.append(_word(rng).capitalize() + rng.choice(PLACE_ENDS))
        return rng.choice(self.people[-ACTIVE:]), rng.choice(self.places[-ACTIVE:])

    @staticmethod
    def word(rng: random.Random) -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4)))


def _story(rng: random.Random, n: int, cast: Cast | None = None) -> dict[str, str | int]:
    word = _word
    if cast is None:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        place = rng.choice(PLACES)
    else:
        name, place = cast.pick(rng, n)
        word = cast.word
    topic = f"the {word(rng)} {rng.choice(THINGS)}"
    quote = (
        f"We will {rng.choice(PLEDGES)} {topic} in {place} before {rng.choice(MONTHS)}"
        f" and the {word(rng)} {word(rng)} will {word(rng)} every {word(rng)} after that"
    )
    return {
        "n": n,
        "name": name,
        "role": rng.choice(ROLES),
        "topic": topic,
        "place": place,
        "amount": rng.randint(2, 900),
        "quote": quote,
    }


def _report(rng: random.Random, s: dict[str, str | int], outlet: str, change: str) -> str:
    name, role, topic = str(s["name"]), str(s["role"]), str(s["topic"])
    surname = name.split()[-1]
    amount = int(s["amount"]) + (7 if change == "figure" else 0)
    quote = str(s["quote"])
    if change == "word":
        quote = quote.replace(" every ", " each ")
    verb = rng.choice(VERBS)
    lines = [
        f"{role[0].upper()}{role[1:]} {name} spoke on {topic} as the council met.",
        rng.choice(CLAIMS).format(amount=amount, topic=topic, place=s["place"]),
        f"\u201c{quote},\u201d {surname} {verb}.",
        rng.choice(CLOSERS),
    ]
    if rng.random() < 0.3:
        lines.append(f"\u201c{STOCK},\u201d a spokesman for the ministry said.")
    body = lines[1:]
    rng.shuffle(body)
    return f"{outlet} reports.\n\n" + "\n\n".join([lines[0], *body]) + "\n"


def write_feed(path: Path, n_articles: int, *, seed: int = 5, cast: int | None = None) -> int:
    """Write about ``n_articles`` JSONL lines (plus a repeat and a bad line); how many.
    ``cast``: stories per new person and place (see above); None, a fixed cast."""
    rng = random.Random(seed)
    start = date(2026, 3, 1)
    out: list[str] = []
    story = 0
    people = Cast(cast) if cast else None
    while len(out) < n_articles:
        s = _story(rng, story, people)
        day = start + timedelta(days=story // 6)
        for outlet in rng.sample(OUTLETS, rng.randint(2, 4)):
            change = rng.choices(["", "figure", "word"], [8, 1, 1])[0]
            rec: dict[str, object] = {
                "id": f"{outlet.lower().replace(' ', '-')}-{story}",
                "outlet": outlet,
                "title": f"{s['name']} on {s['topic']}",
                "text": _report(rng, s, outlet, change),
            }
            if rng.random() < 0.85:
                rec["published"] = (day + timedelta(days=rng.randint(0, 2))).isoformat()
            out.append(json.dumps(rec, ensure_ascii=False))
        story += 1
    out.insert(len(out) // 2, out[3])  # an article sent twice
    out.insert(len(out) // 3, "{not json")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return len(out)
