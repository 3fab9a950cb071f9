"""The `factcheck` group and what every command shares: one-line errors, the database and
reviewer options, and output helpers. Commands import the library lazily, so that
`factcheck --help` and `factcheck extract` pay only for what they use."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

if TYPE_CHECKING:
    from ..app import Store


def err(message: str) -> None:
    """One line on standard error, as every failure is reported."""
    click.echo(f"factcheck: error: {message}", err=True)


def fail(message: str, code: int = 1) -> NoReturn:
    err(message)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factcheck")
def main() -> None:
    """Extract attributed quotes and check-worthy claims from news, and check them."""


def db_option(f: Any) -> Any:
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=Path("factcheck.db"),
        show_default=True,
        envvar="FACTCHECK_DB",
        help="The SQLite file (also $FACTCHECK_DB).",
    )(f)


def open_db(db_path: Path, *, must_exist: bool = False) -> Store:
    from ..app import StoreError, open_store

    if must_exist and not db_path.exists():
        fail(f"{db_path}: no such database; create it with `factcheck ingest PATH --db {db_path}`")
    try:
        return open_store(db_path)
    except StoreError as e:
        fail(str(e))


def default_reviewer() -> str:
    import getpass
    import os

    return os.environ.get("FACTCHECK_REVIEWER") or getpass.getuser()


def reviewer_option(f: Any) -> Any:
    return click.option(
        "--reviewer",
        default=default_reviewer,
        show_default="$FACTCHECK_REVIEWER or your login",
        help="Who is making the change, for the history.",
    )(f)


def emit_json(rows: list[dict[str, Any]], fmt: str) -> bool:
    """Write rows as json or jsonl for scripts; False when the format is for people."""
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
    else:
        return False
    return True


def clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def render_diff(diff: list[list[str]]) -> str:
    out = []
    for op, words in diff:
        out.append(words if op == "=" else f"[-{words}-]" if op == "-" else f"{{+{words}+}}")
    return " ".join(out)
