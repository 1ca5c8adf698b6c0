"""A title owned by a pronoun ("its spokesman, X", "Their commander, X,") is the title as stated; the
owner is left to the sentence before (sentences written for these tests)."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract


def _roles(text: str) -> set[tuple[str, str]]:
    return {
        (str(c.subject), str(c.value))
        for c in extract("Story.\n\n" + text, "2025-06-01")
        if c.measure == "role"
    }


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The force now numbers 1,200, according to its spokesman, Daniel Mwiti.",
            ("Daniel Mwiti", "spokesman"),
        ),
        ("Its commander, Colonel Ines Vidal, toured the new base on Monday.", ("Ines Vidal", "commander")),
        (
            "Their deputy commander, Rafael Ortiz, said the rotation was on time.",
            ("Rafael Ortiz", "deputy commander"),
        ),
        (
            "The Controller, Amina Qureshi, warned that cash would run short by October.",
            ("Amina Qureshi", "Controller"),
        ),
    ],
)
def test_a_title_owned_by_a_pronoun_is_the_title_as_stated(text: str, role: tuple[str, str]) -> None:
    assert role in _roles(text)


def test_a_pronoun_owner_before_a_list_of_names_is_no_title() -> None:
    assert not _roles("Kenya sent its best officers, James Mwangi and Paul Otieno, to the capital.")
