"""One movement of people, not the strength they make: a past passive of a verb of sending ("an
extra company of 150 was sent in April"), a particle ("sent in 700 reserve troops"), a clause on a
date ("in March 2009, when it sent about 900 soldiers"), a reinforcement told in the perfect
("had reinforced its base with 120 additional peacekeepers"). A state told in the passive ("about
1,100 were deployed as of 30 November") stays a strength."""

from __future__ import annotations

import pytest

from missionwatch.nlp import extract


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("KFOR was strengthened last year. An extra company of 180 was sent in May 2024.", "2025-01-10", 180),
        (
            "Riots broke out in the north in May 2023. NATO then sent in 600 reserve troops.",
            "2024-02-01",
            600,
        ),
        (
            "Burundi first deployed to Somalia in December 2007, when it sent about 900 soldiers under the "
            "AU Mission in Somalia (AMISOM).",
            "2025-03-01",
            900,
        ),
        (
            "UNMISS said on 4 May that it had reinforced its base in Bor with 120 additional peacekeepers.",
            "2025-05-05",
            120,
        ),
        ("The operation has about 1,100 troops; 400 reserve soldiers were added in 2022.", "2025-01-10", 400),
    ],
)
def test_one_movement_is_an_arrival(text: str, published: str, value: int) -> None:
    claims = [c for c in extract(text, published) if c.value == value]
    assert [c.measure for c in claims] == ["personnel.arrived"]


def test_a_state_told_in_the_passive_stays_a_strength() -> None:
    text = "UNDOF's authorised strength is 1,250 troops. About 1,100 were deployed as of 30 November."
    claims = [c for c in extract(text, "2024-12-05") if c.value == 1100]
    assert [c.measure for c in claims] == ["personnel.deployed"]


def test_a_past_passive_of_deploying_on_a_day_is_one_movement() -> None:
    text = "On Tuesday, 9 December, a further 185 Kenyan officers were deployed to the GSF to relieve others."
    got = [
        (c.measure, int(c.value)) for c in extract(text, "2025-12-12") if c.measure.startswith("personnel.")
    ]
    assert got == [("personnel.arrived", 185)]


def test_a_count_on_a_day_stays_a_strength() -> None:
    text = "As on 30 November, 1,012 Kenyan officers were deployed with the GSF."
    got = [
        (c.measure, int(c.value)) for c in extract(text, "2025-12-12") if c.measure.startswith("personnel.")
    ]
    assert got == [("personnel.deployed", 1012)]
