"""text.py: plain text with an index.tsv sidecar, flags, dates in URLs, titles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from caravanwatch.ingest.sources import ReadOptions, iter_drafts
from caravanwatch.ingest.text import date_from_url, guess_title, parse_date
from caravanwatch.records import Draft, Skip

BODY = (
    "Migrants reach the border crossing\n\n"
    "Several hundred migrants reached the border crossing on Tuesday after walking for "
    "three days. Officials said the group would be allowed to rest in a shelter.\n"
)
HEADER = "doc_id\tpublished\toutlet\turl\tlanguage\tcaravan\n"


def drafts(*sources: Path | str, **flags: object) -> list[Draft]:
    items = list(iter_drafts([str(s) for s in sources], ReadOptions(**flags)))  # type: ignore[arg-type]
    assert all(isinstance(i, Draft) for i in items), items
    return items  # type: ignore[return-value]


def test_sidecar_in_the_same_folder(tmp_path: Path) -> None:
    (tmp_path / "a1.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "index.tsv").write_text(
        HEADER + "a1\t2018-10-18\tThe Daily\thttps://daily.example.org/x\ten\tignored\n",
        encoding="utf-8",
    )
    [d] = drafts(tmp_path, published=dt.date(2000, 1, 1), outlet="Flag Outlet")
    assert (d.doc_id, d.published, d.published_basis, d.outlet, d.url, d.language) == (
        "a1", dt.date(2018, 10, 18), "sidecar", "The Daily", "https://daily.example.org/x", "en"
    )
    assert d.title == "Migrants reach the border crossing"
    assert d.source == str(tmp_path / "a1.txt")


def test_sidecar_in_the_parent_folder_like_the_devset(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "b2.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "index.tsv").write_text(HEADER + "b2\t2021-08-30\tWire\t\tes\t\n", encoding="utf-8")
    [d] = drafts(tmp_path / "articles")
    assert (d.published, d.published_basis, d.outlet, d.url, d.language) == (
        dt.date(2021, 8, 30), "sidecar", "Wire", None, "es"
    )


def test_flags_apply_without_a_sidecar_row(tmp_path: Path) -> None:
    (tmp_path / "c3.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "index.tsv").write_text(HEADER + "other\t2018-10-18\tX\t\ten\t\n", encoding="utf-8")
    [d] = drafts(tmp_path / "c3.txt", published=dt.date(2019, 1, 16), outlet="Reuters",
                 url="https://r.example.com/a")
    assert (d.published, d.published_basis, d.outlet, d.url) == (
        dt.date(2019, 1, 16), "flag", "Reuters", "https://r.example.com/a"
    )
    assert d.language == "en"  # detected


@pytest.mark.parametrize(
    ("row", "published", "basis", "note"),
    [
        pytest.param("d\t2018-13-45\tO\t\ten\n", None, "unknown", "unparsed date: '2018-13-45'",
                     id="impossible-date"),
        pytest.param("d\tlast Tuesday\tO\t\ten\n", None, "unknown",
                     "unparsed date: 'last Tuesday'", id="words"),
        pytest.param("d\t\tO\thttps://x.example.org/2018/10/21/story\ten\n", dt.date(2018, 10, 21),
                     "url", None, id="date-from-url"),
        pytest.param("d\t\tO\t\ten\n", None, "unknown", None, id="no-date"),
        pytest.param("d\tOctober 29, 2018\tO\t\ten\n", dt.date(2018, 10, 29), "sidecar", None,
                     id="written-date"),
    ],
)
def test_sidecar_dates(tmp_path: Path, row: str, published: dt.date | None, basis: str,
                       note: str | None) -> None:
    (tmp_path / "d.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "index.tsv").write_text(HEADER.replace("\tcaravan", "") + row, encoding="utf-8")
    [d] = drafts(tmp_path, published=dt.date(2000, 1, 1))
    assert (d.published, d.published_basis) == (published, basis)
    assert d.notes == ((note,) if note else ())
    assert d.outlet == "O"


def test_short_sidecar_rows_and_empty_cells(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "index.tsv").write_text(HEADER + "e\t2018-10-22\n", encoding="utf-8")
    [d] = drafts(tmp_path)
    assert (d.published, d.outlet, d.url) == (dt.date(2018, 10, 22), None, None)


def test_a_broken_sidecar_is_reported_once_and_flags_apply(tmp_path: Path) -> None:
    for name in ("f1.txt", "f2.txt"):
        (tmp_path / name).write_text(BODY, encoding="utf-8")
    (tmp_path / "index.tsv").write_text("published\toutlet\n2018-01-01\tX\n", encoding="utf-8")
    items = list(iter_drafts([str(tmp_path)], ReadOptions(outlet="Flag")))
    skips = [i for i in items if isinstance(i, Skip)]
    assert [(s.source, s.reason) for s in skips] == [(str(tmp_path / "index.tsv"), "bad_sidecar")]
    assert [d.outlet for d in items if isinstance(d, Draft)] == ["Flag", "Flag"]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.wsws.org/en/articles/2018/10/18/hond-o18.html", dt.date(2018, 10, 18)),
        ("https://www.theguardian.com/world/2018/oct/18/one-step", dt.date(2018, 10, 18)),
        ("https://x.example.com/news/2021-08-31-story", dt.date(2021, 8, 31)),
        ("https://x.example.com/20191231/story", dt.date(2019, 12, 31)),
        ("https://x.example.com/2018/10/caravans.html", None),
        ("https://x.example.com/article/1349366-410/x", None),
        ("https://x.example.com/2018/13/45/x", None),
        (None, None),
    ],
)
def test_date_from_url(url: str | None, expected: dt.date | None) -> None:
    assert date_from_url(url) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2018-10-18", dt.date(2018, 10, 18)), ("2018-10-18T23:10:00Z", dt.date(2018, 10, 18)),
     ("Mon, 22 Oct 2018 10:00:00 GMT", dt.date(2018, 10, 22)),
     ("18 October 2018", dt.date(2018, 10, 18)), ("0218-10-18", None), ("soon", None),
     ("", None)],
)
def test_parse_date(value: str, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("A caravan sets out\n\nBody text here.", "A caravan sets out"),
        ("Migrants walked north on Sunday and reached the river.\nMore text.", None),
        ("Only one line without a break", None),
        ("x" * 250 + "\nbody", None),
        ("Is the caravan over?\nbody", "Is the caravan over?"),
    ],
    ids=["headline", "sentence", "single-line", "too-long", "question"],
)
def test_guess_title(text: str, title: str | None) -> None:
    assert guess_title(text) == title


@pytest.mark.parametrize(
    ("data", "encoding"),
    [(BODY.replace("crossing", "cruce señalado").encode("cp1252"), "cp1252"),
     ("Año\x81\n".encode("latin-1") + BODY.encode("latin-1"), "latin-1"),
     (b"\xef\xbb\xbf" + BODY.encode(), "utf-8-sig")],
    ids=["cp1252", "latin-1", "bom"],
)
def test_text_file_encodings(tmp_path: Path, data: bytes, encoding: str) -> None:
    (tmp_path / "enc.txt").write_bytes(data)
    [d] = drafts(tmp_path)
    assert d.encoding == encoding
    assert "\ufeff" not in d.text and "Several hundred migrants" in d.text
