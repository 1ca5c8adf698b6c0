"""Extractor v2's Council and mandate frames (nlp/frames/council.py, votes.py, mandate.py).

Each family of wordings is tested on sentences written for this file, several per family, so that
a rule fitted to one sentence shows up as a failure on its neighbours. Resolutions and dates are
the KB's (2699 on 2 October 2023 and 2751 on 30 September 2024 for the MSS, 2793 on 30 September
2025 for the GSF, 2785 on 14 July 2025 and 2743 on 12 July 2024 for BINUH, 2790 on 28 August 2025
for UNIFIL, 2767 on 27 December 2024 for AUSSOM).
"""

from __future__ import annotations

import pytest

from missionwatch.models import Claim
from missionwatch.nlp.frames import extract


def _claims(text: str, published: str, measure: str) -> list[Claim]:
    return [c for c in extract(text, published) if c.measure == measure]


def _values(text: str, published: str, measure: str) -> list[object]:
    return [c.value for c in _claims(text, published, measure)]


def _subjects(text: str, published: str, measure: str) -> dict[str | None, object]:
    return {c.subject: c.value for c in _claims(text, published, measure)}


# ---------------------------------------------------------------------------------------------
# tallies: counts take their role from the words they count and what those words do


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        (
            "The Council adopted resolution 2751 with 13 votes for, none against and two abstentions.",
            "13-0-2",
        ),
        (
            "The Council renewed the MSS in resolution 2751, eleven "
            "votes to one, with three members abstaining.",
            "11-1-3",
        ),
        ("Resolution 2751 won the support of 14 members; only Russia abstained.", "14-0-1"),
        ("Thirteen members voted yes on resolution 2751, while China and Russia abstained.", "13-0-2"),
        (
            "Twelve delegations backed resolution 2793; China, "
            "Pakistan and the Russian Federation abstained.",
            "12-0-3",
        ),
        ("The measure, resolution 2793, was adopted by 12 votes to none, with three abstentions.", "12-0-3"),
        ("Resolution 2793 passed 12-0-3 after a day of talks.", "12-0-3"),
        ("Resolution 2751 passed 14-0, with Russia abstaining.", "14-0-1"),
        ("The Council unanimously adopted resolution 2790.", "15-0-0"),
        ("All fifteen members of the Council voted for resolution 2790.", "15-0-0"),
        (
            "Resolution 2767 was approved 14 to nothing, the United States being the sole abstention.",
            "14-0-1",
        ),
    ],
)
def test_tallies(text: str, tally: str) -> None:
    assert _values(text, "2025-10-15", "council.vote") == [tally]


def test_abstainers_named_in_the_next_sentence_count() -> None:
    text = (
        "Resolution 2793 was adopted with 12 votes in favour and none against. "
        "Three members abstained: China, Pakistan and Russia."
    )
    assert _values(text, "2025-10-01", "council.vote") == ["12-0-3"]


def test_no_tally_without_a_vote() -> None:
    text = "The Council has 15 members, five of them permanent, and meets on Haiti every three months."
    assert _values(text, "2025-10-01", "council.vote") == []


# ---------------------------------------------------------------------------------------------
# member votes: the countries coordinated with a vote verb or noun


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        (
            "Resolution 2793 was adopted with abstentions from China, Pakistan and Russia.",
            {"CHN": "abstain", "PAK": "abstain", "RUS": "abstain"},
        ),
        (
            "Resolution 2793 received twelve votes in favour and three "
            "abstentions (China, Pakistan, Russian Federation).",
            {"CHN": "abstain", "PAK": "abstain", "RUS": "abstain"},
        ),
        (
            "Resolution 2751 passed easily. Guyana and Sierra Leone voted for it, as did Denmark.",
            {"GUY": "yes", "SLE": "yes", "DNK": "yes"},
        ),
        (
            "Resolution 2751 passed easily. The ambassador of Mozambique "
            "said his delegation had voted against it.",
            {"MOZ": "no"},
        ),
        (
            "Resolution 2751 passed easily. Algeria's envoy, who backed the text, called for more funding.",
            {"DZA": "yes"},
        ),
        (
            "Resolution 2767 was adopted on Friday, with the United States the sole abstention.",
            {"USA": "abstain"},
        ),
    ],
)
def test_member_votes(text: str, votes: dict[str, str]) -> None:
    assert _subjects(text, "2025-10-01", "council.member_vote") == votes


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("Russia cast the only vote against it.", {"RUS": "no"}),
        ("Mozambique registered an abstention.", {"MOZ": "abstain"}),
        ("Abstaining were China and Pakistan.", {"CHN": "abstain", "PAK": "abstain"}),
        ("Two members, China and Russia, abstained.", {"CHN": "abstain", "RUS": "abstain"}),
    ],
)
def test_member_votes_after_the_decision(text: str, votes: dict[str, str]) -> None:
    text = "The Council adopted resolution 2793 on Tuesday. " + text
    assert _subjects(text, "2025-10-01", "council.member_vote") == votes


