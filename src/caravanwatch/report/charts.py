"""SVG charts of one caravan: the timeline of its happenings and its size over time.

Both share a date axis (:class:`DateAxis`) spanning the caravan's days.  The size chart
draws each outlet's claims as its own colour and shape, the day's range as a band, and
marks days whose claims differ by more than 1.5x (:data:`~caravanwatch.link.tracks.CONFLICT_FACTOR`).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from caravanwatch.link.caravans import TYPE_ORDER, WHOLE_GROUP_TYPES
from caravanwatch.link.happenings import Happening, Report
from caravanwatch.link.tracks import CONFLICT_FACTOR, conflict_detail, size_claims
from caravanwatch.report.svg import (
    OUTLET_COLOURS,
    OUTLET_SHAPES,
    TYPE_COLOURS,
    TYPE_LABELS,
    Markup,
    esc,
    fmt_date,
    fmt_int,
    marker,
    nice_ticks,
    safe_markup,
    short_date,
)

WIDTH = 820.0
LEFT = 124.0  # room for lane labels / size ticks
RIGHT = 24.0


@dataclass(frozen=True, slots=True)
class DateAxis:
    """Maps days to x between ``LEFT`` and ``WIDTH - RIGHT`` (half a day of padding)."""

    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def x(self, day: dt.date) -> float:
        inner = WIDTH - LEFT - RIGHT
        return LEFT + ((day - self.start).days + 0.5) / self.days * inner

    def ticks(self) -> list[dt.date]:
        """At most ~10 labelled days: every 1, 2, 3, 7, 14 or 28 days."""
        step = next((s for s in (1, 2, 3, 7, 14, 28) if self.days / s <= 10), 56)
        return [self.start + dt.timedelta(days=k) for k in range(0, self.days, step)]

    def svg(self, top: float, bottom: float) -> str:
        """Vertical grid lines and day labels under ``bottom``."""
        out = []
        for day in self.ticks():
            x = self.x(day)
            out.append(f'<line x1="{x:.1f}" y1="{top:.1f}" x2="{x:.1f}" y2="{bottom:.1f}" '
                       'class="grid"/>')
            out.append(f'<text x="{x:.1f}" y="{bottom + 16:.1f}" text-anchor="middle" '
                       f'class="axis">{esc(short_date(day))}</text>')
        return "".join(out)


def caravan_axis(happenings: Sequence[Happening]) -> DateAxis | None:
    days = [h.date for h in happenings if h.date]
    return DateAxis(min(days), max(days)) if days else None


def timeline(happenings: Sequence[Happening]) -> Markup:
    """One lane per event type; one marker per type and day, larger with more reports."""
    axis = caravan_axis(happenings)
    if axis is None:
        return safe_markup('<p class="empty">No dated happening to put on a timeline.</p>')
    by_cell: dict[tuple[str, dt.date], list[Happening]] = defaultdict(list)
    for h in happenings:
        if h.date:
            by_cell[(h.type, h.date)].append(h)
    types = sorted({t for t, _ in by_cell}, key=lambda t: (TYPE_ORDER.get(t, 99), t))
    lane = 30.0
    top = 10.0
    bottom = top + lane * len(types)
    height = bottom + 28
    parts = [
        (f'<svg class="chart timeline" viewBox="0 0 {WIDTH:.0f} {height:.0f}" role="img" '
         'aria-label="Timeline of happenings by type">'),
        axis.svg(top, bottom),
    ]
    for i, t in enumerate(types):
        y = top + lane * (i + 0.5)
        colour = TYPE_COLOURS.get(t, "#555")
        parts.append(f'<line x1="{LEFT - 6:.0f}" y1="{y:.1f}" x2="{WIDTH - RIGHT:.0f}" '
                     f'y2="{y:.1f}" class="lane"/>')
        parts.append(f'<circle cx="{12:.0f}" cy="{y:.1f}" r="5" fill="{colour}"/>')
        parts.append(f'<text x="22" y="{y + 4:.1f}" class="lane-label">'
                     f'{esc(TYPE_LABELS.get(t, t))}</text>')
    for (t, day), hs in sorted(by_cell.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        y = top + lane * (types.index(t) + 0.5)
        n = sum(len(h.reports) for h in hs)
        r = min(4.5 + 1.6 * math.sqrt(n), 12.5)
        places = sorted({h.place or h.country or "unplaced" for h in hs})
        outlets = sorted({o for h in hs for o in h.outlets})
        title = (f"{fmt_date(day)} · {TYPE_LABELS.get(t, t)} · {', '.join(places)} · "
                 f"{n} report{'s' if n != 1 else ''}: {', '.join(outlets)}")
        parts.append(
            f'<circle cx="{axis.x(day):.1f}" cy="{y:.1f}" r="{r:.1f}" '
            f'fill="{TYPE_COLOURS.get(t, "#555")}" class="event-dot">'
            f"<title>{esc(title)}</title></circle>")
    parts.append("</svg>")
    return safe_markup("".join(parts))


@dataclass(frozen=True, slots=True)
class Claim:
    """One outlet's figure for the whole group on one day."""

    day: dt.date
    outlet: str
    size: int
    qualifier: str | None
    article_id: str


