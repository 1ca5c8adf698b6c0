"""Pushing alerts: a signed webhook POST and an email per new notice, each logged in the ledger.

Order of writes (crash safety): the notice is recorded first, undelivered; each channel's
delivery is logged as it happens; the notice is marked delivered when every channel took it. A
crash or a failed channel leaves it undelivered, and the next run delivers it to the channels that
have not taken it yet — so a notice reaches each channel once, or, when the process dies between a
send and its log line, at most once more (receivers can drop a repeat by its ``X-MissionWatch-Id``).

Webhook: ``POST`` of ``Notice.payload`` as JSON (UTF-8, keys sorted), headers
``X-MissionWatch-Id: RULE:ID`` and, when the channel names a secret, ``X-MissionWatch-Signature:
sha256=HEX`` — the HMAC-SHA256 of the exact body bytes with the secret (``verify_signature``).
Retried on 429/5xx/connection errors like any request of ``watch``.

Email: SMTP with ``security`` ``starttls`` (the default: plain connect, then STARTTLS with
certificate checks), ``ssl`` (TLS from the first byte) or ``none`` (a local relay), and a login
when ``username`` is set (password from the environment variable ``password_env``).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import smtplib
import ssl
from email.message import EmailMessage
from typing import Any

from missionwatch.config import Settings
from missionwatch.errors import InputError, MissionWatchError
from missionwatch.ledger.watch import WatchStore
from missionwatch.watch.rules import Notice, evaluate
from missionwatch.watch.watchfile import EmailChannel, WatchFile, Webhook

SIGNATURE_HEADER = "X-MissionWatch-Signature"
ID_HEADER = "X-MissionWatch-Id"


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify_signature(secret: str, body: bytes, header: str | None) -> bool:
    """What a receiver runs: True when ``header`` is the signature of ``body`` with ``secret``."""
    return bool(header) and hmac.compare_digest(sign(secret, body), header or "")


def _secret(name: str | None, where: str) -> str | None:
    if name is None:
        return None
    value = os.environ.get(name)
    if not value:
        raise InputError(f"environment variable {name} (the secret) is not set", input=where)
    return value


def send_webhook(hook: Webhook, notice: Notice, *, base_url: str, settings: Settings) -> int:
    """POST the notice; returns the number of requests sent; raises InputError when it fails."""
    from missionwatch.sources.http import WatchHttp

    body = json.dumps(notice.payload(base_url), sort_keys=True, ensure_ascii=False).encode("utf-8")
    headers = {"Content-Type": "application/json", ID_HEADER: f"{notice.rule}:{notice.id}"}
    secret = _secret(hook.secret_env, f"webhook {hook.name}")
    if secret is not None:
        headers[SIGNATURE_HEADER] = sign(secret, body)
    with WatchHttp(settings=settings, allow_private=hook.allow_private) as http:
        try:
            http.request("POST", hook.url, headers=headers, content=body)
        finally:
            sent = http.requests
    return sent


def email_message(channel: EmailChannel, notice: Notice, *, base_url: str) -> EmailMessage:
    data = notice.payload(base_url)
    message = EmailMessage()
    message["Subject"] = f"[MissionWatch] {notice.title}"
    message["From"] = channel.sender
    message["To"] = ", ".join(channel.to)
    message["X-MissionWatch-Id"] = f"{notice.rule}:{notice.id}"
    lines = [notice.message, "", f"Evidence: {data['link']}"]
    for s in data["sources"]:
        lines.append(
            f"- {s.get('outlet') or 'source'} {s.get('published') or ''}: {s.get('url') or s['link']}"
        )
        if s.get("sentence"):
            lines.append(f"  “{s['sentence']}”")
    lines += ["", f"Rule: {notice.rule} ({notice.kind})"]
    message.set_content("\n".join(lines))
    return message


def send_email(channel: EmailChannel, notice: Notice, *, base_url: str, settings: Settings) -> int:
    """Send the notice by SMTP (retried on connection errors and 4xx replies); returns attempts."""
    from missionwatch.sources.http import retries

    message = email_message(channel, notice, base_url=base_url)
    password = _secret(channel.password_env, f"email {channel.name}")
    attempts = 0

    def transient(exc: Exception) -> bool:
        if isinstance(exc, smtplib.SMTPResponseException):
            return 400 <= exc.smtp_code < 500
        if isinstance(exc, ssl.SSLError):
            return False  # a certificate that does not verify will not verify on the next try
        return isinstance(exc, OSError | smtplib.SMTPServerDisconnected)

    try:
        for attempt in retries(settings, on=transient):
            with attempt:
                attempts += 1
                _smtp_send(channel, message, password)
    except (smtplib.SMTPException, OSError) as exc:
        raise InputError(
            f"cannot send ({type(exc).__name__}: {exc}; {attempts} attempts)", input=channel.host
        ) from None
    return attempts


def _smtp_send(channel: EmailChannel, message: EmailMessage, password: str | None) -> None:
    context = ssl.create_default_context()
    if channel.ca_file:
        context.load_verify_locations(cafile=channel.ca_file)
    smtp: smtplib.SMTP
    if channel.security == "ssl":
        smtp = smtplib.SMTP_SSL(channel.host, channel.port, timeout=channel.timeout, context=context)
    else:
        smtp = smtplib.SMTP(channel.host, channel.port, timeout=channel.timeout)
    with smtp:
        if channel.security == "starttls":
            smtp.starttls(context=context)
        if channel.username:
            smtp.login(channel.username, password or "")
        smtp.send_message(message)


def _targets(watchfile: WatchFile, rule: str) -> list[Webhook | EmailChannel]:
    wanted = next((r.channels for r in watchfile.rules if r.name == rule), None)
    every: list[Webhook | EmailChannel] = [*watchfile.webhooks, *watchfile.emails]
    return every if wanted is None else [c for c in every if c.name in wanted]


def deliver(store: WatchStore, watchfile: WatchFile, notice: Notice, *, settings: Settings) -> list[str]:
    """Send the notice to each of its channels that has not taken it and log each try; returns the
    failures (none: the notice is marked delivered)."""
    done = store.delivered_to(notice.rule, notice.id)
    errors: list[str] = []
    for target in _targets(watchfile, notice.rule):
        channel = "webhook" if isinstance(target, Webhook) else "email"
        where = target.url if isinstance(target, Webhook) else ",".join(target.to)
        if (channel, where) in done:
            continue
        attempts, detail, status = 1, None, "sent"
        try:
            if isinstance(target, Webhook):
                attempts = send_webhook(target, notice, base_url=watchfile.base_url, settings=settings)
            else:
                attempts = send_email(target, notice, base_url=watchfile.base_url, settings=settings)
        except MissionWatchError as exc:
            status, detail = "failed", exc.one_line()
            errors.append(f"error: alert {notice.rule} via {target.name}: {exc.reason}")
        store.log_delivery(
            notice.rule,
            notice.id,
            channel=channel,
            target=where,
            status=status,
            attempts=attempts,
            detail=detail,
        )
    if not errors:
        store.mark_delivered(notice.rule, notice.id)
    return errors


def push(ledger: Any, store: WatchStore, watchfile: WatchFile, *, settings: Settings) -> list[dict[str, Any]]:
    """Evaluate the rules, record each new notice, deliver new and earlier undelivered ones.

    Returns one entry per notice handled: its payload plus ``errors`` (empty when delivered)."""
    out: list[dict[str, Any]] = []
    try:
        notices = evaluate(ledger, watchfile.rules, settings=settings)
    except MissionWatchError as exc:
        return [{"errors": [exc.one_line()]}]
    pending: dict[tuple[str, str], Notice] = {}
    for notice in notices:
        # a change rule's first look at a figure: its value is the baseline, recorded, never sent
        baseline = bool(notice.series) and not store.series_known(notice.rule, notice.series or "")
        added = store.add_notice(
            notice.rule,
            notice.id,
            kind=notice.kind,
            title=notice.title,
            body=notice.payload(""),
            series=notice.series,
            delivered=baseline,
        )
        if added and not baseline:
            pending[(notice.rule, notice.id)] = notice
    for row in store.undelivered():
        key = (row.rule, row.alert_id)
        if key not in pending and any(r.name == row.rule for r in watchfile.rules):
            pending[key] = _from_row(row)
    for notice in pending.values():
        errors = deliver(store, watchfile, notice, settings=settings)
        out.append({**notice.payload(watchfile.base_url), "errors": errors})
    return out


def _from_row(row: Any) -> Notice:
    """A notice recorded by an earlier run, rebuilt from its stored payload for another try."""
    from missionwatch.report.alerts import AlertSource

    body = dict(row.body)  # stored with relative links (payload(""))
    return Notice(
        rule=row.rule,
        id=row.alert_id,
        kind=row.kind,
        mission=body.get("mission", ""),
        title=row.title,
        message=body.get("message", ""),
        link=body.get("link", ""),
        sources=[
            AlertSource(**{k: v for k, v in s.items() if k in AlertSource.model_fields})
            for s in body.get("sources", [])
        ],
        series=row.series,
    )