@pytest.mark.parametrize(
    ("text", "tally", "votes"),
    [
        (
            "The Council adopted resolution 2751 by a recorded vote of 13 in favour to 2 against "
            "(China, Russian Federation), with no abstentions.",
            "13-2-0",
            {"CHN": "no", "RUS": "no"},
        ),
        (
            "Resolution 2751 received 13 votes in favour (Algeria, Denmark, France and others) and two "
            "against (China, Russia).",
            "13-2-0",
            {"DZA": "yes", "DNK": "yes", "FRA": "yes", "CHN": "no", "RUS": "no"},
        ),
        (
            "Resolution 2751 was adopted with 14 votes in favour and one abstention (Russian Federation).",
            "14-0-1",
            {"RUS": "abstain"},
        ),
    ],
)
def test_lists_in_parentheses(text: str, tally: str, votes: dict[str, str]) -> None:
    assert _values(text, "2024-10-01", "council.vote") == [tally]
    assert _subjects(text, "2024-10-01", "council.member_vote") == votes


def test_a_vote_only_announced_is_no_vote() -> None:
    text = "Resolution 2751 passed easily. France says it will not support another extension next year."
    assert _subjects(text, "2025-10-01", "council.member_vote") == {}


def test_member_votes_carry_the_resolution() -> None:
    text = "The Council adopted resolution 2793 on Tuesday. China and Russia abstained."
    claims = _claims(text, "2025-10-01", "council.member_vote")
    assert {(c.subject, c.resolution, c.mission) for c in claims} == {
        ("CHN", "2793", "GSF"),
        ("RUS", "2793", "GSF"),
    }


# ---------------------------------------------------------------------------------------------
# adoption: the decision verb, its date, its number (named, or the KB's for that day and mission)


@pytest.mark.parametrize(
    ("text", "published", "adopted"),
    [
        (
            "The Security Council on Monday renewed the MSS for another year.",
            "2024-10-01",
            ("2751", "2024-09-30"),
        ),
        (
            "Council members agreed on Monday to keep the Haiti force going for another year.",
            "2024-10-02",
            ("2751", "2024-09-30"),
        ),
        (
            "The 15-member body voted on 30 September to replace the "
            "Kenya-led mission with a Gang Suppression Force.",
            "2025-10-03",
            ("2793", "2025-09-30"),
        ),
        (
            "UNIFIL was extended by the Council on Thursday for a last time.",
            "2025-08-29",
            ("2790", "2025-08-28"),
        ),
        (
            "Resolution 2743, adopted on 12 July 2024, extended BINUH until 15 July 2025.",
            "2025-01-10",
            ("2743", "2024-07-12"),
        ),
        (
            "BINUH, whose mandate the Council renewed on 14 July, is short of staff.",
            "2025-07-20",
            ("2785", "2025-07-14"),
        ),
    ],
)
def test_adoptions(text: str, published: str, adopted: tuple[str, str]) -> None:
    assert [(c.subject, c.value) for c in _claims(text, published, "council.adopted")] == [adopted]


