"""Missions: codes, names, the aliases news uses for them, authorising resolutions and dates.

Data in ``data/missions.toml``. Lookup is case- and diacritic-insensitive over code, name and
aliases ("the Kenya-led multinational force" -> MSS, "UN Integrated Office in Haiti" -> BINUH).
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from missionwatch.kb._text import fold, load_toml
from missionwatch.kb.source import Source

__all__ = ["Mission", "MissionKind", "all_missions", "get", "lookup", "surface_forms"]

MissionKind = Literal[
    "un_peace_operation", "un_authorised", "regional", "un_political", "un_support", "other"
]


class Mission(BaseModel):
    """One mission as the knowledge base records it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(pattern=r"^[A-Z][A-Za-z0-9]+$")
    name: str
    aliases: tuple[str, ...] = ()
    kind: MissionKind
    organisation: str | None = None
    lead: str | None = Field(default=None, description="Lead nation, alpha-3")
    host: str | None = Field(default=None, description="Host country, alpha-3")
    also_hosts: tuple[str, ...] = ()
    resolutions: tuple[str, ...] = Field(default=(), description="Authorising resolution numbers")
    start: str | None = None
    end: str | None = None
    predecessor: str | None = None
    successor: str | None = None
    note: str | None = None
    source: Source

    @property
    def active(self) -> bool:
        """True while the KB records no end date."""
        return self.end is None


@cache
def _missions() -> tuple[Mission, ...]:
    return tuple(Mission(**entry) for entry in load_toml("missions.toml")["missions"])


@cache
def _index() -> tuple[dict[str, str], dict[str, str]]:
    """(folded key -> code, surface form -> code). Mission codes are no English words, so unlike
    country abbreviations they match in any case ("Binuh", "mss")."""
    keys: dict[str, str] = {}
    forms: dict[str, str] = {}
    for mission in _missions():
        for form in (mission.code, mission.name, *mission.aliases):
            forms.setdefault(form, mission.code)
            keys.setdefault(fold(form), mission.code)
    return keys, forms


def all_missions() -> list[Mission]:
    """Every mission, in data-file order (Haiti first)."""
    return list(_missions())


def get(code: str) -> Mission | None:
    """The mission with exactly this code (case-insensitive), or None."""
    code = code.strip().upper()
    return next((m for m in _missions() if m.code.upper() == code), None)


def lookup(text: str) -> Mission | None:
    """The mission a code, name or alias as written refers to, or None."""
    if not text or not text.strip():
        return None
    keys, _ = _index()
    key = fold(text)
    code = keys.get(key)
    if code is None and key.endswith(" mission"):
        return lookup(text.strip()[: -len(" mission")])
    return get(code) if code else None


def surface_forms() -> dict[str, str]:
    """Every code, name and alias as written -> mission code (for an EntityRuler)."""
    return dict(_index()[1])
