"""Lexicons for quote attribution, kept as data: speech verbs, quotation marks, role and body nouns.

Every entry is lower case and matched against spaCy lemmas (verbs, nouns) or lower-cased token text.
"""

from __future__ import annotations

# The communication verbs, matched by lemma. The class is that of verbs whose subject passes on a message
# (Levin's "verbs of communication": the say, tell, complain, advise, promise and assertion verbs, 37.1-37.9
# and 48), plus the verbs of finding and ruling that courts and studies report with, and the posting verbs of
# the web. A verb of thinking or feeling (believe, think, hope, fear) is not one: nothing was communicated.
#
# REPORTING_VERBS take what was said as a clause ("X said (that) ...", "..., X said"):
REPORTING_VERBS = frozenset({
    # say verbs
    "say", "tell", "add", "state", "announce", "declare", "proclaim", "mention", "note", "observe", "remark",
    "comment", "explain", "report", "reveal", "disclose", "write", "tweet", "post", "blog", "reply", "respond",
    "answer", "retort", "counter", "point", "recall", "reiterate", "repeat", "continue", "testify", "inform", "notify",
    "brief", "confide", "whisper", "shout", "cry", "exclaim", "joke", "quip", "recount", "remind",
    "elaborate", "divulge", "posit", "theorise", "theorize", "hypothesise", "hypothesize",
    # assertion verbs
    "claim", "assert", "allege", "insist", "maintain", "argue", "contend", "affirm", "reaffirm", "aver",
    "stress", "emphasise", "emphasize", "underline", "underscore", "deny", "dispute", "confirm", "acknowledge",
    "admit", "concede", "agree", "accept", "indicate", "suggest", "hint", "imply", "intimate", "signal",
    "speculate", "boast", "complain", "lament", "protest", "object", "concur", "assure", "reassure", "certify",
    "attest", "specify", "stipulate",
    # predicting, warning, promising
    "warn", "caution", "predict", "forecast", "estimate", "project", "promise", "pledge", "vow", "swear",
    "guarantee", "threaten", "commit",
    # finding and ruling
    "conclude", "find", "rule", "establish", "determine", "decree", "deem", "identify",
})
# Verbs of asking, urging, instructing and proposing: what was asked for is reported speech too ("urged
# residents to leave", "called for an inquiry", "asked the court to delay its ruling", "directed the committees
# to ...", "proposed that ..."). "Ordered" is not one: in news it is mostly an act (a court's or a government's
# order), not words.
DIRECTIVE_VERBS = frozenset({
    "ask", "urge", "request", "demand", "appeal", "plead", "beg", "call", "propose", "recommend", "advise",
    "press", "instruct", "direct",
})
# Verbs that frame a quoted fragment as someone's words ("called the deal 'a historic step'").
FRAGMENT_VERBS = frozenset({
    "call", "describe", "characterise", "characterize", "term", "label", "brand", "dub", "refer", "deem",
    "dismiss", "hail", "praise", "criticise", "criticize", "condemn", "accuse", "welcome", "slam", "blast",
    "defend", "attack", "reject", "cite", "speak", "quote", "read",
})
# Every verb that introduces what someone said, direct or reported.
SPEECH_VERBS = REPORTING_VERBS | DIRECTIVE_VERBS | FRAGMENT_VERBS
# Nouns of communication: "in a statement", "in an interview", "in remarks to", "a tweet said".
SPEECH_NOUNS = frozenset({
    "statement", "interview", "announcement", "tweet", "post", "remark", "remarks", "comment", "comments",
    "speech", "address", "briefing", "conference", "letter", "release", "communique", "communiqué", "message",
    "email", "testimony", "declaration", "op-ed", "column", "blog", "video", "broadcast", "podcast", "filing",
})
# Nouns naming a position someone takes about themselves or a cause: the object of "claimed", "announced",
# "declared" or "confirmed" is then what was said ("claimed responsibility", "announced his resignation").
# A plan, deal or investment announced is news of an act, not a statement, and is not one.
STANCE_NOUNS = frozenset({
    "responsibility", "credit", "intent", "intention", "candidacy", "candidature", "resignation", "retirement",
    "withdrawal", "innocence", "support", "opposition",
})
# Complementisers of an indirect question: "did not say whether ...", "asked if ..." report no statement.
QUESTION_MARKS = frozenset({"whether", "if"})

