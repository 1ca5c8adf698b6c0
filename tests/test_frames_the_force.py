""" "The Force" of a report points back to the last mission named that is a force, not an observer
organisation named beside it (sentences written for these tests)."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract

REPORT = (
    "Report of the Secretary-General on the UN Disengagement Observer Force\n\n"
    "1. The present report covers the activities of the United Nations Disengagement Observer Force "
    "(UNDOF). 2. Military observers of the United Nations Truce Supervision Organization (UNTSO) "
    "continued to assist the Force. 3. The General Assembly appropriated the amount of $58.4 million "
    "for the maintenance of the Force for the period from 1 July 2025 to 30 June 2026."
)


def test_the_force_is_the_force_named_before() -> None:
    got = [
        (c.mission, float(c.value)) for c in extract(REPORT, "2025-09-01") if c.measure == "funding.required"
    ]
    assert ("UNDOF", 58_400_000) in got, got
