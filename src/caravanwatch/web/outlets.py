"""Outlet pages: who published what, and how their numbers compare with the others'.

An outlet's page puts each size it gave for a happening beside the sizes other outlets
gave for the same happening, and each figure it reported beside other outlets' figures
of the same measure, subject and unit.  Outlets are addressed by a key, a slug of their
name (:func:`~caravanwatch.web.common.outlet_keys`): names hold slashes and spaces.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from caravanwatch.store import Store
from caravanwatch.web.articles import FIGURE_COLUMNS, article_summaries, figure_from_row
from caravanwatch.web.common import (
    DEFAULT_LIMIT,
    IdPath,
    Limit,
    Offset,
    article_href,
    caravan_href,
    database,
    outlet_href,
    pagination,
    render,
    store_outlet_keys,
)
from caravanwatch.web.models import (
    CaravanRef,
    FigureComparison,
    FigureOut,
    OtherClaim,
    OutletDetail,
    OutletList,
    OutletSummary,
    SizeComparison,
)

logger = logging.getLogger(__name__)

router = APIRouter()

MAX_FIGURES = 200
"""Figures listed on one outlet page (the busiest development-set outlet has 12)."""

_OUTLETS_SQL = """
WITH ev AS (
    SELECT a.outlet, count(*) AS n FROM events e JOIN articles a ON a.id = e.article_id
    GROUP BY 1
), cv AS (
    SELECT a.outlet, count(DISTINCT m.caravan_id) AS n FROM happening_reports r
    JOIN articles a ON a.id = r.article_id
    JOIN caravan_happenings m ON m.happening_id = r.happening_id GROUP BY 1
), ar AS (
    SELECT outlet, count(*) AS n, min(published) AS first, max(published) AS last
    FROM articles GROUP BY 1
)
SELECT ar.outlet, ar.n, ar.first, ar.last, coalesce(ev.n, 0), coalesce(cv.n, 0) FROM ar
LEFT JOIN ev ON ev.outlet IS NOT DISTINCT FROM ar.outlet
LEFT JOIN cv ON cv.outlet IS NOT DISTINCT FROM ar.outlet
"""


def _summary(row: tuple[Any, ...], keys: dict[str | None, str]) -> OutletSummary:
    key = keys[row[0]]
    return OutletSummary(
        key=key, name=row[0], href=outlet_href(key), articles=int(row[1]),
        first_published=row[2], last_published=row[3], events=int(row[4]),
        caravans=int(row[5]))


def list_outlets(store: Store, limit: int, offset: int) -> tuple[int, list[OutletSummary]]:
    """Outlets by number of articles, then name."""
    keys = store_outlet_keys(store)
    rows = store.execute(
        _OUTLETS_SQL + " ORDER BY ar.n DESC, ar.outlet NULLS LAST LIMIT ? OFFSET ?",
        [limit, offset])
    return len(keys), [_summary(r, keys) for r in rows]


def _claim(row: tuple[Any, ...]) -> OtherClaim:
    return OtherClaim(outlet=row[7], size=int(row[8]), qualifier=row[9], article_id=row[6],
                      article_href=article_href(row[6]))


def size_comparisons(store: Store, name: str | None) -> list[SizeComparison]:
    rows = store.execute(
        "SELECT r.happening_id, h.type, h.date, h.place, m.caravan_id, c.name, "
        "r.article_id, a.outlet, r.size, r.size_qualifier FROM happening_reports r "
        "JOIN happenings h ON h.id = r.happening_id "
        "JOIN articles a ON a.id = r.article_id "
        "LEFT JOIN caravan_happenings m ON m.happening_id = r.happening_id "
        "LEFT JOIN caravans c ON c.id = m.caravan_id "
        "WHERE r.size IS NOT NULL AND r.happening_id IN ("
        "  SELECT r2.happening_id FROM happening_reports r2 "
        "  JOIN articles a2 ON a2.id = r2.article_id "
        "  WHERE a2.outlet IS NOT DISTINCT FROM ? AND r2.size IS NOT NULL) "
        "ORDER BY h.date NULLS LAST, r.happening_id, a.outlet NULLS LAST, r.size, r.article_id",
        [name])
    out: dict[str, SizeComparison] = {}
    for row in rows:
        hid = str(row[0])
        comp = out.get(hid)
        if comp is None:
            ref = (CaravanRef(id=row[4], name=row[5], href=caravan_href(row[4]))
                   if row[4] else None)
            comp = out[hid] = SizeComparison(
                happening_id=hid, caravan=ref, type=row[1], date=row[2], place=row[3],
                claims=[], others=[])
        (comp.claims if row[7] == name else comp.others).append(_claim(row))
    return list(out.values())


def figure_comparisons(store: Store, name: str | None) -> list[FigureComparison]:
    cols = ", ".join("f." + c.strip() for c in FIGURE_COLUMNS.split(","))
    mine = [figure_from_row(r) for r in store.execute(
        f"SELECT {cols} FROM figures f JOIN articles a ON a.id = f.article_id "
        "WHERE a.outlet IS NOT DISTINCT FROM ? "
        "ORDER BY a.published NULLS LAST, f.article_id, f.start_char LIMIT ?",
        [name, MAX_FIGURES])]
    others: dict[str, list[tuple[str | None, FigureOut]]] = defaultdict(list)
    ocols = ", ".join("o." + c.strip() for c in FIGURE_COLUMNS.split(","))
    for row in store.execute(
        f"SELECT f.id, ao.outlet, {ocols} FROM figures f "
        "JOIN articles a ON a.id = f.article_id "
        "JOIN figures o ON o.unit = f.unit AND o.measure = f.measure "
        "  AND lower(coalesce(o.subject, '')) = lower(coalesce(f.subject, '')) "
        "JOIN articles ao ON ao.id = o.article_id "
        "WHERE a.outlet IS NOT DISTINCT FROM ? AND ao.outlet IS DISTINCT FROM a.outlet "
        "ORDER BY ao.outlet NULLS LAST, o.article_id, o.start_char", [name]
    ):
        others[str(row[0])].append((row[1], figure_from_row(row[2:])))
    return [FigureComparison(figure=f, article_href=article_href(f.article_id),
                             others=others.get(f.id, [])) for f in mine]


def outlet_detail(
    request: Request, store: Store, key: str, limit: int, offset: int
) -> tuple[OutletDetail, Any]:
    keys = store_outlet_keys(store)
    names = {k: n for n, k in keys.items()}
    if key not in names:
        raise HTTPException(404, f"no outlet {key!r}")
    name = names[key]
    row = store.execute(_OUTLETS_SQL + " WHERE ar.outlet IS NOT DISTINCT FROM ?", [name])[0]
    total, articles = article_summaries(
        store, ["a.outlet IS NOT DISTINCT FROM ?"], [name], limit, offset)
    caravans = [
        CaravanRef(id=r[0], name=r[1], href=caravan_href(r[0]))
        for r in store.execute(
            "SELECT DISTINCT c.id, c.name, c.start_date FROM happening_reports r "
            "JOIN articles a ON a.id = r.article_id "
            "JOIN caravan_happenings m ON m.happening_id = r.happening_id "
            "JOIN caravans c ON c.id = m.caravan_id "
            "WHERE a.outlet IS NOT DISTINCT FROM ? ORDER BY c.start_date NULLS LAST, c.id",
            [name])
    ]
    detail = OutletDetail(
        outlet=_summary(row, keys), articles=articles, caravans=caravans,
        sizes=size_comparisons(store, name), figures=figure_comparisons(store, name))
    return detail, pagination(request, total, limit, offset)


@router.get("/outlets.json", response_model=OutletList, tags=["outlets"])
def outlets_json(
    request: Request, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0
) -> OutletList:
    """Outlets by number of articles: events extracted, caravans covered, dates."""
    with database(request).read() as store:
        total, items = list_outlets(store, limit, offset)
    return OutletList(items=items, pagination=pagination(request, total, limit, offset))


@router.get("/outlets/{key}.json", response_model=OutletDetail, tags=["outlets"],
            responses={404: {"description": "No such outlet"}})
def outlet_json(
    request: Request, key: IdPath, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0
) -> OutletDetail:
    """One outlet: its articles (``limit``/``offset`` page them), the caravans it
    covered, its size claims beside other outlets' for the same happenings, and its
    figures beside other outlets' of the same measure, subject and unit."""
    with database(request).read() as store:
        return outlet_detail(request, store, key, limit, offset)[0]


@router.get("/outlets", response_class=HTMLResponse, include_in_schema=False)
def outlets_page(
    request: Request, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0
) -> HTMLResponse:
    with database(request).read() as store:
        total, items = list_outlets(store, limit, offset)
    page = OutletList(items=items, pagination=pagination(request, total, limit, offset))
    return render(request, "outlets.html.j2", {"page": page, "json_href": "/outlets.json"})


@router.get("/outlets/{key}", response_class=HTMLResponse, include_in_schema=False)
def outlet_page(
    request: Request, key: IdPath, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0
) -> HTMLResponse:
    with database(request).read() as store:
        detail, pages = outlet_detail(request, store, key, limit, offset)
    return render(request, "outlet.html.j2", {
        "o": detail, "pages": pages, "json_href": outlet_href(key) + ".json"})
