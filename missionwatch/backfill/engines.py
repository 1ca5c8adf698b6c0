"""The map step of a backfill: where blocks of documents are extracted. The only part that differs
between engines; reading, de-duplication, writing and the summary are one code path
(``backfill.run``).

An engine takes an iterator of blocks (lists of ``Document``) and yields each block with its
results, in the order the blocks came, keeping at most ``window`` blocks in flight so that memory
stays flat on an archive of any size and the single writer never falls far behind.

    local   a process pool on this machine (``multiprocessing``, spawn: no inherited locks)
    ray     Ray tasks on a local Ray instance (started with ``workers`` CPUs) or on the cluster
            at ``address`` (every node needs MissionWatch installed; ``pip install 'missionwatch[ray]'``)

Adding an engine is one class with ``map`` and ``close`` and one line in ``ENGINES``.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol

from missionwatch.extras import load
from missionwatch.models import Claim, Document

Block = list[Document]


@dataclass
class Extracted:
    """One document's result from a worker: the document as extraction left it (the extractor may
    set fields such as its language), its claims or why extraction failed, its MinHash signature
    (computed here so the single writer does not) and the seconds the worker spent."""

    document: Document
    claims: list[Claim]
    error: str | None
    signature: Any
    seconds: float


# A worker's extractors, loaded once per process ('' = none: store documents only).
_LOADED: dict[str, Callable[[Document], list[Claim]] | None] = {}


def _extractor(name: str) -> Callable[[Document], list[Claim]] | None:
    if name not in _LOADED:
        from missionwatch.cli.ingest import load_extractor

        _LOADED[name] = load_extractor(name)[0] if name else None
    return _LOADED[name]


def warm(name: str) -> None:
    """Load the extractor and its spaCy pipeline before the first block (a one-off cost per worker)."""
    extract = _extractor(name)
    if extract is not None:
        extract(
            Document(text="Warm-up: 400 Kenyan officers arrived in Haiti in June 2024.", source="warm-up")
        )


def _warm_and_count(name: str, ready: Any) -> None:
    warm(name)
    with ready.get_lock():
        ready.value += 1


def extract_block(block: Block, name: str) -> list[Extracted]:
    """The worker's job: claims and signature of every document of a block; never raises for one
    document's failure (it becomes that document's ``error``, as in ``ingest``)."""
    from missionwatch.ledger.clusters import signature

    extract = _extractor(name)
    out: list[Extracted] = []
    for doc in block:
        started = time.perf_counter()
        claims: list[Claim] = []
        error = None
        if extract is not None:
            try:
                claims = extract(doc)
            except Exception as exc:  # one document's extractor failure must not end the batch
                error = f"extraction failed ({type(exc).__name__}: {exc})"
        out.append(Extracted(doc, claims, error, signature(doc.text), time.perf_counter() - started))
    return out


class Engine(Protocol):
    """Where blocks are extracted; ``workers`` is how many blocks run at once."""

    workers: int

    def map(self, blocks: Iterable[Block]) -> Iterator[tuple[Block, list[Extracted]]]: ...

    def close(self) -> None: ...


def _ordered(
    blocks: Iterable[Block],
    submit: Callable[[Block], Any],
    wait: Callable[[Any], list[Extracted]],
    window: int,
) -> Iterator[tuple[Block, list[Extracted]]]:
    """Submit blocks while fewer than ``window`` are in flight; yield results in submission order."""
    pending: deque[tuple[Block, Any]] = deque()
    for block in blocks:
        pending.append((block, submit(block)))
        if len(pending) >= window:
            first, handle = pending.popleft()
            yield first, wait(handle)
    while pending:
        first, handle = pending.popleft()
        yield first, wait(handle)


class LocalEngine:
    """A pool of ``workers`` processes on this machine, each with its own warm extractor."""

    def __init__(self, workers: int, extractor: str, address: str | None = None) -> None:
        if address:
            from missionwatch.errors import InputError

            raise InputError("--address is for --engine ray (a Ray cluster)", input=address)
        self.workers = workers
        self.extractor = extractor
        context = multiprocessing.get_context("spawn")
        ready = context.Value("i", 0)
        # concurrent.futures rather than multiprocessing.Pool: a worker killed (out of memory)
        # breaks the pool with an error instead of leaving its block waited for forever
        self._pool = ProcessPoolExecutor(
            workers, mp_context=context, initializer=_warm_and_count, initargs=(extractor, ready)
        )
        for _ in range(workers):  # a spawn pool starts a process per submission while none is idle
            self._pool.submit(time.sleep, 0)
        while ready.value < workers:  # every worker warm: startup is not counted as backfill time
            time.sleep(0.05)

    def map(self, blocks: Iterable[Block]) -> Iterator[tuple[Block, list[Extracted]]]:
        return _ordered(
            blocks,
            lambda block: self._pool.submit(extract_block, block, self.extractor),
            lambda handle: handle.result(),
            2 * self.workers,
        )

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class RayEngine:
    """Ray tasks, one per block; a local Ray instance with ``workers`` CPUs unless ``address`` names
    a running cluster (then ``workers`` is how many blocks are in flight at once)."""

    def __init__(self, workers: int, extractor: str, address: str | None = None) -> None:
        ray = load("ray", "ray", "missionwatch backfill --engine ray")
        self._ray = ray
        self.workers = workers
        self.extractor = extractor
        self._started = not ray.is_initialized()
        if self._started:
            options: dict[str, Any] = {"logging_level": logging.ERROR, "log_to_driver": False}
            if address:
                ray.init(address=address, **options)
            else:
                ray.init(num_cpus=workers, include_dashboard=False, **options)
        self._task = ray.remote(num_cpus=1, max_retries=2)(extract_block)
        warmer = ray.remote(num_cpus=1)(warm)
        ray.get([warmer.remote(extractor) for _ in range(workers)])

    def map(self, blocks: Iterable[Block]) -> Iterator[tuple[Block, list[Extracted]]]:
        return _ordered(
            blocks,
            lambda block: self._task.remote(block, self.extractor),
            lambda handle: self._ray.get(handle),
            2 * self.workers,
        )

    def close(self) -> None:
        if self._started:
            self._ray.shutdown()


ENGINES: dict[str, type[LocalEngine] | type[RayEngine]] = {"local": LocalEngine, "ray": RayEngine}


def default_workers() -> int:
    """The CPUs this process may use (a container's limit, not the host's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)
