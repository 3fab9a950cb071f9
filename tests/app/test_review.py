"""Reviewer changes on a real file: saved at once, in the history, undoable, never lost."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from factcheck.app.review import (
    ReviewError,
    StaleEdit,
    add_evidence,
    history,
    reattribute,
    remove_evidence,
    review_of,
    scale,
    set_match_status,
    set_note,
    set_scale,
    set_verdict,
    undo,
)
from factcheck.cli import main
from factcheck.store import Store
from tests.conftest import ingest_texts, seed_texts


@pytest.fixture
def seeded(store):
    ingest_texts(store, seed_texts())
    return store


def _a_claim(store) -> str:
    return store.scalar("SELECT id FROM statements WHERE type = 'claim' ORDER BY seq LIMIT 1")


def test_verdict_note_and_evidence_are_stored_with_history(seeded):
    sid = _a_claim(seeded)
    set_verdict(seeded, sid, "mostly-true", reviewer="ana")
    set_note(seeded, sid, "Matches the USTR notice.", reviewer="ana")
    add_evidence(seeded, sid, "https://ustr.gov/notice", reviewer="ana")
    r = review_of(seeded, sid)
    assert r["verdict"] == "mostly-true" and r["note"] == "Matches the USTR notice."
    assert r["evidence"] == ["https://ustr.gov/notice"] and r["reviewer"] == "ana"
    assert r["revision"] == 3
    h = history(seeded, sid)
    assert [(x["field"], x["old"], x["new"]) for x in h] == [
        ("verdict", None, "mostly-true"),
        ("note", None, "Matches the USTR notice."),
        ("evidence", [], ["https://ustr.gov/notice"]),
    ]
    remove_evidence(seeded, sid, "https://ustr.gov/notice", reviewer="ana")
    assert review_of(seeded, sid)["evidence"] == []


def test_undo_takes_back_the_reviewers_own_latest_change_only(seeded):
    sid = _a_claim(seeded)
    set_verdict(seeded, sid, "true", reviewer="ana")
    set_verdict(seeded, sid, "false", reviewer="ana")
    other = seeded.scalar("SELECT id FROM statements WHERE type = 'quote' LIMIT 1")
    set_verdict(seeded, other, "misleading", reviewer="bo")
    change = undo(seeded, reviewer="ana")
    assert change.target == sid and change.new == "true"
    assert review_of(seeded, sid)["verdict"] == "true"
    assert review_of(seeded, other)["verdict"] == "misleading"
    undo(seeded, reviewer="ana")
    assert review_of(seeded, sid)["verdict"] is None
    with pytest.raises(ReviewError, match="nothing to undo"):
        undo(seeded, reviewer="ana")
    actions = [x["action"] for x in history(seeded, sid)]
    assert actions == ["set", "set", "undo", "undo"]


def test_confirming_a_match_and_reattributing_are_undoable(seeded):
    mid = seeded.scalar("SELECT id FROM matches WHERE relation = 'consistent' LIMIT 1")
    set_match_status(seeded, mid, "confirmed", reviewer="ana")
    assert seeded.scalar("SELECT status FROM matches WHERE id = ?", (mid,)) == "confirmed"
    sid = seeded.scalar("SELECT id FROM statements WHERE speaker_name = 'Steven Mnuchin' LIMIT 1")
    trump = seeded.scalar("SELECT id FROM speakers WHERE name = 'Donald Trump'")
    reattribute(seeded, sid, trump, reviewer="ana")
    hits = [r["id"] for r in seeded.db["statements"].search('speaker_name:"Donald Trump"')]
    assert sid in hits
    undo(seeded, reviewer="ana")
    assert seeded.scalar("SELECT speaker_name FROM statements WHERE id = ?", (sid,)) == (
        "Steven Mnuchin"
    )
    undo(seeded, reviewer="ana")
    assert seeded.scalar("SELECT status FROM matches WHERE id = ?", (mid,)) == "open"


def test_a_stale_edit_is_refused_instead_of_overwriting(seeded):
    sid = _a_claim(seeded)
    set_verdict(seeded, sid, "true", reviewer="ana")
    shown = review_of(seeded, sid)["revision"]
    set_verdict(seeded, sid, "false", reviewer="bo", seen_revision=shown)
    with pytest.raises(StaleEdit, match="changed by bo"):
        set_verdict(seeded, sid, "misleading", reviewer="ana", seen_revision=shown)
    assert review_of(seeded, sid)["verdict"] == "false"


def test_two_connections_to_one_file_see_each_others_verdicts(seeded, tmp_path):
    sid = _a_claim(seeded)
    other = Store(seeded.path)
    try:
        set_verdict(other, sid, "false", reviewer="bo")
        assert review_of(seeded, sid)["verdict"] == "false"
    finally:
        other.close()


def test_unknown_verdicts_and_statements_are_refused(seeded):
    with pytest.raises(ReviewError, match="unknown verdict"):
        set_verdict(seeded, _a_claim(seeded), "pants-on-fire", reviewer="ana")
    with pytest.raises(ReviewError, match="no statement"):
        set_verdict(seeded, "nope/q1-2", "true", reviewer="ana")
    set_scale(seeded, [("pants-on-fire", "Pants on fire", 1), ("true", "True", 5)])
    set_verdict(seeded, _a_claim(seeded), "pants-on-fire", reviewer="ana")


def test_verdict_command_uses_the_same_core(seeded):
    sid = _a_claim(seeded)
    db = str(seeded.path)
    r = CliRunner().invoke(
        main, ["verdict", sid, "false", "--note", "Wrong figure", "--reviewer", "cy", "--db", db]
    )
    assert r.exit_code == 0, r.output
    assert review_of(seeded, sid) | {"updated_at": None} == {
        "verdict": "false",
        "summary": None,
        "note": "Wrong figure",
        "evidence": [],
        "reviewer": "cy",
        "updated_at": None,
        "revision": 1,  # a verdict with its note is one change
    }
    r = CliRunner().invoke(main, ["undo", "--reviewer", "cy", "--db", db])
    assert r.exit_code == 0
    assert (review_of(seeded, sid)["verdict"], review_of(seeded, sid)["note"]) == (None, None)
    r = CliRunner().invoke(main, ["verdict", sid, "sort-of", "--db", db])
    assert r.exit_code == 1 and "unknown verdict" in r.stderr


def test_scale_command_shows_and_sets_the_scale(seeded, tmp_path):
    db = str(seeded.path)
    r = CliRunner().invoke(main, ["scale", "--db", db])
    assert r.exit_code == 0 and "mostly-true" in r.stdout
    good = tmp_path / "scale.json"
    good.write_text('[["true", "True", 5], ["half-true", "Half true", 3], ["false", "False", 1]]')
    r = CliRunner().invoke(main, ["scale", "--db", db, "--set", str(good)])
    assert r.exit_code == 0 and "half-true" in r.stdout
    set_verdict(seeded, _a_claim(seeded), "half-true", reviewer="ana")
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]")
    r = CliRunner().invoke(main, ["scale", "--db", db, "--set", str(bad)])
    assert r.exit_code == 1 and "bad.json: expected a list" in r.stderr


def test_a_scale_with_ratings_out_of_range_or_dropping_a_verdict_in_use_is_refused(
    seeded, tmp_path
):
    db = str(seeded.path)
    set_verdict(seeded, _a_claim(seeded), "misleading", reviewer="ana")
    before = CliRunner().invoke(main, ["scale", "--db", db]).stdout
    cases = {
        "zero.json": ('[["true", "True", 0], ["misleading", "Misleading", 2]]', "rating 0"),
        "high.json": ('[["true", "True", 6], ["misleading", "Misleading", 2]]', "1 to 5"),
        "bool.json": ('[["true", "True", true], ["misleading", "Misleading", 2]]', "expected"),
        "twice.json": ('[["true", "True", 5], ["true", "Yes", 4]]', "named twice"),
        "drop.json": ('[["true", "True", 5], ["false", "False", 1]]', "'misleading' (1 stat"),
    }
    for name, (content, message) in cases.items():
        (tmp_path / name).write_text(content)
        r = CliRunner().invoke(main, ["scale", "--db", db, "--set", str(tmp_path / name)])
        assert r.exit_code == 1 and message in r.stderr, (name, r.stderr)
        assert r.stderr.count("\n") == 1 and name in r.stderr
    assert CliRunner().invoke(main, ["scale", "--db", db]).stdout == before
    # dropping verdicts nobody has given is fine
    keep = tmp_path / "keep.json"
    keep.write_text('[["misleading", "Misleading", 2], ["true", "True", 5]]')
    assert CliRunner().invoke(main, ["scale", "--db", db, "--set", str(keep)]).exit_code == 0
    assert [v for v, _, _ in scale(seeded)] == ["misleading", "true"]
