"""Day-by-day tracks: observed and interpolated points, sizes, conflicts."""

from __future__ import annotations

import dataclasses

import pytest
from link_scenarios import PLACES, d, report

from caravanwatch.link import roads
from caravanwatch.link.caravans import link_caravans
from caravanwatch.link.geo import haversine_km
from caravanwatch.link.happenings import Report, group_reports
from caravanwatch.link.tracks import SizeClaim, Track, build_tracks, conflict_detail


def track_of(reports: list[Report]) -> Track:
    happenings = group_reports(reports)
    caravans = link_caravans(happenings)
    assert len(caravans) == 1
    (track,) = build_tracks(caravans, happenings)
    return track


def test_observed_points_carry_their_sources_and_sizes() -> None:
    track = track_of([
        report("AP", "a1", "depart", d(13), "San Pedro Sula", size=1000),
        report("EFE", "a2", "depart", d(13), "San Pedro Sula", size=1300),
        report("AP", "a3", "arrive", d(14), "Agua Caliente", size=1200),
    ])
    first = track.points[0]
    assert first.kind == "observed" and first.place == "San Pedro Sula"
    assert (first.size_low, first.size_high) == (1000, 1300)
    assert first.sources == ("a1", "a2") and first.outlets == ("AP", "EFE")
    assert not first.conflict and first.conflict_detail is None
    assert [c.outlet for c in first.claims] == ["EFE", "AP"]  # largest first
    assert track.start == d(13) and track.end == d(14)


def test_sizes_disagreeing_by_2x_are_flagged_naming_who_said_what() -> None:
    track = track_of([
        report("Reuters", "a1", "arrive", d(21), "Tapachula", size=7000),
        report("AP", "a2", "arrive", d(21), "Tapachula", size=3500),
        report("EFE", "a3", "arrive", d(21), "Tapachula", size=5000),
    ])
    (point,) = track.points
    assert point.conflict
    assert point.conflict_detail == "Reuters said 7,000; EFE said 5,000; AP said 3,500"
    assert (point.size_low, point.size_high) == (3500, 7000)


@pytest.mark.parametrize(
    ("sizes", "conflict"),
    [
        pytest.param((1000, 1400), False, id="1.4x"),
        pytest.param((1000, 1500), False, id="exactly-1.5x"),
        pytest.param((1000, 1600), True, id="1.6x"),
        pytest.param((1000,), False, id="single"),
    ],
)
def test_conflict_threshold(sizes: tuple[int, ...], conflict: bool) -> None:
    claims = [SizeClaim(f"a{i}", f"Outlet{i}", s, "about", "h") for i, s in enumerate(sizes)]
    assert (conflict_detail(claims) is not None) is conflict


def test_conflict_detail_falls_back_to_article_ids_without_outlet() -> None:
    claims = [SizeClaim("art-1", None, 4000, None, "h"), SizeClaim("art-2", None, 2000, None, "h")]
    assert conflict_detail(claims) == "art-1 said 4,000; art-2 said 2,000"


def test_subset_sizes_do_not_make_the_group_size() -> None:
    track = track_of([
        report("AP", "a1", "arrive", d(21), "Tapachula", size=5000),
        report("AP", "a1", "detain", d(21), "Tapachula", size=200),
    ])
    (point,) = track.points
    assert (point.size_low, point.size_high) == (5000, 5000) and not point.conflict
    assert len(point.happening_ids) == 2


def test_days_between_observations_are_interpolated_along_the_road() -> None:
    track = track_of([
        report("AP", "a1", "arrive", d(21), "Tapachula", size=5000),
        report("AP", "a2", "arrive", d(26), "Arriaga", size=5000),
    ])
    assert [p.date.day for p in track.points] == [21, 22, 23, 24, 25, 26]
    assert [p.kind for p in track.points] == ["observed"] + ["interpolated"] * 4 + ["observed"]
    inner = track.points[1:-1]
    assert all(p.along_road and p.place is None and p.size_low is None for p in inner)
    assert all(roads.distance_to_network_km(p.lat, p.lon) < 1 for p in inner)
    # evenly spread: each day covers about a fifth of the road
    steps = [haversine_km(p.lat, p.lon, q.lat, q.lon)
             for p, q in zip(track.points, track.points[1:])]
    assert max(steps) - min(steps) < 5


def test_interpolated_points_follow_the_highway_on_a_curved_stretch() -> None:
    track = track_of([
        report("AP", "a1", "arrive", d(13, 11), "Escuinapa", size=3000),
        report("AP", "a2", "arrive", d(17, 11), "Mexicali", size=3000),
    ])
    inner = [p for p in track.points if p.kind == "interpolated"]
    assert len(inner) == 3
    _, elat, elon = PLACES["Escuinapa"]
    _, mlat, mlon = PLACES["Mexicali"]
    for p in inner:
        assert roads.distance_to_network_km(p.lat, p.lon) < 1
    # the last interpolated day is in the Sonoran desert by the road, not in the gulf
    straight = roads.point_along([(elat, elon), (mlat, mlon)], 0.75)
    assert roads.distance_to_network_km(*straight) > 100
    assert haversine_km(inner[-1].lat, inner[-1].lon, *straight) > 100


def test_interpolation_is_straight_and_marked_off_the_network() -> None:
    base = report("AP", "a2", "arrive", d(25, 11), "Mexico City")
    far_from_roads = dataclasses.replace(base.event, place="Monterrey", lat=25.6866,
                                         lon=-100.3161)
    monterrey = dataclasses.replace(base, event=far_from_roads)
    track = track_of([report("AP", "a1", "arrive", d(22, 11), "Mexico City"), monterrey])
    inner = [p for p in track.points if p.kind == "interpolated"]
    assert len(inner) == 2 and all(p.along_road is False for p in inner)


def test_end_of_day_position_prefers_the_arrival() -> None:
    track = track_of([
        report("AP", "a1", "depart", d(13), "San Pedro Sula", size=1000),
        report("AP", "a1", "arrive", d(13), "Agua Caliente", size=1000),
    ])
    (point,) = track.points
    assert point.place == "Agua Caliente"
    assert len(point.happening_ids) == 2


def test_members_left_behind_do_not_move_the_track_back() -> None:
    track = track_of([
        report("AP", "a1", "arrive", d(21), "Tapachula", size=3000),
        report("AP", "a2", "arrive", d(24), "Mapastepec", size=3000),
        report("AP", "a3", "asylum", d(25), "Tapachula", size=400),
        report("EFE", "a4", "asylum", d(25), "Tapachula", size=400),
        report("AP", "a5", "arrive", d(26), "Pijijiapan", size=2500),
        report("AP", "a6", "asylum", d(26), "Tapachula", size=100),
    ])
    observed = [(p.date, p.place) for p in track.points if p.kind == "observed"]
    assert observed == [(d(21), "Tapachula"), (d(24), "Mapastepec"), (d(26), "Pijijiapan")]
    assert all(p.place != "Tapachula" for p in track.points if p.date > d(21))


def test_caravan_without_located_days_has_an_empty_track() -> None:
    happenings = group_reports([report("AP", "a1", "arrive", d(21), "Tapachula")])
    caravans = link_caravans(happenings)
    (track,) = build_tracks(caravans, [])
    assert track.points == () and track.start is None
