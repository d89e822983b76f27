"""Word lists for the event triggers (:mod:`.triggers`): lemmas, so every inflection
matches.

How they were chosen, for all lists unless a list says otherwise: from the event
definitions of GUIDELINES.md and the verbs and nouns that wire services (AP, Reuters,
AFP, EFE), local papers, NGO updates (UNHCR, IOM, MSF) and government statements use
for each happening, written down by hand from the language of news in general, then
checked against the sentences of ``tests/extract/test_triggers*.py`` (never against one
article's wording).  Only plain data here: the rules that read the parse are in
:mod:`.triggers`.
"""

from __future__ import annotations

# --- places and routes ---------------------------------------------------------------
# Nouns that, as the object of "cross", make it a border crossing.
BORDER_NOUNS = frozenset([
    "border", "frontier", "river", "bridge", "line", "boundary", "checkpoint", "crossing",
    "rio", "suchiate", "grande", "fence", "wall", "port", "gap", "strait", "gulf",
])
# Rivers that are borders on the migrant corridors (Colombia to the United States), by
# a word of their name: crossing one is crossing into a country; crossing another
# named river ("crossed the Tuira River", "the Huehuetán River") is a stretch of the route.
# From maps of the borders of Panama, Costa Rica, Nicaragua, Honduras, El Salvador,
# Guatemala, Belize, Mexico and the United States.
BORDER_RIVERS = frozenset([
    "suchiate", "usumacinta", "grande", "bravo", "hondo", "goascoran", "goascorán", "lempa",
    "paz", "sixaola", "juan", "coco", "segovia", "guasaule", "negro", "motagua", "colorado",
    "salinas", "chixoy", "jurado",
])
# Quantifiers that make "crossed much of Guatemala" a journey through, not a crossing.
PART_WORDS = frozenset([
    "much", "most", "part", "half", "all", "length", "stretch", "parts", "rest"
])
# Common nouns that stand for a place ("the border city", "the town of Morales").
PLACE_NOUNS = frozenset([
    "city", "town", "village", "capital", "municipality", "port", "community", "state",
    "region", "territory", "country", "border", "outskirts", "hamlet"
])
# Routes that security forces close in front of a caravan.
ROUTE_NOUNS = frozenset([
    "road", "highway", "bridge", "border", "crossing", "route", "path", "way", "gate",
    "entrance", "exit", "street", "checkpoint", "pass", "frontier", "port",
])
# Venues a group moves into inside a named place ("poured into the stadium in Mexico
# City", "streamed into the plaza of Huixtla"): with the place in their "in"/"of"
# phrase they say where the group got to.
VENUE_NOUNS = frozenset(["plaza", "square", "park", "stadium", "complex", "shelter",
                         "church", "gym", "gymnasium", "camp", "terminal", "center",
                         "centre", "auditorium", "arena", "field", "outskirts", "streets",
                         "street", "downtown", "neighborhood", "neighbourhood"])
# Sides of a place where a group stops: "camped on the edge of town".
EDGE_NOUNS = frozenset([
    "edge", "outskirts", "outskirt", "side", "bank", "banks", "fringe", "ground", "grounds",
    "shoulder", "plaza", "square",
])
# Where detained migrants are taken: "taken to the detention center", "loaded onto buses
# bound for the immigration station".  A destination naming one of DETENTION_PLACES, or
# a station/center with one of DETENTION_MODIFIERS, makes a transfer a detention ("the
# bus station" does not).
DETENTION_PLACES = frozenset(["detention", "jail", "prison", "custody", "lockup", "cell"])
DETENTION_MODIFIERS = frozenset(["immigration", "migration", "migratory", "detention",
                                 "holding"])
# Vehicles migrants are loaded onto by force ("forced onto buses").
VEHICLE_NOUNS = frozenset(["bus", "truck", "van", "vehicle", "plane", "flight", "train",
                           "boat", "lorry", "coach"])

