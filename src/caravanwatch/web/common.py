"""Helpers shared by the web routes: links, outlet keys, pagination, page rendering."""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import Path, Query, Request
from fastapi.responses import HTMLResponse

from caravanwatch.store import Store
from caravanwatch.web.db import Database
from caravanwatch.web.models import Pagination

logger = logging.getLogger(__name__)


def database(request: Request) -> Database:
    """The app's database (opened once at start-up by :func:`caravanwatch.web.app.create_app`)."""
    db: Database = request.app.state.db
    return db

MAX_LIMIT = 200
"""Largest page a client may ask for (the issue's cap; a page of 200 articles renders in
well under a second)."""
DEFAULT_LIMIT = 50

MAX_ID = 256
"""Longest id a path accepts (ids are 12-40 characters; sidecar doc_ids are short): a
longer one is a 422, not a database look-up."""

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Rows per page (1-200).")]
Offset = Annotated[int, Query(ge=0, le=10**9, description="Rows to skip.")]
IdPath = Annotated[str, Path(min_length=1, max_length=MAX_ID)]

NO_OUTLET = "(no outlet)"


def caravan_href(caravan_id: str) -> str:
    return "/caravans/" + quote(caravan_id, safe="")


def article_href(article_id: str) -> str:
    return "/articles/" + quote(article_id, safe="")


def outlet_href(key: str) -> str:
    return "/outlets/" + quote(key, safe="")


def slugify(name: str) -> str:
    """``"La Prensa (HN) / EFE"`` -> ``"la-prensa-hn-efe"`` (accents dropped)."""
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")
    return slug[:80].rstrip("-") or "outlet"


def outlet_keys(names: Iterable[str | None]) -> dict[str | None, str]:
    """A URL key per outlet name (``None``: articles without an outlet): its slug, or,
    when two names share a slug, the slug and six hex digits of the name's hash."""
    uniq = sorted(set(names), key=lambda n: (n is None, n or ""))
    slugs = {n: slugify(n if n is not None else NO_OUTLET) for n in uniq}
    counts: dict[str, int] = {}
    for s in slugs.values():
        counts[s] = counts.get(s, 0) + 1
    out: dict[str | None, str] = {}
    for n, s in slugs.items():
        if counts[s] > 1:
            digest = hashlib.sha1((n if n is not None else "\x00").encode("utf-8")).hexdigest()
            s = f"{s}-{digest[:6]}"
        out[n] = s
    return out


def store_outlet_keys(store: Store) -> dict[str | None, str]:
    """:func:`outlet_keys` over every outlet in the articles table."""
    rows = store.execute("SELECT DISTINCT outlet FROM articles")
    return outlet_keys(r[0] for r in rows)


def pagination(request: Request, total: int, limit: int, offset: int) -> Pagination:
    """Totals and the path+query of the neighbouring pages (other parameters kept)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in ("offset",)]

    def link(at: int) -> str:
        query = urlencode([*params, ("offset", str(at))])
        return f"{request.url.path}?{query}"

    nxt = link(offset + limit) if offset + limit < total else None
    prev = link(max(offset - limit, 0)) if offset > 0 else None
    return Pagination(total=total, limit=limit, offset=offset, next=nxt, prev=prev)


@lru_cache(maxsize=1)
def _environment() -> Any:
    import jinja2

    from caravanwatch.report.svg import TYPE_LABELS, fmt_date, fmt_figure, fmt_int, fmt_num

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("caravanwatch.web", "templates"),
        autoescape=True, undefined=jinja2.StrictUndefined,
        trim_blocks=True, lstrip_blocks=True,
    )
    env.filters["date"] = fmt_date
    env.filters["thousands"] = fmt_int
    env.filters["num"] = fmt_num
    env.globals["fmt_figure"] = fmt_figure
    env.filters["type_label"] = lambda t: TYPE_LABELS.get(t, t)
    env.filters["type_class"] = lambda t: "t-" + re.sub(r"[^a-z0-9_]", "", str(t).lower())
    env.globals["caravan_href"] = caravan_href
    env.globals["article_href"] = article_href
    env.globals["outlet_href"] = outlet_href
    return env


def render(
    request: Request, template: str, context: Mapping[str, Any], status_code: int = 200
) -> HTMLResponse:
    """Render a page template with the layout's common context."""
    page = _environment().get_template(template).render(
        request_path=request.url.path, **context)
    return HTMLResponse(page, status_code=status_code)
