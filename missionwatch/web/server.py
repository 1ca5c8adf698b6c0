"""Run the app with Uvicorn in a background thread: for tests, the browser checks and the benchmark.

``running(app)`` binds 127.0.0.1 on a free port, waits until the server answers, yields its base
URL and stops it on exit, so nothing is left listening after a test.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn


@contextmanager
def running(app: Any, host: str = "127.0.0.1", port: int = 0, **config: Any) -> Iterator[str]:
    """Serve ``app`` until the block ends; yields ``http://host:port``."""
    server = uvicorn.Server(
        uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="off", **config)
    )
    thread = threading.Thread(target=server.run, name="missionwatch-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the server did not start")
        time.sleep(0.02)
    bound = server.servers[0].sockets[0].getsockname()
    try:
        yield f"http://{host}:{bound[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


# -- missionwatch serve: one process or several workers, and a bounded shutdown -------------------

GRACE_S = 3  # seconds Uvicorn lets requests finish after SIGTERM
EXIT_AFTER_S = 1.0  # then, seconds before a request still computing in a thread is abandoned
SETTINGS_ENV = "MISSIONWATCH_SERVE_SETTINGS"  # what `serve --workers N` hands each worker process


class ExitAfterShutdown:
    """End the process soon after Uvicorn's shutdown, even if a request is still computing.

    Uvicorn stops waiting for requests after ``GRACE_S`` and runs the lifespan shutdown, but a
    synchronous endpoint runs in a worker thread that nothing can interrupt, and Python waits for
    such threads before it exits (a long timeline kept a server alive for 50 s after SIGTERM,
    issue 10). Every write is one database transaction, so abandoning the thread loses nothing
    committed: when the lifespan shutdown arrives, a daemon timer ends the process ``EXIT_AFTER_S``
    later unless it has ended by itself.
    """

    def __init__(self, app: Any, exit_after: float = EXIT_AFTER_S) -> None:
        self.app = app
        self.exit_after = exit_after

    def __getattr__(self, name: str) -> Any:  # app.state and friends stay reachable
        return getattr(self.app, name)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "lifespan":
            await self.app(scope, receive, send)
            return

        async def watched() -> Any:
            message = await receive()
            if message["type"] == "lifespan.shutdown":
                timer = threading.Timer(self.exit_after, _exit_now)
                timer.daemon = True
                timer.start()
            return message

        await self.app(scope, watched, send)


def _exit_now() -> None:
    import logging
    import os
    import sys

    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def warm(app: Any) -> None:
    """What a server does before it listens, so that no reader waits for it on a first page: start
    the chart engine, compile the templates, read the knowledge base."""
    from missionwatch.report.charts import warm as warm_charts
    from missionwatch.web.render import warm as warm_templates

    warm_charts()
    warm_templates()
    app.state.service.backend.warm()
    tune_gc()


GC_THRESHOLD = (50_000, 10, 10)  # objects allocated between young collections (CPython's is 700)


def tune_gc() -> None:
    """Make the cycle collector cheap for a server's reads: everything alive after start-up
    (modules, the knowledge base, templates) is moved out of its reach (``gc.freeze``), and the
    youngest generation is collected every 50,000 allocations instead of 700. A first facts list
    or alert list builds a few hundred thousand dicts and lists from JSON, none of them in a
    cycle; with the defaults the collector ran over them and everything else so often that it
    took 40 % of the first alert list's CPU time (bench/serve.md, fourth round). At 10,000 it
    still took 36-127 ms of a first overview, conflicts, alert or facts list at 1,000,009 claims
    (32 collections for the conflicts, two of the middle generation), at 50,000 19-64 ms
    (bench/serve.md, fifteenth round). Garbage is still freed by reference counting at once; only
    cycles wait a little longer (100-330 objects in cycles per first page)."""
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLD)


def app_from_env() -> Any:
    """The app of one worker of ``missionwatch serve --workers N`` (a Uvicorn factory): the
    database, settings and body limit the command was given, passed through the environment."""
    import json
    import os

    from missionwatch.config import Settings
    from missionwatch.web.app import create_app

    given = json.loads(os.environ[SETTINGS_ENV])
    settings = Settings.model_validate(given["settings"])
    app = create_app(given["db"], settings=settings, max_body_bytes=given["max_body"])
    warm(app)  # before this worker takes requests
    return ExitAfterShutdown(app)


def serve(
    app: Any, *, host: str, port: int, workers: int = 1, db: str = "", settings: Any = None, max_body: int = 0
) -> None:
    """Run ``missionwatch serve``: this process, or ``workers`` Uvicorn worker processes that each
    build their own app (own caches, own database connections) from the same options. SIGTERM
    ends either within ``GRACE_S + EXIT_AFTER_S`` seconds."""
    if workers <= 1:
        warm(app)  # before the first page: the chart engine's start is not a reader's wait
        uvicorn.run(
            ExitAfterShutdown(app),
            host=host,
            port=port,
            log_level="warning",
            timeout_graceful_shutdown=GRACE_S,
        )
        return
    import json
    import os

    app.state.service.ledger.close()  # this process only supervises the workers
    os.environ[SETTINGS_ENV] = json.dumps(
        {"db": db, "settings": settings.model_dump(mode="json"), "max_body": max_body}
    )
    uvicorn.run(
        "missionwatch.web.server:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        timeout_graceful_shutdown=GRACE_S,
    )