# Opening mark -> closing marks it pairs with. Straight marks pair with themselves.
QUOTE_PAIRS = {
    "“": "”", "„": "“”", "\"": "\"", "«": "»", "»": "«", "‹": "›", "‘": "’", "'": "'",
}
SINGLE_MARKS = frozenset("‘’'‹›")

# Words that make a quoted phrase a title or a scare quote, not speech, when they come right before it.
TITLE_CUES = frozenset({
    "titled", "entitled", "named", "dubbed", "so-called", "called", "known", "nicknamed", "headlined",
    "film", "book", "novel", "song", "album", "act", "law", "bill", "programme", "program", "show",
    "series", "report", "campaign", "operation", "slogan", "motto", "hashtag", "term", "word", "phrase",
})

# Nouns naming a role a person holds; they are stripped off a name into the speaker's role.
PERSON_ROLES = frozenset({
    "minister", "president", "secretary", "director", "mayor", "councillor", "councilor", "councilwoman",
    "councilman", "councilmember", "judge", "attorney", "prosecutor", "lawyer", "general", "chief",
    "executive", "officer", "manager", "captain", "striker", "defender", "goalkeeper", "coach", "player",
    "spokesperson", "spokesman", "spokeswoman", "official", "senator", "governor", "representative",
    "rep", "sen", "gov", "chairman", "chairwoman", "chair", "chairperson", "leader", "premier",
    "chancellor", "ambassador", "envoy", "commissioner", "inspector", "superintendent", "sheriff",
    "detective", "sergeant", "lieutenant", "colonel", "major", "admiral", "commandant", "commander", "king", "queen",
    "prince", "princess", "pope", "bishop", "archbishop", "cardinal", "father", "rabbi", "imam",
    "professor", "prof", "dr", "doctor", "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady",
    "founder", "ceo", "cfo", "coo", "treasurer", "auditor", "solicitor", "clerk", "registrar", "analyst", "economist", "scientist", "researcher", "psychiatrist",
    "glaciologist", "forecaster", "head", "deputy", "vice", "assistant", "acting", "former", "interim",
    "senior", "junior", "prime", "foreign", "defence", "defense", "interior", "finance", "health",
    "housing", "justice", "district", "state", "trade", "education", "schools", "home", "opposition",
    "mp", "lawmaker", "legislator", "congressman", "congresswoman", "speaker", "counterpart", "author",
    "professor", "editor", "reporter", "correspondent", "presenter", "partner", "owner", "employee",
    "worker", "member", "candidate", "nominee", "negotiator", "adviser", "advisor", "consultant",
    "physician", "surgeon", "nurse", "teacher", "principal", "student", "resident", "farmer",
    "economist", "strategist", "historian", "expert", "specialist", "activist", "campaigner",
    "organiser", "organizer", "volunteer", "witness", "victim", "survivor", "son", "daughter",
    "mother", "wife", "husband", "brother", "sister", "friend", "neighbour", "neighbor", "fan",
    "midfielder", "forward", "winger", "referee", "umpire", "champion", "veteran", "officer",
    # occupations that news puts before a name ("Chef Marta Ilves", "Pilot Ana Ruiz")
    "chef", "baker", "pilot", "engineer", "architect", "artist", "actor", "actress", "singer", "musician",
    "writer", "novelist", "poet", "photographer", "designer", "entrepreneur", "investor", "banker", "broker",
    "trader", "accountant", "pharmacist", "dentist", "paramedic", "firefighter", "soldier", "sailor",
    "fisherman", "fisher", "miner", "driver", "mechanic", "electrician", "plumber", "carpenter", "builder",
    "shopkeeper", "landlord", "tenant", "pastor", "priest", "reverend", "rev", "vicar", "midwife", "lecturer",
    "biologist", "chemist", "physicist", "geologist", "epidemiologist", "virologist", "meteorologist",
})

