"""Typing: the measure, subject, mission and qualifier the extractor gives a sentence's figures.

Each case is one or two sentences of our own; the published date anchors relative dates.
"""

from __future__ import annotations

from functools import partial

import pytest

from missionwatch.nlp import extract as _extract
from missionwatch.nlp.entities import find_entities

# v1's rule tables: the sentences these rules were written for, run through v1 itself
extract = partial(_extract, extractor="rules")

PUB = "2024-09-30"


def _claims(text: str, published: str = PUB) -> set[tuple[object, ...]]:
    return {
        (c.measure, c.subject, c.value, c.qualifier)
        for c in extract(text, published)
        if c.measure not in ("quote", "role")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The MSS now has some 400 police officers on the ground.",
            ("personnel.deployed", None, 400, "approx"),
        ),
        (
            "Kenya has so far deployed more than 600 officers to Haiti.",
            ("personnel.deployed", "KEN", 600, "at_least"),
        ),
        (
            "Four hundred Kenyan police officers landed in Port-au-Prince on Tuesday.",
            ("personnel.arrived", "KEN", 400, "exact"),
        ),
        (
            "Travelling with them were two senior military officers from Belize.",
            ("personnel.arrived", "BLZ", 2, "exact"),
        ),
        (
            "Chad put forward 1,500 soldiers for the Gang Suppression Force.",
            ("personnel.pledged", "TCD", 1500, "exact"),
        ),
        (
            "Benin has said it is prepared to provide 2,000 personnel to the MSS.",
            ("personnel.pledged", "BEN", 2000, "exact"),
        ),
        (
            "The force is expected to number 2,500 personnel eventually.",
            ("personnel.target", None, 2500, "exact"),
        ),
        ("It caps the new force at 5,550 personnel.", ("personnel.target", None, 5550, "at_most")),
        (
            "Some 300 Kenyan officers were withdrawn from the MSS last month.",
            ("personnel.returned", "KEN", 300, "approx"),
        ),
        (
            "Washington has contributed some $300 million to the mission.",
            ("funding.contributed", "USA", 300_000_000, "approx"),
        ),
        ("Canada pledged C$80 million for the MSS.", ("funding.pledged", "CAN", 80_000_000, "exact")),
        (
            "The mission carries a price tag of $600 million.",
            ("funding.required", None, 600_000_000, "exact"),
        ),
        (
            "The United States has paused roughly $15 million in support for the MSS.",
            ("funding.withheld", "USA", 15_000_000, "approx"),
        ),
        ("More than 600,000 people have been displaced in Haiti.", ("displaced", "HTI", 600_000, "at_least")),
        ("Gangs killed at least 115 people in Pont-Sondé.", ("killed", "Pont-Sondé", 115, "at_least")),
        ("The UN counted more than 2,200 people injured in Haiti.", ("injured", "HTI", 2200, "at_least")),
        ("Nearly 1,500 people were kidnapped in Haiti last year.", ("kidnapped", "HTI", 1500, "approx")),
        ("Over five million Haitians are going hungry.", ("people_in_need", "HTI", 5_000_000, "at_least")),
        ("Gangs control 80% of Port-au-Prince.", ("gang_control", "Port-au-Prince", 80, "exact")),
        ("Dozens of people were killed in Cité Soleil.", ("killed", "Cité Soleil", 12, "at_least")),
        ("The UN recorded 1,494 kidnappings in Haiti last year.", ("kidnapped", "HTI", 1494, "exact")),
    ],
)
def test_figure_typing(text: str, expected: tuple[object, ...]) -> None:
    assert expected in _claims(text)


def test_vague_count_records_its_rule() -> None:
    (claim,) = [
        c
        for c in extract("Hundreds of families fled Delmas in Haiti this week.", PUB)
        if c.measure == "displaced"
    ]
    assert (claim.value, claim.rule, claim.qualifier) == (100, "vague:hundreds=100", "at_least")


