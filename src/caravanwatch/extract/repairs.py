"""Repairs for the small English model's misreadings that the event rules need, each in
a narrow context (the only parser available offline is the small one):

- "she watched as a group of 40 Venezuelans waded across": "as" read as a preposition
  with the group as its object, the verb left with no subject;
- "People who turned down the visas set off again": read as a noun phrase, "set" a
  participle of "visas";
- "said on Tuesday, as a new caravan of migrants gathered in X": "gathered" read as a
  participle of "migrants".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def as_clause_subject(verb: Token) -> Token | None:
    """The subject of an "as"/"while" clause that the parser hung as a preposition: "she
    watched as a group of 40 Venezuelans waded across" gives "as" the group as its object
    and "waded" no subject (a repair for the small model)."""
    if verb.dep_ != "advcl" or any(c.dep_ in ("mark", "advmod") and c.i < verb.i
                                   for c in verb.children):
        return None
    for p in verb.head.children:
        if p.dep_ == "prep" and p.lower_ in ("as", "while") and p.i < verb.i:
            objs = [o for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN",
                                                                           "PRON")]
            if objs and max(t.i for t in objs[0].subtree) < verb.i:
                return objs[0]
    return None


def garden_path_subject(verb: Token) -> Token | None:
    """The subject of "People who turned down the visas set off again", which the small
    model reads as a noun phrase with no verb ("set" a participle of "visas"): a verb with
    a particle hung on the object of a relative clause whose noun is the sentence's root."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or head.dep_ != "dobj" or (
            not any(c.dep_ == "prt" for c in verb.children)):
        return None
    relcl = head.head
    noun = relcl.head
    if relcl.dep_ == "relcl" and noun.dep_ == "ROOT" and noun.pos_ in ("NOUN", "PROPN", "NUM"):
        return noun
    return None


def under_as(verb: Token) -> bool:
    """Whether a participle hangs in a noun phrase that the small model made the object
    of "as"/"while" ("as a new caravan of migrants gathered in Tapachula")."""
    noun = verb.head
    for _ in range(4):
        if noun.dep_ != "pobj":
            return False
        prep = noun.head
        if prep.lower_ in ("as", "while"):
            return True
        if prep.lower_ != "of":
            return False
        noun = prep.head
    return False


def named_crossing(tok: Token) -> bool:
    """Whether "crossing" is the noun of a named border post the small model read as a
    verb: "entered Guatemala at the El Florido crossing the next day"."""
    if tok.lower_ != "crossing" or tok.i == 0 or tok.doc[tok.i - 1].pos_ != "PROPN":
        return False
    start = tok.i - 1
    while start > 0 and tok.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return start > 0 and tok.doc[start - 1].lower_ == "the"
