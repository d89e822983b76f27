"""Fetch URLs submitted over the web without letting them reach private networks (SSRF).

A URL typed into the web form is fetched by the server, so a hostile user could point it
at the server's own loopback services, the cloud metadata address or the office LAN.
:func:`guarded_fetcher` returns a :data:`~caravanwatch.ingest.fetch.Fetcher` (the shape
``ReadOptions.fetcher`` takes) that refuses them:

- only ``http`` and ``https``, with a host;
- every address a host **resolves to** must be public (:func:`address_problem`): not
  private, loopback, link-local, multicast, reserved, unspecified, shared (CGNAT),
  documentation or benchmarking, in IPv4 or IPv6, and IPv6 addresses that embed an IPv4
  one (IPv4-mapped ``::ffff:a.b.c.d``, IPv4-compatible, 6to4, Teredo, NAT64) are judged
  by the embedded address too;
- a host written as a number in any form ``inet_aton`` accepts (``2130706433``,
  ``0177.0.0.1``, ``0x7f.1``, ``127.1``) is read as the address it is;
- the host is resolved **once per connection**, inside the connection itself (an httpcore
  network backend), and the socket is opened to the very address that was checked, so
  DNS rebinding between check and connect is impossible; every redirect hop opens its own
  connection and so is checked the same way (and its scheme by a request hook);
- proxies from the environment are ignored (a proxy would be checked instead of the
  target), and the timeout and byte cap of :func:`caravanwatch.ingest.fetch.fetch` apply.

With ``allow_private=True`` (``serve --allow-private-urls``) addresses are not checked;
the scheme rule, timeout and cap still apply.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import socket
import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlsplit

from caravanwatch.errors import SkipInput
from caravanwatch.ingest.fetch import MAX_REDIRECTS, FetchedPage, Fetcher

logger = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Policy = Callable[[IPAddress], str | None]
"""Given an address, why it is refused (``"loopback"``...) or None if it may be fetched."""

REFUSED = "private_address"
"""The skip reason of a URL refused because of where it points."""

SCHEMES = ("http", "https")
_CHUNK = 64 * 1024

# Networks refused on top of what ``ipaddress`` flags.  Python < 3.12.4 misses several
# (its is_global says True for NAT64 and 6to4 forms, and for IPv4 multicast), so the
# IANA special-purpose registries (IPv4 and IPv6, as of 2024) are listed here in full
# for everything that is not globally reachable.
_DENY: tuple[tuple[str, str], ...] = (
    ("0.0.0.0/8", "unspecified"), ("10.0.0.0/8", "private"), ("100.64.0.0/10", "shared"),
    ("127.0.0.0/8", "loopback"), ("169.254.0.0/16", "link-local"),
    ("172.16.0.0/12", "private"), ("192.0.0.0/24", "reserved"),
    ("192.0.2.0/24", "documentation"), ("192.88.99.0/24", "reserved"),
    ("192.168.0.0/16", "private"), ("198.18.0.0/15", "benchmarking"),
    ("198.51.100.0/24", "documentation"), ("203.0.113.0/24", "documentation"),
    ("224.0.0.0/4", "multicast"), ("240.0.0.0/4", "reserved"),
    ("::/128", "unspecified"), ("::1/128", "loopback"), ("::/96", "reserved"),
    ("64:ff9b:1::/48", "private"), ("100::/64", "reserved"), ("2001::/23", "reserved"),
    ("2001:db8::/32", "documentation"), ("3fff::/20", "documentation"),
    ("5f00::/16", "reserved"), ("fc00::/7", "private"), ("fe80::/10", "link-local"),
    ("fec0::/10", "site-local"), ("ff00::/8", "multicast"),
)
_DENY_NETS = tuple((ipaddress.ip_network(net), why) for net, why in _DENY)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NUMERIC_HOST = re.compile(r"^[0-9a-fA-FxX.]+$")


class UrlRefused(SkipInput):
    """A URL the guard will not fetch; a batch run records it as a skip."""


def _embedded_v4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries (mapped, 6to4, Teredo client, NAT64)."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def address_problem(ip: IPAddress) -> str | None:
    """Why ``ip`` must not be fetched (``"loopback"``, ``"private"``...), or None."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.scope_id:
            return "link-local"
        inner = _embedded_v4(ip)
        if inner is not None:
            why = address_problem(inner)
            if why is not None:
                return f"{why} (embedded in {ip})"
    for net, why in _DENY_NETS:
        if ip.version == net.version and ip in net:
            return why
    for flag in ("loopback", "unspecified", "link_local", "multicast", "private", "reserved"):
        if getattr(ip, f"is_{flag}"):
            return flag.replace("_", "-")
    if not ip.is_global:
        return "not global"
    return None


