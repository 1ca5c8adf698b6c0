"""The Security Council: who sat on it each year and how it voted on the KB's missions.

Data in ``data/council.toml``: the five permanent members, elected members with their two-year
terms, and resolutions with date, mission, tally, penholders and mandate. A resolution names only
the members that did not vote yes; for a year whose composition is known the loader fills in every
other member's "yes", and refuses a record whose votes do not add up to its tally. That check at
load time is what lets the extractor and ``council.check_tally`` trust the recorded vote.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from missionwatch.errors import NotFoundError
from missionwatch.kb import countries, missions
from missionwatch.kb._text import load_toml
from missionwatch.kb.source import Source

__all__ = [
    "Member",
    "Misreport",
    "Resolution",
    "Tally",
    "adopted_on",
    "council_name",
    "known_years",
    "members",
    "parse_resolution_number",
    "permanent_members",
    "resolution",
    "resolutions",
    "sat_on_council",
]

Vote = Literal["yes", "no", "abstain", "absent"]
COUNCIL_SIZE = 15


class Member(BaseModel):
    """One seat on the Council in one year."""

    model_config = ConfigDict(frozen=True)

    alpha3: str
    name: str = Field(description="The name the UN lists the member under")
    permanent: bool
    term: tuple[int, int] | None = Field(default=None, description="Elected members: first and last year")
    source: Source


class Tally(BaseModel):
    """Votes for, against and abstaining, as the Council announced them."""

    model_config = ConfigDict(frozen=True)

    # No upper bound: a misreported "16-0-2" must parse so that council.check_tally can flag it.
    for_: int = Field(ge=0)
    against: int = Field(ge=0)
    abstain: int = Field(ge=0)

    def __str__(self) -> str:
        return f"{self.for_}-{self.against}-{self.abstain}"

    @property
    def unanimous(self) -> bool:
        """All fifteen in favour (how the corpus reads "unanimous")."""
        return self.for_ == COUNCIL_SIZE and self.against == 0 and self.abstain == 0


class Misreport(BaseModel):
    """A published tally that contradicts the official one, kept so checks can recognise it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    value: str
    note: str
    source: Source


