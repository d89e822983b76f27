"""Word lists and patterns of :mod:`.figures`: which counted nouns, sentence words,
verbs and phrases make a number a migration figure, a group's size, a rate, or a distance
that only locates a place.  Split from figures.py to keep modules small; how each list
was chosen is said where it is defined."""

from __future__ import annotations

import re

# Counted nouns that make a count a migration figure (lower case, matched on the first
# word of the noun numbers.py found).  From the vocabulary of CBP/INM/UNHCR releases and
# wire copy; children, minors and families count: they are people crossing.
PEOPLE_NOUNS: frozenset[str] = frozenset(["migrants", "migrant", "people", "persons", "individuals", "refugees", "asylum-seekers", "applicants", "applications", "requests", "claims", "petitions", "deportations", "deportees", "apprehensions", "arrests", "detentions", "detainees", "encounters", "crossings", "crossers", "expulsions", "removals", "returns", "returnees", "children", "minors", "families", "adults", "hondurans", "salvadorans", "salvadoreans", "guatemalans", "nicaraguans", "venezuelans", "haitians", "cubans", "ecuadorians", "colombians", "mexicans", "africans", "foreigners", "nationals", "immigrants", "emigrants", "aliens", "border-crossers", "unaccompanied", "asylum", "visas", "permits", "cases", "men", "women", "youths", "teenagers", "residents", "travelers", "travellers", "deported", "apprehended", "detained", "consultations", "entries", "arrivals", "kidnappings", "disappearances", "guests"])

# Sentence words that make a number's sentence about migration (prefixes, lower case).
MIGRATION_WORDS = re.compile(
    r"\b(?:migra|immigra|emigra|asylum|refugee|border|deport|apprehen|arrest|detain|"
    r"detention|encounters|caravan|crossing|cross|crosses|crossed|visa|cbp|patrol|shelter|troops|deploy|expel|expuls|"
    r"smuggl|traffick|remittance|wage|salar|earn|fare|paid|pay|journey|walk|march|trek|"
    r"fled|flee|exodus|displac|removal|refuge|trip|coyote|ticket|unhcr|iom\b|comar|inm\b|homeland|dhs\b|ice\b|"
    r"(?:leave|leaves|left|leaving|flee|flees|fled) (?:the|their|his|her) "
    r"(?:country|countries|homes?|homeland)|undocumented|illegal|irregular|"
    # people sent home or leaving named countries ("3,500 people a month were being sent
    # back", "1,000 people a month leave El Salvador")
    r"(?:sent|flown|bused|bussed|shipped)\s+(?:back|home)|returned\s+to|"
    r"(?:leave|leaves|left|leaving|flee|flees|fled|fleeing)\s+(?:Honduras|Guatemala|"
    r"El\s+Salvador|Nicaragua|Venezuela|Haiti|Cuba|Colombia|Ecuador|Mexico)|"
    r"reach(?:ed|ing)?\s+the\s+(?:United\s+States|U\.S\.|US)\b)",
    re.IGNORECASE)

# Words that tie a count to a travelling group: "a caravan of 2,000", "numbering 500".
_GROUP_BEFORE = re.compile(
    r"(?:caravans?|group|groups|convoy|contingent|column|waves?|march|procession|crowd|"
    r"exodus|throng)\s+(?:of\s+)?(?:some|about|around|roughly|approximately|nearly|"
    r"almost|at least|more than|over|up to|an estimated|estimated)?\s*$|"
    r"(?:numbering|numbered|consisting of|made up of|size of|swelled to|grew to|"
    r"grows to|grow to|growing to|"
    # a vehicle's load is one group: "three flights carrying about 320 people"
    r"(?:flights?|planes?|buses|bus|trucks?|vans?|boats?|trains?)\s+(?:carrying|transporting|"
    r"with)|(?:left|set out|set off|departed)\s+[A-Z][\w-]*\s+with|"
    # "organizers put its size at 11,000", "activists put their number at 7,000"
    r"(?:put|puts|putting|placed|places|estimated|estimates)\s+(?:its|their|the\s+group's|"
    r"the\s+caravan's|the\s+march's)\s+(?:size|numbers?|strength|turnout)\s+at)\s+"
    r"(?:some|about|around|roughly|nearly|almost|at least|more than|over|up to|"
    r"an estimated)?\s*$", re.IGNORECASE)
