"""Event attributes beyond the basics: the place of a border crossing, places and
dates that come from the narrative.  Sentences written for the tests."""

from __future__ import annotations

import pytest
from test_events import extract

pytestmark = pytest.mark.slow

LEAD = "The caravan of migrants left Tapachula on Friday. "

CROSSINGS: list[tuple[str, str, str | None, str]] = [
    ("into-town", "Hundreds of migrants walked across the bridge into El Paso on Monday.",
     "El Paso", "US"),
    ("at-crossing", "The caravan entered Guatemala at Agua Caliente on Sunday.",
     "Agua Caliente", "GT"),
    ("crossed-at", "The migrants crossed into Guatemala at El Florido on Sunday.",
     "El Florido", "GT"),
    # the river crossed is the place (the scorer's aliases list "Suchiate River"); the
    # country is the one entered
    ("river-is-place", "The migrants crossed the Suchiate River into Mexico on Sunday.",
     "Suchiate River", "MX"),
    ("country-only", "The group crossed the border into Guatemala on Sunday.", None, "GT"),
]


@pytest.mark.parametrize(("text", "place", "country"),
                         [pytest.param(t, p, c, id=i) for i, t, p, c in CROSSINGS])
def test_crossing_place(text: str, place: str | None, country: str) -> None:
    found = [e for e in extract(LEAD + text) if e.evidence == text and
             e.type == "cross_border"]
    assert [(e.place, e.country) for e in found] == [(place, country)]


DEPORT_PLACES: list[tuple[str, str, str | None, str | None]] = [
    ("shared-scene", "About 80 people were detained in Arriaga and sent back to Honduras.",
     "deport", "Arriaga", "MX"),
    ("sent-from", "About 90 migrants were flown back to Honduras from Villahermosa on Monday.",
     "deport", "Villahermosa", "MX"),
    ("flown-after-roundup", "Some 60 people were rounded up in Huixtla and flown back.",
     "deport", "Huixtla", "MX"),
]


@pytest.mark.parametrize(("text", "kind", "place", "country"),
                         [pytest.param(t, k, p, c, id=i) for i, t, k, p, c in DEPORT_PLACES])
def test_deport_place(text: str, kind: str, place: str | None, country: str | None) -> None:
    found = [e for e in extract(LEAD + text) if e.evidence == text and e.type == kind]
    assert [(e.place, e.country) for e in found] == [(place, country)]


REFERENCE_POINTS: list[tuple[str, str, str]] = [
    ("km-north-of-where", ("The marchers are now in Huixtla, about 40 kilometers north of "
                           "Tapachula, where they spent the night."), "Huixtla"),
    ("miles-from", "The caravan reached Huixtla, some 30 miles from Tapachula, on Sunday.",
     "Huixtla"),
    ("south-of", "The caravan reached Escuintla, south of Mapastepec, on Sunday.", "Escuintla"),
    ("short-of", "The migrants camped in Arriaga, just short of Juchitan, on Sunday.",
     "Arriaga"),
]


@pytest.mark.parametrize(("text", "place"),
                         [pytest.param(t, p, id=i) for i, t, p in REFERENCE_POINTS])
def test_reference_point_is_not_the_place(text: str, place: str) -> None:
    found = [e for e in extract(LEAD + text) if e.evidence == text]
    assert [(e.type, e.place) for e in found] == [("arrive", place)]


THERE: list[tuple[str, str, str]] = [
    ("no-event-before", ("The caravan of migrants left Tapachula on Friday. The road north "
                         "passes through Huixtla. There, police detained 30 migrants."),
     "detain", "Huixtla"),
    ("event-before", ("The caravan of migrants reached Huixtla on Friday. There, police "
                      "detained 30 migrants."), "detain", "Huixtla"),
]


@pytest.mark.parametrize(("text", "kind", "place"),
                         [pytest.param(t, k, p, id=i) for i, t, k, p in THERE])
def test_there_takes_the_place_before(text: str, kind: str, place: str) -> None:
    found = [e for e in extract(text) if e.type == kind]
    assert [e.place for e in found] == [place]


BORDERS: list[tuple[str, str, str]] = [
    ("turned-back-at-adj-border", "The group was turned back at the Guatemalan border.",
     "block", "GT"),
    ("stopped-at-adj-border", "Soldiers stopped the marchers at the Honduran border.",
     "block", "HN"),
    ("arrived-at-us-border", "About 300 migrants arrived at the U.S. border on Sunday.",
     "arrive", "US"),
]


@pytest.mark.parametrize(("text", "kind", "country"),
                         [pytest.param(t, k, c, id=i) for i, t, k, c in BORDERS])
def test_border_adjective_gives_country(text: str, kind: str, country: str) -> None:
    lead = "A caravan of migrants set off on Friday. "
    found = [e for e in extract(lead + text) if e.evidence == text and e.type == kind]
    assert [(e.place, e.country) for e in found] == [(None, country)]


DEPART_WHERE_GROUP_IS: list[tuple[str, str]] = [
    ("forming-and-leave", "A new caravan is forming in Tapachula and could leave on Friday."),
    ("group-phrase", "Migrants in Tapachula are preparing to set out on Saturday."),
    ("rested-and-left", "The migrants rested in Tapachula and left on Monday morning."),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in DEPART_WHERE_GROUP_IS])
def test_departure_from_where_the_group_is(text: str) -> None:
    found = [e for e in extract(text) if e.type == "depart"]
    assert [(e.place, e.country) for e in found] == [("Tapachula", "MX")]


SIZES_OF_THE_GROUP: list[tuple[str, str, str, int]] = [
    ("part-of-whole", ("Of the 3,000 migrants in the caravan, about 400 Hondurans were "
     "detained in Arriaga on Monday."), "detain", 400),
    ("two-groups", ("While 5,000 migrants waited in Tapachula, a group of 600 Cubans left "
     "for Huixtla on Monday."), "depart", 600),
    ("conjoined-clause", ("Some 2,000 people marched on, and about 300 Haitians were "
     "detained near Huixtla on Monday."), "detain", 300),
    ("police-count-first", ("About 500 police officers stopped a caravan of 2,000 migrants "
     "near Huixtla on Monday."), "block", 2000),
]


@pytest.mark.parametrize(("text", "kind", "size"),
                         [pytest.param(t, k, n, id=i) for i, t, k, n in SIZES_OF_THE_GROUP])
def test_size_is_the_groups_own(text: str, kind: str, size: int) -> None:
    """The sentence's best-ranked number may count another group or the forces: the
    event takes the best size inside its own group's phrase."""
    found = [e for e in extract(LEAD + text) if e.evidence == text and e.type == kind]
    assert [e.size for e in found] == [size]
