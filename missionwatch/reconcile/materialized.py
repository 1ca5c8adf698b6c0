"""Materialized facts: reconciliation done when claims change, read from the ledger afterwards.

Readers (``facts``, ``conflicts``, ``timeline``, briefings, the API) used to reconcile every
claim of a mission on every request. Now the ledger keeps the facts (``ledger/facts.py``,
migration 0003) and this module keeps them right:

- a trigger on ``claims`` queues the document of every claim inserted, changed or deleted, in the
  same transaction as the change (``facts_queue``), so no write is missed and a crash loses nothing;
- ``sync`` drains the queue: for each queued document it computes the fact keys its claims have
  now, looks up the keys they had (``fact_keys``), and recomputes only those keys — from the claims
  of the documents that hold them — in one transaction with the queue entries it removes;
- ``rebuild`` recomputes everything (``missionwatch db upgrade``, ``missionwatch db rebuild-facts``,
  or a bulk load that wrote claims outside the ledger);
- ``stored_facts`` reads them back and applies the cross-fact checks (``reconcile/checks.py``),
  which compare facts of several keys and cost nothing next to reconciliation.

A key is what ``facts.group_key`` returns: mission, measure, subject, resolution, unit, quote text,
scope and component. ``prepare`` (scopes, components, sums) looks at one document's claims at a
time, so a key's claims are exactly the claims of the documents recorded for it, prepared and
grouped again. The result equals ``reconcile`` over the whole ledger with the default rules
(property-tested in ``tests/test_materialized.py``); ``--rules`` and ``--as-of`` still reconcile
on the spot, since the stored facts are those of the default rules and of today.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from missionwatch.reconcile.facts import Fact, facts_of_key, finish, group
from missionwatch.reconcile.rules import Rules

if TYPE_CHECKING:
    from missionwatch.ledger.facts import FactStore
    from missionwatch.ledger.store import Ledger

BATCH = 200  # queued documents recomputed per transaction
REBUILD_AT = 5000  # a queue longer than this (a bulk load) is cheaper to rebuild than to drain

# Measures whose claims one key may need together: a deployed figure read as a target moves to
# personnel.target (scopes.prepare), so the two are prepared from the same claims.
_FAMILIES = (("personnel.deployed", "personnel.target"),)


def key_id(key: tuple) -> str:
    """A fixed-length id of a fact key (the key itself can hold a long quote)."""
    return hashlib.sha1(json.dumps(list(key), ensure_ascii=False).encode("utf-8")).hexdigest()


def _bars(names: Iterable[str]) -> str:
    return "|" + "|".join(sorted(names)) + "|"


def _rows(kid: str, facts: Sequence[Fact], doc_missions: dict[str, set[str]]) -> list[dict[str, Any]]:
    return [
        {
            "key_id": kid,
            "fact_id": f.id,
            "mission": f.mission,
            "measure": f.measure,
            "missions": _bars({c.mission.upper() for c in f.claims if c.mission}),
            "doc_missions": _bars(set().union(*(doc_missions.get(c.document_id, ()) for c in f.claims))),
            "body": f.model_dump(mode="json"),
        }
        for f in facts
    ]


def family(measure: str) -> tuple[str, ...]:
    """The measures whose claims a key of ``measure`` is prepared from."""
    return next((fam for fam in _FAMILIES if measure in fam), (measure,))


def _drain(store: FactStore, rules: Rules, batch: int) -> int:
    docs = store.queued(batch)
    if not docs:
        return 0
    touched = store.keys_of(docs)
    queued_claims = store.claims_of(docs)
    doc_missions: dict[str, set[str]] = {}
    for c in queued_claims:
        if c.mission:
            doc_missions.setdefault(c.document_id, set()).add(c.mission.upper())
    now: dict[str, dict[str, str]] = {d: {} for d in docs}
    for key, claims in group(queued_claims).items():
        kid = key_id(key)
        touched.add(kid)
        for c in claims:
            now[c.document_id][kid] = key[1]
    store.set_keys(now)
    # Each touched key is recomputed from the claims of its measure (family) in the documents that
    # hold it: one read per family, not per key.
    by_family: dict[tuple[str, ...], set[str]] = {}
    for measure, holders in store.documents_of(touched).values():
        by_family.setdefault(family(measure), set()).update(holders)
    others = set().union(*by_family.values()) - doc_missions.keys() - set(docs)
    for document_id, missions in store.document_missions(others).items():
        doc_missions[document_id] = missions
    rows: list[dict[str, Any]] = []
    for fam, holders in sorted(by_family.items()):
        for key, claims in group(store.claims_of(holders, fam)).items():
            kid = key_id(key)
            if kid in touched:
                rows.extend(_rows(kid, facts_of_key(key, claims, rules), doc_missions))
    store.replace_facts(sorted(touched), rows)
    store.dequeue(docs)
    return len(docs)


def sync(ledger: Ledger, rules: Rules | None = None, *, batch: int = BATCH) -> int:
    """Recompute the facts of the keys queued documents touch; returns how many documents were done.

    Each batch of ``batch`` documents is one transaction: its facts, its key index and the removal
    of its queue entries commit together, so a process killed midway leaves the rest queued.
    """
    rules = rules or Rules()
    done = 0
    while True:
        n = ledger.maintain_facts(lambda store: _drain(store, rules, batch))
        done += n
        if n < batch:
            return done


def _rebuild(store: FactStore, rules: Rules) -> int:
    store.clear()
    doc_missions = store.document_missions()
    measures = store.measures()
    families = [tuple(m for m in fam if m in measures) for fam in _FAMILIES]
    together = {m for fam in families for m in fam}
    families = [fam for fam in families if fam] + [(m,) for m in measures if m not in together]
    count = 0
    for fam in families:
        pairs: set[tuple[str, str, str]] = set()
        rows: list[dict[str, Any]] = []
        for key, claims in group(store.claims_by_measure(fam)).items():
            kid = key_id(key)
            pairs.update((kid, c.document_id, key[1]) for c in claims)
            rows.extend(_rows(kid, facts_of_key(key, claims, rules), doc_missions))
        store.add_keys(sorted(pairs))
        store.add_facts(rows)
        count += len(rows)
    return count


def rebuild(ledger: Ledger, rules: Rules | None = None) -> int:
    """Recompute every fact from every claim, in one transaction; returns how many facts there are.

    Claims are read one measure (or family) at a time, so memory holds one measure's claims.
    """
    rules = rules or Rules()
    return ledger.maintain_facts(lambda store: _rebuild(store, rules))


def refresh(ledger: Ledger) -> int:
    """Bring the facts up to date before a read: drain a short queue, rebuild after a bulk load."""
    waiting = ledger.facts_pending()
    if not waiting:
        return 0
    if waiting > REBUILD_AT:
        rebuild(ledger)
        return waiting
    return sync(ledger)


def stored_facts(
    ledger: Ledger,
    *,
    missions: Sequence[str] | None = None,
    measures: Sequence[str] | None = None,
    mission_free: Sequence[str] = (),
    by_document: Sequence[str] = (),
) -> list[Fact]:
    """The materialized facts of these missions and measures, sorted and checked as ``reconcile``
    returns them (see ``Ledger.fact_rows`` for the selection)."""
    refresh(ledger)
    rows = ledger.fact_rows(
        missions=missions, measures=measures, mission_free=mission_free, by_document=by_document
    )
    return finish([Fact.model_validate(b) for b in rows], Rules())


__all__ = ["key_id", "rebuild", "refresh", "stored_facts", "sync"]
