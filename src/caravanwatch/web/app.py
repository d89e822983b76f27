"""The web app: HTML pages and their JSON twins over one caravanwatch database.

:func:`create_app` builds a FastAPI app over a database file (see :mod:`.db` for how it
is opened).  Routes live with their data: :mod:`.caravans`, :mod:`.articles`,
:mod:`.outlets`, :mod:`.search`, :mod:`.downloads`; the ingest routes
(:mod:`.ingest_jobs`) are added only with ``allow_ingest``.

``app.state`` holds what routers need: ``db`` (:class:`~.db.Database`), ``token``,
``allow_private_urls``, ``max_body`` and ``search_index``.

Safety: pages are Jinja2 templates with autoescape, drawings escape every string they
take from an article, SQL takes values only as parameters, static files come only
through :class:`~starlette.staticfiles.StaticFiles`, request bodies over ``max_body``
get a 413 before the app reads them, every response carries a strict
Content-Security-Policy (no inline script or style, nothing from another origin), and
errors are 404/413/422 pages or JSON; anything unexpected is logged and answered with a
plain 500 that leaks no detail.  The Swagger UI (``/docs``) is off: it loads its script
from a CDN; ``/openapi.json`` is served.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from caravanwatch.errors import ConfigError
from caravanwatch.web.common import render
from caravanwatch.web.db import Database
from caravanwatch.web.search import SearchIndex

logger = logging.getLogger(__name__)

MAX_BODY = 10 * 1024 * 1024
"""Largest request body accepted (10 MiB: a big WARC belongs on the command line)."""

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")

SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
)

_MACHINE_SUFFIXES = (".json", ".csv", ".geojson")


class BodyTooLarge(StarletteHTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body larger than {limit} bytes")


class BodyLimitMiddleware:
    """Answer 413 to a body over ``limit`` bytes: at once when Content-Length says so,
    else as soon as the streamed body passes the limit."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or ()).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await _plain(send, 413 if declared.isdigit() else 400,
                         f"request body larger than {self.limit} bytes"
                         if declared.isdigit() else "bad Content-Length")
            return
        seen = 0
        started = False

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLarge(self.limit)
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited, tracked)
        except BodyTooLarge:
            if not started:
                await _plain(send, 413, f"request body larger than {self.limit} bytes")


class SecurityHeadersMiddleware:
    """Add :data:`SECURITY_HEADERS` to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", ())}
                extra = [h for h in SECURITY_HEADERS if h[0] not in names]
                message = {**message, "headers": [*message.get("headers", ()), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)


async def _plain(send: Send, status: int, detail: str) -> None:
    body = ('{"detail": "' + detail + '"}').encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
        *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})


def _wants_json(request: Request) -> bool:
    path = request.url.path
    if path.endswith(_MACHINE_SUFFIXES) or path.startswith("/api/"):
        return True
    return "text/html" not in request.headers.get("accept", "")


def _error(request: Request, status: int, detail: Any, headers: dict[str, str] | None = None
           ) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": detail}, status_code=status, headers=headers)
    message = detail if isinstance(detail, str) else "; ".join(
        f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg', '')}"
        for e in detail if isinstance(e, dict))
    response = render(request, "error.html.j2", {"status": status, "message": message},
                      status_code=status)
    response.headers.update(headers or {})
    return response


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        detail = exc.detail if exc.status_code != 404 or exc.detail != "Not Found" else (
            "no such page")
        return _error(request, exc.status_code, detail, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")),
                   "type": str(e.get("type", ""))} for e in exc.errors()]
        return _error(request, 422, errors)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        logger.exception("unexpected error on %s %s", request.method, request.url.path)
        return JSONResponse({"detail": "internal error; see the server log"}, status_code=500)


def create_app(
    db_path: str,
    *,
    allow_ingest: bool = False,
    token: str | None = None,
    allow_private_urls: bool = False,
    max_body: int = MAX_BODY,
) -> FastAPI:
    """The app over the database at ``db_path`` (read-only unless ``allow_ingest``;
    ingest needs a bearer ``token``)."""
    if allow_ingest and not token:
        raise ConfigError("--allow-ingest needs a token: pass --token or set CARAVANWATCH_TOKEN")
    db = Database(db_path, writable=allow_ingest)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        db.close()

    app = FastAPI(
        title="caravanwatch", version=_version(), lifespan=lifespan,
        description="Migrant caravans tracked from the news: caravans, their tracks and "
        "sizes, the articles and outlets that reported them.  Every HTML page has a JSON "
        "twin; lists take `limit` (1-200) and `offset` and return totals and next links.",
        docs_url=None, redoc_url=None,
    )
    app.state.db = db
    app.state.token = token
    app.state.allow_private_urls = allow_private_urls
    app.state.max_body = max_body
    app.state.search_index = SearchIndex()
    _install_error_handlers(app)

    from caravanwatch.web import articles, caravans, downloads, outlets, search

    for module in (caravans, articles, outlets, search, downloads):
        app.include_router(module.router)

    @app.get("/static/report.css", include_in_schema=False)
    def report_css() -> Response:
        """The offline report's stylesheet, which styles the shared SVG drawings."""
        css = (files("caravanwatch.report") / "templates" / "report.css").read_text("utf-8")
        return Response(css, media_type="text/css; charset=utf-8")

    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")
    if allow_ingest:
        try:
            from caravanwatch.web.ingest_jobs import router as ingest_router
        except ImportError as exc:
            logger.warning("web ingest is not available (%s); serving read-only pages", exc)
        else:
            app.include_router(ingest_router)
    app.add_middleware(BodyLimitMiddleware, limit=max_body)
    app.add_middleware(SecurityHeadersMiddleware)
    logger.info("web app over %s (ingest %s)", db_path, "on" if allow_ingest else "off")
    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("caravanwatch")
    except PackageNotFoundError:
        return "0"