# --- moving --------------------------------------------------------------------------
# Verbs of travelling that, with "into"/"to"/"as far as"/"through" a place, say where
# the group got to.
MOTION_VERBS = frozenset([
    "march", "walk", "trek", "travel", "move", "advance", "progress", "continue", "push",
    "press", "roll", "pour", "stream", "surge", "flood", "spill", "storm", "rush", "go",
    "come", "get", "make", "head", "hike", "proceed", "journey", "trudge", "cross", "enter",
    "return", "ride", "bus", "hitchhike", "arrive", "swarm", "wade", "swim", "float",
    "pull", "straggle", "trickle", "limp", "file", "stride", "slip", "sneak", "pass",
    "venture", "troop", "plod", "shuffle", "stream",
])
# Motion verbs that with a bare "across"/"over" ("waded across on Monday", "made it
# across", "got over") cross the border the story is about; "came across" and "ran
# across" (found by chance) are left out.
ACROSS_VERBS = frozenset([
    "wade", "swim", "float", "raft", "paddle", "ford", "get", "make", "slip", "sneak",
    "walk", "march", "pour", "stream", "surge", "rush", "push", "cross", "climb", "scramble",
    "clamber", "jump", "leap",
])
# Verbs that take "their way" across or into a place ("forced their way across the
# bridge", "fought their way into Mexico", "pushed its way through").
WAY_VERBS = frozenset(["force", "fight", "push", "elbow", "shove", "muscle", "battle",
                       "make", "wend", "wind", "inch"])
# Objects of "reach" that are not places ("reached an agreement", "reached its peak");
# not "point" ("reached the border crossing point").
NOT_REACHED = frozenset([
    "agreement", "deal", "decision", "goal", "number", "record", "peak", "consensus",
    "level", "stage", "milestone", "limit", "conclusion", "verdict", "settlement",
    "understanding", "compromise", "height", "threshold", "capacity", "total", "figure",
    "high", "low", "majority", "audience", "people", "estimate", "toll", "age",
])
# Verbs that, once done, mean the group got there ("advanced to X", "continued to X");
# "walking to X" / "headed to X" only name a destination.
COMPLETIVE_TO = frozenset([
    "advance", "progress", "continue", "push", "press", "roll", "pour", "stream", "surge",
    "flood", "spill", "storm", "get", "make", "arrive", "come", "return", "reach", "trek",
    "walk", "march", "hike", "ride", "travel", "move", "proceed"
])
# Motion verbs that, with "from" a place and no destination reached, say the group set
# off from there ("continued north from Huixtla", "marched out of Tapachula").
DEPART_MOTION = frozenset([
    "march", "walk", "trek", "move", "push", "press", "continue", "proceed", "hike", "pull",
    "stream", "pour", "head", "get", "roll", "file", "troop", "storm", "rush", "surge",
    "spill",
])
# Verbs of being somewhere: with "in/at/near" a place they report the group there.
# ("land", "emerge": boats and jungle crossings end at a place: "landed in Key West",
# "emerged from the jungle at Bajo Chiquito".)
STAY_VERBS = frozenset([
    "gather", "camp", "rest", "stop", "stay", "wait", "sleep", "remain", "congregate",
    "mass", "settle", "assemble", "shelter", "spend", "huddle", "crowd", "be", "walk",
    "march", "trek", "travel", "move", "arrive", "strand", "hole", "linger", "regroup",
    "land", "emerge", "disembark", "halt", "overnight", "bed", "pause", "hunker",
])
# Verbs of lodging that report the group at a place with "on"/"beneath"/"along" too
# ("camped on the bridge at Tecún Umán", "slept on the floor of a gym in Huixtla",
# "were camped beneath the bridge in Del Rio"); walking or being "on" a road is not a
# stay, so these are the STAY_VERBS of spending the night or waiting only.
LODGE_VERBS = frozenset([
    "camp", "sleep", "rest", "stay", "spend", "shelter", "huddle", "overnight", "strand",
    "settle", "bed", "wait", "remain", "hole",
])
LODGE_PREPS = frozenset(["on", "beneath", "underneath", "below", "along", "alongside"])
# Verbs by which authorities state their own intention ("officials said they will not
# allow the caravan to travel beyond Chiapas": "they" are the officials).
STATEMENT_VERBS = frozenset(["say", "announce", "warn", "insist", "state", "declare", "vow",
                             "stress", "reiterate"])
# Verbs of gathering that start a caravan when followed by a purpose of travelling.
GATHER_VERBS = frozenset(["gather", "assemble", "meet", "congregate", "convene", "mass",
                          "muster"])
TRAVEL_PURPOSE = frozenset([
    "travel", "walk", "march", "leave", "depart", "head", "set", "go", "journey", "trek",
    "move", "begin", "start"
])
# Ways a group sets off in: "started north", "began northward" (news of caravans).
COMPASS_WAYS = frozenset(["north", "northward", "northwards", "south", "southward"])
# start/begin/launch + these = set off ("began the trek", "kicked off its march").
START_OBJECTS = frozenset([
    "journey", "trek", "march", "walk", "trip", "exodus", "travel", "odyssey", "caravan",
    "advance", "pilgrimage",
])
START_XCOMPS = frozenset([
    "walk", "march", "trek", "travel", "move", "head", "leave", "journey", "hike"
])
# Objects of "take to the ...": setting off ("took to the road", "took to the streets").
ROAD_NOUNS = frozenset(["road", "highway", "route", "trail"])

