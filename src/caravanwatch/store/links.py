"""The link stage's tables (schema version 4): saving and reading linked records.

A mixin of :class:`caravanwatch.store.Store`.  :meth:`LinkTables.save_links` replaces
every link table but ``corrections`` in one transaction, so re-linking never duplicates
rows and an interrupted link leaves the previous result whole.  Corrections are only ever
appended (:meth:`LinkTables.add_correction`) and read back in order.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

import duckdb

from caravanwatch.link.caravans import Caravan, Merge, Split
from caravanwatch.link.happenings import Happening, Report
from caravanwatch.link.tracks import SizeClaim, Track, TrackPoint
from caravanwatch.records import Event, Span
from caravanwatch.store.extracted import EVENT_COLUMNS, event_from_row


def first_row(result: duckdb.DuckDBPyConnection) -> Any:
    """The first row of a query's result, reading the result to its end.

    ``fetchone`` leaves DuckDB's auto-commit transaction open while rows remain unread;
    that stale snapshot makes a later delete-and-reinsert on another cursor fail with a
    write-write conflict (seen in the web app's second ingest job).  So never leave a
    result half read.
    """
    rows = result.fetchall()
    return rows[0] if rows else None

logger = logging.getLogger(__name__)

LINK_TABLES: tuple[str, ...] = (
    "happenings", "happening_reports", "caravans", "caravan_happenings", "track_points",
    "size_claims",
)
"""Tables rebuilt by every ``link`` (``corrections`` is kept)."""


@dataclass(frozen=True, slots=True)
class CaravanRow:
    """One line of the caravan list: dates, and how many happenings, articles, outlets."""

    id: str
    name: str
    start_date: dt.date | None
    end_date: dt.date | None
    happenings: int
    sources: int  # distinct articles
    outlets: int  # distinct outlets (an article without an outlet counts as its own)
    track_days: int


@dataclass(frozen=True, slots=True)
class StoredCorrection:
    """A correction as stored: its sequence number, the operation and when it was made."""

    seq: int
    operation: Merge | Split
    created_at: dt.datetime


def _utc_naive(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


class LinkTables:
    """Store methods for the link stage's tables."""

    _conn: duckdb.DuckDBPyConnection

    def transaction(self) -> AbstractContextManager[None]:  # provided by Store
        raise NotImplementedError

    # -- writing ------------------------------------------------------------------------

    def save_links(
        self,
        happenings: Sequence[Happening],
        caravans: Sequence[Caravan],
        tracks: Sequence[Track],
        event_ids: Mapping[str, str] | None = None,
    ) -> None:
        """Replace the link tables with these records, in one transaction.

        ``event_ids`` maps a :attr:`Report.key` to its ``events`` row id (reports whose
        key is missing are stored with a NULL ``event_id``).
        """
        ids = event_ids or {}
        happening_rows = [
            (h.id, h.type, h.modality, h.date, h.place, h.country, h.lat, h.lon,
             h.size_low, h.size_high, list(h.origin))
            for h in happenings
        ]
        report_rows = [
            (h.id, r.event.article_id, ids.get(r.key), r.event.span.start, r.event.span.end,
             r.event.type, r.event.size, r.event.size_qualifier)
            for h in happenings for r in h.reports
        ]
        caravan_rows = [
            (c.id, c.name, c.origin_place, c.origin_country, c.start_date, c.end_date,
             list(c.nationalities))
            for c in caravans
        ]
        member_rows = [
            (c.id, hid, n) for c in caravans for n, hid in enumerate(c.happening_ids)
        ]
        point_rows = [
            (p.caravan_id, p.date, p.lat, p.lon, p.place, p.country, p.kind, p.size_low,
             p.size_high, list(p.sources), list(p.outlets), list(p.happening_ids), p.conflict,
             p.conflict_detail, p.along_road)
            for t in tracks for p in t.points
        ]
        claim_rows = [
            (p.caravan_id, p.date, c.article_id, c.outlet, c.size, c.qualifier, c.happening_id)
            for t in tracks for p in t.points for c in p.claims
        ]
        with self.transaction():
            for table in LINK_TABLES:
                self._conn.execute(f"DELETE FROM {table}")
            for table, rows in (
                ("happenings", happening_rows), ("happening_reports", report_rows),
                ("caravans", caravan_rows), ("caravan_happenings", member_rows),
                ("track_points", point_rows), ("size_claims", claim_rows),
            ):
                if rows:
                    marks = ", ".join("?" * len(rows[0]))
                    self._conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
        logger.info(
            "saved %d happenings, %d caravans, %d track points", len(happening_rows),
            len(caravan_rows), len(point_rows),
        )

    def add_correction(self, operation: Merge | Split, when: dt.datetime | None = None) -> int:
        """Append a merge or split; return its sequence number."""
        created = _utc_naive(when or dt.datetime.now(dt.UTC))
        if isinstance(operation, Merge):
            values: list[Any] = ["merge", operation.happening, operation.into, None, None]
        else:
            values = ["split", None, None, list(operation.happenings), operation.name]
        row = first_row(self._conn.execute(
            "INSERT INTO corrections (op, happening_id, into_happening_id, happening_ids, "
            "name, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING seq",
            [*values, created],
        ))
        assert row is not None
        return int(row[0])

    # -- reading ------------------------------------------------------------------------

    def load_corrections(self) -> list[StoredCorrection]:
        """Every stored correction, oldest first."""
        rows = self._conn.execute(
            "SELECT seq, op, happening_id, into_happening_id, happening_ids, name, created_at "
            "FROM corrections ORDER BY seq"
        ).fetchall()
        out = []
        for seq, op, hid, into, hids, name, created in rows:
            operation: Merge | Split = (
                Merge(hid, into) if op == "merge" else Split(tuple(hids or ()), name)
            )
            out.append(StoredCorrection(int(seq), operation, created.replace(tzinfo=dt.UTC)))
        return out

    def load_happenings(self) -> list[Happening]:
        """Stored happenings with their reports (events re-read from ``events``; a report
        whose event row is gone keeps what ``happening_reports`` holds, without evidence)."""
        events = {eid: e for eid, e in self._events_by_id()}
        meta = {
            str(i): (o, u, p)
            for i, o, u, p in self._conn.execute(
                "SELECT id, outlet, url, published FROM articles").fetchall()
        }
        reports: dict[str, list[Report]] = {}
        for hid, aid, eid, start, end, etype, size, qualifier, h_row in self._report_rows():
            event = events.get(eid) if eid else None
            if event is None:
                event = Event(
                    article_id=aid, type=etype, modality=h_row[2], evidence="",
                    span=Span(start, end), date=h_row[3], place=h_row[4], country=h_row[5],
                    lat=h_row[6], lon=h_row[7], size=size, size_qualifier=qualifier,
                )
            outlet, url, published = meta.get(aid, (None, None, None))
            reports.setdefault(hid, []).append(Report(event, outlet, url, published))
        out = []
        for row in self._conn.execute(
            "SELECT id, type, modality, date, place, country, lat, lon, size_low, size_high, "
            "origin FROM happenings ORDER BY date NULLS LAST, type, id"
        ).fetchall():
            hid = str(row[0])
            out.append(Happening(
                hid, row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9],
                tuple(row[10] or ()),
                tuple(sorted(reports.get(hid, ()), key=lambda r: r.key)),
            ))
        return out

    def _events_by_id(self) -> Iterator[tuple[str, Event]]:
        rows = self._conn.execute(
            f"SELECT {', '.join('e.' + c for c in EVENT_COLUMNS)} FROM events e "
            "WHERE e.id IN (SELECT event_id FROM happening_reports)"
        ).fetchall()
        for row in rows:
            yield event_from_row(row)

    def _report_rows(self) -> Iterable[tuple[Any, ...]]:
        rows = self._conn.execute(
            "SELECT r.happening_id, r.article_id, r.event_id, r.span_start, r.span_end, "
            "r.event_type, r.size, r.size_qualifier, h.id, h.type, h.modality, h.date, "
            "h.place, h.country, h.lat, h.lon FROM happening_reports r "
            "JOIN happenings h ON h.id = r.happening_id "
            "ORDER BY r.happening_id, r.article_id, r.span_start"
        ).fetchall()
        for r in rows:
            yield (*r[:8], r[8:])

    def load_caravans(self) -> list[Caravan]:
        """Stored caravans with their happening ids in order, by start date."""
        members: dict[str, list[str]] = {}
        for cid, hid in self._conn.execute(
            "SELECT caravan_id, happening_id FROM caravan_happenings "
            "ORDER BY caravan_id, position"
        ).fetchall():
            members.setdefault(str(cid), []).append(str(hid))
        rows = self._conn.execute(
            "SELECT id, name, origin_place, origin_country, start_date, end_date, "
            "nationalities FROM caravans ORDER BY start_date NULLS LAST, id"
        ).fetchall()
        return [
            Caravan(str(i), name, place, country, start, end, tuple(nat or ()),
                    tuple(members.get(str(i), ())))
            for i, name, place, country, start, end, nat in rows
        ]

    def load_tracks(self) -> list[Track]:
        """Every caravan's stored track (empty for caravans without located days), in the
        caravans' order."""
        claims: dict[tuple[str, dt.date], list[SizeClaim]] = {}
        for cid, day, aid, outlet, size, qualifier, hid in self._conn.execute(
            "SELECT caravan_id, date, article_id, outlet, size, qualifier, happening_id "
            "FROM size_claims ORDER BY caravan_id, date, size DESC, outlet, article_id"
        ).fetchall():
            claims.setdefault((cid, day), []).append(
                SizeClaim(aid, outlet, int(size), qualifier, hid))
        points: dict[str, list[TrackPoint]] = {}
        for row in self._conn.execute(
            "SELECT caravan_id, date, lat, lon, place, country, kind, size_low, size_high, "
            "sources, outlets, happening_ids, conflict, conflict_detail, along_road "
            "FROM track_points ORDER BY caravan_id, date"
        ).fetchall():
            cid, day = str(row[0]), row[1]
            points.setdefault(cid, []).append(TrackPoint(
                caravan_id=cid, date=day, lat=row[2], lon=row[3], place=row[4],
                country=row[5], kind=row[6], size_low=row[7], size_high=row[8],
                sources=tuple(row[9] or ()), outlets=tuple(row[10] or ()),
                happening_ids=tuple(row[11] or ()),
                claims=tuple(claims.get((cid, day), ())), conflict=bool(row[12]),
                conflict_detail=row[13], along_road=row[14],
            ))
        return [
            Track(c.id, c.name, tuple(points.get(c.id, ()))) for c in self.load_caravans()
        ]

    def caravan_rows(self) -> list[CaravanRow]:
        """The caravan list as ``link`` and ``caravans`` print it, by start date."""
        rows = self._conn.execute(
            """
            SELECT c.id, c.name, c.start_date, c.end_date,
                (SELECT count(*) FROM caravan_happenings m WHERE m.caravan_id = c.id),
                (SELECT count(DISTINCT r.article_id) FROM caravan_happenings m
                    JOIN happening_reports r ON r.happening_id = m.happening_id
                    WHERE m.caravan_id = c.id),
                (SELECT count(DISTINCT coalesce(a.outlet, r.article_id))
                    FROM caravan_happenings m
                    JOIN happening_reports r ON r.happening_id = m.happening_id
                    LEFT JOIN articles a ON a.id = r.article_id
                    WHERE m.caravan_id = c.id),
                (SELECT count(*) FROM track_points p WHERE p.caravan_id = c.id)
            FROM caravans c ORDER BY c.start_date NULLS LAST, c.id
            """
        ).fetchall()
        return [CaravanRow(str(r[0]), r[1], r[2], r[3], *(int(x) for x in r[4:])) for r in rows]

    def has_links(self) -> bool:
        """Whether a link has stored any happening."""
        row = first_row(self._conn.execute("SELECT count(*) FROM happenings"))
        return bool(row and row[0])
