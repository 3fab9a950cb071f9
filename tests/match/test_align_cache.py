"""The alignment cache: reused within a batch of pairs, emptied between batches, so a
long-lived worker's memory does not grow with the archive it scores."""

from __future__ import annotations

from factcheck.match import align, forget_alignments
from factcheck.match.align import _align


def test_a_repeated_pair_is_aligned_once_and_forgotten_after_a_batch():
    forget_alignments()
    short = ["the", "tariffs", "will", "rise"]
    long = ["he", "said", "the", "tariffs", "will", "rise", "next", "month"]
    first = align(short, [0] * len(short), long, [0] * len(long))
    again = align(short, [0] * len(short), long, [0] * len(long))
    assert again is first  # the cached alignment, not a second one
    assert _align.cache_info().currsize == 1
    forget_alignments()
    assert _align.cache_info().currsize == 0
    assert align(short, [0] * len(short), long, [0] * len(long)) == first
