"""Tests for the offline gazetteer and geocoder (extract/places.py, extract/gazetteer.py).

Every sentence here is written for these tests; the devset is only read (gold names).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from caravanwatch.extract import gazetteer, places
from caravanwatch.extract.nationalities import origin_countries
from caravanwatch.extract.places import (
    country_only,
    geocode_country,
    geocode_place,
)
from caravanwatch.extract.text_places import find_places


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 12742.0 * math.asin(math.sqrt(h))


# --- geocode_place: names, aliases, accents ---------------------------------------------

NAMES = [
    # (query, expected name, expected country)
    ("Tapachula", "Tapachula", "MX"),
    ("tapachula", "Tapachula", "MX"),
    ("TAPACHULA", "Tapachula", "MX"),
    ("the city of Tapachula", "Tapachula", "MX"),
    ("la ciudad de Tapachula", "Tapachula", "MX"),
    ("Mexico City", "Mexico City", "MX"),
    ("Ciudad de México", "Mexico City", "MX"),
    ("Ciudad de Mexico", "Mexico City", "MX"),
    ("CDMX", "Mexico City", "MX"),
    ("México D.F.", "Mexico City", "MX"),
    ("Guatemala City", "Guatemala City", "GT"),
    ("Ciudad de Guatemala", "Guatemala City", "GT"),
    ("ciudad de guatemala", "Guatemala City", "GT"),
    ("San Pedro Sula", "San Pedro Sula", "HN"),
    ("San Salvador", "San Salvador", "SV"),
    ("Tegucigalpa", "Tegucigalpa", "HN"),
    ("Tecún Umán", "Ciudad Tecún Umán", "GT"),
    ("Tecun Uman", "Ciudad Tecún Umán", "GT"),
    ("Ciudad Tecún Umán", "Ciudad Tecún Umán", "GT"),
    ("Ciudad Tecun Uman", "Ciudad Tecún Umán", "GT"),
    ("Ciudad Hidalgo", "Ciudad Hidalgo", "MX"),
    ("Juárez", "Ciudad Juárez", "MX"),
    ("Juarez", "Ciudad Juárez", "MX"),
    ("Ciudad Juarez", "Ciudad Juárez", "MX"),
    ("Cd. Juárez", "Ciudad Juárez", "MX"),
    ("Frontera Comalapa", "Frontera Comalapa", "MX"),
    ("Tijuana", "Tijuana", "MX"),
    ("Huixtla", "Huixtla", "MX"),
    ("Huehuetán", "Huehuetán", "MX"),
    ("Huehuetan", "Huehuetán", "MX"),
    ("Mapastepec", "Mapastepec", "MX"),
    ("Pijijiapan", "Pijijiapan", "MX"),
    ("Arriaga", "Arriaga", "MX"),
    ("Tapanatepec", "San Pedro Tapanatepec", "MX"),
    ("Niltepec", "Niltepec", "MX"),
    ("Juchitán", "Juchitán de Zaragoza", "MX"),
    ("Juchitan de Zaragoza", "Juchitán de Zaragoza", "MX"),
    ("Matías Romero", "Matías Romero", "MX"),
    ("Matias Romero", "Matías Romero", "MX"),
    ("Donaji", "Donají", "MX"),
    ("Sayula de Alemán", "Sayula de Alemán", "MX"),
    ("Isla", "Isla", "MX"),
    ("Córdoba", "Córdoba", "MX"),
    ("Querétaro", "Santiago de Querétaro", "MX"),
    ("Tuzantán", "Tuzantán", "MX"),
    ("Esquipulas", "Esquipulas", "GT"),
    ("Chiquimula", "Chiquimula", "GT"),
    ("Nueva Ocotepeque", "Nueva Ocotepeque", "HN"),
    ("Ocotepeque", "Nueva Ocotepeque", "HN"),
    ("Copán Ruinas", "Copán Ruinas", "HN"),
    ("Copan Ruinas", "Copán Ruinas", "HN"),
    ("Entre Rios", "Entre Ríos", "GT"),
    ("Morales", "Morales", "GT"),
    ("Agua Caliente", "Agua Caliente", "GT"),
    ("agua caliente", "Agua Caliente", "GT"),
    ("the Agua Caliente border crossing", "Agua Caliente", "GT"),
    ("El Florido", "El Florido", "GT"),
    ("Corinto", "Corinto", "HN"),
    ("La Mesilla", "La Mesilla", "GT"),
    ("El Ceibo", "El Ceibo", "GT"),
    ("El Carmen", "El Carmen", "GT"),
    ("Talismán", "Talismán", "MX"),
    ("Talisman bridge", "Talismán", "MX"),
    ("Rodolfo Robles bridge", "Rodolfo Robles Bridge", "GT"),
    ("the Suchiate river", "Suchiate River", "MX"),
    ("río Suchiate", "Suchiate River", "MX"),
    ("San Ysidro", "San Ysidro", "US"),
    ("El Chaparral", "El Chaparral", "MX"),
    ("El Chaparral port of entry", "El Chaparral", "MX"),
    ("Paso del Norte bridge", "Paso del Norte Bridge", "MX"),
    ("Piedras Negras", "Piedras Negras", "MX"),
    ("Eagle Pass", "Eagle Pass", "US"),
    ("Matamoros", "Matamoros", "MX"),
    ("Brownsville", "Brownsville", "US"),
    ("Nuevo Laredo", "Nuevo Laredo", "MX"),
    ("Laredo", "Laredo", "US"),
    ("Reynosa", "Reynosa", "MX"),
    ("McAllen", "McAllen", "US"),
    ("Nogales", "Nogales", "MX"),
    ("Mexicali", "Mexicali", "MX"),
    ("Calexico", "Calexico", "US"),
    ("El Paso", "El Paso", "US"),
    ("the Darién Gap", "Darién Gap", "PA"),
    ("Darien Gap", "Darién Gap", "PA"),
    ("Necoclí", "Necoclí", "CO"),
    ("Escuinapa", "Escuinapa", "MX"),
    ("Irapuato", "Irapuato", "MX"),
    ("Guadalajara", "Guadalajara", "MX"),
    ("Guanajuato", "Guanajuato", "MX"),
    ("Santa Ana", "Santa Ana", "SV"),
    ("Chicago", "Chicago", "US"),
    ("San Diego", "San Diego", "US"),
    ("Houston", "Houston", "US"),
    # shelters and landmarks stand for their town
    ("Jesús Martínez Palillo stadium", "Mexico City", "MX"),
    ("Estadio Jesús Martínez", "Mexico City", "MX"),
    ("Benito Juárez sports complex", "Tijuana", "MX"),
    ("El Barretal", "Tijuana", "MX"),
    ("Juventud 2000 shelter", "Tijuana", "MX"),
    ("Siglo XXI migrant station", "Tapachula", "MX"),
    ("Parque Miguel Hidalgo", "Tapachula", "MX"),
    # the Darién and Costa Rica route north
    ("Ciudad Neily", "Ciudad Neily", "CR"),
    ("the Chucunaque River", "Chucunaque River", "PA"),
    ("río Tuira", "Tuira River", "PA"),
]


@pytest.mark.parametrize(("query", "name", "country"), NAMES, ids=[q for q, _, _ in NAMES])
def test_geocode_place_names(query: str, name: str, country: str) -> None:
    place = geocode_place(query)
    assert place is not None
    assert (place.name, place.country) == (name, country)


# --- disambiguation by the article's countries, qualifiers and `near` -------------------

CONTEXT = [
    # (query, countries, near, expected name, country)
    ("Agua Caliente", ("HN",), None, "Agua Caliente", "HN"),
    ("Agua Caliente", ("HN", "GT"), None, "Agua Caliente", "HN"),
    ("Agua Caliente", ("GT", "HN"), None, "Agua Caliente", "GT"),
    ("Agua Caliente", ("MX",), None, "Agua Caliente", "GT"),
    ("Agua Caliente, Honduras", (), None, "Agua Caliente", "HN"),
    ("Santa Ana", ("US",), None, "Santa Ana", "US"),
    ("Santa Ana", ("SV",), None, "Santa Ana", "SV"),
    ("Santa Ana, California", (), None, "Santa Ana", "US"),
    ("Santa Ana, El Salvador", (), None, "Santa Ana", "SV"),
    ("Escuintla", ("GT",), None, "Escuintla", "GT"),
    ("Escuintla", ("MX",), None, "Escuintla", "MX"),
    ("Escuintla, Guatemala", ("MX",), None, "Escuintla", "GT"),
    ("Escuintla, Chiapas", (), None, "Escuintla", "MX"),
    ("Nogales", ("US",), None, "Nogales", "US"),
    ("Nogales, Arizona", (), None, "Nogales", "US"),
    ("Ciudad Hidalgo, Chiapas", (), None, "Ciudad Hidalgo", "MX"),
    ("Casa del Migrante", ("GT",), (14.6, -90.5), "Guatemala City", "GT"),
    ("Casa del Migrante", (), (32.4, -117.0), "Tijuana", "MX"),
    ("Casa del Migrante", (), (31.7, -106.4), "Ciudad Juárez", "MX"),
    ("Tapachula, Chiapas", (), None, "Tapachula", "MX"),
    ("Tijuana, Mexico", (), None, "Tijuana", "MX"),
]


@pytest.mark.parametrize(
    ("query", "countries", "near", "name", "country"), CONTEXT,
    ids=[f"{q}|{','.join(c) or '-'}|{'near' if n else '-'}" for q, c, n, _, _ in CONTEXT],
)
def test_geocode_place_context(
    query: str, countries: tuple[str, ...], near: tuple[float, float] | None,
    name: str, country: str,
) -> None:
    place = geocode_place(query, countries, near)
    assert place is not None
    assert (place.name, place.country) == (name, country)


def test_huehuetan_guerrero_is_not_the_chiapas_town() -> None:
    place = geocode_place("Huehuetán, Guerrero")
    assert place is not None and place.country == "MX"
    assert place.lat is not None and place.lat > 16.0  # Chiapas' Huehuetán is at 15.0 N


@pytest.mark.parametrize("query", [
    "Guatemala", "Mexico", "México", "Honduras", "El Salvador", "United States", "",
    "   ", "Narnia", "Gotham City", "the", "Central America",
])
def test_not_a_place(query: str) -> None:
    assert geocode_place(query) is None


COORDS = [
    ("Tapachula", (14.9, -92.26), 5),
    ("Mexico City", (19.43, -99.13), 10),
    ("Guatemala City", (14.63, -90.51), 10),
    ("San Pedro Sula", (15.5, -88.03), 10),
    ("Tijuana", (32.52, -117.03), 10),
    ("Ciudad Tecún Umán", (14.68, -92.14), 5),
    ("Ciudad Hidalgo", (14.68, -92.15), 5),
    ("Agua Caliente", (14.49, -89.22), 10),
    ("Esquipulas", (14.56, -89.35), 5),
    ("Ciudad Juárez", (31.74, -106.48), 15),
]


@pytest.mark.parametrize(("query", "where", "tolerance_km"), COORDS, ids=[c[0] for c in COORDS])
def test_coordinates(query: str, where: tuple[float, float], tolerance_km: float) -> None:
    place = geocode_place(query)
    assert place is not None and place.lat is not None and place.lon is not None
    assert km((place.lat, place.lon), where) < tolerance_km


def test_kinds() -> None:
    assert geocode_place("Agua Caliente").kind == "crossing"  # type: ignore[union-attr]
    assert geocode_place("Suchiate River").kind == "river"  # type: ignore[union-attr]
    assert geocode_place("Tapachula").kind == "city"  # type: ignore[union-attr]
    assert geocode_place("El Barretal").kind == "shelter"  # type: ignore[union-attr]
    assert geocode_place("Chiapas").kind == "admin1"  # type: ignore[union-attr]


# --- geocode_country -------------------------------------------------------------------

COUNTRIES = [
    ("Mexico", "MX"), ("México", "MX"), ("mexico", "MX"), ("Mexican", "MX"),
    ("the Mexican border", "MX"), ("southern Mexico", "MX"), ("el sur de México", "MX"),
    ("Guatemala", "GT"), ("Guatemalan", "GT"), ("guatemalteco", "GT"),
    ("Honduras", "HN"), ("Honduran", "HN"), ("hondureños", "HN"), ("Hondurans", "HN"),
    ("El Salvador", "SV"), ("Salvadoran", "SV"), ("Salvadorean", "SV"), ("salvadoreño", "SV"),
    ("Nicaragua", "NI"), ("Nicaraguan", "NI"), ("nicaragüense", "NI"),
    ("the United States", "US"), ("the U.S.", "US"), ("Estados Unidos", "US"),
    ("EE.UU.", "US"), ("the US border", "US"), ("New Mexico", "US"), ("Texas", "US"),
    ("Venezuela", "VE"), ("Venezuelan", "VE"), ("Cuban", "CU"), ("Haitian", "HT"),
    ("Haití", "HT"), ("Colombian", "CO"), ("Ecuadorian", "EC"), ("Peruvian", "PE"),
    ("Perú", "PE"), ("Chinese", "CN"), ("Cameroonian", "CM"), ("Congolese", "CD"),
    ("Panamá", "PA"), ("Costa Rica", "CR"), ("Belize", "BZ"),
    ("Chiapas state", "MX"), ("northern Guatemala", "GT"), ("western Honduras", "HN"),
]


@pytest.mark.parametrize(("text", "code"), COUNTRIES, ids=[t for t, _ in COUNTRIES])
def test_geocode_country(text: str, code: str) -> None:
    assert geocode_country(text) == code


@pytest.mark.parametrize("text", [
    "Central America", "Central American", "Latin America", "Centroamérica", "the Americas",
    "Narnia", "", "the border", "Northern Triangle",
])
def test_geocode_country_none(text: str) -> None:
    assert geocode_country(text) is None


# --- find_places on sentences ------------------------------------------------------------

SENTENCES = [
    # (sentence, expected [(surface, name, country)])
    ("The caravan left San Pedro Sula early on Saturday.",
     [("San Pedro Sula", "San Pedro Sula", "HN")]),
    ("Hundreds of migrants reached Agua Caliente, on the border with Guatemala, by noon.",
     [("Agua Caliente", "Agua Caliente", "GT")]),
    ("Police blocked the group at Agua Caliente, Honduras, on Monday.",
     [("Agua Caliente", "Agua Caliente", "HN")]),
    ("They slept in Esquipulas and walked on to Chiquimula.",
     [("Esquipulas", "Esquipulas", "GT"), ("Chiquimula", "Chiquimula", "GT")]),
    ("Migrants crossed the Suchiate river from Tecún Umán to Ciudad Hidalgo, Chiapas.",
     [("Suchiate river", "Suchiate River", "MX"), ("Tecún Umán", "Ciudad Tecún Umán", "GT"),
      ("Ciudad Hidalgo", "Ciudad Hidalgo", "MX")]),
    ("The marchers rested in Huixtla before heading to Mapastepec.",
     [("Huixtla", "Huixtla", "MX"), ("Mapastepec", "Mapastepec", "MX")]),
    ("About 4,000 people arrived in Mexico City on Monday.",
     [("Mexico City", "Mexico City", "MX")]),
    ("Unos 2.000 migrantes llegaron a la Ciudad de México el lunes.",
     [("Ciudad de México", "Mexico City", "MX")]),
    ("Los migrantes salieron de Tapachula, Chiapas, rumbo a Huixtla.",
     [("Tapachula", "Tapachula", "MX"), ("Huixtla", "Huixtla", "MX")]),
    ("They stopped in the town of Morales to eat and rest.",
     [("Morales", "Morales", "GT")]),
    ("Guatemalan President Jimmy Morales said the border would stay open.", []),
    ("Honduran President Juan Orlando Hernández urged them to return.", []),
    ("The group waited at the El Chaparral port of entry in Tijuana.",
     [("El Chaparral port of entry", "El Chaparral", "MX"), ("Tijuana", "Tijuana", "MX")]),
    ("Some 300 migrants were bused from the Jesús Martínez Palillo stadium.",
     [("Jesús Martínez Palillo stadium", "Mexico City", "MX")]),
    ("Salieron de la unidad deportiva Benito Juárez a las diez.",
     [("unidad deportiva Benito Juárez", "Tijuana", "MX")]),
    ("The caravan crossed into Guatemala and then into Mexico.", []),
    ("Reading the news, the migrants cheered.", []),
    ("The Union said it would help; the Mission offered food.", []),
    ("Students of the Universidad de San Carlos brought water.", []),
    ("Trump posted about the caravan from the White House.", []),
    ("Benito Juárez is a national hero.", []),
    ("The caravan reached Escuintla, Chiapas, late on Tuesday.",
     [("Escuintla", "Escuintla", "MX")]),
    ("The caravan reached Escuintla, Guatemala, late on Tuesday.",
     [("Escuintla", "Escuintla", "GT")]),
    ("Hundreds gathered in the Guatemalan town of Esquipulas.",
     [("Esquipulas", "Esquipulas", "GT")]),
    ("Migrants walked from Nueva Ocotepeque to the Agua Caliente border crossing.",
     [("Nueva Ocotepeque", "Nueva Ocotepeque", "HN"),
      ("Agua Caliente border crossing", "Agua Caliente", "GT")]),
    ("The buses left for Juárez and El Paso.",
     [("Juárez", "Ciudad Juárez", "MX"), ("El Paso", "El Paso", "US")]),
    ("Migrants crossed from Piedras Negras to Eagle Pass, Texas.",
     [("Piedras Negras", "Piedras Negras", "MX"), ("Eagle Pass", "Eagle Pass", "US")]),
    ("Many waited in the Siglo XXI migrant station in Tapachula.",
     [("Siglo XXI migrant station", "Tapachula", "MX"), ("Tapachula", "Tapachula", "MX")]),
    ("El paso de los migrantes por la frontera fue lento.", []),
    ("Thousands left Tapachula.",
     [("Tapachula", "Tapachula", "MX")]),
    ("Police detained twelve of them near Ciudad Neily on Thursday.",
     [("Ciudad Neily", "Ciudad Neily", "CR")]),
    ("Soldiers stopped a canoe on the Chucunaque River.",
     [("Chucunaque River", "Chucunaque River", "PA")]),
    # a locative preposition lets a stoplisted name through; a speaker stays a person
    ("Soldiers stopped the group near Morales on Friday.",
     [("Morales", "Morales", "GT")]),
    ("The marchers slept in Morales before heading to the border.",
     [("Morales", "Morales", "GT")]),
    ("President Jimmy Morales said the border would stay open.", []),
    ("\"We will keep walking,\" said Morales, a farmer from Olancho.",
     [("Olancho", "Olancho", "HN")]),
]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES,
                         ids=[s[:40] for s, _ in SENTENCES])
def test_find_places(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(sentence[span.start:span.end], place.name, place.country)
           for span, place in find_places(sentence)]
    assert got == expected


def test_find_places_uses_article_countries() -> None:
    sentence = "The group reached Santa Ana at dusk."
    assert [p.country for _, p in find_places(sentence, countries=["US"])] == ["US"]
    assert [p.country for _, p in find_places(sentence, countries=["SV"])] == ["SV"]


def test_find_places_headline_case() -> None:
    got = [p.name for _, p in find_places("Migrant Caravan Reaches Tapachula After Long Walk")]
    assert got == ["Tapachula"]


# --- origin_countries --------------------------------------------------------------------

ORIGINS = [
    ("Honduran migrants walked north.", ["HN"]),
    ("Hondurans and Salvadorans joined the march.", ["HN", "SV"]),
    ("The migrants, mostly Hondurans, rested.", ["HN"]),
    ("migrants from Honduras and El Salvador", ["HN", "SV"]),
    ("migrants from Honduras, Guatemala and El Salvador", ["HN", "GT", "SV"]),
    ("Central Americans crossed the river.", []),
    ("Mexican authorities detained them.", []),
    ("Mexican police blocked the road.", []),
    ("They were deported from Mexico.", []),
    ("Unos 300 migrantes hondureños cruzaron.", ["HN"]),
    ("Las autoridades guatemaltecas detuvieron a 30 hondureños.", ["HN"]),
    ("un grupo de salvadoreños y guatemaltecos", ["SV", "GT"]),
    ("Venezuelan, Cuban and Haitian migrants", ["VE", "CU", "HT"]),
    ("a migrant of Salvadoran origin", ["SV"]),
    ("The Honduran caravan left at dawn.", ["HN"]),
    ("migrantes procedentes de Honduras", ["HN"]),
    ("el gobierno de Honduras", []),
    ("The caravan crossed into Guatemala.", []),
    ("Cameroonians and Congolese migrants waited in Tapachula.", ["CM", "CD"]),
    ("Salvadorean families", ["SV"]),
    ("Americans watched on television.", []),
    ("Latin Americans and Africans", []),
    ("Nicaraguans, Venezuelans and Cubans", ["NI", "VE", "CU"]),
]


@pytest.mark.parametrize(("text", "codes"), ORIGINS, ids=[t[:40] for t, _ in ORIGINS])
def test_origin_countries(text: str, codes: list[str]) -> None:
    assert origin_countries(text) == codes


# --- data, purity, speed -------------------------------------------------------------------

def test_data_files_small() -> None:
    from importlib import resources

    folder = resources.files("caravanwatch").joinpath("data", "places")
    total = sum(len(folder.joinpath(n).read_bytes()) for n in
                ("geonames.tsv", "corridor.tsv", "countries.tsv", "regions.tsv"))
    assert total < 3_000_000


def test_corridor_rows_well_formed() -> None:
    for entry in gazetteer.corridor_entries():
        assert len(entry.country) == 2 and entry.country.isupper(), entry
        assert -60 < entry.lat < 50 and -130 < entry.lon < -60, entry
        assert entry.kind in {"city", "town", "crossing", "river", "shelter", "region"}, entry


def test_corridor_town_rows_match_geonames_twins() -> None:
    """Hand-written towns that GeoNames also has sit within 10 km of GeoNames' point."""
    by_key: dict[str, list[gazetteer.Entry]] = {}
    for g in gazetteer.geonames_entries():
        by_key.setdefault(g.primary[0], []).append(g)
    for entry in gazetteer.corridor_entries():
        if entry.kind != "city":
            continue
        twins = [g for key in entry.names for g in by_key.get(key, ())
                 if g.country == entry.country]
        if twins:
            assert min(km((g.lat, g.lon), (entry.lat, entry.lon)) for g in twins) < 10, entry


