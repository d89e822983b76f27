"""Event triggers: the words that say a caravan departed, arrived, was blocked...

A spaCy ``Matcher`` over lemmas finds the candidate words in one pass (compiled once
per vocabulary); a rule per lemma then reads the dependency tree around each hit to
decide the event type ("crossed the border" is ``cross_border``, "crossed much of
Guatemala" is ``arrive``; "walked into Mexico" is ``cross_border``, "rolled into the
border city" is ``arrive``).  Active and passive voices both work because the rules
read dependency labels, not word order.  Whether a migrant group takes part is decided
later (:mod:`.events`); this module only proposes ``Candidate`` records.

Lexicons were written from the guidelines' event definitions and the verbs wire
services, local papers and NGOs use for each (not from the development articles'
wording); each lists lemmas, so every inflection matches.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from caravanwatch.extract.components import ArticleState, Candidate, register

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Token
    from spacy.vocab import Vocab

logger = logging.getLogger(__name__)

VERSION = "1"

# --- lexicons -------------------------------------------------------------------------
# Nouns that, as the object of "cross", make it a border crossing.
BORDER_NOUNS = frozenset(
    [
        "border", "frontier", "river", "bridge", "line", "boundary", "checkpoint", "crossing",
        "river", "rio", "suchiate", "grande", "fence", "wall", "port"
    ])
# Quantifiers that make "crossed much of Guatemala" a journey through, not a crossing.
PART_WORDS = frozenset([
    "much", "most", "part", "half", "all", "length", "stretch", "parts", "rest"
])
# Verbs of travelling that, with "into"/"to"/"as far as"/"through" a place, say where
# the group got to.
MOTION_VERBS = frozenset(
    [
        "march", "walk", "trek", "travel", "move", "advance", "progress", "continue", "push",
        "press", "roll", "pour", "stream", "surge", "flood", "spill", "storm", "rush", "go",
        "come", "get", "make", "head", "hike", "proceed", "journey", "trudge", "cross", "enter",
        "return", "ride", "bus", "hitchhike", "arrive", "swarm", "wade", "swim", "float",
        "pull", "straggle", "trickle", "limp", "file", "stride"])
# Verbs that, once done, mean the group got there ("advanced to X", "continued to X");
# "walking to X" / "headed to X" only name a destination.
COMPLETIVE_TO = frozenset(
    [
        "advance", "progress", "continue", "push", "press", "roll", "pour", "stream", "surge",
        "flood", "spill", "storm", "get", "make", "arrive", "come", "return", "reach", "trek",
        "walk", "march", "hike", "ride", "travel", "move", "proceed"
    ])
# Motion verbs that, with "from" a place and no destination reached, say the group set
# off from there ("continued north from Huixtla", "marched out of Tapachula").
DEPART_MOTION = frozenset([
    "march", "walk", "trek", "move", "push", "press", "continue", "proceed", "hike", "pull",
    "stream", "pour",
])
# Verbs of being somewhere: with "in/at/near" a place they report the group there.
STAY_VERBS = frozenset(
    [
        "gather", "camp", "rest", "stop", "stay", "wait", "sleep", "remain", "congregate",
        "mass", "settle", "assemble", "shelter", "spend", "huddle", "crowd", "be", "walk",
        "march", "trek", "travel", "move", "arrive", "strand", "hole", "linger", "regroup",
        "shelter"])
# Verbs of gathering that start a caravan when followed by a purpose of travelling.
GATHER_VERBS = frozenset(["gather", "assemble", "meet", "congregate", "convene", "mass", "muster"])
TRAVEL_PURPOSE = frozenset(
    [
        "travel", "walk", "march", "leave", "depart", "head", "set", "go", "journey", "trek",
        "move", "begin", "start"
    ])
# start/begin + these = set off.
START_OBJECTS = frozenset([
    "journey", "trek", "march", "walk", "trip", "exodus", "trip", "travel", "odyssey"
])
START_XCOMPS = frozenset([
    "walk", "march", "trek", "travel", "move", "head", "leave", "journey", "hike"
])
# What a group runs into when it meets force: "ran head-first into a wall of troops".
BARRIER_NOUNS = frozenset(["wall", "line", "cordon", "barricade", "barrier", "blockade", "phalanx"])
# Security forces: deploying them at a caravan is a block.
FORCE_NOUNS = frozenset(
    [
        "police", "officer", "agent", "troop", "soldier", "guard", "military", "army", "force",
        "gendarme", "marine", "personnel", "riot", "official"
    ])
# What an offer is made of: these are an ``offer``, food and shelter are ``aid``.
OFFER_OBJECTS = frozenset(
    [
        "visa", "permit", "work", "job", "employment", "transport", "transportation", "bus",
        "ride", "asylum", "refuge", "regularization", "status", "residency", "residence",
        "relocation", "document", "card", "program", "protection", "passage", "plan"
    ])
AID_OBJECTS = frozenset(
    [
        "food", "water", "aid", "shelter", "assistance", "care", "medicine", "supply", "meal",
        "clothing", "blanket", "treatment", "attention", "help", "sandwich", "drink", "lodging",
        "diaper"
    ])
AID_VERBS = frozenset(
    [
        "provide", "give", "distribute", "hand", "offer", "bring", "deliver", "receive", "get",
        "serve", "supply", "donate", "feed"
    ])
ASYLUM_NOUNS = frozenset(["asylum", "refuge"])
ASYLUM_HEADS = frozenset(
    [
        "apply", "request", "seek", "file", "claim", "ask", "solicit", "application", "request",
        "claim", "petition", "submit", "lodge", "register", "sign", "queue", "line"
    ])
CLASH_WEAPONS = frozenset(["gas", "bullet", "spray", "baton", "shield", "pellet", "grenade"])
# What is traded in a fight: "traded blows with police", "exchanged stones with troops".
CLASH_EXCHANGES = frozenset(["blow", "punch", "stone", "rock", "kick", "fire", "shot"])
# Nouns that name the travelling group itself: leaving one is quitting the march.
MARCH_NOUNS = frozenset(["caravan", "march", "group", "convoy", "procession", "column",
                         "exodus", "movement"])
# Places opened for a group ("opened a gymnasium as a shelter"): aid.
SHELTER_NOUNS = frozenset(
    [
        "shelter", "kitchen", "camp", "gym", "gymnasium", "stadium", "center", "centre",
        "clinic", "dormitory", "hostel", "door", "church", "hall", "auditorium", "space"
    ])
# Sides of a place where a group stops: "camped on the edge of town".
EDGE_NOUNS = frozenset(["edge", "outskirts", "outskirt", "side", "bank", "banks", "fringe",
                        "ground", "grounds", "shoulder", "plaza", "square"])

# Third-person verb forms that headlines use and taggers read as plural nouns.
HEADLINE_VERBS = frozenset(
    [
        "dissolves", "disbands", "departs", "leaves", "arrives", "reaches", "crosses", "enters",
        "halts", "blocks", "clashes", "detains", "deports"
    ])

# Lemma -> rule name; each rule returns (type, rule) pairs for a matched token.
_VERB_RULES: dict[str, str] = {}
for _lemma in ["leave", "depart", "embark"]:
    _VERB_RULES[_lemma] = "depart"
for _lemma in ["set", "start", "begin", "head", "travel", "be_on", "commence", "resume", "hit"]:
    _VERB_RULES[_lemma] = "depart_phrasal"
for _lemma in GATHER_VERBS:
    _VERB_RULES[_lemma] = "gather"
for _lemma in ["arrive", "reach"]:
    _VERB_RULES[_lemma] = "arrive"
for _lemma in MOTION_VERBS | STAY_VERBS | {"run", "crash", "slam"}:
    _VERB_RULES.setdefault(_lemma, "motion")
_VERB_RULES["cross"] = "cross"
_VERB_RULES["ford"] = "cross"  # "forded the river into Mexico"
_VERB_RULES["enter"] = "enter"
for _lemma in ["take", "transport", "transfer", "bus", "fly", "move", "send", "truck", "drive"]:
    _VERB_RULES[_lemma] = "transport"
for _lemma in ["join", "swell", "grow", "merge", "catch"]:
    _VERB_RULES[_lemma] = "join"
for _lemma in ([
    "block", "halt", "stop", "contain", "bar", "intercept", "thwart", "prevent", "impede",
    "obstruct", "challenge", "hold", "repel", "turn", "dismantle", "disperse", "corral"
]):
    _VERB_RULES[_lemma] = "block"
for _lemma in ["deploy", "mobilize", "mobilise", "dispatch", "station", "post"]:
    _VERB_RULES[_lemma] = "deploy"
for _lemma in [
    "clash", "confront", "scuffle", "fight", "attack", "beat", "charge", "fire", "hurl", "throw"
]:
    _VERB_RULES[_lemma] = "clash"
for _lemma in [
    "arrest", "detain", "apprehend", "capture", "round", "jail", "imprison", "sweep", "hand",
]:
    _VERB_RULES[_lemma] = "detain"
for _lemma in ["deport", "repatriate", "expel", "return"]:
    _VERB_RULES[_lemma] = "deport"
for _lemma in ["offer", "grant", "issue", "promise"]:
    _VERB_RULES[_lemma] = "offer"
for _lemma in ["feed", "house", "receive", "treat", "vaccinate", "open", "attend"]:
    _VERB_RULES[_lemma] = "aid_verb"
# "traded blows with police", "exchanged punches with soldiers"
for _lemma in ["trade", "exchange"]:
    _VERB_RULES[_lemma] = "clash"
for _lemma in [
    "dissolve", "disband", "disperse", "surrender", "quit", "abandon", "accept", "give", "break",
    "splinter", "fragment", "fizzle", "disintegrate", "unravel", "fracture", "end",
]:
    _VERB_RULES[_lemma] = "dissolve"

_NOUN_RULES: dict[str, str] = {
    "departure": "depart_noun", "arrival": "arrive_noun", "clash": "clash_noun",
    "confrontation": "clash_noun", "scuffle": "clash_noun", "detention": "detain_noun",
    "arrest": "detain_noun", "custody": "detain_noun", "deportation": "deport_noun",
    "offer": "offer_noun", "asylum": "asylum", "refuge": "asylum", "status": "asylum",
    "gas": "weapon", "bullet": "weapon", "spray": "weapon",
}
for _lemma in AID_OBJECTS:
    _NOUN_RULES.setdefault(_lemma, "aid")


@lru_cache(maxsize=4)
def _matcher(vocab: Vocab) -> Matcher:
    from spacy.matcher import Matcher

    matcher = Matcher(vocab)
    verbs = sorted(set(_VERB_RULES) | {w for w, f in LEMMA_FIXES.items()
                                        if f in _VERB_RULES})
    matcher.add("VERB", [[{"LEMMA": {"IN": verbs}, "POS": {"IN": ["VERB", "AUX"]}}],
                         # headlines often tag their verb as a noun ("Caravan dissolves")
                         [{"LEMMA": {"IN": verbs}, "TAG": {"IN": ["VBZ", "VBD", "VBN",
                                                                  "VBG", "VBP"]}}]])
    # Headlines drop the verb's tag ("Caravan dissolves as..." tagged as a plural noun).
    matcher.add("VERB", [[{"LOWER": {"IN": sorted(HEADLINE_VERBS)}, "POS": {"IN": [
        "NOUN", "PROPN"]}}]])
    nouns = sorted(_NOUN_RULES)
    matcher.add("NOUN", [[{"LEMMA": {"IN": nouns}, "POS": {"IN": ["NOUN", "PROPN"]}}]])
    return matcher


# --- small tree helpers ---------------------------------------------------------------
def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def particle(tok: Token) -> str | None:
    for c in tok.children:
        if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in ("back", "off", "out",
                                                                    "up", "away")):
            return c.lower_
    return None


def preps(tok: Token) -> list[tuple[str, Token]]:
    """(preposition, object) pairs under ``tok``: "into Mexico", "as far as X"."""
    out = []
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ == "far":  # "progressed as far as X"
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ == "as":
                    out += [("as far as", g) for g in p.children if g.dep_ == "pobj"]
            continue
        if c.dep_ in ("prep", "agent", "dative") and c.pos_ == "ADP" or c.dep_ == "prep":
            word = c.lower_
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if not objs:  # "out of Arriaga"
                objs = [g for p in c.children if p.dep_ == "prep"
                        for g in p.children if g.dep_ == "pobj"]
            if word == "as" and objs and objs[0].lower_ == "far":  # as far as X
                inner = [g for g in objs[0].children if g.dep_ == "prep"]
                objs = [g for p in inner for g in p.children if g.dep_ == "pobj"] or objs
                word = "as far as"
            for obj in objs:
                out.append((word, obj))
    return out


# Lemmas the small model gets wrong for words the rules need ("waded" -> "wad").
LEMMA_FIXES = {"wad": "wade", "hop": "hope"}


def lemma(tok: Token) -> str:
    lem = tok.lemma_.lower()
    fixed = LEMMA_FIXES.get(lem)
    return fixed if fixed is not None and tok.lower_.startswith(fixed) else lem


def is_country_word(tok: Token) -> bool:
    """Whether ``tok`` (an object noun) names a country, cheaply."""
    from caravanwatch.extract.attributes import country_of_token

    if tok.lower_ in ("city", "ciudad") or any(c.lower_ == "city" for c in tok.children):
        return False  # "into Mexico City", "Guatemala City": a capital, not the country
    return country_of_token(tok) is not None


# Common nouns that stand for a place ("the border city", "the town of Morales").
PLACE_NOUNS = frozenset(
    [
        "city", "town", "village", "capital", "municipality", "port", "community", "state",
        "region", "territory", "country", "border", "outskirts", "hamlet"
    ])


def is_place_word(tok: Token) -> bool:
    """Whether ``tok`` heads a place phrase ("Tapachula", "the border city")."""
    return (tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.pos_ == "PROPN"
            or lemma(tok) in PLACE_NOUNS)


def _has_force(tok: Token) -> bool:
    return any(lemma(t) in FORCE_NOUNS for t in tok.subtree)


# Routes that security forces close in front of a caravan.
ROUTE_NOUNS = frozenset(
    [
        "road", "highway", "bridge", "border", "crossing", "route", "path", "way", "gate",
        "entrance", "exit", "street", "checkpoint", "pass"
    ])


def _has_force_subject(tok: Token) -> bool:
    return any(lemma(s) in FORCE_NOUNS or lemma(s) in ("authority", "government")
               for s in children(tok, "nsubj"))


def _is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
        tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod"))


# --- rules ----------------------------------------------------------------------------
Found = list[tuple[str, str]]


def _rule_depart(tok: Token) -> Found:
    if lemma(tok) == "leave":
        # "left behind", "left them without food", "leave it to" are not departures
        if particle(tok) in ("behind", "out") or children(tok, "dative"):
            return []
        # "leaving them in Mexico", "left him stranded": leaving someone somewhere
        if any(o.lower_ in ("them", "him", "her", "us", "me", "it")
               for o in children(tok, "dobj")):
            return []
        if any(lemma(o) in ("message", "note", "trail", "mark", "room", "question")
               for o in children(tok, "dobj")):
            return []
        if any(lemma(o) in MARCH_NOUNS for o in children(tok, "dobj")):
            return [("dissolve", "leave_group")]  # "dozens left the caravan in Arriaga"
    return [("depart", lemma(tok))]


def _rule_depart_phrasal(tok: Token) -> Found:
    lem, prt = lemma(tok), particle(tok)
    pp = preps(tok)
    if lem == "set" and prt in ("off", "out"):
        return [("depart", "set_off")]
    if lem in ("resume", "hit") and any(
            lemma(o) in START_OBJECTS | {"road"} for o in children(tok, "dobj")):
        return [("depart", f"{lem}_journey")]  # "resumed their trek", "hit the road"
    if lem == "set" and prt == "up" and any(lemma(o) in BARRIER_NOUNS | {
            "roadblock", "checkpoint"} for o in children(tok, "dobj")):
        return [("block", "set_up_roadblock")]  # "police set up a roadblock to stop them"
    if lem == "set" and prt == "up" and any(lemma(o) in ("camp", "tent", "camps")
                                            for o in children(tok, "dobj")):
        return [("arrive", "locative")] if any(
            p in ("in", "at", "near", "outside") for p, _ in pp) else []
    if lem in ("start", "begin", "commence"):
        if prt == "out" or any(lemma(o) in START_OBJECTS for o in children(tok, "dobj")) \
                or any(p == "from" for p, _ in pp):  # "the march started from Tapachula"
            return [("depart", "start_journey")]
        if any(lemma(x) in START_XCOMPS for x in children(tok, "xcomp")):
            return [("depart", "start_walking")]
        return []
    if lem == "head" and (prt in ("out", "off") or any(p in ("from", "out", "off")
                                                        for p, _ in pp)):
        return [("depart", "head_from")]
    if lem in ("travel", "be_on") and any(p == "since" and o.ent_type_ == "DATE"
                                          for p, o in pp):
        return [("depart", "travel_since")]
    if lem == "travel":
        return _rule_motion(tok)
    return []


def _rule_gather(tok: Token) -> Found:
    for c in tok.subtree:
        if c.i <= tok.i or c.i > tok.i + 14:
            continue
        if c.pos_ == "VERB" and lemma(c) in TRAVEL_PURPOSE and any(
                a.lower_ == "to" for a in c.children if a.dep_ == "aux"):
            return [("depart", "gather_to_travel")]
    return _rule_motion(tok)


def _rule_arrive(tok: Token) -> Found:
    if lemma(tok) == "reach":
        objs = children(tok, "dobj")
        if objs and lemma(objs[0]) in ("agreement", "deal", "decision", "goal", "number",
                                       "record", "peak", "consensus", "level"):
            return []
    return [("arrive", lemma(tok))]


def _rule_motion(tok: Token) -> Found:
    lem = lemma(tok)
    if lem in ("push", "drive", "force") and particle(tok) == "back" and (
            children(tok, "dobj") or _is_passive(tok)):
        return [("block", f"{lem}_back")]  # "pushed the group back at a roadblock"
    found: Found = []
    for word, obj in preps(tok):
        if word == "to" and lem == "come" and lemma(obj) in ("end", "halt", "standstill"):
            # "the caravan came to an end in X" / "came to a halt"
            return [("dissolve", "come_to_end")] if lemma(obj) == "end" else [
                ("arrive", "come_to_halt")]
        if word == "under" and lem in ("get", "be") and lemma(obj) == "way":
            return [("depart", "under_way")]  # "got under way from San Salvador"
        if word == "on" and lem in STAY_VERBS and lemma(obj) in EDGE_NOUNS:
            found.append(("arrive", "locative"))  # "camped on the edge of town"
            continue
        if word == "into" and lem in MOTION_VERBS | {"run", "crash", "slam", "bump"} and (
                lemma(obj) in BARRIER_NOUNS or _has_force(obj)):
            found.append(("clash", f"{lem}_into_forces"))  # "ran into a wall of police"
        elif word == "into" and lem in MOTION_VERBS:
            if is_country_word(obj):
                found.append(("cross_border", f"{lem}_into_country"))
            elif is_place_word(obj):
                found.append(("arrive", f"{lem}_into"))
        elif word in ("to", "as far as") and lem in COMPLETIVE_TO and (
                word == "as far as" or tok.tag_ in ("VBD", "VBN")) and is_place_word(obj):
            found.append(("arrive", f"{lem}_to"))
        elif word == "through" and lem in MOTION_VERBS | {"break", "force"} and (
                lemma(obj) in BARRIER_NOUNS | {"fence", "gate"} or _has_force(obj)):
            found.append(("clash", f"{lem}_through_forces"))  # "broke through a police line"
        elif word == "through" and lem in MOTION_VERBS and is_place_word(obj):
            found.append(("arrive", f"{lem}_through"))
        elif word == "across" and lem in MOTION_VERBS and lemma(obj) in BORDER_NOUNS:
            found.append(("cross_border", f"{lem}_across"))  # "waded across the river"
        elif word == "across" and lem in MOTION_VERBS and is_country_word(obj):
            found.append(("arrive", f"{lem}_across_country"))  # "walked across Guatemala":
            # through the country, not into it
        elif word in ("from", "out") and lem in DEPART_MOTION and is_place_word(obj) and not any(
                w in ("to", "into", "as far as") for w, _ in preps(tok)):
            found.append(("depart", f"{lem}_from"))  # "pushed north from Huixtla"
        elif word in ("in", "at", "near", "outside", "inside", "under") and lem in STAY_VERBS and not (
                lem == "be" and children(tok, "attr", "acomp")):
            # "camped in the plaza of Tapachula": kept only if a place is found there
            found.append(("arrive", "locative"))
    if lem in MOTION_VERBS:  # "make their way through Mexico", "continued its march"
        for obj in children(tok, "dobj", "npadvmod"):
            if lemma(obj) in ("way", "march", "journey", "trek", "trip", "walk", "advance",
                              "trek", "path"):
                for word, pobj in preps(tok) + preps(obj):
                    if word in ("through", "into", "to") and is_place_word(pobj):
                        kind = "cross_border" if word == "into" and is_country_word(
                            pobj) else "arrive"
                        found.append((kind, "make_way"))
    return found[:1]


def _rule_cross(tok: Token) -> Found:
    for obj in children(tok, "dobj"):
        if lemma(obj) in PART_WORDS:
            return [("arrive", "cross_much_of")]
        if lemma(obj) in BORDER_NOUNS or is_country_word(obj):
            return [("cross_border", "cross_border")]
    for word, obj in preps(tok):
        if word in ("into", "to") and is_country_word(obj):
            return [("cross_border", "cross_into")]
        if word in ("into", "over", "across") or lemma(obj) in BORDER_NOUNS:
            return [("cross_border", "cross_prep")]
    if not children(tok, "dobj"):
        return [("cross_border", "cross_bare")]
    return []


def _rule_enter(tok: Token) -> Found:
    for obj in children(tok, "dobj"):
        if is_country_word(obj) or lemma(obj) in ("country", "territory"):
            return [("cross_border", "enter_country")]
        if is_place_word(obj) or lemma(obj) in ("city", "town"):
            return [("arrive", "enter_place")]
    return _rule_motion(tok)


def _rule_transport(tok: Token) -> Found:
    prt = particle(tok)
    pp = preps(tok)
    if prt == "back" or any(o.lower_ in ("back", "home") for o in children(
            tok, "advmod", "npadvmod")) and (_is_passive(tok) or children(tok, "dobj")):
        return [("deport", f"{lemma(tok)}_back")]  # "flown back", "sent home on buses"
    if lemma(tok) == "take" and any(lemma(o) in ("shelter", "refuge", "cover")
                                    for o in children(tok, "dobj")):
        return [("arrive", "locative")]  # "took shelter in a church in Arriaga"
    if lemma(tok) == "take" and prt == "in" and children(tok, "dobj"):
        return [("aid", "take_in")]  # "a shelter took in 600 migrants"
    if not _is_passive(tok) and lemma(tok) not in ("bus", "fly", "truck"):
        return _rule_motion(tok)  # "the caravan moved on to Mapastepec"
    for word, obj in pp:
        if word == "to" and is_place_word(obj):
            return [("arrive", f"{lemma(tok)}_to")]
    return []


def _rule_join(tok: Token) -> Found:
    if lemma(tok) == "merge" and not any(p == "with" for p, _ in preps(tok)):
        return []
    if lemma(tok) == "catch":  # "caught up with the caravan"
        return [("join", "catch_up")] if particle(tok) == "up" and any(
            p == "with" for p, _ in preps(tok)) else []
    if lemma(tok) in ("grow", "swell") and (children(tok, "acomp", "xcomp", "oprd") or any(
            c.pos_ == "ADJ" for c in tok.children)):
        return []  # "grew tired of waiting", "grew frustrated", "grew to hate"
    return [("join", lemma(tok))]


def _rule_block(tok: Token) -> Found:
    lem, prt = lemma(tok), particle(tok)
    if (lem == "turn" and prt == "in") or (lem == "turn" and any(
            o.lower_ in ("themselves", "himself", "herself") for o in children(tok, "dobj"))):
        return [("dissolve", "turn_in")]  # "turned themselves in to agents": surrender
    if lem == "turn" and prt not in ("back", "away"):
        return []
    if lem == "hold" and prt not in ("back", "up"):
        return []  # "held in detention" is a detention (see the noun rules)
    if lem == "challenge" and not _has_force(tok):
        return []
    if _has_force_subject(tok) and any(lemma(o) in ROUTE_NOUNS for o in children(tok, "dobj")):
        return [("block", f"{lem}_route")]  # "police blocked the border bridge"
    if lem == "stop" and not _is_passive(tok) and not children(tok, "dobj"):
        return _rule_motion(tok)  # "before stopping in Morales": the group stopped there
    return [("block", lem)]


def _rule_deploy(tok: Token) -> Found:
    if any(lemma(o) in FORCE_NOUNS or _has_force(o) for o in children(tok, "dobj")):
        return [("block", "deploy_forces")]
    if _is_passive(tok) and any(lemma(o) in FORCE_NOUNS
                                for o in children(tok, "nsubjpass")):
        return [("block", "deploy_forces")]
    return []


def _rule_clash(tok: Token) -> Found:
    lem = lemma(tok)
    if lem in ("fire", "hurl", "throw", "charge"):
        if lem == "charge" and (children(tok, "dobj") and _is_passive(tok) is False
                                and any(p == "with" for p, _ in preps(tok))):
            return []  # "charged them with smuggling"
        if lem != "charge" and not any(lemma(o) in CLASH_WEAPONS or any(
                lemma(t) in CLASH_WEAPONS for t in o.subtree) for o in children(tok, "dobj")):
            return []
    if lem == "fight" and not any(p in ("with", "against") for p, _ in preps(tok)):
        return []
    if lem in ("trade", "exchange"):
        objs = [o for o in children(tok, "dobj") if lemma(o) in CLASH_EXCHANGES]
        return [("clash", "trade_blows")] if objs and any(  # "with" hangs off either
            p == "with" for p, _ in preps(tok) + preps(objs[0])) else []
    return [("clash", lem)]


def _rule_detain(tok: Token) -> Found:
    lem = lemma(tok)
    if lem == "hand" and particle(tok) == "out":  # "handed out visas" (an offer)
        if tok.tag_ in ("VBZ", "VBP"):
            return []  # "hands out visas like candy": a habit, not a happening
        return [("offer", "hand_out_offer")] if _offer_kind(
            children(tok, "dobj", "nsubjpass")) == "offer" else []
    if lem == "hand":  # "handed over to immigration agents"
        return [("detain", "hand_over")] if particle(tok) == "over" or any(
            p == "over" for p, _ in preps(tok)) else []
    if lem == "round" and particle(tok) != "up":
        return []
    if lem == "sweep" and particle(tok) != "up":
        return []
    return [("detain", lem)]


def _rule_deport(tok: Token) -> Found:
    if lemma(tok) == "return" and not (_is_passive(tok) or children(tok, "dobj")):
        return []  # only "were returned to Honduras" / "returned them": sent, not went home
    return [("deport", lemma(tok))]


def _offer_kind(objs: Iterable[Token]) -> str | None:
    for obj in objs:
        for t in obj.subtree:
            if lemma(t) in OFFER_OBJECTS:
                return "offer"
            if lemma(t) in AID_OBJECTS:
                return "aid"
    return None


def _rule_aid_verb(tok: Token) -> Found:
    """"Soup kitchens fed the migrants", "received humanitarian visas" (an offer)."""
    if lemma(tok) == "receive":
        kind = _offer_kind(children(tok, "dobj"))
        return [(kind, f"receive_{kind}")] if kind else []
    if lemma(tok) == "open":  # "opened a gymnasium as a shelter for the caravan"
        return [("aid", "open_shelter")] if any(
            lemma(o) in SHELTER_NOUNS for o in children(tok, "dobj")) else []
    if lemma(tok) in ("treat", "vaccinate") and any(p == "as" for p, _ in preps(tok)):
        return []  # "treated them as criminals"
    if lemma(tok) == "attend":  # "medics attended to hundreds of marchers"
        return [("aid", "attend_to")] if any(p == "to" for p, _ in preps(tok)) else []
    return [("aid", lemma(tok))] if children(tok, "dobj") or _is_passive(tok) else []


# Who an offer is made to, as its first object ("offered the marchers permits"), when
# the tagger loses the second object.
RECIPIENT_NOUNS = frozenset(["migrant", "marcher", "caravan", "member", "people", "family",
                             "participant", "traveler", "traveller", "refugee", "them"])
OFFERER_NOUNS = frozenset(["official", "authority", "government", "ministry", "agency",
                           "institute", "president", "governor", "mayor", "state"])


def _rule_offer(tok: Token) -> Found:
    objs = children(tok, "dobj", "nsubjpass")
    kind = _offer_kind(objs)
    if kind is None and lemma(tok) == "offer" and not _is_passive(tok) and any(
            lemma(o) in RECIPIENT_NOUNS for o in children(tok, "dobj", "dative")) and any(
            lemma(s) in OFFERER_NOUNS for s in children(tok, "nsubj")):
        return [("offer", "offer_to_group")]  # "officials offered the marchers ..."
    if kind == "aid" and lemma(tok) in ("offer", "give"):
        return [("aid", "offer_aid")]
    if kind == "offer":
        return [("offer", lemma(tok))]
    return []


def _rule_dissolve(tok: Token) -> Found:
    lem = lemma(tok)
    objs = children(tok, "dobj")
    if lem == "accept":
        if any(lemma(o) in ("offer", "proposal", "deal", "visa", "permit") for o in objs):
            return [("dissolve", "accept_offer")]
        return []
    if lem == "give" and particle(tok) != "up":
        return []
    if lem == "break" and any(p == "through" for p, _ in preps(tok)):
        return _rule_motion(tok)  # "broke through a police line"
    if lem == "break" and particle(tok) in ("up", "apart") and objs:
        return [("block", "break_up")]  # "police broke up the caravan"
    if lem == "break" and particle(tok) not in ("up", "apart"):
        return []
    if lem in ("quit", "abandon") and not any(
            lemma(o) in ("caravan", "march", "journey", "group", "convoy") for o in objs):
        return []
    if lem == "disperse" and objs:
        return [("block", "disperse")]
    if lem == "end" and (objs or _is_passive(tok)):
        return []  # "ended the day in Huixtla", "the talks were ended"
    return [("dissolve", lem)]


def _rule_noun(tok: Token) -> Found:
    rule = _NOUN_RULES[lemma(tok)]
    head = tok.head
    hl = lemma(head)
    if rule == "depart_noun":
        return [("depart", "departure")] if any(p == "from" for p, _ in preps(tok)) else []
    if rule == "arrive_noun":  # "the arrival of the caravan in Tijuana"
        return [("arrive", "arrival")] if any(
            t.lower_ in ("in", "at", "to") and t.dep_ == "prep" for t in tok.subtree) else []
    if rule == "clash_noun":
        return [("clash", "clash_noun")]
    if rule == "detain_noun":
        if hl in ("in", "into") and lemma(head.head) in ("hold", "keep", "take", "place",
                                                          "be", "remain", "put"):
            return [("detain", "in_detention")]
        if hl in ("under",) or (lemma(tok) == "arrest" and hl in ("make", "place")):
            return [("detain", "arrest_noun")]
        return []
    if rule == "deport_noun":
        if hl in ("for", "face", "order") or (head.dep_ == "prep" and lemma(head.head) in (
                "sentence", "order", "slate", "mark", "face")):
            return [("deport", "deportation_noun")]
        return []
    if rule == "offer_noun":
        if _offer_kind([tok]) == "offer" or hl in ("accept", "reject", "refuse", "announce"):
            found: Found = [("offer", "offer_noun")]
            if hl == "accept":
                return found
            return found
        return []
    if rule == "asylum":
        if lemma(tok) == "status" and not any(lemma(c) == "refugee" for c in tok.children):
            return []
        if lemma(tok) == "refuge" and any(p in ("at", "in", "under", "inside") and not
                                          is_country_word(o) for p, o in preps(tok) + preps(
                                              head)):
            return []  # "sought refuge at a church": shelter, not asylum
        heads = [head, head.head] if head.dep_ == "prep" or hl == "for" else [head]
        if lemma(tok) in ASYLUM_NOUNS and tok.dep_ == "compound" and hl in ASYLUM_HEADS:
            return [("asylum", "asylum_compound")]
        if any(lemma(h) in ASYLUM_HEADS for h in heads):
            return [("asylum", "apply_asylum")]
        return []
    if rule == "weapon":
        if any(c.lower_ in ("tear", "pepper", "rubber") for c in tok.children) or (
                tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("tear", "pepper", "rubber")):
            return [("clash", "weapon")]
        return []
    if rule == "aid":
        if head.lower_ == "of" and head.dep_ == "prep" and head.head.pos_ in ("NOUN", "NUM"):
            tok, head = head.head, head.head.head  # "handed out 600 plates of food"
        verb = head.head if head.dep_ == "prep" and head.lower_ == "with" else head
        while verb.dep_ == "conj" and verb.pos_ in ("NOUN", "PROPN"):
            verb = verb.head
        if tok.dep_ in ("dobj", "nsubjpass", "conj", "pobj", "dative") and (
                lemma(verb) in AID_VERBS or (head.lower_ == "with" and lemma(verb) in (
                    "arrive", "come", "show", "wait", "greet", "welcome", "receive"))):
            return [("aid", "aid_noun")]
        return []
    return []


_RULES: dict[str, Callable[[Token], Found]] = {
    "depart": _rule_depart, "depart_phrasal": _rule_depart_phrasal, "gather": _rule_gather,
    "arrive": _rule_arrive, "motion": _rule_motion, "cross": _rule_cross,
    "enter": _rule_enter, "transport": _rule_transport, "join": _rule_join,
    "block": _rule_block, "deploy": _rule_deploy, "clash": _rule_clash,
    "detain": _rule_detain, "deport": _rule_deport, "offer": _rule_offer,
    "dissolve": _rule_dissolve, "aid_verb": _rule_aid_verb,
}


def classify(tok: Token, is_noun: bool) -> Found:
    """The (event type, rule) pairs ``tok`` triggers."""
    if is_noun:
        return _rule_noun(tok) if lemma(tok) in _NOUN_RULES else []
    rule = _VERB_RULES.get(lemma(tok))
    return _RULES[rule](tok) if rule else []



def find_triggers(state: ArticleState) -> list[Candidate]:
    """Every (token, event type) the lexicons and rules propose in ``state.doc``."""
    doc = state.doc
    matcher = _matcher(doc.vocab)
    noun_label = doc.vocab.strings["NOUN"]
    seen: set[tuple[int, str]] = set()
    found: list[Candidate] = []
    for match_id, start, _end in matcher(doc):
        tok = doc[start]
        for kind, rule in classify(tok, match_id == noun_label):
            if (tok.i, kind) in seen:
                continue
            seen.add((tok.i, kind))
            found.append(Candidate(type=kind, trigger=tok, sent=state.sentence_of(tok),
                                   rule=rule))
    found.sort(key=lambda c: c.trigger.i)
    return found


@register("triggers", VERSION, requires=("doc",), assigns=("candidates",))
def triggers_component(state: ArticleState) -> None:
    """Propose candidates: ``state.candidates``."""
    state.candidates = find_triggers(state)
