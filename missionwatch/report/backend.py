"""What the briefing and the alerts need from the stages below them, behind one small seam.

Reports read reconciled facts (``reconcile``), Council decisions and missions (``kb``). Those stages
are written separately and their objects are read here through a few named attributes only
(``FactView``, ``ResolutionView``, ``MissionView``), so a renamed field in one of them breaks one
adapter instead of every template, and tests can hand in plain fakes through ``Backend``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from missionwatch.ledger.facts import as_number
from missionwatch.models import StoredClaim

Number = int | float


def _get(obj: Any, *names: str, default: Any = None) -> Any:
    """The first attribute (or mapping key) of ``names`` that is set on ``obj``."""
    if isinstance(obj, Mapping):
        for name in names:
            if obj.get(name) is not None:
                return obj[name]
        return default
    for name in names:
        value = getattr(obj, name, None)
        if value is not None:
            return value
    return default


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


@dataclass
class FactView:
    """A reconciled figure: the best estimate, its range, and the claims that support it."""

    measure: str
    mission: str | None
    subject: str | None
    best: Any
    low: Any = None
    high: Any = None
    unit: str | None = None
    qualifier: str | None = None
    as_of: str | None = None
    conflict: bool = False
    decided_by: str | None = None
    claims: list[StoredClaim] = field(default_factory=list)
    subject_label: str | None = None
    scope: str | None = None  # fund, increment, incident, period, part (reconcile's Fact.scope)
    component: str | None = None  # a part of a total (military, police, …)
    flags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    reviewed: str | None = None  # "corrected by NAME", "pinned by NAME" (reconcile's Fact.reviewed)
    claim_count: int | None = None  # its claims when ``claims`` holds only those a page shows
    side_count: int | None = None  # its values when ``claims`` holds the newest few values' only

    @property
    def display(self) -> str | None:
        """The subject as a reader names it ("Kenya" rather than "KEN")."""
        return self.subject_label or self.subject

    @property
    def key(self) -> tuple[str, str | None, str | None]:
        return (self.measure, self.mission, self.subject)

    def numeric(self) -> float | None:
        """The best value as a number, or None when it is a date, a tally or text."""
        return as_number(self.best)


def _attr(obj: Any, *names: str, default: Any = None) -> Any:
    """``_get`` of an object that is no mapping (asked once per fact, not once per name: a first
    briefing at 1,000,009 claims reads 5,541 facts, 105,411 names)."""
    for name in names:
        value = getattr(obj, name, None)
        if value is not None:
            return value
    return default


def fact_view(fact: Any) -> FactView:
    """Read a ``reconcile.Fact`` (or a mapping with the same names) into a ``FactView``."""
    if isinstance(fact, FactView):
        return fact
    if type(fact) is _fact_class():
        return _view_of_fact(fact.__dict__)
    get = partial(_get, fact) if isinstance(fact, Mapping) else partial(_attr, fact)
    claims = list(get("claims", "supporting", default=[]) or [])
    conflict = get("conflict", "conflicting", default=False)
    return FactView(
        measure=get("measure"),
        mission=get("mission"),
        subject=get("subject"),
        best=get("best", "value"),
        low=get("low"),
        high=get("high"),
        unit=get("unit"),
        qualifier=get("qualifier"),
        as_of=_text(get("as_of")),
        conflict=bool(conflict),
        decided_by=_text(get("decided_by", "rule")),
        subject_label=get("subject_label"),
        scope=get("scope"),
        component=get("component"),
        flags=list(get("flags", default=[]) or []),
        notes=list(get("notes", default=[]) or []),
        reviewed=get("reviewed"),
        claim_count=get("claim_count"),
        side_count=get("side_count"),
        claims=[
            c if isinstance(c, StoredClaim) else StoredClaim.model_validate(c)
            for c in claims
            if isinstance(c, StoredClaim | Mapping)
        ],
    )


_FACT: list[type] = []


def _fact_class() -> type:
    """``reconcile.Fact`` (imported on first use: the report reads facts of any shape)."""
    if not _FACT:
        from missionwatch.reconcile.facts import Fact

        _FACT.append(Fact)
    return _FACT[0]


def _view_of_fact(d: dict[str, Any]) -> FactView:
    """``fact_view`` of a ``reconcile.Fact`` from its fields (``d``, its ``__dict__``): the names
    the generic reading falls back on (``supporting``, ``value``, ``rule``, ``conflicting``) are no
    attributes of a ``Fact``, so each field is read once — 20 ``getattr`` calls a fact were half of
    viewing the 5,541 facts of a first briefing at 1,000,009 claims (bench/serve.md, fourteenth
    round)."""
    claims = d.get("claims") or []
    conflict = d.get("conflict")
    return FactView(
        measure=d.get("measure"),  # type: ignore[arg-type]
        mission=d.get("mission"),
        subject=d.get("subject"),
        best=d.get("best"),
        low=d.get("low"),
        high=d.get("high"),
        unit=d.get("unit"),
        qualifier=d.get("qualifier"),
        as_of=_text(d.get("as_of")),
        conflict=bool(False if conflict is None else conflict),
        decided_by=_text(d.get("decided_by")),
        subject_label=d.get("subject_label"),
        scope=d.get("scope"),
        component=d.get("component"),
        flags=list(d.get("flags") or []),
        notes=list(d.get("notes") or []),
        reviewed=d.get("reviewed"),
        claim_count=d.get("claim_count"),
        side_count=d.get("side_count"),
        claims=[
            c if isinstance(c, StoredClaim) else StoredClaim.model_validate(c)
            for c in claims
            if isinstance(c, StoredClaim | Mapping)
        ],
    )


@dataclass
class ResolutionView:
    """A Council resolution as the briefing shows it: when, how the vote went, until when."""

    number: str
    mission: str | None = None
    date: str | None = None
    tally: str | None = None
    votes: dict[str, str] = field(default_factory=dict)
    expiry: str | None = None
    summary: str | None = None
    source_url: str | None = None
    source_title: str | None = None


def _tally_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, Sequence) and len(value) == 3:
        return "-".join(str(v) for v in value)
    parts = [_get(value, name) for name in ("yes", "no", "abstain")]
    if all(p is not None for p in parts):
        return "-".join(str(p) for p in parts)
    parts = [_get(value, name) for name in ("in_favour", "against", "abstentions")]
    if all(p is not None for p in parts):
        return "-".join(str(p) for p in parts)
    return str(value)


def _votes(value: Any) -> dict[str, str]:
    if not value:
        return {}
    if isinstance(value, Mapping):
        return {str(k): str(v) for k, v in value.items()}
    out: dict[str, str] = {}
    for item in value:
        member = _get(item, "member", "country", "name")
        vote = _get(item, "vote", "value")
        if member is not None:
            out[str(_get(member, "name", default=member))] = str(vote)
    return out


def member_name(code: str) -> str:
    """'CHN' → 'China' through the knowledge base; the code itself when it is not a country code."""
    if len(code) != 3 or not code.isupper():
        return code
    try:
        from missionwatch.kb.countries import country_name

        return country_name(code) or code
    except (ImportError, LookupError, ValueError):
        return code


def resolution_view(res: Any) -> ResolutionView:
    return ResolutionView(
        number=str(_get(res, "number", "resolution", default="?")),
        mission=_get(res, "mission"),
        date=_text(_get(res, "date", "adopted", "adopted_on")),
        tally=_tally_text(_get(res, "tally", "vote")),
        votes={member_name(k): v for k, v in _votes(_get(res, "member_votes", "votes")).items()},
        expiry=_text(_get(res, "expiry", "expires", "mandate_expiry")),
        summary=_get(res, "summary", "title", "note"),
        source_url=_get(_get(res, "source"), "url") if _get(res, "source") is not None else None,
        source_title=_get(_get(res, "source"), "title") if _get(res, "source") is not None else None,
    )


@dataclass
class MissionView:
    code: str
    name: str
    country: str | None = None
    end: str | None = None
    successor: str | None = None
    start: str | None = None


def mission_view(mission: Any) -> MissionView:
    code = str(_get(mission, "code", "id"))
    return MissionView(
        code=code,
        name=str(_get(mission, "name", default=code)),
        country=_get(mission, "country", "host", "host_country"),
        end=_text(_get(mission, "end")),
        successor=_get(mission, "successor"),
        start=_text(_get(mission, "start")),
    )


def _default_reconcile(claims: list[StoredClaim], as_of: str | None = None) -> list[Any]:
    """Where things stand at ``as_of``: the latest fact of each series (``latest(reconcile(...))``
    with only the facts it keeps built: ``reconcile.newest``)."""
    from missionwatch.reconcile.newest import reconcile_latest

    return reconcile_latest(claims, as_of=as_of)


def _default_resolutions(mission: str) -> list[Any]:
    from missionwatch.kb import council

    return list(council.resolutions(mission))


def _default_missions() -> list[Any]:
    from missionwatch.kb import missions

    return list(missions.all_missions())


def _default_lookup(text: str) -> Any:
    from missionwatch.kb import missions

    return missions.lookup(text)


@dataclass
class Backend:
    """The functions reports call into; the defaults are the real stages, tests pass fakes."""

    reconcile: Callable[..., Iterable[Any]] = _default_reconcile
    resolutions: Callable[[str], Iterable[Any]] = _default_resolutions
    missions: Callable[[], Iterable[Any]] = _default_missions
    lookup: Callable[[str], Any] = _default_lookup

    def facts(self, claims: list[StoredClaim], as_of: str | None = None) -> list[FactView]:
        return [fact_view(f) for f in self.reconcile(claims, as_of=as_of)]

    def mission(self, text: str) -> MissionView | None:
        found = self.lookup(text)
        if found is None:
            for m in self.missions():
                view = mission_view(m)
                if view.code.lower() == text.lower():
                    return view
            return None
        return mission_view(found)

    def mission_list(self) -> list[MissionView]:
        return [mission_view(m) for m in self.missions()]

    def warm(self) -> None:
        """Read the knowledge base now: the missions and every mission's Council record are parsed
        from TOML on first use (about 0.1 s), which a server pays at start-up instead of on its
        first briefing or alert list."""
        for m in self.mission_list():
            self.resolution_list(m.code)

    def resolution_list(self, mission: str) -> list[ResolutionView]:
        try:
            found = self.resolutions(mission)
        except (LookupError, ImportError):  # no Council record for it, or no Council module
            return []
        return sorted((resolution_view(r) for r in found), key=lambda r: (r.date or "", r.number))
