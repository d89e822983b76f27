"""eval-track: a track against a day-by-day ground truth."""

from __future__ import annotations

import datetime as dt
import statistics
from pathlib import Path

import pytest
from link_scenarios import d, perturbed_track, report, reports_from_truth

from caravanwatch.errors import EvalError
from caravanwatch.link.caravans import link_caravans
from caravanwatch.link.evaluate import evaluate_track, read_truth, score_track
from caravanwatch.link.happenings import group_reports
from caravanwatch.link.tracks import Track, TrackPoint, build_tracks


@pytest.fixture(scope="module")
def honduras_truth(request: pytest.FixtureRequest) -> Path:
    shared: Path = request.getfixturevalue("shared_dir")
    path = shared / "tracks" / "2018-10-honduras.csv"
    if not path.is_file():
        pytest.skip(f"truth file not found at {path}")
    return path


@pytest.fixture
def small_truth(tmp_path: Path) -> Path:
    """A truth file written for these tests: four days, blank sizes, a repeated place."""
    path = tmp_path / "truth.csv"
    path.write_text(
        "date,place,country,lat,lon,size_low,size_high,note\n"
        "2020-01-15,San Pedro Sula,HN,15.50585,-88.02588,600,800,\n"
        "2020-01-16,Esquipulas,GT,14.56571,-89.35166,,,crossed at Agua Caliente\n"
        "2020-01-17,Chiquimula,GT,14.8009,-89.54641,1000,2000,\n"
        "2020-01-18,Chiquimula,GT,14.8009,-89.54641,,,rest day\n",
        encoding="utf-8",
    )
    return path


def point(day: dt.date, lat: float, lon: float, kind: str = "observed") -> TrackPoint:
    return TrackPoint("c-x", day, lat, lon, None, None, kind)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("noise_km", "share"),
    [
        pytest.param(0.0, 1.0, id="exact"),
        pytest.param(10.0, 1.0, id="10km"),
        pytest.param(45.0, 1.0, id="45km"),
        pytest.param(60.0, 0.0, id="60km"),
    ],
)
def test_perturbed_truth_gives_the_noise_as_median(
    honduras_truth: Path, noise_km: float, share: float
) -> None:
    track = perturbed_track(honduras_truth, noise_km)
    score = evaluate_track(honduras_truth, [track])
    assert score.caravan_id == "c-test"
    rows = len(read_truth(honduras_truth))
    assert score.overlap_days == score.truth_days == rows
    assert score.median_km == pytest.approx(noise_km, abs=0.2)
    assert score.share_within_50km == share
    assert len(score.errors) == rows


def test_picks_the_track_with_most_overlapping_days_then_lowest_error(
    honduras_truth: Path
) -> None:
    good = perturbed_track(honduras_truth, 10.0, caravan_id="c-good")
    worse = perturbed_track(honduras_truth, 30.0, seed=2, caravan_id="c-worse")
    short = Track("c-short", "short", good.points[:5])
    score = evaluate_track(honduras_truth, [short, worse, good])
    assert score.caravan_id == "c-good"
    assert {c[0] for c in score.candidates} == {"c-good", "c-worse", "c-short"}
    assert {c: n for c, n, _ in score.candidates}["c-short"] == 5


def test_only_truth_days_inside_the_track_span_count(small_truth: Path) -> None:
    track = Track("c-x", "x", (
        point(d(16, 1, 2020), 14.56571, -89.35166),
        point(d(17, 1, 2020), 14.8009, -89.54641 + 0.2),  # ~21 km west
    ))
    score = evaluate_track(small_truth, [track])
    assert (score.truth_days, score.overlap_days) == (4, 2)
    assert score.median_km == pytest.approx(21.5 / 2, abs=0.5)
    assert score.share_within_50km == 1.0
    assert [e.date.day for e in score.errors] == [16, 17]


def test_interpolated_points_are_scored_too(small_truth: Path) -> None:
    track = Track("c-x", "x", (
        point(d(15, 1, 2020), 15.50585, -88.02588),
        point(d(16, 1, 2020), 15.0, -88.8, "interpolated"),
        point(d(17, 1, 2020), 14.8009, -89.54641),
    ))
    score = score_track(read_truth(small_truth), track)
    assert score.overlap_days == 3
    assert [e.kind for e in score.errors] == ["observed", "interpolated", "observed"]
    assert score.share_within_50km == pytest.approx(2 / 3)


def test_no_overlapping_track_gives_no_figures(small_truth: Path) -> None:
    track = Track("c-x", "x", (point(d(1, 3, 2020), 14.8, -89.5),))
    score = evaluate_track(small_truth, [track, Track("c-empty", "empty", ())])
    assert score.caravan_id is None and score.median_km is None
    assert score.share_within_50km is None and score.truth_days == 4


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("date,place,lat\n2020-01-01,X,1\n", "missing column", id="columns"),
        pytest.param("date,place,country,lat,lon\n2020-13-01,X,MX,1,2\n", ":2: bad row",
                     id="bad-date"),
        pytest.param("date,place,country,lat,lon\n2020-01-01,X,MX,north,2\n", ":2: bad row",
                     id="bad-lat"),
        pytest.param("date,place,country,lat,lon\n", "no rows", id="empty"),
    ],
)
def test_malformed_truth_files_raise_eval_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(EvalError, match=message):
        read_truth(path)


def test_missing_truth_file_raises_eval_error(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="cannot read"):
        read_truth(tmp_path / "nope.csv")


def test_truth_without_size_columns_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "minimal.csv"
    path.write_text("date,place,country,lat,lon\n2020-01-01,Tapachula,MX,14.9,-92.26\n")
    (row,) = read_truth(path)
    assert row.size_low is None and row.note == ""


def test_end_to_end_synthetic_2018_reports_against_the_truth(honduras_truth: Path) -> None:
    """Three outlets report each truth day (positions within 3 km, sizes at the truth's
    low or high); a Salvadoran caravan travels at the same time. The linked track of the
    Honduran caravan must match the truth closely and be the one picked."""
    reports = reports_from_truth(honduras_truth)
    reports += [
        report(o, f"{o}-sv-{day}", t, d(day, m), place, size=1000, origin=("SV",))
        for day, m, t, place in [
            (31, 10, "depart", "San Salvador"), (1, 11, "arrive", "Escuintla"),
            (2, 11, "arrive", "Ciudad Tecún Umán"), (4, 11, "arrive", "Tapachula"),
            (6, 11, "arrive", "Huixtla"), (8, 11, "arrive", "Mapastepec"),
        ]
        for o in ("AP", "EFE")
    ]
    happenings = group_reports(reports)
    caravans = link_caravans(happenings)
    tracks = build_tracks(caravans, happenings)
    score = evaluate_track(honduras_truth, tracks)
    chosen = next(c for c in caravans if c.id == score.caravan_id)
    assert chosen.name == "from San Pedro Sula, 13 Oct 2018"
    assert chosen.nationalities == ("HN",)
    salvadoran = [c for c in caravans if c.origin_place == "San Salvador"]
    assert len(salvadoran) == 1 and len(salvadoran[0].happening_ids) == 6
    assert score.overlap_days >= 28
    assert score.median_km is not None and score.median_km < 5
    assert score.share_within_50km is not None and score.share_within_50km >= 0.9
    conflicts = [p for t in tracks for p in t.points if p.conflict]
    assert conflicts, "the truth's size ranges (e.g. 3,000-5,000) give conflicts"
    assert statistics.median(e.km for e in score.errors) == score.median_km
