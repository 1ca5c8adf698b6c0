""" ", whose mandate ended on …" belongs to the name the comma closes, wherever the parse hangs the
relative clause (here on an earlier noun, "a briefing"); a mission authorised up to a ceiling
until a day ends then."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract


def test_whose_mandate_after_a_bracketed_name() -> None:
    text = (
        "The committee met at 10:00 to hear a briefing on the withdrawal from the SADC Mission in "
        "the DRC (SAMIDRC), whose mandate ended on 13 March 2025."
    )
    got = [(c.mission, c.value) for c in extract(text, "2025-05-02") if c.measure == "mandate.expiry"]
    assert got == [("SAMIDRC", "2025-03-13")], got


def test_a_missions_ceiling_until_a_day_ends_then() -> None:
    text = "UNISFA is authorised to deploy up to 3,250 troops and 640 police until 15 November."
    got = [(c.mission, c.value) for c in extract(text, "2025-03-01") if c.measure == "mandate.expiry"]
    assert got == [("UNISFA", "2025-11-15")], got


def test_a_national_ceiling_until_a_day_is_no_mandate() -> None:
    text = "Under the motion, the Bundeswehr may deploy up to 300 soldiers to UNIFIL until 30 June."
    assert [c for c in extract(text, "2025-03-01") if c.measure == "mandate.expiry"] == []
