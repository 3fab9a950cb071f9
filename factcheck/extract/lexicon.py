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
    "begin began begins",
    "go went goes",
)

# Cues that only make sense with a clause after them ("X added that ..."), never as a bare verb
# before an object: "he continued" alone is narration, "continued: '...'" is a quote.
NEEDS_THAT_OR_QUOTE = {
    "continue", "begin", "go", "agree", "charge", "signal", "indicate", "report", "announce",
    "confirm", "deny", "reveal", "disclose", "estimate", "recall", "repeat", "reiterate",
    "state", "promise", "pledge", "vow", "boast", "stress", "emphasize", "tout", "ask",
    "answer", "reply", "respond", "post", "comment", "remark", "observe", "hint", "testify",
    "conclude", "maintain",
}

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
)

TWEET_CUES = {"tweet", "post"}
TWEET_PLACES = ("twitter", "on x", "tweet", "facebook", "instagram", "truth social", "social media")

AUXILIARIES = {
    "is", "are", "was", "were", "be", "been", "being", "am",
    "will", "would", "can", "could", "should", "shall", "may", "might", "must",
    "has", "have", "had", "does", "do", "did", "won't", "wouldn't", "can't", "couldn't",
    "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't",
    "don't", "didn't", "shouldn't", "won’t", "can’t", "isn’t", "wasn’t", "don’t",
    "didn’t", "doesn’t", "hasn’t", "haven’t", "wouldn’t", "couldn’t", "shouldn’t",
    "needs", "need", "wants", "want", "plans", "intends", "hopes", "expects", "remains",
    "seems", "appears", "knows", "thinks", "believes", "feels", "means", "makes", "gets",
    "goes", "comes", "takes", "gives", "looks", "says", "lacks", "owes", "faces",
}

PRONOUNS = {
    "he": "m", "she": "f", "they": "p", "it": "n", "we": "p", "i": None, "you": None,
}
SUBJECT_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "there", "this", "that", "these",
                    "those", "nobody", "everyone", "everybody", "somebody", "someone", "none"}

# Words that can sit between a subject and its cue verb without being part of either.
ADVERBS = {
    "also", "again", "later", "previously", "repeatedly", "once", "often", "already", "even",
    "then", "now", "long", "still", "just", "first", "last", "further", "separately",
    "similarly", "privately", "publicly", "recently", "earlier", "subsequently", "never",
    "not", "has", "had", "have", "would", "will", "did", "does", "do", "could", "may", "might",
    "had", "too", "always", "frequently", "initially", "originally", "ultimately", "finally",
    "simply", "openly", "flatly", "bluntly", "reportedly", "allegedly", "apparently", "yesterday",
    "today", "tonight", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "recently", "late", "early", "is", "was", "were", "are", "be", "been",
    "being", "told", "himself", "herself", "themselves", "itself", "both", "all", "each",
}

TIME_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "yesterday", "today", "tonight", "tomorrow", "morning", "afternoon", "evening", "night",
    "week", "month", "year", "weekend", "earlier", "later", "last", "next", "this",
}

# Words that open a clause: a subject noun phrase never runs back past one of these.
CLAUSE_OPENERS = {
    "that", "and", "but", "or", "as", "while", "because", "when", "after", "before", "although",
    "though", "if", "since", "so", "where", "which", "who", "whom", "whose", "whereas", "until",
    "unless", "than", "whether", "nor", "yet", "what", "how", "why", "said", "says", "told",
}

SENTENCE_ADVERBS = {
    "however", "but", "and", "meanwhile", "still", "yet", "also", "later", "earlier", "then",
    "instead", "separately", "indeed", "moreover", "furthermore", "nonetheless", "nevertheless",
    "in", "on", "at", "so", "now", "thus", "besides", "overall", "finally", "first", "second",
    "again", "elsewhere", "similarly", "likewise", "otherwise", "today", "yesterday", "there",
    "here", "for", "asked", "speaking", "when", "while", "after", "before",
}

DETERMINERS = {"the", "a", "an", "one", "two", "three", "some", "several", "many", "most",
               "another", "other", "his", "her", "their", "its", "our", "this", "that", "these",
               "those", "both", "each", "every", "any", "no", "all", "few", "more", "multiple"}

