"""A generated news corpus with planted contradictions, for benchmarks/ingest.py.

Each story is a handful of facts (a tariff, a meeting, a count, a quote, a pledge),
reported by two to four outlets, each in its own words: paraphrase templates, names
written in full or as "Ms Okafor", background sentences in between. In some reports
one fact is changed (an amount, a percentage, a date, a count, a negation) or a
quote reworded; the generator records which, and where, so the benchmark can score
what matching flags. Stories follow one another as a news cycle does: the reports of
one story arrive close together.
"""

from __future__ import annotations

import calendar
import random
import re
from dataclasses import dataclass, field

from factcheck.models import Article


def _names(text: str) -> list[str]:
    return text.split()


FIRST = {
    "m": _names(
        "John Steven Robert David Kenji Thomas Lucas Samuel Carlos Peter Omar Viktor Daniel "
        "Felix Martin Hugo Paul Ivan George Anton"
    ),
    "f": _names(
        "Maria Laura Ana Priya Olga Fatima Ingrid Mei Aisha Hannah Julia Chloe Nadia Rosa "
        "Elena Amara Sofia Leila Zara Clara"
    ),
}
LAST = _names(
    "Santos Miller Chen Okafor Novak Haddad Lindqvist Reyes Ito Kowalski Mensah Duarte Brennan "
    "Petrov Nakamura Fischer Oyelaran Castillo Andersen Moreau Kaplan Varga Sato Bianchi "
    "Hartmann Quinn Delgado Osei Laurent Horvath Tanaka Ferreira Walsh Eriksen Zhou Mbeki "
    "Rossi Nilsson Abbott Keller Ibrahim Vance Costa Jensen Farouk Lund Marsh Pereira Stone"
)
ROLES = [
    "Trade Minister",
    "Finance Minister",
    "Commerce Secretary",
    "Economy Minister",
    "Trade Representative",
    "Industry Minister",
    "Agriculture Secretary",
    "Treasury Secretary",
]
COUNTRIES = [
    ("Germany", "German"),
    ("Japan", "Japanese"),
    ("Brazil", "Brazilian"),
    ("India", "Indian"),
    ("Canada", "Canadian"),
    ("Mexico", "Mexican"),
    ("Korea", "Korean"),
    ("France", "French"),
    ("Italy", "Italian"),
    ("Vietnam", "Vietnamese"),
    ("Turkey", "Turkish"),
    ("Chile", "Chilean"),
    ("Norway", "Norwegian"),
    ("Egypt", "Egyptian"),
    ("Kenya", "Kenyan"),
    ("Poland", "Polish"),
]
CITIES = [
    "Geneva",
    "Brussels",
    "Singapore",
    "Tokyo",
    "Ottawa",
    "Nairobi",
    "Lisbon",
    "Seoul",
    "Santiago",
    "Vienna",
    "Oslo",
    "Cairo",
    "Hanoi",
    "Madrid",
    "Warsaw",
    "Lima",
]
GOODS = [
    "steel",
    "cars",
    "solar panels",
    "soybeans",
    "aluminium",
    "machinery",
    "textiles",
    "semiconductors",
    "wine",
    "timber",
    "fertiliser",
    "pharmaceuticals",
]
OUTLETS = [
    "Wire One",
    "The Daily Ledger",
    "Harbour Times",
    "Capital Post",
    "Evening Courier",
    "Global Monitor",
    "The Standard Review",
    "Metro Herald",
    "Financial Bulletin",
    "North Star News",
    "The Observer Desk",
    "Pacific Report",
]
MONTHS = list(calendar.month_name)[1:]
SHORT_MONTHS = [
    "Jan",
    "Feb",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
]
BACKGROUND = [
    "Analysts in {city} said markets had largely priced in the move, though currency traders "
    "remained cautious ahead of the weekend.",
    "The dispute between {country} and {other} has weighed on business confidence across the "
    "region for much of the year.",
    "Officials from {country} and {other} have met several times since the spring without a "
    "breakthrough.",
    "Exporters of {goods} have complained for months about rising costs and delays at ports.",
    "Economists warned that a prolonged standoff could slow growth in both economies.",
    "Shares in {adj} manufacturing companies fell in early trading before recovering some ground.",
    "Industry groups in {country} have urged both governments to return to the negotiating table.",
    "The measures follow a review of {goods} imports that lasted much of the previous quarter.",
    "Opposition lawmakers in {country} criticised the handling of the talks in a debate.",
    "Farm lobby groups said their members were bracing for another difficult season.",
    "Diplomats described the mood at the last round of talks in {city} as businesslike but tense.",
    "Retailers in {other} have started to warn customers that some prices may go up.",
    "The {adj} currency weakened slightly against the dollar after the announcement.",
    "Port operators reported longer queues of container ships waiting to unload {goods}.",
]
QUOTES = [
    "We are not going to accept an agreement that leaves our workers worse off",
    "This is a serious step and we expect our partners to respond in good faith",
    "Nobody wins a trade war, but we will defend our industries when we have to",
    "We have made real progress on market access and we want to finish the job",
    "Our door remains open, and we are ready to talk at any time",
    "The numbers speak for themselves and the pressure is working",
    "We will not be rushed into a bad deal by anybody",
    "There is still a lot of work to do before we can sign anything",
]
REWORDINGS = [
    ("accept", "sign"),
    ("serious", "grave"),
    ("defend", "protect"),
    ("real", "genuine"),
    ("open", "always open"),
    ("working", "clearly working"),
    ("rushed", "pushed"),
    ("a lot of", "much"),
]


