"""Tests for caravanwatch.extract.numbers: parse_number and find_quantities.

Every sentence here is written for these tests in the style of wire copy, local papers,
NGOs and partisan sites; none is copied from a real article.
"""

from __future__ import annotations

from typing import Any

import pytest

from caravanwatch.extract.numbers import Quantity, find_quantities, parse_number

PARSE_CASES = [
    ("comma-thousands", "7,000", 7000),
    ("comma-millions", "1,250,000", 1250000),
    ("comma-decimal-tail", "1,234.5", 1234.5),
    ("spanish-thousands", "7.000", 7000),
    ("spanish-millions", "1.200.000", 1200000),
    ("decimal", "41.2", 41.2),
    ("spanish-decimal-comma", "41,2", 41.2),
    ("plain", "300", 300),
    ("decimal-million", "1.5 million", 1500000),
    ("two-million", "2 million", 2000000),
    ("billion", "5.7 billion", 5700000000),
    ("dollar", "$4", 4),
    ("dollar-billion", "$5.7 billion", 5700000000),
    ("percent-sign", "61%", 61),
    ("percent-word", "61 percent", 61),
    ("two-thousand", "two thousand", 2000),
    ("three-fifty", "three hundred and fifty", 350),
    ("hyphen-tens", "twenty-five", 25),
    ("a-dozen", "a dozen", 12),
    ("two-dozen", "two dozen", 24),
    ("half-million", "half a million", 500000),
    ("a-thousand", "a thousand", 1000),
    ("a-hundred", "a hundred", 100),
    ("seven-thousand-five-hundred", "seven thousand five hundred", 7500),
    ("es-dos-mil", "dos mil", 2000),
    ("es-unos-300", "unos 300", 300),
    ("es-un-millar", "un millar", 1000),
    ("es-cinco-mil", "5 mil", 5000),
    ("es-millones", "1,5 millones", 1500000),
    ("es-tres-mil-quinientos", "tres mil quinientos", 3500),
    ("es-treinta-y-cinco", "treinta y cinco", 35),
    ("es-doscientas", "doscientas", 200),
    ("es-mil-millones", "dos mil millones", 2000000000),
    ("es-un-millon", "un millón", 1000000),
    ("more-than-prefix", "more than 2,000", 2000),
    ("about-prefix", "about 1,500", 1500),
    ("usd-prefix", "US$200", 200),
]
PARSE_NONE = [
    ("dozens", "dozens"),
    ("hundreds", "hundreds"),
    ("thousands", "thousands"),
    ("tens-of-thousands", "tens of thousands"),
    ("es-miles", "miles"),
    ("es-miles-de", "miles de"),
    ("es-cientos", "cientos"),
    ("es-decenas", "decenas"),
    ("empty", ""),
    ("word", "caravan"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in PARSE_CASES],
                         ids=[c[0] for c in PARSE_CASES])
def test_parse_number(text: str, expected: float) -> None:
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", [c[1] for c in PARSE_NONE], ids=[c[0] for c in PARSE_NONE])
def test_parse_number_none(text: str) -> None:
    assert parse_number(text) is None


def _find(sentence: str, needle: str) -> Quantity:
    """The quantity whose span covers the first occurrence of ``needle``."""
    at = sentence.index(needle)
    hits = [q for q in find_quantities(sentence) if q.span[0] <= at < q.span[1]
            or at <= q.span[0] < at + len(needle)]
    assert hits, f"no quantity at {needle!r} in {find_quantities(sentence)}"
    return hits[0]


