"""Reports of the same happening across articles become one :class:`Happening`.

Ten outlets report one departure: ten :class:`Report` records (an extracted
:class:`~caravanwatch.records.Event` plus its article's outlet, URL and date) become one
happening holding all ten.  Two reports are of the same happening when they have the same
type and modality, dates within a day, the same place (or places within 25 km), sizes
within a factor of 3, overlapping origins and no conflicting explicit naming ("the second
caravan" vs "the first caravan").  Clustering is complete-linkage (every pair in a
happening must be compatible), so a chain of reports cannot drift from one town or day to
the next.  The result does not depend on the order of the input.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from caravanwatch.link.geo import haversine_km
from caravanwatch.link.naming import NamingHint, naming_hint
from caravanwatch.records import Event

logger = logging.getLogger(__name__)

SAME_PLACE_KM = 25.0
"""Issue 5: "same place or within 25 km" -- a town and its border post or shelter."""

SAME_DATE_DAYS = 1
"""Issue 5: "dates within a day"; outlets in different time zones and "last night"
resolutions put the same happening on adjacent days."""

SIZE_FACTOR = 3.0
"""Sizes of one happening differ by at most this factor: ../shared/tracks/README.md says
sources "disagree between sources by a factor of 1.5 to 3"."""

UNDATED_LAG_DAYS = 2
"""An undated report joins a dated happening from at most this many days before the
article's publication ("arrived in Tapachula" in a next-day story)."""


@dataclass(frozen=True, slots=True)
class Report:
    """One article's account of a happening: the event and its article's metadata."""

    event: Event
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None

    @property
    def key(self) -> str:
        """Stable identity of the report: article, span and type."""
        e = self.event
        return f"{e.article_id}:{e.span.start}-{e.span.end}:{e.type}"

    @property
    def source(self) -> str:
        """Who said it: the outlet, else the article id."""
        return self.outlet or self.event.article_id


@dataclass(frozen=True, slots=True)
class Happening:
    """One real-world happening with every report of it."""

    id: str
    type: str
    modality: str
    date: dt.date | None
    place: str | None
    country: str | None
    lat: float | None
    lon: float | None
    size_low: int | None
    size_high: int | None
    origin: tuple[str, ...]
    reports: tuple[Report, ...]

    @property
    def locatable(self) -> bool:
        """Actual, dated and placed at a named place with coordinates: a track point."""
        return (
            self.modality == "actual" and self.date is not None and self.place is not None
            and self.lat is not None and self.lon is not None
        )

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(sorted({r.event.article_id for r in self.reports}))

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(sorted({r.source for r in self.reports}))


def place_key(name: str | None) -> str | None:
    """A place name folded for comparison: no case, accents, punctuation or "Ciudad"."""
    if not name:
        return None
    decomposed = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    words = "".join(c if c.isalnum() else " " for c in folded).split()
    if len(words) > 1 and words[0] == "ciudad":  # "Ciudad Tecún Umán" / "Tecún Umán"
        words = words[1:]
    return " ".join(words)


@dataclass(slots=True)
class _Cluster:
    reports: list[Report]
    hints: list[NamingHint | None]


def _places_compatible(a: Event, b: Event) -> bool:
    ka, kb = place_key(a.place), place_key(b.place)
    if ka and kb:
        if ka == kb and (a.country is None or b.country is None or a.country == b.country):
            return True
        if a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None:
            return haversine_km(a.lat, a.lon, b.lat, b.lon) <= SAME_PLACE_KM
        return False
    # at most one side names a place: the countries must agree
    if a.country and b.country:
        return a.country == b.country
    return not (ka or kb) and a.country == b.country


def _dates_compatible(a: Report, b: Report) -> bool:
    da, db = a.event.date, b.event.date
    if da and db:
        return abs((da - db).days) <= SAME_DATE_DAYS
    dated, undated = (a, b) if da else (b, a)
    if dated.event.date is None:  # both undated: same publication day or unknown
        return a.published == b.published
    pub = undated.published
    return pub is not None and 0 <= (pub - dated.event.date).days <= UNDATED_LAG_DAYS


def _compatible(report: Report, hint: NamingHint | None, cluster: _Cluster) -> bool:
    sizes = [r.event.size for r in cluster.reports if r.event.size]
    if report.event.size and sizes:
        lo, hi = min(*sizes, report.event.size), max(*sizes, report.event.size)
        if hi > SIZE_FACTOR * lo:
            return False
    origins = {o for r in cluster.reports for o in r.event.origin}
    if report.event.origin and origins and not origins & set(report.event.origin):
        return False
    if hint is not None and any(h is not None and h != hint for h in cluster.hints):
        return False
    return all(
        _dates_compatible(report, other) and _places_compatible(report.event, other.event)
        for other in cluster.reports
    )


def _mean_km(report: Report, cluster: _Cluster) -> float:
    e = report.event
    if e.lat is None or e.lon is None:
        return 0.0
    kms = [
        haversine_km(e.lat, e.lon, o.event.lat, o.event.lon)
        for o in cluster.reports
        if o.event.lat is not None and o.event.lon is not None
    ]
    return sum(kms) / len(kms) if kms else 0.0


