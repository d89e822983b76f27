"""Fetch one URL with httpx: redirects followed, a byte cap, clear failure reasons.

Every failure is a :class:`SkipInput` with reason ``timeout``, ``offline`` (DNS or
connection failures), ``fetch_failed`` (status >= 400, protocol errors, bad URLs) or
``too_large``, so a batch run records it and goes on.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from caravanwatch.errors import SkipInput

logger = logging.getLogger(__name__)

DEFAULT_USER_AGENT = (
    "caravanwatch/0.1 (+https://github.com/caravanwatch/caravanwatch; news research)"
)
# Redirect chains longer than this are abandoned (browsers stop at 20; news sites use 1-3).
MAX_REDIRECTS = 10
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """What a fetch returned.  ``final_url`` is the URL after redirects."""

    url: str
    final_url: str
    status: int
    content_type: str
    body: bytes

    @property
    def mime_type(self) -> str:
        """The content type without parameters, lower-cased (``text/html``)."""
        return self.content_type.split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        """The ``charset=`` parameter of the content type, if any."""
        for part in self.content_type.split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None


Fetcher = Callable[[str, float, int, str], FetchedPage]
"""The signature of :func:`fetch`, for passing a stand-in (tests, caches)."""


def fetch(
    url: str,
    timeout: float = 20.0,
    max_bytes: int = 50 * 1024 * 1024,
    user_agent: str = DEFAULT_USER_AGENT,
) -> FetchedPage:
    """GET ``url``; return the page or raise :class:`SkipInput`.

    ``timeout`` bounds each network operation *and* the whole download, so a server
    that drips bytes cannot hold a run.  The body is streamed and abandoned as soon as
    it passes ``max_bytes`` (or the announced Content-Length does).
    """
    import httpx

    deadline = time.monotonic() + timeout
    try:
        with httpx.Client(
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            timeout=httpx.Timeout(timeout),
            headers={"User-Agent": user_agent, "Accept": "text/html,application/xhtml+xml,"
                     "application/rss+xml,application/atom+xml,application/xml;q=0.9,"
                     "text/plain;q=0.8,*/*;q=0.5"},
        ) as client, client.stream("GET", url) as response:
            status = response.status_code
            final_url = str(response.url)
            if status >= 400:
                raise SkipInput("fetch_failed", f"HTTP {status} from {final_url}", url)
            announced = response.headers.get("content-length", "")
            if announced.isdigit() and int(announced) > max_bytes:
                raise SkipInput(
                    "too_large", f"Content-Length {int(announced):,} > limit {max_bytes:,}", url
                )
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes(_CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise SkipInput("too_large", f"body passed the limit of {max_bytes:,} bytes", url)
                if time.monotonic() > deadline:
                    raise SkipInput("timeout", f"download took longer than {timeout:g} s", url)
                chunks.append(chunk)
            content_type = response.headers.get("content-type", "")
    except SkipInput:
        raise
    except httpx.TimeoutException as exc:
        raise SkipInput("timeout", f"no answer within {timeout:g} s ({type(exc).__name__})", url) from None
    except (httpx.ConnectError, httpx.ProxyError) as exc:
        raise SkipInput(
            "offline", f"could not reach host; are you offline? ({exc})", url
        ) from None
    except httpx.TooManyRedirects:
        raise SkipInput("fetch_failed", f"more than {MAX_REDIRECTS} redirects", url) from None
    except (httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:
        raise SkipInput("fetch_failed", f"{type(exc).__name__}: {exc}", url) from None
    logger.debug("fetched %s (%d bytes, %s)", final_url, size, content_type)
    return FetchedPage(url, final_url, status, content_type, b"".join(chunks))
