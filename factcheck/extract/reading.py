"""The state the attribution stages hand each other while an article is read (see ``reader``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .cues import CueIndex
from .names import Cast
from .policy import Policy
from .resolve import Resolver
from .statements import Attribution, Found
from .text import Document


@dataclass
class Reading:
    """An article being read: what it is, and what has been found so far."""

    doc: Document
    cast: Cast
    cues: CueIndex
    resolver: Resolver
    policy: Policy
    skip: set[int] = field(default_factory=set)  # paragraphs layout took
    found: list[Found] = field(default_factory=list)
    by_region: dict[int, Found] = field(default_factory=dict)  # region open -> its statement
    para_last: dict[int, Attribution] = field(default_factory=dict)  # paragraph -> last speaker
    used_cues: set[int] = field(default_factory=set)  # starts of cues a statement has spent

    @property
    def text(self) -> str:
        return self.doc.text

    def add(self, f: Found) -> None:
        self.found.append(f)