_GROUP_WORDS = re.compile(
    r"\b(?:caravans?|convoy|contingent|marchers|procession|groups?|"
    r"(?:the|this|that|migrant|human|long)\s+column|"
    r"part of the|the march)\b", re.IGNORECASE)

# "Groups" that are organisations, not travelling groups: "rights groups", "a group of
# lawyers" (only a group of people on the move is a caravan).  Written from the kinds of
# organisations wire copy quotes next to caravans.
_ORG_GROUP = re.compile(
    r"\b(?:(?i:rights|aid|advocacy|humanitarian|relief|civic|church|religious|activist|"
    r"lobby|lobbying|interest|pressure|business|industry|research|legal|watchdog|volunteer|"
    r"community|faith|opposition|armed|criminal|civil[- ]society|pro-immigrant|"
    r"immigrant[- ]rights|advocates'?)\s+groups?\b|"
    r"\bgroups?\s+of\s+(?!(?:\w+\s+){0,2}(?:migrants?|people|persons|travell?ers|"
    r"refugees|asylum|families|men|women|children|minors|marchers|walkers|"
    r"[A-Z][a-z]+(?:ans|ians|ese|is))\b)[a-z]+)")

# Lemmas of verbs whose subject is a travelling group ("1,000 migrants left").
MOVEMENT_LEMMAS: frozenset[str] = frozenset({
    "leave", "depart", "set", "arrive", "reach", "walk", "march", "cross", "join",
    "gather", "head", "travel", "roll", "enter", "rest", "elude", "block", "trek",
    "board", "advance", "move", "camp", "start", "begin", "mass", "storm", "assemble",
    "continue", "make", "swell", "flee", "abandon", "disperse", "accept", "pass",
    "break", "push", "ride", "hitch", "surrender", "return", "form", "congregate",
    "keep", "turn",
})

# Lemmas of verbs that authorities do to a group's members ("60 people were detained",
# "rounded up 120 migrants", "taken into custody"): without a period or rate the count is
# the size of a detain/deport event, not a statistic.  From GUIDELINES.md's event types.
ACTION_LEMMAS: frozenset[str] = frozenset({
    "detain", "arrest", "apprehend", "round", "capture", "deport", "intercept", "rescue", "fly",
    "bus", "send", "return", "expel", "take", "stop", "block", "catch", "remove",
    "injure", "hurt", "wound",
})

# Verbs of stopping a crowd at a scene: the people blocked or halted are a group's size
# (a block event), whatever their number ("blocked roughly 2,000 migrants on the highway").
BLOCK_LEMMAS: frozenset[str] = frozenset({
    "block", "halt", "contain", "corral", "surround", "encircle", "repel", "kettle",
})

# People acted on in one happening rarely exceed a few hundred in our test sentences and
# the devset; national tallies without a period are thousands ("deported 68,000").
SMALL_EVENT_COUNT = 1000

# Nouns that name a statistic rather than people: they stay figures whatever the verb.
_STATISTIC_NOUNS: frozenset[str] = frozenset({
    "deportations", "apprehensions", "arrests", "detentions", "encounters", "crossings",
    "expulsions", "removals", "returns", "applications", "requests", "claims", "petitions",
    "cases", "visas", "permits", "entries", "arrivals", "kidnappings", "disappearances"})

# The sentence before talks about the group's size, so a bare number in the next one is
# that size ("Estimates of the caravan's size vary. Police put it at about 6,000").
_SIZE_TALK = re.compile(
    r"\b(?:(?:caravan|group|convoy|march|contingent)(?:'s|’s)?\s+(?:size|numbers?|"
    r"strength)|size of the (?:caravan|group|convoy|march|contingent)|"
    r"how (?:many|big|large) the (?:caravan|group|convoy|march))\b", re.IGNORECASE)

# Periods that make people acted on a tally rather than one event's group ("returned 2,800
# ... in January"); events happen on a day.  "last week" is left out: it dates events too.
_TALLY_PERIOD = re.compile(
    r"\b(?:(?:in|during|throughout|since)\s+"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b)", re.IGNORECASE)

