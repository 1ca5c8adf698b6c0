"""Scoring the extractor against gold facts, by the matching rules of the corpus contract.

One-to-one matching within a measure: subjects name the same thing (countries folded to alpha-3
through the KB, personnel categories by their key word, persons by surname, resolutions by number),
values agree (numbers within 1 %, dates on their shared prefix, tallies with "unanimous" = all
members, quotes and roles on token F1 ≥ 0.6), missions agree where both are given; ``strict`` also
asks qualifier and as_of to agree. Written for this project from corpus/README.md; the reference
scorer in the shared tools is only used to cross-check it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from missionwatch import measures
from missionwatch.errors import InputError

TEXT_MEASURES = frozenset(measures.names(value="text"))  # compared by token F1
NO_SUBJECT = frozenset({"mandate.expiry", "mandate.duration"})
STATUS_MEASURES = frozenset({"contributor", "donor", "council.member_vote"})
QUALIFIERS = {
    None: "exact",
    "": "exact",
    "exact": "exact",
    "approx": "approx",
    "at_least": "at_least",
    "more_than": "at_least",
    "over": "at_least",
    "at_most": "at_most",
    "up_to": "at_most",
    "less_than": "at_most",
    "fewer_than": "at_most",
}
CATEGORY_CUES = (
    ("formed police", "fpu"),
    ("fpu", "fpu"),
    ("observer", "observers"),
    ("staff officer", "observers"),
    ("correction", "corrections"),
    ("justice", "corrections"),
    ("civilian", "civilian"),
    ("uniformed", "uniformed"),
    ("police", "police"),
    ("military", "military"),
    ("troop", "military"),
    ("soldier", "military"),
)


# words that say what kind of place a name is, not which: the contract's "subjects match when they
# name the same thing" (the reference scorer drops the same words)
PLACE_KIND_WORDS = frozenset(
    {"department", "departement", "region", "province", "commune", "district", "state", "county"}
    | {"city", "town", "arrondissement", "area", "zone", "territory", "of", "the"}
)


def fold(value: object) -> str:
    """Case-, accent- and space-insensitive form of a value."""
    text = unicodedata.normalize("NFKD", str(value))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text.casefold()).strip()


def _country(text: str) -> str | None:
    try:
        from missionwatch.kb.countries import to_alpha3
    except ImportError:
        return None
    code = to_alpha3(text)
    if code is None and text.isupper() and len(text) == 3:
        return text
    return code


_folded_places: tuple[dict[str, str], dict[str, str]] | None = None  # (the lexicon's places, folded)


def _place_country(text: str) -> str | None:
    global _folded_places
    from missionwatch.nlp.lexicon import load

    places = load("places")["places"]
    if _folded_places is None or _folded_places[0] is not places:  # fold the names once per lexicon
        _folded_places = (places, {fold(k): v for k, v in places.items()})
    return _folded_places[1].get(fold(text))


def subject_key(measure: str, subject: object) -> str:
    """The form two subjects are compared in."""
    if subject in (None, "", "null"):
        return ""
    s = fold(subject).strip(" .")
    if measure in ("council.vote", "council.adopted") or re.search(r"\bres\b|resolution|s/res", s):
        digits = re.findall(r"\d{3,4}", s)
        if digits:
            return "res:" + digits[0]
    code = _country(str(subject).strip()) or _country(re.sub(r"^the ", "", str(subject).strip(), flags=re.I))
    if code:  # a government speaks as its country ("Britain said", "the United Kingdom said")
        return "country:" + code
    if measure in TEXT_MEASURES:
        words = re.findall(r"[\w']+", s)
        return "person:" + words[-1] if words else ""
    place = _place_country(str(subject))
    if place and fold(subject) in ("port-au-prince",):
        return "country:" + place  # a capital stands for its country, as in the reference scorer
    if measure.startswith("personnel."):
        for cue, key in CATEGORY_CUES:
            if cue in s:
                return "category:" + key
    bare = " ".join(w for w in s.split() if w not in PLACE_KIND_WORDS)
    if bare and bare != s:  # "Menaka region" and "Menaka" name one place
        s, place = bare, place or _place_country(bare)
    words = re.findall(r"[\w']+", s)
    if len(words) > 1:  # "North Kivu" and "Nord-Kivu", "Cité Soleil" and "Cité-Soleil":
        return "person:" + words[-1]  # the last word, as the reference scorer compares them
    return s


def tokens(text: object) -> list[str]:
    return re.findall(r"\w+", fold(text))


def token_f1(a: object, b: object) -> float:
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    overlap = sum((Counter(ta) & Counter(tb)).values())
    if not overlap:
        return 0.0
    p, r = overlap / len(tb), overlap / len(ta)
    return 2 * p * r / (p + r)


def dates_agree(a: object, b: object) -> bool:
    if a in (None, "") or b in (None, ""):
        return a in (None, "") and b in (None, "")
    sa, sb = str(a), str(b)
    n = min(len(sa), len(sb))
    return sa[:n] == sb[:n]


def as_number(v: object) -> float | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int | float):
        return float(v)
    try:
        return float(str(v).replace(",", ""))
    except ValueError:
        return None


def tally_key(v: object) -> str:
    s = fold(v)
    if "unanim" in s:
        return "15-0-0"
    nums = re.findall(r"\d+", s)
    return "-".join(str(int(n)) for n in nums) if nums else s


def value_score(measure: str, gold: object, got: object) -> float:
    """1 for agreement, 0.9 for numbers within 1 %, token F1 for texts, 0 otherwise."""
    if measure == "mission.lead":
        return 1.0  # the subject carries the fact; the value repeats the mission
    if measure in STATUS_MEASURES:
        return 1.0 if fold(gold) == fold(got) else 0.0
    if measure == "council.penholder":
        g, c = re.findall(r"\d{3,4}", str(gold)), re.findall(r"\d{3,4}", str(got))
        return 1.0 if g[:1] == c[:1] else 0.0
    if measure in ("council.adopted", "mandate.expiry"):
        return 1.0 if dates_agree(gold, got) else 0.0
    if measure in TEXT_MEASURES:
        f = token_f1(gold, got)
        return f if f >= 0.6 else 0.0
    if measure == "council.vote":
        return 1.0 if tally_key(gold) == tally_key(got) else 0.0
    gn, cn = as_number(gold), as_number(got)
    if gn is None or cn is None:
        return 1.0 if fold(gold) == fold(got) else 0.0
    if gn == cn:
        return 1.0
    return 0.9 if abs(gn - cn) <= 0.01 * max(abs(gn), abs(cn)) else 0.0


def pair_score(gold: dict[str, Any], got: dict[str, Any], *, strict: bool) -> float:
    m = gold["measure"]
    if m not in NO_SUBJECT and subject_key(m, gold.get("subject")) != subject_key(m, got.get("subject")):
        return 0.0
    gm, cm = gold.get("mission"), got.get("mission")
    if gm and cm and fold(gm) != fold(cm):
        return 0.0
    score = value_score(m, gold.get("value"), got.get("value"))
    if score and strict and m not in TEXT_MEASURES:
        if QUALIFIERS.get(gold.get("qualifier"), gold.get("qualifier")) != QUALIFIERS.get(
            got.get("qualifier"), got.get("qualifier")
        ):
            return 0.0
        if not dates_agree(gold.get("as_of"), got.get("as_of")):
            return 0.0
    return score


def match(
    golds: list[dict[str, Any]], gots: list[dict[str, Any]], *, strict: bool
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Greedy one-to-one matching, best pairs first: (pairs, unmatched gold, unmatched claims)."""
    pairs = []
    for i, g in enumerate(golds):
        for j, c in enumerate(gots):
            if g["measure"] == c.get("measure"):
                s = pair_score(g, c, strict=strict)
                if s:
                    pairs.append((s, -i, -j))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_c: set[int] = set()
    matched = []
    for _s, ni, nj in pairs:
        i, j = -ni, -nj
        if i not in used_g and j not in used_c:
            used_g.add(i)
            used_c.add(j)
            matched.append((i, j))
    return (
        matched,
        [i for i in range(len(golds)) if i not in used_g],
        [j for j in range(len(gots)) if j not in used_c],
    )


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Per-measure counts, their micro-average and the misses/extras (for --show-misses)."""

    strict: bool
    by_measure: dict[str, Counts] = field(default_factory=dict)
    misses: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    extras: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    documents: int = 0

    @property
    def micro(self) -> Counts:
        total = Counts()
        for c in self.by_measure.values():
            total.tp += c.tp
            total.fp += c.fp
            total.fn += c.fn
        return total

    def as_dict(self) -> dict[str, Any]:
        def row(c: Counts) -> dict[str, Any]:
            return {
                "gold": c.tp + c.fn,
                "got": c.tp + c.fp,
                "tp": c.tp,
                "precision": round(c.precision, 4),
                "recall": round(c.recall, 4),
                "f1": round(c.f1, 4),
            }

        return {
            "mode": "strict" if self.strict else "lenient",
            "documents": self.documents,
            "measures": {m: row(c) for m, c in sorted(self.by_measure.items())},
            "micro": row(self.micro),
        }


def _measures() -> frozenset[str]:
    return frozenset(measures.NAMES)


def score_document(
    report: Report, name: str, golds: list[dict[str, Any]], gots: list[dict[str, Any]]
) -> None:
    """Add one document's matching to ``report``."""
    known = _measures()
    golds = [g for g in golds if g.get("measure") in known]
    gots = [c for c in gots if c.get("measure") in known]
    report.documents += 1
    for m in sorted({g["measure"] for g in golds} | {c["measure"] for c in gots}):
        gm = [g for g in golds if g["measure"] == m]
        cm = [c for c in gots if c["measure"] == m]
        pairs, missed, extra = match(gm, cm, strict=report.strict)
        counts = report.by_measure.setdefault(m, Counts())
        counts.tp += len(pairs)
        counts.fn += len(missed)
        counts.fp += len(extra)
        report.misses += [(name, gm[i]) for i in missed]
        report.extras += [(name, cm[j]) for j in extra]


