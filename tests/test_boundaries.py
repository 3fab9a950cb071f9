"""The core library never imports the TUI or the CLI: each core module is imported alone.

import-linter checks the same rules statically in CI (the contracts in pyproject.toml);
this checks them as Python runs them, in a fresh interpreter per module, so a lazy
import inside a function that runs at import time is caught too.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import factcheck

FACES = {"factcheck.cli", "factcheck.tui"}


def _core_modules() -> list[str]:
    out = []
    for m in pkgutil.walk_packages(factcheck.__path__, "factcheck."):
        if not any(m.name == f or m.name.startswith(f + ".") for f in FACES):
            out.append(m.name)
    return sorted(out)


CORE = _core_modules()


def test_the_layers_are_folders():
    """A newcomer sees the layers in `ls factcheck`."""
    top = {m.name for m in pkgutil.iter_modules(factcheck.__path__)}
    assert top == {
        "vocabulary",
        "records",
        "models",
        "extract",
        "match",
        "store",
        "pipeline",
        "export",
        "app",
        "devtools",
        "scale",
        "tui",
        "cli",
    }


def test_every_module_says_what_it_holds():
    import importlib

    for name in [*CORE, "factcheck.tui", "factcheck.cli"]:
        mod = importlib.import_module(name)
        if name.endswith("__main__"):
            continue
        assert (mod.__doc__ or "").strip(), f"{name} has no docstring"


def test_the_cli_does_not_load_textual_until_review():
    code = (
        "import sys, factcheck.cli; "
        "print(any(m == 'textual' or m.startswith('textual.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("module", CORE)
def test_core_module_imports_neither_textual_nor_the_faces(module):
    code = (
        f"import sys, {module}; "
        "bad = [m for m in sys.modules if m == 'textual' or m.startswith('textual.') "
        "or m.startswith('factcheck.cli') or m.startswith('factcheck.tui')]; "
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"{module} pulls in {out.stdout.strip()}"


CLUSTER = ("dask", "distributed", "pandas", "pyarrow")


@pytest.mark.parametrize(
    "module", [m for m in CORE if not m.startswith("factcheck.scale")] + ["factcheck.cli"]
)
def test_only_the_scale_out_loads_dask_or_pyarrow(module):
    """The scale extra is optional: the core and the CLI's start-up never need it."""
    code = (
        f"import sys, {module}; "
        f"print(','.join(m for m in sys.modules if m.split('.')[0] in {CLUSTER!r}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"{module} pulls in {out.stdout.strip()}"


def test_the_workbench_starts_without_building_the_models():
    """Pydantic and the models load only when something needs them (an export, an
    ingest): the first screen does not wait for them."""
    code = (
        "import sys, factcheck.tui.app; "
        "print(any(m == 'pydantic' or m == 'factcheck.models' for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
