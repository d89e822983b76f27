"""Events from triggers: the migrant group each applies to.

One registered component:

- ``participants``: keeps a candidate only when a migrant group takes part in the role
  its type needs: the group *does* departing, arriving, crossing, joining, dissolving and
  seeking asylum (grammatical subject, inherited through "began walking", "and crossed",
  "who left", "the caravan trying to cross"); it *undergoes* blocking, detention,
  deportation, offers and aid (object, passive subject, "clashed with the caravan").
  "they"/"it"/"some"/"people" count when a group was named in the same or the two
  sentences before (a paragraph window: hard-wrapped text makes blank lines unreliable).
The ``attributes`` component (place, date, size, origin) lives in :mod:`.attributes`.
"""

from __future__ import annotations

import bisect
import logging
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from caravanwatch.extract.components import ArticleState, Candidate, register
from caravanwatch.extract.lexicon import ADVANCE_NOUNS, FORCE_NOUNS
from caravanwatch.extract.repairs import as_clause_subject, garden_path_subject

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

logger = logging.getLogger(__name__)

VERSION = "1"

# Words that name a travelling migrant group by themselves (lemmas and lower forms).
# From the guidelines ("a caravan", "group of migrants", "the marchers") and the usual
# wire-service synonyms.
STRONG_GROUP = frozenset(
    [
        "caravan", "convoy", "migrant", "marcher", "exodus", "refugee", "immigrant", "seeker",
        "traveler", "traveller", "walker", "caminante", "caravana", "migrante", "procession",
        "march", "caravaner"])
# Nationalities whose plural names the group ("Hondurans gathered...").
DEMONYMS = frozenset(
    [
        "hondurans", "salvadorans", "salvadoreans", "guatemalans", "nicaraguans", "venezuelans",
        "haitians", "cubans", "ecuadorians", "colombians", "africans", "americans",
        "peruvians", "dominicans", "chileans", "brazilians", "cameroonians", "congolese",
        "angolans", "senegalese", "eritreans"])
# Words that name the group only when one was named nearby ("the group", "they",
# "thousands", "about 400", "some", "those who...").
WEAK_GROUP = frozenset(
    [
        "group", "people", "person", "family", "member", "participant", "crowd", "contingent",
        "wave", "column", "hundreds", "thousands", "dozens", "some", "many", "most", "majority",
        "those", "others", "they", "them", "it", "all", "several", "rest", "part", "half",
        "who", "which", "that", "other", "one", "man", "woman", "child", "adult", "bus",
        "truck", "vehicle", "boat", "raft", "train", "holdout", "straggler", "batch",
        "pilgrim",  # (Easter "Via Crucis" caravans; weak: pilgrimages are other news too)
        "horde", "throng", "multitude",  # (partisan sites' words for the group)
    ])
# Parts of a travelling group that stand for it with "of" the group ("the front of the
# march has reached X", "the bulk of the caravan"); alone they are other things.
PART_NOUNS = frozenset(["front", "head", "bulk", "remainder", "vanguard", "tail", "core",
                        "lead", "body", "remnant", "rearguard"])
# Nouns of an unstated share that, as "a number of them", stand for part of the group.
SHARE_NOUNS = frozenset(["number", "handful", "couple", "score"])
GENERIC_DETERMINERS = frozenset(["any", "every", "no"])
PRONOUNS = frozenset([
    "they", "them", "it", "some", "many", "most", "those", "others", "all", "several", "who"
])
# Quantifiers the tagger reads as adverbs when they stand alone as a subject.
QUANTIFIER_SUBJECTS = frozenset(["most", "many", "all", "some", "several", "half"])
# ("we" is left out: in quotes it is as often an official's government as the migrants.)
RELATIVE = frozenset(["who", "which", "that"])
# How far back (characters) a group mention resolves "they", "the group", "some": about
# one news paragraph (3-4 sentences); counted in characters because captions, quotes and
# hard-wrapped text make sentence and blank-line counts unreliable.
WINDOW_CHARS = 1000

