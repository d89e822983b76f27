"""Distances and movement feasibility on the migrant corridor.

Everything here is plain arithmetic on (lat, lon) pairs in degrees; road-network
distances live in :mod:`caravanwatch.link.roads`.
"""

from __future__ import annotations

import logging
import math

logger = logging.getLogger(__name__)

EARTH_RADIUS_KM = 6371.0088
"""Mean Earth radius (IUGG), the usual value for haversine distances."""

MAX_KM_PER_DAY = 800.0
"""Fastest plausible progress of a caravan: a day on buses or trucks (issue 5: "by bus or
truck up to about 800"); 2018 groups covered Escuinapa-Mexicali (~1,400 km by road) in
about two days of hitch-hiking, i.e. 700 km a day."""

WALK_KM_PER_DAY = (20.0, 60.0)
"""Usual daily progress on foot (issue 5); the 2018 truth track walks 25-50 km a day."""

BACKWARD_TOLERANCE_KM = 40.0
"""How far a report may place a caravan behind its last position before it counts as
moving backwards: geocoding to a town centre, a camp on the near side of a town and
reports of the rear of a 10 km long column easily differ by 20-30 km."""

US_BORDER_CROSSINGS: tuple[tuple[str, float, float], ...] = (
    # Main ports of entry on the Mexican side, west to east (approximate coordinates).
    ("Tijuana", 32.5027, -117.0037),
    ("Tecate", 32.5700, -116.6250),
    ("Mexicali", 32.6278, -115.4545),
    ("San Luis Río Colorado", 32.4561, -114.7719),
    ("Sonoyta", 31.8617, -112.8500),
    ("Nogales", 31.3086, -110.9422),
    ("Agua Prieta", 31.3272, -109.5489),
    ("Ciudad Juárez", 31.7200, -106.4600),
    ("Ojinaga", 29.5650, -104.4167),
    ("Ciudad Acuña", 29.3242, -100.9317),
    ("Piedras Negras", 28.7000, -100.5231),
    ("Nuevo Laredo", 27.4861, -99.5069),
    ("Reynosa", 26.0922, -98.2778),
    ("Matamoros", 25.8797, -97.5042),
)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points given in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def km_to_us_border(lat: float, lon: float) -> float:
    """Straight-line km to the nearest US port of entry on the Mexican side."""
    return min(haversine_km(lat, lon, blat, blon) for _, blat, blon in US_BORDER_CROSSINGS)


def speed_km_per_day(km: float, days: int) -> float:
    """Implied daily progress; a same-day move counts as one day of travel."""
    return km / max(days, 1)


def is_feasible(km: float, days: int, max_km_per_day: float = MAX_KM_PER_DAY) -> bool:
    """Whether a group can cover ``km`` in ``days`` days (same day = one day), by any means."""
    if days < 0:
        return False
    return speed_km_per_day(km, days) <= max_km_per_day


def is_walking_pace(km: float, days: int) -> bool:
    """Whether the implied progress is within the usual pace on foot (or slower)."""
    return speed_km_per_day(km, days) <= WALK_KM_PER_DAY[1]
