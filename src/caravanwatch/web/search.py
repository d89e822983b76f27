"""Full-text search over articles, with filters by date, outlet, language, event, place.

Ranking uses DuckDB's ``fts`` extension (BM25 over title and text, Porter stemmer,
English stop words, accents stripped), loaded offline from the ``duckdb-ext-fts`` wheel.
Building an index writes to the database, which the app may hold read-only, so the
index lives in a private in-memory DuckDB filled from the articles table; it is built on
the first search and rebuilt after a write through the app
(:attr:`~caravanwatch.web.db.Database.generation`).  When the extension cannot be
loaded, search falls back to a case-insensitive substring match of every word and says so.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import logging
import re
import threading
from pathlib import Path
from typing import Annotated, Any

import duckdb
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from caravanwatch.report.svg import TYPE_LABELS
from caravanwatch.store import Store
from caravanwatch.web.articles import article_summaries, summaries_by_id
from caravanwatch.web.common import (
    DEFAULT_LIMIT,
    Limit,
    Offset,
    database,
    pagination,
    render,
    store_outlet_keys,
)
from caravanwatch.web.models import SearchHit, SearchResult

logger = logging.getLogger(__name__)

router = APIRouter()

SNIPPET_CHARS = 110
"""Characters shown each side of the first match (about two lines of the results list)."""

SUBSTRING_NOTE = ("The full-text extension could not be loaded: results match every word "
                  "as a substring, newest first, without ranking or stemming.")


def _extension_directory() -> str | None:
    """Where the ``duckdb-ext-fts`` wheel put ``<version>/<platform>/fts.duckdb_extension``."""
    spec = importlib.util.find_spec("duckdb_ext")
    for location in (spec.submodule_search_locations or []) if spec else []:
        folder = Path(location) / "extensions"
        if folder.is_dir():
            return str(folder)
    return None


class SearchIndex:
    """A BM25 index of (id, title, text) in a private in-memory database."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._conn: duckdb.DuckDBPyConnection | None = None
        self._generation = -1
        self.available = True

    def _build(self, store: Store, generation: int) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        conn = duckdb.connect(":memory:")
        try:
            conn.execute("SET autoinstall_known_extensions = false")
            folder = _extension_directory()
            if folder:
                conn.execute("SET extension_directory = ?", [folder])
            conn.execute("LOAD fts")
        except duckdb.Error as exc:
            logger.warning("search: fts extension unavailable (%s); using substring match", exc)
            conn.close()
            self.available = False
            return
        docs = store._conn.execute(
            "SELECT id, coalesce(title, '') AS title, text FROM articles").fetch_arrow_table()
        conn.register("docs_source", docs)
        conn.execute("CREATE TABLE docs AS SELECT * FROM docs_source")
        conn.unregister("docs_source")
        conn.execute(
            "PRAGMA create_fts_index('docs', 'id', 'title', 'text', stemmer = 'porter', "
            "stopwords = 'english', strip_accents = 1, lower = 1, overwrite = 1)")
        self._conn, self._generation = conn, generation
        logger.info("search: indexed %d articles", docs.num_rows)

    def scores(self, store: Store, generation: int, query: str) -> dict[str, float] | None:
        """BM25 score of every article matching all the query's words, or ``None`` when
        the extension is unavailable."""
        with self._lock:
            if self.available and (self._conn is None or self._generation != generation):
                self._build(store, generation)
            if not self.available or self._conn is None:
                return None
            cursor = self._conn.cursor()
        try:
            rows = cursor.execute(
                "SELECT id, score FROM (SELECT id, fts_main_docs.match_bm25(id, ?, "
                "conjunctive := 1) AS score FROM docs) WHERE score IS NOT NULL", [query]
            ).fetchall()
        finally:
            cursor.close()
        return {str(i): float(s) for i, s in rows}


def _like(value: str) -> str:
    """A substring pattern for ``ILIKE ... ESCAPE '\\'`` matching ``value`` literally."""
    return "%" + re.sub(r"([\\%_])", r"\\\1", value) + "%"


def words(query: str) -> list[str]:
    return [w for w in re.findall(r"\w+", query.lower()) if w][:20]


def snippet(text: str, query_words: list[str]) -> str:
    """Plain text around the first occurrence of a query word (or a word's first five
    letters, so a stemmed match shows), else the text's start."""
    lower = text.lower()
    hits = [i for w in query_words for i in (lower.find(w), lower.find(w[:5])) if i >= 0]
    at = min(hits) if hits else 0
    start, end = max(at - SNIPPET_CHARS, 0), min(at + SNIPPET_CHARS, len(text))
    body = " ".join(text[start:end].split())
    return ("…" if start > 0 else "") + body + ("…" if end < len(text) else "")


