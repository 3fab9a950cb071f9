"""`factcheck extract` as scripts and people use it: formats, order, workers, bad input."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from factcheck.cli import main

from ..conftest import SEEDS


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def test_jsonl_of_seed_directory_is_one_line_an_article_in_order():
    r = run("extract", "--format", "jsonl", str(SEEDS))
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert [Path(x["path"]).name for x in lines] == sorted(p.name for p in SEEDS.glob("*.txt"))
    q = lines[0]["quotes"][0]
    assert set(q) >= {
        "text",
        "start",
        "end",
        "kind",
        "speaker",
        "speaker_mention",
        "speaker_start",
        "speaker_end",
        "cue",
    }
    text = (SEEDS / Path(lines[0]["path"]).name).read_text(encoding="utf-8")
    for q in lines[0]["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]


def test_jsonl_from_stdin_keeps_ids_and_order():
    feed = "\n".join(
        json.dumps({"id": f"a{i}", "text": f"“Item {i} is ready,” said Jane Doe."})
        for i in range(5)
    )
    r = run("extract", "--format", "jsonl", "-", input=feed + "\n")
    assert r.exit_code == 0, r.output
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["id"] for x in out] == [f"a{i}" for i in range(5)]
    assert all(x["quotes"][0]["speaker"] == "Jane Doe" for x in out)


def test_workers_give_the_same_output_as_one_process():
    one = run("extract", "--format", "jsonl", str(SEEDS))
    two = run("extract", "--format", "jsonl", "--workers", "2", str(SEEDS))
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout


def test_text_format_lists_speaker_kind_and_quote():
    r = run("extract", str(SEEDS / "afp-us-china-trade-talks.txt"))
    assert r.exit_code == 0
    assert "Steven Mnuchin  partial    “meaningful progress”" in r.stdout
    assert "claims:" in r.stdout


def test_json_format_is_one_valid_document():
    r = run("extract", "--format", "json", str(SEEDS))
    data = json.loads(r.stdout)
    assert len(data) == 2 and all("quotes" in x for x in data)


def test_bad_inputs_are_named_and_the_rest_goes_through(tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"abc\x00def")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9 said".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "huge.txt").write_text("word " * 300_000)
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "ok", "text": "“Fine,” said Al Roker today."}\n{"id": "broken", "te\n')
    good = tmp_path / "good.txt"
    good.write_text("“We won,” said Jane Doe.")
    r = run(
        "extract",
        "--format",
        "jsonl",
        "--max-bytes",
        "1000000",
        str(tmp_path / "binary.txt"),
        str(tmp_path / "latin1.txt"),
        str(tmp_path / "empty.txt"),
        str(tmp_path / "huge.txt"),
        str(tmp_path / "missing.txt"),
        str(feed),
        str(good),
    )
    assert r.exit_code == 1
    errors = r.stderr.splitlines()
    assert any("binary.txt: binary file" in e for e in errors)
    assert any("latin1.txt: not valid UTF-8" in e for e in errors)
    assert any("empty.txt: empty file" in e for e in errors)
    assert any("huge.txt: file is 1.5 MB, over the 1 MB article limit" in e for e in errors)
    assert any("missing.txt: no such file or directory" in e for e in errors)
    assert any("feed.jsonl:2: malformed JSON line" in e for e in errors)
    assert all(e.startswith("factcheck: error: ") for e in errors)
    ids = [json.loads(x)["id"] for x in r.stdout.splitlines()]
    assert len(ids) == 2 and ids[0] == "ok"


def test_missing_text_field_in_feed_is_named(tmp_path):
    feed = tmp_path / "f.jsonl"
    feed.write_text('{"id": "x", "body_html": "<p>hi</p>"}\n')
    r = run("extract", str(feed))
    assert r.exit_code == 1
    assert 'f.jsonl:1: no "text" string in the article object' in r.stderr


def test_no_paths_is_a_usage_error():
    r = run("extract")
    assert r.exit_code == 2
