"""fetch.py and URL sources, against a local server (no internet needed)."""

from __future__ import annotations

import datetime as dt
import socket
import time

import pytest
from hostile import EN, html_page, rss_feed
from local_server import Route, serve

from caravanwatch.errors import SkipInput
from caravanwatch.ingest.fetch import fetch
from caravanwatch.ingest.sources import ReadOptions, iter_drafts
from caravanwatch.records import Draft, Skip

pytestmark = pytest.mark.network


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_fetch_follows_redirects() -> None:
    routes = {"/old": Route(status=301, headers={"Location": "/new"}),
              "/new": Route(b"<html>hi</html>", content_type="text/html; charset=iso-8859-1")}
    with serve(routes) as server:
        page = fetch(server.url("/old"), timeout=5, max_bytes=1000, user_agent="t")
    assert (page.status, page.final_url, page.body) == (200, server.url("/new"), b"<html>hi</html>")
    assert (page.mime_type, page.charset) == ("text/html", "iso-8859-1")


@pytest.mark.parametrize(
    ("route", "reason"),
    [
        pytest.param(Route(b"gone", status=404), "fetch_failed", id="404"),
        pytest.param(Route(b"oops", status=500), "fetch_failed", id="500"),
        pytest.param(Route(b"x" * 5000), "too_large", id="content-length"),
        pytest.param(Route(b"x" * 5000, drip=2), "too_large", id="streamed"),
        pytest.param(Route(b"late", delay=3), "timeout", id="slow-server"),
        pytest.param(Route(b"y" * 900, drip=9), "timeout", id="dripping"),
    ],
)
def test_fetch_failures(route: Route, reason: str) -> None:
    with serve({"/x": route}) as server:
        start = time.perf_counter()
        with pytest.raises(SkipInput) as info:
            fetch(server.url("/x"), timeout=0.5, max_bytes=1000, user_agent="t")
    assert info.value.reason == reason
    assert time.perf_counter() - start < 2.9


def test_offline_and_bad_urls() -> None:
    with pytest.raises(SkipInput) as info:
        fetch(f"http://127.0.0.1:{closed_port()}/x", timeout=2, max_bytes=1000, user_agent="t")
    assert info.value.reason == "offline" and "are you offline?" in info.value.detail
    with pytest.raises(SkipInput) as bad:
        fetch("http://", timeout=2, max_bytes=1000, user_agent="t")
    assert bad.value.reason == "fetch_failed"


def test_url_sources_are_dispatched_by_content_type() -> None:
    feed = rss_feed([{"title": "Full", "link": "https://w.example.org/2018/10/20/a",
                      "content": "<p>" + EN.replace("\n\n", "</p><p>") * 3 + "</p>"}])
    routes = {
        "/page": Route(html_page().encode()),
        "/feed": Route(feed.encode(), content_type="application/rss+xml"),
        "/feed-as-html": Route(feed.encode(), content_type="text/html"),
        "/plain": Route(("A caravan sets out\n\n" + EN).encode(), content_type="text/plain"),
        "/image": Route(b"\x89PNG\r\n\x1a\n" + bytes(200), content_type="image/png"),
        "/missing": Route(b"", status=404),
        "/slow": Route(b"late", delay=2),
    }
    with serve(routes) as server:
        urls = [server.url(p) for p in routes]
        items = list(iter_drafts(urls, ReadOptions(timeout=0.5, published=dt.date(2018, 10, 30))))
    by_source = {i.source: i for i in items}
    page = by_source[server.url("/page")]
    assert isinstance(page, Draft) and page.outlet == "Example News"
    for path in ("/feed", "/feed-as-html"):
        entry = by_source[server.url(path) + "#entry=1"]
        assert isinstance(entry, Draft) and entry.title == "Full"
    plain = by_source[server.url("/plain")]
    assert isinstance(plain, Draft)
    assert (plain.url, plain.published, plain.published_basis, plain.title) == (
        server.url("/plain"), dt.date(2018, 10, 30), "flag", "A caravan sets out")
    reasons = {p: by_source[server.url(p)].reason for p in ("/image", "/missing", "/slow")}  # type: ignore[union-attr]
    assert reasons == {"/image": "binary", "/missing": "fetch_failed", "/slow": "timeout"}
    assert all(isinstance(i, (Draft, Skip)) for i in items)
