"""Who a pronoun or a description points to: "he said", "the woman said", "the
governor said" resolve to the nearest earlier named speaker or person mention (outside
quotations), skipping interviewers; helpers for :mod:`.quotes` and :mod:`.figures`."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from caravanwatch.extract.attribution import (
    ANAPHORIC_NOUNS,
    PRONOUNS,
    Attribution,
    clean,
    is_speech_verb,
)
from caravanwatch.extract.descriptions import resolve_description
from caravanwatch.extract.gender import (
    full_name_span,
    gender_of,
    pronoun_gender,
    word_gender,
)
from caravanwatch.extract.mentions import (
    person_mentions,
)
from caravanwatch.extract.nlp import doc_ents

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

logger = logging.getLogger(__name__)


def last_person_before(doc: Doc, pos: int, floor: int = 0,
                       skip: Iterable[tuple[int, int]] = (),
                       accept: Callable[[Attribution], bool] | None = None,
                       ) -> Attribution | None:
    """The nearest person mention (:func:`person_mentions`) before ``pos`` that
    ``accept`` takes (by default any)."""
    found = [a for a in person_mentions(doc, pos, floor, skip)
             if accept is None or accept(a)]
    if not found:
        return None
    # the last mention; of overlapping ones, the longest ("Arely Orellana" over "Orellana")
    best = max(found, key=lambda a: (a.end, -a.start))
    # ... but a sentence's subject over another person it mentions ("Ana Ruiz spoke to
    # Laura Diaz. '...,' she said." is Ana Ruiz): the usual centering preference; a
    # name in apposition to the subject is the subject ("Its secretary, Olga Sanchez,")
    if not _is_subject(doc, best) and not _appos_of_subject(doc, best):
        for other in sorted(found, key=lambda a: -a.start):
            if other.end <= best.start and _same_sentence(doc, other, best) and \
                    _is_subject(doc, other):
                return other
    return best


def _appos_of_subject(doc: Doc, att: Attribution) -> bool:
    span = doc.char_span(att.start, att.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.dep_ == "appos" and \
        span.root.head.dep_ in ("nsubj", "nsubjpass")


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


# Words that make a speaker an institution, not a person ("the ministry", "CBP"): a
# "she said" never points to them.  Institution nouns of caravan coverage.
_INSTITUTION_WORDS = frozenset({
    "ministry", "department", "agency", "institute", "government", "office", "commission",
    "patrol", "police", "church", "diocese", "archdiocese", "secretariat", "embassy",
    "consulate", "council", "committee", "organization", "organisation", "group",
    "coalition", "network", "foundation", "association", "unhcr", "iom", "cbp", "ice",
    "inm", "comar", "dhs", "administration", "army", "guard", "presidency", "service",
    "bureau", "authority", "authorities", "officials", "organisers", "organizers",
})


def looks_institutional(doc: Doc, att: Attribution) -> bool:
    """The attribution names an institution or a plural group, not one person."""
    words = att.speaker.lower().replace("’", "'").split()
    if any(w.strip("'s,.") in _INSTITUTION_WORDS for w in words):
        return True
    # an acronym: "UNHCR", "CBP"
    return len(att.speaker) >= 2 and att.speaker.isupper() and len(words) == 1


def _last_institution_before(doc: Doc, pos: int, floor: int,
                             skip: Iterable[tuple[int, int]]) -> Attribution | None:
    """The last organisation named before ``pos``, or a plural subject ("officials",
    "the organisers"): what "they" or "it" said."""
    skip = list(skip)
    best: Attribution | None = None
    for ent in doc_ents(doc):
        if ent.label_ != "ORG" or ent.end_char > pos or ent.start_char < floor or \
                any(a <= ent.start_char < b for a, b in skip):
            continue
        name = re.sub(r"^(?:the|The)\s+", "", clean(ent.text))
        best = Attribution(name, None, ent.start_char, ent.end_char, "organisation")
    span = doc.char_span(floor, pos, alignment_mode="contract")
    for tok in span if span is not None else ():
        if tok.dep_ == "nsubj" and tok.tag_ == "NNS" and tok.lower_ in _INSTITUTION_WORDS \
                and not any(a <= tok.idx < b for a, b in skip) and \
                (best is None or tok.idx > best.start):
            left = min([c.i for c in tok.lefts if c.dep_ in ("amod", "compound")] + [tok.i])
            best = Attribution(doc[left:tok.i + 1].text, None, doc[left].idx,
                               tok.idx + len(tok.text), "description")
    return best


def _reported(doc: Doc, mention: Attribution, speaker: Attribution) -> bool:
    """The mention sits in words the current speaker reports ("Trump, he added, had been
    informed."): its sentence has a verb of saying whose subject is a pronoun of the
    speaker's gender, and the mention is no subject of a verb of saying itself."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    if root.dep_ == "nsubj" and is_speech_verb(root.head):
        return False
    want = gender_of(doc, speaker.start, speaker.end)
    for tok in root.sent:
        if tok.dep_ == "nsubj" and tok.lower_ in ("he", "she") and \
                is_speech_verb(tok.head) and tok.i not in range(span.start, span.end) and \
                want in (None, pronoun_gender(tok.lower_)):
            return True
    return False


def resolve(att: Attribution, doc: Doc, history: Sequence[Attribution],
            skip: Iterable[tuple[int, int]] = ()) -> Attribution | None:
    """Resolve a pronoun or anaphoric description to the nearest earlier named speaker
    or person mention of the right kind (a woman for "she", an institution for "it");
    other attributions come back unchanged."""
    att = resolve_description(doc, att, skip)
    if att.kind != "pronoun":
        return att
    word = att.speaker.lower().split()[-1]
    want_person = word in ("he", "she") or word in ANAPHORIC_NOUNS
    want = pronoun_gender(word) or word_gender(word)

    def fits(cand: Attribution) -> bool:
        return want is None or gender_of(doc, cand.start, cand.end) in (None, want)

    def fits_person(cand: Attribution) -> bool:
        return fits(cand) and not (want_person and looks_institutional(doc, cand))

    def known(cand: Attribution) -> bool:
        return want is not None and gender_of(doc, cand.start, cand.end) == want

    candidates: list[Attribution] = []
    for prev in reversed(history):
        if prev.start < att.start and prev.kind != "pronoun":
            if want_person and prev.kind == "organisation" and word in ANAPHORIC_NOUNS:
                continue
            if not fits(prev):
                continue
            candidates.append(prev)
            if want is None or known(prev):
                break
    # a pronoun can also name the last person the narrative mentioned (within ~1,500
    # characters: about three paragraphs of news prose)
    people: list[Attribution] = []
    if word not in ("it", "they", "we"):
        floor = max(0, att.start - 1500)
        person = last_person_before(doc, att.start, floor, skip, accept=fits_person)
        if person is not None:
            people.append(person)
            if want is not None and not known(person):
                other = last_person_before(doc, att.start, floor, skip,
                                           accept=lambda c: fits_person(c) and known(c))
                if other is not None:
                    people.append(other)
    for person in people:
        if candidates and person.start > candidates[0].end and \
                _reported(doc, person, candidates[0]):
            continue
        if not (candidates and _same_sentence(doc, candidates[0], person)):
            # a mention in the last speaker's own sentence is their role or origin
            # ("said Nelson Ortega, a carpenter from Comayagua."), not a new person
            candidates.append(person)
    if want is not None and any(known(c) for c in candidates):
        # "she" is the last person the text marks as a woman, over a bare surname of
        # unknown gender mentioned since ("Maria Lopez ... Trump has threatened ... she
        # said"); a full name of unknown gender ("Marlon Ayestas") stays a candidate
        # surname of a full name given before ("Yamileth Osorto ... Osorto washes ...")
        # counts as that full name
        candidates = [c for c in candidates if known(c) or c.kind != "named"
                      or len(c.speaker.split()) > 1
                      or full_name_span(doc, c.start, c.end) != (c.start, c.end)]
    if word in ("it", "they", "we"):
        # the last institution named, when it comes after the last speaker
        institution = _last_institution_before(doc, att.start,
                                               max(0, att.start - 800), skip)
        # ... or an institution of the pronoun's own sentence ("The UN agency said it
        # had sent staff and urged ... that '...'") over the previous speaker
        if institution is not None and (not candidates or (
                institution.start > candidates[0].end and (
                    not looks_institutional(doc, candidates[0])
                    or _same_sentence(doc, institution, att)))):
            candidates = [institution]
    if not candidates and word in ("he", "she"):
        described = last_description_before(doc, att.start, max(0, att.start - 600), skip)
        if described is not None:
            candidates.append(described)
    if not candidates:
        if att.speaker.lower() in PRONOUNS:
            return None
        # "the governor" with nobody named before: the description itself (as written,
        # for a generic one resolved by its head noun)
        if att.role and att.role.lower().startswith("the "):
            return Attribution(att.role, None, att.start, att.end, "description")
        return Attribution(att.speaker, att.role, att.start, att.end, "description")
    best = max(candidates, key=lambda a: a.start)
    return Attribution(best.speaker, best.role, att.start, att.end, best.kind)


# Documents an organisation or person speaks through: "the report said" quotes the
# report's author when the text named one ("Amnesty International said in a report",
# "HRW published a report", "a study by WOLA", "the agency's statement").
DOCUMENT_NOUNS = frozenset({"report", "statement", "study", "letter", "communique",
                            "communiqué", "document", "bulletin", "survey", "analysis",
                            "release", "memo", "complaint", "lawsuit", "filing", "ruling"})
_ISSUE_LEMMAS = frozenset({"release", "publish", "issue", "present", "launch", "send",
                           "file", "put", "write", "sign", "unveil", "post", "share"})
DOCUMENT_CHARS = 1000


def _author_of(noun: Token) -> Attribution | None:
    """Who issued the document ``noun`` stands for, as its sentence names them."""
    from caravanwatch.extract.attribution import speaker_of

    for child in noun.children:
        if child.dep_ == "poss":
            return speaker_of(child)
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            for g in child.children:
                if g.dep_ == "pobj":
                    return speaker_of(g)
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "through"):
        head = head.head  # "said in a report"
        if head.pos_ in ("VERB", "AUX") and is_speech_verb(head):
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            return speaker_of(subj) if subj is not None else None
        return None
    if noun.dep_ in ("dobj", "obj") and head.lemma_.lower() in _ISSUE_LEMMAS:
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        return speaker_of(subj) if subj is not None else None
    return None


def document_author(doc: Doc, att: Attribution,
                    skip: Iterable[tuple[int, int]] = ()) -> Attribution:
    """"the report said" after "X said in a report" / "X released a report" is X; with
    no author named in the ~1,000 characters before, ``att`` unchanged."""
    words = att.speaker.lower().split()
    if att.kind not in ("description", "organisation") or len(words) != 2 or \
            words[0] not in ("the", "that", "this") or words[1] not in DOCUMENT_NOUNS:
        return att
    skip = list(skip)
    floor = max(0, att.start - DOCUMENT_CHARS)
    for tok in reversed(doc):
        if tok.idx >= att.start:
            continue
        if tok.idx < floor:
            break
        if tok.lemma_.lower() != words[1] and tok.lower_ != words[1] or \
                any(a <= tok.idx < b for a, b in skip):
            continue
        author = _author_of(tok)
        if author is not None and author.kind != "pronoun":
            return Attribution(author.speaker, author.role, att.start, att.end, author.kind)
    return att
