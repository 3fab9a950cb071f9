"""Word lists the rules stand on. Kept in one place so a rule reads as grammar, not vocabulary.

Everything here is lower-case unless it is a name; look-ups lower-case their key.
"""

from __future__ import annotations


def _forms(*lemmas: str) -> dict[str, str]:
    """Map every inflected form listed as 'say said says saying' to its lemma (the first)."""
    out: dict[str, str] = {}
    for group in lemmas:
        words = group.split()
        for w in words:
            out[w] = words[0]
    return out


# Verbs that introduce what someone said, in every form news prose uses them.
SPEECH_VERBS: dict[str, str] = _forms(
    "say said says saying",
    "tell told tells telling",
    "add added adds adding",
    "state stated states stating",
    "note noted notes noting",
    "explain explained explains explaining",
    "argue argued argues arguing",
    "claim claimed claims claiming",
    "insist insisted insists insisting",
    "warn warned warns warning",
    "caution cautioned cautions cautioning",
    "assert asserted asserts asserting",
    "declare declared declares declaring",
    "announce announced announces announcing",
    "acknowledge acknowledged acknowledges acknowledging",
    "admit admitted admits admitting",
    "concede conceded concedes conceding",
    "confirm confirmed confirms confirming",
    "deny denied denies denying",
    "maintain maintained maintains maintaining",
    "reiterate reiterated reiterates reiterating",
    "repeat repeated repeats repeating",
    "recall recalled recalls recalling",
    "write wrote writes writing written",
    "tweet tweeted tweets tweeting",
    "post posted posts posting",
    "reply replied replies replying",
    "respond responded responds responding",
    "answer answered answers answering",
    "ask asked asks asking",
    "suggest suggested suggests suggesting",
    "predict predicted predicts predicting",
    "promise promised promises promising",
    "vow vowed vows vowing",
    "pledge pledged pledges pledging",
    "urge urged urges urging",
    "complain complained complains complaining",
    "counter countered counters countering",
    "contend contended contends contending",
    "emphasize emphasized emphasizes emphasizing emphasise emphasised emphasises emphasising",
    "stress stressed stresses stressing",
    "observe observed observes observing",
    "remark remarked remarks remarking",
    "comment commented comments commenting",
    "continue continued continues continuing",
    "conclude concluded concludes concluding",
    "estimate estimated estimates estimating",
    "report reported reports reporting",
    "reveal revealed reveals revealing",
    "disclose disclosed discloses disclosing",
    "boast boasted boasts boasting",
    "joke joked jokes joking",
    "quip quipped quips quipping",
    "muse mused muses musing",
    "lament lamented laments lamenting",
    "agree agreed agrees agreeing",
    "charge charged charges charging",
    "allege alleged alleges alleging",
    "shout shouted shouts shouting",
    "yell yelled yells yelling",
    "tout touted touts touting",
    "predict predicted predicts predicting",
    "assure assured assures assuring",
    "indicate indicated indicates indicating",
    "signal signaled signalled signals signaling signalling",
    "hint hinted hints hinting",
    "testify testified testifies testifying",
    "exclaim exclaimed exclaims exclaiming",
    "whisper whispered whispers whispering",
    "chant chanted chants chanting",
    "cheer cheered cheers cheering",
    "scoff scoffed scoffs scoffing",
    "retort retorted retorts retorting",
    "concede conceded concedes conceding",
    "caution cautioned cautions cautioning",
    "recall recalled recalls recalling",
    "threaten threatened threatens threatening",
    "demand demanded demands demanding",
    "propose proposed proposes proposing",
    "recommend recommended recommends recommending",
    "echo echoed echoes echoing",
    "demur demurred demurs demurring",
    "sigh sighed sighs sighing",
    "opine opined opines opining",
    "exhort exhorted exhorts exhorting",
    "interject interjected interjects interjecting",
    "gush gushed gushes gushing",
    "marvel marveled marvelled marvels marveling",
    "sing sang sings singing",
    "wonder wondered wonders wondering",
    "react reacted reacts reacting",
    "read reads",
    "chime chimed chimes chiming",
    "cry cried cries crying",
    "begin began begins",
    "go went goes",
)

# "email" and "text" are nouns far more often than verbs ("a fundraising email sent out
# by ..."): only their past tense is a cue ("she emailed her daughter").
SPEECH_VERBS.update({"emailed": "email", "e-mailed": "email", "texted": "text"})

# What a reporting verb's object reports when no clause follows it: "vowed to fight on"
# ("to"), "asked whether he would run" ("wh"), "described the plan" ("np"), and the
# prepositions that open its content ("called for a recount", "warned of a slowdown").
# Verbs of action rather than speech ("agreed to", "announced a tariff") and of blame, whose
# object is a target ("accused Beijing of"), are left out: what they take is no claim.
OBJECT_REPORTS: dict[str, frozenset[str]] = {
    lemma: frozenset(frames.split())
    for lemma, frames in {
        "vow": "to np",
        "promise": "to np",
        "pledge": "to np",
        "threaten": "to",
        "urge": "to",
        "ask": "to wh about for",
        "call": "on for np",
        "tell": "to",
        "warn": "to of against about",
        "demand": "np",
        "propose": "np to",
        "recommend": "np",
        "describe": "np wh",
        "claim": "np",
        "declare": "np",
        "reiterate": "np",
        "repeat": "np",
        "deny": "np",
        "acknowledge": "np",
        "admit": "np to",
        "cite": "np",
        "tout": "np",
        "suggest": "np",
        "note": "np",
        "recall": "np wh",
        "predict": "np",
        "explain": "wh",
        "reveal": "np",
        "argue": "for against",
        "respond": "by with to",
        "insist": "on",
        "question": "np wh",
    }.items()
}

# Cues that only make sense with a clause after them ("X added that ..."), never as a bare verb
# before an object: "he continued" alone is narration, "continued: '...'" is a quote.
NEEDS_THAT_OR_QUOTE = {"continue", "begin", "go", "post", "comment", "ask"}

# Cues whose base and "-s" forms are also nouns ("a battleground state", "his promises"): in
# those forms they report a bare clause only after "that"; "promised he would" needs none.
# Pronouns that name nobody in particular: "those calling for his withdrawal", "anybody who
# complains". Next to a cue they open a clause inside what someone else says, not a speaker.
INDEFINITE_PRONOUNS = frozenset(
    {
        "anybody",
        "anyone",
        "everybody",
        "everyone",
        "somebody",
        "someone",
        "nobody",
        "those",
        "whoever",
    }
)
# Words that may stand between a comma and a participle cue: "…, at one point calling".
PARTICIPLE_LEADS = frozenset(
    {
        "at",
        "in",
        "once",
        "again",
        "then",
        "also",
        "even",
        "later",
        "one",
        "point",
        "times",
        "turn",
        "first",
        "finally",
    }
)

