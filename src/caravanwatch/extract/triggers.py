"""Event triggers: the words that say a caravan departed, arrived, was blocked...

A spaCy ``Matcher`` over lemmas finds the candidate words in one pass (compiled once
per vocabulary); a rule per lemma then reads the dependency tree around each hit to
decide the event type ("crossed the border" is ``cross_border``, "crossed much of
Guatemala" is ``arrive``; "walked into Mexico" is ``cross_border``, "rolled into the
border city" is ``arrive``).  Active and passive voices both work because the rules
read dependency labels, not word order.  Whether a migrant group takes part is decided
later (:mod:`.events`); this module only proposes ``Candidate`` records.

The word lists are in :mod:`.lexicon` (each says how it was chosen), the rules in
:mod:`.verb_triggers` (movement in :mod:`.motion_triggers`) and :mod:`.noun_triggers`,
the tree readers they share in :mod:`.trigger_tree`.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import TYPE_CHECKING

from caravanwatch.extract.components import ArticleState, Candidate, register
from caravanwatch.extract.lexicon import (
    HEADLINE_VERBS,
    LEMMA_FIXES,
    NOUN_RULES,
    OFFER_OBJECTS,
    VERB_RULES,
)
from caravanwatch.extract.noun_triggers import classify_noun
from caravanwatch.extract.trigger_tree import Found, children, lemma
from caravanwatch.extract.verb_triggers import RULES

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Token
    from spacy.vocab import Vocab

logger = logging.getLogger(__name__)

VERSION = "2"

_VERB_RULES = VERB_RULES
_NOUN_RULES = NOUN_RULES


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
    # Headlines: a verb tagged as a noun between its subject and object ("Mexican police
    # halt migrant caravan"); kept only with both (see find_triggers).
    matcher.add("HEADVERB", [[{"LEMMA": {"IN": verbs}, "POS": "NOUN", "DEP": "ROOT"}]])
    return matcher


def classify(tok: Token, is_noun: bool) -> Found:
    """The (event type, rule) pairs ``tok`` triggers."""
    if is_noun:
        return classify_noun(tok) if lemma(tok) in _NOUN_RULES else []
    rule = _VERB_RULES.get(lemma(tok))
    return RULES[rule](tok) if rule else []



def find_triggers(state: ArticleState) -> list[Candidate]:
    """Every (token, event type) the lexicons and rules propose in ``state.doc``."""
    doc = state.doc
    matcher = _matcher(doc.vocab)
    noun_label = doc.vocab.strings["NOUN"]
    headverb_label = doc.vocab.strings["HEADVERB"]
    seen: set[tuple[int, str]] = set()
    found: list[Candidate] = []
    for match_id, start, _end in matcher(doc):
        tok = doc[start]
        if match_id == headverb_label and not (children(tok, "nsubj") and children(
                tok, "dobj")):
            continue
        for kind, rule in classify(tok, match_id == noun_label):
            if (tok.i, kind) in seen:
                continue
            seen.add((tok.i, kind))
            found.append(Candidate(type=kind, trigger=tok, sent=state.sentence_of(tok),
                                   rule=rule))
    found.sort(key=lambda c: c.trigger.i)
    return _drop_restated_offers(_drop_transfers(found))


# How far back (characters, about two sentences) a detention makes a later transfer to a
# detention centre its restatement ("Agents detained 300 migrants in Huixtla.  They were
# taken to the immigration station in Tapachula" is one happening); tried 0 (same sentence
# only) and 600 on the development and open held-out sets: 600 removed duplicates only.
TRANSFER_WINDOW = 600


def _drop_transfers(found: list[Candidate]) -> list[Candidate]:
    """Drop a transfer to detention that restates a detention just before or beside it."""
    detentions = [c for c in found if c.type == "detain"
                  and not c.rule.endswith("_to_detention")]
    return [c for c in found if not c.rule.endswith("_to_detention") or not any(
        d.sent.start == c.sent.start or 0 <= c.sent.start_char - d.sent.end_char
        < TRANSFER_WINDOW for d in detentions)]


@register("triggers", VERSION, requires=("doc",), assigns=("candidates",))
def triggers_component(state: ArticleState) -> None:
    """Propose candidates: ``state.candidates``."""
    state.candidates = find_triggers(state)


def _drop_restated_offers(found: list[Candidate]) -> list[Candidate]:
    """An acceptance ("most accepted the permits") states the offer only when no offer
    was made just before it: "Officials offered them permits.  Most accepted the
    permits" is one offer (same window as transfers)."""
    offers = [c for c in found if c.type == "offer" and c.rule != "accepted_offer"]
    return [c for c in found if c.rule != "accepted_offer" or not any(
        o.trigger.i < c.trigger.i and (o.sent.start == c.sent.start or 0 <= c.sent.start_char
                                       - o.sent.end_char < TRANSFER_WINDOW)
        and _offered(o.trigger) & _offered(c.trigger) for o in offers)]


def _offered(tok: Token) -> set[str]:
    """What an offer or acceptance is of: the offer nouns of its phrase ("permit")."""
    return {lemma(t) for t in tok.subtree if lemma(t) in OFFER_OBJECTS}
