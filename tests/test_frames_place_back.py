""" "The province", "the city" in a toll's clause stand for the last place named before it, in its
sentence or the few before (sentences written for these tests)."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract


def _places(text: str, measure: str) -> list[tuple[str | None, float]]:
    return [(c.subject, float(c.value)) for c in extract(text, "2025-06-10") if c.measure == measure]


def test_the_province_is_the_province_named_before() -> None:
    text = (
        "Mozambique update.\n\nInsurgents raided two districts of Cabo Delgado last month. "
        "About 80,000 people in the province remain displaced, aid groups say."
    )
    assert ("Cabo Delgado", 80000) in _places(text, "displaced")


def test_the_city_in_the_same_sentence() -> None:
    text = (
        "Congo update.\n\nIn Bunia itself, relief workers say some 40,000 people are sheltering in "
        "and around the city after the attacks."
    )
    assert ("Bunia", 40000) in _places(text, "displaced")


def test_a_named_place_in_the_clause_wins() -> None:
    text = (
        "Haiti update.\n\nGangs attacked Mirebalais on Monday. In the Artibonite department, "
        "some 12,000 people fled their homes, the agency said."
    )
    assert [p for p, v in _places(text, "displaced") if v == 12000 and (p or "").startswith("Artibonite")]


def test_the_province_is_the_place_the_text_called_a_province_sentences_before() -> None:
    text = (
        "Mozambique update.\n\nThe EU approved €20 million for Rwandan troops in Cabo Delgado, the "
        "northern Mozambican province where an insurgency began in 2017. Rwanda first sent 1,000 "
        "soldiers in 2021. The force has grown since then. New attacks hit Chiúre in February. "
        "Some 560,000 people were still displaced in the province in September."
    )
    assert ("Cabo Delgado", 560000) in _places(text, "displaced")


def test_a_toll_in_a_story_on_a_force_deployed_in_one_province_is_the_provinces() -> None:
    # the KB gives SAMIM the area it was deployed in (Cabo Delgado), as it gives UNISFA Abyei
    text = (
        "Mozambique update.\n\nThe SADC Mission in Mozambique (SAMIM) ended its mandate on Monday. "
        "The insurgency has killed more than 4,500 people since 2017."
    )
    assert ("Cabo Delgado", 4500) in _places(text, "killed")


def test_a_place_that_is_the_clause_subject_owns_a_toll_hung_on_with() -> None:
    text = (
        "Haiti update.\n\nThe Nippes department stayed the calmest region, with 41 people killed "
        "over the three months."
    )
    assert ("Nippes department", 41) in _places(text, "killed")


def test_a_place_that_is_the_clause_subject_owns_a_toll_it_accounts_for() -> None:
    text = (
        "Haiti update.\n\nThe North-West department came next, accounting for 96 of the killings "
        "recorded in the quarter, most of them near Port-de-Paix."
    )
    assert [p for p, v in _places(text, "killed") if v == 96 and (p or "").startswith("North-West")]


def test_a_country_as_the_clause_subject_is_the_victims_not_the_place() -> None:
    text = (
        "Haiti update.\n\nKenyan officers in Haiti are on their third rotation. "
        "Jamaica has been the hardest hit of the smaller contributors, with two soldiers killed."
    )
    assert ("Jamaica", 2) not in _places(text, "killed")


def test_that_department_stands_for_the_department_named_before() -> None:
    text = (
        "Haiti update.\n\nGangs moved into the Grand'Anse department in the spring. "
        "In that department alone, at least 58 people were killed between April and June."
    )
    assert [p for p, v in _places(text, "killed") if v == 58 and (p or "").startswith("Grand'Anse")]


def test_a_verb_with_its_object_of_shelter_displaces() -> None:
    text = (
        "Haiti update.\n\nIn the Nippes department, some 12,000 people have left their homes. "
        "About 3,500 people sought shelter in schools in Jérémie."
    )
    got = {v for _, v in _places(text, "displaced")}
    assert {12000.0, 3500.0} <= got
