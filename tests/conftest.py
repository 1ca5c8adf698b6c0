"""Shared fixtures: a fresh ledger on SQLite and on a real PostgreSQL, the corpora, the CLI.

PostgreSQL comes from ``MISSIONWATCH_TEST_PG_URL`` when it is set (any database the tests may
create databases in), else from the ``pgserver`` wheel, started once per session (under
pytest-xdist, once per worker) in a temporary directory and stopped at the end. When neither works,
postgres-marked tests are skipped with the reason. Each test gets its own new database, so tests
never see each other's rows.

Fixtures:
    db_url        a fresh empty database URL, parametrized over sqlite and postgres
    ledger        ``open_ledger(db_url)``, closed after the test
    new_db        factory ``new_db("sqlite" | "postgres") -> url`` for tests needing several
    pg_url        a fresh PostgreSQL database URL (postgres only)
    dev_corpus    Path of the shared development corpus (skips if absent)
    examples_dir  Path of the packaged demo articles
    cli           run ``missionwatch`` in-process: ``cli("documents", "--db", url)`` → click Result
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
import uuid
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV_CORPUS = (ROOT / ".." / "shared" / "corpus" / "dev").resolve()


class _PostgresUnavailable:
    def __init__(self, reason: str) -> None:
        self.reason = reason


class _PostgresServer:
    """Starts PostgreSQL on first use only, so SQLite-only runs never pay for it."""

    def __init__(self) -> None:
        self._admin: str | _PostgresUnavailable | None = None
        self._server: Any = None
        self._base: Path | None = None

    def admin(self) -> str | _PostgresUnavailable:
        if self._admin is None:
            self._admin = self._start()
        return self._admin

    def _start(self) -> str | _PostgresUnavailable:
        url = os.environ.get("MISSIONWATCH_TEST_PG_URL")
        if url:
            return url
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # platformdirs warns about XDG_RUNTIME_DIR on import
                import pgserver
        except ImportError:
            return _PostgresUnavailable("pgserver is not installed and MISSIONWATCH_TEST_PG_URL is not set")
        # Directly under /tmp: as root pgserver runs postgres as a separate user, which must be
        # able to reach the data directory (pytest's own tmp dirs are private to root).
        self._base = Path(tempfile.mkdtemp(prefix="mw-pg-"))
        self._base.chmod(0o755)
        try:
            with warnings.catch_warnings(), _one_at_a_time("mw-pgserver-start"):
                warnings.simplefilter("ignore")
                self._server = pgserver.get_server(self._base / "data", cleanup_mode="stop")
            uri = str(self._server.get_uri())
            _no_disk_flushes(uri)
            return uri
        except Exception as exc:  # pragma: no cover - depends on the machine
            return _PostgresUnavailable(f"could not start PostgreSQL with pgserver: {exc}")

    def stop(self) -> None:
        if self._server is not None:
            self._server.cleanup()
        if self._base is not None:
            shutil.rmtree(self._base, ignore_errors=True)


@contextlib.contextmanager
def _one_at_a_time(name: str) -> Iterator[None]:
    """A lock across the processes of a run: under pytest-xdist each worker starts a PostgreSQL of
    its own (in a directory of its own), and as root pgserver first creates its system user with
    ``useradd``, which two workers must not do at once."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    with open(Path(tempfile.gettempdir()) / f"{name}.lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _no_disk_flushes(admin: str) -> None:
    """The throwaway server of the run writes nothing through to disk (fsync, synchronous_commit and
    full_page_writes off): what a session sees, commits and rolls back is unchanged, only what an
    OS crash would keep, which no test makes. DROP DATABASE waited ~1.6 s for its checkpoint's
    flushes, ~0.03 s without, and each postgres test drops one or more databases."""
    from sqlalchemy import text

    engine, _ = _admin_engine(admin)
    with engine.connect() as conn:
        for setting in ("fsync = off", "synchronous_commit = off", "full_page_writes = off"):
            conn.execute(text(f"ALTER SYSTEM SET {setting}"))
        conn.execute(text("SELECT pg_reload_conf()"))
    engine.dispose()
    for _ in range(100):  # the reload is asynchronous: wait until new sessions see it
        with engine.connect() as conn:
            if conn.execute(text("SHOW fsync")).scalar_one() == "off":
                break
        engine.dispose()
        time.sleep(0.02)
    engine.dispose()


@pytest.fixture(scope="session")
def _pg() -> Iterator[_PostgresServer]:
    """The session's PostgreSQL (started lazily), stopped at the end of the session."""
    holder = _PostgresServer()
    yield holder
    holder.stop()


