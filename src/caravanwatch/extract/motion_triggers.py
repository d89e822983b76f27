"""Rules for verb triggers of movement: arriving, moving into/through/across a place,
crossing and entering (see :mod:`.triggers`); the other verb rules are in
:mod:`.verb_triggers`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from caravanwatch.extract.lexicon import (
    ACROSS_VERBS,
    BARRIER_NOUNS,
    BORDER_NOUNS,
    COMPLETIVE_TO,
    DEPART_MOTION,
    EDGE_NOUNS,
    LODGE_PREPS,
    LODGE_VERBS,
    MOTION_VERBS,
    NOT_REACHED,
    PART_WORDS,
    STAY_VERBS,
    STOPPING_BARRIERS,
    VENUE_NOUNS,
    WAY_VERBS,
)
from caravanwatch.extract.repairs import named_crossing
from caravanwatch.extract.trigger_tree import (
    Found,
    bare_across,
    children,
    has_force,
    has_force_subject,
    inland_river,
    is_border_barrier,
    is_country_name,
    is_country_word,
    is_passive,
    is_place_word,
    lemma,
    offer_kind,
    particle,
    preps,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def _rule_arrive(tok: Token) -> Found:
    if any(lemma(o) in ("soil", "territory") and any(
            c.dep_ in ("amod", "compound") and is_country_word(c) for c in o.children)
           for o in children(tok, "dobj") + [o for _, o in preps(tok)]):
        return [("cross_border", "reach_soil")]  # "reached Mexican soil"
    if lemma(tok) == "reach":
        objs = children(tok, "dobj")
        if objs and (lemma(objs[0]) in NOT_REACHED or objs[0].like_num or any(
                c.dep_ == "nummod" for c in objs[0].children)):
            return []  # "reached an agreement", "reached 7,000 people" (a size)
    return [("arrive", lemma(tok))]


def _rule_show_up(tok: Token) -> Found:
    """"Showed up in Piedras Negras", "turned up at the border": the group is there."""
    if particle(tok) == "up" and any(p in ("in", "at", "near", "outside") for p, _ in preps(
            tok)):
        return [("arrive", "locative")]
    return []


# Spans of a long stay: "have spent months in Tapachula", "lived for years in Chile" is
# a life story, not the group reported at a place (found on open held-out articles).
LONG_SPANS = frozenset(["month", "year", "decade"])


def _long_stay(tok: Token) -> bool:
    spans = children(tok, "dobj", "npadvmod") + [o for p, o in preps(tok) if p == "for"]
    return any(lemma(o) in LONG_SPANS and o.tag_ == "NNS" for o in spans)


def _stay_until(tok: Token) -> bool:
    """Whether a stay announced for later runs "until" a day: "will rest in Juchitán until
    Tuesday" (the group is there already; when it leaves is the news)."""
    return lemma(tok) in ("rest", "stay", "remain", "camp", "wait") and any(
        p in ("until", "till") for p, _ in preps(tok)) and any(
        a.lower_ in ("will", "would", "'ll", "plan", "to") for a in tok.children
        if a.dep_ == "aux")


# Units of a distance walked ("walk the 38 kilometers to Huixtla").
DISTANCE_UNITS = frozenset(["kilometer", "kilometre", "km", "mile"])
# Verbs whose infinitive complement is a movement announced for a day ("plan to walk to
# X on Sunday"); the modality component judges it planned.
PLANNING_HEADS = frozenset(["plan", "intend", "expect", "aim", "prepare", "hope", "want",
                            "schedule", "decide"])


# Verbs that take a movement as their complement and pass on its time: "resume walking",
# "keep marching", "try to continue walking" (by hand from the ways news says a caravan
# will set off again after a rest).
RESUMING_HEADS = frozenset(["continue", "keep", "resume", "try", "attempt"])
# Movements that, resumed, set the group off again ("resumed walking on Monday").
RESUMED_MOVES = frozenset(["walk", "march", "trek", "hike", "move", "travel"])


