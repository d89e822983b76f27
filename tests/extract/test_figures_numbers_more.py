"""Figures in words and numbers with no noun, troops, ranges and group sizes
(sentences written for these tests, in several outlets' styles)."""

from __future__ import annotations

import datetime as dt

import pytest
from figuring import figures_found, values

from caravanwatch.extract.figures import extract_figures

CASES: list[tuple[str, str, list[tuple[float, str]]]] = [
    # fractions in words are shares
    ("one-in-five", "Nearly one in five migrants at the shelter is a child, the UN agency said.",
     [(0.2, "percent")]),
    ("one-in-four-of-those",
     "About one in four of those apprehended by Border Patrol had been caught before.",
     [(0.25, "percent")]),
    ("a-quarter-of", "Roughly a quarter of the asylum seekers in Tijuana are from Honduras.",
     [(0.25, "percent")]),
    ("a-fifth-economy",
     "Remittances sent home by migrants make up about a fifth of the country's economy.",
     [(0.2, "percent")]),
    ("two-thirds", "Two-thirds of the migrants surveyed by the charity said they fled violence.",
     [(0.6667, "percent")]),
    ("half-of", "Half of the deportees flown to San Pedro Sula this year were women.",
     [(0.5, "percent")]),
    ("fell-by-a-quarter", "Donations to migrant shelters fell by about a quarter in 2024.",
     [(0.25, "percent")]),
    # numbers with no noun after them
    ("no-noun-alone", "Encounters with Cubans reached nearly 30,000 in June alone.",
     [(30000, "people")]),
    ("no-noun-elliptic",
     "Apprehensions of Hondurans topped 40,000 in March, and Guatemalans more than 35,500.",
     [(40000, "people"), (35500, "people")]),
    ("no-noun-a-day", "Border agents stopped migrants at a pace of roughly 6,300 a day.",
     [(6300, "per_day")]),
    ("no-noun-works-out", ("The agency counted 210,000 encounters in May. That works out to "
     "roughly 6,800 a day."), [(210000, "people"), (6800, "per_day")]),
    ("no-noun-at-most", ("Even with every march added up, the number of migrants would be at "
     "most 15,000, not 100,000."), [(15000, "people")]),
    # ranges
    ("range-stranded", ("Aid groups estimate that between 40,000 and 45,000 migrants are "
     "stranded in Tapachula."), [(40000, "people")]),
    ("range-shelters", ("Between 3,000 and 4,000 asylum seekers were waiting in Tijuana shelters "
     "this month, officials said."), [(3000, "people")]),
    ("range-daily", "Between 200 and 300 people cross the Suchiate River every day.",
     [(200, "per_day")]),
    # troops with a word before the noun
    ("troops-active-duty-soldiers", ("Roughly 5,200 active-duty soldiers have been deployed to "
     "the border to stop migrants."), [(5200, "troops")]),
    ("troops-active-duty-spaced", ("Another 3,000 active duty soldiers were deployed to Texas "
     "as the migrant caravan approached."), [(3000, "troops")]),
    ("troops-reserve", "The Pentagon deployed 2,100 reserve troops to the border over migration.",
     [(2100, "troops")]),
    # counted services to migrants
    ("consultations", "Doctors provided 2,340 consultations to migrants in the caravan last week.",
     [(2340, "people")]),
    ("medical-consultations", ("In 2022 the charity carried out more than 41,000 medical "
     "consultations for migrants in Chiapas."), [(41000, "people")]),
    ("consultations-children", "Its teams gave 620 consultations to migrant children this month.",
     [(620, "people")]),
    # distances that travel
    ("walked-north", "The migrants walked 40 miles north on Tuesday.", [(40, "miles")]),
]

