"""The corridor's main highways as a small directed network, and movement along it.

The network is read from ``data/roads/corridor.csv``: each road is a polyline listed in
the direction of travel towards the US, and roads sharing a waypoint are joined there.
It answers two questions for the linker and the tracks:

- how far, along the road, one point is ahead of (positive) or behind (negative) another
  (:func:`along_road_km`), so moving backwards can be told from moving on;
- where a caravan was between two observed points (:func:`interpolate`): along the
  shortest road path when both points lie within :data:`SNAP_KM` of the network, else on
  the straight line.
"""

from __future__ import annotations

import csv
import heapq
import io
import itertools
import logging
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from caravanwatch.link.geo import haversine_km

logger = logging.getLogger(__name__)

SNAP_KM = 30.0
"""A point farther than this from every road is "off the network" (issue 5: "within ~30 km
of the same line network"): town centres are at most a few km from the highway that
serves them, while 30 km still catches a village or a shelter reported by its own name."""

_EPS_T = 1e-6

LatLon = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Waypoint:
    """One row of the road table."""

    road: str
    place: str | None
    country: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class Edge:
    """A straight piece of road from node ``u`` to node ``v`` (the direction of travel)."""

    u: int
    v: int
    km: float
    road: str


@dataclass(frozen=True, slots=True)
class Projection:
    """The nearest point of the network to a given point."""

    edge: int
    t: float  # position on the edge, 0 at u, 1 at v
    lat: float
    lon: float
    off_km: float  # distance from the given point to the network


class Network:
    """Nodes, directed edges and all-pairs shortest distances of a road table."""

    def __init__(self, waypoints: list[Waypoint]) -> None:
        self.coords: list[LatLon] = []
        self.names: list[str | None] = []
        index: dict[LatLon, int] = {}
        self.edges: list[Edge] = []
        previous: tuple[str, int] | None = None
        for wp in waypoints:
            key = (round(wp.lat, 5), round(wp.lon, 5))
            if key not in index:
                index[key] = len(self.coords)
                self.coords.append(key)
                self.names.append(wp.place)
            node = index[key]
            if previous is not None and previous[0] == wp.road and previous[1] != node:
                u = previous[1]
                km = haversine_km(*self.coords[u], *self.coords[node])
                self.edges.append(Edge(u, node, km, wp.road))
            previous = (wp.road, node)
        n = len(self.coords)
        out: list[list[tuple[int, float]]] = [[] for _ in range(n)]
        both: list[list[tuple[int, float]]] = [[] for _ in range(n)]
        for e in self.edges:
            out[e.u].append((e.v, e.km))
            both[e.u].append((e.v, e.km))
            both[e.v].append((e.u, e.km))
        self.forward: list[dict[int, float]] = [_dijkstra(out, s)[0] for s in range(n)]
        undirected = [_dijkstra(both, s) for s in range(n)]
        self.undirected: list[dict[int, float]] = [d for d, _ in undirected]
        self._previous: list[dict[int, int]] = [p for _, p in undirected]

    def node_path(self, source: int, target: int) -> list[int]:
        """Nodes of the shortest undirected path from ``source`` to ``target``."""
        path = [target]
        previous = self._previous[source]
        while path[-1] != source:
            path.append(previous[path[-1]])
        return path[::-1]


