"""A stored fact refers to its claims (migration 0012): its body holds no claim, its ``refs`` each
claim's id, document, publication and confidence, and the claim itself only when the ledger cannot
give it back by id (a claim a review or ``scopes.prepare`` made or changed). Readers read by id
the claims they show: a first alert list built 151,876 claims from the bodies of six missions'
newest facts at 1,000,009 claims (bench/serve.md, eighth round).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from missionwatch.ledger import open_ledger
from missionwatch.ledger import queries as q
from missionwatch.ledger.facts import REF_FIELDS
from missionwatch.ledger.review_log import ReviewRequest
from missionwatch.models import Claim, Document
from missionwatch.reconcile import reconcile
from missionwatch.reconcile.materialized import stored_facts, stored_latest_by_mission, sync
from missionwatch.report.backend import fact_view
from missionwatch.report.briefing import MAX_REFS, Notes, figure


def _deployed(value: int, sentence: str, **extra: Any) -> Claim:
    return Claim(
        measure="personnel.deployed",
        mission="MSS",
        value=value,
        as_of="2025-03-01",
        sentence=sentence,
        **extra,
    )


def _fill(led: Any, documents: int) -> None:
    """``documents`` reports of MSS's strength on one day (one fact), one of a target read as
    deployed and one that gives only parts of a total."""
    for i in range(documents):
        led.store(
            Document(
                text=f"Report {i}: about 410 officers.", source=f"r{i}", published=f"2025-03-{1 + i % 9:02d}"
            ),
            [_deployed(410 + i % 2, "about 410 officers")],
        )
    led.store(
        Document(
            text="Well short of the 2,500 the mission was designed for.", source="t", published="2025-03-02"
        ),
        [_deployed(2500, "well short of the 2,500 the mission was designed for")],
    )
    text = "Kenya has 170 soldiers and 30 police officers there."
    led.store(
        Document(text=text, source="parts", published="2025-03-03"),
        [
            Claim(measure="personnel.deployed", mission="MSS", subject="Kenya", value=v, sentence=text,
                  as_of="2025-03-01")
            for v in (170, 30)
        ],
    )  # fmt: skip


def _refs(led: Any) -> list[list[Any]]:
    with led.engine.connect() as conn:
        return [r for (text,) in conn.exec_driver_sql("SELECT refs FROM facts") for r in json.loads(text)]


def _bodies_hold_claims(led: Any) -> bool:
    with led.engine.connect() as conn:
        return any(
            "claims" in json.loads(b) for (b,) in conn.exec_driver_sql("SELECT CAST(body AS TEXT) FROM facts")
        )


def test_facts_refer_to_the_claims_the_ledger_gives_back_and_hold_the_others(db_url: str) -> None:
    with open_ledger(db_url) as led:
        _fill(led, 12)
        first = led.claims(measure="personnel.deployed")[0]
        led.review(ReviewRequest(action="correct", claim_id=first.id, changes={"value": 999}), editor="ann")
        sync(led)
        refs = _refs(led)
        held = [r[len(REF_FIELDS)] for r in refs if len(r) > len(REF_FIELDS)]
        assert not _bodies_hold_claims(led)
        assert any(c["measure"] == "personnel.target" for c in held)  # moved by prepare
        assert any("summed" in c["flags"] for c in held)  # made by prepare: no id
        assert any(c["value"] == 999 for c in held)  # corrected by a review
        assert sum(len(r) == len(REF_FIELDS) for r in refs) >= 10  # the others: by id only
        expected = [f.model_dump(mode="json") for f in reconcile(led.reviewed_claims())]
        assert [f.model_dump(mode="json") for f in stored_facts(led)] == expected


def test_newest_facts_read_only_the_claims_a_page_shows(db_url: str, monkeypatch: Any) -> None:
    with open_ledger(db_url) as led:
        _fill(led, 40)
        sync(led)
        whole = {f.id: f for f in stored_facts(led, missions=["MSS"])}
        built: list[Any] = []
        real: Callable[[dict[str, Any]], Any] = q.trusted_claim
        monkeypatch.setattr(q, "trusted_claim", lambda data: built.append(data) or real(data))
        found = stored_latest_by_mission(led, ["MSS"], few=MAX_REFS, since="2025-03-09")["MSS"]
        monkeypatch.undo()
        total = next(f for f in found if f.measure == "personnel.deployed" and f.subject is None)
        assert total.claim_count == 40 == len(whole[total.id].claims)
        late = [c for c in whole[total.id].claims if (c.published or "") >= "2025-03-09"]
        assert len(late) < len(total.claims) <= 2 * MAX_REFS + len(late)  # first, newest, since
        assert len(built) < 40
        a, b = figure(fact_view(total), Notes()), figure(fact_view(whole[total.id]), Notes())
        assert (a.refs, a.more, a.link) == (b.refs, b.more, b.link)


def test_upgrade_from_0011_forgets_facts_stored_with_their_claims_and_rebuilds_them(
    new_db: Callable[[str], str], cli: Callable[..., Any]
) -> None:
    from alembic import command

    from missionwatch.ledger.engine import _alembic_config, writer

    url = new_db("sqlite")
    with open_ledger(url) as led:
        _fill(led, 3)
        sync(led)
        before = [f.model_dump(mode="json") for f in stored_facts(led)]
        with writer(led.engine) as conn:
            command.downgrade(_alembic_config(conn), "0011")
            conn.exec_driver_sql(  # a fact as revision 0011 stored it: its body with its claims
                "INSERT INTO facts (key_id, fact_id, mission, measure, missions, doc_missions, window, body) "
                "VALUES ('k', 'f', 'MSS', 'personnel.deployed', '|MSS|', '||', 'all', '{\"claims\": [{}]}')"
            )
            conn.exec_driver_sql("DELETE FROM facts_queue")
    result = cli("db", "upgrade", "--db", url)
    assert result.exit_code == 0, result.stderr
    assert "rebuilt" in result.stdout or "recomputed" in result.stdout
    with open_ledger(url) as led:
        assert led.facts_pending() == 0
        assert not _bodies_hold_claims(led)
        assert [f.model_dump(mode="json") for f in stored_facts(led)] == before


def test_a_fact_in_conflict_holds_every_claim_its_sides_or_neither(db_url: str) -> None:
    with open_ledger(db_url) as led:
        for i in range(30):
            led.store(
                Document(text=f"Report {i}.", source=f"c{i}", published=f"2025-03-{1 + i % 9:02d}"),
                [_deployed((410, 900, 905)[i % 3], "officers", qualifier="approx" if i % 5 == 0 else None)],
            )
        sync(led)
        whole = {f.id: f for f in stored_facts(led, missions=["MSS"])}
        values = {(c.value, c.unit, c.qualifier) for f in whole.values() for c in f.claims}
        for conflicts in ("every", "sides", "none"):
            found = stored_latest_by_mission(
                led, ["MSS"], few=MAX_REFS, since="2099-01-01", conflicts=conflicts
            )
            fact = next(f for f in found["MSS"] if f.measure == "personnel.deployed")
            assert fact.conflict and fact.claim_count == 30
            held = {(c.value, c.unit, c.qualifier) for c in fact.claims}
            if conflicts == "every":
                assert fact.claims == whole[fact.id].claims
            elif conflicts == "sides":  # the newest claim of each value, the first and newest six
                assert held == values and len(fact.claims) <= len(values) + 2 * MAX_REFS < 30
                a = Notes()
                shown = [(s.best.refs, [c.text for c in s.claims], s.more) for s in _conflicts_of(fact, a)]
                b = Notes()
                every = [
                    (s.best.refs, [c.text for c in s.claims], s.more)
                    for s in _conflicts_of(whole[fact.id], b)
                ]
                assert shown == every and a.sources() == b.sources()
            else:
                assert len(fact.claims) <= 2 * MAX_REFS


def _conflicts_of(fact: Any, notes: Any) -> Any:
    from missionwatch.report.briefing import _conflicts, _Index

    return _conflicts(_Index([fact_view(fact)], "MSS"), notes)


def test_claims_read_by_id_are_the_claims_read_one_by_one(db_url: str) -> None:
    from missionwatch.ledger.facts import claims_by_id

    with open_ledger(db_url) as led:
        _fill(led, 3)
        led.store(
            Document(text="Odd values.", source="odd", published=None),
            [
                Claim(measure="quote", subject="A", value='She said "no" — ñ', attrs={"k": [1, {"b": None}]}),
                Claim(measure="council.vote", value="13-0-2", flags=["x"], resolution="2793"),
                Claim(measure="personnel.deployed", mission="MSS", value=12345678901234567890),
            ],
        )
        every = led.claims()
        with led.engine.connect() as conn:
            found = claims_by_id(conn, [c.id for c in every if c.id is not None])
        assert [found[c.id].model_dump() for c in every if c.id is not None] == [
            c.model_dump() for c in every
        ]


def test_claims_by_id_on_postgresql_bind_one_array_not_a_parameter_per_id(db_url: str) -> None:
    from sqlalchemy import event

    from missionwatch.ledger.facts import claims_by_id

    with open_ledger(db_url) as led:
        _fill(led, 30)
        ids = [c.id for c in led.claims() if c.id is not None]
        seen: list[str] = []
        with led.engine.connect() as conn:
            event.listen(conn, "before_cursor_execute", lambda *a: seen.append(str(a[2])))
            assert sorted(claims_by_id(conn, ids)) == sorted(ids)
        reads = [s for s in seen if "FROM claims" in s]
        if led.engine.dialect.name == "postgresql":
            assert reads and all("= ANY (" in s and s.count("%(") <= 2 for s in reads), reads
        else:
            assert reads and all(" IN (" in s for s in reads)
