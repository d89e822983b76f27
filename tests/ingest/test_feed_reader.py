"""feeds.py: RSS and Atom entries, summaries completed from their page."""

from __future__ import annotations

import datetime as dt

import pytest
from hostile import DEAD_LINK, EN, ES, atom_feed, html_page, rss_feed
from local_server import Route, serve

from caravanwatch.errors import SkipInput
from caravanwatch.ingest.feeds import read_feed
from caravanwatch.ingest.fetch import FetchedPage, fetch
from caravanwatch.records import Draft, Skip

FULL = "<p>" + EN.replace("\n\n", "</p><p>") * 3 + "</p>"


def no_fetch(url: str, timeout: float, max_bytes: int, user_agent: str) -> FetchedPage:
    raise AssertionError(f"should not fetch {url}")


def test_rss_full_content() -> None:
    data = rss_feed([{"title": "Caravan leaves", "link": "https://w.example.org/a",
                      "date": "Sun, 21 Oct 2018 08:00:00 GMT", "summary": "Short.",
                      "content": FULL}]).encode()
    [d] = list(read_feed(data, "f.rss", fetcher=no_fetch))
    assert isinstance(d, Draft)
    assert (d.title, d.url, d.outlet, d.published, d.published_basis, d.language) == (
        "Caravan leaves", "https://w.example.org/a", "Example Wire", dt.date(2018, 10, 21),
        "metadata", "en")
    assert d.source == "f.rss#entry=1"
    assert "volunteers handed out water" in d.text and "<p>" not in d.text


def test_atom_entries() -> None:
    data = atom_feed([
        {"title": "Uno", "link": "https://w.example.org/1", "updated": "2018-10-22T10:00:00Z",
         "content": "<p>" + ES.replace("\n\n", "</p><p>") * 3 + "</p>"},
        {"title": "Dos", "updated": "2018-10-23T10:00:00Z", "summary": ES},
    ]).encode()
    first, second = list(read_feed(data, "f.atom", fetcher=no_fetch))
    assert isinstance(first, Draft) and isinstance(second, Draft)
    assert (first.published, first.outlet) == (dt.date(2018, 10, 22), "Example Atom")
    assert first.language == "es"  # detected: Atom has no language element here
    assert second.notes == ("summary only (no link)",)


def test_summary_entry_is_completed_from_its_page() -> None:
    routes = {"/2018/10/22/story": Route(html_page().encode())}
    with serve(routes) as server:
        link = server.url("/2018/10/22/story")
        data = rss_feed([{"title": "Feed title wins", "link": link,
                          "summary": "Migrants reached the river."}]).encode()
        [d] = list(read_feed(data, "f.rss", fetcher=fetch, timeout=5))
    assert isinstance(d, Draft)
    assert "volunteers handed out water" in d.text
    assert d.title == "Feed title wins"
    assert d.published == dt.date(2018, 10, 21)  # from the page's metadata
    assert "full text fetched from the entry's link" in d.notes
    assert server.hits == ["/2018/10/22/story"]


def test_failed_fetch_keeps_the_summary_with_a_note() -> None:
    data = rss_feed([{"title": "T", "link": DEAD_LINK, "summary": "Migrants reached the river."},
                     {"title": "No text", "link": DEAD_LINK}]).encode()
    kept, skipped = list(read_feed(data, "f.rss", timeout=2))
    assert isinstance(kept, Draft) and kept.text == "Migrants reached the river."
    assert kept.notes and "offline" in kept.notes[0]
    assert isinstance(skipped, Skip) and skipped.reason == "offline"
    assert skipped.source == "f.rss#entry=2"


def test_fetching_disabled() -> None:
    data = rss_feed([{"title": "T", "link": DEAD_LINK, "summary": "Migrants reached it."}]).encode()
    [d] = list(read_feed(data, "f.rss", allow_fetch=False, fetcher=no_fetch))
    assert isinstance(d, Draft) and d.notes == ("summary only (fetching disabled)",)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"This is not XML at all.", "not_a_feed", id="plain-text"),
        pytest.param(b"<html><body><p>A page</p></body></html>", "not_a_feed", id="html"),
        pytest.param(b'{"feed": false}', "not_a_feed", id="json"),
        pytest.param(rss_feed([]).encode(), "empty", id="no-items"),
    ],
)
def test_not_a_feed(data: bytes, reason: str) -> None:
    with pytest.raises(SkipInput) as info:
        list(read_feed(data, "f.xml", fetcher=no_fetch))
    assert info.value.reason == reason


def test_truncated_feed_keeps_complete_entries() -> None:
    data = rss_feed([{"title": "One", "content": FULL}, {"title": "Two", "content": FULL}])
    items = list(read_feed(data[: len(data) - 30].encode(), "f.rss", fetcher=no_fetch))
    assert [type(i).__name__ for i in items][:1] == ["Draft"]


def test_unparsed_entry_date_is_noted() -> None:
    data = rss_feed([{"title": "T", "date": "someday", "content": FULL}]).encode()
    [d] = list(read_feed(data, "f.rss", fetcher=no_fetch))
    assert isinstance(d, Draft) and d.published is None
    assert "unparsed date: 'someday'" in d.notes