def test_a_successor_force_gets_its_own_resolution() -> None:
    text = (
        "The Council on Tuesday turned the Multinational Security "
        "Support mission into a Gang Suppression Force."
    )
    claims = _claims(text, "2025-10-02", "council.adopted")
    assert [(c.subject, c.mission) for c in claims] == [("2793", "GSF")]


@pytest.mark.parametrize(
    "text",
    [
        "The African Union extended its mission in Somalia on Friday.",
        "Washington wants the Council to renew the force on Monday for six months only.",
        "The mission was set up in 2011 and has about 17,000 troops.",
        "The ceilings are the same figures the Council set a year ago.",
        "The Council also adopted a presidential statement on Haiti on Tuesday.",
        "The Council renewed sanctions on South Sudan on Friday.",
        "The Council is expected to vote next week on whether to extend the GSF until October 2026.",
        "The African Union Peace and Security Council on Friday endorsed the new mission for Somalia.",
    ],
)
def test_no_adoption(text: str) -> None:
    assert _values(text, "2025-10-02", "council.adopted") == []


# ---------------------------------------------------------------------------------------------
# penholders: drafting, leading, sponsoring relations and pen-holding


@pytest.mark.parametrize(
    ("text", "pens"),
    [
        ("Resolution 2790 was penned by France.", {"FRA"}),
        (
            "Resolution 2751, spearheaded by Ecuador and the United States, passed unanimously.",
            {"ECU", "USA"},
        ),
        (
            "Drafted by Panama together with the United States, "
            "resolution 2793 passed with three abstentions.",
            {"PAN", "USA"},
        ),
        (
            "Resolution 2790 was adopted unanimously. France, which "
            "holds the pen on Lebanon, welcomed the vote.",
            {"FRA"},
        ),
        ("Resolution 2767 was adopted. The United Kingdom, the penholder on Somalia, spoke first.", {"GBR"}),
        ("Resolution 2751, a U.S. draft, was adopted unanimously.", {"USA"}),
        ("Resolution 2790, put forward by France, passed unanimously.", {"FRA"}),
        ("The Council adopted resolution 2767, a British-drafted text, on Friday.", {"GBR"}),
        (
            "Resolution 2751 passed. Ecuador and the United States, its co-penholders, thanked members.",
            {"ECU", "USA"},
        ),
    ],
)
def test_penholders(text: str, pens: set[str]) -> None:
    claims = _claims(text, "2025-10-01", "council.penholder")
    assert {c.subject for c in claims} == pens
    assert {c.value for c in claims} == {
        int(next(w for w in text.split() if w.strip(",.").isdigit()).strip(",."))
    }


def test_the_authorising_resolution_is_the_missions_first() -> None:
    text = (
        "When the Council authorised the MSS in October 2023, donors were slow. "
        "Washington, which drafted the authorising resolution together with Ecuador, promised $200 million."
    )
    assert {(c.subject, c.value) for c in _claims(text, "2025-08-01", "council.penholder")} == {
        ("USA", 2699),
        ("ECU", 2699),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The force, led by Kenya and backed by the United States, was authorised by resolution 2699.",
        "The Haiti resolution, 2699, passed with two abstentions.",
        "Resolution 2699 was adopted. Kenya, which leads the force, welcomed it.",
    ],
)
def test_no_penholder(text: str) -> None:
    assert _claims(text, "2024-01-10", "council.penholder") == []


# ---------------------------------------------------------------------------------------------
# mandate expiry: the end date of an extension frame, and a mandate running out


@pytest.mark.parametrize(
    ("text", "published", "expiry"),
    [
        ("The Council extended the mandate of BINUH until 31 January 2026.", "2025-07-15", "2026-01-31"),
        ("The renewal keeps UNIFIL in place until 31 December 2026.", "2025-08-29", "2026-12-31"),
        ("The Gang Suppression Force's mandate now runs to 1 October 2026.", "2026-03-01", "2026-10-01"),
        (
            "The Council renewed BINUH. The extension takes the office to 31 January 2026.",
            "2025-07-16",
            "2026-01-31",
        ),
        ("BINUH's authorisation, which expires on 31 January, is under review.", "2025-11-01", "2026-01-31"),
        (
            "The mission's new mandate, running from 1 July 2025 to 30 June 2026, trims its tasks.",
            "2025-07-02",
            "2026-06-30",
        ),
        (
            "The Council renewed UNIFIL with effect from 1 September 2025 and until 31 December 2026.",
            "2025-08-29",
            "2026-12-31",
        ),
    ],
)
def test_expiry(text: str, published: str, expiry: str) -> None:
    assert _values(text, published, "mandate.expiry") == [expiry]


