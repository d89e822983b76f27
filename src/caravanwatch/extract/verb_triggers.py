"""Rules for verb triggers: each reads the tree around a matched verb to say which event,
if any, it states (see :mod:`.triggers`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from caravanwatch.extract.give_triggers import _rule_aid_verb, _rule_dissolve, _rule_offer
from caravanwatch.extract.lexicon import (
    ACCEPTED_OFFERS,
    AID_POINT_KINDS,
    AID_POINTS,
    BARRIER_NOUNS,
    CLASH_EXCHANGES,
    CLASH_WEAPONS,
    COMPASS_WAYS,
    DETENTION_MODIFIERS,
    DETENTION_PLACES,
    ENTRY_NOUNS,
    FACED_BARRIERS,
    FORCE_NOUNS,
    MARCH_NOUNS,
    MONEY_WORDS,
    NOT_JOINED,
    OFFERER_NOUNS,
    PASS_BLOCKERS,
    PASS_VERBS,
    RECIPIENT_NOUNS,
    ROAD_NOUNS,
    ROUTE_NOUNS,
    SHELTER_NOUNS,
    START_OBJECTS,
    START_XCOMPS,
    TRAVEL_PURPOSE,
    VEHICLE_NOUNS,
)
from caravanwatch.extract.motion_triggers import (
    _rule_arrive,
    _rule_cross,
    _rule_enter,
    _rule_motion,
    _rule_show_up,
    planned_move,
)
from caravanwatch.extract.trigger_tree import (
    Found,
    authority_pronoun,
    children,
    has_force,
    has_force_subject,
    is_country_name,
    is_passive,
    is_place_word,
    lemma,
    offer_kind,
    particle,
    preps,
    sent_back,
    to_detention,
)

if TYPE_CHECKING:
    from spacy.tokens import Token



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
        if children(tok, "auxpass", "nsubjpass"):
            return []  # "to be left alone", "were left stranded": left by someone (a
            # bare participle is the tagger's reading of a headline or caption: "Migrants
            # left on foot at dawn")
        if any(lemma(o) in MARCH_NOUNS for o in children(tok, "dobj")):
            return [("dissolve", "leave_group")]  # "dozens left the caravan in Arriaga"
    return [("depart", lemma(tok))]


def _rule_depart_phrasal(tok: Token) -> Found:
    lem, prt = lemma(tok), particle(tok)
    pp = preps(tok)
    if lem == "set" and prt in ("off", "out"):
        return [("depart", "set_off")]
    if lem == "strike" and prt in ("out", "off") and (any(p in ("from", "for", "toward",
                                                                "towards") for p, _ in pp) or any(
            c.lower_ in COMPASS_WAYS for c in tok.children)):
        return [("depart", "strike_out")]  # "struck out from Ciudad Hidalgo on foot"
    if lem == "set" and any(lemma(o) == "foot" for o in children(tok, "dobj")):
        places = [o for p, o in pp if p in ("in", "on", "into")]
        if any(is_country_name(o) or lemma(o) in ("soil", "territory") for o in places):
            return [("cross_border", "set_foot")]  # "set foot in Mexico"
        return [("arrive", "set_foot")] if any(is_place_word(o) for o in places) else []
    if lem in ("resume", "hit") and any(
            lemma(o) in START_OBJECTS | {"road"} for o in children(tok, "dobj")):
        return [("depart", f"{lem}_journey")]  # "resumed their trek", "hit the road"
    if lem == "set" and prt == "up" and any(lemma(o) in BARRIER_NOUNS | {
            "roadblock", "checkpoint"} for o in children(tok, "dobj")):
        return [("block", "set_up_roadblock")]  # "police set up a roadblock to stop them"
    if lem == "set" and prt == "up" and any(lemma(o) in SHELTER_NOUNS or (
            lemma(o) in AID_POINTS and any(lemma(c) in AID_POINT_KINDS for c in o.children))
            for o in children(tok, "dobj")) and (any(p == "for" for p, _ in pp) or not any(
            lemma(o) == "camp" for o in children(tok, "dobj"))):
        return [("aid", "set_up_shelter")]  # "set up a shelter/tents for the migrants"
    if lem == "set" and prt == "up" and any(lemma(o) in ("camp", "tent", "camps")
                                            for o in children(tok, "dobj")):
        return [("arrive", "locative")] if any(
            p in ("in", "at", "near", "outside") for p, _ in pp) else []
    if lem in ("start", "begin", "commence", "launch") or (lem == "kick" and prt == "off"):
        if prt == "out" or any(lemma(o) in START_OBJECTS for o in children(tok, "dobj")) \
                or any(p == "from" for p, _ in pp):  # "the march started from Tapachula"
            return [("depart", "start_journey")]
        if any(lemma(x) in START_XCOMPS for x in children(tok, "xcomp")):
            return [("depart", "start_walking")]
        if lem in ("start", "begin") and any(c.lower_ in COMPASS_WAYS for c in children(
                tok, "advmod")) and not children(tok, "dobj"):
            return [("depart", "start_north")]  # "folded their tarps and started north"
        return []
    if lem == "head" and (prt in ("out", "off") or any(p in ("from", "out", "off")
                                                        for p, _ in pp)):
        return [("depart", "head_from")]
    if lem == "head" and planned_move(tok) and any(p in ("toward", "towards", "for", "to")
                                                   for p, _ in pp):
        return [("depart", "head_planned")]  # "plans to head toward Chiquimula tomorrow"
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
                a.lower_ == "to" for a in c.children if a.dep_ == "aux") and _purpose_of(
                c, tok):
            return [("depart", "gather_to_travel")]
    return _rule_motion(tok)


def _purpose_of(verb: Token, gather: Token) -> bool:
    """Whether ``verb`` is the gathering's own purpose ("gathered in X to begin the
    journey", "assembled at dawn, ready to leave"), not a clause on a noun or a time
    ("had gathered since Saturday after calls to travel together spread")."""
    cur = verb
    while cur != gather:
        if cur.dep_ == "acl" and cur.head.lower_ == "order" and cur.head.head.lower_ == "in":
            cur = cur.head.head.head  # "in order to travel together"
            continue
        if cur.dep_ not in ("advcl", "xcomp", "conj", "acomp", "oprd", "advmod") or any(
                m.dep_ == "mark" and m.lower_ not in ("to", "order", "so", "in")
                for m in cur.children) or cur.head == cur:
            return False
        cur = cur.head
    return True


def _rule_transport(tok: Token) -> Found:
    lem, prt = lemma(tok), particle(tok)
    pp = preps(tok)
    objs = children(tok, "dobj")
    if lem == "take" and any(p == "to" and lemma(o) in ROAD_NOUNS for p, o in pp):
        return [("depart", "take_to_road")]  # "took to the road from San Pedro Sula"
    if lem == "take" and prt == "up" and any(lemma(o) in ACCEPTED_OFFERS for o in objs):
        return [("dissolve", "accept_offer")]  # "took up the offer"
    if lem == "take" and (prt == "away" or any(p == "off" and lemma(o) in VEHICLE_NOUNS
                                               for p, o in pp)) and (
            has_force_subject(tok) or (is_passive(tok) or tok.tag_ == "VBN")):
        return [("detain", "taken_away")]  # "saw a dozen people taken away in pickup
        # trucks", "agents took 27 people off a van" (by force, not a ride)
    moved = is_passive(tok) or bool(objs)
    if moved and not sent_back(tok) and (to_detention(tok) or (
            lem in ("load", "put", "force") and any(p in ("onto", "into", "on", "aboard") and (
                lemma(o) in VEHICLE_NOUNS) and not (lem == "put" and (
                    _bound_elsewhere(o) or _bound_elsewhere(tok))) for p, o in pp))):
        return [("detain", f"{lem}_to_detention")]  # "loaded onto buses", "taken to the
        # immigration station"
    if lem == "remove":  # "removed 300 Haitians to Port-au-Prince"
        return [("deport", "remove_to")] if moved and any(
            p == "to" and is_place_word(o) for p, o in pp) else []
    if lem in ("load", "put"):
        return []
    if prt == "back" or any(o.lower_ in ("back", "home") for o in children(
            tok, "advmod", "npadvmod")) and (is_passive(tok) or children(tok, "dobj")):
        return [("deport", f"{lemma(tok)}_back")]  # "flown back", "sent home on buses"
    if lem == "fly" and not is_passive(tok) and not objs and any(
            p in ("into", "to") and is_place_word(o) for p, o in pp):
        return [("arrive", "fly_into")]  # "flew into Managua on charter flights"
    if lemma(tok) == "take" and any(lemma(o) in ("shelter", "refuge", "cover")
                                    for o in children(tok, "dobj")):
        return [("arrive", "locative")]  # "took shelter in a church in Arriaga"
    if lemma(tok) == "take" and prt == "in" and children(tok, "dobj"):
        return [("aid", "take_in")]  # "a shelter took in 600 migrants"
    if not is_passive(tok) and lemma(tok) not in ("bus", "fly", "truck", "ferry", "shuttle",
                                                  "airlift"):
        return _rule_motion(tok)  # "the caravan moved on to Mapastepec"
    for word, obj in pp:
        if word == "to" and is_place_word(obj):
            return [("arrive", f"{lemma(tok)}_to")]
    return []


def _bound_elsewhere(vehicle: Token) -> bool:
    """Whether a vehicle (or the putting) goes on "to" a place that is no detention: "put
    the group on buses to the Costa Rican border" is a transfer on the route, not an
    arrest."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "toward", "towards") and not any(
        lemma(t) in DETENTION_PLACES | DETENTION_MODIFIERS for t in c.subtree)
        for c in vehicle.children)


