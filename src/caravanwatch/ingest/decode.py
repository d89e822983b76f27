"""Bytes to text: binary sniffing, encoding detection, newline and NUL clean-up.

The order of attempts is fixed and recorded in ``Draft.encoding``: a byte-order mark,
then strict UTF-8 (bytes that decode as UTF-8 are UTF-8 whatever a page declares), then
an encoding the container declared (HTTP header, HTML ``<meta charset>``), then cp1252 (what most "latin-1" news files really are), then latin-1,
which cannot fail.  Text that decodes only into control characters is ``undecodable``.
"""

from __future__ import annotations

import codecs
import logging
import os
import re
import unicodedata
import zlib
from pathlib import Path

from caravanwatch.errors import SkipInput

logger = logging.getLogger(__name__)

# Magic numbers of formats that are never articles.  Checked on the first bytes only.
# gzip is absent on purpose: gzip is unwrapped by the dispatcher before decoding.
BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or docx/xlsx/epub)"),
    (b"PK\x05\x06", "empty ZIP archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE document (old MS Office)"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x00asm", "WebAssembly module"),
    (b"\xca\xfe\xba\xbe", "Java class / Mach-O"),
    (b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg media"),
    (b"fLaC", "FLAC audio"),
    (b"\x1aE\xdf\xa3", "Matroska/WebM video"),
    (b"wOFF", "WOFF font"),
    (b"wOF2", "WOFF2 font"),
    (b"PAR1", "Parquet file"),
    (b"ARROW1", "Arrow file"),
    (b"\x00\x00\x01\x00", "ICO image"),
)

# How much of the head is inspected for NULs and control characters.
SNIFF_BYTES = 8192
# Share of control bytes (other than tab, newline, carriage return, form feed, escape)
# above which a file is binary.  Real text has none; random bytes have 10.5%, compressed
# and media formats about as much.  5% leaves room for stray controls in scraped pages.
CONTROL_RATIO_BINARY = 0.05
# A few stray NULs (padding, a bad copy) are stripped from text; more than this many,
# or more than 0.1% of the head, means binary (random bytes have 0.4%).
NUL_TOLERANCE = 4
# Share of control / replacement characters in *decoded* text above which decoding is
# considered to have failed (latin-1 decodes anything, so this is the only test left).
# 5%: a cp1252 text with a handful of undefined bytes passes, random bytes do not.
CONTROL_RATIO_UNDECODABLE = 0.05

_ALLOWED_CONTROL = {9, 10, 12, 13, 27}
_CONTROL_BYTES = bytes(b for b in range(1, 32) if b not in _ALLOWED_CONTROL) + b"\x7f"  # NUL apart

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_FALLBACKS = ("utf-8", "cp1252", "latin-1")
_NEWLINES = re.compile(r"\r\n?|\u2028|\u2029|\x85")


def sniff_binary(head: bytes) -> str | None:
    """Say why ``head`` (the first bytes of an input) is binary, or None if it may be text."""
    for magic, name in BINARY_MAGIC:
        if head.startswith(magic):
            return name
    if head[4:8] == b"ftyp":
        return "MP4/QuickTime media"
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return f"RIFF {head[8:12].decode('ascii').strip()} media"
    sample = head[:SNIFF_BYTES]
    if not sample or _bom_encoding(sample) or _looks_utf16(sample):
        return None
    nuls = sample.count(0)
    if nuls > max(NUL_TOLERANCE, len(sample) // 1000):
        return f"{nuls} NUL bytes in the first {len(sample)}"
    controls = sum(sample.count(bytes([b])) for b in _CONTROL_BYTES)
    if controls / len(sample) > CONTROL_RATIO_BINARY:
        return f"{controls} control bytes in the first {len(sample)}"
    return None


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _looks_utf16(sample: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII-heavy text has a NUL in every other byte."""
    if len(sample) < 16:
        return None
    even, odd = sample[0::2], sample[1::2]
    # 90%: real UTF-16 English/Spanish text is >95% ASCII; binaries rarely alternate.
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def normalize_text(text: str) -> str:
    """Unix newlines, no NULs, no BOM, NFC; trailing spaces on lines are kept."""
    text = text.replace("\x00", "").replace("\ufeff", "")
    text = _NEWLINES.sub("\n", text)
    return unicodedata.normalize("NFC", text)


def _bad_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(
        1
        for ch in text
        if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\x1b")
    )
    return bad / len(text)


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` to normalised text and return ``(text, encoding_used)``.

    Raises :class:`SkipInput` ``binary``, ``empty`` or ``undecodable``.  ``declared`` is
    an encoding named by the container; it is tried after a BOM and strict UTF-8, and
    ignored when wrong (a page that says UTF-8 but is cp1252 decodes as cp1252).
    """
    if not data.strip():
        raise SkipInput("empty", "no content, or only whitespace")
    reason = sniff_binary(data[:SNIFF_BYTES])
    if reason:
        raise SkipInput("binary", reason)
    candidates: list[str] = []
    bom = _bom_encoding(data) or _looks_utf16(data[:SNIFF_BYTES])
    if bom:
        candidates.append(bom)
    candidates.append("utf-8")
    if declared:
        try:
            candidates.append(codecs.lookup(declared).name)
        except LookupError:
            logger.debug("unknown declared encoding %r ignored", declared)
    candidates.extend(_FALLBACKS)
    for encoding in dict.fromkeys(candidates):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            if encoding == bom:
                raise SkipInput("undecodable", f"starts like {bom} but is not: {exc}") from None
            continue
        if encoding in ("utf-8", "utf_8") and text.startswith("\ufeff"):
            encoding = "utf-8-sig"
        text = normalize_text(text)
        if not text.strip():
            raise SkipInput("empty", "only whitespace or NUL characters")
        if _bad_ratio(text[:100_000]) > CONTROL_RATIO_UNDECODABLE:
            if encoding == "latin-1" or encoding == bom:
                raise SkipInput(
                    "undecodable",
                    f"decodes only to control characters (last tried {encoding})",
                )
            continue
        return text, _canonical(encoding)
    raise SkipInput("undecodable", "no encoding among " + ", ".join(candidates) + " fits")


def _canonical(encoding: str) -> str:
    name = codecs.lookup(encoding).name
    return {"iso8859-1": "latin-1", "utf-8": "utf-8", "utf-8-sig": "utf-8-sig"}.get(name, name)


def read_capped(path: Path, max_bytes: int) -> bytes:
    """Read a whole regular file, refusing (``too_large``) to read past ``max_bytes``.

    The size on disk is checked first, so a 200 MB file is refused without reading it;
    the read itself is capped too, in case the file grows or lies about its size.
    """
    size = os.stat(path).st_size
    if size > max_bytes:
        raise SkipInput("too_large", f"{size:,} bytes > limit {max_bytes:,}")
    with open(path, "rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise SkipInput("too_large", f"more than the limit of {max_bytes:,} bytes")
    return data


GZIP_MAGIC = b"\x1f\x8b"
_ZCHUNK = 1 << 20


def gunzip_capped(data: bytes, max_bytes: int) -> bytes:
    """Decompress (possibly multi-member) gzip ``data`` without inflating past ``max_bytes``.

    Raises :class:`SkipInput` ``truncated`` (the stream stops early or is corrupt) or
    ``too_large`` (a gzip bomb, or just a big file).
    """
    out = bytearray()
    buf = data
    while buf:
        inflater = zlib.decompressobj(31)
        try:
            out += inflater.decompress(buf, max_bytes + 1 - len(out))
            while inflater.unconsumed_tail and not inflater.eof and len(out) <= max_bytes:
                out += inflater.decompress(inflater.unconsumed_tail, max_bytes + 1 - len(out))
        except zlib.error as exc:
            if not out:
                raise SkipInput("truncated", f"corrupt gzip data: {exc}") from None
            raise SkipInput("truncated", f"gzip data breaks after {len(out):,} bytes: {exc}") from None
        if len(out) > max_bytes:
            raise SkipInput("too_large", f"decompresses to more than {max_bytes:,} bytes")
        if not inflater.eof:
            raise SkipInput("truncated", f"gzip stream ends early after {len(out):,} bytes")
        buf = inflater.unused_data
        if buf and not buf.startswith(GZIP_MAGIC):
            if buf.strip(b"\x00 \r\n\t"):
                logger.debug("ignoring %d bytes of garbage after gzip data", len(buf))
            break
    return bytes(out)


def gzip_valid_end(path: Path) -> int | None:
    """Offset where the complete gzip members of ``path`` end, or None if all are whole.

    Used before reading a ``.warc.gz``: warcio stops silently at a truncated member, so
    we find the break ourselves (one streaming pass, constant memory).
    """
    good_end = 0
    base = 0
    inflater = zlib.decompressobj(31)
    started = False
    with open(path, "rb") as handle:
        while chunk := handle.read(_ZCHUNK):
            buf, buf_offset = chunk, base
            base += len(chunk)
            while buf:
                started = True
                try:
                    inflater.decompress(buf, _ZCHUNK)
                    while inflater.unconsumed_tail and not inflater.eof:
                        inflater.decompress(inflater.unconsumed_tail, _ZCHUNK)
                except zlib.error:
                    return good_end
                if not inflater.eof:
                    break
                rest = inflater.unused_data
                good_end = buf_offset + len(buf) - len(rest)
                buf, buf_offset = rest, good_end
                inflater = zlib.decompressobj(31)
                started = False
                if buf and not buf.startswith(GZIP_MAGIC[:len(buf)]):
                    return None if not buf.strip(b"\x00 \r\n\t") else good_end
    return good_end if started else None