NOT_FIGURES: list[tuple[str, str]] = [
    ("quarter-hour", "The migrants waited a quarter of an hour at the checkpoint."),
    ("first-half-year", ("In the first half of the year, migrants from the caravan crossed "
     "in larger numbers.")),
    ("half-an-hour", "The caravan walked for half an hour before resting."),
    ("comma-people", ('"They can deport 5,000 or 50,000, people will keep coming," said a '
     "migrant advocate.")),
    ("comma-migrants", ("Whether the caravan is 20,000, migrants will still try to cross, "
     "the bishop said.")),
    ("comma-people-years", "In 2019 and 2021, people joined migrant caravans in Tapachula."),
    ("here-reporter", ("There are around 2,500 people here, many of them children, the "
     "reporter said of the migrant caravan.")),
    ("here-tv", "REPORTER: We count at least 3,000 migrants here this morning."),
    ("put-its-size", ("Organizers put its size at 9,000 people; Mexican officials estimated "
     "fewer.")),
    ("put-their-number", ("The migrants walked toward Huixtla. Activists put their number at "
     "7,000.")),
    ("each-group", "The caravan split in four. The other three had fewer than 2,000 people each."),
    ("each-bus", "Migrants boarded buses carrying about 50 people each to Mexico City."),
    ("each-contingent", "Two more contingents left Tapachula with some 1,200 migrants each."),
    ("km-south-apposition", ("Officials offered the migrants buses to shelters in Monterrey, "
     "about 220 kilometers south.")),
    ("miles-west-apposition", "The migrant caravan rested in Arriaga, some 90 miles west."),
    ("police-sent", "On March 15, 2,000 police were sent to meet the migrant caravan."),
    ("federal-police", "About 500 federal police officers were deployed to block the migrants."),
    ("ages", "The youngest migrant was 3 and the oldest 81, the shelter said."),
    ("years", "The migrant caravans of 2018 and 2021 followed the same route."),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_figures_more(nlp, make_article, text: str, expected: list[tuple[float, str]]) -> None:  # type: ignore[no-untyped-def]
    assert figures_found(nlp, make_article, text, dt.date(2024, 6, 3)) == values(expected)


@pytest.mark.slow
@pytest.mark.parametrize("text", [c[1] for c in NOT_FIGURES], ids=[c[0] for c in NOT_FIGURES])
def test_not_figures_more(nlp, make_article, text: str) -> None:  # type: ignore[no-untyped-def]
    article = make_article(text=text, published=dt.date(2024, 6, 3))
    got = [(f.value, f.unit) for f in extract_figures(nlp(text), article)]
    assert got == []


MORE_CASES: list[tuple[str, str, list[tuple[float, str]]]] = [
    ("elliptic-people", "Border Patrol caught 9,000 migrants in April and 11,000 in May.",
     [(9000, "people"), (11000, "people")]),
    ("quoted-events-of", 'The INM reported 46,500 "events" of irregular migrants in January.',
     [(46500, "people")]),
    ("quoted-cases-of", ("Officials logged 3,200 cases of migrants held past the legal limit "
     "this year."), [(3200, "people")]),
    ("lead-normal-month", ("Our migrant shelter is full. In a normal month we receive around 900 "
     "people."), [(900, "per_month")]),
    ("lead-typical-day", ("On a typical day, about 400 migrants ask for asylum at the port, "
     "officers say."), [(400, "per_day")]),
    ("elliptic-soldiers", ('"They can send 10,000 soldiers or 100,000, people will keep coming," '
     "said a migrant advocate."), [(10000, "troops")]),
    ("share-women", ("The migrants came mostly from Honduras. About 40 percent were women and "
     "girls."), [(0.4, "percent")]),
    ("share-children", "Nearly 30 percent of them are children, the UN migration agency said.",
     [(0.3, "percent")]),
    ("total-at-most", ("Migrant advocates counted the marchers. Even if none overlapped, the total "
     "would be at most 12,000, not 500,000."), [(12000, "people")]),
    ("rate-own-number", ("Mexico returned about 3,200 migrants to Guatemala last month, and "
     "officials plan up to seven flights a day."), [(3200, "people")]),
]

MORE_NOT: list[tuple[str, str]] = [
    ("elliptic-pesos", "Smugglers ask migrants for 20,000 pesos or 30,000 at the border."),
    ("not-a-rate-duration", ("Around 1,500 migrants set out on foot from Tapachula, the second "
     "caravan to leave the city in less than a month.")),
    ("within-a-day", "About 800 migrants who joined the caravan reached Huixtla within a day."),
    ("soldiers-and-police", ("Around 200 Guatemalan soldiers and police officers had been posted at "
     "the crossing to stop the migrant caravan.")),
    ("troops-or-police", ("Some 400 troops and riot police blocked the bridge as the migrants "
     "approached.")),
    ("column-grow", "Organizers said the migrant column could grow to 3,000 people by Friday."),
    ("left-with", ("The January march, which left Tapachula with about 1,500 people, broke up "
     "within a week.")),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in MORE_CASES],
                         ids=[c[0] for c in MORE_CASES])