# Nouns naming a body; "the ministry" or "the council" refers to the last body whose name holds the noun.
BODY_NOUNS = frozenset({
    "ministry", "department", "council", "government", "agency", "bureau", "office", "commission",
    "committee", "authority", "administration", "organisation", "organization", "company", "firm",
    "group", "corporation", "bank", "court", "police", "army", "military", "navy", "forces", "force",
    "service", "party", "union", "board", "hospital", "university", "institute", "school", "charity",
    "foundation", "association", "federation", "coalition", "alliance", "club", "team", "embassy",
    "kremlin", "parliament", "senate", "congress", "assembly", "cabinet", "regulator", "watchdog",
    "trust", "fund", "network", "centre", "center", "council's", "body", "utility", "operator",
    "airline", "insurer", "lender", "retailer", "manufacturer", "maker", "producer", "studio", "division",
    "secretariat", "directorate", "inc", "ltd", "plc", "co", "corp", "llc", "league", "delegation",
    "consortium", "network", "tribunal", "prosecutors", "authorities", "statistics", "whitehall", "kft", "gmbh", "llp", "pty",
    "bhd", "srl", "ag", "sa", "nv", "bv",
})
# Legal forms that end a company's name: a name with one is never a person's.
COMPANY_FORMS = frozenset({"inc", "ltd", "plc", "co", "corp", "llc", "kft", "gmbh", "llp", "pty", "bhd", "srl", "ag",
                           "sa", "nv", "bv", "spa", "oy", "ab", "as", "sarl"})
# Generic body nouns that may refer to the last organisation speaker whatever its name.
GENERIC_BODY_NOUNS = frozenset({
    "organisation", "organization", "company", "firm", "group", "body", "charity", "agency", "team",
    "club", "government", "administration", "utility", "operator", "airline", "insurer", "lender",
    "retailer", "manufacturer", "maker", "producer", "institution",
})

# Nouns naming a document or statement that can "say" something.
DOCUMENT_NOUNS = frozenset({
    "statement", "report", "letter", "release", "communique", "communiqué", "filing", "ruling",
    "document", "documents", "memo", "note", "study", "survey", "analysis", "post", "tweet", "message",
    "notice", "declaration", "order", "judgment", "judgement", "website", "email", "transcript",
    "readout", "summary", "plan", "review", "assessment", "indictment", "complaint", "lawsuit",
    "affidavit", "records", "record", "data", "figures", "estimates", "minutes", "papers", "leaflet",
})

# Nouns for relaying outlets: "reported Indian news agency ANI", "told The Times".
OUTLET_NOUNS = frozenset({
    "newspaper", "paper", "daily", "broadcaster", "channel", "outlet", "media", "station", "radio",
    "television", "tv", "magazine", "journal", "tabloid", "news",
})
OUTLET_NAME_WORDS = frozenset({
    "times", "post", "news", "herald", "tribune", "journal", "guardian", "telegraph", "independent",
    "gazette", "express", "mail", "mirror", "observer", "chronicle", "standard", "press",
    "reuters", "tass", "ria", "interfax", "xinhua", "ani", "pti", "afp", "ap", "bbc", "cnn", "nbc", "abc",
    "cbs", "fox", "npr", "bloomberg", "politico", "axios", "kyodo", "yonhap", "anadolu", "sputnik",
    "aljazeera", "jazeera", "dpa", "efe", "ansa", "itv", "sky", "cbc", "rt", "tv", "radio", "wire",
    "magazine", "economist", "monitor", "review", "newsweek", "insider", "verge",
})