def _admin_url(admin: str) -> Any:
    from sqlalchemy.engine import make_url

    return make_url(admin).set(drivername="postgresql+psycopg")


def _admin_engine(admin: str) -> Any:
    from sqlalchemy import create_engine

    url = _admin_url(admin)
    return create_engine(url, isolation_level="AUTOCOMMIT"), url


def _admin_sql(admin: str, *statements: str) -> None:
    """Run statements on the server's admin connection, outside a transaction (CREATE and DROP
    DATABASE need that)."""
    from sqlalchemy import text

    engine, _ = _admin_engine(admin)
    try:
        with engine.connect() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture
def new_db(tmp_path: Path, _pg: _PostgresServer) -> Iterator[Callable[[str], str]]:
    """Factory of fresh empty databases; PostgreSQL ones are dropped after the test."""
    created: list[str] = []
    counter = iter(range(1_000_000))

    def make(kind: str = "sqlite") -> str:
        if kind == "sqlite":
            return str(tmp_path / f"ledger-{next(counter)}.db")
        if kind != "postgres":
            raise ValueError(kind)
        admin = _pg.admin()
        if isinstance(admin, _PostgresUnavailable):
            pytest.skip(admin.reason)
        name = "mw_test_" + uuid.uuid4().hex[:16]
        _admin_sql(admin, f'CREATE DATABASE "{name}"')
        created.append(name)
        return _admin_url(admin).set(database=name).render_as_string(hide_password=False)

    yield make

    if created:
        _admin_sql(str(_pg.admin()), *(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)' for name in created))


@pytest.fixture
def pg_url(new_db: Callable[[str], str]) -> str:
    return new_db("postgres")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, new_db: Callable[[str], str]) -> str:
    return new_db(request.param)


@pytest.fixture
def ledger(db_url: str) -> Iterator[Any]:
    from missionwatch.ledger import open_ledger

    led = open_ledger(db_url)
    yield led
    led.close()


@pytest.fixture(scope="session")
def dev_corpus() -> Path:
    if not DEV_CORPUS.is_dir():
        pytest.skip(f"shared development corpus not found at {DEV_CORPUS}")
    return DEV_CORPUS


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    from missionwatch.examples import articles_dir

    return articles_dir()


@pytest.fixture
def cli() -> Callable[..., Any]:
    """Run the ``missionwatch`` CLI in-process; stdout and stderr are kept apart."""
    from typer.testing import CliRunner

    from missionwatch.cli import app

    runner = CliRunner()

    def run(*args: str, input: str | None = None) -> Any:
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return run


# Debian's chromium through Playwright, for the browser tests (tests/test_browser*.py). Where it is
# missing they skip and say how to install it.
CHROMIUM = os.environ.get("MISSIONWATCH_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """One headless Chromium for every browser test of the run."""
    if not Path(CHROMIUM).exists():
        pytest.skip(
            "no Chromium: install Debian's with `apt-get install -y chromium` "
            "(or set MISSIONWATCH_CHROMIUM to a Chromium binary)"
        )
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def kb_package_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The knowledge base's package data alone, never a developer's own overlay (``KB_DIR_ENV``)."""
    from missionwatch.kb import council

    monkeypatch.setenv(council.KB_DIR_ENV, str(tmp_path / "empty-kb"))
    council.reload()
    yield
    council.reload()


@pytest.fixture(autouse=True)
def _frames_read_alone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The frames' and language packs' own tests check what a frame reads, before the claim filter
    (``nlp/calibration.py``, tested in test_nlp_calibration.py and by the eval gate) weighs it."""
    if request.node.path.name.startswith(("test_frames_", "test_lang_")):
        monkeypatch.setenv("MISSIONWATCH_CLAIM_FILTER", "0")


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashes() -> Iterator[None]:
    """Passwords hashed with argon2id at its cheapest parameters in this process. The default
    hasher (``accounts._hasher``: 64 MiB, 3 passes, 4 lanes) takes ~0.2 s of CPU a hash or a check,
    and the account tests make and check several a test: ~2 s a test of nothing but key
    stretching. What the tests check (an argon2id hash stored, the right password let in, a wrong
    one refused, rate limits, lockouts) does not depend on the cost; the production parameters
    are checked by tests/test_accounts_hasher.py, against the unpatched function."""
    try:
        import argon2
    except ImportError:  # no 'web' extra: no accounts to test
        yield
        return
    from missionwatch import accounts

    cheap = argon2.PasswordHasher.from_parameters(argon2.profiles.CHEAPEST)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(accounts, "_hasher", lambda: cheap)
        yield
