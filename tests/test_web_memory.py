"""A server hands the C heap's free pages back after each computation it caches (the leader of a
single flight, a background refresh, a page's JSON built): its memory is then not the sum of the
peaks of every first request (bench/serve.md, eleventh round)."""

from __future__ import annotations

from typing import Any

import pytest

from missionwatch.web import service


@pytest.fixture
def trims(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    monkeypatch.setattr(service, "_TRIM", lambda pad: calls.append(pad) or 1)
    return calls


def test_a_computation_gives_back_memory_once_it_is_done(trims: list[int]) -> None:
    cache = service._Cache()
    seen: list[int] = []

    def make() -> list[int]:
        seen.append(len(trims))  # not yet while computing
        return [1, 2, 3]

    assert cache.get("key", make) == [1, 2, 3]
    assert cache.get("key", make) == [1, 2, 3]  # cached: nothing computed, nothing to give back
    assert seen == [0] and trims == [0]


def test_a_failed_computation_gives_back_memory_too(trims: list[int]) -> None:
    def make() -> Any:
        raise RuntimeError("no")

    with pytest.raises(RuntimeError):
        service.SingleFlight().do("key", make)
    assert trims == [0]


def test_a_background_refresh_gives_back_memory(trims: list[int]) -> None:
    fresh = service._Fresh()
    fresh._refresh("key", 2, lambda: "new")
    assert fresh.data["key"] == (2, "new") and trims == [0]


def test_nothing_happens_without_malloc_trim(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(service, "_TRIM", None)
    service.give_back_memory()  # no C library call, no error
