"""The records stages hand each other: a statement found, and who it is attributed to."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .cues import Cue
from .marks import Region
from .names import Entity
from .phrases import NounPhrase


@dataclass(slots=True)
class Attribution:
    """Who said it, where the text names them, by which cue, and by which rule."""

    np: NounPhrase | None
    entity: Entity | None
    cue: Cue | None
    name: str | None  # the canonical name, or the descriptive phrase for an unnamed source
    kind: str = "person"
    rule: str | None = None  # the registered rule (rules.RULES) that found the speaker

    def by(self, rule: str) -> Attribution:
        return replace(self, rule=rule)

    def inherited(self, rule: str) -> Attribution:
        """The same speaker for another statement, which has no cue of its own."""
        return Attribution(self.np, self.entity, None, self.name, self.kind, rule)


@dataclass(slots=True)
class Found:
    """An extracted statement before it becomes a pydantic Quote."""

    start: int
    end: int
    kind: str
    attribution: Attribution | None
    parts: list[tuple[int, int]] = field(default_factory=list)
    region: Region | None = None
