"""``missionwatch serve`` ends soon after SIGTERM — one process or several workers — while clients
are asking (issue 10: a server busy with eight timelines ignored SIGTERM for over 50 s).

The real command runs in a subprocess; the test only guards against a hang (30 s). How long the
shutdown takes is measured by ``bench/bench_serve.py --shutdown`` (bench/serve.md), not asserted.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from missionwatch.ledger import open_ledger
from missionwatch.models import Claim, Document


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _ledger(path: Path) -> None:
    with open_ledger(str(path)) as led:
        for i in range(30):
            value = 400 + i
            text = f"Dispatch {i}. The mission had about {value} officers on duty that week."
            claim = Claim(
                measure="personnel.deployed",
                mission="MSS",
                value=value,
                sentence=f"The mission had about {value} officers on duty that week.",
                extractor="test",
            )
            led.store(Document(text=text, source=f"{i}.txt", published=f"2025-01-{1 + i % 27:02d}"), [claim])


def start_server(db: Path, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    """The real ``missionwatch serve`` in a subprocess, once it answers."""
    port = _free_port()
    cmd = [sys.executable, "-c", "from missionwatch.cli import main; main()", "serve", "--db", str(db)]
    cmd += ["--port", str(port), "--workers", str(workers)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("MISSIONWATCH_TOKEN", None)
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(base + "/api/v1/missions", timeout=5) as r:
                r.read()
            return proc, base
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"the server did not start: {proc.communicate()[1].decode()[-2000:]}")
            time.sleep(0.2)


def stop_under_load(proc: subprocess.Popen[bytes], base: str, clients: int = 8) -> tuple[float, int]:
    """SIGTERM while ``clients`` threads keep asking; (seconds until the process ended, answers)."""
    stop = threading.Event()
    answered = [0] * clients

    def ask(n: int) -> None:
        paths = [
            "/api/v1/facts?mission=MSS",
            "/api/v1/timelines?mission=MSS",
            "/missions/MSS",
            "/api/v1/claims",
        ]
        i = 0
        while not stop.is_set():
            try:
                with urllib.request.urlopen(base + paths[i % len(paths)], timeout=10) as r:
                    r.read()
                answered[n] += 1
            except OSError:
                time.sleep(0.05)  # refused once the server stops listening
            i += 1

    threads = [threading.Thread(target=ask, args=(n,), daemon=True) for n in range(clients)]
    for t in threads:
        t.start()
    time.sleep(1.5)
    proc.send_signal(signal.SIGTERM)
    sent = time.monotonic()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("the server was still running 30 s after SIGTERM")
    took = time.monotonic() - sent
    stop.set()
    for t in threads:
        t.join(timeout=15)
    return took, sum(answered)


@pytest.mark.parametrize("workers", [1, 2])
def test_sigterm_ends_the_server_while_clients_are_asking(tmp_path: Path, workers: int) -> None:
    db = tmp_path / "ledger.db"
    _ledger(db)
    proc, base = start_server(db, workers)
    took, answered = stop_under_load(proc, base)
    stderr = proc.communicate()[1].decode()
    assert answered > 0
    # Uvicorn re-raises the signal it handled once it has shut down: -SIGTERM is a clean end too
    assert proc.returncode in (0, -signal.SIGTERM), stderr[-2000:]
    assert "Traceback" not in stderr, stderr[-2000:]
    print(f"workers={workers}: ended {took:.2f} s after SIGTERM, {answered} answers before")
