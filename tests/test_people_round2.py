"""People, second round: ranks the rank list lacked, a bracketed arm of service after a rank, a
title phrase that opens the sentence before the name, appointment and service verbs, names after a
list marker, and first-person quotes in interviews and transcripts. Every sentence here is written
for these tests; the people in them are invented. Each test of a change fails on 3cde5cb; the guards
(no arm of service without a rank, "has been" with no title, one office with "and" in its name, a
single word after a list marker, a name after a plain "and", an envoy for a country) pass on both."""

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


def roles(text: str) -> set[tuple[str, str]]:
    return _claims(text, "role")


def quotes(text: str) -> set[tuple[str, str]]:
    return _claims(text, "quote")


# --- ranks ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The inquiry heard that Private Tomás Ruane was wounded near the gate.", ("Tomás Ruane", "Private")),
        ("Constable Wanjiru Kamau said the convoy left at dawn.", ("Wanjiru Kamau", "Constable")),
        ("Commandant Orla Ní Shé, a former logistics officer, gave evidence.", ("Orla Ní Shé", "Commandant")),
        ("Lt Col Peter Ochola told the press that the battalion was ready.", ("Peter Ochola", "Lt Col")),
        ("Brig Gen Ruth Nakato inspected the new barracks on Friday.", ("Ruth Nakato", "Brig Gen")),
        ("Leading Seaman Dion Forbes said the crossing was rough.", ("Dion Forbes", "Leading Seaman")),
        (
            "Inspector-General of Police Ruth Wekesa said the transfer was complete.",
            ("Ruth Wekesa", "Inspector-General of Police"),
        ),
    ],
)
def test_a_rank_before_a_name_is_a_role(text: str, role: tuple[str, str]) -> None:
    assert role in roles(text)


def test_an_arm_of_service_after_a_rank_keeps_the_name_and_its_titles() -> None:
    found = roles("Head of the engineer company, Major (Eng) Rudi Hartono, said the bridge would hold.")
    assert ("Rudi Hartono", "Head of the engineer company") in found
    assert any(name == "Rudi Hartono" and title.startswith("Major") for name, title in found)


def test_a_bracketed_acronym_is_not_taken_for_an_arm_of_service() -> None:
    # "(Ret)" after no rank word is left as it is; the name keeps no rank from it
    assert not any(t.startswith("(") for _, t in roles("The analyst (Ret) Joan Miles said so."))


def test_a_title_phrase_opening_the_sentence_before_an_honorific_and_name() -> None:
    text = (
        "Deputy Minister for Territorial Affairs at the Interior Ministry, Dr Hanne Lindqvist, told "
        "the committee that the mission would end in June."
    )
    title = "Deputy Minister for Territorial Affairs at the Interior Ministry"
    assert ("Hanne Lindqvist", title) in roles(text)
    text = "Parliamentary Under-Secretary at the Foreign Office, Dr Imre Takács, replied for the government."
    assert ("Imre Takács", "Parliamentary Under-Secretary at the Foreign Office") in roles(text)


# --- appointment and service verbs ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Lena Marsh has been named the Special Envoy for the Great Lakes region.",
            ("Lena Marsh", "Special Envoy for the Great Lakes region"),
        ),
        (
            "Tomas Brandt has been the Secretary-General's Special Representative for Liberia since 2021.",
            ("Tomas Brandt", "Secretary-General's Special Representative for Liberia"),
        ),
        (
            "Major Ama Owusu now serves as the battalion's operations officer.",
            ("Ama Owusu", "battalion's operations officer"),
        ),
        (
            "One of them, Colonel Rhys Dale of the Barbados Defence Force, now serves as the force's "
            "chief of staff.",
            ("Rhys Dale", "force's chief of staff"),
        ),
        (
            "Leading the unit is Amos Kiprop, a senior police officer who has been named the mission's "
            "force commander.",
            ("Amos Kiprop", "mission's force commander"),
        ),
        (
            "Ines Harlow, a Chilean diplomat, has been the head of the verification office since 2020.",
            ("Ines Harlow", "head of the verification office"),
        ),
        (
            "Tariq Lund, a former police adviser, is a senior fellow at the Oslo Forum for Security.",
            ("Tariq Lund", "senior fellow at the Oslo Forum for Security"),
        ),
        (
            "Ruth Okafor is a senior fellow at the Lagos Policy Centre and served as a legal adviser "
            "with UNAMID.",
            ("Ruth Okafor", "legal adviser with UNAMID"),
        ),
    ],
)
def test_a_verb_of_appointment_or_service_states_a_role(text: str, role: tuple[str, str]) -> None:
    assert role in roles(text)


def test_has_been_with_no_title_after_it_states_no_role() -> None:
    assert roles("Lena Marsh has been a vocal critic of the drawdown.") == set()


def test_a_since_adjunct_is_no_part_of_the_title() -> None:
    found = roles("Tomas Brandt has been the head of the mission since 2021.")
    assert found == {("Tomas Brandt", "head of the mission")}


