"""Caravan pages: the list and one caravan (map, timeline, sizes, events, conflicts).

The drawings are the offline report's (:mod:`caravanwatch.report.maps` and
:mod:`caravanwatch.report.charts`), fed with one caravan's records read by the
filtered queries below (the store's ``load_*`` methods read every caravan at once).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from caravanwatch.link.caravans import TYPE_ORDER
from caravanwatch.link.happenings import Happening, Report
from caravanwatch.link.tracks import SizeClaim, Track, TrackPoint
from caravanwatch.records import Event, Span
from caravanwatch.report.render import safe_url
from caravanwatch.store import Store
from caravanwatch.store.extracted import EVENT_COLUMNS, event_from_row
from caravanwatch.web.common import (
    DEFAULT_LIMIT,
    IdPath,
    Limit,
    Offset,
    article_href,
    caravan_href,
    database,
    pagination,
    render,
)
from caravanwatch.web.models import (
    CaravanDetail,
    CaravanList,
    CaravanSummary,
    ConflictOut,
    HappeningOut,
    Position,
    ReportOut,
    SizeClaimOut,
    TrackPointOut,
)

logger = logging.getLogger(__name__)

router = APIRouter()

_SUMMARY_SQL = """
WITH src AS (
    SELECT m.caravan_id, count(DISTINCT r.article_id) AS sources,
        count(DISTINCT coalesce(a.outlet, r.article_id)) AS outlets
    FROM caravan_happenings m
    JOIN happening_reports r ON r.happening_id = m.happening_id
    LEFT JOIN articles a ON a.id = r.article_id
    GROUP BY 1
), hc AS (
    SELECT caravan_id, count(*) AS n FROM caravan_happenings GROUP BY 1
), tp AS (
    SELECT caravan_id, count(*) AS days,
        arg_max(struct_pack(date := date, lat := lat, lon := lon, place := place,
                            country := country, kind := kind), date) AS last
    FROM track_points GROUP BY 1
), sz AS (
    SELECT caravan_id, min(size) AS lo, max(size) AS hi FROM size_claims GROUP BY 1
)
SELECT c.id, c.name, c.origin_place, c.origin_country, c.start_date, c.end_date,
    c.nationalities, coalesce(hc.n, 0), coalesce(src.sources, 0), coalesce(src.outlets, 0),
    coalesce(tp.days, 0), tp.last, sz.lo, sz.hi
