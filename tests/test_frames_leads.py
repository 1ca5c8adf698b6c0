"""Who leads a mission, read off the clause (frames/leads.py): a country, its people or, as a
passive's agent, an officer of its nationality that leads, heads or commands a force or took over
its command — not talks, the Council's work or a person's post (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract


def _leads(text: str, published: str = "2025-06-01") -> set[tuple[str | None, str | None]]:
    return {(c.mission, c.subject) for c in extract(text, published) if c.measure == "mission.lead"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UNFICYP patrols the buffer zone. It has been commanded by Argentina since 2023.",
            ("UNFICYP", "ARG"),
        ),
        (
            "EUFOR Althea is in Bosnia. EUFOR, which is commanded by an Austrian general, has 1,100 troops.",
            ("EUFOR", "AUT"),
        ),
        ("Irini patrols off Libya. Italy commands it from Rome.", ("IRINI", "ITA")),
        (
            "ECOMIG is in The Gambia. Senegal, which provides most soldiers, leads the mission.",
            ("ECOMIG", "SEN"),
        ),
        ("The MSS is in Haiti. The Kenyans head the mission and carry most of the load.", ("MSS", "KEN")),
        ("SAMIDRC is in Congo. The mission is led by South Africa.", ("SAMIDRC", "ZAF")),
        ("KFOR is in Kosovo. Italy took over command in October 2023.", ("KFOR", "ITA")),
        (
            "The GSF replaced the MSS in October. Kenya, which led that mission, kept its officers.",
            ("MSS", "KEN"),
        ),
    ],
)
def test_a_country_leads(text: str, expected: tuple[str, str]) -> None:
    assert expected in _leads(text)


@pytest.mark.parametrize(
    "text",
    [
        "MONUSCO is in Congo. France, which leads the Council's work on Congo, spoke first.",
        "The MSS is in Haiti. Kenya did not lead the talks on the new force.",
        "The MSS is in Haiti. Godfrey Otunge, the Kenyan police commander who will lead the mission, spoke.",
    ],
)
def test_no_lead(text: str) -> None:
    assert not _leads(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rwanda agreed to lead the force.",
        "By its terms, the Council welcomed the offer of Rwanda to lead the mission, which is no UN force.",
        "Rwanda's offer to lead the mission was welcomed in New York.",
        "The representative of Rwanda, speaking as the lead nation, said more troops would come.",
        "- RWANDA: the lead nation.",
    ],
)
def test_a_country_that_agrees_offers_or_is_called_lead_nation_leads(sentence: str) -> None:
    assert ("MSS", "RWA") in _leads("The Haiti mission (MSS).\n\n" + sentence, "2024-06-01")


def test_a_country_that_declines_to_lead_does_not() -> None:
    assert not _leads("The Haiti mission (MSS).\n\nCanada declined to lead the force.", "2024-06-01")
