"""An interview's answers after its questions are the interviewee's when the introduction says the
person spoke to an outlet by its name ("He spoke to the Chronicle by telephone"), not only "to us"
(lines written for these tests)."""

from __future__ import annotations

from missionwatch.nlp import extract

INTERVIEW = """Interview: the contingent's commander

Major Ruel Ashdown, 44, has commanded the detachment in Haiti since January. \
He spoke to the Chronicle by telephone from Port-au-Prince.

What do your people do?

"Most of them are planners and medics. We go out with the Haitian police."

What would you want from a new force?

"Helicopters, first. Then money that arrives before we need it."
"""


def speakers(text: str) -> list[str | None]:
    return [c.subject for c in extract(text, "2025-05-14") if c.measure == "quote"]


def test_answers_after_questions_are_the_interviewees() -> None:
    assert speakers(INTERVIEW) == ["Ruel Ashdown", "Ruel Ashdown"]


def test_a_speaker_at_the_council_is_no_interviewee() -> None:
    text = INTERVIEW.replace(
        "He spoke to the Chronicle by telephone from Port-au-Prince.", "He spoke to the Council on Monday."
    )
    assert "Ruel Ashdown" not in speakers(text)
