"""Speakers of quotations beyond the verb of saying, and what is not a quotation.

Helpers for :mod:`.quotes`: slogans, names and labels in quotation marks; whether an
attribution follows a quotation; names carried by descriptions ("a man who gave his name
as Juan"); names cut short by the parse ("Fr." + "Tomas Ruiz"); "the group" after a
named organisation; speakers named in the next sentence, in a colon lead-in, after a
dash, in transcript style, or as the subject of the sentence before.
"""

from __future__ import annotations

import functools
import logging
import re
from typing import TYPE_CHECKING

from caravanwatch.extract.attribution import (
    ANAPHORIC_NOUNS,
    SLOGAN_CUES,
    Attribution,
    doc_text,
    speaker_of,
    speech_attribution,
)
from caravanwatch.extract.mentions import PERSON_NOUNS
from caravanwatch.extract.nlp import doc_ents
from caravanwatch.extract.quotemarks import Quoted, sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc

logger = logging.getLogger(__name__)

# A quoted phrase of at most this many words that is all title case is a name or title
# ("Remain in Mexico", "Estas En Tu Casa"), not a quotation; longer title-case text is
# rare enough to keep (checked on our test headlines).
TITLE_MAX_WORDS = 7
# How far back (characters) "the group" may point to a named organisation: about two
# paragraphs of wire copy.
ORG_ANAPHOR_CHARS = 1400

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

@functools.lru_cache(maxsize=2)
def _slogan_cue(document: bool) -> re.Pattern[str]:
    """Any of ``SLOGAN_CUES`` ending the words before a quotation, as one pattern; after a
    document ("The statement read: '...'") without "read" and "reading"."""
    cues = [c for c in SLOGAN_CUES if not (document and c in ("read", "reading"))]
    return re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, cues))
                      + r")(?:\s+(?:of|that|was|is|the|a))?:?$")


def is_slogan_or_name(text: str, q: Quoted, inner: str) -> bool:
    before = text[max(0, q.open - 40):q.open].lower()
    before = re.split(r"[.!?\n]", before)[-1]
    before_words = re.findall(r"[a-z\-]+", before)
    tail = " ".join(before_words[-3:])
    # "The statement ... read: '...'": a document read out is speech, not a sign
    lead = re.split(r"[.!?\n]", text[max(0, q.open - 160):q.open].lower())[-1]
    document = re.search(r"\b(?:statement|letter|message|communiqu[eé]|release|note|"
                         r"tweet|post|notice|bulletin)\b", lead)
    if _slogan_cue(document is not None).search(tail):
        return True
    if q.close is not None and _NAMED_AS_SLOGAN.match(text, q.close + 1):
        return True  # '"Build the wall" and "Close the border" are chants'
    words = _WORD.findall(inner)
    stripped = inner.strip()
    closes_sentence = bool(re.search(r"[.!?,;:…]['’\"”]?\s*$", stripped))
    # a label: "calls the caravan an 'assault on our country'", "branded it a '...'"
    if not closes_sentence and re.search(
            r"\b(?:call|calls|called|calling|labels?|labell?ed|brands?|branded|terms?|"
            r"termed|describes?|described)\b(?:\s+[\w’'-]+){0,4}\s+(?:as\s+)?"
            r"(?:a|an|the|its|their)\s*$", before):
        return True
    # "called it 'a manufactured crisis'": a label with its article inside the quote
    if not closes_sentence and len(words) <= 5 and re.search(
            r"\b(?:call|calls|called|calling|labell?ed|branded|dubbed|termed)\s+"
            r"(?:it|them|this|that|him|her|the\s+[\w-]+)\s*$", before):
        return True
    # a title or name: short and all capitalised ("Remain in Mexico")
    small = {"in", "of", "the", "a", "an", "and", "to", "for", "on", "at", "en", "de",
             "la", "el", "y", "tu", "is"}
    if len(words) <= TITLE_MAX_WORDS and all(
            w[0].isupper() or w.lower() in small or w[0].isdigit() for w in words) and \
            sum(w[0].isupper() for w in words) >= 2 and not closes_sentence:
        return True
    # a modifier: "the 'zero tolerance' policy" -- determiner before, noun after
    after = text[(q.close or q.end) + 1:(q.close or q.end) + 20]
    return bool(q.close is not None and not closes_sentence and len(words) <= 5 and before_words and before_words[-1] in ("the", "a", "an", "its", "their", "his", "her", "our", "this") and re.match(r"\s+[a-z]+", after) and not re.match(r"\s+(?:said|says|say|told|added|he|she|they|according|wrote)\b", after))


