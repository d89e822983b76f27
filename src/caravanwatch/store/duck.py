"""The DuckDB store: one file (or ``:memory:``) holding every stage's output.

Every write is one transaction per batch, so an interrupted run (Ctrl-C, ``kill -9``)
keeps what it committed and the next run resumes.  All values go through SQL parameters;
table names, which cannot, are checked against :data:`migrations.TABLES`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

import duckdb

from caravanwatch.errors import StoreError
from caravanwatch.records import Article, Extraction, Skip
from caravanwatch.store.extracted import ExtractedRows
from caravanwatch.store.links import LinkTables, first_row
from caravanwatch.store.migrations import LATEST_VERSION, MIGRATIONS, SCHEMA_VERSION_TABLE, TABLES

logger = logging.getLogger(__name__)

ExportFormat = Literal["csv", "jsonl", "parquet"]
EXPORT_FORMATS: tuple[str, ...] = ("csv", "jsonl", "parquet")

_ARTICLE_COLUMNS = (
    "id", "url", "outlet", "title", "published", "published_basis", "language", "text",
    "source", "content_hash", "encoding", "duplicate_of", "notes", "ingested_at",
)


def _utc_naive(value: dt.datetime) -> dt.datetime:
    """DuckDB TIMESTAMP columns hold naive UTC; aware datetimes are converted."""
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def row_id(prefix: str, *parts: object) -> str:
    """A deterministic id for an extracted row, so re-extraction gives the same ids."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return prefix + digest[:16]