def test_a_mandate_still_to_run_out_lies_ahead() -> None:
    text = "The Council renewed UNIFIL on Wednesday. The old mandate had been due to lapse on Saturday."
    claims = _claims(text, "2024-08-29", "mandate.expiry")  # a Thursday
    assert [(c.value, c.mission) for c in claims] == [("2024-08-31", "UNIFIL")]


def test_an_old_end_date_beside_the_new_one() -> None:
    text = "UNISFA's mandate, originally set to end on 15 November, now runs through 15 November 2026."
    assert sorted(_values(text, "2025-11-20", "mandate.expiry")) == ["2025-11-15", "2026-11-15"]


def test_a_superseded_expiry_takes_the_day_of_the_resolution_that_set_it() -> None:
    text = "The previous renewal, resolution 2743 of 12 July 2024, had run until 15 July 2025."
    claims = _claims(text, "2025-07-20", "mandate.expiry")
    assert [(c.value, c.as_of, c.mission) for c in claims] == [("2025-07-15", "2024-07-12", "BINUH")]


def test_an_extension_told_inside_a_later_renewal_keeps_its_own_day() -> None:
    text = (
        "BINUH's mandate, extended by resolution 2743 until 15 July 2025, was renewed by the Council "
        "on 14 July 2025 for six months."
    )
    claims = _claims(text, "2025-08-01", "mandate.expiry")
    assert [(c.value, c.as_of) for c in claims] == [("2025-07-15", "2024-07-12")]


def test_the_next_sentence_dates_an_undated_renewal() -> None:
    text = (
        "The Security Council has extended its authorisation of BINUH for another six months. "
        "Resolution 2785, adopted on Monday, also asks for a report on options."
    )
    claims = _claims(text, "2025-07-16", "mandate.duration")
    assert [(c.value, c.mission, c.as_of) for c in claims] == [(6, "BINUH", "2025-07-14")]


@pytest.mark.parametrize(
    "text",
    [
        "The Council authorised up to 11,826 uniformed personnel until 30 June 2025.",
        "The trust fund has enough money for the year to 30 June 2026.",
        "Kenya's parliament extended the deployment of its police until 30 June 2025.",
        "Haiti's transitional council, whose term ends on 7 February 2026, welcomed the GSF.",
        "The MSS needs money; the government's mandate runs until February 2026.",
    ],
)
def test_no_expiry(text: str) -> None:
    assert _values(text, "2025-03-01", "mandate.expiry") == []


# ---------------------------------------------------------------------------------------------
# mandate duration: a length hanging on an extension, or a mandate's own length


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("The Council renewed BINUH for another six months.", 6),
        ("The Council approved a 12-month extension of UNIFIL's mandate.", 12),
        ("The Council granted BINUH one more year.", 12),
        ("The Security Council extended the MSS by a year.", 12),
        ("UNIFIL was renewed for a final 16 months.", 16),
        ("The Council authorised the GSF with an initial mandate of twelve months.", 12),
        ("The Council renewed BINUH on Monday. The renewal lasts six months.", 6),
        ("The Council renewed BINUH on Monday. Its new mandate is for six months.", 6),
    ],
)
def test_duration(text: str, months: int) -> None:
    assert _values(text, "2025-10-01", "mandate.duration") == [months]


@pytest.mark.parametrize(
    "text",
    [
        "UNMISS has been in South Sudan for 14 years.",
        "Troops of the MSS rotate every six months.",
        "The Council gave UNIFIL one year to withdraw its troops.",
        "Washington had pushed to renew the MSS for six months only.",
        "Six months after the Council created the GSF, it is still short of troops.",
        "The Council renews UNDOF twice a year.",
        "Kenya's parliament voted to extend the deployment of its police by six months.",
        "Members will decide next month whether to renew the GSF for another year.",
        "The talks on the GSF lasted 12 months.",
    ],
)
def test_no_duration(text: str) -> None:
    assert _values(text, "2025-10-01", "mandate.duration") == []


