"""Word lists of attribution: verbs and nouns of saying, slogan cues, pronouns, and the
person nouns a definite description refers back with.  Used by :mod:`.attribution` and
re-exported there."""

from __future__ import annotations

# Lemmas of verbs that introduce direct or reported speech.  Collected from wire-service,
# NGO and government style guides' lists of attribution verbs plus the verbs that
# introduced quotes in our own test sentences; deliberately excludes verbs that commonly
# take quoted *names* ("call", "dub", "label") and chanting ("chant", "shout" slogans).
SPEECH_VERBS: frozenset[str] = frozenset({
    "say", "tell", "add", "state", "declare", "announce", "explain", "insist",
    "note", "warn", "write", "tweet", "post", "claim", "argue", "ask", "answer",
    "reply", "respond", "acknowledge", "admit", "affirm", "assert", "continue",
    "comment", "complain", "confirm", "contend", "demand", "deny", "describe",
    "emphasize", "emphasise", "estimate", "exclaim", "express", "urge", "plead",
    "promise", "vow", "pledge", "predict", "propose", "recall", "recount",
    "remark", "repeat", "report", "request", "stress", "suggest", "threaten",
    "underline", "underscore", "cry", "sob", "joke", "lament", "mutter", "whisper",
    "observe", "point", "evade", "concede", "maintain", "reiterate", "elaborate",
    "caution", "appeal", "call", "wonder", "vent", "decry", "denounce", "criticize",
    "criticise", "blast", "slam", "charge", "allege", "testify", "proclaim",
    "agree", "indicate", "specify", "detail", "summarize", "sum",
    "put", "told", "characterize", "conclude", "advise", "order",
    "instruct", "implore", "beg", "exhort", "discuss", "quip", "boast", "brag",
    "scream", "yell", "shout", "recommend", "encourage", "opine",
    # tabloid, feature and church-bulletin verbs of saying (checked against our own
    # test sentences in tests/extract/test_quotes_verbs.py)
    "fume", "rage", "gush", "snap", "preach", "reveal", "confide", "reflect", "sigh",
    "laugh", "sneer", "scoff", "thunder", "roar", "retort", "counter", "interject",
    "groan", "moan", "grumble", "rant", "chuckle", "weep", "wail", "stammer", "murmur",
    "mumble", "muse", "beam", "pray", "bless", "rail", "sermonize", "inform",
})

# Verbs that introduce slogans, names and labels, never a quotation of three words
# (GUIDELINES: "a slogan or a scare quote is not a quote").
SLOGAN_CUES: tuple[str, ...] = (
    "chant", "chanting", "chanted", "chants", "slogan", "slogans", "banner", "banners",
    "sign", "signs", "placard", "placards", "reading", "read", "phrase", "motto",
    "hashtag", "known as", "called", "dubbed", "named", "titled", "entitled",
    "so-called", "nicknamed", "labelled", "labeled", "branded", "headline",
    "headlined", "program", "operation", "campaign", "the words", "t-shirt",
    "t-shirts", "shirts", "emblazoned",
)

# Nouns that stand for an utterance: "X's statement that", "a State Department
# statement", "sent a clear message:".
SPEECH_NOUNS: frozenset[str] = frozenset({
    "statement", "message", "declaration", "words", "tweet", "letter", "post",
    "communique", "communiqué", "release", "remarks", "comments", "announcement",
    "warning", "appeal", "plea", "speech", "interview", "note", "memo", "notice",
    "bulletin", "press", "conference", "video", "response", "reply", "explanation",
    "testimony", "report", "says", "view", "assessment",
})

PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "it", "we", "i", "you"})

# Definite descriptions that point back to someone already named ("..., said the
# woman."): resolved like pronouns.  Only person nouns; "the ministry" etc. stay as is.
ANAPHORIC_NOUNS: frozenset[str] = frozenset({
    "woman", "man", "girl", "boy", "mother", "father", "migrant", "teenager", "teen",
    "lady", "grandmother", "grandfather", "youth", "official", "spokesman",
    "spokeswoman", "spokesperson", "activist", "organizer", "organiser", "priest",
    "minister", "president", "senator", "governor", "mayor", "lawmaker", "director",
})

# Pronouns that stand for an unnamed speaker, not for someone named before ("another
# said", "one told reporters", "someone shouted"): they stay descriptions.
INDEFINITE_SPEAKERS = frozenset({
    "another", "one", "someone", "somebody", "others", "many", "some", "several",
    "few", "both", "all", "most", "anyone", "none", "each",
})
# Kin nouns before a name in apposition ("his wife, Dunia Montoya,"): the name is a
# person even when the NER calls it an organisation.
KIN_NOUNS = frozenset({
    "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father",
    "cousin", "uncle", "aunt", "nephew", "niece", "grandmother", "grandfather",
    "partner", "friend", "neighbor", "neighbour", "companion", "colleague",
})