NOUN_LIKE_CUES = {
    "post",
    "state",
    "report",
    "charge",
    "signal",
    "estimate",
    "promise",
    "pledge",
    "vow",
    "boast",
    "stress",
    "hint",
    "reply",
    "answer",
    "remark",
    "repeat",
    "claim",
    "counter",
    "comment",
    "tweet",
    "joke",
    "quip",
    "cheer",
    "whisper",
    "observe",
    "call",
    "attack",
    "question",
    "praise",
    "note",
}

# Nouns that name people or bodies who speak: a phrase headed by one of these (or by a title
# or an organisation word) can be a speaker; "the public" or "footage" cannot.
SPEAKER_NOUNS = frozenset(
    """voters voter critics critic supporters supporter officials opponents opponent experts
    expert analysts analyst economists observers observer residents resident activists activist
    protesters protester democrats republicans conservatives liberals progressives leaders
    lawmakers lawmaker legislators senators members member aides staffers staffer advisers
    sources source insiders insider people person man woman men women friend friends family
    parents mother father son daughter wife husband students student workers worker owners owner
    executives lawyers lawyer lawyer's attorneys doctors doctor scientists researchers researcher
    investigators prosecutors prosecutor police crowd audience fans employees employee
    organizers organizer donors donor americans citizens delegates reporters journalists
    journalist writer writers columnist editors editor authors author candidates allies ally
    administration campaign committee group groups party government agency officer officers
    spokesman spokeswoman spokesperson others many some most several""".split()  # noqa: SIM905
)

# Documents and recordings that speak for their authors: "The email began, “...”", "Hoff's
# letter makes the case: “...”", "this finding: “...”".
DOCUMENT_NOUNS = frozenset(
    """letter letters email e-mail emails memo memos statement report study poll survey
    editorial ad advertisement video movie film documentary book platform column finding
    findings transcript filing complaint lawsuit website release document documents note
    message petition resolution op-ed essay speech tweet post""".split()  # noqa: SIM905
)

# Speech-act nouns: a possessor of one is the speaker of the quote it introduces ("his claim
# that “...”", "Trump’s statement on Monday that “...”").
SPEECH_NOUNS = frozenset(
    """claim claims statement statements comment comments remark remarks admission assertion
    argument arguments promise promises pledge vow warning warnings suggestion call calls dictum
    description words phrase catchphrase slogan tweet tweets answer response reply accusation
    accusations charge charges insistence boast boasts prediction complaint message letter
    speech declaration""".split()  # noqa: SIM905
)

# "The campaign issued a statement saying …": verbs that put a written statement out, and the
# statements they put out; the subject of the verb is the speaker of what the statement says.
ISSUING_VERBS = frozenset(
    """issued issues issue released releases release put puts sent sends posted posts
    published publishes circulated circulates distributed distributes""".split()  # noqa: SIM905
)
ISSUED_NOUNS = frozenset(
    """statement statements release releases letter letters memo memos note notes tweet tweets
    post posts message messages email emails e-mail video videos ad ads advertisement
    report reports""".split()  # noqa: SIM905
)

# Plural subjects that do not end in "s": "people say", like "officials say".
PLURAL_NOUNS = frozenset({"people", "police", "men", "women", "children", "staff", "public"})

# Speech verbs whose object is a listener, not the content ("told reporters that ...").
TAKES_LISTENER = {"tell", "ask", "assure", "warn", "urge", "remind", "inform", "caution"}

# Verbs that attribute a partial quote without reporting a clause ("called the deal 'a disaster'").
EVALUATION_VERBS: dict[str, str] = _forms(
    "call called calls calling",
    "describe described describes describing",
    "dismiss dismissed dismisses dismissing",
    "accuse accused accuses accusing",
    "criticize criticized criticizes criticizing criticise criticised criticises",
    "praise praised praises praising",
    "blast blasted blasts blasting",
    "slam slammed slams slamming",
    "defend defended defends defending",
    "attack attacked attacks attacking",
    "mock mocked mocks mocking",
    "label labeled labelled labels labeling labelling",
    "brand branded brands branding",
    "refer referred refers referring",
    "point pointed points pointing",
    "cite cited cites citing",
    "vow vowed vows vowing",
    "promise promised promises promising",
    "pledge pledged pledges pledging",
    "hail hailed hails hailing",
    "characterize characterized characterizes characterise characterised",
    "deride derided derides deriding",
    "question questioned questions questioning",
    "welcome welcomed welcomes welcoming",
    "rule ruled",
    "express expressed expresses expressing",
    "dub dubbed dubs dubbing",
    "nickname nicknamed nicknames",
    "liken likened likens likening",
)

TWEET_CUES = {"tweet", "post"}

AUXILIARIES = {
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "will",
    "would",
    "can",
    "could",
    "should",
    "shall",
    "may",
    "might",
    "must",
    "has",
    "have",
    "had",
    "does",
    "do",
    "did",
    "won't",
    "wouldn't",
    "can't",
    "cannot",
    "couldn't",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "hasn't",
    "haven't",
    "hadn't",
    "doesn't",
    "don't",
    "didn't",
    "shouldn't",
    "won’t",
    "can’t",
    "isn’t",
    "wasn’t",
    "don’t",
    "didn’t",
    "doesn’t",
    "hasn’t",
    "haven’t",
    "wouldn’t",
    "couldn’t",
    "shouldn’t",
    "needs",
    "need",
    "wants",
    "want",
    "plans",
    "intends",
    "hopes",
    "expects",
    "remains",
    "seems",
    "appears",
    "knows",
    "thinks",
    "believes",
    "feels",
    "means",
    "makes",
    "gets",
    "goes",
    "comes",
    "takes",
    "gives",
    "looks",
    "says",
    "lacks",
    "owes",
    "faces",
}

