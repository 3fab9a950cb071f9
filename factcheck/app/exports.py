"""Exporting a claim set to a file or a string, the same from the CLI and the TUI."""

from __future__ import annotations

import glob
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from ..export import PLACEHOLDER_PUBLISHER, PLACEHOLDER_SITE, Filters, claimreview, collect, render
from ..models import ClaimSet
from ..store import Store, datasette
from ..store import settings as settings_q

__all__ = [
    "Exported",
    "Filters",
    "Publisher",
    "check_claimreview",
    "datasette_metadata",
    "export_text",
    "publisher",
    "set_publisher",
    "write_export",
]

PUBLISHER_KEY = "claimreview_publisher"


@dataclass(frozen=True, slots=True)
class Publisher:
    """Who publishes the reviews: ClaimReview's author and the base url of the reviews."""

    name: str = PLACEHOLDER_PUBLISHER
    url: str | None = None
    site: str = PLACEHOLDER_SITE


def publisher(
    store: Store, *, name: str | None = None, url: str | None = None, site: str | None = None
) -> Publisher:
    """The publisher as given, else as stored in the database, else the placeholders."""
    stored = settings_q.get(store.conn, PUBLISHER_KEY) or {}
    return Publisher(
        name=name or stored.get("name") or PLACEHOLDER_PUBLISHER,
        url=url or stored.get("url") or None,
        site=site or stored.get("site") or PLACEHOLDER_SITE,
    )


def set_publisher(
    store: Store, *, name: str | None = None, url: str | None = None, site: str | None = None
) -> Publisher:
    """Keep the publisher in the database for every later export (given fields replace
    the stored ones; urls must be absolute http(s) addresses)."""
    from .changes import ReviewError

    for what, value in (("--url", url), ("--site", site)):
        if value is not None and not value.startswith(("http://", "https://")):
            raise ReviewError(f"{what} must be an absolute http(s) address, not {value!r}")
    with store.transaction() as conn:
        stored = settings_q.get(conn, PUBLISHER_KEY) or {}
        given = {"name": name, "url": url, "site": site}
        stored |= {k: v for k, v in given.items() if v is not None}
        settings_q.put(conn, PUBLISHER_KEY, stored, sort_keys=True)
    return publisher(store)


@dataclass(frozen=True, slots=True)
class Exported:
    text: str
    statements: int  # statements selected
    items: int  # items written: statements, or reviews for ClaimReview

    def summary(self, fmt: str) -> str:
        """What was written, counted as it was written."""
        if fmt == "claimreview":
            return (
                f"{self.items} review(s) as claimreview, of {self.statements} statement(s)"
                " selected (only those with a verdict that rates truth are published)"
            )
        return f"{self.items} statement(s) as {fmt}"


def export_text(
    store: Store,
    fmt: str,
    filters: Filters | None = None,
    *,
    site: str | None = None,
    publisher_name: str | None = None,
    publisher_url: str | None = None,
    bom: bool = True,
) -> Exported:
    """The export as text, deterministic for one database state."""
    cs = collect(store, filters or Filters())
    who = publisher(store, name=publisher_name, url=publisher_url, site=site)
    text = render(cs, fmt, site=who.site, publisher=who.name, publisher_url=who.url, bom=bom)
    items = len(claimreview.published(cs)) if fmt == "claimreview" else len(cs.statements)
    return Exported(text, len(cs.statements), items)


def check_claimreview(
    store: Store,
    filters: Filters | None = None,
    *,
    site: str | None = None,
    publisher_name: str | None = None,
    publisher_url: str | None = None,
) -> tuple[list[str], ClaimSet]:
    """What stops the ClaimReview of ``filters`` from being published as it is."""
    cs = collect(store, filters or Filters())
    who = publisher(store, name=publisher_name, url=publisher_url, site=site)
    return claimreview.check(cs, site=who.site, publisher=who.name, publisher_url=who.url), cs


def datasette_metadata(store: Store) -> str:
    """Datasette's metadata for this file, as JSON (Datasette names a database by its
    file's stem)."""
    import json

    return json.dumps(datasette.metadata(store.path.stem), indent=2, ensure_ascii=False) + "\n"


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