# A quotation that a sentence names as a chant or slogan: '"..." and "..." are chants,
# not policies', '"..." was the slogan of the march'.
_NAMED_AS_SLOGAN = re.compile(
    r"\s*(?:(?:,|and|or)\s*[\"“‘'][^\"“”‘’]{1,60}[\"”’']\s*)*(?:is|are|was|were|became|"
    r"remains?|sounds?)\s+(?:(?:just|only|merely|still|not|no\s+more\s+than|nothing\s+but|"
    r"now|a|an|the|their|its|his|her|our|old|familiar|popular|favou?rite|campaign|rally|"
    r"political)\s+){0,3}(?:chants?|slogans?|catchphrases?|rallying\s+cr(?:y|ies)|"
    r"mottos?|mantras?|buzzwords?|soundbites?|talking\s+points?)\b", re.IGNORECASE)


def attribution_follows(after: str) -> bool:
    """After a quotation that ends its sentence ("...?" he asked), does an attribution
    follow?  Only a lower-case continuation or a name directly followed by a verb of
    saying counts; a new sentence ("When asked by reporters...") does not."""
    stripped = after.lstrip(" \u00a0")
    if not stripped or len(after) > 160:
        return False
    if stripped[0].islower():
        return speech_verb_near_start(stripped)
    return bool(re.match(
        r"(?!(?:When|As|While|If|After|Before|But|And|Then|Later|Asked|Since|Though|"
        r"Although|Because|Once|Until|Whether)\b)(?:[A-Z][\w.'’\-]*\s+){1,4}(?:said|says|told|tells|added|adds|wrote|writes|"
        r"tweeted|asked|explained|insisted|recalled|continued|stated|fumed|raged|"
        r"gushed|snapped|preached|revealed|confided|sighed|sobbed|retorted|pleaded|"
        r"admitted|blasted|slammed)\b", stripped))


def speech_verb_near_start(text: str) -> bool:
    words = re.findall(r"[A-Za-z]+", text)[:6]
    forms = {"said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes",
             "tweeted", "stated", "states", "declared", "explained", "insisted", "noted",
             "warned", "asked", "according", "continued", "recalled", "shouted",
             "cried", "exclaimed", "replied", "answered", "argued", "claimed",
             "posted", "announced", "concluded", "emphasized", "stressed", "urged",
             "fumed", "raged", "gushed", "snapped", "preached", "prayed", "revealed",
             "confided", "reflected", "remembered", "shrugged", "sighed", "sobbed",
             "sneered", "scoffed", "retorted", "countered", "blasted", "slammed",
             "laughed", "smiled", "beamed", "mused", "wept", "pleaded", "admitted",
             "adding", "saying", "telling", "explaining", "insisting", "writing",
             "noting", "warning", "asking", "continuing", "tweeting", "stating"}
    return any(w.lower() in forms for w in words)


# "a man who gave his name only as Juan", "a woman who gave only her first name, Marisol",
# "who identified herself as Rosa": the name the description carries is the speaker.
GIVEN_NAME = re.compile(
    r"^[^.;:!?\"“”]{0,40}?\b(?:who\s+)?(?:gave|giving|gives|identified|identifying|"
    r"asked\s+to\s+be\s+identified|would\s+(?:only\s+)?give)\s+(?:only\s+)?(?:his|her|"
    r"their|himself|herself)?\s*(?:only\s+)?(?:first\s+|last\s+)?(?:name\s*)?(?:only\s+)?"
    r"(?:as|by\s+(?:his|her)\s+first\s+name,?|,)\s*([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)")


