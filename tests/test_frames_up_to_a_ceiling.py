"""People "up to" a number are the most a force may have: a ceiling, whoever sets it (sentences
written for these tests)."""

from __future__ import annotations

import pytest
from frames_claims import personnel

LEAD = "The UN Interim Force in Lebanon (UNIFIL) patrols the Blue Line.\n\n"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The Bundestag on Thursday approved the deployment of up to 450 soldiers to UNIFIL.", 450),
        ("The motion provides for the deployment of up to 320 soldiers.", 320),
        ("The plan keeps a guard unit of up to 230 Nepali troops at the headquarters.", 230),
        ("The resolution sets a ceiling of 5,550, made up of up to 5,500 troops and up to 50 civilians.", 50),
    ],
)
def test_up_to_is_a_ceiling(sentence: str, value: int) -> None:
    got = personnel(LEAD + sentence, "2025-06-01")
    assert any(m == "personnel.target" and v == value for m, _, v in got)
    assert not any(m in ("personnel.deployed", "personnel.pledged") and v == value for m, _, v in got)


def test_a_country_committing_up_to_a_number_still_pledges() -> None:
    got = personnel(LEAD + "Spain has committed up to 640 soldiers to the force.", "2025-06-01")
    assert ("personnel.pledged", "ESP", 640) in got


def test_a_count_on_the_ground_is_no_ceiling() -> None:
    got = personnel(LEAD + "Spain has about 640 soldiers in the force.", "2025-06-01")
    assert ("personnel.deployed", "ESP", 640) in got
