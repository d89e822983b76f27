"""Places and countries named in caravan news, resolved offline.

- :func:`geocode_place` resolves one place name (a spaCy GPE/LOC/FAC entity, a gold
  place) to a :class:`~caravanwatch.records.Place`;
- :func:`geocode_country` reads a country from "southern Mexico", "the Mexican border"
  (and a city's or state's country: "Mexico City", "Chiapas");
- :func:`country_only` reads a country only from a text that names nothing but the
  country ("southern Mexico", "Guatemalan territory"; ``None`` for "Mexico City");

Finding the places a sentence names is :func:`.text_places.find_places`.

The nationalities a sentence gives to people are read by :mod:`.nationalities`.

The data are in :mod:`.gazetteer`.  Everything here is pure: the only state is the
``lru_cache``'d immutable indexes.

Choosing among places that share a name (documented convention):

0. a context hint ("Escuintla, Chiapas", "Agua Caliente, Honduras") keeps the places in
   that state, else in that country, when there are any; in running text, a crossing
   followed by "into <country>" ("at Agua Caliente into Guatemala") takes that country's
   side when the table has one;
1. the hand-written corridor table (crossings, shelters, corridor towns) beats GeoNames;
2. then places in ``countries`` (the article's countries, earlier ones first);
3. then a match on the place's own name beats a match on a GeoNames alternate name;
4. then a place of at least a tenth of the largest homonym's population (``SMALL_HOMONYM``);
5. then the corridor countries in the order MX GT HN SV US NI CR PA, then the rest;
6. then, when ``near`` is given, places within ``NEAR_KM`` of it;
7. then the larger population, then the nearer to ``near``.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from caravanwatch.extract.gazetteer import (
    CORRIDOR_COUNTRIES,
    Entry,
    corridor_entries,
    country_names,
    geonames_entries,
    normalize,
    region_entries,
)
from caravanwatch.extract.gazetteer import (
    corridor_lowercase_words as gazetteer_lowercase_words,
)
from caravanwatch.extract.place_words import CONNECTORS
from caravanwatch.records import Place

logger = logging.getLogger(__name__)

# A day or two of a caravan's travel by bus or on foot (Tapachula - Arriaga is ~190 km):
# a homonym within this distance of the previous place is the likelier one.
NEAR_KM = 300.0

# A GeoNames homonym with less than 1/SMALL_HOMONYM of the largest one's population is a
# village named after the city, whatever its country ("Santa Ana", Sonora, 10,000 people,
# must not beat Santa Ana, El Salvador; "Morales", Guanajuato must not beat Morales, Izabal).
SMALL_HOMONYM = 10

# Leading words stripped by geocode_place when the full name is not known.
_PREFIXES = re.compile(
    r"^(?:the|la|el|los|las)?\s*(?:(?:border |frontier |southern |northern |mexican |"
    r"guatemalan |honduran )?(?:city|town|village|municipality|port|community|hamlet)"
    r" of|(?:ciudad|municipio|poblado|pueblo|localidad|comunidad|aldea|puerto) de)\s+"
)
_SUFFIXES = re.compile(
    r"\s+(?:border crossing|border post|crossing|crossing point|port of entry|border|"
    r"city|town|municipality|area|region|shelter|bridge|river|border bridge|"
    r"international bridge)$"
)
_ARTICLES = re.compile(r"^(?:the|el|la|los|las)\s+")
_DIRECTIONS = re.compile(
    r"^(?:(?:the|el|la|los|las)\s+)?(?:(?:far|deep)\s+)?(?:south|north|east|west|"
    r"southern|northern|eastern|western|central|southeastern|southwestern|northeastern|"
    r"northwestern|sur de|norte de|este de|oeste de|centro de|sureste de|suroeste de|"
    r"noreste de|noroeste de|occidente de|oriente de)\s+"
)


@dataclass(frozen=True, slots=True)
class _Candidate:
    entry: Entry
    primary: bool


@dataclass(frozen=True, slots=True)
class _Index:
    places: Mapping[str, tuple[_Candidate, ...]]
    regions: Mapping[str, tuple[Entry, ...]]
    max_words: int
    corridor_starts: frozenset[str]  # lower-case first words of corridor names ("río")
    corridor_lower: frozenset[str]  # words written lower-case in corridor names ("bridge")


@functools.lru_cache(maxsize=1)
def _index() -> _Index:
    lexicon = country_names()
    blocked = set(lexicon.names) | set(lexicon.demonyms)
    places: dict[str, list[_Candidate]] = {}
    for source in (_corridor_with_admin1(), geonames_entries(), region_entries()):
        for entry in source:
            for key in entry.names:
                if key in blocked and entry.source != "corridor":
                    continue
                places.setdefault(key, []).append(_Candidate(entry, key in entry.primary))
    regions: dict[str, list[Entry]] = {}
    for entry in region_entries():
        for key in entry.names:
            regions.setdefault(key, []).append(entry)
    longest = max(len(k.split()) for k in places)
    starts = frozenset(
        key.split()[0] for entry in corridor_entries() for key in entry.names
        if " " in key and key.split()[0] not in CONNECTORS
    )
    logger.debug("place index: %d keys", len(places))
    return _Index(
        MappingProxyType({k: tuple(v) for k, v in places.items()}),
        MappingProxyType({k: tuple(v) for k, v in regions.items()}),
        longest,
        starts,
        gazetteer_lowercase_words(),
    )


def _corridor_with_admin1() -> list[Entry]:
    """Corridor rows with the state of their GeoNames twin (same name, same country,
    within 15 km), so that "Huehuetán, Guerrero" is not the corridor's Chiapas town."""
    twins: dict[str, list[Entry]] = {}
    for entry in geonames_entries():
        for key in entry.names:
            twins.setdefault(key, []).append(entry)
    out = []
    for entry in corridor_entries():
        admin1 = next((
            g.admin1 for key in entry.names for g in twins.get(key, ())
            if g.country == entry.country and _km((g.lat, g.lon), (entry.lat, entry.lon)) < 15
        ), "")
        out.append(dataclasses.replace(entry, admin1=admin1))
    return out


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


