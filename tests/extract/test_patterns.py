"""A table of short cases, one per pattern real news prose uses, each naming its pattern.

Each case lists the statements that must be found (a substring of the quote, the canonical
speaker, the kind, and optionally the registered rule that must attribute it) and the quoted
words that must not be taken for statements. A known miss stays in the table as ``xfail``
with its reason, so that fixing it shows (the mark is strict).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from factcheck.extract import extract
from factcheck.extract.rules import RULES
from factcheck.models import Article

# (quote substring, canonical speaker or None for any, kind[, rule])
Expect = tuple[str, str | None, str] | tuple[str, str | None, str, str]


class Case(NamedTuple):
    pattern: str
    text: str
    expect: list[Expect]
    absent: tuple[str, ...] = ()
    xfail: str | None = None  # why this known miss is not handled yet


CASES = [
    # -- quotation marks ------------------------------------------------------------------
    Case(
        "curly marks, speaker after",
        "“We will not back down,” Jane Porter said.",
        [("We will not back down", "Jane Porter", "direct", "after-name-said")],
    ),
    Case(
        "straight marks, speaker after",
        '"We will not back down," Jane Porter said.',
        [("We will not back down", "Jane Porter", "direct")],
    ),
    Case(
        "single quote nested in double",
        "“He told me ‘never again’ and I believed him,” said Maria Lopez.",
        [("He told me ‘never again’ and I believed him", "Maria Lopez", "direct")],
    ),
    Case(
        "two apostrophes as marks",
        "''The budget is balanced,'' Senator Tom Baker said.",
        [("The budget is balanced", "Tom Baker", "direct")],
    ),
    Case(
        "TeX-style backticks",
        "``The budget is balanced,'' Senator Tom Baker said.",
        [("The budget is balanced", "Tom Baker", "direct")],
    ),
    Case(
        "reversed curly marks",
        "”We are ready for anything,“ said Governor Ann Riley.",
        [("We are ready for anything", "Ann Riley", "direct")],
    ),
    Case(
        "guillemets",
        "«Nous sommes prêts,» said Foreign Minister Claire Dubois.",
        [("Nous sommes prêts", "Claire Dubois", "direct")],
    ),
    Case(
        "British single marks",
        "‘The plan will work,’ said Chancellor George Hill.",
        [("The plan will work", "George Hill", "direct")],
    ),
    Case(
        "unbalanced mark does not swallow the next paragraph",
        "“The vote was rigged, said Paul Grant, a county official.\n\n"
        "The result stands, the court said in a ruling on Monday.",
        [("The vote was rigged", None, "direct")],
        ["The result stands, the court"],
    ),
    Case(
        "multi-paragraph quote, each paragraph reopened",
        "Dana White, the mayor, spoke for an hour.\n\n“We will rebuild the bridge this year.\n\n"
        "“And we will pay for it without new taxes,” she said.",
        [("We will rebuild the bridge", "Dana White", "direct")],
    ),
    Case(
        "apostrophes are not marks",
        "“The farmers’ markets won’t close,” said Liz Moore, the council’s chair.",
        [("The farmers’ markets won’t close", "Liz Moore", "direct")],
    ),
    # -- speaker position -----------------------------------------------------------------
    Case(
        "speaker before with colon",
        "Mark Evans said: “The deal is done.”",
        [("The deal is done.", "Mark Evans", "direct", "before-name-said")],
    ),
    Case(
        "speaker before with comma",
        "Mark Evans said, “The deal is done.”",
        [("The deal is done.", "Mark Evans", "direct")],
    ),
    Case(
        "speaker before with that",
        "Mark Evans said that “the deal is done.”",
        [("the deal is done.", "Mark Evans", "partial")],
    ),
    Case(
        "inverted cue with appositive",
        "“Voters are tired of the fighting,” said Geoff Garin, a Democratic pollster.",
        [("Voters are tired of the fighting", "Geoff Garin", "direct", "after-said-name")],
    ),
    Case(
        "name and appositive before cue",
        "“Voters are tired,” Geoff Garin, a Democratic pollster, said on Tuesday.",
        [("Voters are tired", "Geoff Garin", "direct")],
    ),
    Case(
        "title before name",
        "“Rates will stay low,” Fed Chair Janet Yellen said.",
        [("Rates will stay low", "Janet Yellen", "direct")],
    ),
    Case(
        "honorific with full stop",
        "“I disagree,” Mr. Obama said. Barack Obama spoke later.",
        [("I disagree", "Barack Obama", "direct")],
    ),
    Case(
        "cue with adverb and time",
        "Sen. Ted Cruz on Sunday again insisted that the law was a failure.",
        [("the law was a failure", "Ted Cruz", "indirect")],
    ),
    Case(
        "according to after quote",
        "“The talks collapsed at midnight,” according to a senior diplomat.",
        [("The talks collapsed at midnight", "a senior diplomat", "direct", "after-according-to")],
    ),
    Case(
        "according to before quote",
        "According to Helen Zhao, “the company never paid its suppliers.”",
        [("the company never paid its suppliers.", "Helen Zhao", "partial", "before-according-to")],
    ),
    Case(
        "split quote around attribution is one statement",
        "Maria Costa spoke at the rally. “We'll win,” she said, “and soon.”",
        [("We'll win,” she said, “and soon.", "Maria Costa", "direct")],
    ),
    Case(
        "quote continues in next sentence of paragraph",
        "“We are done here,” Alan Brooks said. “There is nothing left to discuss.”",
        [
            ("We are done here", "Alan Brooks", "direct"),
            ("There is nothing left to discuss.", "Alan Brooks", "direct", "paragraph-earlier"),
        ],
    ),
    Case(
        "paragraph of quote continues previous speaker",
        "“We are done here,” Alan Brooks said.\n\n“There is nothing left to discuss with them.”",
        [
            (
                "There is nothing left to discuss with them.",
                "Alan Brooks",
                "direct",
                "previous-paragraph",
            )
        ],
    ),
    Case(
        "quote before its attribution in same paragraph",
        "“The numbers are clear.” “We lost,” the governor, Rick Stone, said.",
        [
            ("The numbers are clear.", "Rick Stone", "direct", "paragraph-later"),
            ("We lost", "Rick Stone", "direct"),
        ],
    ),
    Case(
        "speaker told reporters",
        "“It was a good meeting,” Trump told reporters on Monday.",
        [("It was a good meeting", "Donald Trump", "direct")],
    ),
    Case(
        "pronoun speaker after quote",
        "Laura Chen runs the agency. “We have no money left,” she said.",
        [("We have no money left", "Laura Chen", "direct")],
    ),
    Case(
        "exclamation then attribution",
        "“Make it happen!” Trump tweeted on Friday.",
        [("Make it happen!", "Donald Trump", "tweet")],
    ),
    Case(
        "question then attribution",
        "“Who pays for this?” asked Representative Jo Kim.",
        [("Who pays for this?", "Jo Kim", "direct")],
    ),
    Case(
        "speaker with party label",
        '"This bill is dead," said Sen. Mike Lee (R-Utah).',
        [("This bill is dead", "Mike Lee", "direct")],
    ),
    Case(
        "relative clause between speaker and cue",
        "“We were not told,” the official, who asked not to be named, said.",
        [("We were not told", "official", "direct")],
    ),
    Case(
        "participle parenthetical between speaker and cue",
        "Mayor Rosa Diaz, speaking at a news conference, said: “The water is safe to drink.”",
        [("The water is safe to drink.", "Rosa Diaz", "direct")],
    ),
    Case(
        "tight attribution beats earlier cue",
        "Paul Ryan said the bill would pass. “It will not,” Nancy Pelosi said.",
        [("It will not", "Nancy Pelosi", "direct")],
    ),
    # -- colon cues, transcripts, layout --------------------------------------------------
    Case(
        "transcript name colon, unmarked, is reported speech",
        "Donald Trump: We are going to build it and Mexico will pay.\n\nThe crowd cheered.",
        [("We are going to build it", "Donald Trump", "indirect", "name-colon-paragraph")],
    ),
    Case(
        "Q and A interview, unmarked, is reported speech",
        "Angela Merkel spoke to us in Berlin.\n\nQ: Will you run again?\n\n"
        "A: I have not decided yet, and I will say so when I have.",
        [
            ("Will you run again?", "Interviewer", "indirect"),
            ("I have not decided yet", "Angela Merkel", "indirect", "qa-interview"),
        ],
    ),
    Case(
        "embedded tweet",
        "The president posted early.\n\nThe economy is booming like never before! "
        "— Donald J. Trump (@realDonaldTrump) June 5, 2018",
        [("The economy is booming like never before!", "Donald Trump", "tweet", "tweet-embed")],
    ),
    Case(
        "epigraph with dash attribution",
        "“Ask not what your country can do for you.” — John Kennedy\n\nThe speech is still quoted.",
        [("Ask not what your country can do for you.", "John Kennedy", "direct", "dash-tail")],
    ),
    Case(
        "caps pull quote linked to body quote",
        "Rates rose again.\n\nWe have to act before the market does. GOVERNOR MARY SHAW\n\n"
        "“We have to act before the market does,” Governor Mary Shaw said.",
        [
            ("We have to act before the market does.", "Mary Shaw", "pullquote", "caps-pullquote"),
            ("We have to act before the market does", "Mary Shaw", "direct"),
        ],
    ),
    Case(
        "tweeted cue gives tweet kind",
        "“Big win for farmers!” Trump tweeted.",
        [("Big win for farmers!", "Donald Trump", "tweet")],
    ),
    Case(
        "wrote on Twitter gives tweet kind",
        "Senator Amy Hart wrote on Twitter that “the vote is a disgrace to this chamber.”",
        [("the vote is a disgrace to this chamber.", "Amy Hart", "tweet")],
    ),
    # -- partial quotes and reported speech -----------------------------------------------
    Case(
        "partial quote in reported speech",
        "Nina Patel said the deal was “meaningful progress” for both sides.",
        [("meaningful progress", "Nina Patel", "partial")],
    ),
    Case(
        "partial quote after a verb phrase",
        "Nina Patel called the plan “a recipe for disaster” on Tuesday.",
        [("a recipe for disaster", "Nina Patel", "partial")],
    ),
    Case(
        "speech verb with that",
        "Treasury Secretary Steven Mnuchin warned that tariffs could rise again next year.",
        [
            (
                "tariffs could rise again next year",
                "Steven Mnuchin",
                "indirect",
                "reported-name-said",
            )
        ],
    ),
    Case(
        "speech verb without that",
        "Governor Greg Abbott said the state would appeal the ruling.",
        [("the state would appeal the ruling", "Greg Abbott", "indirect")],
    ),
    Case(
        "told with listener then clause",
        "Ken Adams told reporters he would not resign under any circumstances.",
        [("he would not resign under any circumstances", "Ken Adams", "indirect")],
    ),
    Case(
        "told with listener and that",
        "Ken Adams told The Associated Press that the company had lost money for years.",
        [("the company had lost money for years", "Ken Adams", "indirect")],
    ),
    Case(
        "inverted reported speech",
        "The economy will grow faster than expected next year, Finance Minister Priya Rao said.",
        [
            (
                "The economy will grow faster than expected next year",
                "Priya Rao",
                "indirect",
                "reported-inverted",
            )
        ],
    ),
    Case(
        "participle speech cue takes sentence subject",
        "Senator Dan Ortiz voted against the bill, saying it would raise taxes on families.",
        [("it would raise taxes on families", "Dan Ortiz", "indirect", "reported-participle")],
    ),
    Case(
        "according to reported content",
        "The factory will close in March, according to Jack Reed, a union leader.",
        [("The factory will close in March", "Jack Reed", "indirect", "reported-according-to")],
    ),
    Case(
        "reported speech in an interview with",
        "Ann Lee said in an interview with CNN that the state was not prepared for the storm.",
        [("the state was not prepared for the storm", "Ann Lee", "indirect")],
    ),
    Case(
        "reported speech cut before trailing partial",
        "Jim Hale insisted that the plan would cut costs, and the critics were “simply wrong.”",
        [
            ("the plan would cut costs", "Jim Hale", "indirect"),
            ("simply wrong.", "Jim Hale", "partial"),
        ],
    ),
    Case(
        "warned object infinitive is no clause",
        "Carrie Lam warned the United States on Tuesday not to “interfere” in the city.",
        [("interfere", "Carrie Lam", "partial")],
        ["the United States on Tuesday"],
    ),
    Case(
        "passive said is no cue",
        "The deal is said to be worth billions to the company.",
        [],
        ["to be worth billions"],
    ),
    Case(
        "noun use of cue word is no cue",
        "Voters doubted his promises that the plant would reopen soon.",
        [],
        ["the plant would reopen soon"],
    ),
    Case(
        "reported speech by organisation",
        "The White House said the president would sign the bill on Friday.",
        [("the president would sign the bill on Friday", "White House", "indirect")],
    ),
    Case(
        "country as speaker",
        "China said it would retaliate against any new tariffs.",
        [("it would retaliate against any new tariffs", "China", "indirect")],
    ),
    Case(
        "capital city as government",
        "Beijing said it would retaliate against any new tariffs.",
        [("it would retaliate against any new tariffs", "China", "indirect")],
    ),
    Case(
        "unnamed source phrase",
        "A senior administration official said the talks had stalled over the weekend.",
        [
            (
                "the talks had stalled over the weekend",
                "A senior administration official",
                "indirect",
            )
        ],
    ),
    Case(
        "plural unnamed source",
        "Economists say the slowdown will deepen in the second half of the year.",
        [("the slowdown will deepen", "Economists", "indirect")],
    ),
    # -- speaker resolution ---------------------------------------------------------------
    Case(
        "he resolves to last named speaker",
        "Sam Ortiz, the coach, said the team was ready. He added that “nobody is injured.”",
        [("nobody is injured.", "Sam Ortiz", "partial")],
    ),
    Case(
        "she skips a man for the woman",
        "Kate Wells met John Park on Monday. “It went well,” she said.",
        [("It went well", "Kate Wells", "direct")],
    ),
    Case(
        "he skips a woman for the man",
        "John Park met Kate Wells on Monday. “It went well,” he said.",
        [("It went well", "John Park", "direct")],
    ),
    Case(
        "Mr surname resolves to full name",
        "Commerce Secretary Wilbur Ross spoke on Thursday. “We need reform,” Mr Ross said.",
        [("We need reform", "Wilbur Ross", "direct")],
    ),
    Case(
        "surname alone resolves to full name",
        "Steven Mnuchin flew to Beijing. “It was productive,” Mnuchin said.",
        [("It was productive", "Steven Mnuchin", "direct")],
    ),
    Case(
        "role phrase resolves to named holder",
        "President Donald Trump met farmers. The US president said tariffs were working well.",
        [("tariffs were working well", "Donald Trump", "indirect")],
    ),
    Case(
        "the president resolves to named president",
        "President Emmanuel Macron spoke in Paris. The president said France would not yield.",
        [("France would not yield", "Emmanuel Macron", "indirect")],
    ),
    Case(
        "public figure's nickname resolves to the gazetteer's name",
        "“We are close,” said US Trade Representative Bob Lighthizer.",
        [("We are close", "Robert Lighthizer", "direct")],
    ),
    Case(
        "a person is called what the article calls them",
        "“We are close,” said Senator Bernie Walsh.",
        [("We are close", "Bernie Walsh", "direct")],
    ),
    Case(
        "nickname and formal name in one article are one speaker",
        "Bob Carver opened the meeting. “We are close,” said Robert Carver, the chairman.",
        [("We are close", "Robert Carver", "direct")],
    ),
    Case(
        "person of a state is not part of the name",
        "Sen. Rita Lowe of Nevada said the vote would be close.",
        [("the vote would be close", "Rita Lowe", "indirect")],
    ),
    Case(
        "spokeswoman with name after comma",
        "“The claims are false,” a spokeswoman, Anna White, said.",
        [("The claims are false", "Anna White", "direct")],
    ),
    Case(
        "title phrase before name in commas",
        "Hong Kong’s Chief Executive, Carrie Lam, said the protests must stop.",
        [("the protests must stop", "Carrie Lam", "indirect")],
    ),
    Case(
        "speaker is the man who said it, not the subject of the quote",
        "Mnuchin spoke to CNBC. But he said Trump “is prepared to keep these tariffs in place.”",
        [("is prepared to keep these tariffs in place.", "Steven Mnuchin", "partial")],
    ),
    Case(
        "gazetteer gives full name of a public figure",
        "“Nobody knows more about trade than me,” Trump said.",
        [("Nobody knows more about trade", "Donald Trump", "direct")],
    ),
    Case(
        "organisation speaker after quote",
        "“We are reviewing the decision,” the State Department said in a statement.",
        [("We are reviewing the decision", "State Department", "direct")],
    ),
    Case(
        "pronoun they resolves to organisation",
        "The Commerce Ministry issued a statement. “We oppose this,” they said.",
        [("We oppose this", "Commerce Ministry", "direct")],
    ),
    Case(
        "it resolves to organisation",
        "Acme Corp released results on Friday. It said profits fell in every region.",
        [("profits fell in every region", "Acme Corp", "indirect")],
    ),
    Case(
        "speaker named earlier by role and name",
        "Vice-Premier Liu He led the delegation. “We came in good faith,” Liu said.",
        [("We came in good faith", "Liu He", "direct")],
    ),
    # -- not statements -------------------------------------------------------------------
    Case("scare quote is no statement", "The so-called “deal” was never signed.", [], ("deal",)),
    Case(
        "book title is no statement",
        "She wrote the book “The Art of Losing” in 2010 and sold a million copies.",
        [],
        ["The Art of Losing"],
    ),
    Case(
        "song title is no statement",
        "The band played the song “Born in the USA” twice at the rally.",
        [],
        ["Born in the USA"],
    ),
    Case(
        "defined term is no statement",
        "The practice, known as “quantitative easing,” lowers long-term rates.",
        [],
        ["quantitative easing"],
    ),
    Case(
        "title case name in marks is no statement",
        "Supporters waved “Make America Great Again” hats outside the arena.",
        [],
        ["Make America Great Again"],
    ),
    Case(
        "short unattributed scare quote is no statement",
        "The agency's “reforms” have done little for veterans.",
        [],
        ["reforms"],
    ),
    Case(
        "partial with cue is kept even when short",
        "Carla Diaz warned the board not to “overreact” to the report.",
        [("overreact", "Carla Diaz", "partial")],
    ),
    Case(
        "long unattributed quote is kept as a statement",
        "Outside the court one banner read “justice delayed is justice denied for all of us.”",
        [("justice delayed is justice denied for all of us.", None, "partial")],
    ),
    # -- mixed ------------------------------------------------------------------------------
    Case(
        "two speakers in one paragraph",
        "“We will win,” said Tom Ford. “You will lose,” said Ben Hart.",
        [("We will win", "Tom Ford", "direct"), ("You will lose", "Ben Hart", "direct")],
    ),
    Case(
        "quote ending in question mark with inverted cue",
        "“Why now?” said Lisa Grant, the committee chair.",
        [("Why now?", "Lisa Grant", "direct")],
    ),
    Case(
        "speaker after quote with em dash",
        "“There is no plan B” — that is what Ellen Fisher said on Monday.",
        [("There is no plan B", None, "direct")],
    ),
    # -- attribution shapes of US political news ----------------------------------------
    Case(
        "party label between commas",
        "Sen. Alice Monroe, D-Mass., said the bill was a giveaway to lenders.",
        [("the bill was a giveaway to lenders", "Alice Monroe", "indirect")],
    ),
    Case(
        "party label in parentheses, then an appositive",
        "Rep. Dan Fisher (R-Ohio), the chairman of the caucus, said his members would vote no.",
        [("his members would vote no", "Dan Fisher", "indirect")],
    ),
    Case(
        "second verb of the same subject reports",
        "Sen. Paula Grant accused her rivals of hypocrisy and said only she could win in November.",
        [("only she could win in November", "Paula Grant", "indirect", "reported-coordinated")],
    ),
    Case(
        "two reports joined by but",
        "Gov. Tom Reyes acknowledged he faced a hard road but said he would stay in the race.",
        [
            ("he faced a hard road", "Tom Reyes", "indirect"),
            ("he would stay in the race", "Tom Reyes", "indirect"),
        ],
        ["hard road but said"],
    ),
    Case(
        "coordinated verb before a colon quote",
        "Mayor Lena Park toured the flooded streets and said: “We will rebuild every house.”",
        [("We will rebuild every house.", "Lena Park", "direct", "before-coordinated")],
    ),
    Case(
        "reported clause on both sides of the cue",
        "Mark Olsen spoke first. The rules had been broken for years, he said, and he would not "
        "stay silent.",
        [
            (
                "The rules had been broken for years",
                "Mark Olsen",
                "indirect",
                "reported-both-sides",
            ),
            ("he would not stay silent", "Mark Olsen", "indirect"),
        ],
    ),
    Case(
        "trailing participle reports its own clause",
        "The plan would cost $1 trillion, Nina Ortiz said, adding that taxes would not rise.",
        [
            ("The plan would cost $1 trillion", "Nina Ortiz", "indirect"),
            ("taxes would not rise", "Nina Ortiz", "indirect"),
        ],
        ["adding that taxes"],
    ),
    Case(
        "relative clause reports, ends at its comma",
        "The senator, who said the bill was flawed, voted for it anyway.",
        [("the bill was flawed", "senator", "indirect")],
        ["voted for it anyway"],
    ),
    Case(
        "partial quote inside a relative clause",
        "Polls showed Carla Diaz, who said on Tuesday she was “feeling good” about the state, "
        "ahead by three points.",
        [("feeling good", "Carla Diaz", "partial")],
    ),
    Case(
        "relative pronoun after a verb phrase finds its noun",
        "The nomination has become a rallying point for Democrats, who argue that the delay "
        "could cost the party its majority.",
        [("the delay could cost the party its majority", "Democrats", "indirect")],
    ),
    Case(
        "pronoun before the cue is the whole subject",
        "Ray Holt spoke in Ohio. He promised to scrap trade deals he said had “killed” jobs.",
        [("killed", "Ray Holt", "partial")],
    ),
    Case(
        "one-word sentence quote continues the speaker",
        "“The voters did not send us here to do that,” Jim Marsh said. “Period.”",
        [("Period.", "Jim Marsh", "direct")],
    ),
    Case(
        "no reported clause that the quoted words complete",
        "Ella Stone said the other party’s senators were “abdicating” their duty.",
        [("abdicating", "Ella Stone", "partial")],
        ["senators were"],
    ),
    Case(
        "transcript labels in capitals, speakers never named in full",
        "The exchange went like this:\n\nMORGAN: How will you pay for it?\n\n"
        "LEWIS: Very simply. We cut the waste first.\n\nMORGAN: And if that is not enough?",
        [
            ("How will you pay for it?", "Morgan", "indirect"),
            ("Very simply. We cut the waste first.", "Lewis", "indirect"),
            ("And if that is not enough?", "Morgan", "indirect"),
        ],
    ),
    Case(
        "a lone capitalised label is no transcript",
        "WASHINGTON: The Senate voted 52 to 48 on the bill late on Tuesday night.",
        [],
        ["The Senate voted"],
    ),
    Case(
        "one-word show title after a possessive",
        "In an interview on the network’s “Sunrise,” Tara Olsen said the plan would pass.",
        [("the plan would pass", "Tara Olsen", "indirect")],
        ["Sunrise"],
    ),
    Case(
        "second quoted fragment of one report",
        "Online, Mark Fenn wrote that the mayor’s numbers were “collapsing” and that his "
        "donors were “fleeing.”",
        [
            ("collapsing", "Mark Fenn", "partial"),
            ("fleeing", "Mark Fenn", "partial", "same-report"),
        ],
    ),
    Case(
        "reported clause after a partial quote",
        "Joan Park spoke next. She said the proposal was “a slogan, not a plan,” and that the city "
        "needed a real budget.",
        [
            ("a slogan, not a plan", "Joan Park", "partial"),
            ("the city needed a real budget", "Joan Park", "indirect", "reported-and-that"),
        ],
    ),
    Case(
        "state before a title",
        "Former Florida Gov. Ray Dunn said the state would recover.",
        [("the state would recover", "Ray Dunn", "indirect")],
    ),
    Case(
        "middle initial is no sentence end",
        "Ann Kerr, who once worked for George W. Bush, acknowledged the plan would be costly.",
        [("the plan would be costly", "Ann Kerr", "indirect")],
    ),
    Case(
        "second verb's quote after a first verb's quote",
        "Dale Hunt called the ruling “very unfair” and said the system was “rigged.”",
        [("very unfair", "Dale Hunt", "partial"), ("rigged", "Dale Hunt", "partial")],
    ),
    Case(
        "pronoun subject beats a name in the object",
        "Lisa Grey spoke last. She said the Morgan campaign had “crossed a line” and called the "
        "remarks “a new low.”",
        [("a new low", "Lisa Grey", "partial")],
    ),
    Case(
        "interviewee is who the narration says was interviewed",
        "Senator Tom Hill sat down with us on Monday in Ohio.\n\nReporters have followed Jane "
        "Doe for months, and Doe leads the polls. Doe has a plan.\n\nQ: Will Jane Doe win?"
        "\n\nA: I doubt it. She has no plan.",
        [
            ("Will Jane Doe win?", "Interviewer", "indirect"),
            ("I doubt it.", "Tom Hill", "indirect"),
        ],
    ),
    Case(
        "pronoun before any name points ahead",
        "“We are going to win this thing,” he said. That was how Senator Tom Hill opened his "
        "campaign on Monday.",
        [("We are going to win this thing", "Tom Hill", "direct")],
    ),
    Case(
        "according to at the start of a sentence",
        "According to a source familiar with the talks, the deal is nearly done.",
        [("the deal is nearly done", "a source familiar with the talks", "indirect")],
    ),
    Case(
        "a crowd chants",
        "“Lock the gates,” the crowd chanted as the mayor left.",
        [("Lock the gates", "crowd", "direct")],
    ),
    Case(
        "phrasal cue after a quote",
        "“That is simply not true,” Ben Ruiz shot back.",
        [("That is simply not true", "Ben Ruiz", "direct")],
    ),
    Case(
        "phrasal cue with that",
        "Jill Moss fired back that the party had abandoned its voters.",
        [("the party had abandoned its voters", "Jill Moss", "indirect")],
    ),
    Case(
        "verb of a subordinate clause makes no report",
        "Critics claimed victory after the court struck down the law.",
        [],
        ["victory after the court"],
    ),
    Case(
        "the speaker's next act is narration",
        "Carl Young said he would think about it, but did not elaborate.",
        [("he would think about it", "Carl Young", "indirect")],
        ["did not elaborate"],
    ),
    Case(
        "relative which reports for a body",
        "The report, which said the program had failed, was released on Friday.",
        [("the program had failed", "report", "indirect")],
        ["was released on Friday"],
    ),
    Case(
        "statement in reporter's voice is no quote",
        "The factory closed in 2015 after a decade of losses.",
        [],
        ["The factory closed"],
    ),
    # -- the finite-clause test of reported content ---------------------------------------
    Case(
        "present-tense verb after a noun subject",
        "Governor Ann Cole said the audit shows a rising deficit.",
        [("the audit shows a rising deficit", "Ann Cole", "indirect")],
    ),
    Case(
        "contracted auxiliary after the listener",
        "Mayor Ken Ito told reporters he’d veto the budget in its current form.",
        [("he’d veto the budget", "Ken Ito", "indirect")],
    ),
    Case(
        "leading adverbial phrase before the reported clause",
        "Lisa Park said after the vote, the party would regroup before the fall.",
        [("the party would regroup", "Lisa Park", "indirect")],
    ),
    Case(
        "reported clause opening with a quantity",
        "County officials said about 300 families have left the valley since June.",
        [("about 300 families have left the valley", "County officials", "indirect")],
    ),
    Case(
        "base-form verb after a plural subject",
        "The coach said the players want a new contract this year.",
        [("the players want a new contract", "coach", "indirect")],
    ),
    Case(
        "past participle after a personal pronoun",
        "Officer Dale Reno said he first heard the alarm at noon.",
        [("he first heard the alarm at noon", "Dale Reno", "indirect")],
    ),
    Case(
        "announced with a bare clause",
        "Last month the agency announced it had met its hiring goal.",
        [("it had met its hiring goal", "agency", "indirect")],
    ),
    Case(
        "a noun form of a cue word reports nothing",
        "Ohio is a battleground state the party cannot afford to lose this year.",
        [],
        ["the party cannot afford"],
    ),
    Case(
        "passive cue with an adverb between",
        "The records are now maintained at the county archive in Dayton.",
        [],
        ["at the county archive"],
    ),
    # -- what a reporting verb's object reports ------------------------------------------
    Case(
        "infinitive report after a vow",
        "Senator Lena Ortiz has vowed to block the nomination on the floor.",
        [("to block the nomination", "Lena Ortiz", "indirect", "reported-object")],
    ),
    Case(
        "listener and infinitive after urged",
        "Mayor Tom Beck urged residents to stay off the roads until Monday.",
        [("to stay off the roads", "Tom Beck", "indirect")],
    ),
    Case(
        "indirect question after asked",
        "Rita Chang asked whether the county had tested the water supply.",
        [("whether the county had tested the water", "Rita Chang", "indirect")],
    ),
    Case(
        "the preposition of a phrasal report opens its content",
        "The union called for an independent review of the shift schedules.",
        [("an independent review of the shift schedules", "union", "indirect")],
    ),
    Case(
        "naming with two noun phrases after called",
        "Governor Amy Stone called the proposal a reckless gamble with pensions.",
        [("the proposal a reckless gamble", "Amy Stone", "indirect")],
    ),
    Case(
        "a cue word heading a noun compound is no cue",
        "She spoke on a conference call with reporters and donors on Friday.",
        [],
        ["with reporters and donors"],
    ),
    Case(
        "a possessed cue word is a noun",
        "Ella Fox said the senator’s remarks had angered the base.",
        [("the senator’s remarks had angered the base", "Ella Fox", "indirect")],
        ["had angered the base."],
    ),
    Case(
        "an agreement to act is not reported speech",
        "The city agreed to repave the bridge before the spring thaw.",
        [],
        ["to repave the bridge"],
    ),
    # -- speakers that are names, roles, pronouns or organisations -----------------------
    Case(
        "block quote introduced by the paragraph before",
        "Nora Quinn, the mayor, responded:\n\n“We will rebuild every road before the winter "
        "comes.”",
        [("We will rebuild every road", "Nora Quinn", "direct", "before-colon-paragraph")],
    ),
    Case(
        "a clause ending in a colon introduces the quote",
        "The governor’s office issued the following statement: “We are reviewing the ruling "
        "with our lawyers.”",
        [("We are reviewing the ruling", "governor’s office", "direct", "colon-clause")],
    ),
    Case(
        "a colon after a clause with no speaker gives none",
        "Wait, it gets better: “The rules were never followed at all.”",
        [("The rules were never followed at all.", None, "direct")],
    ),
    Case(
        "middle initial after a name the lexicon does not know",
        "“We are ready,” Vann Q. Hollis, a county clerk, said on Monday.",
        [("We are ready", "Vann Q. Hollis", "direct")],
    ),
    Case(
        "tag after a long appositive",
        "“We need more nurses,” Dana Rook, a senior fellow at the Lincoln Health Institute and "
        "a former state health director, said on Tuesday.",
        [("We need more nurses", "Dana Rook", "direct")],
    ),
    Case(
        "a figure inside the title before a name",
        "“Wages must rise,” Fight for $20 organizer Kim Lutz told reporters.",
        [("Wages must rise", "Kim Lutz", "direct")],
    ),
    Case(
        "demonstrative determiner opens the speaker phrase",
        "“The kids do not like him,” this source told the paper.",
        [("The kids do not like him", "this source", "direct")],
    ),
    Case(
        "a function word as a first name",
        "“It is a costly model,” said Will Doyle, a professor of economics.",
        [("It is a costly model", "Will Doyle", "direct")],
    ),
    Case(
        "cue verbs of wondering, crying out and reading",
        "“Will the mayor run again?” a staffer in the room wondered. “No!” the crowd cried out. "
        "“Keep out of the water,” the sign read.",
        [
            ("Will the mayor run again?", "a staffer in the room", "direct"),
            ("No!", "crowd", "direct"),
            ("Keep out of the water", "sign", "direct"),
        ],
    ),
    Case(
        "relative pronoun's antecedent after a verb",
        "Polls taken after the debate mocked a rival candidate who called the plan "
        "“a fantasy” on Monday.",
        [("a fantasy", "a rival candidate", "partial")],
    ),
    Case(
        "an inner hypothetical speech verb does not beat the outer report",
        "Kim Obi said he expected that voters will say “no” to the plan.",
        [("no", "Kim Obi", "partial")],
    ),
    Case(
        "a cue word inside the outer report's complement",
        "Ann Cole says her rival’s late-night tweets about the budget were “unhinged.”",
        [("unhinged.", "Ann Cole", "partial")],
    ),
    Case(
        "a relative clause on the object keeps its own speaker",
        "He echoed Sen. Ron Jaxon (R-Wis.), who told a local paper that the plan was "
        "“willful concealment.”",
        [("willful concealment.", "Ron Jaxon", "partial")],
    ),
    Case(
        "byline after a dash following the quote",
        "Readers wrote in.\n\n“The debate was a mess.” ― Sonia Perez “He never answered a "
        "question.” ― Carl Dunn\n\nMore letters follow.",
        [
            ("The debate was a mess.", "Sonia Perez", "direct", "after-dash-name"),
            ("He never answered a question.", "Carl Dunn", "direct", "after-dash-name"),
        ],
    ),
    Case(
        "transcript turn in marks is a quote",
        "The exchange was brief.\n\nVOSS: “We will not yield on this point.”\n\n"
        "PARK: “Then we have nothing more to discuss.”",
        [("We will not yield on this point.", "Voss", "direct")],
    ),
    Case(
        "headline with a name and a colon is reported speech with its quoted words",
        "Cole: Tax Plan Is a ‘Gift to the Rich’\n\nSenator Ann Cole attacked the plan on Monday.",
        [("Tax Plan Is a", "Ann Cole", "indirect"), ("Gift to the Rich", "Ann Cole", "partial")],
    ),
    Case(
        "short quote with no tag is its sentence's subject's words",
        "Senator Ray Holt is promising lower taxes and “jobs, jobs, jobs” in every speech.",
        [("jobs, jobs, jobs", "Ray Holt", "partial", "sentence-subject")],
    ),
    Case(
        "quoted attributes of markup are no quotes",
        'He posted at dawn.\n\n<tweet tweet-author="@raymond" tweet-date="May 2, 2016">Big day '
        "ahead for all of us<tweet/>.\n\nThe day went well.",
        [],
        ["@raymond", "May 2, 2016"],
    ),
    Case(
        "the possessor of a speech-act noun is the speaker",
        "Lena Frost spoke at noon. Critics seized on her claim that the plant was "
        "“perfectly safe.”",
        [("perfectly safe.", "Lena Frost", "partial", "possessed-speech-noun")],
    ),
    Case(
        "a cue word after a gerund is a noun",
        "The senator kept raising questions about the audit in every hearing.",
        [],
        ["about the audit"],
    ),
    Case(
        "a verb phrase is no speaker",
        "The mayor has mocked a rival candidate, referred to the council as “clowns” and left.",
        [("clowns", "mayor", "partial")],
    ),
    Case(
        "a sentence that is only a tag introduces the next quote",
        "Turnout was low. Sam Lorne, the party’s spokesman, said in a statement. “There are no "
        "paper ballots to recount.”",
        [("There are no paper ballots", "Sam Lorne", "direct", "tag-sentence-before")],
    ),
    Case(
        "is quoted as saying",
        "“Our method succeeds where others fail,” Dan Brayne is quoted as saying.",
        [("Our method succeeds", "Dan Brayne", "direct")],
    ),
    Case(
        "as someone put it",
        "At the time, as prosecutor Marc Tevin put it, “there was nothing to prosecute.”",
        [("there was nothing to prosecute.", "Marc Tevin", "partial")],
    ),
    # -- headlines: a first paragraph of one short line ----------------------------------
    Case(
        "headline lead before a colon",
        "Okafor: Tariffs ‘A Tax on Every Family’ in Ohio.\n\n"
        "Senator Ruth Okafor spoke to farmers in Dayton on Monday about the new duties.",
        [("A Tax on Every Family", "Ruth Okafor", "partial", "headline-lead")],
    ),
    Case(
        "headline closing with a capitalised speech verb",
        "Port Deal ‘Nearly Done’, Mayor Lina Brandt Says.\n\n"
        "The city expects to sign the contract with the shipping group this month.",
        [("Nearly Done", "Lina Brandt", "partial", "headline-lead")],
    ),
    Case(
        "headline opening with a person the article names",
        "Brandt Calls Harbour Plan ‘A Gift to Developers’.\n\n"
        "Mayor Lina Brandt criticised the council’s harbour plan on Tuesday night.",
        [("A Gift to Developers", "Lina Brandt", "partial", "headline-lead")],
    ),
    Case(
        "one-word single-quoted headline quote",
        "Former mayor Brandt calls the harbour plan ‘reckless’.\n\n"
        "Lina Brandt, the former mayor, spoke at a rally on Tuesday.",
        [("reckless", "Lina Brandt", "partial")],
    ),
    Case(
        "sentence-case headline subject before a lower-case verb",
        "NATO offers ‘full support’ to the new coalition.\n\n"
        "The alliance met in Brussels on Thursday to discuss the request.",
        [("full support", "NATO", "partial", "headline-lead")],
    ),
    Case(
        "a headline lead that is no name gives no speaker",
        "Leaked memo shows plan for ‘rapid cuts’ at the agency.\n\n"
        "The memo was written in March by an adviser to the board.",
        [],
        absent=(),
    ),
    Case(
        "a participle after a quote: its object is no inverted speaker",
        "Senator Mia Torres has called the plan “reckless and cruel,” accusing it of "
        "“punishing the poor” and “rewarding donors.”",
        [
            ("reckless and cruel", "Mia Torres", "partial"),
            ("punishing the poor", "Mia Torres", "partial"),
        ],
    ),
    Case(
        "an indefinite subject inside a participle's object",
        "Governor Alan Pike mocked the protest, saying anybody who complains about the rules "
        "“is not paying attention.”",
        [("is not paying attention", "Alan Pike", "partial", "before-participle")],
    ),
    Case(
        "a reduced relative inside a participle's object",
        "“Let the count finish,” said Mayor Rosa Quinn, urging those calling for a recount to "
        "“give the clerks time.”",
        [("give the clerks time", "Rosa Quinn", "partial", "before-participle")],
    ),
    Case(
        "a short phrase between the comma and the participle",
        "Councilman Dev Shah attacked the budget on Monday, at one point calling the mayor a "
        "“magician” with numbers.",
        [("magician", "Dev Shah", "partial", "before-participle")],
    ),
    Case(
        "a speech noun in a name-led compound is no cue",
        "In a series of Twitter posts, Senator Rita Gomez wrote that the bill was "
        "“dead on arrival.”",
        [("dead on arrival", "Rita Gomez", "partial")],
    ),
    Case(
        "an age between a name and its appositive",
        "Her classmate Nora Pell, 19, a biology major from Tulsa, chimed in. "
        "“I never thought I would vote at all.”",
        [("I never thought I would vote", "Nora Pell", "direct", "tag-sentence-before")],
    ),
    Case(
        "a dash byline on the line after the quote",
        "“Fix the roads first. Then talk to me about stadiums.”\n\n"
        "-Dana Ortiz, a commuter from Akron.\n\nThe council meets again on Friday.",
        [("Fix the roads first", "Dana Ortiz", "direct", "after-dash-name")],
    ),
    Case(
        "a byline line closing a quote left open",
        "“We will fund the schools before we fund another stadium.\n"
        "Ana Ruiz, Ohio Education Association.”\n\nThe levy goes to voters in May.",
        [("We will fund the schools", "Ana Ruiz", "direct", "after-byline-line")],
        absent=("Ohio Education Association",),
    ),
    Case(
        "a show's title with the sentence's full stop inside the marks",
        "Governor Lin Park said on Sunday that the state would appeal, speaking on CBS’s "
        "“Face the Nation.”",
        [],
        absent=("Face the Nation",),
    ),
    Case(
        "a book's title after the noun and a comma",
        "In his 2014 memoir, “A Long Road Home,” Senator Eli Grant wrote about his father.",
        [],
        absent=("A Long Road Home",),
    ),
    Case(
        "a nickname inside a name",
        "Rep. Robert C. “Bobby” Hale opened his yard to voters on Labor Day.",
        [],
        absent=("Bobby",),
    ),
    Case(
        "a Title Case quote after a speech verb and a comma is said, not named",
        "Senator Eli Grant said, “We Will Not Back Down.”",
        [("We Will Not Back Down", "Eli Grant", "direct")],
    ),
    # -- one case per registered rule (rules.RULES) ----------------------------------------
    Case(
        "participle tag before the quote",
        "Senator Rosa Kent left the stage, saying: “We will be back next year.”",
        [("We will be back next year.", "Rosa Kent", "direct", "before-participle")],
    ),
    Case(
        "a bare name and a colon inside a paragraph",
        "The vote came late. Then the reply from the mayor, Nora Quinn: “We will fix the roads "
        "before winter.”",
        [("We will fix the roads before winter.", "Nora Quinn", "direct", "before-name-colon")],
    ),
    Case(
        "tag later in the sentence than the quote",
        "Cuts would be “a disaster” for rural schools, Governor Lee Marsh said.",
        [("a disaster", "Lee Marsh", "partial", "later-name-said")],
    ),
    Case(
        "quote with no cue takes the person its sentence names",
        "Mayor Ida Brooks, standing at the podium, “I have never been prouder of this city.”",
        [("I have never been prouder", "Ida Brooks", "direct", "sentence-person")],
    ),
    Case(
        "capitalised inverted cue before a colon quote",
        "Said Pat Lyle: “Nobody saw this coming.”",
        [("Nobody saw this coming.", "Pat Lyle", "direct", "before-said-name")],
    ),
    Case(
        "capitalised cue after a name and its appositive",
        "“Not us, but who could argue with it!” Dale Hunt, the head of the Forward Fund, "
        "Tweeted on Friday with a photo.",
        [("Not us, but who could argue with it!", "Dale Hunt", "tweet", "after-name-said")],
    ),
    Case(
        "a title-case verb in a headline is no cue",
        "Hale Says ‘We Will Rebuild’ After Flood\n\nMayor Tom Hale spoke to the council, "
        "Treasurer Ida Moss Said Nothing.",
        [("We Will Rebuild", "Tom Hale", "direct", "headline-lead")],
    ),
    # -- fronted adverbials and the clause a quote belongs to -------------------------------
    Case(
        "fronted subordinate clause before the subject",
        "After Governor Tom Hale lost the vote in 2014, Senator Ann Brody has long admired "
        "his “steady hand” at the podium.",
        [("steady hand", "Ann Brody", "partial", "sentence-subject")],
    ),
    Case(
        "fronted prepositional phrase naming a newspaper",
        "In an interview with The Daily Ledger, Ray Hale doubled down and said the judge had "
        "“an obvious conflict” in the case.",
        [("an obvious conflict", "Ray Hale", "partial", "before-coordinated")],
    ),
    Case(
        "fronted clause with its own appositive",
        "When Rob Moss, the campaign manager, was asked at a lunch whether she would hold a "
        "press conference, he laughed and said, “We will see.”",
        [("We will see.", "Rob Moss", "direct", "before-coordinated")],
    ),
    Case(
        "fronted phrase before a participle",
        "At Sunday’s debate, Lena Ruiz compared herself to Marsh, saying, “I take no fees "
        "from banks.”",
        [("I take no fees from banks.", "Lena Ruiz", "direct", "before-participle")],
    ),
    Case(
        "the subject of a later coordinated clause is the nearest",
        "Ruth Cole chose to visit every county and she has used that choice to attack "
        "rivals for not campaigning “the county way.”",
        [("the county way.", "Ruth Cole", "partial", "sentence-subject")],
    ),
    Case(
        "an aside with a pronoun is not the clause the quote belongs to",
        "On Monday Mark Ode went on the radio — as he so often does — and read out a letter "
        "signed by “Concerned Parents of Eastfield County.”",
        [],
        ["as he so often does"],
    ),
    Case(
        "a colon clause after a fronted adverbial",
        "With party leaders worried about turnout, President Tom Hale is rolling out a "
        "personal message: “It is about me.”",
        [("It is about me.", "Tom Hale", "direct", "colon-clause")],
    ),
    # -- tags after a quote ending in ! or ? --------------------------------------------------
    Case(
        "tag with a long appositive after a question",
        "“Is it in our interest to act?” Lena O. Ortiz, the governor’s adviser on homeland "
        "security, said at a summit on Thursday.",
        [("Is it in our interest to act?", "Lena O. Ortiz", "direct", "after-name-said")],
    ),
    Case(
        "pronoun tag after an exclamation",
        "Ann Fell spoke of her daughter. “I am so ready to work on this!” she emailed her in 2012.",
        [("I am so ready to work on this!", "Ann Fell", "direct", "after-name-said")],
    ),
    Case(
        "a sentence opening the next quote is no tag of the last",
        "“The state is falling apart,” Ivan Petrov said. “Conflicts continue.” He added, “And "
        "you want us to repeat these mistakes?”",
        [
            ("Conflicts continue.", "Ivan Petrov", "direct", "paragraph-earlier"),
            ("And you want us to repeat these mistakes?", "Ivan Petrov", "direct"),
        ],
    ),
    Case(
        "inverted tag set off by commas inside the sentence",
        "Any ''clear-eyed'' reading of the minister's moves, said Mike Koval, an expert at the "
        "Hale Center, would see a retreat.",
        [("clear-eyed", "Mike Koval", "partial", "after-said-name")],
    ),
    # -- documents, infinitives, transcripts, initialisms ------------------------------------
    Case(
        "a document speaks for its authors",
        "Hoff’s letter makes a libertarian case: “We must stand together as Americans.”",
        [("We must stand together as Americans.", "Hoff’s letter", "direct", "colon-clause")],
    ),
    Case(
        "an email as the subject of a sentence with a quote",
        "The email began, “The president-elect was warmly received today.”",
        [("The president-elect was warmly received today.", "email", "direct")],
    ),
    Case(
        "an infinitive after prompted reports speech",
        "The debate was so calm that Mayor Tom Hale was prompted to say, “I cannot believe "
        "how civil it has been.”",
        [("I cannot believe how civil", "Tom Hale", "direct", "before-name-said")],
    ),
    Case(
        "transcript turns inside one quoted block",
        "Hale Joked With Donors. “PARTICIPANT: Secretary, I raised money for you in Texas. "
        "MS. HALE: You are the smartest people. PARTICIPANT: I think you called me, too.”",
        [
            ("Secretary, I raised money for you in Texas.", "PARTICIPANT", "direct"),
            ("You are the smartest people.", "Hale", "direct", "transcript-turn"),
            ("I think you called me, too.", "PARTICIPANT", "direct", "transcript-turn"),
        ],
        ["PARTICIPANT: Secretary"],
    ),
    Case(
        "a label in Title Case opens a quoted transcript",
        "The panel argued about the tax.\n\n“Chris Mathers: Seriously, the tax sounds great.”",
        [("Seriously, the tax sounds great.", "Chris Mathers", "direct", "transcript-turn")],
    ),
    Case(
        "a quote right after U.S. in the sentence that carries it",
        "His office put out a statement saying the U.S. “does not have the capacity to vet "
        "every refugee.”",
        [("does not have the capacity", "His office", "partial", "before-statement-saying")],
    ),
    Case(
        "a title after U.S. does not end the sentence",
        "“We will not back down,” U.S. Trade Representative Rob Lyle said on Monday.",
        [("We will not back down", "Rob Lyle", "direct", "after-name-said")],
    ),
    Case(
        "went on with no words after it is no cue",
        "Mayor Ann Ode went on the radio on Monday and read out a letter from parents.",
        [],
        ["the radio"],
    ),
    Case(
        "an adjective after an inverted cue is no speaker",
        "Dan Hume doubts the effort needs a rival. Rather, he said, continued losses by the "
        "campaign will rally support around stopping him.",
        [("continued losses by the campaign will rally support", "Dan Hume", "indirect")],
        ["Rather, he said"],
    ),
    Case(
        "two people joined by and are no one person",
        "Lena Ortiz and Tom Vale argued that the plan was naive.",
        [("the plan was naive", "Lena Ortiz and Tom Vale", "indirect")],
    ),
    # -- reported speech: questions, objects, subjects the clause test used to miss ----------
    Case(
        "a question put to someone, opening the sentence",
        "Asked on Monday whether her husband would join the cabinet, Ann Hale shook her head.",
        [("whether her husband would join the cabinet", None, "indirect", "reported-asked")],
    ),
    Case(
        "a question put to someone, in the passive",
        "At a town hall this month, Ann Hale was asked about securing the border at night.",
        [("about securing the border at night", None, "indirect", "reported-asked")],
    ),
    Case(
        "a question asked by someone named",
        "“Absolutely,” Tom Vale said when asked by a reporter if that remains his view.",
        [("if that remains his view", "a reporter", "indirect", "reported-asked")],
    ),
    Case(
        "asked to do something is no question",
        "Tom Hale was asked to leave the room before the vote.",
        [],
        ["to leave the room"],
    ),
    Case(
        "an accusation is an evaluation, not a report of words",
        "Rob Lamb accused the council of scheduling its hearings when nobody could attend.",
        [],
        ["the council of scheduling its hearings"],
    ),
    Case(
        "a percentage as the subject of a report",
        "On the economy they lean right: 42% say the deficit is too large.",
        [("the deficit is too large", "42%", "indirect", "reported-name-said")],
    ),
    Case(
        "a year opening the reported clause is its subject",
        "Officials said 2016 has seen the worst start to a year on record.",
        [("2016 has seen the worst start", "Officials", "indirect", "reported-name-said")],
    ),
    Case(
        "a city and its state inside an appositive",
        "Sandra Inman, a nurse from Jackson, Miss., attending the convention, said she could "
        "not support the ticket.",
        [("she could not support the ticket", "Sandra Inman", "indirect")],
    ),
    Case(
        "a year written with an apostrophe before that",
        "Rep. Hank Joss (D-Ga.) said in ‘08 that the early vote threw old assumptions into doubt.",
        [("the early vote threw old assumptions", "Hank Joss", "indirect")],
    ),
    Case(
        "a third-person cue that is also a noun, after its subject",
        "The candidate claims his net worth is in excess of $10 billion.",
        [("his net worth is in excess", "candidate", "indirect", "reported-name-said")],
    ),
    Case(
        "a plural cue word before of is a noun",
        "He gave a few hints of his family life, speaking of his daughters, who he said were "
        "living abroad and ''taking the first steps of their careers.''",
        [("taking the first steps", None, "partial", "before-name-said")],
        ["his family life"],
    ),
    Case(
        "a cue in a fronted clause does not report the main clause's quote",
        "When Trump suggested that Cuba would sue, Marco Rubio fired back: “If they sue us in "
        "Miami, they are going to lose.”",
        [("If they sue us in Miami", "Marco Rubio", "direct", "before-name-said")],
    ),
    # -- a person's naming words, and names that are nobody's words --------------------------
    Case(
        "a nickname someone called a person is their partial quote",
        "She pointed to reports that Tom Hale called the pageant winner “Miss Piggy” in 1996.",
        [("Miss Piggy", "Tom Hale", "partial", "before-name-said")],
    ),
    Case(
        "a nickname dubbed in an aside",
        "Ann Vale sent a copy of her email to Obama (who she dubbed “Mr. P”) to an aide.",
        [("Mr. P", "Ann Vale", "direct", "before-name-said")],
    ),
    Case(
        "a thing called something is its name, nobody's words",
        "The main source of error is a phenomenon called “differential nonresponse.”",
        [],
        ["differential nonresponse"],
    ),
    Case(
        "a long headline after titled",
        "Readers can find solace in an online article titled “Clinton Does Best Where Voting "
        "Machines Flunk Hacking Tests.” Others disagreed.",
        [],
        ["Clinton Does Best Where Voting"],
    ),
    Case(
        "a title followed by its author",
        "One of his recent reads, “This Kind of War,” by T.R. Fehrenbach, drove the point home.",
        [],
        ["This Kind of War"],
    ),
    Case(
        "a quoted attribute of markup broken over two lines",
        'Crowds were thin. <tweet author="@ByronYork" date="March 9, 2016\n">Stands empty; '
        "crowd in one end zone.<tweet/>",
        [],
        ["March 9, 2016", "Stands empty"],
    ),
    Case(
        "prepared remarks a speaker is expected to give",
        "Mr. Ruben Vale will offer his vision.\n\n“As president, I will support free trade,” "
        "he is expected to say.",
        [("As president, I will support free trade", "Ruben Vale", "direct", "after-name-said")],
    ),
    Case(
        "words not given are no report",
        "A spokeswoman for Mr. Lane did not respond to questions about whether he had repaid "
        "the settlement. His lawyer declined to answer questions about the case.",
        [],
        ["to questions about whether he had repaid", "questions about the case"],
    ),
    Case(
        "a subject with a relative clause set off by commas after a fronted clause",
        "Before the candidate appears in the video, the cleric Anwar Salem, who was killed in "
        "2011, is shown lecturing: “Muslims of the West, take heed.”",
        [("Muslims of the West, take heed.", None, "direct", "colon-clause")],
    ),
    # -- known misses ------------------------------------------------------------------------
    Case(
        "a question put before 'X was asked' is the asker's, not X's",
        "Sanders took questions. “Why does Trump remain so popular?” Mr. Sanders was asked. "
        "“Anger,” he replied.",
        [("Why does Trump remain so popular?", None, "direct", "reported-asked")],
        xfail="an inverted passive question is read as the asked person's own quote",
    ),
    Case(
        "a partial quote inside a relative clause on someone's remarks",
        "The danger grew because of Tom Hale's remarks, which have included the suggestion "
        "that the mayor was the ''founder'' of the scheme.",
        [("founder", "Tom Hale", "partial")],
        xfail="a one-word quote with no cue of its own is taken for a scare quote",
    ),
    Case(
        "a surname that is a function word",
        "Al From agreed that inequality was not the issue then. “The circumstances have "
        "changed,” From said.",
        [("The circumstances have changed", "Al From", "direct", "after-name-said")],
    ),
    Case(
        "inverted reported speech with the cue before the speaker",
        "The budget will pass by Friday, said Owen Tate, the majority whip.",
        [("The budget will pass by Friday", "Owen Tate", "indirect", "reported-said-name")],
    ),
    Case(
        "report split around its tag in mid-sentence",
        "Nora Vance spoke to the council. Most of the money, she said, had gone to roads.",
        [("Most of the money", "Nora Vance", "indirect", "reported-both-sides")],
    ),
    Case(
        "fronted adverbial clause before a mid-sentence tag",
        "If the levy fails, the superintendent said, two schools will close in the spring.",
        [("If the levy fails", "superintendent", "indirect")],
    ),
    Case(
        "long subject before the verb of inverted content",
        "His plans for the port and his refusal to meet the unions have cost him votes, local "
        "organisers said.",
        [("His plans for the port", "local organisers", "indirect", "reported-inverted")],
    ),
    Case(
        "subordinate clause after an inverted tag is not its content",
        "The new law is unfair to renters, tenant groups said Friday, as they gathered outside.",
        [("The new law is unfair to renters", "tenant groups", "indirect")],
        ["as they gathered outside"],
    ),
    Case(
        "a statement issued by the subject, with a participle",
        "Mayor Dunn spoke first. The union issued a statement saying the offer “falls far short.”",
        [("falls far short", "union", "partial", "before-statement-saying")],
    ),
    Case(
        "a second quote with a tag of its own is not the first one's continuation",
        "“Look at what you did,” Franken said. Silverman replied, “Thank goodness for editing.”",
        [
            ("Look at what you did", "Franken", "direct", "after-name-said"),
            ("Thank goodness for editing", "Silverman", "direct", "before-name-said"),
        ],
        ["Look at what you did,” Franken said. Silverman"],
    ),
]


def _find(x, snippet: str):
    return [
        q
        for q in x.quotes
        if snippet in q.text or (q.text in snippet and len(q.text) >= 0.8 * len(snippet))
    ]


def _params() -> list:
    return [
        pytest.param(c, marks=pytest.mark.xfail(reason=c.xfail, strict=True)) if c.xfail else c
        for c in CASES
    ]


@pytest.mark.parametrize("case", _params(), ids=[c.pattern for c in CASES])
def test_pattern(case: Case):
    article = Article.from_text(case.text)
    x = extract(article)
    for snippet, speaker, kind, *rule in case.expect:
        hits = _find(x, snippet)
        assert hits, f"no quote holds {snippet!r}; got {[q.text for q in x.quotes]}"
        got = [(q.speaker, q.kind) for q in hits]
        if speaker is None:
            assert any(k == kind for _, k in got), got
        else:
            assert (speaker, kind) in got, f"{snippet!r}: want {(speaker, kind)}, got {got}"
        if rule:
            rules = [q.rule for q in hits if q.speaker == speaker or speaker is None]
            assert rule[0] in rules, f"{snippet!r}: want rule {rule[0]}, got {rules}"
    for snippet in case.absent:
        assert not _find(x, snippet), f"{snippet!r} should not be a statement"
    for q in x.quotes:
        assert article.text[q.start : q.end] == q.text


def test_every_rule_has_a_case():
    named = {e[3] for c in CASES for e in c.expect if len(e) > 3}
    missing = [r.name for r in RULES if r.name not in named]
    assert not missing, f"rules with no case naming them: {missing}"
    unknown = named - {r.name for r in RULES}
    assert not unknown, f"cases name unregistered rules: {unknown}"


def test_table_is_large_enough():
    assert len(CASES) >= 80
    assert len({c.pattern for c in CASES}) == len(CASES), "every case names its own pattern"