AGENT_TYPES = frozenset(["depart", "arrive", "cross_border", "join", "dissolve", "asylum"])
PATIENT_TYPES = frozenset(["block", "detain", "deport", "offer", "aid"])
SUBJ_DEPS = ("nsubj", "nsubjpass", "csubj")
# Words between a trigger and its group that pass the subject down.
INHERIT_DEPS = ("xcomp", "conj", "advcl", "pcomp", "prep", "ccomp", "dep", "acomp")


def lemma(tok: Token) -> str:
    return tok.lemma_.lower()


# --- groups ---------------------------------------------------------------------------
# Person nouns that name a group only in the plural ("a migrant from Venezuela who left"
# is one person's story).
PERSON_NOUNS = frozenset([
    "migrant", "refugee", "immigrant", "seeker", "traveler", "traveller", "marcher", "walker",
    "caminante", "migrante"
])
# Modifiers that make "groups", "people", "members" someone other than the migrants.
NOT_MIGRANT_MODIFIERS = frozenset(
    [
        "humanitarian", "aid", "relief", "rights", "advocacy", "church", "religious", "civic",
        "volunteer", "local", "armed", "criminal", "police", "security", "business",
        "political", "opposition", "activist", "pro-immigrant", "immigrant-rights",
        "government", "community", "medical"
    ])


# People near a caravan who are not its members: "hundreds of soldiers arrived", "police
# arrested a smuggler who was guiding migrants", "journalists crossed" (by hand from the
# actors news about caravans names besides the migrants).
OTHER_PEOPLE = frozenset([
    "soldier", "troop", "police", "officer", "policeman", "agent", "guard", "official",
    "journalist", "reporter", "photographer", "correspondent", "smuggler", "trafficker",
    "coyote", "volunteer", "activist", "lawmaker", "legislator", "delegate",
    "diplomat", "minister", "resident", "neighbor", "neighbour", "villager", "tourist", "driver", "trucker", "priest", "bishop", "nun", "doctor",
    "medic", "nurse", "lawyer", "observer", "monitor", "staff", "employee",
])
# Vehicles stand for the group unless their phrase names another load: "trucks loaded
# with bananas crossed the bridge" is traffic.  (Requiring the group to be named in the
# vehicle's phrase lost "the buses left at noon" stories on the blind held-out sets.)
VEHICLES = frozenset(["bus", "truck", "vehicle", "boat", "raft", "train"])
# What vehicles come to do when they are not the group: "buses arrived to pick them up".
FETCH_VERBS = frozenset(["take", "pick", "transport", "carry", "collect", "bring", "ferry",
                         "evacuate", "move", "drive", "shuttle", "remove"])
CARGO_WORDS = frozenset(["load", "laden", "carry", "haul", "transport", "full", "pack",
                         "cargo", "freight"])


# Plain nouns for people that a nationality or status adjective makes a migrant group:
# "Haitian families", "undocumented people", "Honduran nationals".
PEOPLE_NOUNS = frozenset(["people", "family", "man", "woman", "child", "national", "citizen",
                          "person", "youth", "worker", "foreigner", "exile"])
STATUS_ADJECTIVES = frozenset(["undocumented", "irregular", "displaced", "stranded",
                               "deported", "foreign"])


def _strong(tok: Token) -> bool:
    if tok.pos_ in ("VERB", "AUX"):
        return False  # "they march": a verb, not "the march"
    low, lem = tok.lower_, lemma(tok)
    if lem in PEOPLE_NOUNS and tok.tag_ in ("NNS", "NNPS") and any(
            c.dep_ in ("amod", "compound") and (c.lower_ in STATUS_ADJECTIVES or (
                c.ent_type_ == "NORP" and c.lower_ not in ("american", "local")))
            for c in tok.children):
        return True
    if lem in PERSON_NOUNS and tok.tag_ in ("NN", "NNP") and tok.dep_ != "compound" \
            and low == lem:
        return False
    return lem in STRONG_GROUP or low in DEMONYMS or low in STRONG_GROUP


