"""One article's statements against the index: the links to store and those to drop.

Which pairs are linked is decided pair by pair (``classify.decide``), from the two
statements' words, their articles' dates and event keys, and fixed tables, so the stored
set is the same in any ingest order. The only links that depend on more than the pair are
those of boilerplate (a text reported more than ``Policy.group_all_pairs`` times): they
follow the text's chain order, which is a function of the set of its reports; a new report
that joins or splits the chain says which links to drop, so the store always holds what
the whole set calls for.

A match is written once, with ``a`` the earlier report by published date, then by ingest
order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from .align import Alignment, align
from .classify import Decision, decide, linkable_apart
from .index import Article, Entry, Index, NewStatement, Text, shared_words
from .policy import Policy
from .text import is_content


@dataclass(slots=True)
class Link:
    a: Entry  # the earlier report
    b: Entry
    decision: Decision
    alignment: Alignment  # a's words first


@dataclass(slots=True)
class Changes:
    links: list[Link] = field(default_factory=list)
    removed: list[tuple[Entry, Entry]] = field(default_factory=list)
    # links kept when their text turned boilerplate, now of the chain: their reasons say so
    relabelled: list[Link] = field(default_factory=list)


def ordered(x: Entry, y: Entry) -> tuple[Entry, Entry]:
    """(earlier, later): by published date when both are dated and differ, else ingest."""
    px, py = x.article.published, y.article.published
    if px and py and px[:10] != py[:10]:
        return (x, y) if px[:10] < py[:10] else (y, x)
    return (x, y) if x.seq < y.seq else (y, x)


# decisions taken, by (earlier text, later text, their kinds, same event): all a decision
# reads; with the alignment it was read from, whose regions it names
Decided = dict[tuple[int, int, str, str, bool], tuple[Decision, Alignment] | None]


def judge(
    index: Index, x: Entry, y: Entry, same_event: bool, decided: Decided | None = None
) -> Link | None:
    """The link between two statements of different documents, or None. ``decided``: the
    decisions already taken for a batch of pairs, so that the pairs of one text pair (a
    quote many outlets report) are aligned and decided once."""
    a, b = ordered(x, y)
    key = (a.text.number, b.text.number, a.kind, b.kind, same_event)
    if decided is not None and key in decided:
        found = decided[key]
        return None if found is None else Link(a, b, *found)
    if not same_event and not _linkable_apart(a, b, index.policy):
        if decided is not None:
            decided[key] = None
        return None
    al = align(a.text.words, a.text.flags, b.text.words, b.text.flags, index.policy)
    d = decide(al, a.kind, b.kind, same_event=same_event, policy=index.policy)
    if decided is not None:
        decided[key] = None if d is None else (d, al)
    return Link(a, b, d, al) if d is not None else None


def _linkable_apart(a: Entry, b: Entry, policy: Policy) -> bool:
    """``classify.linkable_apart`` on the words the two texts share: most candidates of
    other events (two quotes at any date sharing one 3-gram) are ruled out here, before
    an alignment is paid for."""
    shared = shared_words(a.text.words_bag(), b.text.words_bag())
    return linkable_apart(a.kind, b.kind, *shared, policy)


def match_article(index: Index, article: Article, statements: Sequence[NewStatement]) -> Changes:
    """Add one article's statements to the index; the links they make and undo."""
    index.add_article(article)
    events = index.event_articles(article)
    out = Changes()
    for s in statements:
        e = index.add(s.seq, s.id, article, s.kind, s.quoted, s.words)
        _match_one(index, e, events, out)
    return out


def _match_one(index: Index, e: Entry, events: list[Article], out: Changes) -> None:
    t = e.text
    entries = index.entries
    cands: dict[int, bool | None] = dict.fromkeys(index.window_candidates(e.article, t), True)
    for other in events:
        for s in other.seqs:
            if entries[s].text.shingles & t.shingles:
                cands[s] = True
    if e.quoted and not index.big(t):
        for _, s in t.quoted:
            cands.setdefault(s, None)
        seen: set[int] = {t.number}
        for g in t.strong:
            for other_text in index.strong_postings.get(g, ()):
                if other_text.number in seen or index.big(other_text):
                    continue
                seen.add(other_text.number)
                for _, s in other_text.quoted:
                    cands.setdefault(s, None)
    doc = e.article.document
    for s in sorted(cands):
        y = entries[s]
        if y.article.document == doc:
            continue
        se = cands[s]
        if se is None:
            se = index.same_event(e, y)
        if e.quoted and y.quoted and not se and (index.big(t) or index.big(y.text)):
            continue
        link = judge(index, e, y, se)
        if link is not None:
            out.links.append(link)
            index.link(e.seq, y.seq)
    if e.quoted and index.big(t):
        _chain(index, e, out)


