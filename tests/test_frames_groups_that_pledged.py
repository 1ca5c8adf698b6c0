"""Countries listed after a group whose own clause promises ("Other countries that have pledged
officers include A, B and C") are pledged, as the text words it; a group that committed stays
committed."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract

LEAD = "The Multinational Security Support mission in Haiti is short of people. "


@pytest.mark.parametrize(
    ("verb", "status"),
    [("have promised", "pledged"), ("have offered", "pledged"), ("have committed", "committed")],
)
def test_the_groups_own_clause(verb: str, status: str) -> None:
    text = LEAD + f"Other states that {verb} police officers include Barbados, Belize and Suriname."
    got = {(c.subject, c.value) for c in extract(text, "2024-06-26") if c.measure == "contributor"}
    assert got == {("BRB", status), ("BLZ", status), ("SUR", status)}, got