def resumed_walking(tok: Token) -> bool:
    """Whether ``tok`` says the group sets off again from where it rests: "resumed
    walking on Monday", "will keep walking toward Mapastepec on Wednesday", "would try to
    continue walking on Monday".  "kept walking" in the past is the trip going on, not a
    departure, so continue/keep count only announced for a day."""
    if lemma(tok) not in RESUMED_MOVES or tok.tag_ != "VBG" or tok.dep_ != "xcomp" or (
            lemma(tok.head) not in ("continue", "keep", "resume")):
        return False
    if any(w in ("to", "into", "as far as") for w, _ in preps(tok)):
        return False  # "resumed walking to Huixtla": where it got to is the arrival
    return lemma(tok.head) == "resume" or planned_move(tok)


def planned_move(tok: Token) -> bool:
    """Whether a movement is announced for a stated day: "would continue toward Huixtla
    on Thursday", "plan to walk to Huixtla on Saturday" (a goal with no day is none)."""
    verb = tok
    while verb.dep_ in ("conj", "xcomp") and verb.head != verb and (
            verb.dep_ == "conj" or lemma(verb.head) in RESUMING_HEADS):
        verb = verb.head  # "would rest in X on Wednesday and continue toward Y", "will
        # resume walking toward Y on Tuesday", "would try to keep walking on Monday"
    future = any(a.lower_ in ("will", "would", "'ll", "shall") for a in verb.children
                 if a.dep_ == "aux") or (verb.dep_ == "xcomp" and lemma(verb.head) in
                                        PLANNING_HEADS)
    carried = any(lemma(o) not in DISTANCE_UNITS for o in children(tok, "dobj"))
    return future and not carried and any(t.ent_type_ in ("DATE", "TIME") for t in tok.sent)
    # ("would move others to Tapachula by bus": someone moved, not the group walking)


# Directions the tagger takes for the head of "the Rio Grande west of El Paso".
COMPASS_SIDES = frozenset(["west", "east", "north", "south", "upstream", "downstream"])