_ORDER = {c: i for i, c in enumerate(CORRIDOR_COUNTRIES)}


def _best(
    candidates: Sequence[_Candidate],
    countries: tuple[str, ...],
    near: tuple[float, float] | None,
    hint: tuple[str, str] | None,
) -> Entry:
    """The candidate the module docstring's order prefers; ``hint`` = (country, admin1
    or "") from a qualifier such as ", Chiapas" or ", Honduras"."""

    largest = max(c.entry.population for c in candidates)

    def rank(c: _Candidate) -> tuple[float, ...]:
        e = c.entry
        dist = _km(near, (e.lat, e.lon)) if near else 0.0
        if hint is None:
            hinted = 0
        elif e.country != hint[0]:
            hinted = 2
        else:
            same = not hint[1] or e.admin1 == hint[1] or (e.source == "corridor" and not e.admin1)
            hinted = 0 if same else 1
        return (
            hinted,
            0 if e.source == "corridor" else 1,
            countries.index(e.country) if e.country in countries else len(countries),
            0 if c.primary else 1,
            1 if e.population * SMALL_HOMONYM < largest else 0,
            _ORDER.get(e.country, len(_ORDER)),
            0 if near is None or dist <= NEAR_KM else 1,
            -e.population,
            dist,
        )

    return min(candidates, key=rank).entry


def _place(entry: Entry) -> Place:
    return Place(entry.town or entry.name, entry.country, entry.lat, entry.lon, entry.kind)


def _variants(key: str) -> list[str]:
    """The full key, then the key without "the"/"city of"/"crossing"/"el" and the like."""
    out = [key]
    for pattern in (_ARTICLES, _PREFIXES, _SUFFIXES):
        nxt = pattern.sub("", out[-1])
        if nxt and nxt != out[-1]:
            out.append(nxt)
    return out


def _context(tail: str) -> tuple[str, str] | None:
    """The (country, admin1 or "") a qualifier names: "Chiapas", "Mexico", "Calif."."""
    key = normalize(tail)
    code = country_names().names.get(key)
    if code:
        return code, ""
    regions = _index().regions.get(key)
    if regions:
        first = min(regions, key=lambda e: _ORDER.get(e.country, len(_ORDER)))
        return first.country, first.admin1
    return None


@functools.lru_cache(maxsize=65536)
def _geocode(
    name: str, countries: tuple[str, ...], near: tuple[float, float] | None
) -> Place | None:
    hint = None
    head = name
    if "," in name:
        head, _, tail = name.rpartition(",")
        hint = _context(tail)
        if hint is None:
            head = name
    index = _index()
    lexicon = country_names()
    for key in _variants(normalize(head)):
        if key in lexicon.names or key in lexicon.demonyms:
            return None  # "El Salvador" must not become "Salvador", Brazil
        found = index.places.get(key)
        if found:
            return _place(_best(found, countries, near, hint))
    return None


