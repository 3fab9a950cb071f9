"""Finding speakers by a typed name, and the words shown around a statement."""

from __future__ import annotations

from factcheck.app.context import around
from factcheck.app.speaker_search import NameIndex

PEOPLE = NameIndex.build(
    [
        (1, "James Comey", ["FBI Director James B. Comey"]),
        (2, "Corey Lewandowski", []),
        (3, "Mitt Romney", []),
        (4, "Debbie Wasserman Schultz", ["Rep. Debbie Wasserman Schultz"]),
        (5, "David Wasserman", []),
    ]
)


def test_a_surname_finds_its_speaker_and_no_close_spelling_of_another():
    assert PEOPLE.word("comey") == ({1}, set())  # never Corey, never Romney
    assert PEOPLE.word("xylophone") == (set(), set())


def test_close_spellings_count_only_when_nothing_matches_as_written():
    assert PEOPLE.word("comy") == (set(), {1})


def test_a_quoted_full_name_with_typos_finds_the_one_person():
    assert PEOPLE.find("Debbie Wasserman Schultz") == [4]
    assert PEOPLE.find("debie wasserman shultz") == [4]
    assert PEOPLE.find("wasserman") == [5, 4]  # both, the shorter name first
    assert PEOPLE.find("nobody at all") == []


def test_context_reaches_back_to_the_speaker_on_single_newlines():
    filler = "\n".join(f"Line {i} is about the weather today." for i in range(40))
    text = f"{filler}\nGov. Ray Ortiz took questions.\nHe was asked about roads."
    text += '\n"No," he said.\nNext.'
    start = text.index("No")
    ctx = around(text, start, start + 2, ["Ray Ortiz"])
    assert "Ray Ortiz" in ctx.before and ctx.paragraph == '"No," he said.'
    assert ctx.after == "Next."