def _rule_join(tok: Token) -> Found:
    lem, prt = lemma(tok), particle(tok)
    pp = [p for p, _ in preps(tok)]
    if lem == "merge" and "with" not in pp:
        return []
    if lem == "catch" and prt != "up" and (is_passive(tok) or has_force_subject(tok)):
        return [("detain", "caught")]  # "were caught by agents"
    if lem == "catch":  # "caught up with the caravan"
        return [("join", "catch_up")] if prt == "up" and "with" in pp else []
    if lem == "tag":  # "tagged along with the caravan"
        return [("join", "tag_along")] if prt == "along" or "along" in pp else []
    if lem == "latch":  # "latched onto the march"
        return [("join", "latch_on")] if {"on", "onto"} & (set(pp) | {prt}) else []
    if lem == "join" and any(lemma(o) in NOT_JOINED for o in children(tok, "dobj")):
        return []  # "joined forces", "joined calls for..."
    if lemma(tok) in ("grow", "swell") and (children(tok, "acomp", "xcomp", "oprd") or any(
            c.pos_ == "ADJ" for c in tok.children)):
        return []  # "grew tired of waiting", "grew frustrated", "grew to hate"
    return [("join", lemma(tok))]


def _rule_block(tok: Token) -> Found:
    lem, prt = lemma(tok), particle(tok)
    if (lem == "turn" and prt == "in") or (lem == "turn" and any(
            o.lower_ in ("themselves", "himself", "herself") for o in children(tok, "dobj"))):
        if tok.dep_ == "conj" and lemma(tok.head) in ("cross", "wade", "swim", "ford") and any(
                p == "to" and any(t.lower_ == "patrol" for t in o.subtree)
                for p, o in preps(tok)):
            return []  # "waded across the river and turned themselves in to Border
            # Patrol": how people ask for asylum once across the US border, not a caravan
            # giving up (which "turned themselves in to Border Patrol agents" alone may be)
        if any(lemma(t) in ("asylum", "refuge", "protection") for x in children(
                tok, "advcl", "xcomp") for t in x.subtree):
            return []  # "turned themselves in to agents to ask for asylum": the claim
        return [("dissolve", "turn_in")]  # "turned themselves in to agents": surrender
    if lem == "turn" and prt == "up":
        return _rule_show_up(tok)  # "turned up at the border"
    if lem == "turn" and prt not in ("back", "away"):
        return []
    objs = children(tok, "dobj")
    if lem == "stand":  # "police are standing in its way", "troops stood in their path"
        return [("block", "stand_in_way_route")] if has_force_subject(tok) and any(
            p == "in" and lemma(o) in ("way", "path") for p, o in preps(tok)) else []
    if lem in ("deny", "refuse"):  # "were denied entry", "refused the caravan passage"
        return [("block", f"{lem}_entry")] if any(lemma(o) in ENTRY_NOUNS for o in children(
            tok, "dobj", "nsubjpass", "dative")) else []
    if lem in ("allow", "let", "permit"):  # "did not allow the caravan to cross"
        # ("never allowed to reach the border" sums up a story: no time, no place)
        refused = tok.dep_ == "xcomp" and lemma(tok.head) in ("refuse", "decline")
        return [("block", "not_allowed")] if (refused or any(c.dep_ == "neg" and c.lower_ in (
            "not", "n't") for c in tok.children)) and (
            has_force_subject(tok) or is_passive(tok) or authority_pronoun(tok) or any(
                s.ent_type_ in ("GPE", "ORG", "NORP") for s in children(tok, "nsubj")) or (
                refused and has_force_subject(tok.head))) and any(
            lemma(x) in PASS_VERBS for x in children(tok, "xcomp", "ccomp")) else []
    if lem in ("face", "encounter", "meet") and (any(
            lemma(o) in FACED_BARRIERS or (lemma(o) in BARRIER_NOUNS and has_force(o))
            or lemma(o) in FORCE_NOUNS for o in objs) or (is_passive(tok) and lemma(
                tok) == "meet" and has_force_subject(tok))):
        return [("block", f"{lem}_forces")]  # "faced a line of riot police at the bridge",
        # "were met by hundreds of troops", "encountered a checkpoint"
    if lem in ("face", "encounter", "meet"):
        return []
    if lem == "hem":  # "troops hemmed in the migrants"
        return [("block", "hem_in")] if prt == "in" or any(
            p == "in" for p, _ in preps(tok)) else []
    if lem == "hold" and prt not in ("back", "up") and any(lemma(o) in MARCH_NOUNS
                                                           for o in objs):
        return [("block", "hold_group")]  # "a blockade of soldiers held the caravan"
    if lem == "hold" and prt not in ("back", "up"):
        # "were held at a checkpoint", "agents held 300 migrants at the station"
        return [("detain", "held")] if is_passive(tok) or (has_force_subject(tok) and any(
            lemma(o) in RECIPIENT_NOUNS or o.lower_ in RECIPIENT_NOUNS
            or lemma(o) in ("hundred", "dozen", "thousand")
            or o.like_num or children(o, "nummod") for o in objs)) else []
    if lem == "challenge" and not has_force(tok):
        return []
    if lem == "keep" and not any(p == "from" for p, _ in preps(tok)) and not (
            any(c.lower_ in ("out", "back") for c in tok.children if c.dep_ in (
                "prt", "advmod", "prep")) and has_force_subject(tok)):
        return []  # "kept the caravan from advancing", "troops kept them out" only
    routes = [o for o in objs if lemma(o) in ROUTE_NOUNS]
    if lem in ("close", "shut", "seal"):  # "closed the border to the caravan"
        return [("block", f"{lem}_route")] if routes and (has_force_subject(tok) or any(
            s.ent_type_ == "GPE" for s in children(tok, "nsubj"))) else []
    if lem in ("surround", "encircle", "kettle", "cordon", "trap") and not has_force_subject(
            tok):
        return []  # "reporters surrounded the migrants", "trapped in the jungle"
    if has_force_subject(tok) and routes:
        return [("block", f"{lem}_route")]  # "police blocked the border bridge"
    if routes and any(s.pos_ in ("NOUN", "PROPN") and s.ent_type_ not in ("GPE", "ORG", "NORP")
                      and lemma(s) not in OFFERER_NOUNS for s in children(tok, "nsubj")):
        return []  # "local residents blocked the road to protest the caravan"
    if lem in ("stop", "halt") and not is_passive(tok) and not objs:
        return _rule_motion(tok)  # "before stopping in Morales": the group stopped there
    return [("block", lem)]


