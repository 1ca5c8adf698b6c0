"""Whose figure it is. Where a toll happened is the most specific place the text gives: a town
before the province it lies in, a side of a country ("southern Lebanon"), never the country a victim
came from. A bare figure in a parliament's story on its own contingent is that country's. A strength
the record gives the mission before or after the one in the story is that mission's."""

from __future__ import annotations

import pytest

from missionwatch.nlp import extract


def _places(text: str, measure: str = "killed", published: str = "2025-06-01") -> set[str | None]:
    return {c.subject for c in extract(text, published) if c.measure == measure}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Three peacekeepers were killed on Monday when gunmen attacked the mission's camp at Kalemie, "
            "in the troubled Tanganyika province.",
            "Kalemie",
        ),
        (
            "On 9 May a roadside bomb hit a patrol near Bossembele, in Ombella-M'Poko prefecture, killing "
            "two peacekeepers and injuring five others.",
            "Bossembele",
        ),
        (
            "Four soldiers were killed on 2 March 2024 when protesters stormed the base at Beni, North Kivu.",
            "Beni",
        ),
    ],
)
def test_a_town_is_more_specific_than_the_region_it_lies_in(text: str, place: str) -> None:
    assert _places(text) == {place}


def test_a_side_of_a_country_is_the_place() -> None:
    assert _places("Air strikes killed 40 people in southern Lebanon on Monday.") == {"southern Lebanon"}
    assert _places("Armed groups killed more than 2,000 people in the central Sahel in 2023.") == {
        "central Sahel"
    }


def test_the_country_a_victim_came_from_is_not_where_he_fell() -> None:
    text = (
        "The UN force in Abyei, UNISFA, counted the dead. Thirty people were killed, among them a "
        "peacekeeper from Nepal, and 20 others were injured."
    )
    assert _places(text) == {"Abyei"}
    assert _places(text, "injured") == {"Abyei"}


def test_a_place_told_before_a_semicolon_holds_for_the_clause_after_it() -> None:
    text = (
        "Last May protesters clashed with KFOR troops in Leposavic; the force said 25 of its soldiers "
        "had been injured."
    )
    assert _places(text, "injured") == {"Leposavic"}


def test_a_place_after_a_semicolon_belongs_to_the_next_clause() -> None:
    text = (
        "The IOM counted 900,000 displaced people at the end of 2024; new displacements in the Nippes "
        "department are expected to push the total higher."
    )
    assert _places(text, "displaced", "2025-02-01") == {"HTI"}


def test_a_building_is_less_specific_than_the_city_it_stands_in() -> None:
    text = "In 2003 a truck bomb at the Grand Hotel in Jalalabad killed 17 people."
    assert _places(text) == {"Jalalabad"}


def test_a_bare_figure_in_a_parliament_story_is_its_own_contingent() -> None:
    text = (
        "BERLIN, June 12 - The Bundestag on Thursday extended the German mandate for UNIFIL by a year. "
        "About 160 were serving with the force at the start of June, most of them aboard a corvette."
    )
    assert {c.subject for c in extract(text, "2025-06-12") if c.measure == "personnel.deployed"} == {"DEU"}


def test_a_force_s_own_figure_stays_the_force_s() -> None:
    text = (
        "NAIROBI, March 20 - MPs approved the deployment of more officers. The GSF is authorised at up to "
        "5,550 personnel but had about 1,050 in Haiti at the start of March, according to the force."
    )
    deployed = [c for c in extract(text, "2026-03-20") if c.measure == "personnel.deployed"]
    assert [(c.subject, c.value) for c in deployed] == [(None, 1050)]


def test_who_told_the_committee_did_not_send_the_officers() -> None:
    text = (
        "NAIROBI - The Interior Cabinet Secretary, Jane Mwangi, told the committee that a fresh batch of "
        "180 officers had landed in Port-au-Prince on Monday."
    )
    arrived = [c for c in extract(text, "2026-01-14") if c.measure == "personnel.arrived"]
    assert [(c.subject, c.value) for c in arrived] == [("KEN", 180)]


def test_a_strength_the_record_gives_the_predecessor_is_the_predecessor_s() -> None:
    text = (
        "The Gang Suppression Force took over on Thursday. It was designed for 2,500 personnel but never "
        "came close, and the new force may field up to 5,550."
    )
    targets = {(c.mission, c.value) for c in extract(text, "2025-10-03") if c.measure == "personnel.target"}
    assert targets == {("MSS", 2500), ("GSF", 5550)}


def test_a_part_of_a_sum_is_given_by_who_gave_the_sum() -> None:
    text = (
        "The Gang Suppression Force is short of money. Britain says it has spent more than $400 million "
        "on equipment for the force, but only $12 million of that was paid into the trust fund itself."
    )
    paid = {(c.subject, c.value) for c in extract(text, "2026-02-01") if c.measure == "funding.contributed"}
    assert paid == {("GBR", 400_000_000), ("GBR", 12_000_000)}


def test_an_it_that_pays_is_who_pledged_before() -> None:
    text = (
        "OSLO - In March 2024 the government pledged US$40 million to the UN trust fund that pays for the "
        "mission, and "
        "by May of that year it had deposited US$6.5 million."
    )
    paid = [(c.subject, c.value) for c in extract(text, "2024-09-01") if c.measure == "funding.contributed"]
    assert paid == [("NOR", 6_500_000)]


def test_a_named_resolution_was_adopted_on_the_record_s_day() -> None:
    text = (
        "The joint force in Darfur, UNAMID, closed on 31 December 2020 under resolution 2559, adopted nine "
        "days earlier."
    )
    adopted = [(c.subject, c.value) for c in extract(text, "2023-12-02") if c.measure == "council.adopted"]
    assert adopted == [("2559", "2020-12-22")]
    month = "BINUH was created by resolution 2476, adopted in June 2019, and opened in October of that year."
    adopted = [(c.subject, c.value) for c in extract(month, "2025-01-01") if c.measure == "council.adopted"]
    assert [s for s, _ in adopted] == ["2476"] and adopted[0][1].startswith("2019-06")


def test_we_in_a_parliament_s_record_is_its_country() -> None:
    text = (
        "OTTAWA - House of Commons, Oral Questions. Ms. Jane Roe (Ottawa Centre): Mr. Speaker, in February "
        "2024 this government pledged $70 million to the UN trust fund for the mission. We have "
        "contributed US$52 million to that fund."
    )
    paid = [(c.subject, c.value) for c in extract(text, "2026-01-20") if c.measure == "funding.contributed"]
    assert paid == [("CAN", 52_000_000)]