PREPOSITIONS = {
    "of", "for", "to", "in", "on", "at", "by", "with", "from", "about", "into", "over", "after",
    "before", "during", "since", "under", "between", "among", "against", "without", "within",
    "through", "across", "via", "per", "near", "toward", "towards", "upon", "amid", "despite",
}

HONORIFICS = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
    "dr": None, "dr.": None, "prof": None, "prof.": None, "sir": "m", "dame": "f",
    "lord": "m", "lady": "f", "madam": "f", "mme": "f", "m.": "m",
}

# Words that make a capitalised run a title rather than a name ("Treasury Secretary").
TITLE_WORDS = {
    "president", "vice", "vice-president", "secretary", "minister", "vice-minister", "premier",
    "vice-premier", "prime", "chancellor", "senator", "sen", "sen.", "representative", "rep",
    "rep.", "congressman", "congresswoman", "governor", "gov", "gov.", "lt", "lt.", "mayor",
    "chief", "executive", "deputy", "assistant", "under", "undersecretary", "ambassador", "envoy",
    "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "director",
    "commissioner", "judge", "justice", "general", "gen", "gen.", "admiral", "adm", "adm.",
    "colonel", "col", "col.", "captain", "capt", "capt.", "sergeant", "sgt", "sgt.", "officer",
    "attorney", "counsel", "speaker", "leader", "whip", "king", "queen", "prince", "princess",
    "pope", "bishop", "archbishop", "cardinal", "rabbi", "imam", "reverend", "rev", "rev.",
    "ceo", "cfo", "coo", "founder", "co-founder", "economist", "analyst", "professor",
    "trade", "treasury", "commerce", "state", "defense", "defence", "justice", "agriculture",
    "energy", "labor", "labour", "education", "health", "interior", "transportation",
    "homeland", "security", "foreign", "affairs", "finance", "economy", "home", "war",
    "department", "ministry", "office", "council", "national", "federal", "white", "house",
    "senate", "us", "u.s.", "u.s", "uk", "eu", "un", "former", "acting", "interim", "incoming",
    "outgoing", "republican", "democratic", "democrat", "independent", "presidential",
    "candidate", "nominee", "hopeful", "majority", "minority", "house", "senior", "top",
    "campaign", "manager", "adviser", "advisor", "aide", "strategist", "pollster", "press",
    "administrator", "head", "official", "negotiator", "chief-of-staff", "staff", "of",
    "for", "the", "and", "first", "lady", "supreme", "court", "attorney-general", "mp", "mep",
    "emir", "sheikh", "crown", "dalai", "lama", "vice-chairman", "vice-chair", "board",
    "delegate", "delegation", "commander", "agency", "bureau", "representatives",
}

# Words that end a capitalised run naming an organisation.
ORG_WORDS = {
    "department", "ministry", "office", "agency", "administration", "committee", "commission",
    "council", "party", "campaign", "association", "institute", "university", "inc", "inc.",
    "corp", "corp.", "co", "co.", "ltd", "ltd.", "group", "bank", "fund", "union", "court",
    "congress", "senate", "house", "parliament", "government", "network", "news", "times",
    "post", "journal", "reuters", "bloomberg", "press", "foundation", "center", "centre",
    "board", "bureau", "service", "services", "company", "corporation", "authority", "police",
    "army", "navy", "force", "forces", "pentagon", "kremlin", "cabinet", "federation", "league",
    "organization", "organisation", "coalition", "alliance", "caucus", "tribunal", "reserve",
    "exchange", "commission", "chamber", "embassy", "consulate", "council", "secretariat",
    "politburo", "assembly", "legislature", "fed", "cnn", "cnbc", "msnbc", "fox", "bbc", "nbc",
    "abc", "cbs", "npr", "pbs", "afp", "ap", "xinhua", "twitter", "facebook", "google",
    "white", "pac", "foundation", "project", "institution",
}

# Bare organisations that speak without a capitalised run ("the White House said").
KNOWN_ORGS = {
    "white house": "White House", "pentagon": "Pentagon", "kremlin": "Kremlin",
    "state department": "State Department", "justice department": "Justice Department",
    "commerce ministry": "Commerce Ministry", "foreign ministry": "Foreign Ministry",
    "treasury": "Treasury", "congress": "Congress", "senate": "Senate", "fbi": "FBI",
    "cia": "CIA", "un": "United Nations", "united nations": "United Nations", "nato": "NATO",
    "european union": "European Union", "eu": "European Union", "imf": "IMF",
    "world bank": "World Bank", "wto": "WTO", "federal reserve": "Federal Reserve",
    "fed": "Federal Reserve", "rnc": "RNC", "dnc": "DNC", "gop": "Republican Party",
    "downing street": "Downing Street", "élysée": "Élysée", "elysee": "Élysée",
    "supreme court": "Supreme Court", "xinhua": "Xinhua", "reuters": "Reuters",
}

