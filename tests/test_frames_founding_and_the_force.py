"""A mission "set up" or "established" in a month is the Council's decision when the record's
resolution of that month founded it; "the force" of an article on an EU force is that force, not
the NATO one it took over from. Sentences written for these tests; each failed before."""

from __future__ import annotations

from missionwatch.nlp import extract


def _claims(text: str, published: str) -> set[tuple[str, str | None, str | None, object]]:
    return {(c.measure, c.mission, c.subject, c.value) for c in extract(text, published, extractor="frames")}


def test_a_mission_set_up_in_its_founding_month_is_the_councils_decision() -> None:
    text = "Sudan\n\nUNITAMS was set up in June 2020 to accompany the transition."
    assert ("council.adopted", "UNITAMS", "2524", "2020-06") in _claims(text, "2023-12-01")


def test_a_renewal_month_is_no_founding() -> None:
    # UNAMI was established in August 2003; a mission "set up" in a month of one of its renewals
    # is not given that renewal's number
    text = "Iraq\n\nUNAMI was set up in May 2024, a diplomat wrote, mistaking the renewal for its start."
    assert not any(m == "council.adopted" for m, _, _, _ in _claims(text, "2024-06-01"))


def test_the_force_is_not_the_one_it_took_over_from() -> None:
    text = (
        "EUFOR Althea explained\n\n"
        "It took over from NATO's Stabilisation Force, SFOR, on 2 December 2004.\n\n"
        "At its launch the force had around 6,500 troops."
    )
    got = _claims(text, "2024-11-01")
    assert any(m == "personnel.deployed" and mi == "EUFOR" and v == 6500 for m, mi, _, v in got)
