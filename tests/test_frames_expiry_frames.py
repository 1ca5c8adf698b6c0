"""Mandate ends in two more frames: an organisation's ministers extending an operation (not a
country's own decision on its contingent), and a decision telling a closing mission to be done by a
day."""

from __future__ import annotations

from missionwatch.nlp import extract


def _expiries(text: str, published: str) -> list[tuple[str | None, object]]:
    return [(c.mission, c.value) for c in extract(text, published) if c.measure == "mandate.expiry"]


def test_an_organisations_ministers_extend_an_operation() -> None:
    assert _expiries(
        "EU ministers have extended the EUFOR operation until 15 November 2027.", "2026-11-02"
    ) == [("EUFOR", "2027-11-15")]


def test_a_countrys_own_body_extends_only_its_contingent() -> None:
    assert (
        _expiries(
            "Kenya's parliament voted to extend the deployment of its officers in the GSF until June 2027.",
            "2026-11-02",
        )
        == []
    )


def test_a_decision_tells_a_closing_mission_to_be_done_by_a_day() -> None:
    got = _expiries(
        "The Council unanimously adopted resolution 2690, ending the mandate of MINUSMA and asking the "
        "mission to complete its withdrawal by 31 December 2023.",
        "2023-07-01",
    )
    assert got == [("MINUSMA", "2023-12-31")]


def test_a_plan_to_finish_something_by_a_day_ends_no_mandate() -> None:
    assert (
        _expiries("UNMISS hopes to finish its road patrols by 31 March, a spokesman said.", "2026-02-01")
        == []
    )


def test_a_mandate_due_to_lapse_at_midnight_ran_to_the_day_of_its_renewal() -> None:
    for text in (
        "The Security Council on Thursday extended UNFICYP for a year. The mandate had been due to lapse at "
        "midnight.",
        "The Council renewed UNAMA on Thursday. The previous mandate was due to lapse at midnight on "
        "Thursday.",
    ):
        expiry = [c.value for c in extract(text, "2025-03-13") if c.measure == "mandate.expiry"]
        assert expiry == ["2025-03-13"], text


def test_a_day_in_an_aside_on_the_authorisation_is_no_owner_of_it() -> None:
    text = (
        "The Council renewed the MSS. It decided that the authorization, first granted in resolution 2699 "
        "(2023) of 2 October 2023, would now run until 2 October 2025."
    )
    expiry = [(c.mission, c.value) for c in extract(text, "2024-09-30") if c.measure == "mandate.expiry"]
    assert expiry == [("MSS", "2025-10-02")]


def test_an_authorisation_that_ran_until_a_day_ran_until_the_last_one_before_publication() -> None:
    text = "The GSF took over last year. The old mission's authorisation ran until 2 October."
    expiry = [c.value for c in extract(text, "2026-01-20") if c.measure == "mandate.expiry"]
    assert expiry == ["2025-10-02"]


def test_a_day_given_to_leave_by_beside_an_end_on_its_own_day() -> None:
    # the mandate ends the day the act names; the later day is the one the mission is given to leave by
    assert _expiries(
        "The text, numbered 2594, ends the mandate of UNAMID on Thursday and gives it until 30 June to "
        "pull out its remaining staff.",
        "2021-01-01",
    ) == [("UNAMID", "2020-12-31")]
    assert _expiries(
        "On 4 December 2023 the Council adopted resolution 2715, which terminated the mission's mandate "
        "that same day and gave it until 29 February 2024 to hand over its tasks, said UNITAMS.",
        "2023-12-05",
    ) == [("UNITAMS", "2023-12-04")]


def test_a_day_given_to_leave_by_alone_is_the_end() -> None:
    assert _expiries(
        "Resolution 2715 terminated the mandate of UNITAMS and gave the mission until 29 February 2024 "
        "to leave Sudan.",
        "2023-12-05",
    ) == [("UNITAMS", "2024-02-29")]


def test_a_mandate_under_a_numbered_resolution_is_that_resolutions_missions() -> None:
    # the KB files resolution 2756 (31 October 2024) under MINURSO and 2759 under MINUSCA
    text = (
        "FACTBOX: Mandates at a glance\n\nThe Council renewed UNMISS on 8 May 2025 by resolution 2779.\n\n"
        "- Mandate until 31 October 2025 under resolution 2756.\n"
        "- Mandate until 15 November 2025 under resolution 2759."
    )
    got = _expiries(text, "2025-06-10")
    assert ("MINURSO", "2025-10-31") in got
    assert ("MINUSCA", "2025-11-15") in got


def test_a_mandate_told_after_another_mission_is_named_is_that_missions() -> None:
    # a decision on one mission, then an explainer's paragraph on another mission
    text = (
        "Explainer.\n\nOn 30 September 2025 the Security Council adopted resolution 2793, creating the "
        "Gang Suppression Force. The UN political office, BINUH, stays in Haiti beside it. "
        "Its current mandate runs until 31 January 2026."
    )
    claims = [c for c in extract(text, "2025-10-10") if c.measure == "mandate.expiry"]
    assert [(c.mission, c.value, c.as_of) for c in claims] == [("BINUH", "2026-01-31", "2025-10-10")]
