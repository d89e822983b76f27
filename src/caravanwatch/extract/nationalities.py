"""Nationalities a sentence gives to people: ``origin_countries``.

"Honduran migrants", "migrantes hondureños", "people from Honduras, El Salvador and
Guatemala", "of Salvadoran origin": the ISO codes of the countries said to make up a
group, read with the country lexicon of :mod:`.places` (split from it).
"""

from __future__ import annotations

from caravanwatch.extract.gazetteer import country_names, normalize
from caravanwatch.extract.places import _scan_countries
from caravanwatch.extract.text_places import _TOKEN, _capitalised

# Words for people that a demonym makes into a group of that nationality: "Honduran
# migrants", "migrantes hondureños", "of Salvadoran origin".  Taken from the group nouns
# in caravan news (see sizes.GROUP_NOUNS) plus nationality words.
PEOPLE_NOUNS: frozenset[str] = frozenset(normalize(w) for w in ["migrant", "migrants", "immigrant", "immigrants", "emigrant", "emigrants", "people", "persons", "person", "men", "women", "man", "woman", "children", "child", "kids", "families", "family", "nationals", "national", "citizens", "citizen", "refugees", "refugee", "asylum", "seekers", "travelers", "travellers", "marchers", "deportees", "members", "youths", "youth", "teens", "teen", "teenagers", "teenager", "minors", "mothers", "mother", "fathers", "father", "boys", "boy", "girls", "girl", "workers", "worker", "adults", "infants", "babies", "parents", "couples", "passengers", "walkers", "participants", "caravan", "caravans", "group", "groups", "exodus", "origin", "nationality", "descent", "compatriots", "migrante", "migrantes", "personas", "persona", "mujeres", "mujer", "hombres", "hombre", "niños", "niño", "niñas", "niña", "familias", "familia", "jóvenes", "joven", "menores", "connacionales", "ciudadanos", "ciudadanas", "ciudadano", "nacionales", "refugiados", "solicitantes", "integrantes", "caminantes", "viajeros", "deportados", "madres", "madre", "padres", "padre", "caravana", "caravanas", "grupo", "éxodo", "origen", "nacionalidad", "compatriotas"])

# Plural demonyms after these words are not people ("autoridades guatemaltecas").
NOT_PEOPLE: frozenset[str] = frozenset(normalize(w) for w in ["autoridades", "fuerzas", "policías", "policias", "agentes", "soldados", "militares", "funcionarios", "gobiernos", "medios", "territorios", "fronteras", "aduanas", "ciudades", "tierras", "leyes", "instituciones", "empresas", "organizaciones", "diplomáticos", "cónsules", "oficiales", "elementos", "uniformados", "legisladores", "diputados", "guardias", "efectivos", "carreteras", "calles", "aguas", "costas", "selvas", "playas"])

# "deported from Mexico" is not an origin; "migrants from Honduras" is.
_NOT_ORIGIN_BEFORE_FROM: frozenset[str] = frozenset(["deported", "expelled", "returned", "removed", "sent", "flown", "bused", "bussed", "departed", "left", "walked", "traveled", "travelled", "moved", "set", "headed", "marched", "crossing", "crossed", "back", "away", "miles", "kilometers", "kilometres", "km", "far", "north", "south", "east", "west", "border", "way", "route", "journey", "trek"])
_FROM = frozenset({"from"})
_DE_ORIGIN = frozenset(normalize(w) for w in
                       ["procedentes", "provenientes", "originarios", "oriundos", "nativos", "naturales", "migrantes", "personas", "ciudadanos", "nacionales"])
_LIST_SEPARATORS = frozenset({",", "and", "y", "e", "or", "o", "and from", "as well as"})


def _plural_people(key: str, original: str, prev: str) -> bool:
    """A plural demonym that names people: "Hondurans", "hondureños" (not after
    "autoridades"); "Americans" are hosts in caravan news, not travellers."""
    demonyms = country_names().demonyms
    if key not in demonyms:
        return False
    if key.endswith("s") and key[:-1] in demonyms and _capitalised(original):
        return demonyms[key] != "US"
    plural_es = key.endswith(("os", "as", "es")) and (
        key[:-1] in demonyms or key[:-2] in demonyms)
    return plural_es and not _capitalised(original) and prev not in NOT_PEOPLE


def origin_countries(text: str) -> list[str]:
    """Alpha-2 codes of the nationalities a text gives to people, in order of mention.

    "Honduran migrants", "Hondurans", "hondureños", "migrants from Honduras and El
    Salvador", "of Salvadoran origin" count; "Central Americans" (a region), "Mexican
    authorities", "autoridades guatemaltecas" and "deported from Mexico" do not.
    """
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    words = [normalize(t[2]) for t in toks]
    lexicon = country_names()
    hits = _scan_countries(words, demonyms=True, names=True)
    groups: list[list[tuple[int, int, str]]] = []
    for hit in hits:
        if groups:
            last = groups[-1][-1]
            sep = normalize(text[toks[last[1] - 1][1]:toks[hit[0]][0]]) or ","
            if sep in _LIST_SEPARATORS:
                groups[-1].append(hit)
                continue
        groups.append([hit])
    out: list[str] = []
    for group in groups:
        first, last = group[0], group[-1]
        prev = words[first[0] - 1] if first[0] else ""
        prev2 = words[first[0] - 2] if first[0] > 1 else ""
        nxt = words[last[1]] if last[1] < len(words) else ""
        qualified = any(
            _plural_people(" ".join(words[a:b]), toks[a][2], prev) for a, b, _ in group
        )
        last_key = " ".join(words[last[0]:last[1]])
        if last_key in lexicon.demonyms and nxt in PEOPLE_NOUNS:
            qualified = True
        first_key = " ".join(words[first[0]:first[1]])
        if first_key in lexicon.demonyms and prev in PEOPLE_NOUNS:
            qualified = True
        from_country = (prev in _FROM and prev2 not in _NOT_ORIGIN_BEFORE_FROM) or (
            prev == "de" and prev2 in _DE_ORIGIN)
        if first_key in lexicon.names and _capitalised(toks[first[0]][2]) and from_country:
            qualified = True
        if not qualified:
            continue
        for start, end, code in group:
            key = " ".join(words[start:end])
            if key in lexicon.names and not _capitalised(toks[start][2]):
                continue
            if code and code not in out:
                out.append(code)
    return out