def test_durations_and_expiries_take_the_mission_of_their_frame() -> None:
    text = (
        "The Council on Monday renewed BINUH until 31 January 2027, while the GSF, "
        "created in September, keeps its initial twelve-month mandate."
    )
    expiry = _claims(text, "2026-01-30", "mandate.expiry")
    assert [(c.value, c.mission) for c in expiry] == [("2027-01-31", "BINUH")]


@pytest.mark.parametrize(
    "text",
    [
        "EUFOR Althea, whose Security Council authorisation is renewed each November, has 1,100 troops.",
        "The Council renews the UNFICYP mandate every January for twelve months at a time.",
        "The Security Council renews UNDOF's mandate routinely, for six months at a time.",
    ],
)
def test_a_habit_of_the_council_is_no_decision(text: str) -> None:
    assert _values(text, "2025-06-01", "council.adopted") == []


def test_a_decision_with_its_month_is_still_one() -> None:
    text = "The Council renewed the UNFICYP mandate last January for twelve months."
    assert _values(text, "2025-06-01", "council.adopted") != []


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council on Thursday renewed MINURSO for a year. Its mandate had been due to run out "
        "the same day.",
        "The Council renewed UNFICYP's mandate on Thursday. The mandate had been due to expire at midnight.",
    ],
)
def test_a_mandate_due_to_run_out_that_day_ran_to_the_renewal(text: str) -> None:
    assert _values(text, "2025-10-31", "mandate.expiry") == ["2025-10-30"]


def test_a_mandate_that_will_run_out_at_midnight_gives_no_day() -> None:
    assert _values("The mission's mandate will expire at midnight.", "2025-10-31", "mandate.expiry") == []


def test_a_country_hung_on_drafted_is_the_drafter() -> None:
    text = "Eleven members backed the US-drafted text, resolution 2797, which keeps MINURSO going."
    got = [c.subject for c in _claims(text, "2025-11-01", "council.penholder")]
    assert got == ["USA"], got


def test_an_older_decision_told_in_passing_leaves_the_current_one() -> None:
    text = (
        "The Security Council on Tuesday adopted resolution 2793, drafted by the United States and Panama. "
        "The force replaces the MSS, which the Council renewed in September 2024. "
        "The representative of the United States said her delegation had drafted the text with Panama."
    )
    got = {c.subject: c.value for c in _claims(text, "2025-09-30", "council.penholder")}
    assert got.get("USA") == 2793 and got.get("PAN") == 2793, got


def test_a_lead_in_an_apposition_leads_the_mission_before_it() -> None:
    text = "EUFOR Althea, an EU-led force, took over from NATO's SFOR in December 2004."
    got = [(c.subject, c.mission) for c in _claims(text, "2025-06-01", "mission.lead")]
    assert got == [("EUU", "EUFOR")], got


@pytest.mark.parametrize(
    ("text", "published", "number", "day"),
    [
        (
            "The Council has adopted resolution 2790, keeping the force in southern Lebanon.",
            "2025-09-02",
            "2790",
            "2025-08-28",
        ),
        (
            "The text, adopted as resolution 2767, set up the new African Union mission.",
            "2025-03-01",
            "2767",
            "2024-12-27",
        ),
        (
            "Members unanimously adopted resolution 2751 after a short debate.",
            "2024-10-05",
            "2751",
            "2024-09-30",
        ),
    ],
)
def test_an_undated_adoption_takes_its_day_from_the_record(
    text: str, published: str, number: str, day: str
) -> None:
    """The sentence gives no day: the Council's record does, never the article's date."""
    found = {c.subject: c.value for c in _claims(text, published, "council.adopted")}
    assert found.get(number) == day, found


def test_an_undated_adoption_the_record_lacks_stays_unread() -> None:
    assert not _claims(
        "The Council has adopted resolution 1999, its members said.", "2025-01-10", "council.adopted"
    )


