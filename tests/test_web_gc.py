"""A server's cyclic collector (``web.server.tune_gc``) leaves the young objects of a first page
alone for 50,000 allocations: at 10,000 it ran 32 times, twice over the middle generation, while
a first conflicts list of MSS was built at 1,000,009 claims (bench/serve.md, fifteenth round)."""

from __future__ import annotations

import gc
from typing import Any

from missionwatch.web import server


def test_forty_thousand_new_objects_start_no_collection() -> None:
    threshold = gc.get_threshold()
    runs: list[int] = []

    def seen(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            runs.append(info["generation"])

    try:
        server.tune_gc()
        gc.callbacks.append(seen)
        kept = [{"claim": i, "sides": [i]} for i in range(20_000)]  # 40,000 containers
        gc.callbacks.remove(seen)
        assert len(kept) == 20_000
        assert runs == []
    finally:
        if seen in gc.callbacks:
            gc.callbacks.remove(seen)
        gc.unfreeze()
        gc.set_threshold(*threshold)