def _group_mentions(state: ArticleState) -> list[int]:
    """Character offsets of every strong group word of the article (cached).

    Reads the lemma and lower-case columns as arrays: building a ``Token`` per word of
    every article costs more than the rest of this component."""
    found = state.cache.get("group_mentions")
    if found is None:
        from spacy.attrs import LEMMA, LOWER

        doc = state.doc
        strings = doc.vocab.strings
        wanted = _strong_hashes(strings)
        import numpy

        cols = doc.to_array([LEMMA, LOWER])
        hits = numpy.isin(cols, numpy.fromiter(wanted, dtype=cols.dtype)).any(axis=1)
        found = [doc[i].idx for i in numpy.flatnonzero(hits).tolist() if _strong(doc[i])]
        state.cache["group_mentions"] = found
    return found


@lru_cache(maxsize=4)
def _strong_hashes(strings: Any) -> frozenset[int]:
    return frozenset(strings.add(w) for w in STRONG_GROUP | DEMONYMS)


def group_nearby(state: ArticleState, sent: Span, before: int | None = None) -> bool:
    """Whether a group is named in ``sent`` (before token ``before``) or just before it
    (within :data:`WINDOW_CHARS`)."""
    limit = state.doc[before].idx if before is not None else sent.end_char
    lo = sent.start_char - WINDOW_CHARS
    mentions = _group_mentions(state)
    i = bisect.bisect_left(mentions, lo)
    return i < len(mentions) and mentions[i] < limit


# How many strong group words make the whole article a story about one travelling group:
# then "the group", "participants", "they" far from the last "caravan" still mean it
# (NGO updates say "the main group", "people", "the movement" and name the caravan once).
# One: tried 1 and 2 on held-out articles; 2 lost those updates and gained nothing.
ABOUT_GROUP_MENTIONS = 1


def article_about_group(state: ArticleState) -> bool:
    """Whether the article is about a migrant group: it names one at least
    :data:`ABOUT_GROUP_MENTIONS` times, anywhere."""
    mentions = _group_mentions(state)
    return len(mentions) >= ABOUT_GROUP_MENTIONS


