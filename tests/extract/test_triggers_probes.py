"""Triggers and modality on phrasings found missing or wrong by written probe texts.

Sentences written for these tests (none copied from an article): a subject that denies
the happening as the subject of the verb the trigger completes ("nobody seems willing
to stop it"), gathering that is no departure, a place reached only in a clause of what
may yet happen ("could double in size before it reaches Mexico"), and the phrasings of
the probe failures.  Each follows a neutral lead naming the caravan.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extracting import events_after

from caravanwatch.records import Event

pytestmark = pytest.mark.slow

PUBLISHED = dt.date(2022, 6, 8)  # a Wednesday
LEAD = "Reporters have followed the migrant caravan for weeks. "
A, P = "actual", "planned"


def found(text: str) -> list[Event]:
    """Events of ``text`` after the lead, leaving out any the lead itself gives."""
    return events_after(LEAD, text, PUBLISHED)


# (id, sentence, type that must not be found)
NOT_EVENTS: list[tuple[str, str, str]] = [
    ("nobody-seems-willing", ("The caravan keeps growing, and nobody in the capital seems "
     "willing to stop it."), "block"),
    ("no-one-has-moved", ("No one in the government has moved to block the migrants in "
     "Tapachula."), "block"),
    ("no-country-ready", ("No country along the route seems ready to detain the marchers in "
     "Chiapas."), "detain"),
    ("nobody-appears-eager", ("Nobody in Tegucigalpa appears eager to halt the march at the "
     "border."), "block"),
    ("gathered-after-calls", ("The group had gathered in San Pedro Sula since Saturday "
     "evening after calls to travel together spread on social media."), "depart"),
    ("assembled-since-messages", ("Hundreds assembled at the bus terminal in San Pedro Sula "
     "on Friday after messages urging people to leave together went viral."), "depart"),
    ("escorted-instead", ("Local police in Huixtla escorted the marchers instead of turning "
     "them back."), "block"),
    ("escorted-rather-than", ("Officers in Escuintla accompanied the group rather than "
     "stopping it."), "block"),
    ("could-double-before", ("Activists say the caravan could double in size before it "
     "reaches Mexico, as smaller groups wait to join it."), "arrive"),
    ("might-grow-before", "The march might grow further before it gets to Tapachula.",
     "arrive"),
    ("abandoned-hope", "Many in the caravan abandoned hope of reaching Tijuana.", "depart"),
    ("abandoned-by-smugglers", ("The migrants were abandoned in the town of Arriaga by "
     "smugglers."), "depart"),
    ("struck-deal", "Officials struck a deal with Guatemala on Monday.", "depart"),
    ("turned-in-to-ask", ("Several families from the caravan turned themselves in to "
     "Border Patrol near El Paso on Monday to ask for asylum."), "dissolve"),
    ("crossed-to-seek", ("The migrants crossed the river at Tecun Uman on Monday to seek "
     "asylum."), "asylum"),
    ("ended-up-in-not-dissolve", ("Most of the migrants ended up in Mexico City on "
     "Monday."), "dissolve"),
    ("poured-into-venue-no-place", "Donations poured into the shelter on Monday.",
     "arrive"),
    ("descended-into-chaos", "The meeting in Tapachula descended into chaos on Monday.",
     "arrive"),
    ("may-split-until", "The group may split up until it crosses into Guatemala.",
     "cross_border"),
]


@pytest.mark.parametrize(("sentence", "kind"), [(s, k) for _, s, k in NOT_EVENTS],
                         ids=[i for i, _, _ in NOT_EVENTS])
def test_sentence_gives_no_event(sentence: str, kind: str) -> None:
    got = found(sentence)
    assert not any(e.type == kind for e in got), [(e.type, e.modality) for e in got]


# (id, sentence, type, modality): the counter-examples that must still fire
EVENTS: list[tuple[str, str, str, str]] = [
    ("officials-stop-it", ("Officials in the capital moved to stop the caravan at the "
     "border with Guatemala on Monday."), "block", A),
    ("some-willing", ("Police in Ciudad Hidalgo seemed willing to block the marchers on "
     "Tuesday."), "block", P),  # (willing, like ready, is a plan)
    ("gathered-to-begin", ("Hundreds of migrants gathered in San Pedro Sula on Monday to "
     "begin the journey north."), "depart", A),
    ("gathered-in-order-to", ("Hundreds of migrants gathered at the bus station in San "
     "Pedro Sula on Monday in order to travel together."), "depart", A),
    ("will-rest-before", ("Organizers said the caravan will rest in Tapachula before it "
     "reaches the border on Friday."), "arrive", P),
    ("rested-before-reached", ("The caravan rested in Huixtla before it reached Escuintla "
     "on Monday."), "arrive", A),
    # probe misses
    ("struck-out-from", "On Monday the group struck out from Ciudad Hidalgo on foot.",
     "depart", A),
    ("struck-off-toward", ("Before dawn the marchers struck off toward Huixtla from "
     "Tapachula."), "depart", A),
    ("abandoned-shelter", ("Some 3,000 migrants abandoned the shelter in Arriaga on Sunday "
     "and resumed their march north."), "depart", A),
    ("abandoned-camp", "The caravan abandoned its camp in Tecun Uman on Tuesday.",
     "depart", A),
    ("latched-on-to", ("Families from El Salvador latched on to the march in Esquipulas on "
     "Monday."), "join", A),
    ("crossing-of-group-into", ("The crossing of the caravan into Guatemala on Tuesday was "
     "peaceful."), "cross_border", A),
    ("melee-erupted", ("A melee erupted between the marchers and National Guard troops "
     "outside Escuintla on Tuesday."), "clash", A),
    ("brawl-broke-out", ("A brawl broke out between migrants and riot police at the bridge "
     "in Ciudad Hidalgo."), "clash", A),
    ("lined-up-to-register", ("Caravan members lined up to register for asylum in "
     "Tapachula on Monday."), "asylum", A),
    ("queued-to-apply", ("Dozens of the migrants queued outside the refugee agency in "
     "Tapachula on Monday to apply for asylum."), "asylum", A),
    ("poured-into-venue-in", "Migrants poured into the stadium in Mexico City on Monday.",
     "arrive", A),
    ("streamed-into-plaza-of", ("Migrants streamed into the plaza of Huixtla on Monday "
     "evening."), "arrive", A),
    ("settled-into", ("The migrants settled into a sports complex in Mexico City on "
     "Monday."), "arrive", A),
    ("descended-on", ("Thousands of migrants descended on the border city of Tijuana on "
     "Sunday."), "arrive", A),
    ("hunkered-down", "The group hunkered down in the town square of Juchitan on Sunday.",
     "arrive", A),
    ("ended-up-in", "Most of the migrants ended up in Mexico City on Monday.", "arrive", A),
]


@pytest.mark.parametrize(("sentence", "kind", "modality"),
                         [(s, k, m) for _, s, k, m in EVENTS], ids=[i for i, *_ in EVENTS])
def test_sentence_gives_event(sentence: str, kind: str, modality: str) -> None:
    got = found(sentence)
    assert any(e.type == kind and e.modality == modality for e in got), [
        (e.type, e.modality, e.place) for e in got]
