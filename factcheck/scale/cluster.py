"""Where the work runs: a scheduler the user names, or a LocalCluster sized to the machine.

Workers are processes (the extractor is pure Python: threads would share one core), one
thread each, so a worker's memory is one block's rows being appended and one shuffle
partition at a time.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator

import dask
from distributed import Client, LocalCluster

CONNECT_SECONDS = 10  # how long to wait for a named scheduler before saying it does not answer
WORKERS_SECONDS = 60  # how long a new LocalCluster may take to start its workers
# A local worker's environment and settings: Arrow's own allocator keeps what it freed for
# reuse, and the shuffle buffers up to 1 GiB it has yet to send, so a worker's memory
# would grow with how much it shuffles; with the system allocator and small buffers it
# stays what its partitions need (benchmarks/scale.py). Workers of a named scheduler are
# started by their owner; the README says what to set.
WORKER_ENV = {"ARROW_DEFAULT_MEMORY_POOL": "system"}
WORKER_CONFIG = {
    "distributed.p2p.comm.buffer": "8 MiB",
    "distributed.p2p.storage.buffer": "8 MiB",
    # the dashboard's sampling profiler: every 10 ms a worker walks its threads' stacks and
    # keeps a call tree that grows with the run (tens of thousands of dicts at 100k
    # articles), and each full collection walks it again; a batch job does not need it
    "distributed.worker.profile.enabled": False,
}


class ClusterError(Exception):
    """A scheduler that cannot be reached or used: one line naming its address."""


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


@contextlib.contextmanager
def client(
    scheduler: str | None = None, workers: int | None = None, memory_limit: str = "auto"
) -> Iterator[Client]:
    """A client of ``scheduler``, else of a LocalCluster of ``workers`` processes."""
    if scheduler:
        with connect(scheduler) as c:
            try:
                c.wait_for_workers(1, timeout=CONNECT_SECONDS)
            except TimeoutError as e:
                raise ClusterError(
                    f"{scheduler}: the scheduler has no workers (waited {CONNECT_SECONDS} s)"
                ) from e
            yield c
        return
    workers = workers or default_workers()
    with dask.config.set(WORKER_CONFIG):  # the nannies hand their settings to their workers
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            memory_limit=memory_limit,
            dashboard_address=None,
            silence_logs=logging.ERROR,
            env=WORKER_ENV,
        )
    with cluster, Client(cluster) as c:
        c.wait_for_workers(workers, timeout=WORKERS_SECONDS)
        yield c


def connect(address: str) -> Client:
    """A client of the scheduler at ``address``, or a ClusterError saying why not."""
    try:
        return Client(address, timeout=f"{CONNECT_SECONDS}s")
    except ValueError as e:  # no port, an unknown scheme
        raise ClusterError(f"{address}: not a scheduler address ({e})") from e
    except OSError as e:
        raise ClusterError(
            f"{address}: no Dask scheduler answers there (waited {CONNECT_SECONDS} s)"
        ) from e
