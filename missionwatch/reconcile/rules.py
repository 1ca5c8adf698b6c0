"""The configurable rules of reconciliation: which claims belong to one fact, which value is best.

Everything an analyst may want to argue about lives here as data, not code: the time windows that
make two figures "the same fact", the order of the rules that choose the best estimate, the list of
official sources, the tolerances that make a disagreement a conflict. ``Rules()`` holds the
defaults documented in docs/reconcile.md; ``load_rules(path)`` reads overrides from TOML or JSON.
"""

from __future__ import annotations

import fnmatch
import json
import tomllib
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from missionwatch.errors import InputError
from missionwatch.sources.base import url_host

RuleName = Literal["official", "exact", "later", "sources", "median"]
DEFAULT_ORDER: tuple[RuleName, ...] = ("official", "exact", "later", "sources", "median")
RULE_NAMES: tuple[str, ...] = ("official", "exact", "later", "sources", "median")

DEFAULT_WINDOWS: dict[str, int | None] = {
    # Days a fact may span (first to last as-of date). None: no time window (one fact per key).
    "personnel.*": 14,
    "funding.*": 30,
    "displaced": 14,
    "people_in_need": 14,
    "killed": 14,
    "injured": 14,
    "kidnapped": 14,
    "gang_control": 30,
    "contributor": 30,
    "donor": 30,
    "mandate.expiry": 60,
    "mandate.duration": 60,
    "council.*": None,
    "mission.lead": None,
    "role": None,
    "quote": None,
    "*": 14,
}

DEFAULT_OFFICIAL_DOMAINS: tuple[str, ...] = (
    "un.org",
    "unocha.org",
    "iom.int",
    "ohchr.org",
    "unicef.org",
    "wfp.org",
    "state.gov",
    "usmission.gov",
    "whitehouse.gov",
    "go.ke",
    "gc.ca",
    "canada.ca",
    "gov.uk",
    "gouv.ht",
    "gov.jm",
    "bahamas.gov.bs",
    "oas.org",
    "caricom.org",
)

DEFAULT_OFFICIAL_OUTLETS: tuple[str, ...] = (
    "United Nations",
    "UN News",
    "UN Security Council",
    "UN Press",
    "OCHA",
    "IOM",
    "OHCHR",
    "BINUH",
    "US State Department",
    "U.S. Department of State",
    "Government of Kenya",
    "State House Kenya",
    "National Police Service",
    "Government of Haiti",
    "Government of Jamaica",
    "Government of Canada",
    "MSS",
)


