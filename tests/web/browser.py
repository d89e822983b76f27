"""Helpers for the web tests: a small corpus written here, a store built from it by the
real pipeline, a uvicorn server on loopback, and headless Chromium through selenium.

The articles are invented for these tests (a caravan over five days, told by two
outlets); one of them carries ``<script>`` in its text to prove the pages keep it inert.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

HOSTILE = "<script>document.title='pwned'</script>"
"""The payload in one article's text: if it ever runs, the page title changes."""

# doc_id, published, outlet, text.  Two invented outlets; real places and a real route.
ARTICLES: tuple[tuple[str, str, str, str], ...] = (
    ("w01_depart", "2024-03-04", "Valley Ledger",
     ("Migrant caravan leaves San Pedro Sula\n\n"
     "SAN PEDRO SULA, Honduras — About 1,200 migrants left the bus terminal in San Pedro "
     "Sula on Monday, walking toward the Guatemalan border.\n\n"
     "\"We have no work and no safety here,\" said Marta Reyes, who travels with her son.\n\n"
     "Organisers said the group planned to reach the Agua Caliente crossing on Tuesday.")),
    ("w02_border", "2024-03-05", "Coastal Tribune",
     ("Caravan crosses into Guatemala at Agua Caliente\n\n"
     "AGUA CALIENTE, Guatemala — Roughly 1,000 migrants crossed into Guatemala at Agua "
     "Caliente on Tuesday after Honduran police checked their documents.\n\n"
     "Guatemalan officials said about 200 people were turned back at the border.")),
    ("w03_chiquimula", "2024-03-06", "Valley Ledger",
     "Caravan rests in Chiquimula\n\n"
     "CHIQUIMULA, Guatemala — The caravan of some 900 migrants arrived in Chiquimula on "
     "Wednesday and slept in a church shelter.\n\n"
     "Volunteers handed out water and food. " + HOSTILE + " Local residents watched."),
    ("w04_tecun", "2024-03-08", "Coastal Tribune",
     ("Migrants reach Tecun Uman on the Mexican border\n\n"
     "TECUN UMAN, Guatemala — About 800 members of the caravan reached Tecun Uman on "
     "Friday, on the bank of the Suchiate river across from Mexico.\n\n"
     "Mexican authorities said they would process asylum requests in Tapachula.")),
    ("w05_tapachula", "2024-03-09", "Valley Ledger",
     ("Caravan enters Mexico and walks to Tapachula\n\n"
     "TAPACHULA, Mexico — Around 700 migrants crossed the Suchiate river on Saturday and "
     "walked to Tapachula, where many said they would apply for asylum.\n\n"
     "\"We will wait here for our papers,\" said Jose Alvarado, a farmer from Olancho.")),
)


def write_articles(folder: Path) -> Path:
    """Write the corpus (text files and an ``index.tsv`` sidecar) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = ["doc_id\tpublished\toutlet\tlanguage"]
    for doc_id, published, outlet, text in ARTICLES:
        (folder / f"{doc_id}.txt").write_text(text + "\n", encoding="utf-8")
        rows.append(f"{doc_id}\t{published}\t{outlet}\ten")
    (folder / "index.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def build_store(db_path: Path, folder: Path) -> Path:
    """Run ingest, extract and link on ``folder`` into a new database at ``db_path``."""
    from caravanwatch.extract.pipeline import extract_articles
    from caravanwatch.ingest.pipeline import ingest
    from caravanwatch.ingest.sources import ReadOptions
    from caravanwatch.link.stage import link_store
    from caravanwatch.store import Store

    with Store.open(db_path) as store:
        ingest([str(folder)], store, ReadOptions(allow_fetch=False), progress=False)
        store.save_extractions(list(extract_articles(store.iter_articles(not_extracted=True))))
        link_store(store)
    return db_path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve(app: Any) -> Iterator[str]:
    """Run ``app`` with uvicorn on 127.0.0.1 in a thread; yield its base URL."""
    import uvicorn

    config = uvicorn.Config(app, host="127.0.0.1", port=free_port(), log_level="warning",
                            lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{config.port}"
    finally:
        server.should_exit = True
        thread.join(10)


# -- Chromium -----------------------------------------------------------------------

INSTALL_ENV = "CARAVANWATCH_INSTALL_CHROMIUM"

FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--no-pings",
    "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1280,1400",
    # Every name resolves to nothing except the test server's loopback address.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
)


def ensure_chromedriver() -> tuple[str, str]:
    """Paths of Debian's chromium and chromedriver, installing them when missing and
    allowed (root, and CI or ``CARAVANWATCH_INSTALL_CHROMIUM=1``); else skip.

    Chromium itself comes from ``ensure_chromium`` in tests/report/conftest.py (imported,
    not copied); the driver is a separate Debian package, handled the same way here.
    """
    import importlib.util

    report = Path(__file__).resolve().parents[1] / "report"
    spec = importlib.util.spec_from_file_location("_report_conftest", report / "conftest.py")
    assert spec is not None and spec.loader is not None
    report_conftest = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(report))  # that conftest imports its folder's helpers
    try:
        spec.loader.exec_module(report_conftest)
    finally:
        sys.path.remove(str(report))
    chromium: str = report_conftest.ensure_chromium()
    driver = shutil.which("chromedriver") or (
        "/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver") else None)
    if driver:
        return chromium, driver
    allowed = os.environ.get("CI", "").lower() in ("1", "true", "yes") or (
        os.environ.get(INSTALL_ENV) == "1")
    if not allowed:
        pytest.skip(f"chromedriver is not installed; `apt-get install -y chromium-driver`, or "
                    f"set {INSTALL_ENV}=1 (or CI=true) to let the tests install it")
    if os.geteuid() != 0:
        pytest.skip("chromedriver is missing and installing it needs root: "
                    "`sudo apt-get install -y chromium-driver`")
    try:
        subprocess.run("DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-driver",
                       shell=True, check=True, timeout=600, capture_output=True)
    except (subprocess.SubprocessError, OSError) as exc:
        pytest.skip(f"could not install chromium-driver with apt-get: {exc}")
    driver = shutil.which("chromedriver")
    if not driver:
        pytest.skip("apt-get installed chromium-driver but chromedriver is not on PATH")
    return chromium, driver


@contextmanager
def chromium_driver(chromium: str, driver: str, profile: Path) -> Iterator[Any]:
    """A selenium WebDriver for headless Chromium with a fresh profile."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in FLAGS:
        options.add_argument(flag)
    profile.mkdir(parents=True, exist_ok=True)
    options.add_argument(f"--user-data-dir={profile}")
    browser = webdriver.Chrome(service=Service(executable_path=driver), options=options)
    browser.set_page_load_timeout(60)
    try:
        yield browser
    finally:
        browser.quit()
