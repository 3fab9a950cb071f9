"""What screens tell the app: messages up, attributes down.

A screen posts one of these when the reviewer asks for something that changes data or
moves between screens; ``FactcheckApp`` handles it by calling a use case in
``factcheck.app``. Screens never call the app's methods or the store.
"""

from __future__ import annotations

from typing import Any

from textual.message import Message

from ..app.views import MatchView, StatementView


class Judge(Message):
    """Verdict number ``key`` (1-based on the scale) for a statement shown at ``revision``."""

    def __init__(self, statement_id: str, key: int, revision: int | None) -> None:
        super().__init__()
        self.statement_id, self.key, self.revision = statement_id, key, revision


class BulkJudge(Message):
    """Verdict number ``key`` for every marked statement: asked about before it is done."""

    def __init__(self, statement_ids: list[str], key: int) -> None:
        super().__init__()
        self.statement_ids, self.key = statement_ids, key


class OpenStatement(Message):
    """Show a statement; ``stack`` opens it over the one shown (another report of it)."""

    def __init__(self, statement_id: str, *, stack: bool = False) -> None:
        super().__init__()
        self.statement_id, self.stack = statement_id, stack


class PositionChanged(Message):
    """The reviewer moved or narrowed the queue: where they are is worth saving."""


class StepStatement(Message):
    """The next (1) or previous (-1) unreviewed statement after the one shown."""

    def __init__(self, view: StatementView, step: int) -> None:
        super().__init__()
        self.view, self.step = view, step


class StatementAction(Message):
    """A change asked for on the statement shown; the app asks for what it needs."""

    def __init__(self, view: StatementView) -> None:
        super().__init__()
        self.view = view


class EditNote(StatementAction):
    pass


class EditSummary(StatementAction):
    """Write the short wording of the claim that ClaimReview publishes."""


class AddEvidence(StatementAction):
    pass


class RemoveEvidence(StatementAction):
    pass


class Reattribute(StatementAction):
    pass


class SplitSpeaker(StatementAction):
    pass


class SettleMatch(Message):
    """Confirm, dismiss or reopen one of the statement's other reports."""

    def __init__(self, view: StatementView, match: MatchView, status: str) -> None:
        super().__init__()
        self.view, self.match, self.status = view, match, status


class ReadArticle(Message):
    """Open an article to read: by id, or the one holding a statement, scrolled to it."""

    def __init__(self, article_id: str | None = None, *, statement_id: str | None = None) -> None:
        super().__init__()
        self.article_id, self.statement_id = article_id, statement_id


class SpeakerChosen(Message):
    """A speaker row (as ``views.speakers`` gives it) to list or to merge."""

    def __init__(self, speaker: dict[str, Any]) -> None:
        super().__init__()
        self.speaker = speaker


class ShowSpeaker(SpeakerChosen):
    pass


class MergeSpeaker(SpeakerChosen):
    pass


class HistoryFilter(Message):
    """Show the history of one reviewer (None: everyone) on one day (None: every day)."""

    def __init__(self, reviewer: str | None, day: str | None) -> None:
        super().__init__()
        self.reviewer, self.day = reviewer, day