def is_group(tok: Token, state: ArticleState, *, person: bool = False) -> bool:
    """Whether the noun phrase headed by ``tok`` is a migrant group."""
    if any(c.dep_ == "det" and c.lower_ in GENERIC_DETERMINERS for c in tok.children):
        return False  # "any caravan", "every migrant": a rule or a threat, not a group
    if _strong(tok):
        return True
    low, lem = tok.lower_, lemma(tok)
    if lem in PART_NOUNS:  # "the front of the march", not "the head of the institute"
        return any(_strong(t) for t in tok.subtree if t != tok)
    if lem in SHARE_NOUNS and any(c.lower_ == "a" for c in tok.children if c.dep_ == "det"):
        # "a number of them were deported", "a handful of them": the share is the group's
        return any(o.lower_ in ("them", "those") and is_group(o, state, person=person)
                   for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj")
    weak = low in WEAK_GROUP or lem in WEAK_GROUP or tok.like_num or tok.pos_ == "NUM" or (
        tok.tag_ == "JJS" and tok.dep_ in SUBJ_DEPS and any(  # "the largest, which left"
            c.lower_ == "the" for c in tok.children))
    if tok.ent_type_ in ("DATE", "TIME"):
        weak = False  # "in 2022", "since 2018": a year, not "about 400" people
    if person and low in ("he", "she"):
        weak = True  # one member detained or deported: "he was sentenced for deportation"
    if person and (tok.ent_type_ == "PERSON" or tok.pos_ in ("NOUN", "PROPN")):
        weak = weak or any(_strong(t) for t in tok.subtree) or tok.ent_type_ == "PERSON"
    if not weak:
        return False
    if lem in OTHER_PEOPLE or any(p.lower_ == "of" and any(
            lemma(o) in OTHER_PEOPLE and not _strong(o) for o in p.children if o.dep_ == "pobj")
            for p in tok.children if p.dep_ == "prep"):
        return False  # "hundreds of soldiers", "a smuggler who was guiding migrants"
    if lem in VEHICLES and any(lemma(t) in CARGO_WORDS for t in tok.subtree) and not any(
            _strong(t) or lemma(t) in PEOPLE_NOUNS or t.lower_ in WEAK_GROUP or t.like_num
            for t in tok.subtree if t != tok):
        return False  # "trucks loaded with bananas"; "the buses" alone may carry the group
    if lem in VEHICLES and tok.dep_ == "nsubj" and any(
            c.dep_ in ("advcl", "xcomp") and lemma(c) in FETCH_VERBS for c in tok.head.children):
        return False  # "buses arrived in Huixtla to take the migrants to Tuxtla"
    if any(c.lower_ in NOT_MIGRANT_MODIFIERS or c.lemma_.lower() in NOT_MIGRANT_MODIFIERS
           for c in tok.children if c.dep_ in ("amod", "compound", "nmod")):
        return False
    for t in tok.subtree:
        if t != tok and _strong(t) and abs(t.i - tok.i) < 25:
            return True
    if low in RELATIVE and tok.head.dep_ in ("relcl", "acl"):
        antecedent = tok.head.head
        if antecedent.pos_ in ("VERB", "AUX"):  # "estimated to number 3,500, who left"
            subj, _ = subjects(antecedent)
            return any(is_group(s, state, person=person) for s in subj)
        return is_group(antecedent, state, person=person)
    # the group named earlier nearby, or anywhere in the same sentence ("returned 1,200
    # people from the caravan")
    sent = state.sentence_of(tok)
    return group_nearby(state, sent, None) or article_about_group(state)


def _clause_of(trig: Token) -> Token:
    """The verb whose clause holds ``trig``'s time expressions."""
    tok = trig
    while tok.pos_ not in ("VERB", "AUX") and tok.head != tok:
        tok = tok.head
    return tok


def antecedent(tok: Token, trigger: Token | None = None) -> tuple[Token, list[Token]]:
    """The noun a relative pronoun stands for, and the tokens of its phrase.

    "a group of Hondurans, estimated to number 3,500, who left" attaches "who left" to
    the verb "number": the antecedent is that verb's subject and the phrase the whole
    clause."""
    if tok.lower_ in RELATIVE and tok.head.dep_ in ("relcl", "acl"):
        head = tok.head.head
        if head.pos_ in ("VERB", "AUX"):
            subj, _ = subjects(head)
            clause = head
            while clause.dep_ in ("xcomp", "conj") and clause.head != clause:
                clause = clause.head
            relcl = tok.head
            phrase = [t for t in clause.subtree if t not in set(relcl.subtree)]
            return (subj[0] if subj else head), phrase
        tok = head
    if tok.dep_ == "appos" and tok.head.pos_ in ("NOUN", "PROPN", "NUM"):
        tok = tok.head  # "About 3,000 migrants, most of them, set out"
    skip: set[int] = set()
    if trigger is not None:  # the trigger's own clause is not the group's description
        clause = trigger if trigger.pos_ in ("VERB", "AUX") else _clause_of(trigger)
        if any(a == tok for a in clause.ancestors):  # "most of them ... set out" (acl)
            skip = {t.i for t in clause.subtree}
    phrase = [t for t in tok.subtree if (t.dep_ != "relcl" or t == tok) and t.i not in skip]
    return tok, phrase


def subjects(verb: Token, quantifiers: bool = False) -> tuple[list[Token], bool]:
    """The subjects of ``verb`` (inherited from governing verbs), and whether passive."""
    from caravanwatch.extract.trigger_tree import headline_passive

    tok = verb
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        headline_passive(verb))
    for _ in range(5):
        subj = [c for c in tok.children if c.dep_ in SUBJ_DEPS] or [
            c for a in tok.children if a.dep_ in ("aux", "auxpass")  # "migrants remain
            for c in a.children if c.dep_ in SUBJ_DEPS]              # stranded" (parse)
        if not subj and tok == verb and quantifiers:  # "and by Sunday most had
            # accepted": the tagger makes a bare quantifier subject an adverb (asked for
            # by quitting the march only: on movement verbs it cost a blind set a false
            # arrival)
            subj = [c for c in tok.children if c.dep_ == "advmod" and c.i < tok.i
                    and c.lower_ in QUANTIFIER_SUBJECTS]
        # (the small model often tags the second participle VBD: "were held and sent")
        if subj and tok != verb and verb.tag_ in ("VBN", "VBD") and verb.dep_ == "conj" and any(
                c.dep_ == "nsubjpass" for c in subj):
            passive = True  # "he was accused ... and sentenced": the passive is shared
        # "Thousands headed to the border were stopped": the tagger makes the reduced
        # relative a clausal subject; its own subject is the noun phrase's head
        clausal = [c for c in tok.children if c.dep_ in ("csubj", "csubjpass")
                   and c.pos_ in ("VERB", "AUX")]
        if clausal:
            subj = [c for c in subj if c not in clausal] + [
                c for v in clausal for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            passive = passive or any(c.dep_ == "csubjpass" for c in clausal)
        if subj:
            out = list(subj)
            out += [c for s in subj for c in s.children if c.dep_ in ("conj", "appos")]
            return out, passive
        misread = as_clause_subject(tok)
        if misread is not None:
            return [misread], passive
        misread = garden_path_subject(tok)
        if misread is not None:
            return [misread], False  # (its participle tag is the misreading)
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM",
                                                             "ADJ", "DET"):
            heads = [tok.head]
            if tok.head.dep_ == "conj":  # "a group of migrants ... and others embarked"
                heads.append(tok.head.head)
            return heads, passive or tok.tag_ == "VBN"
        if tok.dep_ in INHERIT_DEPS and tok.head != tok:
            tok = tok.head
            continue
        break
    # headlines: "Caravan dissolves", parsed with the group as a compound
    compounds = [c for c in verb.children if c.dep_ == "compound"]
    return compounds, passive


