"""Walk sources (files, folders, URLs, feeds) and dispatch each input to its reader.

:func:`iter_drafts` is the one entry point of ingest.  It never raises for a bad
input: every input that gives no article yields a :class:`Skip` with a reason code
(see :data:`REASONS`) and the iteration goes on.

Files are dispatched by extension *and* by sniffing their first bytes, so a ``.txt``
that is really HTML is read as HTML, a ``.txt`` that is a PNG is skipped as binary, and
a ``.gz`` is unwrapped and dispatched on its inner name and content.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from caravanwatch.errors import SkipInput
from caravanwatch.ingest.decode import GZIP_MAGIC, gunzip_capped, read_capped, sniff_binary
from caravanwatch.ingest.fetch import DEFAULT_USER_AGENT, Fetcher, fetch
from caravanwatch.ingest.text import SIDECAR_NAME, Sidecars, doc_id_of, resolve_metadata
from caravanwatch.records import Draft, Skip

logger = logging.getLogger(__name__)

MiB = 1024 * 1024

REASONS: tuple[str, ...] = (
    "binary", "empty", "too_large", "undecodable", "no_main_text", "truncated",
    "not_a_feed", "bad_jsonl", "fetch_failed", "timeout", "offline", "unsupported",
    "bad_sidecar",
)
"""Every reason code a Skip from ingest can carry."""

TEXT_EXTENSIONS = (".txt", ".text")
HTML_EXTENSIONS = (".html", ".htm", ".xhtml", ".shtml")
FEED_EXTENSIONS = (".xml", ".rss", ".atom", ".rdf")
WARC_EXTENSIONS = (".warc", ".warc.gz", ".arc", ".arc.gz")
JSONL_EXTENSIONS = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (
    "application/rss+xml", "application/atom+xml", "application/rdf+xml",
    "application/xml", "text/xml", "application/feed+json",
)
JSONL_TYPES = ("application/x-ndjson", "application/jsonl", "application/jsonlines",
               "application/json-lines")
# Bytes of the head inspected when sniffing what a file really is.
SNIFF_HEAD = 4096

_FEED_ROOT = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?[^>]*>\s*|<!DOCTYPE[^>]*>\s*)*"
    rb"<(?:rss|feed|rdf:rdf)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAGS = re.compile(rb"<(?:head|body|article|div|p|title|meta)\b[^>]*>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read sources.

    ``published``, ``outlet`` and ``url`` are the command-line flags: they apply to
    plain text without a sidecar row (and fill gaps in HTML pages).  ``allow_fetch``
    lets feed entries that only carry a summary be completed from their page; URLs
    given as sources are always fetched.  ``max_bytes`` caps every file, page, record
    and decompressed stream.  ``fetcher`` replaces :func:`fetch` (tests, caches).
    """

    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    allow_fetch: bool = True
    timeout: float = 20.0
    max_bytes: int = 50 * MiB
    user_agent: str = DEFAULT_USER_AGENT
    detect_language: bool = True
    fetcher: Fetcher | None = None


Item = Draft | Skip


def iter_drafts(sources: Sequence[str], options: ReadOptions | None = None) -> Iterator[Item]:
    """Yield a Draft per article and a Skip per input that gives none, in a stable order.

    A source is a file, a folder (walked recursively in sorted order; hidden files and
    ``index.tsv`` sidecars are not articles), an http(s) URL or a feed URL.
    """
    options = options or ReadOptions()
    sidecars = Sidecars()
    for source in sources:
        source = str(source)
        if re.match(r"^https?://", source, re.IGNORECASE):
            yield from _guard(source, partial(_read_url, source, options), sidecars)
            continue
        if "://" in source:
            yield Skip(source, "unsupported", "only files, folders and http(s) URLs are read")
            continue
        path = Path(source)
        if not os.path.lexists(path):
            yield Skip(source, "unsupported", "no such file or folder")
            continue
        if path.is_dir():
            for found in _walk(path):
                if isinstance(found, Skip):
                    yield found
                else:
                    yield from _guard(
                        str(found), partial(_read_file, found, options, sidecars), sidecars
                    )
        elif path.name == SIDECAR_NAME:
            yield Skip(source, "unsupported", "index.tsv is a sidecar of metadata, not an article")
        else:
            yield from _guard(source, partial(_read_file, path, options, sidecars), sidecars)


def _guard(source: str, read: Callable[[], Iterable[Item]], sidecars: Sidecars) -> Iterator[Item]:
    """Run one input's reader; turn every failure into a Skip; never stay silent."""
    produced = False
    try:
        for item in read():
            yield from sidecars.drain_skips()
            produced = True
            yield item
    except SkipInput as exc:
        produced = True
        yield from sidecars.drain_skips()
        yield Skip(exc.source or source, exc.reason, exc.detail)
    except Exception as exc:  # a reader bug must not end the run: record it and go on
        logger.exception("reader failed on %s", source)
        produced = True
        yield Skip(source, "unsupported", f"reader error: {type(exc).__name__}: {exc}")
    yield from sidecars.drain_skips()
    if not produced:
        yield Skip(source, "empty", "no articles in this input")


