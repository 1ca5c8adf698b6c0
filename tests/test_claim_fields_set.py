"""Claims read back from the ledger share one set of their fields (``queries.trusted_claim``)
instead of holding a copy each — and stay right when a reader copies or changes one."""

from __future__ import annotations

from typing import Any

from missionwatch.models import Claim, Document, StoredClaim


def _store(ledger: Any) -> list[StoredClaim]:
    doc = Document(
        text="The force had 410 personnel and 60 police.", source="shared.txt", published="2025-02-03"
    )
    claims = [
        Claim(measure="personnel.deployed", mission="MSS", value=v, as_of="2025-02-01", sentence=doc.text)
        for v in (410, 60)
    ]
    ledger.store(doc, claims)
    return ledger.claims(mission="MSS")


def test_claims_read_back_share_one_fields_set(ledger: Any) -> None:
    first, second = _store(ledger)
    assert first.__pydantic_fields_set__ is second.__pydantic_fields_set__
    assert first.__pydantic_fields_set__ == set(StoredClaim.model_fields)
    # every field counts as set, as when each claim had its own copy
    assert first.model_dump(exclude_unset=True) == first.model_dump()


def test_a_copied_or_changed_claim_leaves_the_others_alone(ledger: Any) -> None:
    first, second = _store(ledger)
    shared = set(first.__pydantic_fields_set__)
    changed = first.model_copy(update={"value": 999})
    assert changed.value == 999 and first.value == 410 and second.value == 60
    assert changed.__pydantic_fields_set__ is not first.__pydantic_fields_set__
    second.value = 61  # a field assigned in place: already in the set
    assert first.__pydantic_fields_set__ == shared == set(StoredClaim.model_fields)
    assert [c.value for c in ledger.claims(mission="MSS")] == [410, 60]
