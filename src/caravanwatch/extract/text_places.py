"""Places named in running text: :func:`find_places` scans a sentence for the known
places it names (the gazetteer's names, with the qualifiers that choose among homonyms:
"Tapachula, Chiapas", "Morales in Guatemala", "the Guatemalan town of Esquipulas").
Split from :mod:`.places`, which resolves one name (:func:`.places.geocode_place`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from caravanwatch.extract.gazetteer import Entry, country_names, normalize
from caravanwatch.extract.place_words import (
    _DIRECTION_CAPS,
    CALENDAR_CAPS,
    CONNECTORS,
    FUNCTION_CAPS,
    GEO_HEADS,
    HEADLINE_PLACE_PREPS,
    STOPLIST,
)
from caravanwatch.extract.places import (
    _best,
    _Candidate,
    _context,
    _index,
    _place,
)
from caravanwatch.records import Place, Span

# a GeoNames place whose name is one word is matched only from this
# population on.  Chosen on the devset (20 articles): below 5,000 the one-word hits were
# surnames and Spanish nouns ("Fuentes", "Libertad"), while every one-word corridor town
# the caravans pass that is smaller (Tuzantán, Niltepec, Donají, Talismán...) is in the
# hand-written corridor table, which has no threshold.
MIN_POP_ONE_WORD = 5_000

# (a possessive "'s" is not part of the name: "Tapachula's central park")
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’](?![sS]\b)[^\W\d_]+)*|\d+")
# "the Guatemalan town of", "la ciudad guatemalteca de": a demonym sets the country.
_KIND_OF = re.compile(
    r"(\w+)\s+(?:border\s+)?(?:town|city|village|municipality|port|community)\s+of\s+$|"
    r"(?:ciudad|localidad|poblado|municipio|comunidad|aldea)\s+(\w+)\s+de\s+$",
    re.IGNORECASE,
)
# "the town of X", "la ciudad de X": X is a place even if it is also a common word.
_PLACE_CUE = re.compile(
    r"(?:town|city|village|municipality|community|port|hamlet|ciudad|localidad|poblado|"
    r"municipio|comunidad|aldea|puerto|pueblo)\s+(?:\w+\s+)?(?:of|de)\s+$",
    re.IGNORECASE,
)
# "near X", "in X", "reached X": a locative preposition lets a name on the stoplist
# through ("near Morales" is the town; "said Morales" stays a surname).  Not "from" or
# "to", which head speakers and recipients too ("a letter from Morales").
_LOCATIVE_CUE = re.compile(
    r"\b(?:in|near|outside|towards?|into|through|reached|reaching|en|hacia|"
    r"cerca\s+de|afueras\s+de)\s+$",
    re.IGNORECASE,
)

# --- places in running text --------------------------------------------------------------

_GAP_OK = re.compile(r"\s+|\.\s*|-")  # between the words of one name: "Cd. Juárez", "D.F."
_QUALIFIER = re.compile(r"\s*,\s*|\s+(?:in|en)\s+")
# "Agua Caliente into Guatemala": the side of a crossing the group enters.
_INTO = re.compile(r"\s+(?:into|hacia|rumbo\s+a)\s+(?:the\s+)?((?:\w+\s+){0,2}\w+)")


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _titlecase(words: list[str]) -> bool:
    """Headline case ("Caravan Reaches Tapachula"): most longer words capitalised."""
    # the first word is capitalised in any sentence, and date words in any style
    longer = [w for w in words[1:] if len(w) > 3 and w.isalpha()
              and normalize(w) not in CALENDAR_CAPS]
    return len(longer) >= 2 and sum(map(_capitalised, longer)) >= 0.7 * len(longer)


def _qualifier(
    text: str, toks: list[tuple[int, int, str]], j: int
) -> tuple[tuple[str, str] | None, int]:
    """A country or state right after a place ("X, Chiapas", "X in Guatemala"): the hint
    and the index of the first token after it."""
    if j >= len(toks):
        return None, j
    end = toks[j - 1][1]
    gap = text[end:toks[j][0]]
    if not _QUALIFIER.fullmatch(gap) and gap.strip().lower() not in {"in", "en"}:
        return None, j
    for n in range(min(4, len(toks) - j), 0, -1):
        words = toks[j:j + n]
        if not _capitalised(words[0][2]):
            break
        hint = _context(text[words[0][0]:words[-1][1]])
        if hint:
            return hint, j + n
    return None, j


def _town_named_after(text: str, toks: list[tuple[int, int, str]], j: int) -> str | None:
    """The normalised name after "in" or "de" following a place ("the Casa del Migrante
    in Saltillo"), or None: capitalised words, up to three, joined by connectors."""
    if j + 1 >= len(toks) or toks[j][2].lower() not in ("in", "de") or not (
            text[toks[j - 1][1]:toks[j][0]].isspace()) or not _capitalised(toks[j + 1][2]):
        return None
    end = j + 2
    while end < len(toks) and end - j <= 3 and text[toks[end - 1][1]:toks[end][0]] == " " and (
            _capitalised(toks[end][2])):
        end += 1
    return normalize(text[toks[j + 1][0]:toks[end - 1][1]])


def _into_country(
    text: str, end: int, found: tuple[_Candidate, ...]
) -> tuple[str, str] | None:
    """A soft hint from "X into Guatemala" when X has a crossing row in that country:
    chooses the side of a two-sided crossing, never rejects X."""
    m = _INTO.match(text, end)
    if not m:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        code = country_names().names.get(normalize(" ".join(words[:n])))
        if code:
            if any(c.entry.kind == "crossing" and c.entry.country == code for c in found):
                return code, ""
            return None
    return None


def _prefix_country(text: str, start: int) -> str | None:
    """ "the Guatemalan town of X", "la ciudad guatemalteca de X" -> GT."""
    m = _KIND_OF.search(text[max(0, start - 60):start])
    if not m:
        return None
    word = normalize(m.group(1) or m.group(2))
    return country_names().demonyms.get(word) or None


def _accept(
    key: str, found: tuple[_Candidate, ...], best: Entry, n_words: int,
    prev: str | None, nxt: str | None, titlecase: bool, cue: bool, locative: bool = False,
) -> bool:
    corridor = best.source == "corridor"
    if corridor and n_words > 1:
        return True
    if not corridor and not cue:
        if key in STOPLIST and not locative:
            return False
        if n_words == 1 and best.source == "geonames" and best.population < MIN_POP_ONE_WORD:
            return False
    if titlecase:
        return True
    for word in (prev, nxt):
        if (word and _capitalised(word)
                and normalize(word) not in FUNCTION_CAPS | CALENDAR_CAPS):
            return False
    return True


@functools.lru_cache(maxsize=4096)
def _find(text: str, countries: tuple[str, ...]) -> tuple[tuple[Span, Place], ...]:
    index = _index()
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    titlecase = _titlecase([t[2] for t in toks])
    out: list[tuple[Span, Place]] = []
    i = 0
    while i < len(toks):
        lower_start = not _capitalised(toks[i][2])
        if lower_start and toks[i][2].lower() not in index.corridor_starts:
            i += 1
            continue
        # the words a name may span: joined by spaces, abbreviation dots or hyphens
        limit = i + 1
        while (limit < len(toks) and limit - i < index.max_words
               and _GAP_OK.fullmatch(text[toks[limit - 1][1]:toks[limit][0]])):
            limit += 1
        step = 1
        for j in range(limit, i, -1):
            words = [t[2] for t in toks[i:j]]
            key = normalize(text[toks[i][0]:toks[j - 1][1]])
            found = index.places.get(key)
            if not found:
                continue
            has_corridor = any(c.entry.source == "corridor" for c in found)
            if lower_start and (not has_corridor or j - i == 1):
                continue
            inner_ok = all(_capitalised(w) or w.lower() in CONNECTORS for w in words[1:-1])
            if not has_corridor and not (inner_ok and _capitalised(words[-1])):
                continue
            if has_corridor and not all(
                _capitalised(w) or w.lower() in CONNECTORS
                or w.lower() in index.corridor_lower for w in words[1:]
            ):
                continue  # "El paso de los migrantes" is not El Paso
            hint, after = _qualifier(text, toks, j)
            if hint is None:
                demonym_country = _prefix_country(text, toks[i][0])
                hint = (demonym_country, "") if demonym_country else None
            if hint and hint[0]:
                best = _best(found, countries, None, hint)
                if best.country != hint[0]:
                    continue  # "Vado Hondo, Guatemala" is not Hondo, Texas
            else:
                best = _best(found, countries, None, _into_country(text, toks[j - 1][1], found))
            if best.town and (town := _town_named_after(text, toks, j)) is not None:
                # "the Casa del Migrante in Saltillo": the row of the town named, else the
                # town itself (found next), not another town's shelter of that name
                rows = [c.entry for c in found if normalize(c.entry.town) == town]
                if not rows:
                    break
                best = rows[0]
            prev = toks[i - 1][2] if i and text[toks[i - 1][1]:toks[i][0]].isspace() else None
            if (not has_corridor and prev and prev.lower() in CONNECTORS and i > 1
                    and _capitalised(toks[i - 2][2]) and not titlecase
                    and normalize(toks[i - 2][2]) not in GEO_HEADS | FUNCTION_CAPS):
                continue
            if (titlecase and best.source == "geonames" and best.country not in countries
                    and prev and _capitalised(prev)
                    and normalize(prev) not in FUNCTION_CAPS | CALENDAR_CAPS | _DIRECTION_CAPS
                    and (i == 1 or normalize(toks[i - 2][2]) in HEADLINE_PLACE_PREPS)):
                continue  # "Caravan Rests In Vado Hondo" is not Hondo, Texas
            nxt = (toks[j][2] if j < len(toks) and after == j
                   and text[toks[j - 1][1]:toks[j][0]].isspace() else None)
            cue = hint is not None or bool(_PLACE_CUE.search(text[max(0, toks[i][0] - 40):toks[i][0]]))
            locative = bool(_LOCATIVE_CUE.search(text[max(0, toks[i][0] - 20):toks[i][0]]))
            if not _accept(key, found, best, j - i, prev, nxt, titlecase, cue, locative):
                continue
            out.append((Span(toks[i][0], toks[j - 1][1]), _place(best)))
            step = after - i
            break
        i += step
    return tuple(out)


def find_places(text: str, countries: Sequence[str] = ()) -> list[tuple[Span, Place]]:
    """The known places a sentence names, with their character spans, left to right.

    Longest match first; a name starts with a capitalised word.  Country names are not
    places (see :func:`geocode_country`).  A qualifier ("Tapachula, Chiapas", "Morales in
    Guatemala", "the Guatemalan town of Esquipulas") chooses among homonyms and is not
    reported itself.  GeoNames names in ``STOPLIST``, one-word GeoNames names of fewer
    than ``MIN_POP_ONE_WORD`` people and names right next to another capitalised word
    ("Jimmy Morales") are skipped; the corridor table's names are not.
    """
    return list(_find(text, tuple(c.upper() for c in countries)))
