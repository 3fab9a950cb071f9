"""What a reader yields besides articles: an input it could not read, and a note about
one it read (a date it could not make out), each naming the file and line."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Article


@dataclass(frozen=True, slots=True)
class SourceError:
    """A file, or one line of a feed, that could not be read as an article."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass(frozen=True, slots=True)
class SourceWarning:
    """An article read whole but for something it gave that could not be kept (a date
    no rule reads): stored without it, and said so, never dropped in silence."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


Item = Article | SourceError | SourceWarning
