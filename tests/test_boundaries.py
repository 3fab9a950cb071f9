"""The core library never imports the TUI or the CLI: each core module is imported alone."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE = [
    "factcheck.models",
    "factcheck.extract",
    "factcheck.sources",
    "factcheck.batch",
    "factcheck.extraction_output",
    "factcheck.evaluation",
    "factcheck.schema",
    "factcheck.match",
    "factcheck.prepare",
    "factcheck.ingest",
    "factcheck.store",
    "factcheck.review",
    "factcheck.queue",
    "factcheck.detail",
    "factcheck.session",
    "factcheck.export",
    "factcheck.importer",
]


def test_every_core_module_is_checked():
    """A new core module must join the list above."""
    import pkgutil

    import factcheck

    found = {f"factcheck.{m.name}" for m in pkgutil.iter_modules(factcheck.__path__)}
    assert found - set(CORE) == {"factcheck.cli", "factcheck.tui"}


def test_the_cli_does_not_load_textual_until_review():
    code = (
        "import sys, factcheck.cli; "
        "print(any(m == 'textual' or m.startswith('textual.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("module", CORE)
def test_core_module_imports_neither_textual_nor_the_cli(module):
    code = (
        f"import sys, {module}; "
        "bad = [m for m in sys.modules if m == 'textual' or m.startswith('textual.') "
        "or m in ('factcheck.cli', 'factcheck.tui')]; print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"{module} pulls in {out.stdout.strip()}"
