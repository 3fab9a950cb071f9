"""JSON Schemas generated from the models and the Article dataclass; `factcheck schema` writes
them to schemas/."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import TypeAdapter

from ..models import SCHEMA_MODELS

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def generate() -> dict[str, str]:
    """File name → schema text, exactly as written to disk."""
    out = {}
    for name, model in SCHEMA_MODELS.items():
        schema = {"$schema": SCHEMA_DIALECT, "$id": f"factcheck/{name}.schema.json"}
        schema.update(TypeAdapter(model).json_schema())
        out[f"{name}.schema.json"] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return out


def write(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for fname, text in generate().items():
        path = directory / fname
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def drift(directory: Path) -> list[str]:
    """Schema files that differ from what the models generate now."""
    stale = []
    for fname, text in generate().items():
        path = directory / fname
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            stale.append(fname)
    return stale
