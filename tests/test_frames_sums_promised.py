"""A sum's own participle right after it says what it is ("$110.3 million pledged"), whatever the
clause it sits in (sentences written for these tests)."""

from __future__ import annotations

from missionwatch.nlp import extract

HAITI = "The Kenya-led Multinational Security Support (MSS) mission in Haiti is growing.\n\n"


def money(sentence: str) -> set[tuple[str, float]]:
    return {
        (c.measure, float(c.value))  # type: ignore[arg-type]
        for c in extract(HAITI + sentence, "2025-06-01")
        if c.measure.startswith("funding.")
    }


def test_the_whole_a_received_part_is_of_was_pledged() -> None:
    got = money("The trust fund had received $85 million of $110.3 million pledged.")
    assert {("funding.contributed", 85e6), ("funding.pledged", 110.3e6)} <= got


def test_a_sum_pledged_and_not_yet_paid_is_a_pledge() -> None:
    got = money("A further $15 million pledged by other donors has not yet been paid.")
    assert ("funding.pledged", 15e6) in got
    assert ("funding.withheld", 15e6) not in got


def test_a_sum_received_with_no_participle_stays_received() -> None:
    got = money("By June the trust fund had received $85 million from 14 donors.")
    assert ("funding.contributed", 85e6) in got
    assert ("funding.pledged", 85e6) not in got


def test_a_promised_sum_frozen_is_no_pledge() -> None:
    got = money("The UN confirmed that $13.3 million earmarked for the force had been frozen.")
    assert ("funding.pledged", 13.3e6) not in got
