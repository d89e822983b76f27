"""warc.py: HTML response records from .warc and .warc.gz, truncated archives."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hostile import EN, html_page, warc_bytes

from caravanwatch.errors import SkipInput
from caravanwatch.ingest.warc import read_warc
from caravanwatch.records import Draft, Skip

PAGES = [(f"https://news.example.org/story-{i}", html_page(
    EN + f"\n\nThis is story number {i}.", date=None, url=None).encode()) for i in range(4)]


@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_every_html_response_becomes_a_draft(tmp_path: Path, compress: bool) -> None:
    path = tmp_path / ("a.warc.gz" if compress else "a.warc")
    path.write_bytes(warc_bytes(PAGES, compress=compress, extra_records=True))
    items = list(read_warc(path, str(path)))
    assert all(isinstance(i, Draft) for i in items)
    assert [d.url for d in items] == [u for u, _ in PAGES]  # type: ignore[union-attr]
    assert all(d.source.startswith(f"{path}#offset=") for d in items)
    offsets = [int(d.source.rsplit("=", 1)[1]) for d in items]
    assert offsets == sorted(offsets) and offsets[0] > 0  # the warcinfo record comes first
    first = items[0]
    assert isinstance(first, Draft)
    assert (first.published, first.published_basis) == (dt.date(2018, 10, 25), "metadata")
    assert any("WARC-Date" in n for n in first.notes)
    assert "story number 0" in first.text


@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_truncated_archive_yields_records_before_the_break(tmp_path: Path, compress: bool) -> None:
    data = warc_bytes(PAGES, compress=compress)
    path = tmp_path / ("cut.warc.gz" if compress else "cut.warc")
    path.write_bytes(data[: len(data) * 2 // 3])
    items = list(read_warc(path, str(path)))
    assert [type(i).__name__ for i in items] == ["Draft", "Draft", "Skip"]
    last = items[-1]
    assert isinstance(last, Skip) and last.reason == "truncated"
    assert last.source.startswith(f"{path}#offset=")


def test_non_html_and_error_records_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "img.warc.gz"
    path.write_bytes(warc_bytes([("https://x.example.org/i.png", b"\x89PNG....")],
                                content_type="image/png"))
    with pytest.raises(SkipInput, match="no_main_text"):
        list(read_warc(path, str(path)))
    path404 = tmp_path / "404.warc"
    path404.write_bytes(warc_bytes(PAGES[:1], compress=False, status="404 Not Found"))
    with pytest.raises(SkipInput, match="no_main_text"):
        list(read_warc(path404, str(path404)))


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"just some text, not an archive", "unsupported"),
     (b"\x1f\x8b\x08\x00garbage", "unsupported"),
     (b"WARC/1.0\r\nWARC-Type: resp", "truncated")],
    ids=["text", "bad-gzip", "cut-in-header"],
)
def test_not_an_archive(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "x.warc"
    path.write_bytes(data)
    try:
        items = list(read_warc(path, str(path)))
    except SkipInput as exc:
        assert exc.reason == reason
    else:
        assert [i.reason for i in items if isinstance(i, Skip)] == [reason]
