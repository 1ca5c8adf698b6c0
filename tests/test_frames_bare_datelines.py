"""A dateline with a day and an agency but no place ("Oct 1 (Wire) - ") is no part of the clause:
its day is the article's, never the day of the decision the sentence reports."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract


def test_a_weekday_after_a_bare_dateline_dates_the_decision() -> None:
    text = (
        "Council acts on Haiti\n\n"
        "Oct 1 (Wire) - The UN Security Council on Tuesday authorised a Gang Suppression Force to "
        "replace the Kenyan-led Multinational Security Support mission in Haiti."
    )
    got = [(c.mission, c.value) for c in extract(text, "2025-10-01") if c.measure == "council.adopted"]
    assert got == [("GSF", "2025-09-30")], got