# (id, sentence, needle inside the quantity, expected attributes)
QUANTITY_CASES: list[tuple[str, str, str, dict[str, Any]]] = [
    # --- counts and qualifiers -------------------------------------------------------
    ("more-than", "More than 2,000 people fleeing violence have joined the convoy.", "2,000",
     {"value": 2000, "qualifier": "more_than", "noun": "people", "unit": "people", "kind": "count"}),
    ("over", "Over 500 migrants slept in the town square, officials said.", "500",
     {"value": 500, "qualifier": "more_than", "noun": "migrants"}),
    ("upwards-of", "Upwards of 3,000 Hondurans set out before dawn.", "3,000",
     {"qualifier": "more_than", "noun": "hondurans"}),
    ("in-excess-of", "Officials counted in excess of 4,000 migrants at the bridge.", "4,000",
     {"qualifier": "more_than"}),
    ("well-over", "Well over 1,000 people crossed the river on rafts.", "1,000",
     {"qualifier": "more_than", "value": 1000}),
    ("at-least", "At least 150 Salvadoran migrants departed in a group.", "150",
     {"qualifier": "at_least", "noun": "migrants", "value": 150}),
    ("no-fewer-than", "No fewer than 80 asylum seekers waited at the port of entry.", "80",
     {"qualifier": "at_least", "noun": "asylum seekers"}),
    ("about", "About 1,000 migrants began walking from the border city.", "1,000",
     {"qualifier": "about", "noun": "migrants"}),
    ("around", "Around 600 people rested at a shelter run by nuns.", "600",
     {"qualifier": "about", "noun": "people"}),
    ("roughly", "Roughly 400 migrants arrived on Tuesday.", "400", {"qualifier": "about"}),
    ("some", "Some 7,000 Central Americans are heading north.", "7,000",
     {"qualifier": "about", "noun": "central americans"}),
    ("approximately", "Approximately 7,000 people have crossed into Mexico.", "7,000",
     {"qualifier": "about"}),
    ("an-estimated", "An estimated 120,000 migrants live in the city.", "120,000",
     {"qualifier": "about", "value": 120000}),
    ("estimated-at", "The caravan, estimated at 4,000 people, rested.", "4,000",
     {"qualifier": "about", "noun": "people"}),
    ("estimated-to-number-at-least", "A group estimated to number at least 3,500 pressed on.",
     "3,500", {"qualifier": "at_least", "value": 3500}),
    ("nearly", "Nearly 2,000 people gathered at the bus terminal.", "2,000",
     {"qualifier": "almost"}),
    ("almost", "Almost 2,000 people from all over Honduras gathered.", "2,000",
     {"qualifier": "almost"}),
    ("close-to", "Close to 5,000 migrants were counted by the UN agency.", "5,000",
     {"qualifier": "almost"}),
    ("just-under", "Just under 900 migrants boarded the buses.", "900", {"qualifier": "almost"}),
    ("up-to", "Up to 10,000 migrants are being arrested per day this month.", "10,000",
     {"qualifier": "up_to", "unit": "per_day"}),
    ("as-many-as", "As many as 12,000 people could join the march, organizers said.", "12,000",
     {"qualifier": "up_to"}),
    ("or-more", "A group of 300 or more waited in the plaza.", "300",
     {"qualifier": "at_least"}),
    ("or-so", "They had another 3,000 miles or so to walk.", "3,000",
     {"qualifier": "about", "kind": "distance", "unit": "miles"}),
    ("plus", "A 2,000-plus caravan reached the river.", "2,000", {"qualifier": "more_than"}),
    ("exact", "The group of 300 migrants set out from a shelter.", "300",
     {"qualifier": "exact", "noun": "migrants", "value": 300}),
    ("more-noun", "About 1,000 more migrants joined the caravan.", "1,000",
     {"noun": "migrants"}),
    ("adjective-noun", "Some 2,500 undocumented migrants slept outdoors.", "2,500",
     {"noun": "migrants"}),
    ("words", "Two thousand Hondurans walked toward the border.", "Two thousand",
     {"value": 2000, "noun": "hondurans"}),
    ("words-and", "Three hundred and fifty migrants boarded trucks.", "Three hundred",
     {"value": 350}),
    ("a-dozen", "A dozen activists were detained, police said.", "dozen", {"value": 12}),
    ("half-a-million", "Half a million Venezuelans have left, the agency said.", "Half",
     {"value": 500000}),
    ("million-figure", "There were over 2 million arrests in each of the last two years.", "2 million",
     {"value": 2000000, "qualifier": "more_than", "noun": "arrests"}),
    ("vague-thousands", "Thousands of migrants continued the march Wednesday.", "Thousands",
     {"value": None, "noun": "migrants", "kind": "count"}),
    ("vague-hundreds", "Hundreds of Honduran migrants started walking.", "Hundreds",
     {"value": None, "noun": "migrants"}),
    ("vague-dozens", "Dozens of police officers lined the road.", "Dozens",
     {"value": None, "noun": "police officers"}),
    ("vague-tens-of-thousands", "Tens of thousands of people have fled.", "Tens",
     {"value": None}),
    ("partitive-them", "At least 1,000 of them have requested asylum.", "1,000",
     {"noun": "them", "qualifier": "at_least"}),
    ("partitive-the", "Some 300 of the migrants accepted the offer.", "300",
     {"noun": "migrants"}),
    ("police", "Guatemala deployed about 100 anti-riot police to block the road.", "100",
     {"noun": "anti-riot police", "unit": "police"}),
    ("troops", "The Pentagon sent 5,200 troops to the border.", "5,200",
     {"noun": "troops", "unit": "troops"}),
    ("national-guard", "More than 14,000 National Guard members were deployed.", "14,000",
     {"noun": "national guard", "unit": "troops"}),
    ("soldiers", "Mexico stationed 6,000 soldiers in the south.", "6,000", {"unit": "troops"}),
    ("agents", "About 200 Border Patrol agents waited at the crossing.", "200",
     {"noun": "border patrol agents", "unit": "police"}),
    ("buses", "The migrants rolled into town on nine buses.", "nine",
     {"value": 9, "noun": "buses"}),
    ("applications", "Mexico received around 1,000 applications for asylum.", "1,000",
     {"noun": "applications", "unit": "people"}),
    ("deportations", "Mexico carried out 86,000 deportations this year.", "86,000",
     {"noun": "deportations", "unit": "people"}),
    ("es-un-millar", "Un millar de migrantes salió de Tapachula.", "millar",
     {"value": 1000, "qualifier": "about", "noun": "migrantes"}),
    ("compound-strong", "A 1,000-strong group reached the bridge.", "1,000",
     {"noun": "strong", "value": 1000}),
    ("compound-member", "A 7,000-member caravan is traveling through Mexico.", "7,000",
     {"noun": "member"}),
    # --- ranges ------------------------------------------------------------------------
    ("range-between", "Between 4,000 and 5,000 migrants slept in the stadium.", "4,000",
     {"value": 4000, "upper": 5000, "is_range": True, "qualifier": "at_least",
      "noun": "migrants"}),
    ("range-to", "Between 200 to 300 people migrate each day.", "200",
     {"value": 200, "is_range": True, "unit": "per_day"}),
    ("range-to-plain", "Every day 200 to 300 Salvadorans leave the country.", "200",
     {"value": 200, "upper": 300, "is_range": True}),
    ("range-hyphen", "Organizers expect 200-300 people on the first day.", "200",
     {"value": 200, "is_range": True}),
    ("range-hyphen-thousands", "A caravan of 4,000-5,000 people formed.", "4,000",
     {"value": 4000, "upper": 5000, "is_range": True}),
    ("range-es-entre", "Entre 4.000 y 5.000 migrantes durmieron en el estadio.", "4.000",
     {"value": 4000, "upper": 5000, "is_range": True, "noun": "migrantes"}),
    ("range-money", "Wages are only $4-$5 per day in Honduras.", "$4",
     {"value": 4, "is_range": True, "kind": "money", "unit": "usd_per_day"}),
    ("range-or", "Two or three hundred migrants waited.", "Two",
     {"kind": "count"}),
    ("not-range-from-to", "The number rose from 2,000 to 3,000 migrants.", "3,000",
     {"value": 3000, "is_range": False}),
    ("not-range-and", "Police detained 40 men and 12 women.", "40",
     {"value": 40, "is_range": False}),
    # --- Spanish ---------------------------------------------------------------------
    ("es-mas-de", "Más de 1,000 hondureños cruzaron la frontera.", "1,000",
     {"qualifier": "more_than", "noun": "hondureños", "unit": "people"}),
    ("es-unos", "Unos 2.000 migrantes salieron de Tapachula.", "2.000",
     {"qualifier": "about", "value": 2000, "noun": "migrantes"}),
    ("es-unas", "Otro grupo conformado por unas 200 personas cruzó.", "200",
     {"qualifier": "about", "noun": "personas"}),
    ("es-al-menos", "Al menos 300 personas fueron atendidas.", "300",
     {"qualifier": "at_least"}),
    ("es-por-lo-menos", "Por lo menos 50 agentes bloquearon el paso.", "50",
     {"qualifier": "at_least", "unit": "police"}),
    ("es-casi", "Casi 3.000 migrantes esperan en la frontera.", "3.000",
     {"qualifier": "almost", "value": 3000}),
    ("es-cerca-de", "Cerca de 500 personas pernoctaron en el parque.", "500",
     {"qualifier": "almost"}),
    ("es-alrededor-de", "Alrededor de 700 migrantes llegaron a Huixtla.", "700",
     {"qualifier": "about"}),
    ("es-hasta", "Hasta 5.000 migrantes podrían sumarse.", "5.000", {"qualifier": "up_to"}),
    ("es-mas-bare", "De donde más 500 salieron hacia la frontera.", "500",
     {"qualifier": "more_than", "value": 500}),
    ("es-dos-mil-words", "Un grupo de más de dos mil hondureños empezó a caminar.", "dos mil",
     {"value": 2000, "qualifier": "more_than", "noun": "hondureños"}),
    ("es-mil", "Se encuentran más de 5 mil migrantes de Haití.", "5 mil",
     {"value": 5000, "qualifier": "more_than", "noun": "migrantes"}),
    ("es-miles-de", "Miles de migrantes llegaron a la frontera.", "Miles",
     {"value": None, "noun": "migrantes"}),
    ("es-per-day", "Logran obtener apenas unos 150 pesos diarios.", "150",
     {"kind": "money", "unit": "per_day", "currency": "mxn", "qualifier": "about"}),
    ("es-2000-migrantes", "Un grupo de 2000 migrantes partió de la frontera sur.", "2000",
     {"kind": "count", "value": 2000, "noun": "migrantes"}),
    ("es-soldados", "Unos 400 soldados vigilaban el río.", "400",
     {"unit": "troops"}),
    # --- percent and money -------------------------------------------------------------
    ("percent-word", "Arrests rose 61 percent from last year.", "61",
     {"kind": "percent", "value": 61, "unit": "percent", "noun": "percent"}),
    ("percent-sign", "Apprehensions jumped 43% between June and September.", "43",
     {"kind": "percent", "unit": "percent"}),
    ("percent-per-cent", "Some 20 per cent of the marchers are children.", "20",
     {"kind": "percent", "qualifier": "about"}),
    ("percent-es", "El 30 por ciento de los migrantes son menores.", "30",
     {"kind": "percent"}),
    ("money-dollars", "Each paid the $1 fare to ride a bus.", "$1",
     {"kind": "money", "unit": "usd", "value": 1, "noun": "dollars"}),
    ("money-billion", "Trump demanded $5.7 billion for a border wall.", "$5.7",
     {"kind": "money", "value": 5700000000}),
    ("money-a-day", "Many earn $4 a day picking coffee.", "$4",
     {"kind": "money", "unit": "usd_per_day"}),
    ("money-word", "Smugglers charge 7,000 dollars per person.", "7,000",
     {"kind": "money", "unit": "usd", "currency": "usd"}),
    ("money-lempiras", "A bus ticket costs 300 lempiras.", "300",
     {"kind": "money", "currency": "hnl"}),
    # --- distances -----------------------------------------------------------------------
    ("distance-miles", "The group advanced 58 miles to the city of Esquipulas.", "58",
     {"kind": "distance", "unit": "miles", "noun": "miles"}),
    ("distance-km", "Mapastepec lies about 100 km away.", "100",
     {"kind": "distance", "unit": "km", "qualifier": "about", "noun": "kilometers"}),
    ("distance-kilometers", "They walked 40 kilometers on Monday.", "40",
     {"kind": "distance", "unit": "km"}),
    ("distance-es", "Caminaron en tres días 41.2 kilómetros desde Tapachula.", "41.2",
     {"kind": "distance", "value": 41.2, "unit": "km"}),
    ("distance-compound", "The 1,000-mile journey began in San Pedro Sula.", "1,000",
     {"kind": "distance", "unit": "miles"}),
    ("distance-two-units", "Mapastepec, about 100 km away (62.1 miles), is next.", "62.1",
     {"kind": "distance", "unit": "miles"}),
    # --- years ---------------------------------------------------------------------------
    ("year-in", "Mexico deported more than 94,000 migrants in 2017.", "2017", {"kind": "year"}),
    ("year-alone", "The 2018 caravan drew worldwide attention.", "2018", {"kind": "year"}),
    ("year-possessive", "2018's caravans changed the debate.", "2018", {"kind": "year"}),
    ("year-since", "It is the largest group since 2018, activists said.", "2018",
     {"kind": "year"}),
    ("year-es", "La mayor caravana desde 2018 partió el miércoles.", "2018", {"kind": "year"}),
    ("year-fiscal", "Arrests in fiscal 2019 broke records.", "2019", {"kind": "year"}),
    ("year-span-short", "Encounters in 2018-19 doubled.", "19", {"kind": "year"}),
    ("year-range", "Between 2018 and 2020, three caravans left.", "2020", {"kind": "year"}),
    ("year-of-date", "On Jan. 16, 2020, police stopped the group.", "2020", {"kind": "year"}),
    # --- ages ----------------------------------------------------------------------------
    ("age-year-old", "A 23-year-old mother carried her baby.", "23", {"kind": "age"}),
    ("age-years-old", "The boy, 8 years old, walked all day.", "8", {"kind": "age"}),
    ("age-aged", "A man aged 45 died of a heart attack.", "45", {"kind": "age"}),
    ("age-ap-comma", "Maria Lopez, 32, said she left Choluteca with her sons.", "32",
     {"kind": "age"}),
    ("age-es", "Una mujer de 23 años dio a luz en el camino.", "23", {"kind": "age"}),
    ("age-es-edad", "El niño tenía 7 años de edad.", "7", {"kind": "age"}),
    # --- dates and times -----------------------------------------------------------------
    ("date-oct", "The WhatsApp group intends to leave on Oct. 31.", "31", {"kind": "date"}),
    ("date-day-month", "They were travelling since 12th October.", "12", {"kind": "date"}),
    ("date-uk", "On 13 October 2018 the march began.", "13", {"kind": "date"}),
    ("date-es", "La caravana salió el 13 de octubre.", "13", {"kind": "date"}),
    ("date-range", "Talks are set for Oct 13-14 in Mexico City.", "13", {"kind": "date"}),
    ("time-pm", "The migrants set off at 3 p.m. from the plaza.", "3", {"kind": "time"}),
    ("time-am", "The bus left at 5 a.m. sharp.", "5", {"kind": "time"}),
    ("time-colon", "The march started at 10:30 near the bridge.", "10:30", {"kind": "time"}),
    ("time-es-dot", "Cruzaron hacia las 08.00 hora local.", "08.00", {"kind": "time"}),
    ("time-es-gmt", "Cruzaron a las 8 (14.00 GMT).", "14.00", {"kind": "time"}),
    ("time-es-las", "Salieron a las 4 de la madrugada.", "4", {"kind": "time"}),
    ("time-es-horas", "El éxodo comenzó a las 04:00 horas.", "04:00", {"kind": "time"}),
    # --- ordinals and other -------------------------------------------------------------
    ("ordinal", "It is the 5th caravan this year.", "5", {"kind": "ordinal"}),
    ("ordinal-es", "Es la 3ª caravana del año.", "3", {"kind": "ordinal"}),
    ("covid", "Title 42 was imposed during COVID-19.", "19", {"kind": "other"}),
    ("title-42", "Title 42 allowed agents to expel migrants.", "42", {"kind": "other"}),
    ("highway", "They walked along Highway 200 toward Oaxaca.", "200", {"kind": "other"}),
    ("carretera", "Avanzaron por la carretera 200 hacia Oaxaca.", "200", {"kind": "other"}),
    ("interstate", "Traffic on I-5 slowed near the port of entry.", "5", {"kind": "other"}),
    ("route", "They followed Route 1 south.", "1", {"kind": "other"}),
    ("ratio-seventh", "A caravan is about 1/7th of the monthly average.", "7", {"kind": "other"}),
    ("ratio-in", "One in 5 migrants is a child, the agency said; 1 in 4 are women.", "4",
     {"kind": "percent", "value": 25.0}),
    ("phone", "Call the hotline at (202) 555-0143 for help.", "0143", {"kind": "other"}),
    ("phone-intl", "The shelter's number is +52 962 123 4567.", "4567", {"kind": "other"}),
    ("km-marker", "Bloquearon el paso a la altura del kilómetro 18.", "18", {"kind": "other"}),
    ("article", "Article 33 of the constitution lets Mexico expel foreigners.", "33",
     {"kind": "other"}),
]


