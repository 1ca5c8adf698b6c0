"""Countries named without a figure take part in a force through grammar the verb of sending does
not cover: a part noun over the people ("the bulk of the forces"), a copula that only places them
("are there too"), a list after a colon that names the group before it, a list that goes on from
the one before it ("…, then A and B"), a verb left out after a comma ("A has sent 150 soldiers, B a
small team") and a "with" phrase that ranks them among the largest contingents (sentences written
for these tests)."""

from __future__ import annotations

import pytest
from frames_claims import statuses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UNMISS guards the site at Bentiu. Nepal, Mongolia and Ghana continued to provide the "
            "bulk of the troops there.",
            {("UNMISS", "NPL", "deployed"), ("UNMISS", "MNG", "deployed"), ("UNMISS", "GHA", "deployed")},
        ),
        (
            "MONUSCO is drawing down. Uruguay and Morocco supply the majority of its soldiers.",
            {("MONUSCO", "URY", "deployed"), ("MONUSCO", "MAR", "deployed")},
        ),
        (
            "The Multinational Security Support mission is short of vehicles. Belize and Jamaica are "
            "there too.",
            {("MSS", "BLZ", "deployed"), ("MSS", "JAM", "deployed")},
        ),
        (
            "UNMISS protects civilians in Malakal. Rwanda and Mongolia are also on the ground.",
            {("UNMISS", "RWA", "deployed"), ("UNMISS", "MNG", "deployed")},
        ),
        (
            "UNMISS opened a new base in 2024. Its soldiers came from the same four countries that "
            "had served there for years: India, Nepal, Rwanda and Mongolia.",
            {
                ("UNMISS", "IND", "deployed"),
                ("UNMISS", "NPL", "deployed"),
                ("UNMISS", "RWA", "deployed"),
                ("UNMISS", "MNG", "deployed"),
            },
        ),
        (
            "UNDOF patrols the area of separation. The troop contributors are the same six as last "
            "year: Fiji, India, Nepal, Uruguay, Ghana and Bhutan.",
            {
                ("UNDOF", "FJI", "deployed"),
                ("UNDOF", "IND", "deployed"),
                ("UNDOF", "NPL", "deployed"),
                ("UNDOF", "URY", "deployed"),
                ("UNDOF", "GHA", "deployed"),
                ("UNDOF", "BTN", "deployed"),
            },
        ),
        (
            "UNFICYP patrols the buffer zone. Argentina and Slovakia have the largest contingents, "
            "then Hungary, Austria and Serbia.",
            {
                ("UNFICYP", "ARG", "deployed"),
                ("UNFICYP", "SVK", "deployed"),
                ("UNFICYP", "HUN", "deployed"),
                ("UNFICYP", "AUT", "deployed"),
                ("UNFICYP", "SRB", "deployed"),
            },
        ),
        (
            "The Multinational Security Support mission is short of money. Jamaica has sent 24 "
            "soldiers, Belize a small team.",
            {("MSS", "BLZ", "deployed")},
        ),
        (
            "UNIFIL patrols south of the Litani. About 10,000 peacekeepers serve with it, drawn from "
            "some 45 countries, with Spain, Malaysia and Ghana among the largest contingents.",
            {("UNIFIL", "ESP", "deployed"), ("UNIFIL", "MYS", "deployed"), ("UNIFIL", "GHA", "deployed")},
        ),
        (
            "FACTBOX-Missions\n\nUNIFIL (LEBANON)\n- Strength: about 10,000 peacekeepers from some 48 "
            "countries; France, Malaysia, India, Ghana and Spain are among the largest contributors.\n",
            {("UNIFIL", "ESP", "deployed"), ("UNIFIL", "MYS", "deployed"), ("UNIFIL", "GHA", "deployed")},
        ),
    ],
)
def test_countries_take_part_through_grammar(text: str, expected: set[tuple[str | None, str, str]]) -> None:
    assert expected <= statuses(text)


@pytest.mark.parametrize(
    "text",
    [
        # a part of what is given that is not people
        "UNMISS guards the site at Bentiu. Japan and Norway continued to provide the bulk of the equipment.",
        # a copula with more to say, or a question, places no one in the force
        "The Multinational Security Support mission is short of vehicles. Is Belize there too?",
        "The Multinational Security Support mission is short of vehicles. Belize was there to observe.",
        "The Multinational Security Support mission is short of vehicles. Belize is not there yet.",
        # a colon after a clause that names no group of countries
        "UNMISS opened a new base in 2024. The minister gave one reason for the delay: India.",
        # "then" after a list with no status of its own
        "The Council met on Monday. Ambassadors spoke for Norway and Japan, then France and Brazil.",
        # a country after a comma that is no subject left out
        "The Multinational Security Support mission is short of money. Kenya sent 400 officers in June, "
        "Nairobi said.",
    ],
)
def test_no_status_where_the_grammar_gives_none(text: str) -> None:
    got = statuses(text)
    assert not {st for st in got if st[1] in {"JPN", "NOR", "BLZ", "IND", "FRA", "BRA"}}, got
