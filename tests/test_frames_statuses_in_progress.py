"""A contributor's status told by the tense and the shape of its verb: ships or troops a country "is
sending" are committed, under way, not yet deployed (those it "was sending" were there); "had all
committed personnel", which the parser reads as "had" owning "committed personnel", is a commitment,
not a contingent held (lines written for these tests)."""

from __future__ import annotations

from missionwatch.nlp import extract

RED_SEA = "The European Union launched its naval operation in the Red Sea, Aspides, on Monday.\n\n"
HAITI = "Kenya leads the Multinational Security Support mission in Haiti.\n\n"


def statuses(text: str) -> dict[str | None, str]:
    return {c.subject: str(c.value) for c in extract(text, "2024-02-21") if c.measure == "contributor"}


def test_ships_a_country_is_sending_are_committed() -> None:
    got = statuses(RED_SEA + "Spain, Portugal and Denmark are also sending frigates.")
    assert got.get("ESP") == "committed"
    assert got.get("PRT") == "committed"


def test_troops_a_country_was_sending_were_deployed() -> None:
    got = statuses(HAITI + "Chad was sending troops to the capital when the rains came.")
    assert got.get("TCD") != "committed"


def test_a_perfect_split_by_all_is_still_the_verb() -> None:
    got = statuses(HAITI + "The envoy noted that Benin, Chad and Barbados had all committed personnel.")
    assert {got.get("BEN"), got.get("TCD"), got.get("BRB")} == {"committed"}