def geocode_place(
    name: str, countries: Sequence[str] = (), near: tuple[float, float] | None = None
) -> Place | None:
    """Resolve a place name to a :class:`Place`, or ``None`` when it is not known.

    Matching ignores case, accents, punctuation, a leading article and words such as
    "city of"/"ciudad de"/"border crossing"; "X, Chiapas" and "X, Honduras" narrow the
    choice.  ``countries`` are the countries the article names (alpha-2, most relevant
    first); ``near`` is a (lat, lon) the place is likely close to.  A bare country name
    is not a place: use :func:`geocode_country`.

    >>> geocode_place("Tecun Uman").name
    'Ciudad Tecún Umán'
    """
    if not name or not name.strip():
        return None
    return _geocode(name.strip(), tuple(c.upper() for c in countries), near)


# --- countries ---------------------------------------------------------------------------


def _scan_countries(words: list[str], demonyms: bool, names: bool) -> list[tuple[int, int, str]]:
    """(start word, end word, code) of country names / demonyms, longest match first;
    blocking regions ("Central America") give code ``""``."""
    lexicon = country_names()
    out = []
    i = 0
    while i < len(words):
        for n in range(min(lexicon.max_words, len(words) - i), 0, -1):
            key = " ".join(words[i:i + n])
            code = None
            if names and key in lexicon.names:
                code = lexicon.names[key]
            elif demonyms and key in lexicon.demonyms:
                code = lexicon.demonyms[key]
            if code is not None:
                out.append((i, i + n, code))
                i += n
                break
        else:
            i += 1
    return out


@functools.lru_cache(maxsize=16384)
def geocode_country(text: str) -> str | None:
    """The alpha-2 code of the country a short text names: "México", "Honduran",
    "southern Mexico", "the Mexican border", "Chiapas state" (a state's country).

    ``None`` for regions ("Central America") and texts naming no country.  When several
    are named, the first wins.
    """
    lexicon = country_names()
    full = _ARTICLES.sub("", normalize(text))
    key = _DIRECTIONS.sub("", full)
    for candidate in (normalize(text), full, key):
        for table in (lexicon.names, lexicon.demonyms):
            if candidate in table:
                return table[candidate] or None
    # scan before stripping directions: "central" and "south" begin regions and countries
    # ("Central American migrants" is a region, not "American"; "South Sudan")
    for hit in _scan_countries(full.split(), demonyms=True, names=True):
        return hit[2] or None
    region = _SUFFIXES.sub("", re.sub(r"\s+(?:state|department|departamento|estado)$", "",
                                       key))
    regions = _index().regions.get(region)
    if regions:
        return min(regions, key=lambda e: _ORDER.get(e.country, len(_ORDER))).country
    return None


# Nouns that may follow a country name or demonym without naming anything but the country
# ("the Mexican border", "Guatemalan territory", "the Honduran side"); written by hand from
# the way caravan news speaks of countries.  "City", "state" and the like are not here:
# "Mexico City" is a city.
_COUNTRY_NOUNS = re.compile(
    r"\s+(?:border|borders|border region|border area|frontier|territory|soil|side|"
    r"side of the border|land|lands|countryside|interior|coast|highlands|jungle|"
    r"mainland)$"
)
# Spanish order: "territorio mexicano", "frontera guatemalteca", "lado hondureño".
_COUNTRY_NOUNS_ES = re.compile(r"^(?:territorio|frontera|suelo|lado|tierras?|costa)\s+")


@functools.lru_cache(maxsize=16384)
def country_only(text: str) -> str | None:
    """The alpha-2 code of the country a text names when the text is nothing but a
    country phrase: a country name or demonym, optionally with an article, a direction
    and a noun such as "border"/"territory" ("Mexico", "southern Mexico", "the Mexican
    border", "Guatemalan territory", "territorio mexicano").

    Unlike :func:`geocode_country`, ``None`` for a place named after its country
    ("Mexico City", "Guatemala City", "Panama City"), a state ("Chiapas"), a region
    ("Central America") or any longer text.
    """
    lexicon = country_names()
    key = _COUNTRY_NOUNS_ES.sub("", _COUNTRY_NOUNS.sub("", normalize(text)))
    # strip one layer at a time and stop at the first known key: "El Salvador" and
    # "Central America" (a region, blocked with code "") are names before their stripping
    steps = [key]
    for pattern in (_ARTICLES, _DIRECTIONS, _ARTICLES):
        steps.append(pattern.sub("", steps[-1]))
    for step in steps:
        if any(r.country == "US" for r in _index().regions.get(step, ())):
            return None  # "New Mexico" is in the lexicon (it blocks "Mexico"); a state
        for table in (lexicon.names, lexicon.demonyms):
            if step in table:
                return table[step] or None
    return None
