"""Time a decision "bought" a mission is the length of its mandate, and a fact box's "End of
mandate:" or "MANDATE EXPIRES:" line gives its end (sentences written for these tests)."""

from __future__ import annotations

import pytest

from missionwatch.nlp import extract

DRC = "The UN Organization Stabilization Mission in the DR Congo (MONUSCO) is still there.\n\n"


def mandate(text: str, published: str = "2024-12-21") -> set[tuple[str, str]]:
    return {(c.measure, str(c.value)) for c in extract(text, published) if c.measure.startswith("mandate.")}


def test_time_bought_for_a_mission_is_its_mandate() -> None:
    got = mandate(DRC + "The Council bought the mission twelve more months, to 20 December 2025.")
    assert {("mandate.duration", "12"), ("mandate.expiry", "2025-12-20")} <= got


def test_a_purchase_is_no_mandate() -> None:
    got = mandate(DRC + "The mission bought twelve new trucks in December 2025.")
    assert not got


@pytest.mark.parametrize("label", ["- End of mandate:", "* MANDATE EXPIRES:", "End of the mandate:"])
def test_a_fact_box_line_gives_the_end(label: str) -> None:
    assert ("mandate.expiry", "2020-12-31") in mandate(DRC + f"{label} 31 December 2020")


def test_a_label_without_the_year_gives_no_end() -> None:
    assert not mandate(DRC + "- End of mandate: 31 December")
