"""Shares of a counted whole: the women among it are no second count, and the parts a whole is
"made up of" are measured as the whole is (sentences written for these tests)."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract


def _personnel(text: str) -> list[tuple[str, str | None, float]]:
    return [
        (c.measure, c.subject, float(c.value))
        for c in extract("Mission report.\n\n" + text, "2025-06-10")
        if c.measure.startswith("personnel.")
    ]


@pytest.mark.parametrize(
    ("text", "women"),
    [
        (
            "At the end of May the military component of UNMISS stood at 12,400 personnel, "
            "including 870 women.",
            870,
        ),
        ("UNMISS had 12,400 soldiers at the end of May. Of those soldiers, 640 were women.", 640),
        ("Women accounted for 212 of the 1,300 UNDOF soldiers serving on the Golan in May.", 212),
    ],
)
def test_the_women_among_a_count_are_no_count_of_their_own(text: str, women: float) -> None:
    assert not any(v == women for _, _, v in _personnel(text))


def test_a_unit_of_women_is_counted() -> None:
    got = _personnel("Ghana sent a company of 45 women peacekeepers to UNMISS in March.")
    assert any(v == 45 for _, _, v in got), got


def test_the_parts_a_ceiling_is_made_up_of_are_ceilings() -> None:
    got = _personnel(
        "The new resolution allows up to 3,000 more personnel for MINUSCA, made up of 2,750 troops "
        "and 250 civilians."
    )
    assert ("personnel.target", "civilian", 250) in got, got
    assert not any(m == "personnel.deployed" for m, _, _ in got), got


def test_ceilings_set_against_a_strength_stay_ceilings() -> None:
    got = _personnel(
        "As at 31 August, the uniformed strength of UNMISS stood at 15,100 personnel, comprising "
        "13,600 troops and 1,500 police, against authorized ceilings of 17,000 and 2,101."
    )
    assert ("personnel.target", "uniformed", 17000) in got, got
    assert ("personnel.deployed", "police", 1500) in got, got
