"""Build the binary form of the demo's sample corpus: a gzipped WARC.

The sample corpus (``src/caravanwatch/data/sample/``) is fictional and written for the
project; every other form there (text, HTML, feeds, JSONL) is edited by hand.  The WARC
cannot be, so this script writes it from the HTML pages in ``scripts/sample_warc/``,
one ``response`` record per page after a ``warcinfo`` record, the way a news crawl
stores pages.

The output is byte-for-byte reproducible: record ids are UUIDv5 of the page's URL,
dates are fixed, and gzip headers carry no timestamp.  Run it after editing a page::

    .venv/bin/python scripts/build_sample.py          # rewrite the WARC
    .venv/bin/python scripts/build_sample.py --check  # exit 1 if it is out of date
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "scripts" / "sample_warc"
OUTPUT = ROOT / "src" / "caravanwatch" / "data" / "sample" / "warc" / "caravan_pages.warc.gz"
NAMESPACE = uuid.UUID("6f1c2a52-3a0e-4c57-9a53-0c6b1f1e2d11")  # fixed, any value would do
WARCINFO_DATE = "2025-11-04T00:00:00Z"

_OG_URL = re.compile(r'<meta property="og:url" content="([^"]+)"')
_PUBLISHED = re.compile(r'<meta property="article:published_time" content="([^"]+)"')


@dataclass(frozen=True)
class Page:
    """One HTML page to store as a response record."""

    url: str
    crawled_at: str  # WARC-Date: the page's publication time plus a few hours
    body: bytes


def read_pages(folder: Path = PAGES) -> list[Page]:
    """Read the HTML pages, taking each record's URL from the page's og:url."""
    pages: list[Page] = []
    for path in sorted(folder.glob("*.html")):
        html = path.read_text(encoding="utf-8")
        url_match = _OG_URL.search(html)
        date_match = _PUBLISHED.search(html)
        if url_match is None or date_match is None:
            raise SystemExit(f"{path}: needs og:url and article:published_time meta tags")
        day = date_match.group(1)[:10]
        pages.append(Page(url_match.group(1), f"{day}T18:00:00Z", html.encode("utf-8")))
    return pages


def _record_id(key: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(NAMESPACE, key)}>"


def build_warc(pages: list[Page]) -> bytes:
    """Return the gzipped WARC (one gzip member per record) for ``pages``."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True, warc_version="1.0")
    info = (
        b"software: caravanwatch scripts/build_sample.py (warcio)\r\n"
        b"format: WARC File Format 1.0\r\n"
        b"description: FICTIONAL SAMPLE - pages invented for caravanwatch's demo; "
        b"not real news\r\n"
    )
    writer.write_record(
        writer.create_warc_record(
            "",
            "warcinfo",
            payload=io.BytesIO(info),
            length=len(info),
            warc_content_type="application/warc-fields",
            warc_headers_dict={
                "WARC-Record-ID": _record_id("warcinfo"),
                "WARC-Date": WARCINFO_DATE,
                "WARC-Filename": OUTPUT.name,
            },
        )
    )
    for page in pages:
        http_headers = StatusAndHeaders(
            "200 OK",
            [
                ("Content-Type", "text/html; charset=utf-8"),
                ("Content-Length", str(len(page.body))),
            ],
            protocol="HTTP/1.1",
        )
        record = writer.create_warc_record(
            page.url,
            "response",
            payload=io.BytesIO(page.body),
            length=len(page.body),
            http_headers=http_headers,
            warc_headers_dict={
                "WARC-Record-ID": _record_id(page.url),
                "WARC-Date": page.crawled_at,
            },
        )
        writer.write_record(record)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the WARC is stale")
    args = parser.parse_args(argv)
    data = build_warc(read_pages())
    if args.check:
        current = OUTPUT.read_bytes() if OUTPUT.exists() else b""
        if current != data:
            sys.stderr.write(f"{OUTPUT} is out of date: run scripts/build_sample.py\n")
            return 1
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_bytes(data)
    sys.stderr.write(f"wrote {OUTPUT.relative_to(ROOT)} ({len(data)} bytes)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