# Verbs of reported intent whose clause says what the counted people will do
# ("600 people said they would keep walking").
_SAY_LEMMAS: frozenset[str] = frozenset({"say", "tell", "vow", "plan", "decide", "insist",
                                         "promise", "pledge", "announce", "threaten"})

# Verbs whose object is counted as people served, not as a group: "treated 742 people",
# "registered 3,000 applicants".  Services reported by aid groups and agencies.
SERVICE_LEMMAS: frozenset[str] = frozenset({
    "treat", "attend", "vaccinate", "serve", "feed", "house", "shelter", "register",
    "process", "assist", "help", "examine", "care", "receive", "interview", "screen",
    "counsel", "host", "accommodate", "provide",
})

# Care given to people ("treated 100 people for dehydration"): with no span of time it is
# one scene's patients (an ``aid`` happening), with one ("from 1 to 7 October",
# "throughout the weekend", "since January") a service statistic.
CARE_LEMMAS: frozenset[str] = frozenset({
    "treat", "attend", "vaccinate", "examine", "care", "assist", "help"})
_DAY_NAME = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
             r"february|march|april|may|june|july|august|september|october|november|"
             r"december|\d{1,2}(?:st|nd|rd|th)?)")
_CARE_SPAN = re.compile(
    r"\b(?:throughout|over\s+the\s+(?:weekend|week|past)|since|so\s+far|in\s+(?:two|three|"
    r"four|five|six|seven|\d+)\s+days|this\s+(?:week|month|year)|last\s+(?:week|month)|"
    # "between Monday and Wednesday", "from Friday to Sunday", "from 1 to 7 October"
    r"between\s+" + _DAY_NAME + r"\b[\w\s.]{0,12}?\s+and\s+" + _DAY_NAME + r"|"
    r"from\s+" + _DAY_NAME + r"\b[\w\s.]{0,12}?\s+(?:to|until|through)\s+" + _DAY_NAME
    + r")\b", re.IGNORECASE)

# Verbs of people waiting or sleeping at one place on a named day ("About 300 migrants
# slept in the plaza on Tuesday night"): a group at a scene, not a statistic.  "remain"
# and "stay" count only with a place after them (_STAYED_AT): "25,000 remain stranded"
# is a stock of migrants present.
SCENE_LEMMAS: frozenset[str] = frozenset({
    "sleep", "wait", "line", "queue", "spend", "crowd", "huddle", "sit", "stand"})
_SCENE_DAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                        r"tonight|last\s+night|overnight)\b")
# "remained in the town on Sunday", "stayed behind at the border on Monday": part of a
# group at a place on a day (a scene); "remain stranded" (a stock) does not match.
_STAYED_AT = re.compile(r"\b(?:remain(?:ed|s|ing)?|stay(?:ed|s|ing)?)\s+(?:behind|in|at|"
                        r"inside|outside|near|on)\b", re.IGNORECASE)
# A moment inside a quotation ("We had 130 people on the floor by midnight"): a count of
# people at that moment, told as a scene.
_MOMENT = re.compile(r"\b(?:last\s+night|tonight|by\s+midnight|this\s+morning|today|"
                     r"right\s+now|yesterday)\b", re.IGNORECASE)

# The same verbs as word forms, right after a count ("about 400 eluded capture",
# "1,000 migrants, many carrying children, set out"), for parses that miss the subject.
_MOVE_AFTER = re.compile(
    r"^(?:\s*,[^,]{0,50},)?,?\s+(?:(?:have|had|has|were|are|was|who|that|then|"
    r"also|later|reportedly|already|first|eventually|finally|soon)\s+){0,3}"
    r"(?:left|leave|leaving|departed|set\s+(?:off|out)|arrived|arriving|reached|walked|"
    r"walking|marched|marching|crossed|crossing|joined|joining|gathered|gathering|headed|"
    r"heading|traveled|travelled|travelling|traveling|rolled|entered|rested|eluded|"
    r"blocked|continued|started|began|boarded|advanced|moved|camped|massed|stormed|"
    r"assembled|fled|broke|pushed|rode|hitched|surrendered|returned|formed|waded|swam|"
    r"trekked|poured|streamed|made\s+(?:it|their\s+way)|"
    # boarding a boat, truck or train: "600 migrants crowded onto speedboats"
    r"(?:crowded|piled|packed|squeezed|clambered|climbed|hopped)\s+(?:onto|aboard|into\s+"
    r"(?:\w+\s+){0,2}(?:boats?|speedboats?|rafts?|buses|trucks?|trains?|vans?|pickups?|"
    r"boxcars?))|(?:were\s+)?bound\s+for|en\s+route\s+to|on\s+their\s+way\s+to)\b",
    re.IGNORECASE)

