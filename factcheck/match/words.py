"""Matching's word tables: the lexicon of ``factcheck.match``.

Kept here rather than appended to ``extract/lexicon.py`` so that matching's tables change
with matching (and bump ``NORMALISATION_VERSION``) without touching the extractor's. Every
table is fixed: nothing here is learnt from the store, which is what keeps a match a pure
function of its two statements.
"""

from __future__ import annotations

# Bumped whenever a table or rule below changes what ``text.tokens`` returns: stores whose
# derived matching data carries an older number are rebuilt (``factcheck rematch``).
NORMALISATION_VERSION = 2  # 2: numbers in words as digits

# Words a 3-gram may not consist of only, and that do not count as content.
STOP_WORDS = frozenset(
    """a an the and or but of to in on at for from by with as is are was were be been being
    it its this that these those he she they we i you his her their our my your him them us
    me has have had do does did will would shall should can could may might must said says
    say told also just than then there here which who whom whose what when where while about
    into over after before up out if so not no""".split()  # noqa: SIM905
)

# Words whose insertion or removal turns a statement into its opposite ("n't" is expanded).
NEGATIONS = frozenset({"not", "never", "no", "nor", "neither"})

# Whole words that expand to two (looked up after apostrophes are made straight).
SPECIAL_CONTRACTIONS: dict[str, str] = {
    "can't": "can not",
    "won't": "will not",
    "cannot": "can not",
    "shan't": "shall not",
    "ain't": "is not",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "got to",
    "it's": "it is",
    "he's": "he is",
    "she's": "she is",
    "that's": "that is",
    "there's": "there is",
    "what's": "what is",
    "who's": "who is",
    "here's": "here is",
    "where's": "where is",
    "let's": "let us",
}

# Endings that expand, longest first ("'s" is left alone: most are possessives).
SUFFIX_CONTRACTIONS: tuple[tuple[str, str], ...] = (
    ("n't", " not"),
    ("'re", " are"),
    ("'m", " am"),
    ("'ll", " will"),
    ("'ve", " have"),
    ("'d", " would"),
)

# Number words to digits, so that "three" and "3" are one word.
_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen"
_TEENS = "fourteen fifteen sixteen seventeen eighteen nineteen twenty"
NUMBER_WORDS: dict[str, str] = {w: str(i) for i, w in enumerate(f"{_UNITS} {_TEENS}".split())} | {
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "sixty": "60",
    "seventy": "70",
    "eighty": "80",
    "ninety": "90",
    "hundred": "100",
}

# Scale words, applied to the number before them when two figures are compared.
SCALE_WORDS: dict[str, float] = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "bn": 1e9,
    "mn": 1e6,
    "tn": 1e12,
}

# One spelling for words written several ways: title abbreviations and the like.
SPELLINGS: dict[str, str] = {
    "sen": "senator",
    "sens": "senators",
    "rep": "representative",
    "reps": "representatives",
    "gov": "governor",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "sgt": "sergeant",
    "pres": "president",
    "sec": "secretary",
    "secy": "secretary",
    "dept": "department",
    "govt": "government",
    "atty": "attorney",
    "okay": "ok",
    "pct": "percent",
    "%": "percent",
    "&": "and",
    "st": "saint",
    "mt": "mount",
    "ft": "fort",
}

MONTH_WORDS = frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june
    july august september october november december""".split()  # noqa: SIM905
)

# Words that make up a figure as written, besides its digits: a figure's reason shows them.
FIGURE_WORDS = (
    frozenset(SCALE_WORDS)
    | MONTH_WORDS
    | {
        "percent",
        "dollars",
        "dollar",
        "cents",
        "points",
    }
)

# Suffixes that only inflect a word: "looks"/"look", "pews"/"pew" differ only in these.
INFLECTIONS: tuple[str, ...] = ("ing", "ed", "es", "s")

# Capitalised words that name no one in particular: never an event anchor on their own.
ANCHOR_STOP = frozenset(
    """the a an and or but of in on at for to by with from as mr mrs ms dr president
    minister secretary senator representative governor mayor chief executive director
    says said new house senate congress white state states united national federal
    government department ministry committee council party office court""".split()  # noqa: SIM905
)
