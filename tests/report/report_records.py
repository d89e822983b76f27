"""A synthetic linked caravan for the report tests.

The records are written by hand for these tests (no third-party text): one caravan along
the real corridor with six track points (four observed, two interpolated), two outlets
that disagree about its size, figures, quotes, and an article whose title and evidence
hold a ``<script>`` tag.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from caravanwatch.link.caravans import Caravan
from caravanwatch.link.happenings import Happening, Report
from caravanwatch.link.tracks import SizeClaim, Track, TrackPoint
from caravanwatch.records import Article, Event, Figure, Quote, Span
from caravanwatch.report.render import ReportData

SCRIPT = "<script>alert('x')</script>"
GENERATED = dt.datetime(2018, 11, 1, 12, 0, tzinfo=dt.UTC)
CARAVAN_ID = "c-test000001"
WIRE, ORIENTE = "Meridian Wire", "El Oriente"


def day(n: int) -> dt.date:
    return dt.date(2018, 10, n)


def article(aid: str, outlet: str, title: str, url: str | None, published: int) -> Article:
    return Article(
        id=aid, text="(synthetic)", source=f"test/{aid}", content_hash=aid * 4,
        ingested_at=dt.datetime(2018, 11, 1, tzinfo=dt.UTC), title=title, url=url,
        outlet=outlet, published=day(published), language="en",
    )


ARTICLES = (
    article("a1", WIRE, "Hundreds leave San Pedro Sula on foot", "https://example.com/wire/1", 13),
    article("a2", ORIENTE, "La caravana cruza a México", None, 18),
    article("a3", WIRE, f"Caravan reaches the capital {SCRIPT}", "javascript:alert(1)", 16),
    article("a4", ORIENTE, "Refugio desbordado", "https://example.org/oriente/4", 17),
)

# (article, type, date, place, country, lat, lon, size, evidence)
_PLACES = {
    "San Pedro Sula": ("HN", 15.504, -88.025),
    "Esquipulas": ("GT", 14.566, -89.350),
    "Guatemala City": ("GT", 14.641, -90.513),
    "Tecún Umán": ("GT", 14.678, -92.138),
}


def event(aid: str, type_: str, d: int, place: str, size: int | None, evidence: str,
          start: int = 0, modality: str = "actual") -> Event:
    country, lat, lon = _PLACES.get(place, ("MX", 32.5, -117.0))
    return Event(
        article_id=aid, type=type_, modality=modality,  # type: ignore[arg-type]
        evidence=evidence, span=Span(start, start + len(evidence)), date=day(d), place=place,
        country=country, lat=lat, lon=lon, size=size,
        size_qualifier="about" if size else None, origin=("HN",),
    )


def _report(e: Event) -> Report:
    a = next(a for a in ARTICLES if a.id == e.article_id)
    return Report(e, a.outlet, a.url, a.published)


EVENTS = {
    "depart": [
        event("a1", "depart", 13, "San Pedro Sula", 3000,
              "About 3,000 people left San Pedro Sula on Saturday."),
        event("a2", "depart", 13, "San Pedro Sula", 1000,
              "Unas 1.000 personas salieron de San Pedro Sula el sábado.", start=40),
    ],
    "esquipulas": [event("a1", "arrive", 14, "Esquipulas", 2000,
                         "By Sunday night some 2,000 had reached Esquipulas.", start=90)],
    "capital": [event("a3", "arrive", 16, "Guatemala City", 4000,
                      f"About 4,000 arrived in Guatemala City {SCRIPT} on Tuesday.")],
    "border": [
        event("a2", "cross_border", 18, "Tecún Umán", 5000,
              "Unas 5.000 personas llegaron a Tecún Umán.", start=120),
        event("a4", "cross_border", 18, "Tecún Umán", 7000,
              "Some 7,000 people massed at Tecún Umán on the border.", start=10),
    ],
    "block": [event("a4", "block", 18, "Tecún Umán", None,
                    "Police blocked the bridge at Tecún Umán.", start=80)],
    "planned": [event("a2", "arrive", 30, "Tijuana", None,
                      "They plan to reach Tijuana by the end of the month.", start=200,
                      modality="planned")],
}


def happening(hid: str, events: Sequence[Event]) -> Happening:
    e = events[0]
    sizes = [x.size for x in events if x.size]
    return Happening(
        id=hid, type=e.type, modality=e.modality, date=e.date, place=e.place,
        country=e.country, lat=e.lat, lon=e.lon, size_low=min(sizes) if sizes else None,
        size_high=max(sizes) if sizes else None, origin=("HN",),
        reports=tuple(_report(x) for x in events),
    )


HAPPENINGS = tuple(happening(f"h-{k}", evs) for k, evs in EVENTS.items())
LINKED = tuple(h.id for h in HAPPENINGS if h.id != "h-planned")


def _claims(h: Happening) -> tuple[SizeClaim, ...]:
    return tuple(SizeClaim(r.event.article_id, r.outlet, r.event.size, "about", h.id)
                 for r in h.reports if r.event.size)


def _observed(h: Happening, conflict: str | None = None) -> TrackPoint:
    assert h.date and h.lat is not None and h.lon is not None
    return TrackPoint(
        caravan_id=CARAVAN_ID, date=h.date, lat=h.lat, lon=h.lon, place=h.place,
        country=h.country, kind="observed", size_low=h.size_low, size_high=h.size_high,
        sources=h.article_ids, outlets=h.outlets, happening_ids=(h.id,), claims=_claims(h),
        conflict=conflict is not None, conflict_detail=conflict,
    )


def _between(d: int, lat: float, lon: float) -> TrackPoint:
    return TrackPoint(caravan_id=CARAVAN_ID, date=day(d), lat=lat, lon=lon, place=None,
                      country=None, kind="interpolated", along_road=True)


_H = {h.id: h for h in HAPPENINGS}
TRACK = Track(CARAVAN_ID, "from San Pedro Sula, 13 Oct 2018", (
    _observed(_H["h-depart"], "Meridian Wire said 3,000; El Oriente said 1,000"),
    _observed(_H["h-esquipulas"]),
    _between(15, 14.60, -89.93),
    _observed(_H["h-capital"]),
    _between(17, 14.66, -91.32),
    _observed(_H["h-border"]),
))
CARAVAN = Caravan(
    id=CARAVAN_ID, name="from San Pedro Sula, 13 Oct 2018", origin_place="San Pedro Sula",
    origin_country="HN", start_date=day(13), end_date=day(18), nationalities=("HN",),
    happening_ids=LINKED,
)

FIGURES = (
    Figure("a1", 12000.0, "people", "Some 12,000 people have applied for asylum this year.",
           Span(300, 350), qualifier="about", measure="asylum_applications", subject="Hondurans",
           period="2018", source="Mexico's refugee agency"),
    Figure("a3", 0.4, "percent", f"Forty percent {SCRIPT} were children.", Span(10, 40),
           measure="share", subject="children"),
)
QUOTES = (
    Quote("a1", "María López", "We have nothing left to lose at home.", Span(400, 440),
          role="migrant mother"),
    Quote("a2", "María López", "Seguiremos caminando hasta la frontera.", Span(500, 540),
          role="migrant mother"),
    Quote("a3", "Juan Pérez", f"The shelter is full {SCRIPT}.", Span(50, 80),
          role="shelter director"),
    Quote("a4", None, "Nobody told us anything.", Span(90, 115)),
)


def synthetic_report() -> ReportData:
    """The synthetic caravan, fully linked, with figures and quotes."""
    events = tuple(e for evs in EVENTS.values() for e in evs)
    return ReportData(
        articles=ARTICLES, events=events, figures=FIGURES, quotes=QUOTES,
        happenings=HAPPENINGS, caravans=(CARAVAN,), tracks=(TRACK,), generated_at=GENERATED,
    )
