"""A store filled with synthetic articles and extracted events for the link-stage tests.

Three outlets follow one caravan from San Pedro Sula (13 Oct 2018) to Tapachula (21 Oct),
where two of them disagree on its size (7,000 vs 3,000); a second, smaller caravan leaves
San Salvador a week later; one article announces a planned departure.  Every sentence
is written for these tests.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace

from link_scenarios import event

from caravanwatch.records import Article, Event, Extraction
from caravanwatch.store import Store

OUTLETS = ("Wire", "Diario", "Radio")


def d(day: int, month: int = 10) -> dt.date:
    return dt.date(2018, month, day)


# (article id, outlet, published, [(type, date, place, size, evidence)])
ARTICLES: list[tuple[str, str, dt.date, list[tuple[str, dt.date, str, int | None, str]]]] = [
    ("a01", "Wire", d(13), [("depart", d(13), "San Pedro Sula", 1000,
                             "About 1,000 migrants left San Pedro Sula on foot.")]),
    ("a02", "Diario", d(13), [("depart", d(13), "San Pedro Sula", 1300,
                               "Some 1,300 people set out from San Pedro Sula.")]),
    ("a03", "Radio", d(14), [("depart", d(13), "San Pedro Sula", None,
                              "The group walked out of San Pedro Sula at dawn.")]),
    ("a04", "Wire", d(15), [
        ("cross_border", d(15), "Agua Caliente", 1500,
         "About 1,500 migrants crossed at Agua Caliente."),
        ("arrive", d(15), "Esquipulas", 2000, "Some 2,000 reached Esquipulas by night."),
    ]),
    ("a05", "Diario", d(16), [("arrive", d(16), "Chiquimula", 2000,
                               "About 2,000 arrived in Chiquimula.")]),
    ("a06", "Wire", d(19), [("arrive", d(19), "Ciudad Tecún Umán", 3000,
                             "Some 3,000 gathered in Tecun Uman by the river.")]),
    ("a07", "Wire", d(21), [("arrive", d(21), "Tapachula", 7000,
                             "About 7,000 migrants marched into Tapachula.")]),
    ("a08", "Radio", d(21), [("arrive", d(21), "Tapachula", 3000,
                              "Some 3,000 people arrived in Tapachula.")]),
    ("a09", "Diario", d(28), [("depart", d(28), "San Salvador", 300,
                               "A new caravan of about 300 left San Salvador.")]),
    ("a10", "Wire", d(30), [("arrive", d(30), "Escuintla", 300,
                             "About 300 Salvadorans reached Escuintla.")]),
]

PLANNED = ("a11", "Radio", d(29), "depart", d(5, 11), "Tegucigalpa",
           "Organisers said another group will leave Tegucigalpa next week.")


def make_articles() -> list[Article]:
    out = []
    rows = [(a, o, p) for a, o, p, _ in ARTICLES] + [PLANNED[:3]]
    for aid, outlet, published in rows:
        text = f"Synthetic article {aid} from {outlet} about the caravan."
        out.append(Article(
            id=aid, text=text, source=f"test://{aid}",
            content_hash=hashlib.sha256(text.encode()).hexdigest(),
            ingested_at=dt.datetime(2024, 1, 1, tzinfo=dt.UTC), outlet=outlet,
            url=f"https://{outlet.lower()}.example/{aid}", published=published,
            published_basis="sidecar", language="en",
        ))
    return out


def make_extractions() -> list[Extraction]:
    out = []
    for aid, _, _, items in ARTICLES:
        events: list[Event] = [
            event(aid, type_, date, place, size=size, evidence=evidence)
            for type_, date, place, size, evidence in items
        ]
        out.append(Extraction(aid, "extracted", events=tuple(events)))
    aid, _, _, type_, date, place, evidence = PLANNED
    planned = event(aid, type_, date, place, evidence=evidence, modality="planned")
    out.append(Extraction(aid, "extracted", events=(planned,)))
    return [_test_extractor(x) for x in out]


def _test_extractor(x: Extraction) -> Extraction:
    return replace(x, events=tuple(replace(e, extractor="test") for e in x.events))


def fill_store(store: Store) -> None:
    """Write the scenario's articles and extractions into ``store``."""
    store.upsert_articles(make_articles())
    store.save_extractions(make_extractions())


def write_truth(path: str | object) -> None:
    """A truth file of the first caravan: true positions on four of its days."""
    from pathlib import Path

    Path(str(path)).write_text(
        "date,place,country,lat,lon,size_low,size_high,note\n"
        "2018-10-13,San Pedro Sula,HN,15.50585,-88.02588,1000,1500,left\n"
        "2018-10-15,Esquipulas,GT,14.56571,-89.35166,1500,2000,\n"
        "2018-10-16,Chiquimula,GT,14.8009,-89.54641,2000,2000,\n"
        "2018-10-21,Tapachula,MX,14.90541,-92.25891,3000,7000,\n"
        "2018-11-20,Tijuana,MX,32.5027,-117.00371,5000,6000,after the track\n",
        encoding="utf-8",
    )
