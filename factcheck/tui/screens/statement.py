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
from ...vocabulary import ScaleEntry
from ..messages import (
    AddEvidence,
    EditNote,
    EditSummary,
    Judge,
    OpenStatement,
    ReadArticle,
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
    """The statement in its context, which scrolls inside its own box so that the verdict
    below it is always on screen; other reports and the history scroll beneath."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("1,2,3,4,5,6,7,8,9", "noop", "Verdict", key_display="1-6"),
        Binding("e", "note", "Note"),
        Binding("s", "summary", "Summary", show=False),
        Binding("l", "evidence", "Add link"),
        Binding("L", "remove_evidence", "Remove link", show=False),
        Binding("o", "read", "Article"),
        Binding("enter", "open_match", "Open report", show=False),
        Binding("c", "match_status('confirmed')", "Confirm match", show=False),
        Binding("d", "match_status('dismissed')", "Dismiss match", show=False),
        Binding("u", "match_status('open')", "Reopen match", show=False),
        Binding("t", "reattribute", "Reattribute"),
        Binding("x", "split_speaker", "Split speaker", show=False),
        Binding("n", "step(1)", "Next open"),
        Binding("p", "step(-1)", "Prev open", show=False),
        # priority, and done by the app at once: the keys typed after "/" reach the
        # queue's search box, never this screen's bindings
        Binding("slash", "app.search_queue", "Search", show=False, priority=True),
    ]

    def __init__(self, view: StatementView, scale: tuple[ScaleEntry, ...]) -> None:
        super().__init__()
        self.view = view
        self.scale = scale

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="who", classes="oneline-2")
        with VerticalScroll(id="context-box"):
            yield Static(id="context")
        yield Static(id="review")
        with VerticalScroll(id="statement-body"):
            yield Static("Other reports (enter opens one)", classes="section")
            yield OptionList(id="matches")
            yield Static("History", classes="section")
            yield Static(id="history")
        yield Footer()

    def on_mount(self) -> None:
        self.show(self.view)
        self.query_one("#matches", OptionList).focus()

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
        if v.rule:
            who.append(f" · found by {v.rule}", "dim")
        who.append(f" · worth {v.worth}", "bold" if v.worth >= 40 else "dim")
        if v.worth_why:
            who.append(f" ({v.worth_why})", "dim")
        self.query_one("#who", Static).update(who)
        ctx = Text()
        if v.before:
            ctx.append(v.before + "\n\n", "dim")
        para = Text(v.paragraph)
        lo, hi = v.start - v.paragraph_start, v.end - v.paragraph_start
        para.stylize("bold reverse", max(0, lo), max(0, hi))
        if v.speaker_mention and v.speaker_mention in v.paragraph:
            at = v.paragraph.find(v.speaker_mention)
            para.stylize("underline", at, at + len(v.speaker_mention))
        ctx.append_text(para)
        if v.after:
            ctx.append("\n\n" + v.after, "dim")
        self.query_one("#context", Static).update(ctx)
        self.call_after_refresh(self._scroll_to_statement, len(v.before))
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
        if r.get("summary"):
            review.append("\nSummary: ", "bold")
            review.append(r["summary"])
        review.append("\nNote: ", "bold")
        review.append(" ".join((r.get("note") or "—").split()))
        review.append("\nEvidence: ", "bold")
        review.append(" ".join(r.get("evidence", [])) or "—")
        if r:
            review.append(
                f"  ·  last changed by {r.get('reviewer') or '?'} at {r.get('updated_at')}", "dim"
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
        for h, words in zip(v.history, v.history_words, strict=False):
            hist.append(f"{h['at']}  {h['reviewer'] or '?'}  ", "dim")
            hist.append(words + "\n")
        self.query_one("#history", Static).update(hist or Text("no changes yet", "dim"))

    def _scroll_to_statement(self, before_chars: int) -> None:
        """Scroll the context box so the highlighted statement is in view."""
        box = self.query_one("#context-box", VerticalScroll)
        width = max(10, box.scrollable_content_region.width)
        v = self.view
        # lines above the statement: the sentences before, then the paragraph up to it
        lead = v.before + ("\n\n" if v.before else "") + v.paragraph[: v.start - v.paragraph_start]
        lines = sum(max(1, -(-len(part) // width)) for part in lead.split("\n")) - 1
        box.scroll_to(y=max(0, lines - 1), animate=False)

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
        event.stop()
        self.action_open_match()

    def action_open_match(self) -> None:
        m = self.selected_match()
        if m:
            self.post_message(OpenStatement(m.other_id, stack=True))

    def action_noop(self) -> None:
        """Verdict keys are handled in on_key; the binding shows them in the footer."""

    def action_note(self) -> None:
        self.post_message(EditNote(self.view))

    def action_summary(self) -> None:
        self.post_message(EditSummary(self.view))

    def action_evidence(self) -> None:
        self.post_message(AddEvidence(self.view))

    def action_remove_evidence(self) -> None:
        self.post_message(RemoveEvidence(self.view))

    def action_read(self) -> None:
        self.post_message(ReadArticle(statement_id=self.view.id))

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