def caravan_claims(happenings: Sequence[Happening]) -> list[Claim]:
    """Whole-group size claims of a caravan's happenings, dated as the tracks date them
    (a departure on its own date; other reports on the day each report gives)."""
    by_day: dict[dt.date, list[tuple[Happening, list[Report]]]] = defaultdict(list)
    for h in happenings:
        if h.date is None or h.modality != "actual" or h.type not in WHOLE_GROUP_TYPES:
            continue
        days: dict[dt.date, list[Report]] = defaultdict(list)
        for r in h.reports:
            days[h.date if h.type == "depart" else (r.event.date or h.date)].append(r)
        for day, reports in days.items():
            by_day[day].append((h, reports))
    out = []
    for day in sorted(by_day):
        for c in size_claims(by_day[day]):
            out.append(Claim(day, c.outlet or c.article_id, c.size, c.qualifier, c.article_id))
    return out


def outlet_styles(outlets: Sequence[str]) -> dict[str, tuple[str, str]]:
    """A (colour, shape) per outlet, in sorted order: colours first, then shapes."""
    n = len(OUTLET_COLOURS)
    return {
        o: (OUTLET_COLOURS[i % n], OUTLET_SHAPES[(i // n) % len(OUTLET_SHAPES)])
        for i, o in enumerate(sorted(outlets))
    }


def conflicts(claims: Sequence[Claim]) -> list[tuple[dt.date, str]]:
    """Days whose claims differ by more than 1.5x, with who said what."""
    from caravanwatch.link.tracks import SizeClaim

    by_day: dict[dt.date, list[SizeClaim]] = defaultdict(list)
    for c in claims:
        by_day[c.day].append(SizeClaim(c.article_id, c.outlet, c.size, c.qualifier, ""))
    out = []
    for day in sorted(by_day):
        detail = conflict_detail(by_day[day])
        if detail:
            out.append((day, detail))
    return out


def size_chart(happenings: Sequence[Happening]) -> Markup:
    """Each outlet's size claims by day, the day's range as a band, conflicts marked."""
    claims = caravan_claims(happenings)
    axis = caravan_axis(happenings)
    if not claims or axis is None:
        return safe_markup('<p class="empty">No outlet gave the group\'s size.</p>')
    top, bottom = 14.0, 240.0
    height = bottom + 30
    ticks = nice_ticks(0, max(c.size for c in claims) * 1.08, 5)
    ymax = ticks[-1]

    def y(v: float) -> float:
        return bottom - v / ymax * (bottom - top)

    parts = [
        (f'<svg class="chart sizes" viewBox="0 0 {WIDTH:.0f} {height:.0f}" role="img" '
         'aria-label="Reported size over time by outlet">'),
        axis.svg(top, bottom),
    ]
    for v in ticks:
        parts.append(f'<line x1="{LEFT:.0f}" y1="{y(v):.1f}" x2="{WIDTH - RIGHT:.0f}" '
                     f'y2="{y(v):.1f}" class="grid"/>')
        parts.append(f'<text x="{LEFT - 8:.0f}" y="{y(v) + 4:.1f}" text-anchor="end" '
                     f'class="axis">{fmt_int(v)}</text>')
    parts.append(f'<text x="14" y="{(top + bottom) / 2:.0f}" class="axis-title" '
                 f'transform="rotate(-90 14 {(top + bottom) / 2:.0f})" '
                 'text-anchor="middle">people</text>')
    by_day: dict[dt.date, list[Claim]] = defaultdict(list)
    for c in claims:
        by_day[c.day].append(c)
    days = sorted(by_day)
    lows = [min(c.size for c in by_day[d]) for d in days]
    highs = [max(c.size for c in by_day[d]) for d in days]
    if len(days) > 1:
        upper = " ".join(f"{axis.x(d):.1f},{y(v):.1f}" for d, v in zip(days, highs, strict=True))
        lower = " ".join(f"{axis.x(d):.1f},{y(v):.1f}"
                         for d, v in reversed(list(zip(days, lows, strict=True))))
        parts.append(f'<polygon points="{upper} {lower}" class="band"/>')
    conflict_days = dict(conflicts(claims))
    for d, lo, hi in zip(days, lows, highs, strict=True):
        x = axis.x(d)
        cls = "range conflict" if d in conflict_days else "range"
        parts.append(f'<line x1="{x:.1f}" y1="{y(lo):.1f}" x2="{x:.1f}" y2="{y(hi):.1f}" '
                     f'class="{cls}"/>')
        if d in conflict_days:
            parts.append(
                f'<g class="conflict-mark"><circle cx="{x:.1f}" cy="{y(hi) - 16:.1f}" r="7"/>'
                f'<text x="{x:.1f}" y="{y(hi) - 12:.1f}" text-anchor="middle">!</text>'
                f"<title>{esc(fmt_date(d))}: {esc(conflict_days[d])}</title></g>")
    styles = outlet_styles(sorted({c.outlet for c in claims}))
    for d in days:
        group = sorted(by_day[d], key=lambda c: (c.outlet, c.size))
        outlets = sorted({c.outlet for c in group})
        for c in group:
            colour, shape = styles[c.outlet]
            k = outlets.index(c.outlet) - (len(outlets) - 1) / 2
            x = axis.x(d) + k * 7
            q = f" ({c.qualifier.replace('_', ' ')})" if c.qualifier not in (None, "exact") else ""
            title = f"{fmt_date(d)} · {c.outlet}: {fmt_int(c.size)}{q}"
            parts.append(marker(shape, x, y(c.size), 5.5, f'fill="{colour}" class="claim"',
                                f"<title>{esc(title)}</title>"))
    parts.append("</svg>")
    legend = ['<ul class="chart-legend">']
    for o, (colour, shape) in styles.items():
        icon = marker(shape, 8, 8, 5, f'fill="{colour}" stroke="#fff" stroke-width="1"')
        legend.append(f'<li><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">'
                      f"{icon}</svg>{esc(o)}</li>")
    legend.append('<li><svg width="22" height="16" viewBox="0 0 22 16" aria-hidden="true">'
                  '<rect x="1" y="3" width="20" height="10" class="band"/></svg>'
                  "range of claims</li>")
    if conflict_days:
        legend.append('<li><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">'
                      '<g class="conflict-mark"><circle cx="8" cy="8" r="7"/>'
                      '<text x="8" y="12" text-anchor="middle">!</text></g></svg>'
                      f"claims differ by more than {CONFLICT_FACTOR:g}×</li>")
    legend.append("</ul>")
    return safe_markup("".join(parts) + "".join(legend))
