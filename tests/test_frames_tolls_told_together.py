"""A toll after another toll of its sentence counts the people that one names ("Two soldiers were
killed and three were injured", "Nine soldiers were killed and 14 wounded"), small as it is; a small
bare number after no toll still counts nothing (lines written for these tests)."""

from __future__ import annotations

from missionwatch.nlp import extract


def tolls(text: str) -> set[tuple[str, str]]:
    return {
        (c.measure, str(c.value))
        for c in extract(text, "2025-05-05")
        if c.measure in ("killed", "injured", "kidnapped")
    }


def test_injured_in_a_clause_of_its_own() -> None:
    got = tolls(
        "Two South African soldiers were killed and three were injured when a mortar bomb struck their base."
    )
    assert {("killed", "2"), ("injured", "3")} <= got


def test_wounded_with_its_verb_shared() -> None:
    got = tolls("Nine soldiers were killed and 14 wounded when fighters overran a base near Mahaday.")
    assert {("killed", "9"), ("injured", "14")} <= got


def test_one_wounded_after_the_dead() -> None:
    assert ("injured", "1") in tolls("Two peacekeepers were killed and one was wounded near Kidal.")


def test_a_small_number_after_no_toll_counts_nothing() -> None:
    assert not tolls("The convoy had three vehicles; two were damaged when it was ambushed.")


def test_how_badly_some_were_hurt_is_a_part() -> None:
    got = tolls("Two soldiers were killed and 11 were injured, three of them seriously.")
    assert ("injured", "11") in got and ("injured", "3") not in got
    assert ("injured", "7") not in tolls("One soldier was killed and 20 were hurt, seven seriously.")