# --- two offices joined by "and" ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Council was briefed by Oona Varga, Special Representative of the Secretary-General and "
            "head of UNOCA.",
            {
                ("Oona Varga", "Special Representative of the Secretary-General"),
                ("Oona Varga", "head of UNOCA"),
            },
        ),
        (
            "Marcel Duroc is a Haitian lawyer and former adviser to the national ombudsman.",
            {
                ("Marcel Duroc", "Haitian lawyer"),
                ("Marcel Duroc", "former adviser to the national ombudsman"),
            },
        ),
    ],
)
def test_two_offices_joined_by_and_are_two_roles(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= roles(text)


def test_one_office_with_and_in_its_name_stays_one_role() -> None:
    found = roles("Jane Morrow, Minister of Defence and Veterans Affairs, spoke first.")
    assert found == {("Jane Morrow", "Minister of Defence and Veterans Affairs")}


# --- names after a list marker or a joined clause ---------------------------------------------------
def test_a_name_after_a_list_marker_opens_its_clause() -> None:
    text = (
        "* WHO LEADS - Petra Lindahl is the Force Commander of the mission; Omar Sy heads the "
        "political office."
    )
    found = roles(text)
    assert ("Petra Lindahl", "Force Commander of the mission") in found
    assert ("Omar Sy", "heads the political office") in found


def test_a_single_capitalised_word_after_a_list_marker_is_no_name() -> None:
    assert roles("Facts\n\n- Mandate runs to 31 January 2026.\n- Strength: 3,800.") == set()


def test_a_name_after_comma_and_opens_its_clause() -> None:
    text = "Petra Lindahl is the Force Commander, and Omar Said Farah heads the political office."
    assert ("Omar Said Farah", "heads the political office") in roles(text)


def test_a_name_after_a_plain_and_does_not_open_a_clause() -> None:
    assert roles("The report was written by Ana Ruiz and Jack Holm is the chair of the panel.") == set()


def test_a_bracketed_cast_list_is_not_a_headline() -> None:
    text = "Episode 4\n\n[Speakers: host Dana Field; guest Professor Kobus Marais.]\n\nFIELD: Welcome back."
    assert ("Kobus Marais", "Professor") in roles(text)


# --- quotes: delegations and first-person speakers -------------------------------------------------
def test_the_speaker_for_a_country_is_that_delegation() -> None:
    text = (
        "The speaker for the Russian Federation said the text \u201cignores the host country\u201d. "
        "\u201cWe abstained for that reason,\u201d he said."
    )
    assert quotes(text) == {
        ("Russian Federation", "ignores the host country"),
        ("Russian Federation", "We abstained for that reason,"),
    }


def test_an_envoy_for_a_country_is_not_its_delegation() -> None:
    text = "The UN special envoy for Liberia said the plan was \u201cworking\u201d."
    assert not any(s == "Liberia" for s, _ in quotes(text))


def test_first_person_quote_in_a_transcript_is_the_label_speaker() -> None:
    text = (
        "Interview\n\nWe spoke to Superintendent Dana Ricketts-Moore, who led the detachment.\n\n"
        "Q: What did you ask for?\n\n"
        "RICKETTS-MOORE: \u201cBoats before banners\u201d \u2014 I said that to the visiting ministers."
    )
    assert ("Dana Ricketts-Moore", "Boats before banners") in quotes(text)


def test_first_person_quote_in_a_prose_interview_is_the_interviewee() -> None:
    text = (
        "Profile\n\nMajor Kalinda Mwape, 41, commands the engineer company. She spoke to us by phone.\n\n"
        "What do you tell your soldiers?\n\n"
        "\u201cA road is only open while we hold it,\u201d I tell every new platoon."
    )
    assert quotes(text) == {("Kalinda Mwape", "A road is only open while we hold it,")}


def test_unattributed_quote_in_a_labelled_paragraph_is_the_label_speaker() -> None:
    text = (
        "Episode 4\n\n[Speakers: host Dana Field; guest Professor Kobus Marais.]\n\n"
        "KOBUS MARAIS: Without air support, \u201cyou are an observer mission with rifles.\u201d"
    )
    assert ("Kobus Marais", "you are an observer mission with rifles.") in quotes(text)


def test_first_person_answer_is_the_person_spoken_to_not_the_reporter() -> None:
    text = (
        "Interview\n\nThe Courier's Ana Lind spoke to Colonel Samuel Wekesa, deputy commander of the "
        "force.\n\n"
        "Q: What do you tell them?\nA: \u201cNo patrol without water,\u201d I tell them."
    )
    assert quotes(text) == {("Samuel Wekesa", "No patrol without water,")}


def test_first_person_quote_in_an_opinion_piece_with_an_author_note_is_its_author() -> None:
    text = (
        "Opinion: boats\n\nBy Marta Solberg\n\nThe mission is short of boats. As I told the committee, "
        "\u201cHulls first.\u201d\n\nThe writer is a senior fellow at the Oslo Maritime Institute."
    )
    assert quotes(text) == {("Marta Solberg", "Hulls first.")}
