from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract import extract
from factcheck.models import Article, Extraction

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_FILES = sorted(p.name for p in SEEDS.glob("*.txt"))


def seed_article(name: str) -> Article:
    return Article.from_text((SEEDS / name).read_text(encoding="utf-8"), path=name)


@pytest.fixture(scope="session")
def seed_extractions() -> dict[str, tuple[Article, Extraction]]:
    out = {}
    for name in SEED_FILES:
        a = seed_article(name)
        out[name] = (a, extract(a))
    return out


@pytest.fixture
def store(tmp_path: Path):
    """A real database file on disk, closed after the test."""
    from factcheck.store import Store

    s = Store(tmp_path / "test.db")
    yield s
    s.close()


def ingest_texts(store, texts: dict[str, str], **meta):
    """Ingest articles given as {path: text}; returns the report."""
    from factcheck.app.ingest import ingest

    articles = [Article.from_text(t, path=p, **meta) for p, t in texts.items()]
    return ingest(store, articles)


def seed_texts() -> dict[str, str]:
    return {name: (SEEDS / name).read_text(encoding="utf-8") for name in SEED_FILES}