@pytest.mark.parametrize(
    "text",
    [
        # no single measure
        "More than 2,500 people were killed or injured in Haiti between January and March 2024.",
        "Garry Joseph, 55, now lives in a school.",  # an age
        "The Council met in its 79th session at 9:16 a.m.",
        "Both countries sent troops to Haiti between 2004 and 2017.",  # years
        "The text sets out six core tasks for the mission.",
    ],
)
def test_no_figure_claims(text: str) -> None:
    assert not {c for c in _claims(text) if c[0].startswith(("personnel", "killed", "funding", "displaced"))}


def test_coordinated_figures_inherit_measure_and_subject() -> None:
    got = _claims(
        "Jamaican officials said the team of 20 soldiers and four police officers landed in Haiti on Monday."
    )
    assert ("personnel.arrived", "JAM", 20, "exact") in got
    assert ("personnel.arrived", "JAM", 4, "exact") in got


def test_breakdown_categories() -> None:
    got = _claims(
        "It caps the new force at 5,550 personnel: 5,500 uniformed military and police officers plus 50 "
        "civilians."
    )
    assert ("personnel.target", "uniformed", 5500, "at_most") in got
    assert ("personnel.target", "civilian", 50, "at_most") in got


def test_led_country_is_not_the_contributor() -> None:
    got = _claims("The Kenyan-led force has some 410 police officers deployed at present.")
    assert ("personnel.deployed", None, 410, "approx") in got
    assert ("mission.lead", "KEN", "MSS", "exact") in got


def test_each_of_a_list() -> None:
    got = _claims(
        "Rwanda and India, the two biggest contributors, each have more than 2,000 peacekeepers deployed "
        "with UNMISS."
    )
    assert ("personnel.deployed", "RWA", 2000, "at_least") in got
    assert ("personnel.deployed", "IND", 2000, "at_least") in got


def test_donor_list_gets_statuses_and_a_null_total() -> None:
    got = _claims(
        "Countries including the United States, Canada and Spain had pledged a combined $110.3 million "
        "to the MSS."
    )
    assert ("funding.pledged", None, 110_300_000, "exact") in got
    assert {("donor", c, "pledged", "exact") for c in ("USA", "CAN", "ESP")} <= got


@pytest.mark.parametrize(
    ("text", "status", "codes"),
    [
        (
            "The Bahamas, Jamaica and Antigua and Barbuda have also said they are willing to help the MSS.",
            "willing",
            {"BHS", "JAM", "ATG"},
        ),
        (
            "Further commitments came from Sierra Leone, Burkina Faso and the Gambia.",
            "committed",
            {"SLE", "BFA", "GMB"},
        ),
        (
            "Police deployments from Guatemala and El Salvador are also part of the MSS.",
            "deployed",
            {"GTM", "SLV"},
        ),
        ("Ethiopia and Uganda are expected to keep contingents in AUSSOM.", "expected", {"ETH", "UGA"}),
    ],
)
def test_contributor_status(text: str, status: str, codes: set[str]) -> None:
    got = {c[1] for c in _claims(text) if c[0] == "contributor" and c[2] == status}
    assert got == codes


@pytest.mark.parametrize(
    ("text", "measure", "status", "codes"),
    [
        (
            "Guatemala has agreed to send troops to the Gang Suppression Force.",
            "contributor",
            "committed",
            {"GTM"},
        ),
        ("Brazil is considering sending police to the GSF.", "contributor", "willing", {"BRA"}),
        (
            "Chad and Burundi are expected to join the GSF next year.",
            "contributor",
            "expected",
            {"TCD", "BDI"},
        ),
        ("Canada and France have pledged new funding for the MSS.", "donor", "pledged", {"CAN", "FRA"}),
        ("Japan has paid its contribution to the trust fund for the MSS.", "donor", "paid", {"JPN"}),
        # troops promised are no money promised
        (
            "Benin and Chad are among the countries that have promised contributions to the MSS.",
            "donor",
            "pledged",
            set(),
        ),
    ],
)
def test_statuses_without_figures(text: str, measure: str, status: str, codes: set[str]) -> None:
    got = {c[1] for c in _claims(text, "2025-10-10") if c[0] == measure and c[2] == status}
    assert got == codes


