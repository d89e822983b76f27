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