def _rule_motion(tok: Token) -> Found:
    lem = lemma(tok)
    if resumed_walking(tok):
        return [("depart", "resume_walking")]
    if lem in STAY_VERBS and (_long_stay(tok) or _stay_until(tok)):
        return []
    if lem in LODGE_VERBS and tok.dep_ == "relcl" and is_place_word(tok.head) and any(
            c.lower_ == "where" for c in tok.children if c.dep_ == "advmod"):
        return [("arrive", "lodged_where")]  # "a gas station in Chiquimula, where 900 of
        # the caravan spent the night", "the square where they camped"
    if lem == "make" and any(t.lower_ == "available" for t in tok.subtree):
        kind = offer_kind([c for c in tok.children if c.dep_ not in ("nsubj", "nsubjpass")])
        return [(kind, "make_available")] if kind else []  # "made buses available to them"
    if lem == "go" and any(lemma(o) == "way" and any(c.lower_ == "separate" for c in o.children)
                           for o in children(tok, "dobj", "npadvmod")):
        return [("dissolve", "separate_ways")]  # "went their separate ways"
    if lem == "shove" and particle(tok) == "back" and children(tok, "dobj") and (
            has_force_subject(tok)):
        return [("clash", "shove_back")]  # "officers shoved them back": force, hand to hand
    if lem in ("push", "drive", "force") and particle(tok) == "back" and (
            children(tok, "dobj") or is_passive(tok)):
        return [("block", f"{lem}_back")]  # "pushed the group back at a roadblock"
    if lem in ACROSS_VERBS and bare_across(tok):
        return [("cross_border", "across_bare")]  # "waded across on Monday", "made it across"
    if lem in ("storm", "rush") and any(is_border_barrier(o) for o in children(tok, "dobj")):
        return [("cross_border", "storm_border")]  # "stormed the border fence"
    found: Found = []
    for word, obj in preps(tok):
        if word == "through" and lem in MOTION_VERBS | {"break", "force", "burst", "crash"} and (
                is_border_barrier(obj)):
            # "broke through the border gate": over the border, against its guards
            return [("cross_border", f"{lem}_through_border"), ("clash", "through_border")]
        if word == "to" and lem == "come" and lemma(obj) in ("end", "halt", "standstill"):
            # "the caravan came to an end in X" / "came to a halt"
            return [("dissolve", "come_to_end")] if lemma(obj) == "end" else [
                ("arrive", "come_to_halt")]
        if word == "under" and lem in ("get", "be") and lemma(obj) == "way":
            return [("depart", "under_way")]  # "got under way from San Salvador"
        if word == "on" and lem in STAY_VERBS and lemma(obj) in EDGE_NOUNS:
            found.append(("arrive", "locative"))  # "camped on the edge of town"
            continue
        if word == "against" and lem in ("come", "run", "bump") and particle(tok) == "up" and (
                lemma(obj) in BARRIER_NOUNS | STOPPING_BARRIERS or has_force(obj)):
            return [("block", "up_against_forces")]  # "came up against a line of police",
            # "ran up against a military cordon": stopped (no fight told)
        if word == "into" and lem in MOTION_VERBS | {"run", "crash", "slam", "bump"} and (
                lemma(obj) in STOPPING_BARRIERS):
            found.append(("block", f"{lem}_into_roadblock"))  # "ran into a checkpoint":
            # stopped, no fight
        elif word == "into" and lem in MOTION_VERBS | {"run", "crash", "slam", "bump"} and (
                lemma(obj) in BARRIER_NOUNS or has_force(obj)):
            found.append(("clash", f"{lem}_into_forces"))  # "ran into a wall of police"
        elif word == "into" and lem in MOTION_VERBS | {"settle"}:
            if is_country_name(obj):
                found.append(("cross_border", f"{lem}_into_country"))
            elif is_place_word(obj) or _venue_in_place(obj):
                found.append(("arrive", f"{lem}_into"))
        elif word == "on" and lem == "descend" and (is_place_word(obj) or _venue_in_place(
                obj)):
            found.append(("arrive", "descend_on"))  # "descended on the border city of X"
        elif word in ("to", "as far as") and lem in COMPLETIVE_TO and (
                word == "as far as" or tok.tag_ in ("VBD", "VBN")) and is_place_word(obj):
            found.append(("arrive", f"{lem}_to"))
        elif word == "to" and lem in COMPLETIVE_TO and planned_move(tok) and is_place_word(
                obj):
            found.append(("arrive", f"{lem}_to_planned"))  # "would walk to Huixtla on
            # Saturday": the day's goal, announced
        elif word in ("toward", "towards") and lem in COMPLETIVE_TO and planned_move(tok) and (
                is_place_word(obj)):
            found.append(("depart", f"{lem}_toward_planned"))  # "will continue toward
            # Huixtla on Thursday": setting off again from where the group is
        elif word == "through" and lem in MOTION_VERBS | {"break", "force"} and (
                lemma(obj) in BARRIER_NOUNS | {"fence", "gate"} or has_force(obj)):
            found.append(("clash", f"{lem}_through_forces"))  # "broke through a police line"
        elif word == "through" and lem in MOTION_VERBS and is_place_word(obj):
            found.append(("arrive", f"{lem}_through"))
        elif word == "across" and lem in MOTION_VERBS and (lemma(obj) in BORDER_NOUNS or (
                lemma(obj) in COMPASS_SIDES and any(  # "across the Rio Grande west of El
                    c.dep_ == "compound" and lemma(c) in BORDER_NOUNS  # Paso" (parsed with
                    for c in obj.children))) and not inland_river(obj):  # "west" its head)
            found.append(("cross_border", f"{lem}_across"))  # "waded across the river"
        elif word == "across" and lem in MOTION_VERBS and is_country_word(obj):
            found.append(("arrive", f"{lem}_across_country"))  # "walked across Guatemala":
            # through the country, not into it
        elif word in ("from", "out") and (lem in DEPART_MOTION or (
                lem == "go" and particle(tok) == "out")) and is_place_word(obj) and not any(
                w in ("to", "into", "as far as") for w, _ in preps(tok)):
            found.append(("depart", f"{lem}_from"))  # "pushed north from Huixtla", "went
            # out from the city of Tapachula" (wire copy translated word for word)
        elif word == "from" and lem in DEPART_MOTION | {"advance"} and is_place_word(obj) and (
                tok.tag_ in ("VBD", "VBN")) and any(w == "to" and is_place_word(o) for w, o in
                                                   preps(tok)):
            found.append(("depart", f"{lem}_from_to"))  # "advanced from Arriaga to
            # Juchitán": it set off from one and reached the other
        elif word in ("in", "at", "near", "outside", "inside", "under") and lem in STAY_VERBS and not (
                lem == "be" and children(tok, "attr", "acomp")):
            # "camped in the plaza of Tapachula": kept only if a place is found there
            found.append(("arrive", "locative"))
        elif word in LODGE_PREPS and lem in LODGE_VERBS and obj.ent_type_ not in (
                "DATE", "TIME") and lemma(obj) not in ("way", "foot", "road", "journey"):
            found.append(("arrive", "locative"))  # "camped on the bridge at X", "slept on
            # the floor of a gym in Y" (kept only if a place is found there)
    if not found and lem in COMPLETIVE_TO and planned_move(tok):  # "walk the 38
        # kilometers to Huixtla on the first day"
        for obj in children(tok, "dobj", "npadvmod"):
            if lemma(obj) in DISTANCE_UNITS and any(
                    w == "to" and is_place_word(o) for w, o in preps(obj)):
                found.append(("arrive", f"{lem}_distance_to_planned"))
    if lem in MOTION_VERBS | WAY_VERBS:  # "make their way through Mexico", "continued
        # its march", "forced their way across the bridge"
        for obj in children(tok, "dobj", "npadvmod"):
            if lemma(obj) in ("way", "march", "journey", "trek", "trip", "walk", "advance",
                              "trek", "path"):
                for word, pobj in preps(tok) + preps(obj):
                    if word == "across" and lemma(obj) == "way" and (
                            lemma(pobj) in BORDER_NOUNS or is_country_word(pobj)):
                        found.insert(0, ("cross_border", "way_across"))
                    if word in ("through", "into", "to") and is_place_word(pobj):
                        kind = "cross_border" if word == "into" and is_country_word(
                            pobj) else "arrive"
                        found.append((kind, "make_way"))
    # one reading per verb, and the setting off of "walked from X to Y" beside it
    main = [f for f in found if not f[1].endswith("_from_to")][:1]
    return main + [f for f in found if f[1].endswith("_from_to")][:1]


def _venue_in_place(obj: Token) -> bool:
    """Whether ``obj`` is a venue in a named place: "the stadium in Mexico City", "the
    plaza of Huixtla" (the place found there is the arrival's)."""
    return lemma(obj) in VENUE_NOUNS and any(
        p in ("in", "of", "at") and is_place_word(o) for p, o in preps(obj))


def _rule_cross(tok: Token) -> Found:
    if any(inland_river(o) for o in children(tok, "dobj")) and not any(
            w in ("into", "to") and is_country_word(o) for w, o in preps(tok)):
        return []  # "crossed the Huehuetán River on a rope line": a river on the route
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
    if not children(tok, "dobj") and not named_crossing(tok):
        return [("cross_border", "cross_bare")]
    return []


def _rule_enter(tok: Token) -> Found:
    for obj in children(tok, "dobj"):
        if is_country_word(obj) or lemma(obj) in ("country", "territory"):
            return [("cross_border", "enter_country")]
        if is_place_word(obj) or lemma(obj) in ("city", "town"):
            return [("arrive", "enter_place")]
    return _rule_motion(tok)
