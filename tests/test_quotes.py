"""Quotations and their speakers: marks, masking and every attribution shape we rely on.

The sample sentences are written for these tests; the people are real office holders named in
public reporting on the missions, the words given to them are ours.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from missionwatch.nlp import people
from missionwatch.nlp.people import extract_people, split_sentences
from missionwatch.nlp.quotes import acronyms, find_quotes, mask


@pytest.fixture(autouse=True)
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules alone: results must not depend on whether the optional spaCy model is installed."""
    monkeypatch.setattr(people, "model_person_spans", lambda text: [])


def quotes_of(text: str) -> list[tuple[str, str]]:
    claims = extract_people(text, split_sentences(text))
    return [(c.subject or "", str(c.value)) for c in claims if c.measure == "quote"]


# --- marks ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “we will stay” and left.", ["we will stay"]),
        ('He said "we will stay" and "we will win."', ["we will stay", "we will win."]),
        ("“They told us ‘go home’ twice,” she said.", ["They told us ‘go home’ twice,"]),
        ("\"They told us 'go home' twice,\" she said.", ["They told us 'go home' twice,"]),
        ("‘We are ready,’ the minister said.", ["We are ready,"]),
        ("Haiti’s police and the officers’ families were told.", []),
        ("“First part.\n\n“Second part.”", ["First part.", "Second part."]),
        ('"First part.\n\n"Second part."', ["First part.", "Second part."]),
        ("A height of 5'10\" is not a quote.", []),
        ("“  ”", []),
    ],
)
def test_find_quotes(text: str, expected: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotes(text)] == expected


def test_unclosed_quote_runs_to_paragraph_end() -> None:
    text = "“We will not leave.\n\n“Not before the job is done,” he said."
    first, second = find_quotes(text)
    assert first.close is None and text[first.start : first.end] == "We will not leave."
    assert second.close is not None and second.para == first.para + 1


def test_mask_keeps_offsets_and_final_stop() -> None:
    text = "Ruto said: “We are ready. Haiti is not alone.” Then he left."
    masked = mask(text, find_quotes(text))
    assert len(masked) == len(text)
    assert "Haiti" not in masked and "Ruto said" in masked
    assert masked.index("” Then") == text.index("” Then")
    assert "." in masked[text.index("“") : text.index("”")]


# --- attribution ------------------------------------------------------------------------------------

