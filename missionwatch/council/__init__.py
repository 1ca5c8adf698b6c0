"""Security Council rules: Article 27 outcomes and checks on reported tallies.

``outcome(votes, year=…)`` says whether a draft is adopted and why; ``check_tally(…)`` lists what
is wrong with a tally a text reports (sum, membership, the KB's recorded vote).
"""

from missionwatch.council.rules import AFFIRMATIVE_VOTES_NEEDED, Outcome, Vote, normalise_vote, outcome
from missionwatch.council.tally import FLAG_CODES, Flag, check_tally, check_tally_text, parse_tally

__all__ = [
    "AFFIRMATIVE_VOTES_NEEDED",
    "FLAG_CODES",
    "Flag",
    "Outcome",
    "Vote",
    "check_tally",
    "check_tally_text",
    "normalise_vote",
    "outcome",
    "parse_tally",
]