def test_normalize() -> None:
    assert gazetteer.normalize("Ciudad Tecún Umán") == "ciudad tecun uman"
    assert gazetteer.normalize("  Côte d'Ivoire ") == "cote divoire"
    assert gazetteer.normalize("Nicaragüense") == "nicaraguense"


def test_geocode_place_accepts_lists_and_is_stable() -> None:
    a = geocode_place("Agua Caliente", ["hn"])
    b = geocode_place("Agua Caliente", ("HN",))
    assert a == b and a is not None and a.country == "HN"


def test_index_is_built_once_and_answers_unknown_names() -> None:
    """The index is cached (speed is measured by benchmarks/extract_throughput.py, not
    here); unknown names give None, not an error."""
    assert places._index() is places._index()
    assert places._geocode.__wrapped__("San Pedro Sula", ("HN",), None).name == "San Pedro Sula"
    assert all(places._geocode.__wrapped__(f"Nowhere{i}", (), None) is None for i in range(50))


def test_index_rebuilds_the_same_after_cache_clear() -> None:
    before = places._index()
    for fn in (places._index, gazetteer.geonames_entries, gazetteer.corridor_entries,
               gazetteer.region_entries, gazetteer.country_names):
        fn.cache_clear()
    after = places._index()
    assert after is not before and after.places.keys() == before.places.keys()


