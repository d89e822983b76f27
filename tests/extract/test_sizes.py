"""Tests for caravanwatch.extract.sizes.find_group_size.

Sentences written for these tests in wire, local-paper, NGO and partisan styles.
"""

from __future__ import annotations

import pytest

from caravanwatch.extract.sizes import GROUP_NOUNS, find_group_size, find_group_sizes

# (id, sentence, value, qualifier)
SIZE_CASES = [
    ("ap-more-than", "The group of more than 300 Salvadorans left the capital on Sunday.", 300,
     "more_than"),
    ("reuters-at-least", ("SAN SALVADOR (Reuters) - At least 150 Salvadoran migrants departed "
     "in a group for the United States on Wednesday."), 150, "at_least"),
    ("almost", "Almost 2,000 people gathered in San Pedro Sula to travel together.", 2000,
     "almost"),
    ("some-central-americans", "Some 7,000 Central Americans are making their way north.", 7000,
     "about"),
    ("strong", "A 1,000-strong group of migrants reached the Suchiate river.", 1000, "exact"),
    ("member", "A 7,000-member caravan is traveling through Mexico.", 7000, "exact"),
    ("person", "A 500-person caravan left Tapachula at dawn.", 500, "exact"),
    ("caravan-of", "A caravan of 2,000 left the bus terminal before sunrise.", 2000, "exact"),
    ("caravan-of-more-than", "A caravan of more than 1,000 migrants from Venezuela left.", 1000,
     "more_than"),
    ("group-of-about", "A different group of about 600 rested at a shelter.", 600, "about"),
    ("words", "Two thousand Hondurans set off from San Pedro Sula.", 2000, "exact"),
    ("numbering", "The group, numbering about 1,500, rested in Huixtla.", 1500, "about"),
    ("estimated-at", "A caravan estimated at 4,000 people crossed into Chiapas.", 4000, "about"),
    ("estimated-to-number", ("A group of mostly Hondurans, estimated to number at least 3,500, "
     "is now in southern Mexico."), 3500, "at_least"),
    ("with-members", "The caravan, with 3,000 members, resumed its march.", 3000, "exact"),
    ("more-joined", "By Monday, about 1,000 more migrants joined the caravan.", 1000, "about"),
    ("range", "On Wednesday morning, between 900 and 1,000 Hondurans gathered at the border.",
     900, "at_least"),
    ("range-hyphen", "A group of 200-300 people waited at the bridge.", 200, "at_least"),
    ("rolled-in", ("About 400 migrants, mostly from Central America, rolled into the border "
     "city on nine buses."), 400, "about"),
    ("asylum-seekers", "Nearly 800 asylum seekers camped outside the port of entry.", 800,
     "almost"),
    ("marchers", "Roughly 2,500 marchers walked along the highway.", 2500, "about"),
    ("travelers", "Upwards of 1,200 travelers slept in the plaza.", 1200, "more_than"),
    ("persons", "A caravan of 300 persons is small by comparison.", 300, "exact"),
    ("haitians", "About 600 Haitians set out on foot from Tapachula.", 600, "about"),
    ("venezuelans", "More than 1,500 Venezuelans crossed the Darién.", 1500, "more_than"),
    ("children-included", ("Approximately 7,000 people, including thousands of families and "
     "children, have crossed into Mexico."), 7000, "about"),
    ("children-not-size", "The caravan of 2,000, including 500 children, walked 58 miles.",
     2000, "exact"),
    ("largest-wins", "About 300 migrants joined the 2,000 people already in Tapachula.", 2000,
     "exact"),
    ("of-them", "At least 1,000 of them have requested asylum in Mexico.", 1000, "at_least"),
    ("bare-verb", "Some were arrested but about 400 eluded capture and continued north.", 400,
     "about"),
    ("npr-style", "Organizers said about 1,500 people are expected to head north on Tuesday.",
     1500, "about"),
    ("partisan", "Already, a 7,000-member migrant caravan is marching on the U.S. border.",
     7000, "exact"),
    ("ngo", "Our teams assisted 1,300 people travelling in the caravan near Tecún Umán.", 1300,
     "exact"),
    ("local-paper", ("More than 200 migrants arrived in Juchitán late Monday, city officials "
     "said."), 200, "more_than"),
    ("afp-column", "A column of some 3,000 migrants advanced along the coastal highway.", 3000,
     "about"),
    ("contingent", "A contingent of 400 Cubans joined the march in Huixtla.", 400, "exact"),
    ("exodus-es", "El éxodo de unos 4.000 migrantes avanzó hacia Oaxaca.", 4000, "about"),
    ("two-year-digits", "The 2000 migrants rested in the stadium overnight.", 2000, "exact"),
    # Spanish
    ("es-unos", "Unos 2.000 migrantes salieron de Tapachula este sábado.", 2000, "about"),
    ("es-mas-de", "Más de 300 personas fueron atendidas por la Cruz Roja.", 300, "more_than"),
    ("es-mas-de-mil", "Más de 1,000 hondureños cruzaron este jueves el punto fronterizo.", 1000,
     "more_than"),
    ("es-grupo-dos-mil", "El sábado, un grupo de más de dos mil hondureños empezó una caminata.",
     2000, "more_than"),
    ("es-conformado", "Minutos antes cruzó otro grupo conformado por unas 200 personas.", 200,
     "about"),
    ("es-integrada", "La caravana, integrada por 1.500 centroamericanos, llegó a Arriaga.", 1500,
     "exact"),
    ("es-mil-words", "Cerca de tres mil migrantes durmieron en el parque central.", 3000,
     "almost"),
    ("es-caravana-de", "Una caravana de 800 personas partió de San Pedro Sula.", 800, "exact"),
    ("es-bare-verb", "De donde más 500 salieron hacia las 03.00 rumbo a la frontera.", 500,
     "more_than"),
    ("es-entre", "Entre 4.000 y 5.000 migrantes durmieron en Mapastepec.", 4000, "at_least"),
    ("es-integrantes", "La caravana suma ya unos 6.000 integrantes.", 6000, "about"),
    ("es-un-millar", "Un millar de migrantes haitianos salió de Tapachula.", 1000, "about"),
    ("es-casi", "Casi 2.500 venezolanos esperan en la frontera.", 2500, "almost"),
]

