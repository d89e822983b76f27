"""Rules for verb triggers of giving and quitting: offers, aid and a group's dissolving
(see :mod:`.verb_triggers`, which maps lemmas to these rules)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from caravanwatch.extract.lexicon import (
    ACCEPTED_OFFERS,
    CLASH_WEAPONS,
    CRIMINAL_NOUNS,
    CROWD_NOUNS,
    GIVING_VERBS,
    LEFT_PLACES,
    MARCH_NOUNS,
    OFFER_OBJECTS,
    OFFER_XCOMPS,
    OFFERER_NOUNS,
    PROMISED_XCOMPS,
    RECIPIENT_NOUNS,
    SHELTER_NOUNS,
    START_OBJECTS,
)
from caravanwatch.extract.motion_triggers import _rule_motion
from caravanwatch.extract.trigger_tree import (
    Found,
    children,
    has_force_subject,
    is_passive,
    is_place_word,
    lemma,
    offer_kind,
    particle,
    preps,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def _rule_aid_verb(tok: Token) -> Found:
    """"Soup kitchens fed the migrants", "received humanitarian visas" (an offer)."""
    if lemma(tok) == "receive":
        kind = offer_kind(children(tok, "dobj"))
        return [(kind, f"receive_{kind}")] if kind else []
    if lemma(tok) == "open":  # "opened a gymnasium as a shelter for the caravan"
        return [("aid", "open_shelter")] if any(
            lemma(o) in SHELTER_NOUNS for o in children(tok, "dobj")) else []
    if lemma(tok) in ("treat", "vaccinate") and any(p in ("as", "like") for p, _ in preps(tok)):
        return []  # "treated them as criminals", "they treat us like animals"
    if lemma(tok) == "cook":  # "volunteers cooked for them"; "migrants cooked rice" is
        # their own meal
        return [("aid", "cook_for")] if any(p == "for" and (
            lemma(o) in RECIPIENT_NOUNS or o.lower_ in RECIPIENT_NOUNS or o.like_num)
            and not any(t.ent_type_ == "DATE" for t in o.subtree)  # ("the caravans of 2018")
            for p, o in preps(tok)) else []
    if lemma(tok) == "attend":  # "medics attended (to) hundreds of marchers"
        return [("aid", "attend_to")] if any(p == "to" for p, _ in preps(tok)) or any(
            lemma(o) in RECIPIENT_NOUNS or o.like_num or lemma(o) in ("hundred", "dozen")
            for o in children(tok, "dobj")) else []
    return [("aid", lemma(tok))] if children(tok, "dobj") or is_passive(tok) else []


def _with_weapons(tok: Token) -> bool:
    """Whether ``tok`` or the verb it is the purpose of uses weapons ("used batons and
    tear gas to disperse the group", "dispersed them with tear gas")."""
    verbs = [tok, tok.head] if tok.dep_ in ("advcl", "xcomp", "conj") else [tok]
    return any(lemma(t) in CLASH_WEAPONS for v in verbs for c in v.children
               if c.dep_ in ("dobj", "prep") for t in c.subtree)


def _rule_offer(tok: Token) -> Found:
    if any(lemma(s) in CRIMINAL_NOUNS or s.lower_.rstrip("s") in CRIMINAL_NOUNS
           for s in children(tok, "nsubj")):
        return []  # "smugglers offered them passage": not an authority's offer
    # (a noun the tagger hangs as an adverb: "offered free transport home")
    objs = children(tok, "dobj", "nsubjpass") + [
        c for c in children(tok, "advmod", "npadvmod") if any(
            t.pos_ == "NOUN" for t in c.subtree)]
    if lemma(tok) == "offer" or (children(tok, "dative") and any(
            c.lower_ in ("permits", "passes", "visas") for c in children(tok, "ccomp"))):
        # the tagger reads "offered the members bus rides to X", "issued them free transit
        # permits" as a clause ("rides", "permits" a verb): its subject and the clause's
        # own word are the objects
        objs += [t for c in children(tok, "ccomp") for t in (*children(c, "nsubj"), c)]
    kind = offer_kind(objs) or ("offer" if any(
        o.lower_.removesuffix("s") in OFFER_OBJECTS for o in objs) else None)
    if kind is None and lemma(tok) == "offer" and any(
            lemma(x) in OFFER_XCOMPS for x in children(tok, "xcomp")):
        return [("offer", "offer_to_transport")]  # "offered to bus them to Mexico City"
    if kind is None and lemma(tok) == "offer" and not is_passive(tok) and any(
            lemma(o) in RECIPIENT_NOUNS for o in children(tok, "dobj", "dative")) and any(
            lemma(s) in OFFERER_NOUNS for s in children(tok, "nsubj")):
        return [("offer", "offer_to_group")]  # "officials offered the marchers ..."
    if kind is None and lemma(tok) in ("promise", "propose", "agree", "invite") and any(
            lemma(x) in PROMISED_XCOMPS or (lemma(x) in ("apply", "register") and offer_kind(
                [x]) == "offer") for x in children(tok, "xcomp", "ccomp")):
        return [("offer", f"{lemma(tok)}_to")]  # "promised to regularize them",
        # "invited the migrants to apply for humanitarian visas"
    if kind == "aid" and lemma(tok) in ("offer", "give"):
        return [("aid", "offer_aid")]
    if kind == "offer" and lemma(tok) not in GIVING_VERBS | {"promise", "process"}:
        return []
    if kind == "offer":
        return [("offer", lemma(tok))]
    return []


# How far back (characters) an offer makes a bare "accepted" accepting it: the sentence
# and the one before (about 300 characters in wire copy).
OFFER_REACH = 300
# Words that name what was offered or the offer itself.
_OFFER_WORDS = frozenset(["offer", "proposal", "deal", "visa", "permit", "ride", "transport"])


def _offer_before(tok: Token) -> bool:
    """Whether an offer, or the papers or rides offered, is named in the
    ``OFFER_REACH`` characters before a bare "accepted" (what it accepts)."""
    doc = tok.doc
    for t in reversed(doc[:tok.i]):
        if tok.idx - t.idx > OFFER_REACH:
            return False
        if lemma(t) in _OFFER_WORDS and not children(t, "xcomp"):
            return True  # (the offer or its papers; "offered to take them the rest of
            # the way" and "most accepted" goes on with the march)
    return False


def _rule_dissolve(tok: Token) -> Found:
    lem = lemma(tok)
    objs = children(tok, "dobj")
    prt = particle(tok) or next((c.lower_ for c in tok.children if c.lower_ == "apart" and (
        c.dep_ in ("advmod", "prt"))), None)  # "the caravan broke apart" (tagged an adverb)
    if lem == "accept":
        if any(lemma(o) in ACCEPTED_OFFERS for o in objs):
            # "accepted temporary permits": the permits were offered too (an offer of
            # papers or transport named by its object; "accepted the offer" restates one)
            made = [("offer", "accepted_offer")] if any(
                lemma(o) in OFFER_OBJECTS for o in objs) else []
            return [("dissolve", "accept_offer"), *made]
        if not objs and not children(tok, "xcomp", "ccomp", "nsubjpass") and not any(
                p in ("into", "as", "to", "for", "from") for p, _ in preps(tok)) and (
                _offer_before(tok)):
            return [("dissolve", "accepted")]  # "officials offered them permits ...; by
            # nightfall, 70 people had accepted"
        return []
    if lem == "give" and prt != "up":
        return _rule_offer(tok)  # "were given humanitarian visas"
    if lem == "give" and objs and not any(lemma(o) in MARCH_NOUNS | START_OBJECTS
                                          for o in objs):
        return []  # "gave up hope of reaching the US"; "gave up the march" dissolves
    if lem == "drop":  # "dropped out of the caravan"
        return [("dissolve", "drop_out")] if (prt == "out" or any(
            p == "out" for p, _ in preps(tok))) and not any(
            p == "of" and lemma(o) not in MARCH_NOUNS | START_OBJECTS for p, o in preps(
                tok)) else []
    if lem == "call" and not any(o.lower_ == "quits" for o in tok.children):
        return [("dissolve", "call_off")] if prt == "off" and any(  # "called off the march"
            lemma(o) in MARCH_NOUNS | START_OBJECTS for o in objs) else []
    if lem == "fall" and prt == "in" and any(p == "with" and lemma(o) in MARCH_NOUNS
                                             for p, o in preps(tok)):
        return [("join", "fall_in_with")]  # "two dozen Hondurans fell in with the march"
    if (lem == "fall" and not any(c.lower_ == "apart" for c in tok.children)) or (
            lem == "peter" and prt != "out"):
        return []  # "fell apart", "petered out" only
    if lem == "split":  # "split up", "split into smaller groups"; "police split up the group"
        if prt != "up" and not any(p == "into" for p, _ in preps(tok)):
            return []
        return [("block", "split_up")] if objs else [("dissolve", "split_up")]
    if lem == "break" and any(p == "through" for p, _ in preps(tok)):
        return _rule_motion(tok)  # "broke through a police line"
    if lem == "break" and prt in ("up", "apart") and (objs or (
            is_passive(tok) and has_force_subject(tok))):
        return [("block", "break_up")]  # "police broke up the caravan", "was broken up by
        # troops" ("were broken up within days" with no agent: the caravan dissolved)
    if lem == "break" and prt not in ("up", "apart"):
        return []
    if lem == "abandon" and any(lemma(o) in LEFT_PLACES or o.ent_type_ == "GPE"
                                for o in objs) and not is_passive(tok):
        return [("depart", "abandon_place")]  # "abandoned the shelter in Arriaga"
    if lem in ("quit", "abandon") and not any(
            lemma(o) in ("caravan", "march", "journey", "group", "convoy") for o in objs):
        return []
    if lem == "disperse" and (objs or is_passive(tok)) and _with_weapons(tok):
        return []  # "used tear gas to disperse the group": the gas is the clash
    if lem == "disperse" and objs:
        return [("block", "disperse")]
    if lem == "melt" and not (any(c.lower_ == "away" for c in tok.children) and any(
            lemma(s) in MARCH_NOUNS | CROWD_NOUNS for s in children(tok, "nsubj"))):
        return []  # "the caravan melted away" only (not "support melted away")
    if lem in ("scatter", "dissipate") and (objs or is_passive(tok)):
        return [("block", lem)] if has_force_subject(tok) else []
    if lem == "call" and any(o.lower_ == "quits" for o in tok.children):
        return [("dissolve", "call_it_quits")]
    if lem == "opt":  # "opted for assisted return", "opted to go home"
        return [("dissolve", "opt_return")] if any(
            p == "for" and lemma(o) in ACCEPTED_OFFERS for p, o in preps(tok)) or any(
            lemma(x) in ("return", "go") and any(c.lower_ in ("home", "back") for c in
                                                 x.children) for x in children(
                tok, "xcomp")) else []
    if lem == "end" and particle(tok) == "up":
        return [("arrive", "end_up_in")] if any(p in ("in", "at") and is_place_word(o)
                                                for p, o in preps(tok)) else []
        # "most ended up in Mexico City": got there ("ended up deported" is no dissolve)
    if lem == "end" and (objs or is_passive(tok)):
        return []  # "ended the day in Huixtla", "the talks were ended"
    return [("dissolve", lem)]