def _chain(index: Index, e: Entry, out: Changes) -> None:
    """Boilerplate: link ``e`` to its neighbours in the chain, and drop what that undoes."""
    t = e.text
    before, after = index.chain_neighbours(e)
    if len(t.quoted) == index.policy.group_all_pairs + 1:
        _became_big(index, t, out)
    elif (
        before is not None
        and after is not None
        and after.seq in index.links[before.seq]
        and not index.same_event(before, after)
    ):
        _drop(index, before, after, out)
    for x, y in ((before, e), (e, after)):
        if x is not None and y is not None:
            _chain_link(index, x, y, out)


def _chain_link(index: Index, x: Entry, y: Entry, out: Changes) -> None:
    if x.article.document == y.article.document or y.seq in index.links[x.seq]:
        return
    link = judge(index, x, y, index.same_event(x, y))
    if link is not None:
        link.decision = replace(link.decision, tier="group")
        out.links.append(link)
        index.link(x.seq, y.seq)


def _became_big(index: Index, t: Text, out: Changes) -> None:
    """A text just turned boilerplate: keep its chain and its same-event links only.

    A link kept because its two reports are neighbours in the chain is a chain link now,
    and is relabelled as one, so that what a pair's reasons say does not depend on
    whether it was linked before or after its text turned boilerplate."""
    entries = index.entries
    relabelled: set[tuple[int, int]] = set()
    for _, m in list(t.quoted):
        x = entries[m]
        for n in sorted(index.links[m]):
            y = entries.get(n)
            if y is None or y.article.document == x.article.document:
                continue
            if index.same_event(x, y):
                continue
            if y.text is t and index.adjacent(x, y):
                pair = (min(x.seq, y.seq), max(x.seq, y.seq))
                if pair not in relabelled:
                    relabelled.add(pair)
                    _relabel(index, x, y, out)
                continue
            if x.quoted and y.quoted:
                _drop(index, x, y, out)
    for i in range(len(t.quoted) - 1):
        _chain_link(index, entries[t.quoted[i][1]], entries[t.quoted[i + 1][1]], out)


def _relabel(index: Index, x: Entry, y: Entry, out: Changes) -> None:
    link = judge(index, x, y, False)
    if link is None:
        return
    link.decision = replace(link.decision, tier="group")
    made_here = [k for k in out.links if {k.a.seq, k.b.seq} == {x.seq, y.seq}]
    if made_here:  # linked earlier in this same article: store it as a chain link
        out.links = [link if k is made_here[0] else k for k in out.links]
    else:
        out.relabelled.append(link)


def _drop(index: Index, x: Entry, y: Entry, out: Changes) -> None:
    index.unlink(x.seq, y.seq)
    out.removed.append(ordered(x, y))
    out.links = [
        k for k in out.links if {k.a.seq, k.b.seq} != {x.seq, y.seq}
    ]  # made earlier in this same article, then undone


def duplicates_within(
    entries: Sequence[Entry], repeats: dict[str, str], min_words: int
) -> list[tuple[Entry, Entry, str]]:
    """Pull quotes and the body quotes they repeat, and quotes given twice verbatim:
    (body or first, repeat, reason)."""
    by_id = {e.id: e for e in entries}
    out: list[tuple[Entry, Entry, str]] = []
    seen: set[frozenset[str]] = set()
    for pull, body in repeats.items():
        a, b = by_id.get(body), by_id.get(pull)
        if a and b:
            out.append((a, b, "pull quote repeats the body quote"))
            seen.add(frozenset((a.id, b.id)))
    first: dict[int, Entry] = {}
    for e in entries:
        if not e.quoted or sum(is_content(w) for w in e.text.words) < min_words:
            continue
        f = first.setdefault(e.text.number, e)
        if f is not e and frozenset((f.id, e.id)) not in seen:
            out.append((f, e, "quoted twice in the article"))
    return out
