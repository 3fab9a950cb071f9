"""The `factcheck` group and what every command shares: one-line errors, the database and
reviewer options, and output helpers. Commands import the library lazily, so that
`factcheck --help` and `factcheck extract` pay only for what they use."""

from __future__ import annotations

import errno
import json
import os
import signal
import sys
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, NoReturn

import click

if TYPE_CHECKING:
    from ..app import Store

BUSY_TIMEOUT_S = 10.0  # how long a write waits for another writer's lock, by default
DEBUG_ENV = "FACTCHECK_DEBUG"  # set it to see the traceback of an unexpected error


def err(message: str) -> None:
    """One line on standard error, as every failure is reported."""
    click.echo(f"factcheck: error: {message}", err=True)


def warn(message: str) -> None:
    click.echo(f"factcheck: warning: {message}", err=True)


def fail(message: str, code: int = 1) -> NoReturn:
    err(message)
    sys.exit(code)


def need_stdout() -> None:
    """Refuse to run a command whose output would go nowhere (started with `>&-`)."""
    if sys.stdout is None:
        fail("standard output is closed; nowhere to write (redirect it, or use -o FILE)")


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the program is so that it stops as Ctrl-C stops it: open
    transactions roll back, the pool shuts down, the stored work is reported."""


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise Terminated()


def describe(e: BaseException) -> str:
    """An exception no command expected, as the one line a user sees."""
    from ..app import StoreError

    if isinstance(e, StoreError):
        return str(e)
    if isinstance(e, OSError):
        where = f"{e.filename}: " if e.filename else ""
        if e.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
            return f"{where}cannot write: disk full ({e.strerror})"
        return f"{where}{e.strerror or e}"
    return f"unexpected error: {type(e).__name__}: {e} (set {DEBUG_ENV}=1 to see where)"


class Main(click.Group):
    """The group that turns any error a command did not report into one line: no
    traceback reaches a user (set $FACTCHECK_DEBUG to see one)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as e:
            if isinstance(e, OSError) and e.errno == errno.EPIPE:
                # the reader went away (`| head`): nothing more to say to anyone
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
                sys.exit(1)
            if os.environ.get(DEBUG_ENV):
                raise
            fail(describe(e))


@click.group(cls=Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factcheck")
def main() -> None:
    """Extract attributed quotes and check-worthy claims from news, and check them."""
    signal.signal(signal.SIGTERM, _terminate)
    if hasattr(signal, "SIGXFSZ"):
        # over a file size limit a write then fails (and is reported) instead of killing us
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def _keep_busy_timeout(ctx: click.Context, param: click.Parameter, value: float) -> None:
    ctx.meta["busy_timeout"] = value


def db_option(f: Any) -> Any:
    f = click.option(
        "--busy-timeout",
        type=click.FloatRange(min=0),
        default=BUSY_TIMEOUT_S,
        show_default=True,
        envvar="FACTCHECK_BUSY_TIMEOUT",
        expose_value=False,
        callback=_keep_busy_timeout,
        help="Seconds to wait for another writer's lock, retrying, before giving up.",
    )(f)
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
    from ..app import BusyPolicy, StoreError, open_store

    if must_exist and not db_path.exists():
        fail(f"{db_path}: no such database; create it with `factcheck ingest PATH --db {db_path}`")
    ctx = click.get_current_context(silent=True)
    timeout = ctx.meta.get("busy_timeout", BUSY_TIMEOUT_S) if ctx else BUSY_TIMEOUT_S
    try:
        return open_store(db_path, busy=BusyPolicy(timeout=timeout))
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
