"""The `factcheck` command line: a thin face over the use cases in ``factcheck.app``.

``base`` holds the group and shared options; ``extracting``, ``storing`` and ``reviewing``
hold the commands. The TUI is imported only by `factcheck review`.
"""

import gc

# A command is one process that makes and frees a great many small objects, nearly all freed
# by reference counting as it goes. The cycle collector's default (a pass every 700 net new
# objects) finds next to nothing to free and cost `factcheck extract` over a news corpus ~5%
# of its CPU; a pass every 100,000 (past what imports, a feed's JSON or an article's reading
# leave alive at once) still bounds what cycles can pile up.
gc.set_threshold(100_000, *gc.get_threshold()[1:])

from . import extracting, reviewing, storing  # noqa: E402
from .base import main  # noqa: E402

__all__ = ["extracting", "main", "reviewing", "storing"]
