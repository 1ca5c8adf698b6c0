"""Whose a figure is when the country stands beside its subject or its clause: a country in
apposition to the subject ("The largest contributor, Indonesia, has …"), the one country of the
figure's own clause under a list ("A, B and C provide …, with A alone fielding …"), a force's people
counted "from" a country right after the figure, and "it" opening the clause after a semicolon
(lines written for these tests)."""

from __future__ import annotations

import pytest

from missionwatch.nlp import extract
from tests.frames_claims import personnel, statuses

UNIFIL = "UNIFIL keeps peacekeepers in southern Lebanon. "
MSS = "The Multinational Security Support mission (MSS) is led by Kenya. "


@pytest.mark.parametrize(
    ("line", "code", "value"),
    [
        ("The largest contributor, Indonesia, has about 1,200 troops in the force.", "IDN", 1200.0),
        ("My own country, Ireland, now has roughly 340 soldiers serving with the force.", "IRL", 340.0),
        ("Its second-largest contingent, Italy, keeps some 1,050 soldiers near the coast.", "ITA", 1050.0),
    ],
)
def test_a_country_in_apposition_to_the_subject_owns_the_figure(line: str, code: str, value: float) -> None:
    got = personnel(UNIFIL + line, "2024-09-02")
    assert ("personnel.deployed", code, value) in got
    assert (None, code, "deployed") not in {(None, c, v) for _, c, v in statuses(UNIFIL + line)}


def test_a_debtor_in_apposition_owns_the_money_it_withholds() -> None:
    claims = extract(
        "The peacekeeping budget is short of cash. The largest debtor, the United States, has "
        "withheld roughly $1.3 billion from MONUSCO and other missions.",
        "2025-05-31",
    )
    assert any(c.measure == "funding.withheld" and c.subject == "USA" for c in claims)


def test_a_demonym_in_apposition_is_a_part_described_not_the_owner() -> None:
    got = personnel(
        MSS + "Ecuador's envoy said the mission, which counts around 390 officers on the ground, "
        "most of them Kenyan, was still far from the force the Council had in mind.",
        "2024-09-30",
    )
    assert ("personnel.deployed", None, 390.0) in got


def test_the_one_country_of_the_figures_own_clause_under_a_list() -> None:
    line = (
        "Nepal, India and Rwanda provide the largest contingents to UNMISS, with Nepal alone "
        "fielding more than 1,700 soldiers."
    )
    assert ("personnel.deployed", "NPL", 1700.0) in personnel(line, "2024-05-09")


def test_a_list_subject_alone_still_gives_a_joint_figure() -> None:
    got = personnel("Ghanaian and Nigerian troops make up the 1,050 soldiers of ECOMIG.", "2021-12-06")
    assert not any(c in ("GHA", "NGA") for _, c, _ in got)


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("It now counts about 420 officers from Kenya, which leads it, and a few dozen more.", "KEN"),
        ("The MSS now has some 150 soldiers from Guatemala on the ground.", "GTM"),
    ],
)
def test_people_counted_from_a_country_right_after_the_figure(line: str, code: str) -> None:
    got = personnel(MSS + line, "2024-10-22")
    assert any(c == code for _, c, _ in got)


def test_people_moved_from_a_country_are_no_one_countrys() -> None:
    got = personnel(
        "UNMISS is the UN mission in South Sudan. The mission moved 500 troops from South Sudan to Abyei "
        "over the weekend.",
        "2024-05-09",
    )
    assert not any(c == "SSD" for _, c, _ in got)


def test_it_after_a_semicolon_is_the_country_before_it() -> None:
    got = personnel(MSS + "Kenya had offered 1,000 officers; it has sent just over 410 so far.", "2025-01-04")
    assert ("personnel.pledged", "KEN", 1000.0) in got
    assert ("personnel.deployed", "KEN", 410.0) in got


def test_it_after_a_semicolon_naming_no_country_stays_unowned() -> None:
    got = personnel(
        MSS + "The mission was meant to have 2,500 officers; it has about 1,000 so far.", "2025-01-04"
    )
    assert ("personnel.deployed", None, 1000.0) in got


