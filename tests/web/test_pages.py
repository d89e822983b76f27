"""Every page and its JSON twin over the fixture database; pagination; outlets."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from web_records import HTML, ORIENTE, SCRIPT, WIRE

PAGES = ["/", "/caravans", "/articles", "/articles/w1", "/outlets", "/outlets/meridian-wire",
         "/outlets/el-oriente-efe", "/outlets/no-outlet", "/search", "/search?q=caravan"]
TWINS = ["/caravans.json", "/articles.json", "/articles/w1.json", "/outlets.json",
         "/outlets/meridian-wire.json", "/search.json?q=caravan"]


@pytest.mark.parametrize("path", PAGES, ids=PAGES)
def test_page_renders_in_the_layout(client: TestClient, path: str) -> None:
    r = client.get(path, headers=HTML)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    html = r.text
    assert '<nav class="nav"' in html and 'href="/static/app.css"' in html
    assert "<script" not in html  # no script at all, let alone an injected one
    assert not re.search(r"""(src|href)=["']https?://(?!example\.com)""", html)  # no CDN


@pytest.mark.parametrize("path", TWINS, ids=TWINS)
def test_json_twin(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/json"
    assert isinstance(r.json(), dict)


def test_caravan_page_and_twin(client: TestClient, caravan_id: str) -> None:
    html = client.get(f"/caravans/{caravan_id}", headers=HTML).text
    assert '<svg class="map"' in html and "chart timeline" in html and "chart sizes" in html
    assert "El Oriente / EFE said 3,000; Meridian Wire said 1,000" in html  # the conflict
    assert "About 1,000 Hondurans left San Pedro Sula" in html  # evidence
    assert 'href="/articles/w1#span-e' in html  # evidence links to its span
    assert "&lt;script&gt;" in html and SCRIPT not in html
    data = client.get(f"/caravans/{caravan_id}.json").json()
    assert data["caravan"]["origin_place"] == "San Pedro Sula"
    assert (data["caravan"]["size_low"], data["caravan"]["size_high"]) == (1000, 3000)
    assert data["caravan"]["latest_position"]["place"] == "Esquipulas"
    assert data["caravan"]["sources"] == 3 and data["caravan"]["outlets"] == 2
    assert [h["type"] for h in data["happenings"]] == ["depart", "arrive"]
    assert {r["outlet"] for r in data["happenings"][0]["reports"]} == {WIRE, ORIENTE}
    assert all(r["event_id"] for h in data["happenings"] for r in h["reports"])
    assert [(c["outlet"], c["size"]) for c in data["size_claims"]][:2] == [
        (ORIENTE, 3000), (WIRE, 1000)]
    assert data["conflicts"][0]["date"] == "2018-10-13"
    assert [p["date"] for p in data["track"]] == ["2018-10-13", "2018-10-14", "2018-10-15"]
    assert data["track"][1]["kind"] == "interpolated"


def test_caravan_list(client: TestClient, caravan_id: str) -> None:
    html = client.get("/caravans", headers=HTML).text
    assert f'href="/caravans/{caravan_id}"' in html
    assert "Esquipulas (GT), 15 Oct 2018" in html and "1,000–3,000" in html


def test_article_twin(client: TestClient) -> None:
    data = client.get("/articles/w1.json").json()
    assert data["article"]["outlet"] == WIRE and data["article"]["outlet_key"] == "meridian-wire"
    assert data["text"].startswith("About 1,000")
    assert [e["type"] for e in data["events"]] == ["depart"]
    assert data["events"][0]["caravan_id"]
    assert data["quotes"][0]["speaker"] == "Maria Lopez"
    assert data["caravans"][0]["name"].startswith("from San Pedro Sula")
    for item in data["events"] + data["figures"] + data["quotes"]:
        assert 0 <= item["start"] < item["end"] <= len(data["text"])


def test_article_list_newest_first(client: TestClient) -> None:
    items = client.get("/articles.json").json()["items"]
    assert [a["id"] for a in items] == ["n1", "x1", "o1", "w1"]
    assert items[0]["outlet"] is None and items[0]["outlet_key"] == "no-outlet"
    assert items[1]["url"] is None  # the javascript: URL is not passed on
    assert {a["id"]: a["events"] for a in items} == {"n1": 0, "x1": 1, "o1": 1, "w1": 1}


@pytest.mark.parametrize("path", ["/articles.json", "/caravans.json", "/outlets.json",
                                  "/search.json"], ids=["articles", "caravans", "outlets",
                                                        "search"])
def test_pagination_walks_every_row_once(client: TestClient, path: str) -> None:
    first = client.get(path, params={"limit": 200}).json()
    total = first["pagination"]["total"]
    seen: list[str] = []
    url: str | None = f"{path}?limit=1"
    while url:
        page = client.get(url).json()
        assert page["pagination"]["total"] == total and len(page["items"]) <= 1
        seen += [str(i.get("id") or i.get("key") or i["article"]["id"]) for i in page["items"]]
        url = page["pagination"]["next"]
    assert len(seen) == len(set(seen)) == total == len(first["items"])


def test_pagination_links(client: TestClient) -> None:
    p = client.get("/articles.json?limit=2&offset=1").json()["pagination"]
    assert p == {"total": 4, "limit": 2, "offset": 1,
                 "next": "/articles.json?limit=2&offset=3",
                 "prev": "/articles.json?limit=2&offset=0"}
    assert client.get("/articles.json?offset=99").json()["items"] == []
    html = client.get("/articles?limit=2", headers=HTML).text
    assert 'href="/articles?limit=2&amp;offset=2" rel="next"' in html


def test_outlet_compares_sizes_and_figures(client: TestClient) -> None:
    data = client.get("/outlets/meridian-wire.json").json()
    assert data["outlet"]["name"] == WIRE and data["outlet"]["articles"] == 2
    assert [c["name"][:19] for c in data["caravans"]] == ["from San Pedro Sula"]
    depart = next(s for s in data["sizes"] if s["type"] == "depart")
    assert [c["size"] for c in depart["claims"]] == [1000]
    assert [(c["outlet"], c["size"]) for c in depart["others"]] == [(ORIENTE, 3000)]
    fig = data["figures"][0]
    assert fig["figure"]["value"] == 1000
    assert [(o, f["value"]) for o, f in fig["others"]] == [(ORIENTE, 3000)]  # subject case ignored
    html = client.get("/outlets/meridian-wire", headers=HTML).text
    assert "El Oriente / EFE" in html and "about 3,000" in html


def test_outlet_without_name(client: TestClient) -> None:
    data = client.get("/outlets/no-outlet.json").json()
    assert data["outlet"]["name"] is None
    assert [a["id"] for a in data["articles"]] == ["n1"]


def test_openapi_is_precise(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for path in ("/caravans.json", "/caravans/{caravan_id}.json", "/articles.json",
                 "/articles/{article_id}.json", "/outlets.json", "/outlets/{key}.json",
                 "/search.json", "/events.csv", "/events.geojson", "/tracks.csv",
                 "/tracks.geojson"):
        assert path in paths, path
    ok = paths["/caravans/{caravan_id}.json"]["get"]["responses"]["200"]
    assert ok["content"]["application/json"]["schema"]["$ref"].endswith("/CaravanDetail")
    limit = next(p for p in paths["/articles.json"]["get"]["parameters"] if p["name"] == "limit")
    assert limit["schema"]["maximum"] == 200
    assert "/" not in paths and "/caravans" not in paths  # HTML pages stay out of the API