def parse_ip(host: str) -> IPAddress | None:
    """``host`` as an address if it is one in any notation, else None (a name)."""
    host = host.strip().rstrip(".")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if "%" in host:  # IPv6 with a zone: fe80::1%eth0
        try:
            return ipaddress.IPv6Address(host)
        except ValueError:
            return None
    if _NUMERIC_HOST.match(host):
        try:  # the legacy forms browsers and libc still accept: 2130706433, 0x7f.1, 0177.1
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def check_url(url: str, *, allow_private: bool = False, policy: Policy = address_problem) -> str:
    """Refuse a URL by its text alone (scheme, missing host, literal address); return its host.

    Names are not resolved here: :class:`GuardedBackend` resolves and checks them when
    it connects.
    """
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        _ = parts.port  # raises ValueError on a bad port
    except ValueError as exc:
        raise UrlRefused("fetch_failed", f"not a valid URL: {exc}", url) from None
    if parts.scheme.lower() not in SCHEMES:
        raise UrlRefused("unsupported", f"only http and https URLs are fetched, not "
                         f"{parts.scheme or 'a URL without scheme'!r}", url)
    if not host:
        raise UrlRefused("fetch_failed", "the URL has no host", url)
    if not allow_private:
        ip = parse_ip(host)
        if ip is not None:
            why = policy(ip)
            if why is not None:
                raise UrlRefused(REFUSED, f"{host} is a {why} address; the server only "
                                 "fetches public addresses (see --allow-private-urls)", url)
    return host