FROM caravans c
LEFT JOIN hc ON hc.caravan_id = c.id
LEFT JOIN src ON src.caravan_id = c.id
LEFT JOIN tp ON tp.caravan_id = c.id
LEFT JOIN sz ON sz.caravan_id = c.id
"""


def _summary(row: tuple[Any, ...]) -> CaravanSummary:
    last = row[11]
    return CaravanSummary(
        id=row[0], name=row[1], href=caravan_href(row[0]), origin_place=row[2],
        origin_country=row[3], start_date=row[4], end_date=row[5],
        nationalities=list(row[6] or ()), happenings=int(row[7]), sources=int(row[8]),
        outlets=int(row[9]), track_days=int(row[10]),
        latest_position=Position(**last) if last else None,
        size_low=row[12], size_high=row[13],
    )


def list_caravans(store: Store, limit: int, offset: int) -> tuple[int, list[CaravanSummary]]:
    """A page of caravans by start date, and how many there are."""
    total = store.execute("SELECT count(*) FROM caravans")[0][0]
    rows = store.execute(
        _SUMMARY_SQL + " ORDER BY c.start_date NULLS LAST, c.id LIMIT ? OFFSET ?",
        [limit, offset])
    return int(total), [_summary(r) for r in rows]


def caravan_summary(store: Store, caravan_id: str) -> CaravanSummary | None:
    rows = store.execute(_SUMMARY_SQL + " WHERE c.id = ?", [caravan_id])
    return _summary(rows[0]) if rows else None


def caravan_happenings(
    store: Store, caravan_id: str
) -> tuple[list[Happening], dict[str, str], dict[str, str]]:
    """The caravan's happenings with their reports (by date, then type), each reporting
    article's title, and each report's event row id (by :attr:`Report.key`)."""
    cols = ", ".join("e." + c for c in EVENT_COLUMNS)
    reports: dict[str, list[Report]] = {}
    titles: dict[str, str] = {}
    event_ids: dict[str, str] = {}
    for row in store.execute(
        "SELECT r.happening_id, r.article_id, r.span_start, r.span_end, r.event_type, "
        "r.size, r.size_qualifier, h.modality, h.date, h.place, h.country, h.lat, h.lon, "
        f"a.outlet, a.url, a.published, a.title, e.id IS NOT NULL, {cols} "
        "FROM caravan_happenings m "
        "JOIN happening_reports r ON r.happening_id = m.happening_id "
        "JOIN happenings h ON h.id = r.happening_id "
        "LEFT JOIN events e ON e.id = r.event_id "
        "LEFT JOIN articles a ON a.id = r.article_id "
        "WHERE m.caravan_id = ? ORDER BY r.happening_id, r.article_id, r.span_start",
        [caravan_id],
    ):
        hid, aid = str(row[0]), str(row[1])
        event_id = None
        if row[17]:
            event_id, event = event_from_row(tuple(row[18:]))
        else:  # the event row is gone (re-extracted): keep what the report holds
            event = Event(
                article_id=aid, type=row[4], modality=row[7], evidence="",
                span=Span(int(row[2]), int(row[3])), date=row[8], place=row[9],
                country=row[10], lat=row[11], lon=row[12], size=row[5],
                size_qualifier=row[6])
        report = Report(event, row[13], row[14], row[15])
        reports.setdefault(hid, []).append(report)
        if event_id:
            event_ids[report.key] = event_id
        if row[16]:
            titles[aid] = str(row[16])
    happenings = [
        Happening(str(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9],
                  tuple(r[10] or ()), tuple(sorted(reports.get(str(r[0]), ()),
                                                   key=lambda x: x.key)))
        for r in store.execute(
            "SELECT h.id, h.type, h.modality, h.date, h.place, h.country, h.lat, h.lon, "
            "h.size_low, h.size_high, h.origin FROM caravan_happenings m "
            "JOIN happenings h ON h.id = m.happening_id WHERE m.caravan_id = ? "
            "ORDER BY m.position", [caravan_id])
    ]
    happenings.sort(key=lambda h: (h.date or dt.date.max, TYPE_ORDER.get(h.type, 99), h.id))
    return happenings, titles, event_ids


def caravan_track(store: Store, caravan_id: str, name: str) -> Track:
    claims: dict[dt.date, list[SizeClaim]] = {}
    for day, aid, outlet, size, qualifier, hid in store.execute(
        "SELECT date, article_id, outlet, size, qualifier, happening_id FROM size_claims "
        "WHERE caravan_id = ? ORDER BY date, size DESC, outlet, article_id", [caravan_id]
    ):
        claims.setdefault(day, []).append(SizeClaim(aid, outlet, int(size), qualifier, hid))
    points = tuple(
        TrackPoint(
            caravan_id=caravan_id, date=r[0], lat=r[1], lon=r[2], place=r[3], country=r[4],
            kind=r[5], size_low=r[6], size_high=r[7], sources=tuple(r[8] or ()),
            outlets=tuple(r[9] or ()), happening_ids=tuple(r[10] or ()),
            claims=tuple(claims.get(r[0], ())), conflict=bool(r[11]),
            conflict_detail=r[12], along_road=r[13])
        for r in store.execute(
            "SELECT date, lat, lon, place, country, kind, size_low, size_high, sources, "
            "outlets, happening_ids, conflict, conflict_detail, along_road "
            "FROM track_points WHERE caravan_id = ? ORDER BY date", [caravan_id])
    )
    return Track(caravan_id, name, points)


def _report_out(r: Report, titles: dict[str, str], event_ids: dict[str, str]) -> ReportOut:
    e = r.event
    return ReportOut(
        article_id=e.article_id, article_href=article_href(e.article_id),
        article_title=titles.get(e.article_id), url=safe_url(r.url), outlet=r.outlet,
        event_id=event_ids.get(r.key),
        type=e.type, date=e.date, size=e.size, size_qualifier=e.size_qualifier,
        evidence=e.evidence, start=e.span.start, end=e.span.end)


def caravan_detail(store: Store, caravan_id: str) -> tuple[CaravanDetail, list[Happening], Track]:
    """The caravan's JSON model, and the records its drawings need."""
    from caravanwatch.report.charts import caravan_claims, conflicts

    summary = caravan_summary(store, caravan_id)
    if summary is None:
        raise HTTPException(404, f"no caravan {caravan_id!r}")
    happenings, titles, event_ids = caravan_happenings(store, caravan_id)
    track = caravan_track(store, caravan_id, summary.name)
    claims = caravan_claims(happenings)
    detail = CaravanDetail(
        caravan=summary,
        happenings=[
            HappeningOut(
                id=h.id, type=h.type, modality=h.modality, date=h.date, place=h.place,
                country=h.country, lat=h.lat, lon=h.lon, size_low=h.size_low,
                size_high=h.size_high, origin=list(h.origin),
                reports=[_report_out(r, titles, event_ids) for r in h.reports])
            for h in happenings
        ],
        track=[
            TrackPointOut(
                date=p.date, lat=p.lat, lon=p.lon, place=p.place, country=p.country,
                kind=p.kind, size_low=p.size_low, size_high=p.size_high,
                outlets=list(p.outlets), sources=list(p.sources), conflict=p.conflict,
                conflict_detail=p.conflict_detail, along_road=p.along_road)
            for p in track.points
        ],
        size_claims=[
            SizeClaimOut(date=c.day, outlet=c.outlet, size=c.size, qualifier=c.qualifier,
                         article_id=c.article_id, article_href=article_href(c.article_id))
            for c in claims
        ],
        conflicts=[ConflictOut(date=d, detail=t) for d, t in conflicts(claims)],
    )
    return detail, happenings, track