def connect_duckdb(name: str, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection, or a :class:`StoreError` that says why not (locked by
    another process, not a database...)."""
    try:
        return duckdb.connect(name, read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise StoreError(
                f"database {name!r} is in use by another process (DuckDB allows one "
                "writer, and no reader beside it); wait for it to finish or use another --db"
            ) from exc
        raise StoreError(f"cannot open database {name!r}: {exc}") from exc
    except duckdb.Error as exc:
        raise StoreError(f"cannot open database {name!r}: {exc}") from exc

class Store(ExtractedRows, LinkTables):
    """A connection to a caravanwatch database.  Use :meth:`open` as a context manager.

    Reading extracted rows back as records is in :class:`~.extracted.ExtractedRows`, the
    link stage's tables in :class:`~.links.LinkTables`.
    """

    def __init__(self, conn: duckdb.DuckDBPyConnection, path: str) -> None:
        self._conn = conn
        self.path = path
        self._in_transaction = False

    # -- opening and schema -------------------------------------------------------------

    @classmethod
    @contextmanager
    def open(cls, path: str | Path = ":memory:", *, migrate: bool = True) -> Iterator[Store]:
        """Open (creating or migrating) the database at ``path``; close it on exit."""
        store = cls.connect(path, migrate=migrate)
        try:
            yield store
        finally:
            store.close()

    @classmethod
    def connect(cls, path: str | Path = ":memory:", *, migrate: bool = True) -> Store:
        """Open without a context manager; the caller must :meth:`close`."""
        name = str(path)
        if name != ":memory:":
            parent = Path(name).expanduser().parent
            if not parent.exists():
                raise StoreError(
                    f"cannot create database {name!r}: folder {str(parent)!r} does not exist"
                )
        conn = connect_duckdb(name)
        store = cls(conn, name)
        try:
            store._check_and_migrate(LATEST_VERSION if migrate else None)
        except BaseException:
            conn.close()
            raise
        return store

    def close(self) -> None:
        self._conn.close()

    def schema_version(self) -> int:
        row = first_row(self._conn.execute("SELECT max(version) FROM schema_version"))
        return int(row[0]) if row and row[0] is not None else 0

    def _check_and_migrate(self, target: int | None) -> None:
        try:
            self._conn.execute(SCHEMA_VERSION_TABLE)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path!r} is not a caravanwatch database: {exc}") from exc
        current = self.schema_version()
        if current > LATEST_VERSION:
            raise StoreError(
                f"database {self.path!r} has schema version {current}, newer than this "
                f"caravanwatch understands ({LATEST_VERSION}); upgrade caravanwatch "
                "or use another --db"
            )
        if target is None:
            return
        self.migrate(target)

    def migrate(self, target: int = LATEST_VERSION) -> None:
        """Run the migrations from the current version up to ``target``."""
        current = self.schema_version()
        for version in range(current + 1, target + 1):
            logger.info("migrating %s to schema version %d", self.path, version)
            with self.transaction():
                self._conn.execute(MIGRATIONS[version - 1])
                self._conn.execute(
                    "INSERT INTO schema_version VALUES (?, ?)", [version, _utc_naive(utcnow())]
                )

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction; nested uses join the outer one."""
        if self._in_transaction:
            yield
            return
        self._conn.execute("BEGIN TRANSACTION")
        self._in_transaction = True
        try:
            yield
        except BaseException:
            self._in_transaction = False
            self._conn.execute("ROLLBACK")
            raise
        self._in_transaction = False
        self._conn.execute("COMMIT")

    # -- articles -----------------------------------------------------------------------

    def upsert_articles(
        self, batch: Sequence[Article], signatures: Mapping[str, tuple[int, int, str, bytes]] | None = None
    ) -> int:
        """Insert or replace ``batch`` and MinHash ``signatures`` in one transaction.

        ``signatures`` maps an article id to (num_perm, seed, scheme, signature bytes).
        """
        if not batch and not signatures:
            return 0
        rows = [
            (
                a.id, a.url, a.outlet, a.title, a.published, a.published_basis, a.language,
                a.text, a.source, a.content_hash, a.encoding, a.duplicate_of, list(a.notes),
                _utc_naive(a.ingested_at),
            )
            for a in batch
        ]
        placeholders = ", ".join("?" for _ in _ARTICLE_COLUMNS)
        with self.transaction():
            if rows:
                self._conn.executemany(
                    "DELETE FROM articles WHERE id = ?", [(r[0],) for r in rows]
                )
                self._conn.executemany(
                    f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)}) VALUES ({placeholders})",
                    rows,
                )
            if signatures:
                self._conn.executemany(
                    "INSERT OR REPLACE INTO minhash VALUES (?, ?, ?, ?, ?)",
                    [(aid, *sig) for aid, sig in signatures.items()],
                )
        return len(rows)

    def has_article(self, article_id: str) -> bool:
        row = first_row(self._conn.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]))
        return row is not None

    def article_ids(self) -> set[str]:
        """Every stored id, for cheap already-present checks on resume."""
        return {r[0] for r in self._conn.execute("SELECT id FROM articles").fetchall()}

    def article_hashes(self) -> dict[str, str]:
        """id -> content_hash of every stored article (tells a rerun from an id clash)."""
        return {i: h for i, h in self._conn.execute("SELECT id, content_hash FROM articles").fetchall()}

    def original_hashes(self) -> dict[str, str]:
        """content_hash -> id of the first (non-duplicate) article with that text."""
        rows = self._conn.execute(
            "SELECT content_hash, min(id) FROM articles WHERE duplicate_of IS NULL "
            "GROUP BY content_hash"
        ).fetchall()
        return {h: i for h, i in rows}

    def iter_signatures(self) -> Iterator[tuple[str, int, int, str, bytes]]:
        """(article_id, num_perm, seed, scheme, signature) of stored original articles."""
        rows = self._conn.execute(
            "SELECT m.article_id, m.num_perm, m.seed, m.scheme, m.signature FROM minhash m "
            "JOIN articles a ON a.id = m.article_id WHERE a.duplicate_of IS NULL "
            "ORDER BY m.article_id"
        ).fetchall()
        for aid, n, seed, scheme, sig in rows:
            yield str(aid), int(n), int(seed), str(scheme), bytes(sig)

    def get_article(self, article_id: str) -> Article | None:
        row = first_row(self._conn.execute(
            f"SELECT {', '.join(_ARTICLE_COLUMNS)} FROM articles WHERE id = ?", [article_id]
        ))
        return _article(row) if row else None

    def iter_articles(
        self,
        *,
        language: str | None = None,
        not_extracted: bool = False,
        include_duplicates: bool = False,
        ids: Iterable[str] | None = None,
        page_size: int = 200,
    ) -> Iterator[Article]:
        """Stored articles in id order.

        ``not_extracted`` keeps those without a successful extraction (no ``extractions``
        row, or one whose status is not ``extracted``); duplicates are left out unless
        ``include_duplicates``: they are never extracted.  Pages are fetched whole, so
        the caller may write (``save_extractions``) while iterating.
        """
        where: list[str] = []
        params: list[Any] = []
        if language is not None:
            where.append("a.language = ?")
            params.append(language)
        if not include_duplicates:
            where.append("a.duplicate_of IS NULL")
        if not_extracted:
            where.append(
                "NOT EXISTS (SELECT 1 FROM extractions x WHERE x.article_id = a.id "
                "AND x.status = 'extracted')"
            )
        if ids is not None:
            wanted = list(ids)
            where.append("list_contains(?, a.id)")
            params.append(wanted)
        sql = "SELECT a.id FROM articles a"
        if where:
            sql += " WHERE " + " AND ".join(where)
        all_ids = [r[0] for r in self._conn.execute(sql + " ORDER BY a.id", params).fetchall()]
        cols = ", ".join(_ARTICLE_COLUMNS)
        for start in range(0, len(all_ids), page_size):
            page = all_ids[start : start + page_size]
            rows = self._conn.execute(
                f"SELECT {cols} FROM articles WHERE list_contains(?, id) ORDER BY id", [page]
            ).fetchall()
            for row in rows:
                yield _article(row)

    # -- skipped inputs -----------------------------------------------------------------

    def record_skips(self, batch: Sequence[Skip]) -> int:
        """Record skipped inputs; a (source, reason) seen before only bumps its count."""
        if not batch:
            return 0
        now = _utc_naive(utcnow())
        with self.transaction():
            self._conn.executemany(
                "INSERT INTO skipped (source, reason, detail, first_seen, last_seen, count) "
                "VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT (source, reason) DO UPDATE SET "
                "detail = excluded.detail, last_seen = excluded.last_seen, "
                "count = skipped.count + 1",
                [(s.source, s.reason, s.detail, now, now) for s in batch],
            )
        return len(batch)

    def iter_skips(self) -> Iterator[tuple[str, str, str, int]]:
        """(source, reason, detail, count) of every skipped input."""
        rows = self._conn.execute(
            "SELECT source, reason, detail, count FROM skipped ORDER BY source, reason"
        ).fetchall()
        for source, reason, detail, count in rows:
            yield str(source), str(reason), str(detail or ""), int(count)

    # -- extractions --------------------------------------------------------------------

    def save_extractions(self, batch: Sequence[Extraction]) -> int:
        """Store each extraction, replacing its article's previous rows, in one transaction."""
        if not batch:
            return 0
        now = _utc_naive(utcnow())
        ids = [(x.article_id,) for x in batch]
        events: list[tuple[Any, ...]] = []
        figures: list[tuple[Any, ...]] = []
        quotes: list[tuple[Any, ...]] = []
        for x in batch:
            for n, e in enumerate(x.events):
                events.append((
                    row_id("e", x.article_id, n, e.type, e.span.start, e.span.end, e.extractor),
                    x.article_id, e.type, e.modality, e.date, e.place, e.country, e.lat, e.lon,
                    e.size, e.size_qualifier, list(e.origin), e.evidence, e.span.start,
                    e.span.end, e.trigger, e.extractor,
                ))
            for n, f in enumerate(x.figures):
                figures.append((
                    row_id("f", x.article_id, n, f.span.start, f.span.end, f.extractor),
                    x.article_id, float(f.value), f.qualifier, f.unit, f.measure, f.subject,
                    f.period, f.source, f.evidence, f.span.start, f.span.end, f.extractor,
                ))
            for n, q in enumerate(x.quotes):
                quotes.append((
                    row_id("q", x.article_id, n, q.span.start, q.span.end, q.extractor),
                    x.article_id, q.speaker, q.role, q.text, q.start_words, q.span.start,
                    q.span.end, q.extractor,
                ))
        with self.transaction():
            for table in ("events", "figures", "quotes", "extractions"):
                self._conn.executemany(f"DELETE FROM {table} WHERE article_id = ?", ids)
            self._conn.executemany(
                "INSERT INTO extractions VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (x.article_id, x.status, x.reason, x.extractor_version, list(x.labels), now)
                    for x in batch
                ],
            )
            if events:
                self._conn.executemany(
                    "INSERT INTO events VALUES (" + ", ".join("?" * 17) + ")", events
                )
            if figures:
                self._conn.executemany(
                    "INSERT INTO figures VALUES (" + ", ".join("?" * 13) + ")", figures
                )
            if quotes:
                self._conn.executemany(
                    "INSERT INTO quotes VALUES (" + ", ".join("?" * 9) + ")", quotes
                )
        return len(batch)

    # -- runs, counts, export -----------------------------------------------------------

    def start_run(self, command: str) -> int:
        row = first_row(self._conn.execute(
            "INSERT INTO runs (command, started) VALUES (?, ?) RETURNING run_id",
            [command, _utc_naive(utcnow())],
        ))
        assert row is not None
        return int(row[0])

    def finish_run(self, run_id: int, counts: Mapping[str, Any]) -> None:
        self._conn.execute(
            "UPDATE runs SET finished = ?, counts = ? WHERE run_id = ?",
            [_utc_naive(utcnow()), json.dumps(counts, sort_keys=True, default=str), run_id],
        )

    def counts(self) -> dict[str, int]:
        """Row count of every table, plus ``duplicates`` (articles with duplicate_of)."""
        out: dict[str, int] = {}
        for table in TABLES:
            row = first_row(self._conn.execute(f"SELECT count(*) FROM {table}"))
            out[table] = int(row[0]) if row else 0
        row = first_row(self._conn.execute(
            "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"
        ))
        out["duplicates"] = int(row[0]) if row else 0
        return out

    def language_counts(self) -> dict[str, int]:
        rows = self._conn.execute(
            "SELECT coalesce(language, 'unknown'), count(*) FROM articles GROUP BY 1 ORDER BY 1"
        ).fetchall()
        return {str(k): int(v) for k, v in rows}

    def export(self, table: str, fmt: str, path: str | Path) -> Path:
        """Write ``table`` to ``path`` with DuckDB's COPY (csv with header, jsonl, parquet)."""
        if table not in TABLES:
            raise StoreError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
        options = {
            "csv": "FORMAT csv, HEADER true",
            "jsonl": "FORMAT json",
            "parquet": "FORMAT parquet",
        }.get(fmt)
        if options is None:
            raise StoreError(f"unknown export format {fmt!r}; choose csv, jsonl or parquet")
        out = Path(path)
        try:
            self._conn.execute(
                f"COPY (SELECT * FROM {table} ORDER BY ALL) TO ? ({options})", [str(out)]
            )
        except duckdb.Error as exc:
            raise StoreError(f"cannot export {table} to {str(out)!r}: {exc}") from exc
        return out

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        """Run a read query (for tests, reports and the web app); returns all rows."""
        return self._conn.execute(sql, params or []).fetchall()


def _article(row: Sequence[Any]) -> Article:
    values = dict(zip(_ARTICLE_COLUMNS, row, strict=True))
    ingested = values["ingested_at"]
    if isinstance(ingested, dt.datetime) and ingested.tzinfo is None:
        ingested = ingested.replace(tzinfo=dt.UTC)
    return Article(
        id=values["id"],
        text=values["text"],
        source=values["source"],
        content_hash=values["content_hash"],
        ingested_at=ingested,
        title=values["title"],
        url=values["url"],
        outlet=values["outlet"],
        published=values["published"],
        published_basis=values["published_basis"],
        language=values["language"],
        encoding=values["encoding"],
        duplicate_of=values["duplicate_of"],
        notes=tuple(values["notes"] or ()),
    )
