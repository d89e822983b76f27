"""The hostile corpus through the CLI: every file is stored or skipped with a reason,
nothing is silently dropped, the process exits 0 (and 1 under --strict)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from caravanwatch.cli import app

pytest.importorskip("caravanwatch.ingest.sources", reason="readers not built yet")
hostile = pytest.importorskip("hostile", reason="tests/ingest/hostile.py not written yet")

SIDECARS = {"index.tsv"}  # metadata files, read with the articles, not inputs themselves


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    written = hostile.make_hostile_corpus(folder)
    assert written >= 50
    return folder


def _inputs(folder: Path) -> set[str]:
    return {str(p) for p in folder.rglob("*") if p.is_file() and p.name not in SIDECARS}


def _accounted(db: Path) -> tuple[set[str], set[str], list[tuple[str, str]]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        stored = {r[0].split("#")[0] for r in con.execute("SELECT source FROM articles").fetchall()}
        skips = con.execute("SELECT source, reason FROM skipped").fetchall()
    finally:
        con.close()
    return stored, {s.split("#")[0] for s, _ in skips}, skips


def test_every_hostile_file_is_stored_or_skipped(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "hostile.duckdb"
    result = CliRunner().invoke(
        app, ["ingest", str(corpus), "--db", str(db), "--no-fetch"]
    )
    assert result.exit_code == 0, result.stderr
    stored, skipped, skips = _accounted(db)
    missing = _inputs(corpus) - stored - skipped
    assert not missing, f"silently dropped: {sorted(missing)}"
    assert all(reason for _, reason in skips)
    assert "error" not in {reason for _, reason in skips}, "a reader crashed: see skipped"
    assert skipped, "a hostile corpus must produce skips"


def test_hostile_rerun_adds_no_rows_and_strict_exits_1(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "hostile.duckdb"
    args = ["ingest", str(corpus), "--db", str(db), "--no-fetch"]
    runner = CliRunner()
    assert runner.invoke(app, args).exit_code == 0
    before = _accounted(db)
    assert runner.invoke(app, [*args, "--strict"]).exit_code == 1
    after = _accounted(db)
    assert sorted(after[2]) == sorted(before[2]) and after[0] == before[0]
