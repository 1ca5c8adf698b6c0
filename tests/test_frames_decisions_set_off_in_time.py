"""A decision in a clause set off in time ("nine months after the Council approved the mission") has
not its head clause's day: it is that day moved back by the length, and only the KB's resolution of
the mission nearest to it gives the claim."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract

LANDED = (
    "Kenyan officers reach Haiti\n\n"
    "About 400 Kenyan police officers of the Multinational Security Support (MSS) mission arrived in "
    "Port-au-Prince on Tuesday, almost nine months after the UN Security Council approved the mission."
)


def _adopted(text: str, published: str) -> list[tuple[str | None, str | None, object]]:
    claims = extract(text, published)
    return [(c.mission, c.subject, c.value) for c in claims if c.measure == "council.adopted"]


def test_months_after_a_decision_move_the_day_back_to_the_record() -> None:
    assert _adopted(LANDED, "2024-06-26") == [("MSS", "2699", "2023-10-02")]


def test_a_head_in_the_present_counts_from_publication() -> None:
    text = (
        "Haiti's new force\n\nSix months after the Security Council created the Gang Suppression Force, "
        "the force still has only 1,000 personnel."
    )
    assert _adopted(text, "2026-03-31") == [("GSF", "2793", "2025-09-30")]


def test_no_record_near_the_moved_day_gives_no_decision() -> None:
    text = (
        "BINUH in the north\n\nTwo weeks after the Council renewed its mandate, the United Nations "
        "Integrated Office in Haiti (BINUH) opened an office in Cap-Haitien on Monday."
    )
    assert _adopted(text, "2026-03-31") == []