# The sentence after an unnamed speaker's words that names them ("“...,” a Honduran
# woman said. Her name is Yesenia Paredes and ..."), within about two sentences.
NAME_IS = re.compile(r"^[^“”\"]{0,160}?[.!?]\s+(?:Her|His)\s+(?:full\s+)?name\s+is\s+"
                     r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3})")


def given_name(text: str, att: Attribution) -> Attribution:
    """A described speaker who gives a name ("a man who gave his name only as Juan",
    "a woman said. Her name is Rosa Diaz")."""
    if att.kind != "description":
        return att
    m = GIVEN_NAME.match(text[att.end:att.end + 160])
    if m is None and re.match(r"(?i)(?:a|an|one)\s", att.speaker):
        m = NAME_IS.match(text[att.end:att.end + 240])
    if m is None:
        return att
    start = att.end + m.start(1)
    return Attribution(m.group(1), att.speaker, start, att.end + m.end(1), "named")


# Title abbreviations and words that stand before a name ("said Fr. Tomas Ruiz", "Msgr.
# Luis Ortega"): when the parser stops at the title, the name after it is the speaker.
# Collected from AP style's list of abbreviated titles plus clerical and police ranks.
TITLES = frozenset({
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt",
    "maj", "cmdr", "cmdt", "insp", "supt", "det", "cpl", "pvt", "adm", "prof", "rev",
    "fr", "msgr", "sr", "br", "bro", "sis", "atty", "pres", "amb", "hon", "sheriff",
    "father", "sister", "brother", "pastor", "bishop", "archbishop", "cardinal",
    "deacon", "rabbi", "imam", "reverend", "mayor", "governor", "senator", "judge",
})
# Capitalised words that may follow a name but are not part of it.
NOT_NAME = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "on", "in", "at", "said", "told",
})
NAME_WORD = r"[A-Z][\w’'\-]+"


def complete_name(text: str, att: Attribution) -> Attribution:
    """Repair a speaker cut short by the parse: a bare title ("Fr") takes the name after
    it, a name followed directly by more capitalised name words ("Bishop Raul" + "Vera")
    takes them, and a possessive ("Vera's words") loses its "'s"."""
    if att.kind not in ("named", "organisation", "description"):
        return att
    speaker, end = att.speaker, att.end
    if not text[att.start:end].endswith(speaker):
        return att
    words = speaker.split()
    if len(words) == 1 and speaker.rstrip(".").lower() in TITLES:
        m = re.match(rf"\.?\s+((?:{NAME_WORD}\s+){{0,3}}{NAME_WORD})", text[end:end + 80])
        if m is None:
            return att
        names = m.group(1).split()
        while names and names[-1].lower() in NOT_NAME:
            names.pop()
        if not names:
            return att
        name = " ".join(names)
        n_end = end + m.start(1) + len(name)
        return Attribution(name, att.role or speaker, end + m.start(1), n_end, "named")
    if att.kind == "named":
        m = re.match(rf"((?: {NAME_WORD}){{1,2}})(?=[\s,.:;’'])", text[end:end + 40])
        if m is not None:
            extra = m.group(1).split()
            if all(w.lower() not in NOT_NAME and not w.isupper() for w in extra):
                speaker = speaker + " " + " ".join(extra)
                end += m.end(1)
    speaker = re.sub(r"['’]s?$", "", speaker)
    if speaker != att.speaker:
        return Attribution(speaker, att.role, att.start, end, att.kind)
    return att


# Generic nouns by which a text refers back to an organisation it has named ("Frontera
# Viva said ... “...,” the group said."): from NGO press releases and government
# communiqués in our test sentences.
_ORG_NOUNS = frozenset({
    "organisation", "organization", "group", "agency", "ngo", "charity", "institute",
    "ministry", "secretariat", "department", "network", "coalition", "foundation",
    "association", "commission", "office", "diocese", "church", "government", "body",
    "alliance", "collective", "movement", "union", "embassy", "council", "committee",
})


