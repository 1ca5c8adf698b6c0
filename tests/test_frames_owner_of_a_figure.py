"""Whose figure it is, read from structure: the country of the title a person acting is named with
("Kenya's President X pledged 600"), a floating "each" the parse hangs on the list ("A and B each
contribute about 2,000"), a bracketed figure in a list the parse hangs on the wrong country ("Nepal
(427), India (201) and Uruguay (198)"), and a speaker's "we" in a story told from one country."""

from __future__ import annotations

import pytest

from missionwatch.nlp import extract


def _figures(text: str, measure: str, published: str = "2025-06-01") -> set[tuple[str | None, int]]:
    return {(c.subject, int(c.value)) for c in extract(text, published) if c.measure == measure}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chad's President Mahamat Déby pledged 1,000 soldiers to the GSF mission.",
            {("TCD", 1000)},
            id="a possessive country on the title",
        ),
        pytest.param(
            "Salvadoran President Nayib Bukele promised 80 soldiers to the GSF mission.",
            {("SLV", 80)},
            id="a nationality on the title",
        ),
    ],
)
def test_the_country_of_a_titled_person_who_pledges(text: str, expected: set[tuple[str | None, int]]) -> None:
    assert _figures(text, "personnel.pledged") == expected


def test_a_floating_each_hung_on_the_list() -> None:
    text = "The MNJTF has about 9,000 troops. Cameroon and Niger each contribute about 1,900."
    assert {("CMR", 1900), ("NER", 1900)} <= _figures(text, "personnel.deployed")


def test_brackets_in_a_list_belong_to_the_country_before_them() -> None:
    text = (
        "UNDOF has 1,200 troops. In March the three largest contingents remained those of Nepal (427), "
        "India (201) and Uruguay (198), the mission said."
    )
    got = _figures(text, "personnel.deployed")
    assert {("NPL", 427), ("IND", 201), ("URY", 198)} <= got
    assert ("IND", 198) not in got


def test_we_in_a_story_told_from_one_country() -> None:
    text = (
        "Fijian peacekeepers mark 50 years on the Golan\n\n"
        "SUVA — Fiji's soldiers have served with UNDOF since 1975, the commander of the Fijian battalion "
        "said on Monday. The ceasefire line has been quiet for months, he added, and the camps are being "
        'rebuilt. "We have 146 soldiers here at the moment, including nine women," he said.'
    )
    assert ("FJI", 146) in _figures(text, "personnel.deployed", "2025-03-01")


def test_we_counting_a_force_of_many_countries_is_not_one_country() -> None:
    text = (
        "Fijian peacekeepers mark 50 years on the Golan\n\n"
        "SUVA — Fiji's soldiers have served with UNDOF since 1975, the commander of the Fijian "
        'battalion said. "Today we are around 1,200, from Fiji, Nepal, Ghana and Uruguay," he said.'
    )
    assert ("FJI", 1200) not in _figures(text, "personnel.deployed", "2025-03-01")


def test_arrivals_in_a_time_clause_are_the_main_clauses_countrys() -> None:
    text = (
        "NAIROBI — Kenya's contingent in Haiti passed the 800 mark on Sunday after a new batch of 199 "
        "officers landed, the ministry said, a boost for the Kenyan-led mission as it struggles against "
        "gangs in the Caribbean nation."
    )
    assert ("KEN", 199) in _figures(text, "personnel.arrived", "2025-05-06")


def test_the_first_of_two_groups_told_without_its_noun() -> None:
    text = (
        "A second group of 60 Salvadoran soldiers landed in Port-au-Prince on Saturday, a day after the "
        "first 60 arrived, the MSS mission said."
    )
    got = _figures(text, "personnel.arrived", "2025-01-06")
    assert got == {("SLV", 60)}


def test_people_states_promise_are_personnel() -> None:
    text = (
        "The MSS mission is short of officers. About a dozen countries have between them promised some "
        "3,100 people. The UN has promised food to 2,000 people."
    )
    got = {
        (c.measure, int(c.value)) for c in extract(text, "2024-09-30") if c.measure.startswith("personnel.")
    }
    assert got == {("personnel.pledged", 3100)}
