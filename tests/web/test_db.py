"""The shared database handle: read-only by default, one locked writer with ingest."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient

from caravanwatch.errors import ConfigError, StoreError
from caravanwatch.store import Store
from caravanwatch.web.app import create_app
from caravanwatch.web.db import Database, ReadOnlyDatabase


def test_read_only_refuses_writes(web_db: Path) -> None:
    db = Database(web_db)
    with db.read() as store:
        assert store.execute("SELECT count(*) FROM articles")[0][0] == 4
        with pytest.raises(duckdb.Error, match="read-only"):
            store.execute("DELETE FROM articles")
    with pytest.raises(ReadOnlyDatabase, match="--allow-ingest"), db.write():
        pass
    db.close()


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database at"):
        create_app(str(tmp_path / "missing.duckdb"))


def test_old_schema_read_only_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with Store.open(path, migrate=False) as store:
        store.migrate(3)
    with pytest.raises(StoreError, match="schema version 3"):
        Database(path)


def test_ingest_needs_a_token(web_db: Path) -> None:
    with pytest.raises(ConfigError, match="token"):
        create_app(str(web_db), allow_ingest=True)


def test_writable_reads_see_committed_writes(web_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "rw.duckdb"
    shutil.copy(web_db, path)
    db = Database(path, writable=True)
    assert db.generation == 0
    with db.write() as store:
        store.execute("UPDATE articles SET title = 'changed' WHERE id = 'w1'")
    assert db.generation == 1
    with db.read() as store:
        assert store.execute("SELECT title FROM articles WHERE id = 'w1'")[0][0] == "changed"
    db.close()


def test_writes_are_serialised(web_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "rw.duckdb"
    shutil.copy(web_db, path)
    db = Database(path, writable=True)
    inside = 0
    overlap: list[int] = []

    def work() -> None:
        nonlocal inside
        for _ in range(5):
            with db.write() as store:
                inside += 1
                overlap.append(inside)
                store.execute("UPDATE articles SET title = title WHERE id = 'w1'")
                inside -= 1

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert max(overlap) == 1 and db.generation == 20
    db.close()


def test_app_with_ingest_serves_pages(web_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "rw.duckdb"
    shutil.copy(web_db, path)
    with TestClient(create_app(str(path), allow_ingest=True, token="t")) as c:
        assert c.get("/caravans.json").json()["pagination"]["total"] == 1
        assert c.app.state.db.writable  # type: ignore[attr-defined]
