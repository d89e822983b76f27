"""Where an event happened, in wordings written for these tests: the general rules of
news English that place (or do not place) a happening, each in several phrasings.

An expected event matches a found one on the fields it gives.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracting import check_events

pytestmark = pytest.mark.slow

D = dt.date(2023, 10, 30)  # a Monday
Case = tuple[str, str, list[dict[str, Any]]]


def _params(cases: list[Case]) -> Any:
    return pytest.mark.parametrize(("text", "want"), [c[1:] for c in cases],
                                   ids=[c[0] for c in cases])


# --- "the border with X", "an agreement with X": X is the other party, not the scene ----
PARTNER: list[Case] = [
    ("entered-along-border-with",
     ("A group of about 2,000 Hondurans entered Guatemala on Thursday night at several "
      "points along the border with Honduras."),
     [{"type": "cross_border", "country": "GT"}]),
    ("entered-national-territory-border-with",
     ("The Guatemalan army said a caravan of some 1,500 people entered national territory "
      "on Saturday along the border with Honduras."),
     [{"type": "cross_border", "country": "GT"}]),
    ("crossed-near-border-with",
     "Some 500 migrants crossed into Mexico on Sunday near its border with Belize.",
     [{"type": "cross_border", "country": "MX"}]),
    ("offer-under-agreement-with",
     ("Under an agreement with Honduras, Guatemalan officials offered the 800 migrants "
      "free bus rides home in Esquipulas on Friday."),
     [{"type": "offer", "place": "Esquipulas", "country": "GT"}]),
]


@_params(PARTNER)
def test_partner_country_is_not_the_scene(text: str, want: list[dict[str, Any]]) -> None:
    check_events(text, D, want, set())
