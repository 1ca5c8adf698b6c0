"""A fact box's decision lines ("Renewed: resolution 2751, 30 September 2024"), the authorisation's
end under its own label, police called "civilian police", and money that "has arrived" (lines
written for these tests)."""

from __future__ import annotations

from missionwatch.nlp import extract

HAITI = "The Kenya-led Multinational Security Support (MSS) mission in Haiti is growing.\n\n"
LIBERIA = "The UN Mission in Liberia (UNMIL) is winding down.\n\n"


def claims(text: str, published: str = "2025-01-06", measure: str = "") -> set[tuple[str, str, str]]:
    return {
        (c.measure, str(c.subject), str(c.value))
        for c in extract(text, published)
        if c.measure.startswith(measure)
    }


def test_the_day_after_a_resolution_number_is_no_second_number() -> None:
    line = "Renewed: resolution 2751, 30 September 2024, unanimously"
    got = claims(HAITI + line, measure="council.adopted")
    assert got == {("council.adopted", "2751", "2024-09-30")}


def test_a_day_written_after_the_resolution_dates_its_adoption() -> None:
    line = "Authorised: resolution 2699, 2 October 2023, by 13 votes to none with 2 abstentions"
    got = claims(HAITI + line)
    assert ("council.adopted", "2699", "2023-10-02") in got


def test_a_year_alone_may_still_be_the_number() -> None:
    text = "* UNSMIL (Libya) — Established by resolution 2009 on 16 September 2011, after the war."
    assert ("council.adopted", "2009", "2011-09-16") in claims(text, "2012-01-05")


def test_a_sentence_naming_its_resolution_does_not_borrow_the_next_lines() -> None:
    text = (
        "FACT BOX: Three West African missions\n\nSIERRA LEONE: UNAMSIL\n"
        "\u2022 Established by resolution 1270, adopted on 22 October 1999, with up to 6,000 troops.\n"
        "\u2022 Resolution 1346 of 30 March 2001 raised the ceiling to 17,500 troops."
    )
    got = claims(text, "2004-01-06", "council.adopted")
    assert ("council.adopted", "1270", "1999-10-22") in got
    assert ("council.adopted", "1346", "1999-10-22") not in got


def test_an_authorisation_runs_to_label_gives_the_end() -> None:
    got = claims(HAITI + "Lead nation: Kenya\nAuthorisation runs to: 2 October 2025", measure="mandate")
    assert ("mandate.expiry", "None", "2025-10-02") in got


def test_civilian_police_are_police() -> None:
    got = claims(
        LIBERIA + "Resolution 1509 authorised up to 15,000 soldiers and up to 1,115 civilian police.",
        "2004-01-06",
        "personnel.target",
    )
    assert ("personnel.target", "police", "1115") in got
    assert ("personnel.target", "civilian", "1115") not in got


def test_civilian_staff_stay_civilians() -> None:
    got = claims(LIBERIA + "UNMIL has about 1,000 police officers and 300 civilian staff.", "2004-01-06")
    assert ("personnel.deployed", "civilian", "300") in got


def test_money_that_has_arrived_is_money_paid() -> None:
    line = "Of the $110 million that countries pledged, about $90 million has arrived."
    got = claims(HAITI + line, "2025-08-10")
    assert ("funding.contributed", "None", "90000000") in got


def test_money_expected_to_arrive_is_only_promised() -> None:
    got = claims(HAITI + "The fund expects $40 million to arrive by June.", "2025-08-10", "funding")
    assert ("funding.contributed", "None", "40000000") not in got


def test_people_arriving_with_money_do_not_make_it_paid() -> None:
    got = claims(HAITI + "Some 400 officers arrived, with $5 million in equipment.", "2025-08-10", "funding")
    assert ("funding.contributed", "None", "5000000") not in got


def test_a_place_split_by_a_line_break_is_one_name() -> None:
    text = (
        "The UN mission in the Central African Republic, MINUSCA, reported more attacks.\n\n"
        "Two peacekeepers were killed in attacks by armed elements in Haut-Mbomou\nprefecture."
    )
    assert ("killed", "Haut-Mbomou prefecture", "2") in claims(text, "2025-10-10")


def test_a_label_noun_is_not_what_the_figure_counts() -> None:
    text = HAITI + "FACTS\n\nPeak deployment (March 2025): about 1,000."
    assert ("personnel.deployed", "None", "1000") in claims(text, "2025-05-06")


def test_a_label_of_things_counted_stays_no_figure() -> None:
    assert not claims(HAITI + "Bases: 14, down from 20.", "2025-05-06", "personnel")