@pytest.mark.parametrize(
    ("text", "published", "mission", "day"),
    [
        (
            "Resolution 2767 allows up to 11,826 personnel, 680 of them police, until 30 June 2025.",
            "2024-12-28",
            "AUSSOM",
            "2025-06-30",
        ),
        (
            "AUSSOM began. Under that resolution it may field up to 11,826 troops until 30 June 2025.",
            "2025-01-02",
            "AUSSOM",
            "2025-06-30",
        ),
        (
            "The Security Council this morning extended for a further 12 months, until 20 December 2025, the "
            "mandate of MONUSCO, as fighting in the eastern provinces slowed the withdrawal it began.",
            "2024-12-20",
            "MONUSCO",
            "2025-12-20",
        ),
    ],
)
def test_an_authorisation_or_extension_until_a_day_ends_the_mandate(
    text: str, published: str, mission: str, day: str
) -> None:
    found = {c.mission: c.value for c in _claims(text, published, "mandate.expiry")}
    assert found.get(mission) == day, found


def test_a_year_before_the_resolution_or_a_tally_after_it_is_no_resolution_number() -> None:
    text = (
        "MINURSO votes.\n* 2022 - resolution 2654 (27 October): 13-0-2; the abstainers were Kenya and Russia."
    )
    found = {
        c.subject for c in extract(text, "2025-11-01") if c.measure in ("council.adopted", "council.vote")
    }
    assert found == {"2654"}, found


def test_an_abstention_the_parse_left_without_its_subject_is_the_country_right_before_it() -> None:
    text = "The Council renewed MINUSCA in November 2023. Fourteen members voted for it and Russia abstained."
    found = {(c.subject, c.value) for c in extract(text, "2024-11-18") if c.measure == "council.member_vote"}
    assert ("RUS", "abstain") in found, found
    text = "The Council extended MINURSO, a shift hailed in Rabat and rejected by the Polisario Front."
    assert not [c for c in extract(text, "2025-10-31") if c.measure == "council.member_vote"]


def test_a_renewal_reported_in_the_present_perfect_is_the_one_on_record_that_day() -> None:
    text = (
        "Key points\n- The Council has renewed UNMISS until 30 April 2026\n\n"
        "10:30 - The text was adopted by 12 votes to none, with three abstentions."
    )
    assert _values(text, "2025-05-08", "council.adopted") == ["2025-05-08"]
    assert [c.subject for c in _claims(text, "2025-05-08", "council.adopted")] == ["2779"]
    assert _values(text, "2025-05-08", "council.vote") == ["12-0-3"]
    assert _claims(text, "2025-07-08", "council.adopted") == []  # weeks later: no day to take


def test_countries_added_with_as_well_as_vote_as_the_subject_does() -> None:
    text = (
        "The Security Council on Thursday renewed UNMISS. The text was adopted by 12 votes to none, "
        "with three abstentions: Pakistan abstained as well as China and Russia."
    )
    assert _subjects(text, "2025-05-08", "council.member_vote") == {
        "PAK": "abstain",
        "CHN": "abstain",
        "RUS": "abstain",
    }


def test_a_corrected_tally_is_the_one_on_record() -> None:
    text = (
        "The Security Council on Thursday renewed UNMISS.\n\n10:11 - The resolution passes with 13 votes "
        "in favour and two abstentions.\n\n10:26 - CORRECTION: Our 10:11 entry gave the wrong count. "
        "The text was adopted by 12 votes to none, with three abstentions."
    )
    assert _values(text, "2025-05-08", "council.vote") == ["12-0-3"]


def test_a_country_that_took_command_of_a_mission_leads_it() -> None:
    text = "Türkiye took over command of KFOR in October, the first time a Turkish general has led it."
    assert _subjects(text, "2025-06-01", "mission.lead") == {"TUR": "KFOR"}
    assert (
        _claims("Italy took command of UNIFIL's western sector in May.", "2025-06-01", "mission.lead") == []
    )


