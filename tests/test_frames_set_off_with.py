"""A force's or a country's strength set off by commas with "with" ("UNISFA, with 3,200 troops, …") is
its deployed strength, whatever the clause goes on to say; a clause that moves the people keeps its
own measure."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract


def _got(text: str) -> list[tuple[str, str | None, float]]:
    return [
        (c.measure, c.subject, c.value)
        for c in extract(text, "2026-02-10")
        if c.measure.startswith("personnel.")
    ]


def test_a_mission_with_its_personnel_set_off() -> None:
    text = (
        "The UN Interim Security Force for Abyei, with about 3,200 personnel, stepped up patrols "
        "along the road."
    )
    assert ("personnel.deployed", None, 3200) in _got(text), _got(text)


def test_a_national_battalion_with_its_personnel_set_off() -> None:
    text = "The Nepalese battalion of UNMISS, with 790 soldiers, took over the camp in Malakal in January."
    assert ("personnel.deployed", "NPL", 790) in _got(text), _got(text)


def test_a_contingent_that_lands_with_its_officers_is_an_arrival() -> None:
    text = "The second contingent of UNMISS, with 210 officers, landed in Juba on Tuesday."
    assert [m for m, _, v in _got(text) if v == 210] == ["personnel.arrived"], _got(text)
