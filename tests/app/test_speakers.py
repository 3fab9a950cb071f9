"""Speakers across articles: merge the same person, never two people on a surname alone."""

from __future__ import annotations

import pytest

from factcheck.app.speakers import SpeakerResolver, merge, split
from factcheck.match.identity import NameParts, name_parts, roles_agree
from factcheck.models import Speaker
from factcheck.store import now
from tests.conftest import ingest_texts


def resolve_all(store, speakers: list[Speaker]) -> list[int]:
    with store.transaction() as conn:
        r = SpeakerResolver(conn, now())
        # each speaker as named in an article of its own
        found = [r.resolve(s, scope=i) for i, s in enumerate(speakers)]
    assert all(f is not None for f in found)
    return [f.id for f in found if f is not None]


P = Speaker


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (P(name="Robert Lighthizer"), P(name="Bob Lighthizer"), True),
        # nicknames many to many: "Ted" may be Edward or Theodore, "Pat" Patrick or Patricia
        (P(name="Theodore Olson"), P(name="Ted Olson"), True),
        (P(name="Edward Olson"), P(name="Ted Olson"), True),
        (P(name="Patricia Kane"), P(name="Pat Kane"), True),
        (P(name="Patrick Kane"), P(name="Pat Kane"), True),
        (P(name="Patrick Kane"), P(name="Patricia Kane"), False),
        (P(name="Christine Hale"), P(name="Chris Hale"), True),
        (P(name="Bob Marsh"), P(name="Bill Marsh"), False),  # both Robert's, never one person
        (P(name="Steven Mnuchin", role="Treasury Secretary"), P(name="Mnuchin"), True),
        (
            P(name="Steven Mnuchin", role="Treasury Secretary"),
            P(name="Mnuchin", role="US Treasury Secretary"),
            True,
        ),
        (P(name="Wilbur Ross", role="Commerce Secretary"), P(name="Mr Ross"), True),
        (P(name="Wilbur Ross"), P(name="W. Ross"), True),
        (P(name="Wilbur Ross"), P(name="Diana Ross"), False),
        (P(name="Wang Yi"), P(name="Wang Qishan"), False),
        (
            P(name="Ross", role="Commerce Secretary"),
            P(name="Ross", role="Defence Minister"),
            False,
        ),
        (
            P(name="Jeffrey Gerrish", role="Deputy US Trade Representative"),
            P(name="Gerrish", role="US Trade Representative"),
            False,
        ),
        (P(name="Alex Smith", gender="m"), P(name="Alex Smith", gender="m"), True),
        (P(name="Sam Jones", gender="m"), P(name="Jones", gender="f"), False),
        (P(name="China", kind="organisation"), P(name="China", kind="organisation"), True),
    ],
    ids=lambda v: v.name if isinstance(v, Speaker) else str(v),
)
def test_same_person_across_articles(store, first, second, same):
    a, b = resolve_all(store, [first, second])
    assert (a == b) is same


def test_a_bare_surname_is_not_merged_when_two_people_share_it(store):
    ids = resolve_all(store, [P(name="Tom Ketter"), P(name="Diana Ketter"), P(name="Ketter")])
    assert len(set(ids)) == 3


def test_a_bare_surname_goes_to_the_one_public_figure_among_namesakes(store):
    """The lexicon's public figures: "Obama" alone is Barack Obama, not Michelle."""
    ids = resolve_all(store, [P(name="Barack Obama"), P(name="Michelle Obama"), P(name="Obama")])
    assert ids[2] == ids[0] != ids[1]


