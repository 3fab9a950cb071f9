"""One statement in its source paragraph, its speaker, its other reports, its history."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from ...app.views import MatchView, StatementView
from ...models import ScaleEntry
from ..messages import (
    AddEvidence,
    EditNote,
    Judge,
    OpenStatement,
    Reattribute,
    RemoveEvidence,
    SettleMatch,
    SplitSpeaker,
    StepStatement,
)

RELATION_STYLE = {
    "contradiction": "bold red",
    "misquote": "bold magenta",
    "consistent": "bold green",
    "duplicate": "dim",
}


def diff_text(diff: list[tuple[str, str]]) -> Text:
    out = Text()
    for op, words in diff:
        if op == "=":
            out.append(words + " ")
        elif op == "-":
            out.append(words, "bold red strike")
            out.append(" ")
        else:
            out.append(words, "bold green underline")
            out.append(" ")
    return out


def match_label(m: MatchView) -> Text:
    t = Text()
    t.append(f"{m.relation.upper():<13}", RELATION_STYLE.get(m.relation, ""))
    t.append(f" {m.status:<9}", "italic" if m.status == "open" else "bold")
    t.append(f" {m.other_outlet or m.other_path or '?'}", "cyan")
    t.append(f" · {m.other_speaker or 'reporter'} · {m.score:.0f}\n", "dim")
    t.append("   " + " ".join(m.other_text.split())[:300] + "\n")
    t.append("   why: " + "; ".join(m.reasons), "yellow")
    if m.diff:
        t.append("\n   diff: ")
        t.append_text(diff_text(m.diff))
    return t


class StatementScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("1,2,3,4,5,6,7,8,9", "noop", "Verdict", key_display="1-6"),
        Binding("e", "note", "Note"),
        Binding("l", "evidence", "Add link"),
        Binding("L", "remove_evidence", "Remove link", show=False),
        Binding("c", "match_status('confirmed')", "Confirm match"),
        Binding("d", "match_status('dismissed')", "Dismiss match"),
        Binding("o", "match_status('open')", "Reopen match", show=False),
        Binding("t", "reattribute", "Reattribute"),
        Binding("x", "split_speaker", "Split speaker", show=False),
        Binding("n", "step(1)", "Next open"),
        Binding("p", "step(-1)", "Prev open"),
    ]

    def __init__(self, view: StatementView, scale: tuple[ScaleEntry, ...]) -> None:
        super().__init__()
        self.view = view
        self.scale = scale

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="statement-body"):
            yield Static(id="who")
            yield Static(id="context")
            yield Static(id="review")
            yield Static("Other reports", classes="section")
            yield OptionList(id="matches")
            yield Static("History", classes="section")
            yield Static(id="history")
        yield Footer()

    def on_mount(self) -> None:
        self.show(self.view)

    def show(self, view: StatementView) -> None:
        self.view = view
        v = view
        who = Text()
        who.append(v.speaker or "Reporter's own words", "bold")
        if v.speaker_role:
            who.append(f", {v.speaker_role}")
        if v.speaker_aliases:
            who.append(f"  aka {', '.join(v.speaker_aliases)}", "dim")
        who.append(f"\n{v.kind} · {v.outlet or v.path or v.article_id}", "cyan")
        if v.published:
            who.append(f" · {v.published}", "dim")
        if v.cue:
            who.append(f" · cue “{v.cue}”", "dim")
        who.append(f" · {v.id}", "dim")
        self.query_one("#who", Static).update(who)
        para = Text(v.paragraph)
        lo, hi = v.start - v.paragraph_start, v.end - v.paragraph_start
        para.stylize("bold reverse", max(0, lo), max(0, hi))
        self.query_one("#context", Static).update(para)
        r = v.review or {}
        review = Text()
        review.append("Verdict: ", "bold")
        label = {k: lbl for k, lbl, _ in self.scale}.get(r.get("verdict") or "")
        review.append(label or "none", "bold green" if label else "dim")
        keys = "  ".join(f"{i}:{lbl}" for i, (_, lbl, _) in enumerate(self.scale, 1))
        review.append(f"   [{keys}]", "dim")
        if v.figures:
            review.append("\nFigures: ", "bold")
            review.append("; ".join(v.figures))
        review.append("\nNote: ", "bold")
        review.append(r.get("note") or "—")
        review.append("\nEvidence: ", "bold")
        review.append(" ".join(r.get("evidence", [])) or "—")
        if r:
            review.append(
                f"\nLast changed by {r.get('reviewer') or '?'} at {r.get('updated_at')}", "dim"
            )
        self.query_one("#review", Static).update(review)
        options = self.query_one("#matches", OptionList)
        highlighted = options.highlighted
        options.clear_options()
        if v.matches:
            options.add_options([Option(match_label(m), id=str(m.id)) for m in v.matches])
            options.highlighted = min(highlighted or 0, len(v.matches) - 1)
        else:
            options.add_option(Option(Text("reported nowhere else", "dim"), disabled=True))
        hist = Text()
        for h in v.history:
            where = f"match {h['match']}" if "match" in h else h["field"]
            hist.append(f"{h['at']}  {h['reviewer'] or '?'}  {h['action']} {where}: ", "dim")
            hist.append(f"{h['old']!r} → {h['new']!r}\n")
        self.query_one("#history", Static).update(hist or Text("no changes yet", "dim"))

    def selected_match(self) -> MatchView | None:
        options = self.query_one("#matches", OptionList)
        if not self.view.matches or options.highlighted is None:
            return None
        return self.view.matches[options.highlighted]

    def on_key(self, event: events.Key) -> None:
        if event.character and event.character.isdigit():
            self.post_message(Judge(self.view.id, int(event.character), self.view.revision))
            event.stop()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        m = self.selected_match()
        if m:
            self.post_message(OpenStatement(m.other_id))

    def action_noop(self) -> None:
        """Verdict keys are handled in on_key; the binding shows them in the footer."""

    def action_note(self) -> None:
        self.post_message(EditNote(self.view))

    def action_evidence(self) -> None:
        self.post_message(AddEvidence(self.view))

    def action_remove_evidence(self) -> None:
        self.post_message(RemoveEvidence(self.view))

    def action_match_status(self, status: str) -> None:
        m = self.selected_match()
        if m is None:
            self.notify("no other report to settle", severity="warning")
            return
        self.post_message(SettleMatch(self.view, m, status))

    def action_reattribute(self) -> None:
        self.post_message(Reattribute(self.view))

    def action_split_speaker(self) -> None:
        self.post_message(SplitSpeaker(self.view))

    def action_step(self, step: int) -> None:
        self.post_message(StepStatement(self.view, step))