def test_figures_more_context(nlp, make_article, text: str,  # type: ignore[no-untyped-def]
                              expected: list[tuple[float, str]]) -> None:
    assert figures_found(nlp, make_article, text, dt.date(2024, 6, 3)) == values(expected)


@pytest.mark.slow
@pytest.mark.parametrize("text", [c[1] for c in MORE_NOT], ids=[c[0] for c in MORE_NOT])
def test_not_figures_more_context(nlp, make_article, text: str) -> None:  # type: ignore[no-untyped-def]
    article = make_article(text=text, published=dt.date(2024, 6, 3))
    assert [(f.value, f.unit) for f in extract_figures(nlp(text), article)] == []


SUBSET_CASES: list[tuple[str, str, list[tuple[float, str]]]] = [
    ("of-them-deported", ("Mexico detained more than 90,000 foreigners between January and "
     "March, and deported around 21,000 of them."), [(90000, "people"), (21000, "people")]),
    ("of-them-destination", ("More than 7 million Venezuelans have left their country since 2015, "
     "nearly 1.5 million of them to Colombia."), [(7000000, "people"), (1500000, "people")]),
    ("of-them-minors", ("Panama registered 4,100 migrants in the Darien this week; 600 of them "
     "were minors."), [(4100, "people"), (600, "people")]),
    ("mixed-force-border", ("The minister said 2,000 soldiers and police had been deployed along "
     "the border with Guatemala to stop migrants."), [(2000, "troops")]),
    ("forecast-end-of-year", ("The UN estimates that up to 300,000 migrants could cross the Darien "
     "jungle by the end of the year."), [(300000, "people")]),
]

SUBSET_NOT: list[tuple[str, str]] = [
    ("of-them-caravan", "A caravan of 3,000 migrants left Tapachula; 500 of them were children."),
    ("of-them-group", ("About 2,000 people walked out of Tapachula at dawn, and 300 of them turned "
     "back by noon.")),
    ("of-them-police", ("The state sent 800 police to the bridge as the migrants arrived, 200 of "
     "them in riot gear.")),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in SUBSET_CASES],
                         ids=[c[0] for c in SUBSET_CASES])
def test_figures_subsets(nlp, make_article, text: str,  # type: ignore[no-untyped-def]
                         expected: list[tuple[float, str]]) -> None:
    assert figures_found(nlp, make_article, text, dt.date(2024, 6, 3)) == values(expected)


@pytest.mark.slow
@pytest.mark.parametrize("text", [c[1] for c in SUBSET_NOT], ids=[c[0] for c in SUBSET_NOT])
def test_not_figures_subsets(nlp, make_article, text: str) -> None:  # type: ignore[no-untyped-def]
    article = make_article(text=text, published=dt.date(2024, 6, 3))
    assert [(f.value, f.unit) for f in extract_figures(nlp(text), article)] == []


