"""schemas/ is generated from the models; this fails when the two drift apart."""

from __future__ import annotations

import json

import jsonschema

from factcheck.export import schemas as schema

from .conftest import ROOT


def test_schemas_match_the_models():
    stale = schema.drift(ROOT / "schemas")
    assert not stale, f"schemas/ out of date: {stale}. Fix: factcheck schema"


def test_seed_extractions_validate_against_the_schema(seed_extractions):
    spec = json.loads((ROOT / "schemas" / "extraction.schema.json").read_text(encoding="utf-8"))
    for _, x in seed_extractions.values():
        jsonschema.validate(x.model_dump(mode="json"), spec)
