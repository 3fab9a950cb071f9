"""Archive scale on Dask: extraction in workers, candidate matching as a shuffle join.

A desk reviews in one SQLite file; mining a year of a wire service needs more than one
process. This package runs the same pure extractor (``pipeline.prepare``) inside Dask
workers over blocks of JSONL feeds, writes the result as partitioned Parquet (or JSONL),
finds candidate pairs by joining statements on the same blocking keys the in-process
index posts them under (``match.index``), scores them with the same scorer, and hands an
extraction to ``app.extracted`` to load into a store.

Modules, bottom up: ``blocks`` (feeds cut into byte ranges of whole lines), ``rows``
(one prepared article as table rows, and back), ``tables`` (Parquet and JSONL datasets),
``work`` (what a worker does with a block), ``pairs`` (blocking keys, the join, the
scorer), ``cluster`` (a LocalCluster or a scheduler's address), ``engine`` (the jobs).
Only this package imports dask, distributed, pandas or pyarrow, and only the CLI imports
it (a contract in ``pyproject.toml``).
"""