# --- every gold place name of the devset geocodes to itself -------------------------------

def _gold_places(devset: Path) -> list[tuple[str, str]]:
    out = set()
    for path in sorted((devset / "gold").glob("*.json")):
        for event in json.loads(path.read_text(encoding="utf-8"))["events"]:
            if event.get("place"):
                out.add((event["place"], event["country"]))
    return sorted(out)


def _place_key(name: str) -> str:
    """The scorer's place key (shared/annotation/score.py): words, known variants."""
    key = gazetteer.normalize(name)
    variants = [{"ciudad tecun uman", "tecun uman"}, {"juchitan de zaragoza", "juchitan"},
                {"santiago de queretaro", "queretaro"}]
    for group in variants:
        if key in group:
            return min(group)
    return key


def test_gold_places_geocode_to_themselves(devset: Path) -> None:
    gold = _gold_places(devset)
    assert gold
    wrong = []
    for name, country in gold:
        bare = geocode_place(name)
        in_article = geocode_place(name, countries=(country,))
        if bare is None or _place_key(bare.name) != _place_key(name):
            wrong.append((name, country, bare))
        elif in_article is None or in_article.country != country:
            wrong.append((name, country, in_article))
    assert not wrong


# --- regions are not countries; dates and unknown names next to places -------------------


