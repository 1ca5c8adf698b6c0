"""Push alerts of ``watch``: one signed webhook POST and one email per new alert, none on the next run.

A real SMTP server (aiosmtpd) and a local webhook receiver on 127.0.0.1 take the deliveries; the
ledger is given one mission figure by hand so the threshold rule has something to cross.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
from collections.abc import Iterator
from email import message_from_bytes
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from missionwatch.ledger import open_ledger
from missionwatch.ledger.watch_schema import AlertDeliveryRow
from missionwatch.models import Claim, Document
from missionwatch.watch.notify import SIGNATURE_HEADER, verify_signature
from tests.test_watch import FAST, Site

SECRET = "test-secret-not-for-production"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in FAST.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("MW_HOOK_SECRET", SECRET)


@pytest.fixture
def site() -> Iterator[Site]:
    server = Site()
    try:
        yield server
    finally:
        server.stop()


class Inbox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(envelope.content)
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    from aiosmtpd.controller import Controller

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def store_strength(db: str, value: int, day: str) -> None:
    sentence = f"The Gang Suppression Force has {value} personnel deployed in Haiti, officials said."
    with open_ledger(db) as ledger:
        doc = Document(
            text=sentence,
            source=f"https://news.example.org/gsf-{value}",
            url=f"https://news.example.org/gsf-{value}",
            outlet="news.example.org",
            published=day,
            published_precision="day",
            content_type="text/plain",
        )
        claim = Claim(
            measure="personnel.deployed",
            mission="GSF",
            value=value,
            unit="personnel",
            as_of=day,
            sentence=sentence,
            start=0,
            end=len(sentence),
        )
        ledger.store(doc, [claim])


def sources_file(tmp_path: Path, site: Site, port: int) -> str:
    path = tmp_path / "alerts.toml"
    path.write_text(
        f"""
[notify]
base_url = "https://missionwatch.example.org"

[[notify.webhook]]
name = "ops"
url = "{site.base}/hook"
secret_env = "MW_HOOK_SECRET"
allow_private = true

[[notify.email]]
name = "desk"
host = "127.0.0.1"
port = {port}
security = "none"
from = "missionwatch@example.org"
to = ["desk@example.org"]