def search(
    store: Store, index: SearchIndex, generation: int, q: str, *, date_from: dt.date | None,
    date_to: dt.date | None, outlet: str | None, language: str | None,
    event_type: str | None, place: str | None, limit: int, offset: int,
) -> tuple[int, list[SearchHit], str, str | None]:
    """(total, page of hits, mode, note)."""
    where: list[str] = []
    params: list[Any] = []
    note: str | None = None
    if date_from:
        where.append("a.published >= ?")
        params.append(date_from)
    if date_to:
        where.append("a.published <= ?")
        params.append(date_to)
    if outlet:
        names = [n for n, k in store_outlet_keys(store).items() if k == outlet]
        if not names:
            where.append("false")  # an unknown outlet key matches nothing
        elif names[0] is None:
            where.append("a.outlet IS NULL")
        else:
            where.append("a.outlet = ?")
            params.append(names[0])
    if language:
        where.append("a.language = ?")
        params.append(language)
    if event_type:
        where.append("EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND e.type = ?)")
        params.append(event_type)
    if place:
        where.append("EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND "
                     "(e.place ILIKE ? ESCAPE '\\' OR upper(e.country) = upper(?)))")
        params.extend([_like(place), place])
    query_words = words(q)
    mode = "fulltext"
    scores = index.scores(store, generation, q) if query_words else None
    if query_words and scores is None:
        mode, note = "substring", SUBSTRING_NOTE
        for w in query_words:
            where.append("(a.text ILIKE ? ESCAPE '\\' OR a.title ILIKE ? ESCAPE '\\')")
            params.extend([_like(w), _like(w)])
    if not query_words or scores is None:
        total, items = article_summaries(store, where, params, limit, offset)
        ids = [a.id for a in items]
        ranked: list[tuple[str, float | None]] = [(i, None) for i in ids]
    else:
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        allowed = {str(r[0]) for r in store.execute(f"SELECT a.id FROM articles a{clause}", params)}
        order = sorted(((s, i) for i, s in scores.items() if i in allowed),
                       key=lambda t: (-t[0], t[1]))
        total = len(order)
        ranked = [(i, s) for s, i in order[offset:offset + limit]]
    summaries = summaries_by_id(store, [i for i, _ in ranked])
    texts = dict(store.execute(
        "SELECT id, text FROM articles WHERE list_contains(?, id)", [[i for i, _ in ranked]]))
    hits = [SearchHit(article=summaries[i], score=s, snippet=snippet(texts.get(i, ""), query_words))
            for i, s in ranked if i in summaries]
    return total, hits, mode, note


@router.get("/search.json", response_model=SearchResult, tags=["search"])
def search_json(
    request: Request,
    q: Annotated[str, Query(max_length=500, description="Words to find (all must match).")] = "",
    date_from: Annotated[dt.date | None, Query(description="Published on or after.")] = None,
    date_to: Annotated[dt.date | None, Query(description="Published on or before.")] = None,
    outlet: Annotated[str | None, Query(max_length=256, description="An outlet key.")] = None,
    language: Annotated[str | None, Query(max_length=20)] = None,
    event_type: Annotated[str | None, Query(
        max_length=40, description="Articles with an event of this type: "
        + ", ".join(TYPE_LABELS))] = None,
    place: Annotated[str | None, Query(
        max_length=200, description="Articles with an event at a place whose name contains "
        "this, or in this country code.")] = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> SearchResult:
    """Articles matching the words (ranked by BM25) and every filter given."""
    db = database(request)
    index: SearchIndex = request.app.state.search_index
    with db.read() as store:
        total, hits, mode, note = search(
            store, index, db.generation, q, date_from=date_from, date_to=date_to,
            outlet=outlet or None, language=language or None, event_type=event_type or None,
            place=place or None, limit=limit, offset=offset)
    return SearchResult(query=q, mode=mode,  # type: ignore[arg-type]
                        note=note, items=hits,
                        pagination=pagination(request, total, limit, offset))


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
def search_page(
    request: Request,
    q: Annotated[str, Query(max_length=500)] = "",
    date_from: Annotated[str | None, Query(max_length=20)] = None,
    date_to: Annotated[str | None, Query(max_length=20)] = None,
    outlet: Annotated[str | None, Query(max_length=256)] = None,
    language: Annotated[str | None, Query(max_length=20)] = None,
    event_type: Annotated[str | None, Query(max_length=40)] = None,
    place: Annotated[str | None, Query(max_length=200)] = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> HTMLResponse:
    """The search form and results (an empty form field means "any", as browsers send
    empty strings for empty inputs)."""
    errors: list[str] = []

    def day(value: str | None, label: str) -> dt.date | None:
        if not value:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            errors.append(f"{label}: {value!r} is not a date (YYYY-MM-DD); ignored")
            return None

    start, end = day(date_from, "from"), day(date_to, "to")
    db = database(request)
    with db.read() as store:
        total, hits, mode, note = search(
            store, request.app.state.search_index, db.generation, q, date_from=start,
            date_to=end, outlet=outlet or None, language=language or None,
            event_type=event_type or None, place=place or None, limit=limit, offset=offset)
        outlets = sorted(((k, n or "(no outlet)") for n, k in store_outlet_keys(store).items()),
                         key=lambda t: t[1].lower())
        languages = [r[0] for r in store.execute(
            "SELECT DISTINCT language FROM articles WHERE language IS NOT NULL ORDER BY 1")]
    form = {"q": q, "date_from": date_from or "", "date_to": date_to or "",
            "outlet": outlet or "", "language": language or "", "event_type": event_type or "",
            "place": place or ""}
    return render(request, "search.html.j2", {
        "form": form, "errors": errors, "total": total, "hits": hits, "mode": mode,
        "note": note, "pages": pagination(request, total, limit, offset), "outlets": outlets,
        "languages": languages, "types": TYPE_LABELS,
        "json_href": "/search.json" + (f"?{request.url.query}" if request.url.query else ""),
    })
