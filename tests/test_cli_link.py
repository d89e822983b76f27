"""The link commands through typer's CliRunner: link, caravans, merge, split, eval-track,
export tracks, report."""

from __future__ import annotations

import csv
import io
import itertools
import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent / "link"))  # the link tests' scenario helpers

from stage_scenario import fill_store, write_truth

from caravanwatch.cli import app
from caravanwatch.link.caravans import progress_km
from caravanwatch.link.geo import BACKWARD_TOLERANCE_KM
from caravanwatch.store import Store

SPS = "from San Pedro Sula, 13 Oct 2018"
SAN_SALVADOR = "from San Salvador, 28 Oct 2018"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def filled_db(db_path: Path) -> Path:
    with Store.open(db_path) as store:
        fill_store(store)
    return db_path


@pytest.fixture
def linked_db(runner: CliRunner, filled_db: Path) -> Path:
    result = runner.invoke(app, ["link", "--db", str(filled_db)])
    assert result.exit_code == 0, result.output
    return filled_db


def _caravan_ids(db: Path) -> dict[str, str]:
    with Store.open(db) as store:
        return {r.name: r.id for r in store.caravan_rows()}


def _happening_ids(db: Path) -> dict[str | None, str]:
    with Store.open(db) as store:
        return {h.place: h.id for h in store.load_happenings()}


def test_link_prints_the_caravans_to_stdout(runner: CliRunner, filled_db: Path) -> None:
    result = runner.invoke(app, ["link", "--db", str(filled_db)])
    assert result.exit_code == 0
    assert SPS in result.stdout and SAN_SALVADOR in result.stdout
    assert "2018-10-13" in result.stdout and "2018-10-21" in result.stdout
    assert "12 events -> 9 happenings" in result.stderr
    assert "link:" not in result.stdout


def test_link_twice_stores_the_same_rows(runner: CliRunner, linked_db: Path) -> None:
    with Store.open(linked_db) as store:
        before = store.counts()
    assert runner.invoke(app, ["link", "--db", str(linked_db)]).exit_code == 0
    with Store.open(linked_db) as store:
        after = store.counts()
        runs = store.execute("SELECT count(*) FROM runs WHERE command = 'link'")
    assert {k: v for k, v in after.items() if k != "runs"} == {
        k: v for k, v in before.items() if k != "runs"}
    assert runs == [(2,)]


def test_caravans_lists_what_link_stored(runner: CliRunner, linked_db: Path) -> None:
    result = runner.invoke(app, ["caravans", "--db", str(linked_db), "--happenings"])
    assert result.exit_code == 0
    assert SPS in result.stdout and "Tapachula" in result.stdout
    assert _happening_ids(linked_db)["Tapachula"] in result.stdout


def test_caravans_before_link_says_what_to_run(runner: CliRunner, filled_db: Path) -> None:
    result = runner.invoke(app, ["caravans", "--db", str(filled_db)])
    assert result.exit_code == 2 and "caravanwatch link" in result.stderr


def test_merge_then_relink_keeps_one_caravan(runner: CliRunner, linked_db: Path) -> None:
    ids = _caravan_ids(linked_db)
    result = runner.invoke(app, ["merge", ids[SAN_SALVADOR], ids[SPS], "--db", str(linked_db)])
    assert result.exit_code == 0, result.output
    assert "applied: correction #1" in result.stderr
    assert SPS in result.stdout and SAN_SALVADOR not in result.stdout
    runner.invoke(app, ["link", "--db", str(linked_db)])
    assert list(_caravan_ids(linked_db)) == [SPS]


def test_split_with_a_name_survives_relinking(runner: CliRunner, linked_db: Path) -> None:
    cid = _caravan_ids(linked_db)[SPS]
    hid = _happening_ids(linked_db)["Tapachula"]
    result = runner.invoke(
        app, ["split", cid, hid, "--name", "Tapachula group", "--db", str(linked_db)])
    assert result.exit_code == 0, result.output
    assert "Tapachula group" in result.stdout
    runner.invoke(app, ["link", "--db", str(linked_db)])
    assert set(_caravan_ids(linked_db)) == {SPS, SAN_SALVADOR, "Tapachula group"}


def test_stale_correction_is_reported_not_raised(runner: CliRunner, linked_db: Path) -> None:
    ids = _caravan_ids(linked_db)
    runner.invoke(app, ["merge", ids[SAN_SALVADOR], ids[SPS], "--db", str(linked_db)])
    with Store.open(linked_db) as store:  # the merged-in articles disappear
        store.execute("DELETE FROM events WHERE article_id IN ('a09', 'a10')")
    result = runner.invoke(app, ["link", "--db", str(linked_db)])
    assert result.exit_code == 0
    assert "warning: correction #1" in result.stderr and "no longer exists" in result.stderr
    assert SPS in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["merge", "c-nosuch", "c-other"], "no caravan 'c-nosuch'"),
        (["merge", "c-same", "c-same"], "into itself"),
        (["split", "c-nosuch", "h-1"], "no caravan 'c-nosuch'"),
        (["export", "tracks", "--format", "kml"], "--format 'kml' for tracks"),
        (["eval-track", "missing.csv"], "cannot read truth file"),
    ],
    ids=["merge-unknown", "merge-self", "split-unknown", "tracks-format", "truth-missing"],
)
def test_errors_are_one_line_exit_2(
    runner: CliRunner, linked_db: Path, args: list[str], message: str
) -> None:
    result = runner.invoke(app, [*args, "--db", str(linked_db)])
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0


