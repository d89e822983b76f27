"""Fixtures for the report tests: the synthetic caravan of report_records.py, and
headless Chromium (installed from Debian when missing and allowed)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from report_records import synthetic_report

from caravanwatch.report.render import ReportData


@pytest.fixture
def report_data() -> ReportData:
    """The synthetic caravan, fully linked, with figures and quotes."""
    return synthetic_report()


CHROMIUM_ENV = "CARAVANWATCH_INSTALL_CHROMIUM"
"""Set to 1 to let the test set-up install Debian's chromium when it is missing (CI=true
allows it too); the install needs root."""


def ensure_chromium() -> str:
    """Path of a headless Chromium, installing Debian's ``chromium`` when missing and
    allowed (root, and CI or :data:`CHROMIUM_ENV` set); else skip the test."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    allowed = os.environ.get("CI", "").lower() in ("1", "true", "yes") or (
        os.environ.get(CHROMIUM_ENV) == "1")
    if not allowed:
        pytest.skip(f"chromium is not installed; install it with `apt-get install -y chromium`"
                    f" or set {CHROMIUM_ENV}=1 (or CI=true) to let the tests install it")
    if os.geteuid() != 0:
        pytest.skip("chromium is not installed and installing it needs root: "
                    "`sudo apt-get install -y chromium`")
    try:
        subprocess.run(
            "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium",
            shell=True, check=True, timeout=600, capture_output=True,
        )
    except (subprocess.SubprocessError, OSError) as exc:
        pytest.skip(f"could not install chromium with apt-get: {exc}")
    found = shutil.which("chromium")
    if not found:
        pytest.skip("apt-get installed chromium but it is not on PATH")
    return found


@pytest.fixture(scope="session")
def chromium() -> str:
    return ensure_chromium()


@pytest.fixture
def html_file(tmp_path: Path, report_data: ReportData) -> Path:
    from caravanwatch.report.render import render_report

    path = tmp_path / "report.html"
    path.write_text(render_report(report_data), encoding="utf-8")
    return path
