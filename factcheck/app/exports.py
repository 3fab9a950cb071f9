"""Exporting a claim set to a file or a string, the same from the CLI and the TUI."""

from __future__ import annotations

import os
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
    """Write the file whole or not at all: a temporary file beside it, then a rename."""
    tmp = target.with_name(target.name + ".part")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
