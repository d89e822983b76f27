"""The web app's one handle on the database: cursors for reads, a lock for writes.

DuckDB lets one process hold a database file read-write, or several hold it read-only,
never both.  The app therefore opens **one** connection when it starts and hands out a
cursor per request (a cursor is DuckDB's duplicate connection: it shares the database
instance but has its own transaction, so it is safe to use from the request's thread):

- **read-only** (the default, ``serve`` without ``--allow-ingest``): the file is opened
  with ``read_only=True``.  Other read-only processes (``caravanwatch caravans``, a second
  ``serve``) may open it too; a writer (``caravanwatch run``) must wait until the server
  stops.  :meth:`Database.write` raises :class:`ReadOnlyDatabase`.
- **read-write** (``--allow-ingest``): the file is opened (and migrated) through
  :class:`~caravanwatch.store.Store`.  Reads still get a cursor each and see the last
  committed state (DuckDB's MVCC); :meth:`Database.write` hands out a
  :class:`~caravanwatch.store.Store` over its own cursor while holding a lock, so ingest
  jobs write one at a time, and bumps :attr:`Database.generation` when it ends so caches
  keyed on it (the search index) are rebuilt.

Both context managers yield a :class:`~caravanwatch.store.Store`, so request handlers
and ingest jobs use the same query methods.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from caravanwatch.errors import CaravanwatchError, StoreError
from caravanwatch.store import LATEST_VERSION, Store
from caravanwatch.store.duck import connect_duckdb

logger = logging.getLogger(__name__)


class ReadOnlyDatabase(CaravanwatchError):
    """A write was asked of a database the app opened read-only."""


class Database:
    """One DuckDB connection shared by the app; see the module docstring."""

    def __init__(self, path: str | Path, *, writable: bool = False) -> None:
        self.path = str(path)
        self.writable = writable
        self._lock = threading.Lock()
        self._generation = 0
        if self.path != ":memory:" and not Path(self.path).expanduser().is_file():
            raise StoreError(
                f"no database at {self.path!r}; create it with "
                f"`caravanwatch run SOURCES --db {self.path}`"
            )
        if writable:
            self._store = Store.connect(self.path)
            self._conn = self._store._conn
        else:
            self._conn = connect_duckdb(self.path, read_only=True)
            self._store = Store(self._conn, self.path)
            version = self._store.schema_version()
            if version < LATEST_VERSION:
                self._conn.close()
                raise StoreError(
                    f"database {self.path!r} has schema version {version}, older than this "
                    f"caravanwatch ({LATEST_VERSION}); run `caravanwatch link --db "
                    f"{self.path}` once to upgrade it, or serve it with --allow-ingest"
                )
        logger.info("web: opened %s %s", self.path, "read-write" if writable else "read-only")

    @property
    def generation(self) -> int:
        """How many writes have finished; caches of query results key on it."""
        return self._generation

    @contextmanager
    def read(self) -> Iterator[Store]:
        """A store over a fresh cursor, closed on exit (never write through it)."""
        cursor = self._conn.cursor()
        try:
            yield Store(cursor, self.path)
        finally:
            cursor.close()

    @contextmanager
    def write(self) -> Iterator[Store]:
        """A store over a fresh cursor for writing, one writer at a time."""
        if not self.writable:
            raise ReadOnlyDatabase(
                f"database {self.path!r} is open read-only; start `caravanwatch serve` "
                "with --allow-ingest to write through the web app"
            )
        with self._lock:
            cursor = self._conn.cursor()
            try:
                yield Store(cursor, self.path)
            finally:
                cursor.close()
                self._generation += 1

    def close(self) -> None:
        self._conn.close()


