"""Exporting a claim set to a file or a string, the same from the CLI and the TUI."""

from __future__ import annotations

import glob
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from ..export import Filters, claimreview, collect, render
from ..models import ClaimSet
from ..store import Store

__all__ = ["Exported", "Filters", "check_claimreview", "export_text", "write_export"]


@dataclass(frozen=True, slots=True)
class Exported:
    text: str
    statements: int  # statements selected
    items: int  # items written: statements, or reviews for ClaimReview


def export_text(
    store: Store,
    fmt: str,
    filters: Filters | None = None,
    *,
    site: str = "https://factcheck.example/reviews",
    publisher: str = "factcheck",
) -> Exported:
    """The export as text, deterministic for one database state."""
    cs = collect(store, filters or Filters())
    text = render(cs, fmt, site=site, publisher=publisher)
    items = (
        len(claimreview.build(cs, site=site, publisher=publisher))
        if fmt == "claimreview"
        else len(cs.statements)
    )
    return Exported(text, len(cs.statements), items)


def check_claimreview(
    store: Store, filters: Filters | None = None, *, site: str, publisher: str
) -> tuple[list[str], ClaimSet]:
    """What Google's fact-check guidelines would reject in the ClaimReview of ``filters``."""
    cs = collect(store, filters or Filters())
    return claimreview.lint(claimreview.build(cs, site=site, publisher=publisher)), cs


def write_export(text: str, target: Path) -> None:
    """Write the file whole or not at all.

    The bytes go to a hidden temporary file beside the target, are flushed to disk, and
    the temporary then takes the target's name in one rename; on any failure it is
    removed, so a full disk leaves neither a partial target nor a ``.part`` file. A
    temporary left by a process killed outright (SIGKILL) is swept by the next export to
    the same target once its process is gone.
    """
    _sweep_abandoned(target)
    data = text.encode("utf-8")
    name = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.part")
    try:
        fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(name, target)
    except BaseException:
        name.unlink(missing_ok=True)
        raise


def _sweep_abandoned(target: Path) -> None:
    """Remove temporaries of earlier exports to ``target`` whose process no longer runs."""
    pattern = f".{glob.escape(target.name)}.*.part"
    for left in target.parent.glob(pattern):
        pid = left.name[len(target.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            left.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process, alive
    return True
