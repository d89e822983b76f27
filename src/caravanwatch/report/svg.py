"""Small helpers shared by the SVG drawings: escaping, number formats, colours, markers.

Every string that comes from an article goes through :func:`esc` before it reaches SVG
markup; the drawings return :class:`markupsafe.Markup` so the page template inserts them
as they are while escaping everything else.
"""

from __future__ import annotations

import datetime as dt
import html
import math

from markupsafe import Markup

__all__ = [
    "OUTLET_COLOURS",
    "OUTLET_SHAPES",
    "TYPE_COLOURS",
    "TYPE_LABELS",
    "Markup",
    "date_colour",
    "esc",
    "fmt_date",
    "fmt_int",
    "fmt_num",
    "marker",
    "short_date",
    "text_width",
]


def esc(value: object) -> str:
    """Escape text for an SVG/HTML text node or a double-quoted attribute."""
    return html.escape(str(value), quote=True)


def fmt_int(n: float | None) -> str:
    """``7000`` -> ``"7,000"``; ``None`` -> ``"–"``."""
    return "–" if n is None else f"{round(n):,}"


def fmt_num(x: float) -> str:
    """A figure's value: integers without decimals, others to two significant places."""
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def fmt_figure(value: float, unit: str) -> str:
    """A figure with its unit: ``0.61, percent`` -> ``61%`` (the annotation guidelines
    store percentages as fractions), ``4, usd`` -> ``US$4``, ``200, per_day`` ->
    ``200 per day``."""
    if unit == "percent":
        return fmt_num(round(value * 100, 4)) + "%"
    if unit.startswith("usd"):
        return "US$" + fmt_num(value) + unit[3:].replace("_", " ")
    return f"{fmt_num(value)} {unit.replace('_', ' ')}"


def fmt_date(d: dt.date | None) -> str:
    """``2018-10-13`` -> ``"13 Oct 2018"``."""
    return f"{d.day} {d:%b} {d.year}" if d else "undated"


def short_date(d: dt.date) -> str:
    """``2018-10-13`` -> ``"13 Oct"``."""
    return f"{d.day} {d:%b}"


# Viridis sampled at nine stops (matplotlib's viridis, public domain / CC0): perceptually
# uniform and readable for colour-blind readers, so "earlier" vs "later" reads at a glance.
_VIRIDIS = (
    (68, 1, 84), (71, 44, 122), (59, 81, 139), (44, 113, 142), (33, 144, 141),
    (39, 173, 129), (92, 200, 99), (170, 220, 50), (253, 231, 37),
)


def date_colour(t: float) -> str:
    """Colour of a position ``t`` in [0, 1] along a date range (viridis, stopping short of
    its pale yellow end, which vanishes on a light map)."""
    t = min(max(t, 0.0), 1.0) * 0.88
    pos = t * (len(_VIRIDIS) - 1)
    i = min(int(pos), len(_VIRIDIS) - 2)
    f = pos - i
    a, b = _VIRIDIS[i], _VIRIDIS[i + 1]
    r, g, bl = (round(a[k] + (b[k] - a[k]) * f) for k in range(3))
    return f"#{r:02x}{g:02x}{bl:02x}"


TYPE_COLOURS: dict[str, str] = {
    # Grouped by meaning: movement in blues/greens, obstruction and force in reds and
    # oranges, state processes in purples, help in teal/olive (Tableau 20 hues).
    "depart": "#1f77b4", "arrive": "#2ca02c", "cross_border": "#17becf", "join": "#9edae5",
    "block": "#ff7f0e", "clash": "#d62728", "detain": "#8c564b", "deport": "#e377c2",
    "offer": "#9467bd", "asylum": "#c5b0d5", "aid": "#bcbd22", "dissolve": "#7f7f7f",
}
TYPE_LABELS: dict[str, str] = {
    "depart": "departs", "arrive": "arrives", "cross_border": "crosses border",
    "join": "others join", "block": "blocked", "clash": "clash", "detain": "detentions",
    "deport": "deportations", "offer": "offer (visas, jobs)", "asylum": "asylum requests",
    "aid": "aid", "dissolve": "disperses",
}

# Okabe-Ito (colour-blind safe) then Tableau hues; with the shapes below, 40 outlets
# get distinct colour/shape pairs.
OUTLET_COLOURS = (
    "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#d55e00", "#56b4e9", "#8c564b",
    "#332288", "#117733", "#882255",
)
OUTLET_SHAPES = ("circle", "square", "triangle", "diamond")


def marker(shape: str, x: float, y: float, r: float, attrs: str, inner: str = "") -> str:
    """A circle, square, triangle or diamond of "radius" ``r`` centred on (x, y);
    ``inner`` (e.g. an escaped ``<title>``) goes inside the element."""
    if shape == "square":
        s = r * 0.9
        tag = "rect"
        geo = f'x="{x - s:.1f}" y="{y - s:.1f}" width="{2 * s:.1f}" height="{2 * s:.1f}"'
    elif shape in ("triangle", "diamond"):
        tag = "polygon"
        if shape == "triangle":
            h = r * 1.15
            pts = f"{x:.1f},{y - h:.1f} {x + h:.1f},{y + h * 0.8:.1f} {x - h:.1f},{y + h * 0.8:.1f}"
        else:
            h = r * 1.25
            pts = f"{x:.1f},{y - h:.1f} {x + h:.1f},{y:.1f} {x:.1f},{y + h:.1f} {x - h:.1f},{y:.1f}"
        geo = f'points="{pts}"'
    else:
        tag = "circle"
        geo = f'cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"'
    if inner:
        return f"<{tag} {geo} {attrs}>{inner}</{tag}>"
    return f"<{tag} {geo} {attrs}/>"


def text_width(text: str, size: float) -> float:
    """Estimated rendered width of ``text`` in a sans-serif font (0.58 em per character
    on average for mixed-case Latin text in DejaVu Sans / Liberation Sans)."""
    return len(text) * size * 0.58


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round axis ticks covering [lo, hi] (1, 2, 2.5 or 5 times a power of ten)."""
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / max(count, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    start = math.floor(lo / step) * step
    ticks = []
    v = start
    while v <= hi + step * 0.001:
        ticks.append(round(v, 6))
        v += step
    if ticks[-1] < hi:
        ticks.append(round(v, 6))
    return ticks


def safe_markup(svg: str) -> Markup:
    """Mark a drawing built only from escaped pieces as safe for the template."""
    return Markup(svg)
