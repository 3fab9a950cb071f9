"""The lexicon of speaker identity: the words that tell a person's name from a title, a
description of an unnamed source, or a phrase that is no name at all.

Kept beside ``identity`` rather than in the extractor's lexicon because only the store's
cross-article decisions read them; the extractor's own word lists (honorifics, titles,
first names, nicknames) are read from ``extract.lexicon``.
"""

from __future__ import annotations

# generational suffixes: part of a name, never its surname
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})

# lower-case words that belong inside a name ("Charles de Gaulle", "Ludwig van Beethoven")
PARTICLES = frozenset(
    {"de", "da", "das", "do", "dos", "du", "del", "della", "der", "den", "van", "von", "bin",
     "ibn", "al", "el", "la", "le", "di", "y", "e", "ben", "st", "st."}
)  # fmt: skip

# capitalised words that glue onto a name at the start of a sentence or a headline
# ("And Trump", "For Mr. Biden", "On Trump") or after it ("Obama It", "Trump The")
EDGE_NOISE = frozenset(
    {"and", "but", "or", "for", "of", "on", "in", "at", "to", "by", "with", "from", "as",
     "so", "then", "also", "now", "still", "yet", "when", "while", "after", "before", "if",
     "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "her", "his",
     "their", "our", "this", "that", "these", "those", "there", "here", "said", "says",
     "told", "added", "wrote", "asked", "says:", "said:", "meanwhile", "however", "both",
     "former", "like", "unlike", "about", "against", "over", "under", "since", "until",
     "why", "what", "who", "how", "where", "which", "even", "only", "just", "not", "no",
     "yes", "well", "oh", "mr", "mrs", "ms", "is", "was", "are", "were", "has", "had",
     "will", "would", "can", "could", "may", "might", "should", "must", "do", "did"}
)  # fmt: skip

# words a description of an unnamed source opens with ("a spokesman", "two officials")
DESCRIPTION_OPENERS = frozenset(
    {"a", "an", "the", "some", "several", "many", "most", "few", "other", "another", "one",
     "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
     "both", "all", "senior", "top", "his", "her", "their", "its", "our", "any", "each",
     "numerous", "various", "multiple", "unnamed", "anonymous", "longtime", "fellow"}
)  # fmt: skip

# capitalised plurals and collectives that describe a group, not one speaker
GROUP_WORDS = frozenset(
    {"democrats", "republicans", "conservatives", "liberals", "progressives", "americans",
     "officials", "lawmakers", "senators", "aides", "critics", "supporters", "voters",
     "protesters", "residents", "analysts", "experts", "economists", "investigators",
     "prosecutors", "police", "authorities", "sources", "advocates", "activists", "leaders",
     "members", "staffers", "people", "others", "independents", "evangelicals", "unions",
     "democratics", "gop", "fans", "allies", "opponents", "rivals", "donors"}
)  # fmt: skip

# words that make a would-be name a number, a share or a poll ("Sixty-six percent")
NUMBER_WORDS = frozenset(
    {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
     "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
     "eighty", "ninety", "hundred", "thousand", "million", "billion", "percent", "half",
     "third", "quarter", "majority", "minority", "dozen", "dozens"}
)  # fmt: skip

# prepositions that attach an unnamed source to the organisation it speaks for
# ("a spokesman for the Justice Department", "an official at the Treasury")
ORG_LINKS = frozenset({"for", "of", "at", "with", "from", "in"})

# party and group labels written before a name as a title is ("GOP Kevin McCarthy")
PARTY_LABELS = frozenset(
    {"gop", "dem", "dems", "democrat", "democratic", "republican", "independent", "labour", "tory"}
)

# verbs a Title-Case headline puts after a name ("Laura Penn Speaks", "Mayor Slams Council")
HEADLINE_VERBS = frozenset(
    {"says", "speaks", "slams", "rips", "blasts", "hits", "warns", "urges", "calls", "responds",
     "defends", "attacks", "praises", "denies", "vows", "claims", "admits", "talks", "explains",
     "reacts", "fires", "knocks", "mocks", "pans", "touts", "unveils", "announces", "rejects"}
)  # fmt: skip

# names a public father and son share: written without a suffix, the name is the father's
# ("Donald Trump" is never "Donald Trump Jr."); (formal first name, surname), lower case
FATHER_AND_SON = frozenset(
    {("donald", "trump"), ("jesse", "jackson"), ("robert", "kennedy"), ("martin", "king"),
     ("calvin", "ripken"), ("kenneth", "griffey"), ("hank", "williams")}
)  # fmt: skip
