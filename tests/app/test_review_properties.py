"""Two reviewers on one file, their verdicts, notes, evidence and undos interleaved at
random (hypothesis), each on a connection of their own and acting on what they last
looked at. Every change reported as done is in the history; none replaced another
reviewer's value unseen; a refused change changed nothing; the history replays to the
stored reviews."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from factcheck.app.review import (
    Change,
    ReviewError,
    add_evidence,
    history,
    remove_evidence,
    review_of,
    set_note,
    set_verdict,
    undo,
)
from factcheck.store import Store
from tests.conftest import ingest_texts

REVIEWERS = ("ana", "bo")
LINKS = [f"https://e.example/{i}" for i in range(3)]
STORY = (
    "“We will not raise taxes,” Governor Jo Doe said on Monday.\n\n"
    "The state deficit was 3 percent of output last year, officials said.\n"
)

who = st.sampled_from(REVIEWERS)
which = st.integers(0, 1)
seen = st.booleans()  # pass the revision last looked at, or write blind
OPS = st.one_of(
    st.tuples(st.just("verdict"), who, which, st.sampled_from(["true", "false", None]), seen),
    st.tuples(st.just("note"), who, which, st.sampled_from(["checked", "doubtful", ""]), seen),
    st.tuples(st.just("add"), who, which, st.sampled_from(LINKS), seen),
    st.tuples(st.just("remove"), who, which, st.sampled_from(LINKS), seen),
    st.tuples(st.just("undo"), who, which, st.none(), seen),
    st.tuples(st.just("look"), who, which, st.none(), seen),
)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "two.db"
    with Store(path) as s:
        ingest_texts(s, {"story.txt": STORY})
    return path


def _state(store: Store, sid: str) -> tuple[Any, int]:
    return review_of(store, sid), len(history(store, sid))


def _field_value(review: dict[str, Any] | None, field: str) -> Any:
    if review is None:
        return [] if field == "evidence" else None
    return review[field]


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(ops=st.lists(OPS, min_size=1, max_size=25))
def test_interleaved_reviewers_lose_nothing(template, ops):
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "two.db"
        shutil.copy(template, db)
        stores = {r: Store(db) for r in REVIEWERS}
        observer = Store(db)
        try:
            _run(ops, stores, observer)
        finally:
            for s in (*stores.values(), observer):
                s.close()


def _run(ops: list[tuple[Any, ...]], stores: dict[str, Store], observer: Store) -> None:
    sids = [sid for (sid,) in observer.conn.execute("SELECT id FROM statements ORDER BY seq")]
    shown: dict[tuple[str, str], int] = {}  # what each reviewer last looked at
    done: list[Change] = []
    for kind, reviewer, n, value, with_revision in ops:
        sid = sids[n % len(sids)]
        store = stores[reviewer]
        expect = shown.get((reviewer, sid), 0) if with_revision else None
        everything = [_state(observer, s) for s in sids]
        before = review_of(observer, sid)
        pre_history = history(observer, sid)
        try:
            if kind == "look":
                r = review_of(store, sid)
                shown[(reviewer, sid)] = r["revision"] if r else 0
                continue
            if kind == "verdict":
                change = set_verdict(store, sid, value, reviewer=reviewer, seen_revision=expect)
            elif kind == "note":
                change = set_note(store, sid, value, reviewer=reviewer, seen_revision=expect)
            elif kind == "add":
                change = add_evidence(store, sid, value, reviewer=reviewer, seen_revision=expect)
            elif kind == "remove":
                change = remove_evidence(store, sid, value, reviewer=reviewer, seen_revision=expect)
            else:
                change = undo(store, reviewer=reviewer)
        except ReviewError:
            event(f"{kind} refused")
            assert [_state(observer, s) for s in sids] == everything, "a refusal changed things"
            continue
        event(f"{kind} done")
        done.append(change)
        if kind == "undo":
            _check_undo(observer, reviewer, change)
            continue
        revision = before["revision"] if before else 0
        assert change.revision == revision + 1
        if expect is not None:
            assert expect == revision, "a write with a stale revision went through"
        after = review_of(observer, sid)
        assert after is not None
        if kind in ("verdict", "note"):
            old = _field_value(before, kind)
            if expect is None and old not in (None, "") and old != change.new:
                last = [h for h in pre_history if kind in (h["field"] or "").split("+")]
                assert last and last[-1]["reviewer"] == reviewer, (
                    f"{reviewer} blindly replaced a {kind} someone else set"
                )
        if kind == "add":
            assert after["evidence"] == [*_field_value(before, "evidence"), value]
        if kind == "remove":
            assert after["evidence"] == [u for u in _field_value(before, "evidence") if u != value]

    # every change reported as done is in the history, as reported
    rows = {h["id"]: h for s in sids for h in history(observer, s)}
    for c in done:
        h = rows[c.history_id]
        assert (h["field"], h["new"]) == (c.field, c.new)
    assert len(rows) == len(done), "the history holds a change nobody was told about"
    # and the history replays to what is stored
    for s in sids:
        replayed: dict[str, Any] = {"verdict": None, "note": None, "evidence": []}
        for h in history(observer, s):
            names = h["field"].split("+")
            replayed.update(h["new"] if len(names) > 1 else {names[0]: h["new"]})
        stored = review_of(observer, s)
        assert replayed == {f: _field_value(stored, f) for f in replayed}


def _check_undo(observer: Store, reviewer: str, change: Change) -> None:
    """An undo took back the reviewer's own change, and nobody else had touched its target
    since."""
    rows = history(observer, change.target)
    undo_row = next(h for h in rows if h["id"] == change.history_id)
    undone = next(h for h in rows if h["id"] == undo_row["undoes"])
    assert undone["reviewer"] == reviewer and undone["action"] == "set"
    between = [h for h in rows if undone["id"] < h["id"] < undo_row["id"]]
    assert all(h["reviewer"] == reviewer for h in between), "an undo wiped someone's change"
    assert sum(h["undoes"] == undone["id"] for h in rows) == 1, "a change undone twice"