# (id, sentence): no group size
NO_SIZE_CASES = [
    ("thousands", "Thousands of migrants continued their march on Wednesday."),
    ("hundreds", "Hundreds of Honduran migrants started walking from San Pedro Sula."),
    ("es-miles", "Miles de migrantes llegaron a la frontera sur."),
    ("es-cientos", "Cientos de personas esperaban en el puente."),
    ("dozens", "Dozens of families slept under tarps."),
    ("year", "The caravan reached the border in 2018."),
    ("year-es", "La caravana llegó a la frontera en 2018."),
    ("age", "A 23-year-old mother from Olancho carried her baby."),
    ("age-comma", "Jose Martinez, 34, said he walked for days."),
    ("date", "The migrants left on Oct. 13 from San Pedro Sula."),
    ("date-es", "Los migrantes salieron el 13 de octubre de San Pedro Sula."),
    ("time", "The migrants set off at 3 p.m. from the main square."),
    ("distance", "The group advanced 58 miles to Esquipulas."),
    ("distance-km", "They walked 40 kilometers under the sun."),
    ("money", "Many paid the $1 fare to ride a bus."),
    ("money-a-day", "Farmworkers earn $4 a day in Honduras."),
    ("percent", "Arrests rose 61 percent from a year earlier."),
    ("police", "Guatemala deployed about 100 anti-riot police to block the highway."),
    ("troops", "The Pentagon sent 5,200 troops to the southern border."),
    ("soldiers", "Some 400 soldiers blocked the bridge."),
    ("officers", "More than 300 officers formed a human wall."),
    ("agents", "About 200 Border Patrol agents waited on the other side."),
    ("national-guard", "More than 14,000 National Guard members were deployed in the south."),
    ("buses", "The migrants boarded 30 buses bound for Mexico City."),
    ("trucks", "Dozens of migrants climbed onto 12 trucks."),
    ("vehicles", "Police stopped 40 vehicles at the checkpoint."),
    ("days", "The migrants walked for 12 days."),
    ("hours", "They walked about six hours before stopping."),
    ("children-only", "Aid workers counted 500 children among the marchers."),
    ("women-only", "About 200 women were given medical checks."),
    ("title-42", "Title 42 let agents expel migrants quickly."),
    ("covid", "COVID-19 restrictions closed the border."),
    ("highway", "The caravan walked along Highway 200 toward Oaxaca."),
    ("interstate", "Traffic on I-5 backed up for miles."),
    ("ratio", "A caravan is only about 1/7th of the monthly average."),
    ("phone", "Call (202) 555-0143 for information."),
    ("no-number", "The caravan rested in the shade of the church."),
    ("one", "One of the organizers was arrested by police."),
    ("es-policias", "Unos 300 policías bloquearon el puente."),
    ("es-kilometros", "Caminaron unos 20 kilómetros bajo el sol."),
    ("es-hora", "Cruzaron hacia las 08.00 hora local."),
    ("es-pesos", "Ganan apenas unos 150 pesos diarios."),
    ("es-anos", "Una mujer de 23 años dio a luz en el camino."),
    ("es-soldados", "Unos 400 soldados vigilaban el río."),
    ("es-carretera", "Avanzaron por la carretera 200."),
]