# Common verbs in their base form. The clause test reads "-s" forms of these as finite verbs
# ("the review shows", "Obama enjoys") and base forms after a plural subject ("they want").
COMMON_VERBS = frozenset(
    """accept act add address affect agree allow appear apply approve argue arrive ask attack
    attempt avoid back ban become begin believe belong block blame break bring build buy call
    care carry cause change charge choose claim close come compare compete consider continue
    control cost count cover create cut deal decide declare defend demand deny depend deserve
    destroy die do drive drop earn emerge end enjoy expand expect explain face fail fall fear feel
    fight fill find finish fit follow force forget form fund gain get give go grow happen hate
    have head hear help hit hold hope hurt include increase intend involve join keep kill know
    lack last lead learn leave let lie like limit live look lose love make matter mean meet miss
    move need offer open oppose owe own pass pay plan play prefer prepare prevent promise protect
    prove provide pull push put raise reach read receive reduce reflect refuse reject remain
    remember require respect rest return reveal rise risk rule run save see seek seem sell send
    serve set share show sign sit speak spend stand start stay stop struggle succeed suffer
    support suppose take talk target tell tend think threaten tie travel treat trust try turn
    understand use violate visit vote wait walk want warn waste watch win wish wonder work worry
    write""".split()  # noqa: SIM905
)
# More verbs news prose reports with ("smugglers dig tunnels", "people misunderstand him",
# "the image harked back"): the clause test knows a finite verb by them.
COMMON_VERBS = COMMON_VERBS | frozenset(
    """abandon abolish absorb abuse accelerate accompany accomplish accumulate accuse achieve
    acquire adapt adjust admire adopt advance advise advocate afford aim alert align alter
    amount analyze announce anticipate appeal appoint appreciate approach arrange arrest
    assess assign assist assume attach attend attract authorize award balance bargain base
    bear beg behave benefit bet bid bind bite blast bleed bless blow boost borrow bother bounce
    bow breathe bribe brief broadcast burn bury calculate campaign cancel capture celebrate
    challenge chase cheat check cite clarify clash clean clear climb cling coach coincide
    collapse collect combine comfort command commit communicate complete comply compose
    concentrate concern condemn conduct confront confuse connect conquer consist consult
    consume contact contain contemplate contribute convert convict convince cooperate cope
    correct count crash crawl criticize cross crush cry cure damage dare date debate decline
    dedicate defeat define delay delegate delete deliver deploy depart derive describe design
    detect determine develop devote differ dig direct disagree disappear discover discuss
    dismiss dispute distinguish distribute disrupt divert divide dominate donate double doubt
    draft drag draw dream dress drink dwell eat educate elect eliminate embrace employ enable
    encourage endorse enforce engage enhance ensure enter escape establish evaluate evolve
    examine exceed exchange exclude excuse execute exercise exist exit expand expect exploit
    explore expose express extend fade favor feature feed file finance fire fix flee float
    flood flourish fly focus fold forbid forecast forgive freeze frighten fuel gather generate
    govern grab grant grasp greet guarantee guard guess guide halt handle hang harm hark heal
    heat hesitate hide hire honor host hunt identify ignore illustrate imagine impact implement
    imply import impose impress improve incline indicate influence inform inherit injure
    insist inspect inspire install integrate interfere interpret interrupt intervene introduce
    invade invent invest investigate invite isolate issue jail judge jump justify kick kiss
    knock label land launch lay lean leak lend lift link list load lobby locate lock maintain
    manage manipulate mark marry master measure mention merge migrate mislead misread
    misrepresent misunderstand mobilize modify monitor motivate mount murder negotiate neglect
    nominate notice notify object oblige observe obtain occupy occur operate order organize
    outline outweigh overcome overlook overturn overwhelm participate perceive perform permit
    persuade pick place plead please plunge point pose possess post postpone pour practice
    praise pray predict present preserve press pretend prevail print proceed process produce
    profit prohibit project pronounce propose prosecute protest publish punish purchase pursue
    qualify question quit rally rank rate react realize rebuild recall recognize recommend
    record recover recruit redirect refer reform regain regard register regret regulate
    reinforce relate release rely remove render renew repair repeal replace report represent
    rescue resemble resign resist resolve respond restore restrict result resume retain
    retire retreat reverse review revise revive reward ride ring rob rush sacrifice satisfy
    scare schedule score scramble search secure seize select separate settle shake shape shift
    shoot shrink shut sink skip slip slow smell smile solve sort sound spark spread squeeze
    stabilize steal step stick stimulate strengthen stress stretch strike strip strive study
    submit subsidize substitute suggest suit summon supply surge surprise surrender surround
    survive suspect suspend sustain swear sweep switch tackle tap tax teach tear testify thank
    thrive throw tighten tolerate total touch track trade train transfer transform translate
    transport trap trigger triple trouble undermine undergo unite unveil update uphold urge
    value vanish vary veto view vow weaken wear weigh welcome widen withdraw witness worsen
    wrap yield""".split()  # noqa: SIM905
)

IRREGULAR_PAST = set(
    [
        "fell",
        "rose",
        "grew",
        "won",
        "lost",
        "made",
        "took",
        "got",
        "came",
        "went",
        "saw",
        "knew",
        "thought",
        "gave",
        "left",
        "kept",
        "began",
        "became",
        "ran",
        "paid",
        "met",
        "sent",
        "spent",
        "built",
        "held",
        "brought",
        "bought",
        "told",
        "said",
        "found",
        "led",
        "struck",
        "cut",
        "hit",
        "put",
        "set",
        "quit",
        "sold",
        "stood",
        "understood",
        "wrote",
        "drove",
        "broke",
        "chose",
        "spoke",
        "froze",
        "stole",
        "fought",
        "sought",
        "taught",
        "caught",
        "meant",
        "felt",
        "dealt",
        "slept",
        "swept",
        "wept",
        "lent",
        "bent",
        "shook",
        "forgot",
        "forgave",
        "overtook",
        "undertook",
        "withdrew",
        "outgrew",
        "overran",
        "rebuilt",
        "sank",
        "shrank",
        "sprang",
        "swam",
        "threw",
        "flew",
        "blew",
        "drew",
        "hid",
        "bore",
        "tore",
        "wore",
        "swore",
        "beat",
        "bit",
        "lay",
        "sat",
        "rang",
        "sang",
        "drank",
    ]
)

# Relative pronouns: a cue after one belongs to a relative clause (", who said").
RELATIVE_PRONOUNS = frozenset({"who", "which", "whom"})

PRONOUNS = {
    "he": "m",
    "she": "f",
    "they": "p",
    "it": "n",
    "we": "p",
    "i": None,
    "you": None,
}
SUBJECT_PRONOUNS = {
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "you",
    "there",
    "this",
    "that",
    "these",
    "those",
    "nobody",
    "everyone",
    "everybody",
    "somebody",
    "someone",
    "none",
}

DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

# Words that can sit between a subject and its cue verb without being part of either.
ADVERBS = {
    "also",
    "again",
    "later",
    "previously",
    "repeatedly",
    "once",
    "often",
    "already",
    "even",
    "then",
    "now",
    "long",
    "still",
    "just",
    "first",
    "last",
    "further",
    "separately",
    "similarly",
    "privately",
    "publicly",
    "recently",
    "earlier",
    "subsequently",
    "never",
    "not",
    "has",
    "had",
    "have",
    "would",
    "will",
    "did",
    "does",
    "do",
    "could",
    "may",
    "might",
    "too",
    "always",
    "frequently",
    "initially",
    "originally",
    "ultimately",
    "finally",
    "simply",
    "openly",
    "flatly",
    "bluntly",
    "reportedly",
    "allegedly",
    "apparently",
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "late",
    "early",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "being",
    "told",
    "himself",
    "herself",
    "themselves",
    "itself",
    "both",
    "all",
    "each",
} | DAYS

TIME_WORDS = {
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "month",
    "year",
    "weekend",
    "earlier",
    "later",
    "last",
    "next",
    "this",
} | DAYS

# Words that open a clause: a subject noun phrase never runs back past one of these.
CLAUSE_OPENERS = {
    "that",
    "and",
    "but",
    "or",
    "as",
    "while",
    "because",
    "when",
    "after",
    "before",
    "although",
    "though",
    "if",
    "since",
    "so",
    "where",
    "which",
    "who",
    "whom",
    "whose",
    "whereas",
    "until",
    "unless",
    "than",
    "whether",
    "nor",
    "yet",
    "what",
    "how",
    "why",
    "said",
    "says",
    "told",
}

SENTENCE_ADVERBS = {
    "however",
    "but",
    "and",
    "meanwhile",
    "still",
    "yet",
    "also",
    "later",
    "earlier",
    "then",
    "instead",
    "separately",
    "indeed",
    "moreover",
    "furthermore",
    "nonetheless",
    "nevertheless",
    "in",
    "on",
    "at",
    "so",
    "now",
    "thus",
    "besides",
    "overall",
    "finally",
    "first",
    "second",
    "again",
    "elsewhere",
    "similarly",
    "likewise",
    "otherwise",
    "today",
    "yesterday",
    "there",
    "here",
    "for",
    "asked",
    "speaking",
    "when",
    "while",
    "after",
    "before",
}

DETERMINERS = {
    "the",
    "a",
    "an",
    "one",
    "two",
    "three",
    "some",
    "several",
    "many",
    "most",
    "another",
    "other",
    "his",
    "her",
    "their",
    "its",
    "our",
    "this",
    "that",
    "these",
    "those",
    "both",
    "each",
    "every",
    "any",
    "no",
    "all",
    "few",
    "more",
    "multiple",
}

PREPOSITIONS = {
    "of",
    "for",
    "to",
    "in",
    "on",
    "at",
    "by",
    "with",
    "from",
    "about",
    "into",
    "over",
    "after",
    "before",
    "during",
    "since",
    "under",
    "between",
    "among",
    "against",
    "without",
    "within",
    "through",
    "across",
    "via",
    "per",
    "near",
    "toward",
    "towards",
    "upon",
    "amid",
    "despite",
}

# Words that open an adverbial set before a sentence's subject ("After the vote, ...", "Ever
# since she endorsed him, Warren ...", "When Mook, the manager, was asked ..., he said").
FRONTED_OPENERS = frozenset(
    (PREPOSITIONS - {"of", "to"})
    | {
        "when",
        "while",
        "as",
        "once",
        "if",
        "although",
        "though",
        "because",
        "even",
        "ever",
        "just",
        "shortly",
        "soon",
        "until",
        "unless",
        "whereas",
        "following",
        "given",
        "like",
        "unlike",
        "in",
        "on",
        "at",
    }
)

# Words that open a clause with a subject of its own inside a sentence: the clause a later
# verb belongs to starts at its subject ("Cruz pledged ... and he has long used ...").
CLAUSE_LINKS = frozenset(
    {
        "and",
        "but",
        "as",
        "if",
        "when",
        "while",
        "because",
        "so",
        "yet",
        "though",
        "although",
        "since",
        "until",
        "before",
        "after",
        "once",
        "whereas",
        ";",
    }
)

# Function words that open sentences: after "U.S." one of them starts a new sentence ("... in
# the U.S. The talks ..."), where a capitalised content word goes on ("U.S. Trade ...").
SENTENCE_OPENERS = frozenset(
    DETERMINERS
    | SUBJECT_PRONOUNS
    | PREPOSITIONS
    | CLAUSE_OPENERS
    | SENTENCE_ADVERBS
    | {"so", "if", "when", "although", "though", "because", "what", "why", "how", "there"}
)

# US state abbreviations as the AP writes them after a city ("Jackson, Miss.,").
STATE_ABBREVIATIONS = frozenset(
    """ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont
    neb nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex vt va wash w.va wis wyo
    d.c""".split()  # noqa: SIM905
)

# Words whose full stop need not end a sentence: "Inc.", "Sept.", "Calif.", "U.S.".
ABBREVIATIONS = frozenset(
    """inc corp co ltd no vs etc jan feb mar apr aug sept sep oct nov dec u.s u.k u.n a.m p.m
    e.g i.e ft mt hon ave calif fla tex mass ill pa va wash ariz ga md mich minn mo nev okla
    ore tenn wis ky la conn colo ala ark del ind kan neb d.c n.y n.j n.c s.c r d i gov't
    dept approx est fig""".split()  # noqa: SIM905
)

# Honorifics and titles written with a full stop that is no sentence end ("Sen.", "Mr.").
TITLE_ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "st",
        "jr",
        "sr",
        "prof",
        "rev",
        "adm",
        "pres",
    }
)

HONORIFICS = {
    "mr": "m",
    "mr.": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "dr": None,
    "dr.": None,
    "prof": None,
    "prof.": None,
    "sir": "m",
    "dame": "f",
    "lord": "m",
    "lady": "f",
    "madam": "f",
    "mme": "f",
    "m.": "m",
}

