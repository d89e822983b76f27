"""Rules for noun triggers: "the caravan's departure from X", "the detention of 100
marchers", "an offer of humanitarian visas", "the distribution of food" (see
:mod:`.triggers`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from caravanwatch.extract.lexicon import (
    AID_NOMINALS,
    AID_VERBS,
    ASYLUM_HEADS,
    ASYLUM_NOUNS,
    MARCH_NOUNS,
    NOUN_RULES,
    OFFER_XCOMPS,
)
from caravanwatch.extract.trigger_tree import (
    Found,
    children,
    is_country_word,
    lemma,
    offer_kind,
    preps,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

def _specific(np: Token) -> bool:
    """Whether a noun phrase names particular people ("100 marchers", "the migrants",
    "members of the caravan"), not a kind ("the expulsion of Venezuelans who arrive")."""
    return np.like_num or lemma(np) in MARCH_NOUNS | {"hundred", "dozen", "thousand"} or any(
        c.dep_ in ("det", "poss", "nummod") and c.lower_ not in ("any", "all", "no", "every")
        or c.dep_ == "compound" and lemma(c) in MARCH_NOUNS for c in np.children) or any(p == "of" and _specific(o) for p, o in preps(np))


def _of_group(tok: Token) -> bool:
    """Whether the noun ``tok`` says who it happened to: a possessor or an "of" phrase
    naming particular people ("the detention of 100 marchers", "the caravan's
    dissolution").  "Such a detention", "any deportation" are hypothetical."""
    if any(c.lower_ in ("such", "any", "every", "no") for c in tok.children):
        return False
    return any(p == "of" and _specific(o) for p, o in preps(tok)) or bool(
        children(tok, "poss"))


# Nouns that make a trigger noun under them a count ("the number of deportations", "a
# rise in asylum requests", "a record of crossings"): a statistic, not a happening.
STAT_HEADS = frozenset([
    "number", "total", "count", "rise", "increase", "surge", "drop", "decline", "fall",
    "record", "backlog", "rate", "share", "percentage", "average", "tally", "figure",
    "statistic", "data", "wave", "spike",
])


# Kinds of aid that are money between governments, not help given to the group.
NOT_HUMANITARIAN = frozenset([
    "foreign", "military", "economic", "development", "financial", "security", "budget",
    "federal", "bilateral", "u.s.", "us", "american", "international", "legal",
])


def _counted(tok: Token) -> bool:
    """Whether the noun phrase of ``tok`` is counted by a statistic head ("the number of
    asylum requests", "a rise in deportations") or denied ("no offer of visas")."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True
    np = tok.head if tok.dep_ == "compound" else tok
    if np.dep_ == "pobj" and np.head.lower_ in ("of", "in") and lemma(np.head.head) in (
            STAT_HEADS):
        return True
    return np.dep_ == "compound" and lemma(np.head) in STAT_HEADS


def classify_noun(tok: Token) -> Found:
    """The (event type, rule) pairs the noun ``tok`` triggers."""
    rule = NOUN_RULES[lemma(tok)]
    if rule != "aid" and _counted(tok):
        return []
    head = tok.head
    hl = lemma(head)
    if rule == "cross_noun" and lemma(tok) == "crossing" and tok.dep_ == "dobj" and hl in (
            "make", "complete") and not any(c.lower_ in ("no", "any") for c in tok.children):
        return [("cross_border", "make_crossing")]  # light verb: "made the crossing at
        # El Ceibo", "completed the river crossing on rafts" (a crossing done, not planned)
    if rule == "cross_noun":  # "the caravan's crossing into Guatemala", "entry into Mexico"
        of_group = [o for p, o in preps(tok) if p == "of"]  # "the crossing of the
        # caravan into Guatemala": the small model hangs "into" on the group
        return [("cross_border", "crossing")] if any(
            p in ("into", "to") and is_country_word(o) for p, o in preps(tok) + [
                po for g in of_group for po in preps(g)]) else []
    if rule == "dissolve_noun":  # "the caravan's dissolution in Huixtla"
        return [("dissolve", "dissolution")] if _of_group(tok) else []
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
        if hl == "of" and head.head.pos_ in ("NOUN", "NUM"):
            hl = lemma(head.head.head)  # "made dozens of arrests"
        if hl in ("under",) or (lemma(tok) == "arrest" and hl in ("make", "place", "carry",
                                                                    "conduct")):
            return [("detain", "arrest_noun")]
        if lemma(tok) != "custody" and _of_group(tok):
            return [("detain", "detention_of")]  # "the detention of 100 marchers"
        return []
    if rule == "deport_noun":
        if hl in ("for", "face", "order") or (head.dep_ == "prep" and lemma(head.head) in (
                "sentence", "order", "slate", "mark", "face")):
            return [("deport", "deportation_noun")]
        if _of_group(tok):
            return [("deport", "deportation_of")]  # "the deportation of 200 members"
        return []
    if rule == "offer_noun":
        if offer_kind([tok]) == "offer" or any(
                lemma(c) in OFFER_XCOMPS for c in children(tok, "acl", "relcl")) or (
                lemma(tok) == "offer" and hl in ("accept", "reject", "refuse", "announce")):
            return [("offer", "offer_noun")]  # "an offer of visas", "a proposal to bus"
        return []
    if rule == "asylum":
        if lemma(tok) == "status" and not any(lemma(c) == "refugee" for c in tok.children):
            return []
        if lemma(tok) == "protection" and not any(lemma(c) in (
                "refugee", "international", "complementary") for c in tok.children):
            return []  # "applied for refugee protection"
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
    if rule == "aid" and lemma(tok) in AID_NOMINALS:  # "the distribution of food"
        return [("aid", "aid_nominal")] if any(
            p == "of" and offer_kind([o]) == "aid" for p, o in preps(tok)) else []
    if rule == "aid" and any(lemma(c) in NOT_HUMANITARIAN or c.tag_ == "$"
                             for c in tok.children if c.dep_ in ("amod", "compound",
                                                                 "nmod", "nummod", "quantmod")):
        return []  # "foreign aid", "$50 million in military aid": money between states
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