def organisation_anaphor(doc: Doc, text: str, att: Attribution,
                          skip: list[tuple[int, int]]) -> Attribution:
    """"the group" / "the ministry" after a named organisation is that organisation;
    with none named before, the description without its article ("ministry")."""
    words = att.speaker.split()
    if att.kind != "description" or len(words) != 2 or words[0].lower() != "the" or \
            words[1].lower() not in _ORG_NOUNS:
        return att
    noun = words[1].lower()
    best = None
    for ent in doc_ents(doc):
        if ent.label_ != "ORG" or ent.end_char > att.start or \
                ent.start_char < att.start - ORG_ANAPHOR_CHARS:
            continue
        if any(a <= ent.start_char < b for a, b in skip):
            continue
        name = re.sub(r"^(?:the|The)\s+", "", ent.text.strip())
        name = re.sub(r"['’]s$", "", name)
        generic = noun in ("organisation", "organization", "group", "ngo", "charity",
                           "body", "network", "coalition", "collective", "movement")
        # "the U.N. refugee agency UNHCR": the noun may stand just before the name
        near = {t.lower_ for t in doc[max(0, ent.start - 4):ent.start]}
        if generic or noun in name.lower() or noun in near:
            best = Attribution(name, att.role, att.start, att.end, "organisation")
    unnamed = _capitalised_subject(doc, att.start - ORG_ANAPHOR_CHARS, att.start, skip)
    if unnamed is not None and noun in ("organisation", "organization", "group", "ngo",
                                        "charity") and (best is None or
                                                        unnamed.start > best.start):
        best = Attribution(unnamed.speaker, att.role, att.start, att.end, "organisation")
    if best is not None:
        return best
    return Attribution(words[1], att.role, att.start, att.end, "description")


_CONNECTORS = frozenset({"of", "for", "without", "the", "and", "de", "sin", "del", "la",
                        "los", "las", "y", "en"})


def _capitalised_subject(doc: Doc, start: int, end: int,
                         skip: list[tuple[int, int]]) -> Attribution | None:
    """The last subject that is a capitalised name of two or more words the NER did not
    tag ("Doctors Without Borders treated ..."): an organisation for "the group"."""
    span = doc.char_span(max(0, start), end, alignment_mode="contract")
    best = None
    for tok in span if span is not None else ():
        if tok.dep_ != "nsubj" or not tok.text[:1].isupper() or tok.ent_type_ in (
                "PERSON", "GPE", "NORP", "DATE") or any(a <= tok.idx < b for a, b in skip):
            continue
        toks = sorted(tok.subtree, key=lambda t: t.i)
        if toks[0].lower_ == "the":
            toks = toks[1:]
        if len(toks) >= 2 and toks[0].text[:1].isupper() and toks[-1].text[:1].isupper() \
                and all(t.text[:1].isupper() or t.lower_ in _CONNECTORS for t in toks):
            name = doc[toks[0].i:toks[-1].i + 1]
            best = Attribution(name.text, None, name.start_char, name.end_char,
                               "organisation")
    return best


# A sentence right after a standalone quotation that names its speaker ("“...” Those are
# the words of Ana Ruiz, ...", "That is how Ana Ruiz sums it up."): feature style.
NAMED_AFTER = re.compile(
    r"^\s*(?:So\s+(?:says|said)|(?:Those|These|Such)\s+(?:are|were)\s+the\s+words\s+of|"
    r"The\s+words\s+(?:are|were)\s+(?:those\s+)?of|(?:That|This)(?:\s+is|\s+was|['’]s)\s+how|"
    r"(?:That|This)\s+(?:is|was)\s+(?:the\s+)?(?:view|verdict|message)\s+of)\s+"
    rf"(?:(?:the\s+)?[a-z][\w\-]*\s+){{0,3}}((?:{NAME_WORD}\s+){{0,3}}{NAME_WORD})")


def named_in_next_sentence(text: str, end: int, limit: int) -> Attribution | None:
    m = NAMED_AFTER.match(text[end:min(limit, end + 200)])
    if m is None:
        return None
    return Attribution(m.group(1), None, end + m.start(1), end + m.end(1), "named")


