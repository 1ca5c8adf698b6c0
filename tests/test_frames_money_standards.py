"""What a sum is measured against is what the force needs: "against roughly $N a year that planners
say it will need" (no article before the figure), "a requirement that officials put at $N" (the
clause parsed as a participle), and the "US" of "US$" names no payer."""

from __future__ import annotations

from missionwatch.nlp import extract


def _money(text: str, published: str = "2025-06-01") -> set[tuple[str, str | None, int]]:
    return {
        (c.measure, c.subject, int(c.value))
        for c in extract(text, published)
        if c.measure.startswith("funding.")
    }


def test_a_sum_against_what_planners_say_is_needed() -> None:
    text = (
        "The GSF mission is short of money. Its trust fund holds $96 million, against roughly $750 million "
        "a year that planners say the force will need."
    )
    got = _money(text)
    assert ("funding.required", None, 750_000_000) in got
    assert not any(m == "funding.contributed" and v == 750_000_000 for m, _, v in got)


def test_a_requirement_officials_put_at() -> None:
    text = (
        "The GSF mission is short of money. Donors' pledges look small against a yearly requirement "
        "that UN planners put at about $780 million."
    )
    assert ("funding.required", None, 780_000_000) in _money(text)


def test_the_us_of_us_dollars_is_no_payer() -> None:
    text = "The MSS mission is short of money. Its planners have cited a yearly cost of some US$260 million."
    assert _money(text) == {("funding.required", None, 260_000_000)}