# A count tied to the group after its noun: "640 asylum requests from people in the
# caravan", "80 applications from members of the march" (GUIDELINES.md: applications
# from the caravan are an asylum event, not a figure).
_FROM_GROUP_AFTER = re.compile(
    r"^\s+(?:[a-z-]+\s+){0,3}(?:from|by|of)\s+(?:(?:the\s+)?(?:people|members|migrants|"
    r"those|families|marchers)\s+(?:in|from|of|with|travell?ing\s+(?:in|with))\s+)?"
    r"(?:the|this|that|a)\s+(?:[a-z-]+\s+)?(?:caravans?|group|convoy|march|contingent)\b")

# A period or rate in the sentence makes a count a statistic even when it moves
# ("over the last year 225,000 migrants traveled north").
_PERIOD = re.compile(
    r"\b(?:(?:last|this|past|previous|current|fiscal|calendar)\s+(?:fiscal\s+)?"
    r"(?:year|month|quarter|decade)s?|so far|year to date|fiscal|annual|annually|"
    r"monthly|average|on average|by\s+the\s+end\s+of\s+(?:the|this|next)\s+(?:year|month)|(?:in|during|over)\s+(?:the\s+)?[\w\s]{1,20}?\s+alone|"
    r"(?:counted|recorded|logged|tallied)\b|(?:in|over|during)\s+(?:recent|the\s+(?:last|past)\s+"
    r"(?:few|several|two|three|four|six))\s+(?:weeks|months|years)|(?:first|second|last|past)\s+(?:half|quarter|(?:\w+\s+)?"
    r"(?:months|weeks))\s+of\s+(?:the|this|last|that)\s+year|(?:each|every) (?:day|week|month|year)|per (?:day|week|month|year)|"
    r"(?<!\bthan\s)(?<!\bin\s)(?<!\bwithin\s)(?<!\bfor\s)(?<!\bafter\s)"
    r"a (?:day|week|month|year)\b(?!\s+(?:later|earlier|ago|before|after))|daily|record|total|(?:in|since|during|of|for)\s+"
    r"(?:19|20)\d\d|(?:from|between)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:to|and|-)\s+"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december)|between (?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december))\b", re.IGNORECASE)

# Words that make a bare number (no counted noun) a statistic: "reached 137,000",
# "an estimated 30,000 are Haitians".
_STAT_WORDS = re.compile(
    r"\b(?:number|total|totall?ed|figure|tally|count|record|average|estimated|estimates?|"
    r"reached|rose|fell|climbed|dropped|increased|decreased|hit|surpassed|topped|doubled|"
    r"tripled|jumped|soared|plunged|grew)\b",
    re.IGNORECASE)

# A rate stated after the verb rather than next to the number ("8,000 people cross the
# river every day").
# "in less than a month", "within a day" are durations, not rates.
_NOT_RATE = r"(?<!\bthan\s)(?<!\bin\s)(?<!\bwithin\s)(?<!\bfor\s)(?<!\bafter\s)"
_RATE_AFTER = (
    ("per_day", re.compile(_NOT_RATE + r"\b(?:every|each|per|a) day\b", re.IGNORECASE)),
    ("per_month", re.compile(_NOT_RATE + r"\b(?:every|each|per|a) month\b", re.IGNORECASE)),
)
# A rate that opens the sentence: "Each day, about 700 people arrive", "In a normal month
# we receive around 900 people".
_LEAD_RATE = re.compile(
    r"\s*(?:on average,?\s+)?(?:(?:each|every)|in\s+an?\s+(?:normal|typical|average|"
    r"ordinary|regular|usual|good|quiet|busy)|on\s+an?\s+(?:normal|typical|average|"
    r"ordinary|regular|usual|good|quiet|busy))\s+(day|month|year)\b", re.IGNORECASE)
