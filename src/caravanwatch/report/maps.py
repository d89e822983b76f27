"""The map of one caravan's track, as inline SVG over the shipped country outlines.

Observed days are filled circles sized by the group's reported size and coloured by date;
interpolated days are small hollow dashed circles on a dashed line; days whose sources
disagree by more than 1.5x get a red ring.  Towns are labelled where a label fits without
overlapping another.
"""

from __future__ import annotations

import itertools
import math
import re

from caravanwatch.link.roads import road_path
from caravanwatch.link.tracks import Track, TrackPoint
from caravanwatch.report.basemap import Projection, fit_projection, outline_paths
from caravanwatch.report.svg import (
    Markup,
    date_colour,
    esc,
    fmt_date,
    fmt_int,
    safe_markup,
    short_date,
    text_width,
)

MAP_WIDTH = 820.0
LABEL_SIZE = 12.0
SEA = "#dcebf5"
LAND = "#f6f3ec"
LAND_TRACK = "#efe9dc"  # countries the track passes through, a shade darker
BORDER = "#a8a29a"
CONFLICT = "#c62828"

RADIUS_MIN = 3.5
RADIUS_MAX = 22.0
"""Circle radius = 3.5 + sqrt(size) / 6 px, capped at 22: area grows with the number of
people, 100 people -> 5 px, 1,000 -> 9 px, 7,000 -> 17 px (the 2018 caravan's peak
fits without hiding the towns around it)."""


def size_radius(size: float | None) -> float:
    """Circle radius for a group size (unknown sizes get the smallest circle)."""
    if not size:
        return RADIUS_MIN + 1
    return min(RADIUS_MIN + math.sqrt(size) / 6, RADIUS_MAX)


def point_size(p: TrackPoint) -> float | None:
    """One number for a day's size: the middle of the reported range."""
    if p.size_low is None or p.size_high is None:
        return None
    return (p.size_low + p.size_high) / 2


def _dom_id(raw: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "-", raw)


def _point_title(p: TrackPoint) -> str:
    where = p.place or "between reported places"
    if p.country and p.place:
        where += f" ({p.country})"
    parts = [fmt_date(p.date), where]
    if p.kind == "interpolated":
        parts.append("interpolated" + (" along the road" if p.along_road else ""))
    if p.size_low is not None:
        size = fmt_int(p.size_low) if p.size_low == p.size_high else (
            f"{fmt_int(p.size_low)}–{fmt_int(p.size_high)}")
        parts.append(f"{size} people")
    if p.outlets:
        parts.append("sources: " + ", ".join(p.outlets))
    if p.conflict_detail:
        parts.append("conflict: " + p.conflict_detail)
    return " · ".join(parts)


def _date_t(p: TrackPoint, track: Track) -> float:
    assert track.start is not None and track.end is not None
    span = max((track.end - track.start).days, 1)
    return (p.date - track.start).days / span


Box = tuple[float, float, float, float]  # x0, y0, x1, y1


def _overlaps(a: Box, b: Box) -> bool:
    return not (a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1])


def _labels(
    points: list[tuple[TrackPoint, float, float, float]], proj: Projection,
    obstacles: list[Box],
) -> str:
    """Town labels placed greedily (right, left, above, below the circle), biggest
    groups first, skipping a town already labelled or a label that would collide with
    another label, a point or an ``obstacle``."""
    taken: list[Box] = [(x - r, y - r, x + r, y + r) for _, x, y, r in points] + obstacles
    done: set[str] = set()
    out = []
    order = sorted(points, key=lambda t: (-(point_size(t[0]) or 0), t[0].date))
    for p, x, y, r in order:
        if not p.place or p.place in done:
            continue
        w, h = text_width(p.place, LABEL_SIZE), LABEL_SIZE
        gap = r + 3
        options = [
            (x + gap, y + h * 0.35, "start", (x + gap, y - h / 2, x + gap + w, y + h / 2)),
            (x - gap, y + h * 0.35, "end", (x - gap - w, y - h / 2, x - gap, y + h / 2)),
            (x, y - gap - 2, "middle", (x - w / 2, y - gap - h - 2, x + w / 2, y - gap - 2)),
            (x, y + gap + h, "middle", (x - w / 2, y + gap, x + w / 2, y + gap + h)),
        ]
        for tx, ty, anchor, box in options:
            own = (x - r, y - r, x + r, y + r)
            inside = box[0] >= 2 and box[1] >= 2 and box[2] <= proj.width - 2 and (
                box[3] <= proj.height - 2)
            if inside and not any(_overlaps(box, t) for t in taken if t != own):
                taken.append(box)
                done.add(p.place)
                out.append(
                    f'<text class="town" x="{tx:.1f}" y="{ty:.1f}" text-anchor="{anchor}">'
                    f"{esc(p.place)}</text>"
                )
                break
    return "".join(out)