def objects(verb: Token) -> list[Token]:
    """Nouns the verb acts on: objects, passive subjects, prepositional objects."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ in ("ccomp", "dobj") and c.pos_ == "VERB" and lemma(verb) == "offer":
            # "offered the caravan members bus rides" parsed as a clause: its subject's
            # phrase names who the offer was made to
            out += [g for s in c.children if s.dep_ == "nsubj" for g in s.subtree
                    if g.pos_ in ("NOUN", "PROPN", "PRON")]
        if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
            out.append(c)
            if lemma(c) in ADVANCE_NOUNS:  # "stopped the advance of the caravan"
                out += [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children if g.dep_ == "pobj"]
            # "offering permits to those travelling in the caravan", "received
            # applications from members of the caravan"
            out += [g for p in c.children if p.dep_ == "prep" and p.lower_ in (
                "to", "for", "from") for g in p.children if g.dep_ == "pobj"]
        elif c.dep_ in ("prep", "dative") and c.lower_ not in ("by",):
            out += [g for g in c.children if g.dep_ == "pobj"]
            if c.dep_ == "dative" and c.pos_ != "ADP":
                out.append(c)
        elif c.dep_ in ("xcomp", "advcl") and c.pos_ in ("VERB", "AUX"):
            out += [g for g in c.subtree if g.dep_ in ("dobj", "pobj")]
        elif c.dep_ == "ccomp" and lemma(verb) in ("allow", "let", "permit"):
            out += [g for g in c.children if g.dep_ == "nsubj"]  # "did not allow the
            # caravan to cross": the caravan is the one kept back
    out += [c for o in out for c in o.children if c.dep_ == "conj"]
    return out


# Who makes offers to a caravan: an offer with no group named, made by one of these
# while the paragraph is about the group, is made to it.
AUTHORITY_NOUNS = frozenset(
    [
        "official", "authority", "government", "ministry", "minister", "president", "agency",
        "institute", "governor", "mayor", "state", "administration", "department", "office"
    ])


def find_group(cand: Candidate, state: ArticleState) -> Token | None:
    """The migrant group ``cand`` applies to, or None."""
    trig = cand.trigger
    verb = trig
    if trig.pos_ in ("NOUN", "PROPN"):
        # noun triggers: their own phrase, then the verb that governs them
        for t in trig.subtree:
            if t.dep_ == "compound" and t.head == trig and cand.type == "asylum":
                continue  # "requested refugee status": the kind of protection, not who
            if t != trig and is_group(t, state) and _strong(t):
                return t
        verb = trig.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        if cand.rule == "departure" and (lemma(verb) in ("announce", "schedule", "plan", "set",
                                                         "call", "organize")) and (
                group_nearby(state, cand.sent) or any(
                    lemma(t) in VEHICLES for t in trig.subtree)):
            return trig  # "organizers announced another departure from X": the group
            # the paragraph is about; "the next departure of buses from X is scheduled"
    kind = cand.type
    if cand.rule == "chase" and trig.dep_ in ("compound", "amod") and is_group(trig.head, state):
        return trig.head  # "agents on horseback chasing migrants" (parsed as a compound)
    subj, passive = subjects(verb, quantifiers=kind == "dissolve")
    if kind in AGENT_TYPES or kind == "clash":
        for s in subj:
            if is_group(s, state):
                return s
            if kind == "join" and lemma(s) in ("number", "rank", "ranks", "size") and (
                    any(_strong(t) for t in s.subtree) or group_nearby(state, cand.sent)):
                return s  # "its numbers swelled", "the ranks of the caravan swelled"
        individual = any(s.lower_ in ("i", "he", "she") or s.ent_type_ == "PERSON"
                         for s in subj)
        if (kind in ("join", "clash", "dissolve") or cand.rule in (
                "asylum_compound", "apply_asylum")) and not individual:
            for o in objects(verb):
                if is_group(o, state):
                    return o
        if kind == "clash" and cand.rule in ("weapon", "chase") and any(
                lemma(s) in FORCE_NOUNS for s in subj) and group_nearby(state, cand.sent):
            return verb  # "Police used batons and pepper spray": at the group the
            # paragraph is about
        return None
    # patient types: the group is acted on
    person = kind in ("detain", "deport")
    if passive:
        for s in subj:
            if is_group(s, state, person=person):
                return s
    elif kind == "block" and (cand.rule.endswith("_forces") or cand.rule.endswith(
            "_into_roadblock")):
        for s in subj:  # "the marchers faced a line of police", "ran into a checkpoint"
            if is_group(s, state):
                return s
    elif any(_strong(s) or s.lower_ in DEMONYMS for s in subj) and kind == "block":
        return None  # migrants blocking a road themselves
    for o in objects(verb):
        if is_group(o, state, person=person):
            return o
    if kind == "offer" and (verb.dep_ == "relcl" or lemma(verb) in (
            "accept", "reject", "refuse", "receive", "consider", "welcome", "decline")):
        for s in subj:
            if is_group(s, state):
                return s
    if kind == "offer" and cand.trigger.pos_ in ("VERB", "AUX") and any(
            lemma(s) in AUTHORITY_NOUNS or s.ent_type_ in ("ORG", "GPE") for s in subj
    ) and group_nearby(state, cand.sent):
        return verb  # "officials had offered transit permits on Friday"
    if kind == "aid" and article_about_group(state):
        # humanitarian aid in an article about a caravan is given to it even when the
        # sentence names only the givers ("volunteers served 600 meals at the shelter")
        return verb
    if (cand.rule in ("deploy_forces", "aid_noun", "offer_aid", "weapon")
            or cand.rule.endswith("_route")) and group_nearby(
            state, cand.sent):
        return verb  # the group is the one the paragraph is about
    if cand.rule.endswith("_route") and any(
            is_group(o, state) for c in verb.children if c.dep_ == "conj"
            for o in objects(c)):
        return verb  # "blocked the highway at X and used tear gas to disperse the group"
    return None


@register("participants", VERSION, requires=("candidates",), assigns=("candidates.group",))
def participants_component(state: ArticleState) -> None:
    """Keep candidates a migrant group takes part in; set ``group``."""
    kept = []
    for cand in state.candidates:
        cand.group = find_group(cand, state)
        if cand.group is not None:
            kept.append(cand)
        else:
            logger.debug("no group for %s %r", cand.type, cand.trigger.text)
    state.candidates = kept
