"""A caravan's position and size, day by day, with who said what.

Observed days come from the caravan's located happenings (the end-of-day position: an
arrival rather than a departure, the place most articles report, then the one furthest
along the road).  Days between observed days are interpolated along the road network
(:func:`caravanwatch.link.roads.interpolate`) and marked ``interpolated``.  A day's size
is the range of whole-group sizes reported that day; when two reports differ by more
than :data:`CONFLICT_FACTOR` the point is flagged and the detail names each outlet's figure.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from caravanwatch.link.caravans import TYPE_ORDER, WHOLE_GROUP_TYPES, Caravan
from caravanwatch.link.geo import km_to_us_border
from caravanwatch.link.happenings import Happening
from caravanwatch.link.roads import along_road_km, point_along, road_path

logger = logging.getLogger(__name__)

CONFLICT_FACTOR = 1.5
"""Issue 5: flag a conflict where same-day reports differ by more than 1.5x."""

PointKind = Literal["observed", "interpolated"]


@dataclass(frozen=True, slots=True)
class SizeClaim:
    """One article's figure for the group's size on a day."""

    article_id: str
    outlet: str | None
    size: int
    qualifier: str | None
    happening_id: str


@dataclass(frozen=True, slots=True)
class TrackPoint:
    """Where a caravan was at the end of a day, how many, and on whose word."""

    caravan_id: str
    date: dt.date
    lat: float
    lon: float
    place: str | None
    country: str | None
    kind: PointKind
    size_low: int | None = None
    size_high: int | None = None
    sources: tuple[str, ...] = ()  # article ids
    outlets: tuple[str, ...] = ()
    happening_ids: tuple[str, ...] = ()
    claims: tuple[SizeClaim, ...] = ()
    conflict: bool = False
    conflict_detail: str | None = None
    along_road: bool | None = None  # interpolated points: placed along the road or not


@dataclass(frozen=True, slots=True)
class Track:
    """A caravan's day-by-day points, one per day from its first to last observed day."""

    caravan_id: str
    name: str
    points: tuple[TrackPoint, ...]

    @property
    def start(self) -> dt.date | None:
        return self.points[0].date if self.points else None

    @property
    def end(self) -> dt.date | None:
        return self.points[-1].date if self.points else None

    def on(self, day: dt.date) -> TrackPoint | None:
        """The point of a given day, if the track covers it."""
        return next((p for p in self.points if p.date == day), None)


def _progress(a: Happening, b: Happening) -> float:
    """How far ``b`` is ahead of ``a`` along the corridor."""
    pa, pb = (a.lat or 0.0, a.lon or 0.0), (b.lat or 0.0, b.lon or 0.0)
    road = along_road_km(pa, pb)
    return road if road is not None else km_to_us_border(*pa) - km_to_us_border(*pb)


def _end_of_day(located: list[Happening]) -> Happening:
    """The happening that best tells where the group was at the end of the day."""
    first = located[0]
    return max(
        located,
        key=lambda h: (
            h.type != "depart", len(h.article_ids), round(_progress(first, h), 1),
            TYPE_ORDER.get(h.type, 99), h.id,
        ),
    )


def size_claims(day_happenings: Iterable[Happening]) -> tuple[SizeClaim, ...]:
    """Whole-group size claims of a day's happenings, one per report with a size."""
    claims = {
        SizeClaim(r.event.article_id, r.outlet, r.event.size, r.event.size_qualifier, h.id)
        for h in day_happenings if h.type in WHOLE_GROUP_TYPES
        for r in h.reports if r.event.size
    }
    return tuple(sorted(claims, key=lambda c: (-c.size, c.outlet or "", c.article_id)))


def conflict_detail(claims: Sequence[SizeClaim]) -> str | None:
    """``"Reuters said 7,000; AP said 3,000"`` when the claims differ by more than 1.5x."""
    if not claims:
        return None
    sizes = [c.size for c in claims]
    if max(sizes) <= CONFLICT_FACTOR * min(sizes):
        return None
    said: dict[str, list[int]] = {}
    for c in claims:
        figures = said.setdefault(c.outlet or c.article_id, [])
        if c.size not in figures:
            figures.append(c.size)
    return "; ".join(
        f"{who} said {' and '.join(f'{n:,}' for n in figures)}" for who, figures in said.items()
    )


def _observed(caravan_id: str, day: dt.date, happenings: list[Happening]) -> TrackPoint | None:
    located = [h for h in happenings if h.locatable and h.type != "deport"]
    if not located:
        return None
    where = _end_of_day(located)
    claims = size_claims(happenings)
    detail = conflict_detail(claims)
    reports = [r for h in happenings for r in h.reports]
    return TrackPoint(
        caravan_id=caravan_id, date=day, lat=where.lat or 0.0, lon=where.lon or 0.0,
        place=where.place, country=where.country, kind="observed",
        size_low=min((c.size for c in claims), default=None),
        size_high=max((c.size for c in claims), default=None),
        sources=tuple(sorted({r.event.article_id for r in reports})),
        outlets=tuple(sorted({r.source for r in reports})),
        happening_ids=tuple(h.id for h in happenings),
        claims=claims, conflict=detail is not None, conflict_detail=detail,
    )


def _between(caravan_id: str, a: TrackPoint, b: TrackPoint) -> list[TrackPoint]:
    gap = (b.date - a.date).days
    if gap <= 1:
        return []
    path = road_path((a.lat, a.lon), (b.lat, b.lon))
    along = path is not None
    line = path if path is not None else [(a.lat, a.lon), (b.lat, b.lon)]
    points = []
    for k in range(1, gap):
        lat, lon = point_along(line, k / gap)
        points.append(TrackPoint(
            caravan_id=caravan_id, date=a.date + dt.timedelta(days=k), lat=lat, lon=lon,
            place=None, country=None, kind="interpolated", along_road=along,
        ))
    return points


def build_track(caravan: Caravan, happenings: Mapping[str, Happening]) -> Track:
    """The day-by-day track of one caravan (``happenings`` maps ids to happenings)."""
    by_day: dict[dt.date, list[Happening]] = {}
    for hid in caravan.happening_ids:
        h = happenings.get(hid)
        if h is not None and h.date is not None and h.modality == "actual":
            by_day.setdefault(h.date, []).append(h)
    observed = [
        p for day in sorted(by_day) if (p := _observed(caravan.id, day, by_day[day]))
    ]
    points: list[TrackPoint] = []
    for a, b in zip(observed, observed[1:]):
        points.append(a)
        points.extend(_between(caravan.id, a, b))
    points.extend(observed[-1:])
    return Track(caravan.id, caravan.name, tuple(points))


def build_tracks(caravans: Iterable[Caravan], happenings: Iterable[Happening]) -> list[Track]:
    """Tracks of all caravans, in the caravans' order (caravans with no located day give
    empty tracks)."""
    by_id = {h.id: h for h in happenings}
    return [build_track(c, by_id) for c in caravans]
