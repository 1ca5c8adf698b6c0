"""Anything the server still computes is computed once however many requests ask at once."""

from __future__ import annotations

import threading

import pytest

from missionwatch.web.service import SingleFlight, _Cache


def _all_waiting(flights: SingleFlight, key: object, n: int) -> None:
    """Until the first caller is computing and the other n - 1 wait for it."""
    while True:
        with flights.lock:
            flight = flights.flights.get(key)
            if flight is not None and flight.waiters == n - 1:
                return


def _herd(call: object, n: int = 8) -> list[object]:
    """Start ``n`` threads on ``call`` and return what each got (a result or the error raised)."""
    got: list[object] = []
    lock = threading.Lock()

    def run() -> None:
        try:
            value = call()  # type: ignore[operator]
        except Exception as exc:
            value = exc
        with lock:
            got.append(value)

    threads = [threading.Thread(target=run) for _ in range(n)]
    for t in threads:
        t.start()
    return threads, got  # type: ignore[return-value]


def test_concurrent_callers_of_one_key_share_one_computation() -> None:
    flights = SingleFlight()
    release = threading.Event()
    calls: list[int] = []

    def make() -> str:
        calls.append(1)
        release.wait(10)
        return "overview"

    threads, got = _herd(lambda: flights.do("MSS", make))
    _all_waiting(flights, "MSS", 8)
    release.set()
    for t in threads:  # type: ignore[attr-defined]
        t.join()
    assert calls == [1] and got == ["overview"] * 8
    assert flights.do("MSS", lambda: "again") == "again"  # done flights are forgotten


def test_an_error_reaches_every_waiting_caller_and_the_next_call_tries_again() -> None:
    flights = SingleFlight()
    release = threading.Event()
    calls: list[int] = []

    def fail() -> str:
        calls.append(1)
        release.wait(10)
        raise RuntimeError("database gone")

    threads, got = _herd(lambda: flights.do("k", fail), n=4)
    _all_waiting(flights, "k", 4)
    release.set()
    for t in threads:  # type: ignore[attr-defined]
        t.join()
    assert calls == [1] and all(isinstance(g, RuntimeError) for g in got)
    with pytest.raises(RuntimeError):
        flights.do("k", fail)


def test_the_cache_computes_a_missing_value_once() -> None:
    cache = _Cache()
    release = threading.Event()
    calls: list[int] = []

    def make() -> int:
        calls.append(1)
        release.wait(10)
        return 42

    threads, got = _herd(lambda: cache.get(("facts", 1), make))
    _all_waiting(cache.flights, ("facts", 1), 8)
    release.set()
    for t in threads:  # type: ignore[attr-defined]
        t.join()
    assert calls == [1] and got == [42] * 8 and cache.get(("facts", 1), lambda: 0) == 42