def test_those_voting_in_favour_were_these_countries() -> None:
    text = (
        "The Council renewed MINURSO on Friday. Among those voting in favour were France and the United "
        "Kingdom, along with Sierra Leone and Somalia, two African members."
    )
    assert _subjects(text, "2024-10-01", "council.member_vote") == {
        "FRA": "yes",
        "GBR": "yes",
        "SLE": "yes",
        "SOM": "yes",
    }
    assert _claims(text, "2024-10-01", "personnel.deployed") == []  # two members are countries, not people


def test_a_renewal_of_the_one_mission_a_line_names() -> None:
    text = (
        "* THE FORCE - Resolution 2793 created the GSF on 30 September 2025.\n"
        "* BINUH - The Council renewed the UN political mission on 29 January 2026 until 31 January 2027."
    )
    got = {(c.measure, c.mission, c.value) for c in extract(text, "2026-02-10")}
    assert ("mandate.expiry", "BINUH", "2027-01-31") in got, got


# ---------------------------------------------------------------------------------------------
# "decided to": the Council's decision taken, not one to come


@pytest.mark.parametrize(
    ("text", "published", "mission", "expiry"),
    [
        (
            "The Security Council this morning decided to extend the mandate of the United Nations"
            " Interim Force in Lebanon (UNIFIL) until 31 August 2025, keeping its troop ceiling unchanged.",
            "2024-08-28",
            "UNIFIL",
            "2025-08-31",
        ),
        (
            "The Council has decided to renew UNFICYP until 31 January 2026.",
            "2025-01-30",
            "UNFICYP",
            "2026-01-31",
        ),
    ],
)
def test_a_decision_the_council_decided_is_taken(
    text: str, published: str, mission: str, expiry: str
) -> None:
    got = {(c.mission, c.value) for c in _claims(text, published, "mandate.expiry")}
    assert (mission, expiry) in got, got


@pytest.mark.parametrize(
    "text",
    [
        "The Council will decide next month whether to extend UNFICYP until 31 January 2026.",
        "Members have yet to decide whether to renew UNFICYP until January 2026.",
    ],
)
def test_a_decision_still_to_be_decided_is_none(text: str) -> None:
    assert not _claims(text, "2025-01-10", "mandate.expiry")


def test_the_resolution_a_decision_was_decided_by() -> None:
    text = "The Council decided in July last year, by resolution 2745, to extend UNMHA until 14 July."
    got = {(c.subject, c.value) for c in _claims(text, "2025-03-02", "council.adopted")}
    assert ("2745", "2024-07") in got, got


@pytest.mark.parametrize(
    ("text", "mission"),
    [
        (
            "* MINURSO: the mandate is renewed every October; the current one runs until 31 October 2025.",
            "MINURSO",
        ),
        (
            "UNDOF's mandate is renewed for six months at a time; the current one runs until 30 June 2025.",
            "UNDOF",
        ),
    ],
)
def test_the_current_one_after_a_mandate_is_that_mandate(text: str, mission: str) -> None:
    got = {(c.mission, c.value) for c in _claims(text, "2025-03-02", "mandate.expiry")}
    assert any(m == mission and v.endswith(("-10-31", "-06-30")) for m, v in got), got


def test_a_decision_under_decided_takes_the_day_decided_carries() -> None:
    text = (
        "The Security Council this morning decided to terminate the mandate of the United Nations"
        " Mission in Liberia (UNMIL) on 30 March, acting on a request of the Government."
    )
    days = [c.value for c in _claims(text, "2018-03-20", "council.adopted")]
    assert days == ["2018-03-20"], days


# ---------------------------------------------------------------------------------------------
# "the text" is the resolution being discussed only when nothing in its own sentence tells another


def test_a_text_on_another_day_and_mission_is_not_the_one_discussed() -> None:
    text = (
        "Resolution 2751, adopted on 30 September 2024, kept the MSS going for another year. "
        "On Monday the Council renewed BINUH's mandate until 15 July 2026, in a text again drafted "
        "by the United States."
    )
    adopted = _subjects(text, "2025-07-16", "council.adopted")
    assert adopted.get("2785") == "2025-07-14", adopted
    assert _subjects(text, "2025-07-16", "council.penholder") == {"USA": 2785}


