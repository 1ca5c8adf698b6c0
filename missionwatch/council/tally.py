"""Checks on a reported Council tally: does it add up, did the countries named sit that year, does
it agree with the vote the knowledge base records?

News gets tallies wrong in recurring ways (facts.jsonl keeps examples): "13-0-3" for a 12-0-3
vote, "unanimous" for a vote with abstentions, an abstainer named who had left the Council. Each
problem is one :class:`Flag`, a string ``"code: message"`` whose ``code`` is stable so the
extractor can store it in ``Claim.flags`` and reconciliation can rank claims by it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from missionwatch.errors import InputError, NotFoundError
from missionwatch.kb import council as kb_council
from missionwatch.kb.council import COUNCIL_SIZE, Tally

from .rules import normalise_vote, resolve_member

__all__ = ["FLAG_CODES", "Flag", "check_tally", "check_tally_text", "parse_tally"]

FLAG_CODES = {
    "tally_negative": "a count below zero",
    "tally_sum": "the counts add up to more than the Council's 15 members",
    "tally_short": "the counts add up to fewer than 15 though the text calls the vote unanimous",
    "unknown_country": "a country named as voting that the KB cannot resolve",
    "bad_vote": "a vote that is not yes, no, abstain or absent",
    "year_unknown": "the KB does not record the Council of that year, so members were not checked",
    "not_on_council": "a country named as voting did not sit on the Council that year",
    "named_exceeds_tally": "more countries named for a vote than the tally gives it",
    "resolution_unknown": "the resolution is not in the KB, so the tally was not compared",
    "resolution_year": "the resolution was adopted in another year than the one given",
    "kb_tally": "the tally differs from the vote the KB records for the resolution",
    "kb_member_vote": "a country's vote differs from the vote the KB records for it",
    "known_misreport": "the tally matches a misreport the KB already knows",
}


class Flag(str):
    """A flag is its text, ``"code: message"``, with ``.code`` and ``.message`` kept apart."""

    code: str
    message: str

    def __new__(cls, code: str, message: str) -> Flag:
        if code not in FLAG_CODES:
            raise ValueError(f"unknown flag code {code!r}")
        flag = super().__new__(cls, f"{code}: {message}")
        flag.code = code
        flag.message = message
        return flag


_NUMBER_WORDS = {
    "none": 0,
    "no": 0,
    "zero": 0,
    "nil": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
}
_N = r"(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")"


def _num(word: str) -> int:
    return int(word) if word.isdecimal() else _NUMBER_WORDS[word]


def parse_tally(text: str) -> Tally | None:
    """'13-0-2', '13 to 0 with 2 abstentions', '12 in favour, none against, 3 abstentions',
    'unanimous(ly)', '15-0' -> Tally; None if the text states no tally."""
    low = " ".join(text.lower().replace("–", "-").replace("—", "-").split())
    m = re.search(r"(?<![\d-])(\d{1,2})\s*-\s*(\d{1,2})(?:\s*-\s*(\d{1,2}))?(?![\d-])", low)
    if m:
        return Tally(for_=int(m.group(1)), against=int(m.group(2)), abstain=int(m.group(3) or 0))
    fav = re.search(_N + r"\s+(?:votes?\s+)?(?:members?\s+)?(?:in\s+favou?r|for|yes)", low)
    if fav:
        against = re.search(_N + r"\s+(?:votes?\s+)?against|against:\s*" + _N, low)
        abst = re.search(_N + r"\s+abstentions?|" + _N + r"\s+(?:members?\s+|countries\s+)?abstain", low)
        a = _num(next(g for g in against.groups() if g)) if against else 0
        s = _num(next(g for g in abst.groups() if g)) if abst else 0
        if "none against" in low or "no votes against" in low:
            a = 0
        return Tally(for_=_num(fav.group(1)), against=a, abstain=s)
    if re.search(r"\bunanimous(ly)?\b|\bwithout a vote\b|\ball 15 members\b", low):
        return Tally(for_=COUNCIL_SIZE, against=0, abstain=0)
    return None


def check_tally(
    for_: int,
    against: int,
    abstain: int,
    *,
    year: int,
    named: Mapping[str, str] | None = None,
    resolution: str | None = None,
    unanimous: bool = False,
) -> list[Flag]:
    """Every problem with a reported tally; an empty list means it is consistent.

    ``named`` maps countries as written to the vote the text gives them ("China": "abstaining");
    ``resolution`` (any spelling of its number) compares the tally with the KB's record;
    ``unanimous`` says the text called the vote unanimous.
    """
    flags: list[Flag] = []
    counts = (for_, against, abstain)
    if min(counts) < 0:
        flags.append(Flag("tally_negative", f"{for_}-{against}-{abstain} has a negative count"))
    total = sum(counts)
    if total > COUNCIL_SIZE:
        flags.append(
            Flag("tally_sum", f"{for_}-{against}-{abstain} adds up to {total}, more than {COUNCIL_SIZE}")
        )
    if unanimous and (against or abstain or for_ != COUNCIL_SIZE):
        flags.append(Flag("tally_short", f"called unanimous but the tally is {for_}-{against}-{abstain}"))

    votes: dict[str, str] = {}
    for who, vote in (named or {}).items():
        try:
            code = resolve_member(who)
        except InputError:
            flags.append(Flag("unknown_country", f"{who!r} is not a country the KB knows"))
            continue
        try:
            votes[code] = normalise_vote(vote)
        except InputError:
            flags.append(Flag("bad_vote", f"{who}: {vote!r} is not a vote"))

    try:
        sitting = {m.alpha3 for m in kb_council.members(year)}
    except NotFoundError:
        sitting = None
        if votes:
            flags.append(Flag("year_unknown", f"the KB does not record the Council of {year}"))
    if sitting is not None:
        for code in votes:
            if code not in sitting:
                flags.append(
                    Flag(
                        "not_on_council",
                        f"{kb_council.council_name(code)} did not sit on the Council in {year}",
                    )
                )
    for vote, allowed in (("yes", for_), ("no", against), ("abstain", abstain)):
        n = sum(1 for v in votes.values() if v == vote)
        if n and n > allowed:
            flags.append(
                Flag("named_exceeds_tally", f"{n} countries named as voting {vote}, tally gives {allowed}")
            )

    if resolution is not None:
        flags.extend(
            _compare_with_kb(
                resolution,
                Tally.model_construct(for_=for_, against=against, abstain=abstain),
                year=year,
                votes=votes,
                unanimous=unanimous,
            )
        )
    return flags


def _compare_with_kb(
    number: str, tally: Tally, *, year: int, votes: Mapping[str, str], unanimous: bool
) -> list[Flag]:
    record = kb_council.resolution(number)
    if record is None:
        return [Flag("resolution_unknown", f"resolution {number} is not in the knowledge base")]
    flags: list[Flag] = []
    if record.year != year:
        flags.append(
            Flag("resolution_year", f"resolution {record.number} was adopted in {record.year}, not {year}")
        )
    if record.tally is not None and (tally.for_, tally.against, tally.abstain) != (
        record.tally.for_,
        record.tally.against,
        record.tally.abstain,
    ):
        reported = "unanimous" if unanimous else f"{tally.for_}-{tally.against}-{tally.abstain}"
        flags.append(
            Flag("kb_tally", f"resolution {record.number} was adopted {record.tally}, not {reported}")
        )
        known = {m.value for m in record.misreports}
        if reported in known or f"{tally.for_}-{tally.against}-{tally.abstain}" in known:
            flags.append(
                Flag("known_misreport", f"{reported} for resolution {record.number} is a known misreport")
            )
    for code, vote in votes.items():
        recorded = record.votes.get(code)
        if recorded is not None and recorded != vote:
            flags.append(
                Flag(
                    "kb_member_vote",
                    f"{kb_council.council_name(code)} voted {recorded} on {record.number}, not {vote}",
                )
            )
    return flags


def check_tally_text(
    text: str, *, year: int, named: Mapping[str, str] | None = None, resolution: str | None = None
) -> list[Flag]:
    """:func:`check_tally` on a tally as written ("12-0-3", "unanimously"); InputError if none."""
    tally = parse_tally(text)
    if tally is None:
        raise InputError(f"no tally in {text!r}", input=text)
    unanimous = bool(re.search(r"\bunanimous", text.lower()))
    return check_tally(
        tally.for_,
        tally.against,
        tally.abstain,
        year=year,
        named=named,
        resolution=resolution,
        unanimous=unanimous,
    )
