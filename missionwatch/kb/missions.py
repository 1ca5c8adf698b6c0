"""Missions: codes, names, the aliases news uses for them, authorising resolutions and dates.

Data in ``data/missions.toml``. Lookup is case- and diacritic-insensitive over code, name and
aliases ("the Kenya-led multinational force" -> MSS, "UN Integrated Office in Haiti" -> BINUH).
The file is parsed once, on first use, into dict indexes: ``get`` and ``lookup`` are O(1).
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from missionwatch.kb._text import fold, load_toml
from missionwatch.kb.source import Source

__all__ = [
    "KIND_SYNONYMS",
    "Mission",
    "MissionKind",
    "all_missions",
    "chain",
    "get",
    "lookup",
    "surface_forms",
]

MissionKind = Literal[
    "un_peace_operation",  # UN peacekeeping operation (DPO-led)
    "un_political",  # UN special political mission or regional office
    "un_support",  # UN support office for a non-UN force (UNSOS, UNSOH)
    "un_authorised",  # a coalition the Council authorised (MSS, GSF, ISAF, MNF-I)
    "au",  # African Union operation
    "regional",  # another regional organisation (ECOWAS, SADC, EAC, Lake Chad Basin, G5 Sahel)
    "eu",  # European Union (CSDP) operation
    "nato",  # NATO-led operation
    "ad_hoc",  # standing arrangement outside any of the above (MFO)
    "other",
]

KIND_SYNONYMS = {"un_pko": "un_peace_operation", "un_spm": "un_political"}


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
    hosts_serve: bool = Field(
        default=False,
        description="The force is the host states' own troops (a joint task force of the states it "
        "operates in): a host's soldiers are a contributor's, not the host's own forces",
    )
    area: str | None = Field(
        default=None, description="Where it is deployed when that is no whole country (Abyei, the Golan)"
    )
    resolutions: tuple[str, ...] = Field(default=(), description="Authorising resolution numbers")
    start: str | None = None
    end: str | None = None
    predecessor: str | None = None
    successor: str | None = None
    planned_strength: int | None = Field(
        default=None, description="The strength it was planned at when no resolution set a ceiling"
    )
    planned_strength_source: Source | None = None
    note: str | None = None
    source: Source

    @model_validator(mode="after")
    def _strength_has_a_source(self) -> Mission:
        if (self.planned_strength is None) != (self.planned_strength_source is None):
            raise ValueError(f"{self.code}: planned_strength and planned_strength_source go together")
        return self

    @property
    def active(self) -> bool:
        """True while the KB records no end date."""
        return self.end is None


@cache
def _missions() -> tuple[Mission, ...]:
    return tuple(Mission(**entry) for entry in load_toml("missions.toml")["missions"])


@cache
def _by_code() -> dict[str, Mission]:
    """Upper-cased code -> Mission (the O(1) index behind ``get``)."""
    return {m.code.upper(): m for m in _missions()}


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
    for mission in _missions():  # after every written form: a variant never takes another's name
        for form in (mission.name, *mission.aliases):
            for variant in _un_variants(form):
                if keys.setdefault(fold(variant), mission.code) == mission.code:
                    forms.setdefault(variant, mission.code)
    return keys, forms


def _un_variants(form: str) -> tuple[str, ...]:
    """The other ways news writes a UN name: "U.N. Integrated Transition Assistance Mission in
    Sudan", "UN Mission in South Sudan" for the "United Nations …" or "UN …" of the data."""
    for lead in ("United Nations ", "UN ", "U.N. "):
        if form.startswith(lead):
            rest = form[len(lead) :]
            return tuple(f"{other}{rest}" for other in ("United Nations ", "UN ", "U.N. ") if other != lead)
    return ()


def all_missions() -> list[Mission]:
    """Every mission, in data-file order (Haiti first)."""
    return list(_missions())


def get(code: str) -> Mission | None:
    """The mission with exactly this code (case-insensitive), or None."""
    return _by_code().get(code.strip().upper())


def chain(code: str) -> list[Mission]:
    """The mission's whole succession, first predecessor to last successor ([] if unknown).

    Stops at a code already seen, so a cycle in bad data cannot loop forever.
    """
    mission = get(code)
    if mission is None:
        return []
    seen = {mission.code}
    first = mission
    while first.predecessor and first.predecessor not in seen and get(first.predecessor):
        first = get(first.predecessor)  # type: ignore[assignment]
        seen.add(first.code)
    out = [first]
    seen = {first.code}
    while out[-1].successor and out[-1].successor not in seen and get(out[-1].successor):
        nxt = get(out[-1].successor)
        assert nxt is not None
        out.append(nxt)
        seen.add(nxt.code)
    return out


def lookup(text: str) -> Mission | None:
    """The mission a code, name or alias as written refers to, or None."""
    if not text or not text.strip():
        return None
    keys, _ = _index()
    key = fold(text)
    code = keys.get(key)
    if code is None and key.endswith(" mission"):
        return lookup(text.strip()[: -len(" mission")])
    return _by_code().get(code.upper()) if code else None


def surface_forms() -> dict[str, str]:
    """Every code, name and alias as written -> mission code (for an EntityRuler)."""
    return dict(_index()[1])
