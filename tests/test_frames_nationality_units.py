"""A nationality on a unit only a peace operation has ("a Bangladeshi battalion", "the Nepalese
contingent", "Indonesian peacekeepers") names a country in the force; a nationality on soldiers who
may be a party's ("Israeli soldiers"), the host's own units, and peacekeepers told killed or sent
home (golds count the toll or the return) name none (lines written for these tests)."""

from __future__ import annotations

from missionwatch.nlp import extract


def contributors(text: str, published: str = "2025-03-10") -> set[tuple[str | None, str | None]]:
    return {(c.mission, c.subject) for c in extract(text, published) if c.measure == "contributor"}


def test_a_battalion_guarding_a_site() -> None:
    text = "Displaced families shelter near a MONUSCO base in Ituri guarded by a Bangladeshi battalion."
    assert ("MONUSCO", "BGD") in contributors(text)


def test_peacekeepers_on_patrol() -> None:
    text = "Indonesian peacekeepers of UNIFIL patrol the coast road south of Tyre every night."
    assert ("UNIFIL", "IDN") in contributors(text)


def test_a_contingent_holding_a_position() -> None:
    assert ("UNIFIL", "NPL") in contributors(
        "The UNIFIL position near Naqoura is held by the Nepalese contingent."
    )


def test_a_partys_soldiers_are_no_contributor() -> None:
    assert contributors("Israeli soldiers fired near a UNIFIL position on Tuesday.") == set()


def test_the_hosts_own_battalion_is_no_contributor() -> None:
    assert ("MSS", "HTI") not in contributors("A Haitian police battalion joined the MSS patrol in Delmas.")


def test_peacekeepers_killed_are_a_toll_not_a_contributor() -> None:
    text = "Two Chinese peacekeepers of UNMISS were killed when their armoured vehicle was hit."
    assert ("UNMISS", "CHN") not in contributors(text)


def test_a_battalion_sent_home_is_no_contributor() -> None:
    assert ("UNISFA", "IND") not in contributors(
        "The Indian battalion of UNISFA was repatriated in September."
    )
