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

HintKind = Literal["ordinal", "nationality", "new"]


@dataclass(frozen=True, slots=True)
class NamingHint:
    """``ordinal`` (value "2"), ``nationality`` (value "SV") or ``new`` (value "")."""

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
    if _NEW_RE.search(text):
        return NamingHint("new", "")
    return None