@pytest.mark.parametrize(("sentence", "value", "qualifier"), [c[1:] for c in SIZE_CASES],
                         ids=[c[0] for c in SIZE_CASES])
def test_group_size(sentence: str, value: int, qualifier: str) -> None:
    size = find_group_size(sentence)
    assert size is not None
    assert (size.value, size.qualifier) == (value, qualifier)
    assert isinstance(size.value, int)
    assert sentence[size.span[0]:size.span[1]] == size.text


@pytest.mark.parametrize("sentence", [c[1] for c in NO_SIZE_CASES],
                         ids=[c[0] for c in NO_SIZE_CASES])
def test_no_group_size(sentence: str) -> None:
    assert find_group_size(sentence) is None


def test_span_text_includes_noun() -> None:
    size = find_group_size("A caravan of more than 300 migrants left on Sunday.")
    assert size is not None and size.text == "more than 300 migrants"


def test_group_nouns_lexicon() -> None:
    assert {"migrants", "people", "hondurans", "central americans", "asylum seekers",
            "migrantes", "personas"} <= GROUP_NOUNS
    assert not {"police", "troops", "children", "families", "buses"} & GROUP_NOUNS


@pytest.mark.xfail(strict=True, reason="the largest-count convention picks the whole "
                                         "caravan when the sentence is about a part that left")
def test_part_of_caravan_left() -> None:
    size = find_group_size("Of the 3,000 migrants, about 500 left for Mexico City on Sunday.")
    assert size is not None and size.value == 500


def test_copular_size() -> None:
    """'they were N' with no counted noun is the group's size (organisers' count)."""
    size = find_group_size("By nightfall they were some 2,000, organizers said.")
    assert size is not None and size.value == 2000


