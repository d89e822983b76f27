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
import itertools
import logging
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from caravanwatch.link.caravans import TYPE_ORDER, WHOLE_GROUP_TYPES, Caravan, progress_km
from caravanwatch.link.geo import BACKWARD_TOLERANCE_KM
from caravanwatch.link.happenings import Happening, Report, place_key
from caravanwatch.link.roads import point_along, road_path

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


@dataclass(frozen=True, slots=True)
class _Sighting:
    """A happening as reported on one day: the reports dated that day and where they
    place the group."""

    happening: Happening
    reports: tuple[Report, ...]
    place: str | None
    country: str | None
    lat: float
    lon: float


def _sighting(h: Happening, reports: Sequence[Report]) -> _Sighting | None:
    if not h.locatable or h.type == "deport":
        return None
    located = [r.event for r in reports
               if r.event.place and r.event.lat is not None and r.event.lon is not None]
    keys = Counter(place_key(e.place) for e in located)
    if keys:  # where that day's reports put it (a happening may span two towns 20 km apart)
        key = min(keys, key=lambda k: (-keys[k], k or ""))
        here = [e for e in located if place_key(e.place) == key]
        return _Sighting(
            h, tuple(reports), here[0].place, here[0].country,
            statistics.median(e.lat for e in here if e.lat is not None),
            statistics.median(e.lon for e in here if e.lon is not None),
        )
    return _Sighting(h, tuple(reports), h.place, h.country, h.lat or 0.0, h.lon or 0.0)


def _behind(point: TrackPoint, s: _Sighting) -> bool:
    return progress_km((point.lat, point.lon), (s.lat, s.lon)) < -BACKWARD_TOLERANCE_KM


def _progress(a: _Sighting, b: _Sighting) -> float:
    """How far ``b`` is ahead of ``a`` along the corridor."""
    return progress_km((a.lat, a.lon), (b.lat, b.lon))


def _end_of_day(sightings: list[_Sighting]) -> _Sighting:
    """The sighting that best tells where the group was at the end of the day: not a
    departure, reported by most articles, furthest along the road."""
    first = sightings[0]
    return max(
        sightings,
        key=lambda s: (
            s.happening.type != "depart", len({r.event.article_id for r in s.reports}),
            round(_progress(first, s), 1), TYPE_ORDER.get(s.happening.type, 99),
            s.happening.id,
        ),
    )


def size_claims(day: Iterable[tuple[Happening, Sequence[Report]]]) -> tuple[SizeClaim, ...]:
    """Whole-group size claims of a day: one per report with a size."""
    claims = {
        SizeClaim(r.event.article_id, r.outlet, r.event.size, r.event.size_qualifier, h.id)
        for h, reports in day if h.type in WHOLE_GROUP_TYPES
        for r in reports if r.event.size
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


def _observed(
    caravan_id: str, day: dt.date, entries: list[tuple[Happening, list[Report]]],
    before: TrackPoint | None = None,
) -> TrackPoint | None:
    """The point of ``day``, or None when no happening that day places the group
    (members left behind, :data:`~caravanwatch.link.caravans.MEMBER_TYPES`, do not place
    it: a sighting more than the backward tolerance behind the point ``before`` is
    ignored)."""
    sightings = [s for h, reports in entries if (s := _sighting(h, reports))]
    if before is not None:
        sightings = [s for s in sightings if not _behind(before, s)]
    if not sightings:
        return None
    where = _end_of_day(sightings)
    claims = size_claims(entries)
    detail = conflict_detail(claims)
    reports = [r for _, rs in entries for r in rs]
    return TrackPoint(
        caravan_id=caravan_id, date=day, lat=where.lat, lon=where.lon,
        place=where.place, country=where.country, kind="observed",
        size_low=min((c.size for c in claims), default=None),
        size_high=max((c.size for c in claims), default=None),
        sources=tuple(sorted({r.event.article_id for r in reports})),
        outlets=tuple(sorted({r.source for r in reports})),
        happening_ids=tuple(h.id for h, _ in entries),
        claims=claims, conflict=detail is not None, conflict_detail=detail,
    )


def _days_of(h: Happening) -> dict[dt.date, list[Report]]:
    """A happening's reports by the day each report gives (a departure keeps its own
    date: a report a day late does not make the group leave twice)."""
    assert h.date is not None
    days: dict[dt.date, list[Report]] = {}
    for r in h.reports:
        day = h.date if h.type == "depart" else (r.event.date or h.date)
        days.setdefault(day, []).append(r)
    return days


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
    by_day: dict[dt.date, list[tuple[Happening, list[Report]]]] = {}
    for hid in caravan.happening_ids:
        h = happenings.get(hid)
        if h is not None and h.date is not None and h.modality == "actual":
            for day, reports in _days_of(h).items():
                by_day.setdefault(day, []).append((h, reports))
    observed: list[TrackPoint] = []
    for day in sorted(by_day):
        point = _observed(caravan.id, day, by_day[day], observed[-1] if observed else None)
        if point is not None:
            observed.append(point)
    points: list[TrackPoint] = []
    for a, b in itertools.pairwise(observed):
        points.append(a)
        points.extend(_between(caravan.id, a, b))
    points.extend(observed[-1:])
    return Track(caravan.id, caravan.name, tuple(points))


def build_tracks(caravans: Iterable[Caravan], happenings: Iterable[Happening]) -> list[Track]:
    """Tracks of all caravans, in the caravans' order (caravans with no located day give
    empty tracks)."""
    by_id = {h.id: h for h in happenings}
    return [build_track(c, by_id) for c in caravans]
