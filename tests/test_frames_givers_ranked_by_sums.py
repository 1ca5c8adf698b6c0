"""A giver ranked by a sum ("Norway has been the largest contributor to the fund, with $9.1 million,
followed by Sweden with $5 million") gave it: money contributed, each item of the ranking its own
giver's, and no contributor status for the countries that follow."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract

TEXT = (
    "The UN trust fund for the Multinational Security Support mission is short of money. "
    "Norway has been the largest contributor to the fund, with $9.1 million, followed by Sweden with "
    "$5 million and Spain with $2.4 million."
)


def test_the_ranked_givers_gave() -> None:
    claims = extract(TEXT, "2024-03-12")
    got = {(c.subject, c.value) for c in claims if c.measure == "funding.contributed"}
    assert got == {("NOR", 9_100_000), ("SWE", 5_000_000), ("ESP", 2_400_000)}, got
    assert not [c for c in claims if c.measure == "contributor"]


def test_the_biggest_donor_with_a_sum() -> None:
    claims = extract(
        "The trust fund is short. Norway is the largest cash donor, with $9.1 million.", "2024-03-12"
    )
    assert {(c.subject, c.value) for c in claims if c.measure == "funding.contributed"} == {
        ("NOR", 9_100_000)
    }
