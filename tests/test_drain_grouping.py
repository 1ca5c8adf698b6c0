"""A drain prepares the documents around a change together (issue 10, thirteenth round).

``scopes.prepare`` (through ``reconcile.facts.group``) costs as much per call as for tens of
claims; a drain asked it for the neighbours of each windowed key apart — 940 calls for a drain of
300 documents in ``bench/bench_ingest_cpu.py``. The documents each measure family's keys first
need are now prepared in one call. These tests count the calls and check that the facts still
equal a full reconciliation and a rebuild.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from missionwatch.models import Claim, Document
from missionwatch.reconcile import materialized as mz
from missionwatch.reconcile import reconcile
from missionwatch.reconcile.materialized import rebuild, stored_facts, sync

START = date(2025, 3, 3)
# contributors of an invented force, each a series of its own (a key per subject)
CONTRIBUTORS = ["Norland", "Estavia", "Quell", "Marasco", "Tovania"]


def _document(name: str, day: date) -> Document:
    return Document(
        text=f"Dispatch {name} on the harbour patrols. " * 4,
        source=f"{name}.txt",
        published=day.isoformat(),
        outlet="Harbour Gazette",
    )


def _claims(day: date, base: int, countries: list[str] = CONTRIBUTORS) -> list[Claim]:
    return [
        Claim(
            measure="personnel.deployed",
            mission="HPF",
            subject=country,
            value=base + 10 * i,
            as_of=day.isoformat(),
            sentence=f"{country} had {base + 10 * i} sailors with the harbour force that week.",
            extractor="t",
        )
        for i, country in enumerate(countries)
    ]


def _dump(facts: list[Any]) -> list[dict[str, Any]]:
    return [f.model_dump(mode="json") for f in facts]


def test_a_drain_prepares_the_neighbours_of_a_familys_keys_in_one_call(
    ledger: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # each contributor's own reports, one every five days for two months: each series has
    # several windows, and no two series share a document
    for n in range(12):
        for k, country in enumerate(CONTRIBUTORS):
            day = START + timedelta(days=5 * n + k % 3)
            ledger.store(_document(f"old{n}-{k}", day), _claims(day, 100 + n, [country]))
    sync(ledger)
    calls: list[int] = []
    group = mz.group

    def counting(claims: Any) -> Any:
        found = list(claims)
        calls.append(len(found))
        return group(found)

    monkeypatch.setattr(mz, "group", counting)
    # three new reports in the middle of the series, each about every contributor
    for n, offset in enumerate((12, 27, 41)):
        day = START + timedelta(days=offset)
        ledger.store(_document(f"new{n}", day), _claims(day, 300 + n))
    sync(ledger)
    monkeypatch.undo()
    # the batch's own claims once, the neighbours of the family's five keys once; before, the
    # neighbours of each key apart (at least one call per key)
    assert len(calls) <= 3, calls
    assert _dump(stored_facts(ledger)) == _dump(reconcile(ledger.claims()))
    incremental = _dump(stored_facts(ledger))
    rebuild(ledger)
    assert _dump(stored_facts(ledger)) == incremental
