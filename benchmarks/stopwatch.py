"""Seconds spent inside one function of the code under test, summed over its calls: how
the benchmarks time matching within an ingest without changing the ingest."""

from __future__ import annotations

import time
from typing import Any


class Stopwatch:
    """Wraps ``owner.name`` for the duration of a ``with`` block and puts it back after;
    ``seconds`` is the wall time spent in it (its CPU time too, in one thread)."""

    def __init__(self, owner: Any, name: str) -> None:
        self.owner, self.name = owner, name
        self.seconds = 0.0
        self._real: Any = None

    def __enter__(self) -> Stopwatch:
        self._real = real = getattr(self.owner, self.name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            t = time.perf_counter()
            try:
                return real(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - t

        setattr(self.owner, self.name, timed)
        return self

    def __exit__(self, *_: object) -> None:
        setattr(self.owner, self.name, self._real)
