"""The store as Datasette sees it, through Datasette's own Python API: every statement row
links to its quantities, matches and review; search works on the quotes and claims views;
the generated metadata's canned queries run."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from datasette.app import Datasette

from factcheck.app.review import set_note, set_verdict
from factcheck.cli import main
from tests.conftest import ingest_texts, seed_texts


@pytest.fixture
def served(store, tmp_path):
    ingest_texts(store, seed_texts())
    meta = tmp_path / "metadata.json"
    r = CliRunner().invoke(main, ["datasette-metadata", "--db", str(store.path), "-o", str(meta)])
    assert r.exit_code == 0, r.output
    ds = Datasette([str(store.path)], metadata=json.loads(meta.read_text(encoding="utf-8")))
    return store, ds, store.path.stem


async def _json(ds: Datasette, path: str) -> dict:
    response = await ds.client.get(path)
    assert response.status_code == 200, (path, response.status_code, response.text[:300])
    return response.json()


def _tilde(value: str) -> str:
    from datasette.utils import tilde_encode

    return tilde_encode(value)


async def test_a_statement_row_links_to_its_quantities_matches_and_review(served):
    store, ds, db = served
    sid = store.scalar(
        """SELECT s.id FROM statements s WHERE EXISTS (SELECT 1 FROM quantities q
           WHERE q.statement_id = s.id) AND EXISTS (SELECT 1 FROM matches m
           WHERE m.a = s.id OR m.b = s.id) ORDER BY s.seq LIMIT 1"""
    )
    assert sid is not None
    set_verdict(store, sid, "true", reviewer="ana")
    set_note(store, sid, "Checked.", reviewer="ana")
    row = await _json(ds, f"/{db}/statements/{_tilde(sid)}.json?_extras=foreign_key_tables")
    assert row["primary_keys"] == ["id"]
    links = {(fk["other_table"], fk["other_column"]): fk for fk in row["foreign_key_tables"]}
    n_quantities = store.scalar("SELECT count(*) FROM quantities WHERE statement_id = ?", (sid,))
    assert links[("quantities", "statement_id")]["count"] == n_quantities > 0
    as_a = store.scalar("SELECT count(*) FROM matches WHERE a = ?", (sid,))
    as_b = store.scalar("SELECT count(*) FROM matches WHERE b = ?", (sid,))
    assert (links[("matches", "a")]["count"], links[("matches", "b")]["count"]) == (as_a, as_b)
    assert as_a + as_b > 0
    assert links[("reviews", "statement_id")]["count"] == 1
    # and the links lead somewhere: the rows behind them, and back to this statement
    link = links[("quantities", "statement_id")]["link"].replace("?", ".json?_shape=objects&")
    rows = await _json(ds, link)
    assert len(rows["rows"]) == n_quantities
    review = await _json(ds, f"/{db}/reviews/{_tilde(sid)}.json?_shape=objects")
    assert review["rows"][0]["note"] == "Checked."


async def test_quantities_and_matches_link_back_to_their_statements(served):
    # (a review's statement_id is its own key too, so Datasette links it to the review
    # row; the statement's page counts and links its review, as tested above)
    store, ds, db = served
    for table, column in (("quantities", "statement_id"), ("matches", "a"), ("matches", "b")):
        target = store.scalar(f"SELECT {column} FROM {table} LIMIT 1")
        page = await ds.client.get(f"/{db}/{table}?{column}={target}")
        assert page.status_code == 200
        href = f'href="/{db}/statements/{_tilde(target)}"'
        assert href in page.text, (table, href)
        statement = await ds.client.get(f"/{db}/statements/{_tilde(target)}")
        assert statement.status_code == 200  # no 404 behind the link


async def test_search_works_on_the_quotes_and_claims_views(served):
    store, ds, db = served
    for view, kind, word in (("quotes", "quote", "soya"), ("claims", "claim", "tariffs")):
        found = await _json(ds, f"/{db}/{view}.json?_search={word}&_shape=objects&_size=max")
        want = store.conn.execute(
            "SELECT id FROM statements WHERE type = ? AND seq IN (SELECT rowid FROM"
            " statements_fts WHERE statements_fts MATCH ?)",
            (kind, word),
        ).fetchall()
        assert len(want) > 0
        assert sorted(r["id"] for r in found["rows"]) == sorted(i for (i,) in want)
        assert all(word in r["text"].lower() for r in found["rows"])


async def test_the_canned_queries_run(served):
    _, ds, db = served
    rows = await _json(ds, f"/{db}/contradictions_to_review.json?_shape=objects")
    assert rows["rows"] == []  # the seeds hold no contradiction
    said = await _json(ds, f"/{db}/speaker_across_outlets.json?speaker=Mnuchin&_shape=objects")
    assert said["rows"] and {r["speaker"] for r in said["rows"]} == {"Steven Mnuchin"}
    assert len({r["outlet"] for r in said["rows"]}) >= 1
