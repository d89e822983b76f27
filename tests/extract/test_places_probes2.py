"""Places and dates of events in probe paragraphs written for these tests.

Each case is a short paragraph in the style of a wire story, a local daily or an NGO
report, whose right place, country or date is fixed by the sentence or the narrative:
a border river crossed, a "where" clause after "Town, in State,", a departure
coordinated with an arrival, "since DAY" inside the event's own clause.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracting import check_events, events_of

pytestmark = pytest.mark.slow

PUB = dt.date(2023, 11, 8)  # a Wednesday

CASES: list[tuple[str, str, list[dict[str, Any]]]] = [
    # --- a border river crossed "across"/"over" is the crossing, in the country entered
    ("waded-across-rio-grande",
     ("CIUDAD JUAREZ, Mexico — Dozens of migrants waded across the Rio Grande on Tuesday "
      "and were detained by agents."),
     [{"type": "cross_border", "country": "US", "date": "2023-11-07"}]),
    ("crossed-over-rio-bravo",
     "Hundreds of migrants crossed over the Rio Bravo on Sunday.",
     [{"type": "cross_border", "country": "US", "date": "2023-11-05"}]),
    ("waded-across-suchiate",
     ("TECUN UMAN, Guatemala — Hundreds of migrants waded across the Suchiate River on "
      "Monday, ignoring the bridge."),
     [{"type": "cross_border", "country": "MX", "date": "2023-11-06"}]),
    # --- "Town, in State, where ...": the town, not the state
    ("where-after-state",
     ("The migrant caravan reached Escuintla, in Chiapas, on Sunday, where residents "
      "offered water to the walkers."),
     [{"type": "aid", "place": "Escuintla"}]),
    ("where-after-state-live",
     ("10:45 a.m. — The caravan has reached Pijijiapan, in Chiapas, where church "
      "volunteers handed out tortillas and water to the migrants."),
     [{"type": "aid", "place": "Pijijiapan"}]),
    # --- a crossing that names no country enters the next country north of the town the
    # story last placed the group in (context.entered_from)
    ("crossed-after-reaching-juarez",
     ("About 300 migrants of the caravan reached Ciudad Juárez on Monday. On Tuesday "
      "they crossed the border before dawn."),
     [{"type": "cross_border", "place": None, "country": "US"}]),
    ("crossed-after-reaching-tecun-uman",
     ("The caravan arrived in Tecún Umán on Saturday. On Sunday the migrants crossed the "
      "border on rafts."),
     [{"type": "cross_border", "place": None, "country": "MX"}]),
    # --- a departure coordinated with an arrival leaves where the group arrived
    ("reached-and-left-for",
     "The migrants reached Pijijiapan on Saturday and left early Sunday for Tonala.",
     [{"type": "depart", "place": "Pijijiapan", "date": "2023-11-05"}]),
    ("arrived-and-set-out-toward",
     ("The caravan of Hondurans arrived in Huixtla on Monday and set out again on "
      "Tuesday toward Escuintla."),
     [{"type": "depart", "place": "Huixtla", "date": "2023-11-07"}]),
]


@pytest.mark.parametrize(("text", "want"), [(t, w) for _i, t, w in CASES],
                         ids=[i for i, _t, _w in CASES])
def test_places_in_probe_paragraphs(text: str, want: list[dict[str, Any]]) -> None:
    check_events(text, PUB, want, set())


# "since DAY" inside the event's clause dates a state, not the event: the narrative's day.
SINCE_CASES: list[tuple[str, str, str]] = [
    ("nothing-to-eat-since",
     ("The caravan reached Huixtla on Monday. \"They arrived with blisters and nothing to "
      "eat since Saturday,\" said a nun at the shelter."), "2023-11-04"),
    ("no-sleep-since",
     ("Some 800 migrants got to Tonala on Tuesday. \"They came in exhausted, without sleep "
      "since Friday,\" a Red Cross medic said."), "2023-11-03"),
]


@pytest.mark.parametrize(("text", "wrong"), [(t, w) for _i, t, w in SINCE_CASES],
                         ids=[i for i, _t, _w in SINCE_CASES])
def test_since_inside_clause_is_not_the_date(text: str, wrong: str) -> None:
    got = [e.to_gold() for e in events_of(text, PUB)]
    assert got and all(g["date"] != wrong for g in got), got


# A shelter name several towns share, followed by "in Town": that town's shelter, or the
# town itself when the table has no row for it.
SHELTER_CASES: list[tuple[str, str, str]] = [
    ("casa-in-saltillo",
     "About 60 migrants arrived on Tuesday at the Casa del Migrante in Saltillo.", "Saltillo"),
    ("casa-shelter-in-saltillo",
     "Some 45 migrants reached the Casa del Migrante shelter in Saltillo on Monday.",
     "Saltillo"),
    ("casa-in-juarez",
     "The migrants arrived at the Casa del Migrante in Ciudad Juarez on Sunday.",
     "Ciudad Juárez"),
    ("casa-in-unlisted-town",
     "About 30 migrants arrived on Tuesday at the Casa del Migrante in Reynosa.", "Reynosa"),
]


@pytest.mark.parametrize(("text", "town"), [(t, w) for _i, t, w in SHELTER_CASES],
                         ids=[i for i, _t, _w in SHELTER_CASES])
def test_shared_shelter_name_takes_the_town_named(text: str, town: str) -> None:
    check_events(text, PUB, [{"type": "arrive", "place": town}], set())


# Under a dateline, a country named by the story's history is no scene: what is done to
# the group next happens at the dateline's town.
DATELINE_CASES: list[tuple[str, str, str]] = [
    ("crossed-country-then-aid",
     ("MEXICALI, Mexico — The migrants left Honduras in October and crossed Guatemala on "
      "foot. On Monday they were taken in by a shelter run by nuns, which gave them hot "
      "meals."), "Mexicali"),
    ("entered-country-then-detained",
     ("PIEDRAS NEGRAS, Mexico — The Cuban migrants entered Nicaragua by plane in "
      "September. On Tuesday police detained 40 of them at a bus station."), "Piedras Negras"),
]


@pytest.mark.parametrize(("text", "town"), [(t, w) for _i, t, w in DATELINE_CASES],
                         ids=[i for i, _t, _w in DATELINE_CASES])
def test_country_history_does_not_override_dateline(text: str, town: str) -> None:
    got = [e.to_gold() for e in events_of(text, PUB)]
    done = [g for g in got if g["type"] in ("aid", "detain")]
    assert done and all(g["place"] == town for g in done), got
