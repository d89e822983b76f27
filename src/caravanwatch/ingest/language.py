"""Offline language identification, English or Spanish, with lingua.

The detector is restricted to the two languages caravanwatch reads (all of lingua's
languages preloaded take 1.45 GB) and built once, lazily.  A language named by the
input (sidecar, page metadata, JSON field) always wins over detection; see
:func:`resolve_language`.
"""

from __future__ import annotations

import functools
import logging
import re
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from lingua import LanguageDetector

logger = logging.getLogger(__name__)

Detected = Literal["en", "es"]

# Texts with fewer letters than this are not classified: on "Hello" or "Tijuana" lingua
# splits 60/40.  20 letters is about three or four words.
MIN_LETTERS = 20
# Confidence of the winning language below which we answer None.  Chosen on short test
# sentences: real one-line English or Spanish sentences score > 0.95, names and
# two-word fragments score 0.55-0.9.
MIN_CONFIDENCE = 0.80
# Only the beginning is classified; 3,000 characters is plenty and keeps it fast.
SAMPLE_CHARS = 3000

_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)

# Names and ISO 639-2/3 codes that metadata uses instead of two-letter codes.
_ALIASES = {
    "english": "en", "eng": "en", "ingles": "en", "inglés": "en",
    "spanish": "es", "spa": "es", "esp": "es", "español": "es", "espanol": "es",
    "castellano": "es", "castilian": "es",
}


@functools.lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    from lingua import Language, LanguageDetectorBuilder

    logger.debug("building the lingua detector (English, Spanish)")
    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.SPANISH).build()


def detect_language(text: str) -> Detected | None:
    """Return ``'en'``, ``'es'`` or None when the text is too short or the call is close."""
    sample = text[:SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None
    values = _detector().compute_language_confidence_values(sample)
    if not values or values[0].value < MIN_CONFIDENCE:
        return None
    code = values[0].language.iso_code_639_1.name.lower()
    return "en" if code == "en" else "es" if code == "es" else None


def normalize_language(value: str | None) -> str | None:
    """``'en-US'`` -> ``'en'``, ``'Spanish'`` -> ``'es'``, ``''`` -> None; others lower-cased."""
    if value is None:
        return None
    value = value.strip().lower().replace("_", "-")
    if not value:
        return None
    if value in _ALIASES:
        return _ALIASES[value]
    primary = value.split("-")[0].split(",")[0].strip()
    if primary in _ALIASES:
        return _ALIASES[primary]
    if re.fullmatch(r"[a-z]{2,3}", primary):
        return primary
    return None


def resolve_language(given: str | None, text: str, detect: bool = True) -> str | None:
    """The given language if it names one, else the detected language (or None)."""
    named = normalize_language(given)
    if named:
        return named
    return detect_language(text) if detect else None