@pytest.mark.parametrize(
    "line",
    [
        "Kenya, which has carried most of the burden, now has more than 720 officers deployed.",
        "Kenya kept its word: it has more than 720 officers deployed.",
        "Kenya, to its credit, has honoured its pledge better than most: it has more than 720 officers "
        "deployed, against the 1,000 it offered.",
    ],
)
def test_a_country_that_has_people_deployed_owns_them(line: str) -> None:
    assert ("personnel.deployed", "KEN", 720.0) in personnel(MSS + line, "2025-02-12")


def test_a_country_named_before_a_colon_is_not_carried_past_a_force() -> None:
    got = personnel(MSS + "The force kept its word: it has more than 720 officers deployed.", "2025-02-12")
    assert ("personnel.deployed", None, 720.0) in got


BUNDESTAG = """Bundestag extends soldiers' stay in Kosovo

BERLIN — Lawmakers on Thursday voted to keep the Bundeswehr in KFOR for another year. The mandate
allows up to 400 soldiers; about 260 are currently serving in Kosovo, and the deployment will cost
an estimated 52 million euros.
"""


def test_a_parliament_named_in_the_headline_tells_whose_story_it_is() -> None:
    claims = extract(BUNDESTAG, "2025-06-20")
    owned = {(c.measure, c.subject, float(c.value)) for c in claims if c.measure != "quote"}  # type: ignore[arg-type]
    assert ("personnel.deployed", "DEU", 260.0) in owned
    assert ("personnel.target", "DEU", 400.0) in owned


def test_a_parliament_every_country_has_tells_nothing() -> None:
    text = (
        BUNDESTAG.replace("Bundestag extends", "National Assembly extends")
        .replace("BERLIN — ", "")
        .replace("the Bundeswehr", "the troops")
    )
    claims = extract(text, "2025-06-20")
    assert not any(c.subject == "DEU" for c in claims)


def test_a_joint_force_of_its_host_states_counts_their_troops() -> None:
    line = "Nigeria provides the largest contingent to the MNJTF, with some 3,200 soldiers around Lake Chad."
    assert ("personnel.deployed", "NGA", 3200.0) in personnel(line, "2024-09-02")
    assert ("MNJTF", "NGA", "deployed") in statuses(
        "Nigeria and Chad also have troops in the MNJTF.", "2024-09-02"
    )


def test_a_host_of_another_force_still_fields_no_contribution() -> None:
    got = statuses(
        "Lebanon and Indonesia keep soldiers along the Blue Line, where UNIFIL patrols.", "2024-09-02"
    )
    assert not any(c == "LBN" for _, c, _ in got)


@pytest.mark.parametrize(
    ("line", "mission", "value"),
    [
        ("- Took over from NATO's SFOR in December 2004 with about 7,000 troops.", "EUFOR", 7000.0),
        ("Resolute Support replaced ISAF on 1 January 2015 with about 13,000 troops.", "RSM", 13000.0),
    ],
)
def test_a_force_that_took_over_starts_with_its_strength(line: str, mission: str, value: float) -> None:
    claims = extract(
        "EUFOR Althea and Resolute Support are multinational operations.\n\n" + line, "2025-06-01"
    )
    assert any(
        c.measure == "personnel.deployed" and c.mission == mission and float(c.value) == value  # type: ignore[arg-type]
        for c in claims
    )


def test_people_a_unit_was_replaced_with_still_arrive() -> None:
    got = personnel(
        MSS + "The Kenyan officers were replaced with 230 fresh officers on Monday.", "2025-05-28"
    )
    assert not any(m == "personnel.deployed" for m, _, _ in got)


@pytest.mark.parametrize(
    "line",
    [
        "The same statement lists Kenya with 412 officers.",
        "The commander's statement lists Kenya as the largest contributor with 412 officers in the country.",
    ],
)
def test_a_report_listing_a_country_with_its_count(line: str) -> None:
    assert ("personnel.deployed", "KEN", 412.0) in personnel(MSS + line, "2025-01-04")
