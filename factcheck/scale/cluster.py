"""Where the work runs: a scheduler the user names, or a LocalCluster sized to the machine.

Workers are processes (the extractor is pure Python: threads would share one core), one
thread each, so a worker's memory is one block's articles and what the shuffle hands it.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator

from distributed import Client, LocalCluster


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


@contextlib.contextmanager
def client(
    scheduler: str | None = None, workers: int | None = None, memory_limit: str = "auto"
) -> Iterator[Client]:
    """A client of ``scheduler``, else of a LocalCluster of ``workers`` processes."""
    workers = workers or default_workers()
    if scheduler:
        with Client(scheduler, timeout="30s") as c:
            yield c
        return
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            memory_limit=memory_limit,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c
