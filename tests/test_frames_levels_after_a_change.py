"""The level a change leaves a force at: the value a verb raises, brings or lowers a count to (also
when the parse hangs the "to" inside the count's phrase, and the old level "from a peak of"), what a
departure leaves behind, the strength "with the new arrivals" a force "will have", and a bare count
that remains after a sentence about a force's people. Sentences written for these tests; each
failed before."""

from __future__ import annotations

from missionwatch.nlp import extract


def _claims(text: str, published: str = "2025-03-03") -> set[tuple[str, str | None, object]]:
    return {(c.measure, c.subject, c.value) for c in extract(text, published, extractor="frames")}


def test_raising_the_number_of_a_peoples_troops_gives_their_strength() -> None:
    text = (
        "Somalia\n\nAnother 180 Ugandan soldiers joined the African Union mission in Somalia on "
        "Friday, raising the number of Ugandans serving with the mission to about 4,200."
    )
    claims = _claims(text)
    assert ("personnel.deployed", "UGA", 4200) in claims
    assert ("personnel.arrived", "UGA", 4200) not in claims
    assert ("personnel.arrived", "UGA", 180) in claims


def test_bringing_a_contingent_down_gives_its_new_and_old_levels() -> None:
    text = (
        "Somalia\n\nBurundi withdrew another 400 soldiers from the African Union mission last "
        "month, bringing its contingent down to roughly 1,100 from a peak of 2,300."
    )
    claims = _claims(text)
    assert ("personnel.returned", "BDI", 400) in claims
    assert ("personnel.deployed", "BDI", 1100) in claims
    assert ("personnel.deployed", "BDI", 2300) in claims


def test_a_departure_leaves_a_country_or_a_force_with_its_strength() -> None:
    text = (
        "Somalia\n\nSome 300 Rwandan officers flew home from the African Union mission in "
        "February, leaving Rwanda with just under 900 police in the country. The departures "
        "leave a force of about 6,100, below what commanders say they need."
    )
    claims = _claims(text)
    assert ("personnel.returned", "RWA", 300) in claims
    assert ("personnel.deployed", "RWA", 900) in claims
    assert any(m == "personnel.deployed" and v == 6100 for m, _, v in claims)
    assert not any(m == "personnel.returned" and v in (900, 6100) for m, _, v in claims)


def test_a_planned_departure_leaves_a_target() -> None:
    text = (
        "Somalia\n\nSome 300 soldiers of the African Union mission are expected to fly home in "
        "June, leaving a core of about 450 to hand over to the army."
    )
    claims = _claims(text)
    assert any(m == "personnel.target" and v == 450 for m, _, v in claims)
    assert not any(m == "personnel.deployed" and v == 450 for m, _, v in claims)


def test_the_strength_new_arrivals_make_is_no_plan() -> None:
    text = (
        "South Sudan\n\nA further 160 Nepali police officers arrived in Juba on Sunday. With the "
        "new arrivals, Nepal will have about 1,300 personnel in South Sudan, the UNMISS mission said."
    )
    claims = _claims(text, "2025-05-05")
    assert ("personnel.deployed", "NPL", 1300) in claims
    assert not any(m == "personnel.target" and v == 1300 for m, _, v in claims)


def test_a_strength_once_something_else_happens_is_still_a_plan() -> None:
    text = "South Sudan\n\nOnce the handover is complete, UNMISS will have some 12,000 troops."
    claims = _claims(text, "2025-05-05")
    assert any(m == "personnel.target" and v == 12000 for m, _, v in claims)


def test_a_bare_count_that_remains_after_a_sentence_about_troops_is_their_strength() -> None:
    text = (
        "Mali\n\nAt its height MINUSMA had some 13,000 soldiers in the north. Now fewer than 700 "
        "are left, and the last of them fly out next week. Some 400 rotated home in May. About "
        "250 remain."
    )
    claims = _claims(text, "2023-11-05")
    assert any(m == "personnel.deployed" and v == 700 for m, _, v in claims)
    assert any(m == "personnel.deployed" and v == 250 for m, _, v in claims)
    assert not any(m == "personnel.returned" and v == 700 for m, _, v in claims)


def test_a_bare_count_that_remains_with_no_force_before_is_nothing() -> None:
    text = "Haiti\n\nThe storm flooded the coast on Monday. About 250 remain."
    assert not any(m.startswith("personnel.") for m, _, _ in _claims(text))


def test_the_rest_of_a_missions_staff_are_still_its_staff() -> None:
    text = (
        "Iraq\n\nAt its height UNAMI employed more than 900 staff. By this month fewer than 120 "
        "remained, most of them due to fly out next week."
    )
    assert ("personnel.deployed", "civilian", 120) in _claims(text, "2025-11-05")


def test_a_unit_an_apposition_sizes_has_that_strength() -> None:
    text = (
        "Somalia\n\nZambia's contingent, the largest at some 3,500 troops, has gone unpaid since "
        "June. Chad's contingent, around 1,400 soldiers in the north, is expected to be among the "
        "last to go."
    )
    claims = _claims(text, "2024-06-25")
    assert ("personnel.deployed", "ZMB", 3500) in claims
    assert ("personnel.deployed", "TCD", 1400) in claims
    assert not any(m == "personnel.target" and v == 1400 for m, _, v in claims)


def test_the_strength_a_force_started_with() -> None:
    text = (
        "Somalia\n\nATMIS began in April 2022 with close to 20,000 troops. The new mission will "
        "start with 300 officers next month."
    )
    claims = _claims(text, "2024-06-25")
    assert any(m == "personnel.deployed" and v == 20000 for m, _, v in claims)
    assert not any(m == "personnel.deployed" and v == 300 for m, _, v in claims)


def test_a_unit_sized_by_an_apposition_that_flew_home_returned() -> None:
    text = (
        "South Sudan\n\nThe last group of the rotation arrived in Bentiu on 2 May, and the previous "
        "battalion, 640 soldiers, flew home to Ulaanbaatar the same week."
    )
    claims = _claims(text, "2025-05-20")
    assert any(m == "personnel.returned" and v == 640 for m, _, v in claims)
    assert not any(m == "personnel.deployed" and v == 640 for m, _, v in claims)


def test_the_level_a_force_stalled_at_is_its_strength() -> None:
    text = (
        "Haiti\n\nThe MSS was supposed to number 2,500 but stalled at roughly 970 personnel, most "
        "of them Kenyan."
    )
    claims = _claims(text, "2025-12-05")
    assert ("personnel.deployed", None, 970) in claims
    assert any(m == "personnel.target" and v == 2500 for m, _, v in claims)