def _standing_deployment(tok: Token) -> bool:
    """A deployment along a whole border or river, to a state's own border region, or
    "in case" a group comes, with no purpose of stopping one: a policy, not a block of
    the group ("deployed troops along the Suchiate River in case the migrants reach
    it", "will deploy 10,000 troops to its southern border states")."""
    if any(lemma(x) in PASS_BLOCKERS for x in children(tok, "xcomp", "advcl")):
        return False  # "deployed along the border to stop the caravan"
    for p, o in preps(tok):
        if p in ("along", "throughout") or (p == "in" and lemma(o) == "case"):
            return True
        if p == "to" and lemma(o) in ("border", "state", "region", "states") and any(
                c.dep_ == "poss" for c in o.children):
            return True
    return False


# Purposes of sending police that are no block: escorts and patrols (GUIDELINES.md:
# police escorts are not events), watching, protecting, helping.
NOT_BLOCKING_PURPOSES = frozenset(["patrol", "escort", "accompany", "protect", "guard",
                                   "monitor", "watch", "assist", "help", "oversee", "keep",
                                   "maintain", "ensure", "guarantee", "provide", "support"])


def _rule_deploy(tok: Token) -> Found:
    if _standing_deployment(tok):
        return []
    if any(lemma(x) in NOT_BLOCKING_PURPOSES for x in children(tok, "xcomp", "advcl")) and (
            not any(lemma(x) in PASS_BLOCKERS for x in children(tok, "xcomp", "advcl"))):
        return []  # "dispatched police to patrol the plaza where migrants gathered"
    if any(lemma(o) in FORCE_NOUNS or has_force(o) for o in children(tok, "dobj")):
        return [("block", "deploy_forces")]
    if is_passive(tok) and any(lemma(o) in FORCE_NOUNS or has_force(o)
                                for o in children(tok, "nsubjpass")):
        return [("block", "deploy_forces")]  # "hundreds of police were deployed"
    if tok.tag_ == "VBN" and tok.dep_ in ("acomp", "xcomp", "oprd") and lemma(tok.head) in (
            "remain", "stay", "be") and any(lemma(s) in FORCE_NOUNS or has_force(s)
                                             for s in children(tok.head, "nsubj")) and any(
            lemma(x) in PASS_BLOCKERS for x in children(tok, "xcomp", "advcl")):
        return [("block", "deploy_forces")]  # "troops will remain deployed on the highway
        # to prevent the group from advancing"
    return []


