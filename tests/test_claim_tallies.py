"""The claim tallies of migrations 0014 and 0016 (``claim_counts``, ``mission_documents``,
``unfiled_counts``) are kept by triggers on ``claims`` in the transaction of each change: after
any sequence of stores, re-extractions, removals, rows written by another tool without their
keys and changes of a claim's mission, measure or document, they equal the tallies counted
again from the claims (``recount``).
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from missionwatch.ledger import open_ledger
from missionwatch.ledger.tallies import recount, tallies
from missionwatch.models import Claim, Document

MISSIONS = ["MSS", "mss", "GSF", None, ""]
MEASURES = ["personnel.deployed", "quote", "displaced"]


def _claims(rng: random.Random, n: int) -> list[Claim]:
    return [
        Claim(
            measure=rng.choice(MEASURES),
            mission=rng.choice(MISSIONS) or None,
            subject=rng.choice(["Kenya", "A speaker", None]),
            value=rng.randint(1, 900),
        )
        for _ in range(n)
    ]


Tallies = tuple[dict[Any, int], dict[Any, tuple[str | None, int]], dict[Any, int]]


def _counted(conn: Any) -> Tallies:
    """The tallies as the claims give them now."""
    counts: dict[Any, int] = {}
    for mission, measure, n in conn.execute(
        text("SELECT coalesce(mission_key, ''), measure, count(*) FROM claims GROUP BY 1, 2")
    ):
        counts[(mission, measure)] = int(n)
    documents: dict[Any, tuple[str | None, int]] = {}
    for mission, document, published, n in conn.execute(
        text(
            "SELECT c.mission_key, c.document_id, d.published, count(*) FROM claims c "
            "JOIN documents d ON d.id = c.document_id "
            "WHERE c.mission_key IS NOT NULL AND c.mission_key <> '' GROUP BY 1, 2, 3"
        )
    ):
        documents[(mission, document)] = (published, int(n))
    unfiled: dict[Any, int] = {}
    for document, measure, n in conn.execute(
        text(
            "SELECT document_id, measure, count(*) FROM claims "
            "WHERE mission_key IS NULL OR mission_key = '' GROUP BY 1, 2"
        )
    ):
        unfiled[(document, measure)] = int(n)
    return counts, documents, unfiled


def _kept(conn: Any) -> Tallies:
    """The tallies as stored (a count may stay at zero)."""
    counts, documents, unfiled = tallies(conn)
    return {k: n for k, n in counts.items() if n}, documents, {k: n for k, n in unfiled.items() if n}


def _steps(led: Any, rng: random.Random, steps: list[str]) -> None:
    ids: list[str] = []
    for i, step in enumerate(steps):
        if step == "store" or not ids:
            published = rng.choice([None, "2025-01-02", "2025-03-04", "2026-05-06"])
            doc = Document(text=f"Document {i} {rng.random()}", source=f"s{i}", published=published)
            led.store(doc, _claims(rng, rng.randint(0, 5)))
            ids.append(doc.id)
        elif step == "replace":
            led.replace_claims(rng.choice(ids), _claims(rng, rng.randint(0, 4)))
        elif step == "delete":
            doc_id = rng.choice(ids)
            led.delete_document(doc_id)
            ids.remove(doc_id)
        elif step == "foreign":  # another tool's row, without the keys the ledger computes (0002)
            with led.engine.begin() as conn:
                conn.execute(
                    text(
                        "INSERT INTO claims (document_id, seq, measure, mission, value, sentence, start, "
                        '"end", confidence, extractor, extractor_version, flags, attrs) VALUES '
                        "(:d, 99, :m, :mission, '5', 's', 0, 1, 0.5, 'x', '1', '[]', '{}')"
                    ),
                    {"d": rng.choice(ids), "m": rng.choice(MEASURES), "mission": rng.choice(MISSIONS)},
                )
        elif step == "update":  # a claim moved to another mission, measure or document
            with led.engine.begin() as conn:
                found = conn.execute(text("SELECT id FROM claims ORDER BY id")).scalars().all()
                if found:
                    conn.execute(
                        text(
                            "UPDATE claims SET mission_key = :k, measure = :m, document_id = :d WHERE id = :i"
                        ),
                        {
                            "k": rng.choice(["MSS", "GSF", None, ""]),
                            "m": rng.choice(MEASURES),
                            "d": rng.choice(ids),
                            "i": rng.choice(found),
                        },
                    )


STEP = st.sampled_from(["store", "store", "replace", "delete", "foreign", "update"])


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(STEP, min_size=1, max_size=14), seed=st.integers(0, 10**6))
def test_the_tallies_kept_by_the_triggers_equal_a_recount(
    new_db: Any, kind: str, steps: list[str], seed: int
) -> None:
    with open_ledger(new_db(kind)) as led:
        _steps(led, random.Random(seed), steps)
        with led.engine.connect() as conn:
            kept = _kept(conn)
            assert kept == _counted(conn), steps
            every = conn.execute(text("SELECT count(*) FROM claims")).scalar_one()
            of_mss = conn.execute(text("SELECT count(*) FROM claims WHERE mission_key = 'MSS'")).scalar_one()
            filed = conn.execute(text("SELECT DISTINCT mission_key FROM claims WHERE mission_key <> ''"))
            assert set(filed.scalars()) == led.missions_with_claims()
        assert (led.count_claims(), led.count_claims(mission="mss")) == (every, of_mss)
        with led.engine.begin() as conn:  # counting them again gives the same
            recount(conn)
        with led.engine.connect() as conn:
            assert _kept(conn) == kept


def test_an_upgraded_ledger_counts_the_claims_it_had(db_url: str) -> None:
    """The upgrade's count (``recount``) of claims stored before the tallies were kept."""
    with open_ledger(db_url) as led:
        _steps(led, random.Random(3), ["store"] * 6 + ["replace", "delete", "foreign"])
        with led.engine.begin() as conn:
            conn.execute(text("DELETE FROM claim_counts"))
            conn.execute(text("DELETE FROM mission_documents"))
            recount(conn)
        with led.engine.connect() as conn:
            assert _kept(conn) == _counted(conn)
            assert _counted(conn)[1]  # some document files claims under a mission
