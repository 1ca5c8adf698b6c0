"""Numbers that count nothing of a mission's: the host's own police named with its demonym ("the
strength of the Haitian National Police"), a person's family joined to a possessive ("fled with his
wife and five children"), a ratio ("one officer for every 500 citizens"), and people reported
missing, who are not counted as dead."""

from __future__ import annotations

import pytest

from missionwatch.nlp import extract


@pytest.mark.parametrize(
    ("text", "published"),
    [
        pytest.param(
            "The GSF mission supports the police in Haiti. The operational strength of the Haitian "
            "National Police stood at about 9,800 officers.",
            "2025-12-01",
            id="the host's own police",
        ),
        pytest.param(
            "Insurgents attacked the district. Ana Mucavele, 38, a trader who fled Macomia with her "
            "husband and four children, said she would not go back.",
            "2024-06-10",
            id="a person's family after a possessive",
        ),
        pytest.param(
            "The MSS mission in Haiti is small. Hon. Members, we have one police officer for every 600 "
            "citizens in this country.",
            "2024-06-10",
            id="a ratio",
        ),
        pytest.param(
            "Floods hit Libya. The WHO has confirmed 3,800 deaths in Libya; more than 8,000 people are "
            "still reported missing.",
            "2023-09-21",
            id="missing people",
        ),
    ],
)
def test_numbers_that_count_nothing(text: str, published: str) -> None:
    counted = {
        int(c.value)
        for c in extract(text, published)
        if c.measure.startswith("personnel.")
        or c.measure
        in (
            "displaced",
            "killed",
        )
    }
    assert counted <= {3800}
