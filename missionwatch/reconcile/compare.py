"""When two claims of one fact disagree, and how many independent sources stand behind a fact.

Kept apart from the grouping so that ``reconcile`` (which flags a fact as a conflict) and
``conflicts`` (which lays out both sides, maybe at another tolerance) use one definition.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from missionwatch.models import StoredClaim
from missionwatch.reconcile.normalise import (
    fold,
    kind_of,
    number,
    parse_date,
    parse_tally,
)
from missionwatch.reconcile.rules import Rules, _host


def value_key(claim: StoredClaim, rules: Rules) -> Hashable | None:
    """The claim's value in a form where equal means "says the same"; None when unreadable."""
    kind = kind_of(claim.measure)
    if kind == "number":
        n = number(claim.value)
        return None if n is None else n
    if kind == "tally":
        t = parse_tally(claim.value, rules.council_size, claim.attrs)
        return None if t is None else t.text()
    if kind == "date":
        d = parse_date(claim.value)
        return None if d is None else d.text
    if claim.value is None or str(claim.value).strip() == "":
        return None
    return fold(str(claim.value))


def numbers_disagree(
    a: float, qa: str | None, b: float, qb: str | None, rules: Rules, tolerance: float | None = None
) -> bool:
    """Numbers disagree beyond the relative tolerance; an approximate side widens it; bounds bound.

    ``at_least a`` only disagrees with a figure clearly below a; ``at_most`` with one clearly above;
    two lower (or two upper) bounds never disagree.
    """
    tol = rules.tolerance if tolerance is None else tolerance
    tol += rules.approx_widening * ((qa == "approx") + (qb == "approx"))

    def below(x: float, y: float) -> bool:  # x clearly below y
        return x < y and (y - x) > tol * max(abs(x), abs(y))

    if qa == "at_least" and qb == "at_least":
        return False
    if qa == "at_most" and qb == "at_most":
        return False
    if qa == "at_least":
        return below(b, a)
    if qb == "at_least":
        return below(a, b)
    if qa == "at_most":
        return below(a, b)
    if qb == "at_most":
        return below(b, a)
    return below(a, b) or below(b, a)


def dates_disagree(a: str, b: str) -> bool:
    """Dates disagree when they name different months (or different years at year precision)."""
    n = min(len(a), len(b), 7)
    return a[:n] != b[:n]


def claims_disagree(a: StoredClaim, b: StoredClaim, rules: Rules, tolerance: float | None = None) -> bool:
    """Whether two claims of one fact contradict each other (statuses and quotes never do)."""
    kind = kind_of(a.measure)
    if kind == "number":
        x, y = number(a.value), number(b.value)
        if x is None or y is None:
            return False
        return numbers_disagree(x, a.qualifier, y, b.qualifier, rules, tolerance)
    if kind == "tally":
        ta = parse_tally(a.value, rules.council_size, a.attrs)
        tb = parse_tally(b.value, rules.council_size, b.attrs)
        return bool(ta and tb and ta.disagrees(tb))
    if kind == "date":
        da, db = parse_date(a.value), parse_date(b.value)
        return bool(da and db and dates_disagree(da.text, db.text))
    if kind == "category":
        ka, kb = value_key(a, rules), value_key(b, rules)
        return ka is not None and kb is not None and ka != kb
    return False


def any_disagreement(
    claims: Sequence[StoredClaim],
    rules: Rules,
    tolerance: float | None = None,
    *,
    keys: Sequence[Hashable | None] | None = None,
) -> bool:
    """True when some pair of the claims disagrees (pairs of distinct value and qualifier only).
    ``keys``: the claims' value keys, when the caller has them already."""
    distinct: dict[tuple, StoredClaim] = {}
    if keys is None:
        keys = [value_key(c, rules) for c in claims]
    for c, k in zip(claims, keys, strict=True):
        if k is not None:
            distinct.setdefault((k, c.qualifier), c)
    reps = list(distinct.values())
    return any(
        claims_disagree(reps[i], reps[j], rules, tolerance)
        for i in range(len(reps))
        for j in range(i + 1, len(reps))
    )


def outlet_key(claim: StoredClaim) -> str | None:
    """The outlet as one name: its folded name, else the host of its URL."""
    if claim.outlet and claim.outlet.strip():
        return fold(claim.outlet)
    return _host(claim.url)


def source_components(claims: Sequence[StoredClaim], rules: Rules) -> list[int]:
    """For each claim, the number of its independent source (0, 1, …, in order of first sight).

    Two claims share a source when they come from the same document, the same near-duplicate
    cluster (syndicated copies) or — with ``outlet_day_once`` — the same outlet on the same day
    (for documents that founded their cluster: the ledger gives a new cluster its first
    document's id).
    The relation is closed transitively (union-find), so the count does not depend on order.
    """
    # Documents are joined through what they share (a cluster, an outlet-day): each shared thing
    # is owned by the first document seen with it, and a later one is joined to its owner.
    parent: dict[str, str] = {}

    def find(d: str) -> str:
        while (up := parent[d]) != d:
            parent[d] = parent[up]
            d = parent[d]
        return d

    owner: dict[tuple, str] = {}
    firsts: list[str] = []
    seen: set[tuple] = set()  # what a claim's source is made of: its document's provenance
    for c in claims:
        d = c.document_id
        firsts.append(d)
        provenance = (d, c.cluster_id, c.outlet, c.url, c.published)
        if provenance in seen:  # another claim of a document already joined to its source
            continue
        seen.add(provenance)
        parent.setdefault(d, d)
        shared: list[tuple] = []
        if c.cluster_id:
            shared.append(("cluster", c.cluster_id))
        ok = outlet_key(c)
        # Only a cluster's founder (or an unclustered document) speaks for its outlet and day: a
        # syndicated copy counts with its original, never joins the outlet's own stories.
        founder = not c.cluster_id or c.cluster_id == d
        if rules.outlet_day_once and founder and ok and c.published and len(c.published) >= 10:
            shared.append(("outlet-day", ok, c.published[:10]))
        for thing in shared:
            other = owner.setdefault(thing, d)
            if other != d:
                a, b = find(d), find(other)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    numbering: dict[str, int] = {}
    return [numbering.setdefault(find(d), len(numbering)) for d in firsts]


def independent_sources(claims: Sequence[StoredClaim], rules: Rules) -> int:
    """How many independent sources state these claims (see ``source_components``)."""
    return len(set(source_components(claims, rules)))
