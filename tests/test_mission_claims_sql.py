"""A mission's claims with the other missions' claims left out by the database (issue 10,
twenty-sixth round).

``report.data.mission_claims`` read every claim of each situation, quote and role measure and kept
those that name no mission and, for quotes and roles, those of the documents that speak of the
mission: 459,173 claims built for 265,647 kept at 1,000,009 claims (bench/serve.md, twenty-fifth
round). ``Ledger.reviewed_claims(unfiled=True, speaking_of=code)`` asks the database for those
alone. The reviews apply corrections before the filters, so a claim whose mission a review
changed, a claim a review rejected and a claim a person added are kept or left out as before;
the list and its order are the same as the old filter's (``_old_mission_claims``, the code before
this round), and so are ``unfiled_claims`` and the mission's claims read with them (alert lists) —
on SQLite and PostgreSQL. Documents and sentences written for this test.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from properties import property_settings
from sqlalchemy import delete

from missionwatch.errors import NotFoundError
from missionwatch.ledger.review_log import ReviewRequest
from missionwatch.ledger.reviews import ReviewError
from missionwatch.ledger.schema import ReviewRow
from missionwatch.models import Claim, Document
from missionwatch.report.data import PEOPLE_MEASURES, SITUATION_MEASURES, mission_claims, unfiled_claims

PROPS = property_settings(30, fixtures=True)

CODES = ("MSS", "mss", "GSF")  # a code in lower case too
CUTOFFS = (None, "2025-03-31", "2025-06")
PUBLISHED = (None, "2025-01-10", "2025-03-31", "2025-06-15", "2025-09-02")
MEASURES = ("personnel.deployed", "displaced", "killed", "quote", "role")
MISSIONS = (None, "MSS", "mss", "GSF", "")
READ = ("displaced", "killed", "quote", "role")  # the situation and people measures of MEASURES


Read = Callable[..., list[Any]]


def _reads(ledger: Any) -> Read:
    """``ledger.reviewed_claims`` with no ``unfiled`` or ``speaking_of`` (the whole reads the old
    filters start from), each distinct read made once: a check changes nothing in the ledger, and
    the old filters read the same lists again for every code and measure (a third of this file's
    time). The reads under test (``unfiled``, ``speaking_of``, ``mission_claims``) are all made."""
    made: dict[tuple[str | None, str | None, str | None], list[Any]] = {}

    def read(
        *, mission: str | None = None, measure: str | None = None, public_by: str | None = None
    ) -> list[Any]:
        key = (mission, measure, public_by)
        if key not in made:
            made[key] = ledger.reviewed_claims(mission=mission, measure=measure, public_by=public_by)
        return list(made[key])

    return read


def _old_mission_claims(
    ledger: Any, code: str, public_by: str | None = None, read: Read | None = None
) -> list[Any]:
    """``mission_claims`` as it was before this round (57c818f): every claim of the measures
    read, filtered here."""
    read = read or _reads(ledger)
    claims = list(read(mission=code, public_by=public_by))

    def of(measure: str) -> list[Any]:
        return [c for c in read(measure=measure, public_by=public_by) if not c.mission]

    for measure in SITUATION_MEASURES:
        claims.extend(of(measure))
    documents = {c.document_id for c in claims if c.mission}
    for measure in PEOPLE_MEASURES:
        claims.extend(c for c in of(measure) if c.document_id in documents)
    return claims


def _old_unfiled(ledger: Any, read: Read | None = None) -> dict[str, list[Any]]:
    read = read or _reads(ledger)
    return {
        measure: [c for c in read(measure=measure) if not c.mission]
        for measure in [*SITUATION_MEASURES, *PEOPLE_MEASURES]
    }


def _dump(claims: list[Any]) -> list[dict[str, Any]]:
    """Every field, in order (a claim people added has no id)."""
    return [c.model_dump(mode="json") for c in claims]


def _value(measure: str, n: int) -> Any:
    return f"Words number {n}." if measure in PEOPLE_MEASURES else 100 + n


def _claim(measure: str, mission: str | None, n: int) -> Claim:
    return Claim(
        measure=measure,
        mission=mission,
        subject="A. Speaker" if measure in PEOPLE_MEASURES else None,
        value=_value(measure, n),
        sentence=f"Sentence {n}.",
        start=n,
        end=n + 1,
        extractor="test",
    )


def _document(i: int, published: str | None) -> Document:
    return Document(text=f"Report {i} written for the test. " * 4, source=f"r{i}.txt", published=published)


def _clear(ledger: Any) -> None:
    for d in list(ledger.documents(limit=None)):
        ledger.delete_document(d.id)
    with ledger.engine.begin() as conn:  # the audit log is append-only; a new example starts a new one
        conn.execute(delete(ReviewRow))


def _check(ledger: Any) -> None:
    """The new reads give what the old filters gave, every field in the same order."""
    read = _reads(ledger)
    for cutoff in CUTOFFS:
        # the ledger's filters themselves, not only what mission_claims keeps of them (of the
        # measures a claim here can have: the others are empty)
        unfiled = {}
        for measure in READ:
            every = read(measure=measure, public_by=cutoff)
            unfiled[measure] = [c for c in every if not c.mission]
            got = ledger.reviewed_claims(measure=measure, public_by=cutoff, unfiled=True)
            assert _dump(got) == _dump(unfiled[measure]), (measure, cutoff)
        for code in CODES:
            assert _dump(mission_claims(ledger, code, public_by=cutoff)) == _dump(
                _old_mission_claims(ledger, code, cutoff, read)
            ), (code, cutoff)
            filed = read(mission=code, public_by=cutoff)
            documents = {c.document_id for c in filed if c.mission}
            for measure in PEOPLE_MEASURES:
                got = ledger.reviewed_claims(
                    measure=measure, public_by=cutoff, unfiled=True, speaking_of=code
                )
                mine = [c for c in unfiled[measure] if c.document_id in documents]
                assert _dump(got) == _dump(mine), (code, measure, cutoff)
    old = _old_unfiled(ledger, read)
    shared = unfiled_claims(ledger)
    assert {m: _dump(cs) for m, cs in shared.items()} == {m: _dump(cs) for m, cs in old.items()}
    for code in CODES:  # an alert list's reads: the unfiled claims read once for every mission
        assert _dump(mission_claims(ledger, code, shared)) == _dump(
            _old_mission_claims(ledger, code, read=read)
        )


# -- written cases ----------------------------------------------------------------------------
def _fill(ledger: Any) -> dict[str, str]:
    """Four documents: one speaks of MSS (a deployed figure, a quote, a role, a toll); one of GSF
    (a deployed figure and a quote); one of no mission (a quote and a displacement figure); one
    published after the cutoff that speaks of MSS (a quote)."""
    docs = {
        "mss": (
            "2025-01-10",
            [
                _claim("personnel.deployed", "MSS", 1),
                _claim("quote", None, 2),
                _claim("role", None, 3),
                _claim("killed", None, 4),
            ],
        ),
        "gsf": ("2025-03-31", [_claim("personnel.deployed", "GSF", 5), _claim("quote", None, 6)]),
        "none": (None, [_claim("quote", None, 7), _claim("displaced", None, 8)]),
        "late": ("2025-09-02", [_claim("killed", "MSS", 9), _claim("quote", None, 10)]),
    }
    ids = {}
    for i, (name, (published, claims)) in enumerate(docs.items()):
        doc = _document(i, published)
        ledger.store(doc, claims)
        ids[name] = doc.id
    return ids


def _values(claims: list[Any]) -> list[Any]:
    return [c.value for c in claims]


def _one(ledger: Any, **filters: Any) -> Any:
    (found,) = [c for c in ledger.claims(**filters)]
    return found


def test_only_the_mission_documents_quotes_and_the_unfiled_figures(ledger: Any) -> None:
    _fill(ledger)
    got = mission_claims(ledger, "MSS")
    assert _values(got) == [101, 109, 108, 104, "Words number 2.", "Words number 10.", "Words number 3."]
    assert _dump(got) == _dump(_old_mission_claims(ledger, "MSS"))
    # at an earlier date the late document is not read at all
    assert _values(mission_claims(ledger, "MSS", public_by="2025-03-31")) == [
        101, 108, 104, "Words number 2.", "Words number 3.",
    ]  # fmt: skip
    assert _values(mission_claims(ledger, "GSF")) == [105, 108, 104, "Words number 6."]
    _check(ledger)


def test_a_review_moving_a_claim_to_the_mission_brings_its_documents_quotes(ledger: Any) -> None:
    _fill(ledger)
    gsf = _one(ledger, mission="GSF")
    ledger.review(ReviewRequest(action="correct", claim_id=gsf.id, changes={"mission": "mss"}), editor="ann")
    got = mission_claims(ledger, "MSS")
    assert "Words number 6." in _values(got) and 105 in _values(got)
    assert "Words number 6." not in _values(mission_claims(ledger, "GSF"))
    # the quote of a document with no mission, corrected to name MSS: filed under it now
    quote = next(c for c in ledger.claims(measure="quote") if c.value == "Words number 7.")
    ledger.review(
        ReviewRequest(action="correct", claim_id=quote.id, changes={"mission": "MSS"}), editor="ann"
    )
    assert "Words number 7." in _values(mission_claims(ledger, "MSS"))
    assert "Words number 7." not in _values(unfiled_claims(ledger)["quote"])
    _check(ledger)


def test_a_review_moving_the_claim_away_from_the_mission_takes_its_documents_quotes(ledger: Any) -> None:
    _fill(ledger)
    mss = _one(ledger, mission="MSS", measure="personnel.deployed")
    ledger.review(ReviewRequest(action="correct", claim_id=mss.id, changes={"mission": ""}), editor="ann")
    got = mission_claims(ledger, "MSS")
    # the document speaks of no mission now: its quote and role are not the mission's; its toll
    # names no mission and still is
    assert _values(got) == [109, 108, 104, "Words number 10."]
    assert _dump(got) == _dump(_old_mission_claims(ledger, "MSS"))
    # the late toll, moved from MSS to no mission, is every mission's country context
    late = _one(ledger, mission="MSS", measure="killed")
    ledger.review(ReviewRequest(action="correct", claim_id=late.id, changes={"mission": None}), editor="ann")
    assert 109 in _values(unfiled_claims(ledger)["killed"])
    assert 109 in _values(mission_claims(ledger, "GSF"))
    assert "Words number 10." not in _values(mission_claims(ledger, "MSS"))
    _check(ledger)


def test_a_reviewed_document_published_after_the_date_is_read_as_reviewed(ledger: Any) -> None:
    """``public_by`` leaves out the stored claims of the later documents, not the reviewed ones'
    (``reconcile`` judges those): the late quote comes in with its document's review."""
    _fill(ledger)
    late = _one(ledger, mission="MSS", measure="killed")
    ledger.review(ReviewRequest(action="correct", claim_id=late.id, changes={"value": 99}), editor="ann")
    assert "Words number 10." in _values(mission_claims(ledger, "MSS", public_by="2025-03-31"))
    ledger.review(ReviewRequest(action="reject", claim_id=late.id, reason="not so"), editor="ann")
    assert "Words number 10." not in _values(mission_claims(ledger, "MSS"))
    _check(ledger)


