"""What a correction withdraws ("Correction: an earlier entry said Norway had pledged $40 million")
gives no donor or contributor status, as it gives no figure."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract


def test_a_withdrawn_status() -> None:
    text = (
        "Donors met on Haiti's force. 17:15 — Correction: an earlier entry said Norway had pledged money "
        "to the fund. It was Sweden."
    )
    got = {
        (c.measure, c.subject) for c in extract(text, "2025-10-20") if c.measure in ("donor", "contributor")
    }
    assert ("donor", "NOR") not in got, got
