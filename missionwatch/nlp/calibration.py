"""A claim filter learned from blind scores: how likely each claim is right, from its own traits.

Rule families fitted to the sets we read stopped transferring to new text (docs/extraction.md), so
this is a different lever: a logistic model over what every claim carries — its measure, the frame
or rule that typed it, how its subject and date were found, its qualifier, how many claims share its
sentence or figure, where it stands in the article — never the words of a particular text. It is
trained on the claims each held-out set received *on the day it arrived*, from the code of that
day, labelled by the scorer (``bench/calibration.py`` rebuilds the rows from git history and
trains), so it learns the extractor's mistakes on text it was not fitted to.

Each claim gets ``attrs["p_right"]``; a claim under the model's threshold is dropped (the threshold
is where dropping gained lenient F1 on sets later than those trained on).
``MISSIONWATCH_CLAIM_FILTER=0`` keeps every claim.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from missionwatch.models import Claim

MODELS = Path(__file__).parent / "patterns"


def claim_features(claims: Sequence[Mapping[str, Any]], doclen: int) -> list[dict[str, float]]:
    """The traits of each claim of one document (dicts as ``Claim.model_dump`` gives them)."""
    seen: Counter[tuple[str, str, str]] = Counter()
    by_sentence = Counter(c.get("sentence") for c in claims)
    by_sentence_measure = Counter((c.get("sentence"), c["measure"]) for c in claims)
    by_figure = Counter(tuple(_attrs(c).get("figure") or ()) for c in claims)
    out = []
    for c in claims:
        a = _attrs(c)
        m = c["measure"]
        rule = str(a.get("frame") or a.get("rule") or c.get("rule") or "")
        found = str(a.get("subject_from"))
        qualifier = str(c.get("qualifier"))
        start, end = int(c.get("start") or 0), int(c.get("end") or 0)
        f: dict[str, float] = {
            f"m={m}": 1,
            f"r={rule.split(':')[0]}": 1,
            f"mr={m}|{rule}": 1,
            f"sf={found}": 1,
            f"msf={m}|{found}": 1,
            f"q={qualifier}": 1,
            f"mq={m}|{qualifier}": 1,
            f"prec={c.get('as_of_precision')}": 1,
            f"asof_from={a.get('as_of_from')}": 1,
            f"conf={c.get('confidence')}": 1,
        }
        no_subject = c.get("subject") in (None, "")
        if no_subject:
            f["subjnull"] = 1
            f[f"m_subjnull={m}"] = 1
        if not c.get("mission"):
            f["missnull"] = 1
        for name in ("undated", "linked"):
            if a.get(name):
                f[name] = 1
        if c.get("resolution"):
            f["res"] = 1
        for flag in c.get("flags") or ():
            f["flag=" + str(flag).split(":")[0]] = 1
        key = (m, str(c.get("value")), str(c.get("subject")))
        if seen[key]:
            f["dup"] = 1  # the same figure for the same subject said again
        seen[key] += 1
        figure = a.get("figure")
        if figure and by_figure[tuple(figure)] > 1:
            f["fig_multi"] = 1  # one figure read as several claims
        f[f"nsent={min(by_sentence[c.get('sentence')], 6)}"] = 1
        f[f"nsentm={min(by_sentence_measure[(c.get('sentence'), m)], 4)}"] = 1
        f[f"pos={min(int(5 * start / max(doclen, 1)), 4)}"] = 1
        if start < 200:
            f["head"] = 1
        value = c.get("value")
        if isinstance(value, int | float) and not isinstance(value, bool):
            f[f"mag={m.split('.')[0]}|{int(math.log10(abs(value) + 1))}"] = 1
        f[f"slen={min(len(c.get('sentence') or '') // 80, 5)}"] = 1
        f[f"evlen={min((end - start) // 20, 6)}"] = 1
        if figure:
            gap = min(abs(figure[0] - start), abs(figure[1] - end))
            f[f"figdist={min(gap // 20, 5)}"] = 1
        if m == "quote":
            f[f"qlen={min(len(str(value)) // 60, 5)}"] = 1
        out.append(f)
    return out


def _attrs(c: Mapping[str, Any]) -> Mapping[str, Any]:
    a = c.get("attrs")
    return a if isinstance(a, Mapping) else {}


@dataclass(frozen=True)
class Calibrator:
    """A logistic model over :func:`claim_features` and the threshold under which a claim goes."""

    weights: Mapping[str, float]
    bias: float
    threshold: float

    def p_right(self, features: Mapping[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    @classmethod
    def read(cls, path: Path) -> Calibrator:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["weights"], float(data["bias"]), float(data["threshold"]))


@cache
def calibrator(name: str) -> Calibrator:
    return Calibrator.read(MODELS / f"calibration-{name}.json")


def calibrate(claims: list[Claim], text: str, name: str) -> list[Claim]:
    """``claims`` with ``attrs["p_right"]`` set, those under the threshold dropped."""
    from missionwatch.config import get_settings

    if not claims or not get_settings().claim_filter:
        return claims
    model = calibrator(name)
    rows = [c.model_dump(include=_FIELDS) for c in claims]
    kept = []
    for c, f in zip(claims, claim_features(rows, len(text)), strict=True):
        p = model.p_right(f)
        c.attrs["p_right"] = round(p, 3)
        if p >= model.threshold:
            kept.append(c)
    return kept


_FIELDS = {
    "measure", "mission", "subject", "value", "qualifier", "as_of_precision", "resolution", "sentence",
    "start", "end", "confidence", "rule", "flags", "attrs",
}  # fmt: skip


def fit(
    rows: Iterable[Mapping[str, float]], labels: Iterable[bool], *, l2: float = 2.0
) -> tuple[dict[str, float], float]:
    """Weights and bias of an L2-regularised logistic regression (Newton's method; numpy only)."""
    import numpy as np

    rows = list(rows)
    y = np.asarray(list(labels), dtype=float)
    vocab: dict[str, int] = {}
    for r in rows:
        for k in r:
            vocab.setdefault(k, len(vocab))
    x = np.zeros((len(rows), len(vocab) + 1))
    x[:, -1] = 1.0  # the bias, not regularised
    for i, r in enumerate(rows):
        for k, v in r.items():
            x[i, vocab[k]] = v
    reg = np.full(len(vocab) + 1, l2)
    reg[-1] = 0.0
    w = np.zeros(len(vocab) + 1)
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + reg * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    weights = {k: float(w[i]) for k, i in vocab.items()}
    return weights, float(w[-1])
