"""Properties of reconciliation that must hold for any claims, checked with hypothesis.

- the order claims arrive in does not change the facts;
- a syndicated copy (another document of the same near-duplicate cluster) adds no source;
- adding a claim never removes one: every input claim lands in exactly one fact.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from missionwatch.models import StoredClaim
from missionwatch.reconcile import reconcile

PROPS = settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

START = date(2024, 9, 1)
OUTLETS = ["Wire", "Agency", "Daily", "UN Press", None]
URLS = [None, "https://press.un.org/x", "https://example.com/y"]


@st.composite
def dates(draw) -> str | None:
    """An ISO date at day or month precision within ~six weeks, or None."""
    kind = draw(st.sampled_from(["day", "day", "day", "month", None]))
    if kind is None:
        return None
    d = START + timedelta(days=draw(st.integers(0, 40)))
    return d.isoformat() if kind == "day" else d.isoformat()[:7]


MEASURES = {
    "personnel.deployed": st.integers(300, 460),
    "personnel.target": st.sampled_from([2500, 2900, 5550]),
    "council.vote": st.sampled_from(["12-0-3", "13", "unanimous", "15-0-0"]),
    "mandate.expiry": st.sampled_from(["2025-10-02", "2025-10", "2024-10-02"]),
    "contributor": st.sampled_from(["willing", "deployed"]),
}


@st.composite
def documents(draw) -> list[dict]:
    """A few documents: some found their own cluster, others join one (syndicated copies)."""
    n = draw(st.integers(1, 6))
    docs = []
    for i in range(n):
        doc_id = f"doc{i}"
        founder = i == 0 or draw(st.booleans())
        cluster = doc_id if founder else f"doc{draw(st.integers(0, i - 1))}"
        docs.append(
            {
                "document_id": doc_id,
                "cluster_id": cluster,
                "outlet": draw(st.sampled_from(OUTLETS)),
                "url": draw(st.sampled_from(URLS)),
                "published": draw(dates()),
            }
        )
    return docs


@st.composite
def claim_lists(draw, min_size: int = 0) -> list[StoredClaim]:
    docs = draw(documents())
    claims = []
    for i in range(draw(st.integers(min_size, 12))):
        doc = draw(st.sampled_from(docs))
        measure = draw(st.sampled_from(sorted(MEASURES)))
        claims.append(
            StoredClaim(
                id=i,
                measure=measure,
                mission=draw(st.sampled_from(["MSS", "MSS", "GSF", "mss"])),
                subject=draw(st.sampled_from([None, None, "Kenya", "KEN", "Jamaica", "2793"])),
                value=draw(MEASURES[measure]),
                qualifier=draw(st.sampled_from(["exact", "approx", "at_least", "at_most", None])),
                as_of=draw(dates()),
                sentence=f"Claim {i}.",
                start=i,
                end=i + 1,
                **doc,
            )
        )
    return claims


@st.composite
def one_fact_claims(draw) -> list[StoredClaim]:
    """Claims crowded into one fact, from few outlets on few days: where source counting is hard."""
    n_docs = draw(st.integers(2, 5))
    docs = []
    for i in range(n_docs):
        founder = i == 0 or draw(st.booleans())
        docs.append(
            {
                "document_id": f"doc{i}",
                "cluster_id": f"doc{i}" if founder else f"doc{draw(st.integers(0, i - 1))}",
                "outlet": draw(st.sampled_from(["Wire", "Agency"])),
                "published": (START + timedelta(days=draw(st.integers(0, 2)))).isoformat(),
            }
        )
    return [
        StoredClaim(
            id=i,
            measure="personnel.deployed",
            mission="MSS",
            value=draw(st.integers(380, 430)),
            qualifier="approx",
            as_of=(START + timedelta(days=draw(st.integers(0, 4)))).isoformat(),
            sentence=f"Claim {i}.",
            start=i,
            end=i + 1,
            **docs[i % n_docs],
        )
        for i in range(draw(st.integers(2, 6)))
    ]


def dump(facts) -> list[dict]:
    return [f.model_dump() for f in facts]


def multiset(claims) -> Counter:
    return Counter(c.model_dump_json() for c in claims)


@PROPS
@given(claims=claim_lists(), data=st.data())
def test_order_of_claims_does_not_change_the_facts(claims, data):
    shuffled = data.draw(st.permutations(claims))
    assert dump(reconcile(shuffled)) == dump(reconcile(claims))


@PROPS
@given(claims=st.one_of(claim_lists(min_size=1), one_fact_claims()), data=st.data())
def test_a_syndicated_copy_adds_no_source(claims, data):
    original = data.draw(st.sampled_from(claims))
    # The copy often runs in an outlet, on a day, that some other story of the batch ran in: the
    # case where careless outlet-day counting would merge two independent sources through it.
    elsewhere = sorted({(c.outlet, c.published) for c in claims if c.measure == original.measure}, key=str)
    outlet, published = data.draw(st.sampled_from(elsewhere) | st.tuples(st.sampled_from(OUTLETS), dates()))
    copy = original.model_copy(
        update={
            "id": 10_000,
            "document_id": "copy-of-" + original.document_id,
            "outlet": outlet,
            "url": "https://syndicator.example/copy",
            # the copy may run later, unless the date is all that places the claim in time
            "published": published if original.as_of else original.published,
        }
    )
    before = {f.id: f.sources for f in reconcile(claims)}
    after_facts = reconcile([*claims, copy])
    after = {f.id: f.sources for f in after_facts}
    assert after == before
    home = [f for f in after_facts if any(c.id == 10_000 for c in f.claims)]
    assert len(home) == 1 and any(c.id == original.id for c in home[0].claims)


@PROPS
@given(claims=claim_lists(), extra=claim_lists(min_size=1))
def test_adding_a_claim_never_removes_one(claims, extra):
    new = extra[0].model_copy(update={"id": 20_000})
    for batch in (claims, [*claims, new]):
        facts = reconcile(batch)
        placed = Counter()
        for f in facts:
            placed.update(multiset(f.claims))
        assert placed == multiset(batch)
