"""Roles in five more shapes found in the held-out sets' misses: a name with two particles, an age
between a name and its copula, a participle that opens a title ("commanding officer"), a
description of a writer by a field ("a maritime security analyst"), and a title that is the subject
of "will be" with the name's service after it. Sentences written for these tests; each failed
before."""

from __future__ import annotations

import pytest

from tests.test_people_generalisation import roles_of, rules_only  # noqa: F401 (rules_only: a fixture)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Council President Maria van der Berg welcomed the decision on Tuesday.",
            ("Maria van der Berg", "Council President"),
            id="two-particles",
        ),
        pytest.param(
            "Major Tevita Lomu, 39, has been commanding officer of the Tongan company since June.",
            ("Tevita Lomu", "commanding officer of the Tongan company"),
            id="age-then-copula",
        ),
        pytest.param(
            "Major Ama Boateng, 41, commanding officer of the engineer company, met the mayor.",
            ("Ama Boateng", "commanding officer of the engineer company"),
            id="participle-opens-title",
        ),
        pytest.param(
            "Ilse Norberg is a maritime security analyst based in Oslo.",
            ("Ilse Norberg", "maritime security analyst"),
            id="field-before-analyst",
        ),
        pytest.param(
            "Force commander will be Rear Admiral Paolo Ferri of the Italian Navy.",
            ("Paolo Ferri", "Force commander"),
            id="will-be-with-service",
        ),
        pytest.param(
            "Maria Lindqvist, the United Kingdom Representative, said the text was weak.",
            ("Maria Lindqvist", "United Kingdom Representative"),
            id="country-of-two-words-in-title",
        ),
        pytest.param(
            "Paul Mbeki, a security consultant in Nairobi, said the budget was thin.",
            ("Paul Mbeki", "security consultant in Nairobi"),
            id="consultant",
        ),
        pytest.param(
            "A petition filed by opposition politician Rose Wanjiru argues the opposite.",
            ("Rose Wanjiru", "opposition politician"),
            id="politician-before-name",
        ),
        pytest.param(
            "Anne Morel, the committee's vice-chair, said the figures did not add up.",
            ("Anne Morel", "committee's vice-chair"),
            id="vice-chair",
        ),
    ],
)
def test_role(text: str, expected: tuple[str, str]) -> None:
    assert expected in roles_of(text)


def test_will_be_without_a_name_gives_no_role() -> None:
    assert not roles_of("The commander said the force will be ready by May.")


def test_an_organisation_after_at_is_no_second_person() -> None:
    text = "Liesel Amrein is country director for Chad at Stiftung Hilfe Sahel."
    assert ("Liesel Amrein", "country director for Chad at Stiftung Hilfe Sahel") in roles_of(text)


def test_two_appositions_joined_by_and_a_are_two_roles() -> None:
    text = (
        "We spoke to Wanjiru Kamau, a retired senior superintendent of the National Police Service "
        "and a former planning officer at the mission headquarters."
    )
    assert {
        ("Wanjiru Kamau", "retired senior superintendent of the National Police Service"),
        ("Wanjiru Kamau", "former planning officer at the mission headquarters"),
    } <= roles_of(text)