@pytest.mark.parametrize(("text", "country"), [
    pytest.param("Central American migrants", None, id="central-american"),
    pytest.param("the Central Americans on the march", None, id="central-americans"),
    pytest.param("South American travellers", None, id="south-american"),
    pytest.param("North American officials", None, id="north-american"),
    pytest.param("Latin American families", None, id="latin-american"),
    pytest.param("Caribbean asylum seekers", None, id="caribbean"),
    pytest.param("African migrants", None, id="african"),
    pytest.param("Cameroonian migrants", "CM", id="cameroonian"),
    pytest.param("central Mexico", "MX", id="direction-then-country"),
    pytest.param("South Sudanese refugees", "SS", id="south-sudanese"),
])
def test_geocode_country_regions(text: str, country: str | None) -> None:
    assert geocode_country(text) == country


@pytest.mark.parametrize(("text", "codes"), [
    pytest.param("A line of Central American migrants stretched for a mile.", [],
                 id="central-american"),
    pytest.param("Hundreds of South American and Caribbean families waited.", [],
                 id="south-american-caribbean"),
    pytest.param("Latin American asylum seekers slept in the square.", [], id="latin"),
    pytest.param("The group included African migrants as well.", [], id="african"),
    pytest.param("The group included Cameroonian and Angolan migrants.", ["CM", "AO"],
                 id="cameroonian"),
])
def test_origin_countries_skip_regions(text: str, codes: list[str]) -> None:
    assert origin_countries(text) == codes


