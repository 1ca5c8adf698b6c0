"""What a country's own deployment costs it (v2): in a story on its parliament's or government's
mandate, "the additional cost of the deployment is put at €38.8 million" is that country's cost even
where the sentence names no national body (sentences written for these tests)."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract

STORY = (
    "BERLIN — The Bundestag on Thursday extended the participation of German forces in UNIFIL "
    "until 30 June 2026, with up to 300 soldiers. "
    "The additional cost of the deployment for the coming twelve months is put at €41.3 million."
)


def _costs(text: str) -> set[tuple[str | None, float]]:
    return {
        (c.subject, float(c.value)) for c in extract(text, "2025-06-26") if c.measure == "funding.required"
    }


def test_a_national_mandates_cost_is_the_countrys() -> None:
    assert ("DEU", 41_300_000.0) in _costs(STORY)


def test_a_missions_own_budget_in_a_wire_story_has_no_payer() -> None:
    text = "UNIFIL's budget for the year to June 2026 is about $500 million, the UN says."
    assert (None, 500_000_000.0) in _costs(text)
