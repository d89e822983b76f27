"""Where each event candidate happened, read from its sentence and the narrative.

:func:`choose_place` sets a candidate's place, country and position from the place phrase
attached to its trigger by the preposition its type takes ("from X" departs, "in/at/to/
reached X" arrives, "into X" crosses), a "where" clause, the scene of the verb it is
coordinated with, local agents ("Tijuana officials"), a crossed border river, and "the
city" / "this town" standing for the town just named.  The sentence's places and the
countries an article names come from :mod:`.sentence_places`.  Split from
:mod:`.attributes`, which calls :func:`choose_place`.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING, Any

from caravanwatch.extract.components import ArticleState, Candidate
from caravanwatch.extract.events import PATIENT_TYPES, _clause_of, lemma
from caravanwatch.extract.sentence_places import (
    TOWN_KINDS,
    TOWN_NOUNS,
    _named_places,
    _sentence_places,
    country_of_token,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

logger = logging.getLogger(__name__)

# (country_of_token is re-exported for trigger_tree)
__all__ = ["choose_place", "country_of_token", "reference_point"]

# Prepositions (or "dobj") that attach the place of each event type to its trigger.
PLACE_PREPS: dict[str, frozenset[str]] = {
    "depart": frozenset(["from", "dobj", "out_of", "out"]),
    "arrive": frozenset([
        "in", "at", "to", "into", "near", "through", "dobj", "as_far_as", "outside", "inside",
        "on", "npadvmod", "under"
    ]),
    "cross_border": frozenset(["into", "to", "dobj", "at", "in", "through", "via", "near",
                               "across", "over"]),
    # where the sending back happens: "flown back from Villahermosa"
    "deport": frozenset(["in", "at", "near", "on", "outside", "inside", "npadvmod", "from",
                         "through", "via"]),  # ("returned 312 Hondurans through Corinto")
}
LOCATIVE = frozenset(["in", "at", "near", "on", "outside", "inside", "npadvmod", "under",
                      "around", "beneath", "below", "along"])
# Places a deportation is flown or bused from ("from the airport in Villahermosa").
FACILITY_NOUNS = frozenset(["airport", "station", "center", "centre", "terminal", "base",
                            "shelter", "facility", "port", "city", "town", "border"])
# Place kinds that are a border line itself: crossing one is crossing the border there.
BORDER_LINE_KINDS = frozenset(["river", "crossing", "bridge"])
# Types besides those done to the group that happen where the group is.
AT_GROUP_TYPES = frozenset(["asylum", "join", "clash", "dissolve"])


# Nouns of a time of day the small model hangs a following place phrase on ("at dawn
# from the shelter in X").
TIME_OF_DAY = frozenset(["dawn", "dusk", "daybreak", "sunrise", "sunset", "morning",
                         "night", "noon", "midnight", "evening", "afternoon", "nightfall"])


def _time_phrase(prep: Token) -> bool:
    """Whether ``prep`` heads a time phrase ("at dawn", "on Monday", "in the morning")."""
    return any(o.dep_ == "pobj" and (o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in
                                     TIME_OF_DAY) for o in prep.children)


def _attachment(place_tok: Token, trig: Token, through_subject: bool = False
                ) -> tuple[str, int, str | None] | None:
    """How ``place_tok`` hangs from ``trig``: (preposition or dep nearest the trigger,
    verbs crossed, preposition nearest the place).

    "from the city of X" is ``from``; "started walking from X" is ``from`` through the
    verb "walking"; "in a year of migration to the US" is ``in`` near the trigger but
    ``to`` near the place.  "of" only counts when nothing else does."""
    tok = place_tok
    verbs = 0
    last_prep: str | None = None
    first_prep: str | None = None
    for _ in range(12):
        if tok.dep_ == "prep" and last_prep == "from" and _time_phrase(tok):
            pass  # "set off at dawn from the shelter in X": "at dawn" only times it
        elif tok.dep_ == "prep" and (tok.lower_ != "of" or last_prep is None):
            last_prep = "as_far_as" if tok.lower_ == "as" else tok.lower_
            if first_prep is None and tok.lower_ != "of":
                first_prep = last_prep
        elif tok.dep_ in ("dobj", "attr", "oprd") and tok.head.pos_ in ("VERB", "AUX") and \
                last_prep in (None, "of"):
            last_prep = "dobj"
        elif tok.dep_ == "npadvmod":
            last_prep = "npadvmod"
        if tok.head == tok:
            return None
        if tok.head == trig:
            if tok.dep_ in ("nsubj", "nsubjpass", "csubj") and not through_subject:
                return None  # "migrants from Venezuela left...": the group's description
            return (last_prep or tok.dep_), verbs, first_prep
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            verbs += 1
            if verbs > 1:
                return None
    return None


# Words that make a place a reference point, not where the group is: "40 km north of
# Tapachula", "a few miles outside X", "halfway between X and Y", "two hours from X".
DIRECTION_WORDS = frozenset(
    [
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "northward", "southward", "short", "ahead", "halfway", "away", "beyond"
    ])
TIME_UNITS = frozenset(["hour", "minute", "day"])
DISTANCE_UNITS = frozenset(["kilometer", "kilometre", "km", "mile", "hour", "minute", "day",
                            "meter", "metre"])


def reference_point(tok: Token) -> bool:
    """Whether place ``tok`` only locates another place ("about 40 kilometers north of
    Tapachula", "20 miles from the border")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ not in ("prep", "advmod"):
        return False
    anchor = prep.head
    if prep.lower_ == "of" and anchor.lower_ in DIRECTION_WORDS:
        return True
    # ("four days after they set out from X": a verb's time, not a distance from X)
    units = DISTANCE_UNITS - TIME_UNITS if anchor.pos_ in ("VERB", "AUX") else DISTANCE_UNITS
    return prep.lower_ == "from" and (lemma(anchor) in units or any(
        lemma(c) in units for c in anchor.children if c.dep_ == "npadvmod"))


def partner(tok: Token) -> bool:
    """Whether place ``tok`` is only the other party of a relation: "the border with
    Honduras", "an agreement with Panama", "talks with Mexico" (not where it happened)."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head  # ("the border with Guatemala and Belize")
    return tok.dep_ == "pobj" and tok.head.lower_ == "with"


def _where_head(trig: Token) -> Token | None:
    """The noun a "where" clause holding ``trig`` describes ("Huixtla, where they were
    given food")."""
    tok = _clause_of(trig)
    seen_where = False
    for _ in range(5):
        seen_where = seen_where or any(c.lower_ == "where" for c in tok.children)
        if tok.dep_ == "relcl" and seen_where:
            return tok.head
        if tok.dep_ == "advcl" and any(
                c.lower_ == "where" and c.i < tok.i and tok.doc[c.i - 1].text == ","
                for c in tok.children):
            return tok.head  # (", where ..." parsed as an adverbial clause of the verb)
        if tok.dep_ in ("xcomp", "conj", "advcl", "ccomp") and tok.head != tok:
            tok = tok.head
            continue
        break
    return None


def choose_place(cand: Candidate, state: ArticleState) -> None:
    """Set ``place``/``country``/``lat``/``lon`` of ``cand`` from its sentence."""
    trig = cand.trigger
    # "the city" stands for the town before it only for what is done to the group or by
    # it where it is; an arrival or departure at "the city" restates one already told
    # ("reached the town": yes; "waiting in the city", a stay rule: no)
    places = (_sentence_places if cand.type in PATIENT_TYPES | AT_GROUP_TYPES or (
        cand.type == "arrive" and cand.rule != "locative" and cand.modality == "actual")
              else _named_places)(state, cand.sent)
    allowed = PLACE_PREPS.get(cand.type, LOCATIVE)
    if cand.rule == "gather_to_travel":
        allowed = allowed | LOCATIVE
    if cand.rule == "deploy_forces":
        allowed = allowed | {"to"}  # "deployed 500 police to Tapachula": the block is there
    best: tuple[float, Any] | None = None
    crossed: Any = None
    where = _where_head(trig)
    if where is not None and not any(t == where for t, _p in places):
        # "at a roadblock in Vado Hondo, about 10 km inside the country, where...": the
        # clause's noun is no place; the town just before it is
        # ("reached X on foot two days later, where...": the clause hangs on the subject;
        # the town is the one named last before the word "where")
        mark = max((t for t in cand.sent if t.lower_ == "where" and t.i < trig.i),
                   key=lambda t: t.i, default=where)
        anchor = mark if mark.i > where.i else where
        before = [t for t, p in places if p.name and 0 < anchor.i - t.i <= 12]
        where = before[-1] if before else where
    if where is not None and reference_point(where):
        # "reached Huehuetán, 30 km north of Tapachula, where volunteers served food":
        # the clause describes the place the reference point locates
        where = next((t for t, _p in places if t == where.head.head.head), where)
    for tok, place in places:
        if reference_point(tok) or partner(tok):
            continue
        if where is not None and (tok == where or tok.head == where or where.head == tok
                                  or tok in list(where.subtree)[:6]):
            # "Huixtla, where they were given food": the place the clause describes,
            # unless the trigger names its own ("..., where they stayed after the
            # caravan broke up in Chiapas": Chiapas)
            if not place.name or place.kind == "admin1":
                # "in Escuintla, in southern Guatemala, where volunteers gave them rice",
                # "reached Escuintla, in Chiapas, where...": the town the country or state
                # only situates
                town = [p for t, p in places if p.name and p.kind != "admin1" and t.i < tok.i
                        and tok.i - t.i <= 8]
                place = town[-1] if town else place
            if best is None or best[0] > 0.5:
                best = (0.5, place)
            continue
        how = _attachment(tok, trig)
        if how is None and trig.pos_ not in ("VERB", "AUX"):
            how = _attachment(tok, _clause_of(trig))  # "handed out food to ... in X"
        agent_place = False
        if how is None and cand.type in PATIENT_TYPES | {"clash"}:
            # "police in the state of Puebla detained...": where the agents acted
            how = _attachment(tok, trig if trig.pos_ in ("VERB", "AUX") else _clause_of(trig),
                              through_subject=True)
            agent_place = how is not None and how[2] in LOCATIVE
            if not agent_place:
                how = None
        if how is None:
            continue
        if tok.lower_ == "here" and how[0] == "advmod":
            how = ("in", how[1], "in")  # ("arrived here": in the writer's town)
        word, verbs, inner = how
        if word not in allowed and "dobj" in allowed and word in LOCATIVE and (
                _in_object(tok, trig)):
            word = "dobj"  # "left the shelter in Esquipulas", "reached a park in Tapachula"
        penalty = 3 if agent_place else 0
        if agent_place:
            pass
        elif cand.type == "depart" and word in ("in", "at") and verbs == 0 and (
                inner == word):
            penalty = 2  # "left the shelter in Esquipulas", "set off at dawn in Tapachula"
        elif word not in allowed:
            # "handed out food to the caravan in Arriaga": where the group was
            if cand.type in PATIENT_TYPES | {"dissolve", "asylum", "clash", "join"} and inner in (
                    LOCATIVE - {"npadvmod"}) and not (word in ("to", "toward", "towards") and
                                                     _to_a_destination(tok, trig)):
                penalty = 5
            else:
                continue  # ("offered bus rides to shelters in Chihuahua": a destination)
        if cand.rule == "locative" and (verbs or word not in LOCATIVE or inner in (
                "to", "toward", "towards", "for")):
            continue  # "travelling in the caravan to the US": a destination, not a stay
        if word == "from" and inner != "from" and cand.type == "deport" and not _from_facility(
                tok, trig):
            continue  # "returned people from the caravan to Honduras": a destination
        if cand.type == "cross_border" and word in ("dobj", "across", "over") and place.name:
            # ("waded across the Rio Grande": the river crossed, like "crossed the Suchiate")
            if word != "dobj" and place.kind not in BORDER_LINE_KINDS:
                continue
            if place.kind in BORDER_LINE_KINDS:
                crossed = place  # "crossed the Suchiate": kept unless a town is named
            continue  # (the country it leads into is what counts)
        rank: float = verbs * 10 + (0 if place.name else 1) + penalty
        if place.kind in BORDER_LINE_KINDS and cand.type != "cross_border":
            rank += 0.5  # "reached the banks of the Suchiate River in Tecún Umán": the town
        if best is None or rank < best[0]:
            best = (rank, place)
    verb = trig if trig.pos_ in ("VERB", "AUX") else _clause_of(trig)
    first = _first_conjunct(verb)
    if best is None and first is not None and cand.type in PATIENT_TYPES | AT_GROUP_TYPES:
        # "were rounded up in Guatemala City and flown back": the shared scene; "walked
        # into El Paso and asked for asylum": where the first verb took the group;
        # "blocked the highway at X and used tear gas to disperse the group"
        reached = LOCATIVE | {"into", "to", "as_far_as"}
        for tok, place in places:
            how = _attachment(tok, first)
            if how is not None and how[1] == 0 and place.name and (
                    how[0] in LOCATIVE or (how[2] in LOCATIVE - {"npadvmod"} and how[0] not in (
                        "from", "to", "toward", "towards", "for", "out_of", "out")) or (
                        how[0] in reached and verb.i > first.i)):  # ("a line across the road at X")
                best = (1, place)
                break
    if best is None and cand.type in PATIENT_TYPES:
        best = _agent_town(trig, places)
    if best is None and cand.type in ("depart", "arrive"):
        best = _where_group_is(cand, places)  # ("blesses the marchers in Tonalá")
    if best is None and crossed is None:
        return
    if best is None or (crossed is not None and (
            not best[1].name or best[1].kind == "admin1")):
        # "crossed the Suchiate River (into Mexico)": the river or bridge is the place,
        # the country entered (else the river's side the table gives) the country
        country = best[1].country if best is not None else crossed.country
        cand.place, cand.country = crossed.name, country
        cand.lat, cand.lon = crossed.lat, crossed.lon
        cand.extra["place_kind"] = crossed.kind
        cand.extra["located"] = True
        return
    place = best[1]
    cand.extra["located"] = True
    if cand.type == "cross_border" and place.name and best[0] >= 0 and (
            place.kind == "admin1"):
        # "crossed into Chiapas": the country it leads into is what counts
        cand.country = place.country
        cand.extra["crossing"] = place.name
        return
    if cand.type == "cross_border" and place.kind in BORDER_LINE_KINDS:
        place = _side_entered(place, trig, places)
    cand.place, cand.country = place.name, place.country
    cand.lat, cand.lon = place.lat, place.lon
    cand.extra["place_kind"] = place.kind
    cand.extra["anaphora"] = any(p is place and t.lower_ in TOWN_NOUNS for t, p in places)


def _side_entered(place: Any, trig: Token, places: list[tuple[Token, Any]]) -> Any:
    """The side of a two-sided crossing that lies in the country entered ("crossed into
    Guatemala at Agua Caliente": the Guatemalan post)."""
    from caravanwatch.extract.places import geocode_place

    for tok, other in places:
        how = _attachment(tok, trig)
        if other.name or not other.country or how is None or how[0] not in (
                "into", "to", "dobj"):  # ("entered Guatemala through X")
            continue
        if other.country != place.country:
            side = geocode_place(place.name, countries=(other.country,))
            if side is not None and side.country == other.country and side.name == place.name:
                return side
            # a bridge the table lists on one side only ("crossed the Paso del Norte
            # bridge into the United States"): the crossing, in the country entered
            return dataclasses.replace(place, country=other.country)
    return place


# Agents whose town, named as a modifier, is where they act ("the Juárez municipal
# government", "Tijuana officials", "the Tapachula mayor").
LOCAL_AGENTS = frozenset(["government", "official", "officials", "mayor", "police",
                          "authorities", "authority", "council", "municipality", "hall",
                          "administration", "governor"])


def _agent_town(trig: Token, places: list[tuple[Token, Any]]) -> tuple[int, Any] | None:
    """The town named in the subject of the trigger's clause, or of the clause reporting
    it ("The Juárez municipal government said it would open a shelter")."""
    verb = trig if trig.pos_ in ("VERB", "AUX") else _clause_of(trig)
    heads = [verb] + ([verb.head] if verb.dep_ in ("ccomp", "xcomp", "conj") else [])
    for head in heads:
        for subj in (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subj.lemma_.lower() not in LOCAL_AGENTS and subj.lower_ not in LOCAL_AGENTS:
                continue
            for tok, place in places:
                if place.name and place.kind in TOWN_KINDS and tok.head == subj and (
                        tok.dep_ in ("compound", "amod", "nmod", "poss")):
                    return (4, place)
    return None


def _in_object(tok: Token, trig: Token) -> bool:
    """Whether ``tok`` sits inside the direct object of ``trig``."""
    for _ in range(6):
        if tok.head == tok:
            return False
        if tok.head == trig:
            return tok.dep_ == "dobj"
        tok = tok.head
    return False


def _first_conjunct(verb: Token) -> Token | None:
    """The verb ``verb``'s clause is coordinated with, through purpose or manner clauses
    ("blocked ... and used gas to disperse": "blocked" for "disperse"), or the verb a
    time clause hangs on ("broke up in Huixtla after officials offered visas")."""
    tok = verb
    for _ in range(3):
        if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
            return tok.head
        if tok.dep_ == "advcl" and tok.head.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "mark" and c.lower_ in ("after", "when", "as", "once")
                for c in tok.children):
            return tok.head
        if tok.dep_ in ("xcomp", "advcl") and tok.head.pos_ in ("VERB", "AUX"):
            tok = tok.head
            continue
        return None
    return None


# Nouns for where a thing takes the group ("bus rides to shelters in Chihuahua"): what
# follows such a "to" is a destination, unlike "food to the migrants in Arriaga".
DESTINATION_NOUNS = frozenset(["shelter", "city", "town", "camp", "border", "station",
                               "center", "centre", "state", "capital", "country", "facility",
                               "stadium", "village", "port", "airport", "home", "north",
                               "south", "community", "hotel", "gym", "site"])


def _to_a_destination(tok: Token, trig: Token) -> bool:
    """Whether the "to" phrase above place ``tok`` names a destination ("bus rides to
    shelters in Chihuahua"), not the people given something ("food to the caravan in
    Arriaga")."""
    cur = tok
    for _ in range(8):
        if cur == trig or cur.head == cur:
            return False
        if cur.dep_ in ("prep", "dative") and cur.lower_ in ("to", "toward", "towards"):
            objs = [c for c in cur.children if c.dep_ == "pobj"]
            return bool(objs) and (lemma(objs[0]) in DESTINATION_NOUNS or objs[0] == tok)
        cur = cur.head
    return False


def _from_facility(tok: Token, trig: Token) -> bool:
    """Whether place ``tok`` sits under "from the <facility>" ("flown back from the
    airport in Villahermosa"), not "from the caravan"."""
    cur = tok
    for _ in range(6):
        if cur == trig or cur.head == cur:
            return False
        if cur.dep_ == "pobj" and cur.head.lower_ == "from":
            return lemma(cur) in FACILITY_NOUNS or cur == tok
        cur = cur.head
    return False


# Verbs of reaching a place, coordinated with a departure that names no "from": "reached
# Pijijiapan on Saturday and left early Sunday for Tonalá" leaves Pijijiapan.
REACH_VERBS = frozenset(["reach", "arrive", "enter", "get", "return"])
# Verbs that report a group's own plans ("said they would leave").
SAY_VERBS = frozenset(["say", "announce", "tell", "decide", "vow", "insist"])
# Verbs of a group's relative clause that say where it was before it set out.
GATHER_VERBS = frozenset(["gather", "assemble", "meet", "wait", "camp", "form", "congregate",
                          "stay", "sleep", "spend", "convene"])


def _where_group_is(cand: Candidate, places: list[tuple[Token, Any]]
                    ) -> tuple[int, Any] | None:
    """Where a departing group is, when its departure names no "from": the group's own
    phrase ("migrants in Tapachula are preparing to set out") or the verb it is
    coordinated with ("a caravan is forming in Tapachula and could leave Friday")."""
    trig = cand.trigger
    anchors = [cand.group] if cand.group is not None and cand.group != trig else []
    # "Some 600 Hondurans who gathered at the bus terminal in San Pedro Sula started
    # walking": the group's own relative clause
    anchors += [c for a in list(anchors) for c in a.children
                if c.dep_ == "relcl" and c.lemma_.lower() in GATHER_VERBS]
    head = trig
    while head.head != head and (head.dep_ in ("xcomp", "conj") or (
            head.dep_ == "ccomp" and head.head.lemma_.lower() in SAY_VERBS and any(
                c.dep_ == "nsubj" and c.pos_ == "PRON" for c in head.children))):
        # ("were resting in X and said they would leave on Saturday": the group's own
        # words about its plans, coordinated with where it is)
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            anchors.append(head)
    for anchor in anchors:
        for tok, place in places:
            if not place.name or reference_point(tok):
                continue
            how = _attachment(tok, anchor, through_subject=anchor.pos_ not in ("VERB", "AUX"))
            if how is not None and how[1] == 0 and (how[0] in ("in", "at") or (
                    how[0] in ("dobj", "to", "into") and anchor != trig
                    and anchor.lemma_.lower() in REACH_VERBS)):
                return (2, place)
    return None