@pytest.mark.parametrize(
    ("text", "published", "number", "day"),
    [
        ("The Council created the Gang Suppression Force last year.", "2026-03-01", "2793", "2025-09-30"),
        ("Members renewed BINUH's mandate last year, for twelve months.", "2026-02-10", "2785", "2025-07-14"),
    ],
)
def test_a_decision_told_of_last_year_is_the_missions_one_resolution_that_year(
    text: str, published: str, number: str, day: str
) -> None:
    assert _subjects(text, published, "council.adopted") == {number: day}


def test_a_resolution_told_in_passing_does_not_become_the_one_discussed() -> None:
    text = (
        "The Council on Monday renewed BINUH's mandate for a year. Submitted by Panama and the United "
        "States, the text asks BINUH to work closely with the Gang Suppression Force, established by "
        "resolution 2793. The text was welcomed by France, the member that drafted the resolution "
        "creating the force."
    )
    pens = _subjects(text, "2025-07-15", "council.penholder")
    assert pens.get("PAN") == 2785 and pens.get("USA") == 2785, pens


def test_a_first_draft_is_no_founding_resolution() -> None:
    text = (
        "The Security Council renewed the mandate of UNIFIL on 28 August 2025. France, which holds "
        "the pen on Lebanon, circulated a first draft on 1 August."
    )
    assert _values(text, "2025-08-29", "council.penholder") == [2790]


def test_a_resolution_serving_two_missions_takes_the_one_the_article_names() -> None:
    """1244 set up both UNMIK and KFOR: in a story about KFOR alone, its adoption is KFOR's."""
    text = (
        "KFOR has operated since June 1999 under UN Security Council resolution 1244, which the Council "
        "adopted on 10 June 1999, with China abstaining."
    )
    assert {c.mission for c in _claims(text, "2025-06-01", "council.adopted")} == {"KFOR"}


def test_a_resolution_serving_two_missions_takes_the_one_its_sentence_is_about() -> None:
    """The article names UNMIK too, but the adoption is told of KFOR: it is KFOR's adoption."""
    text = (
        "NATO's KFOR keeps about 4,500 troops in Kosovo, while the UN's own mission, UNMIK, runs a "
        "small civilian office. KFOR entered Kosovo in June 1999 under resolution 1244, adopted on "
        "10 June 1999."
    )
    assert {c.mission for c in _claims(text, "2026-02-01", "council.adopted")} == {"KFOR"}


def test_not_only_is_no_vote_of_one() -> None:
    """ "the sole abstention" counts one; "not only in support of the police" counts nobody."""
    text = (
        "The Security Council created the Gang Suppression Force on 30 September 2025 with resolution "
        "2793. Unlike its predecessor it may use force on its own, not only in support of the police."
    )
    assert _values(text, "2026-02-02", "council.vote") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Council unanimously adopted resolution 2751 (2024), drafted by Ecuador and the United States.",
        "Unanimously adopting resolution 2751 (2024), drafted by Ecuador and the United States, the Council "
        "extended the Multinational Security Support mission.",
        "The Council adopted resolution 2751 on Monday. The text, whose co-penholders were the United States "
        "and Ecuador, also asks for a report.",
    ],
)
def test_co_drafters_of_a_text_set_off_by_commas(text: str) -> None:
    # the parser hangs "drafted by …" on the verb, not on the text; "whose co-penholders were X and Y"
    got = {(c.subject, c.value) for c in _claims(text, "2024-09-30", "council.penholder")}
    assert got == {("ECU", 2751), ("USA", 2751)}


def test_a_drafting_participle_after_the_resolutions_bracket_names_its_drafter() -> None:
    text = (
        "Cyprus.\n\nUnanimously adopting resolution 2771 (2025), drafted by the United Kingdom, the "
        "15-member organ asked the Secretary-General to report within six months."
    )
    got = {(c.subject, c.value) for c in extract(text, "2025-02-01") if c.measure == "council.penholder"}
    assert ("GBR", 2771) in got
