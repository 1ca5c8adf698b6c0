"""The HTTP client of ``watch``: the guard of ``web.py`` plus what following sources for months needs.

- Every hop (the URL and each redirect) passes ``web.check_url`` before it is requested, and every
  connection ``web.GuardedBackend``; redirects are followed by hand, at most ``web.MAX_REDIRECTS``.
- Retries with exponential backoff and jitter (stamina) on 429, 5xx and connection errors; a
  ``Retry-After`` (seconds or an HTTP date) replaces the backoff when it is at most
  ``retry_after_max`` seconds, and a longer one ends the poll with ``RetryLater`` so the watch loop
  comes back then instead of holding the process.
- A per-host rate limit: at least ``host_interval`` seconds between two requests to one host.
- Conditional GET is the caller's (``watch`` keeps the validators): a 304 comes back as a Response
  with ``status == 304`` and no body.
- The body is read within ``max_document_bytes`` as for any URL.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from missionwatch.config import Settings
from missionwatch.errors import InputError

from .registry import Response
from .web import MAX_REDIRECTS, GuardRefused, _read_body, check_url, guarded_client

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class RetryLater(InputError):
    """The server asked us to come back later than we are willing to wait in-process."""

    def __init__(self, reason: str, *, input: str | None = None, after: float = 0.0) -> None:
        super().__init__(reason, input=input)
        self.after = after


class _Retryable(Exception):
    """A response worth another try (429/5xx), with the server's Retry-After in seconds if any."""

    def __init__(self, status: int, reason: str, retry_after: float | None) -> None:
        super().__init__(f"HTTP {status} {reason}".strip())
        self.status = status
        self.retry_after = retry_after


def retry_after_seconds(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delta-seconds or an HTTP date), None if unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdecimal():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class HostLimiter:
    """At least ``interval`` seconds between two requests to the same host (in this process)."""

    def __init__(self, interval: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = interval
        self.clock = clock
        self.last: dict[str, float] = {}

    def wait(self, url: str) -> None:
        host = (urlsplit(url).hostname or "").lower()
        now = self.clock()
        due = self.last.get(host, -1e18) + self.interval
        if due > now:
            time.sleep(due - now)
            now = self.clock()
        self.last[host] = now


def retries(settings: Settings, *, on: Callable[[Exception], bool | float]) -> Any:
    """The project's one retry schedule (stamina: exponential backoff with jitter, ``retry_*``
    settings), for HTTP polls and push deliveries alike; iterate it and run each try in ``with``."""
    import stamina

    def retry_on(exc: BaseException) -> bool | float:
        return on(exc) if isinstance(exc, Exception) else False  # (never a KeyboardInterrupt)

    return stamina.retry_context(
        on=retry_on,
        attempts=max(1, settings.retry_attempts),
        timeout=None,
        wait_initial=settings.retry_wait,
        wait_max=settings.retry_wait_max,
        wait_jitter=settings.retry_wait,
    )


class WatchHttp:
    """Implements ``registry.Http``; one per watch run (its connections and host clocks are shared)."""

    def __init__(self, *, settings: Settings, allow_private: bool = False) -> None:
        self.settings = settings
        self.allow_private = allow_private
        self.client = guarded_client(allow_private=allow_private, settings=settings)
        self.limiter = HostLimiter(settings.host_interval)
        self.requests = 0  # every request sent, retries and redirect hops included

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> WatchHttp:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def get(
        self,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        return self.request("GET", url, params=params, headers=headers)

    def post(
        self,
        url: str,
        *,
        json_body: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        return self.request("POST", url, json_body=json_body, headers=headers)

    def request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        json_body: Any = None,
        content: bytes | None = None,
    ) -> Response:
        """One request with retries; raises InputError (``RetryLater`` for a long Retry-After)."""
        if params:
            url = str(httpx.URL(url, params={k: v for k, v in params.items() if v is not None}))
        s = self.settings
        try:
            for attempt in retries(s, on=self._backoff):
                with attempt:
                    return self._once(method, url, headers or {}, json_body, content)
        except _Retryable as exc:
            if exc.retry_after is not None and exc.retry_after > s.retry_after_max:
                raise RetryLater(
                    f"{exc} (Retry-After {exc.retry_after:.0f} s)", input=url, after=exc.retry_after
                ) from None
            raise InputError(f"{exc} (after {s.retry_attempts} attempts)", input=url) from None
        except httpx.TimeoutException:
            raise InputError(
                f"timed out after {s.http_timeout:g} s ({s.retry_attempts} attempts)", input=url
            ) from None
        except httpx.HTTPError as exc:
            raise InputError(
                f"cannot fetch ({type(exc).__name__}: {exc or 'no detail'}; {s.retry_attempts} attempts)",
                input=url,
            ) from None
        raise AssertionError("unreachable")  # pragma: no cover - stamina returns or raises

    def _backoff(self, exc: Exception) -> bool | float:
        if isinstance(exc, _Retryable):
            if exc.retry_after is None:
                return True
            if exc.retry_after > self.settings.retry_after_max:
                return False  # RetryLater: the watch loop comes back then
            return exc.retry_after
        return isinstance(exc, httpx.TransportError)  # connect errors, resets, timeouts

    def _once(
        self, method: str, url: str, headers: Mapping[str, str], json_body: Any, content: bytes | None
    ) -> Response:
        current = url
        deadline = time.monotonic() + self.settings.http_timeout
        for _hop in range(MAX_REDIRECTS + 1):
            try:
                check_url(current, allow_private=self.allow_private)
            except GuardRefused as exc:
                hop = "" if current == url else f"redirect to {current}: "
                raise InputError(f"{hop}{exc}", input=url) from None
            self.limiter.wait(current)
            self.requests += 1
            kwargs: dict[str, Any] = {"headers": dict(headers)}
            if json_body is not None:
                kwargs["json"] = json_body
            elif content is not None:
                kwargs["content"] = content
            try:
                with self.client.stream(method, current, **kwargs) as response:
                    status = response.status_code
                    if status == 304:
                        return Response(url=current, status=304, headers=dict(response.headers), data=b"")
                    if 300 <= status < 400:
                        location = response.headers.get("location")
                        if not location:
                            raise InputError(f"HTTP {status} redirect without a Location", input=url)
                        current = urljoin(current, location)
                        if status in (301, 302, 303) and method != "GET":
                            method, json_body, content = "GET", None, None
                        continue
                    if status in RETRY_STATUSES:
                        raise _Retryable(
                            status,
                            response.reason_phrase,
                            retry_after_seconds(response.headers.get("retry-after")),
                        )
                    if status >= 400:
                        raise InputError(f"HTTP {status} {response.reason_phrase}".strip(), input=url)
                    body = _read_body(response, current, self.settings, url, deadline)
                    return Response(
                        url=current,
                        status=status,
                        headers=dict(response.headers),
                        data=body.data,
                        content_type=body.content_type,
                        charset=body.charset,
                    )
            except GuardRefused as exc:  # raised at connect time by GuardedBackend
                hop = "" if current == url else f"redirect to {current}: "
                raise InputError(f"{hop}{exc}", input=url) from None
        raise InputError(f"too many redirects (more than {MAX_REDIRECTS})", input=url)