# Countries and the capitals that stand for their governments ("Beijing said").
COUNTRIES: dict[str, str] = {
    "china": "China", "beijing": "China", "united states": "United States", "us": "United States",
    "u.s.": "United States", "america": "United States", "washington": "United States",
    "russia": "Russia", "moscow": "Russia", "japan": "Japan", "tokyo": "Japan",
    "north korea": "North Korea", "pyongyang": "North Korea", "south korea": "South Korea",
    "seoul": "South Korea", "britain": "United Kingdom", "united kingdom": "United Kingdom",
    "uk": "United Kingdom", "london": "United Kingdom", "france": "France", "paris": "France",
    "germany": "Germany", "berlin": "Germany", "iran": "Iran", "tehran": "Iran",
    "israel": "Israel", "india": "India", "new delhi": "India", "pakistan": "Pakistan",
    "islamabad": "Pakistan", "mexico": "Mexico", "canada": "Canada", "ottawa": "Canada",
    "taiwan": "Taiwan", "taipei": "Taiwan", "hong kong": "Hong Kong", "singapore": "Singapore",
    "ukraine": "Ukraine", "kyiv": "Ukraine", "kiev": "Ukraine", "turkey": "Turkey",
    "ankara": "Turkey", "saudi arabia": "Saudi Arabia", "riyadh": "Saudi Arabia",
    "syria": "Syria", "damascus": "Syria", "iraq": "Iraq", "baghdad": "Iraq", "egypt": "Egypt",
    "cairo": "Egypt", "brazil": "Brazil", "brasilia": "Brazil", "australia": "Australia",
    "canberra": "Australia", "italy": "Italy", "rome": "Italy", "spain": "Spain",
    "madrid": "Spain", "cuba": "Cuba", "havana": "Cuba", "venezuela": "Venezuela",
    "caracas": "Venezuela", "vietnam": "Vietnam", "hanoi": "Vietnam", "brussels": "European Union",
    "indonesia": "Indonesia", "jakarta": "Indonesia", "malaysia": "Malaysia",
    "philippines": "Philippines", "manila": "Philippines", "thailand": "Thailand",
    "bangkok": "Thailand", "afghanistan": "Afghanistan", "kabul": "Afghanistan",
}
# Capital cities as metonyms are only trusted when they speak (subject of a cue).

NATIONALITIES = {
    "american", "chinese", "russian", "japanese", "korean", "british", "french", "german",
    "iranian", "israeli", "indian", "mexican", "canadian", "european", "african", "asian",
    "arab", "syrian", "iraqi", "ukrainian", "turkish", "saudi", "palestinian", "afghan",
    "pakistani", "australian", "italian", "spanish", "cuban", "brazilian", "vietnamese",
    "taiwanese", "singaporean", "western", "eastern", "northern", "southern", "muslim",
    "christian", "jewish", "catholic", "hispanic", "latino", "black", "white",
}

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

# Capitalised words that start sentences or headings but never names.
NOT_NAMES = {
    "the", "a", "an", "but", "and", "or", "however", "meanwhile", "in", "on", "at", "for",
    "it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there",
    "his", "her", "their", "its", "our", "my", "your", "if", "when", "while", "after",
    "before", "as", "so", "yet", "still", "also", "then", "now", "what", "why", "how", "who",
    "where", "which", "some", "many", "most", "all", "no", "not", "one", "two", "three",
    "more", "less", "other", "another", "such", "both", "each", "every", "any", "to", "of",
    "by", "with", "from", "about", "over", "under", "since", "because", "although",
    "though", "even", "just", "only", "here", "senior", "asked", "speaking", "according",
    "despite", "during", "until", "unless", "mr", "mrs", "ms", "dr", "yes", "oh", "well",
    "instead", "indeed", "last", "next", "first", "later", "earlier", "today", "yesterday",
    "tomorrow", "reducing", "declining", "frustrated", "tariffs", "talks", "trade",
    "see", "read", "watch", "related", "update", "updated", "editor", "note", "q", "a",
}

