"""Alerts: what an analyst must hear about without asking, with thresholds from configuration.

Five kinds, each computed from the same facts the briefing shows:

- ``mandate_expiring`` — the authorisation ends within ``alert_mandate_days``;
- ``deployed_low`` — personnel deployed below ``alert_deployed_pct`` % of the target;
- ``funding_low`` — money contributed below ``alert_funding_pct`` % of what is required;
- ``conflict`` — a claim published since ``since`` disagrees with the current best estimate;
- ``council_vote`` — the Council voted on the mission since ``since``.

Threshold alerts are only raised for missions still running at the as-of date (the knowledge
base's ``end``). Each alert has a stable ``id`` (the same condition gives the same id on every
run) so a feed reader or a mail hook does not repeat itself. ``to_atom`` writes them as an Atom feed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import timedelta
from typing import Literal
from xml.etree import ElementTree as ET

from pydantic import BaseModel, Field

from missionwatch.config import Settings
from missionwatch.models import StoredClaim
from missionwatch.report.backend import Backend, FactView, as_number
from missionwatch.report.briefing import build_briefing, claim_link, known_by, today
from missionwatch.report.format import days, label, parse_date, value_text

AlertKind = Literal["mandate_expiring", "deployed_low", "funding_low", "conflict", "council_vote"]
NOT_FIGURES = {"quote", "role", "contributor", "donor", "mission.lead", "council.penholder"}
# the claims an alert on a figure cites: its fact's first (an alert list reads only those and the
# claims since its date of each fact, not the six a page shows)
SOURCES = 3


class AlertSource(BaseModel):
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    sentence: str = ""
    link: str


class Alert(BaseModel):
    id: str = Field(description="Stable across runs for the same condition")
    kind: AlertKind
    mission: str
    date: str = Field(description="When the condition arose: the as-of date or the claim's publication")
    title: str
    message: str
    link: str = Field(description="Path of the page that explains the alert")
    sources: list[AlertSource] = Field(default_factory=list)


def _id(*parts: object) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:16]


def conflict_id(code: str, claim_id: int | None, document_id: str | None, start: int, measure: str) -> str:
    """The id of the ``conflict`` alert a mission's list raises on a claim: ``_id``'s, its parts
    joined at once (a keyset page deep in a list of 120,859 alerts works out the ids before it)."""
    text = f"conflict|{code}|{claim_id}|{document_id}|{start}|{measure}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _source(c: StoredClaim) -> AlertSource:
    return AlertSource(
        outlet=c.outlet, published=c.published, url=c.url, sentence=c.sentence, link=claim_link(c)
    )


def disagrees(claim: StoredClaim, fact: FactView) -> bool:
    """True when the claim's value is not the fact's best estimate (numbers within 1 % agree)."""
    a, b = as_number(claim.value), as_number(fact.best)
    if a is not None and b is not None:
        return abs(a - b) > 0.01 * max(abs(a), abs(b), 1.0)
    return str(claim.value).strip().lower() != str(fact.best).strip().lower()


def mission_alerts(
    mission: str,
    claims: list[StoredClaim],
    *,
    settings: Settings,
    since: str,
    as_of: str,
    backend: Backend,
    stored: Callable[[str, list[StoredClaim], str], list[FactView] | None] | None = None,
    listed_elsewhere: Callable[[FactView], bool] | None = None,
) -> list[Alert]:
    """The alerts of one mission at ``as_of``; 'new' means published on or after ``since``.

    ``stored(mission, claims, as_of)`` gives the materialized facts when they answer for ``as_of``
    (``report.data.briefing_facts``); otherwise, or when it returns None, the claims are reconciled.
    ``listed_elsewhere``: the facts whose conflict alerts are left out (``report.data.alert_page``
    counts them from the marks the ledger keeps and builds those of its page).
    """
    known = known_by(claims, as_of)
    facts = stored(mission, claims, as_of) if stored else None
    if facts is None:
        facts = backend.facts(known, as_of=as_of)
    brief = build_briefing(mission, known, as_of=as_of, backend=backend, facts=facts, lists=False)
    code, page = brief.mission, f"/missions/{brief.mission}"
    out: list[Alert] = []
    found = backend.mission(code)
    # a mission that has ended, or whose successor has started (resolution 2793 turned the MSS into
    # the GSF), no longer expires nor falls short of anything
    running = not (found and found.end and found.end[:10] < as_of) and brief.mandate.succeeded_by is None

    m = brief.mandate
    if (
        running
        and m.expiry is not None
        and m.days_left is not None
        and 0 <= m.days_left <= settings.alert_mandate_days
    ):
        out.append(
            Alert(
                id=_id("mandate_expiring", code, m.expiry.value),
                kind="mandate_expiring",
                mission=code,
                date=as_of,
                link=f"{page}#mandate",
                title=f"{code}: mandate expires in {days(m.days_left)}",
                message=f"The authorisation of {brief.mission_name} ends on {m.expiry.value} "
                f"({days(m.days_left)} after {as_of}; "
                f"alert threshold {days(settings.alert_mandate_days)}).",
                sources=[
                    _source(c)
                    for f in facts
                    if f.measure == "mandate.expiry" and f.subject is None and f.mission == code
                    for c in f.claims[:SOURCES]
                ],
            )
        )

    total = brief.strength.total
    if running and total.pct_of_target is not None and total.pct_of_target < settings.alert_deployed_pct:
        out.append(
            Alert(
                id=_id(
                    "deployed_low",
                    code,
                    total.deployed and total.deployed.value,
                    total.target and total.target.value,
                ),
                kind="deployed_low",
                mission=code,
                date=as_of,
                link=f"{page}#strength",
                title=f"{code}: {total.pct_of_target:g} % of target strength deployed",
                message=f"{total.deployed.text if total.deployed else '?'} personnel deployed against a "
                f"target of {total.target.text if total.target else '?'} "
                f"(alert below {settings.alert_deployed_pct:g} %).",
            )
        )

    money = brief.money
    if running and money.pct_contributed is not None and money.pct_contributed < settings.alert_funding_pct:
        out.append(
            Alert(
                id=_id(
                    "funding_low",
                    code,
                    money.total.contributed and money.total.contributed.value,
                    money.total.required and money.total.required.value,
                ),
                kind="funding_low",
                mission=code,
                date=as_of,
                link=f"{page}#money",
                title=f"{code}: {money.pct_contributed:g} % of required funding contributed",
                message=f"{money.total.contributed.text if money.total.contributed else '?'} contributed of "
                f"{money.total.required.text if money.total.required else '?'} required "
                f"(alert below {settings.alert_funding_pct:g} %).",
            )
        )

    for fact in facts:
        if fact.measure in NOT_FIGURES or fact.mission not in (code, None):
            continue
        if listed_elsewhere is not None and listed_elsewhere(fact):
            continue
        out.extend(conflict_alerts(code, fact, since, as_of))

    seen: set[str] = set()
    for r in m.resolutions:
        if r.date and since <= r.date[:10] <= as_of:
            seen.add(r.number)
            out.append(
                Alert(
                    id=_id("council_vote", code, r.number),
                    kind="council_vote",
                    mission=code,
                    date=r.date[:10],
                    link=f"{page}#mandate",
                    title=f"{code}: Council adopted resolution {r.number}"
                    + (f" ({r.tally})" if r.tally else ""),
                    message=f"Resolution {r.number} adopted on {r.date}"
                    + (f" by {r.tally}" if r.tally else "")
                    + (f"; the authorisation now runs to {r.expiry}." if r.expiry else "."),
                )
            )
    for c in known:
        if c.measure != "council.vote" or (c.published or "")[:10] < since:
            continue
        number = (c.subject or "").replace("resolution", "").strip()
        if number in seen or c.mission not in (code, None):
            continue
        seen.add(number)
        out.append(
            Alert(
                id=_id("council_vote", code, number),
                kind="council_vote",
                mission=code,
                date=(c.as_of or c.published or as_of)[:10],
                link=claim_link(c),
                title=f"{code}: Council vote on resolution {number or '?'} ({c.value})",
                message=f"{c.outlet or 'A source'} reports a Council vote of {c.value} on resolution "
                f"{number or '?'}.",
                sources=[_source(c)],
            )
        )
    return out


def conflict_alerts(
    code: str, fact: FactView, since: str, as_of: str, claims: list[StoredClaim] | None = None
) -> list[Alert]:
    """The ``conflict`` alerts of one fact: each claim published since ``since`` that ``disagrees``
    with its best — what the fact gives every alert (its best's number and text, its label) worked
    out once, not once per claim (120,859 alerts since 2024-01-01 at 1,000,009 claims). Built by
    their constructors: ``model_construct`` was twice as slow (0.71 vs 0.32 s for 50,000).
    ``claims``: of the fact's claims, these (a day's, read from its marks) rather than its own."""
    new = [c for c in (fact.claims if claims is None else claims) if (c.published or "")[:10] >= since]
    if not new:
        return []
    best = as_number(fact.best)
    best_said = str(fact.best).strip().lower()
    best_text = value_text(fact.best, fact.unit, fact.qualifier)
    head = f"{code}: {label(fact.measure)}{f' ({fact.subject})' if fact.subject else ''} — new claim "
    decided = f" (decided by {fact.decided_by})" if fact.decided_by else ""
    out: list[Alert] = []
    for c in new:
        value = as_number(c.value)
        if value is not None and best is not None:
            if abs(value - best) <= 0.01 * max(abs(value), abs(best), 1.0):
                continue
        elif str(c.value).strip().lower() == best_said:
            continue
        said = value_text(c.value, c.unit, c.qualifier)
        link = claim_link(c)
        out.append(
            Alert(
                id=conflict_id(code, c.id, c.document_id, c.start, c.measure),
                kind="conflict",
                mission=code,
                date=(c.published or as_of)[:10],
                link=link,
                title=f"{head}{said} vs best {best_text}",
                message=f"{c.outlet or 'A source'} ({c.published or 'undated'}) says "
                f"{said}; the current best estimate is {best_text}{decided}.",
                sources=[
                    AlertSource(
                        outlet=c.outlet, published=c.published, url=c.url, sentence=c.sentence, link=link
                    )
                ],
            )
        )
    return out


def default_since(as_of: str) -> str:
    """What 'new' means when nobody says: published in the 30 days before ``as_of``."""
    start = parse_date(as_of[:10])
    return (start - timedelta(days=30)).isoformat() if start else as_of[:10]


def compute_alerts(
    claims_by_mission: Mapping[str, list[StoredClaim]],
    *,
    settings: Settings,
    since: str | None = None,
    as_of: str | None = None,
    backend: Backend | None = None,
    stored: Callable[[str, list[StoredClaim], str], list[FactView] | None] | None = None,
    listed_elsewhere: Callable[[FactView], bool] | None = None,
) -> list[Alert]:
    """Alerts of every mission, newest first; ``since`` defaults to 30 days before ``as_of``
    (``stored``, ``listed_elsewhere``: see ``mission_alerts``)."""
    backend = backend or Backend()
    as_of = (as_of or today())[:10]
    since = since or default_since(as_of)
    out: list[Alert] = []
    for mission, claims in claims_by_mission.items():
        out.extend(
            mission_alerts(
                mission,
                claims,
                settings=settings,
                since=since[:10],
                as_of=as_of,
                backend=backend,
                stored=stored,
                listed_elsewhere=listed_elsewhere,
            )
        )
    return sorted(out, key=lambda a: (a.date, a.kind, a.id), reverse=True)


def to_text(alerts: Iterable[Alert]) -> str:
    lines = []
    for a in alerts:
        lines.append(f"{a.date}  {a.kind:<16} {a.title}")
        lines.append(f"            {a.message}")
    return "\n".join(lines) + ("\n" if lines else "No alerts.\n")


ATOM = "http://www.w3.org/2005/Atom"


def to_atom(alerts: list[Alert], *, base_url: str, updated: str | None = None) -> bytes:
    """An Atom 1.0 feed of the alerts; ElementTree escapes every text from the documents."""
    stamp = updated or (max((a.date for a in alerts), default=today()))
    return b"".join(atom_chunks(alerts, base_url=base_url, updated=stamp))


def atom_chunks(alerts: Iterable[Alert], *, base_url: str, updated: str, every: int = 500) -> Iterator[bytes]:
    """``to_atom``'s feed in pieces — its head, then ``every`` entries at a time, then its end —
    from alerts an iterator may make as it goes (a feed of 120,859 alerts streamed, not held:
    bench/serve.md, eighteenth round); ``updated`` is the feed's date (the newest alert's). The
    same bytes as ElementTree writes the whole feed: the head is written by it, each entry as it
    would write it (``_cdata``, ``_attrib``: its escapes) — an entry written by ElementTree alone
    resolved the feed's namespace again, 9.5 of 20 s of a 71,028-entry feed profiled."""
    ET.register_namespace("", ATOM)
    base = base_url.rstrip("/")
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = "MissionWatch alerts"
    ET.SubElement(feed, f"{{{ATOM}}}id").text = "urn:missionwatch:alerts"
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = f"{updated[:10]}T00:00:00Z"
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=f"{base}/alerts.atom")
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = "MissionWatch"
    whole = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    end = b"</feed>"
    assert whole.endswith(end)
    yield whole[: -len(end)]
    written: list[str] = []
    for a in alerts:
        summary = a.message + "".join(
            f"\n— {s.outlet or 'source'} {s.published or ''}: {s.sentence}" for s in a.sources
        )
        written.append(
            "<entry>"
            + _text("id", f"urn:missionwatch:alert:{a.id}")
            + _text("title", a.title)
            + _text("updated", f"{a.date[:10]}T00:00:00Z")
            + f'<link rel="alternate" href="{_attrib(f"{base}{a.link}")}" />'
            + f'<category term="{_attrib(a.kind)}" />'
            + _text("summary", summary, ' type="text"')
            + "</entry>"
        )
        if len(written) >= every:
            yield "".join(written).encode("utf-8", "xmlcharrefreplace")
            written = []
    if written:
        yield "".join(written).encode("utf-8", "xmlcharrefreplace")
    yield end


def _cdata(text: str) -> str:
    """Character data escaped as ElementTree escapes it."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _attrib(text: str) -> str:
    """An attribute's value escaped as ElementTree escapes it."""
    text = _cdata(text)
    for char, ref in (('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;")):
        if char in text:
            text = text.replace(char, ref)
    return text


def _text(tag: str, text: str, attrs: str = "") -> str:
    """An element holding only text, as ElementTree writes it (empty: closed at once)."""
    return f"<{tag}{attrs}>{_cdata(text)}</{tag}>" if text else f"<{tag}{attrs} />"