@dataclass
class Report:
    article: Article
    story: int
    outlet: str
    facts: dict[str, tuple[int, int]] = field(default_factory=dict)  # fact -> span


@dataclass
class Corpus:
    reports: list[Report]
    planted: set[tuple[int, str, str]]  # (story, fact, outlet whose report was changed)
    reworded: set[tuple[int, str]]  # (story, outlet whose quote was reworded)

    @property
    def articles(self) -> list[Article]:
        return [r.article for r in self.reports]

    def expected_pairs(self, kinds: str = "contradiction") -> set[tuple[int, str, frozenset[str]]]:
        """Each changed fact against each unchanged report of it: what should be flagged."""
        outlets: dict[int, list[str]] = {}
        for r in self.reports:
            outlets.setdefault(r.story, []).append(r.outlet)
        out = set()
        if kinds == "contradiction":
            for story, fact, changed in self.planted:
                for o in outlets[story]:
                    if o != changed:
                        out.add((story, fact, frozenset((o, changed))))
        else:
            for story, changed in self.reworded:
                for o in outlets[story]:
                    if o != changed:
                        out.add((story, "quote", frozenset((o, changed))))
        return out


def _money(rng: random.Random) -> tuple[float, str]:
    if rng.random() < 0.5:
        n = rng.randint(2, 95) * 10
        return n * 1e9 if n < 100 else n * 1e6, ""
    n = rng.randint(11, 99) * 10
    return n * 1e6, ""


def _money_text(value: float, style: int) -> str:
    if value >= 1e9:
        n = value / 1e9
        num = f"{n:g}"
        return [f"US${num} billion", f"${num}bn", f"US${num}bn", f"${num} billion"][style % 4]
    n = value / 1e6
    num = f"{n:g}"
    return [f"US${num} million", f"${num}m", f"US${num}m", f"${num} million"][style % 4]


def _date_text(month: int, day: int, style: int) -> str:
    return [f"{MONTHS[month]} {day}", f"{SHORT_MONTHS[month]} {day}", f"{MONTHS[month]} {day}"][
        style % 3
    ]


class _Story:
    """The facts of one story, as every outlet would report them if none erred."""

    def __init__(self, rng: random.Random, i: int) -> None:
        self.i = i
        self.rng = rng
        self.country, self.adj = rng.choice(COUNTRIES)
        self.other, self.other_adj = rng.choice([c for c in COUNTRIES if c[0] != self.country])
        self.gender = rng.choice("mf")
        self.minister = (rng.choice(FIRST[self.gender]), rng.choice(LAST), rng.choice(ROLES))
        self.envoy = (
            rng.choice(FIRST["m"] + FIRST["f"]),
            rng.choice([n for n in LAST if n != self.minister[1]]),
            rng.choice(ROLES),
        )
        self.money, _ = _money(rng)
        self.pct = rng.randint(3, 60)
        self.month, self.day = rng.randrange(12), rng.randint(1, 28)
        self.meet_month, self.meet_day = rng.randrange(12), rng.randint(1, 28)
        self.city = rng.choice(CITIES)
        self.goods = rng.choice(GOODS)
        self.count = rng.randint(12, 4000)
        self.quote = rng.choice(QUOTES)
        self.retaliate = rng.random() < 0.5


def _full(p: tuple[str, str, str]) -> str:
    return f"{p[2]} {p[0]} {p[1]}"


def _short(p: tuple[str, str, str], gender: str) -> str:
    return f"{'Mr' if gender == 'm' else 'Ms'} {p[1]}"


