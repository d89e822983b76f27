"""Explicit references to one caravan among several in an event's evidence sentence.

"the second caravan", "the Salvadoran group", "la caravana de salvadoreños", "a new
caravan": such phrases override position-based linking (issue 5).  The lexicons are
small on purpose: they list the phrasings seen in wire copy about the 2018-2021 caravans
(English and Spanish); a phrase they miss just falls back to linking by position.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

logger = logging.getLogger(__name__)

HintKind = Literal["ordinal", "nationality", "month", "new"]


@dataclass(frozen=True, slots=True)
class NamingHint:
    """``ordinal`` (value "2"), ``nationality`` (value "SV"), ``month`` (value "10", or
    "2018-10" when the year is given: "the October caravan", "the October 2018 caravan")
    or ``new`` (value "")."""

    kind: HintKind
    value: str


_ORDINALS = {
    "first": 1, "1st": 1, "primera": 1,
    "second": 2, "2nd": 2, "segunda": 2,
    "third": 3, "3rd": 3, "tercera": 3,
    "fourth": 4, "4th": 4, "cuarta": 4,
    "fifth": 5, "5th": 5, "quinta": 5,
}
# Only "caravan" takes an ordinal: "the first group of migrants reached the city" is
# usually the vanguard of one caravan, not the first of several caravans.
_ORDINAL_RE = re.compile(
    r"\b(" + "|".join(_ORDINALS) + r")\s+(?:migrant\s+)?(?:caravan|caravana)\b", re.IGNORECASE
)

_DEMONYMS = {
    "salvadoran": "SV", "salvadorean": "SV", "salvadorena": "SV", "salvadorenos": "SV",
    "honduran": "HN", "hondurena": "HN", "hondurenos": "HN",
    "guatemalan": "GT", "guatemalteca": "GT", "guatemaltecos": "GT",
    "nicaraguan": "NI", "nicaraguense": "NI", "nicaraguenses": "NI",
    "cuban": "CU", "cubana": "CU", "cubanos": "CU",
    "haitian": "HT", "haitiana": "HT", "haitianos": "HT",
    "venezuelan": "VE", "venezolana": "VE", "venezolanos": "VE",
}
_GROUP = r"(?:caravan|group|contingent|caravana|grupo|contingente)"
_DEMONYM = "(" + "|".join(_DEMONYMS) + ")"
_NATIONALITY_RES = (
    # "the Salvadoran group", "caravana salvadoreña", "grupo de salvadoreños"
    re.compile(r"\b" + _DEMONYM + r"\s+(?:migrant\s+)?" + _GROUP + r"\b", re.IGNORECASE),
    re.compile(r"\b" + _GROUP + r"\s+" + _DEMONYM + r"\b", re.IGNORECASE),
    re.compile(r"\b" + _GROUP + r"\s+de\s+" + _DEMONYM + r"\b", re.IGNORECASE),
)
_MONTHS = {
    name: i + 1 for names in (
        ("january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"),
        ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"),
    ) for i, name in enumerate(names)
}
# Caravans are often named by the month they set out: "the October caravan", "the
# January 2020 caravan", "la caravana de octubre".  English "may" is left out: once
# lower-cased, "may caravan..." is as likely the verb.
_MONTH = "(" + "|".join(m for m in _MONTHS if m != "may") + ")"
_YEAR = r"(?:\s+(?:de\s+|del\s+)?((?:19|20)\d\d))?"
_MONTH_RES = (
    re.compile(r"\b" + _MONTH + _YEAR + r"(?:'s)?\s+(?:migrant\s+)?caravan\b", re.IGNORECASE),
    re.compile(r"\bcaravan\s+of\s+" + _MONTH + _YEAR + r"\b", re.IGNORECASE),
    re.compile(r"\bcaravana\s+(?:migrante\s+)?de\s+" + _MONTH + _YEAR + r"\b",
               re.IGNORECASE),
)
_NEW_RE = re.compile(
    r"\b(?:a\s+new|another|a\s+fresh|yet\s+another|nueva|otra)\s+(?:migrant\s+)?"
    r"(?:caravan|caravana)\b",
    re.IGNORECASE,
)


def _fold(text: str) -> str:
    """Lower-case without accents, so "salvadoreña" matches "salvadorena"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=65536)
def naming_hint(evidence: str) -> NamingHint | None:
    """The explicit caravan reference in an evidence sentence, if any."""
    text = _fold(evidence)
    match = _ORDINAL_RE.search(text)
    if match:
        return NamingHint("ordinal", str(_ORDINALS[match.group(1).lower()]))
    for pattern in _NATIONALITY_RES:
        match = pattern.search(text)
        if match:
            return NamingHint("nationality", _DEMONYMS[match.group(1).lower()])
    for pattern in _MONTH_RES:
        match = pattern.search(text)
        if match:
            month = _MONTHS[match.group(1).lower()]
            year = match.group(2)
            return NamingHint("month", f"{year}-{month:02d}" if year else f"{month:02d}")
    if _NEW_RE.search(text):
        return NamingHint("new", "")
    return None
