"""A mandate's length told without a verb of deciding: a first term ("for an initial 12 months",
"Initial mandate: 12 months", "Twelve months at first"), the length of every renewal ("renewed every
six months", "one year at a time") and a force that goes on "for another year"; not a time the
force has been somewhere, nor a stretch of its work (lines written for these tests)."""

from __future__ import annotations

from missionwatch.nlp import extract


def lengths(text: str, published: str = "2025-10-06") -> set[tuple[str | None, int]]:
    return {(c.mission, int(c.value)) for c in extract(text, published) if c.measure == "mandate.duration"}


def test_a_first_term_on_any_verb_is_the_mandates_length() -> None:
    text = (
        "The Security Council voted on Tuesday to replace the Kenyan-led mission with a Gang "
        "Suppression Force (GSF).\n\nThe new force may field up to 5,550 personnel for an initial "
        "twelve months."
    )
    assert ("GSF", 12) in lengths(text)


def test_a_first_term_given_as_a_period_is_the_mandates_length() -> None:
    text = "The Council decided that UNMHA would operate for an initial period of six months."
    assert ("UNMHA", 6) in lengths(text, "2019-01-17")


def test_a_fact_box_line_of_a_first_term() -> None:
    text = "GANG SUPPRESSION FORCE (GSF)\n\n* Ceiling: 5,550 personnel\n\n* Initial term of 12 months."
    assert ("GSF", 12) in lengths(text)


def test_a_renewal_every_six_months() -> None:
    text = "UNDOF watches the ceasefire line on the Golan. The Council renews UNDOF every six months."
    assert ("UNDOF", 6) in lengths(text, "2025-06-27")


def test_a_renewal_one_year_at_a_time() -> None:
    text = "UNFICYP has kept the buffer zone in Cyprus since 1974. It is renewed for one year at a time."
    assert ("UNFICYP", 12) in lengths(text, "2025-01-31")


def test_a_force_that_runs_for_another_year() -> None:
    text = "The Security Council voted on Thursday. UNMISS now runs for another year."
    assert ("UNMISS", 12) in lengths(text, "2025-05-09")


def test_years_a_force_has_been_somewhere_are_no_length() -> None:
    assert lengths("UNMISS has been in South Sudan for 14 years.", "2025-05-09") == set()


def test_a_first_stretch_of_work_is_no_length() -> None:
    text = "In its initial 12 months the Kenyan-led MSS lost two officers."
    assert lengths(text, "2025-06-25") == set()


def test_a_renewal_yearly_without_its_length_is_no_length() -> None:
    assert lengths("The Council renews UNFICYP every January.", "2025-01-31") == set()
