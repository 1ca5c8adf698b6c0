"""Reading a sources file: ``[[source]]`` tables, ``[[alert]]`` rules and ``[notify]`` channels.

Every mistake is an InputError naming the file and the table (``sources.toml: source "x": …``), so
a typo is found when the watch starts, not at three in the morning.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from missionwatch.errors import InputError
from missionwatch.sources.registry import SourceSpec

RULE_KINDS = ("threshold", "change", "expiry", "contradiction")
SOURCE_KEYS = {"name", "kind", "every"}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True)
class AlertRule:
    name: str
    kind: str
    mission: str
    measure: str | None = None
    subject: str | None = None
    below: float | None = None
    above: float | None = None
    days: int | None = None  # expiry: alert this many days before the end; contradiction: look-back
    channels: tuple[str, ...] | None = None  # None: every channel


@dataclass(frozen=True)
class Webhook:
    name: str
    url: str
    secret_env: str | None = None
    allow_private: bool = False


@dataclass(frozen=True)
class EmailChannel:
    name: str
    host: str
    sender: str
    to: tuple[str, ...]
    port: int = 587
    security: str = "starttls"  # starttls | ssl | none
    username: str | None = None
    password_env: str | None = None
    timeout: float = 30.0
    ca_file: str | None = None  # a private CA to trust for STARTTLS/SSL (besides the system's)


@dataclass
class WatchFile:
    path: str
    sources: list[SourceSpec] = field(default_factory=list)
    rules: list[AlertRule] = field(default_factory=list)
    webhooks: list[Webhook] = field(default_factory=list)
    emails: list[EmailChannel] = field(default_factory=list)
    base_url: str = "http://localhost:8000"

    def channels(self) -> list[str]:
        return [w.name for w in self.webhooks] + [e.name for e in self.emails]


def duration(value: Any, *, where: str) -> float:
    """Seconds from ``90``, ``"90s"``, ``"15m"``, ``"1h"`` or ``"1d"``."""
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
        return float(value)
    if isinstance(value, str):
        found = _DURATION.match(value)
        if found:
            return float(found.group(1)) * _UNITS[found.group(2)]
    raise InputError(
        f'\'every\' must be seconds or a duration such as "15m", "1h", "1d" (got {value!r})', input=where
    )


def load(path: str | Path) -> WatchFile:
    """The sources file at ``path``; raises InputError naming the file and the table at fault."""
    name = str(path)
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("no such file", input=name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", input=name) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"not valid TOML ({exc})", input=name) from None
    return parse(data, name)


def parse(data: dict[str, Any], name: str = "sources file") -> WatchFile:
    unknown = set(data) - {"source", "alert", "notify"}
    if unknown:
        raise InputError(
            f"unknown table(s) {', '.join(sorted(unknown))} (expected source, alert, notify)", input=name
        )
    out = WatchFile(path=name)
    seen: set[str] = set()
    for number, table in enumerate(_tables(data, "source", name), start=1):
        out.sources.append(_source(table, f"{name}: source #{number}", seen))
    notify = data.get("notify", {})
    if not isinstance(notify, dict):
        raise InputError("[notify] must be a table", input=name)
    out.base_url = str(notify.get("base_url", out.base_url)).rstrip("/")
    for number, table in enumerate(_tables(notify, "webhook", name), start=1):
        out.webhooks.append(_webhook(table, f"{name}: notify.webhook #{number}"))
    for number, table in enumerate(_tables(notify, "email", name), start=1):
        out.emails.append(_email(table, f"{name}: notify.email #{number}"))
    channels = set(out.channels())
    if len(channels) != len(out.channels()):
        raise InputError("two notify channels share a name", input=name)
    names: set[str] = set()
    for number, table in enumerate(_tables(data, "alert", name), start=1):
        rule = _rule(table, f"{name}: alert #{number}", channels)
        if rule.name in names:
            raise InputError(f"two alert rules are named {rule.name!r}", input=name)
        names.add(rule.name)
        out.rules.append(rule)
    return out


def _tables(data: dict[str, Any], key: str, name: str) -> list[dict[str, Any]]:
    value = data.get(key, [])
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(t, dict) for t in value):
        raise InputError(f"{key} must be a list of tables ([[{key}]])", input=name)
    return value


def _text(table: dict[str, Any], key: str, where: str, *, required: bool = True) -> str | None:
    value = table.get(key)
    if value is None:
        if required:
            raise InputError(f"needs {key!r}", input=where)
        return None
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{key!r} must be a non-empty string", input=where)
    return value.strip()


def _source(table: dict[str, Any], where: str, seen: set[str]) -> SourceSpec:
    source_name = _text(table, "name", where)
    assert source_name is not None
    where = f"{where.split(': ')[0]}: source {source_name!r}"
    if source_name in seen:
        raise InputError("two sources share this name", input=where)
    seen.add(source_name)
    kind = _text(table, "kind", where)
    assert kind is not None
    every = duration(table.get("every", "1h"), where=where)
    options = {k: v for k, v in table.items() if k not in SOURCE_KEYS}
    return SourceSpec(name=source_name, kind=kind, every=every, options=options)


def _number(table: dict[str, Any], key: str, where: str) -> float | None:
    value = table.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputError(f"{key!r} must be a number", input=where)
    return float(value)


def _rule(table: dict[str, Any], where: str, channels: set[str]) -> AlertRule:
    kind = _text(table, "kind", where)
    if kind not in RULE_KINDS:
        raise InputError(f"kind must be one of {', '.join(RULE_KINDS)} (got {kind!r})", input=where)
    mission = _text(table, "mission", where)
    assert mission is not None
    rule_name = _text(
        table, "name", where, required=False
    ) or f"{kind}-{mission}-{table.get('measure', '')}".rstrip("-")
    where = f"{where.split(': ')[0]}: alert {rule_name!r}"
    measure = _text(table, "measure", where, required=kind in ("threshold", "change"))
    below, above = _number(table, "below", where), _number(table, "above", where)
    if kind == "threshold" and below is None and above is None:
        raise InputError("a threshold rule needs 'below' or 'above'", input=where)
    days = table.get("days")
    if days is not None and (isinstance(days, bool) or not isinstance(days, int) or days < 0):
        raise InputError("'days' must be a whole number of days", input=where)
    wanted = table.get("notify")
    if wanted is not None:
        if isinstance(wanted, str):
            wanted = [wanted]
        if not isinstance(wanted, list) or not all(isinstance(w, str) for w in wanted):
            raise InputError("'notify' must be a list of channel names", input=where)
        missing = [w for w in wanted if w not in channels]
        if missing:
            raise InputError(f"no notify channel named {', '.join(missing)}", input=where)
    return AlertRule(
        name=rule_name,
        kind=kind,
        mission=mission,
        measure=measure,
        subject=_text(table, "subject", where, required=False),
        below=below,
        above=above,
        days=days,
        channels=tuple(wanted) if wanted is not None else None,
    )


def _webhook(table: dict[str, Any], where: str) -> Webhook:
    url = _text(table, "url", where)
    assert url is not None
    if not url.lower().startswith(("http://", "https://")):
        raise InputError(f"'url' must be an http(s) URL (got {url!r})", input=where)
    if "secret" in table:
        raise InputError("put the secret in the environment and name it with 'secret_env'", input=where)
    return Webhook(
        name=_text(table, "name", where, required=False) or url,
        url=url,
        secret_env=_text(table, "secret_env", where, required=False),
        allow_private=bool(table.get("allow_private", False)),
    )


def _email(table: dict[str, Any], where: str) -> EmailChannel:
    host = _text(table, "host", where)
    sender = _text(table, "from", where)
    to = table.get("to")
    if isinstance(to, str):
        to = [to]
    if not isinstance(to, list) or not to or not all(isinstance(t, str) and "@" in t for t in to):
        raise InputError("'to' must be an address or a list of addresses", input=where)
    security = table.get("security", "starttls")
    if security not in ("starttls", "ssl", "none"):
        raise InputError(f"'security' must be starttls, ssl or none (got {security!r})", input=where)
    if "password" in table:
        raise InputError("put the password in the environment and name it with 'password_env'", input=where)
    port = table.get("port", {"starttls": 587, "ssl": 465, "none": 25}[security])
    if isinstance(port, bool) or not isinstance(port, int):
        raise InputError("'port' must be a number", input=where)
    assert host is not None and sender is not None
    return EmailChannel(
        name=_text(table, "name", where, required=False) or f"email:{','.join(to)}",
        host=host,
        sender=sender,
        to=tuple(to),
        port=port,
        security=security,
        username=_text(table, "username", where, required=False),
        password_env=_text(table, "password_env", where, required=False),
        timeout=float(table.get("timeout", 30.0)),
        ca_file=_text(table, "ca_file", where, required=False),
    )