def gold_pairs(gold_dir: Path) -> list[tuple[str, Path, Path]]:
    """(stem, article, gold) for every ``NN-slug.txt`` with a ``NN-slug.gold.json`` beside it."""
    if not gold_dir.is_dir():
        raise InputError("not a directory", input=str(gold_dir))
    out = []
    for gold in sorted(gold_dir.glob("*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        article = gold_dir / f"{stem}.txt"
        if article.exists():
            out.append((stem, article, gold))
    if not out:
        raise InputError("no NN-slug.txt with a NN-slug.gold.json beside it", input=str(gold_dir))
    return out


def evaluate(
    gold_dir: Path,
    *,
    strict: bool = False,
    extractor: Callable[[Path], Iterable[dict[str, Any]]] | None = None,
) -> Report:
    """Run the extractor over every article of ``gold_dir`` and score it against the gold files."""
    run = extractor or extract_file
    report = Report(strict=strict)
    for stem, article, gold in gold_pairs(gold_dir):
        try:
            golds = json.loads(gold.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise InputError(f"gold file unreadable: {exc}", input=str(gold)) from exc
        score_document(report, stem, golds, list(run(article)))
    return report


def extract_file(path: Path, extractor: str | None = None) -> list[dict[str, Any]]:
    """Claims of one article file as plain dicts (what `missionwatch extract --format jsonl` prints)."""
    from missionwatch.nlp import extract_document

    return [c.model_dump(mode="json") for c in extract_document(read_article(path), extractor=extractor)]


def read_article(path: Path) -> Any:
    """A Document from an article file with a ``Key: value`` header (via the sources reader)."""
    from missionwatch.sources import read_inputs

    for item in read_inputs([str(path)]):
        if isinstance(item, InputError):
            raise item
        return item
    raise InputError("no document in file", input=str(path))


def format_table(report: Report) -> str:
    """The per-measure table; the last line is the micro F1."""
    lines = [f"{'measure':22} {'gold':>5} {'got':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for m, c in sorted(report.by_measure.items()):
        lines.append(
            f"{m:22} {c.tp + c.fn:5d} {c.tp + c.fp:5d} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}"
        )
    t = report.micro
    lines.append(
        f"micro P {t.precision:.3f} R {t.recall:.3f} F1 {t.f1:.3f} "
        f"({'strict' if report.strict else 'lenient'})"
    )
    return "\n".join(lines)


def format_misses(report: Report) -> str:
    keys = ("measure", "mission", "subject", "value", "qualifier", "as_of")
    lines = [
        f"MISS {n}: {json.dumps({k: g.get(k) for k in keys}, ensure_ascii=False)}" for n, g in report.misses
    ]
    lines += [
        f"EXTRA {n}: {json.dumps({k: c.get(k) for k in keys}, ensure_ascii=False)}" for n, c in report.extras
    ]
    return "\n".join(lines)
