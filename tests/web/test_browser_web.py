"""End to end in headless Chromium: caravans -> one caravan (map, events) -> an article
with highlighted spans; a hostile article's ``<script>`` stays text.

The server is uvicorn on 127.0.0.1 over a store built by the real pipeline from the
articles in tests/web/browser.py.  Chromium and its driver are Debian's ``chromium`` and
``chromium-driver`` (installed by the set-up when missing, with root and CI=true or
CARAVANWATCH_INSTALL_CHROMIUM=1; else the test is skipped with the reason); every host
name resolves to nothing except 127.0.0.1 (``--host-resolver-rules``).

Screenshots go to the test's tmp folder and, when ``CARAVANWATCH_SCREENSHOTS=DIR`` is
set, to DIR as well.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import (
    ARTICLES,
    HOSTILE,
    build_store,
    chromium_driver,
    ensure_chromedriver,
    serve,
    write_articles,
)

pytestmark = [pytest.mark.slow, pytest.mark.network]

SCREENSHOTS_ENV = "CARAVANWATCH_SCREENSHOTS"
HOSTILE_ID = next(doc_id for doc_id, *_, text in ARTICLES if HOSTILE in text)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from caravanwatch.web.app import create_app

    root = tmp_path_factory.mktemp("browser-site")
    db = build_store(root / "web.duckdb", write_articles(root / "articles"))
    app = create_app(str(db))
    with serve(app) as base:
        yield base


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    chromium, driver = ensure_chromedriver()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SE_OFFLINE", "true")  # selenium must never fetch a driver
        with chromium_driver(chromium, driver, tmp_path_factory.mktemp("profile")) as b:
            yield b


class Shots:
    """Saves numbered screenshots to a tmp folder and to $CARAVANWATCH_SCREENSHOTS."""

    def __init__(self, folder: Path) -> None:
        self.folders = [folder]
        extra = os.environ.get(SCREENSHOTS_ENV)
        if extra:
            self.folders.append(Path(extra))
        for f in self.folders:
            f.mkdir(parents=True, exist_ok=True)
        self.saved: list[Path] = []

    def take(self, browser: Any, name: str) -> Path:
        path = self.folders[0] / f"{len(self.saved) + 1:02d}-{name}.png"
        assert browser.save_screenshot(str(path)), f"no screenshot {path}"
        for extra in self.folders[1:]:
            shutil.copy2(path, extra / path.name)
        self.saved.append(path)
        return path


def _full_height(browser: Any) -> None:
    """Grow the window to the page's height so the screenshot shows all of it."""
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1280, min(max(int(height), 800), 4000))


def test_caravan_to_article_in_chromium(site: str, browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    shots = Shots(tmp_path / "screenshots")
    wait = WebDriverWait(browser, 30)

    # 1. the caravans page
    browser.get(site + "/caravans")
    assert browser.title.startswith("Caravans")
    links = browser.find_elements(By.CSS_SELECTOR, "table.caravans a.caravan-link")
    assert links, browser.page_source[:2000]
    link = next((a for a in links if "San Pedro Sula" in a.text), links[0])
    name = link.text
    _full_height(browser)
    png = shots.take(browser, "caravans")

    # 2. click into the caravan: its map (an SVG) and its events
    link.click()
    wait.until(ec.url_contains("/caravans/c-"))
    heading = browser.find_element(By.CSS_SELECTOR, "h1.page-title").text
    assert heading == name
    svg = browser.find_element(By.CSS_SELECTOR, "#map svg")
    assert svg.is_displayed() and svg.size["width"] > 200 and svg.size["height"] > 100
    assert browser.find_elements(By.CSS_SELECTOR, "#map svg path"), "the map has no shapes"
    rows = browser.find_elements(By.CSS_SELECTOR, "table.events tbody tr")
    assert len(rows) >= 3, f"only {len(rows)} event rows"
    events_text = browser.find_element(By.CSS_SELECTOR, "table.events").text
    assert "Valley Ledger" in events_text and "Coastal Tribune" in events_text
    _full_height(browser)
    shots.take(browser, "caravan")

    # 3. open an article from the events' evidence: highlighted spans
    article_link = browser.find_element(By.CSS_SELECTOR, "table.events td.link a")
    article_link.click()
    wait.until(ec.url_contains("/articles/"))
    marks = browser.find_elements(By.CSS_SELECTOR, ".article-text .body mark")
    assert marks, "no highlighted span in the article"
    assert any("hl-event" in (m.get_attribute("class") or "") for m in marks)
    assert all(m.is_displayed() for m in marks[:3])
    _full_height(browser)
    shots.take(browser, "article")

    # 4. the hostile article: its <script> is shown as text and never runs
    browser.get(f"{site}/articles/{HOSTILE_ID}")
    title = browser.title
    assert title != "pwned" and "pwned" not in title
    body = browser.find_element(By.CSS_SELECTOR, ".article-text .body")
    assert HOSTILE in body.text, "the script text should be visible, as text"
    injected = browser.execute_script(
        "return Array.from(document.querySelectorAll('script'))"
        ".filter(s => s.textContent.includes('pwned')).length")
    assert injected == 0
    assert browser.execute_script("return document.title") == title
    _full_height(browser)
    shots.take(browser, "hostile-article")

    assert png.stat().st_size > 10_000
    assert all(p.exists() and p.stat().st_size > 10_000 for p in shots.saved)
