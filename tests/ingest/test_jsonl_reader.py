"""jsonl.py: one article per line; bad lines are skipped one by one."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

from hostile import EN, ES, html_page

from caravanwatch.ingest.jsonl import read_jsonl
from caravanwatch.records import Draft, Skip


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_fields_and_bad_lines(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", [
        json.dumps({"text": EN, "url": "https://x.example.org/2018/10/21/a", "title": "T",
                    "outlet": "O", "id": "one"}),
        '{"text": "unterminated',
        "",
        json.dumps([1, 2]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": ES, "published": "2018-10-22", "language": "es-MX", "doc_id": "two"}),
        json.dumps({"text": EN, "published": "yesterday"}),
        json.dumps({"html": html_page()}),
    ])
    items = list(read_jsonl(path, str(path)))
    summary = [(i.source.rsplit("#", 1)[1], type(i).__name__, getattr(i, "reason", None))
               for i in items]
    assert summary == [
        ("line=1", "Draft", None), ("line=2", "Skip", "bad_jsonl"), ("line=4", "Skip", "bad_jsonl"),
        ("line=5", "Skip", "bad_jsonl"), ("line=6", "Draft", None), ("line=7", "Draft", None),
        ("line=8", "Draft", None),
    ]
    one, two, three, four = (i for i in items if isinstance(i, Draft))
    assert (one.doc_id, one.title, one.outlet, one.published, one.published_basis) == (
        "one", "T", "O", dt.date(2018, 10, 21), "url")
    assert (two.doc_id, two.language, two.published, two.published_basis) == (
        "two", "es", dt.date(2018, 10, 22), "metadata")
    assert (three.published, three.notes) == (None, ("unparsed date: 'yesterday'",))
    assert four.outlet == "Example News" and "volunteers" in four.text


def test_gzip_and_truncated_gzip(tmp_path: Path) -> None:
    body = ("\n".join(json.dumps({"text": f"{EN} {i}"}) for i in range(30)) + "\n").encode()
    whole = tmp_path / "w.jsonl.gz"
    whole.write_bytes(gzip.compress(body))
    assert sum(isinstance(i, Draft) for i in read_jsonl(whole, str(whole))) == 30
    cut = tmp_path / "c.jsonl.gz"
    cut.write_bytes(gzip.compress(body)[:-30])
    items = list(read_jsonl(cut, str(cut)))
    assert isinstance(items[-1], Skip) and items[-1].reason == "truncated"
    assert all(isinstance(i, Draft) for i in items[:-1]) and len(items) > 5


def test_a_line_over_the_cap_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    path = write(tmp_path / "big.jsonl", [json.dumps({"text": "x " * 5000}), json.dumps({"text": EN})])
    items = list(read_jsonl(path, str(path), max_bytes=8000))
    assert [(type(i).__name__, getattr(i, "reason", None)) for i in items] == [
        ("Skip", "too_large"), ("Draft", None)]


def test_non_utf8_line_is_decoded_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "cp.jsonl"
    path.write_bytes((json.dumps({"text": "señora " + ES}, ensure_ascii=False) + "\n").encode("cp1252"))
    [d] = list(read_jsonl(path, str(path)))
    assert isinstance(d, Draft) and d.text.startswith("señora") and d.encoding == "cp1252"