# Plural or unnamed people: a quote from them has no attributable speaker. An institution named only
# generically is a body, not anonymous people: "police said", "authorities said", "the government announced",
# "prosecutors said" give the body the article names ("Harbor City Police Department") or else the generic word
# ("police", "Hong Kong authorities"). Unnamed officials and sources stay unattributed ("officials said
# privately", "a police source"): they are people speaking for a body, not the body on the record.
ANONYMOUS_NOUNS = frozenset({
    "official", "officials", "source", "sources", "analyst", "analysts", "expert", "experts",
    "scientist", "scientists", "researcher", "researchers", "resident", "residents", "people", "person",
    "witness", "witnesses", "critic", "critics", "observer", "observers", "diplomat", "diplomats",
    "insider", "insiders", "charities", "campaigners", "activists", "economists", "investors",
    "traders", "doctors", "lawyers", "councillors", "councilors", "members", "lawmakers", "legislators",
    "politicians", "leaders", "protesters", "protestors", "voters", "parents", "teachers", "students",
    "workers", "employees", "staff", "others", "some", "many", "several", "supporters", "opponents",
    "fans", "locals", "villagers", "survivors", "victims", "families", "relatives", "neighbours",
    "neighbors", "organisers", "organizers", "rescuers", "police", "someone", "somebody",
    "one", "ministers", "aides", "aide", "advisers", "advisors", "spokespeople", "commentators",
})

PERSON_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
PLURAL_PRONOUNS = frozenset({"they", "them"})
THING_PRONOUNS = frozenset({"it"})
FIRST_PERSON = frozenset({"i", "we", "me", "us"})

# Words that tell a person's gender where they stand beside a name.
MALE_WORDS = frozenset({"mr", "sir", "lord", "king", "prince", "father", "son", "brother", "husband",
                        "his", "he", "him", "chairman", "spokesman", "councilman", "congressman"})
FEMALE_WORDS = frozenset({"mrs", "ms", "miss", "dame", "lady", "queen", "princess", "mother",
                          "daughter", "sister", "wife", "her", "she", "chairwoman", "spokeswoman",
                          "councilwoman", "congresswoman"})

# Confidence of an attribution by how the speaker was found.
CONFIDENCE = {
    "name": 0.95,
    "appos": 0.95,
    "surname": 0.9,
    "body": 0.85,
    "role": 0.8,
    "pronoun": 0.75,
    "continuation": 0.7,
    "neighbour": 0.5,
    "anonymous": 0.6,
    "none": 0.5,
}

_IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write", "found": "find",
    "read": "read", "reads": "read", "forecast": "forecast", "forecasts": "forecast", "spoke": "speak",
    "spoken": "speak", "swore": "swear", "sworn": "swear",
}
_DOUBLING = frozenset({"admit", "commit", "submit", "permit", "regret", "refer", "occur", "plan", "stop", "beg",
                       "blog", "rebut"})


def _inflections(verb: str) -> set[str]:
    forms = {verb}
    if verb.endswith("e"):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and verb[-2:-1] not in set("aeiou"):
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    elif verb.endswith(("s", "sh", "ch", "x")):
        forms |= {verb + "es", verb + "ed", verb + "ing"}
    else:
        forms |= {verb + "s", verb + "ed", verb + "ing"}
    if verb in _DOUBLING:
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


# Every inflected form of the speech verbs -> the verb's base form, for words read outside the parse.
VERB_FORMS: dict[str, str] = {
    form: verb for verb in sorted(SPEECH_VERBS | {"speak"})
    for form in _inflections(verb)
}
VERB_FORMS.update(_IRREGULAR)


def verb_lemma(word: str) -> str:
    """The base form of a speech verb form ("told" -> "tell"), or the lower-cased word itself."""
    low = word.lower()
    return VERB_FORMS.get(low, low)