def _rule_clash(tok: Token) -> Found:
    lem = lemma(tok)
    if any(lemma(o) == "way" for o in children(tok, "dobj")):
        return _rule_motion(tok)  # "fought their way across the bridge"
    if lem in ("fire", "hurl", "throw", "charge", "shoot"):
        if lem == "charge" and (children(tok, "dobj") and is_passive(tok) is False
                                and any(p == "with" and lemma(o) not in CLASH_WEAPONS
                                        for p, o in preps(tok))):
            return []  # "charged them with smuggling", not "charged them with shields"
        if lem == "charge" and (any(lemma(t) in MONEY_WORDS or t.tag_ == "$" for o in
                                    children(tok, "dobj", "dative") for t in o.subtree)
                                or not (has_force_subject(tok) or is_passive(tok) or any(
                                    has_force(o) or lemma(o) in BARRIER_NOUNS
                                    for o in children(tok, "dobj")) or any(
                                    p in ("at", "into", "toward", "towards") for p, _ in
                                    preps(tok)))):
            return []  # "smugglers charge thousands of dollars"
        if lem == "shoot" and (is_passive(tok) or any(p == "at" for p, _ in preps(tok))):
            return [("clash", "shoot")]  # "shot at the migrants", "were shot by soldiers"
        if lem != "charge" and not any(lemma(o) in CLASH_WEAPONS or any(
                lemma(t) in CLASH_WEAPONS for t in o.subtree) for o in children(tok, "dobj")):
            return []
        if lem in ("hurl", "throw") and not any(p in ("at", "toward", "towards", "against")
                                               for p, _ in preps(tok)):
            return []  # "threw stones at police"; stones thrown at no one are no clash
    if lem in ("fight", "skirmish", "tussle", "brawl", "jostle", "grapple") and not any(
            p in ("with", "against") for p, _ in preps(tok)):
        return []  # "fought for their lives", "jostled for space"
    if lem == "chase":  # "agents on horseback chasing migrants", "chased by police"
        return [("clash", "chase")] if has_force_subject(tok) or any(
            lemma(s) in FORCE_NOUNS or has_force(s) for s in (tok.head,)
            if tok.dep_ == "acl") or _compound_chase(tok) else []
    if lem in ("trade", "exchange"):
        objs = [o for o in children(tok, "dobj") if lemma(o) in CLASH_EXCHANGES]
        return [("clash", "trade_blows")] if objs and any(  # "with" hangs off either
            p == "with" for p, _ in preps(tok) + preps(objs[0])) else []
    return [("clash", lem)]


