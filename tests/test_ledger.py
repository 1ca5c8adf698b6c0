"""The ledger's API on SQLite and PostgreSQL: store, duplicates, clusters, filters, search, runs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from missionwatch.errors import LedgerError, NotFoundError
from missionwatch.ledger import open_ledger
from missionwatch.models import Claim, Document

WIRE = (
    "Kenyan police officers arrived in Port-au-Prince on Tuesday as the first contingent of the "
    "Multinational Security Support mission, a force the Security Council authorised in October "
    "2023 to help Haiti's national police push back armed gangs. Officials said 400 officers were "
    "on the first flight and that more contingents from Jamaica, Belize and the Bahamas would follow "
    "in the coming weeks, while donors had so far deposited only a fraction of the money the "
    "mission needs in the UN trust fund."
)


def doc(text: str, **meta: object) -> Document:
    return Document(text=text, source=str(meta.pop("source", "test.txt")), **meta)  # type: ignore[arg-type]


def test_store_then_duplicate(ledger):
    d = doc(WIRE, title="First contingent lands", outlet="Wire", published="2024-06-25")
    claims = [
        Claim(
            measure="personnel.arrived",
            mission="MSS",
            subject="KEN",
            value=400,
            unit="persons",
            qualifier="exact",
            as_of="2024-06-25",
            sentence="400 officers",
            start=10,
            end=22,
        ),
        Claim(measure="council.vote", mission="MSS", subject="2699", value="13-0-2", as_of="2023-10-02"),
    ]
    first = ledger.store(d, claims)
    assert first.status == "stored" and first.claims == 2 and first.cluster_id == d.id
    again = ledger.store(doc(WIRE + "\n\n", source="elsewhere.txt"), claims)
    assert again.status == "duplicate" and again.document_id == d.id
    assert ledger.count_documents() == 1
    assert ledger.count_claims() == 2
    assert ledger.has_document(d.id) and not ledger.has_document("0" * 64)


def test_claim_values_keep_their_types(ledger):
    d = doc(WIRE)
    values = [400, 2.5, "13-0-2", None, 10**15, 0.1]
    ledger.store(d, [Claim(measure="quote", value=v, flags=["x"], attrs={"k": [1, "a"]}) for v in values])
    back = ledger.claims(document_id=d.id)
    assert [c.value for c in back] == values
    assert [type(c.value) for c in back] == [type(v) for v in values]
    assert back[0].flags == ["x"] and back[0].attrs == {"k": [1, "a"]}
    assert back[0].document_id == d.id and back[0].cluster_id == d.id


def test_stored_document_round_trips_metadata(ledger):
    when = datetime(2024, 6, 25, 13, 16, 5, 123456, tzinfo=timezone(timedelta(hours=-4)))
    d = doc(
        WIRE,
        url="https://example.org/a",
        title="T",
        outlet="AP",
        published="2024-06",
        language="en",
        content_type="text/html",
        meta={"a": 1, "tags": ["x"]},
        retrieved_at=when,
    )
    ledger.store(d)
    got = ledger.document(d.id[:10])
    assert got.text == d.text and got.url == d.url and got.published == "2024-06"
    assert got.published_precision == "month" and got.meta == {"a": 1, "tags": ["x"]}
    assert got.retrieved_at == when and got.retrieved_at.tzinfo is not None
    assert got.content_type == "text/html" and got.language == "en" and got.claim_count == 0


def test_document_lookup_errors(ledger):
    ledger.store(doc(WIRE))
    with pytest.raises(NotFoundError):
        ledger.document("ffffffffffff")
    with pytest.raises(NotFoundError):
        ledger.document("not-hex'; drop table documents; --")
    assert ledger.count_documents() == 1


def test_near_copy_joins_the_original_cluster(ledger):
    original = ledger.store(doc(WIRE, title="Kenyans land"))
    copy_text = (
        "Haiti: first foreign police reach the capital\n\n"
        + WIRE
        + (" The deployment had been delayed for months by court challenges in Nairobi.")
    )
    copy = ledger.store(doc(copy_text))
    other = ledger.store(
        doc("The Council renewed the office's mandate for another year without a vote. " * 3)
    )
    assert copy.status == "stored" and copy.cluster_id == original.cluster_id
    assert other.cluster_id != original.cluster_id
    assert [len(c) for c in ledger.clusters()] == [2]
    assert {d.id for d in ledger.documents(cluster=original.cluster_id)} == {
        original.document_id,
        copy.document_id,
    }


def test_threshold_is_configurable(db_url):
    led = open_ledger(db_url, near_duplicate_threshold=1.0)
    try:
        first = led.store(doc(WIRE))
        copy = led.store(doc("A new headline\n\n" + WIRE + " And one more sentence at the end of it."))
        assert copy.cluster_id != first.cluster_id
    finally:
        led.close()


def test_claim_filters(ledger):
    a = doc(WIRE, outlet="AP", published="2024-06-25")
    b = doc(WIRE.replace("400", "200") + " Different.", outlet="Reuters", published="2025-01-10")
    ledger.store(
        a,
        [
            Claim(measure="personnel.deployed", mission="MSS", subject="KEN", value=400, as_of="2024-06-25"),
            Claim(measure="funding.pledged", mission="MSS", subject="USA", value=300_000_000, unit="USD"),
        ],
    )
    ledger.store(
        b,
        [
            Claim(measure="personnel.deployed", mission="MSS", subject="JAM", value=200),
            Claim(measure="personnel.target", mission="GSF", value=5550, as_of="2025-09-30"),
        ],
    )
    assert ledger.count_claims(measure="personnel.*") == 3
    assert ledger.count_claims(mission="mss") == 3
    assert [c.subject for c in ledger.claims(subject="ken")] == ["KEN"]
    assert {c.value for c in ledger.claims(since="2025")} == {200, 5550}
    assert {c.value for c in ledger.claims(until="2024-12")} == {400, 300_000_000}
    assert ledger.claims(measure="funding.pledged")[0].outlet == "AP"
    page = ledger.claims(limit=2, offset=1)
    assert len(page) == 2 and page[0].value == 300_000_000
    assert ledger.count_claims(document_id=b.id) == 2


def test_document_filters_and_order(ledger):
    for i, (outlet, published) in enumerate([("AP", "2024-03-01"), ("AP", "2025-02-01"), ("Xinhua", None)]):
        ledger.store(
            doc(
                f"Story number {i} about gangs in Port-au-Prince and the police {i}.",
                outlet=outlet,
                published=published,
            )
        )
    assert [d.published for d in ledger.documents()] == ["2025-02-01", "2024-03-01", None]
    assert len(ledger.documents(outlet="ap")) == 2
    assert [d.published for d in ledger.documents(since="2025")] == ["2025-02-01"]
    assert [d.published for d in ledger.documents(until="2024-03")] == ["2024-03-01"]
    assert len(ledger.documents(limit=1, offset=2)) == 1
    assert ledger.count_documents(outlet="Xinhua") == 1


@pytest.mark.parametrize("query", ['"unbalanced', "NEAR(a b", "a OR AND", "'; DROP TABLE documents; --", "*"])
def test_search_never_fails_on_odd_queries(ledger, query):
    ledger.store(doc(WIRE))
    assert isinstance(ledger.search(query), list)
    assert isinstance(ledger.documents(search=query), list)
    assert ledger.count_documents() == 1


def test_search_finds_words_with_snippet(ledger):
    ledger.store(doc(WIRE, title="Kenyans land"))
    ledger.store(doc("Displacement in Haiti passed one million people according to the IOM."))
    hits = ledger.search("trust fund")
    assert len(hits) == 1 and hits[0].title == "Kenyans land" and "fund" in hits[0].snippet.lower()
    assert [d.title for d in ledger.documents(search="contingents Jamaica")] == ["Kenyans land"]
    assert ledger.search("") == []


def test_runs_are_recorded(ledger):
    run = ledger.start_run(["a.txt", "dir/"], extractor="x 1")
    assert ledger.runs()[0].finished_at is None
    ledger.finish_run(run, stored=2, duplicates=1, failed=1, claims=5, errors=["error: a: bad"])
    got = ledger.runs()[0]
    assert (got.stored, got.duplicates, got.failed, got.claims) == (2, 1, 1, 5)
    assert got.errors == ["error: a: bad"] and got.inputs == ["a.txt", "dir/"]
    assert got.finished_at is not None and got.finished_at >= got.started_at.replace(tzinfo=UTC)


def test_delete_document_removes_its_claims(ledger):
    d = doc(WIRE)
    ledger.store(d, [Claim(measure="quote", value="x")])
    ledger.delete_document(d.id[:8])
    assert ledger.count_documents() == 0 and ledger.count_claims() == 0
    assert ledger.store(d).status == "stored"


def test_reopen_keeps_data(db_url):
    with open_ledger(db_url) as led:
        led.store(doc(WIRE), [Claim(measure="quote", value="x")])
    with open_ledger(db_url) as led:
        assert led.count_claims() == 1


def test_bad_database_paths_are_ledger_errors(tmp_path):
    with pytest.raises(LedgerError):
        open_ledger(str(tmp_path / "missing-dir" / "x.db"))
    with pytest.raises(LedgerError):
        open_ledger("nosuchdriver://whatever")
    not_db = tmp_path / "notes.db"
    not_db.write_text("this is not a database\n" * 100)
    with pytest.raises(LedgerError):
        open_ledger(str(not_db))


def test_replace_claims_for_re_extraction(ledger):
    d = doc(WIRE)
    ledger.store(d, [Claim(measure="quote", value="old"), Claim(measure="role", value="old")])
    assert ledger.replace_claims(d.id[:10], [Claim(measure="personnel.arrived", value=400)]) == 1
    assert [(c.measure, c.value) for c in ledger.claims()] == [("personnel.arrived", 400)]
    with pytest.raises(NotFoundError):
        ledger.replace_claims("abcd" * 4, [])
