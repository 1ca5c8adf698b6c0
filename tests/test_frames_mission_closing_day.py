"""The day a mission itself ends is its mandate's end: a mission that shuts down, closes or stops
operating on a day, and a decision to end a mission (not only its mandate) on a day. Sentences
written for these tests; each failed before."""

from __future__ import annotations

from missionwatch.nlp import extract


def _expiries(text: str, published: str) -> set[tuple[str | None, object]]:
    return {
        (c.mission, c.value)
        for c in extract(text, published, extractor="frames")
        if c.measure == "mandate.expiry"
    }


def test_a_mission_that_shuts_down_on_a_day_ends_then() -> None:
    text = "Iraq\n\nAfter two decades, the UN Assistance Mission for Iraq (UNAMI) shuts down on December 31."
    assert ("UNAMI", "2025-12-31") in _expiries(text, "2025-11-01")


def test_a_mission_that_stopped_operating_on_a_day_ended_then() -> None:
    text = "Darfur\n\nUNAMID stopped operating on December 31 after thirteen years in Darfur."
    assert ("UNAMID", "2020-12-31") in _expiries(text, "2021-01-15")


def test_a_vote_to_end_a_mission_on_a_day_ends_it_that_day() -> None:
    text = (
        "Council ends Sudan office\n\nUNITED NATIONS, Dec 1 (Wire) — The Security Council voted on "
        "Friday to end the UN Integrated Transition Assistance Mission in Sudan (UNITAMS) on Sunday, "
        "December 3."
    )
    assert ("UNITAMS", "2023-12-03") in _expiries(text, "2023-12-01")


def test_a_visit_that_ends_on_a_day_is_no_mandate() -> None:
    text = "Talks\n\nThe envoy's visit to UNAMI ends on Friday, and its staff will then brief the Council."
    assert not _expiries(text, "2025-03-03")


def test_a_country_ending_its_own_deployment_is_no_mandate() -> None:
    text = "Kenya\n\nThe government decided to end the deployment of its police on 30 June."
    assert not _expiries(text, "2025-03-03")


def test_a_vote_to_end_a_mission_at_the_end_of_the_month_looks_ahead() -> None:
    text = (
        "Darfur\n\nUNITED NATIONS, Dec 23 (Wire) — The Security Council voted unanimously on "
        "Tuesday to end UNAMID in Darfur on Dec. 31, after 13 years."
    )
    assert ("UNAMID", "2020-12-31") in _expiries(text, "2020-12-23")


def test_how_far_it_now_runs_after_a_renewal_is_the_mandates_end() -> None:
    text = (
        "Council renews Mali mission\n\nUNITED NATIONS, June 29 (Wire) — The Security Council on "
        "Friday renewed the mandate of MINUSMA for another year. It now runs until 30 June 2020."
    )
    assert ("MINUSMA", "2020-06-30") in _expiries(text, "2019-06-29")


def test_how_far_talks_run_after_a_renewal_is_no_mandate() -> None:
    text = (
        "Council renews Mali mission\n\nUNITED NATIONS, June 29 (Wire) — The Security Council on "
        "Friday renewed the mandate of MINUSMA for another year. The talks in Algiers continue "
        "until 3 July."
    )
    assert not any(v == "2019-07-03" for _, v in _expiries(text, "2019-06-29"))