class Resolution(BaseModel):
    """A Security Council resolution on one of the KB's missions."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    number: str = Field(pattern=r"^\d+$")
    year: int
    date: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    mission: str
    also_missions: tuple[str, ...] = ()
    meeting: int | None = None
    draft: str | None = None
    tally: Tally | None = None
    votes: dict[str, Vote] = Field(
        default_factory=dict,
        description="alpha3 -> vote; every member "
        "when the year's composition is known, else only the named ones",
    )
    penholders: tuple[str, ...] = ()
    chapter: str | None = None
    duration_months: float | None = None
    expiry: str | None = None
    ceiling: dict[str, int] = Field(default_factory=dict)
    subject: str | None = None
    note: str | None = None
    misreports: tuple[Misreport, ...] = ()
    source: Source
    penholder_source: Source | None = None
    expiry_source: Source | None = None

    @property
    def summary(self) -> str | None:
        """What the resolution does, in a few words (the web and reports show it)."""
        return self.subject

    @property
    def symbol(self) -> str:
        """The UN document symbol, e.g. ``S/RES/2699 (2023)``."""
        return f"S/RES/{self.number} ({self.year})"

    def voted(self, vote: Vote) -> list[str]:
        """The members (alpha3) that cast ``vote``, sorted."""
        return sorted(code for code, v in self.votes.items() if v == vote)


# ---------------------------------------------------------------------------------------- loading


def council_name(alpha3: str) -> str:
    """The name the Council lists a member under ("Russian Federation", "Republic of Korea")."""
    names = load_toml("council.toml").get("un_names", {})
    return names.get(alpha3) or countries.country_name(alpha3)


@cache
def _composition() -> dict[int, tuple[Member, ...]]:
    data = load_toml("council.toml")
    permanent = data["permanent"]
    p5_source = Source(**permanent["source"])
    by_year: dict[int, list[Member]] = {}
    for group in data["elected"]:
        first, last = group["term"]
        source = Source(**group["source"])
        for year in range(first, last + 1):
            for code in group["members"]:
                by_year.setdefault(year, []).append(
                    Member(
                        alpha3=code,
                        name=council_name(code),
                        permanent=False,
                        term=(first, last),
                        source=source,
                    )
                )
    composition: dict[int, tuple[Member, ...]] = {}
    for year, elected in by_year.items():
        if len(elected) != 10:
            continue  # a year with only one class of elected members recorded is not a full Council
        p5 = [
            Member(alpha3=c, name=council_name(c), permanent=True, source=p5_source)
            for c in permanent["members"]
        ]
        composition[year] = tuple(p5 + sorted(elected, key=lambda m: m.alpha3))
    return composition


def _build_resolution(entry: dict[str, object]) -> Resolution:
    entry = dict(entry)
    number = str(entry.pop("number"))
    year = int(str(entry["date"])[:4])
    tally_list = entry.pop("tally", None)
    named: dict[str, Vote] = {}
    for key, vote in (("against", "no"), ("abstain", "abstain"), ("absent", "absent")):
        for code in entry.pop(key, []):  # type: ignore[union-attr]
            named[str(code)] = vote  # type: ignore[assignment]
    tally = None
    if tally_list is not None:
        f, a, s = tally_list  # type: ignore[misc]
        tally = Tally(for_=f, against=a, abstain=s)
    votes = dict(named)
    sitting = _composition().get(year)
    if sitting is not None:
        seats = {m.alpha3 for m in sitting}
        strangers = set(named) - seats
        if strangers:
            raise ValueError(f"resolution {number}: {sorted(strangers)} did not sit on the Council in {year}")
        votes = {m.alpha3: named.get(m.alpha3, "yes") for m in sitting}
        if tally is not None:
            counted = Tally(
                for_=sum(v == "yes" for v in votes.values()),
                against=sum(v == "no" for v in votes.values()),
                abstain=sum(v == "abstain" for v in votes.values()),
            )
            if counted != tally:
                raise ValueError(f"resolution {number}: member votes give {counted}, tally says {tally}")
    return Resolution(number=number, year=year, tally=tally, votes=votes, **entry)  # type: ignore[arg-type]


@cache
def _resolutions() -> dict[str, Resolution]:
    out: dict[str, Resolution] = {}
    for entry in load_toml("council.toml")["resolutions"]:
        res = _build_resolution(entry)
        out[res.number] = res
    return out


# ---------------------------------------------------------------------------------------- queries


def known_years() -> list[int]:
    """The years whose full composition the KB records."""
    return sorted(_composition())


def members(year: int) -> list[Member]:
    """The fifteen members sitting in ``year``: five permanent, then ten elected by code.

    NotFoundError for a year whose composition the KB does not record.
    """
    try:
        return list(_composition()[int(year)])
    except KeyError:
        years = known_years()
        raise NotFoundError(
            f"the KB records the Council's composition for {years[0]}-{years[-1]} only, not {year}",
            input=str(year),
        ) from None


def permanent_members() -> list[str]:
    """CHN, FRA, RUS, GBR, USA (Charter Article 23)."""
    return list(load_toml("council.toml")["permanent"]["members"])


def sat_on_council(alpha3: str, year: int) -> bool:
    """Whether a country (code, or name as written) held a seat in ``year``.

    NotFoundError if the KB does not record that year's Council (permanent members excepted).
    """
    code = alpha3.upper() if alpha3.upper() in countries.all_codes() else countries.to_alpha3(alpha3)
    if code in permanent_members():
        return True
    return any(m.alpha3 == code for m in members(year))


def parse_resolution_number(text: str | int) -> str | None:
    """'2699', 'resolution 2699 (2023)', 'S/RES/2699(2023)' -> '2699'; None if no number."""
    text = re.sub(r"\(\s*\d{4}\s*\)", " ", str(text))  # the year in "2699 (2023)"
    m = re.search(r"(?<!\d)(\d{1,4})(?!\d)", text)
    return m.group(1).lstrip("0") or None if m else None


def resolution(number: str | int) -> Resolution | None:
    """A resolution by number, in any usual spelling ("2699", "S/RES/2699 (2023)"), or None."""
    key = parse_resolution_number(number)
    return _resolutions().get(key) if key else None


def _mission_code(mission: str) -> str:
    found = missions.lookup(mission)
    if found is None:
        raise NotFoundError(f"no mission called {mission!r} in the knowledge base", input=mission)
    return found.code


def resolutions(mission: str | None = None) -> list[Resolution]:
    """Resolutions in date order, optionally only those on one mission (code, name or alias)."""
    found = sorted(_resolutions().values(), key=lambda r: (r.date, int(r.number)))
    if mission is None:
        return found
    code = _mission_code(mission)
    return [r for r in found if r.mission == code or code in r.also_missions]


def adopted_on(date: str, mission: str | None = None) -> list[Resolution]:
    """Resolutions adopted on ``date`` (YYYY-MM-DD; a YYYY-MM or YYYY prefix matches the period).

    Lets the extractor tie "the Council renewed the mission on Monday" to the resolution.
    """
    date = date.strip()
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date):
        raise NotFoundError(f"not an ISO date: {date!r}", input=date)
    return [r for r in resolutions(mission) if r.date.startswith(date)]
