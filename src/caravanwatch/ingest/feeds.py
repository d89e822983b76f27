"""RSS and Atom feeds with feedparser: one Draft per entry.

An entry whose text is only a summary (no full content, or short) gets its page
fetched and extracted with :mod:`html` when fetching is allowed; when the fetch fails
the summary is kept and a note says why.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
import warnings
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from caravanwatch.errors import SkipInput
from caravanwatch.ingest.html import html_to_text, read_html
from caravanwatch.ingest.language import resolve_language
from caravanwatch.ingest.text import date_from_url, parse_date
from caravanwatch.records import Draft, PublishedBasis, Skip

if TYPE_CHECKING:
    from caravanwatch.ingest.fetch import Fetcher

logger = logging.getLogger(__name__)

# Entry text shorter than this is a summary, not an article: feed summaries run
# 150-600 characters, full-content feeds carry whole articles (2,000+).  800 sits between.
SUMMARY_MAX_CHARS = 800
# A feed is recognised in the first bytes by one of these root elements.
_FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf", b"<rdf ")


def looks_like_feed(head: bytes) -> bool:
    """True if the first kilobytes contain an RSS, Atom or RDF root element."""
    lowered = head[:4096].lower()
    return any(root in lowered for root in _FEED_ROOTS)


def _struct_date(value: Any) -> dt.date | None:
    if isinstance(value, time.struct_time):
        return parse_date(dt.date(value.tm_year, value.tm_mon, value.tm_mday))
    return None


def _entry_text(entry: Any) -> str:
    contents = [c.get("value", "") for c in entry.get("content", []) or [] if c.get("value")]
    if contents:
        return html_to_text(max(contents, key=len))
    return html_to_text(entry.get("summary", "") or "")


def read_feed(
    data: bytes,
    source: str,
    *,
    allow_fetch: bool = True,
    fetcher: Fetcher | None = None,
    timeout: float = 20.0,
    max_bytes: int = 50 * 1024 * 1024,
    user_agent: str = "",
    detect: bool = True,
) -> Iterator[Draft | Skip]:
    """Yield one Draft (or Skip) per entry; raise :class:`SkipInput` ``not_a_feed``/``empty``."""
    import feedparser

    parsed = feedparser.parse(data)
    entries = list(parsed.get("entries", []))
    if not entries:
        if parsed.get("bozo") or not parsed.get("version"):
            problem = parsed.get("bozo_exception")
            raise SkipInput("not_a_feed", f"not RSS/Atom XML ({problem!r})" if problem else
                            "no RSS/Atom structure and no entries")
        raise SkipInput("empty", "the feed has no entries")
    feed = parsed.get("feed", {})
    feed_title = (feed.get("title") or "").strip() or None
    feed_lang = feed.get("language")
    if fetcher is None:
        from caravanwatch.ingest.fetch import DEFAULT_USER_AGENT, fetch

        fetcher = fetch
        user_agent = user_agent or DEFAULT_USER_AGENT
    for number, entry in enumerate(entries, start=1):
        entry_source = f"{source}#entry={number}"
        try:
            yield _read_entry(
                entry, entry_source, feed_title=feed_title, feed_lang=feed_lang,
                allow_fetch=allow_fetch, fetcher=fetcher, timeout=timeout,
                max_bytes=max_bytes, user_agent=user_agent, detect=detect,
            )
        except SkipInput as exc:
            yield Skip(entry_source, exc.reason, exc.detail)


def _read_entry(
    entry: Any,
    source: str,
    *,
    feed_title: str | None,
    feed_lang: str | None,
    allow_fetch: bool,
    fetcher: Fetcher,
    timeout: float,
    max_bytes: int,
    user_agent: str,
    detect: bool,
) -> Draft:
    title = (entry.get("title") or "").strip() or None
    link = (entry.get("link") or "").strip() or None
    if link and not link.lower().startswith(("http://", "https://")):
        link = None  # an Atom id like urn:uuid:... is not a page to fetch
    entry_source = entry.get("source") or {}
    outlet = (
        (entry_source.get("title") if hasattr(entry_source, "get") else None)
        or feed_title
        or (entry.get("author") or "").strip()
        or None
    )
    with warnings.catch_warnings():  # feedparser warns about its updated->published mapping
        warnings.simplefilter("ignore", DeprecationWarning)
        published = _struct_date(entry.get("published_parsed")) or _struct_date(
            entry.get("updated_parsed")
        )
        raw_date = entry.get("published") or entry.get("updated")
    basis: PublishedBasis = "metadata" if published else "unknown"
    notes: list[str] = []
    if published is None and raw_date:
        notes.append(f"unparsed date: {raw_date!r}")
    url_date = date_from_url(link)
    text = _entry_text(entry)
    if len(text) < SUMMARY_MAX_CHARS:
        if allow_fetch and link:
            try:
                page = fetcher(link, timeout, max_bytes, user_agent)
                if page.mime_type not in ("text/html", "application/xhtml+xml", ""):
                    raise SkipInput("unsupported", f"linked page is {page.mime_type}")
                full = read_html(
                    page.body, source, url=page.final_url, fallback_date=url_date,
                    fallback_basis="url", declared_encoding=page.charset,
                    outlet=outlet, title=title, detect=detect,
                )
            except SkipInput as exc:
                if not text:
                    raise SkipInput(exc.reason, f"entry has no text and {link}: {exc.detail}")
                notes.append(f"summary only: full page not fetched ({exc.reason}: {exc.detail})")
            else:
                return Draft(
                    text=full.text,
                    source=source,
                    title=title or full.title,
                    url=full.url or link,
                    outlet=outlet or full.outlet,
                    published=published or full.published,
                    published_basis=basis if published else full.published_basis,
                    language=full.language if not feed_lang else resolve_language(
                        feed_lang, full.text, detect),
                    encoding=full.encoding,
                    notes=(*notes, "full text fetched from the entry's link", *full.notes),
                )
        elif not text:
            raise SkipInput("empty", "the entry has no text and no link to fetch"
                            if not link else "the entry has no text (fetching disabled)")
        else:
            notes.append("summary only" + ("" if link else " (no link)") +
                         (" (fetching disabled)" if link else ""))
    if published is None and url_date is not None:
        published, basis = url_date, "url"
    return Draft(
        text=text,
        source=source,
        title=title,
        url=link,
        outlet=outlet,
        published=published,
        published_basis=basis,
        language=resolve_language(feed_lang, text, detect),
        notes=tuple(notes),
    )
