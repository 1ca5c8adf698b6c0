"""A "she says" many sentences after the one woman an interview has named is still hers, and so is a
quotation after a sentence she speaks in, or words a verb characterises with ("put it at “…”"); with
two women named, the far pronoun stays unresolved.
Texts written for these tests; the first, third and fourth failed before, the second is a guard."""

from __future__ import annotations

from missionwatch.nlp import extract

INTERVIEW = """"We open roads": a Guatemalan officer on life in the mission

Major Carmen Alvarado is deputy commander of the Guatemalan contingent serving with the \
Multinational Security Support mission in Haiti. We spoke to her by video link from the mission's base.

How many of you are there now?
"We are 150," she says. The first group arrived in January. The second came later.

What do you actually do?
Mostly escorts and checkpoints. The roads north of the capital are the worst.

What is the hardest part?
"The children," she says, after a pause.

Does she expect to come home soon?
Her rotation ends in July. The next group is training. "We came to open roads, not to hold them \
forever," she says.
"""


def _quotes(text: str) -> dict[str, str | None]:
    return {
        str(c.value): c.subject
        for c in extract(text, "2025-02-20", extractor="frames")
        if c.measure == "quote"
    }


def test_a_far_she_is_the_one_woman_the_interview_named() -> None:
    quotes = _quotes(INTERVIEW)
    assert quotes.get("We came to open roads, not to hold them forever,") == "Carmen Alvarado"
    assert quotes.get("The children,") == "Carmen Alvarado"


def test_a_far_she_with_two_women_named_is_nobody() -> None:
    text = INTERVIEW.replace(
        "We spoke to her by video link from the mission's base.",
        "We spoke to her and to her deputy, Captain Ana Morales, by video link.",
    )
    assert "We came to open roads, not to hold them forever," not in _quotes(text)


def test_a_quotation_after_a_sentence_a_pronoun_said_is_the_pronouns_person() -> None:
    text = (
        "Interview\n\nMajor Carmen Alvarado commands the Guatemalan contingent. We spoke to her by "
        "video link.\n\nWhat do you actually do?\nMostly escorts and checkpoints along the main "
        'roads, she explains, usually with Kenyan units in the lead. "We are not the front line. '
        'The Haitian police are."\n'
    )
    assert _quotes(text).get("We are not the front line. The Haitian police are.") == "Carmen Alvarado"


def test_a_quotation_a_verb_characterises_something_with_is_its_subjects() -> None:
    text = (
        'Cost\n\nOne Secretariat official put the likely bill at "well under $40 million," to be '
        "met from the regular budget. Major Carmen Alvarado declines to comment on funding, which "
        'she calls "a matter for capitals."'
    )
    quotes = _quotes(text)
    assert quotes.get("well under $40 million,") == "One Secretariat official"
    assert quotes.get("a matter for capitals.") == "Carmen Alvarado"
