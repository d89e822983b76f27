"""Country outlines and a map projection for the report's offline SVG maps.

The outlines are the simplified Natural Earth countries in
``caravanwatch/data/basemap/countries.json`` (see its README and
``scripts/build_basemap.py``).  The projection is equirectangular with the longitude
scaled by cos(latitude) at the map's centre: over the few hundred to few thousand km of a
caravan's track the distortion is a few percent, and it needs no library.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

logger = logging.getLogger(__name__)

Ring = tuple[tuple[float, float], ...]  # (lon, lat) pairs


@dataclass(frozen=True, slots=True)
class Country:
    """One country's simplified outline (exterior rings) and label point."""

    code: str
    name: str
    label: tuple[float, float]  # lon, lat
    rings: tuple[Ring, ...]
    bbox: tuple[float, float, float, float]  # west, south, east, north


@lru_cache(maxsize=1)
def load_countries() -> tuple[Country, ...]:
    """The shipped basemap, loaded once."""
    text = (
        resources.files("caravanwatch.data")
        .joinpath("basemap/countries.json")
        .read_text(encoding="utf-8")
    )
    raw = json.loads(text)["countries"]
    out = []
    for code, c in raw.items():
        rings = tuple(tuple((float(x), float(y)) for x, y in ring) for ring in c["rings"])
        xs = [x for ring in rings for x, _ in ring]
        ys = [y for ring in rings for _, y in ring]
        out.append(Country(
            code=code, name=c["name"], label=(float(c["label"][0]), float(c["label"][1])),
            rings=rings, bbox=(min(xs), min(ys), max(xs), max(ys)),
        ))
    logger.debug("basemap: %d countries", len(out))
    return tuple(out)


MARGIN_DEG = 0.6
"""Margin around a track's bounding box, in degrees of latitude (~65 km): room for the
points' circles and the town labels at the track's ends."""

MIN_SPAN_DEG = 2.0
"""Smallest map height in degrees (~220 km): a one-town caravan still shows its region
and the nearest border."""


@dataclass(frozen=True, slots=True)
class Projection:
    """Equirectangular projection of a lon/lat box onto a ``width`` x ``height`` canvas."""

    west: float
    south: float
    east: float
    north: float
    width: float
    height: float

    @property
    def kx(self) -> float:
        return self.width / (self.east - self.west)

    @property
    def ky(self) -> float:
        return self.height / (self.north - self.south)

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        """Canvas coordinates (origin top left) of a point."""
        return (lon - self.west) * self.kx, (self.north - lat) * self.ky

    def km_per_px(self) -> float:
        """Kilometres per pixel along the parallel at the map's centre (110.57 km per
        degree of latitude; x is scaled to match y, so both axes agree)."""
        return 110.57 / self.ky

    def contains(self, bbox: tuple[float, float, float, float]) -> bool:
        """Whether a lon/lat box overlaps the map."""
        w, s, e, n = bbox
        return not (e < self.west or w > self.east or n < self.south or s > self.north)


def fit_projection(
    points: list[tuple[float, float]], width: float, min_height: float = 300.0,
    max_height: float = 500.0,
) -> Projection:
    """A projection of the points' (lon, lat) bounding box plus a margin, widened so
    that one km is as long east-west as north-south at the map's centre."""
    lons = [p[0] for p in points]
    lats = [p[1] for p in points]
    west, east = min(lons), max(lons)
    south, north = min(lats), max(lats)
    lat0 = (south + north) / 2
    cos0 = max(math.cos(math.radians(lat0)), 0.2)
    # margins and a minimum size, in degrees of latitude (longitude / cos)
    south, north = south - MARGIN_DEG, north + MARGIN_DEG
    west, east = west - MARGIN_DEG / cos0, east + MARGIN_DEG / cos0
    if north - south < MIN_SPAN_DEG:
        grow = (MIN_SPAN_DEG - (north - south)) / 2
        south, north = south - grow, north + grow
    # canvas aspect from the box, clamped; then grow the box to fill the canvas
    ew = (east - west) * cos0  # "latitude degrees" wide
    ns = north - south
    height = min(max(width * ns / ew, min_height), max_height)
    target = width / height  # ew / ns wanted
    if ew / ns < target:
        grow = (target * ns - ew) / cos0 / 2
        west, east = west - grow, east + grow
    else:
        grow = (ew / target - ns) / 2
        south, north = south - grow, north + grow
    return Projection(west, south, east, north, width, height)


def _ring_path(ring: Ring, proj: Projection) -> str:
    parts = []
    last = ""
    for i, (lon, lat) in enumerate(ring):
        x, y = proj.xy(lon, lat)
        token = f"{x:.1f} {y:.1f}"
        if token == last:  # collapses to the same tenth of a pixel
            continue
        parts.append(("M" if i == 0 else "L") + token)
        last = token
    return "".join(parts) + "Z" if len(parts) > 2 else ""


def outline_paths(proj: Projection) -> list[tuple[Country, str]]:
    """SVG path data of every country overlapping the map, in the basemap's order."""
    out = []
    for country in load_countries():
        if not proj.contains(country.bbox):
            continue
        d = "".join(
            _ring_path(ring, proj) for ring in country.rings
            if proj.contains(_ring_bbox(ring))
        )
        if d:
            out.append((country, d))
    return out


def _ring_bbox(ring: Ring) -> tuple[float, float, float, float]:
    xs = [x for x, _ in ring]
    ys = [y for _, y in ring]
    return min(xs), min(ys), max(xs), max(ys)
