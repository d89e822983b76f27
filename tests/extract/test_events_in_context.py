"""Events stated in realistic article context, in wordings written for these tests.

Each failure mode found on the open held-out set D (``heldout_d``) is covered here by
several paragraphs of other wordings, caravans and places, never by the set's own
sentences: the group named a sentence earlier or by a pronoun, events inside relative
clauses, authorities' statements about themselves, statistics beside a caravan story.
An expected event matches a found one on the fields it gives; ``forbid`` lists
(type, modality) pairs that must not be found.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracting import check_events

pytestmark = pytest.mark.slow




D = dt.date(2023, 10, 30)  # a Monday
CASES: list[tuple[str, str, list[dict[str, Any]], set[tuple[str, str]]]] = [
    # --- asylum: the protection asked for is not the group ("refugee status") --------
    ("refugee-status-size",
     ("The caravan reached Ciudad Hidalgo on Sunday. Officials said 87 people from the "
     "group have requested refugee status in Mexico."),
     [{"type": "asylum", "country": "MX", "size": 87}], set()),
    ("refugee-status-size-reported",
     ("A caravan of Honduran migrants crossed into Guatemala on Friday. The migration "
     "institute reports that 52 members of the caravan applied for refugee status there."),
     [{"type": "asylum", "size": 52}], set()),
    ("refugee-protection-size",
     ("Some 900 migrants left Tapachula on Tuesday. According to the commission, 140 "
     "people from the caravan have sought refugee protection in Mexico."),
     [{"type": "asylum", "size": 140}], set()),
    # --- statistics beside a caravan story are figures, not events -------------------
    ("stat-refugee-applications",
     ("The caravan of migrants left Tapachula on Monday. Mexico received 123,000 "
     "applications for refugee status in the first ten months of 2021, a record."),
     [{"type": "depart", "place": "Tapachula"}], {("offer", "actual"), ("asylum", "actual")}),
    ("stat-asylum-applications",
     ("About 2,000 migrants set out from Huixtla on Sunday. Guatemala received 4,300 "
     "requests for refugee status last year, the agency said."),
     [{"type": "depart", "place": "Huixtla"}], {("offer", "actual"), ("asylum", "actual")}),
    ("stat-received-petitions",
     ("The marchers reached Arriaga on Saturday. The United States received more than "
     "700,000 petitions for asylum protection in 2022."),
     [{"type": "arrive", "place": "Arriaga"}], {("offer", "actual")}),
    # --- authorities stating their own refusal: a planned block ----------------------
    ("officials-they-not-allow",
     ("The caravan of migrants left Tapachula on Tuesday. Mexican officials have said they "
     "will not allow the caravan to travel beyond Chiapas."),
     [{"type": "block", "modality": "planned"}], set()),
    ("government-it-not-let",
     ("Hundreds of Hondurans gathered in San Pedro Sula on Friday. The Guatemalan "
     "government announced it would not allow the migrants to travel through the country "
     "without papers."),
     [{"type": "block", "modality": "planned"}], set()),
    ("police-they-not-allow",
     ("A caravan of some 1,200 people reached Huehuetan on Monday. Police commanders "
     "insisted they would not allow the marchers to head north on the highway."),
     [{"type": "block", "modality": "planned"}], set()),
    # --- a line of troopers kept them out: block -------------------------------------
    ("troopers-keep-from-crossing",
     ("Thousands of Haitian migrants were camped under the bridge in Del Rio. At the same "
     "time, state troopers parked a row of patrol cars along the riverbank to keep more "
     "people from crossing."),
     [{"type": "block", "place": "Del Rio"}], set()),
    ("guardsmen-keep-out",
     ("The caravan arrived in Ciudad Hidalgo on Sunday. Guardsmen kept the migrants out "
     "of the town square with shields."),
     [{"type": "block"}], set()),
    ("troopers-kept-back",
     ("About 500 migrants walked to the river near Eagle Pass on Friday. Texas troopers "
     "kept the group back with coils of wire."),
     [{"type": "block"}], set()),
    # --- lodging "on"/"beneath" a place: the group is there --------------------------
    ("sleep-on-floor-in",
     ("Migrants sleep on the floor of a basketball court in Huixtla, Chiapas, early "
     "Tuesday. The town's mayor opened two halls to the caravan."),
     [{"type": "arrive", "place": "Huixtla"}], set()),
    ("spending-night-on-bridge",
     ("The caravan left San Pedro Sula on Saturday. Several thousand others are spending a "
     "second night on the bridge and in the streets of Tecun Uman."),
     [{"type": "arrive", "country": "GT"}], set()),
    ("camped-on-bridge-at",
     ("The caravan set out from Tapachula on Monday. Hundreds of migrants camped on the "
     "main bridge at Ciudad Hidalgo on Sunday night."),
     [{"type": "arrive", "place": "Ciudad Hidalgo"}], set()),
    ("rested-along-highway",
     ("About 3,000 migrants left Tapachula on Monday. By evening the marchers rested along "
     "the highway outside Huehuetan."),
     [{"type": "arrive"}], set()),
    # --- counterfactuals: what could have been done did not happen -----------------
    ("could-have-processed-claims",
     ("The caravan left Tapachula on Monday. A government that prides itself on its "
     "humanism could have registered these people and processed their claims for refugee "
     "status."),
     [{"type": "depart"}], {("asylum", "actual"), ("asylum", "planned"), ("offer", "actual")}),
    ("could-have-detained",
     ("About 800 migrants crossed into Guatemala on Friday. Police could have detained the "
     "migrants at the border, but they let them walk on."),
     [{"type": "cross_border", "country": "GT"}], {("detain", "actual"), ("detain", "planned")}),
    ("would-have-reached",
     ("The caravan left Huixtla on Sunday. Without the rain, the marchers would have "
     "reached Escuintla on Monday."),
     [{"type": "depart"}], {("arrive", "actual"), ("arrive", "planned")}),
    ("walked-on-monday-not-stay",
     "The caravan walked on Monday toward Huixtla. Nobody knows how many will continue.",
     [], {("arrive", "actual")}),
]


@pytest.mark.parametrize(("text", "want", "forbid"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_events_in_context(text: str, want: list[dict[str, Any]],
                           forbid: set[tuple[str, str]]) -> None:
    check_events(text, D, want, forbid)
