"""Matching claims to gold facts, and the small sub-task scores the peer comparison needs.

The typed-claim matcher applies the rules of the corpus README (one-to-one within a measure;
subjects fold country names, demonyms, capitals and ISO codes together, persons match on surname,
resolutions on their number; numbers agree within 1 %, dates on their shared prefix, quotes and
roles on token F1 ≥ 0.6; missions must agree where both are given; strict also asks qualifier and
as_of). It is a copy kept in bench/ so that a benchmark never imports the shared reference scorer
at run time and does not move when the project's own knowledge base grows.

Everything here is pure Python on plain dicts: the scores of every system go through the same code.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

_ALIASES: dict[str, tuple[str, ...]] = {
    "USA": (
        "united states",
        "united states of america",
        "us",
        "u.s.",
        "u.s",
        "usa",
        "america",
        "american",
        "washington",
    ),
    "CAN": ("canada", "canadian", "ottawa"),
    "KEN": ("kenya", "kenyan", "nairobi", "republic of kenya"),
    "HTI": ("haiti", "haitian", "port-au-prince"),
    "JAM": ("jamaica", "jamaican"),
    "BLZ": ("belize", "belizean"),
    "BHS": ("bahamas", "bahamian"),
    "GTM": ("guatemala", "guatemalan"),
    "SLV": ("el salvador", "salvadoran", "salvadorean"),
    "ECU": ("ecuador", "ecuadorian"),
    "CHN": ("china", "chinese", "beijing", "people's republic of china"),
    "RUS": ("russia", "russian", "russian federation", "moscow"),
    "GBR": ("united kingdom", "uk", "u.k.", "britain", "british", "great britain", "london"),
    "KOR": ("south korea", "republic of korea", "korea"),
    "EUU": ("european union", "eu", "e.u."),
    "AFU": ("african union", "au", "a.u."),
    "TUR": ("turkey", "turkiye", "türkiye", "turkish", "ankara"),
    "COD": (
        "democratic republic of the congo",
        "democratic republic of congo",
        "dr congo",
        "drc",
        "congolese",
        "kinshasa",
    ),
    "SSD": ("south sudan", "south sudanese", "juba"),
    "SOM": ("somalia", "somali", "mogadishu"),
    "ATG": ("antigua and barbuda",),
    "TTO": ("trinidad and tobago",),
}
_DEMONYMS = {
    "french": "FRA",
    "japanese": "JPN",
    "beninese": "BEN",
    "chadian": "TCD",
    "barbadian": "BRB",
    "bangladeshi": "BGD",
    "mexican": "MEX",
    "german": "DEU",
    "spanish": "ESP",
    "italian": "ITA",
    "brazilian": "BRA",
    "dominican": "DOM",
    "guyanese": "GUY",
    "algerian": "DZA",
    "panamanian": "PAN",
    "pakistani": "PAK",
    "indian": "IND",
    "nepalese": "NPL",
    "rwandan": "RWA",
    "ugandan": "UGA",
    "ethiopian": "ETH",
    "egyptian": "EGY",
    "djiboutian": "DJI",
    "burundian": "BDI",
    "mongolian": "MNG",
    "uruguayan": "URY",
    "moroccan": "MAR",
    "south african": "ZAF",
    "nigerian": "NGA",
    "greek": "GRC",
}
ALIAS: dict[str, str] = {a: code for code, names in _ALIASES.items() for a in (*names, code.lower())}
ALIAS.update(_DEMONYMS)
QUALIFIER = {
    "more_than": "at_least",
    "over": "at_least",
    "at_least": "at_least",
    "up_to": "at_most",
    "at_most": "at_most",
    "fewer_than": "at_most",
    "less_than": "at_most",
    "approx": "approx",
    "exact": "exact",
    None: "exact",
    "": "exact",
}
TEXT_MEASURES = frozenset({"quote", "role"})
NO_SUBJECT = frozenset({"mandate.expiry", "mandate.duration"})
STATUS_MEASURES = frozenset({"contributor", "donor", "council.member_vote", "mission.lead"})
DATE_MEASURES = frozenset({"council.adopted", "mandate.expiry"})
_CATEGORIES = (
    ("formed police", "cat:fpu"),
    ("fpu", "cat:fpu"),
    ("observer", "cat:observers"),
    ("staff officer", "cat:observers"),
    ("correction", "cat:corrections"),
    ("justice", "cat:corrections"),
    ("civilian", "cat:civilian"),
    ("uniformed", "cat:uniformed"),
    ("police", "cat:police"),
    ("military", "cat:military"),
    ("troop", "cat:military"),
    ("soldier", "cat:military"),
)


def fold(text: object) -> str:
    """Casefolded, accent-free, single-spaced: the form every comparison is made on."""
    s = unicodedata.normalize("NFKD", str(text))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.casefold()).strip()


def _country_code(name: str) -> str | None:
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a main dependency
        return None
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return None


def subject_key(measure: str, subject: object) -> str:
    """What a subject names, so that "Kenya", "Kenyan", "KEN" and "Nairobi" compare equal."""
    if subject in (None, "", "null"):
        return ""
    s = fold(subject).strip(" .")
    if measure in ("council.vote", "council.adopted") or re.search(r"\bres\b|resolution|s/res", s):
        digits = re.findall(r"\d{3,4}", s)
        if digits:
            return "res" + digits[0]
    bare = re.sub(r"^the ", "", s)
    for form in (s, bare):
        if form in ALIAS:
            return ALIAS[form]
    if measure.startswith("personnel."):
        for cue, key in _CATEGORIES:
            if cue in s:
                return key
    if measure not in TEXT_MEASURES and len(bare) > 2:
        code = _country_code(bare)
        if code:
            return code
    if measure in TEXT_MEASURES or " " in s:
        words = re.findall(r"[\w']+", s)
        return "p:" + words[-1] if words else ""
    return s


def words(text: object) -> list[str]:
    return re.findall(r"\w+", fold(text))


def token_f1(a: object, b: object) -> float:
    """Token-overlap F1 of two texts (quotes and roles match at ≥ 0.6)."""
    ta, tb = words(a), words(b)
    if not ta or not tb:
        return 0.0
    overlap = sum((Counter(ta) & Counter(tb)).values())
    if not overlap:
        return 0.0
    p, r = overlap / len(tb), overlap / len(ta)
    return 2 * p * r / (p + r)


def date_agrees(a: object, b: object) -> bool:
    """Two dates agree on their shared prefix ("2024-10" and "2024-10-02" do); two blanks agree."""
    if a in (None, "") or b in (None, ""):
        return a in (None, "") and b in (None, "")
    sa, sb = str(a), str(b)
    n = min(len(sa), len(sb))
    return sa[:n] == sb[:n]


def number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).replace(",", ""))
    except ValueError:
        return None


def numbers_agree(a: object, b: object) -> bool:
    x, y = number(a), number(b)
    if x is None or y is None:
        return False
    return x == y or abs(x - y) <= 0.01 * max(abs(x), abs(y))


def _vote_key(value: object) -> str:
    s = fold(value)
    if "unanim" in s:
        return "15-0-0"
    digits = re.findall(r"\d+", s)
    return "-".join(digits) if digits else s


def value_score(measure: str, gold: object, got: object) -> float:
    """1.0 for an exact agreement, a similarity in (0, 1] for a near one, 0 for none."""
    if measure in STATUS_MEASURES:
        return 1.0 if fold(gold) == fold(got) or measure == "mission.lead" else 0.0
    if measure == "council.penholder":
        return 1.0 if re.findall(r"\d{3,4}", str(gold))[:1] == re.findall(r"\d{3,4}", str(got))[:1] else 0.0
    if measure in DATE_MEASURES:
        return 1.0 if date_agrees(gold, got) else 0.0
    if measure in TEXT_MEASURES:
        f = token_f1(gold, got)
        return f if f >= 0.6 else 0.0
    if measure == "council.vote":
        return 1.0 if _vote_key(gold) == _vote_key(got) else 0.0
    g, c = number(gold), number(got)
    if g is None or c is None:
        return 1.0 if fold(gold) == fold(got) else 0.0
    if g == c:
        return 1.0
    return 0.9 if numbers_agree(g, c) else 0.0


def pair_score(gold: dict[str, Any], got: dict[str, Any], strict: bool) -> float:
    m = gold["measure"]
    if m not in NO_SUBJECT and subject_key(m, gold.get("subject")) != subject_key(m, got.get("subject")):
        return 0.0
    gm, cm = gold.get("mission"), got.get("mission")
    if gm and cm and fold(gm) != fold(cm):
        return 0.0
    score = value_score(m, gold.get("value"), got.get("value"))
    if score and strict and m not in TEXT_MEASURES:
        if QUALIFIER.get(gold.get("qualifier"), gold.get("qualifier")) != QUALIFIER.get(
            got.get("qualifier"), got.get("qualifier")
        ):
            return 0.0
        if not date_agrees(gold.get("as_of"), got.get("as_of")):
            return 0.0
    return score


def one_to_one(golds: Sequence[Any], gots: Sequence[Any], score: Callable[[Any, Any], float]) -> int:
    """Greedy best-first one-to-one matching; returns how many gold items found a partner."""
    pairs = [(s, i, j) for i, g in enumerate(golds) for j, c in enumerate(gots) if (s := score(g, c)) > 0]
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_g: set[int] = set()
    used_c: set[int] = set()
    for _, i, j in pairs:
        if i not in used_g and j not in used_c:
            used_g.add(i)
            used_c.add(j)
    return len(used_g)


@dataclass
class PRF:
    """Counts of one score; adds up across documents."""

    tp: int = 0
    n_gold: int = 0
    n_pred: int = 0
    tp_pred: int = 0  # predictions that are right; differs from tp when matching is not one-to-one

    def add(self, tp: int, n_gold: int, n_pred: int, tp_pred: int | None = None) -> None:
        self.tp += tp
        self.n_gold += n_gold
        self.n_pred += n_pred
        self.tp_pred += tp if tp_pred is None else tp_pred

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "p": round(self.precision, 4),
            "r": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "gold": self.n_gold,
            "pred": self.n_pred,
        }


def score_claims(
    pairs: Iterable[tuple[list[dict[str, Any]], list[dict[str, Any]]]], *, strict: bool
) -> tuple[PRF, dict[str, PRF]]:
    """Micro and per-measure P/R/F1 of typed claims against gold, over (gold, claims) per document."""
    total = PRF()
    per: dict[str, PRF] = defaultdict(PRF)
    for golds, gots in pairs:
        measures = {g["measure"] for g in golds} | {c.get("measure") for c in gots}
        for m in measures:
            if m is None:
                continue
            gm = [g for g in golds if g["measure"] == m]
            cm = [c for c in gots if c.get("measure") == m]
            hit = one_to_one(gm, cm, lambda g, c: pair_score(g, c, strict))
            per[m].add(hit, len(gm), len(cm))
            total.add(hit, len(gm), len(cm))
    return total, dict(per)
