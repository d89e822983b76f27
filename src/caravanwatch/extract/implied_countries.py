"""The country an event happens in when its sentence names no place: a country in the
trigger's own clause (not a destination), "on the Mexican side", "at the Guatemalan
border", the nationality of the security forces acting ("Mexican police"), or an agency
that acts in one country only ("Border Patrol").  Split from :mod:`.context`, which
calls :func:`_implied_country` and :func:`_actor_country` while carrying context.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from caravanwatch.extract.components import ArticleState, Candidate
from caravanwatch.extract.sentence_places import _DEMONYM_CODES, country_code

if TYPE_CHECKING:
    from spacy.tokens import Token

logger = logging.getLogger(__name__)

# Prepositions and verbs that make a country a destination, not where a thing happened.
_DESTINATION = frozenset(["to", "for", "toward", "towards", "reach", "reaching"])


def _to_destination(tok: Token, trig: Token) -> bool:
    """Whether ``tok`` is a destination: its own preposition is "to", "for", "toward"
    ("left for the United States") or it is what is reached ("to reach the US")."""
    cur = tok
    for _ in range(10):
        if cur == trig or cur.head == cur:
            return False
        if cur.dep_ == "prep" or cur.pos_ in ("VERB", "AUX"):
            return cur.lower_ in _DESTINATION or cur.lemma_.lower() in _DESTINATION
        cur = cur.head
    return False


def _implied_country(cand: Candidate, state: ArticleState) -> str | None:
    """A country named in the trigger's own clause (not as a destination: "left for the
    United States") or implied by a nationality adjective of its actors ("Mexican
    police")."""
    from caravanwatch.extract.event_places import _attachment, partner
    from caravanwatch.extract.events import _clause_of

    verb = _clause_of(cand.trigger)
    # the trigger, its clause, and the clause it is coordinated with or reported by
    # ("Guatemala's institute said it had returned...")
    anchors = [cand.trigger, verb] + ([verb.head] if verb.dep_ in ("conj", "ccomp") else [])
    found: dict[int, str] = {}
    for ent in state.ents_of(cand.sent):
        if ent.label_ not in ("GPE", "LOC"):
            continue
        code = country_code(ent.text)
        roles: tuple[str, ...] = ("pobj", "dobj", "npadvmod", "appos", "conj", "nsubjpass")
        if cand.type in PATIENT_TYPES | {"asylum"}:  # ("Mexico received 640 asylum requests")
            roles += ("nsubj", "poss")  # "Mexico deported...", "Guatemala's police..."
        if not code or ent.root.dep_ not in roles or partner(ent.root):
            continue  # "U.S. President Trump" names a person, not where it happened
        for anchor in anchors:
            if ent.root.dep_ == "nsubj" and ent.root.head == anchor:
                found.setdefault(0, code)  # "Mexico deported 300 members..."
                continue
            if ent.root.dep_ == "poss" and ent.root.head.dep_ == "nsubj" and (
                    ent.root.head.head == anchor):
                found.setdefault(0, code)  # "Guatemala's police detained..."
                continue
            how = _attachment(ent.root, anchor, through_subject=True)
            if how is not None and how[2] != "from" and not _to_destination(ent.root,
                                                                            anchor):
                found.setdefault(how[1], code)
    if 0 in found:
        return found[0]
    return _side_country(cand) or _actor_country(cand) or found.get(1) \
        or _border_country(cand)


# Nouns that, with a nationality, name one country's ground: "on the Mexican side",
# "on Guatemalan soil", "the Mexican bank of the river".
_SIDE_NOUNS = frozenset(["side", "bank", "soil", "territory", "shore"])


def _side_country(cand: Candidate) -> str | None:
    """The country of "on the Mexican side" / "on Guatemalan soil" in the sentence."""
    for tok in cand.sent:
        if tok.lemma_.lower() not in _SIDE_NOUNS or tok.dep_ != "pobj" or (
                tok.head.lower_ not in ("on", "in", "at", "along")):
            continue
        code = _named_country(tok)
        if code:
            return code
    return None


def _named_country(noun: Token) -> str | None:
    """The country a modifier of ``noun`` names ("the *Mexican* side", "the *U.S.*
    border", "*Guatemala's* border")."""
    for mod in noun.children:
        if mod.dep_ in ("amod", "compound", "nmod", "poss"):
            code = _DEMONYM_CODES.get(mod.lower_) or country_code(mod.text)
            if code:
                return code
    return None


_BORDER_NOUNS = frozenset(["border", "frontier", "boundary"])


