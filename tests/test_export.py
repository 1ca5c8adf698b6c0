"""Export → import gives the same ledger: documents, claims (in order, with value types), clusters."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from missionwatch.ledger import open_ledger
from missionwatch.ledger.exchange import export_ledger, import_export
from missionwatch.models import MEASURES, Claim, Document

BASE = (
    "The Security Council extended the mandate of the mission in Haiti by twelve months on Monday, "
    "with thirteen votes in favour and two abstentions, as the Kenyan-led force counted about four "
    "hundred officers on the ground and donors had paid only part of what they pledged."
)


def snapshot(ledger: Any) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Everything a round trip must keep, in storage order."""
    out = []
    for doc, claims in ledger.iter_documents():
        d = doc.model_dump(exclude={"claim_count"})
        out.append((d, [c.model_dump() for c in claims]))
    return out


def cluster_partition(ledger: Any) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for doc, _ in ledger.iter_documents():
        groups.setdefault(doc.cluster_id, set()).add(doc.id)
    return {frozenset(g) for g in groups.values()}


def fill(ledger: Any) -> None:
    when = datetime(2024, 9, 30, 18, 5, 1, 250000, tzinfo=UTC)
    ledger.store(
        Document(text=BASE, source="a.txt", title="Renewal", outlet="AP", published="2024-09-30",
                 url="https://example.org/a", meta={"tags": ["un", "haiti"], "n": 1}, retrieved_at=when),
        [
            Claim(measure="council.vote", mission="MSS", subject="2751", value="13-0-2", as_of="2024-09-30",
                  sentence="thirteen votes", start=5, end=19, confidence=0.9, extractor="t",
                  extractor_version="1"),
            Claim(measure="personnel.deployed", mission="MSS", value=400, unit="persons", qualifier="approx",
                  qualifier_cue="about", attrs={"raw": "about four hundred"}, flags=["vague"]),
            Claim(measure="funding.pledged", value=1.5e8, unit="USD", subject=""),
            Claim(measure="quote", subject="\\N", value="\\backslash, \"quoted\"\nnewline, comma"),
            Claim(measure="role", value=None),
        ],
    )  # fmt: skip
    ledger.store(
        Document(
            text="Wire copy\n\n" + BASE + " One more sentence was added.",
            source="b.txt",
            title="",
            outlet=None,
            retrieved_at=when + timedelta(seconds=1),
        )
    )
    ledger.store(
        Document(
            text="An unrelated note on displacement: 1.4 million people.",
            source="c.txt",
            published="2025",
            language="en",
            content_type="text/html",
        )
    )


@pytest.mark.parametrize("fmt,target", [("jsonl", "x.jsonl"), ("csv", "x.zip"), ("csv", "xdir"),
                                        ("parquet", "xpq")])  # fmt: skip
def test_round_trip_every_format(db_url, new_db, tmp_path, fmt, target):
    with open_ledger(db_url) as src:
        fill(src)
        export_ledger(src, fmt, str(tmp_path / target))
        expected = snapshot(src)
        expected_clusters = cluster_partition(src)
    assert len(expected_clusters) == 2  # the wire copy joined the original
    with open_ledger(new_db("sqlite")) as dst:
        summary = import_export(dst, str(tmp_path / target))
        assert summary.failed == 0 and summary.imported == 3 and summary.claims == 5
        assert snapshot(dst) == expected
        assert cluster_partition(dst) == expected_clusters
        again = import_export(dst, str(tmp_path / target))
        assert again.duplicates == 3 and again.imported == 0


@pytest.mark.postgres
def test_round_trip_sqlite_to_postgres(new_db, tmp_path):
    with open_ledger(new_db("sqlite")) as src:
        fill(src)
        export_ledger(src, "jsonl", str(tmp_path / "x.jsonl"))
        expected = snapshot(src)
    with open_ledger(new_db("postgres")) as dst:
        import_export(dst, str(tmp_path / "x.jsonl"))
        assert snapshot(dst) == expected


def test_bad_records_cost_one_line_each(new_db, tmp_path):
    with open_ledger(new_db("sqlite")) as src:
        fill(src)
        export_ledger(src, "jsonl", str(tmp_path / "x.jsonl"))
    lines = (tmp_path / "x.jsonl").read_text().splitlines()
    tampered = json.loads(lines[1])
    tampered["text"] += " edited"
    bad = [lines[0], "not json", json.dumps(tampered), *lines[2:], '{"type": "weird"}']
    (tmp_path / "bad.jsonl").write_text("\n".join(bad) + "\n")
    with open_ledger(new_db("sqlite")) as dst:
        summary = import_export(dst, str(tmp_path / "bad.jsonl"))
    assert summary.imported == 2
    assert summary.failed >= 3
    assert any("bad.jsonl:2:" in e for e in summary.errors)
    assert any("does not match its text" in e for e in summary.errors)
    assert all(e.startswith("error: ") and "\n" not in e for e in summary.errors)


def test_cli_export_import(cli, new_db, tmp_path):
    src, dst = new_db("sqlite"), new_db("sqlite")
    with open_ledger(src) as led:
        fill(led)
    out = cli("export", "--db", src, "-f", "parquet")
    assert out.exit_code == 2 and "error:" in out.stderr
    assert cli("export", "--db", src, "-f", "xml", "-o", str(tmp_path / "x")).exit_code == 2
    assert cli("export", "--db", src, "-f", "csv", "-o", str(tmp_path / "c.zip")).exit_code == 0
    res = cli("import", str(tmp_path / "c.zip"), "--db", dst, "--json")
    assert res.exit_code == 0 and json.loads(res.stdout)["imported"] == 3
    res = cli("export", "--db", dst)
    assert res.exit_code == 0 and res.stdout.count('"type": "document"') == 3
    assert cli("import", str(tmp_path / "missing.jsonl"), "--db", dst).exit_code == 1


