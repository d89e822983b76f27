"""HTML pages: main text, title, outlet, URL and publication date.

Main text and metadata come from trafilatura (``bare_extraction``); the publication
date from htmldate with ``original_date=True`` (the first publication, not the last
update), looked for in the page first and in the URL second, so that
``published_basis`` can say which.  No hand-written parsing of article structure.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any
from urllib.parse import urlsplit

from caravanwatch.errors import SkipInput
from caravanwatch.ingest.decode import decode_bytes, normalize_text
from caravanwatch.ingest.language import detect_language, normalize_language
from caravanwatch.ingest.text import date_from_url, parse_date
from caravanwatch.records import Draft, PublishedBasis

logger = logging.getLogger(__name__)

# Extracted text shorter than this is "no main text": cookie banners, "Page not found",
# a lone headline.  The shortest real article body in the extraction benchmark is
# ~600 characters; a wire brief is rarely under 200.  50 keeps short briefs.
MIN_MAIN_TEXT_CHARS = 50
# Only the first bytes are searched for a <meta charset>; browsers use 1,024.
CHARSET_SNIFF_BYTES = 4096

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")


def declared_charset(data: bytes) -> str | None:
    """The charset named in a ``<meta>`` tag or XML declaration near the top, if any."""
    head = data[:CHARSET_SNIFF_BYTES]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def _page_language(tree: Any) -> str | None:
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        for xpath in (
            '//meta[@http-equiv="content-language" or @http-equiv="Content-Language"]/@content',
            '//meta[@property="og:locale"]/@content',
        ):
            found = tree.xpath(xpath)
            if found:
                lang = str(found[0])
                break
    return normalize_language(lang) if lang else None


def _is_homepage(url: str) -> bool:
    return urlsplit(url).path.strip("/") == ""


def _page_date(tree: Any) -> dt.date | None:
    from htmldate import find_date

    try:
        found = find_date(tree, extensive_search=False, original_date=True)
    except Exception as exc:  # noqa: BLE001 - htmldate has crashed on odd pages; a date is optional
        logger.debug("htmldate failed: %r", exc)
        return None
    return parse_date(found)


def read_html(
    data: bytes | str,
    source: str,
    *,
    url: str | None = None,
    fallback_date: dt.date | None = None,
    fallback_basis: PublishedBasis = "metadata",
    fallback_note: str | None = None,
    declared_encoding: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    doc_id: str | None = None,
    detect: bool = True,
    notes: tuple[str, ...] = (),
) -> Draft:
    """Extract one article from an HTML page.

    ``url`` is where the page came from (a WARC target URI, a fetched URL) and is used
    when the page names no canonical URL.  ``fallback_date`` (a WARC-Date, a feed
    entry's date) is used when neither the page nor the URL has a date.  ``outlet`` and
    ``title`` are used when the page has none.  Raises :class:`SkipInput`
    ``binary``/``empty``/``undecodable``/``no_main_text``.
    """
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    if isinstance(data, bytes):
        text, encoding = decode_bytes(data, declared_encoding or declared_charset(data))
    else:
        text, encoding = data, None
    tree = load_html(text)
    if tree is None:
        raise SkipInput("no_main_text", "not parseable as HTML")
    page_lang = _page_language(tree)
    page_date = _page_date(tree)
    try:
        doc = bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # noqa: BLE001 - trafilatura on hostile markup: never crash
        logger.debug("trafilatura failed on %s: %r", source, exc)
        raise SkipInput("no_main_text", f"extraction failed: {exc!r}") from None
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(body) < MIN_MAIN_TEXT_CHARS:
        raise SkipInput(
            "no_main_text",
            f"{len(body)} characters of main text (minimum {MIN_MAIN_TEXT_CHARS})",
        )
    page_url = getattr(doc, "url", None) or None
    if page_url and url and _is_homepage(page_url) and not _is_homepage(url):
        page_url = None  # a canonical link to the home page is a template mistake
    final_url = page_url or url
    extra: list[str] = []
    published: dt.date | None
    basis: PublishedBasis
    if page_date:
        published, basis = page_date, "metadata"
    elif url_date := date_from_url(final_url) or date_from_url(url):
        published, basis = url_date, "url"
    elif fallback_date:
        published, basis = fallback_date, fallback_basis
        if fallback_note:
            extra.append(fallback_note)
    else:
        published, basis = None, "unknown"
    language = page_lang
    if detect:
        detected = detect_language(body)
        if language is None:
            language = detected
        elif detected and detected != language:
            extra.append(f"language: page says {language}, text looks {detected}")
    return Draft(
        text=body,
        source=source,
        title=(getattr(doc, "title", None) or title or None),
        url=final_url,
        outlet=(getattr(doc, "sitename", None) or outlet or None),
        published=published,
        published_basis=basis,
        language=language,
        doc_id=doc_id,
        encoding=encoding,
        notes=notes + tuple(extra),
    )


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), one paragraph a line."""
    from trafilatura import extract, html2txt

    if "<" not in fragment:
        return normalize_text(fragment).strip()
    wrapped = f"<html><body>{fragment}</body></html>"
    text = extract(wrapped, include_comments=False, include_tables=True, favor_recall=True,
                   deduplicate=False) or html2txt(wrapped, clean=True) or ""
    return normalize_text(text).strip()