def _border_country(cand: Candidate) -> str | None:
    """The country of a border the trigger happens at ("turned back at the Guatemalan
    border", "arrived at the U.S. border"): the side named by the adjective."""
    from caravanwatch.extract.event_places import _attachment

    for tok in cand.sent:
        if tok.lemma_.lower() not in _BORDER_NOUNS or tok.dep_ != "pobj":
            continue
        how = _attachment(tok, cand.trigger)
        if how is None or how[1] > 0 or how[0] not in ("at", "to", "near", "on"):
            continue
        code = _named_country(tok)
        if code:
            return code
    return None


def _source_only(tok: Token) -> bool:
    """Whether ``tok`` only sources the report ("according to the Venezuelan
    government"), not acts in it.  (A subject of "said" often reports its own acts:
    "Guatemalan police said 60 people were detained".)"""
    return any(a.lower_ == "according" for a in tok.ancestors)


def _actor_country(cand: Candidate) -> str | None:
    """The nationality of the sentence's security forces or officials ("Guatemalan
    security forces"): where they act."""
    for tok in cand.sent:
        if tok.dep_ not in ("amod", "compound") or tok.head.lemma_.lower() not in ACTOR_NOUNS \
                or _source_only(tok.head):
            continue
        if tok.lower_ in _DEMONYM_CODES:
            return _DEMONYM_CODES[tok.lower_]
        if tok.lower_ in _COUNTRY_MODIFIERS:
            return _COUNTRY_MODIFIERS[tok.lower_]  # "U.S. authorities expelled ..."
    if cand.type not in PATIENT_TYPES | {"clash"}:
        return None  # (an agency acts on the group; it does not place a journey)
    match = _AGENCIES.search(cand.sent.text)
    if match is None:
        return None
    found = match.group(0)
    return _AGENCY_CODES.get(found) or _AGENCY_CODES.get(found.lower())


# Agencies that act in one country only ("Border Patrol detained 400 people": the US).
# The national forces of the corridor named in caravan news, English and Spanish.
# (Acronyms are matched as written, so that "ice" in "ice-cold" is not ICE.)
_AGENCY_CODES = {
    "border patrol": "US", "customs and border protection": "US", "CBP": "US", "ICE": "US",
    "immigration and customs enforcement": "US",
    "national migration institute": "MX", "instituto nacional de migración": "MX",
    "INM": "MX", "guardia nacional": "MX",
    "guatemalan migration institute": "GT", "instituto guatemalteco de migración": "GT",
    "IGM": "GT", "SENAFRONT": "PA", "senafront": "PA",
}
_AGENCIES = re.compile("|".join(
    (r"\b" + re.escape(k) + r"\b") if k.isupper() else (r"(?i:\b" + re.escape(k) + r"\b)")
    for k in sorted(_AGENCY_CODES, key=len, reverse=True)))


# Country names written as modifiers of an actor ("U.S. authorities", "US agents").
_COUNTRY_MODIFIERS = {"u.s.": "US", "us": "US", "u.s": "US"}


# Actors whose nationality tells where a thing happened ("Mexican police detained...").
ACTOR_NOUNS = frozenset(
    [
        "police", "authority", "force", "government", "official", "guard", "troop", "soldier",
        "agent", "army", "military", "president", "authorities", "officer"
    ])
# Types done to the group where it is: they take the place of the narrative before.
PATIENT_TYPES = frozenset(["block", "clash", "detain", "deport", "aid", "offer", "dissolve"])


# The next country along the corridor's northward route: a group that crosses a border
# from a place in the key's country enters the value's ("reached Ciudad Juárez. On Sunday
# they waded across the river": into the US).  Caravans and the migrants in these stories
# travel north (Darién to the US); a southward return is told as a deportation.
NEXT_NORTH: dict[str, str] = {"CO": "PA", "PA": "CR", "CR": "NI", "NI": "HN", "SV": "GT",
                              "HN": "GT", "GT": "MX", "BZ": "MX", "MX": "US"}


def entered_from(cand: Candidate, at: Candidate | None) -> str | None:
    """The country a crossing that names none enters, when the narrative just placed the
    group in a town of another country (``at``): the next one north of it."""
    if cand.type != "cross_border" or at is None or at.type == "cross_border" or (
            at.place is None or at.modality != "actual" or cand.modality != "actual"):
        return None
    if at.date is not None and cand.date is not None and cand.date < at.date:
        return None  # (told back: "they had crossed the border on rafts")
    return NEXT_NORTH.get(at.country or "")