def _compound_chase(tok: Token) -> bool:
    """"Agents on horseback chasing migrants": the small model hangs "chasing" on
    "horseback" (a compound, a clause of "motorbikes", a preposition's complement), so
    its subject is lost; security forces named just before it, with no verb between,
    are the ones chasing."""
    before = tok.doc[max(tok.i - 5, tok.sent.start):tok.i]
    return tok.tag_ == "VBG" and not any(t.pos_ in ("VERB", "AUX") for t in before[1:]) and any(
        lemma(t) in FORCE_NOUNS for t in before)


def _rule_detain(tok: Token) -> Found:
    lem = lemma(tok)
    if lem == "hand" and particle(tok) == "out":  # "handed out visas" (an offer)
        if tok.tag_ in ("VBZ", "VBP"):
            return []  # "hands out visas like candy": a habit, not a happening
        return [("offer", "hand_out_offer")] if offer_kind(
            children(tok, "dobj", "nsubjpass")) == "offer" else []
    if lem == "hand":  # "handed over to immigration agents"
        return [("detain", "hand_over")] if particle(tok) == "over" or any(
            p == "over" for p, _ in preps(tok)) else []
    if lem == "round" and particle(tok) != "up":
        return []
    if lem in ("sweep", "lock") and particle(tok) != "up":
        return []
    if lem == "pick":  # "agents picked up 90 migrants"; "a bus picked them up" is a ride
        return [("detain", "pick_up")] if particle(tok) == "up" and has_force_subject(
            tok) else []
    return [("detain", lem)]


