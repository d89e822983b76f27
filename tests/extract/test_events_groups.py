"""Participants far from the caravan's name: generic group nouns in an article that is
about a migrant group.  Sentences written for the tests."""

from __future__ import annotations

import pytest
from test_events import extract

pytestmark = pytest.mark.slow

# A lead that names the caravan, then filler far enough (> one paragraph) that only the
# article-level rule can link the later sentence to the group.
LEAD = "A caravan of migrants set off from the south of the region on Monday. "
FILLER = ("Officials in the capital declined to comment on the situation at length, and "
          "a spokesperson said the ministry would publish a statement in due course. ") * 8

FAR: list[tuple[str, str, str]] = [
    ("main-group", "On Wednesday the main group entered Guatemala near the border.",
     "cross_border"),
    ("participants", "About 300 participants reached Tapachula on Wednesday.", "arrive"),
    ("holdouts", "About 200 holdouts reached Huixtla on Wednesday.", "arrive"),
    ("people-passive", "Police detained 40 people in Tapachula on Wednesday.", "detain"),
    ("members", "Some members applied for asylum in Tapachula on Wednesday.", "asylum"),
    ("they", "They arrived in Arriaga on Wednesday.", "arrive"),
]


@pytest.mark.parametrize(("text", "kind"), [pytest.param(t, k, id=i) for i, t, k in FAR])
def test_generic_group_far_from_caravan(text: str, kind: str) -> None:
    found = [e for e in extract(LEAD + FILLER + text) if e.evidence == text]
    assert [e.type for e in found] == [kind]


NOT_ABOUT: list[tuple[str, str]] = [
    ("no-group-article", "Police detained 40 people in Tapachula on Wednesday."),
    ("no-group-arrive", "About 300 participants reached Tapachula on Wednesday."),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in NOT_ABOUT])
def test_no_migrant_group_in_article(text: str) -> None:
    assert extract(FILLER + text) == ()


NEAR = "The caravan of migrants reached Huixtla on Thursday. "
OFFERS: list[tuple[str, str]] = [
    ("officials-had-offered", "Officials had offered transit permits on Friday."),
    ("government-offered", "The government offered humanitarian visas in Huixtla on Friday."),
    ("offered-the-marchers", "Officials offered the marchers permits valid for a month."),
    ("offered-the-migrants", "The government offered the migrants humanitarian visas."),
    ("ministry-offered", "The interior ministry offered free transport home on Friday."),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in OFFERS])
def test_offer_by_authority_near_the_group(text: str) -> None:
    assert [e.type for e in extract(NEAR + text) if e.evidence == text] == ["offer"]


@pytest.mark.parametrize("text", [
    pytest.param("Analysts offered several explanations on Friday.", id="not-an-offer"),
    pytest.param("Officials offered transit permits on Friday.", id="no-group-article"),
])
def test_offer_needs_group_and_offer_object(text: str) -> None:
    lead = NEAR if "Analysts" in text else ""
    assert [e.type for e in extract(lead + text) if e.evidence == text] == []


ALONE: list[tuple[str, str]] = [
    ("foreign-nationals", "Some 300 foreign nationals were detained in Arriaga on Sunday.",
     ),
    ("undocumented-people", "About 400 undocumented people crossed into Mexico on Sunday."),
    ("nationality-families", "A group of Haitian families arrived in Tapachula on Sunday."),
    ("nationality-men-women", "Hundreds of Honduran men and women left San Pedro Sula."),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in ALONE])
def test_people_with_nationality_or_status_are_a_group(text: str) -> None:
    assert len(extract(text)) == 1


@pytest.mark.parametrize("text", [
    pytest.param("Local families welcomed the visitors in Arriaga on Sunday.", id="local"),
    pytest.param("Hundreds of American tourists arrived in Cancun on Sunday.", id="tourists"),
])
def test_other_people_are_not_a_group(text: str) -> None:
    assert extract(text) == ()


AID_GIVERS_ONLY: list[tuple[str, str]] = [
    ("served-meals", "Volunteers served 600 meals at the parish in Huixtla on Wednesday."),
    ("handed-out-water", "Red Cross teams handed out water in Arriaga on Wednesday."),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in AID_GIVERS_ONLY])
def test_aid_in_a_caravan_article_needs_no_recipient(text: str) -> None:
    found = [e for e in extract(LEAD + FILLER + text) if e.evidence == text]
    assert [e.type for e in found] == ["aid"]


def test_aid_without_a_caravan_is_not_an_event() -> None:
    text = "Red Cross teams handed out water in Arriaga on Wednesday."
    assert extract(FILLER + text) == ()
