"""Caravan tracks as GeoJSON (RFC 7946) and CSV.

GeoJSON: a FeatureCollection with, per caravan, one ``LineString`` Feature through its
daily positions (only when it has two or more days: a LineString needs two positions)
and one ``Point`` Feature per day with the day's ``date``, ``kind`` (observed or
interpolated), ``size_low``/``size_high``, ``sources`` (article ids), ``outlets`` and the
size ``conflict``.  Coordinates are ``[lon, lat]`` as the RFC requires.

CSV: one row per caravan and day, list columns joined with ``;``.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Iterable, Sequence
from typing import Any, Literal

from caravanwatch.errors import ConfigError
from caravanwatch.link.caravans import Caravan
from caravanwatch.link.tracks import Track, TrackPoint

logger = logging.getLogger(__name__)

TrackFormat = Literal["geojson", "csv"]
TRACK_FORMATS: tuple[str, ...] = ("geojson", "csv")

CSV_COLUMNS = (
    "caravan_id", "caravan_name", "date", "kind", "lat", "lon", "place", "country",
    "size_low", "size_high", "conflict", "conflict_detail", "along_road", "sources",
    "outlets", "happening_ids",
)

COORD_DIGITS = 5
"""Decimal places kept in coordinates: 1e-5 degrees is about a metre, finer than any
place the gazetteer knows."""


def _position(p: TrackPoint) -> list[float]:
    return [round(p.lon, COORD_DIGITS), round(p.lat, COORD_DIGITS)]


def _point_feature(p: TrackPoint, name: str) -> dict[str, Any]:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": _position(p)},
        "properties": {
            "caravan_id": p.caravan_id, "caravan_name": name, "feature": "day",
            "date": p.date.isoformat(), "kind": p.kind, "place": p.place,
            "country": p.country, "size_low": p.size_low, "size_high": p.size_high,
            "sources": list(p.sources), "outlets": list(p.outlets),
            "happening_ids": list(p.happening_ids), "conflict": p.conflict,
            "conflict_detail": p.conflict_detail, "along_road": p.along_road,
        },
    }


def tracks_geojson(tracks: Iterable[Track], caravans: Sequence[Caravan] = ()) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of the tracks (``caravans`` adds their metadata)."""
    by_id = {c.id: c for c in caravans}
    features: list[dict[str, Any]] = []
    for t in tracks:
        if not t.points:
            continue
        c = by_id.get(t.caravan_id)
        if len(t.points) >= 2:
            features.append({
                "type": "Feature",
                "geometry": {"type": "LineString",
                             "coordinates": [_position(p) for p in t.points]},
                "properties": {
                    "caravan_id": t.caravan_id, "caravan_name": t.name, "feature": "track",
                    "start_date": t.start.isoformat() if t.start else None,
                    "end_date": t.end.isoformat() if t.end else None,
                    "origin_place": c.origin_place if c else None,
                    "origin_country": c.origin_country if c else None,
                    "nationalities": list(c.nationalities) if c else [],
                    "observed_days": sum(p.kind == "observed" for p in t.points),
                    "interpolated_days": sum(p.kind == "interpolated" for p in t.points),
                },
            })
        features.extend(_point_feature(p, t.name) for p in t.points)
    return {"type": "FeatureCollection", "features": features}


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value: str) -> str:
    """A text cell that a spreadsheet will not run as a formula (OWASP's advice: prefix
    ``'`` to text starting with ``= + - @``, tab or carriage return).  Article text,
    outlet names and evidence come from the open web."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def tracks_csv(tracks: Iterable[Track]) -> str:
    """The tracks as CSV text with a header row (:data:`CSV_COLUMNS`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for t in tracks:
        for p in t.points:
            writer.writerow([
                p.caravan_id, csv_text(t.name), p.date.isoformat(), p.kind,
                f"{p.lat:.{COORD_DIGITS}f}", f"{p.lon:.{COORD_DIGITS}f}",
                csv_text(p.place or ""), p.country or "",
                "" if p.size_low is None else p.size_low,
                "" if p.size_high is None else p.size_high,
                "true" if p.conflict else "false", csv_text(p.conflict_detail or ""),
                "" if p.along_road is None else str(p.along_road).lower(),
                ";".join(p.sources), csv_text(";".join(p.outlets)), ";".join(p.happening_ids),
            ])
    return buffer.getvalue()


def render_tracks(
    tracks: Sequence[Track], caravans: Sequence[Caravan], fmt: str
) -> str:
    """The tracks in ``fmt`` (``geojson`` or ``csv``) as text."""
    if fmt == "geojson":
        return json.dumps(
            tracks_geojson(tracks, caravans), ensure_ascii=False, separators=(",", ":")) + "\n"
    if fmt == "csv":
        return tracks_csv(tracks)
    raise ConfigError(f"unknown track format {fmt!r}; choose one of {', '.join(TRACK_FORMATS)}")
