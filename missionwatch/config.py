"""Settings in one place, read from ``MISSIONWATCH_*`` environment variables.

Every setting has a safe default so that ``missionwatch demo`` works with nothing configured;
commands override them with their own options (``--db`` beats ``MISSIONWATCH_DB``).
"""

from __future__ import annotations

import os

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MISSIONWATCH_", extra="ignore")

    db: str = Field(default="missionwatch.db", description="SQLite file path or SQLAlchemy URL")
    max_document_bytes: int = Field(default=20 * 1024 * 1024, description="Size cap per input")
    max_pdf_pages: int = Field(default=2000, description="A PDF with more pages is refused")
    pdf_timeout: float = Field(default=60.0, description="Seconds of PDF text extraction before giving up")
    near_duplicate_threshold: float = Field(default=0.8, description="MinHash Jaccard for a cluster")
    http_timeout: float = Field(default=20.0, description="Seconds per URL fetch")
    user_agent: str = "MissionWatch/0.1 (+https://github.com/missionwatch/missionwatch)"
    extractor: str = Field(default="frames", description="Extractor backend: frames (v2) or rules (v1)")
    claim_filter: bool = Field(
        default=True,
        description="Drop the claims the calibrated filter finds most likely wrong (nlp/calibration.py)"
        " and let the learned chooser move a mission along its succession (nlp/succession.py)",
    )
    succession: bool = Field(
        default=True,
        description="Let the learned chooser move a claim to its mission's KB predecessor or "
        "successor (nlp/succession.py); off as well when claim_filter is off",
    )
    token: str | None = Field(
        default=None, description="The instance's admin bearer token for scripts (MISSIONWATCH_TOKEN)"
    )
    # Accounts and sessions (docs/web.md, "Accounts, sessions and tokens")
    private: bool = Field(default=False, description="Every page and API read needs a login or a token")
    secret_key: str | None = Field(
        default=None, description="Signs session cookies; generated and kept in the ledger when unset"
    )
    cookie_secure: bool = Field(default=False, description="Send the session cookie over HTTPS only")
    session_days: float = Field(default=14.0, description="Days a session lasts without a request")
    login_attempts_per_user: int = Field(default=5, description="Failed logins per name per window")
    login_attempts_per_ip: int = Field(default=20, description="Failed logins per address per window")
    login_window_seconds: float = Field(default=900.0, description="The window of the login limits")
    reliefweb_appname: str | None = Field(
        default=None, description="The appname ReliefWeb approved for you (docs/connectors.md)"
    )
    alert_mandate_days: int = 30
    alert_deployed_pct: float = 50.0
    alert_funding_pct: float = 50.0
    # watch (docs/watch.md): retries on 429/5xx/connection errors, politeness per host
    retry_attempts: int = Field(default=4, description="Tries per request on 429, 5xx or connection errors")
    retry_wait: float = Field(default=1.0, description="First backoff in seconds (and its jitter)")
    retry_wait_max: float = Field(default=60.0, description="Longest backoff between two tries")
    retry_after_max: float = Field(default=120.0, description="A longer Retry-After ends the poll")
    host_interval: float = Field(default=1.0, description="Seconds between two requests to one host")


_PREFIX = (Settings.model_config.get("env_prefix") or "").lower()
# the environment the last settings were built from, and those settings
_last: tuple[tuple[tuple[str, str], ...], Settings] | None = None


def _environment() -> tuple[tuple[str, str], ...]:
    """The variables :class:`Settings` reads: its prefix's, in any case (the match ignores case)."""
    return tuple(sorted((k, v) for k, v in os.environ.items() if k.lower().startswith(_PREFIX)))


def get_settings() -> Settings:
    """The settings as the environment sets them now, a copy of their own for each caller.

    Building :class:`Settings` validates every field against the environment (~1 ms), and the
    extraction of every document asks twice (the claim filter and the succession chooser), so the
    last build is kept while the ``MISSIONWATCH_*`` variables stay as they were: a changed, added or
    removed variable gives a new build, as before."""
    global _last
    env = _environment()
    last = _last
    if last is None or last[0] != env:
        last = _last = (env, Settings())
    return last[1].model_copy()