# Words that make a capitalised run a title rather than a name ("Treasury Secretary").
TITLE_WORDS = {
    "councilman",
    "councilwoman",
    "councillor",
    "alderman",
    "assemblyman",
    "assemblywoman",
    "president",
    "vice",
    "vice-president",
    "secretary",
    "minister",
    "vice-minister",
    "premier",
    "vice-premier",
    "prime",
    "chancellor",
    "senator",
    "sen",
    "sen.",
    "representative",
    "rep",
    "rep.",
    "congressman",
    "congresswoman",
    "governor",
    "gov",
    "gov.",
    "lt",
    "lt.",
    "mayor",
    "chief",
    "executive",
    "deputy",
    "assistant",
    "under",
    "undersecretary",
    "ambassador",
    "envoy",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "commissioner",
    "judge",
    "justice",
    "general",
    "gen",
    "gen.",
    "admiral",
    "adm",
    "adm.",
    "colonel",
    "col",
    "col.",
    "captain",
    "capt",
    "capt.",
    "sergeant",
    "sgt",
    "sgt.",
    "officer",
    "attorney",
    "counsel",
    "speaker",
    "leader",
    "whip",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "bishop",
    "archbishop",
    "cardinal",
    "rabbi",
    "imam",
    "reverend",
    "rev",
    "rev.",
    "ceo",
    "cfo",
    "coo",
    "founder",
    "co-founder",
    "economist",
    "analyst",
    "professor",
    "trade",
    "treasury",
    "commerce",
    "state",
    "defense",
    "defence",
    "agriculture",
    "energy",
    "labor",
    "labour",
    "education",
    "health",
    "interior",
    "transportation",
    "homeland",
    "security",
    "foreign",
    "affairs",
    "finance",
    "economy",
    "home",
    "war",
    "department",
    "ministry",
    "office",
    "council",
    "national",
    "federal",
    "white",
    "house",
    "senate",
    "us",
    "u.s.",
    "u.s",
    "uk",
    "eu",
    "un",
    "former",
    "acting",
    "interim",
    "incoming",
    "outgoing",
    "republican",
    "democratic",
    "democrat",
    "independent",
    "presidential",
    "candidate",
    "nominee",
    "hopeful",
    "majority",
    "minority",
    "senior",
    "top",
    "campaign",
    "manager",
    "adviser",
    "advisor",
    "aide",
    "strategist",
    "pollster",
    "press",
    "administrator",
    "head",
    "official",
    "negotiator",
    "chief-of-staff",
    "staff",
    "of",
    "for",
    "the",
    "and",
    "first",
    "lady",
    "supreme",
    "court",
    "attorney-general",
    "mp",
    "mep",
    "emir",
    "sheikh",
    "crown",
    "dalai",
    "lama",
    "vice-chairman",
    "vice-chair",
    "board",
    "delegate",
    "delegation",
    "commander",
    "agency",
    "bureau",
    "representatives",
}

# Words that end a capitalised run naming an organisation.
ORG_WORDS = {
    "department",
    "ministry",
    "office",
    "agency",
    "administration",
    "committee",
    "commission",
    "council",
    "party",
    "campaign",
    "association",
    "institute",
    "university",
    "inc",
    "inc.",
    "corp",
    "corp.",
    "co",
    "co.",
    "ltd",
    "ltd.",
    "group",
    "bank",
    "fund",
    "union",
    "court",
    "congress",
    "senate",
    "house",
    "parliament",
    "government",
    "network",
    "news",
    "times",
    "post",
    "journal",
    "reuters",
    "bloomberg",
    "press",
    "foundation",
    "center",
    "centre",
    # institutions named like a person's name ("Sandy Hook Elementary School")
    "school",
    "college",
    "academy",
    "hospital",
    "clinic",
    "church",
    "museum",
    "library",
    "program",
    "programme",
    "initiative",
    "board",
    "bureau",
    "service",
    "services",
    "company",
    "corporation",
    "authority",
    "police",
    "army",
    "navy",
    "force",
    "forces",
    "pentagon",
    "kremlin",
    "cabinet",
    "federation",
    "league",
    "organization",
    "organisation",
    "coalition",
    "alliance",
    "caucus",
    "tribunal",
    "reserve",
    "exchange",
    "chamber",
    "embassy",
    "consulate",
    "secretariat",
    "politburo",
    "assembly",
    "legislature",
    "fed",
    "cnn",
    "cnbc",
    "msnbc",
    "bbc",
    "nbc",
    "abc",
    "cbs",
    "npr",
    "pbs",
    "afp",
    "ap",
    "xinhua",
    "twitter",
    "facebook",
    "google",
    "pac",
    "project",
    "institution",
}

# Bare organisations that speak without a capitalised run ("the White House said").
KNOWN_ORGS = {
    "white house": "White House",
    "pentagon": "Pentagon",
    "kremlin": "Kremlin",
    "state department": "State Department",
    "justice department": "Justice Department",
    "commerce ministry": "Commerce Ministry",
    "foreign ministry": "Foreign Ministry",
    "treasury": "Treasury",
    "congress": "Congress",
    "senate": "Senate",
    "fbi": "FBI",
    "cia": "CIA",
    "un": "United Nations",
    "united nations": "United Nations",
    "nato": "NATO",
    "european union": "European Union",
    "eu": "European Union",
    "imf": "IMF",
    "world bank": "World Bank",
    "wto": "WTO",
    "federal reserve": "Federal Reserve",
    "fed": "Federal Reserve",
    "rnc": "RNC",
    "dnc": "DNC",
    "gop": "Republican Party",
    "downing street": "Downing Street",
    "élysée": "Élysée",
    "elysee": "Élysée",
    "supreme court": "Supreme Court",
    "xinhua": "Xinhua",
    "reuters": "Reuters",
}

