"""The `factcheck` command line: a thin face over the use cases in ``factcheck.app``.

``base`` holds the group and shared options; ``extracting``, ``storing`` and ``reviewing``
hold the commands. The TUI is imported only by `factcheck review`.
"""

from . import extracting, reviewing, storing
from .base import main

__all__ = ["extracting", "main", "reviewing", "storing"]
