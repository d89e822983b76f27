"""Who the text mentions: person names (PERSON entities and proper-noun subjects the NER
misses), people given a title ("Governor Ana Ruiz"), interviewers and bylines that are
never speakers.  Helpers for :mod:`.coref` and :mod:`.descriptions`."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from caravanwatch.extract.attribution import (
    ANAPHORIC_NOUNS,
    PRONOUNS,
    Attribution,
    clean,
    doc_text,
)
from caravanwatch.extract.nlp import doc_ents

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
    for ent in doc_ents(doc):
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
    for ent in doc_ents(doc):
        if ent.end_char > pos or ent.start_char < floor:
            continue
        if ent.label_ != "PERSON" or any(a <= ent.start_char < b for a, b in skip):
            continue
        if _is_asker(ent) or in_byline(doc, ent.start_char):
            continue
        text = clean(ent.text)
        if text and text.lower() not in PRONOUNS:
            found.append(Attribution(text, None, ent.start_char, ent.end_char, "named"))
    # surnames of people named in full before: "Ana Montenegro ... Montenegro said" is
    # the person even when the NER reads the bare surname as a country or a place
    surnames = {doc_text(doc)[a:b].split()[-1] for a, b in full_names(doc, pos)}
    span = doc.char_span(floor, pos, alignment_mode="contract")
    for tok in span if span is not None else ():
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_ == "PERSON" \
                or any(a <= tok.idx < b for a, b in skip):
            continue
        subject = tok.dep_ == "nsubj" and (
            tok.ent_type_ not in ("GPE", "NORP", "LOC", "DATE", "FAC")
            or _has_person_appos(tok) or tok.text in surnames)
        owner = tok.head
        if owner.dep_ == "pobj" and owner.head.lower_ == "of":
            owner = owner.head.head  # "The president of Guatemala, Alejandro Giammattei,"
        in_appos = tok.dep_ == "appos" and owner.lower_ in PERSON_NOUNS and \
            owner.pos_ == "NOUN" and tok.ent_type_ not in ("DATE", "NORP")
        run = _name_run(doc, tok)
        # "behind her niece Paola Mejia": a kin or role noun right before the name
        noun_before = tok.dep_ != "compound" and run.start > 0 and \
            doc[run.start - 1].pos_ == "NOUN" and doc[run.start - 1].lower_ in PERSON_NOUNS \
            and tok.ent_type_ not in ("DATE", "NORP", "GPE", "LOC", "ORG")
        if subject or in_appos or noun_before:
            if _LABEL.match(run.text):
                continue  # "Photo 2: A man rests...": a caption's label, not a person
            found.append(Attribution(run.text, None, run.start_char, run.end_char, "named"))
    # "He gave his name only as Wilmer", "who gave only her first name, Dunia"
    text = doc_text(doc)
    for m in _GAVE_NAME.finditer(text, floor, pos):
        if not any(a <= m.start(1) < b for a, b in skip):
            found.append(Attribution(m.group(1), None, m.start(1), m.end(1), "named"))
    found.sort(key=lambda att: att.start)
    return found


_GAVE_NAME = re.compile(
    r"\b(?:gave|give|gives|giving|provided|offered|identified (?:himself|herself))\s+"
    r"(?:only\s+)?(?:his|her|their)?\s*(?:first\s+|last\s+)?(?:name\s+)?(?:only\s+)?"
    r"(?:as|,)\s+([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)")


# Caption and section labels a parser may take for a name ("Photo 2", "Image 3", "Video").
_LABEL = re.compile(r"^(?:Photo|Image|Picture|Video|Graphic|Caption|Slide|Figure)s?\b",
                    re.IGNORECASE)


def full_names(doc: Doc, pos: int) -> list[tuple[int, int]]:
    """Character spans of full names (two words or more) that end before ``pos``: PERSON
    entities, and a known given name followed by a capitalised word that the NER read
    as something else ("Ana Montenegro", where "Montenegro" is taken for the country)."""
    every = doc.user_data.get(_FULL_NAMES_KEY)
    if every is None:  # once per document: the callers ask at many positions
        every = doc.user_data[_FULL_NAMES_KEY] = _all_full_names(doc)
    return [(a, b) for a, b in every if b <= pos]


_FULL_NAMES_KEY = "caravanwatch.full_names"


def _all_full_names(doc: Doc) -> list[tuple[int, int]]:
    from caravanwatch.extract.gender import known_given_name

    found = [(ent.start_char, ent.end_char) for ent in doc_ents(doc)
             if ent.label_ == "PERSON" and len(ent.text.split()) > 1]
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if tok.pos_ == "PROPN" and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and \
                tok.ent_type_ != "PERSON" and known_given_name(tok.text):
            # the whole run of capitalised proper nouns, up to four words ("Víctor Hugo
            # Sandoval", which the NER may read as an event)
            last = nxt
            while last.i + 1 < len(doc) and last.i + 1 - tok.i < 4 and \
                    doc[last.i + 1].pos_ == "PROPN" and doc[last.i + 1].text[:1].isupper() \
                    and last.whitespace_ == " ":
                last = doc[last.i + 1]
            found.append((tok.idx, last.idx + len(last.text)))
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