def _fact_sentences(
    s: _Story, rng: random.Random, change: str | None, reword: bool
) -> dict[str, str]:
    """The facts of a story in one outlet's words; ``change`` names a fact to get wrong."""
    style = rng.randrange(12)
    money = s.money
    pct = s.pct
    month, day = s.month, s.day
    count = s.count
    meet_day = s.meet_day
    retaliate = s.retaliate
    if change == "money":
        money = money * rng.choice([1.2, 1.5, 2.0, 0.5])
    elif change == "pct":
        pct = pct + rng.choice([5, 10, -2]) if pct > 5 else pct + 7
    elif change == "date":
        day = day + rng.choice([2, 5, 7]) if day < 20 else day - 6
    elif change == "count":
        count = int(count * rng.choice([1.5, 2, 0.5])) + 1
    elif change == "meeting":
        meet_day = meet_day + 3 if meet_day < 20 else meet_day - 4
    elif change == "negation":
        retaliate = not retaliate
    m = _money_text(money, style)
    d = _date_text(month, day, style)
    md = _date_text(s.meet_month, meet_day, style + 1)
    who = _full(s.minister)
    short = _short(s.minister, s.gender)
    pct_text = f"{pct} per cent" if style % 2 else f"{pct}%"
    tariff = [
        f"{who} announced tariffs of {pct_text} on {m} of {s.other_adj} {s.goods}, "
        f"taking effect on {d}.",
        f"{s.country} will impose a {pct_text} tariff on {m} worth of {s.other_adj} {s.goods} "
        f"from {d}, {who} said.",
        f"Tariffs of {pct_text} on {m} of {s.other_adj} {s.goods} will take effect on {d}, "
        f"according to {who}.",
    ][style % 3]
    envoy = _full(s.envoy)
    meeting = [
        f"{short} is due to meet {envoy} of {s.other} in {s.city} on {md}.",
        f"Talks between {short} and {envoy} are scheduled for {md} in {s.city}.",
    ][style % 2]
    count_text = f"{count:,}" if style % 2 else str(count)
    counted = [
        f"More than {count_text} companies have applied for exemptions, the {s.country} "
        f"Trade Ministry said.",
        f"The {s.country} Trade Ministry said more than {count_text} companies had asked to be "
        f"exempted.",
    ][style % 2]
    quote = s.quote
    if reword:
        for a, b in REWORDINGS:
            changed = re.sub(rf"\b{a}\b", b, quote, count=1)
            if changed != quote:
                quote = changed
                break
        else:
            raise AssertionError(f"no rewording for {quote!r}")
    quoted = [
        f"“{quote},” {short} told reporters.",
        f"“{quote},” {who} said on {rng.choice(['Monday', 'Tuesday', 'Thursday'])}.",
    ][style % 2]
    pledge = (
        f"{s.other} will retaliate against the measures, {envoy} said."
        if retaliate
        else f"{s.other} will not retaliate against the measures, {envoy} said."
    )
    return {
        "tariff": tariff,
        "meeting": meeting,
        "count": counted,
        "quote": quoted,
        "pledge": pledge,
    }


CHANGEABLE = {
    "tariff": ["money", "pct", "date"],
    "meeting": ["meeting"],
    "count": ["count"],
    "pledge": ["negation"],
}


def generate(n_articles: int, *, seed: int = 11, plant_rate: float = 0.08) -> Corpus:
    rng = random.Random(seed)
    reports: list[Report] = []
    planted: set[tuple[int, str, str]] = set()
    reworded: set[tuple[int, str]] = set()
    story_i = 0
    while len(reports) < n_articles:
        s = _Story(rng, story_i)
        outlets = rng.sample(OUTLETS, rng.randint(2, 4))
        # at most one outlet gets any one fact wrong, so every error has a right version
        wrong: dict[str, str] = {}
        for fact, changes in CHANGEABLE.items():
            if rng.random() < plant_rate * len(outlets):
                wrong[fact] = rng.choice(outlets)
                planted.add((story_i, fact, wrong[fact]))
                s_change = rng.choice(changes)
                wrong[fact + ":how"] = s_change
        reword_outlet = rng.choice(outlets) if rng.random() < plant_rate else None
        if reword_outlet:
            reworded.add((story_i, reword_outlet))
        for outlet in outlets:
            if len(reports) >= n_articles:
                break
            change = None
            for fact in CHANGEABLE:
                if wrong.get(fact) == outlet:
                    change = wrong[fact + ":how"]
            # one planted change per report keeps the expected pairs unambiguous
            facts = _fact_sentences(s, rng, change, outlet == reword_outlet)
            for fact in CHANGEABLE:
                if wrong.get(fact) == outlet and wrong[fact + ":how"] != change:
                    planted.discard((story_i, fact, outlet))
            order = list(facts)
            rng.shuffle(order)
            parts: list[str] = [f"{s.city.upper()} - "]
            spans: dict[str, tuple[int, int]] = {}
            pos = len(parts[0])
            fill = {
                "city": s.city,
                "country": s.country,
                "other": s.other,
                "goods": s.goods,
                "adj": s.adj,
            }
            background = [b.format(**fill) for b in rng.sample(BACKGROUND, 10)]
            for k, fact in enumerate(order):
                sentence = facts[fact]
                spans[fact] = (pos, pos + len(sentence))
                filler = "\n\n" + " ".join(background[2 * k : 2 * k + 2]) + "\n\n"
                parts += [sentence, filler]
                pos += len(sentence) + len(filler)
            text = "".join(parts).rstrip() + "\n"
            slug = f"story-{story_i:05d}-{outlet.lower().replace(' ', '-')}"
            article = Article.from_text(text, path=f"{slug}.txt", outlet=outlet)
            reports.append(Report(article, story_i, outlet, spans))
        story_i += 1
    present = {(r.story, r.outlet) for r in reports}
    planted = {p for p in planted if (p[0], p[2]) in present}
    reworded = {p for p in reworded if p in present}
    return Corpus(reports, planted, reworded)