[[alert]]
name = "gsf-strength-low"
kind = "threshold"
mission = "GSF"
measure = "personnel.deployed"
below = 2500
""",
        encoding="utf-8",
    )
    return str(path)


def test_one_signed_post_and_one_email_per_new_crossing_none_on_the_next_run(
    cli, site: Site, smtp: tuple[Inbox, int], tmp_path: Path
) -> None:
    inbox, port = smtp
    site.routes["/hook"] = lambda _h, _b: (204, {}, b"")
    db = str(tmp_path / "a.db")
    store_strength(db, 1200, "2025-10-01")
    sources = sources_file(tmp_path, site, port)
    args = ("watch", "--sources", sources, "--db", db, "--once", "--no-extract")

    first = cli(*args)
    assert first.exit_code == 0, first.stderr
    posts = site.requests("/hook")
    assert len(posts) == 1 and len(inbox.messages) == 1
    post = posts[0]
    assert verify_signature(SECRET, post["body"], post["headers"][SIGNATURE_HEADER])
    assert not verify_signature("another secret", post["body"], post["headers"][SIGNATURE_HEADER])
    payload = json.loads(post["body"])
    assert payload["rule"] == "gsf-strength-low" and payload["kind"] == "threshold"
    assert "1,200" in payload["title"] and payload["link"].startswith(
        "https://missionwatch.example.org/documents/"
    )
    assert payload["sources"][0]["url"] == "https://news.example.org/gsf-1200"
    mail = message_from_bytes(inbox.messages[0])
    assert mail["To"] == "desk@example.org" and "GSF" in mail["Subject"]
    assert payload["link"] in mail.get_payload(decode=True).decode()

    second = cli(*args)
    assert second.exit_code == 0, second.stderr
    assert len(site.requests("/hook")) == 1 and len(inbox.messages) == 1

    with open_ledger(db) as ledger, ledger.engine.connect() as conn:
        log = conn.execute(select(AlertDeliveryRow.channel, AlertDeliveryRow.status)).all()
    assert sorted(log) == [("email", "sent"), ("webhook", "sent")]


def test_a_failed_webhook_is_logged_and_delivered_on_the_next_run(
    cli, site: Site, smtp: tuple[Inbox, int], tmp_path: Path
) -> None:
    inbox, port = smtp
    site.routes["/hook"] = lambda _h, _b: (500, {}, b"boom")
    db = str(tmp_path / "a.db")
    store_strength(db, 1200, "2025-10-01")
    sources = sources_file(tmp_path, site, port)
    args = ("watch", "--sources", sources, "--db", db, "--once", "--no-extract")
    first = cli(*args)
    assert "HTTP 500" in first.stderr
    assert len(site.requests("/hook")) == 3 and len(inbox.messages) == 1  # retried; the email went out
    site.routes["/hook"] = lambda _h, _b: (200, {}, b"ok")
    cli(*args)
    assert len(site.requests("/hook")) == 4 and len(inbox.messages) == 1  # the email is not sent twice
    cli(*args)
    assert len(site.requests("/hook")) == 4
    with open_ledger(db) as ledger, ledger.engine.connect() as conn:
        log = conn.execute(select(AlertDeliveryRow.channel, AlertDeliveryRow.status)).all()
    assert sorted(log) == [("email", "sent"), ("webhook", "failed"), ("webhook", "sent")]


def test_alerts_exit_code_is_1_only_when_something_is_new(cli, tmp_path: Path) -> None:
    db = str(tmp_path / "a.db")
    store_strength(db, 1200, "2025-10-01")
    first = cli("alerts", "--db", db, "--exit-code", "--as-of", "2025-10-05")
    assert first.exit_code == 1 and "new alert" in first.stderr and first.stdout.strip()
    again = cli("alerts", "--db", db, "--exit-code", "--as-of", "2025-10-05")
    assert again.exit_code == 0, again.stderr
    plain = cli("alerts", "--db", db, "--as-of", "2025-10-05")
    assert plain.exit_code == 0


def test_sources_file_mistakes_name_the_table(tmp_path: Path) -> None:
    from missionwatch.errors import InputError
    from missionwatch.watch.watchfile import load

    path = tmp_path / "x.toml"
    path.write_text(
        '[[alert]]\nname = "r"\nkind = "threshold"\nmission = "GSF"\nmeasure = "personnel.deployed"\n'
    )
    with pytest.raises(InputError, match="needs 'below' or 'above'") as caught:
        load(path)
    assert caught.value.input == f"{path}: alert 'r'"
    path.write_text('[[notify.webhook]]\nurl = "https://h.example.org"\nsecret = "x"\n')
    with pytest.raises(InputError, match="secret_env"):
        load(path)


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command to make a certificate")
def test_email_over_starttls_with_login(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ssl

    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    logins: list[tuple[bytes, bytes]] = []

    def authenticator(_server: Any, _session: Any, _envelope: Any, _mechanism: str, data: Any) -> AuthResult:
        logins.append((data.login, data.password))
        return AuthResult(success=data.login == b"mw" and data.password == b"s3cret")

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = Inbox()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        server_hostname="localhost",
        tls_context=context,
        require_starttls=True,
        authenticator=authenticator,
        auth_required=True,
    )
    controller.start()
    monkeypatch.setenv("MW_SMTP_PASSWORD", "s3cret")
    try:
        db = str(tmp_path / "a.db")
        store_strength(db, 1200, "2025-10-01")
        path = tmp_path / "tls.toml"
        path.write_text(
            f"""
[[notify.email]]
name = "desk"
host = "localhost"
port = {port}
security = "starttls"
username = "mw"
password_env = "MW_SMTP_PASSWORD"
ca_file = "{cert}"
from = "missionwatch@example.org"
to = ["desk@example.org"]

[[alert]]
name = "low"
kind = "threshold"
mission = "GSF"
measure = "personnel.deployed"
below = 2500
""",
            encoding="utf-8",
        )
        res = cli("watch", "--sources", str(path), "--db", db, "--once", "--no-extract")
        assert res.exit_code == 0, res.stderr
        assert len(inbox.messages) == 1 and logins == [(b"mw", b"s3cret")]
    finally:
        controller.stop()
