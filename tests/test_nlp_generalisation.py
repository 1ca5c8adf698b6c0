"""General rules found missing on held-out-style reporting (issue 3), each tested on our own wording.

The sentences here are not the held-out ones: each case exercises the rule (a verb lexicon, a
syntax window, a date or number grammar) with different words, countries and figures.
"""

from __future__ import annotations

from functools import partial

import pytest

from missionwatch.nlp import extract as _extract

# v1's rule tables: the sentences these rules were written for, run through v1 itself
extract = partial(_extract, extractor="rules")


PUB = "2025-03-20"


def _claims(text: str, published: str = PUB) -> set[tuple[object, ...]]:
    return {
        (c.measure, c.subject, c.value, c.qualifier)
        for c in extract(text, published)
        if c.measure not in ("quote", "role")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an arrival at home that ends a tour is a return
            "Some 150 Jamaican soldiers touched down in Kingston on Friday, completing a six-month "
            "rotation with the Gang Suppression Force.",
            ("personnel.returned", "JAM", 150, "approx"),
        ),
        (  # the withdrawal named in the sentence before frames the arrival
            "The last Malawian troops withdrawn from the SADC mission reached Lilongwe on Monday.\n"
            "A batch of 90 soldiers landed at Kamuzu International Airport, the army said.",
            ("personnel.returned", "MWI", 90, "exact"),
        ),
        (  # "withdrew its remaining …": the verb, not "remaining", decides
            "Tanzania withdrew its remaining troops, about 400 of them, in February.",
            ("personnel.returned", "TZA", 400, "approx"),
        ),
        (
            "Guatemala brought home its last 75 soldiers from Haiti on Sunday, leaving the MSS.",
            ("personnel.returned", "GTM", 75, "exact"),
        ),
        (  # a contingent that will fly out is promised, not arrived
            "Officials said a fresh contingent of 180 officers would fly out to Haiti next month.",
            ("personnel.pledged", None, 180, "exact"),
        ),
    ],
)
def test_returns_and_future_contingents(text: str, expected: tuple[object, ...]) -> None:
    got = _claims(text)
    assert expected in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first Bahamian marines withdrawn from the MSS left the country on Sunday.\n"
            "A group of about 60 personnel reached Nassau on Monday, officials said.",
            ("personnel.returned", "BHS", 60, "approx"),
        ),
        (
            "Jamaica's defence force has served with the MSS since 2024.\n"
            "The remaining 40 soldiers are stationed at the airport.",
            ("personnel.deployed", "JAM", 40, "exact"),
        ),
    ],
)
def test_subject_from_the_sentence_before(text: str, expected: tuple[object, ...]) -> None:
    got = _claims(text)
    assert expected in got, got


def test_total_takes_no_subject_from_the_sentence_before() -> None:
    text = "Kenyan police officers lead the MSS.\nThe MSS has about 1,000 personnel on the ground."
    assert ("personnel.deployed", None, 1000, "approx") in _claims(text)


def test_remaining_before_a_planned_departure_are_still_deployed() -> None:
    text = (
        "About 300 Jamaican soldiers flew home from Haiti on Friday.\n"
        "The remaining 120 troops are due to leave in May, the army said."
    )
    assert ("personnel.deployed", "JAM", 120, "exact") in _claims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway said on Tuesday it would release $30 million for the Haiti security mission.",
            ("funding.pledged", "NOR", 30000000, "exact"),
        ),
        (
            "Germany, a long-standing backer of the mission, said last week it would release €12m for it.",
            ("funding.pledged", "DEU", 12000000, "exact"),
        ),
        (
            "Britain has put nearly £40 million of aid into the UN trust fund since 2023.",
            ("funding.contributed", "GBR", 40000000, "approx"),
        ),
        (
            "Ottawa froze C$8 million of its support for the mission in March.",
            ("funding.withheld", "CAN", 8000000, "exact"),
        ),
    ],
)
def test_money_verbs(text: str, expected: tuple[object, ...]) -> None:
    got = _claims(text)
    assert expected in got, got


@pytest.mark.parametrize(
    ("text", "status", "codes"),
    [
        ("Benin and Togo are also expected to contribute police to the mission.", "expected", {"BEN", "TGO"}),
        ("The brigade drew soldiers from Zambia and Botswana.", "deployed", {"ZMB", "BWA"}),
        ("Bangladesh and Pakistan supply the biggest contingents in MINUSCA.", "deployed", {"BGD", "PAK"}),
    ],
)
def test_contributor_status_phrasings(text: str, status: str, codes: set[str]) -> None:
    got = {c[1] for c in _claims(text) if c[0] == "contributor" and c[2] == status}
    assert got == codes, _claims(text)