def test_an_honorific_picks_the_namesake_of_its_gender(store):
    ids = resolve_all(
        store,
        [
            P(name="Bill Clinton", gender="m"),
            P(name="Hillary Clinton", gender="f"),
            P(name="Mrs. Clinton"),
        ],
    )
    assert ids[2] == ids[1]


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (P(name="Joseph R. Biden Jr."), P(name="Joseph R. Biden Jr"), True),
        (P(name="Joseph R. Biden Jr."), P(name="Joe Biden"), True),
        (P(name="Paul LePage", role="Maine Gov."), P(name="Paul R. LePage", role="governor"), True),
        (P(name="George W. Bush"), P(name="George H.W. Bush"), False),
        (P(name="Donald Trump Jr."), P(name="Donald Trump"), False),
        (P(name="Donald Trump"), P(name="Donald Trump Jr."), False),
        (P(name="Eric H. Holder Jr."), P(name="Eric Holder"), True),
        (P(name="Jeb Bush"), P(name="George W. Bush"), False),
        (P(name="Human Rights Campaign President Chad Griffin"), P(name="Chad Griffin"), True),
        (P(name="GOP Kevin Marsh"), P(name="Kevin Marsh"), True),
        (P(name="Rival Laura Penn"), P(name="Laura Penn"), True),
        (P(name="Laura Penn Speaks"), P(name="Laura Penn"), True),
        (P(name="Mary Kay Henley"), P(name="Mary Kay Henley"), True),
    ],
    ids=lambda v: v.name if isinstance(v, Speaker) else str(v),
)
def test_full_names_are_one_person_by_their_parts_never_by_role(store, first, second, same):
    a, b = resolve_all(store, [first, second])
    assert (a == b) is same


@pytest.mark.parametrize(
    "name",
    [
        "Clinton released a statement",
        "Sixty-six percent",
        "Editor's",
        "47-page indictment",
        "Jeff Harmon John Pike",
    ],
)
def test_phrases_get_no_speaker_record(store, name):
    with store.transaction() as conn:
        assert SpeakerResolver(conn, now()).resolve(P(name=name), scope=1) is None


def test_descriptions_stay_with_their_article_or_their_organisation(store):
    a, b = resolve_all(store, [P(name="a spokesman"), P(name="a spokesman")])
    assert a != b
    c, d = resolve_all(
        store,
        [P(name="a spokesman for the Justice Department"), P(name="Justice Department")],
    )
    assert c == d
    assert store.scalar("SELECT kind FROM speakers WHERE id = ?", (c,)) == "organisation"


def test_a_bare_surname_nobody_is_known_by_stays_with_its_article(store):
    """ "Mnuchin" in an article that never names him in full is no one else's yet: later
    articles' "Mnuchin" alone does not join it, but the full name, once known, takes them."""
    a, b = resolve_all(store, [P(name="Mnuchin"), P(name="Mnuchin")])
    assert a != b
    full, later = resolve_all(store, [P(name="Steven Mnuchin"), P(name="Mnuchin")])
    assert later == full and full not in (a, b)


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Bob Lighthizer", NameParts("bob", (), "lighthizer", None)),
        ("Mr Ross", NameParts(None, (), "ross", None)),
        ("Dr. Anthony Fauci", NameParts("anthony", (), "fauci", None)),
        ("Joseph R. Biden Jr.", NameParts("joseph", ("r",), "biden", "jr")),
        ("Joseph R. Biden Jr", NameParts("joseph", ("r",), "biden", "jr")),
        ("George H.W. Bush", NameParts("george", ("h", "w"), "bush", None)),
        ("Charles de Gaulle", NameParts("charles", (), "gaulle", None)),
        ("FBI Director James B. Comey", NameParts("james", ("b",), "comey", None)),
    ],
)
def test_name_parts(name, parts):
    assert name_parts(name) == parts


def test_roles():
    assert roles_agree("Treasury Secretary", "US Treasury Secretary")
    assert not roles_agree("Commerce Secretary", "Treasury Secretary")
    assert not roles_agree("Deputy Trade Representative", "Trade Representative")
    assert roles_agree(None, "anything")


def _speaker_of(store, text_fragment: str) -> str:
    return store.scalar(
        "SELECT sp.name FROM statements s JOIN speakers sp ON sp.id = s.speaker_id"
        " WHERE s.text LIKE ?",
        (f"%{text_fragment}%",),
    )


A1 = '"Exports will grow," said Bob Smith, the trade minister.\n\nOther news followed.'
A2 = '"Imports will fall," said Robert Smith, the trade minister.\n\nMore news.'
A3 = '"Prices will rise," said Bob Smith, the trade minister.\n\nYet more.'


