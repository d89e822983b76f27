"""Event precision: clauses that name a happening that did not happen, or not once.

- done instead: "scatter caravans with paperwork rather than confront them";
- repeated: "had entered the country more than once", "deported several times";
- rules and warnings about anyone: "anyone who crosses illegally will be detained",
  "warned that those who entered illegally would be deported";
- rumours and fears as subjects: "a rumor spread that they would be allowed to cross";
- "in case": "deployed troops in case the migrants reached the border";
- questions: "asked whether he expected the caravan to keep growing";
- "treated like animals" (no medical care);
- police sent to patrol or escort (GUIDELINES.md: escorts are no events), unlike police
  deployed "to stop the caravan" or that "will remain deployed to prevent it advancing";
- counts: "the number of persons detained crossing the border", "deported more people
  from the three main countries ... than the U.S.";
- a named river that is no border ("crossed the Huehuetán River"): a stretch of the
  route, not a border crossing (the Suchiate, the Rio Grande, the Usumacinta are).

Each has a counterpart that must still give its event.  Sentences written for these
tests (none copied from an article).
"""

from __future__ import annotations

import datetime as dt

import pytest
from extracting import found_after

pytestmark = pytest.mark.slow

PUBLISHED = dt.date(2023, 10, 25)  # a Wednesday
LEAD = "Reporters have followed the migrant caravan for weeks. "
A, P = "actual", "planned"


def found_in(sentence: str) -> list[tuple[str, str]]:
    """(type, modality) of the events whose evidence is ``sentence``, after the lead."""
    return found_after(LEAD, sentence, PUBLISHED)


NOT_EVENTS: list[tuple[str, str, str]] = [
    ("rather-than-confront", ("Mexico has preferred to scatter caravans with paperwork rather "
                              "than confront them with riot shields."), "clash"),
    ("rather-than-detain", ("The police chose to escort the migrants rather than detain "
                            "them."), "detain"),
    ("instead-of-detaining", "Police escorted the group instead of detaining them.",
     "detain"),
    ("more-than-once", "Some of them had entered the country irregularly more than once.",
     "cross_border"),
    ("several-times", "Many of the migrants had been deported several times.", "deport"),
    ("anyone-who-will-be-detained", ("Officials said anyone who crosses the border illegally "
                                     "will be detained."), "detain"),
    ("warned-those-who", ("Officials warned that those who entered illegally would be "
                          "deported."), "deport"),
    ("those-who-would", ("The minister said: \"We will confront those who would do us "
                         "harm.\""), "clash"),
    ("rumor-spread-that", ("The group gathered on the bridge after a rumor spread that "
                           "Venezuelans would be allowed to cross on Monday."), "cross_border"),
    ("fears-grew-that", ("Fears grew that police would block the highway to Huixtla on "
                         "Friday."), "block"),
    ("in-case-reached", ("Mexico deployed troops along its border in case the migrants "
                         "managed to reach it."), "arrive"),
    ("asked-whether-grow", ("Asked whether he expected the caravan to keep growing, the "
                            "organizer shrugged."), "join"),
    ("asked-if-leave", ("Asked if he thought the caravan would leave Huixtla on Friday, the "
                        "priest said nobody knew."), "depart"),
    ("dispatched-to-patrol", ("The ministry dispatched police to patrol the plaza where "
                              "the migrants gathered on Sunday."), "block"),
    ("sent-to-escort", ("The state sent 200 officers to escort the caravan along the highway "
                        "on Monday."), "block"),
    ("number-of-persons-detained-crossing", ("The caravan is only a fraction of the number of "
                                             "persons detained crossing the border last "
                                             "year."), "cross_border"),
    ("number-who-crossed", ("The number of migrants who crossed into Guatemala on Monday rose "
                            "to 3,000."), "cross_border"),
    ("deported-more-than-long", ("Mexico has deported more people from the three main "
                                 "countries of origin for the migrants (Guatemala, Honduras "
                                 "and El Salvador) than the U.S. has."), "deport"),
    ("treat-us-like-animals", '"They treat us like animals," said a woman from Honduras.',
     "aid"),
    ("treated-like-criminals", "The marchers say they were treated like criminals.", "aid"),
    ("inland-river", "Migrants crossed the Huehuetan River on a rope line on Monday.",
     "cross_border"),
    ("inland-river-waded", "The marchers waded across the Despoblado River on Tuesday.",
     "cross_border"),
]


@pytest.mark.parametrize(("sentence", "kind"),
                         [pytest.param(s, k, id=i) for i, s, k in NOT_EVENTS])
def test_not_an_event(sentence: str, kind: str) -> None:
    assert kind not in [k for k, _ in found_in(sentence)]


EVENTS: list[tuple[str, str, str, str]] = [
    ("detained-then-escorted", ("Police detained 40 migrants in Huixtla on Monday and "
                                "escorted the rest."), "detain", A),
    ("crossed-suchiate", "The migrants crossed the Suchiate River into Mexico on Monday.",
     "cross_border", A),
    ("waded-rio-grande", "About 200 migrants waded across the Rio Grande on Monday.",
     "cross_border", A),
    ("crossed-usumacinta", "The group crossed the Usumacinta River on rafts on Sunday.",
     "cross_border", A),
    ("crossed-river-into-country", ("The caravan crossed the Paz River into El Salvador on "
                                    "Sunday."), "cross_border", A),
    ("said-would-be-deported", ("Officials said the 300 migrants detained in Huixtla would "
                                "be deported on Friday."), "deport", P),
    ("those-it-detained", ("Mexico said those it detained in Huixtla on Monday will be "
                           "deported on Friday."), "deport", P),
    ("deployed-to-stop", ("The government deployed 500 police to Huixtla on Tuesday to stop "
                          "the caravan."), "block", A),
    ("hundreds-of-police-were-deployed", ("Hundreds of police were deployed on the highway on "
                                          "Tuesday to stop the caravan."), "block", A),
    ("will-remain-deployed-to-prevent", ("Troops will remain deployed on the highway to Huixtla "
                                         "until Friday to prevent the group from advancing."),
     "block", P),
    ("medics-treated", "A Red Cross team treated 100 migrants for blistered feet in Huixtla.",
     "aid", A),
    ("reached-despite-rumor", ("The caravan reached Huixtla on Monday despite rumors of a "
                               "roadblock."), "arrive", A),
]


@pytest.mark.parametrize(("sentence", "kind", "modality"),
                         [pytest.param(s, k, m, id=i) for i, s, k, m in EVENTS])
def test_still_an_event(sentence: str, kind: str, modality: str) -> None:
    assert (kind, modality) in found_in(sentence)
