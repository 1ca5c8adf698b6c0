"""A fact box's label in capitals reads as the same label in sentence case: the parser sees
"Authorised:" where the text says "AUTHORISED:", the claims keep the text (lines written for
these tests)."""

from __future__ import annotations

import pytest
from frames_claims import statuses

from missionwatch.nlp import extract
from missionwatch.nlp.frames.article import plain_label

HAITI = "The Kenya-led Multinational Security Support (MSS) mission in Haiti is growing.\n\n"


def claims(line: str) -> set[tuple[str, str, str]]:
    return {(c.measure, str(c.subject), str(c.value)) for c in extract(HAITI + line, "2025-10-05")}


def test_a_capitals_label_of_a_decision_gives_its_adoption() -> None:
    line = "AUTHORISED: 2 October 2023, by Security Council resolution 2699 (13 in favour, 2 abstentions)"
    assert ("council.adopted", "2699", "2023-10-02") in claims(line)


def test_a_contributors_label_with_its_complement_lists_contributors() -> None:
    got = statuses(
        HAITI + "CONTRIBUTORS WITH PERSONNEL IN HAITI: Guatemala, El Salvador, Jamaica", "2025-10-05"
    )
    assert {("MSS", "GTM", "deployed"), ("MSS", "SLV", "deployed"), ("MSS", "JAM", "deployed")} <= got


def test_a_mandate_ended_line_gives_the_end() -> None:
    assert ("mandate.expiry", "None", "2025-10-02") in claims("MANDATE ENDED: 2 October 2025")


@pytest.mark.parametrize(
    ("piece", "plain"),
    [
        ("AUTHORISED: 2 October 2023", "Authorised: 2 October 2023"),
        ("* GSF STRENGTH DEPLOYED: About 1,300", "* GSF strength deployed: About 1,300"),
        ("MINUSCA CEILING AUTHORISED: 14,400", "MINUSCA ceiling authorised: 14,400"),
        ("WHYTE-HENRIQUES: Our share is small", "WHYTE-HENRIQUES: Our share is small"),
        ("* MONEY: Its budget was $82 million", "* MONEY: Its budget was $82 million"),
        ("Kenya: 700", "Kenya: 700"),
        ("The UN SAID: more to come", "The UN SAID: more to come"),
    ],
)
def test_only_a_capitals_label_is_written_plainly_and_its_length_kept(piece: str, plain: str) -> None:
    assert plain_label(piece) == plain
    assert len(plain_label(piece)) == len(piece)


def test_a_label_without_words_before_its_colon_is_read_safely() -> None:
    got = statuses(HAITI + "- 12:45: Jamaica and Belize have troops there.", "2025-10-05")
    assert ("MSS", "JAM", "deployed") in got
