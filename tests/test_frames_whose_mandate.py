""" ", whose mandate ended on …" belongs to the name the comma closes, wherever the parse hangs the
relative clause (here on an earlier noun, "a briefing")."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract


def test_whose_mandate_after_a_bracketed_name() -> None:
    text = (
        "The committee met at 10:00 to hear a briefing on the withdrawal from the SADC Mission in "
        "the DRC (SAMIDRC), whose mandate ended on 13 March 2025."
    )
    got = [(c.mission, c.value) for c in extract(text, "2025-05-02") if c.measure == "mandate.expiry"]
    assert got == [("SAMIDRC", "2025-03-13")], got