def _scale_bar(proj: Projection) -> str:
    """A scale bar of a round number of km, about 120 px long, bottom left."""
    km_px = proj.km_per_px()
    target = km_px * 120
    power = 10 ** math.floor(math.log10(target))
    km = max(m * power for m in (1, 2, 5, 10) if m * power <= target)
    px = km / km_px
    x0, y0 = 14.0, proj.height - 16
    return (
        f'<g class="scale"><rect x="{x0 - 6:.1f}" y="{y0 - 18:.1f}" width="{px + 12 + 48:.1f}" '
        f'height="26" rx="3" fill="#ffffff" fill-opacity="0.8"/>'
        f'<path d="M{x0:.1f} {y0 - 4:.1f}V{y0:.1f}H{x0 + px:.1f}V{y0 - 4:.1f}" '
        f'fill="none" stroke="#333" stroke-width="1.5"/>'
        f'<text x="{x0 + px + 6:.1f}" y="{y0:.1f}" class="axis">{km:,.0f} km</text></g>'
    )


def track_map(track: Track) -> Markup:
    """The SVG map of a track (an empty-state note when it has no points)."""
    if not track.points:
        return safe_markup(
            '<p class="empty">No located day for this caravan: nothing to map.</p>')
    proj = fit_projection([(p.lon, p.lat) for p in track.points], MAP_WIDTH)
    clip = "clip-" + _dom_id(track.caravan_id)
    countries_on_track = {p.country for p in track.points if p.country}
    parts = [
        (f'<svg class="map" viewBox="0 0 {proj.width:.0f} {proj.height:.0f}" '
         f'role="img" aria-label="Map of the track of {esc(track.name)}">'),
        (f'<defs><clipPath id="{clip}"><rect width="{proj.width:.0f}" '
         f'height="{proj.height:.0f}"/></clipPath></defs>'),
        f'<g clip-path="url(#{clip})">',
        f'<rect width="{proj.width:.0f}" height="{proj.height:.0f}" fill="{SEA}"/>',
    ]
    outlines = outline_paths(proj)
    for country, d in outlines:
        fill = LAND_TRACK if country.code in countries_on_track else LAND
        parts.append(
            f'<path class="country" d="{d}" fill="{fill}" stroke="{BORDER}" '
            f'stroke-width="0.8" stroke-linejoin="round"><title>{esc(country.name)}</title></path>'
        )
    for country, _ in outlines:
        lx, ly = proj.xy(*country.label)
        if 40 < lx < proj.width - 40 and 20 < ly < proj.height - 20:
            parts.append(
                f'<text class="country-label" x="{lx:.1f}" y="{ly:.1f}" '
                f'text-anchor="middle">{esc(country.name.upper())}</text>')
    # the track line: solid between consecutive observed days, dashed through gaps
    # (a leg next to a day interpolated along the road follows the road, as the track did)
    xy = [proj.xy(p.lon, p.lat) for p in track.points]
    for (a, pa), (b, pb) in itertools.pairwise(zip(xy, track.points, strict=True)):
        dashed = pa.kind == "interpolated" or pb.kind == "interpolated"
        css = "track gap" if dashed else "track"
        path = (road_path((pa.lat, pa.lon), (pb.lat, pb.lon))
                if pa.along_road or pb.along_road else None)
        if path and len(path) > 2:
            points = " ".join(f"{x:.1f},{y:.1f}" for x, y in
                              (proj.xy(lon, lat) for lat, lon in path))
            parts.append(f'<polyline points="{points}" fill="none" class="{css}"/>')
        else:
            parts.append(
                f'<line x1="{a[0]:.1f}" y1="{a[1]:.1f}" x2="{b[0]:.1f}" y2="{b[1]:.1f}" '
                f'class="{css}"/>')
    placed = []
    hollow: list[Box] = []
    for (x, y), p in zip(xy, track.points, strict=True):
        colour = date_colour(_date_t(p, track))
        title = f"<title>{esc(_point_title(p))}</title>"
        if p.kind == "interpolated":
            parts.append(
                f'<circle class="pt interpolated" cx="{x:.1f}" cy="{y:.1f}" r="3.2" '
                f'stroke="{colour}">{title}</circle>')
            hollow.append((x - 4, y - 4, x + 4, y + 4))
        else:
            placed.append((p, x, y, size_radius(point_size(p))))
    for p, x, y, r in sorted(placed, key=lambda t: (-t[3], t[0].date)):
        colour = date_colour(_date_t(p, track))
        if p.conflict:
            parts.append(
                f'<circle class="conflict-ring" cx="{x:.1f}" cy="{y:.1f}" r="{r + 3.5:.1f}"/>')
        parts.append(
            f'<circle class="pt observed" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" '
            f'fill="{colour}"><title>{esc(_point_title(p))}</title></circle>')
    parts.append(_labels(placed, proj, hollow + [(0, proj.height - 44, 200, proj.height)]))
    parts.append("</g>")
    parts.append(_scale_bar(proj))
    parts.append(
        f'<rect width="{proj.width:.0f}" height="{proj.height:.0f}" fill="none" '
        f'stroke="#b9c4cc"/></svg>')
    parts.append(map_legend(track))
    return safe_markup("".join(parts))