def test_fielding_is_deployed() -> None:
    text = "Ghana leads the contributors to UNIFIL, with Indonesia alone fielding nearly 1,200 troops."
    assert ("personnel.deployed", "IDN", 1200, "approx") in _claims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nairobi's lawmakers questioned the mission. The operation has cost the Treasury "
            "KSh 900 million so far, the committee heard.",
            ("funding.required", "KEN", 900000000, "exact"),
        ),
        (
            "The European Union's training mission in Mali needs about $75 million this year, "
            "diplomats said.",
            ("funding.required", None, 75000000, "approx"),
        ),
        (
            "Canada's foreign minister spoke to reporters after the meeting.\n"
            "Her government has already deployed about 70 personnel to the MSS.",
            ("personnel.deployed", "CAN", 70, "approx"),
        ),
        (
            "The European Union met ministers in Brussels on Monday.\n"
            "The bloc has given more than €50 million to the UN trust fund for the mission.",
            ("funding.contributed", "EUU", 50000000, "at_least"),
        ),
    ],
)
def test_payers_and_anaphoric_agents(text: str, expected: tuple[object, ...]) -> None:
    got = _claims(text)
    assert expected in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mission, which counted roughly 800 personnel in May, was absent from the casualty report.",
            ("personnel.deployed", None, 800, "approx"),
        ),
        ("Guatemala's contingent numbered some 90 soldiers.", ("personnel.deployed", "GTM", 90, "approx")),
        (
            "By mid-March, Benin had sent nearly 300 troops to the Gang Suppression Force.",
            ("personnel.deployed", "BEN", 300, "approx"),
        ),
        (
            "Under the new text, the mission's police ceiling of 2,000 stands until the mandate ends.",
            ("personnel.target", "police", 2000, "at_most"),
        ),
        (
            "The new force remains far below the 3,000 troops the Council authorised last year.",
            ("personnel.target", None, 3000, "at_most"),
        ),
    ],
)
def test_deployment_and_ceiling_wording(text: str, expected: tuple[object, ...]) -> None:
    got = _claims(text)
    assert expected in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the national army would require some 4,000 more recruits to secure the border.",
        "The mission, which counted about 900 personnel, was not part of the killings inquiry.",
    ],
)
def test_not_the_missions_figure(text: str) -> None:
    got = _claims(text)
    assert not [c for c in got if c[0] in ("personnel.target", "killed")], got


def test_a_government_asking_for_troops_is_a_target() -> None:
    """The host government's need is the mission's target; a national army's own need is not."""
    text = "Haiti's government said it needed at least 3,000 more police and soldiers from the MSS."
    assert any(c[0] == "personnel.target" and c[2] == 3000 for c in _claims(text))


def test_by_a_past_month_end_and_its_past_perfect_follow_up() -> None:
    text = (
        "By the end of February, the MSS had about 900 personnel on the ground.\n"
        "Jamaica had sent some 100 soldiers, officials said."
    )
    got = {(c.measure, c.subject, c.value, c.as_of) for c in extract(text, "2025-03-20")}
    assert ("personnel.deployed", None, 900, "2025-02-28") in got, got
    assert ("personnel.deployed", "JAM", 100, "2025-02-28") in got, got


def test_by_a_future_date_stays_a_target_date() -> None:
    text = "The force is expected to number 2,500 personnel by the end of June."
    got = {(c.measure, c.value, c.as_of) for c in extract(text, "2025-03-20")}
    assert ("personnel.target", 2500, "2025-06-30") in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the Nippes department, where gunmen burned the market of Miragoâne, 40 people were killed.",
            ("killed", "Nippes department", 40, "exact"),
        ),
        (
            "Gangs abducted 96 people in Haiti in May, many of them in Croix-des-Bouquets.",
            ("kidnapped", "HTI", 96, "exact"),
        ),
    ],
)
def test_place_is_the_figures_own_scope(text: str, expected: tuple[object, ...]) -> None:
    got = _claims(text, "2025-06-10")
    assert expected in got, got


def test_compact_tally_after_a_council_verb_counts_named_abstainers() -> None:
    text = (
        "The Council renewed MINUSCA on Thursday. "
        "The resolution, drafted by France, was adopted 13-0, with Russia and Algeria abstaining."
    )
    got = {(c.measure, c.value) for c in extract(text, PUB)}
    assert ("council.vote", "13-0-2") in got, got


def test_this_morning_is_the_publication_day() -> None:
    text = "The Security Council this afternoon renewed the mandate of UNMISS until 30 April 2026."
    got = {(c.measure, c.value) for c in extract(text, "2025-05-08")}
    assert ("council.adopted", "2025-05-08") in got, got


def test_a_final_extension_has_a_duration() -> None:
    text = "The Security Council on Monday extended UNISFA for a final 9 months, until 15 November 2026."
    got = {(c.measure, c.value) for c in extract(text, "2026-02-16")}
    assert ("mandate.duration", 9) in got, got


def test_penholder_apposition() -> None:
    text = (
        "The Council renewed UNMISS today. Presenting the text, the representative of the United "
        "Kingdom, penholder on South Sudan, said the mission remained vital."
    )
    got = {(c.measure, c.subject) for c in extract(text, "2025-05-08")}
    assert ("council.penholder", "GBR") in got, got