class Rules(BaseModel):
    """The rules reconciliation applies, with defaults; every field can be overridden from a file."""

    model_config = ConfigDict(extra="forbid")

    order: list[RuleName] = Field(
        default_factory=lambda: list(DEFAULT_ORDER),
        description="Rules tried in turn to choose the best value; the first that leaves one wins",
    )
    windows: dict[str, int | None] = Field(
        default_factory=lambda: dict(DEFAULT_WINDOWS),
        description="Measure (or glob such as 'personnel.*') → days one fact may span; None = no window",
    )
    official_domains: list[str] = Field(
        default_factory=lambda: list(DEFAULT_OFFICIAL_DOMAINS),
        description="A URL whose host is, or ends with '.', one of these is an official source",
    )
    official_outlets: list[str] = Field(
        default_factory=lambda: list(DEFAULT_OFFICIAL_OUTLETS),
        description="Outlet names (case-insensitive) that are official sources",
    )
    tolerance: float = Field(default=0.05, ge=0.0, description="Relative difference two numbers may have")
    approx_widening: float = Field(
        default=0.05, ge=0.0, description="Added to the tolerance for each approximate side"
    )
    council_size: int = Field(default=15, ge=1, description="Members behind 'unanimous' (15-0-0)")
    outlet_day_once: bool = Field(
        default=True, description="Count one outlet on one day as one source, even across articles"
    )

    @field_validator("order")
    @classmethod
    def _order_nonempty(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("order needs at least one rule")
        if len(set(value)) != len(value):
            raise ValueError("order names a rule twice")
        return value

    def window_for(self, measure: str) -> int | None:
        """Days a fact of ``measure`` may span: the exact measure first, then the longest glob."""
        if measure in self.windows:
            return self.windows[measure]
        matches = [p for p in self.windows if fnmatch.fnmatchcase(measure, p)]
        if not matches:
            return None
        return self.windows[max(matches, key=len)]

    def is_official(self, *, url: str | None, outlet: str | None, attrs: dict | None = None) -> bool:
        """Whether a claim comes from an official source: attrs say so, or its URL or outlet is listed."""
        if _says_official(attrs):
            return True
        return _listing(tuple(self.official_domains), tuple(self.official_outlets))(url, outlet)

    def official_of(self, claims: Iterable[Any]) -> list[bool]:
        """``is_official`` of each claim (anything with ``url``, ``outlet`` and ``attrs``), the
        listed domains and outlets taken once for all: copying and hashing them for every claim
        was most of the test."""
        listed = _listing(tuple(self.official_domains), tuple(self.official_outlets))
        return [_says_official(c.attrs) or listed(c.url, c.outlet) for c in claims]


def _says_official(attrs: dict | None) -> bool:
    """Whether a claim's attrs mark it official."""
    if not attrs:
        return False
    return attrs.get("official") is True or attrs.get("source_type") == "official"


# URLs (and outlets) remembered: more than a ledger of a million claims has documents (101,213),
# whose facts ask about them in no useful order — at 65,536 the caches missed most of the time
# and the official test was a twentieth of a rebuild
_URLS = 1 << 18


@lru_cache(maxsize=64)
def _listing(domains: tuple[str, ...], outlets: tuple[str, ...]) -> Callable[[str | None, str | None], bool]:
    """The test of one list of official domains and outlets: whether a URL's host is or ends in a
    listed domain, or the outlet is listed. Each list has its own cache of the URLs and outlets
    asked about (the same few come back for every claim of a ledger), so a lookup hashes the URL
    and the outlet, not the lists; the domains are lower-cased once."""
    hosts = tuple(domain.lower().lstrip(".") for domain in domains)
    names = frozenset(o.casefold() for o in outlets)

    @lru_cache(maxsize=_URLS)
    def listed(url: str | None, outlet: str | None) -> bool:
        host = _host(url)
        if host:
            for d in hosts:
                if host == d or host.endswith("." + d):
                    return True
        if outlet:
            return outlet.strip().casefold() in names
        return False

    return listed


@lru_cache(maxsize=_URLS)
def _host(url: str | None) -> str | None:
    return url_host(url) if url else None


def load_rules(path: str | Path) -> Rules:
    """Read rules from a ``.toml`` or ``.json`` file; missing keys keep their defaults.

    Raises InputError (with the path) when the file is missing, unparsable or names unknown keys.
    """
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read rules: {exc.strerror or exc}", input=str(p)) from exc
    try:
        data = json.loads(raw) if p.suffix.lower() == ".json" else tomllib.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(
            f"rules file is not valid {p.suffix.lstrip('.') or 'TOML'}: {exc}", input=str(p)
        ) from exc
    if isinstance(data, dict) and "reconcile" in data and isinstance(data["reconcile"], dict):
        data = data["reconcile"]
    if not isinstance(data, dict):
        raise InputError("rules file must hold a table of settings", input=str(p))
    # TOML has no null: a negative window or the string "none" means "no window".
    windows = data.get("windows")
    if isinstance(windows, dict):
        data["windows"] = {
            **DEFAULT_WINDOWS,
            **{
                k: (
                    None
                    if v is None
                    or (isinstance(v, str) and v.lower() == "none")
                    or (isinstance(v, int) and v < 0)
                    else v
                )
                for k, v in windows.items()
            },
        }
    try:
        return Rules.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"])
        raise InputError(f"bad rule {where}: {first['msg']}", input=str(p)) from exc
