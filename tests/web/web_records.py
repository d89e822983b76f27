"""A small linked database for the web tests, written by hand (no third-party text).

Two outlets report the same departure from San Pedro Sula with sizes that differ by 3x (a
conflict); a hostile article (``<script>`` in its title and text, a ``javascript:`` URL)
reports the arrival in Esquipulas; an article without an outlet has nothing extracted.
One outlet's name holds a slash.  Built once per session into a file by ``conftest.py``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from caravanwatch.link.stage import link_store
from caravanwatch.records import Article, Event, Extraction, Figure, Quote, Span
from caravanwatch.store import Store

SCRIPT = "<script>alert('x')</script>"
WIRE = "Meridian Wire"
ORIENTE = "El Oriente / EFE"

TEXT_1 = (
    "About 1,000 Hondurans left San Pedro Sula on Saturday, heading north.\n\n"
    "\u201cThe road is long and dangerous,\u201d said Maria Lopez, a spokeswoman for the group."
)
TEXT_2 = "Some 3,000 migrants departed from San Pedro Sula on Saturday, officials said."
TEXT_3 = (
    "The caravan of 2,000 people arrived in Esquipulas on Monday. "
    + SCRIPT + " <img src=x onerror=alert(1)> & more."
)
TEXT_4 = "La caravana avanza lentamente por Chiapas, según testigos."

SPL = ("San Pedro Sula", "HN", 15.50585, -88.02588)
ESQ = ("Esquipulas", "GT", 14.56667, -89.35)


def _article(aid: str, text: str, outlet: str | None, published: dt.date, **kw: object) -> Article:
    return Article(
        id=aid, text=text, source=f"test://{aid}",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        ingested_at=dt.datetime(2018, 11, 1, tzinfo=dt.UTC), outlet=outlet,
        published=published, published_basis="sidecar", language=str(kw.pop("language", "en")),
        **kw,  # type: ignore[arg-type]
    )


def span_of(text: str, piece: str) -> Span:
    start = text.index(piece)
    return Span(start, start + len(piece))


def _event(aid: str, text: str, sentence: str, kind: str, day: dt.date,
           where: tuple[str, str, float, float], size: int, qualifier: str) -> Event:
    return Event(
        article_id=aid, type=kind, modality="actual", evidence=sentence,
        span=span_of(text, sentence), date=day, place=where[0], country=where[1],
        lat=where[2], lon=where[3], size=size, size_qualifier=qualifier,  # type: ignore[arg-type]
        origin=("HN",), extractor="test")


def build(path: Path) -> None:
    d13, d15 = dt.date(2018, 10, 13), dt.date(2018, 10, 15)
    s1 = TEXT_1.split("\n\n")[0]
    s2 = TEXT_2
    s3 = "The caravan of 2,000 people arrived in Esquipulas on Monday."
    quote = "The road is long and dangerous,"
    with Store.open(path) as store:
        store.upsert_articles([
            _article("w1", TEXT_1, WIRE, d13, title="Hundreds leave San Pedro Sula",
                     url="https://example.com/wire/1"),
            _article("o1", TEXT_2, ORIENTE, d13, title="Miles salen de San Pedro Sula"),
            _article("x1", TEXT_3, WIRE, d15, title=SCRIPT + " Caravan reaches Guatemala",
                     url="javascript:alert(1)"),
            _article("n1", TEXT_4, None, dt.date(2018, 10, 20), title="Sin medio",
                     language="es"),
        ])
        store.save_extractions([
            Extraction(
                article_id="w1", status="extracted",
                events=(_event("w1", TEXT_1, s1, "depart", d13, SPL, 1000, "about"),),
                figures=(Figure(article_id="w1", value=1000, unit="people",
                                evidence=s1, span=span_of(TEXT_1, "About 1,000"),
                                qualifier="about", measure="group_size", subject="caravan"),),
                quotes=(Quote(article_id="w1", speaker="Maria Lopez", text=quote,
                              span=span_of(TEXT_1, quote), role="spokeswoman"),),
            ),
            Extraction(
                article_id="o1", status="extracted",
                events=(_event("o1", TEXT_2, s2, "depart", d13, SPL, 3000, "about"),),
                figures=(Figure(article_id="o1", value=3000, unit="people", evidence=s2,
                                span=span_of(TEXT_2, "Some 3,000"), qualifier="about",
                                measure="group_size", subject="Caravan"),),
            ),
            Extraction(
                article_id="x1", status="extracted",
                events=(_event("x1", TEXT_3, s3, "arrive", d15, ESQ, 2000, "exact"),),
            ),
            Extraction(article_id="n1", status="not_extracted", reason="no extractor for es"),
        ])
        link_store(store)



HTML = {"accept": "text/html"}