# Forms of a first name by which people are known, to the formal form a record keeps.
NICKNAMES = {
    "bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert", "bill": "william",
    "billy": "william", "will": "william", "willie": "william", "liam": "william",
    "mike": "michael", "mickey": "michael", "jim": "james", "jimmy": "james", "jamie": "james",
    "joe": "joseph", "joey": "joseph", "tom": "thomas", "tommy": "thomas", "dick": "richard",
    "rick": "richard", "ricky": "richard", "rich": "richard", "ted": "edward", "ed": "edward",
    "eddie": "edward", "ned": "edward", "tony": "anthony", "chuck": "charles",
    "charlie": "charles", "chris": "christopher", "dan": "daniel", "danny": "daniel",
    "dave": "david", "davy": "david", "steve": "steven", "stevie": "steven",
    "matt": "matthew", "nick": "nicholas", "pat": "patrick", "pete": "peter", "sam": "samuel",
    "tim": "timothy", "andy": "andrew", "drew": "andrew", "alex": "alexander",
    "ben": "benjamin", "greg": "gregory", "jeff": "jeffrey", "jerry": "gerald",
    "larry": "lawrence", "ron": "ronald", "ronnie": "ronald", "don": "donald",
    "donnie": "donald", "ken": "kenneth", "kenny": "kenneth", "fred": "frederick",
    "hank": "henry", "harry": "henry", "jack": "john", "johnny": "john", "jon": "jonathan",
    "kate": "katherine", "katie": "katherine", "kathy": "katherine", "cathy": "catherine",
    "liz": "elizabeth", "beth": "elizabeth", "betsy": "elizabeth", "betty": "elizabeth",
    "libby": "elizabeth", "peggy": "margaret", "maggie": "margaret", "meg": "margaret",
    "sue": "susan", "susie": "susan", "jenny": "jennifer", "jen": "jennifer",
    "becky": "rebecca", "debbie": "deborah", "deb": "deborah", "patty": "patricia",
    "trish": "patricia", "vicky": "victoria", "nancy": "ann", "sandy": "sandra",
    "cindy": "cynthia", "abby": "abigail", "mitch": "mitchell", "walt": "walter",
    "phil": "philip", "ray": "raymond", "stan": "stanley", "vince": "vincent",
    "wally": "wallace", "zach": "zachary", "josh": "joshua", "nate": "nathan",
    "jake": "jacob", "gene": "eugene", "al": "albert", "ernie": "ernest", "herb": "herbert",
}

_MALE = (
    "aaron adam alan albert alexander andrew anthony arthur austin barack ben benjamin bernard "
    "bernie bill billy bob bobby brad bradley brandon brett brian bruce carl carlos chad charles "
    "charlie chris christopher chuck clarence colin craig dan daniel darren dave david dennis "
    "dick don donald doug douglas dwight ed eddie edward elijah emmanuel eric ernest eugene frank "
    "fred frederick gary gavin gene geoff geoffrey george gerald gordon greg gregory harold harry "
    "henry howard ian jack jacob jake james jared jason jay jeb jeff jeffrey jeremy jerome jerry "
    "jim jimmy joe joel john johnny jon jonathan jose joseph josh joshua juan justin keith ken "
    "kenneth kevin kim-jong larry lawrence lee leon lindsey liu louis luis marco mark martin "
    "matt matthew max michael mike mitch mitchell mohammed muhammad narendra nathan neil nicholas "
    "nick nigel olaf oliver patrick paul pete peter phil philip rahm ralph rand randy ray raymond "
    "reince richard rick robert rod rodrigo roger ron ronald roy rudy russell ryan sam samuel "
    "scott sean sergei shinzo sonny stanley stephen steve steven stuart ted terry thomas tim "
    "timothy todd tom tony travis vladimir walter wayne wilbur will william xi yang zachary "
    "boris emmanuel justin recep benjamin bashar hassan jair moon jens wang li jeffrey "
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
FIRST_NAMES: dict[str, str] = {n: "m" for n in _MALE.split()}
FIRST_NAMES.update({n: "f" for n in _FEMALE.split()})

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

MALE_PRONOUN_WORDS = {"he", "him", "his", "himself"}
FEMALE_PRONOUN_WORDS = {"she", "her", "hers", "herself"}

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12,
}
