"""A deployment "of N" that a request, a motion or a plan asks for ("the request before us is for the
deployment of 1,000 officers", "the motion provides for the deployment of up to 400 soldiers") is not
yet made: an intended figure (a target, or the owner's pledge), never people deployed."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract


@pytest.mark.parametrize(
    "sentence",
    [
        "The request before us is for the deployment of 600 police officers.",
        "The plan provides for the deployment of up to 600 soldiers.",
    ],
)
def test_a_deployment_asked_for_is_no_strength(sentence: str) -> None:
    text = "The Multinational Security Support mission in Haiti. " + sentence
    got = {c.measure for c in extract(text, "2023-11-16") if c.value == 600}
    assert got and "personnel.deployed" not in got, got


def test_a_deployment_under_way_is_one() -> None:  # a guard
    text = "The Multinational Security Support mission in Haiti. The deployment of 600 officers is complete."
    assert "personnel.deployed" in {c.measure for c in extract(text, "2024-11-16") if c.value == 600}
