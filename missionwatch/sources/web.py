"""Fetching URLs: pages, PDFs, text and feeds, behind a guard against reaching private networks.

MissionWatch's API accepts URLs from users, so a fetch must never become a way into the machine's
own network (cloud metadata at 169.254.169.254, an admin page on 10.x, a database on localhost).
The guard refuses any URL whose host is, or resolves to, an address that is loopback, private,
link-local, multicast, reserved, unspecified or otherwise not globally routable — *every* address
``getaddrinfo`` returns must pass, and IPv4-mapped IPv6 addresses are judged by their IPv4 part.
It is applied

* before each request, to the URL and to every redirect hop (redirects are followed by hand, at
  most ``MAX_REDIRECTS``), so refusals need no traffic and name the hop; and
* again at connect time, inside the HTTP transport (``GuardedBackend``), which connects to the
  address it has just checked — so a DNS answer that changes between check and connect (DNS
  rebinding) cannot slip through.

``allow_private=True`` lifts the guard (tests, a self-hosted intranet). Environment proxies are
ignored (``trust_env=False``): through a proxy the guard could not see where a request goes.

Responses are streamed and dropped as soon as they pass ``settings.max_document_bytes`` (after
decompression, so a gzip bomb stops too). Every failure is an InputError naming the URL given.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from missionwatch.config import Settings
from missionwatch.errors import InputError
from missionwatch.models import Document

from .base import check_size, decode_bytes
from .text import document_from_text

MAX_REDIRECTS = 5
ACCEPT = (
    "text/html,application/xhtml+xml,application/pdf,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"
)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class GuardRefused(Exception):
    """A host resolved to an address the guard does not allow (carried out of the transport)."""


def blocked_reason(address: str | IPAddress) -> str | None:
    """Why an address may not be fetched from (``"a private address"``…), or None when public."""
    ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return blocked_reason(ip.ipv4_mapped)
        ip = ipaddress.IPv6Address(int(ip))  # drop any scope id ("fe80::1%eth0")
    checks = (
        ("is_unspecified", "an unspecified address"),
        ("is_loopback", "a loopback address"),
        ("is_link_local", "a link-local address"),
        ("is_multicast", "a multicast address"),
        ("is_reserved", "a reserved address"),
        ("is_private", "a private address"),
    )
    for attribute, reason in checks:
        if getattr(ip, attribute):
            return reason
    if not ip.is_global:
        return "a non-public address"
    return None


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (an IP literal resolves to itself)."""
    try:
        return [str(ipaddress.ip_address(host))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise GuardRefused(f"cannot resolve host {host!r} ({exc})") from None
    seen: list[str] = []
    for info in infos:
        address = str(info[4][0])
        if address not in seen:
            seen.append(address)
    return seen


def check_addresses(host: str, addresses: list[str], allow_private: bool) -> None:
    """Raise GuardRefused unless every address is allowed."""
    if allow_private:
        return
    for address in addresses:
        reason = blocked_reason(address)
        if reason:
            where = f"{host} is" if host == address else f"{host} resolves to {address},"
            raise GuardRefused(f"refused: {where} {reason} (pass --allow-private to fetch it)")


def check_url(url: str, *, allow_private: bool = False) -> None:
    """Raise GuardRefused for a URL that is not http(s) or whose host is not allowed; no traffic."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise GuardRefused(f"unsupported URL scheme {parts.scheme!r} (only http and https)")
    host = parts.hostname
    if not host:
        raise GuardRefused("URL has no host")
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        raise GuardRefused("URL has an invalid port") from None
    check_addresses(host, resolve(host, port), allow_private)


class GuardedBackend(httpcore.SyncBackend):
    """The network backend that checks the address it is about to connect to, then connects to it."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        addresses = resolve(host, port)
        check_addresses(host, addresses, self.allow_private)
        error: Exception | None = None
        for address in addresses:
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        assert error is not None
        raise error


def guarded_client(
    *, allow_private: bool, settings: Settings, ssl_context: ssl.SSLContext | None = None
) -> httpx.Client:
    """An httpx client whose every connection goes through GuardedBackend.

    ``ssl_context`` replaces the default (certifi) trust store, for tests with their own CA.
    """
    transport = httpx.HTTPTransport(trust_env=False)
    # httpx has no public way to pass a network backend; its pool is rebuilt with ours.
    transport._pool = httpcore.ConnectionPool(
        ssl_context=ssl_context or httpx.create_ssl_context(),
        network_backend=GuardedBackend(allow_private),
        max_connections=10,
        max_keepalive_connections=5,
        keepalive_expiry=5.0,
    )
    return httpx.Client(
        transport=transport,
        timeout=settings.http_timeout,
        follow_redirects=False,
        trust_env=False,
        headers={"User-Agent": settings.user_agent, "Accept": ACCEPT},
    )


@dataclass
class Fetched:
    """A response body read within the size cap."""

    url: str
    content_type: str | None
    charset: str | None
    data: bytes


def fetch(
    url: str,
    *,
    allow_private: bool,
    settings: Settings,
    source: str | None = None,
    client: httpx.Client | None = None,
) -> Fetched:
    """GET ``url`` following redirects by hand, every hop through the guard; raises InputError."""
    source = source or url
    own = client is None
    client = client or guarded_client(allow_private=allow_private, settings=settings)
    # httpx's timeout bounds each read; the deadline bounds the whole fetch (a server dripping a
    # byte a second would otherwise never time out).
    deadline = time.monotonic() + settings.http_timeout
    try:
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            try:
                check_url(current, allow_private=allow_private)
                with client.stream("GET", current) as response:
                    if 300 <= response.status_code < 400:
                        location = response.headers.get("location")
                        if not location:
                            raise InputError(
                                f"HTTP {response.status_code} redirect without a Location", input=source
                            )
                        current = urljoin(current, location)
                        continue
                    if response.status_code >= 400:
                        raise InputError(
                            f"HTTP {response.status_code} {response.reason_phrase}".strip(), input=source
                        )
                    return _read_body(response, current, settings, source, deadline)
            except GuardRefused as exc:
                hop = "" if current == url else f"redirect to {current}: "
                raise InputError(f"{hop}{exc}", input=source) from None
            except httpx.TimeoutException:
                raise InputError(f"timed out after {settings.http_timeout:g} s", input=source) from None
            except httpx.HTTPError as exc:
                raise InputError(
                    f"cannot fetch ({type(exc).__name__}: {exc or 'no detail'})", input=source
                ) from None
        raise InputError(f"too many redirects (more than {MAX_REDIRECTS})", input=source)
    finally:
        if own:
            client.close()


def _read_body(
    response: httpx.Response, url: str, settings: Settings, source: str, deadline: float
) -> Fetched:
    limit = settings.max_document_bytes
    declared = response.headers.get("content-length")
    if declared and declared.isdecimal():
        check_size(int(declared), limit, source)
    chunks: list[bytes] = []
    total = 0
    for chunk in response.iter_bytes():
        total += len(chunk)
        if total > limit:
            raise InputError(
                f"too large: stopped after {total} bytes, over the {limit}-byte limit "
                "(MISSIONWATCH_MAX_DOCUMENT_BYTES)",
                input=source,
            )
        chunks.append(chunk)
        if time.monotonic() > deadline:
            raise InputError(f"timed out after {settings.http_timeout:g} s", input=source)
    content_type, charset = _split_content_type(response.headers.get("content-type"))
    return Fetched(url=url, content_type=content_type, charset=charset, data=b"".join(chunks))


def _split_content_type(header: str | None) -> tuple[str | None, str | None]:
    if not header:
        return None, None
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip("\"' ").lower()
    return media.strip().lower() or None, charset


_MEDIA_KINDS = {
    "text/html": "text/html",
    "application/xhtml+xml": "text/html",
    "application/pdf": "application/pdf",
    "application/rss+xml": "application/rss+xml",
    "application/atom+xml": "application/atom+xml",
    "application/rdf+xml": "application/rss+xml",
    "application/xml": "application/rss+xml",
    "text/xml": "application/rss+xml",
    "text/plain": "text/plain",
    "text/markdown": "text/markdown",
    "application/jsonl": "application/jsonl",
    "application/x-ndjson": "application/jsonl",
    "application/jsonlines": "application/jsonl",
}


def kind_of(fetched: Fetched) -> str:
    """What reader a response needs: its declared type, unless the bytes clearly say otherwise."""
    from . import sniff

    sniffed = sniff(fetched.data)
    declared = _MEDIA_KINDS.get(fetched.content_type or "")
    if declared is None:
        return sniffed
    if sniffed in ("application/pdf", "application/rss+xml") and declared != sniffed:
        return sniffed  # mislabelled PDFs and feeds are common on news sites
    return declared


def document_from_fetched(fetched: Fetched, *, source: str, kind: str) -> Document:
    """One Document from a page, PDF or text response."""
    if kind == "text/html":
        from .html import read_html

        page: bytes | str = fetched.data
        if fetched.charset:
            try:
                page = fetched.data.decode(fetched.charset)
            except (LookupError, UnicodeDecodeError):
                page = fetched.data  # a wrong or unknown charset label: let trafilatura detect it
        return read_html(page, source=source, url=fetched.url)
    if kind == "application/pdf":
        from .pdf import read_pdf

        return read_pdf(fetched.data, source=source, url=fetched.url)
    warnings: list[str] = []
    text = _decode_declared(fetched, source, warnings)
    return document_from_text(text, source=source, content_type=kind, warnings=warnings, url=fetched.url)


def _decode_declared(fetched: Fetched, source: str, warnings: list[str]) -> str:
    if fetched.charset and fetched.charset not in ("utf-8", "utf8"):
        try:
            text = fetched.data.decode(fetched.charset)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            if text.strip():
                return decode_bytes(text.encode("utf-8"), source=source, warnings=warnings)
    return decode_bytes(fetched.data, source=source, warnings=warnings)


def iter_url(
    url: str, *, allow_private: bool = False, settings: Settings | None = None
) -> Iterator[Document | InputError]:
    """The documents behind a URL; a page gives one, a feed one per entry (failures as values)."""
    settings = settings or Settings()
    with guarded_client(allow_private=allow_private, settings=settings) as client:
        fetched = fetch(url, allow_private=allow_private, settings=settings, client=client)
        kind = kind_of(fetched)
        if kind in ("application/rss+xml", "application/atom+xml"):
            from .feed import read_feed_bytes

            yield from read_feed_bytes(
                fetched.data,
                source=url,
                feed_url=fetched.url,
                fetch_entry=entry_fetcher(allow_private, settings, client),
            )
        elif kind == "application/jsonl":
            from .jsonl import read_jsonl

            yield from read_jsonl(fetched.data, source=url)
        else:
            yield document_from_fetched(fetched, source=url, kind=kind)


FEED_KINDS = frozenset({"application/rss+xml", "application/atom+xml", "application/jsonl"})


def article_from(
    fetched: Fetched, link: str, refusal: str = "feed entry links to another feed, not an article"
) -> Document:
    """A fetched link read as a page, PDF or text; a link that turns out to be a feed is refused
    (InputError ``refusal`` naming the link): feed entries and discovered links lead to articles."""
    kind = kind_of(fetched)
    if kind in FEED_KINDS:
        raise InputError(refusal, input=link)
    return document_from_fetched(fetched, source=link, kind=kind)


def entry_fetcher(
    allow_private: bool, settings: Settings, client: httpx.Client | None = None
) -> Callable[[str], Document]:
    """A function fetching one feed entry's link as a page, PDF or text (not another feed)."""

    def fetch_entry(link: str) -> Document:
        return article_from(fetch(link, allow_private=allow_private, settings=settings, client=client), link)

    return fetch_entry
