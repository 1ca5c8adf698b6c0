"""Turning the many ways a claim can be written into keys and values that compare.

Two claims are about the same thing when their mission, measure and normalised subject agree:
"Kenya", "Kenyan" and "KEN" are one contributor; "resolution 2793" and "2793" one resolution;
"uniformed personnel" and "uniformed" one category. Values are parsed into what they mean: a
number, a date interval, a Council tally with its unknown parts left unknown.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from missionwatch import measures

# Measures by the kind of value they carry (from the registry); the kind decides grouping,
# best-value and conflict rules. A status moves on (willing → pledged → deployed) and a text is not
# a figure: neither is ever a conflict.
NUMBER_MEASURES = frozenset(n for n in measures.NAMES if measures.kind_of(n) == "number")
TALLY_MEASURES = frozenset(n for n in measures.NAMES if measures.kind_of(n) == "tally")
DATE_MEASURES = frozenset(n for n in measures.NAMES if measures.kind_of(n) == "date")
CATEGORY_MEASURES = frozenset(n for n in measures.NAMES if measures.kind_of(n) == "category")
STATUS_MEASURES = frozenset(n for n in measures.NAMES if measures.kind_of(n) == "status")
TEXT_MEASURES = frozenset(n for n in measures.NAMES if measures.kind_of(n) == "text")
RESOLUTION_MEASURES = frozenset(measures.names(group="council"))
PERSONS_DEFAULT = frozenset(measures.names(family="persons"))

CATEGORY_KEYS: tuple[tuple[str, str], ...] = (
    # (key word found in the subject, category key) — the longest, most specific first.
    ("military observers", "military observers and staff officers"),
    ("staff officer", "military observers and staff officers"),
    ("formed police", "formed police units"),
    ("fpu", "formed police units"),
    ("uniformed", "uniformed"),
    ("corrections", "corrections"),
    ("civilian", "civilian"),
    ("military", "military"),
    ("troops", "military"),
    ("soldier", "military"),
    ("police", "police"),
)

FALLBACK_SUCCESSORS: dict[str, str] = {"MSS": "GSF"}
FALLBACK_MISSIONS: tuple[str, ...] = ("MSS", "GSF", "BINUH", "MINUSTAH", "MINUJUSTH", "UNSOH")


@lru_cache(maxsize=1024)
def kind_of(measure: str) -> str:
    """The kind of value ``measure`` carries: number, tally, date, category, status or text
    (cached: reconciliation asks per claim and per comparison, a third of a million times per
    500-document drain)."""
    return measures.kind_of(measure)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Casefolded, accent-free, single-spaced text for comparing names."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s-]", " ", text.casefold()).split())


@lru_cache(maxsize=4096)
def country_alpha3(text: str) -> str | None:
    """ISO alpha-3 of a country name, demonym or code, through the knowledge base when it is there."""
    to_alpha3: Callable[[str], str | None] | None
    try:
        from missionwatch.kb.countries import to_alpha3
    except ImportError:
        to_alpha3 = None
    if to_alpha3 is not None:
        try:
            code = to_alpha3(text)
        except Exception:  # the KB is another stage's work in progress; fall back rather than fail
            code = None
        if code:
            return code
    return _pycountry_alpha3(text)


def _pycountry_alpha3(text: str) -> str | None:
    try:
        import pycountry
    except ImportError:
        return None
    t = text.strip()
    if len(t) == 3 and t.isupper():
        found = pycountry.countries.get(alpha_3=t)
        return found.alpha_3 if found else None
    try:
        return pycountry.countries.lookup(t).alpha_3
    except LookupError:
        return None


def country_label(alpha3: str) -> str:
    """A readable name for an alpha-3 code (the KB's name when it has one)."""
    try:
        from missionwatch.kb.countries import country_name

        name = country_name(alpha3)
        if name:
            return name
    except Exception:  # KB not there yet or code unknown to it
        pass
    try:
        import pycountry

        found = pycountry.countries.get(alpha_3=alpha3)
        if found:
            return getattr(found, "common_name", None) or found.name
    except ImportError:
        pass
    return alpha3


def resolution_number(*texts: object) -> str | None:
    """The resolution number in the first text that has one ("resolution 2793" → "2793")."""
    for text in texts:
        if text is None:
            continue
        m = re.search(r"\b(\d{3,4})\b", str(text))
        if m:
            return m.group(1)
    return None


@lru_cache(maxsize=65536)
def personnel_category(subject: str) -> str | None:
    """The category key of a personnel subject ("591 police personnel" → "police"), if it is one
    (cached: every personnel claim is keyed again by each drain that reads its document)."""
    folded = fold(subject)
    for word, key in CATEGORY_KEYS:
        if re.search(rf"\b{re.escape(word)}", folded):
            return key
    return None


def subject_key(measure: str, subject: str | None, resolution: str | None = None) -> str | None:
    """The normalised subject: a resolution number, a personnel category, an alpha-3 or folded text."""
    if measure in ("council.vote", "council.adopted"):
        return resolution_number(subject, resolution)
    if subject is None or not str(subject).strip():
        return None
    s = str(subject).strip()
    if measure in ("quote", "role"):
        return fold(s)
    if measure.startswith("personnel."):
        category = personnel_category(s)
        if category and not country_alpha3(s):
            return category
    if _is_place(measure) and fold(s) in _capitals():
        return fold(s)  # "80% of Port-au-Prince" is about the capital, not the country
    code = country_alpha3(s)
    if code:
        return code
    return fold(s)


def _is_place(measure: str) -> bool:
    m = measures.get(measure)
    return m is not None and m.subject == "place"


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    """Folded names of capitals the KB knows (they stand for governments, not for places)."""
    try:
        from missionwatch.kb._text import load_toml

        data = load_toml("countries.toml")["countries"]
    except Exception:  # KB not there: no capitals known
        return frozenset()
    return frozenset(fold(c) for entry in data.values() for c in entry.get("capitals", []))


def mission_key(mission: str | None) -> str | None:
    """The mission code ("Multinational Security Support" → "MSS") through the KB, else upper-cased."""
    if mission is None or not str(mission).strip():
        return None
    text = str(mission).strip()
    code = _kb_mission_code(text)
    return code or text.upper()


@lru_cache(maxsize=512)
def _kb_mission_code(text: str) -> str | None:
    try:
        from missionwatch.kb.missions import lookup
    except ImportError:
        return None
    try:
        found = lookup(text)
    except Exception:  # KB still being built: use the text itself
        return None
    return getattr(found, "code", None) if found is not None else None


def known_missions() -> list[str]:
    """Every mission code the knowledge base knows (a built-in list until the KB exists)."""
    try:
        from missionwatch.kb.missions import all_missions

        codes = [m.code for m in all_missions()]
        if codes:
            return codes
    except Exception:  # KB not there yet
        pass
    return list(FALLBACK_MISSIONS)


def mission_aliases() -> dict[str, str]:
    """Alias → mission code, for matching what a user types (KB surface forms plus the codes)."""
    aliases = {code.casefold(): code for code in known_missions()}
    try:
        from missionwatch.kb.missions import surface_forms

        aliases.update({k.casefold(): v for k, v in surface_forms().items()})
    except Exception:  # KB not there yet
        pass
    return aliases


def successors(code: str) -> list[str]:
    """The missions that took over from ``code``, in order (MSS → GSF)."""
    chain: list[str] = []
    current = code
    while True:
        nxt = _successor(current)
        if not nxt or nxt in chain or nxt == code:
            return chain
        chain.append(nxt)
        current = nxt


def _successor(code: str) -> str | None:
    try:
        from missionwatch.kb.missions import all_missions

        for m in all_missions():
            if getattr(m, "code", None) == code:
                succ = getattr(m, "successor", None)
                if succ:
                    return getattr(succ, "code", succ)
                return None
    except Exception:  # KB not there yet
        pass
    return FALLBACK_SUCCESSORS.get(code)


@lru_cache(maxsize=256)
def record_expiries(mission: str) -> tuple[tuple[str, str, str], ...]:
    """(resolution, adopted, expiry) of every Council record on ``mission`` that gives an expiry day."""
    try:
        from missionwatch.kb.council import resolutions
    except ImportError:
        return ()
    try:
        found = resolutions(mission)
    except Exception:  # KB still being built: no records
        return ()
    return tuple((r.number, r.date, r.expiry) for r in found if r.expiry and len(r.expiry) == 10 and r.date)


def number(value: object) -> float | None:
    """A claim value as a number, or None when it is not one."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).replace(",", "").strip())
    except ValueError:
        return None


def plain(value: float) -> int | float:
    """2500.0 → 2500: numbers shown as the text gave them."""
    return int(value) if float(value).is_integer() else value


@dataclass(frozen=True)
class DateSpan:
    """A date at its own precision, as the first and last day it may mean."""

    text: str
    first: date
    last: date

    @property
    def precision(self) -> str:
        return {10: "day", 7: "month", 4: "year"}.get(len(self.text), "day")


def parse_date(value: object) -> DateSpan | None:
    """'2024-09' → 1 to 30 September 2024; None when it is not an ISO date at some precision."""
    if value is None:
        return None
    return _parse_date_text(str(value).strip()[:10])


@lru_cache(maxsize=65536)
def _parse_date_text(text: str) -> DateSpan | None:
    """``parse_date`` of a stripped text (cached: a drain parses the same few hundred days over
    and over; ``DateSpan`` is frozen)."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            d = date.fromisoformat(text)
            return DateSpan(text, d, d)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            y, m = int(text[:4]), int(text[5:7])
            first = date(y, m, 1)
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return DateSpan(text, first, nxt - timedelta(days=1))
        if re.fullmatch(r"\d{4}", text):
            y = int(text)
            return DateSpan(text, date(y, 1, 1), date(y, 12, 31))
    except ValueError:
        return None
    return None


@dataclass(frozen=True)
class Tally:
    """A Council tally for-against-abstain; a part the text did not give is None."""

    yes: int | None
    no: int | None
    abstain: int | None

    def text(self) -> str:
        return "-".join("?" if p is None else str(p) for p in (self.yes, self.no, self.abstain))

    @property
    def complete(self) -> bool:
        return None not in (self.yes, self.no, self.abstain)

    def disagrees(self, other: Tally) -> bool:
        """True when a part both tallies give differs."""
        return any(
            a is not None and b is not None and a != b
            for a, b in zip(
                (self.yes, self.no, self.abstain), (other.yes, other.no, other.abstain), strict=True
            )
        )


def parse_tally(value: object, council_size: int = 15, attrs: dict | None = None) -> Tally | None:
    """'13-0-2' → (13, 0, 2); 'unanimous' → (15, 0, 0); '13' or '13 in favour' → (13, ?, ?)."""
    if attrs:
        parts = [attrs.get(k) for k in ("for", "against", "abstain")]
        if any(isinstance(p, int) for p in parts):
            return Tally(*(p if isinstance(p, int) else None for p in parts))
    if value is None:
        return None
    text = str(value).strip().casefold()
    if "unanim" in text:
        return Tally(council_size, 0, 0)
    if re.fullmatch(r"[\d?x]+(\s*[-–/]\s*[\d?x]+){0,2}", text):
        pieces = [p.strip() for p in re.split(r"[-–/]", text)]
        nums = [int(p) if p.isdigit() else None for p in pieces]
        nums += [None] * (3 - len(nums))
        return Tally(*nums[:3])
    m = re.match(r"(\d+)\s*(votes?\s*)?(in favou?r|for)\b", text)
    if m:
        return Tally(int(m.group(1)), None, None)
    return None
