"""A figure's own words win over the frame around it: a compared figure with its own participle, cases
of what the sentence counts, a passive's agent still to come, a sized noun's own modifier, "the
figure" of the sentence before. (The frames' tests run with the claim filter off: conftest.py.)

Every sentence is written for this test (invented places and numbers), none taken from a corpus
article; each family failed on the code before it.
"""

from __future__ import annotations

import pytest

from missionwatch.nlp import extract

PUB = "2025-04-10"


def claims(text: str) -> set[tuple]:
    return {
        (c.measure, c.subject, c.value)
        for c in extract(text, PUB, extractor="frames")
        if c.measure not in ("quote", "role")
    }


def test_a_compared_figure_with_its_own_participle_keeps_its_measure() -> None:
    got = claims(
        "Between 1 March and 31 March 2025, at least 150 people were killed and 60 injured in gang "
        "attacks in Haiti, compared with at least 170 people killed in February."
    )
    assert ("killed", "HTI", 170) in got
    assert ("injured", "HTI", 170) not in got


@pytest.mark.parametrize(
    "text",
    [
        "Kidnappings in Haiti fell to 40 cases in March, from 55 in February.",
        "Kidnappings in Haiti rose to 40 cases in March.",
    ],
)
def test_cases_of_what_the_sentence_counts_are_a_count(text: str) -> None:
    assert any(m == "kidnapped" and v == 40 for m, _, v in claims(text))


def test_cases_of_nothing_counted_are_no_count() -> None:
    assert claims("The court heard 40 cases in March.") == set()


def test_a_passive_agent_still_to_come_is_expected() -> None:
    got = claims(
        "The first 300 Kenyan police officers arrived in Port-au-Prince on Tuesday for the "
        "Multinational Security Support mission. Their contingent is to be joined by police and "
        "soldiers from Ghana, Togo and Malawi."
    )
    assert {("contributor", c, "expected") for c in ("GHA", "TGO", "MWI")} <= got
    assert not {("contributor", c, "deployed") for c in ("GHA", "TGO", "MWI")} & got


def test_a_passive_agent_already_there_is_deployed() -> None:
    got = claims(
        "The Kenyan police contingent of the Multinational Security Support mission has been joined "
        "by soldiers from Ghana and Togo."
    )
    assert {("contributor", "GHA", "deployed"), ("contributor", "TGO", "deployed")} <= got


def test_a_planned_force_brought_to_a_size_is_a_target() -> None:
    got = claims(
        "The first 300 Kenyan police officers arrived in Port-au-Prince on Tuesday for the "
        "Multinational Security Support mission. Police from Ghana and Togo will follow, bringing "
        "the planned force to about 3,000."
    )
    assert ("personnel.target", None, 3000) in got
    assert ("personnel.deployed", None, 3000) not in got


def test_the_figure_of_the_sentence_before_keeps_its_owner() -> None:
    got = claims(
        "Nepal currently has nearly 5,000 peacekeepers serving in twelve UN missions, the army said. "
        "In Lebanon alone the figure is about 870, spread over a battalion and an engineer company."
    )
    assert ("personnel.deployed", "NPL", 870) in got


def test_the_number_of_something_else_is_no_restatement() -> None:
    got = claims(
        "Nepal currently has nearly 5,000 peacekeepers serving in twelve UN missions, the army said. "
        "The number of missions it serves in is twelve."
    )
    assert not any(s == "NPL" and v == 12 for _, s, v in got)


def test_a_count_someone_puts_at_a_number_restates_the_arrival_before() -> None:
    got = claims(
        "About 150 Ghanaian police officers landed in Port-au-Prince on Tuesday, officials said.\n\n"
        "Ghana's police service puts the number at 160.\n\n"
        "The interior ministry said the number was 155."
    )
    assert {("personnel.arrived", "GHA", 160), ("personnel.arrived", "GHA", 155)} <= got
    assert not any(m == "personnel.deployed" for m, _, _ in got)
