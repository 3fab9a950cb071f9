"""Small dialogs: a line of text, a note, a choice from a list, a yes or no."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz, process
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, TextArea
from textual.widgets.option_list import Option


class AskText(ModalScreen[str | None]):
    """One line of text; enter to accept, escape to cancel."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, prompt: str, value: str = "", placeholder: str = "") -> None:
        super().__init__()
        self.prompt, self.value, self.placeholder = prompt, value, placeholder

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.prompt, classes="dialog-title")
            yield Input(value=self.value, placeholder=self.placeholder, id="answer")
            yield Label("enter: accept · escape: cancel", classes="dialog-help")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class EditNote(ModalScreen[str | None]):
    """A multi-line note; ctrl+s to save, escape to cancel."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save note", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, note: str) -> None:
        super().__init__()
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog tall"):
            yield Label("Note", classes="dialog-title")
            yield TextArea(self.note, id="note")
            yield Label("ctrl+s: save · escape: cancel", classes="dialog-help")

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        self.dismiss(None)


class Choose(ModalScreen[str | None]):
    """Pick one of many, narrowing the list as you type."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, prompt: str, choices: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.prompt = prompt
        self.choices = list(choices)  # (id, label)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog tall"):
            yield Label(self.prompt, classes="dialog-title")
            yield Input(placeholder="type to narrow", id="narrow")
            yield OptionList(*[Option(label, id=i) for i, label in self.choices], id="choices")
            yield Label("enter: choose · escape: cancel", classes="dialog-help")

    def on_input_changed(self, event: Input.Changed) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        text = event.value.strip()
        if not text:
            shown = self.choices
        else:
            labels = {i: label for i, label in self.choices}
            hits = process.extract(text, labels, scorer=fuzz.WRatio, limit=50, score_cutoff=50)
            shown = [(key, labels[key]) for _, _, key in hits]
        options.add_options([Option(label, id=i) for i, label in shown])
        if shown:
            options.highlighted = 0

    def on_input_submitted(self, event: Input.Submitted) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            self.dismiss(options.get_option_at_index(options.highlighted).id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class Confirm(ModalScreen[bool]):
    BINDINGS = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, classes="dialog-title")
            yield Label("y: yes · n: no", classes="dialog-help")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
