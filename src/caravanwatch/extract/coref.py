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
    doc_text,
)
from caravanwatch.extract.gender import gender_of, pronoun_gender, word_gender

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

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


# Nouns for people that a name stands in apposition to ("her husband, Wilmer,", "Mujica,
# director of ...") or that follow a name as its description: with them a proper noun
# the NER took for a place is a person.  Kin and role nouns of caravan features.
PERSON_NOUNS: frozenset[str] = ANAPHORIC_NOUNS | frozenset({
    "husband", "wife", "son", "daughter", "brother", "sister", "cousin", "uncle", "aunt",
    "nephew", "niece", "friend", "neighbor", "neighbour", "partner", "companion",
    "grandson", "granddaughter", "coordinator", "founder", "leader", "head", "chief",
    "member", "lawyer", "attorney", "volunteer", "farmer", "carpenter", "teacher",
    "nurse", "doctor", "mechanic", "driver", "bricklayer", "seamstress", "vendor",
    "student", "pastor", "bishop", "father", "commissioner", "secretary", "deputy",
    "representative", "advocate", "researcher", "professor", "analyst", "expert",
    "resident", "owner", "worker", "manager", "spokesperson", "colleague",
})


def _has_person_appos(tok: Token) -> bool:
    """"Mujica, director of ...", "Mujica, 34,": a role noun or an age in apposition."""
    for child in tok.children:
        if child.dep_ == "appos" and (child.lower_ in PERSON_NOUNS or child.like_num):
            return True
        if child.dep_ == "npadvmod" and child.like_num:
            return True
    return False


def _name_run(doc: Doc, tok: Token) -> Span:
    left = tok
    while left.i > 0 and doc[left.i - 1].dep_ == "compound" and \
            doc[left.i - 1].pos_ == "PROPN":
        left = doc[left.i - 1]
    return doc[left.i: tok.i + 1]


def person_mentions(doc: Doc, pos: int, floor: int = 0,
                    skip: Iterable[tuple[int, int]] = ()) -> list[Attribution]:
    """Person mentions that end before ``pos`` (and start after ``floor``), outside
    the character ranges ``skip`` (quotations): PERSON entities that are not
    interviewers, proper-noun subjects the NER missed ("Trump has been pushing",
    "Mujica, director of ..., walked"), and names in apposition to a person noun ("her
    husband, Wilmer,")."""
    skip = list(skip)
    found: list[Attribution] = []
    for ent in doc.ents:
        if ent.end_char > pos or ent.start_char < floor:
            continue
        if ent.label_ != "PERSON" or any(a <= ent.start_char < b for a, b in skip):
            continue
        if _is_asker(ent) or in_byline(doc, ent.start_char):
            continue
        text = clean(ent.text)
        if text and text.lower() not in PRONOUNS:
            found.append(Attribution(text, None, ent.start_char, ent.end_char, "named"))
    span = doc.char_span(floor, pos, alignment_mode="contract")
    for tok in span if span is not None else ():
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_ == "PERSON" \
                or any(a <= tok.idx < b for a, b in skip):
            continue
        subject = tok.dep_ == "nsubj" and (
            tok.ent_type_ not in ("GPE", "NORP", "LOC", "DATE", "FAC")
            or _has_person_appos(tok))
        owner = tok.head
        if owner.dep_ == "pobj" and owner.head.lower_ == "of":
            owner = owner.head.head  # "The president of Guatemala, Alejandro Giammattei,"
        in_appos = tok.dep_ == "appos" and owner.lower_ in PERSON_NOUNS and \
            owner.pos_ == "NOUN" and tok.ent_type_ not in ("DATE", "NORP")
        if subject or in_appos:
            run = _name_run(doc, tok)
            found.append(Attribution(run.text, None, run.start_char, run.end_char, "named"))
    return found


# A byline or credit line: "By Dale Whitcomb", "Reporting by Ana Ruiz; editing by ...".
_BYLINE = re.compile(r"^\s*(?:By|BY|Por|POR|Reporting by|Written by|Additional reporting "
                     r"by|Editing by|Photos? by)\s+[A-Z]")


def in_byline(doc: Doc, pos: int) -> bool:
    """The offset sits on a short byline or credit line: the writer, not a speaker."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)]
    lower_words = re.findall(r"(?<![\w’'])[a-z][a-z]+\b", line)
    return len(line) < 120 and bool(_BYLINE.match(line)) and "“" not in line and \
        '"' not in line and len(lower_words) <= 4


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
    for ent in doc.ents:
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


def resolve(att: Attribution, doc: Doc, history: Sequence[Attribution],
            skip: Iterable[tuple[int, int]] = ()) -> Attribution | None:
    """Resolve a pronoun or anaphoric description to the nearest earlier named speaker
    or person mention of the right kind (a woman for "she", an institution for "it");
    other attributions come back unchanged."""
    if att.kind != "pronoun":
        return att
    word = att.speaker.lower().split()[-1]
    if word in ANAPHORIC_NOUNS and len(att.speaker.split()) == 2:
        titled = titled_person_before(doc, word, att.start, max(0, att.start - 1500), skip)
        if titled is not None:
            return Attribution(titled.speaker, att.role, att.start, att.end, "named")
    want_person = word in ("he", "she") or word in ANAPHORIC_NOUNS
    want = pronoun_gender(word) or word_gender(word)

    def fits(cand: Attribution) -> bool:
        return want is None or gender_of(doc, cand.start, cand.end) in (None, want)

    def fits_person(cand: Attribution) -> bool:
        return fits(cand) and not (want_person and looks_institutional(doc, cand))

    candidates: list[Attribution] = []
    for prev in reversed(history):
        if prev.start < att.start and prev.kind != "pronoun":
            if want_person and prev.kind == "organisation" and word in ANAPHORIC_NOUNS:
                continue
            if not fits(prev):
                continue
            candidates.append(prev)
            break
    # a pronoun can also name the last person the narrative mentioned (within ~1,500
    # characters: about three paragraphs of news prose)
    person = None
    if word not in ("it", "they", "we"):
        person = last_person_before(doc, att.start, max(0, att.start - 1500), skip,
                                    accept=fits_person)
    if person is not None and not (candidates and _same_sentence(doc, candidates[0], person)):
        # a mention in the last speaker's own sentence is their role or origin ("said
        # Nelson Ortega, a carpenter from Comayagua."), not a new person
        candidates.append(person)
    if word in ("it", "they", "we"):
        # the last institution named, when it comes after the last speaker
        institution = _last_institution_before(doc, att.start,
                                               max(0, att.start - 800), skip)
        if institution is not None and (not candidates or (
                institution.start > candidates[0].end and
                not looks_institutional(doc, candidates[0]))):
            candidates = [institution]
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