def test_a_quote_a_person_added_to_a_mission_document(ledger: Any) -> None:
    ids = _fill(ledger)
    fields = {"measure": "quote", "value": "Added words.", "subject": "B. Officer"}
    for doc in (ids["gsf"], ids["none"]):
        ledger.review(ReviewRequest(action="add", document=doc, start=0, end=6, fields=fields), editor="ann")
    assert _values(mission_claims(ledger, "GSF"))[-1] == "Added words."
    assert "Added words." not in _values(mission_claims(ledger, "MSS"))
    assert _values(unfiled_claims(ledger)["quote"]).count("Added words.") == 2
    _check(ledger)


# -- the property -----------------------------------------------------------------------------
CHANGES = [
    {"mission": "MSS"},
    {"mission": "gsf"},
    {"mission": ""},
    {"measure": "quote"},
    {"measure": "displaced"},
    {"measure": "personnel.deployed"},
    {"value": "7"},
]


@st.composite
def ledgers(draw: st.DrawFn) -> tuple[list[tuple[str | None, list[Claim]]], list[tuple[Any, ...]]]:
    """1–5 documents of 1–4 claims (any of five measures under any of five missions' spellings),
    then up to six review actions on them."""
    docs = []
    n = 0
    for _ in range(draw(st.integers(1, 5))):
        claims = []
        for _ in range(draw(st.integers(1, 4))):
            n += 1
            claims.append(_claim(draw(st.sampled_from(MEASURES)), draw(st.sampled_from(MISSIONS)), n))
        docs.append((draw(st.sampled_from(PUBLISHED)), claims))
    actions: list[tuple[Any, ...]] = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["correct", "correct", "correct", "reject", "add", "undo"]))
        pick = draw(st.integers(0, 50))
        if kind == "correct":
            actions.append((kind, pick, draw(st.sampled_from(CHANGES))))
        elif kind == "add":
            measure = draw(st.sampled_from(MEASURES))
            mission = draw(st.sampled_from([None, "MSS", "GSF"]))
            actions.append(
                (kind, pick, {"measure": measure, "mission": mission, "value": _value(measure, 0)})
            )
        else:
            actions.append((kind, pick, None))
    return docs, actions


