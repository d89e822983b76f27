"""Linking the development set's gold events (geocoded by the project's gazetteer).

A smoke test on real reporting: the gold annotations stand in for a perfect extractor,
so what is measured here is the linking alone.  The devset holds few articles per caravan,
so the figures are loose; they guard against regressions that break real-data linking.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

from caravanwatch.link.caravans import link_caravans
from caravanwatch.link.evaluate import evaluate_track
from caravanwatch.link.happenings import Report, group_reports
from caravanwatch.link.tracks import build_tracks
from caravanwatch.records import Event, Span


def gold_reports(devset: Path) -> list[Report]:
    places = pytest.importorskip("caravanwatch.extract.places")
    with (devset / "index.tsv").open(encoding="utf-8") as f:
        index = {r["doc_id"]: r for r in csv.DictReader(f, delimiter="\t")}
    reports = []
    for path in sorted((devset / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        meta = index[gold["doc_id"]]
        for i, e in enumerate(gold["events"]):
            lat = lon = None
            country = e["country"]
            if e["place"]:
                place = places.geocode_place(e["place"], [country] if country else [])
                if place is not None:
                    lat, lon, country = place.lat, place.lon, country or place.country
            event = Event(
                gold["doc_id"], e["type"], e["modality"], e["evidence"], Span(i, i + 1),
                dt.date.fromisoformat(e["date"]) if e["date"] else None, e["place"], country,
                lat, lon, e["size"], e["size_qualifier"], tuple(e["origin"]),
            )
            reports.append(Report(event, meta["outlet"], meta["url"] or None,
                                  dt.date.fromisoformat(meta["published"])))
    return reports


def test_gold_events_link_into_the_devset_caravans(devset: Path, shared_dir: Path) -> None:
    reports = gold_reports(devset)
    happenings = group_reports(reports)
    caravans = link_caravans(happenings)
    tracks = build_tracks(caravans, happenings)
    assert len(happenings) < len(reports)
    names = {c.name for c in caravans}
    assert "from San Pedro Sula, 13 Oct 2018" in names
    assert "from San Pedro Sula, 15 Jan 2020" in names
    # the devset's eight caravans (index.tsv), give or take a stray sighting each
    assert 8 <= len(caravans) <= 16
    by_id = {h.id: h for h in happenings}
    honduras = next(c for c in caravans if c.name == "from San Pedro Sula, 13 Oct 2018")
    outlets = {r.source for h in honduras.happening_ids for r in by_id[h].reports}
    assert len(outlets) >= 4
    score = evaluate_track(shared_dir / "tracks" / "2018-10-honduras.csv", tracks)
    assert score.caravan_id == honduras.id
    assert score.overlap_days >= 3
    assert score.share_within_50km is not None and score.share_within_50km >= 0.5
