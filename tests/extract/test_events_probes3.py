"""Triggers, places and modality on phrasings found missing by whole probe articles.

Sentences written for these tests (none copied from an article): the styles that the
held-out sets seldom have (partisan sites, wire copy translated word by word, first-person
blogs, live blogs).  Each follows a neutral lead naming the caravan.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extracting import events_after, events_of

from caravanwatch.records import Event

pytestmark = pytest.mark.slow

PUBLISHED = dt.date(2024, 10, 2)  # a Wednesday
LEAD = "Reporters have followed the migrant caravan for weeks. "
A, P = "actual", "planned"


def found(text: str) -> list[Event]:
    """Events of ``text`` after the lead, leaving out any the lead itself gives."""
    return events_after(LEAD, text, PUBLISHED)


# (id, sentence, type, modality, place or None, country)
FOUND: list[tuple[str, str, str, str, str | None, str]] = [
    ("stormed-out-of", "Thousands of migrants stormed out of Tapachula on Tuesday.",
     "depart", A, "Tapachula", "MX"),
    ("surged-out-of", "The caravan surged out of Huixtla at dawn on Monday.",
     "depart", A, "Huixtla", "MX"),
    ("rushed-out-of", "A crowd of migrants rushed out of Tapachula before dawn on Sunday.",
     "depart", A, "Tapachula", "MX"),
    ("spilled-out-of", "The marchers spilled out of Tecún Umán on Monday morning.",
     "depart", A, "Ciudad Tecún Umán", "GT"),
    ("crashed-through-border", ("On Monday the migrants crashed through the border gate at "
                                "Ciudad Hidalgo."), "cross_border", A, "Ciudad Hidalgo", "MX"),
    ("accepted-and-left", ("In Huixtla on Monday hundreds who accepted the offer left the "
                           "caravan."), "dissolve", A, "Huixtla", "MX"),
    ("agreed-to-disband", ("Hundreds of marchers agreed to disband in Huixtla on Monday after "
                           "officials offered them permits."), "dissolve", A, "Huixtla", "MX"),
    ("river-in-town-arrive", ("The caravan reached the banks of the Suchiate River in "
                              "Tecún Umán on Monday."), "arrive", A, "Ciudad Tecún Umán", "GT"),
    ("river-in-town-detain", ("Police detained 40 migrants on the bank of the Rio Grande in "
                              "Eagle Pass on Monday."), "detain", A, "Eagle Pass", "US"),
    ("river-side-in-town", ("The front of the march reached the Mexican side of the Suchiate "
                            "in Ciudad Hidalgo on Monday."), "arrive", A, "Ciudad Hidalgo",
     "MX"),
    ("left-last-week-rootless", "A caravan of migrants left Tapachula last week.", "depart",
     A, "Tapachula", "MX"),
    ("left-last-month-rootless", "A group of Venezuelan migrants left Huixtla last month.",
     "depart", A, "Huixtla", "MX"),
    ("at-dawn-from-shelter", ("The caravan set off again at dawn from the shelter "
                              "in Huixtla, heading for the border."), "depart", A, "Huixtla",
     "MX"),
    ("in-the-morning-from-plaza", ("The marchers left early in the morning on Monday from the "
                                   "plaza of Huixtla."), "depart", A, "Huixtla", "MX"),
    ("a-number-of-them", ("The caravan rested in Huixtla. On Monday a number of them were "
                          "detained in Huixtla."), "detain", A, "Huixtla", "MX"),
    ("a-handful-of-them", ("The caravan rested in Huixtla. On Monday a handful of them were "
                           "deported to Honduras from Huixtla."), "deport", A, "Huixtla", "MX"),
    ("crashed-through-border-clash", ("On Monday the migrants crashed through the border gate "
                                      "at Ciudad Hidalgo."), "clash", A, "Ciudad Hidalgo",
     "MX"),
]


@pytest.mark.parametrize(("text", "kind", "modality", "place", "country"),
                         [f[1:] for f in FOUND], ids=[f[0] for f in FOUND])
def test_found(text: str, kind: str, modality: str, place: str | None, country: str) -> None:
    got = [(e.type, e.modality, e.place, e.country) for e in found(text)]
    assert (kind, modality, place, country) in got, got


# (id, sentence, type that must not be found)
NOT_EVENTS: list[tuple[str, str, str]] = [
    ("rushed-out-of-meeting", "The minister rushed out of the meeting in Tapachula on Monday.",
     "depart"),
    ("crashed-through-prices", "Coffee prices crashed through a floor in Honduras on Monday.",
     "cross_border"),
    ("offer-to-those-who-agreed", ("In Huixtla on Monday officials offered temporary "
                                   "permits to those who agreed to disband."), "dissolve"),
    ("offer-for-migrants-who-agree", ("Mexico offered visas on Monday to migrants in Huixtla "
                                      "who agree to leave the caravan."), "dissolve"),
    ("offer-any-who-accepted", ("The government offered visas in Huixtla on Monday to any "
                                "marcher who accepted to abandon the march."), "dissolve"),
    ("the-number-of-them", ("The caravan rested in Huixtla. The number of them detained "
                            "this year in Mexico is unknown."), "detain"),
    ("will-rest-until", ("The marchers reached Huixtla on Sunday. Organizers said they will "
                         "rest in Huixtla until Thursday."), "arrive-planned"),
    ("plan-to-stay-until", ("The caravan got to Escuintla on Sunday. The migrants plan to stay "
                            "in Escuintla until Friday."), "arrive-planned"),
    ("give-to-those-who-quit", ("Officials gave bus tickets in Huixtla on Monday to those who "
                                "quit the caravan."), "dissolve"),
]


@pytest.mark.parametrize(("text", "kind"), [n[1:] for n in NOT_EVENTS],
                         ids=[n[0] for n in NOT_EVENTS])
def test_not_found(text: str, kind: str) -> None:
    got = [(e.type, e.modality) for e in found(text)]
    assert all(t != kind and f"{t}-{m}" != kind for t, m in got), got


# (id, article text, type, place, country): datelines of styles the sets seldom have
DATELINED: list[tuple[str, str, str, str | None, str]] = [
    ("agency-month-day", ("Huixtla (Mexico), Sep 30 (EFE) - A caravan of 900 migrants "
                          "reached this town on Monday."), "arrive", "Huixtla", "MX"),
    ("paren-date", ("HUIXTLA, Mexico (September 30, 2024) — A caravan of 900 migrants "
                    "arrived in this town on Monday."), "arrive", "Huixtla", "MX"),
    ("masthead-first", ("Migrants rest in the south\n\nTHE SOUTHERN HERALD — English "
                        "edition\n\nHUIXTLA, Mexico — A caravan of 900 migrants arrived in "
                        "this town on Monday."), "arrive", "Huixtla", "MX"),
    ("went-out-from", ("A caravan formed in Chiapas. Some 1,200 migrants went out this Monday "
                       "from the city of Tapachula."), "depart", "Tapachula", "MX"),
    ("exited", "The caravan exited Huixtla before dawn on Monday.", "depart", "Huixtla",
     "MX"),
]


@pytest.mark.parametrize(("text", "kind", "place", "country"), [d[1:] for d in DATELINED],
                         ids=[d[0] for d in DATELINED])
def test_datelined(text: str, kind: str, place: str | None, country: str) -> None:
    got = [(e.type, e.place, e.country) for e in events_of(text, PUBLISHED)]
    assert (kind, place, country) in got, got


# (id, article text, type, place, country): a town several countries have is taken in
# the country the story keeps naming, not one a nationality names once
HOMONYMS: list[tuple[str, str, str, str, str]] = [
    ("coatepeque-gt", ("The caravan walked from Retalhuleu to Mazatenango on Sunday. On "
                       "Monday about 500 more people, mostly from El Salvador, joined the "
                       "caravan in Coatepeque. Guatemala's government said nothing."),
     "join", "Coatepeque", "GT"),
    ("escuintla-mx", ("Guatemala and Honduras have said nothing about the caravan. It left "
                      "Tapachula on Saturday and rested in Huixtla, in Chiapas, on Sunday. On Monday "
                      "agents detained 40 of the marchers in Escuintla."), "detain",
     "Escuintla", "MX"),
    ("escuintla-gt", ("Mexico has said nothing about the caravan. It crossed from Chiquimula "
                      "toward Guatemala City on Sunday. On Monday police detained 40 of the "
                      "marchers in Escuintla."), "detain", "Escuintla", "GT"),
]


@pytest.mark.parametrize(("text", "kind", "place", "country"), [h[1:] for h in HOMONYMS],
                         ids=[h[0] for h in HOMONYMS])
def test_homonym_towns(text: str, kind: str, place: str, country: str) -> None:
    got = [(e.type, e.place, e.country) for e in events_of(text, PUBLISHED)]
    assert (kind, place, country) in got, got


# (id, shelter's own text, type, place): "our door" is the writer's town even when the
# sentence names the town the group came from in a relative clause
OUR_PLACE: list[tuple[str, str, str, str]] = [
    ("our-door-relcl", ("I volunteer at the migrant house in Saltillo.\n\nOn Sunday about 200 "
                        "people from the caravan that left Tapachula this month arrived at our "
                        "door."), "arrive", "Saltillo"),
    ("our-shelter-acl", ("Our parish runs a shelter in Huixtla.\n\nOn Sunday a group of 90 "
                         "migrants coming from Tapachula reached our shelter."), "arrive",
     "Huixtla"),
]


@pytest.mark.parametrize(("text", "kind", "place"), [o[1:] for o in OUR_PLACE],
                         ids=[o[0] for o in OUR_PLACE])
def test_our_place(text: str, kind: str, place: str) -> None:
    got = [(e.type, e.place) for e in events_of(text, PUBLISHED)]
    assert (kind, place) in got, got


# (id, text, type, expected dates): a named border post the small model reads as the verb
# "crossing" is no second crossing, and its "the next day" dates the entry
NAMED_POSTS: list[tuple[str, str, str, list[str]]] = [
    ("el-florido-next-day", ("The caravan left San Pedro Sula on September 20. It entered "
                             "Guatemala at the El Florido crossing the next day."),
     "cross_border", ["2024-09-21"]),
    ("agua-caliente-two-days", ("The caravan left Ocotepeque on September 20. It entered "
                                "Guatemala at the Agua Caliente crossing two days later."),
     "cross_border", ["2024-09-22"]),
]


@pytest.mark.parametrize(("text", "kind", "dates"), [n[1:] for n in NAMED_POSTS],
                         ids=[n[0] for n in NAMED_POSTS])
def test_named_posts(text: str, kind: str, dates: list[str]) -> None:
    got = sorted(str(e.date) for e in events_of(text, PUBLISHED) if e.type == kind)
    assert got == dates, got


# (id, live blog, type, date): entries under a day heading are of that day
BLOG_DAYS: list[tuple[str, str, str, str]] = [
    ("older-day-heading", ("LIVE: the caravan in Chiapas\n\nWednesday, October 2\n\n9:10 a.m. — "
                           "Police detained 30 migrants of the caravan in Huixtla.\n\nMonday, "
                           "September 30\n\n5:00 p.m. — The caravan has arrived in Huixtla "
                           "after a long day on the road."), "arrive", "2024-09-30"),
    ("heading-with-year", ("Live updates\n\nTuesday, Oct. 1, 2024\n\n6:30 p.m. — The caravan "
                           "has reached Escuintla, organizers say.\n\n2:00 p.m. — The marchers "
                           "are resting in Huixtla."), "arrive", "2024-10-01"),
    ("no-heading", ("Live updates\n\n6:30 p.m. — The caravan has reached Escuintla, organizers "
                    "say.\n\n2:00 p.m. — The marchers rested in Huixtla."), "arrive",
     "2024-10-02"),
]


@pytest.mark.parametrize(("text", "kind", "date"), [b[1:] for b in BLOG_DAYS],
                         ids=[b[0] for b in BLOG_DAYS])
def test_blog_days(text: str, kind: str, date: str) -> None:
    got = [str(e.date) for e in events_of(text, PUBLISHED) if e.type == kind]
    assert got and all(d == date for d in got), got