# --- force ---------------------------------------------------------------------------
# What a group runs into when it meets force: "ran head-first into a wall of troops".
BARRIER_NOUNS = frozenset(["wall", "line", "cordon", "barricade", "barrier", "blockade",
                           "phalanx", "roadblock"])
# Security forces: deploying them at a caravan is a block.
FORCE_NOUNS = frozenset([
    "police", "officer", "agent", "troop", "soldier", "guard", "military", "army", "force",
    "gendarme", "marine", "personnel", "riot", "official", "policeman", "policemen",
    "patrol", "trooper", "guardsman", "guardsmen", "ranger",
])
# What security forces do to a caravan's advance: "stopped the advance of the caravan",
# "halted the front of the march"; the group is the "of" phrase.
ADVANCE_NOUNS = frozenset(["advance", "progress", "march", "passage", "movement", "front",
                           "path", "way", "head", "rest", "bulk", "majority"])
CLASH_WEAPONS = frozenset(["gas", "bullet", "spray", "baton", "shield", "pellet", "grenade",
                           "stone", "rock", "bottle", "stick", "club", "projectile",
                           "truncheon", "cannon", "canister"])
# What is traded in a fight: "traded blows with police", "exchanged stones with troops".
CLASH_EXCHANGES = frozenset(["blow", "punch", "stone", "rock", "kick", "fire", "shot"])
# What authorities deny a caravan: "were denied entry", "refused them passage".
ENTRY_NOUNS = frozenset(["entry", "entrance", "passage", "access", "admission", "transit"])
# What "not allowed to ..." keeps a group from doing: "did not allow the caravan to
# cross", "would not let them pass".
PASS_VERBS = frozenset(["cross", "pass", "enter", "continue", "advance", "proceed", "go",
                        "move", "leave", "come", "march", "walk", "reach", "get", "through",
                        "travel", "head", "journey"])
# Purposes that make a deployment a block wherever it goes ("deployed along the border
# to stop the caravan").
PASS_BLOCKERS = frozenset(["block", "stop", "halt", "contain", "prevent", "intercept",
                           "turn", "keep", "repel", "deter", "hold"])
# Money: "smugglers charge thousands of dollars" is a price, not a charge at police.
MONEY_WORDS = frozenset(["dollar", "peso", "quetzal", "lempira", "fee", "price", "money",
                         "$", "cent", "euro", "bribe", "rate"])
# Barriers that stop a group running into them without a fight ("ran into a police
# checkpoint"): a block; a wall or line of troops is a clash ("ran head-first into a wall
# of armed forces", GUIDELINES.md).
STOPPING_BARRIERS = frozenset(["checkpoint", "roadblock", "blockade", "barricade"])
# What a caravan faces or runs into when it is stopped without a fight ("faced a
# checkpoint", "encountered a roadblock"); walls and lines of troops are in BARRIER_NOUNS.
FACED_BARRIERS = frozenset(["checkpoint", "roadblock", "blockade", "barricade", "cordon",
                            "operation", "barrier"])
# Verbs a promise or proposal of authorities makes an offer of ("promised to regularize
# them", "proposed to relocate the migrants"); "promised to send them home" is not one.
PROMISED_XCOMPS = frozenset(["regularize", "regularise", "relocate", "resettle", "grant",
                             "issue", "give", "provide", "process", "hire", "employ",
                             "transport", "bus", "legalize", "legalise"])
# Makers of offers that are not authorities: what they offer is a crime, not an offer.
CRIMINAL_NOUNS = frozenset(["smuggler", "trafficker", "coyote", "gang", "cartel", "criminal",
                            "scammer", "fraudster"])

# --- offers and aid ------------------------------------------------------------------
# What an offer is made of: these are an ``offer``, food and shelter are ``aid``.
OFFER_OBJECTS = frozenset([
    "visa", "permit", "work", "job", "employment", "transport", "transportation", "bus",
    "ride", "asylum", "refuge", "regularization", "regularisation", "status", "residency",
    "residence", "relocation", "document", "card", "program", "programme", "protection",
    "passage", "plan", "paperwork", "id", "flight", "repatriation", "transfer",
])
# Verbs whose infinitive after "offered to" makes an offer of transport or papers
# ("offered to bus them to Mexico City", "offered to relocate the migrants").
OFFER_XCOMPS = frozenset([
    "bus", "transport", "take", "drive", "fly", "move", "relocate", "transfer", "return",
    "send", "give", "grant", "issue", "provide", "regularize", "regularise", "process",
    "resettle", "employ", "hire",
])
# Verbs that hand over what makes an offer or aid ("provided buses", "distributed permits").
GIVING_VERBS = frozenset(["offer", "give", "provide", "distribute", "extend", "arrange",
                          "supply", "deliver", "grant", "issue", "hand"])
