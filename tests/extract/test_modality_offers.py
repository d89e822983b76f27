"""Modality of offers: made, or only promised.  Sentences written for the tests."""

from __future__ import annotations

import pytest
from test_events import extract

pytestmark = pytest.mark.slow

LEAD = "The caravan of migrants reached Huixtla on Friday. "

OFFERS: list[tuple[str, str, str]] = [
    ("promised-to-offer", "Mexico has promised to offer work visas to the migrants.",
     "planned"),
    ("pledged-to-grant", "The government pledged to grant the migrants transit permits.",
     "planned"),
    ("offered", "Officials offered the migrants transit permits in Huixtla on Monday.",
     "actual"),
    ("had-offered", "Officials had offered transit permits on Friday.", "actual"),
]


@pytest.mark.parametrize(("text", "modality"),
                         [pytest.param(t, m, id=i) for i, t, m in OFFERS])
def test_offer_modality(text: str, modality: str) -> None:
    found = [e for e in extract(LEAD + text) if e.evidence == text and e.type == "offer"]
    assert [e.modality for e in found] == [modality]


INFINITIVE_RELATIVES: list[tuple[str, str, str]] = [
    ("called-for-caravan-to-leave", ("Organizers called for a new caravan to leave San Pedro "
                                     "Sula on Oct. 30."), "planned"),
    ("caravan-to-depart", ("Activists urged people to join a caravan to depart from "
                           "Tapachula on Saturday."), "planned"),
    ("first-caravan-to-reach", "It was the first caravan to reach Tijuana this year.",
     "actual"),
]


@pytest.mark.parametrize(("text", "modality"),
                         [pytest.param(t, m, id=i) for i, t, m in INFINITIVE_RELATIVES])
def test_infinitive_relative_is_planned_unless_ordinal(text: str, modality: str) -> None:
    found = [e for e in extract(text) if e.type in ("depart", "arrive")]
    assert [e.modality for e in found] == [modality]