# --- more ways to state a group's size ------------------------------------------------
# (id, sentence, value, qualifier)
MORE_SIZE_CASES = [
    ("with-estimated-participants", ("The march left the plaza on Monday with an estimated "
     "2,400 participants, most of them Venezuelan."), 2400, "about"),
    ("people-from-the-group", "Officials said 65 people from the group asked for asylum.", 65,
     "exact"),
    ("dateline-some", ("OAXACA, Mexico (AP) — Some 1,800 migrants resumed their trek north "
     "on Wednesday."), 1800, "about"),
    ("dateline-local", ("CIUDAD HIDALGO — Unos 900 migrantes cruzaron el río al amanecer."),
     900, "about"),
    ("group-of-roughly", "Police stopped a group of roughly 250 near the checkpoint.", 250,
     "about"),
    ("organizers-put-at", "The caravan, which organizers put at 3,500, rested in Huixtla.",
     3500, "exact"),
    ("police-pegged", "Police pegged the crowd at 1,200 as it left the park.", 1200, "exact"),
    ("numbers-swelled", "By Thursday their numbers had swelled to about 5,000.", 5000, "about"),
    ("ranks-grew", "The column's ranks grew to nearly 3,000 after the border.", 3000, "almost"),
    ("estimated-strong", "An estimated 1,200-strong column set off before dawn.", 1200, "about"),
    ("strong-no-hyphen", "The caravan, some 2,000 strong, crossed the bridge on foot.", 2000,
     "about"),
    ("strong-no-hyphen-peak", "At its peak the march was roughly 4,000 strong.", 4000, "about"),
    ("scare-quotes", ("Yet another caravan of 600 \u201cmigrants\u201d is heading for our "
     "border, the group said."), 600, "exact"),
    ("scare-quotes-noun", 'With roughly 900 "asylum seekers" in tow, the caravan moved on.',
     900, "about"),
    ("holdouts", "About 350 holdouts refused the permits and walked on.", 350, "about"),
    ("stragglers", "Some 120 stragglers reached the shelter after dark.", 120, "about"),
    ("partisan-invaders", "A mob of more than 7,000 migrants is marching on our border.", 7000,
     "more_than"),
]


@pytest.mark.parametrize(("sentence", "value", "qualifier"), [c[1:] for c in MORE_SIZE_CASES],
                         ids=[c[0] for c in MORE_SIZE_CASES])
def test_more_group_sizes(sentence: str, value: int, qualifier: str) -> None:
    size = find_group_size(sentence)
    assert size is not None
    assert (size.value, size.qualifier) == (value, qualifier)


MORE_NO_SIZE_CASES = [
    ("several-hundred", "A crowd of several hundred gathered outside the shelter."),
    ("dozens", "Dozens of migrants waited at the bridge."),
    ("hundreds-of", "Hundreds of Hondurans set off again on Tuesday."),
    ("treated", "Medical teams treated 640 people travelling with the caravan."),
    ("vaccinated", "Health workers vaccinated more than 300 migrants in Huixtla."),
    ("served-meals", "The parish served 1,500 people in the march a hot meal."),
    ("es-atendieron", "Los médicos atendieron a 500 migrantes de la caravana."),
    ("soldiers-hurt", "Two soldiers were hurt in the scuffle with the marchers."),
    ("thousand-miles", "The migrants have walked a thousand miles from home."),
    ("percent", "Some 40 percent of the marchers are women."),
    ("money", "Smugglers charge about 7,000 dollars per person."),
    ("time", "The group set off at 4:30 a.m. from the plaza."),
    ("agents-deployed", "About 600 agents were deployed along the highway."),
    ("guardsmen", "Nearly 2,000 guardsmen lined the road north of the city."),
    ("waves-each", "Leaving in two waves of about 400 migrants each, the march set off."),
    ("they-were-miles", "By Friday they were 20 miles from the border."),
    ("they-are-hours", "They are 5 hours behind the first group."),
    ("groups-each-end", "Officials split them into buses of 40 people each."),
]


@pytest.mark.parametrize("sentence", [c[1] for c in MORE_NO_SIZE_CASES],
                         ids=[c[0] for c in MORE_NO_SIZE_CASES])
def test_more_no_group_size(sentence: str) -> None:
    assert find_group_size(sentence) is None