# A share that says who the people are: "About 40 percent were women and girls".
_SHARE_OF_PEOPLE = re.compile(
    r"^\s*(?:%|percent|per\s+cent)?\s*(?:of\s+(?:them|those|the\s+\w+)\s+)?(?:were|are|was|"
    r"is)\s+(?:women|men|children|minors|girls|boys|families|unaccompanied|teenagers|"
    r"pregnant)\b", re.IGNORECASE)
# Troops counted together with police ("200 soldiers and police officers") are a
# security force sent at a caravan, like police alone.
_WITH_POLICE = re.compile(
    r"^\s+(?:\w+\s+)?(?:troops|soldiers|guardsmen|personnel|military)\s+(?:and|or|&)\s+"
    r"(?:\w+\s+)?(?:police|officers|agents|policemen)\b", re.IGNORECASE)
# A count that takes the noun of the number before it: "10,000 soldiers or 100,000".
_ELLIPTIC = re.compile(r"\d[\d,.]*\s+(?:\w+\s+)?([a-z][a-z-]+)\s+(?:or|and|to)\s+"
                       r"(?:\w+\s+){0,2}$")
# "the total would be at most 12,000": a bare number named a total.
_TOTAL_WORDS = re.compile(r"\b(?:total|number|tally|count)\b", re.IGNORECASE)

# Distances that locate a place rather than measure a trip.
_LOCATING = re.compile(
    r"^\s*(?:kilometers|kilometres|km|miles|mi)?\.?\s*(?:\([^)]*\)\s*)?(?:to the\s+)?"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest|outside|"
    r"inland|off|from|inside|beyond|past)\b", re.IGNORECASE)
# "every 20 kilometers", "each 50 miles": a spacing along a road, not a trip.
_SPACING = re.compile(r"\b(?:every|each)\s+(?:about\s+|some\s+)?$", re.IGNORECASE)
# "a daily average of 6,400", "a monthly average of about 2,000": the rate comes before
# the number.
_AVERAGE_OF = re.compile(r"\b(daily|monthly)\s+(?:average|rate|total)\s+of\s+(?:about\s+|"
                         r"around\s+|some\s+|roughly\s+|nearly\s+)?$", re.IGNORECASE)
_TRAVEL_VERBS = re.compile(
    r"\b(?:walk|walked|walking|march|marched|marching|advanc|travel|trek|covered|cover|"
    r"journey|hik|ride|rode|moved|moving|made it|went|go|get|got)", re.IGNORECASE)

# Troops count as a figure when the sentence deploys or stations them ("14,000 troops
# have been deployed", "the deployment of 5000 troops"), not when they are hurt or speak.
_DEPLOYED = re.compile(
    r"\b(?:deploy|dispatch|sen[dt]|station|mobili[sz]|post(?:ed|ing)|assign|order|"
    r"bolster|reinforc|surge|militari[sz]|(?-i:guard(?:ing|ed|s)?)\b|patrol|rush|moved? to|"
    r"personnel|troop levels|authori[sz]|remain|(?:at|on|along|to) (?:the|its|their) "
    r"(?:\w+ )?border)", re.IGNORECASE)