@pytest.mark.parametrize(("text", "name", "country"), [
    pytest.param("Soldiers stopped the caravan at Vado Hondo.", "Vado Hondo", "GT",
                 id="vado-hondo"),
    pytest.param("Hundreds crossed at El Guasaule into Nicaragua.", "El Guasaule", "NI",
                 id="guasaule"),
    pytest.param("The group entered Guatemala through Anguiatu.", "Anguiatú", "GT",
                 id="anguiatu-no-accent"),
    pytest.param("Families rested in Bajo Chiquito after the jungle.", "Bajo Chiquito", "PA",
                 id="bajo-chiquito"),
])
def test_corridor_places_geonames_lacks(text: str, name: str, country: str) -> None:
    assert [(p.name, p.country) for _, p in find_places(text)] == [(name, country)]


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("The marchers reached Huixtla Tuesday night.", "Huixtla", id="weekday"),
    pytest.param("They were in Escuintla Friday morning.", "Escuintla", id="weekday-2"),
    pytest.param("The group got to Tapachula October 21 after a long walk.", "Tapachula",
                 id="month"),
    pytest.param("Caravan Reaches Mapastepec", "Mapastepec", id="short-headline"),
])
def test_date_word_after_place_does_not_block(text: str, name: str) -> None:
    assert [p.name for _, p in find_places(text)] == [name]