@pytest.mark.parametrize(("sentence", "needle", "expected"), [c[1:] for c in QUANTITY_CASES],
                         ids=[c[0] for c in QUANTITY_CASES])
def test_find_quantities(sentence: str, needle: str, expected: dict[str, Any]) -> None:
    q = _find(sentence, needle)
    for field, value in expected.items():
        got = getattr(q, field)
        if isinstance(value, float | int) and not isinstance(value, bool) and got is not None:
            assert got == pytest.approx(value), (field, q)
        else:
            assert got == value, (field, q)


def test_span_covers_qualifier_and_text_matches() -> None:
    s = "A caravan of more than 300 migrants left."
    (q,) = find_quantities(s)
    assert q.text == "more than 300"
    assert s[q.span[0]:q.span[1]] == q.text


def test_figure_value_percent() -> None:
    (q,) = find_quantities("This is a 61 percent increase.")
    assert q.figure_value == pytest.approx(0.61)


def test_figure_value_count() -> None:
    (q,) = find_quantities("Mexico deported 94,000 people.")
    assert q.figure_value == 94000


def test_no_numbers() -> None:
    assert find_quantities("The caravan rested in the shade of the church.") == []


def test_one_is_not_a_count() -> None:
    assert find_quantities("One of the organizers was arrested.") == []


