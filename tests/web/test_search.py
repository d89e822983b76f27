"""Search: full-text ranking, filters, and the substring fallback."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_records import HTML

from caravanwatch.web import search as search_module
from caravanwatch.web.app import create_app
from caravanwatch.web.search import snippet


def ids(client: TestClient, **params: str) -> list[str]:
    data = client.get("/search.json", params=params).json()
    return [h["article"]["id"] for h in data["items"]]


def test_fulltext_ranks_and_stems(client: TestClient) -> None:
    data = client.get("/search.json", params={"q": "departing migrants"}).json()
    assert data["mode"] == "fulltext" and data["note"] is None
    assert [h["article"]["id"] for h in data["items"]] == ["o1"]  # "departed", "migrants"
    assert data["items"][0]["score"] > 0
    assert "departed" in data["items"][0]["snippet"]


def test_all_words_must_match(client: TestClient) -> None:
    assert set(ids(client, q="San Pedro Sula")) == {"w1", "o1"}
    assert ids(client, q="Esquipulas Hondurans") == []


@pytest.mark.parametrize(("params", "expected"), [
    ({}, ["n1", "x1", "o1", "w1"]),
    ({"date_from": "2018-10-14"}, ["n1", "x1"]),
    ({"date_to": "2018-10-13"}, ["o1", "w1"]),
    ({"outlet": "meridian-wire"}, ["x1", "w1"]),
    ({"outlet": "no-outlet"}, ["n1"]),
    ({"outlet": "unknown"}, []),
    ({"language": "es"}, ["n1"]),
    ({"event_type": "arrive"}, ["x1"]),
    ({"place": "pedro"}, ["o1", "w1"]),
    ({"place": "gt"}, ["x1"]),
    ({"q": "caravan", "outlet": "meridian-wire"}, ["x1"]),
], ids=["none", "from", "to", "outlet", "no-outlet", "unknown-outlet", "language",
        "event", "place", "country", "words+outlet"])
def test_filters(client: TestClient, params: dict[str, str], expected: list[str]) -> None:
    assert ids(client, **params) == expected


def test_search_page_keeps_the_form(client: TestClient) -> None:
    html = client.get("/search", params={"q": "caravan <b>", "outlet": "meridian-wire"},
                      headers=HTML).text
    assert 'value="caravan &lt;b&gt;"' in html
    assert '<option value="meridian-wire" selected>' in html


def test_substring_fallback(web_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_module, "_extension_directory", lambda: "/nonexistent")
    monkeypatch.setattr(search_module.SearchIndex, "_build", _unavailable)
    with TestClient(create_app(str(web_db))) as c:
        data = c.get("/search.json", params={"q": "sula 1,000"}).json()
        assert data["mode"] == "substring" and "substring" in data["note"]
        assert [h["article"]["id"] for h in data["items"]] == ["w1"]
        assert "substring" in c.get("/search?q=sula", headers=HTML).text


def _unavailable(self: search_module.SearchIndex, store: object, generation: int) -> None:
    self.available = False


def test_snippet() -> None:
    text = "x " * 200 + "The caravan left." + " y" * 200
    s = snippet(text, ["caravan"])
    assert "The caravan left." in s and s.startswith("…") and s.endswith("…")
    assert snippet("short text", ["nothing"]) == "short text"
