"""Every window and cut-off attribution uses, in one place (as ``match.Policy`` does for matching).

The figures are distances news prose keeps between a quote, its cue and its speaker. A rule
reads them from the policy it is handed, so a caller can try another setting without editing
the rules, and a reader of the code finds every threshold here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Policy:
    """The windows and cut-offs of attribution, in words, characters, sentences or paragraphs."""

    # -- tags next to a quote -----------------------------------------------------------------
    tag_gap_words: int = 12  # words between a closing mark and the cue of the tag after it
    tag_gap_appositive_words: int = 30  # ... when they are a name and its appositive
    # a tag opening a sentence after a quote's ! ? or . ("... now!” Lisa O. Monaco, the
    # adviser, said): how far it is read, and the words of a name before its appositive
    tag_next_chars: int = 300
    tag_name_words: int = 5
    trailing_tag_words: int = 6  # ", he said" ending reported content: words from comma to cue
    trailing_that_words: int = 8  # a "that" this soon after a cue opens a clause, not a tag
    participle_lookback: int = 40  # characters before a cue searched for "and"/"but"
    relative_lookback: int = 30  # characters before a cue searched for ", who said"
    # -- the speaker noun phrase ------------------------------------------------------------
    np_words: int = 12  # the longest speaker noun phrase
    listener_words: int = 6  # "told reporters at the White House" before the content
    # -- reported content -------------------------------------------------------------------
    clause_chars: int = 160  # how far the finite-clause test reads
    clause_words: int = 14  # ... and how many words of it
    clause_ed_words: int = 5  # a past participle this early is the clause's verb
    inverted_clause_words: int = 40  # words read for the verb of content before ", X said"
    min_reported_words: int = 3  # reported content shorter than this is no statement
    min_object_words: int = 2  # "announced his candidacy": an object report's shortest content
    min_according_words: int = 4  # "..., according to X": content words before the cue
    min_clause_before_quote: int = 4  # words of a clause kept before a partial quote
    # -- quotes that are not statements -----------------------------------------------------
    scare_quote_words: int = 3  # an unattributed quote this short is a term, not a statement
    title_words: int = 8  # a quote after "the book" / "so-called" this short is a name
    titled_words: int = 25  # ... and after "titled", "headlined": a headline may be long
    naming_lookback: int = 40  # characters before a quote read for "so-called", "the song"
    speech_noun_words: int = 8  # words before a quote read for "his claim that"
    byline_words: int = 20  # a name and affiliation closing a quote on a line of their own
    headline_words: int = 25  # a Title Case paragraph no longer than this is a headline
    # -- reading back -----------------------------------------------------------------------
    salience_sentences: int = 12  # how many sentences back a pronoun looks for its person
    carry_paragraphs: int = 2  # an unattributed quote takes a speaker this many paragraphs back
    # -- layout -----------------------------------------------------------------------------
    pullquote_min_words: int = 5
    pullquote_min_score: float = 85.0  # rapidfuzz partial_ratio of a pull quote to its body quote
    pullquote_min_body: int = 15  # characters of a body quote a pull quote may repeat
    pullquote_candidates: int = 24  # body quotes sharing most words, scored for each pull quote
    pullquote_rare_words: int = 8  # a pull quote's rarest words, looked up to find those


DEFAULT_POLICY = Policy()
