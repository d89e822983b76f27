"""sources.py: walking, dispatch by extension and content, and hostile inputs."""

from __future__ import annotations

import gzip
import time
from collections import Counter
from pathlib import Path

import pytest
from hostile import EN, html_page, make_hostile_corpus, rss_feed, warc_bytes

from caravanwatch.ingest.sources import REASONS, ReadOptions, iter_drafts
from caravanwatch.records import Draft, Skip

OFFLINE = ReadOptions(allow_fetch=False)


def read(*sources: Path | str, options: ReadOptions = OFFLINE) -> list[Draft | Skip]:
    return list(iter_drafts([str(s) for s in sources], options))


@pytest.mark.parametrize(
    ("name", "data", "expect"),
    [
        pytest.param("a.txt", EN, "text", id="txt"),
        pytest.param("a.txt", html_page(), "html", id="txt-that-is-html"),
        pytest.param("a.txt", b"\x89PNG\r\n\x1a\n" + bytes(100), "binary", id="txt-that-is-png"),
        pytest.param("a", EN, "text", id="no-extension"),
        pytest.param("a.html", EN, "text", id="html-without-markup"),
        pytest.param("a.htm", html_page(), "html", id="htm"),
        pytest.param("a.html.gz", gzip.compress(html_page().encode()), "html", id="html-gz"),
        pytest.param("a.gz", html_page(), "html", id="gz-that-is-not-gzip"),
        pytest.param("a.rss", html_page(), "html", id="rss-that-is-html"),
        pytest.param("a.xml", rss_feed([{"title": "t", "summary": EN}]), "feed", id="xml-feed"),
        pytest.param("a.txt", rss_feed([{"title": "t", "summary": EN}]), "feed", id="txt-feed"),
        pytest.param("a.xml", "not xml", "not_a_feed", id="xml-not-feed"),
        pytest.param("a.warc", warc_bytes([("https://x.example.org/a", html_page().encode())],
                                          compress=False), "warc", id="warc"),
        pytest.param("a.gz", warc_bytes([("https://x.example.org/a", html_page().encode())]),
                     "warc", id="warc-named-gz"),
        pytest.param("a.jsonl", '{"text": "' + EN.replace("\n", " ") + '"}\n', "jsonl", id="jsonl"),
        pytest.param("a.json", '{"text": "' + EN.replace("\n", " ") + '"}\n', "jsonl", id="json-lines"),
        pytest.param("a.pdf", b"%PDF-1.4\n" + bytes(100), "binary", id="pdf"),
        pytest.param("a.md", EN, "unsupported", id="markdown"),
    ],
)
def test_dispatch(tmp_path: Path, name: str, data: str | bytes, expect: str) -> None:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    [item] = read(path)
    if isinstance(item, Skip):
        assert item.reason == expect, item
        return
    kind = ("warc" if "#offset=" in item.source else "feed" if "#entry=" in item.source
            else "jsonl" if "#line=" in item.source else "html" if item.outlet else "text")
    assert kind == expect, item
    assert "migrants" in item.text.lower()


def test_folder_walk_is_sorted_recursive_and_skips_hidden_and_sidecars(tmp_path: Path) -> None:
    for rel in ("b.txt", "a.txt", "sub/c.txt", "sub/deeper/d.txt", ".hidden.txt",
                ".git/e.txt", "index.tsv"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(EN if rel != "index.tsv" else "doc_id\n", encoding="utf-8")
    sources = [Path(i.source).relative_to(tmp_path).as_posix() for i in read(tmp_path)]
    assert sources == ["a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.txt"]
    assert read(tmp_path) == read(tmp_path)


def test_missing_and_odd_sources(tmp_path: Path) -> None:
    (tmp_path / "index.tsv").write_text("doc_id\n", encoding="utf-8")
    items = read(tmp_path / "nope.txt", "ftp://example.org/x", tmp_path / "index.tsv")
    assert [(type(i).__name__, getattr(i, "reason", "")) for i in items] == [
        ("Skip", "unsupported"), ("Skip", "unsupported"), ("Skip", "unsupported")]


def test_a_sparse_200mb_file_is_skipped_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    start = time.perf_counter()
    [item] = read(big, options=ReadOptions())
    assert isinstance(item, Skip) and item.reason == "too_large"
    assert time.perf_counter() - start < 1.0


def test_max_bytes_applies_to_decompressed_data(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"caravan " * 200_000))
    [item] = read(bomb, options=ReadOptions(max_bytes=100_000, allow_fetch=False))
    assert isinstance(item, Skip) and item.reason == "too_large"


