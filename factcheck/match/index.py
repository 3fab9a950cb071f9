"""What matching keeps in memory of the stored statements, to find candidates fast.

- **Texts.** Statements with the same normalised words are one text, aligned once. The
  quoted reports of one text are kept sorted by a stable key (published, article id,
  statement id): a text reported more than ``Policy.group_all_pairs`` times (boilerplate)
  is linked as a chain along that order.
- **Any-date postings.** 3-grams with two content words → the quoted texts holding them,
  for the strong and exact tiers, which need no date.
- **Day postings.** For dated statements, day → shingle → statements: the same-event
  candidates of a dated article are read only from the days in its window, so their
  number is bounded by how much was published around that day, not by the store's size.
- **Event keys.** Names and specific figures → articles, for the same-event test of
  undated articles.
- **Links.** Each statement's linked partners, so that a group turned boilerplate, or a
  chain split by a new report, can drop the links that are no longer wanted.

Nothing here depends on the order things were added in: every structure is a set, or a
list kept sorted by a key of its items.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .anchors import FIGURE_PREFIX, NAME_PREFIX, day_number, event_test, same_event
from .policy import POLICY, Policy
from .text import from_stored, plain, shingles, strong_shingles


@dataclass(slots=True, eq=False)
class Article:
    """An article as matching sees it."""

    id: str
    document: int
    published: str | None  # ISO date
    keys: frozenset[str]  # event keys (anchors.event_keys)
    day: int | None = None
    seqs: list[int] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class Text:
    """One normalised text and the statements that have it."""

    number: int
    words: tuple[str, ...]
    flags: tuple[int, ...]
    shingles: frozenset[int]
    strong: frozenset[int]
    quoted: list[tuple[tuple[str, str, str], int]] = field(default_factory=list)  # sorted

    def words_bag(self) -> Counter[str]:
        """The text's words, without an editor's insertions, as a multiset: what an
        alignment can match at most. Counted when asked, not kept: an index holds every
        stored text, and a counter a text would grow it by half a kilobyte each."""
        return Counter(plain(self.words, self.flags))


def shared_words(a: Counter[str], b: Counter[str]) -> tuple[int, int]:
    """(the words two texts share, counted as multisets; the length of the shorter), from
    their ``words_bag``: what ``classify.linkable_apart`` bounds an alignment by."""
    if len(a) > len(b):
        a, b = b, a
    return sum(min(n, b[w]) for w, n in a.items()), min(a.total(), b.total())


@dataclass(slots=True, eq=False)
class Entry:
    """A statement in the index."""

    seq: int
    id: str
    article: Article
    kind: str
    quoted: bool
    text: Text

    def chain_key(self) -> tuple[str, str, str]:
        return (self.article.published or "", self.article.id, self.id)


@dataclass(frozen=True, slots=True)
class NewStatement:
    """What matching needs of a statement just stored."""

    seq: int
    id: str
    kind: str
    quoted: bool
    words: str  # text.stored form


class Index:
    """The stored statements, for candidates; see the module docstring."""

    def __init__(self, policy: Policy = POLICY) -> None:
        self.policy = policy
        self.articles: dict[str, Article] = {}
        self.entries: dict[int, Entry] = {}
        self.texts: dict[str, Text] = {}
        self.strong_postings: dict[int, list[Text]] = defaultdict(list)
        self.day_postings: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.keys_all: dict[str, list[Article]] = defaultdict(list)
        self.keys_undated: dict[str, list[Article]] = defaultdict(list)
        self.keys_by_day: dict[int, dict[str, list[Article]]] = defaultdict(
            lambda: defaultdict(list)
        )
        self.links: dict[int, set[int]] = defaultdict(set)

    def __len__(self) -> int:
        return len(self.entries)

    # --- adding -------------------------------------------------------------------------

    def add_article(self, a: Article) -> Article:
        a.day = day_number(a.published)
        self.articles[a.id] = a
        for k in a.keys:
            self.keys_all[k].append(a)
            if a.day is None:
                self.keys_undated[k].append(a)
            else:
                self.keys_by_day[a.day][k].append(a)
        return a

    def text(self, stored_words: str) -> Text:
        t = self.texts.get(stored_words)
        if t is None:
            words, flags = from_stored(stored_words)
            p = self.policy
            ws = plain(words, flags)
            sh = shingles(ws)
            if len(ws) <= p.short_statement:
                sh |= {-h for h in shingles(ws, 2)}  # bigrams apart from 3-grams
            strong = strong_shingles(ws, p.strong_letters, p.strong_content)
            t = Text(len(self.texts), words, flags, frozenset(sh), frozenset(strong))
            self.texts[stored_words] = t
        return t

    def add(
        self, seq: int, id: str, article: Article, kind: str, quoted: bool, words: str
    ) -> Entry:
        t = self.text(words)
        e = Entry(seq, id, article, kind, quoted, t)
        self.entries[seq] = e
        article.seqs.append(seq)
        if quoted:
            if not t.quoted:
                for g in t.strong:
                    self.strong_postings[g].append(t)
            bisect.insort(t.quoted, (e.chain_key(), seq))
        if article.day is not None:
            day = self.day_postings[article.day]
            for g in t.shingles:
                day[g].append(seq)
        return e

    def entry_only(self, article: Article, s: NewStatement) -> Entry:
        """An entry for a statement that is not indexed (a pull quote): for duplicates."""
        return Entry(s.seq, s.id, article, s.kind, s.quoted, self.text(s.words))

    def link(self, x: int, y: int) -> None:
        self.links[x].add(y)
        self.links[y].add(x)

    def unlink(self, x: int, y: int) -> None:
        self.links[x].discard(y)
        self.links[y].discard(x)

    # --- reading ------------------------------------------------------------------------

    def big(self, t: Text) -> bool:
        """A text reported so often that it is boilerplate: linked as a chain."""
        return len(t.quoted) > self.policy.group_all_pairs

    def same_event(self, x: Entry, y: Entry) -> bool:
        a, b = x.article, y.article
        return same_event(a.day, b.day, a.keys, b.keys, self.policy)

    def event_articles(self, a: Article) -> list[Article]:
        """Articles other than ``a`` that report its event by their event keys: any of
        them when ``a`` has no date; else the undated ones, and the dated ones outside
        the date window but within ``Policy.event_days``."""
        p = self.policy
        out = []
        if a.day is None:
            out = self._by_keys(a, [self.keys_all], dated=False)
        else:
            out = self._by_keys(a, [self.keys_undated], dated=False)
            days = [
                self.keys_by_day[d]
                for d in range(a.day - p.event_days, a.day + p.event_days + 1)
                if abs(d - a.day) > p.window_days and d in self.keys_by_day
            ]
            out += self._by_keys(a, days, dated=True)
        out.sort(key=lambda x: x.id)
        return out

    def _by_keys(
        self, a: Article, postings: list[dict[str, list[Article]]], dated: bool
    ) -> list[Article]:
        names: dict[str, int] = defaultdict(int)
        figures: dict[str, int] = defaultdict(int)
        for k in a.keys:
            bucket = names if k.startswith(NAME_PREFIX) else figures
            for posting in postings:
                for other in posting.get(k, ()):
                    if other.id != a.id:
                        bucket[other.id] += 1
        return [
            self.articles[aid]
            for aid, n in names.items()
            if event_test(n, figures.get(aid, 0), dated, self.policy)
        ]

    def window_candidates(self, a: Article, t: Text) -> set[int]:
        """Dated statements within ``a``'s window sharing a shingle with ``t``."""
        out: set[int] = set()
        if a.day is None:
            return out
        w = self.policy.window_days
        for d in range(a.day - w, a.day + w + 1):
            day = self.day_postings.get(d)
            if not day:
                continue
            for g in t.shingles:
                hits = day.get(g)
                if hits:
                    out.update(hits)
        return out

    def chain_neighbours(self, e: Entry) -> tuple[Entry | None, Entry | None]:
        """The reports of ``e``'s text just before and after it in the chain order."""
        q = e.text.quoted
        i = bisect.bisect_left(q, (e.chain_key(), e.seq))
        before = self.entries[q[i - 1][1]] if i > 0 else None
        after = self.entries[q[i + 1][1]] if i + 1 < len(q) else None
        return before, after

    def adjacent(self, x: Entry, y: Entry) -> bool:
        """Whether two reports of one text are next to each other in its chain."""
        q = x.text.quoted
        i = bisect.bisect_left(q, (x.chain_key(), x.seq))
        j = bisect.bisect_left(q, (y.chain_key(), y.seq))
        return abs(i - j) == 1


__all__ = ["FIGURE_PREFIX", "NAME_PREFIX", "Article", "Entry", "Index", "Text"]