@pytest.mark.parametrize("text", [
    # (a made-up hamlet: Vado Hondo itself is now in the corridor table)
    pytest.param("They walked on to Quebrada Hondo on Monday.", id="sentence"),
    pytest.param("Families rested in Quebrada Hondo, a hamlet near the border.",
                 id="apposition"),
    pytest.param("They slept at Quebrada Hondo, Guatemala.", id="qualified"),
])
def test_unknown_two_word_name_yields_no_shorter_foreign_match(text: str) -> None:
    assert find_places(text) == []


def test_possessive_place() -> None:
    """A possessive "'s" is not part of the name."""
    found = find_places("Hundreds camped in Tapachula's central park.")
    assert [p.name for _, p in found] == ["Tapachula"]
    found = find_places("They left San Pedro Sula’s bus terminal.")
    assert [p.name for _, p in found] == ["San Pedro Sula"]


def test_qualifier_country_must_agree() -> None:
    assert [p.country for _, p in find_places("They drove to El Paso, Texas.")] == ["US"]


# --- homonyms follow the article's countries (event-extractor report) ---------------------

ESCUINTLA_MX = (15.32, -92.66)
ESCUINTLA_GT = (14.30, -90.78)

HOMONYM_QUERIES = [
    # (query, countries, expected country, expected position)
    ("Escuintla", ("MX",), "MX", ESCUINTLA_MX),
    ("Escuintla", ("GT",), "GT", ESCUINTLA_GT),
    ("Escuintla", ("MX", "GT"), "MX", ESCUINTLA_MX),
    ("Escuintla", ("GT", "MX"), "GT", ESCUINTLA_GT),
    ("Escuintla, Chiapas", (), "MX", ESCUINTLA_MX),
    ("Escuintla, Chiapas", ("GT",), "MX", ESCUINTLA_MX),
    ("Escuintla, Guatemala", ("MX",), "GT", ESCUINTLA_GT),
    ("Juárez", (), "MX", (31.72, -106.46)),
    ("Juarez", ("US",), "MX", (31.72, -106.46)),
    ("Juárez", ("US", "MX"), "MX", (31.72, -106.46)),
    ("Huehuetán", (), "MX", (15.02, -92.40)),
    ("Huehuetán", ("GT", "MX"), "MX", (15.02, -92.40)),
    ("Agua Caliente", ("GT", "HN"), "GT", (14.49, -89.22)),
    ("Agua Caliente", ("HN", "GT"), "HN", (14.48, -89.22)),
]


