"""People whose home is a camp or a displacement site are displaced; a toll in a capital is the
city's, not the government's. Sentences written for these tests; each failed before."""

from __future__ import annotations

from missionwatch.nlp import extract


def _claims(text: str) -> set[tuple[str, str | None, object]]:
    return {(c.measure, c.subject, c.value) for c in extract(text, "2024-05-01", extractor="frames")}


def test_people_living_in_camps_are_displaced() -> None:
    text = "Chad update\n\nAbout 410,000 people still live in camps in eastern Chad, the agency said."
    assert any(m == "displaced" and v == 410000 for m, _, v in _claims(text))


def test_people_living_in_a_site_are_displaced_there() -> None:
    text = (
        "Ituri update\n\nIn Komanda, where about 6,200 people are living in a makeshift site, water is low."
    )
    assert ("displaced", "Komanda", 6200) in _claims(text)


def test_troops_living_in_a_camp_are_not_displaced() -> None:
    text = "Mali update\n\nAbout 900 soldiers live in the camp at Gao, the mission said."
    assert not any(m == "displaced" for m, _, _ in _claims(text))


def test_a_toll_in_a_capital_is_the_citys() -> None:
    text = "Afghanistan\n\nA car bomb at the Palm Hotel in Kabul on 3 March killed 14 people."
    assert ("killed", "Kabul", 14) in _claims(text)