AID_OBJECTS = frozenset([
    "food", "water", "aid", "shelter", "assistance", "care", "medicine", "supply", "meal",
    "clothing", "blanket", "treatment", "attention", "help", "sandwich", "drink", "lodging",
    "diaper", "kit", "tent", "clothe", "mattress", "clothes", "shoe", "coat", "snack", "fruit",
    "bread", "rice", "soup", "coffee", "juice", "milk", "toiletry", "vaccine", "provision",
    "ration", "breakfast", "lunch", "dinner", "tortilla", "bean",
    "consultation", "checkup",  # (NGO updates count medical care in consultations)
])
AID_VERBS = frozenset([
    "provide", "give", "distribute", "hand", "offer", "bring", "deliver", "receive", "get",
    "serve", "supply", "donate", "feed", "share", "pass",
])
# Nouns of giving aid: "the distribution of food to the caravan".
AID_NOMINALS = frozenset(["distribution", "delivery", "donation", "handout", "provision"])
# Places opened for a group ("opened a gymnasium as a shelter"): aid.
SHELTER_NOUNS = frozenset([
    "shelter", "kitchen", "camp", "gym", "gymnasium", "stadium", "center", "centre",
    "clinic", "dormitory", "hostel", "door", "church", "hall", "auditorium", "space",
    "complex", "facility", "tent", "arena", "school", "warehouse", "hospital",
])
# Posts set up for a group that are aid by what they give ("set up a hydration point",
# "a first-aid post", "a medical station"); a bare "point" or "post" is not.
AID_POINTS = frozenset(["point", "post", "station", "stand", "tent", "area", "unit"])
AID_POINT_KINDS = frozenset(["hydration", "water", "medical", "health", "first", "aid",
                             "rest", "care", "food", "feeding", "assistance", "triage"])
# Who an offer is made to, as its first object ("offered the marchers permits"), when
# the tagger loses the second object; also who medics "attended".
RECIPIENT_NOUNS = frozenset(["migrant", "marcher", "caravan", "member", "people", "family",
                             "participant", "traveler", "traveller", "refugee", "them",
                             "person", "child", "woman", "man"])
OFFERER_NOUNS = frozenset(["official", "authority", "government", "ministry", "agency",
                           "institute", "president", "governor", "mayor", "state"])
ASYLUM_NOUNS = frozenset(["asylum", "refuge"])
ASYLUM_HEADS = frozenset([
    "apply", "request", "seek", "file", "claim", "ask", "solicit", "application",
    "petition", "submit", "lodge", "register", "sign", "queue", "line", "process",
    "procedure", "appointment", "paperwork", "form", "case",
])

# --- groups --------------------------------------------------------------------------
# Nouns that name the travelling group itself: leaving one is quitting the march.
MARCH_NOUNS = frozenset(["caravan", "march", "group", "convoy", "procession", "column",
                         "exodus", "movement"])
# Places a group leaves when it "abandons" them ("abandoned the shelter in Arriaga",
# "abandoned their camp at the stadium"): a departure; abandoning the march is quitting it.
LEFT_PLACES = frozenset(["shelter", "camp", "encampment", "campsite", "town", "city",
                         "village", "plaza", "square", "park", "stadium", "gym",
                         "gymnasium", "complex"])
# Gatherings that a caravan becomes at its end ("by nightfall the crowd had melted away").
CROWD_NOUNS = frozenset(["crowd", "throng", "mass", "multitude", "horde"])
# Objects of "join" that are not a group of migrants ("joined forces", "joined calls").
NOT_JOINED = frozenset(["force", "hand", "effort", "call", "chorus", "voice", "protest",
                        "critic", "criticism", "campaign", "talk", "meeting", "debate",
                        "lawsuit", "suit", "fight", "party", "government", "cabinet",
                        "coalition", "list", "ranks"])
# What "accepted"/"took up" must be for a member to leave the march.
ACCEPTED_OFFERS = frozenset(["offer", "proposal", "deal", "visa", "permit", "bus", "ride",
                             "transport", "repatriation", "return"])

