"""The report in a real browser: headless Chromium renders it offline.

Chromium is Debian's ``chromium`` (see ``ensure_chromium`` in conftest.py).  DNS is mapped
to nothing (``--host-resolver-rules``), so neither the page nor Chromium's own background
services can reach the network; the net log then proves the page asked for nothing.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from png_reader import colour_stats, read_png
from report_records import ARTICLES, CARAVAN

from caravanwatch.report.render import ReportData, render_report

FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--no-pings",
    "--disable-domain-reliability", "--hide-scrollbars",
    "--host-resolver-rules=MAP * ~NOTFOUND",
)

BACKGROUND_HOSTS = ("google.com", "googleapis.com", "gstatic.com", "gvt1.com")
"""Chromium's own services (component updates, account and time checks) that it contacts
at start-up whatever the page; with DNS mapped to nothing these requests fail at once."""

SEA = (0xDC, 0xEB, 0xF5)  # maps.SEA: the map's background, present only if the SVG drew


def _chromium(binary: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run(
        [binary, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=180, check=False,
    )


def test_screenshot_is_not_blank(chromium: str, html_file: Path, tmp_path: Path) -> None:
    png = tmp_path / "report.png"
    done = _chromium(chromium, tmp_path, f"--screenshot={png}", "--window-size=1280,2000",
                     html_file.as_uri())
    assert png.exists(), done.stderr[-2000:]
    img = read_png(png.read_bytes())
    assert (img.width, img.height) == (1280, 2000)
    distinct, inked = colour_stats(img)
    assert distinct > 200, "too few colours: the page looks blank"
    assert inked > 0.05, f"only {inked:.1%} of the page is not white"
    rgb = img.pixels[..., :3]
    sea = ((rgb[..., 0] == SEA[0]) & (rgb[..., 1] == SEA[1]) & (rgb[..., 2] == SEA[2])).sum()
    assert sea > 2000, "the map's sea colour is missing: the SVG map did not render"


def test_dom_has_key_elements(chromium: str, html_file: Path, tmp_path: Path) -> None:
    done = _chromium(chromium, tmp_path, "--dump-dom", html_file.as_uri())
    dom = done.stdout
    assert "</html>" in dom, done.stderr[-2000:]
    caravans = dom[dom.index('<table class="data caravans">'):]
    assert CARAVAN.name in caravans[:caravans.index("</table>")]
    svg = dom[dom.index('<svg class="map"'):]
    svg = svg[:svg.index("</svg>")]
    assert len(re.findall(r'<path class="country" d="M', svg)) >= 3
    assert len(re.findall(r'class="pt observed"', svg)) == 4
    events = dom[dom.index('<table class="data events">'):]
    events = events[:events.index("</table>")]
    assert events.count("<tr") == 8
    assert "<script" not in dom.lower()  # the hostile title stayed text


def test_page_requests_nothing(chromium: str, html_file: Path, tmp_path: Path) -> None:
    log = tmp_path / "net.json"
    _chromium(chromium, tmp_path, f"--log-net-log={log}", "--dump-dom", html_file.as_uri())
    if not log.exists():
        pytest.skip("this chromium wrote no net log")
    events = json.loads(log.read_text(encoding="utf-8"))["events"]
    urls = {e["params"]["url"] for e in events if "url" in e.get("params", {})}
    page_urls = {
        u for u in urls
        if not any((urlsplit(u).hostname or "").endswith(h) for h in BACKGROUND_HOSTS)
    }
    assert {urlsplit(u).scheme for u in page_urls} <= {"file"}, page_urls
    article_hosts = {urlsplit(a.url).hostname for a in ARTICLES if a.url}
    assert not {urlsplit(u).hostname for u in urls} & article_hosts


def test_empty_report_renders(chromium: str, tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text(render_report(ReportData()), encoding="utf-8")
    dom = _chromium(chromium, tmp_path, "--dump-dom", path.as_uri()).stdout
    assert "No caravans yet." in dom and "No articles have been ingested yet." in dom
