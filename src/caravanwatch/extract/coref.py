"""Who a pronoun or a description points to: "he said", "the woman said", "the
governor said" resolve to the nearest earlier named speaker or person mention (outside
quotations), skipping interviewers; helpers for :mod:`.quotes` and :mod:`.figures`."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from caravanwatch.extract.attribution import (
    ANAPHORIC_NOUNS,
    PRONOUNS,
    Attribution,
    clean,
    doc_text,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

logger = logging.getLogger(__name__)

# Words that mark a person as the one asking, not answering ("host Laura Diaz",
# "interviewed by Laura Diaz"): in interview and radio-programme write-ups the quotes
# belong to the guest.  From broadcast and interview write-up conventions.
_ASKER_WORDS = frozenset({
    "host", "presenter", "anchor", "interviewer", "moderator", "reporter",
    "correspondent", "journalist", "hosts", "co-host", "anchorwoman", "anchorman",
})
_ASKING_LEMMAS = frozenset({"interview", "ask", "question", "host", "moderate", "present"})


def _is_asker(ent: Span) -> bool:
    """The mention is an interviewer: titled as one, its apposition says so, or it is
    the agent of "interviewed by" / "asked by"."""
    doc = ent.doc
    before = [t for t in doc[max(0, ent.start - 4):ent.start] if not t.is_punct]
    if before and before[-1].lower_ in _ASKER_WORDS:
        return True
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.lower_ in _ASKER_WORDS:
            return True
    if root.dep_ == "appos" and root.head.lower_ in _ASKER_WORDS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "by" and \
            root.head.head.lemma_.lower() in _ASKING_LEMMAS:
        return True
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in ("interview", "host")


def titled_person_before(doc: Doc, noun: str, pos: int, floor: int = 0,
                         skip: Iterable[tuple[int, int]] = ()) -> Attribution | None:
    """The nearest person before ``pos`` that the text gives the title ``noun``
    ("Governor Ana Ruiz", "Ana Ruiz, the governor"): what "the governor" points to."""
    skip = list(skip)
    best = None
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.end_char > pos or ent.start_char < floor:
            continue
        if any(a <= ent.start_char < b for a, b in skip):
            continue
        if ent.root.dep_ == "pobj":
            continue  # "the mayor of Tapachula": a place the NER took for a person
        words = [t.lower_ for t in ent]
        name = ent
        if words[0] == noun and len(ent) > 1:  # the title inside the entity
            name = ent[1:]
        elif not ((ent.start > 0 and doc[ent.start - 1].lower_ == noun) or
                  [t.lower_ for t in doc[ent.end:ent.end + 3]][:3] in
                  ([",", "the", noun], [",", "a", noun]) or
                  [t.lower_ for t in doc[ent.end:ent.end + 2]] == [",", noun]):
            continue
        best = Attribution(clean(name.text), None, name.start_char, name.end_char,
                           "named")
    # the NER often misses a name right after a title ("Governor Ana Ruiz")
    text = doc_text(doc)
    title = re.compile(rf"\b(?i:{re.escape(noun)})\s+((?:[A-Z][\w’'\-]+\s+){{0,2}}"
                       r"[A-Z][\w’'\-]+)")
    for m in title.finditer(text, floor, pos):
        if best is not None and m.start(1) <= best.start:
            continue
        if any(a <= m.start() < b for a, b in skip):
            continue
        best = Attribution(m.group(1), None, m.start(1), m.end(1), "named")
    return best


def last_person_before(doc: Doc, pos: int, floor: int = 0,
                       skip: Iterable[tuple[int, int]] = ()) -> Attribution | None:
    """The nearest person mention that ends before ``pos`` (and after ``floor``),
    outside the character ranges ``skip`` (quotations): a PERSON entity, or a proper
    noun subject the NER missed ("Trump has been pushing")."""
    skip = list(skip)
    found: list[Attribution] = []
    for ent in doc.ents:
        if ent.end_char > pos or ent.start_char < floor:
            continue
        if ent.label_ != "PERSON" or any(a <= ent.start_char < b for a, b in skip):
            continue
        if _is_asker(ent):
            continue
        text = clean(ent.text)
        if text and text.lower() not in PRONOUNS:
            found.append(Attribution(text, None, ent.start_char, ent.end_char, "named"))
    span = doc.char_span(floor, pos, alignment_mode="contract")
    for tok in span if span is not None else ():
        if tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and tok.text[:1].isupper() and \
                tok.ent_type_ not in ("GPE", "NORP", "LOC", "DATE", "PERSON", "FAC") and \
                not any(a <= tok.idx < b for a, b in skip):
            left = tok
            while left.i > 0 and doc[left.i - 1].dep_ == "compound" and \
                    doc[left.i - 1].pos_ == "PROPN":
                left = doc[left.i - 1]
            text = doc[left.i: tok.i + 1].text
            found.append(Attribution(text, None, left.idx, tok.idx + len(tok.text), "named"))
    if not found:
        return None
    # the last mention; of overlapping ones, the longest ("Arely Orellana" over "Orellana")
    best = max(found, key=lambda a: (a.end, -a.start))
    # ... but a sentence's subject over another person it mentions ("Ana Ruiz spoke to
    # Laura Diaz. '...,' she said." is Ana Ruiz): the usual centering preference
    if not _is_subject(doc, best):
        for other in sorted(found, key=lambda a: -a.start):
            if other.end <= best.start and _same_sentence(doc, other, best) and \
                    _is_subject(doc, other):
                return other
    return best


def _is_subject(doc: Doc, att: Attribution) -> bool:
    span = doc.char_span(att.start, att.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and \
        span.root.dep_ in ("nsubj", "nsubjpass")


def _same_sentence(doc: Doc, a: Attribution, b: Attribution) -> bool:
    first = doc.char_span(a.start, a.end, alignment_mode="expand")
    second = doc.char_span(b.start, b.end, alignment_mode="expand")
    if first is None or second is None:
        return False
    return first[0].sent.start == second[0].sent.start


def last_description_before(doc: Doc, pos: int, floor: int = 0,
                            skip: Iterable[tuple[int, int]] = ()) -> Attribution | None:
    """The nearest person description that is a subject before ``pos`` ("the spokesman
    was blunt. ... he said"): for a pronoun when nobody is named."""
    span = doc.char_span(floor, pos, alignment_mode="contract")
    found = None
    for tok in span if span is not None else ():
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ not in ANAPHORIC_NOUNS:
            continue
        if any(a <= tok.idx < b for a, b in skip):
            continue
        left = min([c.i for c in tok.lefts if c.dep_ in ("det", "amod", "compound")]
                   + [tok.i])
        found = Attribution(doc[left:tok.i + 1].text, None, doc[left].idx,
                            tok.idx + len(tok.text), "description")
    return found


def resolve(att: Attribution, doc: Doc, history: Sequence[Attribution],
            skip: Iterable[tuple[int, int]] = ()) -> Attribution | None:
    """Resolve a pronoun or anaphoric description to the nearest earlier named speaker
    or person mention; other attributions come back unchanged."""
    if att.kind != "pronoun":
        return att
    word = att.speaker.lower().split()[-1]
    if word in ANAPHORIC_NOUNS and len(att.speaker.split()) == 2:
        titled = titled_person_before(doc, word, att.start, max(0, att.start - 1500), skip)
        if titled is not None:
            return Attribution(titled.speaker, att.role, att.start, att.end, "named")
    want_person = word in ("he", "she") or word in ANAPHORIC_NOUNS
    candidates: list[Attribution] = []
    for prev in reversed(history):
        if prev.start < att.start and prev.kind != "pronoun":
            if want_person and prev.kind == "organisation" and word in ANAPHORIC_NOUNS:
                continue
            candidates.append(prev)
            break
    # a pronoun can also name the last person the narrative mentioned (within ~1,500
    # characters: about three paragraphs of news prose)
    person = None
    if word not in ("it", "they", "we"):
        person = last_person_before(doc, att.start, max(0, att.start - 1500), skip)
    if person is not None and not (candidates and _same_sentence(doc, candidates[0], person)):
        # a mention in the last speaker's own sentence is their role or origin ("said
        # Nelson Ortega, a carpenter from Comayagua."), not a new person
        candidates.append(person)
    if not candidates and word in ("he", "she"):
        described = last_description_before(doc, att.start, max(0, att.start - 600), skip)
        if described is not None:
            candidates.append(described)
    if not candidates:
        if att.speaker.lower() in PRONOUNS:
            return None
        # "the governor" with nobody named before: the description itself
        return Attribution(att.speaker, att.role, att.start, att.end, "description")
    best = max(candidates, key=lambda a: a.start)
    return Attribution(best.speaker, best.role, att.start, att.end, best.kind)
