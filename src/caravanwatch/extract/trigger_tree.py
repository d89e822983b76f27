"""Small readers of the dependency tree shared by the trigger rules (:mod:`.triggers`):
a verb's particle, its prepositional phrases, voice, whether security forces act, where
people are taken."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from caravanwatch.extract.lexicon import (
    AID_OBJECTS,
    ASYLUM_HEADS,
    BORDER_RIVERS,
    DETENTION_MODIFIERS,
    DETENTION_PLACES,
    FORCE_NOUNS,
    LEMMA_FIXES,
    OFFER_OBJECTS,
    OFFERER_NOUNS,
    PLACE_NOUNS,
    STATEMENT_VERBS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

Found = list[tuple[str, str]]
"""(event type, rule name) pairs a trigger gives."""

# Direction adverbs a "from"/"to" phrase may hang from ("headed north from Tapachula").
DIRECTIONS = frozenset(["north", "south", "east", "west", "northward", "northwards",
                        "southward", "onward", "onwards", "on", "again"])


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
        if c.dep_ == "advmod" and c.lower_ in DIRECTIONS:  # "heads north from Tapachula"
            out += [(p.lower_, g) for p in c.children if p.dep_ == "prep"
                    for g in p.children if g.dep_ == "pobj"]
            continue
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


def bare_across(tok: Token) -> bool:
    """Whether ``tok`` goes "across" or "over" with nothing after it ("waded across on
    Monday", "made it across", "got over"): the crossing is the story's border."""
    return any(c.dep_ in ("prt", "advmod") and c.lower_ in ("across", "over") and not any(
        g.dep_ in ("pobj", "prep") for g in c.children) for c in tok.children) and not any(
        p in ("across", "over") for p, _ in preps(tok))


def inland_river(tok: Token) -> bool:
    """Whether ``tok`` is a river named by a name that is no border river: "the
    Huehuetán River", "the Chucunaque" (a bare "the river" may be the border)."""
    if lemma(tok) not in ("river", "creek", "stream"):
        return False
    names = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN"]
    return bool(names) and not any(c.lower_ in BORDER_RIVERS for c in names)


def is_border_barrier(tok: Token) -> bool:
    """Whether ``tok`` is a barrier of the border itself: "the border gate", "the
    border fence", "the gates of the bridge" on a border, "the border"."""
    lem = lemma(tok)
    named_border = any(lemma(c) in ("border", "frontier", "boundary", "international")
                       for c in tok.children if c.dep_ in ("compound", "amod"))
    if lem in ("gate", "fence", "wall", "barrier", "checkpoint", "bridge"):
        return named_border
    return lem in ("border", "frontier")


def lemma(tok: Token) -> str:
    lem = tok.lemma_.lower()
    fixed = LEMMA_FIXES.get(lem)
    # (a fix applies to the word it was made for: "waded" -> "wad", "swam" left as is)
    return fixed if fixed is not None and (tok.lower_.startswith(fixed) or (
        lem == tok.lower_)) else lem


def is_country_word(tok: Token) -> bool:
    """Whether ``tok`` (an object noun) names a country, cheaply."""
    from caravanwatch.extract.event_places import country_of_token

    if tok.lower_ in ("city", "ciudad") or any(c.lower_ == "city" for c in tok.children):
        return False  # "into Mexico City", "Guatemala City": a capital, not the country
    return country_of_token(tok) is not None


def is_country_name(tok: Token) -> bool:
    """Whether ``tok`` names a country itself, not one of its states ("into Guatemala",
    not "into Oaxaca"): moving into a state is getting there, not crossing a border."""
    from caravanwatch.extract.gazetteer import country_names, normalize

    if not is_country_word(tok):
        return False
    start, end = tok.i, tok.i + 1
    if tok.ent_iob_ in ("B", "I"):  # the whole entity: "the United States"
        while start > 0 and tok.doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
            end += 1
    key = normalize(" ".join(t.text for t in tok.doc[start:end] if t.lower_ != "the"))
    names = country_names()
    return key in names.names or key in names.demonyms or lemma(tok) in ("country",
                                                                         "territory")


def is_place_word(tok: Token) -> bool:
    """Whether ``tok`` heads a place phrase ("Tapachula", "the border city")."""
    return (tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.pos_ == "PROPN"
            or lemma(tok) in PLACE_NOUNS)


def has_force(tok: Token) -> bool:
    return any(lemma(t) in FORCE_NOUNS for t in tok.subtree)


def has_force_subject(tok: Token) -> bool:
    """Whether security forces or authorities do ``tok``: its subject, or the agent of
    its passive ("were surrounded by police")."""
    agents = [o for p, o in preps(tok) if p == "by"] if is_passive(tok) else []
    doers = children(tok, "nsubj") + agents
    if not doers and tok.dep_ == "conj" and not is_passive(tok):
        doers = children(tok.head, "nsubj")  # "agents stopped the van and held them"
    doers += [o for d in doers for p, o in preps(d) if p == "of"]  # "hundreds of police"
    return any(lemma(s) in FORCE_NOUNS or lemma(s) in ("authority", "government")
               or any(lemma(c) in FORCE_NOUNS for c in s.children if c.dep_ == "compound")
               for s in doers)


def authority_pronoun(tok: Token) -> bool:
    """Whether ``tok``'s subject is a pronoun for the authorities that state it
    ("officials said they will not allow the caravan to pass", "Guatemala announced it
    would not let them through")."""
    if tok.dep_ != "ccomp" or not any(s.lower_ in ("they", "it", "we")
                                      for s in children(tok, "nsubj")):
        return False
    head = tok.head
    return lemma(head) in STATEMENT_VERBS and (has_force_subject(head) or any(
        lemma(s) in OFFERER_NOUNS or s.ent_type_ in ("GPE", "ORG", "NORP")
        for s in children(head, "nsubj")))


def is_passive(tok: Token) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
            tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod")):
        return True
    if headline_passive(tok):
        return True
    # "were put on planes and sent home": a participle shares its head's passive
    return tok.dep_ == "conj" and tok.tag_ in ("VBN", "VBD") and tok.head != tok and any(
        c.dep_ in ("auxpass", "nsubjpass") for c in tok.head.children) and not any(
        c.dep_ == "nsubj" for c in tok.children)


def headline_passive(tok: Token) -> bool:
    """A headline's passive without its auxiliary: "Caravan stopped by police at border"
    (a participle with no object and "by" security forces)."""
    return tok.tag_ in ("VBD", "VBN") and not children(tok, "dobj") and any(
        p == "by" and (lemma(o) in FORCE_NOUNS or any(
            lemma(c) in FORCE_NOUNS for c in o.children if c.dep_ == "compound"))
        for p, o in preps(tok))


def sent_back(tok: Token) -> bool:
    """Whether ``tok``'s clause or a verb joined to it sends people back ("loaded onto
    buses and sent home"): then it is a deportation, not a detention."""
    verbs = [tok, tok.head] + [c for c in tok.children if c.dep_ == "conj"]
    return any(lemma(v) in ("deport", "repatriate", "expel", "return") or any(
        c.lower_ in ("back", "home") for c in v.children) for v in verbs)


def to_detention(tok: Token) -> bool:
    """Whether ``tok`` takes people to detention: "taken to the detention center",
    "onto buses bound for the immigration station"."""
    for word, obj in preps(tok):
        if word not in ("to", "into", "onto", "on", "for", "toward", "towards", "in"):
            continue
        if any(lemma(t) in RECEPTION_WORDS for t in obj.subtree):
            continue  # "transferred to the Migration Reception Station": a camp the
            # group passes through, not custody
        for t in obj.subtree:
            if lemma(t) in DETENTION_PLACES or (lemma(t) in DETENTION_MODIFIERS and lemma(
                    t.head) in ("station", "center", "centre", "facility", "office")):
                return True
    return False


# Words that make a migration station a stop on the route (Panama's and Costa Rica's
# "migration reception stations", "temporary attention centers"), not detention.
RECEPTION_WORDS = frozenset(["reception", "welcome", "attention", "transit", "shelter"])

def offer_kind(objs: Iterable[Token]) -> str | None:
    for obj in objs:
        for t in obj.subtree:
            # the noun the asylum word depends on, through a compound and a preposition
            # ("applications for refugee status", "petitions for asylum protection")
            govs = [t.head, t.head.head, t.head.head.head]
            if lemma(t) in ("asylum", "refuge", "protection", "status") and any(
                    lemma(g) in ASYLUM_HEADS for g in govs):
                continue  # "received 1,500 asylum applications", "applications for
                # refugee status": asked for, not offered
            if lemma(t) in OFFER_OBJECTS:
                return "offer"
            if lemma(t) in AID_OBJECTS:
                return "aid"
    return None