def _rule_deport(tok: Token) -> Found:
    if lemma(tok) == "return" and not (is_passive(tok) or children(tok, "dobj")) and any(
            c.lower_ == "home" for c in tok.children if c.dep_ in ("advmod", "npadvmod")) and (
            any(c.lower_ == "already" for c in tok.children) or any(
                p in ("on", "aboard", "by", "in") and lemma(o) in VEHICLE_NOUNS
                for p, o in preps(tok))):
        return [("dissolve", "returned_home")]  # "200 members of the caravan have
        # already returned home on buses": quitting the march (not a deportation)
    if lemma(tok) == "return" and not (is_passive(tok) or children(tok, "dobj")):
        return []  # only "were returned to Honduras" / "returned them": sent, not went home
    return [("deport", lemma(tok))]


RULES: dict[str, Callable[[Token], Found]] = {
    "depart": _rule_depart, "depart_phrasal": _rule_depart_phrasal, "gather": _rule_gather,
    "arrive": _rule_arrive, "motion": _rule_motion, "cross": _rule_cross,
    "enter": _rule_enter, "transport": _rule_transport, "join": _rule_join,
    "block": _rule_block, "deploy": _rule_deploy, "clash": _rule_clash,
    "detain": _rule_detain, "deport": _rule_deport, "offer": _rule_offer,
    "dissolve": _rule_dissolve, "aid_verb": _rule_aid_verb, "show_up": _rule_show_up,
}
