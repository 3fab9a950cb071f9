from __future__ import annotations

import shutil

import pytest

from factcheck.app.ingest import ingest
from factcheck.models import Article
from factcheck.store import Store
from tests.conftest import SEED_FILES, SEEDS

META = {
    "afp-us-china-trade-talks.txt": {"outlet": "AFP", "published": "2019-09-13"},
    "straits-times-us-china-talks-resume.txt": {
        "outlet": "The Straits Times",
        "published": "2019-09-21",
    },
}


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("tui") / "template.db"
    s = Store(path)
    ingest(
        s,
        [
            Article.from_text((SEEDS / n).read_text(encoding="utf-8"), path=n, **META[n])
            for n in SEED_FILES
        ],
    )
    s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    s.close()
    return path


@pytest.fixture
def db(seeded_template, tmp_path):
    """A fresh copy of the seeded database for each test."""
    path = tmp_path / "review.db"
    shutil.copy(seeded_template, path)
    return path
