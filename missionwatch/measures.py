"""The one registry of measures: what each claim type means, who it is about and what value it takes.

Every stage asks this module instead of keeping its own list: the extractor (which family a figure
belongs to), reconciliation (which values compare, which are events), reports and the web (labels,
groups). Adding a measure here makes it known everywhere; the names are the corpus contract
(``shared/corpus/README.md``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ValueKind = Literal["number", "tally", "date", "category", "status", "text"]
SubjectKind = Literal[
    "resolution", "member", "country", "contributor", "donor", "payer", "place", "person", "none"
]
Group = Literal["council", "mandate", "personnel", "funding", "status", "lead", "situation", "people"]


@dataclass(frozen=True)
class Measure:
    """One claim type.

    ``family`` is the kind of figure an extractor reads it from (persons, money, percent) or None for
    non-figures; ``event`` marks flows that happen at a moment (an arrival, a death) rather than
    stocks that hold over time (a strength, a displaced population); ``mission_free`` marks figures
    about a country or place rather than a mission.
    """

    name: str
    group: Group
    label: str
    value: ValueKind
    subject: SubjectKind
    units: tuple[str, ...] = ()
    family: str | None = None
    event: bool = False
    mission_free: bool = False
    ceiling: bool = False  # its natural qualifier is at_most ("up to 5,550")
    evolves: bool = False  # a status or title that moves on (willing → deployed): never a conflict


_PERSONS = ("persons",)
_MONEY = ("USD", "EUR", "KES", "CAD", "GBP", "ZAR", "JPY", "HTG")  # common; any ISO 4217 code is valid

MEASURES: dict[str, Measure] = {
    m.name: m
    for m in (
        Measure("council.vote", "council", "Council vote", "tally", "resolution"),
        Measure("council.adopted", "council", "adopted", "date", "resolution"),
        Measure("council.member_vote", "council", "member vote", "category", "member"),
        Measure("council.penholder", "council", "penholder", "category", "country"),
        Measure("mandate.expiry", "mandate", "mandate expiry", "date", "none"),
        Measure("mandate.duration", "mandate", "mandate duration", "number", "none", ("months",)),
        Measure("personnel.deployed", "personnel", "deployed", "number", "contributor", _PERSONS, "persons"),
        Measure(
            "personnel.arrived",
            "personnel",
            "arrived",
            "number",
            "contributor",
            _PERSONS,
            "persons",
            event=True,
        ),
        Measure("personnel.pledged", "personnel", "pledged", "number", "contributor", _PERSONS, "persons"),
        Measure(
            "personnel.target",
            "personnel",
            "target / authorised",
            "number",
            "contributor",
            _PERSONS,
            "persons",
            ceiling=True,
        ),
        Measure(
            "personnel.returned",
            "personnel",
            "returned",
            "number",
            "contributor",
            _PERSONS,
            "persons",
            event=True,
        ),
        Measure("funding.pledged", "funding", "pledged", "number", "donor", _MONEY, "money"),
        Measure("funding.contributed", "funding", "contributed", "number", "donor", _MONEY, "money"),
        Measure("funding.required", "funding", "required", "number", "payer", _MONEY, "money"),
        Measure("funding.withheld", "funding", "withheld", "number", "donor", _MONEY, "money"),
        Measure("contributor", "status", "contributor status", "status", "country", evolves=True),
        Measure("donor", "status", "donor status", "status", "donor", evolves=True),
        Measure("mission.lead", "lead", "lead nation", "category", "country"),
        Measure(
            "displaced", "situation", "displaced", "number", "place", _PERSONS, "persons", mission_free=True
        ),
        Measure(
            "people_in_need",
            "situation",
            "people in need",
            "number",
            "place",
            _PERSONS,
            "persons",
            mission_free=True,
        ),
        Measure(
            "killed",
            "situation",
            "killed",
            "number",
            "place",
            _PERSONS,
            "persons",
            event=True,
            mission_free=True,
        ),
        Measure(
            "injured",
            "situation",
            "injured",
            "number",
            "place",
            _PERSONS,
            "persons",
            event=True,
            mission_free=True,
        ),
        Measure(
            "kidnapped",
            "situation",
            "kidnapped",
            "number",
            "place",
            _PERSONS,
            "persons",
            event=True,
            mission_free=True,
        ),
        Measure(
            "gang_control",
            "situation",
            "held by gangs",
            "number",
            "place",
            ("percent",),
            "percent",
            mission_free=True,
        ),
        Measure("quote", "people", "quote", "text", "person"),
        Measure("role", "people", "role", "text", "person", evolves=True),
    )
}

NAMES: tuple[str, ...] = tuple(MEASURES)

QUALIFIERS: tuple[str, ...] = ("exact", "approx", "at_least", "at_most")


def get(name: str) -> Measure | None:
    return MEASURES.get(name)


def names(
    *,
    group: str | None = None,
    value: str | None = None,
    family: str | None = None,
    event: bool | None = None,
    mission_free: bool | None = None,
) -> tuple[str, ...]:
    """Measure names filtered by any of the registry's fields, in registry order."""
    return tuple(
        m.name
        for m in MEASURES.values()
        if (group is None or m.group == group)
        and (value is None or m.value == value)
        and (family is None or m.family == family)
        and (event is None or m.event == event)
        and (mission_free is None or m.mission_free == mission_free)
    )


def label(name: str) -> str:
    """The words a page shows for a measure (its name when unknown)."""
    m = MEASURES.get(name)
    return m.label if m else name


def kind_of(name: str) -> str:
    """How reconciliation treats a measure's values: number, tally, date, category, status or text.

    Values that evolve (statuses, titles) are "status" whatever their type: a newer one replaces
    an older one and the two never conflict.
    """
    m = MEASURES.get(name)
    if m is None:
        return "number"
    return "status" if m.evolves else m.value
