"""People, third round: capitalised words that are not persons although a title stands beside
them — the last word of a body's name after an organisation word ("… Security Policy", "Armed
Forces Division"), a place after "in"/"for" before a comma ("In Ouadda, farmer X"), a participle
opening the sentence ("Replying, the Minister said"). Every sentence here is written for these
tests; the people in them are invented. Each test of a change fails on 043643f; the guards pass on
both. An apposition with a calling by its ending (-ist, -er, -ian, -man) or an age before it ("a
52-year-old market vendor") is a role."""

from __future__ import annotations

import pytest

from missionwatch.nlp import people
from missionwatch.nlp.people import extract_people, split_sentences


@pytest.fixture(autouse=True)
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules alone: results must not depend on whether the optional spaCy model is installed."""
    monkeypatch.setattr(people, "model_person_spans", lambda text: [])


def _claims(text: str, measure: str) -> set[tuple[str, str]]:
    return {
        (str(c.subject), str(c.value))
        for c in extract_people(text, split_sentences(text), "2025-06-01")
        if c.measure == measure
    }


def subjects(text: str) -> set[str]:
    return {s for s, _ in _claims(text, "role") | _claims(text, "quote")}


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        (
            "Lorenz Abel, the Commissioner for Trade and Security Policy, said the border would reopen.",
            "Policy",
        ),
        (
            "“We plan a year ahead,” Brigadier Tomas Ekberg, chief of staff of the Joint Support "
            "Division, told the committee.",
            "Division",
        ),
        (
            "The clashes began after the arrest of Omar Fadel, the head of the Border Security "
            "Apparatus, on Monday.",
            "Apparatus",
        ),
    ],
)
def test_the_last_word_of_a_body_s_name_is_no_person(text: str, not_a_person: str) -> None:
    assert not_a_person not in subjects(text)


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        ("In Ouadda, farmer Sami Tidjani said the road had been closed for a week.", "Ouadda"),
        (
            "Trade will grow across the wider Sahel, Trade Minister Aïcha Koné announced on Monday.",
            "Sahel",
        ),
        ("For the Liberals, defence spokesman Owen Fairley said the cost was too high.", "Liberals"),
        ("Replying, the Deputy Minister said the arrears would be paid by June.", "Replying"),
    ],
)
def test_a_place_or_a_participle_before_a_comma_holds_no_title(text: str, not_a_person: str) -> None:
    assert not_a_person not in subjects(text)


def test_the_person_named_after_the_place_keeps_the_title() -> None:
    assert ("Sami Tidjani", "farmer") in _claims(
        "In Ouadda, farmer Sami Tidjani said the road had been closed for a week.", "role"
    )


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # guards (pass on both): a one-word name after a title, after "to", after a rank
        ("“It is done,” President Kagwe said.", ("Kagwe", "President")),
        ("The letter was sent to Mbeki, the envoy, on Friday.", ("Mbeki", "envoy")),
        (
            "Lorenz Abel, the Commissioner for Trade and Security Policy, said the border would reopen.",
            ("Lorenz Abel", "Commissioner for Trade and Security Policy"),
        ),
    ],
)
def test_guards(text: str, role: tuple[str, str]) -> None:
    assert role in _claims(text, "role")


# --- an indefinite apposition after a name: an age read through, a calling by its ending -------------
@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "“The water came at night,” said Odile Mbaye, a 63-year-old fish seller.",
            ("Odile Mbaye", "fish seller"),
        ),
        (
            "Kofi Larbi, a 38-year-old bus driver, said the road was closed again.",
            ("Kofi Larbi", "bus driver"),
        ),
        (
            "Hanna Lindqvist, a seismologist at a Stockholm research centre, said the cuts would bite.",
            ("Hanna Lindqvist", "seismologist at a Stockholm research centre"),
        ),
        (
            "“The pumps have failed twice,” said Tomás Arrieta, a hydraulic engineer with the city utility.",
            ("Tomás Arrieta", "hydraulic engineer with the city utility"),
        ),
        (
            "Salma Idris, a librarian who kept the archive open during the siege, said little had survived.",
            ("Salma Idris", "librarian"),
        ),
    ],
)
def test_an_apposition_with_a_calling_is_a_role(text: str, role: tuple[str, str]) -> None:
    assert role in _claims(text, "role")


@pytest.mark.parametrize(
    "text",
    [
        # guards (pass on both): places and things with the same endings are no callings
        "The convoy stopped at Renk, a border town on the Nile, officials said.",
        "Aid reached Kaga Bandoro, a river port, on Tuesday.",
    ],
)
def test_no_calling_in_a_place_s_apposition(text: str) -> None:
    assert _claims(text, "role") == set()


# --- a relative clause inside the apposition states a post of its own ---------------------------------
@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Ruth Achieng Otieno, an MP who chairs the budget committee, said the money had not arrived.",
            ("Ruth Achieng Otieno", "chairs the budget committee"),
        ),
        (
            "Colonel Bram Visser, the Dutch officer who commands the engineer company, inspected the bridge.",
            ("Bram Visser", "commands the engineer company"),
        ),
        (
            "We spoke to Nomvula Dube, a retired colonel who now lectures in logistics at a Durban college.",
            ("Nomvula Dube", "lectures in logistics at a Durban college"),
        ),
    ],
)
def test_a_post_stated_inside_the_apposition_is_a_role(text: str, role: tuple[str, str]) -> None:
    found = _claims(text, "role")
    assert role in found


def test_a_relative_clause_that_states_no_post_gives_no_role() -> None:
    """Guard (passes on both): "who lives near the market" is no post."""
    found = _claims("Amira Haddad, a pharmacist who lives near the market, said the night was quiet.", "role")
    assert not any(v.startswith("lives") for _, v in found)


def test_kin_is_no_calling() -> None:
    """Guard (passes on both): "a mother of four" names a family, not a post."""
    found = _claims("“We left at night,” said Mireille Paul, a mother of four from Léogâne.", "role")
    assert not any(v.startswith("mother") for _, v in found)
