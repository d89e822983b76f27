"""The DuckDB store: migrations, articles, skips, extractions, export."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from caravanwatch.errors import StoreError
from caravanwatch.records import Article, Event, Extraction, Figure, Quote, Skip, Span
from caravanwatch.store import LATEST_VERSION, TABLES, Store
from caravanwatch.store.migrations import MIGRATIONS


def _tables(path: Path) -> set[str]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    finally:
        con.close()


# -- migrations -------------------------------------------------------------------------


def test_fresh_database_has_latest_schema(db_path: Path) -> None:
    with Store.open(db_path) as s:
        assert s.schema_version() == LATEST_VERSION == len(MIGRATIONS)
    assert set(TABLES) | {"schema_version"} <= _tables(db_path)


def test_reopening_does_not_migrate_again(db_path: Path) -> None:
    with Store.open(db_path):
        pass
    with Store.open(db_path) as s:
        rows = s.execute("SELECT version FROM schema_version ORDER BY version")
    assert [r[0] for r in rows] == list(range(1, LATEST_VERSION + 1))


def test_older_database_is_upgraded_and_keeps_its_rows(
    db_path: Path, make_article: Callable[..., Article]
) -> None:
    with Store.open(db_path, migrate=False) as s:
        s.migrate(1)
        s.upsert_articles([make_article(id="old")])
        assert s.schema_version() == 1
    assert "events" not in _tables(db_path)
    with Store.open(db_path) as s:
        assert s.schema_version() == LATEST_VERSION
        assert s.has_article("old")
    assert {"minhash", "events", "figures", "quotes"} <= _tables(db_path)


def test_newer_database_is_refused(db_path: Path) -> None:
    with Store.open(db_path):
        pass
    con = duckdb.connect(str(db_path))
    con.execute("INSERT INTO schema_version VALUES (?, now())", [LATEST_VERSION + 5])
    con.close()
    with pytest.raises(StoreError, match=r"schema version \d+, newer than"), Store.open(db_path):
        pass


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store.connect(tmp_path / "nope" / "x.duckdb")


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(b"this is not a duckdb file at all" * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        Store.connect(bad)


def test_locked_database_is_a_clear_error(db_path: Path) -> None:
    holder = textwrap.dedent(
        f"""
        import sys, time
        from caravanwatch.store import Store
        s = Store.connect({str(db_path)!r})
        print("ready", flush=True)
        sys.stdin.readline()
        s.close()
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", holder], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="in use by another process"):
            Store.connect(db_path)
    finally:
        assert proc.stdin is not None
        proc.stdin.write("\n")
        proc.stdin.close()
        proc.wait(timeout=30)


# -- articles -----------------------------------------------------------------------------


def test_articles_round_trip(store: Store, make_article: Callable[..., Article]) -> None:
    a = make_article(
        id="a1", title="Caravan sets off", url="https://example.org/a1", outlet="Example",
        notes=("encoding guessed",), encoding="cp1252",
    )
    assert store.upsert_articles([a]) == 1
    assert store.has_article("a1") and not store.has_article("zz")
    assert store.get_article("a1") == a
    assert list(store.iter_articles()) == [a]


def test_upsert_replaces_same_id(store: Store, make_article: Callable[..., Article]) -> None:
    store.upsert_articles([make_article(id="a1", title="first")])
    store.upsert_articles([make_article(id="a1", title="second")])
    assert store.counts()["articles"] == 1
    got = store.get_article("a1")
    assert got is not None and got.title == "second"


def test_iter_articles_filters(store: Store, make_article: Callable[..., Article]) -> None:
    store.upsert_articles([
        make_article(id="en1", language="en"),
        make_article(id="es1", language="es"),
        make_article(id="en2", language="en", duplicate_of="en1"),
        make_article(id="en3", language="en"),
    ])
    store.save_extractions([Extraction("en3", "extracted")])
    ids = lambda **kw: [a.id for a in store.iter_articles(**kw)]
    assert ids() == ["en1", "en3", "es1"]
    assert ids(include_duplicates=True) == ["en1", "en2", "en3", "es1"]
    assert ids(language="en") == ["en1", "en3"]
    assert ids(not_extracted=True) == ["en1", "es1"]
    assert ids(ids=["es1", "en2"], include_duplicates=True) == ["en2", "es1"]
    assert ids(page_size=1) == ["en1", "en3", "es1"]


def test_original_hashes_and_ids(store: Store, make_article: Callable[..., Article]) -> None:
    store.upsert_articles([
        make_article(id="o", content_hash="h1"),
        make_article(id="d", content_hash="h1", duplicate_of="o"),
    ])
    assert store.original_hashes() == {"h1": "o"}
    assert store.article_ids() == {"o", "d"}


# -- skipped ------------------------------------------------------------------------------


def test_skips_do_not_duplicate_on_rerun(store: Store) -> None:
    batch = [Skip("/x/a.bin", "binary", "NUL bytes"), Skip("/x/b.txt", "empty")]
    store.record_skips(batch)
    store.record_skips(batch)
    rows = list(store.iter_skips())
    assert rows == [("/x/a.bin", "binary", "NUL bytes", 2), ("/x/b.txt", "empty", "", 2)]
    assert store.counts()["skipped"] == 2


