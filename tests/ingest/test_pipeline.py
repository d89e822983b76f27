"""The ingest pipeline: ids, hashes, language, batching, skips, idempotent reruns.

Most tests feed drafts through a stand-in reader so they do not depend on the file
readers; the tests at the end use the real ones (:mod:`caravanwatch.ingest.sources`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

import pytest

from caravanwatch.ingest.pipeline import article_id, content_hash, finalize, ingest, normalize_text
from caravanwatch.records import Draft, Skip
from caravanwatch.store import Store

Reader = Callable[[Sequence[str], object], Iterable[Draft | Skip]]


def _reader(items: Sequence[Draft | Skip]) -> Reader:
    def read(sources: Sequence[str], options: object) -> Iterator[Draft | Skip]:
        yield from items

    return read


def _text(n: int) -> str:
    return (
        f"Story {n}: members of caravan number {n} walked {n} kilometres on day {n}, "
        f"and volunteers in town {n} served {n * 7} meals to the families of group {n}."
    )


# -- ids, hashes, finalize ----------------------------------------------------------------


def test_normalized_text_ignores_whitespace_and_unicode_form() -> None:
    assert normalize_text("  Tecu\u0301n   Uma\u0301n\n\tbridge ") == "Tecún Umán bridge"
    assert content_hash("a  b\n") == content_hash("a b")
    assert content_hash("a b") != content_hash("a c")


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"doc_id": "h01", "url": "https://x.example/1"}, "h01"),
        ({"url": "https://x.example/1"}, "a" + hashlib.sha1(b"https://x.example/1").hexdigest()[:16]),
        ({}, "a" + hashlib.sha1(b"HASH").hexdigest()[:16]),
        ({"doc_id": "  ", "url": " "}, "a" + hashlib.sha1(b"HASH").hexdigest()[:16]),
    ],
    ids=["doc-id", "url", "content-hash", "blank-fields"],
)
def test_article_id(fields: dict[str, str], expected: str) -> None:
    assert article_id(Draft(text="t", source="s", **fields), "HASH") == expected


def test_finalize_keeps_metadata_and_detects_language() -> None:
    draft = Draft(
        text="La caravana de migrantes salió de San Pedro Sula el sábado por la mañana rumbo al norte.",
        source="/x/a.txt", title="Sale la caravana", published=dt.date(2018, 10, 13),
        published_basis="sidecar", outlet="Diario", encoding="cp1252", notes=("n",),
    )
    art = finalize(draft)
    assert art.language == "es"
    assert (art.title, art.published, art.published_basis, art.outlet, art.encoding, art.notes) == (
        "Sale la caravana", dt.date(2018, 10, 13), "sidecar", "Diario", "cp1252", ("n",)
    )
    assert art.ingested_at.tzinfo is not None and art.content_hash == content_hash(draft.text)
    assert finalize(Draft(text="Hola", source="s", language="es")).language == "es"


# -- the run ------------------------------------------------------------------------------


def test_ingest_stores_counts_and_skips(store: Store, make_draft: Callable[..., Draft]) -> None:
    items: list[Draft | Skip] = [
        make_draft(_text(1), doc_id="d1"),
        Skip("/in/bad.bin", "binary", "NUL bytes"),
        make_draft(_text(2), doc_id="d2", language="es"),
        make_draft(_text(1), doc_id="d1"),  # the same id twice in one run
    ]
    summary = ingest(["/in"], store, None, progress=False, reader=_reader(items))  # type: ignore[arg-type]
    assert summary.as_dict() == {
        "stored": 2, "already_present": 1, "duplicates": 0,
        "skipped": {"binary": 1}, "languages": {"en": 1, "es": 1},
    }
    assert store.article_ids() == {"d1", "d2"}
    assert list(store.iter_skips()) == [("/in/bad.bin", "binary", "NUL bytes", 1)]


def test_rerun_adds_nothing(store: Store, make_draft: Callable[..., Draft]) -> None:
    items: list[Draft | Skip] = [make_draft(_text(i)) for i in range(5)] + [Skip("/in/e", "empty")]
    first = ingest(["/in"], store, None, progress=False, reader=_reader(items))  # type: ignore[arg-type]
    before = store.counts()
    second = ingest(["/in"], store, None, progress=False, reader=_reader(items))  # type: ignore[arg-type]
    assert (first.stored, second.stored, second.already_present) == (5, 0, 5)
    assert store.counts() == before


def test_a_bad_draft_becomes_an_error_skip(store: Store, make_draft: Callable[..., Draft]) -> None:
    bad = Draft(text=None, source="/in/broken.txt")  # type: ignore[arg-type]
    items: list[Draft | Skip] = [make_draft(_text(1)), bad, make_draft(_text(2))]
    summary = ingest(["/in"], store, None, progress=False, reader=_reader(items))  # type: ignore[arg-type]
    assert summary.stored == 2 and summary.skipped == {"error": 1}
    ((source, reason, detail, _),) = list(store.iter_skips())
    assert (source, reason) == ("/in/broken.txt", "error") and "TypeError" in detail


def test_a_crashing_reader_stops_only_its_source(
    store: Store, make_draft: Callable[..., Draft]
) -> None:
    def read(sources: Sequence[str], options: object) -> Iterator[Draft | Skip]:
        if sources[0] == "boom":
            yield make_draft(_text(9))
            raise RuntimeError("reader bug")
        yield make_draft(_text(int(sources[0])))

    summary = ingest(["1", "boom", "2"], store, None, progress=False, reader=read)  # type: ignore[arg-type]
    assert summary.stored == 3
    assert [(s, r) for s, r, _, _ in store.iter_skips()] == [("boom", "error")]


def test_batches_are_committed_as_they_fill(
    db_path: Path, make_draft: Callable[..., Draft]
) -> None:
    """Ctrl-C mid-run commits what was read; full batches were committed on the way."""

    def read(sources: Sequence[str], options: object) -> Iterator[Draft | Skip]:
        for i in range(25):
            yield make_draft(_text(i))
        raise KeyboardInterrupt

    with Store.open(db_path) as s, pytest.raises(KeyboardInterrupt):
        ingest(["x"], s, None, progress=False, batch_size=10, reader=read)  # type: ignore[arg-type]
    with Store.open(db_path) as s:
        assert s.counts()["articles"] == 25
        assert s.counts()["minhash"] == 25


# -- with the real readers ------------------------------------------------------------------


@pytest.fixture
def sources_module() -> object:
    return pytest.importorskip("caravanwatch.ingest.sources", reason="readers not built yet")


def _options(**kw: object) -> object:
    from caravanwatch.ingest.sources import ReadOptions

    base: dict[str, object] = {
        "published": None, "outlet": None, "url": None, "allow_fetch": False,
        "timeout": 5.0, "max_bytes": 10_000_000, "user_agent": "caravanwatch-tests",
    }
    base.update(kw)
    return ReadOptions(**base)


def test_folder_twice_is_idempotent(tmp_path: Path, store: Store, sources_module: object) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(6):
        (folder / f"story{i}.txt").write_text(_text(i) + "\n" + _text(i + 100), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "blob.txt").write_bytes(bytes(range(256)) * 20)
    first = ingest([str(folder)], store, _options(), progress=False)  # type: ignore[arg-type]
    before = store.counts()
    skips_before = [(s, r) for s, r, _, _ in store.iter_skips()]
    second = ingest([str(folder)], store, _options(), progress=False)  # type: ignore[arg-type]
    assert first.stored == 6 and first.skipped_total == 2
    assert (second.stored, second.already_present, second.skipped_total) == (0, 6, 2)
    assert store.counts() == before
    assert [(s, r) for s, r, _, _ in store.iter_skips()] == skips_before


def test_devset_is_ingested_with_its_metadata(
    devset: Path, db_path: Path, sources_module: object
) -> None:
    import csv

    with (devset / "index.tsv").open(encoding="utf-8", newline="") as fh:
        index = {row["doc_id"]: row for row in csv.DictReader(fh, delimiter="\t")}
    with Store.open(db_path) as s:
        summary = ingest([str(devset / "articles")], s, _options(), progress=False)  # type: ignore[arg-type]
        assert summary.stored == len(index) == 20
        assert summary.skipped_total == 0 and summary.duplicates == 0
        got = {a.id: a for a in s.iter_articles()}
    assert set(got) == set(index)
    for doc_id, row in index.items():
        art = got[doc_id]
        assert art.published == dt.date.fromisoformat(row["published"]), doc_id
        assert art.outlet == row["outlet"], doc_id
        assert art.language == row["language"], doc_id
        assert (art.url or "") == row["url"], doc_id
        assert art.published_basis == "sidecar", doc_id
    with Store.open(db_path) as s:
        again = ingest([str(devset / "articles")], s, _options(), progress=False)  # type: ignore[arg-type]
        assert (again.stored, again.already_present) == (0, 20)
        assert s.counts()["articles"] == 20


def test_an_id_taken_by_another_text_is_not_dropped(
    store: Store, make_draft: Callable[..., Draft]
) -> None:
    """Two folders each with a story.txt: both are kept, and a rerun adds nothing."""
    items: list[Draft | Skip] = [
        make_draft(_text(1), doc_id="story", source="/one/story.txt"),
        make_draft(_text(2), doc_id="story", source="/two/story.txt"),
    ]
    first = ingest(["/"], store, None, progress=False, reader=_reader(items))  # type: ignore[arg-type]
    assert (first.stored, first.already_present) == (2, 0)
    rows = dict(store.execute("SELECT source, id FROM articles"))
    assert rows["/one/story.txt"] == "story" and rows["/two/story.txt"].startswith("a")
    moved = store.get_article(rows["/two/story.txt"])
    assert moved is not None and moved.notes == ("id story was taken by another text",)
    again = ingest(["/"], store, None, progress=False, reader=_reader(items))  # type: ignore[arg-type]
    assert (again.stored, again.already_present) == (0, 2)
