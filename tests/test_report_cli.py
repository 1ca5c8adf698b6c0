"""``missionwatch brief``, ``missionwatch alerts`` and ``missionwatch serve`` from the command line."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from missionwatch.ledger import open_ledger
from missionwatch.web.sample import load_sample


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "cli.db")
    with open_ledger(path) as ledger:
        load_sample(ledger)
    return path


def test_brief_markdown_with_footnotes(cli, db: str) -> None:
    r = cli("brief", "MSS", "--db", db, "--as-of", "2024-09-15", "--since", "2024-08-01")
    assert r.exit_code == 0, r.stderr
    out = r.stdout
    for section in (
        "## Mandate",
        "## Strength",
        "## Money",
        "## Situation",
        "## What changed since",
        "## Key statements",
        "## Open conflicts",
        "## Sources",
    ):
        assert section in out
    assert "17 days left" in out and "USD 600 million" in out and "Jane Doe, force commander" in out
    assert "[^1]: " in out and "<script>" not in out


def test_brief_html_and_json_to_a_file(cli, db: str, tmp_path: Path) -> None:
    html = tmp_path / "b.html"
    r = cli("brief", "mss", "--db", db, "--as-of", "2024-09-15", "-f", "html", "-o", str(html))
    assert r.exit_code == 0, r.stderr
    text = html.read_text()
    assert text.startswith("<!doctype html>") and "<svg" in text
    r = cli("brief", "MSS", "--db", db, "--as-of", "2024-09-15", "-f", "json")
    assert json.loads(r.stdout)["mandate"]["days_left"] == 17


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("brief", "NOPE"), "error: NOPE: no such mission"),
        (
            ("brief", "MSS", "--as-of", "15/09/2024"),
            "error: --as-of 15/09/2024: write the date as YYYY-MM-DD",
        ),
        (("brief", "MSS", "-f", "pdf"), "error: --format: choose one of md, html, json"),
        (("alerts", "--since", "last week"), "error: --since last week: write the date as YYYY-MM-DD"),
    ],
)
def test_bad_input_is_one_line(cli, db: str, args: tuple[str, ...], message: str) -> None:
    r = cli(*args, "--db", db)
    assert r.exit_code != 0
    assert r.stderr.strip().splitlines() == [r.stderr.strip()]
    assert r.stderr.startswith(message)


def test_alerts_text_and_json(cli, db: str) -> None:
    r = cli("alerts", "--db", db, "--as-of", "2024-09-15", "--since", "2024-08-01")
    assert r.exit_code == 0
    assert "mandate_expiring" in r.stdout and "funding_low" in r.stdout
    r = cli("alerts", "--db", db, "--as-of", "2024-09-15", "--since", "2024-08-01", "-f", "json")
    kinds = {a["kind"] for a in json.loads(r.stdout)}
    assert {"mandate_expiring", "deployed_low", "funding_low", "conflict"} <= kinds


def test_alert_thresholds_from_the_environment(cli, db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISSIONWATCH_ALERT_MANDATE_DAYS", "7")
    monkeypatch.setenv("MISSIONWATCH_ALERT_FUNDING_PCT", "10")
    r = cli("alerts", "--db", db, "--as-of", "2024-09-15", "-f", "json")
    kinds = {a["kind"] for a in json.loads(r.stdout)}
    assert "mandate_expiring" not in kinds and "funding_low" not in kinds and "deployed_low" in kinds


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_binds_localhost_and_answers(db: str) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "MISSIONWATCH_TOKEN"}
    script = Path(sys.executable).parent / "missionwatch"
    proc = subprocess.Popen(
        [str(script), "serve", "--port", str(port), "--db", db],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/v1/missions", timeout=2)
                break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(proc.stderr.read().decode() if proc.stderr else "no server")  # noqa: B904
                time.sleep(0.2)
        assert r.status_code == 200
        post = httpx.post(f"http://127.0.0.1:{port}/api/v1/documents", json={"text": "x"})
        assert post.status_code == 403  # read-only without a token
        conns = [c for c in _listening(port)]
        assert conns and all(addr == "127.0.0.1" for addr in conns)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
    assert b"writes off" in proc.stderr.read()


def _listening(port: int) -> list[str]:
    """Addresses listening on ``port``, from /proc/net/tcp (IPv4) and tcp6."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            addr, p = local.split(":")
            if int(p, 16) == port and state == "0A":
                found.append(socket.inet_ntoa(bytes.fromhex(addr)[::-1]) if len(addr) == 8 else "v6:" + addr)
    return found
