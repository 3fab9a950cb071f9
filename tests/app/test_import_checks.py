"""An import puts each review on the statement it was written about, or refuses the file
(naming the line) and changes nothing."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from factcheck.app.exports import export_text
from factcheck.app.review import set_note, set_verdict
from factcheck.cli import main
from factcheck.store import Store
from tests.conftest import ingest_texts

STORY = (
    "“We will not raise taxes,” Governor Jo Doe said on Monday.\n\n"
    "The state deficit was 3 percent of output last year, officials said.\n"
)


@pytest.fixture
def exported(store, tmp_path):
    """A reviewed store and its jsonl export: the header, the reviewed quote and claim, and
    the other statements."""
    ingest_texts(store, {"story.txt": STORY})
    quote = store.scalar("SELECT id FROM statements WHERE kind = 'direct'")
    claim = store.scalar("SELECT id FROM statements WHERE kind = 'claim'")
    set_verdict(store, quote, "true", reviewer="ana")
    set_verdict(store, claim, "false", reviewer="ana")
    head, *rest = [json.loads(line) for line in export_text(store, "jsonl").text.splitlines()]
    by_id = {r["id"]: r for r in rest}
    others = [r for r in rest if r["id"] not in (quote, claim)]
    return store, (head, by_id[quote], by_id[claim], others)


def write(path, records) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def counts(path) -> list[int]:
    with Store(path) as s:
        return [
            s.scalar(f"SELECT count(*) FROM {t}") for t in ("articles", "statements", "reviews")
        ]


def imported(file: str, db) -> object:
    return CliRunner().invoke(main, ["import", file, "--db", str(db)])


def test_two_lines_with_one_statement_id_are_refused(exported, tmp_path):
    store, (head, quote, claim, others) = exported
    claim["id"] = quote["id"]  # an edited file: the claim's review now names the quote
    bad = write(tmp_path / "dup.jsonl", [head, quote, claim, *others])
    for db in (store.path, tmp_path / "fresh.db"):
        before = counts(db) if db == store.path else [0, 0, 0]
        r = imported(bad, db)
        assert r.exit_code == 1
        assert r.stderr.strip() == (
            f"factcheck: error: {bad}:3: statement {quote['id']} is also at {bad}:2;"
            " each statement once"
        )
        assert counts(db) == before


def test_a_statement_whose_words_are_not_at_its_offsets_is_refused(exported, tmp_path):
    _, (head, quote, claim, others) = exported
    claim["text"] = "The state deficit was 9 percent of output last year, officials said."
    bad = write(tmp_path / "edited.jsonl", [head, quote, claim, *others])
    r = imported(bad, tmp_path / "fresh.db")
    assert r.exit_code == 1
    assert f"{bad}:3: statement {claim['id']}'s text is not the words at" in r.stderr


def test_a_statement_that_differs_from_the_stored_one_is_refused(exported, tmp_path):
    store, (head, quote, claim, others) = exported
    # consistent in itself (article and statement edited alike), but not what is stored
    for a in head["articles"]:
        a["text"] = a["text"].replace("3 percent", "9 percent")
    for r in (claim, *others):
        r["text"] = r["text"].replace("3 percent", "9 percent")
    claim["review"]["verdict"] = "true"
    bad = write(tmp_path / "other.jsonl", [head, quote, claim, *others])
    before = counts(store.path)
    set_note(store, quote["id"], "kept", reviewer="ana")
    r = imported(bad, store.path)
    assert r.exit_code == 1
    assert f"{bad}:3: statement {claim['id']} is not the stored statement of that id" in r.stderr
    assert counts(store.path) == before
    assert store.scalar("SELECT verdict FROM reviews WHERE statement_id = ?", (claim["id"],)) == (
        "false"
    )


def test_a_nul_in_a_note_is_refused(exported, tmp_path):
    _, (head, quote, claim, others) = exported
    quote["review"]["note"] = "fine\u0000not"
    bad = write(tmp_path / "nul.jsonl", [head, quote, claim, *others])
    r = imported(bad, tmp_path / "fresh.db")
    assert r.exit_code == 1 and f"{bad}:2: statement {quote['id']} holds a NUL" in r.stderr


def test_an_export_saved_with_a_byte_order_mark_imports(exported, tmp_path):
    store, (head, quote, claim, others) = exported
    records = [head, quote, claim, *others]
    marked = tmp_path / "marked.jsonl"
    marked.write_bytes(b"\xef\xbb\xbf" + "".join(json.dumps(r) + "\n" for r in records).encode())
    fresh = tmp_path / "fresh.db"
    r = imported(str(marked), fresh)
    assert r.exit_code == 0, r.output
    assert counts(fresh) == counts(store.path)