def _walk(root: Path) -> Iterator[Path | Skip]:
    """Files under ``root`` in sorted order; symlinked folders once; loops reported."""
    seen: set[str] = set()

    def visit(folder: Path) -> Iterator[Path | Skip]:
        real = os.path.realpath(folder)
        if real in seen:
            yield Skip(str(folder), "unsupported", "symlink loop: this folder was already read")
            return
        seen.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield Skip(str(folder), "unsupported", f"cannot list folder: {exc.strerror or exc}")
            return
        for entry in entries:
            if entry.name.startswith(".") or entry.name == SIDECAR_NAME:
                continue
            path = folder / entry.name
            try:
                os.stat(path)  # follows symlinks: fails on loops and dangling links
                is_dir = entry.is_dir()
            except OSError as exc:
                what = "symlink loop" if exc.errno == 40 else "broken symlink" if \
                    entry.is_symlink() else "unreadable"
                yield Skip(str(path), "unsupported", f"{what}: {exc.strerror or exc}")
                continue
            if is_dir:
                yield from visit(path)
            else:
                yield path

    yield from visit(root)


def _suffix(name: str, choices: tuple[str, ...]) -> bool:
    return name.lower().endswith(choices)


def _sniff_kind(head: bytes) -> str | None:
    """'warc', 'feed', 'html', 'jsonl' or None (plain text or unknown) from the first bytes."""
    head = head.lstrip(b"\xef\xbb\xbf")
    if head.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    if _FEED_ROOT.match(head):
        return "feed"
    if _HTML_START.match(head) or len(_HTML_TAGS.findall(head)) >= 3:
        return "html"
    first = head.split(b"\n", 1)[0].strip()
    if first.startswith(b"{") and (first.endswith(b"}") or len(first) >= SNIFF_HEAD - 1):
        return "jsonl"
    return None


def _read_file(path: Path, options: ReadOptions, sidecars: Sidecars) -> Iterator[Item]:
    source = str(path)
    try:
        info = os.stat(path)
    except OSError as exc:
        raise SkipInput("unsupported", f"cannot read: {exc.strerror or exc}") from None
    if not stat.S_ISREG(info.st_mode):
        raise SkipInput("unsupported", "not a regular file (a fifo, socket or device)")
    if info.st_size == 0:
        raise SkipInput("empty", "zero bytes")
    name = path.name.lower()
    detect = options.detect_language
    # WARC and JSON Lines are streamed: the cap applies to each record or line, so a
    # Common Crawl news WARC of a gigabyte is read, and one oversized record is skipped.
    if _suffix(name, WARC_EXTENSIONS):
        from caravanwatch.ingest.warc import read_warc

        yield from read_warc(path, source, max_bytes=options.max_bytes, detect=detect)
        return
    if _suffix(name, JSONL_EXTENSIONS):
        from caravanwatch.ingest.jsonl import read_jsonl

        yield from read_jsonl(path, source, max_bytes=options.max_bytes, detect=detect)
        return
    if info.st_size > options.max_bytes:
        raise SkipInput("too_large", f"{info.st_size:,} bytes > limit {options.max_bytes:,}")
    try:
        data = read_capped(path, options.max_bytes)
    except OSError as exc:
        raise SkipInput("unsupported", f"cannot read: {exc.strerror or exc}") from None
    notes: tuple[str, ...] = ()
    if name.endswith(".gz"):
        name = name[:-3]
        if data.startswith(GZIP_MAGIC):
            try:
                data = gunzip_capped(data, options.max_bytes)
            except SkipInput as exc:
                if exc.reason == "truncated" and _sniff_kind(_gunzip_head(data)) == "warc":
                    from caravanwatch.ingest.warc import read_warc

                    yield from read_warc(path, source, max_bytes=options.max_bytes, detect=detect)
                    return
                raise
            notes = ("decompressed from gzip",)
        else:
            notes = ("named .gz but not gzip data; read as is",)
    elif data.startswith(GZIP_MAGIC):
        raise SkipInput("binary", "gzip data without a .gz name; rename it to .gz")
    if not data.strip():
        raise SkipInput("empty", "only whitespace")
    kind = _sniff_kind(data[:SNIFF_HEAD])
    if kind == "warc":
        from caravanwatch.ingest.warc import read_warc

        yield from read_warc(path, source, max_bytes=options.max_bytes, detect=detect)
        return
    if kind == "jsonl" and not _suffix(name, HTML_EXTENSIONS + FEED_EXTENSIONS):
        if name.endswith(TEXT_EXTENSIONS):
            kind = None  # a .txt that starts with "{" is still text
        else:
            from caravanwatch.ingest.jsonl import read_jsonl_stream

            yield from read_jsonl_stream(io.BytesIO(data), source,
                                         max_bytes=options.max_bytes, detect=detect)
            return
    ext = os.path.splitext(name)[1]
    if ext in HTML_EXTENSIONS:
        if kind == "feed":
            yield from _feed(data, source, options)
        elif b"<" not in data[:SNIFF_HEAD]:
            yield _text(data, source, path, options, sidecars,
                        notes + ("named .html but has no markup; read as plain text",))
        else:
            yield _html_file(data, source, path, options, sidecars, notes)
    elif ext in FEED_EXTENSIONS:
        if kind == "html":
            yield _html_file(data, source, path, options, sidecars,
                             notes + ("named like a feed but is HTML",))
        else:
            yield from _feed(data, source, options)
    elif ext in TEXT_EXTENSIONS or ext == "":
        if kind == "feed":
            yield from _feed(data, source, options)
        elif kind == "html":
            yield _html_file(data, source, path, options, sidecars,
                             notes + (f"named {ext or 'without extension'} but is HTML",))
        else:
            yield _text(data, source, path, options, sidecars, notes)
    else:
        reason = sniff_binary(data[:SNIFF_HEAD])
        if reason:
            raise SkipInput("binary", reason)
        raise SkipInput(
            "unsupported",
            f"unknown extension {ext!r}: articles are .txt, .html, .xml/.rss/.atom, .warc(.gz), "
            ".jsonl(.gz) or .gz of those",
        )