# US states: places, never names ("Former Florida Gov. Jeb Bush", "Sen. Rita Lowe of Nevada").
US_STATES = frozenset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming""".split()  # noqa: SIM905
) | {
    "new hampshire",
    "new jersey",
    "new mexico",
    "new york",
    "north carolina",
    "north dakota",
    "rhode island",
    "south carolina",
    "south dakota",
    "west virginia",
}

# Countries and the capitals that stand for their governments ("Beijing said").
COUNTRIES: dict[str, str] = {
    "china": "China",
    "beijing": "China",
    "united states": "United States",
    "us": "United States",
    "u.s.": "United States",
    "america": "United States",
    "washington": "United States",
    "russia": "Russia",
    "moscow": "Russia",
    "japan": "Japan",
    "tokyo": "Japan",
    "north korea": "North Korea",
    "pyongyang": "North Korea",
    "south korea": "South Korea",
    "seoul": "South Korea",
    "britain": "United Kingdom",
    "united kingdom": "United Kingdom",
    "uk": "United Kingdom",
    "london": "United Kingdom",
    "france": "France",
    "paris": "France",
    "germany": "Germany",
    "berlin": "Germany",
    "iran": "Iran",
    "tehran": "Iran",
    "israel": "Israel",
    "india": "India",
    "new delhi": "India",
    "pakistan": "Pakistan",
    "islamabad": "Pakistan",
    "mexico": "Mexico",
    "canada": "Canada",
    "ottawa": "Canada",
    "taiwan": "Taiwan",
    "taipei": "Taiwan",
    "hong kong": "Hong Kong",
    "singapore": "Singapore",
    "ukraine": "Ukraine",
    "kyiv": "Ukraine",
    "kiev": "Ukraine",
    "turkey": "Turkey",
    "ankara": "Turkey",
    "saudi arabia": "Saudi Arabia",
    "riyadh": "Saudi Arabia",
    "syria": "Syria",
    "damascus": "Syria",
    "iraq": "Iraq",
    "baghdad": "Iraq",
    "egypt": "Egypt",
    "cairo": "Egypt",
    "brazil": "Brazil",
    "brasilia": "Brazil",
    "australia": "Australia",
    "canberra": "Australia",
    "italy": "Italy",
    "rome": "Italy",
    "spain": "Spain",
    "madrid": "Spain",
    "cuba": "Cuba",
    "havana": "Cuba",
    "venezuela": "Venezuela",
    "caracas": "Venezuela",
    "vietnam": "Vietnam",
    "hanoi": "Vietnam",
    "brussels": "European Union",
    "indonesia": "Indonesia",
    "jakarta": "Indonesia",
    "malaysia": "Malaysia",
    "philippines": "Philippines",
    "manila": "Philippines",
    "thailand": "Thailand",
    "bangkok": "Thailand",
    "afghanistan": "Afghanistan",
    "kabul": "Afghanistan",
}
# Capital cities as metonyms are only trusted when they speak (subject of a cue).

NATIONALITIES = {
    "american",
    "chinese",
    "russian",
    "japanese",
    "korean",
    "british",
    "french",
    "german",
    "iranian",
    "israeli",
    "indian",
    "mexican",
    "canadian",
    "european",
    "african",
    "asian",
    "arab",
    "syrian",
    "iraqi",
    "ukrainian",
    "turkish",
    "saudi",
    "palestinian",
    "afghan",
    "pakistani",
    "australian",
    "italian",
    "spanish",
    "cuban",
    "brazilian",
    "vietnamese",
    "taiwanese",
    "singaporean",
    "western",
    "eastern",
    "northern",
    "southern",
    "muslim",
    "christian",
    "jewish",
    "catholic",
    "hispanic",
    "latino",
    "black",
    "white",
}

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

# Capitalised words that start sentences or headings but never names.
NOT_NAMES = {
    "the",
    "a",
    "an",
    "but",
    "and",
    "or",
    "however",
    "meanwhile",
    "in",
    "on",
    "at",
    "for",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "if",
    "when",
    "while",
    "after",
    "before",
    "as",
    "so",
    "yet",
    "still",
    "also",
    "then",
    "now",
    "what",
    "why",
    "how",
    "who",
    "where",
    "which",
    "some",
    "many",
    "most",
    "all",
    "no",
    "not",
    "one",
    "two",
    "three",
    "more",
    "less",
    "other",
    "another",
    "such",
    "both",
    "each",
    "every",
    "any",
    "to",
    "of",
    "by",
    "with",
    "from",
    "about",
    "over",
    "under",
    "since",
    "because",
    "although",
    "though",
    "even",
    "just",
    "only",
    "here",
    "senior",
    "asked",
    "speaking",
    "according",
    "despite",
    "during",
    "until",
    "unless",
    "mr",
    "mrs",
    "ms",
    "dr",
    "yes",
    "oh",
    "well",
    "instead",
    "indeed",
    "last",
    "next",
    "first",
    "later",
    "earlier",
    "today",
    "yesterday",
    "tomorrow",
    "reducing",
    "declining",
    "frustrated",
    "tariffs",
    "talks",
    "trade",
    "see",
    "read",
    "watch",
    "related",
    "update",
    "updated",
    "editor",
    "note",
    "q",
}

# Forms of a first name by which people are known, to the formal form a record keeps.
NICKNAMES = {
    "bob": "robert",
    "bobby": "robert",
    "rob": "robert",
    "robbie": "robert",
    "bill": "william",
    "billy": "william",
    "will": "william",
    "willie": "william",
    "liam": "william",
    "mike": "michael",
    "mickey": "michael",
    "jim": "james",
    "jimmy": "james",
    "jamie": "james",
    "joe": "joseph",
    "joey": "joseph",
    "tom": "thomas",
    "tommy": "thomas",
    "dick": "richard",
    "rick": "richard",
    "ricky": "richard",
    "rich": "richard",
    "ted": "edward",
    "ed": "edward",
    "eddie": "edward",
    "ned": "edward",
    "tony": "anthony",
    "chuck": "charles",
    "charlie": "charles",
    "chris": "christopher",
    "dan": "daniel",
    "danny": "daniel",
    "dave": "david",
    "davy": "david",
    "steve": "steven",
    "stevie": "steven",
    "matt": "matthew",
    "nick": "nicholas",
    "pat": "patrick",
    "pete": "peter",
    "sam": "samuel",
    "tim": "timothy",
    "andy": "andrew",
    "drew": "andrew",
    "alex": "alexander",
    "ben": "benjamin",
    "greg": "gregory",
    "jeff": "jeffrey",
    "jerry": "gerald",
    "larry": "lawrence",
    "ron": "ronald",
    "ronnie": "ronald",
    "don": "donald",
    "donnie": "donald",
    "ken": "kenneth",
    "kenny": "kenneth",
    "fred": "frederick",
    "hank": "henry",
    "harry": "henry",
    "jack": "john",
    "johnny": "john",
    "jon": "jonathan",
    "kate": "katherine",
    "katie": "katherine",
    "kathy": "katherine",
    "cathy": "catherine",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "betsy": "elizabeth",
    "betty": "elizabeth",
    "libby": "elizabeth",
    "peggy": "margaret",
    "maggie": "margaret",
    "meg": "margaret",
    "sue": "susan",
    "susie": "susan",
    "jenny": "jennifer",
    "jen": "jennifer",
    "becky": "rebecca",
    "debbie": "deborah",
    "deb": "deborah",
    "patty": "patricia",
    "trish": "patricia",
    "vicky": "victoria",
    "nancy": "ann",
    "sandy": "sandra",
    "cindy": "cynthia",
    "abby": "abigail",
    "mitch": "mitchell",
    "walt": "walter",
    "phil": "philip",
    "ray": "raymond",
    "stan": "stanley",
    "vince": "vincent",
    "wally": "wallace",
    "zach": "zachary",
    "josh": "joshua",
    "nate": "nathan",
    "jake": "jacob",
    "gene": "eugene",
    "al": "albert",
    "ernie": "ernest",
    "herb": "herbert",
}

_MALE = (
    "aaron adam alan albert alexander andrew anthony arthur austin barack ben benjamin bernard "
    "bernie bill billy bob bobby brad bradley brandon brett brian bruce carl carlos chad charles "
    "charlie chris christopher chuck clarence colin craig dan daniel darren dave david dennis "
    "dick don donald doug douglas dwight ed eddie edward elijah emmanuel eric ernest eugene frank "
    "fred frederick gary gavin gene geoff geoffrey george gerald gordon greg gregory harold harry "
    "henry howard ian jack jacob jake james jared jason jay jeb jeff jeffrey jeremy jerome jerry "
    "jim jimmy joe joel john johnny jon jonathan jose joseph josh joshua juan justin keith ken "
    "kenneth kevin larry lawrence lee leon lindsey louis luis marco mark martin "
    "matt matthew max michael mike mitch mitchell mohammed muhammad narendra nathan neil nicholas "
    "nick nigel olaf oliver patrick paul pete peter phil philip rahm ralph rand randy ray raymond "
    "reince richard rick robert rod rodrigo roger ron ronald roy rudy russell ryan sam samuel "
    "scott sean sergei shinzo sonny stanley stephen steve steven stuart ted terry thomas tim "
    "timothy todd tom tony travis vladimir walter wayne wilbur will william zachary "
    "boris emmanuel justin recep benjamin bashar hassan jair jens jeffrey "
)
_FEMALE = (
    "abigail alexandria alice alicia amanda amy andrea angela ann anna anne barbara betsy betty "
    "beth brenda carly carol carolyn carrie catherine cathy charlotte cheryl christine christina "
    "claire cynthia deborah debbie debra diana diane donna dorothy elaine elena elizabeth ellen "
    "emily emma eva frances gina gloria hannah heather helen hillary ilhan irene ivanka jacqueline "
    "jane janet janice jean jennifer jessica jill joan joanna jodi joni judith judy julia julie "
    "karen kate katherine kathleen kathryn kathy kay kayleigh kelly kellyanne kim kirsten "
    "kristen laura lauren linda lisa liz lori louise lynn margaret maria marie marsha martha mary "
    "megan melania melissa michele michelle nancy nicola nikki olivia pamela patricia patty "
    "paula rachel rebecca rose ruth sally sandra sara sarah sharon shirley sonia stephanie sue "
    "susan susana tammy teresa theresa tulsi valerie victoria virginia wendy carrie theresa "
    "angela ursula jacinda christine sanna tsai ingrid mia anita"
)
# More common US given names: US political news names everyone by first and last name.
_MORE_MALE = (
    "aaron adam alan albert alex alexander allen anderson andre andy anthony antonio arnold "
    "arthur austin barry ben bernie beto bill billy blake bob bobby brad bradley brandon bret "
    "brett brian bruce bryan byron calvin carl carlos cecil chad charles charlie chester chris "
    "christian chuck clarence claude clifford cody cole colin corey cory craig curtis dale dan "
    "daniel danny darrell darren dave david dean dennis derek devin dick don doug douglas duane "
    "dustin dwight earl ed eddie edgar edward edwin eli elijah eliot elliot eric ernest eugene "
    "evan everett ezra floyd francis frank franklin gabriel garrett gilbert glen glenn hank "
    "harvey herbert herman hugh isaac ivan jamie jeremiah jesse jimmy joey jorge julian julius "
    "karl kurt kyle lamar lance leonard leroy lester lewis lindsay lloyd lonnie lou lowell luke "
    "lyle malcolm manuel marcus mario marshall marvin maurice melvin merrick micah miguel "
    "milton mitt morris nate neal ned newt noah norman orrin oscar otis owen pedro perry preet "
    "preston quentin rafael ramon randall reggie ricardo ricky rob robbie rodney roland ruben "
    "rudolph russ salvador seth shane shawn sidney simon spencer stan steny stewart tanner "
    "terrence theodore tobias trent trevor trey troy tucker tyler vernon victor vince vincent "
    "wallace wesley willard willie winston xavier zach "
)
_MORE_FEMALE = (
    "alexis allison ashley becky beverly bonnie brittany carmen cecilia connie courtney crystal "
    "dana danielle darlene dawn deb debbie denise dianne dolores doris edith eileen eleanor "
    "ella elsa erica erin esther eunice evelyn florence gail gayle gladys gwen gwendolyn hazel "
    "heidi holly hope huma ida inez jackie janine jeanette jeanne jen jenny jo josephine joy "
    "joyce juanita kamala kara katie katrina katy kellyanne krista kristi kristin kristina "
    "krystal leah lena leslie lillian lily lois loretta lorraine lucia lucille lucy lydia "
    "madeline marcia margo marilyn marjorie marlene maureen maxine megyn melinda mika mildred "
    "miriam molly monica nadia naomi natalie nellie nina nora norah olga omarosa paige pauline "
    "pearl peggy penny phyllis priscilla regina renee rhonda rita rosa rosemary roxanne sabrina "
    "samantha savannah shannon sheila sherry sheryl stacey stacy stella sylvia tamara tanya "
    "tara thelma tiffany tina tracey tracy vanessa vera vicki vivian wanda yolanda yvonne zoe "
)
FIRST_NAMES: dict[str, str] = {n: "m" for n in _MALE.split()}
FIRST_NAMES.update({n: "f" for n in _FEMALE.split()})
FIRST_NAMES.update({n: "m" for n in _MORE_MALE.split() if n not in FIRST_NAMES})
FIRST_NAMES.update({n: "f" for n in _MORE_FEMALE.split() if n not in FIRST_NAMES})

# Prominent public figures, so that "Trump" in an article that never says "Donald" is still
# Donald Trump. Each: canonical name, gender, the roles by which prose refers to them.
PUBLIC_FIGURES: list[tuple[str, str, tuple[str, ...]]] = [
    ("Donald Trump", "m", ("president", "us president", "republican nominee")),
    ("Barack Obama", "m", ("president", "us president")),
    ("Joe Biden", "m", ("president", "vice president")),
    ("Hillary Clinton", "f", ("secretary of state", "democratic nominee")),
    ("Bill Clinton", "m", ("former president",)),
    ("George W. Bush", "m", ("former president",)),
    ("Jeb Bush", "m", ("former governor",)),
    ("Kamala Harris", "f", ("vice president",)),
    ("Mike Pence", "m", ("vice president", "governor")),
    ("Bernie Sanders", "m", ("senator",)),
    ("Ted Cruz", "m", ("senator",)),
    ("Marco Rubio", "m", ("senator", "secretary of state")),
    ("John Kasich", "m", ("governor",)),
    ("Ben Carson", "m", ("neurosurgeon",)),
    ("Carly Fiorina", "f", ()),
    ("Chris Christie", "m", ("governor",)),
    ("Rand Paul", "m", ("senator",)),
    ("Mike Huckabee", "m", ("former governor",)),
    ("Martin O'Malley", "m", ("former governor",)),
    ("Scott Walker", "m", ("governor",)),
    ("Rick Perry", "m", ("former governor",)),
    ("Lindsey Graham", "m", ("senator",)),
    ("John Kerry", "m", ("secretary of state",)),
    ("Paul Ryan", "m", ("speaker", "house speaker")),
    ("John Boehner", "m", ("speaker", "house speaker")),
    ("Nancy Pelosi", "f", ("speaker", "house speaker", "minority leader")),
    ("Mitch McConnell", "m", ("majority leader", "senate majority leader")),
    ("Harry Reid", "m", ("minority leader", "majority leader")),
    ("Chuck Schumer", "m", ("minority leader", "majority leader")),
    ("Elizabeth Warren", "f", ("senator",)),
    ("John McCain", "m", ("senator",)),
    ("Tim Kaine", "m", ("senator",)),
    ("Reince Priebus", "m", ("chairman", "chief of staff")),
    ("Kellyanne Conway", "f", ("campaign manager", "adviser")),
    ("Steve Bannon", "m", ("strategist",)),
    ("Steven Mnuchin", "m", ("treasury secretary",)),
    ("Wilbur Ross", "m", ("commerce secretary",)),
    ("Robert Lighthizer", "m", ("trade representative",)),
    ("Mike Pompeo", "m", ("secretary of state",)),
    ("Rex Tillerson", "m", ("secretary of state",)),
    ("Sonny Perdue", "m", ("agriculture secretary",)),
    ("Larry Kudlow", "m", ("economic adviser",)),
    ("Peter Navarro", "m", ("trade adviser",)),
    ("Xi Jinping", "m", ("president", "chinese president")),
    ("Liu He", "m", ("vice-premier", "vice premier")),
    ("Li Keqiang", "m", ("premier",)),
    ("Vladimir Putin", "m", ("president", "russian president")),
    ("Angela Merkel", "f", ("chancellor",)),
    ("Emmanuel Macron", "m", ("president", "french president")),
    ("Theresa May", "f", ("prime minister",)),
    ("Boris Johnson", "m", ("prime minister",)),
    ("David Cameron", "m", ("prime minister",)),
    ("Benjamin Netanyahu", "m", ("prime minister",)),
    ("Shinzo Abe", "m", ("prime minister",)),
    ("Justin Trudeau", "m", ("prime minister",)),
    ("Narendra Modi", "m", ("prime minister",)),
    ("Kim Jong Un", "m", ("leader",)),
    ("Recep Tayyip Erdogan", "m", ("president",)),
    ("Bashar al-Assad", "m", ("president",)),
    ("Hassan Rouhani", "m", ("president",)),
    ("Carrie Lam", "f", ("chief executive",)),
    ("Pope Francis", "m", ("pope",)),
    ("Loretta Lynch", "f", ("attorney general",)),
    ("Jeff Sessions", "m", ("attorney general", "senator")),
    ("James Comey", "m", ("fbi director", "director")),
    ("Robert Mueller", "m", ("special counsel",)),
    ("Janet Yellen", "f", ("fed chair", "treasury secretary")),
    ("Jerome Powell", "m", ("fed chairman", "fed chair")),
    ("Josh Earnest", "m", ("press secretary",)),
    ("Sean Spicer", "m", ("press secretary",)),
    ("Sarah Sanders", "f", ("press secretary",)),
    ("John Podesta", "m", ("campaign chairman",)),
    ("Robby Mook", "m", ("campaign manager",)),
    ("Corey Lewandowski", "m", ("campaign manager",)),
    ("Paul Manafort", "m", ("campaign chairman",)),
    ("Debbie Wasserman Schultz", "f", ("chairwoman",)),
    ("Ashton Carter", "m", ("defense secretary",)),
    ("Jim Mattis", "m", ("defense secretary",)),
]


NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a dozen": 12,
    "dozen": 12,
}

# --- figures written in words (``numbers``): the words a number spelt out is made of ---
# Cardinals as number-parser's English tables hold them (its parser reads their combinations);
# ordinals ("first", "second") are no figures in prose and are left out on purpose.
CARDINAL_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
CARDINAL_TEENS = (
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
)  # fmt: skip
CARDINAL_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
CARDINAL_SCALES = ("hundred", "thousand", "million", "billion", "trillion")
# "two-thirds", "a quarter of": the denominators a fraction is written with, as divisors
FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}  # fmt: skip
# Words before a spelt-out number that make it a reference to things already named, not a
# figure: "the two leaders", "both sides", "all three networks", "his two sons".
NUMBER_REFERENCE_WORDS = frozenset(
    {"the", "these", "those", "both", "all", "his", "her", "their", "its", "our", "my",
     "your", "whose", "each", "every", "other", "first", "last", "next", "same", "top"}
)  # fmt: skip

# Words after "one day" that make it a span of time ("one day after the vote"), not the idiom
# ("one day, he ...", "could one day win").
SPAN_WORDS = frozenset({"after", "before", "later", "earlier", "ahead", "since", "ago", "long"})

# --- days relative to the article's date (``quantities``) ------------------------------
# How many days from the article's date each word is.
RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
# Named days that are no day of this week: "Super Tuesday", "Black Friday", "Good Friday".
NAMED_WEEKDAYS = frozenset(
    {"super", "black", "cyber", "good", "ash", "bloody", "easter", "palm", "shrove", "holy",
     "fat", "giving", "small", "maundy", "whit", "mad", "manic", "freaky", "casual",
     "throwback", "fake"}
)  # fmt: skip
