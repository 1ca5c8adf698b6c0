"""On PostgreSQL the quotes and roles of the documents that speak of a mission are found by the
claims' document index, however many claims the mission has.

Inside the OR of ``MissionScope``'s parts PostgreSQL cannot turn ``document_id IN (subquery)``
into a semi-join; when the subquery's rows do not fit its work memory it scanned all of them once
for every candidate claim — the first MSS overview at 1,000,009 claims did not end in 10 minutes
(bench/serve.md, eighth round). Here the work memory is made small instead of the ledger large.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import func, insert, select

from missionwatch.ledger import open_ledger
from missionwatch.ledger.mission_scope import MissionScope
from missionwatch.ledger.schema import ClaimRow
from missionwatch.models import Claim, Document

pytestmark = pytest.mark.postgres


def _subplans(node: dict[str, Any]) -> list[dict[str, Any]]:
    """Every node of a JSON plan run once per outer row (a SubPlan that is not hashed)."""
    found = [node] if node.get("Subplan Name", "").startswith("SubPlan") else []
    for child in node.get("Plans", []):
        found += _subplans(child)
    return found


def _scans(node: dict[str, Any]) -> list[str]:
    """The node types under ``node``, itself included."""
    return [node["Node Type"], *(t for child in node.get("Plans", []) for t in _scans(child))]


def test_the_quotes_of_a_missions_documents_are_probed_by_document_not_rescanned(pg_url: str) -> None:
    with open_ledger(pg_url) as led:
        docs = []
        for i in range(40):
            d = Document(text=f"Article {i}: the mission and a quote.", source=str(i), published="2025-01-02")
            led.store(
                d,
                [
                    Claim(measure="personnel.deployed", mission="MSS" if i % 2 else "GSF", value=i),
                    Claim(measure="quote", subject="A. Speaker", value=f"We are here {i}."),
                ],
            )
            docs.append(d.id)
        many = [  # the mission's claims outnumber what 64 kB of work memory hashes
            {**Claim(measure="funding.required", mission="MSS", value=j).model_dump(), "document_id": docs[1]}
            | {"seq": 10 + j, "value_num": float(j)}
            for j in range(4000)
        ]
        with led.engine.begin() as conn:
            conn.execute(insert(ClaimRow), many)
            conn.exec_driver_sql("ANALYZE")
        with led.engine.connect() as conn:
            conn.exec_driver_sql("SET work_mem = '64kB'")
            conn.exec_driver_sql("SET hash_mem_multiplier = 1")
            scope = MissionScope(conn, "MSS", mission_free=[], by_document=["quote"])
            stmt = select(func.count()).select_from(ClaimRow).where(*scope._where(["quote"]))
            sql = str(stmt.compile(conn, compile_kwargs={"literal_binds": True}))
            found = conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + sql).scalar_one()
            plan = (json.loads(found) if isinstance(found, str) else found)[0]["Plan"]
            for sub in _subplans(plan):  # once per candidate claim: an index probe, never a rescan
                assert "Materialize" not in _scans(sub), json.dumps(sub, indent=1)
                assert any("Index" in t for t in _scans(sub)), json.dumps(sub, indent=1)
            # MSS's deployed figures and money, and the quotes of its documents
            assert scope.count() == 20 + 4000 + 20
