"""Roles: a second post after "and a" with a founding or honorary modifier, a title set off before a
name in the second of two coordinated appositions, and no role from the verb of the clause after a
name set off by commas. Sentences written for these tests; each failed before."""

from __future__ import annotations

from missionwatch.nlp import extract


def _roles(text: str) -> set[tuple[str, str]]:
    return {
        (c.subject, c.value) for c in extract(text, "2025-06-01", extractor="frames") if c.measure == "role"
    }


def test_a_founding_member_is_a_second_post() -> None:
    text = (
        "Opinion\n\nGrace Achieng is a lawyer in Mombasa and a founding member of a network of "
        "Kenyan women's groups."
    )
    roles = _roles(text)
    assert ("Grace Achieng", "lawyer in Mombasa") in roles
    assert ("Grace Achieng", "founding member of a network of Kenyan women's groups") in roles


def test_the_second_of_two_apposed_titles_names_its_holder() -> None:
    text = (
        "Talks\n\nThe meeting was attended by the Interior Cabinet Secretary, Kithure Kindiki, and "
        "the Inspector-General of Police, Mr. Japhet Koome."
    )
    roles = _roles(text)
    assert ("Kithure Kindiki", "Interior Cabinet Secretary") in roles
    assert ("Japhet Koome", "Inspector-General of Police") in roles


def test_the_verb_after_a_name_set_off_by_commas_is_no_post() -> None:
    text = (
        "Ships\n\nAn Italian officer, Rear Admiral Marco Bellini, commands the ships at sea as force "
        "commander."
    )
    roles = _roles(text)
    assert ("Marco Bellini", "Italian officer") in roles
    assert not any(v.startswith("commands") for _, v in roles)