def resolve_checked(host: str, port: int, *, allow_private: bool = False,
                    policy: Policy = address_problem) -> list[tuple[Any, ...]]:
    """Resolve ``host`` once; return its ``getaddrinfo`` entries if every one is allowed.

    All addresses must pass, not just one: a name that answers with a public and a
    private address is refused, whichever the connection would have used.
    """
    import httpcore

    literal = parse_ip(host)
    target = str(literal) if literal is not None else host
    try:
        infos = socket.getaddrinfo(target, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise httpcore.ConnectError(f"cannot resolve {host!r}: {exc}") from None
    if not infos:
        raise httpcore.ConnectError(f"{host!r} resolved to no address")
    if not allow_private:
        for info in infos:
            ip = parse_ip(str(info[4][0]))
            why = "unparseable" if ip is None else policy(ip)
            if why is not None:
                raise UrlRefused(REFUSED, f"{host} resolves to {info[4][0]}, a {why} "
                                 "address; the server only fetches public addresses")
    return infos


class GuardedBackend:
    """An httpcore network backend that checks every address before connecting to it."""

    def __init__(self, allow_private: bool = False, policy: Policy = address_problem) -> None:
        import httpcore

        self.allow_private = allow_private
        self.policy = policy
        self._inner = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> Any:
        import httpcore

        infos = resolve_checked(host, port, allow_private=self.allow_private,
                                policy=self.policy)
        last: Exception | None = None
        for info in infos:
            address = str(info[4][0])  # connect to the checked address, never the name
            try:
                return self._inner.connect_tcp(address, port, timeout=timeout,
                                               local_address=local_address,
                                               socket_options=socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None
        raise last

    def connect_unix_socket(self, *args: Any, **kwargs: Any) -> Any:
        raise UrlRefused(REFUSED, "unix sockets are never fetched")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def guarded_client(timeout: float, user_agent: str, *, allow_private: bool = False,
                   policy: Policy = address_problem) -> Any:
    """An ``httpx.Client`` whose every connection goes through :class:`GuardedBackend`."""
    import httpx

    transport = httpx.HTTPTransport(trust_env=False)
    pool = getattr(transport, "_pool", None)
    if pool is None or not hasattr(pool, "_network_backend"):  # fail closed if httpx changes
        raise RuntimeError("this httpx has no pluggable network backend; cannot guard URLs")
    pool._network_backend = GuardedBackend(allow_private, policy)

    def check_hop(request: httpx.Request) -> None:
        check_url(str(request.url), allow_private=allow_private, policy=policy)

    return httpx.Client(
        transport=transport, trust_env=False, follow_redirects=True,
        max_redirects=MAX_REDIRECTS, timeout=httpx.Timeout(timeout),
        headers={"User-Agent": user_agent,
                 "Accept": "text/html,application/xhtml+xml,application/rss+xml,"
                           "application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,"
                           "*/*;q=0.5"},
        event_hooks={"request": [check_hop]},
    )


def guarded_fetch(url: str, timeout: float, max_bytes: int, user_agent: str, *,
                  allow_private: bool = False, policy: Policy = address_problem) -> FetchedPage:
    """Like :func:`caravanwatch.ingest.fetch.fetch` (same skips), through the guard.

    ``fetch`` builds its own client, so its streaming loop is repeated here with the
    guarded one; the failure reasons are the same, plus :data:`REFUSED`.
    """
    import httpx

    check_url(url, allow_private=allow_private, policy=policy)
    deadline = time.monotonic() + timeout
    try:
        with guarded_client(timeout, user_agent, allow_private=allow_private,
                            policy=policy) as client, client.stream("GET", url) as response:
            final_url = str(response.url)
            if response.status_code >= 400:
                raise SkipInput("fetch_failed", f"HTTP {response.status_code} from {final_url}")
            announced = response.headers.get("content-length", "")
            if announced.isdigit() and int(announced) > max_bytes:
                raise SkipInput("too_large",
                                f"Content-Length {int(announced):,} > limit {max_bytes:,}")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes(_CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise SkipInput("too_large", f"body passed the limit of {max_bytes:,} bytes")
                if time.monotonic() > deadline:
                    raise SkipInput("timeout", f"download took longer than {timeout:g} s")
                chunks.append(chunk)
            page = FetchedPage(url, final_url, response.status_code,
                               response.headers.get("content-type", ""), b"".join(chunks))
    except SkipInput as exc:
        raise type(exc)(exc.reason, exc.detail, exc.source or url) from None
    except httpx.TimeoutException as exc:
        raise SkipInput("timeout", f"no answer within {timeout:g} s ({type(exc).__name__})",
                        url) from None
    except (httpx.ConnectError, httpx.ProxyError) as exc:
        raise SkipInput("offline", f"could not reach host: {exc}", url) from None
    except httpx.TooManyRedirects:
        raise SkipInput("fetch_failed", f"more than {MAX_REDIRECTS} redirects", url) from None
    except (httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:
        raise SkipInput("fetch_failed", f"{type(exc).__name__}: {exc}", url) from None
    logger.debug("fetched %s through the guard (%d bytes)", page.final_url, len(page.body))
    return page


def guarded_fetcher(allow_private: bool = False, policy: Policy = address_problem) -> Fetcher:
    """A :data:`Fetcher` for ``ReadOptions.fetcher`` that applies the guard."""

    def fetcher(url: str, timeout: float, max_bytes: int, user_agent: str) -> FetchedPage:
        return guarded_fetch(url, timeout, max_bytes, user_agent,
                             allow_private=allow_private, policy=policy)

    return fetcher