def _sort_key(r: Report) -> tuple[object, ...]:
    e = r.event
    return (
        e.date is None, e.place is None, e.date or dt.date.min,
        place_key(e.place) or "", e.country or "", e.article_id, e.span.start, e.span.end,
    )


def _cluster(reports: list[Report]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    by_date: dict[dt.date, list[int]] = {}  # clusters by the dates of their reports
    for report in sorted(reports, key=_sort_key):
        hint = naming_hint(report.event.evidence)
        day = report.event.date
        if day is not None:  # only clusters with a report within a day can fit
            near = sorted({
                i for k in range(-SAME_DATE_DAYS, SAME_DATE_DAYS + 1)
                for i in by_date.get(day + dt.timedelta(days=k), ())
            })
            candidates = [clusters[i] for i in near]
        else:
            candidates = clusters
        fits = [c for c in candidates if _compatible(report, hint, c)]
        if fits:
            best = min(fits, key=lambda c: (_mean_km(report, c), -len(c.reports)))
            best.reports.append(report)
            best.hints.append(hint)
            index = next(i for i, c in enumerate(clusters) if c is best) if day else -1
        else:
            clusters.append(_Cluster([report], [hint]))
            index = len(clusters) - 1
        if day is not None and index not in by_date.setdefault(day, []):
            by_date[day].append(index)
    return clusters


def _most_common(values: Iterable[str]) -> str | None:
    counts = Counter(values)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))


def _build(cluster: _Cluster) -> Happening:
    reports = tuple(sorted(cluster.reports, key=lambda r: r.key))
    events = [r.event for r in reports]
    dates = Counter(e.date for e in events if e.date)
    date = min(dates, key=lambda d: (-dates[d], d)) if dates else None
    key = _most_common(k for e in events if (k := place_key(e.place)))
    at_place = [e for e in events if key and place_key(e.place) == key]
    place = _most_common(e.place for e in at_place if e.place)
    country = _most_common(e.country for e in at_place if e.country) or _most_common(
        e.country for e in events if e.country
    )
    located = [e for e in at_place if e.lat is not None and e.lon is not None]
    lat = statistics.median(e.lat for e in located if e.lat is not None) if located else None
    lon = statistics.median(e.lon for e in located if e.lon is not None) if located else None
    sizes = [e.size for e in events if e.size]
    origin_counts = Counter(o for e in events for o in e.origin)
    origin = tuple(sorted(origin_counts, key=lambda o: (-origin_counts[o], o)))
    first = events[0]
    return Happening(
        id="", type=first.type, modality=first.modality, date=date, place=place,
        country=country, lat=lat, lon=lon,
        size_low=min(sizes) if sizes else None, size_high=max(sizes) if sizes else None,
        origin=origin, reports=reports,
    )


def _assign_ids(happenings: list[Happening]) -> list[Happening]:
    """``h-`` + hash of type, modality, date and place: stable when reports are added."""
    by_key: dict[str, list[Happening]] = {}
    for h in happenings:
        where = place_key(h.place) or h.country or ""
        raw = f"{h.type}|{h.modality}|{h.date.isoformat() if h.date else ''}|{where}"
        by_key.setdefault(hashlib.sha1(raw.encode()).hexdigest()[:12], []).append(h)
    result: list[Happening] = []
    for digest, group in by_key.items():
        group.sort(key=lambda h: h.reports[0].key)
        for n, h in enumerate(group, start=1):
            suffix = "" if n == 1 else f"-{n}"
            result.append(_replace_id(h, f"h-{digest}{suffix}"))
    return result


def _replace_id(h: Happening, new_id: str) -> Happening:
    return Happening(
        new_id, h.type, h.modality, h.date, h.place, h.country, h.lat, h.lon,
        h.size_low, h.size_high, h.origin, h.reports,
    )


def group_reports(reports: Iterable[Report]) -> list[Happening]:
    """Cluster reports into happenings, sorted by date, type and id.

    Planned reports are clustered apart from actual ones (they never make track
    points); reports without a date join a dated happening published at most
    :data:`UNDATED_LAG_DAYS` later, else stay undated happenings.
    """
    buckets: dict[tuple[str, str], list[Report]] = {}
    for r in reports:
        buckets.setdefault((r.event.type, r.event.modality), []).append(r)
    happenings = [_build(c) for key in sorted(buckets) for c in _cluster(buckets[key])]
    result = _assign_ids(happenings)
    result.sort(key=lambda h: (h.date is None, h.date or dt.date.min, h.type, h.id))
    logger.info("%d reports -> %d happenings", sum(len(b) for b in buckets.values()), len(result))
    return result


def reports_from_events(
    events: Iterable[Event], articles: dict[str, tuple[str | None, str | None, dt.date | None]]
) -> list[Report]:
    """Pair events with their article's ``(outlet, url, published)``."""
    out = []
    for e in events:
        outlet, url, published = articles.get(e.article_id, (None, None, None))
        out.append(Report(e, outlet, url, published))
    return out