def _review(ledger: Any, kind: str, pick: int, extra: Any) -> None:
    claims = ledger.claims()
    if kind == "undo":
        events, _ = ledger.reviews(limit=None)
        if events:  # an undo of an undone event is refused
            with contextlib.suppress(ReviewError, NotFoundError):
                ledger.review(
                    ReviewRequest(action="undo", target=events[pick % len(events)].id), editor="ann"
                )
        return
    if not claims:
        return
    c = claims[pick % len(claims)]
    if kind == "correct":
        request = ReviewRequest(action="correct", claim_id=c.id, changes=extra)
    elif kind == "reject":
        request = ReviewRequest(action="reject", claim_id=c.id, reason="wrong")
    else:
        fields = {k: v for k, v in extra.items() if v is not None}
        request = ReviewRequest(action="add", document=c.document_id, start=0, end=6, fields=fields)
    with contextlib.suppress(ReviewError, NotFoundError):  # a refusal writes nothing
        ledger.review(request, editor="ann")


@PROPS
@given(drawn=ledgers())
def test_the_database_filters_as_the_old_filter(
    ledger: Any, drawn: tuple[list[tuple[str | None, list[Claim]]], list[tuple[Any, ...]]]
) -> None:
    _clear(ledger)
    docs, actions = drawn
    for i, (published, claims) in enumerate(docs):
        ledger.store(_document(i, published), claims)
    for kind, pick, extra in actions:
        _review(ledger, kind, pick, extra)
    _check(ledger)
