"""Web archives (.warc, .warc.gz, .arc, .arc.gz) with warcio.

Every HTML ``response`` (status 200) or ``resource`` record becomes a Draft through
:func:`caravanwatch.ingest.html.read_html`, with the record's ``WARC-Target-URI`` as URL
and its ``WARC-Date`` as the fallback date.  Sources read ``path#offset=N`` (the byte
offset of the record in the file).  A truncated archive yields the records before the
break, then one Skip ``truncated``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from caravanwatch.errors import SkipInput
from caravanwatch.ingest.decode import GZIP_MAGIC, gzip_valid_end
from caravanwatch.ingest.html import read_html
from caravanwatch.ingest.text import parse_date
from caravanwatch.records import Draft, Skip

logger = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")


def _content_type(record: Any) -> str:
    if record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type") or ""
    else:
        value = record.rec_headers.get_header("Content-Type") or ""
    return str(value)


def _is_html_page(record: Any) -> bool:
    if record.rec_type == "response":
        if record.http_headers is None or record.http_headers.get_statuscode() != "200":
            return False
    elif record.rec_type != "resource":
        return False
    return _content_type(record).split(";")[0].strip().lower() in HTML_TYPES


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def read_warc(
    path: Path,
    source: str,
    *,
    max_bytes: int = 50 * 1024 * 1024,
    detect: bool = True,
) -> Iterator[Draft | Skip]:
    """Yield a Draft or Skip per HTML page record; raise :class:`SkipInput` if unreadable."""
    from warcio.archiveiterator import ArchiveIterator

    if not _looks_like_archive(path):
        raise SkipInput("unsupported", "not a WARC/ARC file (no WARC/ or filedesc:// header)")
    with open(path, "rb") as handle:
        head = handle.read(2)
    break_at = gzip_valid_end(path) if head == GZIP_MAGIC else None
    if break_at == 0:
        raise SkipInput("truncated", "the first gzip member is already broken")
    pages = records = 0
    next_offset = 0
    with open(path, "rb") as handle:
        iterator = ArchiveIterator(handle, arc2warc=True)
        try:
            for record in iterator:
                html = _is_html_page(record)
                body = record.content_stream().read(max_bytes + 1) if html else b""
                offset = iterator.get_record_offset()  # reads the rest of the record
                short = record.raw_stream.limit > 0
                if short or (break_at is not None and offset >= break_at):
                    yield Skip(f"{source}#offset={offset}", "truncated",
                               f"the archive breaks inside this record ({records} whole "
                               "records before it)")
                    return
                records += 1
                next_offset = offset + iterator.get_record_length()
                if not html:
                    continue
                pages += 1
                yield _page(record, body, f"{source}#offset={offset}", max_bytes, detect)
        except Exception as exc:  # noqa: BLE001 - warcio raises many kinds on bad input
            logger.debug("%s breaks after %d records: %r", source, records, exc)
            yield Skip(f"{source}#offset={next_offset}", "truncated",
                       f"the archive breaks after {records} records: {type(exc).__name__}")
            return
    if break_at is not None:
        yield Skip(f"{source}#offset={break_at}", "truncated",
                   f"gzip data breaks after {records} whole records")
    elif records == 0:
        raise SkipInput("unsupported", "no WARC/ARC records found")
    elif pages == 0:
        raise SkipInput("no_main_text", f"none of the {records} records is an HTML page")


def _looks_like_archive(path: Path) -> bool:
    import gzip
    import zlib

    with open(path, "rb") as handle:
        head = handle.read(64)
    if head.startswith(GZIP_MAGIC):
        try:
            with gzip.open(path, "rb") as inner:
                head = inner.read(64)
        except (OSError, EOFError, zlib.error):
            return False
    return head.startswith((b"WARC/", b"filedesc://"))


def _page(record: Any, body: bytes, source: str, max_bytes: int, detect: bool) -> Draft | Skip:
    if len(body) > max_bytes:
        return Skip(source, "too_large", f"record payload over {max_bytes:,} bytes")
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    capture = parse_date((record.rec_headers.get_header("WARC-Date") or "")[:10])
    try:
        draft = read_html(
            body, source, url=url, fallback_date=capture,
            declared_encoding=_charset(_content_type(record)), detect=detect,
            fallback_note="published is the WARC-Date (capture time, not publication)",
        )
    except SkipInput as exc:
        return Skip(source, exc.reason, exc.detail)
    return draft
