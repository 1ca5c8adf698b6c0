"""A count a force is set against ("well short of the 2,500 it was supposed to field", "against the
15,000 the Council authorises") is the size it was meant to be, or what a country promised ("against
the 1,000 it offered"), whatever verb the parser hangs it on, and so is a number a force "has been
promised"; people who went ("below the 40,000 soldiers who deployed at the start") stay deployed
(lines written for these tests)."""

from __future__ import annotations

from missionwatch.nlp import extract

HAITI = "Kenya leads the Multinational Security Support mission in Haiti.\n\n"


def personnel(text: str) -> set[tuple[str, str]]:
    return {
        (c.measure, str(c.value))
        for c in extract(HAITI + text, "2024-11-04")
        if c.measure.startswith("personnel.")
    }


def test_a_size_set_against_a_count_is_a_target() -> None:
    got = personnel(
        "The force has some 640 officers in the country, against the 2,500 it was told to expect."
    )
    assert ("personnel.target", "2500") in got
    assert ("personnel.deployed", "2500") not in got


def test_a_size_a_force_stays_below_is_a_target() -> None:
    got = personnel("The mission is still far below the 2,500 personnel it was designed to have.")
    assert ("personnel.deployed", "2500") not in got


def test_people_who_went_stay_deployed() -> None:
    got = personnel("That is far below the 40,000 soldiers who deployed at the start.")
    assert ("personnel.target", "40000") not in got


def test_a_number_a_force_has_been_promised_is_its_size() -> None:
    got = personnel("The force she served with never came close to the 2,500 personnel it had been promised.")
    assert ("personnel.target", "2500") in got
    assert ("personnel.pledged", "2500") not in got


def test_a_number_a_country_promised_stays_its_pledge() -> None:
    got = personnel("Kenya has sent 700 of the 1,000 officers it had promised.")
    assert ("personnel.pledged", "1000") in got
