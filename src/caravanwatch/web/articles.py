"""Article pages: the paginated list, and one article with its extracted spans marked."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from caravanwatch.report.render import safe_url
from caravanwatch.report.svg import TYPE_LABELS, fmt_figure
from caravanwatch.store import Store
from caravanwatch.web.common import (
    DEFAULT_LIMIT,
    IdPath,
    Limit,
    Offset,
    article_href,
    caravan_href,
    database,
    pagination,
    render,
    store_outlet_keys,
)
from caravanwatch.web.highlight import Highlight, highlight
from caravanwatch.web.models import (
    ArticleDetail,
    ArticleList,
    ArticleSummary,
    CaravanRef,
    EventOut,
    FigureOut,
    QuoteOut,
)

logger = logging.getLogger(__name__)

router = APIRouter()

_SUMMARY_COLUMNS = """a.id, a.title, a.outlet, a.url, a.published, a.language, a.duplicate_of,
    (SELECT count(*) FROM events e WHERE e.article_id = a.id),
    (SELECT count(*) FROM figures f WHERE f.article_id = a.id),
    (SELECT count(*) FROM quotes q WHERE q.article_id = a.id)"""

ARTICLE_ORDER = "a.published DESC NULLS LAST, a.id"


def summary_from_row(row: Sequence[Any], keys: dict[str | None, str]) -> ArticleSummary:
    return ArticleSummary(
        id=row[0], href=article_href(row[0]), title=row[1], outlet=row[2],
        outlet_key=keys.get(row[2], ""), url=safe_url(row[3]), published=row[4],
        language=row[5], duplicate_of=row[6], events=int(row[7]), figures=int(row[8]),
        quotes=int(row[9]))


def article_summaries(
    store: Store, where: Sequence[str], params: Sequence[Any], limit: int, offset: int,
) -> tuple[int, list[ArticleSummary]]:
    """A page of articles matching every condition in ``where`` (SQL fragments written
    in this package, values only in ``params``), newest first, and the total."""
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    total = store.execute(f"SELECT count(*) FROM articles a{clause}", list(params))[0][0]
    rows = store.execute(
        f"SELECT {_SUMMARY_COLUMNS} FROM articles a{clause} ORDER BY {ARTICLE_ORDER} "
        "LIMIT ? OFFSET ?", [*params, limit, offset])
    keys = store_outlet_keys(store)
    return int(total), [summary_from_row(r, keys) for r in rows]


def summaries_by_id(store: Store, ids: Sequence[str]) -> dict[str, ArticleSummary]:
    rows = store.execute(
        f"SELECT {_SUMMARY_COLUMNS} FROM articles a WHERE list_contains(?, a.id)", [list(ids)])
    keys = store_outlet_keys(store)
    return {str(r[0]): summary_from_row(r, keys) for r in rows}


def figure_from_row(r: Sequence[Any]) -> FigureOut:
    return FigureOut(
        id=r[0], article_id=r[1], value=float(r[2]), qualifier=r[3], unit=r[4], measure=r[5],
        subject=r[6], period=r[7], source=r[8], evidence=r[9], start=int(r[10]), end=int(r[11]))


FIGURE_COLUMNS = ("id, article_id, value, qualifier, unit, measure, subject, period, source, "
                  "evidence, start_char, end_char")


def article_detail(store: Store, article_id: str) -> ArticleDetail:
    article = store.get_article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    summary = summaries_by_id(store, [article_id])[article_id]
    events = [
        EventOut(id=r[0], type=r[1], modality=r[2], date=r[3], place=r[4], country=r[5],
                 lat=r[6], lon=r[7], size=r[8], size_qualifier=r[9], origin=list(r[10] or ()),
                 evidence=r[11], start=int(r[12]), end=int(r[13]), trigger=r[14],
                 caravan_id=r[15])
        for r in store.execute(
            "SELECT e.id, e.type, e.modality, e.date, e.place, e.country, e.lat, e.lon, "
            "e.size, e.size_qualifier, e.origin, e.evidence, e.start_char, e.end_char, "
            "e.trigger, (SELECT min(m.caravan_id) FROM happening_reports r "
            "JOIN caravan_happenings m ON m.happening_id = r.happening_id "
            "WHERE r.event_id = e.id) FROM events e WHERE e.article_id = ? "
            "ORDER BY e.start_char, e.end_char, e.id", [article_id])
    ]
    figures = [figure_from_row(r) for r in store.execute(
        f"SELECT {FIGURE_COLUMNS} FROM figures WHERE article_id = ? "
        "ORDER BY start_char, end_char, id", [article_id])]
    quotes = [
        QuoteOut(id=r[0], speaker=r[1], role=r[2], text=r[3], start=int(r[4]), end=int(r[5]))
        for r in store.execute(
            "SELECT id, speaker, role, text, start_char, end_char FROM quotes "
            "WHERE article_id = ? ORDER BY start_char, end_char, id", [article_id])
    ]
    caravans = [
        CaravanRef(id=i, name=n, href=caravan_href(i))
        for i, n in store.execute(
            "SELECT DISTINCT c.id, c.name FROM happening_reports r "
            "JOIN caravan_happenings m ON m.happening_id = r.happening_id "
            "JOIN caravans c ON c.id = m.caravan_id WHERE r.article_id = ? ORDER BY c.name",
            [article_id])
    ]
    return ArticleDetail(
        article=summary, text=article.text, source=public_source(article.source),
        published_basis=article.published_basis, encoding=article.encoding,
        notes=list(article.notes), ingested_at=article.ingested_at, events=events,
        figures=figures, quotes=quotes, caravans=caravans)


def public_source(source: str) -> str:
    """Where the article was read from, without the server's folders: a URL as it is, a
    file by its name (``/srv/data/articles/a1.txt`` -> ``a1.txt``)."""
    if re.match(r"^[a-z][a-z0-9+.-]*://", source, re.IGNORECASE) and not source.lower(
    ).startswith("file:"):
        return source
    return PurePath(source.replace("\\", "/")).name or source


def spans(detail: ArticleDetail) -> list[Highlight]:
    """The article's events, figures and quotes as highlights with tooltips."""
    out = [Highlight(e.start, e.end, "event",
                     f"event: {TYPE_LABELS.get(e.type, e.type)}"
                     + (f" ({e.modality})" if e.modality != "actual" else ""), e.id)
           for e in detail.events]
    out += [Highlight(f.start, f.end, "figure",
                      f"figure: {fmt_figure(f.value, f.unit)}"
                      + (f" ({f.measure})" if f.measure else ""), f.id)
            for f in detail.figures]
    out += [Highlight(q.start, q.end, "quote", f"quote: {q.speaker or 'unattributed'}", q.id)
            for q in detail.quotes]
    return out


