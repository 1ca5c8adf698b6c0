"""The claim filter learned from blind scores: its features, its fit, and where it runs."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

from missionwatch.models import Claim
from missionwatch.nlp import calibration, extract
from missionwatch.nlp.calibration import Calibrator, calibrate, claim_features, fit
from missionwatch.nlp.extractors import EXTRACTORS

ROOT = Path(__file__).resolve().parent.parent


def _claim(**kw: object) -> dict[str, object]:
    base: dict[str, object] = {
        "measure": "personnel.deployed",
        "mission": "MSS",
        "subject": "Kenya",
        "value": 400,
    }
    base.update(kw)
    return base


def test_a_figure_said_again_and_one_figure_read_twice_are_marked() -> None:
    s = "Kenya has 400 officers in Haiti."
    rows = [
        _claim(sentence=s, start=10, end=22, attrs={"figure": [10, 13]}),
        _claim(sentence=s, start=10, end=22, measure="personnel.target", attrs={"figure": [10, 13]}),
        _claim(sentence="Later: Kenya has 400.", start=900, end=920, attrs={"figure": [917, 920]}),
    ]
    first, second, third = claim_features(rows, 1000)
    assert "dup" not in first and third["dup"] == 1
    assert first["fig_multi"] == 1 and second["fig_multi"] == 1 and "fig_multi" not in third
    assert first["nsent=2"] == 1 and third["nsent=1"] == 1
    assert first["pos=0"] == 1 and third["pos=4"] == 1 and first["head"] == 1 and "head" not in third


def test_features_name_how_the_claim_was_found_not_its_words() -> None:
    (f,) = claim_features(
        [
            _claim(
                subject=None,
                mission=None,
                qualifier="approx",
                attrs={"frame": "pred:deploy:intended", "subject_from": "discourse"},
            )
        ],
        500,
    )
    assert {
        "subjnull",
        "missnull",
        "r=pred",
        "mr=personnel.deployed|pred:deploy:intended",
        "sf=discourse",
    } <= set(f)
    assert f["mq=personnel.deployed|approx"] == 1 and f["mag=personnel|2"] == 1
    assert not any("kenya" in k.lower() or "haiti" in k.lower() for k in f)


def test_fit_learns_a_trait_of_wrong_claims_and_stays_calibrated() -> None:
    rows = [{"bad": 1.0}] * 40 + [{"good": 1.0}] * 60
    labels = [i % 4 == 0 for i in range(40)] + [i % 10 != 0 for i in range(60)]  # 25 % and 90 % right
    weights, bias = fit(rows, labels, l2=0.1)
    model = Calibrator(weights, bias, 0.5)
    assert model.p_right({"bad": 1.0}) == pytest.approx(0.25, abs=0.02)
    assert model.p_right({"good": 1.0}) == pytest.approx(0.90, abs=0.02)
    assert weights["bad"] < 0 < weights["good"]


def test_calibrate_drops_claims_under_the_threshold_and_keeps_the_rest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model = Calibrator({"m=killed": -3.0, "m=displaced": 2.0}, 0.0, 0.25)
    monkeypatch.setattr(calibration, "calibrator", lambda name: model)
    claims = [
        Claim(measure="killed", value=3, start=0, end=5),
        Claim(measure="displaced", value=900, start=6, end=9),
    ]
    kept = calibrate(claims, "x" * 100, "frames")
    assert [c.measure for c in kept] == ["displaced"]
    assert kept[0].attrs["p_right"] == round(1 / (1 + math.exp(-2.0)), 3)
    monkeypatch.setenv("MISSIONWATCH_CLAIM_FILTER", "0")
    assert len(calibrate(list(claims), "x" * 100, "frames")) == 2


def test_only_the_frames_extractor_is_filtered_and_its_model_ships() -> None:
    assert EXTRACTORS["frames"].calibration == "frames"
    assert EXTRACTORS["rules"].calibration is None
    data = json.loads((calibration.MODELS / "calibration-frames.json").read_text(encoding="utf-8"))
    assert 0 < data["threshold"] < 0.5  # it drops only what is more likely wrong than right
    assert data["trained_on"]["claims"] > 10_000 and data["weights"]


def test_each_language_pack_has_its_own_model_and_english_none() -> None:
    from missionwatch.nlp.lang import LANGUAGES

    assert {code: p.calibration for code, p in LANGUAGES.items()} == {"en": None, "fr": "fr", "es": "es"}
    for name in ("fr", "es"):
        data = json.loads((calibration.MODELS / f"calibration-{name}.json").read_text(encoding="utf-8"))
        assert 0 < data["threshold"] < 0.5 and data["trained_on"]["claims"] > 1_000


def test_a_pack_s_claims_carry_their_probability() -> None:
    text = "PORT-AU-PRINCE, 3 mars - Le Kenya a déployé 400 policiers en Haïti, a annoncé lundi le ministère."
    claims = extract(text, "2025-03-03", language="fr")
    assert claims and all(0 <= c.attrs["p_right"] <= 1 for c in claims)


def test_every_frames_claim_carries_its_probability() -> None:
    text = (
        "NAIROBI, March 3 - Kenya has deployed 400 police officers to Haiti, "
        "the interior ministry said on Monday. "
        "Jamaica has pledged 170 soldiers."
    )
    claims = extract(text, "2025-03-03", extractor="frames")
    assert claims and all(0 <= c.attrs["p_right"] <= 1 for c in claims)
    assert all("p_right" not in c.attrs for c in extract(text, "2025-03-03", extractor="rules"))


def test_the_bench_reads_the_blind_score_table_rows() -> None:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from bench import calibration as bench_calibration

    row = "| heldout77 (12 articles) | 2026-12-05, arrived ~09:10 | 1a2b3c4 | 0.7 / 0.6 / **0.65** | 0.5 |"
    m = bench_calibration._ROW.match(row)
    assert m and m.groups() == ("heldout77", "1a2b3c4")