def map_legend(track: Track) -> str:
    """Legend strip: date colours, circle sizes, point kinds."""
    assert track.start is not None and track.end is not None
    gid = "ramp-" + _dom_id(track.caravan_id)
    stops = "".join(
        f'<stop offset="{k / 8:.3f}" stop-color="{date_colour(k / 8)}"/>' for k in range(9))
    sizes = [p for p in track.points if p.kind == "observed" and point_size(p)]
    biggest = max((point_size(p) or 0 for p in sizes), default=0)
    examples = [s for s in (100, 1000, 5000) if s <= max(biggest, 100) * 1.2] or [100]
    out = [
        (f'<svg class="legend" viewBox="0 0 {MAP_WIDTH:.0f} 58" role="img" '
         'aria-label="Map legend">'),
        f'<defs><linearGradient id="{gid}">{stops}</linearGradient></defs>',
        '<text x="0" y="14" class="legend-title">Date</text>',
        f'<rect x="0" y="22" width="170" height="12" rx="2" fill="url(#{gid})"/>',
        f'<text x="0" y="50" class="axis">{esc(short_date(track.start))}</text>',
        f'<text x="170" y="50" class="axis" text-anchor="end">{esc(short_date(track.end))}</text>',
        '<text x="210" y="14" class="legend-title">Reported size</text>',
    ]
    x = 214.0
    for s in examples:
        r = size_radius(s)
        out.append(f'<circle cx="{x + r:.1f}" cy="{44 - r:.1f}" r="{r:.1f}" class="size-key"/>')
        out.append(f'<text x="{x + 2 * r + 4:.1f}" y="44" class="axis">{fmt_int(s)}</text>')
        x += 2 * r + 12 + text_width(fmt_int(s), 11)
    x = max(x + 24, 450.0)
    out.append(f'<text x="{x:.1f}" y="14" class="legend-title">Points</text>')
    out.append(f'<circle cx="{x + 7:.1f}" cy="30" r="6" fill="{date_colour(0.5)}" '
               'class="pt observed"/>')
    out.append(f'<text x="{x + 18:.1f}" y="34" class="axis">reported position</text>')
    out.append(f'<circle cx="{x + 7:.1f}" cy="48" r="3.2" stroke="{date_colour(0.5)}" '
               'class="pt interpolated"/>')
    out.append(f'<text x="{x + 18:.1f}" y="52" class="axis">interpolated day</text>')
    x2 = x + 150
    out.append(f'<circle cx="{x2 + 7:.1f}" cy="30" r="5" fill="{date_colour(0.5)}" '
               'class="pt observed"/>')
    out.append(f'<circle cx="{x2 + 7:.1f}" cy="30" r="8.5" class="conflict-ring"/>')
    out.append(f'<text x="{x2 + 20:.1f}" y="34" class="axis">sources disagree (&gt;1.5×)</text>')
    out.append(f'<line x1="{x2}" y1="48" x2="{x2 + 14}" y2="48" class="track gap"/>')
    out.append(f'<text x="{x2 + 20:.1f}" y="52" class="axis">no report that day</text>')
    out.append("</svg>")
    return "".join(out)