# Third-person verb forms that headlines use and taggers read as plural nouns.
HEADLINE_VERBS = frozenset([
    "dissolves", "disbands", "departs", "leaves", "arrives", "reaches", "crosses", "enters",
    "halts", "blocks", "clashes", "detains", "deports", "heads", "sets", "offers", "joins",
    "swells", "breaks", "returns", "stops",
])

# Lemmas the small model gets wrong for words the rules need ("waded" -> "wad").
LEMMA_FIXES = {"wad": "wade", "hop": "hope", "petere": "peter", "swam": "swim"}


# --- lemma -> rule tables ------------------------------------------------------------
def _verb_rules() -> dict[str, str]:
    rules: dict[str, str] = {}

    def put(rule: str, lemmas: object) -> None:
        for lem in lemmas:  # type: ignore[attr-defined]
            rules[lem] = rule

    put("depart", ["leave", "depart", "embark", "exit"])
    put("depart_phrasal", ["set", "start", "begin", "head", "travel", "be_on", "commence",
                           "resume", "hit", "kick", "launch", "strike"])
    put("gather", GATHER_VERBS)
    put("arrive", ["arrive", "reach"])
    for lem in MOTION_VERBS | STAY_VERBS | ACROSS_VERBS | WAY_VERBS | {"run", "crash",
                                                                      "slam", "descend"}:
        rules.setdefault(lem, "motion")
    put("cross", ["cross", "ford"])  # "forded the river into Mexico"
    rules["enter"] = "enter"
    put("transport", ["take", "transport", "transfer", "bus", "fly", "move", "send", "truck",
                      "drive", "load", "put", "force", "remove", "ferry", "shuttle",
                      "airlift"])
    put("join", ["join", "swell", "grow", "merge", "catch", "tag", "latch"])
    put("block", [
        "block", "halt", "stop", "contain", "bar", "intercept", "thwart", "prevent", "impede",
        "obstruct", "challenge", "hold", "repel", "turn", "dismantle", "disperse", "corral",
        "surround", "encircle", "kettle", "cordon", "keep", "close", "shut", "seal", "trap",
        "stall", "deny", "refuse", "allow", "let", "permit", "hem", "face", "encounter",
        "meet", "stand",
    ])
    put("deploy", ["deploy", "mobilize", "mobilise", "dispatch", "station", "post"])
    put("clash", ["clash", "confront", "scuffle", "fight", "attack", "beat", "charge", "fire",
                  "hurl", "throw", "trade", "exchange", "gas", "skirmish", "tussle", "brawl",
                  "jostle", "shoot", "chase"])
    put("detain", ["arrest", "detain", "apprehend", "capture", "round", "jail", "imprison",
                   "sweep", "hand", "seize", "nab", "lock", "pick"])
    put("deport", ["deport", "repatriate", "expel", "return"])
    put("offer", ["offer", "grant", "issue", "promise", "provide", "distribute", "extend",
                  "arrange", "propose", "invite", "process"])
    put("aid_verb", ["feed", "house", "receive", "treat", "vaccinate", "open", "attend",
                     "cook"])
    put("dissolve", [
        "dissolve", "disband", "disperse", "surrender", "quit", "abandon", "accept", "give",
        "break", "splinter", "fragment", "fizzle", "disintegrate", "unravel", "fracture", "end",
        "fall", "peter", "split", "drop", "call", "melt", "scatter", "dissipate", "opt",
    ])
    put("show_up", ["show"])
    return rules


VERB_RULES = _verb_rules()

NOUN_RULES: dict[str, str] = {
    "departure": "depart_noun", "arrival": "arrive_noun", "clash": "clash_noun",
    "confrontation": "clash_noun", "scuffle": "clash_noun", "skirmish": "clash_noun",
    # (nouns of a fight journalists use for a scuffle with police: "a melee erupted")
    "melee": "clash_noun", "brawl": "clash_noun", "altercation": "clash_noun",
    "tussle": "clash_noun", "fracas": "clash_noun",
    "detention": "detain_noun", "arrest": "detain_noun", "custody": "detain_noun",
    "deportation": "deport_noun", "repatriation": "deport_noun", "expulsion": "deport_noun",
    "offer": "offer_noun", "proposal": "offer_noun", "asylum": "asylum", "refuge": "asylum",
    "status": "asylum", "protection": "asylum", "gas": "weapon", "bullet": "weapon",
    "spray": "weapon", "crossing": "cross_noun", "entry": "cross_noun",
    "dissolution": "dissolve_noun", "breakup": "dissolve_noun",
    "disintegration": "dissolve_noun", "disbandment": "dissolve_noun",
}
for _lemma in AID_OBJECTS | AID_NOMINALS:
    NOUN_RULES.setdefault(_lemma, "aid")
