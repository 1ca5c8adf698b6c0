"""An earlier decision told as its sentence's main clause, after a newer one ("The Council authorised
the MSS on 2 October 2023 by resolution 2699." in a fact box about its successor) becomes the text
discussed: the votes and drafters after it are that text's; one told in a clause of its own ("which
the Council first authorised in 2023") stays in passing (lines written for these tests)."""

from __future__ import annotations

from missionwatch.nlp import extract

LEAD = (
    "The Security Council on Tuesday approved a new Gang Suppression Force for Haiti to replace the "
    "Kenyan-led Multinational Security Support mission."
)


def council(text: str) -> set[tuple[str, str | None, str]]:
    got = extract(LEAD + "\n\n" + text, "2025-10-01")
    return {
        (c.measure, c.subject, str(c.value))
        for c in got
        if c.measure in ("council.penholder", "council.member_vote")
    }


def test_an_earlier_decision_in_its_own_item_takes_the_drafters_after_it() -> None:
    got = council(
        "* The Council authorised the MSS on 2 October 2023 by resolution 2699. China and Russia abstained.\n"
        "* The United States and Ecuador drafted the text."
    )
    assert ("council.penholder", "USA", "2699") in got
    assert ("council.penholder", "ECU", "2699") in got
    assert not any(value == "2793" for _, _, value in got)


def test_an_earlier_decision_in_a_relative_clause_stays_in_passing() -> None:
    got = council(
        "The new force replaces the MSS, which the Council had authorised on 2 October 2023. "
        "The United States and Panama drafted the text."
    )
    assert ("council.penholder", "PAN", "2793") in got
