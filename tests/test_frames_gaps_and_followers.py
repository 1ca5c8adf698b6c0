"""Personnel figures in clauses the verb is left out of or comes after (sentences written for these
tests): a gapped clause of a country and its people ("Guatemala added 75 military police and El
Salvador a small team of eight"), small numbers paired "respectively", people who "follow" (promised
while they are to come, one batch when they came), a force that "fielded" its people (a strength,
not an arrival) and observers who "assisted" a force (there, at work)."""

from __future__ import annotations

import pytest
from frames_claims import personnel

from missionwatch.nlp.frames.pipeline import extract


@pytest.mark.parametrize(("country", "code"), [("Benin", "BEN"), ("El Salvador", "SLV")])
def test_a_gapped_clause_takes_the_verb_before_it(country: str, code: str) -> None:
    got = personnel(
        "The Multinational Security Support mission grew in May. Jamaica added 40 soldiers last month "
        f"and {country} a small team of six."
    )
    assert ("personnel.arrived", "JAM", 40.0) in got, got
    assert ("personnel.arrived", code, 6.0) in got, got


def test_small_numbers_paired_respectively_are_kept() -> None:
    got = personnel(
        "The Multinational Security Support mission grew in May. Guatemala and El Salvador sent 70 "
        "and nine personnel respectively."
    )
    assert {("personnel.arrived", "GTM", 70.0), ("personnel.arrived", "SLV", 9.0)} <= got, got


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's president said 400 Kenyan officers had been deployed to Haiti and that a further 600 "
        "would follow.",
        "The ministry said the remaining 600 Kenyan officers would follow in batches over the coming weeks.",
    ],
)
def test_people_who_are_to_follow_are_promised(text: str) -> None:
    got = personnel(text)
    assert ("personnel.pledged", "KEN", 600.0) in got, got
    assert not any(v == 600.0 and m == "personnel.deployed" for m, _, v in got), got


def test_followed_by_a_country_is_no_arrival() -> None:
    got = personnel(
        "UNMISS draws most of its troops from India, followed by Rwanda with 2,700.", "2025-06-01"
    )
    assert not any(m == "personnel.arrived" for m, _, _ in got), got


def test_a_force_that_fielded_its_people_had_them() -> None:
    got = personnel("At its peak in 1999, KFOR fielded some 45,000 soldiers.", "2025-06-01")
    assert ("personnel.deployed", None, 45000.0) in got, got


def test_observers_who_assisted_a_force_were_there() -> None:
    got = personnel(
        "UNDOF kept its positions. In addition, 72 military observers of the United Nations Truce "
        "Supervision Organization assisted the Force in carrying out its tasks.",
        "2025-06-01",
    )
    assert any(m == "personnel.deployed" and v == 72.0 for m, _, v in got), got


def test_a_political_missions_staff_are_its_own() -> None:
    text = (
        "FACTBOX-Missions\n\nUNIFIL (LEBANON)\n- Strength: about 10,000 peacekeepers.\n\n"
        "UNAMI (IRAQ)\n- A political mission with no troops, based in Baghdad.\n"
        "- Staff: fewer than 620, down from over 810 a year ago.\n"
    )
    missions = {c.value: c.mission for c in extract(text, "2025-06-02") if c.measure.startswith("personnel.")}
    assert missions.get(620) == "UNAMI", missions
    assert missions.get(10000) == "UNIFIL", missions


def test_another_as_many_are_more_of_the_group_counted() -> None:
    claims = [
        c
        for c in extract(
            "The Multinational Security Support mission grew in January. Seventy Guatemalans landed on "
            "Friday together with nine Salvadoran soldiers. Another 70 followed on Saturday.",
            "2025-01-05",
        )
        if c.measure == "personnel.arrived"
    ]
    batches = sorted((str(c.subject), c.as_of) for c in claims if c.value == 70)
    assert [subject for subject, _ in batches] == ["GTM", "GTM"], batches


def test_people_a_force_is_supported_by_are_there() -> None:
    got = personnel(
        "UNDOF kept its positions. The Force continued to be supported by 74 military observers of "
        "Observer Group Golan.",
        "2025-06-01",
    )
    assert any(m == "personnel.deployed" and v == 74.0 for m, _, v in got), got
