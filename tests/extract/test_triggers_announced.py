"""Trigger recall for announced restarts and attempts, and endings told with adverbs.

- A caravan that rests and "will resume walking", "would keep walking toward X on
  Wednesday", "would try to continue walking on Monday" sets off again: a ``depart``
  (planned when announced; "resumed walking" in the past is actual).  "Kept walking" in
  the past is the trip going on, not a departure.
- An attempt announced for a day ("would try again to cross on Friday", "will try to
  regroup in X on Wednesday") is a planned event; a past attempt ("tried to cross") did
  not happen and an undated one is a goal.
- A departure announced or scheduled as a noun ("announced another departure from X for
  Dec. 1", "the next departure of buses is scheduled for Friday") is planned.
- "The caravan broke apart", "the crowd melted away": the group dissolved.
- A bare "most had accepted" right after an offer (of papers, rides, or "the offer")
  is members leaving the march (``dissolve``); not "offered to take them the rest of the
  way", which goes on with it.
- Other phrasings: "flew into Managua", "fell in with the march", "started north",
  "only to be stopped", "officers shoved them back", "cooked for them", consultations;
  a time clause ("when they crossed into Mexico") keeps its tense, and "a day after they
  left" is an interval, not a rate; "advanced from X to Y" is a departure and an
  arrival.
- Repairs of the small model's parse: "watched as a group waded across" (the group
  hung on "as" as a preposition), "agents on horseback chasing migrants" (read as a
  compound noun), "said on Tuesday, as a new caravan gathered in X" (the clause hung on
  "as"), "People who turned down the visas set off again" (read as a noun phrase).
- "The front of the march", "the bulk of the caravan" are the group; "the head of the
  institute" is not.

Sentences written for these tests (none copied from an article), in the manners of wire
copy, local papers and NGO updates.  The lead places the caravan, so a departure gets its
place from the paragraph, as the guidelines allow.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extracting import events_of, found_after

pytestmark = pytest.mark.slow

PUBLISHED = dt.date(2023, 10, 25)  # a Wednesday
LEAD = "The migrant caravan reached Huixtla on Monday. "
A, P = "actual", "planned"


def found_in(sentence: str) -> list[tuple[str, str]]:
    """(type, modality) of the events whose evidence is ``sentence``, after the lead."""
    return found_after(LEAD, sentence, PUBLISHED)


FOUND: list[tuple[str, str, str, str]] = [
    # --- setting off again ------------------------------------------------------------
    ("will-resume-walking-toward", ("Organizers said the migrants will resume walking toward "
                                    "Escuintla on Friday."), "depart", P),
    ("would-keep-walking-toward", ("About 600 people said they would keep walking toward "
                                   "Mapastepec on Thursday."), "depart", P),
    ("would-try-continue-walking", ("About 300 of them said they would try to continue "
                                    "walking on Friday."), "depart", P),
    ("will-continue-marching", "The marchers will continue marching north on Saturday.",
     "depart", P),
    ("plan-to-resume-walking", "The group plans to resume walking at dawn on Thursday.",
     "depart", P),
    ("resumed-walking-past", "The caravan resumed walking on Tuesday after a day of rest.",
     "depart", A),
    ("resumed-marching-past", "Hundreds of migrants resumed marching early Tuesday.",
     "depart", A),
    # --- attempts announced for a day -------------------------------------------------
    ("would-try-again-to-cross", ("Organizers told reporters the rest of the group would try "
                                  "again to cross on Friday."), "cross_border", P),
    ("will-try-to-cross-into", ("The migrants will try to cross into Guatemala on "
                                "Saturday."), "cross_border", P),
    ("would-try-to-regroup", ("The group said it would try to regroup in Mapastepec on "
                              "Thursday."), "arrive", P),
    ("will-attempt-to-leave", "The caravan will attempt to leave Huixtla on Friday.",
     "depart", P),
    # --- departures announced as nouns ------------------------------------------------
    ("announced-another-departure", ("Organizers have already announced another departure "
                                     "from Mapastepec for Saturday."), "depart", P),
    ("next-departure-scheduled", ("The next departure of buses from San Vicente is scheduled "
                                  "for Friday."), "depart", P),
    ("set-new-departure", ("Organizers set a new departure from Tapachula for Friday, the "
                           "coordinator said."), "depart", P),
    ("departure-done", ("After the caravan's departure from Huixtla on Tuesday, the shelter "
                        "emptied."), "depart", A),
    # --- endings told with adverbs ----------------------------------------------------
    ("broke-apart", "Within hours the caravan broke apart.", "dissolve", A),
    ("had-broken-apart", "By Tuesday night the march had broken apart.", "dissolve", A),
    ("crowd-melted-away", "By nightfall the crowd had melted away.", "dissolve", A),
    ("caravan-melted-away", "Over the weekend the caravan melted away.", "dissolve", A),
    # --- other phrasings of arriving, joining, setting off, aid, clashes ---------------
    ("flew-into", ("Most of the Cubans had flown into Managua on charter flights before "
                   "joining the group."), "arrive", A),
    ("flew-to", "About 300 Haitians flew to Managua on Sunday.", "arrive", A),
    ("fell-in-with", ("About two dozen Hondurans who had slept at a gas station fell in with "
                      "the march on Tuesday."), "join", A),
    ("started-north", ("Some 450 people folded their tarps and started north on the highway "
                       "on Tuesday."), "depart", A),
    ("started-north-again", "The marchers started north again at dawn on Tuesday.",
     "depart", A),
    ("a-day-after-left", ("We spoke to him on Tuesday, a day after most of the group left "
                          "for Mapastepec."), "depart", A),
    ("when-crossed-into", ("When they finally crossed into Mexico, hundreds of troops were "
                           "waiting on the other bank."), "cross_border", A),
    ("after-crossed-plan", ("After they crossed into Guatemala on Sunday, the migrants "
                            "planned to rest."), "cross_border", A),
    ("until-caravan-leaves", ("The migrants will wait in Huixtla until the caravan leaves "
                              "on Friday."), "depart", P),
    ("when-they-arrive-future", ("When they arrive in Tijuana on Friday, they will ask for "
                                 "asylum."), "arrive", P),
    ("only-to-be-stopped", ("Hundreds of migrants tried to storm the bridge on Sunday, only to "
                            "be stopped by a wall of agents in riot gear."), "block", A),
    ("shoved-them-back", "Some pushed against the fence and officers shoved them back.",
     "clash", A),
    ("waded-rio-grande-west-of", ("About 200 others waded across the Rio Grande west of "
                                  "downtown El Paso on Tuesday."), "cross_border", A),
    ("cooked-for-them", "That evening volunteers at the parish cooked for them.", "aid", A),
    ("cooked-for-migrants", "Women from the market cooked for 300 migrants on Tuesday.",
     "aid", A),
    ("consultations", ("Mobile medical teams provided 1,874 consultations to people "
                       "travelling with the caravan last week."), "aid", A),
    ("advanced-from-to-depart", ("The group advanced from Arriaga to Tonala on Tuesday."),
     "depart", A),
    ("advanced-from-to-arrive", ("The group advanced from Arriaga to Tonala on Tuesday."),
     "arrive", A),
    ("marched-from-to-depart", "The caravan marched from Tapachula to Huixtla on Monday.",
     "depart", A),
    # --- small-model repairs ----------------------------------------------------------
    ("watched-as-group-waded", ("She watched from the riverbank as a group of about 40 "
                                "Venezuelans waded across the Rio Grande on Tuesday."),
     "cross_border", A),
    ("watched-as-caravan-crossed", ("Reporters watched as the caravan crossed into Guatemala "
                                    "on Monday."), "cross_border", A),
    ("agents-chasing-migrants", ("Images of agents on horseback chasing migrants near the "
                                 "water on Sunday drew outrage."), "clash", A),
    ("guards-chasing-marchers", ("Photos of guards on motorbikes chasing marchers on Monday "
                                 "circulated widely."), "clash", A),
    ("said-as-caravan-gathered", ("Mexico will send more troops south, the minister said on "
                                  "Tuesday, as a new caravan of several thousand migrants "
                                  "gathered in Tapachula."), "arrive", A),
    ("who-turned-down-set-off", ("About 200 people who turned down the visas set off again on "
                                 "foot toward Pijijiapan on Tuesday."), "depart", A),
    ("front-of-march-reached", ("The front of the march has reached Huehuetan, some 30 "
                                "kilometers north of Tapachula."), "arrive", A),
    ("bulk-of-caravan-arrived", "The bulk of the caravan arrived in Mapastepec on Tuesday.",
     "arrive", A),
    ("horde-stopped", ("A HORDE of nearly a thousand migrants tried to storm the bridge on "
                       "Sunday - only to be stopped by a wall of agents."), "block", A),
    ("issued-them-permits", ("On arrival, Honduran authorities issued them free transit "
                             "permits valid for five days."), "offer", A),
    ("ferried-to-town", ("Most of them had been ferried upriver in canoes to Mapastepec by "
                         "Tuesday."), "arrive", A),
    ("turned-in-to-police", ("Hundreds of the marchers turned themselves in to immigration "
                             "agents in Huixtla on Tuesday."), "dissolve", A),
    # --- pilgrims: the Easter caravans' own word --------------------------------------
    ("stopped-the-pilgrims", ("Immigration agents stopped the pilgrims at a checkpoint "
                              "outside Huixtla on Tuesday."), "block", A),
]


# A bare "accepted" accepts the offer named just before it: members leave the march.
ACCEPTED: list[tuple[str, str, str]] = [
    ("had-accepted", ("Agents offered the caravan members permits on Tuesday. By nightfall, 70 "
                      "people had accepted."), "By nightfall, 70 people had accepted."),
    ("accepted-and-boarded", ("Officials offered the marchers visas in Huixtla. About 600 "
                              "people accepted and boarded buses back south on Tuesday."),
     "About 600 people accepted and boarded buses back south on Tuesday."),
    ("most-accepted-same-sentence", ("Migration agents offered them permits and bus tickets to "
                                     "Mexico City on Tuesday, and most accepted."),
     ("Migration agents offered them permits and bus tickets to Mexico City on Tuesday, and "
      "most accepted.")),
]
NOT_ACCEPTED: list[tuple[str, str]] = [
    ("no-offer-before", ("The caravan rested in Huixtla on Tuesday. Most accepted that the "
                         "journey would be long.")),
    ("accepted-into", ("Officials offered the marchers permits. Twenty families were accepted "
                       "into a resettlement program.")),
    ("offered-to-take-onward", ("Officials offered to take the families the rest of the way in "
                                "buses on Tuesday, and most of them accepted.")),
]


@pytest.mark.parametrize(("text", "sentence"),
                         [pytest.param(t, s, id=i) for i, t, s in ACCEPTED])
def test_bare_accepted_dissolves(text: str, sentence: str) -> None:
    found = [(e.type, e.modality) for e in events_of(LEAD + text, PUBLISHED)
             if e.evidence.strip() == sentence]
    assert ("dissolve", A) in found


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in NOT_ACCEPTED])
def test_accepted_without_offer(text: str) -> None:
    assert "dissolve" not in [e.type for e in events_of(LEAD + text, PUBLISHED)]


@pytest.mark.parametrize(("sentence", "kind", "modality"),
                         [pytest.param(s, k, m, id=i) for i, s, k, m in FOUND])
def test_found(sentence: str, kind: str, modality: str) -> None:
    assert (kind, modality) in found_in(sentence)


NOT_FOUND: list[tuple[str, str, str]] = [
    # the trip going on, not a departure
    ("kept-walking-past", "Others kept walking in small groups.", "depart"),
    ("continued-walking-night", "The marchers continued walking through the night.",
     "depart"),
    ("keeps-walking-habit", "The group keeps walking despite the heat.", "depart"),
    # past attempts did not happen; undated ones are goals
    ("tried-to-cross", "The migrants tried to cross on Tuesday but were turned back.",
     "cross_border"),
    ("attempted-to-cross", "Dozens attempted to cross the river on Tuesday.",
     "cross_border"),
    ("would-try-undated", "They said they would try to reach the border.", "arrive"),
    # cooking their own meal, cooking for earlier caravans, flying out, starting things
    ("cooked-own-rice", "The migrants cooked rice on the roadside on Tuesday.", "aid"),
    ("cooked-for-past-caravans", ("A woman who runs a kitchen said she had cooked for the "
                                  "caravans of 2018 and 2020."), "aid"),
    ("flew-the-migrants", "The government flew the migrants to Tapachula.", "arrive"),
    ("started-the-engine", "The driver started the bus north of Huixtla.", "depart"),
    ("shoved-each-other", "Migrants shoved each other back in the line for food.", "clash"),
    ("when-crossing-generic", ("DHS announced the expulsion of Venezuelans who arrive in the "
                               "United States when crossing the border."), "cross_border"),
    ("will-walk-from-to", "The caravan will walk from Tapachula to Huixtla on Friday.",
     "depart"),  # (the day's goal: an arrival announced)
    ("children-chasing-ball", ("Photos of children chasing a ball near the migrants' tents "
                               "on Monday."), "clash"),
    ("smugglers-chasing", "Police said smugglers were chasing the migrants on Monday.",
     "clash"),
    ("head-of-institute-arrived", ("The head of the migration institute arrived in Huixtla "
                                   "on Tuesday."), "arrive"),
    ("front-of-building", "The front of the church was closed on Tuesday.", "block"),
    ("not-announced-departure", ("Organizers have not announced another departure from "
                                 "Mapastepec."), "depart"),
    ("turned-in-to-border-patrol", ("About 1,500 migrants waded across the Rio Grande on "
                                    "Sunday and turned themselves in to Border Patrol agents."),
     "dissolve"),  # (how people ask for asylum at the US border)
    # other things that break apart or melt away
    ("support-broke-apart", "Support for the proposal broke apart in Congress.",
     "dissolve"),
    ("snow-melted-away", "The hopes of the families melted away.", "dissolve"),
]


@pytest.mark.parametrize(("sentence", "kind"),
                         [pytest.param(s, k, id=i) for i, s, k in NOT_FOUND])
def test_not_found(sentence: str, kind: str) -> None:
    assert kind not in [k for k, _ in found_in(sentence)]
