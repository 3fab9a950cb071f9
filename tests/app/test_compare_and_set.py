"""Every reviewer write is a compare-and-set: stale and blind overwrites are refused with
one line naming who and when, undo never wipes someone else's later change, list fields
change inside the write transaction. On a real file, with two connections or two
processes where it matters."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from click.testing import CliRunner

from factcheck.app.review import (
    StaleEdit,
    UndoRefused,
    add_evidence,
    history,
    review_of,
    set_note,
    set_verdict,
    undo,
)
from factcheck.cli import main
from factcheck.store import Store
from tests.conftest import ingest_texts

STORY = (
    "“We will not raise taxes,” Governor Jo Doe said on Monday.\n\n"
    "The state deficit was 3 percent of output last year, officials said.\n"
)


@pytest.fixture
def claim(store) -> str:
    ingest_texts(store, {"story.txt": STORY})
    return str(store.scalar("SELECT id FROM statements WHERE kind = 'claim'"))


def cli(db, *args: str):
    return CliRunner().invoke(main, [*args, "--db", str(db)])


def test_a_blind_cli_verdict_over_another_reviewers_is_refused_naming_them(store, claim):
    db = store.path
    assert cli(db, "verdict", claim, "true", "--reviewer", "ana").exit_code == 0
    r = cli(db, "verdict", claim, "false", "--reviewer", "bo")
    assert r.exit_code == 1
    (line,) = r.stderr.splitlines()
    at = review_of(store, claim)["updated_at"]
    assert f"its verdict was set by ana at {at} (revision 1)" in line
    assert "--expect-revision 1" in line
    assert review_of(store, claim)["verdict"] == "true"
    # knowingly, with the revision read
    r = cli(db, "verdict", claim, "false", "--reviewer", "bo", "--expect-revision", "1")
    assert r.exit_code == 0 and "revision 2" in r.stdout
    # ana's own later change needs no revision, but not over bo's verdict
    assert cli(db, "verdict", claim, "misleading", "--reviewer", "ana").exit_code == 1
    assert review_of(store, claim)["verdict"] == "false"


def test_a_stale_expected_revision_is_refused_and_changes_nothing(store, claim):
    db = store.path
    assert cli(db, "note", claim, "first look", "--reviewer", "ana").exit_code == 0
    assert cli(db, "verdict", claim, "true", "--reviewer", "bo").exit_code == 0
    before = (review_of(store, claim), len(history(store, claim)))
    r = cli(db, "verdict", claim, "false", "--reviewer", "ana", "--expect-revision", "1")
    assert r.exit_code == 1
    (line,) = r.stderr.splitlines()
    at = review_of(store, claim)["updated_at"]
    assert f"was changed by bo at {at} since you read it (revision 1, now 2)" in line
    assert (review_of(store, claim), len(history(store, claim))) == before


def test_undo_takes_back_only_your_change_when_nobody_changed_it_since(store, claim):
    db = store.path
    assert cli(db, "verdict", claim, "true", "--reviewer", "ana").exit_code == 0
    r = cli(db, "verdict", claim, "false", "--reviewer", "bo", "--expect-revision", "1")
    assert r.exit_code == 0
    r = cli(db, "undo", "--reviewer", "ana")
    assert r.exit_code == 1
    (line,) = r.stderr.splitlines()
    assert f"not undone: bo changed {claim}" in line and "yours stays" in line
    assert review_of(store, claim)["verdict"] == "false"
    assert cli(db, "undo", "--reviewer", "bo").exit_code == 0
    assert review_of(store, claim)["verdict"] == "true"


def test_a_verdict_with_a_note_is_one_change_and_one_undo(store, claim):
    r = cli(store.path, "verdict", claim, "false", "--note", "Wrong year", "--reviewer", "cy")
    assert r.exit_code == 0
    (h,) = history(store, claim)
    assert (h["field"], h["old"], h["new"]) == (
        "verdict+note",
        {"verdict": None, "note": None},
        {"verdict": "false", "note": "Wrong year"},
    )
    assert review_of(store, claim)["revision"] == 1
    assert cli(store.path, "undo", "--reviewer", "cy").exit_code == 0
    r = review_of(store, claim)
    assert (r["verdict"], r["note"], r["revision"]) == (None, None, 2)


def test_note_and_evidence_commands(store, claim):
    db = store.path
    assert cli(db, "note", claim, "Checked the budget", "--reviewer", "ana").exit_code == 0
    r = cli(db, "evidence", "add", claim, "https://budget.example/2019", "--reviewer", "bo")
    assert r.exit_code == 0 and "1 evidence link(s)" in r.stdout
    r = cli(db, "evidence", "add", claim, "ftp://nope", "--reviewer", "bo")
    assert r.exit_code == 1 and "http(s) link" in r.stderr
    r = cli(db, "evidence", "remove", claim, "https://budget.example/2019", "--reviewer", "ana")
    assert r.exit_code == 0
    r = cli(db, "show", claim)
    assert "revision 3" in r.stdout and "note: Checked the budget" in r.stdout
    r = cli(db, "show", claim, "--format", "json")
    assert json.loads(r.stdout)["review"]["evidence"] == []


def test_the_workbench_overwrites_only_the_revision_it_was_shown(store, claim):
    """The TUI passes the revision a StaleEdit names when the reviewer says overwrite."""
    set_verdict(store, claim, "true", reviewer="ana")
    other = Store(store.path)
    try:
        set_verdict(other, claim, "false", reviewer="bo", seen_revision=1)
        with pytest.raises(StaleEdit) as e:
            set_verdict(store, claim, "misleading", reviewer="ana", seen_revision=1)
        set_note(other, claim, "bo again", reviewer="bo", seen_revision=2)
        with pytest.raises(StaleEdit):  # what ana was shown is stale again
            set_verdict(store, claim, "misleading", reviewer="ana", seen_revision=e.value.revision)
    finally:
        other.close()


_WORKER = textwrap.dedent(
    """
    import sys
    from factcheck.app.review import add_evidence
    from factcheck.store import Store
    db, sid, who, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    with Store(db) as s:
        for i in range(n):
            add_evidence(s, sid, f"https://{who}.example/{i}", reviewer=who)
    """
)


def test_two_processes_adding_links_at_once_keep_every_link(store, claim):
    n = 50
    procs = [
        subprocess.Popen([sys.executable, "-c", _WORKER, str(store.path), claim, who, str(n)])
        for who in ("ana", "bo")
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    links = review_of(store, claim)["evidence"]
    assert len(links) == len(set(links)) == 2 * n
    assert review_of(store, claim)["revision"] == 2 * n


def test_two_undos_at_once_take_back_two_changes_never_one_twice(store, claim):
    for v in ("true", "false", "misleading"):
        set_verdict(store, claim, v, reviewer="ana")
    cmd = [sys.executable, "-m", "factcheck.cli", "undo", "--db", str(store.path)]
    procs = [
        subprocess.Popen([*cmd, "--reviewer", "ana"], stdout=subprocess.PIPE) for _ in range(2)
    ]
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    undone = [h["undoes"] for h in history(store, claim) if h["action"] == "undo"]
    assert len(undone) == 2 and len(set(undone)) == 2
    assert review_of(store, claim)["verdict"] == "true"
    # a change by someone else since blocks ana's next undo, read in the same transaction
    add_evidence(store, claim, "https://x.example", reviewer="ana")
    other = Store(store.path)
    try:
        add_evidence(other, claim, "https://y.example", reviewer="bo")
    finally:
        other.close()
    with pytest.raises(UndoRefused, match="bo changed"):
        undo(store, reviewer="ana")
    assert review_of(store, claim)["evidence"] == ["https://x.example", "https://y.example"]
