"""Trigger vocabulary beyond the first lexicons: ending a march, stopping somewhere,
fighting, aid and setting off, in the many ways news English says them.  Sentences
written for the tests; each follows a lead that names the caravan."""

from __future__ import annotations

import pytest
from test_events import extract

pytestmark = pytest.mark.slow

LEAD = "The caravan of migrants left Tapachula on Friday. "

CASES: list[tuple[str, str, str, str | None]] = [
    # dissolving
    ("splintered", "The march splintered on Sunday near Huixtla.", "dissolve", "Huixtla"),
    ("fragmented", "The caravan fragmented in Huixtla on Sunday.", "dissolve", "Huixtla"),
    ("came-to-an-end", "The caravan came to an end on Monday in Arriaga.", "dissolve",
     "Arriaga"),
    ("ended-in", "The march ended in Arriaga on Monday.", "dissolve", "Arriaga"),
    ("left-the-caravan", "Dozens of migrants left the caravan in Arriaga on Monday.",
     "dissolve", "Arriaga"),
    ("quit-the-group", "Many families quit the group in Huixtla on Sunday.", "dissolve",
     "Huixtla"),
    # being somewhere
    ("stopped-to-rest", "The marchers stopped to rest in Huixtla on Sunday.", "arrive",
     "Huixtla"),
    ("stopped-to-sleep", "The migrants stopped to sleep in Arriaga on Sunday night.",
     "arrive", "Arriaga"),
    ("pulled-into", "The caravan pulled into Arriaga on Sunday.", "arrive", "Arriaga"),
    ("trickled-into", "Migrants trickled into Huixtla on Sunday.", "arrive", "Huixtla"),
    ("camped-on-edge", "The migrants camped on the edge of Arriaga on Sunday.", "arrive",
     "Arriaga"),
    ("rested-on-outskirts", "The marchers rested on the outskirts of Huixtla on Sunday.",
     "arrive", "Huixtla"),
    ("slept-under", "The marchers slept under a bridge near Huixtla on Sunday.", "arrive",
     "Huixtla"),
    ("rested-under-trees", "The marchers rested under the trees of a park in Huixtla.",
     "arrive", "Huixtla"),
    # setting off
    ("got-under-way", "The caravan got under way from Arriaga on Sunday.", "depart",
     "Arriaga"),
    ("was-under-way", "By Sunday the march was under way from Huixtla.", "depart",
     "Huixtla"),
    # fighting
    ("traded-blows", "Migrants traded blows with police in Arriaga on Sunday.", "clash",
     "Arriaga"),
    ("exchanged-punches", "Some marchers exchanged punches with soldiers near Huixtla.",
     "clash", "Huixtla"),
    # setting off, crossing, joining, blocking
    ("streamed-out-of", "Hundreds of Hondurans streamed out of San Pedro Sula on Saturday.",
     "depart", "San Pedro Sula"),
    ("forded-into", "The migrants forded the Suchiate River into Mexico on Sunday.",
     "cross_border", "Suchiate River"),
    ("caught-up-with", "Another 800 migrants caught up with the caravan in Arriaga on Monday.",
     "join", "Arriaga"),
    ("joined-in", "About 500 more migrants joined the caravan in Huixtla on Monday.", "join",
     "Huixtla"),
    ("set-up-roadblock", ("Police set up a roadblock to stop the caravan near Huixtla on "
                          "Monday."), "block", "Huixtla"),
    ("made-it-into-capital", "The exhausted travelers made it into Mexico City on Sunday.",
     "arrive", "Mexico City"),
    ("sent-home-from", "Hundreds were sent home on buses from Tecun Uman on Monday.",
     "deport", "Ciudad Tecún Umán"),
    ("handed-out-visas", ("Officials handed out humanitarian visas to members of the caravan "
                          "in Huixtla on Monday."), "offer", "Huixtla"),
    ("took-shelter", "The migrants took shelter in a church in Arriaga on Monday.", "arrive",
     "Arriaga"),
    ("registered-for-asylum", ("The migrants registered for asylum at a makeshift office "
                               "in Tapachula on Friday."), "asylum", "Tapachula"),
    ("sought-refuge-country", "About 300 migrants sought refuge in Mexico on Friday.",
     "asylum", None),
    ("sheltered-in", "The migrants sheltered in a gym in Huixtla on Monday.", "arrive",
     "Huixtla"),
    ("walked-across-country", "The migrants walked across Guatemala on Monday.", "arrive",
     None),
    # aid
    ("took-in", "A Catholic shelter in Arriaga took in 600 migrants on Friday.", "aid",
     "Arriaga"),
    ("attended-to", "Medics attended to hundreds of the marchers in Huixtla on Monday.", "aid",
     "Huixtla"),
    ("plates-of-food", ("Volunteers handed out 600 plates of food to the migrants in Arriaga "
                        "on Sunday."), "aid", "Arriaga"),
    ("boxes-of-water", "The church distributed boxes of water to the marchers in Huixtla.",
     "aid", "Huixtla"),
    ("treated", "Doctors treated 200 migrants in Arriaga on Sunday.", "aid", "Arriaga"),
    ("vaccinated", "Nurses vaccinated dozens of migrant children in Huixtla on Sunday.",
     "aid", "Huixtla"),
    ("opened-shelter", "The parish opened a shelter for the caravan in Arriaga on Sunday.",
     "aid", "Arriaga"),
]


@pytest.mark.parametrize(("text", "kind", "place"),
                         [pytest.param(t, k, p, id=i) for i, t, k, p in CASES])
def test_vocabulary(text: str, kind: str, place: str | None) -> None:
    found = [e for e in extract(LEAD + text) if e.evidence == text]
    assert [(e.type, e.place) for e in found] == [(kind, place)]


NOT_EVENTS: list[tuple[str, str]] = [
    ("ended-the-day", "Officials ended the day in Arriaga with a press conference."),
    ("treated-as", "The mayor said the town treated them as guests."),
    ("opened-border", "The governor opened an investigation in Arriaga on Sunday."),
    ("caught-by", "Reporters caught up on their sleep in Arriaga on Sunday."),
    ("hands-out-habit", "The government hands out visas to anyone who asks, critics say."),
    ("attended-meeting", "The mayor attended a meeting in Arriaga on Sunday."),
    ("lack-of-food", "The migrants complained about the lack of food in Arriaga on Sunday."),
    ("exchanged-letters", "The two presidents exchanged letters with each other on Sunday."),
    ("came-to-agreement", "The two governments came to an agreement on Sunday."),
    ("stopped-detaining", "Police stopped detaining migrants in Arriaga on Sunday."),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in NOT_EVENTS])
def test_not_events(text: str) -> None:
    assert [e for e in extract(LEAD + text) if e.evidence == text] == []


def test_refuge_at_a_building_is_not_asylum() -> None:
    text = "About 300 people sought refuge at a church in Arriaga on Friday."
    assert "asylum" not in [e.type for e in extract(LEAD + text) if e.evidence == text]
