"""Whole short reports in the styles of different outlets, with the events they state.

Each case is a paragraph written for these tests in one outlet's manner (wire copy with
a dateline, a local paper, an NGO release, a partisan site, a photo caption, a live
blog), on caravans of other years and routes than the development set, and the events
a reader would annotate following GUIDELINES.md.  An expected event matches a found one
on the fields it gives; ``forbid`` lists types that must not be found.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

import pytest

from caravanwatch.records import Article, Event

pytestmark = pytest.mark.slow


@lru_cache(maxsize=256)
def extract(text: str, published: dt.date) -> tuple[Event, ...]:
    from caravanwatch.extract.pipeline import extract_articles

    article = Article(id="s", text=text, source="test://s", content_hash="h",
                      ingested_at=dt.datetime(2024, 1, 1), published=published,
                      language="en")
    (extraction,) = extract_articles([article])
    return extraction.events


def matches(event: Event, want: dict[str, Any]) -> bool:
    got = event.to_gold()
    for key, value in want.items():
        if key == "date":
            value = value.isoformat() if value else None
        if key == "origin":
            value = list(value)
        if got.get(key) != value:
            return False
    return True


D = dt.date
CASES: list[tuple[str, str, dt.date, list[dict[str, Any]], set[str]]] = [
    ("wire-dateline-depart",
     ("TAPACHULA, Mexico (AP) — About 3,000 migrants, most of them from Venezuela and "
     "Honduras, set out on foot from this southern Mexican city on Monday, the largest "
     "caravan this year. Police watched but did not intervene."),
     D(2024, 3, 5),
     [{"type": "depart", "modality": "actual", "place": "Tapachula", "size": 3000,
       "size_qualifier": "about", "date": D(2024, 3, 4)}], set()),
    ("wire-arrive-next-day",
     ("HUIXTLA, Mexico (AP) — The caravan of some 2,500 migrants reached Huixtla on "
     "Tuesday after walking 25 miles. Many slept in the town's central park."),
     D(2024, 3, 6),
     [{"type": "arrive", "place": "Huixtla", "country": "MX", "size": 2500,
       "size_qualifier": "about", "date": D(2024, 3, 5)}], set()),
    ("wire-cross-river",
     ("CIUDAD HIDALGO, Mexico (Reuters) - Hundreds of Central American migrants crossed "
     "the Suchiate River into Mexico on rafts on Sunday after Mexican police blocked the "
     "border bridge."),
     D(2019, 1, 21),
     [{"type": "cross_border", "country": "MX", "date": D(2019, 1, 20)},
      {"type": "block", "country": "MX"}], set()),
    ("wire-detained",
     ("Mexican immigration agents detained about 300 members of the caravan in Chiapas on "
     "Friday, the National Migration Institute said in a statement."),
     D(2020, 1, 25),
     [{"type": "detain", "modality": "actual", "size": 300, "size_qualifier": "about",
       "date": D(2020, 1, 24), "country": "MX"}], set()),
    ("wire-deported",
     ("Guatemala deported more than 1,500 Hondurans who had entered with the caravan, "
     "officials said on Thursday."),
     D(2021, 1, 21),
     [{"type": "deport", "country": "GT", "size": 1500, "size_qualifier": "more_than"}],
     set()),
    ("wire-clash",
     ("Guatemalan soldiers and police clashed with thousands of Honduran migrants on a "
     "highway in Vado Hondo on Sunday, firing tear gas to break up the caravan."),
     D(2021, 1, 18),
     [{"type": "clash", "country": "GT", "date": D(2021, 1, 17)}], set()),
    ("local-arrive-shelter",
     ("More than 400 migrants arrived in Tijuana on Wednesday night and were taken to a "
     "shelter near the El Chaparral crossing, city officials said."),
     D(2018, 11, 15),
     [{"type": "arrive", "place": "Tijuana", "size": 400, "size_qualifier": "more_than",
       "date": D(2018, 11, 14)}], set()),
    ("local-aid",
     ("Volunteers from the diocese handed out sandwiches and water to the caravan in "
     "Arriaga on Saturday. The migrants rested in the town's baseball stadium."),
     D(2018, 10, 29),
     [{"type": "aid", "place": "Arriaga", "date": D(2018, 10, 27)}], set()),
    ("local-planned-depart",
     ("Organizers said the caravan plans to leave Mexico City for Queretaro on Saturday. "
     "About 5,000 migrants are resting at a sports complex in the capital."),
     D(2018, 11, 7),
     [{"type": "depart", "modality": "planned", "place": "Mexico City",
       "date": D(2018, 11, 10)}], set()),
    ("ngo-asylum",
     ("Our legal team met members of the caravan in Tapachula this week. At least 800 of "
     "them have already requested asylum in Mexico, and many more intend to."),
     D(2018, 10, 26),
     [{"type": "asylum", "country": "MX", "size": 800, "size_qualifier": "at_least"}],
     set()),
    ("ngo-detention",
     ("Human rights monitors confirmed that some 200 asylum seekers from the caravan are "
     "being held in detention at the Siglo XXI migrant station in Tapachula."),
     D(2018, 10, 30),
     [{"type": "detain", "size": 200, "size_qualifier": "about"}], set()),
    ("ngo-offer",
     ("The Mexican government announced on Friday that it would offer temporary work "
     "permits and medical care to the migrants travelling in the caravan."),
     D(2018, 10, 27),
     [{"type": "offer", "modality": "actual", "country": "MX", "date": D(2018, 10, 26)}],
     set()),
    ("partisan-depart",
     ("ANOTHER CARAVAN: Thousands of illegal aliens left San Pedro Sula, Honduras, on "
     "Tuesday and are heading for the U.S. border, according to local media."),
     D(2019, 1, 16),
     [{"type": "depart", "place": "San Pedro Sula", "country": "HN",
       "date": D(2019, 1, 15)}], set()),
    ("partisan-general-goal",
     ("These so-called migrants want to reach the United States and claim asylum. Their "
     "goal is to overwhelm the border."),
     D(2019, 1, 16),
     [], {"arrive", "asylum", "cross_border"}),
    ("caption",
     ("Central American migrants walk along the highway to Tapachula, in Ciudad Hidalgo, "
     "Mexico, Sunday, Oct. 21, 2018. (AP Photo)"),
     D(2018, 10, 22),
     [{"type": "arrive", "place": "Ciudad Hidalgo", "date": D(2018, 10, 21)}], set()),
    ("live-blog-block",
     ("UPDATE 3:15 p.m.: Federal police in riot gear have blocked the caravan at the "
     "entrance to Juchitan. The migrants sat down on the road and waited."),
     D(2018, 10, 30),
     [{"type": "block", "place": "Juchitán de Zaragoza"}], set()),
    ("restated-depart",
     ("A caravan of about 1,200 Haitians and Cubans left Tapachula before dawn on Saturday. "
     "The migrants set off from the city's main square, Miguel Hidalgo park."),
     D(2022, 6, 6),
     [{"type": "depart", "place": "Tapachula", "size": 1200, "date": D(2022, 6, 4),
       "origin": ("HT", "CU")}], set()),
    ("there-context",
     ("The caravan reached the town of Escuintla on Sunday. There, immigration agents "
     "detained dozens of migrants who had fallen behind."),
     D(2021, 9, 7),
     [{"type": "arrive", "place": "Escuintla", "date": D(2021, 9, 5)},
      {"type": "detain", "place": "Escuintla"}], set()),
    ("dissolve-offer",
     ("The caravan dissolved in Oaxaca on Thursday after most of the migrants accepted an "
     "offer of humanitarian visas from the Mexican government."),
     D(2022, 10, 22),
     [{"type": "dissolve", "place": "Oaxaca"}, {"type": "offer"}], set()),
    ("join-swell",
     ("The caravan swelled to about 7,000 people as more migrants joined it in Tecun "
     "Uman on Friday."),
     D(2018, 10, 20),
     [{"type": "join"}], set()),
    ("headline-and-lead",
     ("Migrant caravan reaches Mexico City as thousands seek shelter\n\n"
     "MEXICO CITY (AP) — Thousands of Central American migrants arrived in Mexico City on "
     "Sunday after a three-week trek from the Guatemalan border.\n\n"
     "Some 300 more arrived by bus overnight."),
     D(2018, 11, 5),
     [{"type": "arrive", "place": "Mexico City", "date": D(2018, 11, 4), "origin": ()}],
     set()),
    ("agent-location",
     ("On Saturday, police in the state of Puebla detained 12 migrants from the caravan "
     "who had fallen behind."),
     D(2018, 11, 5),
     [{"type": "detain", "place": "Puebla", "date": D(2018, 11, 3), "size": 12}], set()),
    ("hoped-planned",
     ("The caravan rested in Mexico City on Monday. Many of the migrants said they hoped to "
     "reach Tijuana within two weeks."),
     D(2018, 11, 6),
     [{"type": "arrive", "modality": "planned", "place": "Tijuana"}], set()),
    ("wire-broke-up",
     ("CHIQUIMULA, Guatemala (AP) — Guatemalan security forces on Monday broke up a caravan "
     "of about 7,000 migrants that had entered the country from Honduras over the weekend, "
     "firing tear gas and pushing the group back at a roadblock near the town of Vado "
     "Hondo."),
     D(2021, 1, 19),
     [{"type": "block", "country": "GT", "date": D(2021, 1, 18)},
      {"type": "clash", "country": "GT", "date": D(2021, 1, 18)},
      {"type": "cross_border", "country": "GT", "date": None}], set()),
    ("wire-returned",
     ("Guatemala's migration institute said it had returned 1,200 people from the caravan "
     "to Honduras by bus on Sunday."),
     D(2021, 1, 19),
     [{"type": "deport", "country": "GT", "size": 1200, "date": D(2021, 1, 17)}], set()),
    ("statistics-only",
     ("U.S. Border Patrol agents apprehended 396,579 people on the southwest border in "
     "fiscal year 2018, according to government figures."),
     D(2018, 10, 20),
     [], {"detain"}),
    ("self-block",
     ("Migrants blocked the international bridge for several hours on Friday to demand "
     "passage."),
     D(2018, 10, 20),
     [], {"block"}),
    ("escort",
     "Federal police escorted the caravan as it walked along the coastal highway.",
     D(2018, 10, 20),
     [], {"block", "detain", "clash"}),
]


@pytest.mark.parametrize("text,published,expected,forbid", [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_report(text: str, published: dt.date, expected: list[dict[str, Any]],
                forbid: set[str]) -> None:
    events = extract(text, published)
    for want in expected:
        assert any(matches(e, want) for e in events), (
            f"no event {want} among {[e.to_gold() for e in events]}")
    found = {e.type for e in events}
    assert not (forbid & found), f"unexpected {forbid & found}"