GUARD_CASES: list[tuple[str, str, list[tuple[float, str]]]] = [
    ("here-in-city", ("The mayor said there are 6,000 migrants here in Tijuana's shelters this "
     "month."), [(6000, "people")]),
    ("walked-after-weekday", "The migrant caravan walked on Tuesday, some 40 miles north.",
     [(40, "miles")]),
    ("newspaper-column", ("In a column for the Times, she wrote that 2,500 asylum seekers were "
     "registered in Tijuana this month."), [(2500, "people")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in GUARD_CASES],
                         ids=[c[0] for c in GUARD_CASES])
def test_figures_guards(nlp, make_article, text: str,  # type: ignore[no-untyped-def]
                        expected: list[tuple[float, str]]) -> None:
    assert figures_found(nlp, make_article, text, dt.date(2024, 6, 3)) == values(expected)


LOAD_NOT: list[tuple[str, str]] = [
    ("flights-carrying", ("Three flights carrying about 320 deported migrants left San Antonio "
     "that day.")),
    ("buses-carrying", ("Two buses carrying 80 migrants left Tapachula for Mexico City on "
     "Monday.")),
    ("boats-with", "Coast guard boats with 45 migrants aboard docked at dawn."),
    ("still-together", ("The caravan shrank along the way, and only about 350 were still "
     "together at the border.")),
    ("remained-together", ("Of the migrants who left Tapachula, some 600 remained together "
     "on the road north.")),
]


@pytest.mark.slow
@pytest.mark.parametrize("text", [c[1] for c in LOAD_NOT], ids=[c[0] for c in LOAD_NOT])
def test_not_figures_loads(nlp, make_article, text: str) -> None:  # type: ignore[no-untyped-def]
    article = make_article(text=text, published=dt.date(2024, 6, 3))
    assert [(f.value, f.unit) for f in extract_figures(nlp(text), article)] == []


APPREHEND_CASES: list[tuple[str, str, list[tuple[float, str]]]] = [
    ("apprehended-tally", "Border Patrol apprehended 51,000 migrants in May, the agency said.",
     [(51000, "people")]),
    ("apprehended-year", "Agents apprehended 310 migrants on that stretch of river last year.",
     [(310, "people")]),
]

APPREHEND_NOT: list[tuple[str, str]] = [
    ("apprehended-one-day", ("On 7 August, border police apprehended 23 migrants on the river who "
     "refused to register.")),
    ("apprehended-near", ("Soldiers apprehended about 150 migrants from the caravan near the "
     "bridge on Sunday.")),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in APPREHEND_CASES],
                         ids=[c[0] for c in APPREHEND_CASES])
def test_figures_apprehended(nlp, make_article, text: str,  # type: ignore[no-untyped-def]
                             expected: list[tuple[float, str]]) -> None:
    assert figures_found(nlp, make_article, text, dt.date(2024, 6, 3)) == values(expected)


@pytest.mark.slow
@pytest.mark.parametrize("text", [c[1] for c in APPREHEND_NOT], ids=[c[0] for c in APPREHEND_NOT])
def test_not_figures_apprehended(nlp, make_article, text: str) -> None:  # type: ignore[no-untyped-def]
    article = make_article(text=text, published=dt.date(2024, 6, 3))
    assert [(f.value, f.unit) for f in extract_figures(nlp(text), article)] == []


def test_interview_window(nlp, make_article) -> None:  # type: ignore[no-untyped-def]
    text = ("Father Ruiz has run a migrant shelter in Oaxaca for a decade. We spoke to him "
            "on Monday afternoon by phone from the kitchen.\n\n"
            "Q: How many people came through your doors this time?\n\n"
            "A: Well over a thousand, depending on how you count the little ones. Some of "
            "them stayed only one night, others three or four nights, because the rain did "
            "not stop and the road north was closed by landslides near the river.\n\n"
            "Q: Is that unusual for you and your team, and how did the town respond?\n\n"
            "A: Very. In a normal month we receive around 700 people.")
    article = make_article(text=text, published=dt.date(2024, 6, 3))
    got = [(f.value, f.unit) for f in extract_figures(nlp(text), article)]
    assert (700, "per_month") in got


def test_elliptic_rate_word_is_no_noun(nlp, make_article) -> None:  # type: ignore[no-untyped-def]
    text = "Daily crossings by migrants rose from 2,000 a day to 5,000 this year."
    article = make_article(text=text, published=dt.date(2024, 6, 3))
    values = {f.value for f in extract_figures(nlp(text), article)}
    assert values == {2000, 5000}


def test_elliptic_police_is_no_figure(nlp, make_article) -> None:  # type: ignore[no-untyped-def]
    text = "The state sent 300 officers or 400 to the bridge as the migrants arrived."
    article = make_article(text=text, published=dt.date(2024, 6, 3))
    assert extract_figures(nlp(text), article) == []
