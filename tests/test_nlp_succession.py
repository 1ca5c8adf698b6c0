"""The succession chooser: a claim's mission or its KB neighbour, by whose time the text tells of."""

from __future__ import annotations

from pathlib import Path

import pytest

from missionwatch.models import Claim
from missionwatch.nlp import succession
from missionwatch.nlp.calibration import Calibrator
from missionwatch.nlp.succession import alternatives, choose, pair_features

TEXT = (
    "The new force took over from the mission in Haiti last month.\n\n"
    "Once the MSS had fielded close to 900 officers, most of them from Kenya.\n\n"
    "The GSF now counts 1,200 personnel."
)


def _row(sentence: str, **kw: object) -> dict[str, object]:
    row: dict[str, object] = {
        "measure": "personnel.deployed",
        "mission": "GSF",
        "as_of": "2025-11-15",
        "sentence": sentence,
        "start": TEXT.index(sentence),
        "rule": "pred:strength",
    }
    row.update(kw)
    return row


def test_the_chain_gives_each_neighbour_and_the_later_ones_start() -> None:
    assert alternatives("GSF") == [("MSS", "2025-09-30")]
    assert alternatives("MSS") == [("GSF", "2025-09-30")]
    assert alternatives("NOT-A-MISSION") == [] and alternatives(None) == []


def test_features_tell_tense_markers_dates_and_whose_name_is_written() -> None:
    sentence = "Once the MSS had fielded close to 900 officers, most of them from Kenya."
    f = pair_features(_row(sentence), "MSS", "2025-09-30", TEXT, "2025-11-20")
    assert f["way=pred"] == 1 and f["s=pred|once"] == 1 and f["s=pred|pluperfect"] == 1
    assert f["pred|asof=after"] == 1 and f["pred|asof=after0"] == 1 and f["pred|pub=after"] == 1
    assert f["snames=pred|01"] == 1  # the sentence names the predecessor only
    assert f["art=pred|notmore"] == 1  # the article names each once
    other = pair_features(_row("The GSF now counts 1,200 personnel."), "MSS", "2025-09-30", TEXT, None)
    assert other["snames=pred|10"] == 1 and other["s=pred|present"] == 1 and other["pred|pub=none"] == 1


def test_a_claim_moves_only_when_the_model_is_sure(monkeypatch: pytest.MonkeyPatch) -> None:
    model = Calibrator({"s=pred|once": 4.0}, -2.0, 0.8)
    monkeypatch.setattr(succession, "chooser", lambda: model)
    monkeypatch.setattr(succession, "MODEL", Path(__file__))
    told = Claim(measure="personnel.deployed", mission="GSF", value=900, start=62, end=74)
    told.sentence = "Once the MSS had fielded close to 900 officers, most of them from Kenya."
    now = Claim(measure="personnel.deployed", mission="GSF", value=1200, start=140, end=160)
    now.sentence = "The GSF now counts 1,200 personnel."
    out = choose([told, now], TEXT, "2025-11-20")
    assert [c.mission for c in out] == ["MSS", "GSF"]
    assert out[0].attrs["mission_was"] == "GSF" and "mission_was" not in out[1].attrs


def test_switched_off_the_rules_missions_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(succession, "chooser", lambda: Calibrator({}, 10.0, 0.5))
    monkeypatch.setenv("MISSIONWATCH_SUCCESSION", "0")
    claim = Claim(measure="personnel.deployed", mission="GSF", value=900, start=0, end=5)
    assert choose([claim], TEXT, None)[0].mission == "GSF"


def test_a_malformed_date_is_no_date() -> None:
    f = pair_features(
        _row("The GSF now counts 1,200 personnel.", as_of="2025-1x"), "MSS", "2025-09-30", TEXT, "junk"
    )
    assert f["pred|asof=none"] == 1 and f["pred|pub=none"] == 1


def test_the_article_is_searched_once_per_mission(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Police officers of the MSS patrolled the port in 2024.\n\n"
        "The GSF took over in the autumn.\n\n"
        "Today the GSF has 1,500 officers and the GSF plans 3,000."
    )
    model = Calibrator({}, -5.0, 0.5)
    monkeypatch.setattr(succession, "chooser", lambda: model)
    monkeypatch.setattr(succession, "MODEL", Path(__file__))
    searched: list[str] = []
    count = succession._count

    def counted(span: str, code: str) -> int:
        if span == text:
            searched.append(code)
        return count(span, code)

    monkeypatch.setattr(succession, "_count", counted)
    claims = [
        Claim(measure="personnel.deployed", mission="GSF", value=1500, start=98, end=103),
        Claim(measure="personnel.target", mission="GSF", value=3000, start=130, end=135),
    ]
    for c in claims:
        c.sentence = "Today the GSF has 1,500 officers and the GSF plans 3,000."
    choose(claims, text, "2025-12-01")
    assert sorted(searched) == ["GSF", "MSS"]
    # and the features are those of a search per claim
    row = claims[1].model_dump(include=succession._FIELDS)
    kept = {"GSF": 3, "MSS": 1}
    assert {code: succession._count(text, code) for code in kept} == kept
    assert pair_features(row, "MSS", "2025-09-30", text, None, counts=kept) == pair_features(
        row, "MSS", "2025-09-30", text, None
    )