# "N-mile border", "a 3,000-km-long wall": the size of a thing, not a distance travelled.
# "The march stretched for nearly 2 kilometres": the length of the column, not a trip.
_STRETCH_BEFORE = re.compile(r"\b(?:stretch(?:ed|es|ing)?|extend(?:ed|s|ing)?|span(?:ned|s)?)"
                             r"\s+(?:for\s+|over\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)
_LENGTH_OF = re.compile(
    r"\s*-?\s*(?:miles?|kilometers?|kilometres?|km)(?:[\s-]+long)?[\s-]+(?:\w+[\s-]+)?"
    r"(?:border|boundary|frontier|wall|fence|barrier|coast|coastline|river|canal|"
    r"bridge)\b", re.IGNORECASE)

# Rates of the economy and of crime: percentages of these are not migration figures
# unless the sentence itself is about migration (they come next to migrants' reasons).
_ECONOMY = re.compile(
    r"\b(?:unemploy|economy|economic|gdp|inflation|poverty|homicide|murder|crime|"
    r"interest rate|exports?|imports?|budget|deficit|approval rating|poll|"
    r"voters?|turnout)", re.IGNORECASE)

# "52 percent of the vote", "60% of votes cast": an election result.
_VOTE_AFTER = re.compile(r"\s*(?:%|percent|per\s+cent)?\s+of\s+(?:the\s+)?(?:popular\s+)?"
                         r"(?:vote|votes|ballots)\b", re.IGNORECASE)

# Opinion polls: shares of voters or of the public, and what a share of those polled
# thinks ("57 percent of voters disapprove", "while 38% approve"), are not migration
# figures; shares of migrants or of encounters stay figures.
_POLLED_OF = re.compile(
    r"\s*(?:%|percent|per\s+cent)?\s+of\s+(?:all\s+|the\s+)?(?:(?:U\.S\.|US|American|"
    r"Mexican|Hispanic|Latino|white|Black|registered|likely|young|older|GOP|Democratic|"
    r"Republican|adult)\s+)*(?:voters|Americans|adults|respondents|Republicans|Democrats|"
    r"independents|Latinos|Hispanics|the\s+public|the\s+electorate|(?:those|people)\s+"
    r"(?:polled|surveyed|asked|questioned|interviewed\s+by\s+pollsters))\b", re.IGNORECASE)
_POLL_WORDS = re.compile(r"\b(?:polls?|polling|pollsters?|survey(?:ed)?|respondents)\b",
                         re.IGNORECASE)
_OPINION_AFTER = re.compile(
    r"\s*(?:%|percent|per\s+cent)?\s+(?:say|said|approve|disapprove|support|oppose|favou?r|"
    r"agree|disagree|believe|think|want)\b", re.IGNORECASE)

# A force sent at one caravan ("sent 400 troops to the highway to stop the caravan"):
# like police, part of a block event, not a deployment figure.
_AT_THE_CARAVAN = re.compile(
    r"\b(?:to|and|would|will)\s+(?:stop|block|contain|halt|intercept|hold\s+back|turn\s+back|"
    r"confront|disperse|escort|meet|repel)\s+(?:the|this|that)\s+(?:caravan|march|marchers|"
    r"column|group|contingent)\b", re.IGNORECASE)

# "a town of 30,000 residents", "a city of some 350,000 people", "population of": the
# number is a place's population.
_POPULATION = re.compile(
    r"\b(?:(?:town|city|village|community|municipality|country|nation|state|port|"
    r"region|department)\s+of(?:\s+(?:some|about|around|roughly|nearly|almost|more than|"
    r"over|fewer than|less than|just))?|population\s+of(?:\s+\w+)?|populat\w+\s+(?:is|"
    r"was|stands at|of about|of some))\s*$", re.IGNORECASE)

# Round numbers spelled with an article ("a thousand miles", "a hundred km") are figures
# of speech, not measured distances.
_ROUND_WORDS = re.compile(r"a\s+(?:hundred|thousand|million)", re.IGNORECASE)

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]

# After a count (and its noun): "were still together" and "here" (the reporter's scene)
# make it one group ("there are around 1,500 people here"); "each" shares it over several
# groups or vehicles ("the other three had fewer than 2,000 people each"), but "each
# day/month" is a rate.
_HERE_EACH_AFTER = re.compile(
    r"^\s+(?:were|was|are|is|remained|stayed)\s+(?:still\s+)?(?:together|on\s+the\s+road)\b|"
    r"^\s+(?:travel(?:l)?ing\s+|walking\s+)?with\s+(?:us|them)\b|"
    r"^\s+(?:(?:right|out)\s+)?here\b(?!\s+(?:in|at)\s+[A-Z])|"
    r"^\s+each\b(?!\s+(?:day|week|month|year|night|time))",
    re.IGNORECASE)

# A distance in apposition to a place, after a comma ("to shelters in Chihuahua city,
# about 370 kilometers south"): it locates the place even when the sentence travels.
_APPOSED_PLACE = re.compile(
    r"[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,2}(?<!day)(?<!night)(?<!morning)(?<!week),\s+"
    r"(?:(?:some|about|around|roughly|nearly|almost|"
    r"approximately|just|another)\s+)?$")

# "Bulletin no. 38", "Report No. 5", "Núm. 12": the number after it is an issue or item
# number (numbers.py knows it as "other" when spaCy keeps it in the same sentence).
_NUMBER_SIGN = re.compile(r"\b(?:[Nn]os?|N[ºo°]|[Nn][uú]m|[Vv]ol|[Nn]r)\.$")