def colon_subject(doc: Doc, start: int, colon: int) -> Attribution | None:
    """"Ana Ruiz was blunt: “...”", "Ana Ruiz's verdict: “...”": the named subject (or
    the owner of a subject noun) of a lead-in that ends in a colon."""
    span = doc.char_span(start, colon, alignment_mode="contract")
    if span is None or len(span) == 0:
        return None
    for tok in span:
        if tok.dep_ in ("nsubj", "nsubjpass", "ROOT") and tok.pos_ in ("PROPN", "NOUN"):
            for child in tok.children:
                if child.dep_ == "poss" and child.pos_ == "PROPN":
                    att = speaker_of(child)
                    if att is not None and att.kind in ("named", "organisation"):
                        return complete_name(doc_text(doc), att)
            if tok.dep_ != "ROOT" and tok.pos_ == "PROPN":
                att = speaker_of(tok)
                if att is not None and att.kind in ("named", "organisation"):
                    return complete_name(doc_text(doc), att)
    return None


def colon_lead_in(doc: Doc, text: str, pos: int, floor: int,
                   exclude: set[int]) -> Attribution | None:
    """A quotation that opens a paragraph after one ending in a colon ("Sister Ana said:"
    / new paragraph / "We have received..."): the speaker of that lead-in sentence."""
    head = text[:pos].rstrip()
    if not head.endswith(":") or len(text[len(head):pos].strip()) > 0:
        return None
    colon = len(head) - 1
    start = sentence_start(text, colon, max(0, floor))
    if colon - start < 3:
        return None
    return speech_attribution(doc, start, colon, exclude, prefer="last")


# "“...,” — Jose Alvarado, 34, a farmer.": a dash and a name with no verb.
DASH_NAME = re.compile(
    rf"^\s*[—–]\s*((?:{NAME_WORD}\.?\s+){{0,3}}{NAME_WORD})(?=\s*(?:,|\.|$))")


def first_char(text: str, pos: int) -> int:
    """The first non-space offset at or after ``pos``."""
    m = re.compile(r"\S").search(text, pos)
    return m.start() if m else len(text)


# Transcript style: a name and a colon before a quotation ("Rosa Diaz: “We ...”",
# "ROSA DIAZ: “...”").  Without quotation marks it is not a quote (GUIDELINES).
NAME_COLON = re.compile(
    rf"^\s*((?:{NAME_WORD}\.?\s+){{0,3}}{NAME_WORD})\s*:\s*$")
# Labels before a colon that are not speakers.
NOT_SPEAKER_LABEL = frozenset({
    "q", "a", "update", "note", "editor", "editors", "headline", "correction", "source",
    "sources", "read", "quote", "background", "context", "translation", "video", "watch",
    "photo", "related", "statement", "communique", "point", "text",
    # fact-check and caption labels ("CLAIM:", "RATING:", "Photo 3:", "Caption:")
    "claim", "claims", "rating", "verdict", "ruling", "fact", "caption", "image",
    "picture", "photograph", "figure", "chart", "map", "slide",
})


def narrative_subject(doc: Doc, pos: int, floor: int) -> Attribution | None:
    """A quotation standing alone after a sentence about a person speaks for that person
    ("Rosa Elvir sighed. “We are walking for our children.”"): the subject of the
    sentence right before it in the paragraph, when it is a named person, a pronoun or a
    person description, and that sentence quotes nobody."""
    before = doc.char_span(floor, pos, alignment_mode="contract")
    if before is None or len(before) == 0:
        return None
    last = before[-1]
    while last.is_space and last.i > before.start:
        last = doc[last.i - 1]
    sent = last.sent
    if sent.start_char < floor or re.search(r"[\"“”]", sent.text):
        return None
    for tok in sent:
        if tok.dep_ == "nsubj" and tok.head.i == sent.root.i:
            att = speaker_of(tok)
            if att is None:
                return None
            if att.kind in ("named", "pronoun") or (
                    att.kind == "description" and tok.lower_ in ANAPHORIC_NOUNS):
                return att
            return None
    return None