def test_same_source_two_reasons_are_two_rows(store: Store) -> None:
    store.record_skips([Skip("/x/a", "timeout"), Skip("/x/a", "fetch_failed")])
    assert store.counts()["skipped"] == 2


# -- extractions --------------------------------------------------------------------------


def _extraction(article_id: str, n_events: int) -> Extraction:
    events = tuple(
        Event(
            article_id=article_id, type="depart", modality="actual",
            evidence=f"The caravan left town {i}.", span=Span(10 * i, 10 * i + 9),
            date=dt.date(2018, 10, 13), place="San Pedro Sula", country="HN",
            lat=15.5, lon=-88.0, size=1000 + i, size_qualifier="about",
            origin=("HN", "SV"), trigger="left", extractor="rules-v1",
        )
        for i in range(n_events)
    )
    figure = Figure(
        article_id=article_id, value=2.5, unit="people", evidence="2.5 people", span=Span(0, 3),
        qualifier="more_than", measure="apprehensions", source="CBP", extractor="figures-v1",
    )
    quote = Quote(
        article_id=article_id, speaker="Ana", text="We will keep walking north together",
        span=Span(5, 40), role="migrant", extractor="quotes-v1",
    )
    return Extraction(
        article_id, "extracted", events=events, figures=(figure,), quotes=(quote,),
        extractor_version="test",
    )


def test_save_extractions_replaces_previous_rows(
    store: Store, make_article: Callable[..., Article]
) -> None:
    store.upsert_articles([make_article(id="a1"), make_article(id="a2")])
    store.save_extractions([_extraction("a1", 3), _extraction("a2", 1)])
    first_ids = {r[0] for r in store.execute("SELECT id FROM events WHERE article_id = 'a1'")}
    store.save_extractions([_extraction("a1", 2)])
    counts = store.counts()
    assert (counts["events"], counts["figures"], counts["quotes"]) == (3, 2, 2)
    assert counts["extractions"] == 2
    again = {r[0] for r in store.execute("SELECT id FROM events WHERE article_id = 'a1'")}
    assert again < first_ids  # deterministic ids: the same events keep the same id
    row = store.execute(
        "SELECT origin, size, lat, evidence, start_char FROM events ORDER BY id LIMIT 1"
    )[0]
    assert row[0] == ["HN", "SV"] and row[3].startswith("The caravan")


def test_not_extracted_status_is_stored(store: Store, make_article: Callable[..., Article]) -> None:
    store.upsert_articles([make_article(id="es1", language="es")])
    store.save_extractions([Extraction("es1", "not_extracted", reason="no extractor for es")])
    assert store.execute("SELECT status, reason FROM extractions") == [
        ("not_extracted", "no extractor for es")
    ]
    assert [a.id for a in store.iter_articles(not_extracted=True)] == ["es1"]


# -- runs, counts, export -----------------------------------------------------------------


def test_runs_are_logged(store: Store) -> None:
    run = store.start_run("ingest x")
    store.finish_run(run, {"stored": 3})
    ((command, counts),) = store.execute("SELECT command, counts FROM runs")
    assert command == "ingest x" and json.loads(counts) == {"stored": 3}


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"], ids=["csv", "jsonl", "parquet"])
def test_export_reads_back_with_duckdb(
    fmt: str, tmp_path: Path, store: Store, make_article: Callable[..., Article]
) -> None:
    store.upsert_articles([make_article(id=f"a{i}", title=f"T, \"{i}\"\n") for i in range(3)])
    store.upsert_articles([make_article(id="a1")])
    store.save_extractions([_extraction("a1", 2)])
    for table in ("articles", "events"):
        out = store.export(table, fmt, tmp_path / f"{table}.{fmt}")
        reader = {"csv": "read_csv", "jsonl": "read_json", "parquet": "read_parquet"}[fmt]
        rows = duckdb.sql(f"SELECT id FROM {reader}(?) ORDER BY id", params=[str(out)]).fetchall()
        assert len(rows) == (3 if table == "articles" else 2)
    if fmt == "parquet":
        got = duckdb.sql("SELECT origin FROM read_parquet(?) LIMIT 1",
                         params=[str(tmp_path / "events.parquet")]).fetchone()
        assert got == (["HN", "SV"],)


@pytest.mark.parametrize(
    ("table", "fmt", "message"),
    [("articles; drop table x", "csv", "unknown table"), ("articles", "xml", "unknown export")],
    ids=["bad-table", "bad-format"],
)
def test_export_rejects_bad_arguments(
    store: Store, tmp_path: Path, table: str, fmt: str, message: str
) -> None:
    with pytest.raises(StoreError, match=message):
        store.export(table, fmt, tmp_path / "x")


def test_counts_cover_every_table(store: Store) -> None:
    assert set(store.counts()) == set(TABLES) | {"duplicates"}