@pytest.mark.parametrize(("query", "countries", "country", "where"), HOMONYM_QUERIES,
                         ids=[f"{q}-{'-'.join(c) or 'none'}" for q, c, _, _ in HOMONYM_QUERIES])
def test_geocode_place_homonyms_follow_countries(
    query: str, countries: tuple[str, ...], country: str, where: tuple[float, float]
) -> None:
    place = geocode_place(query, countries)
    assert place is not None
    assert place.country == country
    assert km((place.lat, place.lon), where) < 5


def test_corridor_table_has_both_escuintlas_and_huehuetan() -> None:
    rows = {(e.name, e.country): (e.lat, e.lon) for e in gazetteer.corridor_entries()}
    assert km(rows[("Escuintla", "MX")], ESCUINTLA_MX) < 3
    assert km(rows[("Escuintla", "GT")], ESCUINTLA_GT) < 3
    assert km(rows[("Huehuetán", "MX")], (15.02, -92.40)) < 3


HOMONYM_SENTENCES = [
    # (sentence, countries, expected name, expected country)
    ("By nightfall the marchers had walked on to Escuintla.", ("MX",), "Escuintla", "MX"),
    ("By nightfall the marchers had walked on to Escuintla.", ("GT",), "Escuintla", "GT"),
    ("By nightfall the marchers had walked on to Escuintla.", ("GT", "MX"), "Escuintla", "GT"),
    ("Volunteers fed the group in Escuintla, Chiapas, on Sunday.", ("GT",), "Escuintla", "MX"),
    ("The travellers slept in Juárez before queueing at the bridge.", ("US", "MX"),
     "Ciudad Juárez", "MX"),
    ("The travellers slept in Juárez before queueing at the bridge.", ("US",),
     "Ciudad Juárez", "MX"),
    ("Police waited for the walkers at Huehuetán.", ("MX",), "Huehuetán", "MX"),
    ("About 300 people crossed at Agua Caliente into Guatemala.", ("HN", "GT"),
     "Agua Caliente", "GT"),
    ("About 300 people crossed at Agua Caliente into Guatemala.", ("HN",),
     "Agua Caliente", "GT"),
    ("About 300 people crossed at Agua Caliente into Honduras.", ("GT", "HN"),
     "Agua Caliente", "HN"),
    ("Guards closed the post at Agua Caliente at dawn.", ("GT", "HN"), "Agua Caliente", "GT"),
    ("Guards closed the post at Agua Caliente at dawn.", ("HN", "GT"), "Agua Caliente", "HN"),
]


