"""Contributors named in passing, without a figure of their own: the countries a force's people come
from through a group noun ("from countries including A and B", "from states such as A"), the share
of a count ("about 1,100, the bulk of them from A and B"), "the others came from", an aspect verb
over deploying ("continued to deploy"), countries "alongside" one that is deployed, and a plural
noun the tagger calls a name only because it opens the sentence ("Contingents from A and B …")."""

from __future__ import annotations

import pytest
from frames_claims import statuses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "UNFICYP keeps about 800 soldiers on the island. Officers come from countries including "
            "Slovakia, Argentina and Hungary.",
            {("UNFICYP", "SVK", "deployed"), ("UNFICYP", "ARG", "deployed"), ("UNFICYP", "HUN", "deployed")},
            id="from countries including",
        ),
        pytest.param(
            "UNMOGIP is small. It has about 40 military observers, from states such as Croatia and Sweden.",
            {("UNMOGIP", "HRV", "deployed"), ("UNMOGIP", "SWE", "deployed")},
            id="from states such as, hung on the verb",
        ),
        pytest.param(
            "These days UNDOF has about 1,250, the bulk of them from Nepal, Fiji and Ghana.",
            {("UNDOF", "NPL", "deployed"), ("UNDOF", "FJI", "deployed"), ("UNDOF", "GHA", "deployed")},
            id="the bulk of a bare count",
        ),
        pytest.param(
            "SAMIM is winding down. South Africa had the largest contingent, about 1,400, and the others "
            "came from Lesotho and Angola.",
            {("SAMIM", "LSO", "deployed"), ("SAMIM", "AGO", "deployed")},
            id="the others came from",
        ),
        pytest.param(
            "UNISFA has about 3,500 troops in Abyei. Ghana and Viet Nam continued to deploy engineering "
            "units.",
            {("UNISFA", "GHA", "deployed"), ("UNISFA", "VNM", "deployed")},
            id="continued to deploy",
        ),
        pytest.param(
            "EUFOR Althea is small. Austria provides the core with a contingent of about 280, alongside "
            "Slovenia and Romania.",
            {("EUFOR", "SVN", "deployed"), ("EUFOR", "ROU", "deployed")},
            id="alongside a deployed country",
        ),
        pytest.param(
            "UNISFA has about 3,500 troops in Abyei. Contingents from Ghana and Pakistan kept the "
            "mission's roads open.",
            {("UNISFA", "GHA", "deployed"), ("UNISFA", "PAK", "deployed")},
            id="a plural noun opening the sentence",
        ),
        pytest.param(
            "MINUSMA is closing. Togo and Niger, which are among the Mission's contributors, will need to "
            "move their equipment out of the northern camps.",
            {("MINUSMA", "TGO", "deployed"), ("MINUSMA", "NER", "deployed")},
            id="which are among the mission's contributors",
        ),
        pytest.param(
            "SAMIM is leaving. Its South African contingent stood at about 1,100, the largest of the SADC "
            "troop contributors, which also included Malawi and Lesotho.",
            {("SAMIM", "MWI", "deployed"), ("SAMIM", "LSO", "deployed")},
            id="contributors which also included",
        ),
        pytest.param(
            "The MSS mission is small. Belize and the Bahamas have put people on the ground too.",
            {("MSS", "BLZ", "deployed"), ("MSS", "BHS", "deployed")},
            id="put people on the ground",
        ),
        pytest.param(
            "The MSS mission was authorised. The Secretary-General thanked Belize and Antigua and Barbuda "
            "for committing to take part.",
            {("MSS", "BLZ", "committed"), ("MSS", "ATG", "committed")},
            id="thanked for committing",
        ),
        pytest.param(
            "UNDOF (Golan Heights)\n- Contributors: Nepal, Uruguay and Fiji, among others.",
            {("UNDOF", "NPL", "deployed"), ("UNDOF", "URY", "deployed"), ("UNDOF", "FJI", "deployed")},
            id="a fact box's contributors label",
        ),
        pytest.param(
            "The MSS mission is coming. The Bahamas has said it will send 150 personnel, and Belize, Benin "
            "and Barbados have all offered police or troops.",
            {("MSS", "BLZ", "pledged"), ("MSS", "BEN", "pledged"), ("MSS", "BRB", "pledged")},
            id="a list the parse hangs on the object before it",
        ),
    ],
)
def test_contributors_named_in_passing(text: str, expected: set[tuple[str | None, str, str]]) -> None:
    assert expected <= statuses(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The GSF is short of cash. The delegation said Washington would continue to provide "
            "logistical support to the force.",
            id="continuing to provide support is no contingent",
        ),
        pytest.param(
            "The GSF is short of cash. Bangladesh would serve alongside Chad, which has also offered "
            "1,500, and Kenya, whose police have led the effort since 2024.",
            id="what one country means to do is not the status of those beside it",
        ),
        pytest.param(
            "The ECOWAS force needs money. Options include appeals to partners such as the African "
            "Union and the European Union.",
            id="partners such as: no contributors",
        ),
    ],
)
def test_no_status_read_into_a_passing_mention(text: str) -> None:
    got = statuses(text)
    assert not {(m, c, v) for m, c, v in got if c in ("USA", "KEN", "AFU", "EUU") and v != "pledged"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Today we are around 950, from Ghana, Zambia and a few other countries.",
        "We are at about 950, from Ghana, Zambia and a few others.",
    ],
)
def test_a_force_counting_itself_by_origin_names_its_contributors(sentence: str) -> None:
    text = "UNISFA update.\n\nThe commander spoke at the base in Abyei. " + sentence
    got = statuses(text, "2024-11-01")
    assert {("UNISFA", "GHA", "deployed"), ("UNISFA", "ZMB", "deployed")} <= got


def test_money_counted_from_donors_is_no_force() -> None:
    text = "Haiti update.\n\nWe hold $96 million, from Canada and the United States."
    assert not any(c[2] == "deployed" for c in statuses(text, "2024-11-01"))