def test_miles_distance_not_vague() -> None:
    kinds = [q.kind for q in find_quantities("They walked 20 miles.")]
    assert kinds == ["distance"]


@pytest.mark.xfail(strict=True, reason="'Two or three hundred' is not read as 200-300: the "
                                         "scale of the second number is not distributed")
def test_distributed_scale_range() -> None:
    q = find_quantities("Two or three hundred migrants waited.")[0]
    assert (q.value, q.is_range) == (200, True)


@pytest.mark.xfail(strict=True, reason="'a hundred-odd' style approximations are not "
                                         "recognised as 'about'")
def test_odd_suffix() -> None:
    q = find_quantities("A hundred-odd migrants waited.")[0]
    assert q.qualifier == "about"


@pytest.mark.parametrize(("sentence", "kind", "unit"), [
    ("Between 20 and 30 percent of the marchers are minors.", "percent", "percent"),
    ("They walked 20-25 kilometers a day.", "distance", "km"),
    ("Smugglers charge 5,000 to 7,000 dollars.", "money", "usd"),
], ids=["range-percent", "range-distance", "range-money-word"])
def test_range_unit_after_upper_bound(sentence: str, kind: str, unit: str) -> None:
    (q,) = find_quantities(sentence)
    assert (q.kind, q.unit, q.is_range) == (kind, unit, True)