@pytest.mark.parametrize(("sentence", "countries", "name", "country"), HOMONYM_SENTENCES,
                         ids=[f"{s[:30]}-{'-'.join(c)}" for s, c, _, _ in HOMONYM_SENTENCES])
def test_find_places_homonyms_follow_countries(
    sentence: str, countries: tuple[str, ...], name: str, country: str
) -> None:
    found = [(p.name, p.country) for _, p in find_places(sentence, countries)]
    assert found == [(name, country)]


def test_into_country_does_not_reject_a_one_sided_place() -> None:
    # "into Guatemala" only chooses a side of a two-sided crossing; Tapachula stays.
    found = find_places("The group left Tapachula into Guatemala by mistake.", ("MX",))
    assert [(p.name, p.country) for _, p in found] == [("Tapachula", "MX")]


@pytest.mark.parametrize(("sentence", "countries"), [
    ("Caravan Rests In Vado Hondo", ()),
    ("Caravan Rests In Vado Hondo", ("GT", "HN")),
    ("Hundreds Sleep At Vado Hondo Before Walking On", ("HN",)),
], ids=["no-countries", "gt-hn", "at-hn"])
def test_headline_longer_name_does_not_match_foreign_last_word(
    sentence: str, countries: tuple[str, ...]
) -> None:
    assert [p for _, p in find_places(sentence, countries) if p.name == "Hondo"] == []


@pytest.mark.parametrize(("sentence", "name"), [
    ("Caravan Arrives In Mexico City", "Mexico City"),
    ("Migrants Rest In Southern Veracruz", "Veracruz"),
    ("Marchers Reach Tapachula After Long Night", "Tapachula"),
], ids=["mexico-city", "direction-word", "reach"])
def test_headline_places_still_found(sentence: str, name: str) -> None:
    assert name in [p.name for _, p in find_places(sentence, ("MX",))]


# --- country_only: a country phrase and nothing else -------------------------------------

COUNTRY_ONLY = [
    ("Mexico", "MX"),
    ("México", "MX"),
    ("southern Mexico", "MX"),
    ("the Mexican border", "MX"),
    ("Guatemalan territory", "GT"),
    ("the Honduran side", "HN"),
    ("the United States", "US"),
    ("territorio mexicano", "MX"),
    ("El Salvador", "SV"),
    ("Mexico City", None),
    ("Guatemala City", None),
    ("Panama City", None),
    ("Chiapas", None),
    ("New Mexico", None),
    ("Tapachula", None),
    ("Central America", None),
    ("the migrants crossed into Mexico", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "code"), COUNTRY_ONLY, ids=[t or "empty" for t, _ in COUNTRY_ONLY])
def test_country_only(text: str, code: str | None) -> None:
    assert country_only(text) == code


@pytest.mark.parametrize(("text", "code"), [
    ("Mexico City", "MX"), ("Guatemala City", "GT"), ("Chiapas state", "MX"),
], ids=["mexico-city", "guatemala-city", "chiapas"])
def test_geocode_country_keeps_city_countries(text: str, code: str) -> None:
    assert geocode_country(text) == code