def test_hostile_corpus_every_input_is_accounted_for(tmp_path: Path) -> None:
    root = tmp_path / "hostile"
    expected = make_hostile_corpus(root)
    assert expected >= 60
    start = time.perf_counter()
    items = read(root, options=ReadOptions(timeout=2))  # fetching on: links are a closed port
    elapsed = time.perf_counter() - start
    assert elapsed < 30
    inputs = {i.source.split("#", 1)[0] for i in items}
    written = {str(p) for p in root.rglob("*") if not p.is_dir() or p.is_symlink()}
    written = {p for p in written if "/." not in p and not p.endswith("index.tsv")}
    assert written <= inputs | {str(root / "links" / "parent_dir")}
    assert len(inputs) >= expected - 1
    reasons = Counter(i.reason for i in items if isinstance(i, Skip))
    assert set(reasons) <= set(REASONS)
    for reason in ("binary", "empty", "too_large", "undecodable", "no_main_text", "truncated",
                   "not_a_feed", "bad_jsonl", "unsupported", "bad_sidecar", "offline"):
        assert reasons[reason] >= 1, reason
    drafts = [i for i in items if isinstance(i, Draft)]
    assert all(d.text.strip() and "\x00" not in d.text for d in drafts)
    by_source = {i.source.removeprefix(str(root) + "/"): i for i in items}
    expectations = {
        "binary/image_named.txt": "binary", "empty/zero.warc": "empty",
        "enc/c1_controls.txt": "undecodable", "html/no_body.html": "no_main_text",
        "feeds/not_xml.xml": "not_a_feed", "shapes/sparse_200mb.txt": "too_large",
        "gzip/truncated.html.gz": "truncated", "gzip/bomb.txt.gz": "too_large",
        "links/loop_a.txt": "unsupported", "links/pipe.txt": "unsupported",
        "badsidecar/index.tsv": "bad_sidecar", "jsonl/broken_lines.jsonl#line=2": "bad_jsonl",
    }
    for source, reason in expectations.items():
        item = by_source[source]
        assert isinstance(item, Skip) and item.reason == reason, (source, item)
    for source in ("enc/cp1252.txt", "enc/utf16_nobom.txt", "html/as_text.txt",
                   "enc/html_wrong_charset.html", "shapes/folder.txt/inside.txt",
                   "shapes/huge_single_line.txt", "links/to_valid.txt", "gzip/not_gzip.gz"):
        assert isinstance(by_source[source], Draft), source
    assert by_source["sidecar/baddate.txt"].notes == ("unparsed date: '2018-13-45'",)  # type: ignore[union-attr]
    print(f"hostile corpus: {expected} inputs, {len(drafts)} drafts, "
          f"{sum(reasons.values())} skips {dict(sorted(reasons.items()))}, {elapsed:.1f} s")


def test_a_reader_crash_becomes_a_skip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import caravanwatch.ingest.text as text_module

    def boom(*args: object, **kwargs: object) -> Draft:
        raise RuntimeError("bug")

    monkeypatch.setattr(text_module, "read_text", boom)
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "b.html").write_text(html_page(), encoding="utf-8")
    items = read(tmp_path)
    assert isinstance(items[0], Skip) and items[0].reason == "unsupported"
    assert "RuntimeError" in items[0].detail
    assert isinstance(items[1], Draft)


def test_archive_larger_than_the_cap_is_streamed_record_by_record(tmp_path: Path) -> None:
    """The size cap is per record for WARC: a big archive of small pages is read whole."""
    pages = [(f"https://news.example.org/big-{i}", html_page(
        EN + f"\n\nStory {i} of a large crawl.", date=None, url=None).encode())
        for i in range(6)]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_bytes(pages))
    cap = path.stat().st_size // 2  # the file is bigger than the cap, every record smaller
    items = list(iter_drafts([str(path)], ReadOptions(max_bytes=cap, detect_language=False)))
    assert [type(i).__name__ for i in items] == ["Draft"] * 6
