"""The URL guard: which addresses it refuses, and that it holds on the wire.

No test sends a packet outside 127.0.0.0/8: names are resolved by a monkeypatched
``getaddrinfo``, public addresses are only judged (never connected to), and the redirect
tests use a policy that treats exactly 127.0.0.1 as "public" so a loopback server can
play the outside site while 127.0.0.2 and ::1 play the private targets.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from caravanwatch.errors import SkipInput
from caravanwatch.ingest.sources import ReadOptions, iter_drafts
from caravanwatch.records import Draft, Skip
from caravanwatch.web.urlguard import (
    REFUSED,
    GuardedBackend,
    IPAddress,
    UrlRefused,
    address_problem,
    check_url,
    guarded_fetch,
    guarded_fetcher,
    parse_ip,
    resolve_checked,
)

UA = "caravanwatch-test"
PAGE = (b"<html><head><title>Caravan reaches the border</title></head><body><article>"
        + b"<p>The caravan of about two thousand people reached the border town on "
          b"Tuesday after walking for five days, organisers said.</p>" * 3
        + b"</article></body></html>")

# -- decisions on literal addresses -------------------------------------------------

REFUSED_IPS = {
    "v4-loopback": "127.0.0.1",
    "v4-loopback-other": "127.5.6.7",
    "v4-private-10": "10.1.2.3",
    "v4-private-172": "172.16.0.1",
    "v4-private-192": "192.168.1.1",
    "v4-link-local-metadata": "169.254.169.254",
    "v4-shared-cgnat": "100.64.0.1",
    "v4-unspecified": "0.0.0.0",
    "v4-this-network": "0.1.2.3",
    "v4-multicast": "224.0.0.1",
    "v4-reserved": "240.0.0.1",
    "v4-broadcast": "255.255.255.255",
    "v4-documentation": "192.0.2.10",
    "v4-benchmark": "198.18.0.1",
    "v6-loopback": "::1",
    "v6-unspecified": "::",
    "v6-unique-local": "fd00::1",
    "v6-link-local": "fe80::1",
    "v6-site-local": "fec0::1",
    "v6-multicast": "ff02::1",
    "v6-documentation": "2001:db8::1",
    "v4-mapped-loopback": "::ffff:127.0.0.1",
    "v4-mapped-private": "::ffff:10.0.0.1",
    "v4-mapped-metadata": "::ffff:169.254.169.254",
    "v4-compatible-loopback": "::127.0.0.1",
    "6to4-loopback": "2002:7f00:1::1",
    "nat64-private": "64:ff9b::c0a8:101",
    "teredo": "2001:0:4136:e378:8000:63bf:3fff:fdd2",
}
PUBLIC_IPS = {
    "v4-public": "93.184.216.34",
    "v4-public-dns": "8.8.8.8",
    "v6-public": "2606:4700:4700::1111",
    "6to4-public": "2002:5db8:d822::1",
}


@pytest.mark.parametrize("ip", REFUSED_IPS.values(), ids=REFUSED_IPS.keys())
def test_refused_addresses(ip: str) -> None:
    assert address_problem(ipaddress.ip_address(ip)) is not None


@pytest.mark.parametrize("ip", PUBLIC_IPS.values(), ids=PUBLIC_IPS.keys())
def test_public_addresses(ip: str) -> None:
    assert address_problem(ipaddress.ip_address(ip)) is None


NOTATIONS = {
    "decimal": ("2130706433", "127.0.0.1"),
    "hex": ("0x7f000001", "127.0.0.1"),
    "octal-dotted": ("0177.0.0.1", "127.0.0.1"),
    "hex-dotted-short": ("0x7f.1", "127.0.0.1"),
    "short": ("127.1", "127.0.0.1"),
    "trailing-dot": ("127.0.0.1.", "127.0.0.1"),
    "bracketed-v6": ("[::1]", "::1"),
    "decimal-private": ("167772161", "10.0.0.1"),
    "octal-metadata": ("0251.0376.0251.0376", "169.254.169.254"),
}


@pytest.mark.parametrize(("host", "ip"), NOTATIONS.values(), ids=NOTATIONS.keys())
def test_numeric_notations_are_addresses(host: str, ip: str) -> None:
    assert parse_ip(host) == ipaddress.ip_address(ip)


@pytest.mark.parametrize("host", ["example.org", "cafe.be", "deadbeef.example", "1.2.3.4.5"])
def test_names_are_not_addresses(host: str) -> None:
    assert parse_ip(host) is None


REFUSED_URLS = {
    "loopback": "http://127.0.0.1/",
    "localhost-v6": "http://[::1]:8000/admin",
    "decimal": "http://2130706433/",
    "hex": "http://0x7f000001/",
    "octal": "http://0177.0.0.1/",
    "short": "http://127.1:8080/",
    "mapped": "http://[::ffff:127.0.0.1]/",
    "mapped-hex": "http://[::ffff:7f00:1]/",
    "metadata": "http://169.254.169.254/latest/meta-data/",
    "zero": "http://0.0.0.0:22/",
    "userinfo": "http://news.example@127.0.0.1/",
    "https-private": "https://192.168.0.1/",
}


@pytest.mark.parametrize("url", REFUSED_URLS.values(), ids=REFUSED_URLS.keys())
def test_check_url_refuses_literal_private_hosts(url: str) -> None:
    with pytest.raises(UrlRefused) as info:
        check_url(url)
    assert info.value.reason == REFUSED


@pytest.mark.parametrize("url", REFUSED_URLS.values(), ids=REFUSED_URLS.keys())
def test_allow_private_lets_literal_hosts_through(url: str) -> None:
    assert check_url(url, allow_private=True)


BAD_SCHEMES = {
    "file": "file:///etc/passwd",
    "ftp": "ftp://example.org/x",
    "gopher": "gopher://127.0.0.1:25/",
    "javascript": "javascript:alert(1)",
    "no-scheme": "//example.org/",
    "no-host": "http:///path",
}


@pytest.mark.parametrize("url", BAD_SCHEMES.values(), ids=BAD_SCHEMES.keys())
def test_only_http_and_https(url: str) -> None:
    with pytest.raises(UrlRefused):
        check_url(url, allow_private=True)


# -- names resolved through a monkeypatched getaddrinfo -----------------------------

Resolver = Callable[..., list[tuple[Any, ...]]]


def _fake_dns(table: dict[str, list[str]], calls: list[str] | None = None) -> Resolver:
    real = socket.getaddrinfo

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> list[tuple[Any, ...]]:
        if isinstance(host, bytes):
            host = host.decode()
        if host in table:
            if calls is not None:
                calls.append(host)
            out = []
            for ip in table[host]:
                fam = socket.AF_INET6 if ":" in ip else socket.AF_INET
                addr: tuple[Any, ...] = (ip, int(port), 0, 0) if fam == socket.AF_INET6 \
                    else (ip, int(port))
                out.append((fam, socket.SOCK_STREAM, 6, "", addr))
            return out
        if parse_ip(str(host)) is None:  # never let a test ask real DNS
            raise socket.gaierror(socket.EAI_NONAME, f"{host} is not in the test's table")
        return real(host, port, *args, **kwargs)

    return getaddrinfo


DNS = {
    "internal.example": ["10.0.0.7"],
    "metadata.example": ["169.254.169.254"],
    "loop.example": ["127.0.0.1"],
    "v6loop.example": ["::1"],
    "mapped.example": ["::ffff:192.168.1.1"],
    "mixed.example": ["93.184.216.34", "127.0.0.1"],
    "public.example": ["93.184.216.34", "2606:4700:4700::1111"],
}


@pytest.fixture
def fake_dns(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    monkeypatch.setattr(socket, "getaddrinfo", _fake_dns(DNS, calls))
    return calls


@pytest.mark.parametrize("host", [h for h in DNS if h != "public.example"])
def test_names_resolving_to_private_addresses_are_refused(fake_dns: list[str],
                                                          host: str) -> None:
    with pytest.raises(UrlRefused) as info:
        resolve_checked(host, 80)
    assert info.value.reason == REFUSED
    assert host in info.value.detail


def test_public_name_is_allowed_without_connecting(fake_dns: list[str]) -> None:
    infos = resolve_checked("public.example", 443)
    assert [i[4][0] for i in infos] == ["93.184.216.34", "2606:4700:4700::1111"]


def test_private_name_allowed_when_asked(fake_dns: list[str]) -> None:
    assert resolve_checked("internal.example", 80, allow_private=True)


@pytest.mark.parametrize("host", ["internal.example", "mixed.example", "v6loop.example"])
def test_fetch_refuses_private_names_before_connecting(fake_dns: list[str], host: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    def no_connect(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the guard opened a connection to a refused address")

    monkeypatch.setattr(socket, "create_connection", no_connect)
    with pytest.raises(SkipInput) as info:
        guarded_fetch(f"http://{host}/story", 5, 10_000, UA)
    assert info.value.reason == REFUSED
    assert info.value.source == f"http://{host}/story"


def test_unknown_name_is_offline(fake_dns: list[str]) -> None:
    with pytest.raises(SkipInput) as info:
        guarded_fetch("http://nowhere.invalid/", 5, 10_000, UA)
    assert info.value.reason == "offline"


# -- on the wire: servers on loopback ------------------------------------------------


class _Site:
    """A tiny HTTP server on a loopback address, counting hits; routes by path."""

    def __init__(self, host: str, routes: dict[str, tuple[int, dict[str, str], bytes]]):
        site = self
        self.hits: list[str] = []

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.hits.append(self.path)
                status, headers, body = routes.get(self.path, (404, {}, b"no"))
                self.send_response(status)
                for k, v in {"Content-Type": "text/html; charset=utf-8", **headers}.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        server_cls = type("Server", (ThreadingHTTPServer,), {"address_family": family})
        self.server = server_cls((host, 0), Handler)
        self.port = self.server.server_address[1]
        self.host = f"[{host}]" if ":" in host else host
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,),
                                       daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site() -> Iterator[Callable[..., _Site]]:
    started: list[_Site] = []

    def start(host: str = "127.0.0.1", **routes: tuple[int, dict[str, str], bytes]) -> _Site:
        s = _Site(host, {"/" + k.replace("_", "/"): v for k, v in routes.items()})
        started.append(s)
        return s

    yield start
    for s in started:
        s.close()


def only_127_0_0_1_is_public(ip: IPAddress) -> str | None:
    """A test policy: 127.0.0.1 plays an outside site; the default rules for the rest."""
    return None if str(ip) == "127.0.0.1" else address_problem(ip)


@pytest.mark.network
def test_local_server_refused_by_default(site: Callable[..., _Site]) -> None:
    s = site(page=(200, {}, PAGE))
    with pytest.raises(SkipInput) as info:
        guarded_fetch(s.url("/page"), 5, 100_000, UA)
    assert info.value.reason == REFUSED
    assert s.hits == []


@pytest.mark.network
def test_local_server_allowed_with_allow_private(site: Callable[..., _Site]) -> None:
    s = site(page=(200, {}, PAGE))
    page = guarded_fetch(s.url("/page"), 5, 100_000, UA, allow_private=True)
    assert page.status == 200 and page.body == PAGE
    assert s.hits == ["/page"]


@pytest.mark.network
def test_name_resolving_to_loopback_refused_on_the_wire(site: Callable[..., _Site],
                                                        fake_dns: list[str]) -> None:
    s = site(page=(200, {}, PAGE))
    with pytest.raises(SkipInput) as info:
        guarded_fetch(f"http://loop.example:{s.port}/page", 5, 100_000, UA)
    assert info.value.reason == REFUSED
    assert s.hits == []


def _redirect_to(target: str) -> tuple[int, dict[str, str], bytes]:
    return (302, {"Location": target}, b"")


REDIRECT_TARGETS = {
    "loopback-2": "http://127.0.0.2:{port}/page",
    "decimal-loopback-2": "http://2130706434:{port}/page",
    "name-to-loopback": "http://inside.example:{port}/page",
    "v6-loopback": "http://[::1]:{v6port}/page",
    "mapped-v6": "http://[::ffff:127.0.0.2]:{port}/page",
    "file-scheme": "file:///etc/passwd",
}


@pytest.mark.network
@pytest.mark.parametrize("target", REDIRECT_TARGETS.values(), ids=REDIRECT_TARGETS.keys())
def test_redirect_to_private_address_refused(site: Callable[..., _Site], target: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "getaddrinfo", _fake_dns({"inside.example": ["127.0.0.2"]}))
    inside = site("127.0.0.2", page=(200, {}, b"secret"))
    try:
        inside6: _Site | None = site("::1", page=(200, {}, b"secret"))
    except OSError:  # no IPv6 loopback here
        inside6 = None
    location = target.format(port=inside.port, v6port=inside6.port if inside6 else 9)
    outside = site(start=_redirect_to(location))
    with pytest.raises(SkipInput) as info:
        guarded_fetch(outside.url("/start"), 5, 100_000, UA, policy=only_127_0_0_1_is_public)
    assert info.value.reason in (REFUSED, "unsupported", "fetch_failed")
    if not target.startswith("file:"):
        assert info.value.reason == REFUSED
    assert outside.hits == ["/start"]
    assert inside.hits == [] and (inside6 is None or inside6.hits == [])


@pytest.mark.network
def test_redirect_chain_followed_when_allowed(site: Callable[..., _Site]) -> None:
    inside = site("127.0.0.2", page=(200, {}, PAGE))
    outside = site(start=_redirect_to(inside.url("/page")))
    page = guarded_fetch(outside.url("/start"), 5, 100_000, UA, allow_private=True)
    assert page.final_url == inside.url("/page") and page.body == PAGE


@pytest.mark.network
def test_public_redirect_hop_followed(site: Callable[..., _Site]) -> None:
    outside = site(start=_redirect_to("/page"), page=(200, {}, PAGE))
    page = guarded_fetch(outside.url("/start"), 5, 100_000, UA, policy=only_127_0_0_1_is_public)
    assert page.body == PAGE and outside.hits == ["/start", "/page"]


@pytest.mark.network
def test_connection_is_pinned_to_the_checked_address(site: Callable[..., _Site],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """DNS rebinding: the name is resolved once; the socket goes to that address."""
    s = site(page=(200, {}, PAGE))
    answers = iter([["127.0.0.1"], ["10.0.0.1"], ["10.0.0.1"]])
    calls: list[str] = []
    real = socket.getaddrinfo

    def rebinding(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host == "rebind.example":
            calls.append(host)
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, int(port)))
                    for ip in next(answers)]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    page = guarded_fetch(f"http://rebind.example:{s.port}/page", 5, 100_000, UA,
                         policy=only_127_0_0_1_is_public)
    assert page.body == PAGE
    assert calls == ["rebind.example"]


@pytest.mark.network
def test_size_cap_and_status(site: Callable[..., _Site]) -> None:
    s = site(big=(200, {}, b"x" * 50_000), gone=(404, {}, b"no"))
    with pytest.raises(SkipInput) as info:
        guarded_fetch(s.url("/big"), 5, 10_000, UA, allow_private=True)
    assert info.value.reason == "too_large"
    with pytest.raises(SkipInput) as info:
        guarded_fetch(s.url("/gone"), 5, 10_000, UA, allow_private=True)
    assert info.value.reason == "fetch_failed"


@pytest.mark.network
def test_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)  # accepts the connection, never answers
    try:
        with pytest.raises(SkipInput) as info:
            guarded_fetch(f"http://127.0.0.1:{listener.getsockname()[1]}/", 0.5, 10_000, UA,
                          allow_private=True)
        assert info.value.reason == "timeout"
    finally:
        listener.close()


@pytest.mark.network
def test_ingest_reads_urls_through_the_guard(site: Callable[..., _Site]) -> None:
    s = site(page=(200, {}, PAGE))
    refused = list(iter_drafts([s.url("/page")], ReadOptions(fetcher=guarded_fetcher())))
    assert len(refused) == 1 and isinstance(refused[0], Skip)
    assert refused[0].reason == REFUSED
    allowed = list(iter_drafts([s.url("/page")],
                               ReadOptions(fetcher=guarded_fetcher(allow_private=True),
                                           detect_language=False)))
    assert len(allowed) == 1 and isinstance(allowed[0], Draft)
    assert "border town" in allowed[0].text


def test_unix_sockets_refused() -> None:
    with pytest.raises(UrlRefused):
        GuardedBackend().connect_unix_socket("/run/docker.sock")
