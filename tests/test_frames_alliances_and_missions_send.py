"""An alliance, a bloc or a union that sends troops ("NATO flew in 700 extra troops", "the EU sent
500 reserve troops") or a mission that sends them home ("the mission sent home 5,000 troops") acts
for no one country: the figure has no country, and a union is no contributor of its own operation."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The Kosovo Force (KFOR) keeps the peace; Romania has a company there. "
            "In June 2023 NATO flew in 600 extra troops from its reserve forces.",
            600,
        ),
        (
            "The AU Transition Mission in Somalia (ATMIS) is shrinking; Burundi had the second largest "
            "contingent. The mission sent home 3,000 troops in 2023.",
            3000,
        ),
    ],
)
def test_no_country_for_an_alliances_or_a_missions_movement(text: str, value: int) -> None:
    got = {c.subject for c in extract(text, "2024-06-01") if c.value == value}
    assert got == {None}, got


def test_a_union_reinforcing_its_operation_is_no_contributor() -> None:
    text = "EUFOR Althea keeps the peace in Bosnia; Austria leads it. In 2022 the EU sent 400 reserve troops."
    claims = extract(text, "2024-06-01")
    assert {c.subject for c in claims if c.value == 400} == {None}
    assert not [c for c in claims if c.measure == "contributor" and c.subject == "EUU"]
