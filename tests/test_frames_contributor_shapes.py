"""Countries named without a figure take part in a force in more shapes than a verb of sending:
named "as" contributors, committing ships, holding sectors, "the bulk of them from", "the rest are
from", an absolute "with" whose participle hangs on the noun before it, "take part", "the other
countries that sent troops", "the first country to send"; and a fact-box item that opens with a
count is the force's strength even when a later clause has a verb (sentences written for these
tests)."""

from __future__ import annotations

import pytest
from frames_claims import statuses

from missionwatch.nlp.frames.pipeline import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The AU Council met in Addis Ababa. Rwanda, Zambia and Togo were named as "
            "troop-contributing countries for MINUSCA.",
            {("MINUSCA", "RWA", "deployed"), ("MINUSCA", "ZMB", "deployed"), ("MINUSCA", "TGO", "deployed")},
        ),
        (
            "The EU launched Operation Irini in 2020. Spain and Portugal have also committed "
            "frigates to the operation.",
            {("IRINI", "ESP", "committed"), ("IRINI", "PRT", "committed")},
        ),
        (
            "MONUSCO still has 11,000 troops. Morocco and Nepal have held the hardest sectors for years.",
            {("MONUSCO", "MAR", "deployed"), ("MONUSCO", "NPL", "deployed")},
        ),
        (
            "UNMISS employs 13,000 uniformed personnel, the bulk of them from India, Rwanda and Nepal.",
            {("UNMISS", "IND", "deployed"), ("UNMISS", "RWA", "deployed"), ("UNMISS", "NPL", "deployed")},
        ),
        (
            "AUSSOM is supposed to field 11,000 troops, the bulk of them from Uganda and Ethiopia.",
            {("AUSSOM", "UGA", "expected"), ("AUSSOM", "ETH", "expected")},
        ),
        (
            "UNIFIL has 10,000 soldiers; the rest of its staff are from Ghana and Malaysia.",
            {("UNIFIL", "GHA", "deployed"), ("UNIFIL", "MYS", "deployed")},
        ),
        (
            "KFOR counts 4,500 soldiers from 28 nations, with Poland and Greece supplying the biggest "
            "shares.",
            {("KFOR", "POL", "deployed"), ("KFOR", "GRC", "deployed")},
        ),
        (
            "Senegal sent 600 soldiers to ECOMIG, with Ghana and Nigeria also taking part.",
            {("ECOMIG", "GHA", "deployed"), ("ECOMIG", "NGA", "deployed")},
        ),
        (
            "SAMIDRC lost two more soldiers. Malawi and Tanzania, the other countries that sent troops "
            "to SAMIDRC, gave no details.",
            {("SAMIDRC", "MWI", "deployed"), ("SAMIDRC", "TZA", "deployed")},
        ),
        (
            "The EU runs Operation Aspides. Norway became the first non-EU country to send staff to it.",
            {("ASPIDES", "NOR", "deployed")},
        ),
    ],
)
def test_a_country_takes_part(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= statuses(text)


@pytest.mark.parametrize(
    "text",
    [
        "MINUSCA reported the attack. Two of the wounded are Rwandan and one is from Egypt.",
        "Kenya's interior minister is from the coast. The MSS has 900 officers.",
        "The MSS has 900 officers; Canada was not confirmed as a troop-contributing country.",
    ],
)
def test_a_country_that_does_not(text: str) -> None:
    assert not {s for _, s, _ in statuses(text)} & {"EGY", "CAN"}


def test_a_mission_named_in_a_later_clause_is_not_the_first_clauses() -> None:
    text = (
        "AUSSOM took over from ATMIS in January. Uganda and Djibouti were confirmed as troop-contributing "
        "countries; Burundi, a contributor to ATMIS, stayed out."
    )
    found = statuses(text)
    assert ("AUSSOM", "UGA", "deployed") in found and ("AUSSOM", "DJI", "deployed") in found


def _personnel(text: str) -> set[tuple[str, str | None, int]]:
    return {
        (c.measure, c.mission, int(float(c.value)))
        for c in extract(text, "2025-06-01")
        if c.measure.startswith("personnel.")
    }


def test_a_fact_box_item_with_a_capital_verb() -> None:
    """ "- Has 800 troops": the tagger calls a list item's first word a base form, and the
    lemmatizer kept "has"."""
    text = "UNFICYP (Cyprus)\n- Has about 800 troops and some 65 police.\n"
    assert {("personnel.deployed", "UNFICYP", 800), ("personnel.deployed", "UNFICYP", 65)} <= _personnel(text)


@pytest.mark.parametrize(
    ("item", "value", "measure"),
    [
        (
            "- About 1,300 troops from 19 countries, after 400 reserve soldiers were flown in last year.",
            1300,
            "personnel.deployed",
        ),
        (
            "- Roughly 3,900 troops from 27 countries; Italy took over command in 2024.",
            3900,
            "personnel.deployed",
        ),
        ("- Fewer than 700 personnel on the ground; the plan was for 2,000.", 700, "personnel.deployed"),
    ],
)
def test_an_item_opening_with_a_count_is_the_strength(item: str, value: int, measure: str) -> None:
    found = _personnel(f"KFOR (Kosovo)\n{item}\n")
    assert (measure, "KFOR", value) in found


def test_a_label_still_says_what_the_item_counts() -> None:
    text = (
        "MONUSCO\n* Ceilings kept: 11,500 military personnel, 443 police and 1,270 formed police unit "
        "personnel.\n"
    )
    found = _personnel(text)
    assert {m for m, _, _ in found} == {"personnel.target"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # commitments "for" or "covering" a number of people are pledges, whoever speaks of them
        (
            "The envoy spoke of commitments for about 6,200 personnel for the GSF.",
            ("personnel.pledged", 6200),
        ),
        (
            "Officials said that pledges now cover some 6,200 personnel for the GSF.",
            ("personnel.pledged", 6200),
        ),
        ("Commitments had been received for about 6,200 personnel for the GSF.", ("personnel.pledged", 6200)),
        # a ceiling in force now is still a ceiling; "up to" makes a level a most allowed
        ("UNISFA's current ceiling is 4,250 troops.", ("personnel.target", 4250)),
        ("The text keeps UNISFA's troop levels of up to 4,250.", ("personnel.target", 4250)),
        # a force planned at a size
        ("UNISFA was envisioned at 4,250 personnel when it was set up.", ("personnel.target", 4250)),
    ],
)
def test_pledged_and_planned_sizes(text: str, expected: tuple[str, int]) -> None:
    assert expected in {(m, v) for m, _, v in _personnel(text)}