ATTRIBUTIONS = [
    pytest.param(
        "Kenyan President William Ruto spoke in Nairobi. “We are ready,” he said.",
        [("William Ruto", "We are ready,")],
        id="trailing-pronoun",
    ),
    pytest.param(
        "“The mission needs helicopters,” said Godfrey Otunge, the MSS force commander.",
        [("Godfrey Otunge", "The mission needs helicopters,")],
        id="said-name-apposition",
    ),
    pytest.param(
        "“Funding is short,” Volker Türk, the U.N. high commissioner for human rights, said on Friday.",
        [("Volker Türk", "Funding is short,")],
        id="name-apposition-said",
    ),
    pytest.param(
        "According to Monica Juma, the national security adviser, the fund holds “enough for six months.”",
        [("Monica Juma", "enough for six months.")],
        id="according-to",
    ),
    pytest.param(
        "Interior Minister Kithure Kindiki said: “No officer leaves without equipment.”",
        [("Kithure Kindiki", "No officer leaves without equipment.")],
        id="colon-introduction",
    ),
    pytest.param(
        "Interior Minister Kithure Kindiki addressed the committee and "
        "said:\n\n“No officer leaves without equipment.”",
        [("Kithure Kindiki", "No officer leaves without equipment.")],
        id="colon-ends-paragraph",
    ),
    pytest.param(
        "President William Ruto met Haitian Prime Minister Garry "
        "Conille. “Haiti will be safe,” Ruto told reporters.",
        [("William Ruto", "Haiti will be safe,")],
        id="surname-told-reporters",
    ),
    pytest.param(
        "Monica Juma, the national security adviser, posted on X. “The mission continues,” Juma wrote.",
        [("Monica Juma", "The mission continues,")],
        id="wrote",
    ),
    pytest.param(
        "U.S. Ambassador to the U.N. Linda Thomas-Greenfield spoke after the vote. The ambassador added that "
        "the renewal was “a message to the gangs.”",
        [("Linda Thomas-Greenfield", "a message to the gangs.")],
        id="title-reference",
    ),
    pytest.param(
        "Kenyan President William Ruto said he was “deeply grateful” for the support, but that the mission "
        "was “hindered by insufficient funding.”",
        [("William Ruto", "deeply grateful"), ("William Ruto", "hindered by insufficient funding.")],
        id="two-partial-quotes",
    ),
    pytest.param(
        "Linda Thomas-Greenfield spoke in New York. “The world stands "
        "with you,” she said. “More must be done.”",
        [
            ("Linda Thomas-Greenfield", "The world stands with you,"),
            ("Linda Thomas-Greenfield", "More must be done."),
        ],
        id="second-quote-same-paragraph",
    ),
    pytest.param(
        "Nicholas Haysom met Rebecca Nyandeng de Mabior at the airport. “It was frank,” she said.",
        [("Rebecca Nyandeng de Mabior", "It was frank,")],
        id="pronoun-gender-skips-first-person",
    ),
    pytest.param(
        "Conille, standing beside Ruto, praised the police response. "
        "“Within hours the town was safe,” he said.",
        [("Conille", "Within hours the town was safe,")],
        id="pronoun-prefers-subject",
    ),
    pytest.param(
        "Mr. Haysom and Ms. Keita spoke to the press. “We need more troops,” she said.",
        [("Keita", "We need more troops,")],
        id="honorific-gender",
    ),
    pytest.param(
        "“The first group is ready.\n\n“The second leaves in May,” the "
        "Bahamas Defence Force said in a statement.",
        [
            ("Bahamas Defence Force", "The first group is ready."),
            ("Bahamas Defence Force", "The second leaves in May,"),
        ],
        id="multi-paragraph-attribution-after",
    ),
    pytest.param(
        "“We have not been paid,” said Mohamed El-Amine Souef, the head of AUSSOM. “That cannot go on.\n\n"
        "“Donors must act.”",
        [
            ("Mohamed El-Amine Souef", "We have not been paid,"),
            ("Mohamed El-Amine Souef", "That cannot go on."),
            ("Mohamed El-Amine Souef", "Donors must act."),
        ],
        id="multi-paragraph-continuation",
    ),
    pytest.param(
        "The Jamaica Defence Force said in a statement on Monday that "
        "troops had landed. “All are safe,” it said.",
        [("Jamaica Defence Force", "All are safe,")],
        id="organisation-it-said",
    ),
    pytest.param(
        "“The gangs are regrouping,” a senior UN official said.",
        [("a senior UN official", "The gangs are regrouping,")],
        id="unnamed-official",
    ),
    pytest.param(
        "The Haitian people “cannot wait any longer,” Panama added.",
        [("Panama", "cannot wait any longer,")],
        id="country-speaker",
    ),
    pytest.param(
        "Jennifer Locetta, the US deputy envoy, hailed the decision, calling it “a decisive step.”",
        [("Jennifer Locetta", "a decisive step.")],
        id="participle-calling",
    ),
    pytest.param(
        "The coalition known as Viv Ansanm (“Living Together”) "
        "controls the roads. The so-called “Kenyan model” "
        "is studied elsewhere.",
        [],
        id="scare-quotes-have-no-speaker",
    ),
    pytest.param(
        "Ruto told lawmakers the plan still stood.\n\n“We are ready to go.”",
        [("Ruto", "We are ready to go.")],
        id="previous-paragraph-speech-verb",
    ),
    pytest.param(
        "The Jamaica Defence Force said troops had landed. “All are safe,” the statement said.",
        [("Jamaica Defence Force", "All are safe,")],
        id="the-statement-said",
    ),
    pytest.param(
        "“We are afraid,” Residents said. Police said the gang had fled.",
        [("Residents", "We are afraid,")],
        id="plural-noun-speaker-is-not-a-person",
    ),
    pytest.param(
        "“The mission stays,” said the head of BINUH, María Isabel Salvador, in a statement.",
        [("María Isabel Salvador", "The mission stays,")],
        id="said-title-apposition-name",
    ),
    pytest.param(
        "“The officers are safe,” Ruto’s spokesperson, Hussein Mohamed, said.",
        [("Hussein Mohamed", "The officers are safe,")],
        id="title-comma-name-comma-said",
    ),
    pytest.param(
        "The statement quoted Ruto as saying: “Kenya keeps its word.”",
        [("Ruto", "Kenya keeps its word.")],
        id="quoted-as-saying",
    ),
    pytest.param(
        "The force commander, Lt. Gen. Ahmed Musa, told reporters the mission was “on track.”",
        [("Ahmed Musa", "on track.")],
        id="apposed-title-then-rank",
    ),
    pytest.param(
        "“We are ready,” said Ruto. “So are we,” said Conille.",
        [("Ruto", "We are ready,"), ("Conille", "So are we,")],
        id="two-speakers-one-paragraph",
    ),
    pytest.param(
        "Foreign Minister Samuel Otieno told reporters: “We cannot do more with less” "
        "Defence Minister Jean-Claude Farah told reporters: “The next months decide it.”",
        [
            ("Samuel Otieno", "We cannot do more with less"),
            ("Jean-Claude Farah", "The next months decide it."),
        ],
        id="colon-introduction-beats-a-following-attribution",
    ),
    pytest.param(
        "“The gangs are not beaten,” said UN Special Representative for the Democratic Republic of the Congo "
        "Grace Mbeki.",
        [("Grace Mbeki", "The gangs are not beaten,")],
        id="said-long-title-name",
    ),
    pytest.param(
        "Haiti mission “will go on,” says Juma\n\nNational Security Advisor Monica Juma said the mission "
        "“will go on.” Later she repeated that it “will go on.”",
        [("Monica Juma", "will go on.")],
        id="headline-and-repeats-are-one-claim",
    ),
    pytest.param(
        "Linda Thomas-Greenfield spoke first. She met President William Ruto later, "
        "calling the talks “very useful.”",
        [("Linda Thomas-Greenfield", "very useful.")],
        id="participle-subject-is-a-pronoun",
    ),
    pytest.param(
        "Gang leader Jimmy “Barbecue” Chérizier said in a video that his men were “ready to fight.”",
        [("Jimmy Chérizier", "ready to fight.")],
        id="nickname-is-not-a-quote",
    ),
    pytest.param(
        "Interior Minister Kithure Kindiki spoke in Nairobi. “We are ready,” he was quoted as saying by "
        "local media.",
        [("Kithure Kindiki", "We are ready,")],
        id="trailing-quoted-as-saying",
    ),
    pytest.param(
        "“The fund is empty,” Reuters reported, citing two officials.",
        [],
        id="news-agency-is-not-the-speaker",
    ),
    pytest.param(
        "Christian Aid said the camps were full. “We need water,” she said.",
        [],
        id="organisation-with-a-given-name-is-not-a-person",
    ),
    pytest.param(
        "Chad offered troops that were “ready to deploy,” according to two people familiar with the talks.",
        [("two people", "ready to deploy,")],
        id="according-to-unnamed-sources",
    ),
    pytest.param(
        "Salvador, who briefed the Council by video, said the gangs were “better armed than ever.” "
        "The envoy added that “time is running out.”",
        [("Salvador", "better armed than ever."), ("Salvador", "time is running out.")],
        id="title-nobody-holds-names-the-subject",
    ),
    pytest.param(
        "Interior Minister Kithure Kindiki spoke first. Ruto said the talks went well. "
        "“We are ready,” the minister said.",
        [("Kithure Kindiki", "We are ready,")],
        id="title-reference-skips-a-nearer-person",
    ),
    pytest.param(
        "“We are ready,” Ruto said.\n\n“The town is safe.” “The police held,” said Garry Conille.",
        [
            ("Ruto", "We are ready,"),
            ("Garry Conille", "The town is safe."),
            ("Garry Conille", "The police held,"),
        ],
        id="attribution-later-in-the-paragraph-beats-the-previous-speaker",
    ),
    pytest.param(
        "By Peter Smith\n\nThe convoy left at dawn. “We are ready,” he said.",
        [],
        id="byline-reporter-is-not-the-speaker",
    ),
    pytest.param(
        "‘We will stay until the job is done,’ Kenyan President William Ruto said.",
        [("William Ruto", "We will stay until the job is done,")],
        id="british-single-quotes",
    ),
    # unnamed delegations speak for their country; a pronoun goes to the latest speaker, even unnamed
    pytest.param(
        "The representative of Brazil, speaking for a group of countries, said the text was balanced. "
        "“We support every word of it,” he said.",
        [("Brazil", "We support every word of it,")],
        id="delegation-apposition-then-pronoun",
    ),
    pytest.param(
        "Ghana's ambassador, Kwame Asante, said: “The vote matters.” The representative of Norway said her "
        "country had doubts. “We will watch closely,” she said.",
        [("Kwame Asante", "The vote matters."), ("Norway", "We will watch closely,")],
        id="pronoun-goes-to-the-unnamed-delegation-not-the-earlier-named-speaker",
    ),
    pytest.param(
        "The Japanese delegate said he had voted in favour. “Peace needs time,” he said.",
        [("Japan", "Peace needs time,")],
        id="demonym-delegate-is-the-country",
    ),
    pytest.param(
        "The representative of Mexico said the text fell short. “Civilians pay the price,” she said.\n\n"
        "“We cannot look away.”",
        [("Mexico", "Civilians pay the price,"), ("Mexico", "We cannot look away.")],
        id="delegation-quote-continues-in-next-paragraph",
    ),
    pytest.param(
        "“The text is weak,” the Irish envoy said.",
        [("Ireland", "The text is weak,")],
        id="unnamed-envoy-trailing",
    ),
    pytest.param(
        "Kenyan President William Ruto spoke. The Kenyan delegation backed him. “We are ready,” he said.",
        [("William Ruto", "We are ready,")],
        id="a-delegation-is-not-a-he",
    ),
    pytest.param(
        "Kenyan President William Ruto spoke. The representative of Chile said her delegation agreed. "
        "“We are ready,” he said.",
        [("William Ruto", "We are ready,")],
        id="pronoun-gender-skips-a-delegate-of-known-gender",
    ),
    # a clause ending in a colon gives the quotation to its subject, speech verb or not
    pytest.param(
        "The panel's rapporteur, Ingrid Solberg, was direct: “The money is not there.”",
        [("Ingrid Solberg", "The money is not there.")],
        id="colon-after-title-comma-name",
    ),
    pytest.param(
        "Amadou Diallo, a logistics officer, spoke in Bamako. He has one worry: “The roads close in July.\n\n"
        "“Then nothing moves.”",
        [("Amadou Diallo", "The roads close in July."), ("Amadou Diallo", "Then nothing moves.")],
        id="colon-after-pronoun-clause-with-unclosed-continuation",
    ),
    pytest.param(
        "The Kenya Defence Forces were categorical: “No soldier is missing.”",
        [("Kenya Defence Forces", "No soldier is missing.")],
        id="colon-after-organisation",
    ),
    pytest.param(
        "A senior Chadian officer put it plainly: “We need fuel.”",
        [("A senior Chadian officer", "We need fuel.")],
        id="colon-after-unnamed-official",
    ),
    pytest.param(
        "Maria Lopez, the mayor, spoke first. Her verdict was short:\n\n“Not enough.”",
        [("Maria Lopez", "Not enough.")],
        id="colon-after-possessive-pronoun-ends-paragraph",
    ),
    pytest.param(
        "The report's conclusion was stark: “Nothing has changed.”",
        [],
        id="colon-after-a-thing-has-no-speaker",
    ),
    pytest.param(
        "The motto of the force is simple: “Protect.”",
        [],
        id="colon-after-a-thing-of-an-organisation-has-no-speaker",
    ),
    # an acronym the text defines speaks under its full form
    pytest.param(
        "The Economic Community of West African States (ECOWAS) met on Monday. “The bloc stands ready,” "
        "ECOWAS said.",
        [("Economic Community of West African States", "The bloc stands ready,")],
        id="defined-acronym",
    ),
    pytest.param(
        "The Kenya Defence Forces (KDF) said the unit had landed. “All are safe,” the KDF said.",
        [("Kenya Defence Forces", "All are safe,")],
        id="defined-acronym-with-article",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTIONS)
def test_attribution(text: str, expected: list[tuple[str, str]]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the South African National Defence Force (SANDF) said",
            {"SANDF": "South African National Defence Force"},
        ),
        (
            "The AU Support and Stabilisation Mission in Somalia (AUSSOM) began",
            {"AUSSOM": "AU Support and Stabilisation Mission in Somalia"},
        ),
        ("the United Nations Stabilization Mission in the Congo (MONUSCO) left", {}),  # French initials
        ("the Interim Force in Lebanon (UNIFIL) stays", {}),
    ],
)
def test_acronyms(text: str, expected: dict[str, str]) -> None:
    assert acronyms(text) == expected


