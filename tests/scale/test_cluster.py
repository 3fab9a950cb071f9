"""The local cluster's workers run with the settings that keep their memory and CPU flat
as the archive grows (cluster.WORKER_ENV, cluster.WORKER_CONFIG): handed to the worker
processes by their nannies, not only set in the process that started them."""

from __future__ import annotations

import os

from factcheck.scale.cluster import WORKER_CONFIG, WORKER_ENV


def _settings() -> dict[str, object]:
    import dask

    return {
        "env": {k: os.environ.get(k) for k in WORKER_ENV},
        "config": {k: dask.config.get(k) for k in WORKER_CONFIG},
        "profiling": dask.config.get("distributed.worker.profile.enabled"),
    }


def test_local_workers_get_the_allocator_the_buffers_and_no_sampling_profiler(scheduler):
    from distributed import Client

    with Client(scheduler) as c:
        seen = c.run(_settings)
    assert len(seen) == 2
    for got in seen.values():
        assert got["env"] == WORKER_ENV
        assert got["config"] == WORKER_CONFIG
        assert got["profiling"] is False
