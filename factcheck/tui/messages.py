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


class OpenStatement(Message):
    def __init__(self, statement_id: str) -> None:
        super().__init__()
        self.statement_id = statement_id


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
    def __init__(self, article_id: str) -> None:
        super().__init__()
        self.article_id = article_id


class SpeakerChosen(Message):
    """A speaker row (as ``views.speakers`` gives it) to list or to merge."""

    def __init__(self, speaker: dict[str, Any]) -> None:
        super().__init__()
        self.speaker = speaker


class ShowSpeaker(SpeakerChosen):
    pass


class MergeSpeaker(SpeakerChosen):
    pass