# -- property test ---------------------------------------------------------------------------
text_st = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00"), max_size=40)
opt_text = st.none() | text_st
value_st = (
    st.none()
    | st.integers(min_value=-(2**53), max_value=2**53)
    | st.floats(allow_nan=False, allow_infinity=False, width=64)
    | text_st
)
json_st = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | text_st,
    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=5), kids, max_size=3),
    max_leaves=6,
)
claim_st = st.builds(
    Claim,
    measure=st.sampled_from(MEASURES),
    mission=st.none() | st.sampled_from(["MSS", "GSF", "BINUH"]),
    subject=opt_text,
    value=value_st,
    unit=st.none() | st.sampled_from(["persons", "USD", "months", ""]),
    qualifier=st.none() | st.sampled_from(["exact", "approx", "at_least", "at_most"]),
    as_of=st.none() | st.sampled_from(["2024", "2024-06", "2024-06-25"]),
    sentence=text_st,
    start=st.integers(0, 10_000),
    end=st.integers(0, 10_000),
    confidence=st.floats(0, 1),
    flags=st.lists(text_st, max_size=2),
    attrs=st.dictionaries(st.text(max_size=6), json_st, max_size=3),
)
doc_st = st.builds(
    lambda body, title, outlet, published, meta, seconds: Document(
        text=body, source="gen.txt", title=title, outlet=outlet, published=published, meta=meta,
        retrieved_at=datetime(2025, 1, 1, tzinfo=UTC) + timedelta(microseconds=seconds),
    ),
    body=st.lists(st.sampled_from(["gangs", "police", "Haiti", "Kenya", "vote", "fund", "é", "\\N", '"']),
                  min_size=1, max_size=30).map(" ".join),
    title=opt_text,
    outlet=opt_text,
    published=st.none() | st.sampled_from(["2023", "2024-02", "2025-09-30"]),
    meta=st.dictionaries(st.text(max_size=6), json_st, max_size=3),
    seconds=st.integers(0, 10**12),
)  # fmt: skip


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    items=st.lists(st.tuples(doc_st, st.lists(claim_st, max_size=4)), min_size=1, max_size=4),
    fmt=st.sampled_from(["jsonl", "csv", "parquet"]),
)
def test_round_trip_property(items, fmt):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        with open_ledger(str(root / "a.db")) as src:
            for doc, claims in items:
                src.store(doc, claims)
            target = str(root / {"jsonl": "x.jsonl", "csv": "x.zip", "parquet": "xpq"}[fmt])
            export_ledger(src, fmt, target)
            expected = snapshot(src)
        with open_ledger(str(root / "b.db")) as dst:
            summary = import_export(dst, target)
            assert summary.failed == 0, summary.errors
            assert snapshot(dst) == expected


def _review(ledger: Any) -> None:
    """Review events of every kind on the ``fill`` ledger (issue 11): they travel with the export."""
    from missionwatch.ledger.review_log import ReviewRequest

    claims = {c.measure: c for c in ledger.claims()}
    doc = ledger.document(claims["quote"].document_id)
    events = [
        ReviewRequest(action="correct", claim_id=claims["personnel.deployed"].id, changes={"value": "410"}),
        ReviewRequest(action="reject", claim_id=claims["role"].id, reason="no role in the text"),
        ReviewRequest(action="pin", claim_id=claims["council.vote"].id, reason="the Council's record"),
        ReviewRequest(
            action="add",
            document=doc.id,
            evidence="twelve months",
            fields={"measure": "mandate.duration", "value": "12", "mission": "MSS"},
        ),
    ]
    written = [ledger.review(r, editor="ana ✓") for r in events]
    ledger.review(ReviewRequest(action="undo", target=written[1].id, reason="it is there"), editor="ben")


def _files(path: Path) -> dict[str, bytes]:
    if path.is_dir():
        return {p.name: p.read_bytes() for p in sorted(path.iterdir())}
    return {path.name: path.read_bytes()}


@pytest.mark.parametrize("fmt,target", [("jsonl", "x.jsonl"), ("csv", "xdir"), ("csv", "x.zip"),
                                        ("parquet", "xpq")])  # fmt: skip
def test_reviews_round_trip_byte_identical(db_url, new_db, tmp_path, fmt, target):
    (tmp_path / "a").mkdir()
    with open_ledger(db_url) as src:
        fill(src)
        _review(src)
        export_ledger(src, fmt, str(tmp_path / "a" / target))
        expected_log = [e.model_dump(exclude={"seq", "claim_id"}) for e in src.reviews(limit=None)[0]]
    first = tmp_path / "a" / target
    if fmt == "csv" and target == "xdir":
        assert (first / "reviews.csv").exists()
    same_kind = "postgres" if db_url.startswith("postgresql") else "sqlite"
    with open_ledger(new_db(same_kind)) as dst:
        summary = import_export(dst, str(first))
        assert summary.failed == 0 and summary.reviews == 5
        assert [e.model_dump(exclude={"seq", "claim_id"}) for e in dst.reviews(limit=None)[0]] == expected_log
        (tmp_path / "b").mkdir()
        second = tmp_path / "b" / target
        export_ledger(dst, fmt, str(second))
        assert import_export(dst, str(first)).reviews == 0  # events already there are kept once
    if fmt == "csv" and target == "x.zip":
        import zipfile

        with zipfile.ZipFile(first) as a, zipfile.ZipFile(second) as b:
            assert {n: a.read(n) for n in a.namelist()} == {n: b.read(n) for n in b.namelist()}
    else:
        for name, data in _files(first).items():
            assert data.splitlines() == _files(second)[name].splitlines()