@router.get("/articles.json", response_model=ArticleList, tags=["articles"])
def articles_json(
    request: Request, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0
) -> ArticleList:
    """Articles, newest first, with how many events, figures and quotes each gave."""
    with database(request).read() as store:
        total, items = article_summaries(store, [], [], limit, offset)
    return ArticleList(items=items, pagination=pagination(request, total, limit, offset))


@router.get("/articles/{article_id}.json", response_model=ArticleDetail, tags=["articles"],
            responses={404: {"description": "No such article"}})
def article_json(request: Request, article_id: IdPath) -> ArticleDetail:
    """One article: its text, metadata and extracted events, figures and quotes
    (``start``/``end`` are character offsets into ``text``)."""
    with database(request).read() as store:
        return article_detail(store, article_id)


@router.get("/articles", response_class=HTMLResponse, include_in_schema=False)
def articles_page(
    request: Request, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0
) -> HTMLResponse:
    with database(request).read() as store:
        total, items = article_summaries(store, [], [], limit, offset)
    page = ArticleList(items=items, pagination=pagination(request, total, limit, offset))
    return render(request, "articles.html.j2", {"page": page, "json_href": "/articles.json"})


@router.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
def article_page(request: Request, article_id: IdPath) -> HTMLResponse:
    with database(request).read() as store:
        detail = article_detail(store, article_id)
    return render(request, "article.html.j2", {
        "a": detail, "body": highlight(detail.text, spans(detail)),
        "json_href": article_href(article_id) + ".json",
    })