@router.get("/caravans.json", response_model=CaravanList, tags=["caravans"])
def caravans_json(
    request: Request, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0
) -> CaravanList:
    """Caravans by start date: origin, dates, latest position, size range, sources."""
    with database(request).read() as store:
        total, items = list_caravans(store, limit, offset)
    return CaravanList(items=items, pagination=pagination(request, total, limit, offset))


@router.get("/caravans/{caravan_id}.json", response_model=CaravanDetail, tags=["caravans"],
            responses={404: {"description": "No such caravan"}})
def caravan_json(request: Request, caravan_id: IdPath) -> CaravanDetail:
    """One caravan: its happenings with every report, its track, size claims, conflicts."""
    with database(request).read() as store:
        return caravan_detail(store, caravan_id)[0]


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
@router.get("/caravans", response_class=HTMLResponse, include_in_schema=False)
def caravans_page(
    request: Request, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0
) -> HTMLResponse:
    with database(request).read() as store:
        total, items = list_caravans(store, limit, offset)
        counts = {t: int(store.execute(f"SELECT count(*) FROM {t}")[0][0])
                  for t in ("articles", "events", "happenings")}
    page = CaravanList(items=items, pagination=pagination(request, total, limit, offset))
    return render(request, "caravans.html.j2", {
        "page": page, "counts": counts, "json_href": "/caravans.json"})


@router.get("/caravans/{caravan_id}", response_class=HTMLResponse, include_in_schema=False)
def caravan_page(request: Request, caravan_id: IdPath) -> HTMLResponse:
    from caravanwatch.report.charts import size_chart, timeline
    from caravanwatch.report.maps import track_map

    with database(request).read() as store:
        detail, happenings, track = caravan_detail(store, caravan_id)
    return render(request, "caravan.html.j2", {
        "c": detail, "map": track_map(track), "timeline": timeline(happenings),
        "sizes": size_chart(happenings),
        "json_href": caravan_href(caravan_id) + ".json",
    })
