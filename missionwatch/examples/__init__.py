"""Example articles shipped with the package for ``missionwatch demo`` (see ``articles/``)."""

from __future__ import annotations

from pathlib import Path


def articles_dir() -> Path:
    """The directory of the demo articles, wherever the package is installed."""
    return Path(__file__).resolve().parent / "articles"
