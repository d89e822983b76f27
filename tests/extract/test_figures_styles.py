"""More figure styles across outlets (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from figuring import figures_found, values

from caravanwatch.extract.figures import extract_figures

STYLE_CASES: list[tuple[str, str, list[tuple[float, str]]]] = [
    ("gov-release-encounters",
     ("U.S. Customs and Border Protection encountered 249,785 migrants at the southwest "
     "border in December, the agency said."), [(249785, "people")]),
    ("gov-removals-fiscal",
     "ICE conducted 267,258 removals in fiscal year 2019.", [(267258, "people")]),
    ("inm-returned",
     ("The National Migration Institute returned 2,800 Central Americans to their "
     "countries in January."), [(2800, "people")]),
    ("comar-applications",
     ("COMAR received 48,254 applications for refugee status between January and "
     "September."), [(48254, "people")]),
    ("ngo-detained-children",
     ("More than 69,000 migrant children were held in U.S. government custody in 2019, "
     "the report said."), [(69000, "people")]),
    ("partisan-illegal-aliens",
     "Over 1.5 million illegal aliens were encountered at the border last year.",
     [(1500000, "people")]),
    ("local-shelter-housing",
     "The city's 20 shelters are housing 5,400 migrants, Mayor Gastelum said.",
     [(5400, "people")]),
    ("daily-crossings-words",
     "Roughly eight thousand people cross the Suchiate River every day, officials said.",
     [(8000, "per_day")]),
    ("daily-rate-arrests",
     "Agents made an average of 7,000 arrests a day in May.", [(7000, "per_day")]),
    ("monthly-rate",
     "About 30,000 Hondurans leave the country each month, the church estimated.",
     [(30000, "per_month")]),
    ("percent-points",
     "The share of families among border crossers rose to 65 percent this year.",
     [(0.65, "percent")]),
    ("percent-fewer",
     "Mexico detained 40 percent fewer migrants in April than in March.",
     [(0.40, "percent")]),
    ("wage-hourly-usd-day",
     "Construction workers in San Pedro Sula make $8 per day, a migrant explained.",
     [(8, "usd_per_day")]),
    ("smuggling-cost",
     "A smuggler charges about $7,000 to take one migrant to the border.",
     [(7000, "usd")]),
    ("aid-funding",
     "The State Department cut $450 million in aid to Central America over migration.",
     [(450000000, "usd")]),
    ("troops-national-guard",
     "Mexico deployed 6,000 National Guard members to its southern border.",
     [(6000, "troops")]),
    ("troops-active-duty",
     "Nearly 6,000 active-duty troops remain at the border, the Pentagon said.",
     [(6000, "troops")]),
    ("distance-walked-km",
     "On Monday the migrants walked 60 km to Huixtla.", [(60, "km")]),
    ("distance-covered",
     "By Friday the caravan had covered roughly 350 miles since leaving the border.",
     [(350, "miles")]),
    ("distance-remaining",
     "They face another 2,000 miles of walking to reach Tijuana.", [(2000, "miles")]),
    ("distance-away-km",
     "The migrants were taken to Acayucan, about 300 km away.", [(300, "km")]),
]

NOT_STYLES: list[tuple[str, str]] = [
    ("arrived-count", "About 400 migrants rolled into Tijuana on nine buses on Tuesday."),
    ("expected-group", "Organizers said about 1,500 people are expected to head north on Tuesday."),
    ("blocked-bridge", "More than 3,000 migrants blocked the border bridge for hours."),
    ("group-estimated", "About 8,000 people are estimated to be part of the group."),
    ("members-whatsapp", "A 230-member chat group planned to leave on Oct. 31."),
    ("caravan-size-largest", "At its largest, the caravan numbered about 7,000 people."),
    ("gathered", "Almost 2,000 people gathered at the bus station in San Pedro Sula."),
    ("police-block", "Mexico sent 500 federal police officers to the bridge to stop the caravan."),
    ("agents-count", "About 300 Border Patrol agents were sent to the port of entry."),
    ("hours", "The migrants waited 30 hours at the border crossing."),
    ("kilometer-marker", "The group camped at kilometer 25 of the highway to the border."),
    ("phone-number", "Migrants can call 911 at the border if they are in danger."),
    ("route-number", "The caravan took Highway 200 along the Pacific coast toward the border."),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in STYLE_CASES],
                         ids=[c[0] for c in STYLE_CASES])
def test_figure_styles(nlp, make_article, text: str, expected: list[tuple[float, str]]) -> None:  # type: ignore[no-untyped-def]
    assert figures_found(nlp, make_article, text, dt.date(2019, 6, 3)) == values(expected)


@pytest.mark.slow
@pytest.mark.parametrize("text", [c[1] for c in NOT_STYLES], ids=[c[0] for c in NOT_STYLES])
def test_not_figure_styles(nlp, make_article, text: str) -> None:  # type: ignore[no-untyped-def]
    article = make_article(text=text, published=dt.date(2019, 6, 3))
    assert extract_figures(nlp(text), article) == []
