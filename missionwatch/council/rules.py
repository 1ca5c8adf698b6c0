"""Article 27 of the UN Charter: whether a Council decision is adopted.

    27(2) Decisions on procedural matters: an affirmative vote of nine members.
    27(3) Decisions on all other matters: an affirmative vote of nine members including the
          concurring votes of the permanent members.

Since 1946 the Council has read "concurring votes" as "no negative vote": a permanent member that
abstains or is absent does not block a decision (confirmed by the ICJ, Namibia advisory opinion,
1971, para. 22). That reading is the rule here. Pure functions over a vote mapping; the knowledge
base only supplies who sat on the Council in a given year.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from pydantic import BaseModel, ConfigDict

from missionwatch.errors import InputError, NotFoundError
from missionwatch.kb import council as kb_council
from missionwatch.kb import countries

__all__ = ["AFFIRMATIVE_VOTES_NEEDED", "Outcome", "Vote", "normalise_vote", "outcome", "resolve_member"]

Vote = Literal["yes", "no", "abstain", "absent"]
AFFIRMATIVE_VOTES_NEEDED = 9

_VOTE_WORDS: dict[str, Vote] = {
    "yes": "yes",
    "y": "yes",
    "for": "yes",
    "in favour": "yes",
    "in favor": "yes",
    "favour": "yes",
    "favor": "yes",
    "aye": "yes",
    "voted for": "yes",
    "voted in favour": "yes",
    "voted in favor": "yes",
    "no": "no",
    "n": "no",
    "against": "no",
    "voted against": "no",
    "veto": "no",
    "vetoed": "no",
    "abstain": "abstain",
    "abstained": "abstain",
    "abstaining": "abstain",
    "abstention": "abstain",
    "a": "abstain",
    "absent": "absent",
    "did not vote": "absent",
    "did not participate": "absent",
    "not participating": "absent",
    "non-participating": "absent",
}


class Outcome(BaseModel):
    """The result of a vote under Article 27, with the reason in words."""

    model_config = ConfigDict(frozen=True)

    adopted: bool
    reason: str
    vetoed_by: list[str]
    counts: dict[Vote, int]
    procedural: bool
    year: int

    def __str__(self) -> str:
        return self.reason


def normalise_vote(value: str) -> Vote:
    """'abstained', 'in favour', 'against', 'did not participate' -> one of the four votes."""
    key = " ".join(str(value).strip().lower().split())
    if key in _VOTE_WORDS:
        return _VOTE_WORDS[key]
    raise InputError(f"not a vote: {value!r} (use yes, no, abstain or absent)", input=str(value))


def resolve_member(text: str) -> str:
    """A country as written (name, demonym or code) -> alpha-3; InputError if it is not a country."""
    text = text.strip()
    if len(text) == 3 and text.isalpha() and text.upper() in countries.all_codes():
        return text.upper()
    code = countries.to_alpha3(text)
    if code is None:
        from missionwatch.suggest import country_hint

        raise InputError(f"not a country the knowledge base knows: {text!r}{country_hint(text)}", input=text)
    return code


def _names(codes: list[str]) -> str:
    return ", ".join(kb_council.council_name(c) for c in codes)


def outcome(
    votes: Mapping[str, str], *, year: int, procedural: bool = False, default: Vote = "yes"
) -> Outcome:
    """Whether a draft is adopted, given the votes that year.

    ``votes`` maps members (names or codes) to yes/no/abstain/absent; members of that year's
    Council left out vote ``default`` (what-ifs name only the dissenters). For a year whose
    composition the KB does not record, all fifteen votes must be named. A country named that did
    not sit that year is an InputError: its vote cannot count.
    """
    named: dict[str, Vote] = {}
    for who, vote in votes.items():
        code = resolve_member(who)
        named[code] = normalise_vote(vote)
    try:
        sitting = [m.alpha3 for m in kb_council.members(year)]
    except NotFoundError:
        if len(named) != kb_council.COUNCIL_SIZE:
            raise InputError(
                f"the knowledge base does not record the Council of {year}: name all 15 votes "
                f"(got {len(named)})",
                input=str(year),
            ) from None
        sitting = list(named)
    strangers = [c for c in named if c not in sitting]
    if strangers:
        raise InputError(
            f"{_names(strangers)} did not sit on the Security Council in {year}", input=str(year)
        )
    cast: dict[str, Vote] = {code: named.get(code, default) for code in sitting}
    counts: dict[Vote, int] = {
        v: sum(1 for x in cast.values() if x == v) for v in ("yes", "no", "abstain", "absent")
    }
    yes = counts["yes"]
    permanent = kb_council.permanent_members()
    vetoes = [] if procedural else [c for c in permanent if cast.get(c) == "no"]
    enough = yes >= AFFIRMATIVE_VOTES_NEEDED
    kind = "procedural" if procedural else "substantive"
    if enough and not vetoes:
        passive = [c for c in permanent if cast.get(c) in ("abstain", "absent")]
        reason = f"Adopted: {yes} affirmative votes, {AFFIRMATIVE_VOTES_NEEDED} needed ({kind})"
        if procedural and any(cast.get(c) == "no" for c in permanent):
            reason += "; no veto applies to procedural matters"
        elif passive:
            reason += f"; abstention or absence of {_names(passive)} is not a veto"
        return Outcome(
            adopted=True, reason=reason, vetoed_by=[], counts=counts, procedural=procedural, year=year
        )
    if enough:
        reason = f"Not adopted: vetoed by {_names(vetoes)} (permanent members voting no)"
    else:
        reason = f"Not adopted: {yes} affirmative votes, {AFFIRMATIVE_VOTES_NEEDED} needed"
        if vetoes:
            members = "permanent member" if len(vetoes) == 1 else "permanent members"
            reason += f"; {members} {_names(vetoes)} also voted no"
    return Outcome(
        adopted=False, reason=reason, vetoed_by=vetoes, counts=counts, procedural=procedural, year=year
    )
