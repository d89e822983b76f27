"""Numbers in caravan news that are not migration figures (GUIDELINES.md): issue numbers
split off by the sentence splitter, a group boarding boats or bound for a place,
applications counted from the caravan itself (an ``asylum`` event, not a figure), people
sleeping or waiting somewhere on a named day, care given at one scene with no span of
time, and a count at a moment inside a quotation; next to them, look-alike statistics
that must stay figures, with the statistic nouns of routes and borders ("irregular
entries", "kidnappings of migrants", "arrivals", a shelter's "guests").

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from figuring import figures_found, values

from caravanwatch.extract.figures import extract_figures

# (id, text): no figure
NOT_FIGURES = [
    ("bulletin-no-line-start",
     ("Shelter news\n\nBulletin no.\n41 of the Migrant Pastoral Office, Veracruz\n\n"
      "Dear friends, many migrants arrived this week.")),
    ("report-no-split",
     "Monthly letter. Report No. 27 of the border shelter network on migrants."),
    ("issue-nos",
     "Migrant ministry newsletter Nos.\n12 and 13, with news from the shelter."),
    ("crowded-onto-boats",
     ("Roughly 450 migrants, most of them Haitians, crowded onto small boats in the port "
     "on Friday to reach the border.")),
    ("piled-into-trucks",
     ("Some 300 Hondurans piled into cattle trucks outside Tecún Umán on Sunday, heading "
     "north toward the border.")),
    ("climbed-aboard",
     "About 200 Venezuelan migrants climbed aboard the freight train at dawn near the border."),
    ("bound-for",
     ("About 700 migrants, many with small children, left the bus terminal on Monday bound "
     "for the US border.")),
    ("en-route",
     "Nearly 900 Salvadoran migrants, en route to the border, slept in a stadium."),
    ("requests-from-people-in-caravan",
     ("The refugee agency said it has received 420 asylum requests from people in the "
     "caravan since Saturday.")),
    ("applications-from-members",
     ("Officials accepted 150 applications for refugee status from members of the migrant "
     "caravan on Thursday.")),
    ("claims-by-the-march",
     "Authorities processed 95 asylum claims filed by the march on Tuesday."),
    # one scene: people sleeping or waiting somewhere on a named day
    ("slept-in-plaza-tuesday",
     "About 300 migrants slept in the central plaza of Huixtla on Tuesday night."),
    ("waited-outside-office-monday",
     "Some 150 migrants waited outside the migration office in Tapachula on Monday."),
    ("crowded-plaza-sunday-night",
     "About 400 migrants crowded into the church courtyard in Arriaga on Sunday night."),
    ("remained-in-town-sunday",
     ("About 1,000 migrants remained in Escuintla on Sunday while the rest walked on "
     "toward Mapastepec.")),
    ("stayed-behind-monday",
     "Some 300 Hondurans stayed behind at the bridge on Monday night, too tired to walk."),
    ("lined-up-sunday",
     "Nearly 200 migrants lined up for water at the border shelter on Sunday."),
    # care given at one scene, with no span of time
    ("treated-for-dehydration",
     "A Red Cross team treated more than 100 migrants for dehydration and blistered feet."),
    ("attended-blisters",
     "Volunteer doctors attended 250 migrants with blisters and fevers near the border."),
    # a count at a moment inside a quotation
    ("quote-by-midnight",
     ("\"We had 90 cots on the floor and 90 migrants on them by midnight,\" said the "
     "shelter's director, Ana Robles.")),
    ("quote-last-night",
     "\"There were 250 people sleeping here last night,\" said Pastor Hugo Lemus at the shelter."),
]

# (id, text, [(value, unit)]): still figures
STILL_FIGURES = [
    ("requests-from-hondurans-this-year",
     "Mexico received 70,000 asylum requests from Hondurans this year, the refugee agency said.",
     [(70000, "people")]),
    ("applications-by-rights-group",
     ("The refugee agency said it has received 3,400 asylum applications sent by a rights "
     "group on behalf of migrants."),
     [(3400, "people")]),
    ("crowded-shelter",
     "Some 1,200 migrants crowded into the city's two shelters, officials said.",
     [(1200, "people")]),
    ("number-then-noun",
     "The number of migrants at the border rose to 14,000 in May, officials said.",
     [(14000, "people")]),
    ("treated-with-period",
     ("Medical teams treated 640 people travelling with the migrants between Huixtla and "
     "Escuintla from 3 to 9 November."), [(640, "people")]),
    ("treated-between-weekdays",
     ("From Friday to Sunday, nurses at the border post treated 87 people for heat stroke "
      "and sprained ankles."), [(87, "people")]),
    ("examined-between-days",
     ("Between Tuesday and Thursday the mobile clinic examined 145 migrants, most of them "
      "for blisters and coughs."), [(145, "people")]),
    ("attended-throughout-weekend",
     ("Our volunteers cooked all weekend, and the parish clinic attended to 58 migrants "
     "throughout the weekend."), [(58, "people")]),
    ("shelters-holding-monday",
     "City officials said the shelters were holding about 1,300 migrants on Monday.",
     [(1300, "people")]),
    ("remain-stranded",
     "Some 25,000 migrants remain stranded in Tapachula on Monday, officials estimate.",
     [(25000, "people")]),
    ("quote-statistic-this-year",
     ("\"We have registered 12,000 asylum seekers this year,\" said Andrea Villa of the "
     "refugee agency."), [(12000, "people")]),
    # statistic nouns of routes and borders
    ("irregular-entries",
     ("Costa Rica registered 180,000 irregular entries in the first half of the year, the "
     "migration directorate said."), [(180000, "people")]),
    ("kidnappings-of-migrants",
     ("A rights network has documented 870 kidnappings of migrants in Coahuila since "
     "2022."), [(870, "people")]),
    ("arrivals-in-month",
     "The port city recorded 4,600 arrivals of migrants by sea in August.",
     [(4600, "people")]),
    ("shelter-guests-so-far",
     ("So far this year the Casa del Migrante has welcomed 2,740 guests, more than in all "
     "of 2022."), [(2740, "people")]),
    ("stranded-in-city",
     "Some 25,000 migrants are stranded in Tapachula waiting for papers, officials estimate.",
     [(25000, "people")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text", [c[1] for c in NOT_FIGURES], ids=[c[0] for c in NOT_FIGURES])
def test_not_figures(nlp, make_article, text: str) -> None:  # type: ignore[no-untyped-def]
    article = make_article(text=text, published=dt.date(2022, 6, 8))
    assert [(f.value, f.unit, f.evidence) for f in extract_figures(nlp(text), article)] == []


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in STILL_FIGURES],
                         ids=[c[0] for c in STILL_FIGURES])
def test_still_figures(nlp, make_article, text: str,  # type: ignore[no-untyped-def]
                       expected: list[tuple[float, str]]) -> None:
    assert figures_found(nlp, make_article, text, dt.date(2022, 6, 8)) == values(expected)