def test_reviewer_split_survives_reingest(store):
    ingest_texts(store, {"a1.txt": A1, "a2.txt": A2})
    sid = store.scalar("SELECT id FROM speakers WHERE name = 'Robert Smith'")
    assert _speaker_of(store, "Exports") == _speaker_of(store, "Imports") == "Robert Smith"
    # the reviewer knows better: these are two people
    exports = store.scalar("SELECT id FROM statements WHERE text LIKE 'Exports%'")
    new = split(store, sid, [exports], "Bob Smith", reviewer="ana")
    assert _speaker_of(store, "Exports") == "Bob Smith"
    assert _speaker_of(store, "Imports") == "Robert Smith"
    history = store.conn.execute("SELECT reviewer, action FROM history").fetchall()
    assert history == [("ana", "split_speaker")]
    ingest_texts(store, {"a3.txt": A3})
    ids = store.conn.execute(
        "SELECT DISTINCT speaker_id FROM statements WHERE kind != 'claim' ORDER BY speaker_id"
    ).fetchall()
    assert len(ids) == 2, "the split is kept: later articles do not join the two again"
    assert _speaker_of(store, "Prices") == "Bob Smith"
    assert new in {i for (i,) in ids}


def test_reviewer_merge_survives_reingest(store):
    b1 = '"We will win," said Ziggy Brand, the party leader.\n\nMore.'
    b2 = '"We shall see," said Joanna Brand, a party leader.\n\nMore.'
    ingest_texts(store, {"b1.txt": b1, "b2.txt": b2})
    jo = store.scalar("SELECT id FROM speakers WHERE name = 'Ziggy Brand'")
    joanna = store.scalar("SELECT id FROM speakers WHERE name = 'Joanna Brand'")
    assert jo != joanna  # unknown nickname: kept apart automatically
    merge(store, joanna, jo, reviewer="ana")
    assert _speaker_of(store, "We will win") == "Joanna Brand"
    ingest_texts(store, {"b3.txt": '"Onwards," said Ziggy Brand.\n\nMore.'})
    assert _speaker_of(store, "Onwards") == "Joanna Brand"
    assert store.scalar("SELECT count(*) FROM speakers WHERE name LIKE '%Brand'") == 1


def test_merge_and_split_are_undoable(store):
    from factcheck.app.review import undo

    b1 = '"We will win," said Ziggy Brand, the party leader.\n\nMore.'
    b2 = '"We shall see," said Joanna Brand, a party leader.\n\nMore.'
    ingest_texts(store, {"b1.txt": b1, "b2.txt": b2})
    jo = store.scalar("SELECT id FROM speakers WHERE name = 'Ziggy Brand'")
    joanna = store.scalar("SELECT id FROM speakers WHERE name = 'Joanna Brand'")
    merge(store, joanna, jo, reviewer="ana")
    undo(store, reviewer="ana")
    assert _speaker_of(store, "We will win") == "Ziggy Brand"
    assert _speaker_of(store, "We shall see") == "Joanna Brand"
    assert store.scalar("SELECT aliases FROM speakers WHERE id = ?", (joanna,)) == "[]"
    ingest_texts(store, {"b3.txt": '"Onwards," said Ziggy Brand.\n\nMore.'})
    assert _speaker_of(store, "Onwards") == "Ziggy Brand"

    win = store.scalar("SELECT id FROM statements WHERE text LIKE 'We will win%'")
    new = split(store, jo, [win], "Ziggy Brand (MP)", reviewer="ana")
    assert _speaker_of(store, "We will win") == "Ziggy Brand (MP)"
    undo(store, reviewer="ana")
    assert _speaker_of(store, "We will win") == "Ziggy Brand"
    assert store.scalar("SELECT count(*) FROM speakers WHERE id = ?", (new,)) == 0
    assert store.scalar("SELECT count(*) FROM speaker_distinct") == 0


def test_a_bare_surname_takes_the_full_name_its_article_prints(store):
    """The cast may keep only "Mr. Quill", but the article names "Oren Quill" earlier."""
    text = (
        'The county treasurer, Oren Quill, spoke first.\n\n"We are broke," Mr. Quill said.\n\n'
        '"Nobody listens," Quill added.\n'
    )
    ingest_texts(store, {"q.txt": text})
    names = {r[0] for r in store.conn.execute("SELECT name FROM speakers")}
    assert "Oren Quill" in names and "Quill" not in names


def test_within_article_never_guesses_between_two_full_names():
    from factcheck.app.speakers import within_article

    assert within_article("Quill", [], "Oren Quill and Dana Quill ran. Quill won.") is None
    assert (
        within_article("Quill", [], "In the race, Oren Quill ran. Quill won.").name == "Oren Quill"
    )
    # a capitalised word opening a sentence may be no name at all: it is not taken
    assert within_article("Quill", [], "Plus Quill had the money.") is None
