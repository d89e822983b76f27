"""The descriptive fields of a figure (GUIDELINES.md): ``measure`` (what is counted),
``period`` (the span it covers, ISO where possible) and ``subject`` (the place or people it
is about).  Split from :mod:`.figures`, which decides whether a number is a figure."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from caravanwatch.extract.figure_words import _MONTHS
from caravanwatch.extract.nlp import span_ents

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

    from caravanwatch.extract.numbers import Quantity
    from caravanwatch.records import Article


_MEASURES = (
    (re.compile(r"deport|expel|expuls|remov", re.IGNORECASE), "deportations"),
    (re.compile(r"apprehen|encounter", re.IGNORECASE), "apprehensions"),
    (re.compile(r"arrest", re.IGNORECASE), "arrests"),
    (re.compile(r"detain|detention|custody", re.IGNORECASE), "detentions"),
    (re.compile(r"asylum|refugee status|applica", re.IGNORECASE), "asylum_applications"),
    (re.compile(r"shelter|room for|accommodat|beds", re.IGNORECASE), "shelter_capacity"),
    (re.compile(r"cross", re.IGNORECASE), "crossings"),
    (re.compile(r"kidnap|disappear", re.IGNORECASE), "kidnappings"),
    (re.compile(r"\bentries|arrivals|guests", re.IGNORECASE), "arrivals"),
)


def measure_of(unit: str, q: Quantity, sentence: str) -> str:
    if unit == "troops":
        return "troops_deployed"
    if unit in ("km", "miles"):
        return "distance"
    if unit == "usd_per_day" or re.search(r"wage|salar|earn", sentence, re.IGNORECASE):
        return "wage" if unit.startswith("usd") else "increase"
    if unit == "usd":
        return "fare" if re.search(r"\bfare|ticket|ride\b", sentence, re.IGNORECASE) else "funding"
    if unit == "percent":
        if re.search(r"increase|rise|rose|jump|surge|up\b|grew|growth", sentence, re.IGNORECASE):
            return "increase"
        if re.search(r"decrease|drop|fell|decline|down\b|fall", sentence, re.IGNORECASE):
            return "decrease"
        return "share"
    noun = (q.noun or "") + " " + sentence
    for pattern, name in _MEASURES:
        if pattern.search(q.noun or ""):
            return name
    for pattern, name in _MEASURES:
        if pattern.search(noun):
            return name
    return "migrants_present" if unit == "people" else "migration_rate"


def period_of(sentence: str, article: Article) -> str | None:
    pub = article.published
    m = re.search(r"\b(?:in|since|during|of|for|fiscal(?: year)?)\s+((?:19|20)\d\d)\b",
                  sentence)
    if m:
        return m.group(1)
    low = sentence.lower()
    if pub is not None:
        if re.search(r"\bthis month\b", low):
            return f"{pub.year:04d}-{pub.month:02d}"
        if re.search(r"\b(?:so far )?this year\b", low):
            return f"{pub.year:04d}"
    m = re.search(r"\b(?:between|from) (" + "|".join(_MONTHS) + r") (?:and|to|through) (" +
                  "|".join(_MONTHS) + r")\b", low)
    if m and pub is not None:
        a, b = _MONTHS.index(m.group(1)) + 1, _MONTHS.index(m.group(2)) + 1
        return f"{pub.year:04d}-{a:02d}/{pub.year:04d}-{b:02d}"
    m = re.search(r"\b((?:the |over the |in the )?(?:last|past|previous) (?:two |three )?"
                  r"(?:fiscal )?(?:years?|months?|decade))\b", low)
    if m:
        return m.group(1).removeprefix("over ").removeprefix("in ")
    m = re.search(r"\b((?:19|20)\d\d)\b", sentence)
    return m.group(1) if m else None


def subject_of(sent: SpacySpan) -> str | None:
    for ent in span_ents(sent):
        if ent.label_ in ("GPE", "NORP", "LOC"):
            return ent.text.removeprefix("the ")
    return None
