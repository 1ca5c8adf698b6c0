"""Countries listed with a group that says what they are: the group heads the list ("Troop-contributing
countries, A, B and C, have …"), stands beside it ("Governments with troops in the force, among them
A and B, …"), counts them ("are among the countries that have offered personnel") or owns their
ships ("the task force has ships from A and B"). A list the parse starts as an apposition ("A, the
Bahamas, B and C") is one list."""

from __future__ import annotations

from missionwatch.nlp import extract


def _statuses(text: str, published: str = "2025-06-01") -> set[tuple[str | None, object]]:
    return {(c.subject, c.value) for c in extract(text, published) if c.measure == "contributor"}


def test_a_group_noun_heading_the_list() -> None:
    text = (
        "AUSSOM is short of money. Troop-contributing countries, Egypt, Ethiopia and Djibouti, have "
        "carried the cost for months."
    )
    assert _statuses(text) == {("EGY", "deployed"), ("ETH", "deployed"), ("DJI", "deployed")}


def test_among_them_belongs_to_the_group_beside_it() -> None:
    text = (
        "UNIFIL's headquarters was hit again. Governments with troops in the force, among them Ghana, "
        "Malaysia and Nepal, protested to Israel."
    )
    assert _statuses(text) == {("GHA", "deployed"), ("MYS", "deployed"), ("NPL", "deployed")}


def test_ships_a_force_has_come_from_its_contributors() -> None:
    text = "UNIFIL keeps a naval arm. Its maritime task force has ships from Brazil, Greece and Germany."
    assert _statuses(text) == {("BRA", "deployed"), ("GRC", "deployed"), ("DEU", "deployed")}


def test_ships_of_no_force_make_no_contributor() -> None:
    assert _statuses("UNIFIL reported the strike. Drones from Iran hit the port on Monday.") == set()


def test_counted_among_those_who_said_or_offered() -> None:
    said = (
        "The MSS is short of people. Guyana, the Bahamas, Barbados and Benin are among the countries that "
        "have said they would send personnel later."
    )
    assert _statuses(said) == {
        ("GUY", "expected"),
        ("BHS", "expected"),
        ("BRB", "expected"),
        ("BEN", "expected"),
    }
    offered = (
        "The MSS is short of people. Chad and Bangladesh are among the other countries that have offered "
        "personnel."
    )
    assert _statuses(offered) == {("TCD", "pledged"), ("BGD", "pledged")}


def test_those_who_will_have_to_pull_out_are_there_now() -> None:
    text = (
        "MINUSMA is closing. Togo, Guinea and Niger are among the countries that will have to pull out "
        "personnel and equipment before the end of the year."
    )
    assert _statuses(text) == {("TGO", "deployed"), ("GIN", "deployed"), ("NER", "deployed")}


def test_people_from_a_list_already_serving_are_deployed() -> None:
    text = (
        "The MSS is growing. Fresh Bahamian police will join about 260 personnel from Guyana, Jamaica and "
        "Belize already serving with the mission."
    )
    assert _statuses(text) == {("GUY", "deployed"), ("JAM", "deployed"), ("BLZ", "deployed")}


def test_a_promise_told_in_a_relative_clause_is_a_pledge() -> None:
    text = (
        "AUSSOM is short of troops. Burundi, which has promised to send troops, is still negotiating the "
        "terms of its arrival."
    )
    assert _statuses(text) == {("BDI", "pledged")}
