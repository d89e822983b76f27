"""Figures: migration numbers that are not a travelling group's size (GUIDELINES.md).

Sentences written for these tests in the styles of wire copy, local papers, NGO
reports, partisan sites and government press releases.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from caravanwatch.extract.figures import extract_figures
from caravanwatch.records import Article


def _run(nlp, make_article: Callable[..., Article], text: str,  # type: ignore[no-untyped-def]
         published: dt.date = dt.date(2019, 5, 20)):
    article = make_article(text=text, published=published)
    figures = extract_figures(nlp(text), article)
    for f in figures:
        assert text[f.span.start:f.span.end].strip() == f.evidence
    return figures


# (id, text, [(value, unit)])
FIGURE_CASES: list[tuple[str, str, list[tuple[float, str]]]] = [
    # counts of apprehensions, deportations, applications, people present
    ("cbp-apprehended-month",
     ("Border Patrol agents apprehended 51,862 people along the southwest border in "
     "October, according to CBP data."), [(51862, "people")]),
    ("fiscal-year-apprehensions",
     ("In fiscal year 2019, the agency recorded 977,509 apprehensions at the southern "
     "border."), [(977509, "people")]),
    ("mexico-deported-last-week",
     "Mexico deported 1,200 Hondurans last week, the migration institute said.",
     [(1200, "people")]),
    ("asylum-requests-record",
     ("Asylum requests in Mexico reached a record 70,000 in the first nine months of the "
     "year."), [(70000, "people")]),
    ("unhcr-since-year",
     "The UNHCR said 3 million Venezuelans have left their country since 2015.",
     [(3000000, "people")]),
    ("undocumented-living",
     ("There are an estimated 11 million undocumented immigrants living in the United "
     "States."), [(11000000, "people")]),
    ("stranded-in-city",
     ("Some 25,000 migrants are stranded in Tapachula waiting for papers, officials "
     "estimate."), [(25000, "people")]),
    ("shelter-capacity",
     "The shelter was built for 300 people but now houses 1,100 migrants.",
     [(300, "people"), (1100, "people")]),
    ("million-words",
     "Nearly two million migrants were stopped at the border last year.",
     [(2000000, "people")]),
    ("unaccompanied-minors",
     "Agents detained 8,975 unaccompanied minors at the border in May, a monthly record.",
     [(8975, "people")]),
    ("words-hundred-thousand",
     ("More than a hundred thousand asylum seekers are waiting in Mexican border towns, "
     "the report found."), [(100000, "people")]),
    # rates
    ("per-day-arrests",
     "Agents are arresting about 4,000 migrants per day along the border.",
     [(4000, "per_day")]),
    ("a-day-range",
     "Between 4,000 and 5,000 migrants cross the border every day, officials said.",
     [(4000, "per_day")]),
    ("monthly-average",
     "On average, 2,500 Guatemalans are deported each month from Mexico.",
     [(2500, "per_month")]),
    ("per-year-annually",
     "The United States deports roughly 200,000 Central Americans annually.",
     [(200000, "per_year")]),
    # percentages
    ("percent-increase",
     "Arrests of families at the border rose 30 percent in 2019.", [(0.30, "percent")]),
    ("percent-sign",
     "Nearly 60% of the migrants surveyed by the agency said they had fled violence.",
     [(0.60, "percent")]),
    ("percent-fell",
     "Deportations from Mexico fell by 25 per cent compared with the previous year.",
     [(0.25, "percent")]),
    ("percent-remittances",
     "Remittances from migrants account for 20 percent of Honduras' economy.",
     [(0.20, "percent")]),
    ("percent-decimal",
     "Asylum grants for Salvadorans stood at 12.5 percent last year, court data show.",
     [(0.125, "percent")]),
    # money
    ("wage-per-day",
     "A coffee picker in Honduras earns about $5 a day, migrants said.",
     [(5, "usd_per_day")]),
    ("smuggler-fee",
     "Smugglers charge up to $10,000 per migrant for the trip north.",
     [(10000, "usd")]),
    ("border-wall-billions",
     "The White House asked Congress for $5.7 billion for the border wall.",
     [(5700000000, "usd")]),
    ("bus-fare",
     "Migrants paid a $3 fare to ride the bus to the border.", [(3, "usd")]),
    # troops
    ("troops-deployed",
     "The Pentagon will deploy 5,200 active-duty troops to the southern border.",
     [(5200, "troops")]),
    ("guard-deployed",
     "Mexico has deployed more than 15,000 National Guard troops to its northern border.",
     [(15000, "troops")]),
    ("soldiers-sent",
     "Guatemala sent 1,500 soldiers to its border with Honduras to stop migration.",
     [(1500, "troops")]),
    # distances travelled
    ("advanced-miles",
     "The caravan advanced 40 miles on Tuesday to reach Huixtla.", [(40, "miles")]),
    ("km-then-miles",
     "They walked 40 kilometers (25 miles) on Wednesday despite the heat.",
     [(40, "km")]),
    ("miles-to-go",
     "The migrants still have 1,500 miles to go before reaching the border.",
     [(1500, "miles")]),
    ("journey-compound",
     "Many are unprepared for the 2,700-mile journey to Tijuana.", [(2700, "miles")]),
    ("away-destination",
     "The group was bused to Oaxaca, about 250 miles away.", [(250, "miles")]),
]

NOT_FIGURES: list[tuple[str, str]] = [
    ("caravan-departs", "About 7,000 migrants set off from Tapachula on Saturday."),
    ("caravan-of", "A caravan of 2,000 Hondurans crossed into Guatemala on Monday."),
    ("group-of-rested", "A group of about 600 rested at a shelter in Chiquimula."),
    ("strong-caravan", "The 4,000-strong caravan reached Juchitan late on Friday."),
    ("joined-group", "Some 1,500 more people joined the march near the river."),
    ("bare-count-verb", "Dozens were detained, but about 300 eluded police and walked on."),
    ("police-sent", "Guatemala sent 200 police officers to block the caravan on the highway."),
    ("riot-police", "About 500 federal police in riot gear stood on the bridge."),
    ("age", "The 45-year-old father of three has tried to cross twice."),
    ("date-year", "The first caravan left San Pedro Sula on Oct. 13, 2018."),
    ("year-only", "In 2018, the migrants crossed the river on rafts."),
    ("fraction", "The caravan is only about 1/7th of the monthly flow across the border."),
    ("vague", "Thousands of migrants waited at the border for weeks."),
    ("locating-distance", "Ilobasco lies 50 kilometers northeast of the capital, near the migrant route."),
    ("locating-from", "Tecun Uman, a town 30 miles from the border crossing, has one shelter."),
    ("duration", "The migrants walked for 12 hours before resting near the border."),
    ("buses", "Officials provided 40 buses to take migrants to the border."),
    ("foreign-currency", "A migrant earns 200 lempiras a day picking coffee near the border."),
    ("homicide-rate", "The country's murder rate was 40 homicides per 100,000 residents."),
    ("no-migration-context", "The stadium holds 45,000 people and cost $300 million."),
    ("them-asylum", "At least 1,000 of them have requested asylum in Mexico."),
    ("temperature", "They marched in 35-degree heat along the highway."),
    ("ordinal", "It is the third caravan to leave Honduras this year."),
]


def _key(value: float, unit: str) -> tuple[float, str]:
    return (round(value, 4), unit)


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in FIGURE_CASES],
                         ids=[c[0] for c in FIGURE_CASES])
def test_figures(nlp, make_article, text: str, expected: list[tuple[float, str]]) -> None:  # type: ignore[no-untyped-def]
    got = [_key(f.value, f.unit) for f in _run(nlp, make_article, text)]
    assert sorted(got) == sorted(_key(v, u) for v, u in expected)


@pytest.mark.slow
@pytest.mark.parametrize("text", [c[1] for c in NOT_FIGURES], ids=[c[0] for c in NOT_FIGURES])
def test_not_figures(nlp, make_article, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _run(nlp, make_article, text) == []


# (id, text, field, expected value) for the first figure found
FIELD_CASES: list[tuple[str, str, str, object]] = [
    ("source-according-to",
     ("Mexico deported 94,500 migrants in 2018, according to the Migration Policy "
     "Institute."), "source", "Migration Policy Institute"),
    ("source-data-from",
     "Data from the Interior Ministry show 12,000 asylum applications in March.",
     "source", "Interior Ministry"),
    ("source-said",
     "About 3,000 migrants are living in the city's shelters, Mayor Juan Gastelum said.",
     "source", "Juan Gastelum"),
    ("source-reported",
     "CBP reported 60,000 apprehensions at the southwest border in January.",
     "source", "CBP"),
    ("source-quote-speaker",
     ("“We receive 300 asylum requests every day,” said Andres Ramirez, head of the "
     "refugee agency."), "source", "Andres Ramirez"),
    ("source-none",
     "Mexico deported 80,000 Central Americans in 2017.", "source", None),
    ("qualifier-more-than",
     "More than 80,000 Central Americans were deported in 2017.", "qualifier", "more_than"),
    ("qualifier-up-to",
     "Up to 10,000 migrants are arrested per day at the border.", "qualifier", "up_to"),
    ("qualifier-range",
     "Between 200 and 300 Salvadorans emigrate each day.", "qualifier", "at_least"),
    ("qualifier-about",
     "Roughly 40,000 asylum seekers are waiting in Tijuana.", "qualifier", "about"),
    ("period-year", "Mexico deported 80,000 Central Americans in 2017.", "period", "2017"),
    ("period-this-year",
     "So far this year, Mexico has received 48,000 asylum applications.", "period", "2019"),
    ("period-this-month",
     "Agents have arrested 9,000 migrants per day this month.", "period", "2019-05"),
    ("period-months",
     "Border arrests rose 40 percent between June and September.", "period",
     "2019-06/2019-09"),
    ("measure-deport", "Mexico deported 80,000 Central Americans in 2017.", "measure",
     "deportations"),
    ("measure-troops", "The Pentagon will deploy 5,200 troops to the border.", "measure",
     "troops_deployed"),
    ("measure-wage", "Farm workers in Guatemala earn $6 per day, migrants say.", "measure",
     "wage"),
    ("measure-distance", "The caravan advanced 40 miles on Tuesday.", "measure", "distance"),
    ("measure-asylum", "Mexico received 70,000 asylum applications in 2019.", "measure",
     "asylum_applications"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,field,expected", [c[1:] for c in FIELD_CASES],
                         ids=[c[0] for c in FIELD_CASES])
def test_figure_fields(nlp, make_article, text: str, field: str, expected: object) -> None:  # type: ignore[no-untyped-def]
    figures = _run(nlp, make_article, text)
    assert figures, "no figure found"
    assert getattr(figures[0], field) == expected


@pytest.mark.slow
def test_to_gold_and_dedup(nlp, make_article) -> None:  # type: ignore[no-untyped-def]
    text = ("Mexico deported 80,000 Central Americans in 2017. Mexico deported 80,000 "
            "Central Americans in 2017, the report repeats.")
    figures = _run(nlp, make_article, text)
    assert len(figures) == 1
    gold = figures[0].to_gold()
    assert gold["value"] == 80000 and gold["unit"] == "people"
    assert figures[0].extractor.startswith("figures@")
