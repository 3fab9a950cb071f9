"""Extraction over many articles, in one process or a pool, results in input order."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from ..extract import extract
from ..models import Article, Extraction
from .output import render


class ExtractionFailed(Exception):
    """The extractor raised on an article: reported against the article, never fatal."""


def safe_extract(article: Article) -> Extraction | ExtractionFailed:
    try:
        return extract(article)
    except Exception as e:
        return ExtractionFailed(f"extraction failed: {type(e).__name__}: {e}")


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


T = TypeVar("T")


def run_all(
    fn: Callable[[Article], T], articles: Iterable[Article], *, workers: int = 1, chunksize: int = 8
) -> Iterator[T]:
    """``fn`` over every article; with workers > 1 in a process pool. Order is kept."""
    if workers <= 1:
        for a in articles:
            yield fn(a)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(fn, articles, chunksize=chunksize)


def extract_rendered(
    articles: Iterable[Article], fmt: str, *, workers: int = 1, chunksize: int = 8
) -> Iterator[Any]:
    """Extract and render every article in the worker (see extraction_output). Order is kept."""
    return run_all(
        functools.partial(_extract_rendered, fmt=fmt),
        articles,
        workers=workers,
        chunksize=chunksize,
    )


def _extract_rendered(article: Article, fmt: str) -> Any:
    result = safe_extract(article)
    return result if isinstance(result, ExtractionFailed) else render(article, result, fmt)
