"""Small dialogs: a line of text, a note, a choice from a list, a yes or no."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from ...vocabulary import EXPORT_FORMATS

NEW = "\x00new"  # the id of Choose's "a new one named …" entry
LABEL_WIDTH = 62  # a choice is one line in the dialog: longer labels are cut, never wrapped


def one_line(label: str, width: int = LABEL_WIDTH) -> str:
    label = " ".join(label.split())
    return label if len(label) <= width else label[: width - 1] + "…"


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
        from textual.widgets import TextArea  # heavy, and only for notes

        with Vertical(classes="dialog tall"):
            yield Label("Note", classes="dialog-title")
            yield TextArea(self.note, id="note")
            yield Label("ctrl+s: save · escape: cancel", classes="dialog-help")

    def action_save(self) -> None:
        from textual.widgets import TextArea

        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        self.dismiss(None)


class Choose(ModalScreen[str | None]):
    """Pick one of many, narrowing the list as you type.

    Enter in the box takes a choice only when what is typed names exactly one (or is one
    label exactly); otherwise it moves to the list, where enter takes the highlighted
    entry: a close spelling is never taken for you. With ``create``, an entry makes a new
    one named as typed (dismissed as ``NEW + name``)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self,
        prompt: str,
        choices: Sequence[tuple[str, str]],
        *,
        create: str | None = None,
        names: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.prompt = prompt
        self.choices = [(i, one_line(label)) for i, label in choices]  # (id, label)
        self.create = create  # e.g. "a new person named"
        # what typing must equal to name a choice exactly (its label by default)
        self.names = {i: (names or {}).get(i, label).casefold() for i, label in choices}
        self._typed_fits: set[str] = set()  # the choices holding every typed word

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog tall"):
            yield Label(self.prompt, classes="dialog-title")
            yield Input(placeholder="type to narrow", id="narrow")
            yield OptionList(*[Option(label, id=i) for i, label in self.choices], id="choices")
            yield Label("enter: choose · ↓: the list · escape: cancel", classes="dialog-help")

    def shown(self, text: str) -> list[tuple[str, str]]:
        """The choices for what is typed: labels holding every typed word first (those
        starting with it before the rest), then close spellings."""
        words = text.casefold().split()
        if not words:
            return self.choices
        exact = [c for c in self.choices if all(w in c[1].casefold() for w in words)]
        exact.sort(key=lambda c: not c[1].casefold().startswith(words[0]))
        self._typed_fits = {i for i, _ in exact}
        if len(text.strip()) < 4:
            return exact
        from rapidfuzz import fuzz, process

        labels = {i: label for i, label in self.choices if (i, label) not in exact}
        close = process.extract(text, labels, scorer=fuzz.WRatio, limit=30, score_cutoff=75)
        return exact + [(key, labels[key]) for _, _, key in close]

    def on_input_changed(self, event: Input.Changed) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        text = event.value.strip()
        shown = self.shown(text)
        entries = [Option(label, id=i) for i, label in shown]
        exact = any(self.names[i] == text.casefold() for i, _ in shown)
        if self.create and text and not exact:
            entries.insert(0, Option(one_line(f"+ {self.create} “{text}”"), id=NEW + text))
        options.add_options(entries)
        if entries:
            options.highlighted = 0

    def on_input_submitted(self, event: Input.Submitted) -> None:
        options = self.query_one(OptionList)
        text = event.value.strip().casefold()
        ids = [options.get_option_at_index(n).id for n in range(options.option_count)]
        named = [i for i, _ in self.choices if self.names[i] == text]
        if len(named) == 1:
            self.dismiss(named[0])
        elif len(ids) == 1 and ids[0] in self._typed_fits:
            self.dismiss(ids[0])  # what is typed fits this one alone, as written
        elif ids:
            self.set_focus(options)

    def key_down(self) -> None:
        if isinstance(self.focused, Input):
            self.set_focus(self.query_one(OptionList))

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
            yield Static(self.question, classes="dialog-title", id="question")
            yield Label("y: yes · n / escape: no", classes="dialog-help")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """What the export dialog gathered: the CLI's export options."""

    fmt: str
    path: str
    verdicts: tuple[str, ...] = ()
    speaker: str | None = None
    outlet: str | None = None
    relation: str | None = None
    reviewed_only: bool = False


class ExportDialog(ModalScreen[ExportChoice | None]):
    """The export's format, file and filters, as `factcheck export` takes them; the
    queue's filters are filled in to start with."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "export", "Export", priority=True),
    ]

    def __init__(self, start: ExportChoice) -> None:
        super().__init__()
        self.start = start

    def compose(self) -> ComposeResult:
        from textual.widgets import Checkbox, Select

        s = self.start
        with VerticalScroll(classes="dialog tall"):
            yield Label("Export", classes="dialog-title")
            with Horizontal(classes="field"):
                yield Label("format ", classes="field-label")
                yield Select(
                    [(f, f) for f in EXPORT_FORMATS], value=s.fmt, id="fmt", allow_blank=False
                )
            for name, value, hint in (
                ("path", s.path, "file to write"),
                ("verdicts", ",".join(s.verdicts), "e.g. false,misleading (empty: any)"),
                ("speaker", s.speaker or "", "name, or part of one"),
                ("outlet", s.outlet or "", "outlet, or part of one"),
                ("relation", s.relation or "", "contradiction, misquote, consistent…"),
            ):
                with Horizontal(classes="field"):
                    yield Label(f"{name} ", classes="field-label")
                    yield Input(value=value, placeholder=hint, id=f"x-{name}")
            yield Checkbox("reviewed only", s.reviewed_only, id="x-reviewed")
            yield Label("ctrl+s: export · tab: next field · escape: cancel", classes="dialog-help")

    def choice(self) -> ExportChoice:
        from textual.widgets import Checkbox, Select

        def val(name: str) -> str:
            return self.query_one(f"#x-{name}", Input).value.strip()

        fmt = self.query_one("#fmt", Select).value
        return ExportChoice(
            fmt=str(fmt),
            path=val("path"),
            verdicts=tuple(v.strip() for v in val("verdicts").split(",") if v.strip()),
            speaker=val("speaker") or None,
            outlet=val("outlet") or None,
            relation=val("relation") or None,
            reviewed_only=self.query_one("#x-reviewed", Checkbox).value,
        )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_export()

    def action_export(self) -> None:
        c = self.choice()
        if not c.path:
            self.notify("the export needs a file to write", severity="warning")
            return
        self.dismiss(c)

    def action_cancel(self) -> None:
        self.dismiss(None)
