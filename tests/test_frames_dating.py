"""The day a figure holds: a sum needed for a period takes the period's last day (the UN peacekeeping
year ends on 30 June, an appeal's or a political mission's year on 31 December); a report's
paragraph, a landing, a renewal and a quarter date the figures told with them."""

from __future__ import annotations

import pytest

from missionwatch.nlp import extract
from missionwatch.nlp.frames import periods


def _required(text: str, published: str) -> dict[float, str | None]:
    return {c.value: c.as_of for c in extract(text, published) if c.measure == "funding.required"}  # type: ignore[misc]


def test_a_year_that_began_on_1_july_ends_the_next_30_june() -> None:
    got = _required(
        "Member states agreed on Tuesday a peacekeeping budget of $5.2 billion for the twelve months "
        "that began on 1 July, ending weeks of talks.",
        "2026-07-08",
    )
    assert got == {5_200_000_000: "2027-06-30"}


def test_allocations_told_later_keep_the_budget_year() -> None:
    got = _required(
        "Delegates approved a peacekeeping budget of $5.2 billion for the year that began on July 1. "
        "The mission in South Sudan, UNMISS, receives $1.1 billion, and UNFICYP in Cyprus was given "
        "some $55 million.",
        "2026-07-08",
    )
    assert got == {5_200_000_000: "2027-06-30", 1_100_000_000: "2027-06-30", 55_000_000: "2027-06-30"}


def test_the_previous_years_sum_is_dated_a_year_earlier() -> None:
    got = _required(
        "MINUSCA's budget for the year ending 30 June 2027 is $1.02 billion, down from $1.09 billion "
        "the year before.",
        "2026-07-08",
    )
    assert got == {1_020_000_000: "2027-06-30", 1_090_000_000: "2026-06-30"}


@pytest.mark.parametrize(
    "text",
    [
        "The 2027 humanitarian response plan for Haiti seeks $910 million.",
        "Aid agencies on Monday launched an appeal for 2027 that asks donors for $910 million.",
        "This year's humanitarian appeal asks for $910 million and is barely funded.",
    ],
)
def test_an_appeal_is_dated_by_the_end_of_its_year(text: str) -> None:
    assert _required(text, "2027-03-02") == {910_000_000: "2027-12-31"}


def test_an_appeal_for_next_year() -> None:
    got = _required(
        "The UN asked donors on Wednesday for $910 million to fund humanitarian work in Haiti next year.",
        "2026-12-16",
    )
    assert got == {910_000_000: "2027-12-31"}


def test_this_year_is_the_budget_year_of_a_peacekeeping_operation() -> None:
    """MINUSCA runs on the 1 July year; UNAMI, a political mission, on the calendar year."""
    assert _required("MINUSCA's budget for this year is about $1.1 billion.", "2026-11-10") == {
        1_100_000_000: "2027-06-30"
    }
    assert _required("UNAMI's budget for this year is about $90 million.", "2026-11-10") == {
        90_000_000: "2026-12-31"
    }


def test_a_split_year_beside_a_peacekeeping_budget() -> None:
    found = periods.periods(
        "The 2026-27 peacekeeping budget totals $5.2 billion.", "2026-07-08", fiscal=False
    )
    assert [p.end for p in found] == ["2027-06-30"]


def test_a_sum_with_no_period_keeps_its_date() -> None:
    got = _required("The new base will cost $12 million, the engineers said on Monday.", "2026-07-08")
    assert all(v != "2026-12-31" and not (v or "").endswith("-06-30") for v in got.values())


def _deployed(text: str, published: str) -> dict[float, str | None]:
    return {c.value: c.as_of for c in extract(text, published) if c.measure == "personnel.deployed"}  # type: ignore[misc]


def test_a_report_paragraph_dates_its_next_sentences_by_its_opening_day() -> None:
    text = (
        "IV. Composition of the Force\n\n"
        "21. As at 15 April 2026, UNDOF comprised 1,150 troops, against an authorized strength of "
        "1,250.\n\n22. Contingents were provided by Fiji (140), Nepal (420) and Uruguay (205).\n\n"
        "V. Support\n\n"
        "23. Some 90 troops of the reserve company remain in Camp Faouar."
    )
    got = _deployed(text, "2026-06-01")
    # the next numbered paragraph of the same part is dated by the opening day; a new part is not
    assert got[1150] == got[140] == got[420] == got[205] == "2026-04-15"
    assert got.get(90) != "2026-04-15"


def test_a_total_made_by_a_landing_takes_its_day() -> None:
    assert _deployed(
        "A third flight carrying Salvadoran soldiers landed Sunday morning in the capital, bringing to "
        "96 the number of Salvadorans serving with the force.",
        "2026-03-03",
    ) == {96: "2026-03-01"}
    got = _deployed(
        "Another 180 Kenyan officers landed in Port-au-Prince on Tuesday. That brought the force to "
        "1,240 personnel, a spokesman said.",
        "2026-03-05",
    )
    assert got == {1240: "2026-03-03"}


