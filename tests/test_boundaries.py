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
    "factcheck.schema",
]


@pytest.mark.parametrize("module", CORE)
def test_core_module_imports_neither_textual_nor_the_cli(module):
    code = (
        f"import sys, {module}; "
        "bad = [m for m in sys.modules if m == 'textual' or m.startswith('textual.') "
        "or m in ('factcheck.cli', 'factcheck.tui')]; print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"{module} pulls in {out.stdout.strip()}"
