"""Extraction over many articles, in one process or a pool, results in input order.

The pool's workers never outlive the process that started them: on Linux each asks the
kernel for SIGTERM when its parent dies (``prctl(PR_SET_PDEATHSIG)``), so even a parent
killed with SIGKILL leaves no orphans; a batch that ends early (an error, Ctrl-C, SIGTERM)
cancels what is queued and shuts the pool down. Workers ignore SIGINT: Ctrl-C reaches the
whole process group, and the parent alone decides what to do with it.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import os
import signal
import sys
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from ..extract import extract, extract_record
from ..records import Article
from .output import render

if TYPE_CHECKING:
    from ..models import Extraction

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
T = TypeVar("T")


class ExtractionFailed(Exception):
    """The extractor raised on an article: reported against the article, never fatal."""


def safe_extract(article: Article) -> Extraction | ExtractionFailed:
    return _safely(extract, article)


def _safely(fn: Callable[[Article], T], article: Article) -> T | ExtractionFailed:
    try:
        return fn(article)
    except Exception as e:
        return ExtractionFailed(f"extraction failed: {type(e).__name__}: {e}")


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def _worker_init(parent: int) -> None:
    """Run in each pool worker as it starts: die with the parent, leave Ctrl-C to it, and
    collect cycles less often, as the command line does (extraction frees its many small
    objects by reference counting; the default pass every 700 new objects finds next to
    nothing to free)."""
    gc.set_threshold(100_000, *gc.get_threshold()[1:])
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler, if it set one
    if hasattr(signal, "pthread_sigmask"):  # forked while the parent held signals
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
    if sys.platform.startswith("linux"):
        import ctypes.util  # here, not at the top: a run with one worker never needs it

        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the request was in place
        os._exit(1)


def run_all(
    fn: Callable[[Article], T], articles: Iterable[Article], *, workers: int = 1, chunksize: int = 8
) -> Generator[T, None, None]:
    """``fn`` over every article; with workers > 1 in a process pool. Order is kept.

    Closing the generator before the end cancels the work not started and stops the pool.
    """
    if workers <= 1:
        for a in articles:
            yield fn(a)
        return
    # Imported here: the pool's modules cost a one-worker run (the default) ~10 ms of start-up.
    from concurrent.futures import ProcessPoolExecutor

    # Ctrl-C and SIGTERM wait while the pool starts and takes its work, and again while it
    # shuts down: raised inside the executor's locked sections, they would leave its
    # shutdown waiting forever on a lock the interrupted code still holds. Threads the
    # pool starts inherit the mask, so the signal waits for the main thread.
    with _signals_held():
        pool = ProcessPoolExecutor(
            max_workers=workers, initializer=_worker_init, initargs=(os.getpid(),)
        )
        results = pool.map(fn, articles, chunksize=chunksize)
    try:
        yield from results
    finally:
        with _signals_held():
            pool.shutdown(wait=True, cancel_futures=True)


_HELD = {signal.SIGINT, signal.SIGTERM}


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM until the block ends; they arrive then, where it is safe."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


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
    result = _safely(extract_record, article)
    return result if isinstance(result, ExtractionFailed) else render(article, result, fmt)
