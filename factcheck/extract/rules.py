"""The registry of attribution rules: every way a speaker is found, named, in the order tried.

Each stage tries its rules in the order they are listed here and keeps the first that gives a
speaker; every statement records the name of the rule that attributed it (``Quote.rule``), so
that a scorer can break its figures down by rule and a wrong speaker can be traced to the rule
that chose it. The rules themselves live with their stage (``layout``, ``quoted``, ``reported``,
``carry``); ``implemented`` checks that a stage implements exactly the rules listed for it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Literal, NamedTuple, TypeVar

Stage = Literal["layout", "after", "before", "window", "reported", "carry", "turn"]


class Rule(NamedTuple):
    name: str
    stage: Stage
    shape: str  # the prose it reads, as an example


RULES: tuple[Rule, ...] = (
    # -- statements set off by layout, a whole paragraph each -------------------------------
    Rule("caps-pullquote", "layout", "We have to act now. GOVERNOR MARY SHAW"),
    Rule("tweet-embed", "layout", "The economy is booming! — Donald J. Trump (@realDonaldTrump)"),
    Rule("dash-tail", "layout", "“Ask not what your country can do for you.” — John Kennedy"),
    Rule("qa-interview", "layout", "Q: Will you run again? / A: I have not decided."),
    Rule("name-colon-paragraph", "layout", "LEWIS: Very simply. We cut the waste first."),
    # -- a tag right after the closing mark ------------------------------------------------
    Rule("after-dash-name", "after", "“We can build a wall around him.” ― Steve Quinn"),
    Rule("after-byline-line", "after", "“…for her here. / S.C. Rep. Jim Clyburn.”"),
    Rule("after-according-to", "after", "“…,” according to a senior diplomat."),
    Rule("after-said-name", "after", "“…,” said Geoff Garin, a pollster."),
    Rule("after-name-said", "after", "“…,” Geoff Garin said."),
    # -- a tag before the opening mark, nearest cue first ----------------------------------
    Rule("before-according-to", "before", "According to Helen Zhao, “…”"),
    Rule("before-participle", "before", "Trump attacked Clinton, saying: “…”"),
    Rule("before-coordinated", "before", "Lena Park toured the streets and said: “…”"),
    Rule("before-statement-saying", "before", "The campaign issued a statement saying “…”"),
    Rule("before-said-name", "before", "Said Smith: “…”"),
    Rule("before-name-said", "before", "Mark Evans said: “…”"),
    # -- when no cue next to the quote names a speaker -------------------------------------
    Rule("headline-lead", "window", "Milbank: Republicans ‘Waving the Flag of Surrender’"),
    Rule("before-name-colon", "window", "Mark Evans: “…”"),
    Rule("before-colon-paragraph", "window", "Jane Cole responded: / “…”"),
    Rule("colon-clause", "window", "The campaign issued this statement: “…”"),
    Rule("tag-sentence-before", "window", "Sam Lau said in a statement. “…”"),
    Rule("later-name-said", "window", "“…” for farmers, Trump said."),
    Rule("same-report", "window", "wrote that his numbers were “collapsing”, his donors “fleeing”"),
    Rule("possessed-speech-noun", "window", "his statement on Monday that “Islam hates us”"),
    Rule("sentence-subject", "window", "Trump is promising lower taxes and “jobs, jobs, jobs”"),
    # -- reported speech, by the shape around its cue --------------------------------------
    Rule("reported-according-to", "reported", "According to a source, the deal is done."),
    Rule("reported-asked", "reported", "Asked on Monday whether he would run, Hale smiled."),
    Rule("reported-participle", "reported", "Ortiz voted no, saying it would raise taxes."),
    Rule("reported-coordinated", "reported", "Grant accused them of hypocrisy and said …"),
    Rule("reported-said-name", "reported", "The economy will grow, said Priya Rao."),
    Rule("reported-both-sides", "reported", "The rules, he said, had been broken for years."),
    Rule("reported-name-said", "reported", "Governor Abbott said the state would appeal."),
    Rule("reported-object", "reported", "Kaine has vowed to fight on; Cole called for a recount."),
    Rule("reported-inverted", "reported", "The economy will grow, Priya Rao said."),
    Rule("reported-and-that", "reported", "She said the plan was “a slogan,” and that …"),
    # -- a quote with no tag of its own, after the article is read -------------------------
    Rule("paragraph-earlier", "carry", "“We won,” she said. “And we will win again.”"),
    Rule("paragraph-later", "carry", "“The numbers are clear.” “We lost,” he said."),
    Rule("previous-paragraph", "carry", "“…,” he said. / “And another thing.”"),
    Rule("sentence-person", "carry", "Mayor Cole, at the podium, “…”"),
    # -- a quoted transcript, one statement a speaker's turn --------------------------------
    Rule("transcript-turn", "turn", "“PARTICIPANT: Thank you. MS. CLINTON: You are welcome.”"),
)

BY_NAME: dict[str, Rule] = {r.name: r for r in RULES}
assert len(BY_NAME) == len(RULES), "rule names are unique"

F = TypeVar("F", bound=Callable[..., object])


def stage_rules(stage: Stage, impl: Mapping[str, F]) -> tuple[tuple[str, F], ...]:
    """The implementations of a stage's rules, in registry order; refuses a missing or an
    unregistered rule, so that the registry and the code cannot drift apart."""
    names = [r.name for r in RULES if r.stage == stage]
    if set(names) != set(impl):
        raise ValueError(f"stage {stage}: registry {sorted(names)} vs code {sorted(impl)}")
    return tuple((n, impl[n]) for n in names)


def implemented(stage: Stage) -> list[str]:
    return [r.name for r in RULES if r.stage == stage]
