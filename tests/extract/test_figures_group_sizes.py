"""Group sizes versus statistics in extract/figures.py: counts of people that an event
acts on are the event's size; counts with a period, a rate or a service are figures.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from figuring import figures_found, values

from caravanwatch.extract.figures import extract_figures

# (id, text): no figure, the count is a travelling group's size or not a figure at all
SIZES = [
    ("detained-passive",
     ("The caravan rested in Ciudad Hidalgo. State police said 45 people without papers "
     "were detained there and would be sent back.")),
    ("detained-object",
     ("The marchers set off before dawn. Immigration agents detained about 70 Venezuelan "
     "migrants near the checkpoint, witnesses said.")),
    ("rounded-up",
     ("Part of the caravan split off on Sunday. Another 90 people were rounded up at a bus "
     "station and flown back to Tegucigalpa.")),
    ("custody",
     ("The group of migrants reached the bridge at noon. At least 35 people were taken into "
     "custody.")),
    ("said-keep-walking",
     ("Buses took some of the caravan to the capital. Roughly 800 people, most of them "
     "Cuban, said they would keep walking north on Friday.")),
    ("size-talk",
     ("Nobody agrees on the caravan's size. Church volunteers put it at about 3,500, mostly "
     "Hondurans and Guatemalans.")),
    ("soldiers-hurt",
     ("Police blocked the caravan at the bridge. Three soldiers and a dozen migrants were "
     "injured in the scuffle, officials said.")),
    ("length-of-a-border",
     "Guatemala and Mexico share a 541-mile border that the caravan crossed on a raft."),
    ("economy-percent",
     ("Many of the marchers say they left because of poverty. Inflation in Nicaragua "
      "reached 11 percent and the economy shrank 4 percent.")),
    ("town-population",
     ("The caravan spent the night in Escuintla. The town of some 32,000 inhabitants "
      "opened its sports hall.")),
    ("figure-of-speech-distance",
     "For the marchers, the wall has been pushed a thousand miles south to Mexico."),
]

# (id, text, [(value, unit)]): figures despite a caravan, an action verb or an
# organisation called a group
FIGURES = [
    ("patients-treated",
     ("Doctors from a charity treated 1,315 people travelling with the caravan between "
      "Huixtla and Escuintla, from 3 to 9 November."), [(1315, "people")]),
    ("lawyers-group-estimate",
     ("A group of lawyers in Tapachula estimates that about 25,000 migrants are stranded "
      "in the city."), [(25000, "people")]),
    ("rights-group-tally",
     ("A rights group said that some 12,000 migrants are waiting for papers in the "
      "border city."), [(12000, "people")]),
    ("first-half-detentions",
     ("Mexico detained more than 80,000 migrants in the first half of the year, a "
      "university study found."), [(80000, "people")]),
    ("month-returns",
     ("The caravan was still in Chiapas. Guatemala returned 4,100 Hondurans to their "
      "country in March."), [(4100, "people")]),
    ("troops-sent",
     "The government sent 2,500 soldiers to the southern border.", [(2500, "troops")]),
    ("shelters-holding",
     ("Officials said the city's shelters were holding about 1,400 migrants on Sunday, "
      "up 20 percent from a week earlier."), [(1400, "people"), (0.2, "percent")]),
    ("doubled-to-in-year",
     "Removals from the United States doubled to 95,000 in 2021.", [(95000, "people")]),
    ("earns-a-day",
     "A farmhand in Olancho earns about $6 a day, his cousin said.", [(6, "usd_per_day")]),
    ("stretch-walked",
     ("The caravan walked a 38-kilometer stretch of highway on Tuesday."),
     [(38, "km")]),
    ("month-alone",
     ("Costa Rica's migration office counted 41,000 people moving north through the "
      "country in September alone."), [(41000, "people")]),
    ("rate-leads-sentence",
     "Every day, roughly 450 migrants arrive at the Ocotepeque crossing.",
     [(450, "per_day")]),
    ("percent-of-a-tally-next-sentence",
     ("Mexico deported 4,000 Hondurans in 2022. The figure grew 35 percent in 2023."),
     [(4000, "people"), (0.35, "percent")]),
    ("trip-cost",
     "The journey north cost her parents about $6,500, she said.", [(6500, "usd")]),
    ("seeking-refuge-climbed",
     ("The number of Cubans seeking refuge in Mexico climbed to 18,000 in 2022."),
     [(18000, "people")]),
    ("recent-months",
     ("More than 20,000 migrants have entered Mexico through Ciudad Hidalgo in recent "
      "months, the institute said."), [(20000, "people")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text", [c[1] for c in SIZES], ids=[c[0] for c in SIZES])
def test_group_sizes_are_not_figures(nlp, make_article, text: str) -> None:  # type: ignore[no-untyped-def]
    article = make_article(text=text, published=dt.date(2024, 11, 12))
    assert [(f.value, f.unit, f.evidence) for f in extract_figures(nlp(text), article)] == []


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in FIGURES], ids=[c[0] for c in FIGURES])
def test_statistics_stay_figures(nlp, make_article, text: str,  # type: ignore[no-untyped-def]
                                 expected: list[tuple[float, str]]) -> None:
    assert figures_found(nlp, make_article, text, dt.date(2024, 11, 12)) == values(expected)


@pytest.mark.slow
def test_per_day_is_not_a_source(nlp, make_article) -> None:  # type: ignore[no-untyped-def]
    text = "The daily wage on a coffee farm in Copán is about $9 per day."
    figures = extract_figures(nlp(text), make_article(text=text))
    assert [(f.value, f.unit, f.source) for f in figures] == [(9, "usd_per_day", None)]
