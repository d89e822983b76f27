"""Score caravan tracks against a day-by-day ground truth (``../shared/tracks/*.csv``).

The truth format is ``date,place,country,lat,lon,size_low,size_high,note``: one row per
day where the main body of the caravan was at the end of that day.  :func:`evaluate_track`
picks the track that best matches the truth (most truth days inside its span, then the
lowest median error) and reports, over those days, the median distance between the
track's position and the true one and the share of days within 50 km.
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from caravanwatch.errors import EvalError
from caravanwatch.link.geo import haversine_km
from caravanwatch.link.tracks import Track

logger = logging.getLogger(__name__)

WITHIN_KM = 50.0
"""Issue 5: the share of days within 50 km (about one day's walk) of the true position."""

TRUTH_COLUMNS = ("date", "place", "country", "lat", "lon", "size_low", "size_high", "note")


@dataclass(frozen=True, slots=True)
class TruthRow:
    """Where the main body of a caravan was at the end of a day."""

    date: dt.date
    place: str
    country: str
    lat: float
    lon: float
    size_low: int | None
    size_high: int | None
    note: str


@dataclass(frozen=True, slots=True)
class DayError:
    """The distance between a track's point and the truth on one day."""

    date: dt.date
    truth_place: str
    track_place: str | None
    kind: str  # the track point's kind: observed or interpolated
    km: float


@dataclass(frozen=True, slots=True)
class TrackScore:
    """How well one track matches a truth file."""

    caravan_id: str | None
    caravan_name: str | None
    truth_days: int  # distinct dates in the truth file
    overlap_days: int  # distinct truth dates inside the chosen track's span
    median_km: float | None
    share_within_50km: float | None
    errors: tuple[DayError, ...] = ()
    candidates: tuple[tuple[str, int, float | None], ...] = ()  # (caravan id, overlap, median)


def _int_or_none(text: str | None) -> int | None:
    return int(float(text)) if text and text.strip() else None


def read_truth(path: Path) -> list[TruthRow]:
    """Read a truth CSV; raise :class:`EvalError` naming the file and line when malformed."""
    try:
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            missing = [c for c in TRUTH_COLUMNS[:5] if c not in (reader.fieldnames or ())]
            if missing:
                raise EvalError(
                    f"{path}: missing column(s) {', '.join(missing)}; expected header "
                    f"{','.join(TRUTH_COLUMNS)}"
                )
            rows = []
            for line, r in enumerate(reader, start=2):
                try:
                    rows.append(TruthRow(
                        dt.date.fromisoformat(r["date"].strip()), r["place"] or "",
                        r["country"] or "", float(r["lat"]), float(r["lon"]),
                        _int_or_none(r.get("size_low")), _int_or_none(r.get("size_high")),
                        r.get("note") or "",
                    ))
                except (TypeError, ValueError) as exc:
                    raise EvalError(f"{path}:{line}: bad row ({exc}); fix the date "
                                    "(YYYY-MM-DD) or coordinates") from exc
    except OSError as exc:
        raise EvalError(f"cannot read truth file {path}: {exc}") from exc
    if not rows:
        raise EvalError(f"{path}: no rows")
    return rows


def score_track(truth: Sequence[TruthRow], track: Track) -> TrackScore:
    """Compare one track with the truth over the truth's days inside the track's span."""
    errors = []
    for row in truth:
        point = track.on(row.date)
        if point is None:
            continue
        km = haversine_km(row.lat, row.lon, point.lat, point.lon)
        errors.append(DayError(row.date, row.place, point.place, point.kind, km))
    kms = [e.km for e in errors]
    return TrackScore(
        caravan_id=track.caravan_id, caravan_name=track.name,
        truth_days=len({r.date for r in truth}),
        overlap_days=len({e.date for e in errors}),
        median_km=statistics.median(kms) if kms else None,
        share_within_50km=sum(k <= WITHIN_KM for k in kms) / len(kms) if kms else None,
        errors=tuple(errors),
    )


def evaluate_track(truth_csv: Path, tracks: Sequence[Track]) -> TrackScore:
    """Score the track that best matches the truth file (see the module docstring).

    With no track overlapping the truth, the score has no caravan and no figures.
    """
    truth = read_truth(Path(truth_csv))
    scores = [score_track(truth, t) for t in tracks]
    candidates = tuple(
        (s.caravan_id or "", s.overlap_days, s.median_km) for s in scores if s.overlap_days
    )
    overlapping = [s for s in scores if s.overlap_days]
    if not overlapping:
        logger.warning("no track overlaps the %d truth days of %s", len(truth), truth_csv)
        return TrackScore(None, None, len({r.date for r in truth}), 0, None, None)
    best = min(overlapping, key=lambda s: (-s.overlap_days, s.median_km, s.caravan_id or ""))
    return TrackScore(
        best.caravan_id, best.caravan_name, best.truth_days, best.overlap_days,
        best.median_km, best.share_within_50km, best.errors, candidates,
    )
