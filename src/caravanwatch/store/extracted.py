"""Reading the extract stage's rows back as records: events, figures and quotes.

A mixin of :class:`caravanwatch.store.Store`, so the linker and the report read the same
frozen records the extractor wrote (``records.Event``, ``Figure``, ``Quote``).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import duckdb

from caravanwatch.records import Event, Figure, Quote, Span

logger = logging.getLogger(__name__)

EVENT_COLUMNS = (
    "id", "article_id", "type", "modality", "date", "place", "country", "lat", "lon", "size",
    "size_qualifier", "origin", "evidence", "start_char", "end_char", "trigger", "extractor",
)

ArticleMeta = tuple[str | None, str | None, dt.date | None]
"""An article's ``(outlet, url, published)``, as the linker pairs it with events."""


def event_from_row(row: tuple[Any, ...]) -> tuple[str, Event]:
    """``(event id, Event)`` from a row in :data:`EVENT_COLUMNS` order."""
    v = dict(zip(EVENT_COLUMNS, row, strict=True))
    return str(v["id"]), Event(
        article_id=v["article_id"], type=v["type"], modality=v["modality"],
        evidence=v["evidence"], span=Span(int(v["start_char"]), int(v["end_char"])),
        date=v["date"], place=v["place"], country=v["country"], lat=v["lat"], lon=v["lon"],
        size=int(v["size"]) if v["size"] is not None else None,
        size_qualifier=v["size_qualifier"], origin=tuple(v["origin"] or ()),
        trigger=v["trigger"], extractor=v["extractor"] or "",
    )


class ExtractedRows:
    """Store methods that read the ``events``, ``figures`` and ``quotes`` tables."""

    _conn: duckdb.DuckDBPyConnection

    def load_events(self) -> list[tuple[str, Event]]:
        """Every stored event with its row id, in article and offset order."""
        rows = self._conn.execute(
            f"SELECT {', '.join(EVENT_COLUMNS)} FROM events "
            "ORDER BY article_id, start_char, end_char, id"
        ).fetchall()
        return [event_from_row(r) for r in rows]

    def load_figures(self) -> list[Figure]:
        rows = self._conn.execute(
            "SELECT article_id, value, unit, evidence, start_char, end_char, qualifier, "
            "measure, subject, period, source, extractor FROM figures "
            "ORDER BY article_id, start_char, end_char, id"
        ).fetchall()
        return [
            Figure(article_id=a, value=float(value), unit=unit, evidence=evidence,
                   span=Span(int(s), int(e)), qualifier=q, measure=m, subject=subj,
                   period=period, source=source, extractor=ex or "")
            for a, value, unit, evidence, s, e, q, m, subj, period, source, ex in rows
        ]

    def load_quotes(self) -> list[Quote]:
        rows = self._conn.execute(
            "SELECT article_id, speaker, text, start_char, end_char, role, extractor "
            "FROM quotes ORDER BY article_id, start_char, end_char, id"
        ).fetchall()
        return [
            Quote(article_id=a, speaker=speaker, text=text, span=Span(int(s), int(e)),
                  role=role, extractor=ex or "")
            for a, speaker, text, s, e, role, ex in rows
        ]

    def article_meta(self) -> dict[str, ArticleMeta]:
        """``article id -> (outlet, url, published)`` of every stored article."""
        rows = self._conn.execute("SELECT id, outlet, url, published FROM articles").fetchall()
        return {str(i): (outlet, url, published) for i, outlet, url, published in rows}
