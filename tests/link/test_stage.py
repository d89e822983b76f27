"""The link stage over a store: link_store, reruns, corrections, exports."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from stage_scenario import d, fill_store, make_extractions

from caravanwatch.link.caravans import Merge, Split
from caravanwatch.link.export import render_tracks, tracks_csv, tracks_geojson
from caravanwatch.link.stage import LinkSummary, link_events, link_store
from caravanwatch.store import LINK_TABLES, Store

SPS = "from San Pedro Sula, 13 Oct 2018"
SAN_SALVADOR = "from San Salvador, 28 Oct 2018"


@pytest.fixture
def filled(store: Store) -> Store:
    fill_store(store)
    return store


def _dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    return {t: store.execute(f"SELECT * FROM {t} ORDER BY ALL") for t in LINK_TABLES}


def _by_name(summary: LinkSummary) -> dict[str, Any]:
    return {c.name: c for c in summary.caravans}


def test_link_store_finds_the_moving_caravan(filled: Store) -> None:
    summary = link_store(filled)
    assert summary.events == 12
    assert summary.happenings == 9  # three reports of the departure are one happening
    caravans = _by_name(summary)
    assert set(caravans) == {SPS, SAN_SALVADOR}
    sps = caravans[SPS]
    assert (sps.start_date, sps.end_date) == (d(13), d(21))
    assert (sps.happenings, sps.sources, sps.outlets, sps.track_days) == (6, 8, 3, 9)


def test_track_points_are_stored_with_conflict_and_claims(filled: Store) -> None:
    link_store(filled)
    (sps,) = [t for t in filled.load_tracks() if t.name == SPS]
    kinds = [(p.date.day, p.kind) for p in sps.points]
    assert kinds[:3] == [(13, "observed"), (14, "interpolated"), (15, "observed")]
    tapachula = sps.on(d(21))
    assert tapachula is not None and tapachula.place == "Tapachula"
    assert (tapachula.size_low, tapachula.size_high) == (3000, 7000)
    assert tapachula.conflict
    assert tapachula.conflict_detail == "Wire said 7,000; Radio said 3,000"
    assert {(c.outlet, c.size) for c in tapachula.claims} == {("Wire", 7000), ("Radio", 3000)}
    assert tapachula.outlets == ("Radio", "Wire")
    assert not any(p.conflict for p in sps.points if p.date != d(21))


def test_stored_records_round_trip(filled: Store) -> None:
    link_store(filled)
    fresh = link_events([e for _, e in filled.load_events()], filled.article_meta())
    assert tuple(filled.load_happenings()) == fresh.happenings
    assert tuple(filled.load_caravans()) == fresh.caravans
    assert tuple(filled.load_tracks()) == fresh.tracks


def test_reports_point_at_their_event_rows(filled: Store) -> None:
    link_store(filled)
    rows = filled.execute(
        "SELECT count(*), count(e.id) FROM happening_reports r "
        "LEFT JOIN events e ON e.id = r.event_id"
    )
    assert rows == [(12, 12)]


def test_a_report_whose_event_is_gone_keeps_its_stored_fields(filled: Store) -> None:
    link_store(filled)
    filled.execute("DELETE FROM events WHERE article_id = 'a07'")
    (tapachula,) = [h for h in filled.load_happenings() if h.place == "Tapachula"]
    gone = next(r for r in tapachula.reports if r.event.article_id == "a07")
    assert gone.event.evidence == "" and gone.event.size == 7000
    assert gone.outlet == "Wire"


def test_rerun_adds_nothing(filled: Store) -> None:
    link_store(filled)
    first = _dump(filled)
    link_store(filled)
    assert _dump(filled) == first
    assert len(first["track_points"]) == 12


def test_merge_survives_relinking(filled: Store) -> None:
    link_store(filled)
    happenings = {h.place: h.id for h in filled.load_happenings()}
    filled.add_correction(Merge(happenings["Escuintla"], happenings["Chiquimula"]))
    summary = link_store(filled)
    assert [c.name for c in summary.caravans] == [SPS]
    assert summary.caravans[0].happenings == 8
    assert summary.corrections[0].applied and not summary.stale_corrections
    # the articles are extracted again: same happening ids, the merge is replayed
    filled.save_extractions(make_extractions())
    again = link_store(filled)
    assert [c.name for c in again.caravans] == [SPS]
    assert filled.counts()["corrections"] == 1


def test_split_survives_relinking_with_its_name(filled: Store) -> None:
    link_store(filled)
    ids = {h.place: h.id for h in filled.load_happenings()}
    filled.add_correction(Split((ids["Tapachula"], ids["Ciudad Tecún Umán"]), "vanguard"))
    for _ in range(2):
        summary = link_store(filled)
        names = _by_name(summary)
        assert set(names) == {SPS, SAN_SALVADOR, "vanguard"}
        assert names["vanguard"].happenings == 2
        assert names[SPS].end_date == d(16)
    (vanguard,) = [t for t in filled.load_tracks() if t.name == "vanguard"]
    assert [p.date.day for p in vanguard.points] == [19, 20, 21]


@pytest.mark.parametrize(
    "operation",
    [Merge("h-gone", "h-gone-too"), Split(("h-gone",), "lost")],
    ids=["merge", "split"],
)
def test_a_correction_that_no_longer_applies_is_reported(
    filled: Store, operation: Merge | Split
) -> None:
    filled.add_correction(operation)
    summary = link_store(filled)
    assert len(summary.caravans) == 2
    (stale,) = summary.stale_corrections
    assert stale.seq == 1 and "no longer exist" in stale.describe()
    assert summary.as_dict()["stale_corrections"] == 1


def test_merge_of_caravans_already_together_is_applied(filled: Store) -> None:
    link_store(filled)
    ids = {h.place: h.id for h in filled.load_happenings()}
    filled.add_correction(Merge(ids["Tapachula"], ids["Chiquimula"]))
    summary = link_store(filled)
    assert summary.corrections[0].applied
    assert summary.corrections[0].detail == "already in the same caravan"


def test_empty_store_links_to_nothing(store: Store) -> None:
    summary = link_store(store)
    assert (summary.events, summary.happenings, summary.caravans) == (0, 0, ())
    assert not store.has_links()


def test_geojson_has_a_linestring_and_dated_points(filled: Store) -> None:
    link_store(filled)
    tracks, caravans = filled.load_tracks(), filled.load_caravans()
    collection = json.loads(render_tracks(tracks, caravans, "geojson"))
    assert collection["type"] == "FeatureCollection"
    lines = [f for f in collection["features"] if f["geometry"]["type"] == "LineString"]
    points = [f for f in collection["features"] if f["geometry"]["type"] == "Point"]
    assert len(lines) == 2 and len(points) == 12
    (sps,) = [f for f in lines if f["properties"]["caravan_name"] == SPS]
    assert len(sps["geometry"]["coordinates"]) == 9
    lon, lat = sps["geometry"]["coordinates"][0]  # RFC 7946: longitude first
    assert (round(lat, 2), round(lon, 2)) == (15.51, -88.03)
    day = next(f["properties"] for f in points if f["properties"]["date"] == "2018-10-21"
               and f["properties"]["caravan_name"] == SPS)
    assert day["kind"] == "observed" and day["conflict"] is True
    assert (day["size_low"], day["size_high"]) == (3000, 7000)
    assert day["sources"] == ["a07", "a08"]
    assert {f["properties"]["kind"] for f in points} == {"observed", "interpolated"}


def test_single_day_track_has_no_linestring() -> None:
    from caravanwatch.link.tracks import Track, TrackPoint

    track = Track("c-1", "one day", (TrackPoint("c-1", d(13), 15.5, -88.0, "X", "HN",
                                                "observed"),))
    features = tracks_geojson([track])["features"]
    assert [f["geometry"]["type"] for f in features] == ["Point"]


def test_csv_has_one_row_per_day(filled: Store) -> None:
    link_store(filled)
    rows = list(csv.DictReader(io.StringIO(tracks_csv(filled.load_tracks()))))
    assert len(rows) == 12
    row = next(r for r in rows if r["date"] == "2018-10-21")
    assert row["conflict"] == "true" and row["outlets"] == "Radio;Wire"
    assert row["size_low"] == "3000" and row["caravan_name"] == SPS
    assert {r["kind"] for r in rows} == {"observed", "interpolated"}