def test_a_ceiling_a_renewal_keeps_holds_until_the_new_expiry() -> None:
    claims = extract(
        "The Security Council on Thursday extended the mandate of UNISFA until 15 November 2027. "
        "The text keeps the ceilings at 3,250 troops and 640 police.",
        "2026-11-13",
    )
    ceilings = {c.value: c.as_of for c in claims if c.measure == "personnel.target"}
    assert ceilings == {3250: "2027-11-15", 640: "2027-11-15"}


def test_a_status_in_a_report_paragraph_takes_its_opening_day() -> None:
    claims = extract(
        "VII. Mission deployment\n\n"
        "45. As at 30 September 2026, the uniformed strength of MINUSCA stood at 14,020 military "
        "personnel. The Mission's mandate expires on 15 November 2026. Rwanda, Bangladesh and "
        "Pakistan were the largest contributors of troops.",
        "2026-10-20",
    )
    statuses = {c.subject: c.as_of for c in claims if c.measure == "contributor"}
    assert statuses == {"RWA": "2026-09-30", "BGD": "2026-09-30", "PAK": "2026-09-30"}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("In the first quarter, at least 1,210 people were killed in Haiti, BINUH said.", "2026-03-31"),
        ("In the previous quarter, at least 1,210 people had been killed in Haiti.", "2026-03-31"),
        ("At least 1,210 people were killed in Haiti in January-March, BINUH reported.", "2026-03-31"),
        ("It follows a first quarter in which 1,210 people were killed in Haiti.", "2026-03-31"),
        ("BINUH counted 1,400 killings in Haiti in the second quarter of this year.", "2026-06-30"),
        ("The toll fell from the previous quarter, when 1,210 people were killed in Haiti.", "2026-03-31"),
    ],
)
def test_a_quarter_dates_a_toll_by_its_last_day(text: str, day: str) -> None:
    assert {c.value: c.as_of for c in extract(text, "2026-07-29") if c.measure == "killed"} in (
        {1210: day},
        {1400: day},
    )


def test_the_day_of_the_source_a_figure_is_taken_from() -> None:
    claims = extract(
        "More than 1.5 million people are displaced in Haiti, according to the IOM's August count.",
        "2026-10-02",
    )
    assert [(c.value, c.as_of) for c in claims if c.measure == "displaced"] == [(1_500_000, "2026-08")]


def test_a_strength_at_a_missions_edge_takes_the_day_the_kb_records() -> None:
    """ATMIS ended on 31 December 2024; KFOR began on 12 June 1999 (both in the KB)."""
    got = _deployed(
        "Kenya now has 3,300 troops in AUSSOM, down from about 3,600 at the close of ATMIS.", "2025-04-01"
    )
    assert got == {3300: "2025-04-01", 3600: "2024-12-31"}
    got = _deployed("KFOR has 4,600 soldiers, far below the 50,000 at the start of KFOR.", "2025-04-01")
    assert got == {4600: "2025-04-01", 50000: "1999-06-12"}
    got = _deployed("Djibouti, which had some 1,500 soldiers under ATMIS, stays in AUSSOM.", "2025-04-01")
    assert got == {1500: "2024-12-31"}


def test_pledges_listed_after_a_conference_take_its_day() -> None:
    claims = extract(
        "Donors met at a pledging conference for the Haiti trust fund in Madrid on Thursday.\n\n"
        "New pledges:\n- Norway: $20 million\n- Japan: $15 million\n",
        "2026-05-09",
    )
    assert {c.value: c.as_of for c in claims if c.measure == "funding.pledged"} == {
        20_000_000: "2026-05-07",
        15_000_000: "2026-05-07",
    }


@pytest.mark.parametrize(
    "text",
    [
        "The authorized strength of UNDOF remains 1,250 troops.",
        "UNDOF counts 1,100 soldiers, short of the 1,250 the Council allows.",
        "Under the new text UNDOF may reach 1,250 troops.",
    ],
)
def test_an_allowed_strength_is_a_ceiling(text: str) -> None:
    got = [(c.value, c.qualifier) for c in extract(text, "2026-06-10") if c.measure == "personnel.target"]
    assert got == [(1250, "at_most")]


@pytest.mark.parametrize(
    "text",
    [
        "According to a tally released by the force on Sunday, it now counts 1,210 personnel in the GSF.",
        "The GSF said in a statement on Sunday that its strength stood at 1,210 personnel.",
    ],
)
def test_a_tally_or_statement_dates_the_strength_it_gives(text: str) -> None:
    assert _deployed(text, "2026-03-03") == {1210: "2026-03-01"}


def test_a_strength_when_the_vote_came_is_the_votes() -> None:
    text = (
        "The Security Council adopted resolution 2899 on Monday, 2 March 2026, renewing the GSF. "
        "When the vote came, the force had roughly 1,210 personnel in the country."
    )
    assert _deployed(text, "2026-03-09") == {1210: "2026-03-02"}


def test_a_ceiling_told_with_the_mandate_end_holds_until_it() -> None:
    claims = extract(
        "The current mandate of UNMISS, which runs to 30 April, allows up to 16,000 troops.", "2027-03-20"
    )
    assert [(c.value, c.as_of) for c in claims if c.measure == "personnel.target"] == [(16000, "2027-04-30")]