def _gunzip_head(data: bytes) -> bytes:
    import zlib

    try:
        return zlib.decompressobj(31).decompress(data[:65536], SNIFF_HEAD)
    except zlib.error:
        return b""


def _text(data: bytes, source: str, path: Path | None, options: ReadOptions,
          sidecars: Sidecars | None, notes: tuple[str, ...]) -> Draft:
    from caravanwatch.ingest.text import read_text

    return read_text(
        data, source, path=path, sidecars=sidecars, flag_published=options.published,
        flag_outlet=options.outlet, flag_url=options.url, detect=options.detect_language,
        notes=notes,
    )


def _html_file(data: bytes, source: str, path: Path, options: ReadOptions,
               sidecars: Sidecars, notes: tuple[str, ...]) -> Draft:
    from caravanwatch.ingest.html import read_html

    draft = read_html(data, source, doc_id=doc_id_of(path), detect=options.detect_language,
                      notes=notes, url=None)
    row = sidecars.row_for(path)
    if row is not None:
        meta = resolve_metadata(row, flag_published=None, flag_outlet=None, flag_url=None)
        return replace(
            draft,
            published=meta.published if meta.basis != "unknown" else draft.published,
            published_basis=meta.basis if meta.basis != "unknown" else draft.published_basis,
            outlet=meta.outlet or draft.outlet,
            url=meta.url or draft.url,
            language=meta.language or draft.language,
            notes=draft.notes + meta.notes,
        )
    return _fill_from_flags(draft, options)


def _fill_from_flags(draft: Draft, options: ReadOptions) -> Draft:
    if draft.published is None and options.published is not None:
        draft = replace(draft, published=options.published, published_basis="flag")
    if draft.outlet is None and options.outlet:
        draft = replace(draft, outlet=options.outlet)
    if draft.url is None and options.url:
        draft = replace(draft, url=options.url)
    return draft


def _feed(data: bytes, source: str, options: ReadOptions) -> Iterator[Item]:
    from caravanwatch.ingest.feeds import read_feed

    yield from read_feed(
        data, source, allow_fetch=options.allow_fetch, fetcher=options.fetcher or fetch,
        timeout=options.timeout, max_bytes=options.max_bytes, user_agent=options.user_agent,
        detect=options.detect_language,
    )


def _read_url(url: str, options: ReadOptions) -> Iterator[Item]:
    from caravanwatch.ingest.html import read_html

    fetcher = options.fetcher or fetch
    page = fetcher(url, options.timeout, options.max_bytes, options.user_agent)
    body = page.body
    if not body.strip():
        raise SkipInput("empty", f"{page.final_url} returned no content")
    mime = page.mime_type
    kind = _sniff_kind(body[:SNIFF_HEAD])
    if kind == "feed" or (mime in FEED_TYPES and kind != "html"):
        yield from _feed(body, url, options)
    elif mime in HTML_TYPES or kind == "html":
        draft = read_html(body, url, url=page.final_url, declared_encoding=page.charset,
                          detect=options.detect_language)
        yield _fill_from_flags(draft, options)
    elif mime in JSONL_TYPES or (kind == "jsonl" and mime != "text/plain"):
        from caravanwatch.ingest.jsonl import read_jsonl_stream

        yield from read_jsonl_stream(io.BytesIO(body), url, max_bytes=options.max_bytes,
                                     detect=options.detect_language)
    elif mime.startswith("text/") or mime == "":
        from caravanwatch.ingest.text import read_text

        yield read_text(
            body, url, flag_published=options.published, flag_outlet=options.outlet,
            flag_url=options.url or page.final_url, declared_encoding=page.charset,
            detect=options.detect_language,
        )
    else:
        reason = sniff_binary(body[:SNIFF_HEAD])
        if reason:
            raise SkipInput("binary", f"{page.final_url} is {mime}: {reason}")
        raise SkipInput("unsupported", f"{page.final_url} is {mime}, not a page, feed or text")
