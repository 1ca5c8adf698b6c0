"""A transcript's answer read in its question's frame: the asker's label before "How many …?" ("Q:",
"HOST:"), an answer whose count names its people ("Twenty-eight marines"), and only the answer's first
count (lines written for these tests)."""

from __future__ import annotations

from missionwatch.nlp import extract

INTRO = (
    "Interview: the commander of the contingent\n\n"
    "Colonel Ama Whyte commanded the detachment with the Multinational Security Support mission in Haiti.\n\n"
)


def counts(text: str, published: str = "2025-03-01") -> set[tuple[str, str | None, str]]:
    return {
        (c.measure, c.subject, str(c.value))
        for c in extract(INTRO + text, published)
        if c.measure.startswith("personnel.") or c.measure == "displaced"
    }


def test_a_question_after_the_askers_label() -> None:
    got = counts("Q: How many Jamaicans are in Haiti today?\nWHYTE: Twenty-four.")
    assert ("personnel.deployed", "JAM", "24") in got


def test_a_host_asks_how_many_are_displaced() -> None:
    got = counts("HOST: How many people are displaced now?\n\nGUEST: About 1.4 million.")
    assert ("displaced", "HTI", "1400000") in got


def test_an_answer_that_names_its_people() -> None:
    got = counts("How many Bahamians are with the mission today?\n\nA: Twenty-eight marines.")
    assert ("personnel.deployed", "BHS", "28") in got


def test_an_answer_whose_people_are_of_another_country_keep_it() -> None:
    got = counts("Q: How many troops are in Haiti?\nA: Twenty-eight Bahamian marines.")
    assert ("personnel.deployed", "BHS", "28") in got


def test_only_the_answers_first_count() -> None:
    got = counts(
        "Q: How many Jamaicans are in Haiti?\nA: Twenty-four, she said: 20 soldiers and four police."
    )
    assert ("personnel.deployed", "JAM", "24") in got
    assert not any(value == "20" and subject == "JAM" for _, subject, value in got)


def test_an_answer_counting_things_is_no_answer() -> None:
    got = counts("Q: How many Jamaicans are in Haiti?\nA: Three bases, all near the airport.")
    assert not any(value == "3" for _, _, value in got)


def test_an_answers_turn_mark_is_no_word_of_it() -> None:
    got = extract(
        "The African Union's new mission in Somalia, AUSSOM, takes over in January.\n\n"
        "Q: Who will stay?\n\nA: Uganda, Kenya, Ethiopia and Djibouti are expected to stay on.",
        "2024-12-20",
    )
    expected = {(c.subject, str(c.value)) for c in got if c.measure == "contributor"}
    assert {("KEN", "expected"), ("ETH", "expected"), ("DJI", "expected")} <= expected
