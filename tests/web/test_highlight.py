"""Highlighting spans in an article's text: escaping, overlaps, offsets."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from web_records import HTML, TEXT_1, TEXT_3

from caravanwatch.web.highlight import Highlight, highlight


def _plain(markup: str) -> str:
    import html

    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def test_marks_exact_offsets() -> None:
    text = "Some 300 people left Tapachula."
    out = highlight(text, [Highlight(5, 8, "figure", "figure: 300", "f1")])
    assert out == ('Some <mark class="hl hl-figure" id="span-f1" title="figure: 300">300</mark>'
                   " people left Tapachula.")


def test_nested_and_overlapping_spans_never_cross_tags() -> None:
    text = "abcdefghij"
    spans = [Highlight(0, 6, "event", "e", "e1"), Highlight(2, 4, "figure", "f", "f1"),
             Highlight(5, 9, "quote", "q", "q1")]
    out = str(highlight(text, spans))
    assert _plain(out) == text
    assert out.count("<mark") == out.count("</mark>") == 5  # ab|cd|e|f|ghi
    assert '<mark class="hl hl-event hl-figure" id="span-f1" title="e · f">cd</mark>' in out
    assert '<mark class="hl hl-event hl-quote" id="span-q1" title="e · q">f</mark>' in out
    assert re.fullmatch(r"(<mark[^>]*>[^<]*</mark>|[^<]+)*j", out)  # flat: no nesting


def test_text_is_escaped_before_wrapping() -> None:
    text = "<b>x</b> & <script>alert(1)</script>"
    out = str(highlight(text, [Highlight(0, 8, "event", '"><script>', "e\"1")]))
    assert "<script>" not in out and "<b>" not in out
    assert "&lt;b&gt;x&lt;/b&gt;" in out and "&amp;" in out
    assert 'title="&quot;&gt;&lt;script&gt;"' in out and 'id="span-e&quot;1"' in out
    assert _plain(out) == text


@pytest.mark.parametrize(("start", "end"), [(-5, 3), (3, 999), (7, 2), (4, 4), (999, 1000)],
                         ids=["negative", "past-end", "inverted", "empty", "outside"])
def test_bad_offsets_are_clamped_or_dropped(start: int, end: int) -> None:
    text = "0123456789"
    out = str(highlight(text, [Highlight(start, end, "event", "e")]))
    assert _plain(out) == text


def test_same_start_spans_each_get_an_anchor() -> None:
    out = str(highlight("abcdef", [Highlight(0, 3, "event", "e", "a"),
                                   Highlight(0, 6, "quote", "q", "b")]))
    assert 'id="span-a"' in out and 'id="span-b"' in out


def test_article_page_marks_extracted_spans(client: TestClient) -> None:
    html = client.get("/articles/w1", headers=HTML).text
    body = html.split('<div class="body">', 1)[1].split("</div>", 1)[0]
    assert _plain(body) == TEXT_1  # the text, whole and in order
    marked = re.findall(r'<mark class="hl ([^"]+)"[^>]*>([^<]*)</mark>', body)
    assert ("hl-event hl-figure", "About 1,000") in marked  # a figure inside an event
    assert any("hl-quote" in c and "The road is long" in t for c, t in marked)
    assert 'class="hl-legend"' in html


def test_hostile_article_renders_inert(client: TestClient) -> None:
    html = client.get("/articles/x1", headers=HTML).text
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html  # shown, as text
    assert "javascript:" not in html
    body = html.split('<div class="body">', 1)[1].split("</div>", 1)[0]
    assert _plain(body) == TEXT_3


@pytest.mark.parametrize(("source", "shown"), [
    ("/srv/data/articles/a1.txt", "a1.txt"), ("https://example.com/a?b=1", "https://example.com/a?b=1"),
    ("file:///home/me/a.html", "a.html"), ("C:\\data\\a.warc.gz#3", "a.warc.gz#3"),
    ("test://w1", "test://w1"),
], ids=["path", "url", "file-url", "windows", "scheme"])
def test_sources_hide_server_folders(source: str, shown: str) -> None:
    from caravanwatch.web.articles import public_source

    assert public_source(source) == shown


@pytest.mark.parametrize(("value", "unit", "text"), [
    (0.61, "percent", "61%"), (4, "usd_per_day", "US$4 per day"), (1000, "people", "1,000 people"),
    (200, "per_day", "200 per day"), (1.5, "usd", "US$1.5"),
], ids=["percent", "usd-per-day", "people", "per-day", "usd"])
def test_figure_format(value: float, unit: str, text: str) -> None:
    from caravanwatch.report.svg import fmt_figure

    assert fmt_figure(value, unit) == text