VERB_SIZE_CASES = [
    ("or-so", "Roughly 1,000 or so migrants left the shelter at dawn.", 1000, "about"),
    ("had-grown-to", "Organizers said the caravan had grown to 5,000 by Friday.", 5000, "exact"),
    ("has-swelled-to", "The group has swelled to about 3,000, aid workers said.", 3000, "about"),
    ("who-number", "The migrants, who number about 800, rested under the trees.", 800, "about"),
    ("which-totals", "The column, which now totals 1,400, left before sunrise.", 1400, "exact"),
    ("made-up-of", "A group made up of about 1,000 Hondurans set off.", 1000, "about"),
    ("comprising", "A caravan comprising some 700 people left the plaza.", 700, "about"),
    ("as-many-as", "As many as 2,000 migrants walked north on Monday.", 2000, "up_to"),
    ("apposition-dashes", "Hundreds of migrants — perhaps 1,500 — left the city at dawn.", 1500,
     "about"),
    ("apposition-in-all", "The marchers, about 900 in all, slept in the stadium.", 900, "about"),
    ("in-total", "The caravan left with 2,400 in total, police said.", 2400, "exact"),
    ("parenthesis", "The column (roughly 700) reached the river by noon.", 700, "about"),
    ("number-dropped", "Their number had dropped to around 400 by Sunday.", 400, "about"),
    ("put-number-of", "Officials put the number of migrants at 2,300.", 2300, "exact"),
    ("we-are", '"We are about 3,000," one of the organizers said.', 3000, "about"),
    ("each-floating", "Some 300 migrants each paid a smuggler to cross the river.", 300, "about"),
    ("each-later", "About 500 people left, each carrying a backpack.", 500, "about"),
]


@pytest.mark.parametrize(("sentence", "value", "qualifier"), [c[1:] for c in VERB_SIZE_CASES],
                         ids=[c[0] for c in VERB_SIZE_CASES])
def test_size_verbs_and_relatives(sentence: str, value: int, qualifier: str) -> None:
    size = find_group_size(sentence)
    assert size is not None and (size.value, size.qualifier) == (value, qualifier)


@pytest.mark.parametrize(("sentence", "values"), [
    ("About 1,000 more migrants joined the 3,000-strong caravan on Monday.", [3000, 1000]),
    ("Of the 2,000 migrants in the march, about 400 boarded buses.", [2000, 400]),
    ("Some 300 people left Tapachula while 1,200 stayed behind.", [300, 1200]),
    ("Nobody counted them.", []),
], ids=["join-and-caravan", "part-is-bare", "two-verbs", "none"])
def test_find_group_sizes_ranked(sentence: str, values: list[int]) -> None:
    sizes = find_group_sizes(sentence)
    assert [s.value for s in sizes] == values
    assert (sizes[0] if sizes else None) == find_group_size(sentence)
    assert all(sentence[s.span[0]:s.span[1]] == s.text for s in sizes)


UPPER_BOUND_CASES = [
    ("fewer-than", "Fewer than 200 migrants remained in the shelter.", 200, "up_to"),
    ("less-than", "Less than 300 people set off on Tuesday.", 300, "up_to"),
    ("no-more-than", "No more than 150 marchers reached the bridge.", 150, "up_to"),
    ("under", "Under 500 migrants were left in the caravan by Friday.", 500, "up_to"),
    ("at-most", "At most 300 people walked on.", 300, "up_to"),
    ("es-menos-de", "Menos de 100 migrantes siguieron la marcha.", 100, "up_to"),
    ("just-under-is-almost", "Just under 400 people left the plaza.", 400, "almost"),
    ("more-than-stays", "More than 300 migrants left the plaza.", 300, "more_than"),
]


@pytest.mark.parametrize(("sentence", "value", "qualifier"), [c[1:] for c in UPPER_BOUND_CASES],
                         ids=[c[0] for c in UPPER_BOUND_CASES])
def test_upper_bound_qualifiers(sentence: str, value: int, qualifier: str) -> None:
    size = find_group_size(sentence)
    assert size is not None and (size.value, size.qualifier) == (value, qualifier)