# A headline or sub-headline that gives a described speaker and a colon ("Tijuana mayor:
# ‘We cannot ...’", "Honduran mother: “...”"): up to five words ending in a person noun.
_HEADLINE_LEAD = re.compile(r"^\s*([A-Z][\w’'.\-]*(?:\s+[\w’'.\-]+){0,4})\s*:\s*$")


def headline_speaker(text: str, start: int, open_at: int) -> Attribution | None:
    """The described speaker of a quotation introduced by "<description>:" at the start
    of a paragraph (headline style)."""
    m = _HEADLINE_LEAD.match(text[start:open_at])
    if m is None:
        return None
    last = m.group(1).split()[-1].lower().rstrip(".")
    singular = last.removesuffix("s")
    if last not in PERSON_NOUNS and singular not in PERSON_NOUNS and \
            singular not in _HEADLINE_PEOPLE:
        return None
    return Attribution(m.group(1), None, start + m.start(1), start + m.end(1),
                       "description")


# Plural-capable people nouns of headlines beyond the person nouns of :mod:`.coref`.
_HEADLINE_PEOPLE = frozenset({
    "migrant", "refugee", "asylum-seeker", "mother", "father", "mayor", "governor",
    "minister", "official", "activist", "bishop", "priest", "lawyer", "survivor",
    "deportee", "marcher", "resident", "farmer", "child", "teen", "teenager", "agent",
})


def introduced_after(doc: Doc, pos: int, limit: int) -> Attribution | None:
    """Feature ledes name the speaker after the quotation: "“I never thought I would
    leave.” / Keyla Bonilla, 24, repeats the sentence...", "“...,” she says. Marta Lopez,
    31, is one of ...".  The sentence that starts after ``pos`` (before ``limit``) must
    open with a person's name as its subject, and that name must be new to the text."""
    text = doc_text(doc)
    start = first_char(text, pos)
    if start >= min(limit, len(text)) or text[start] in "\"“”‘’'«»„":
        return None
    span = doc.char_span(start, min(limit, len(text)), alignment_mode="contract")
    if span is None or len(span) == 0:
        return None
    sent = span[0].sent
    toks = [t for t in sent if not t.is_space]
    run = []
    for tok in toks:
        if tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.ent_type_ not in (
                "GPE", "LOC", "DATE", "NORP", "FAC"):
            run.append(tok)
        else:
            break
    if not run or run[0].i != toks[0].i or run[-1].text.lower().rstrip(".") in NOT_NAME:
        return None
    head = run[-1]
    if head.dep_ not in ("nsubj", "nsubjpass") and not (
            head.dep_ == "compound" and head.head.dep_ in ("nsubj", "nsubjpass")):
        return None
    if not (len(run) >= 2 or head.ent_type_ == "PERSON"):
        return None
    while run and run[0].text.rstrip(".").lower() in TITLES and len(run) > 1:
        run = run[1:]
    name = doc[run[0].i: run[-1].i + 1]
    if re.search(r"\b" + re.escape(run[-1].text) + r"\b", text[:pos]):
        return None  # named before: not an introduction
    return Attribution(name.text, None, name.start_char, name.end_char, "named")


def headline_subject_after(doc: Doc, start: int, end: int) -> Attribution | None:
    """A headline that opens with a quotation and names its speaker after a colon or a
    comma, whatever the verb ("“Nobody is illegal”: bishop defends migrants"): the
    subject of the words between ``start`` and ``end``."""
    text = doc_text(doc)
    if not re.match(r"\s*[:,—–-]", text[start:end]):
        return None
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return None
    for tok in span:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("NOUN", "PROPN"):
            return speaker_of(tok)
    for tok in span:
        # '"...": a conversation with shelter director Father Tomás Arriaga'
        if tok.lower_ == "with" and tok.head.lower_ in _INTERVIEW_NOUNS:
            for obj in tok.children:
                if obj.dep_ == "pobj":
                    return speaker_of(obj)
    return None


# Nouns of an interview headline: "a conversation with ...", "an interview with ...".
_INTERVIEW_NOUNS = frozenset({"conversation", "interview", "talk", "chat", "q&a",
                              "sit-down", "dialogue", "meeting"})