def _dijkstra(
    adjacency: list[list[tuple[int, float]]], source: int
) -> tuple[dict[int, float], dict[int, int]]:
    dist: dict[int, float] = {source: 0.0}
    previous: dict[int, int] = {}
    heap: list[tuple[float, int]] = [(0.0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, math.inf):
            continue
        for nxt, km in adjacency[node]:
            nd = d + km
            if nd < dist.get(nxt, math.inf):
                dist[nxt] = nd
                previous[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, previous


def read_waypoints(text: str) -> list[Waypoint]:
    """Parse a road table (``road,place,country,lat,lon``; ``#`` lines are comments)."""
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    rows = csv.DictReader(io.StringIO("\n".join(lines)))
    return [
        Waypoint(r["road"], r["place"] or None, r["country"], float(r["lat"]), float(r["lon"]))
        for r in rows
    ]


@lru_cache(maxsize=1)
def load_network() -> Network:
    """The corridor network shipped with the package (built once, on first use)."""
    text = (
        resources.files("caravanwatch.data")
        .joinpath("roads/corridor.csv")
        .read_text(encoding="utf-8")
    )
    network = Network(read_waypoints(text))
    logger.debug("road network: %d nodes, %d edges", len(network.coords), len(network.edges))
    return network


def project(lat: float, lon: float, network: Network | None = None) -> Projection:
    """The nearest point of the network to (lat, lon)."""
    if network is None:
        return _project_default(lat, lon)
    return _project(lat, lon, network)


@lru_cache(maxsize=65536)
def _project_default(lat: float, lon: float) -> Projection:
    return _project(lat, lon, load_network())


def _project(lat: float, lon: float, net: Network) -> Projection:
    kx = math.cos(math.radians(lat))  # local equirectangular plane around the point
    best: tuple[float, int, float] | None = None  # (squared plane distance, edge, t)
    for i, e in enumerate(net.edges):
        (ulat, ulon), (vlat, vlon) = net.coords[e.u], net.coords[e.v]
        dx, dy = (vlon - ulon) * kx, vlat - ulat
        px, py = (lon - ulon) * kx, lat - ulat
        denom = dx * dx + dy * dy
        t = 0.0 if denom == 0 else max(0.0, min(1.0, (px * dx + py * dy) / denom))
        d2 = (px - t * dx) ** 2 + (py - t * dy) ** 2
        if best is None or d2 < best[0]:
            best = (d2, i, t)
    if best is None:
        raise ValueError("the road network has no edges")
    _, i, t = best
    e = net.edges[i]
    (ulat, ulon), (vlat, vlon) = net.coords[e.u], net.coords[e.v]
    plat, plon = ulat + t * (vlat - ulat), ulon + t * (vlon - ulon)
    return Projection(i, t, plat, plon, haversine_km(lat, lon, plat, plon))


def _exits(net: Network, p: Projection) -> list[tuple[int, float]]:
    """Nodes reachable forward from a projected point, with the km to get there."""
    e = net.edges[p.edge]
    exits = [(e.v, (1 - p.t) * e.km)]
    if p.t < _EPS_T:
        exits.append((e.u, 0.0))
    return exits


def _entries(net: Network, p: Projection) -> list[tuple[int, float]]:
    """Nodes from which a projected point is reached forward, with the km from there."""
    e = net.edges[p.edge]
    entries = [(e.u, p.t * e.km)]
    if p.t > 1 - _EPS_T:
        entries.append((e.v, 0.0))
    return entries


def _forward_km(net: Network, a: Projection, b: Projection) -> float | None:
    if a.edge == b.edge and b.t >= a.t - _EPS_T:
        return max(0.0, (b.t - a.t) * net.edges[a.edge].km)
    best: float | None = None
    for node_a, km_a in _exits(net, a):
        reach = net.forward[node_a]
        for node_b, km_b in _entries(net, b):
            if node_b in reach:
                total = km_a + reach[node_b] + km_b
                best = total if best is None else min(best, total)
    return best


def along_road_km(
    a: LatLon, b: LatLon, network: Network | None = None, snap_km: float = SNAP_KM
) -> float | None:
    """Road km from ``a`` forward to ``b`` (negative when ``b`` is behind ``a``).

    ``None`` when either point is off the network or neither can be reached from the
    other in the direction of travel (two different branches, such as Nogales and Tijuana).
    """
    net = network or load_network()
    pa, pb = project(*a, network=net), project(*b, network=net)
    if pa.off_km > snap_km or pb.off_km > snap_km:
        return None
    ahead = _forward_km(net, pa, pb)
    behind = _forward_km(net, pb, pa)
    if ahead is None and behind is None:
        return None
    if behind is None or (ahead is not None and ahead <= behind):
        return ahead
    return -behind


def road_path(
    a: LatLon, b: LatLon, network: Network | None = None, snap_km: float = SNAP_KM
) -> list[LatLon] | None:
    """The polyline from ``a`` to ``b`` along the shortest road path (in either direction).

    Starts at ``a`` and ends at ``b`` (the legs to and from the road included); ``None``
    when either point is more than ``snap_km`` from the network.
    """
    net = network or load_network()
    pa, pb = project(*a, network=net), project(*b, network=net)
    if pa.off_km > snap_km or pb.off_km > snap_km:
        return None
    ea, eb = net.edges[pa.edge], net.edges[pb.edge]
    best_km = math.inf
    middle: list[LatLon] = []
    if pa.edge == pb.edge:
        best_km = abs(pa.t - pb.t) * ea.km
    for node_a, km_a in ((ea.u, pa.t * ea.km), (ea.v, (1 - pa.t) * ea.km)):
        dists = net.undirected[node_a]
        for node_b, km_b in ((eb.u, pb.t * eb.km), (eb.v, (1 - pb.t) * eb.km)):
            if node_b not in dists:
                continue
            total = km_a + dists[node_b] + km_b
            if total < best_km - 1e-9:
                best_km = total
                middle = [net.coords[n] for n in net.node_path(node_a, node_b)]
    if math.isinf(best_km):
        return None
    points = [a, (pa.lat, pa.lon), *middle, (pb.lat, pb.lon), b]
    deduped = [points[0]]
    for p in points[1:]:
        if haversine_km(*p, *deduped[-1]) > 1e-6:
            deduped.append(p)
    return deduped


def polyline_km(points: list[LatLon]) -> float:
    """Length of a polyline in km."""
    return sum(haversine_km(*p, *q) for p, q in itertools.pairwise(points))


def point_along(points: list[LatLon], fraction: float) -> LatLon:
    """The point at ``fraction`` (0..1) of a polyline's length."""
    if len(points) == 1:
        return points[0]
    target = max(0.0, min(1.0, fraction)) * polyline_km(points)
    walked = 0.0
    for p, q in itertools.pairwise(points):
        step = haversine_km(*p, *q)
        if walked + step >= target and step > 0:
            f = (target - walked) / step
            return (p[0] + f * (q[0] - p[0]), p[1] + f * (q[1] - p[1]))
        walked += step
    return points[-1]


def interpolate(
    a: LatLon, b: LatLon, fraction: float, network: Network | None = None,
    snap_km: float = SNAP_KM,
) -> tuple[LatLon, bool]:
    """Where a group is after ``fraction`` of its way from ``a`` to ``b``.

    Returns the point and whether it was placed along the road (True) or on the
    straight line because one end is off the network (False).
    """
    path = road_path(a, b, network=network, snap_km=snap_km)
    if path is None:
        return point_along([a, b], fraction), False
    return point_along(path, fraction), True


def distance_to_network_km(lat: float, lon: float, network: Network | None = None) -> float:
    """How far a point is from the nearest road of the network."""
    return project(lat, lon, network=network).off_km
