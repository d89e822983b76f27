"""CSV and GeoJSON downloads of events and tracks parse and hold the fixture's data."""

from __future__ import annotations

import csv
import io

from fastapi.testclient import TestClient
from web_records import ESQ, SPL

from caravanwatch.link.export import CSV_COLUMNS
from caravanwatch.web.downloads import EVENT_COLUMNS


def test_events_csv(client: TestClient, caravan_id: str) -> None:
    r = client.get("/events.csv")
    assert r.headers["content-type"].startswith("text/csv")
    assert 'filename="events.csv"' in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert tuple(rows[0]) == EVENT_COLUMNS
    assert [(x["article_id"], x["type"], x["size"]) for x in rows] == [
        ("o1", "depart", "3000"), ("w1", "depart", "1000"), ("x1", "arrive", "2000")]
    assert {x["caravan_id"] for x in rows} == {caravan_id}
    assert rows[0]["outlet"] == "El Oriente / EFE" and rows[0]["origin"] == "HN"
    assert float(rows[2]["lat"]) == ESQ[2]


def test_events_geojson(client: TestClient) -> None:
    r = client.get("/events.geojson")
    assert r.headers["content-type"] == "application/geo+json"
    data = r.json()
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 3
    first = data["features"][0]
    assert first["geometry"] == {"type": "Point", "coordinates": [SPL[3], SPL[2]]}  # lon, lat
    assert first["properties"]["date"] == "2018-10-13"
    assert "lat" not in first["properties"]


def test_tracks_csv(client: TestClient, caravan_id: str) -> None:
    rows = list(csv.DictReader(io.StringIO(client.get("/tracks.csv").text)))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [(x["date"], x["kind"]) for x in rows] == [
        ("2018-10-13", "observed"), ("2018-10-14", "interpolated"), ("2018-10-15", "observed")]
    assert rows[0]["caravan_id"] == caravan_id and rows[0]["conflict"] == "true"


def test_tracks_geojson(client: TestClient) -> None:
    data = client.get("/tracks.geojson").json()
    kinds = [f["geometry"]["type"] for f in data["features"]]
    assert kinds == ["LineString", "Point", "Point", "Point"]
    assert data["features"][0]["geometry"]["coordinates"][0] == [SPL[3], SPL[2]]

