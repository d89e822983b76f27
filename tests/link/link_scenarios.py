"""Synthetic reports for the linking tests: a small gazetteer and report factories.

Every sentence here is written for these tests.  Coordinates are approximate town
centres (GeoNames-like).
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import random
from pathlib import Path

from caravanwatch.link.happenings import Report
from caravanwatch.link.tracks import Track, TrackPoint
from caravanwatch.records import Event, Span

PLACES: dict[str, tuple[str, float, float]] = {
    "San Pedro Sula": ("HN", 15.50585, -88.02588),
    "Tegucigalpa": ("HN", 14.0818, -87.2068),
    "Agua Caliente": ("HN", 14.4600, -89.2300),
    "Esquipulas": ("GT", 14.56571, -89.35166),
    "Chiquimula": ("GT", 14.8009, -89.54641),
    "Guatemala City": ("GT", 14.64072, -90.51327),
    "Ciudad Tecún Umán": ("GT", 14.67737, -92.14039),
    "San Salvador": ("SV", 13.6929, -89.2182),
    "Escuintla": ("GT", 14.3050, -90.7850),
    "Ciudad Hidalgo": ("MX", 14.68018, -92.15195),
    "Tapachula": ("MX", 14.90541, -92.25891),
    "Huixtla": ("MX", 15.13924, -92.4634),
    "Mapastepec": ("MX", 15.43358, -92.90039),
    "Pijijiapan": ("MX", 15.68618, -93.20938),
    "Arriaga": ("MX", 16.23557, -93.89972),
    "Juchitán de Zaragoza": ("MX", 16.43399, -95.01914),
    "Matías Romero": ("MX", 16.87999, -95.03855),
    "Puebla": ("MX", 19.0414, -98.2063),
    "Mexico City": ("MX", 19.42847, -99.12766),
    "Guadalajara": ("MX", 20.67738, -103.34749),
    "Escuinapa": ("MX", 22.83333, -105.78333),
    "Culiacán": ("MX", 24.8069, -107.3939),
    "Hermosillo": ("MX", 29.0729, -110.9559),
    "Mexicali": ("MX", 32.62781, -115.45446),
    "Tijuana": ("MX", 32.5027, -117.00371),
}

_counter = iter(range(1_000_000))


def event(
    article: str, type_: str, date: dt.date | None, place: str | None, *,
    country: str | None = None, size: int | None = None, origin: tuple[str, ...] = (),
    evidence: str = "", modality: str = "actual", offset_km: float = 0.0,
) -> Event:
    """An event at a gazetteer place (optionally moved ``offset_km`` north)."""
    lat = lon = None
    if place is not None:
        country_, lat, lon = PLACES[place]
        country = country or country_
        lat += offset_km / 111.0
    start = next(_counter)
    return Event(
        article_id=article, type=type_, modality=modality,  # type: ignore[arg-type]
        evidence=evidence or f"Synthetic sentence {start} about the migrants.",
        span=Span(start, start + 10), date=date, place=place, country=country, lat=lat,
        lon=lon, size=size, size_qualifier="about" if size else None, origin=origin,
    )


def report(
    outlet: str, article: str, type_: str, date: dt.date | None, place: str | None,
    published: dt.date | None = None, **kw: object,
) -> Report:
    """A report by ``outlet`` in ``article`` (published on the day of the event by default)."""
    ev = event(article, type_, date, place, **kw)  # type: ignore[arg-type]
    return Report(ev, outlet, f"https://{outlet.lower()}.example/{article}",
                  published or date)


def d(day: int, month: int = 10, year: int = 2018) -> dt.date:
    return dt.date(year, month, day)


def read_truth_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def offset(lat: float, lon: float, km: float, bearing_deg: float) -> tuple[float, float]:
    """The point ``km`` away from (lat, lon) in the given bearing (small distances)."""
    b = math.radians(bearing_deg)
    dlat = km * math.cos(b) / 110.574
    dlon = km * math.sin(b) / (111.320 * math.cos(math.radians(lat)))
    return lat + dlat, lon + dlon


def perturbed_track(truth: Path, km: float, seed: int = 7, caravan_id: str = "c-test",
                    shift_days: int = 0) -> Track:
    """A track with one observed point per truth day, each moved ``km`` in a random
    direction (and dates shifted by ``shift_days``)."""
    rng = random.Random(seed)
    points = []
    for row in read_truth_rows(truth):
        lat, lon = offset(float(row["lat"]), float(row["lon"]), km, rng.uniform(0, 360))
        day = dt.date.fromisoformat(row["date"]) + dt.timedelta(days=shift_days)
        if points and points[-1].date == day:
            continue
        points.append(TrackPoint(caravan_id, day, lat, lon, row["place"], row["country"],
                                 "observed"))
    return Track(caravan_id, "test track", tuple(points))


def reports_from_truth(truth: Path, outlets: tuple[str, ...] = ("Wire", "Daily", "Radio"),
                       seed: int = 3) -> list[Report]:
    """Synthetic reports of a caravan following a truth file: each day, each outlet
    reports the arrival (a departure on the first travelling day) with a size between
    the truth's low and high and a position within 3 km of the true one."""
    rng = random.Random(seed)
    rows = read_truth_rows(truth)
    reports = []
    for i, row in enumerate(rows):
        day = dt.date.fromisoformat(row["date"])
        type_ = "depart" if i == 1 else "arrive"
        for outlet in outlets:
            lat, lon = offset(float(row["lat"]), float(row["lon"]), rng.uniform(0, 3),
                              rng.uniform(0, 360))
            lo, hi = row["size_low"], row["size_high"]
            size = rng.choice([int(lo), int(hi)]) if lo and hi else None
            start = next(_counter)
            ev = Event(
                article_id=f"{outlet.lower()}-{day.isoformat()}", type=type_,
                modality="actual", evidence=f"Synthetic sentence {start}.",
                span=Span(start, start + 5), date=day, place=row["place"],
                country=row["country"], lat=lat, lon=lon, size=size,
                size_qualifier="about" if size else None, origin=("HN",),
            )
            reports.append(Report(ev, outlet, None, day))
    return reports
