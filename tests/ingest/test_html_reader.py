"""html.py: main text and metadata with trafilatura and htmldate."""

from __future__ import annotations

import datetime as dt

import pytest
from hostile import EN, ES, html_page

from caravanwatch.errors import SkipInput
from caravanwatch.ingest.html import html_to_text, read_html


def test_page_with_metadata() -> None:
    d = read_html(html_page().encode(), "page.html")
    assert "Hundreds of migrants set out on foot" in d.text
    assert "All rights reserved" not in d.text and "Home" not in d.text.split("\n")[0]
    assert d.title == "Migrants set out on foot toward the border"
    assert d.outlet == "Example News"
    assert d.url == "https://news.example.org/2018/10/21/migrants-set-out"
    assert (d.published, d.published_basis) == (dt.date(2018, 10, 21), "metadata")
    assert (d.language, d.encoding) == ("en", "utf-8")


def test_date_from_url_when_the_page_has_none() -> None:
    page = html_page(date=None, url=None)
    d = read_html(page, "p", url="https://x.example.org/2019/01/16/story")
    assert (d.published, d.published_basis) == (dt.date(2019, 1, 16), "url")
    # a date in the page's own canonical URL counts as page metadata (htmldate finds it)
    canonical = read_html(html_page(date=None, url="https://x.example.org/2019/01/17/s"), "p")
    assert (canonical.published, canonical.published_basis) == (dt.date(2019, 1, 17), "metadata")


def test_fallback_date_and_unknown() -> None:
    page = html_page(date=None, url=None)
    fallback = read_html(page, "p", fallback_date=dt.date(2020, 1, 1), fallback_note="from X")
    assert (fallback.published, fallback.published_basis) == (dt.date(2020, 1, 1), "metadata")
    assert "from X" in fallback.notes
    d = read_html(page, "p")
    assert (d.published, d.published_basis, d.url) == (None, "unknown", None)
    assert read_html(page, "p", url="https://given.example.org/a").url == "https://given.example.org/a"


def test_spanish_page_language_and_wrong_charset() -> None:
    data = html_page(ES, lang="es", charset="utf-8").encode("cp1252")
    d = read_html(data, "p")
    assert (d.language, d.encoding) == ("es", "cp1252")
    assert "mañana" in d.text


def test_page_language_wins_but_disagreement_is_noted() -> None:
    d = read_html(html_page(ES, lang="en"), "p")
    assert d.language == "en"
    assert any("text looks es" in n for n in d.notes)


@pytest.mark.parametrize(
    "page",
    [
        pytest.param("<html><head><title>Nothing</title></head></html>", id="no-body"),
        pytest.param("<html><body></body></html>", id="empty-body"),
        pytest.param("<html><body><script>var a = 1;</script></body></html>", id="script-only"),
        pytest.param("<<<>>><html<body <p &bogus;", id="garbage"),
        pytest.param("<html><body><h1>404 Not Found</h1></body></html>", id="not-found"),
    ],
)
def test_no_main_text(page: str) -> None:
    with pytest.raises(SkipInput) as info:
        read_html(page.encode(), "p")
    assert info.value.reason == "no_main_text"


def test_broken_markup_still_gives_text() -> None:
    page = "<html><body><div><p>" + EN.replace("\n\n", "<p><b><i>") + "</div></span></table>"
    assert "volunteers handed out water" in read_html(page, "p").text


def test_html_to_text_keeps_paragraphs() -> None:
    text = html_to_text("<p>First paragraph about the caravan.</p><p>Second one here.</p>")
    assert text.split("\n") == ["First paragraph about the caravan.", "Second one here."]
    assert html_to_text("plain &amp; simple") == "plain &amp; simple"
