"""The optional parts of MissionWatch and the one line that says how to install each.

``pip install missionwatch`` is the light core: the CLI, SQLite, the readers and the extractor.
The rest is opt-in (``pyproject.toml``):

    web      the dashboard and JSON API (FastAPI, Uvicorn, Jinja2, python-multipart), and accounts
             (argon2-cffi for passwords, itsdangerous for session cookies)
    pg       PostgreSQL ledgers (psycopg)
    charts   charts drawn in briefings and on the dashboard (vl-convert)
    parquet  Parquet export and import, Parquet inputs (pyarrow)
    warc     WARC archives as inputs (warcio)
    all      everything above
    ray      ``backfill --engine ray`` (Ray; large, so outside ``all``)

A command that needs a part that is not installed stops with one line naming the extra
(``MissingExtraError``), never a traceback.
"""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType

from missionwatch.errors import MissionWatchError

EXTRAS: dict[str, tuple[str, ...]] = {
    "web": ("fastapi", "uvicorn", "jinja2", "multipart", "argon2", "itsdangerous"),
    "pg": ("psycopg",),
    "charts": ("vl_convert",),
    "parquet": ("pyarrow",),
    "warc": ("warcio",),
    "ray": ("ray",),
}


class MissingExtraError(MissionWatchError):
    """A command needs an optional part of MissionWatch that is not installed."""

    code = "missing_extra"

    def __init__(self, purpose: str, extra: str) -> None:
        super().__init__(f"{purpose} needs the '{extra}' extra: pip install 'missionwatch[{extra}]'")
        self.extra = extra


def installed(extra: str) -> bool:
    """Whether every module of ``extra`` can be imported (without importing it)."""
    for module in EXTRAS[extra]:
        try:
            if importlib.util.find_spec(module) is None:
                return False
        except (ImportError, ValueError):  # a module set to None in sys.modules, a broken install
            return False
    return True


def require(extra: str, purpose: str) -> None:
    """Raise ``MissingExtraError`` unless every module of ``extra`` imports."""
    for module in EXTRAS[extra]:
        load(module, extra, purpose)


def load(module: str, extra: str, purpose: str) -> ModuleType:
    """``import module``, or ``MissingExtraError`` naming the extra that provides it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(purpose, extra) from None