def test_quote_claim_shape() -> None:
    text = (
        "Haiti renews mission\n\nKenyan President William Ruto said "
        "the force was “ready to do more.” He left."
    )
    spans = split_sentences(text)
    (claim,) = [c for c in extract_people(text, spans) if c.measure == "quote"]
    assert text[claim.start : claim.end] == claim.value == "ready to do more."
    assert claim.sentence in text and claim.value in claim.sentence
    assert claim.sentence.startswith("Kenyan President")
    assert claim.mission is None and claim.as_of is None and claim.qualifier is None
    assert 0 < claim.confidence <= 1


def test_sentence_spans_from_the_pipeline_are_used() -> None:
    text = "Ruto said “we are ready” today. Then he left."
    whole = [(0, len(text))]  # a pipeline that did not split gives the whole text as the sentence
    (claim,) = [c for c in extract_people(text, whole) if c.measure == "quote"]
    assert claim.sentence == text


# --- robustness -------------------------------------------------------------------------------------

_PIECES = [
    "Ruto",
    "William",
    "Kenyan",
    "President",
    "Minister",
    "the",
    "ambassador",
    "said",
    "told",
    "she",
    "he",
    "it",
    "according",
    "to",
    "Haiti",
    "UN",
    "U.S.",
    "Mr.",
    "de",
    "Alba",
    "so-called",
    "as",
    "saying",
    " ",
    " ",
    " ",
    ",",
    ".",
    ":",
    "\n",
    "\n\n",
    '"',
    "“",
    "”",
    "‘",
    "’",
    "'",
    "(",
    ")",
    "—",
    "55",
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=80).map("".join))
def test_any_text_gives_claims_tied_to_the_text(text: str) -> None:
    for claim in extract_people(text, split_sentences(text)):
        assert 0 <= claim.start <= claim.end <= len(text)
        assert claim.sentence == "" or claim.sentence in text
        if claim.measure == "quote":
            assert text[claim.start : claim.end] == claim.value
        assert claim.subject