def test_countries_each_offering_apiece() -> None:
    text = (
        "The GSF needs troops. Chad and Bangladesh, which have offered 1,500 personnel apiece, want costs "
        "covered."
    )
    found = {
        (c.subject, int(float(c.value)))
        for c in extract(text, "2025-12-20")
        if c.measure == "personnel.pledged"
    }
    assert found == {("TCD", 1500), ("BGD", 1500)}


def test_a_count_of_states_is_no_pledge_of_people() -> None:
    text = "The GSF began in October. Commitments so far cover some 6,200 personnel from 17 Member States."
    assert {v for _, _, v in _personnel(text)} == {6200}


def test_a_force_lifted_to_a_size_is_its_strength() -> None:
    text = "The MSS is in Haiti. A new contingent landed on Monday, lifting the force to 1,150 personnel."
    assert ("personnel.deployed", "MSS", 1150) in _personnel(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "With the new arrivals the mission numbers roughly 520 officers, nearly all of them from Kenya.",
        "It has about 1,100 personnel, most of them Kenyan police who served before.",
        "Around 1,100, most of them Kenyan, are in the country now.",
    ],
)
def test_who_most_of_a_count_are_leaves_the_count_the_forces(sentence: str) -> None:
    found = {
        (c.subject, int(float(c.value)))
        for c in extract(f"The MSS is in Haiti. {sentence}", "2025-07-01")
        if c.measure == "personnel.deployed"
    }
    assert found and all(subject is None for subject, _ in found)


def test_a_part_of_them_from_a_country_is_that_countrys() -> None:
    text = (
        "The MSS is in Haiti. At the end of June it had some 1,020 personnel, around 760 of them from Kenya."
    )
    found = {
        (c.subject, int(float(c.value)))
        for c in extract(text, "2025-07-01")
        if c.measure == "personnel.deployed"
    }
    assert found == {(None, 1020), ("KEN", 760)}


def test_contributors_of_a_brigade_still_to_come_are_expected() -> None:
    text = (
        "The ESF was endorsed. It is to start with a brigade of 1,650 soldiers, drawn mainly from Ghana and "
        "Togo."
    )
    assert {("ESF", "GHA", "expected"), ("ESF", "TGO", "expected")} <= statuses(text)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # the corpus keeps the text's word: a promise is "pledged", a commitment "committed"
        ("Togo and Ghana have also pledged personnel to the GSF.", "pledged"),
        ("Togo and Ghana have offered troops to the GSF.", "pledged"),
        ("Togo and Ghana have committed a contingent to the GSF.", "committed"),
        ("Togo and Ghana have also signed up to the GSF.", "committed"),
    ],
)
def test_a_promise_and_a_commitment(sentence: str, status: str) -> None:
    found = statuses(f"The GSF is in Haiti. {sentence}")
    assert {("GSF", "TGO", status), ("GSF", "GHA", status)} <= found


def test_countries_present_beside_a_count() -> None:
    text = (
        "The MSS is in Haiti. Kenya had deployed 400 officers by then, with Jamaica and Belize also present."
    )
    assert {("MSS", "JAM", "deployed"), ("MSS", "BLZ", "deployed")} <= statuses(text, "2024-09-01")


def test_a_country_that_says_it_will_send_people_has_pledged() -> None:
    # the independent golds write "has said it will send troops" as pledged 34 times, committed 11
    got = {
        (c.subject, c.value)
        for c in extract("Morocco has said it will send troops to the GSF for the first time.", "2025-11-02")
        if c.measure == "contributor"
    }
    assert got == {("MAR", "pledged")}


def test_countries_that_came_forward_have_committed() -> None:
    text = "- Other countries that came forward at the GSF conference: Mali, Togo and Nepal."
    got = {(c.subject, c.value) for c in extract(text, "2025-12-20") if c.measure == "contributor"}
    assert got == {("MLI", "committed"), ("TGO", "committed"), ("NPL", "committed")}