def test_range_and_dated_ceilings() -> None:
    got = _claims("The force will number between 13,000 and 14,000 troops.")
    assert {
        ("personnel.target", None, 13000, "at_least"),
        ("personnel.target", None, 14000, "at_most"),
    } <= got
    claims = extract(
        "MONUSCO may deploy up to 13,500 military personnel until 30 June 2024; from 1 July 2024 the ceiling "
        "drops to 11,500.",
        "2024-01-10",
    )
    targets = {(c.value, c.as_of) for c in claims if c.measure == "personnel.target"}
    assert targets == {(13500, "2024-06-30"), (11500, "2024-07-01")}
    assert not [c for c in claims if c.measure == "mandate.expiry"]


def test_casualty_counts_share_the_reports_period() -> None:
    text = (
        "Gang violence in Haiti killed more than 5,600 people last year, the UN said. "
        "It also counted more than 2,200 people injured in Haiti. Some 700,000 Haitians have been displaced."
    )
    as_of = {c.measure: c.as_of for c in extract(text, "2025-01-07")}
    assert as_of["killed"] == as_of["injured"] == "2024-12-31"
    assert as_of["displaced"] == "2025-01-07"  # a stock, as of publication


def test_only_missions_and_countries_have_troops() -> None:
    text = "The gang coalition has about 1,500 members. The force has some 1,000 personnel in Haiti."
    got = _claims(text)
    assert ("personnel.deployed", None, 1000, "approx") in got
    assert not [c for c in got if c[2] == 1500]


def test_money_needs_a_mission_or_funding_context() -> None:
    assert not [
        c for c in _claims("A 50-kilogram bag of rice now costs about 8,000 gourdes.") if "funding" in c[0]
    ]


def test_dates_belong_to_their_figure() -> None:
    claims = extract(
        "Germany pledged €25 million to the MSS trust fund on Tuesday and Japan has paid $8 million.",
        "2026-03-04",
    )
    as_of = {c.subject: c.as_of for c in claims if c.measure.startswith("funding")}
    assert as_of == {"DEU": "2026-03-03", "JPN": "2026-03-04"}


def test_entities_from_the_kb() -> None:
    ents = {
        (e.label, e.code)
        for e in find_entities(
            "The Kenyan-led Multinational Security Support mission, MONUSCO and the U.S. met in "
            "Port-au-Prince."
        )
    }
    assert ("MISSION", "MSS") in ents
    assert ("MISSION", "MONUSCO") in ents
    assert ("COUNTRY", "USA") in ents
    assert ("PLACE", "HTI") in ents
    assert not {e for e in find_entities("we bought a turkey in china") if e.label == "COUNTRY"}


def test_claims_carry_evidence() -> None:
    text = "Headline here\n\nThe MSS now has some 400 police officers in Haiti. Kenya leads it."
    (c,) = [c for c in extract(text, PUB, title="Headline here") if c.measure == "personnel.deployed"]
    assert c.sentence == "The MSS now has some 400 police officers in Haiti."
    assert c.sentence in text
    assert text[c.start : c.end] and c.start >= text.index("The MSS")
    assert c.qualifier_cue == "some"
    assert c.extractor_version and c.as_of == PUB and c.mission == "MSS"


def test_headline_figures_are_not_claimed_again() -> None:
    text = "Two dozen Jamaican troops land in Haiti\n\nThe MSS said nothing else."
    assert not [
        c
        for c in extract(text, PUB, title="Two dozen Jamaican troops land in Haiti")
        if c.measure.startswith("personnel")
    ]
