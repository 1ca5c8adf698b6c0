"""A fact box's label line ("Head of mission: Hanna Tetteh, Special Representative of the
Secretary-General, since February 2025") is mostly capitals and has no full stop, as a headline;
its label names an office, so its capitals are a name and its titles (lines written for this test)."""

from __future__ import annotations

import pytest

from missionwatch.nlp import extract


def _roles(text: str) -> set[tuple[str, str]]:
    return {
        (str(c.subject), str(c.value)) for c in extract(text, published="2025-06-01") if c.measure == "role"
    }


@pytest.mark.parametrize(
    ("line", "name", "titles"),
    [
        (
            "Head of mission: Hanna Tetteh, Special Representative of the Secretary-General, since "
            "February 2025",
            "Hanna Tetteh",
            {"Head of mission", "Special Representative of the Secretary-General"},
        ),
        (
            "- Head of mission: Deborah Lyons, Special Representative of the Secretary-General",
            "Deborah Lyons",
            {"Head of mission", "Special Representative of the Secretary-General"},
        ),
        (
            "* Force Commander: Kwame Mensah-Boateng, a Ghanaian Major General",
            "Kwame Mensah-Boateng",
            {"Force Commander"},
        ),
    ],
)
def test_a_label_line_names_an_office_and_its_holder(line: str, name: str, titles: set[str]) -> None:
    roles = _roles(f"FACTBOX-UNSMIL at a glance\n\nMandate: a political mission in Libya.\n{line}\n")
    assert {(name, t) for t in titles} <= roles, roles


def test_a_title_case_headline_with_a_place_before_its_colon_is_still_a_headline() -> None:
    roles = _roles(
        "Haiti: Ruto Says Kenyan Police Will Stay Another Year\n\nThe president spoke on Monday.\n"
    )
    assert not any(name.startswith(("Ruto Says", "Kenyan Police")) for name, _ in roles), roles
