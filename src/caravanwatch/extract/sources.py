"""Where a figure or quotation comes from when no speech verb says so: "according to
X", "data from X", "in the words of X", "citing officials" (:func:`source_after`), and
the source of a figure's sentence (:func:`figure_source`).  Split from
:mod:`.attribution`, whose speaker phrases and speech verbs these build on."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from caravanwatch.extract.attribution import (
    SPEECH_NOUNS,
    Attribution,
    _owner_of_noun,
    doc_text,
    speaker_of,
    speech_attribution,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

_ACCORDING = re.compile(
    r"\b(?:according to|in the words of|data from|figures from|statistics from|"
    r"numbers from|estimates from|citing|quoting|cited by|per(?=\s+(?:the\s+)?(?-i:[A-Z])))"
    r"\s+(?:data from\s+)?",
    re.IGNORECASE)


# Who may be cited ("citing officials", "citing a source"), as against what ("citing
# the pandemic").
_CITED_PEOPLE = frozenset(["official", "source", "authority", "spokesman", "spokeswoman",
                           "spokesperson", "witness", "police", "government", "ministry",
                           "agency", "organizer", "organiser", "activist", "report", "data",
                           "figure", "statistic", "estimate"])

def source_after(doc: Doc, start: int, end: int) -> Attribution | None:
    """``according to X`` / ``data from X`` / ``in the words of X`` in ``[start, end)``."""
    text = doc_text(doc)[start:end]
    for m in _ACCORDING.finditer(text):
        pos = start + m.end()
        span = doc.char_span(pos, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        first = span[0]
        # the noun phrase starting here: climb to the pobj head
        head = first
        while head.head.i != head.i and head.head.i >= first.i and \
                head.head.idx < end and head.dep_ not in ("pobj", "dobj", "nsubj"):
            head = head.head
        if head.dep_ not in ("pobj", "dobj", "nsubj", "compound", "ROOT", "appos") and \
                head.pos_ not in ("NOUN", "PROPN"):
            continue
        if m.group(0).lower().startswith("citing") and head.ent_type_ not in (
                "PERSON", "ORG", "NORP", "GPE") and head.lemma_.lower() not in _CITED_PEOPLE:
            continue  # "citing the coronavirus pandemic": a reason, not who spoke
        if head.lower_ in SPEECH_NOUNS or head.lower_ in ("data", "figures", "statistics",
                                                           "estimates", "report"):
            inner = _owner_of_noun(head)
            if inner is not None:
                return inner
            if head.lower_ in SPEECH_NOUNS:
                continue  # "according to a statement": the statement is nobody
        att = speaker_of(head)
        if att is not None and att.start >= start:
            return att
    return None


def figure_source(doc: Doc, start: int, end: int) -> Attribution | None:
    """The source a sentence attributes a figure to, or ``None``."""
    found = source_after(doc, start, end)
    if found is not None:
        return found
    return speech_attribution(doc, start, end, set(), prefer="first")


__all__ = ["figure_source", "source_after"]
