"""Schema version 4: the link tables, their rebuild transaction and the corrections log."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from caravanwatch.link.caravans import Caravan, Merge, Split
from caravanwatch.link.happenings import Happening, Report
from caravanwatch.link.tracks import SizeClaim, Track, TrackPoint
from caravanwatch.records import Event, Span
from caravanwatch.store import LINK_TABLES, TABLES, Store
from caravanwatch.store.migrations import MIGRATIONS

DAY = dt.date(2018, 10, 21)


def _records(n: int = 1) -> tuple[list[Happening], list[Caravan], list[Track]]:
    event = Event("a1", "arrive", "actual", "They arrived.", Span(0, 13), date=DAY,
                  place="Tapachula", country="MX", lat=14.9, lon=-92.26, size=3000,
                  size_qualifier="about")
    happenings = [
        Happening(f"h-{i}", "arrive", "actual", DAY, "Tapachula", "MX", 14.9, -92.26, 3000,
                  3000, ("HN",), (Report(event, "Wire", None, DAY),))
        for i in range(n)
    ]
    caravans = [Caravan("c-1", "test caravan", "Tapachula", "MX", DAY, DAY, ("HN",),
                        tuple(h.id for h in happenings))]
    claim = SizeClaim("a1", "Wire", 3000, "about", "h-0")
    point = TrackPoint("c-1", DAY, 14.9, -92.26, "Tapachula", "MX", "observed", 3000, 3000,
                       ("a1",), ("Wire",), ("h-0",), (claim,))
    return happenings, caravans, [Track("c-1", "test caravan", (point,))]


def test_version_3_database_migrates_to_4(db_path: Path) -> None:
    with Store.open(db_path, migrate=False) as s:
        s.migrate(3)
        assert s.schema_version() == 3
    with Store.open(db_path) as s:
        assert s.schema_version() == len(MIGRATIONS) >= 4
        assert set(LINK_TABLES) | {"corrections"} <= set(TABLES)
        assert all(s.counts()[t] == 0 for t in LINK_TABLES)


def test_save_links_replaces_and_never_duplicates(store: Store) -> None:
    store.save_links(*_records(3))
    store.save_links(*_records(2))
    counts = store.counts()
    assert (counts["happenings"], counts["happening_reports"]) == (2, 2)
    assert (counts["caravans"], counts["caravan_happenings"]) == (1, 2)
    assert (counts["track_points"], counts["size_claims"]) == (1, 1)
    (track,) = store.load_tracks()
    assert track == _records()[2][0]


def test_a_failed_save_keeps_the_previous_links(store: Store) -> None:
    store.save_links(*_records(2))
    happenings, caravans, tracks = _records(1)
    point = tracks[0].points[0]
    broken = Track("c-1", "x", (point, point))  # the same day twice breaks the primary key
    with pytest.raises(Exception, match="(?i)constraint|duplicate"):
        store.save_links(happenings, caravans, [broken])
    assert store.counts()["happenings"] == 2


def test_corrections_are_kept_in_order_across_saves(store: Store) -> None:
    when = dt.datetime(2024, 5, 1, 12, tzinfo=dt.UTC)
    assert store.add_correction(Merge("h-1", "h-2"), when) == 1
    assert store.add_correction(Split(("h-3", "h-4"), "named"), when) == 2
    assert store.add_correction(Split(("h-5",))) == 3
    store.save_links(*_records(1))
    stored = store.load_corrections()
    assert [c.seq for c in stored] == [1, 2, 3]
    assert [c.operation for c in stored] == [
        Merge("h-1", "h-2"), Split(("h-3", "h-4"), "named"), Split(("h-5",), None)]
    assert stored[0].created_at == when


def test_caravan_rows_count_sources_and_outlets(store: Store) -> None:
    store.save_links(*_records(2))
    (row,) = store.caravan_rows()
    assert (row.id, row.name, row.happenings, row.sources, row.outlets, row.track_days) == (
        "c-1", "test caravan", 2, 1, 1, 1)
    assert store.has_links()