def test_a_ceiling_that_remains_in_place_is_no_deployment() -> None:
    text = "Under the resolution, UNISFA's authorised troop ceiling of 4,250 remains in place."
    got = _claims(text)
    assert not [c for c in got if c[0] == "personnel.deployed"], got
    assert any(c[0] == "personnel.target" and c[2] == 4250 for c in got), got


def test_up_to_distributes_over_a_list_of_categories() -> None:
    text = (
        "The Council authorised MINUSMA to deploy up to 13,000 military personnel and 1,900 police "
        "personnel, including 1,400 formed police unit personnel, as well as 40 corrections officers."
    )
    got = {(c.measure, c.value, c.qualifier) for c in extract(text, PUB)}
    for value in (13000, 1900, 1400, 40):
        assert ("personnel.target", value, "at_most") in got, got


@pytest.mark.parametrize(
    ("text", "value", "as_of"),
    [
        ("UNISFA was created in 2011 and now has a budget of about $300 million a year.", 300000000, PUB),
        (
            "The force, which has a ceiling of 2,000 uniformed personnel and 30 civilians, is expected "
            "to reach full strength by June 2026.",
            30,
            PUB,
        ),
    ],
)
def test_a_date_of_another_clause_does_not_date_the_figure(text: str, value: int, as_of: str) -> None:
    got = {(c.value, c.as_of) for c in extract(text, PUB) if c.measure not in ("quote", "role")}
    assert (value, as_of) in got, got


def test_list_items_take_the_headings_measure() -> None:
    text = "Personnel pledged to the GSF:\n- Chad: 1,500 soldiers\n- Benin: 2,000 personnel\n"
    got = _claims(text)
    assert ("personnel.pledged", "TCD", 1500, "exact") in got, got
    assert ("personnel.pledged", "BEN", 2000, "exact") in got, got
    plain = _claims("Police on the ground in Haiti:\nKenya: 396 officers\n")
    assert ("personnel.deployed", "KEN", 396, "exact") in plain, plain


def test_plural_demonyms_count_persons() -> None:
    text = "Gunmen abducted four Americans and a Canadian in Pétion-Ville on Monday."
    got = _claims(text)
    assert any(c[0] == "kidnapped" and c[2] == 4 for c in got), got


@pytest.mark.parametrize(
    ("text", "published", "value", "as_of"),
    [
        (
            "The trust fund for the MSS had received $40 million by 28 February.",
            "2025-03-20",
            40000000,
            "2025-02-28",
        ),
        (
            "UNISFA took over the sector on Feb. 1 with an authorised strength of 3,250 troops.",
            "2025-03-20",
            3250,
            "2025-02-01",
        ),
        (
            "OCHA reported in February that about 900,000 people were displaced across Haiti.",
            "2025-03-20",
            900000,
            "2025-02",
        ),
        (
            "The force now counts 9,000 peacekeepers, down from about 9,800 a year earlier.",
            "2025-03-20",
            9800,
            "2024-03",
        ),
        (
            "Gangs killed at least 800 people in Haiti in the first three months of the year, BINUH said.",
            "2025-04-20",
            800,
            "2025-03-31",
        ),
    ],
)
def test_period_and_relative_dates(text: str, published: str, value: int, as_of: str) -> None:
    got = {(c.value, c.as_of) for c in extract(text, published) if c.measure not in ("quote", "role")}
    assert (value, as_of) in got, got


def test_participial_side_clause_date_is_not_the_figures() -> None:
    text = "The force, authorised by the Security Council in 2023, was meant to reach 3,000 personnel."
    got = {(c.value, c.as_of) for c in extract(text, PUB) if c.measure == "personnel.target"}
    assert (3000, PUB) in got, got


def test_partitive_opening_a_sentence_counts_part_of_the_previous_figure() -> None:
    text = (
        "Some 200,000 people have been displaced across Haiti since January, IOM said.\n"
        "About 45,000 of them are in the Artibonite department."
    )
    got = _claims(text, "2025-06-10")
    assert any(c[0] == "displaced" and c[2] == 45000 and "Artibonite" in str(c[1]) for c in got), got


def test_carried_contingent_carries_its_day() -> None:
    text = (
        "The last Burundian soldiers withdrawn from Somalia reached Bujumbura on Monday.\n\n"
        "A group of 85 troops landed at the military airport, the army said."
    )
    got = {(c.measure, c.subject, c.value, c.as_of) for c in extract(text, PUB)}
    assert ("personnel.returned", "BDI", 85, "2025-03-17") in got, got


def test_an_arrival_inside_a_since_clause_keeps_its_date() -> None:
    text = "Two Chadian soldiers have been hurt since the first contingent of 300 arrived in March 2025."
    got = {(c.measure, c.value, c.as_of) for c in extract(text, "2025-10-10")}
    assert ("personnel.arrived", 300, "2025-03") in got, got


def test_a_casualty_count_is_no_barrier_to_the_contingent() -> None:
    text = "Two Chadian soldiers have been hurt since the first contingent of 300 arrived in March 2025."
    got = {(c.measure, c.subject, c.value) for c in extract(text, "2025-10-10")}
    assert ("personnel.arrived", "TCD", 300) in got, got
