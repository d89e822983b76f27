"""Odd input never gives a 500; bodies are capped; every response has security headers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import Request
from fastapi.testclient import TestClient
from web_records import HTML

from caravanwatch.web.app import CSP, create_app

ODD = ["../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%00", "x' OR '1'='1", "1; DROP TABLE articles; --",
       "ünïcødé-✓-🚐", "a" * 300, "a" * 5000, "%E2%80%AE", "<script>", "null", "-1", " "]
ROUTES = ["/caravans/{}", "/caravans/{}.json", "/articles/{}", "/articles/{}.json",
          "/outlets/{}", "/outlets/{}.json"]


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("value", ODD, ids=[f"odd{i}" for i in range(len(ODD))])
def test_odd_ids_are_404_or_422(client: TestClient, route: str, value: str) -> None:
    r = client.get(route.format(value), headers=HTML)
    assert r.status_code in (404, 422), r.text[:200]
    if r.headers["content-type"].startswith("text/html"):  # JSON may echo it: nosniff
        assert "<script>" not in r.text


@pytest.mark.parametrize("query", [
    "limit=0", "limit=201", "limit=-1", "offset=-1", "offset=abc", "limit=1e9",
    "offset=99999999999999999999",
], ids=lambda q: q)
@pytest.mark.parametrize("path", ["/caravans.json", "/articles.json", "/outlets.json",
                                  "/search.json", "/articles", "/outlets/meridian-wire.json"])
def test_bad_paging_is_422(client: TestClient, path: str, query: str) -> None:
    r = client.get(f"{path}?{query}")
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"][0] == "query"


@pytest.mark.parametrize("query", [
    "q=%27%3B%20DROP%20TABLE%20articles%3B--", "q=%22unterminated", "q=*", "q=a%20OR%20b",
    "q=" + "x" * 500, "q=%F0%9F%9A%90", "place=%25", "place=_", "place=%5C",
    "outlet=..%2F..", "event_type=%27", "language=%00", "date_from=2018-10-13&date_to=2018-10-01",
    "q=caravan&outlet=unknown-key",
], ids=lambda q: q[:30])
def test_search_survives_odd_queries(client: TestClient, query: str) -> None:
    assert client.get(f"/search.json?{query}").status_code == 200
    assert client.get(f"/search?{query}", headers=HTML).status_code == 200


def test_search_bad_dates(client: TestClient) -> None:
    assert client.get("/search.json?date_from=yesterday").status_code == 422
    r = client.get("/search?date_from=yesterday", headers=HTML)  # the form says so instead
    assert r.status_code == 200 and "is not a date" in r.text
    assert client.get("/search.json?q=" + "x" * 501).status_code == 422


def test_sql_injection_is_inert(client: TestClient) -> None:
    client.get("/articles/x'; DROP TABLE articles; --.json")
    client.get("/search.json", params={"q": "'); DROP TABLE articles; --", "place": "'--"})
    assert client.get("/articles.json").json()["pagination"]["total"] == 4


@pytest.mark.parametrize("path", ["/static/../web.duckdb", "/static/%2e%2e/%2e%2e/etc/passwd",
                                  "/static/..%2F..%2Fapp.py", "/static/../app.py",
                                  "/static/app.css/..%2F..%2Fdb.py", "/static/",
                                  "/static/missing.css"], ids=lambda p: p)
def test_no_path_traversal(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    assert "import" not in r.text and "DUCK" not in r.text


def test_error_pages_follow_accept(client: TestClient) -> None:
    html = client.get("/caravans/nope", headers=HTML)
    assert html.status_code == 404 and html.headers["content-type"].startswith("text/html")
    assert "no caravan" in html.text and '<nav class="nav"' in html.text
    js = client.get("/caravans/nope")
    assert js.status_code == 404 and js.json() == {"detail": "no caravan 'nope'"}
    assert client.get("/nothing-here.json").json() == {"detail": "no such page"}
    assert client.post("/caravans.json").status_code == 405


@pytest.mark.parametrize("path", ["/", "/caravans.json", "/nope", "/static/app.css",
                                  "/events.csv"])
def test_security_headers(client: TestClient, path: str) -> None:
    h = client.get(path).headers
    assert h["content-security-policy"] == CSP
    assert "default-src 'self'" in CSP and "frame-ancestors 'none'" in CSP
    assert h["x-content-type-options"] == "nosniff"
    assert h["x-frame-options"] == "DENY"


def test_docs_ui_is_off_but_schema_served(client: TestClient) -> None:
    assert client.get("/docs").status_code == 404  # Swagger UI would load a CDN script
    assert client.get("/openapi.json").status_code == 200


@pytest.fixture(scope="module")
def capped(web_db: Path) -> Iterator[TestClient]:
    app = create_app(str(web_db), max_body=1000)

    @app.post("/echo")  # a route that reads its body, to test the streamed case
    async def echo(request: Request) -> dict[str, int]:
        return {"size": len(await request.body())}

    with TestClient(app) as c:
        yield c


def test_body_under_cap_is_read(capped: TestClient) -> None:
    assert capped.post("/echo", content=b"x" * 1000).json() == {"size": 1000}


def test_declared_body_over_cap_is_413(capped: TestClient) -> None:
    r = capped.post("/echo", content=b"x" * 1001)
    assert r.status_code == 413 and "1000 bytes" in r.json()["detail"]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert capped.post("/caravans.json", content=b"x" * 5000).status_code == 413


def test_streamed_body_over_cap_is_413(capped: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(10):
            yield b"y" * 300

    r = capped.post("/echo", content=chunks())  # chunked: no Content-Length
    assert r.status_code == 413


def test_bad_content_length_is_400(capped: TestClient) -> None:
    r = capped.post("/echo", content=b"x", headers={"content-length": "abc"})
    assert r.status_code == 400


def test_unexpected_error_is_a_plain_500(web_db: Path) -> None:
    app = create_app(str(web_db))

    @app.get("/boom.json")
    def boom() -> None:
        raise RuntimeError("secret detail")

    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/boom.json")
    assert r.status_code == 500
    assert r.json() == {"detail": "internal error; see the server log"}
