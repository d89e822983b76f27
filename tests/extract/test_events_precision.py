"""Sentences that name a migrant group and a trigger word but state no happening of a
travelling group: moods, totals over a period.  Sentences written for the tests."""

from __future__ import annotations

import pytest
from test_events import extract

pytestmark = pytest.mark.slow

LEAD = "The caravan of migrants left Tapachula on Friday. "

NOT_EVENTS: list[tuple[str, str, str]] = [
    ("grew-tired", "Many migrants grew tired of the delays in Huixtla on Sunday.", "join"),
    ("grew-frustrated", "The marchers grew frustrated with the officials on Sunday.", "join"),
    ("hoping-to-reach", ("Some 900 migrants set out from Huixtla on Monday, hoping to "
                         "eventually reach the United States."), "arrive"),
    ("aiming-to-cross", ("The marchers left Arriaga on Sunday, aiming to cross into the "
                         "United States."), "cross_border"),
    ("gerund-rule", ("Entering the country without passing through a border post is an "
                     "offence under the law."), "cross_border"),
    ("gerund-punishable", "Crossing the river illegally is punishable by fines.",
     "cross_border"),
    ("gerund-unlawful", "Detaining migrant children is unlawful, the judge said.", "detain"),
    ("typically-leave", "Caravans typically leave from the bus terminal in San Pedro Sula.",
     "depart"),
    ("repeatedly-broken-up", ("Mexican authorities have repeatedly broken up caravans in "
                              "Chiapas in recent years."), "block"),
    ("often-detain", "Police often detain migrants at the checkpoint near Huixtla.", "detain"),
    ("a-day-rate", "Mexico deports about 300 migrants a day from Tapachula.", "deport"),
    ("monthly-total", "Agents in the sector detained more than 9,000 migrants in February.",
     "detain"),
    ("yearly-total", "Mexico deported some 4,500 Hondurans during 2019, officials said.",
     "deport"),
    ("last-month-total", "Border agents apprehended 12,000 migrants last month.", "detain"),
]


@pytest.mark.parametrize(("text", "kind"), [pytest.param(t, k, id=i) for i, t, k in NOT_EVENTS])
def test_not_an_event(text: str, kind: str) -> None:
    assert [e.type for e in extract(LEAD + text) if e.evidence == text and e.type == kind
            ] == []


EVENTS: list[tuple[str, str, str]] = [
    ("grew-to", "The caravan grew to about 3,000 people on Sunday.", "join"),
    ("day-count", "Police detained about 1,200 members of the caravan in Arriaga on Sunday.",
     "detain"),
    ("early-is-not-habit", "The caravan left Huixtla early on Monday.", "depart"),
    ("a-week-later", ("By the time they reached Juchitan a week later, the government had "
                      "acted."), "arrive"),
    ("a-day-after", "The caravan reached Huixtla a day after leaving Tapachula.", "arrive"),
    ("planned-own-day", "The migrants plan to reach the U.S. border on Thursday.", "arrive"),
    ("dated-in-month", "Police detained 1,500 caravan members on October 20 in Arriaga.",
     "detain"),
]


@pytest.mark.parametrize(("text", "kind"), [pytest.param(t, k, id=i) for i, t, k in EVENTS])
def test_still_an_event(text: str, kind: str) -> None:
    assert kind in [e.type for e in extract(LEAD + text) if e.evidence == text]