def test_split_of_a_foreign_happening_is_refused(runner: CliRunner, linked_db: Path) -> None:
    cid = _caravan_ids(linked_db)[SPS]
    hid = _happening_ids(linked_db)["San Salvador"]
    result = runner.invoke(app, ["split", cid, hid, "--db", str(linked_db)])
    assert result.exit_code == 2 and f"{hid} not in caravan" in result.stderr


def test_eval_track_on_a_synthetic_truth(
    runner: CliRunner, linked_db: Path, tmp_path: Path
) -> None:
    truth = tmp_path / "truth.csv"
    write_truth(truth)
    result = runner.invoke(app, ["eval-track", str(truth), "--db", str(linked_db), "--days"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"caravan: {SPS} (c-")
    assert lines[1] == "truth days inside its span: 4 of 5"
    assert lines[2] == "median distance: 0.0 km"
    assert lines[3] == "within 50 km: 100% (4 of 4 days)"
    assert sum("km" in line and "truth" in line for line in lines[4:]) == 4


def test_eval_track_without_overlap(runner: CliRunner, linked_db: Path, tmp_path: Path) -> None:
    truth = tmp_path / "truth.csv"
    truth.write_text("date,place,country,lat,lon,size_low,size_high,note\n"
                     "2021-01-15,San Pedro Sula,HN,15.5,-88.0,,,\n", encoding="utf-8")
    result = runner.invoke(app, ["eval-track", str(truth), "--db", str(linked_db)])
    assert result.exit_code == 0
    assert "no caravan track overlaps the 1 days" in result.stdout


@pytest.mark.parametrize("fmt", ["geojson", "csv"])
def test_export_tracks_to_stdout_and_file(
    runner: CliRunner, linked_db: Path, tmp_path: Path, fmt: str
) -> None:
    result = runner.invoke(app, ["export", "tracks", "--format", fmt, "--db", str(linked_db)])
    assert result.exit_code == 0
    if fmt == "geojson":
        data = json.loads(result.stdout)
        types = {f["geometry"]["type"] for f in data["features"]}
        assert types == {"LineString", "Point"}
    else:
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert len(rows) == 12 and rows[0]["caravan_name"] == SPS
    out = tmp_path / f"tracks.{fmt}"
    result = runner.invoke(
        app, ["export", "tracks", "--format", fmt, "--db", str(linked_db), "--out", str(out)])
    assert result.exit_code == 0 and out.read_text(encoding="utf-8") == _stdout(runner, linked_db, fmt)


def _stdout(runner: CliRunner, db: Path, fmt: str) -> str:
    return runner.invoke(app, ["export", "tracks", "--format", fmt, "--db", str(db)]).stdout


@pytest.mark.parametrize("table", ["happenings", "caravans", "track_points", "corrections"])
def test_link_tables_export_as_csv(runner: CliRunner, linked_db: Path, table: str) -> None:
    result = runner.invoke(app, ["export", table, "--db", str(linked_db)])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    expected = {"happenings": 9, "caravans": 2, "track_points": 12, "corrections": 0}[table]
    assert len(rows) == expected


def test_report_writes_one_html_file(runner: CliRunner, linked_db: Path, tmp_path: Path) -> None:
    pytest.importorskip("caravanwatch.report.render", reason="report not built yet")
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", "--db", str(linked_db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html")
    assert SPS in html and "Wire said 7,000; Radio said 3,000" in html
    assert "About 7,000 migrants marched into Tapachula." in html


def test_report_links_first_when_nothing_is_linked(
    runner: CliRunner, filled_db: Path, tmp_path: Path
) -> None:
    pytest.importorskip("caravanwatch.report.render", reason="report not built yet")
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", "--db", str(filled_db), "--out", str(out)])
    assert result.exit_code == 0 and "linking first" in result.stderr
    assert SAN_SALVADOR in out.read_text(encoding="utf-8")


def test_run_ends_with_link_and_report(
    runner: CliRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "Migrants rest\n\nA few hundred migrants rested in a square on Sunday, volunteers "
        "said, before walking on towards the north the next morning.", encoding="utf-8")
    db = tmp_path / "sub" / "run.duckdb"
    db.parent.mkdir()
    result = runner.invoke(app, ["run", str(folder), "--db", str(db), "--no-fetch"])
    assert result.exit_code == 0, result.output
    assert "link:" in result.stderr and (db.parent / "run.report.html").is_file()
    custom = tmp_path / "custom.html"
    result = runner.invoke(
        app, ["run", str(folder), "--db", str(db), "--no-fetch", "--report", str(custom)])
    assert result.exit_code == 0 and custom.is_file()


@pytest.mark.slow
def test_demo_links_the_sample_into_one_caravan_moving_north(
    runner: CliRunner, tmp_path: Path
) -> None:
    """The sample tells one caravan's story (data/SAMPLE.md): its asylum claims behind the
    group, the splinter that walks on and the remnant "of the October caravan" that reaches
    Tijuana six weeks later all belong to it, and its track never runs back south."""
    db = tmp_path / "demo.duckdb"
    result = runner.invoke(app, ["demo", "--db", str(db),
                                 "--report", str(tmp_path / "demo.html")])
    assert result.exit_code == 0, result.output
    assert "-> 1 caravan," in result.stderr
    with Store.open(db) as store:
        (track,) = store.load_tracks()
    observed = [p for p in track.points if p.kind == "observed"]
    assert observed[0].country in {"HN", "GT"} and observed[-1].place == "Tijuana"
    steps = [progress_km((a.lat, a.lon), (b.lat, b.lon))
             for a, b in itertools.pairwise(observed)]
    assert min(steps) >= -BACKWARD_TOLERANCE_KM, steps
