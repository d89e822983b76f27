"""decode.py: encodings, BOMs, binary sniffing, empty input, size caps."""

from __future__ import annotations

import gzip
import time
from pathlib import Path

import pytest

from caravanwatch.errors import SkipInput
from caravanwatch.ingest.decode import (
    decode_bytes,
    gunzip_capped,
    gzip_valid_end,
    normalize_text,
    read_capped,
    sniff_binary,
)

SPANISH = "La caravana salió el sábado; el niño llevaba “agua” — año 2018."


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        pytest.param(SPANISH.encode("utf-8"), SPANISH, "utf-8", id="utf8"),
        pytest.param(b"\xef\xbb\xbf" + SPANISH.encode("utf-8"), SPANISH, "utf-8-sig", id="utf8-bom"),
        pytest.param(SPANISH.encode("cp1252"), SPANISH, "cp1252", id="cp1252"),
        pytest.param("Año, niño, corazón.".encode("latin-1"), "Año, niño, corazón.", "cp1252",
                     id="latin1-as-cp1252"),
        pytest.param(("Año\x81 " + SPANISH).encode("latin-1", "replace"),
                     ("Año\x81 " + SPANISH).encode("latin-1", "replace").decode("latin-1"),
                     "latin-1",
                     id="latin1-undefined-in-cp1252"),
        pytest.param(SPANISH.encode("utf-16"), SPANISH, "utf-16-le", id="utf16-bom"),
        pytest.param(SPANISH.encode("utf-16-be"), SPANISH, "utf-16-be", id="utf16be-no-bom"),
        pytest.param(b"a\r\nb\rc\n", "a\nb\nc\n", "utf-8", id="newlines"),
        pytest.param(b"stray NUL\x00 here", "stray NUL here", "utf-8", id="stray-nul"),
    ],
)
def test_decode_bytes(data: bytes, text: str, encoding: str) -> None:
    got, used = decode_bytes(data)
    assert (got, used) == (text, encoding)


def test_declared_encoding_is_ignored_when_wrong_and_used_when_right() -> None:
    assert decode_bytes(SPANISH.encode("cp1252"), declared="utf-8") == (SPANISH, "cp1252")
    assert decode_bytes(SPANISH.encode("utf-8"), declared="iso-8859-1") == (SPANISH, "utf-8")
    cyrillic = "Караван мигрантов".encode("cp1251")
    assert decode_bytes(cyrillic, declared="windows-1251")[0] == "Караван мигрантов"
    assert decode_bytes(b"plain", declared="no-such-codec") == ("plain", "utf-8")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"", "empty", id="zero-bytes"),
        pytest.param(b"  \n\t\r\n ", "empty", id="whitespace"),
        pytest.param(b"\xef\xbb\xbf", "empty", id="only-bom"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "binary", id="png"),
        pytest.param(b"%PDF-1.7\n" + b"x" * 50, "binary", id="pdf"),
        pytest.param(b"PK\x03\x04" + b"x" * 50, "binary", id="zip"),
        pytest.param(b"\x7fELF\x02\x01" + b"x" * 50, "binary", id="elf"),
        pytest.param(b"abc\x00def\x00" * 100, "binary", id="many-nuls"),
        pytest.param(bytes(range(1, 9)) * 100, "binary", id="control-chars"),
        pytest.param(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 50, "undecodable", id="c1-controls"),
        pytest.param(b"\xff\xfe" + "abc".encode("utf-16-le") + b"\x00\xd8", "undecodable",
                     id="broken-utf16"),
    ],
)
def test_decode_bytes_skips(data: bytes, reason: str) -> None:
    with pytest.raises(SkipInput) as info:
        decode_bytes(data)
    assert info.value.reason == reason


def test_random_bytes_are_binary() -> None:
    import random

    assert sniff_binary(random.Random(0).randbytes(4096))


def test_normalize_text_nfc_and_separators() -> None:
    assert normalize_text("Tecu\u0301n\u2028Uma\u0301n\ufeff") == "Tecún\nUmán"


def test_read_capped_refuses_a_sparse_200mb_file_without_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    start = time.perf_counter()
    with pytest.raises(SkipInput) as info:
        read_capped(big, 50 * 1024 * 1024)
    assert info.value.reason == "too_large"
    assert time.perf_counter() - start < 0.5


def test_gunzip_capped() -> None:
    data = gzip.compress(b"a" * 1000) + gzip.compress(b"b" * 10)
    assert gunzip_capped(data, 2000) == b"a" * 1000 + b"b" * 10
    with pytest.raises(SkipInput, match="too_large"):
        gunzip_capped(gzip.compress(b"\x00" * 1_000_000), 10_000)
    with pytest.raises(SkipInput, match="truncated"):
        gunzip_capped(data[:-5], 2000)


def test_gzip_valid_end(tmp_path: Path) -> None:
    first, second = gzip.compress(b"x" * 500), gzip.compress(b"y" * 500)
    whole, cut = tmp_path / "whole.gz", tmp_path / "cut.gz"
    whole.write_bytes(first + second)
    cut.write_bytes(first + second[:10])
    assert gzip_valid_end(whole) is None
    assert gzip_valid_end(cut) == len(first)
