"""JSON lines (.jsonl, .ndjson, .jsonl.gz): one article object per line.

Each line is an object with ``text`` (or ``html``, extracted like a page) and optional
``url``, ``title``, ``outlet``, ``published``, ``language``, ``id``/``doc_id``.  A bad
line yields a Skip ``bad_jsonl`` with source ``path#line=N``; the rest goes on.
"""

from __future__ import annotations

import gzip
import json
import logging
import zlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, Any, cast

from caravanwatch.errors import SkipInput
from caravanwatch.ingest.decode import GZIP_MAGIC, decode_bytes, normalize_text
from caravanwatch.ingest.html import read_html
from caravanwatch.ingest.language import resolve_language
from caravanwatch.ingest.text import date_from_url, parse_date
from caravanwatch.records import Draft, PublishedBasis, Skip

logger = logging.getLogger(__name__)

# Field names accepted for each value, first found wins.  The aliases are the names
# used by common scraper exports (news-please, newspaper3k, Common Crawl news dumps).
FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "maintext", "body", "content"),
    "html": ("html", "raw_html"),
    "url": ("url", "link"),
    "title": ("title", "headline"),
    "outlet": ("outlet", "sitename", "site_name", "source_domain"),
    "published": ("published", "date_publish", "date", "published_at", "publication_date"),
    "language": ("language", "lang"),
    "doc_id": ("doc_id", "id"),
}


def _field(obj: dict[str, Any], name: str) -> Any:
    for key in FIELDS[name]:
        value = obj.get(key)
        if value not in (None, ""):
            return value
    return None


def _str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _lines(
    handle: IO[bytes], max_bytes: int, max_total: int | None
) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) pairs; bytes is None for a line longer than ``max_bytes``.

    ``max_total`` caps the whole stream (a decompressed .jsonl.gz); plain files are
    capped by their size before they are opened.
    """
    number = 0
    total = 0
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        total += len(line)
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the long line
                line = handle.readline(1 << 20)
                total += len(line)
            yield number, None
        else:
            yield number, line
        if max_total is not None and total > max_total:
            raise SkipInput("too_large", f"more than {max_total:,} bytes after line {number}")


def read_jsonl(
    path: Path,
    source: str,
    *,
    max_bytes: int = 50 * 1024 * 1024,
    detect: bool = True,
) -> Iterator[Draft | Skip]:
    """Yield a Draft or a Skip per non-blank line of ``path`` (gzip is detected)."""
    with open(path, "rb") as raw:
        zipped = raw.read(2) == GZIP_MAGIC
    if zipped:
        with gzip.open(path, "rb") as zipped_handle:
            yield from read_jsonl_stream(cast(IO[bytes], zipped_handle), source,
                                         max_bytes=max_bytes, max_total=max_bytes, detect=detect)
    else:
        with open(path, "rb") as handle:
            yield from read_jsonl_stream(handle, source, max_bytes=max_bytes, detect=detect)


def read_jsonl_stream(
    handle: IO[bytes],
    source: str,
    *,
    max_bytes: int = 50 * 1024 * 1024,
    max_total: int | None = None,
    detect: bool = True,
) -> Iterator[Draft | Skip]:
    """Like :func:`read_jsonl` over an open binary stream (a fetched body, a gzip file)."""
    number = 0
    try:
        for number, line in _lines(handle, max_bytes, max_total):
            line_source = f"{source}#line={number}"
            if line is None:
                yield Skip(line_source, "too_large", f"line longer than {max_bytes:,} bytes")
                continue
            if not line.strip():
                continue
            try:
                yield _read_line(line, line_source, first=number == 1, detect=detect)
            except SkipInput as exc:
                yield Skip(line_source, exc.reason, exc.detail)
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield Skip(f"{source}#line={number + 1}", "truncated",
                   f"gzip data breaks after line {number}: {exc}")


def _read_line(line: bytes, source: str, *, first: bool, detect: bool) -> Draft:
    notes: list[str] = []
    try:
        decoded = line.decode("utf-8-sig" if first else "utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        try:
            decoded, encoding = decode_bytes(line)
        except SkipInput as exc:
            raise SkipInput("bad_jsonl", f"line is {exc.reason}: {exc.detail}") from None
        notes.append(f"line is not UTF-8; decoded as {encoding}")
    try:
        obj = json.loads(decoded)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise SkipInput("bad_jsonl", f"not JSON: {exc}") from None
    if not isinstance(obj, dict):
        raise SkipInput("bad_jsonl", f"a JSON {type(obj).__name__}, not an object")
    text = _field(obj, "text")
    html = _field(obj, "html")
    if text is not None and not isinstance(text, str):
        raise SkipInput("bad_jsonl", f"'text' is a {type(text).__name__}, not a string")
    url = _str(_field(obj, "url"))
    title = _str(_field(obj, "title"))
    outlet = _str(_field(obj, "outlet"))
    language = _str(_field(obj, "language"))
    doc_id = _str(_field(obj, "doc_id"))
    raw_date = _field(obj, "published")
    published = parse_date(raw_date)
    basis: PublishedBasis = "metadata" if published else "unknown"
    if raw_date is not None and published is None:
        notes.append(f"unparsed date: {raw_date!r}")
    elif published is None and (url_date := date_from_url(url)):
        published, basis = url_date, "url"
    if text is None or not text.strip():
        if isinstance(html, str) and html.strip():
            page = read_html(
                html, source, url=url, fallback_date=published, fallback_basis=basis,
                outlet=outlet, title=title, doc_id=doc_id, detect=detect, notes=tuple(notes),
            )
            if language:
                page = replace(page, language=resolve_language(language, page.text))
            return page
        if text is None:
            raise SkipInput("bad_jsonl", "no 'text' field (nor 'html')")
        raise SkipInput("empty", "'text' is empty")
    text = normalize_text(text).rstrip()
    return Draft(
        text=text, source=source, title=title, url=url, outlet=outlet,
        published=published, published_basis=basis,
        language=resolve_language(language, text, detect), doc_id=doc_id,
        encoding=encoding, notes=tuple(notes),
    )

