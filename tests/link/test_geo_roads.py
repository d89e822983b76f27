"""Distances, feasible speeds and the corridor road network."""

from __future__ import annotations

import pytest
from link_scenarios import PLACES

from caravanwatch.link import geo, roads


def at(name: str) -> tuple[float, float]:
    _, lat, lon = PLACES[name]
    return lat, lon


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        pytest.param("Tapachula", "Huixtla", 33.5, id="tapachula-huixtla"),
        pytest.param("Mexico City", "Guadalajara", 461.0, id="cdmx-guadalajara"),
        pytest.param("Tijuana", "Mexicali", 146.0, id="tijuana-mexicali"),
    ],
)
def test_haversine_matches_known_distances(a: str, b: str, km: float) -> None:
    assert geo.haversine_km(*at(a), *at(b)) == pytest.approx(km, rel=0.03)


def test_haversine_is_zero_on_the_same_point_and_symmetric() -> None:
    assert geo.haversine_km(*at("Tapachula"), *at("Tapachula")) == 0
    ab = geo.haversine_km(*at("Tapachula"), *at("Arriaga"))
    assert ab == pytest.approx(geo.haversine_km(*at("Arriaga"), *at("Tapachula")))


@pytest.mark.parametrize(
    ("km", "days", "feasible", "walking"),
    [
        pytest.param(35, 1, True, True, id="a-day-on-foot"),
        pytest.param(700, 1, True, False, id="a-day-on-buses"),
        pytest.param(700, 0, True, False, id="same-day-counts-as-one"),
        pytest.param(1500, 1, False, False, id="too-fast"),
        pytest.param(1500, 2, True, False, id="two-days-on-buses"),
        pytest.param(10, -1, False, True, id="back-in-time"),
    ],
)
def test_feasibility(km: float, days: int, feasible: bool, walking: bool) -> None:
    assert geo.is_feasible(km, days) is feasible
    assert geo.is_walking_pace(km, days) is walking


def test_km_to_us_border_shrinks_northwards() -> None:
    assert geo.km_to_us_border(*at("Tijuana")) < 1
    assert geo.km_to_us_border(*at("Tapachula")) > geo.km_to_us_border(*at("Mexico City"))


def test_network_loads_and_is_connected() -> None:
    net = roads.load_network()
    assert len(net.coords) > 150 and len(net.edges) > 150
    reach = net.undirected[0]
    assert len(reach) == len(net.coords), "every waypoint is reachable from every other"
    assert max(e.km for e in net.edges) < 80, "waypoints are at most ~60-80 km apart"


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        pytest.param("San Pedro Sula", "Tijuana", 4000, 4500, id="whole-corridor"),
        pytest.param("Juchitán de Zaragoza", "Matías Romero", 40, 70, id="isthmus"),
        pytest.param("Mexico City", "Guadalajara", 480, 580, id="via-queretaro"),
        pytest.param("Tapachula", "Tapachula", 0, 0.001, id="same-place"),
    ],
)
def test_along_road_is_positive_forward_and_negative_backward(
    a: str, b: str, low: float, high: float
) -> None:
    forward = roads.along_road_km(at(a), at(b))
    backward = roads.along_road_km(at(b), at(a))
    assert forward is not None and backward is not None
    assert low <= forward <= high
    assert backward == pytest.approx(-forward, abs=1e-6)


def test_along_road_is_none_between_branches_and_off_the_network() -> None:
    nogales, caborca = (31.3086, -110.9422), (30.7150, -112.1550)
    assert roads.along_road_km(nogales, caborca) is None
    monterrey = (25.6866, -100.3161)  # far from every road of the table
    assert roads.along_road_km(at("Mexico City"), monterrey) is None


@pytest.mark.parametrize("fraction", [0.66, 0.75, 0.8], ids=["two-thirds", "3/4", "4/5"])
def test_interpolation_follows_the_curved_desert_road(fraction: float) -> None:
    """Escuinapa to Mexicali: the straight line crosses the Gulf of California and the
    Sonoran desert; the road runs round by Hermosillo, Santa Ana and Sonoyta."""
    a, b = at("Escuinapa"), at("Mexicali")
    path = roads.road_path(a, b)
    assert path is not None
    assert roads.polyline_km(path) > 1.08 * geo.haversine_km(*a, *b)
    (lat, lon), along = roads.interpolate(a, b, fraction)
    assert along is True
    assert roads.distance_to_network_km(lat, lon) < 1.0
    straight = roads.point_along([a, b], fraction)
    assert roads.distance_to_network_km(*straight) > 100
    assert geo.haversine_km(lat, lon, *straight) > 100


def test_interpolation_ends_at_the_observed_points() -> None:
    a, b = at("Tapachula"), at("Arriaga")
    assert roads.interpolate(a, b, 0.0)[0] == pytest.approx(a)
    assert roads.interpolate(a, b, 1.0)[0] == pytest.approx(b)


def test_interpolation_is_straight_when_an_end_is_off_the_network() -> None:
    monterrey = (25.6866, -100.3161)
    (lat, lon), along = roads.interpolate(at("Mexico City"), monterrey, 0.5)
    assert along is False
    mid = roads.point_along([at("Mexico City"), monterrey], 0.5)
    assert (lat, lon) == pytest.approx(mid)


def test_read_waypoints_joins_roads_at_shared_points() -> None:
    text = "# comment\nroad,place,country,lat,lon\nA,x,MX,0,0\nA,y,MX,0,1\nB,y,MX,0,1\nB,z,MX,1,1\n"
    net = roads.Network(roads.read_waypoints(text))
    assert len(net.coords) == 3 and len(net.edges) == 2
    assert roads.along_road_km((0, 0), (1, 1), network=net) == pytest.approx(222.4, rel=0.01)
