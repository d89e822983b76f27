"""Downloads: every extracted event and every caravan track, as CSV and GeoJSON.

Tracks reuse the link stage's exporter (:mod:`caravanwatch.link.export`), so the files
are the ones ``caravanwatch export tracks`` writes.  Events: one row (CSV) or one Point
Feature (GeoJSON, events with coordinates only) per extracted event, with its article's
outlet and date and the caravan its happening joined.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from caravanwatch.link.export import COORD_DIGITS, csv_text, render_tracks
from caravanwatch.web.common import database

logger = logging.getLogger(__name__)

router = APIRouter(tags=["downloads"])

EVENT_COLUMNS = (
    "id", "article_id", "outlet", "published", "type", "modality", "date", "place",
    "country", "lat", "lon", "size", "size_qualifier", "origin", "evidence", "start_char",
    "end_char", "caravan_id",
)

_EVENTS_SQL = """
SELECT e.id, e.article_id, a.outlet, a.published, e.type, e.modality, e.date, e.place,
    e.country, e.lat, e.lon, e.size, e.size_qualifier, e.origin, e.evidence, e.start_char,
    e.end_char,
    (SELECT min(m.caravan_id) FROM happening_reports r
     JOIN caravan_happenings m ON m.happening_id = r.happening_id WHERE r.event_id = e.id)
FROM events e LEFT JOIN articles a ON a.id = e.article_id
ORDER BY e.date NULLS LAST, e.article_id, e.start_char, e.id
"""

GEOJSON = "application/geo+json"


def _event_rows(request: Request) -> list[dict[str, Any]]:
    with database(request).read() as store:
        rows = store.execute(_EVENTS_SQL)
    return [dict(zip(EVENT_COLUMNS, r, strict=True)) for r in rows]


def _attachment(body: str, media_type: str, filename: str) -> Response:
    return Response(body, media_type=media_type,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return csv_text(";".join(str(v) for v in value))
    if isinstance(value, float):
        return f"{value:.{COORD_DIGITS}f}"
    if isinstance(value, str):
        return csv_text(value)
    return str(value)


@router.get("/events.csv", response_class=Response,
            responses={200: {"content": {"text/csv": {}}, "description": "Events as CSV"}})
def events_csv(request: Request) -> Response:
    """Every extracted event, one per row (list columns joined with ``;``)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(EVENT_COLUMNS)
    for row in _event_rows(request):
        writer.writerow([_cell(row[c]) for c in EVENT_COLUMNS])
    return _attachment(buffer.getvalue(), "text/csv; charset=utf-8", "events.csv")


@router.get("/events.geojson", response_class=Response,
            responses={200: {"content": {GEOJSON: {}}, "description": "Located events"}})
def events_geojson(request: Request) -> Response:
    """Events with coordinates as a GeoJSON FeatureCollection of Points ([lon, lat])."""
    features = []
    for row in _event_rows(request):
        if row["lat"] is None or row["lon"] is None:
            continue
        props = {k: v for k, v in row.items() if k not in ("lat", "lon")}
        for k in ("published", "date"):
            props[k] = props[k].isoformat() if props[k] else None
        props["origin"] = list(props["origin"] or ())
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [
                round(row["lon"], COORD_DIGITS), round(row["lat"], COORD_DIGITS)]},
            "properties": props,
        })
    body = json.dumps({"type": "FeatureCollection", "features": features},
                      ensure_ascii=False, separators=(",", ":"))
    return _attachment(body, GEOJSON, "events.geojson")


def _tracks(request: Request, fmt: str) -> str:
    with database(request).read() as store:
        return render_tracks(store.load_tracks(), store.load_caravans(), fmt)


@router.get("/tracks.csv", response_class=Response,
            responses={200: {"content": {"text/csv": {}}, "description": "Tracks as CSV"}})
def tracks_csv(request: Request) -> Response:
    """Every caravan's day-by-day track, one row per caravan and day."""
    return _attachment(_tracks(request, "csv"), "text/csv; charset=utf-8", "tracks.csv")


@router.get("/tracks.geojson", response_class=Response,
            responses={200: {"content": {GEOJSON: {}}, "description": "Tracks as GeoJSON"}})
def tracks_geojson(request: Request) -> Response:
    """Per caravan a LineString through its days, and one Point per day."""
    return _attachment(_tracks(request, "geojson"), GEOJSON, "tracks.geojson")
