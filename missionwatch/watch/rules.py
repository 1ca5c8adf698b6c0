"""Alert rules of a sources file, evaluated over the reconciled facts of the ledger.

- ``threshold``: a figure's best estimate is below ``below`` or above ``above``;
- ``change``: a figure's best estimate differs from the one last seen (the first value seen is a
  baseline, not an alert);
- ``expiry``: the mission's authorisation ends within ``days`` (default
  ``MISSIONWATCH_ALERT_MANDATE_DAYS``);
- ``contradiction``: a claim published in the last ``days`` (default 30) disagrees with the best
  estimate of its figure.

Each ``Notice`` has an id that is the same for the same condition and the same evidence (the rule,
the figure and its value, or the claim), so a notice is pushed once per change.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from missionwatch.config import Settings
from missionwatch.report.alerts import AlertSource, mission_alerts
from missionwatch.report.backend import Backend, FactView
from missionwatch.report.briefing import claim_link, known_by, today
from missionwatch.report.format import label, value_text
from missionwatch.watch.watchfile import AlertRule


@dataclass
class Notice:
    rule: str
    id: str
    kind: str
    mission: str
    title: str
    message: str
    link: str  # a path of the web interface: the evidence
    sources: list[AlertSource] = field(default_factory=list)
    series: str | None = None  # the figure a change rule follows
    baseline: bool = False  # first value of a change rule: recorded, not pushed

    def payload(self, base_url: str) -> dict[str, Any]:
        """The JSON body of a webhook and the facts of an email."""
        return {
            "rule": self.rule,
            "id": self.id,
            "kind": self.kind,
            "mission": self.mission,
            "title": self.title,
            "message": self.message,
            "link": base_url + self.link,
            "sources": [{**s.model_dump(mode="json"), "link": base_url + s.link} for s in self.sources],
        }


def _hash(*parts: object) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:16]


def _sources(fact: FactView) -> list[AlertSource]:
    return [
        AlertSource(
            outlet=c.outlet, published=c.published, url=c.url, sentence=c.sentence, link=claim_link(c)
        )
        for c in fact.claims[:3]
    ]


def _matching(rule: AlertRule, code: str, facts: list[FactView]) -> list[FactView]:
    """The facts a threshold or change rule follows: its measure, its subject (or none)."""
    wanted = rule.subject.lower() if rule.subject else None

    def subject_ok(fact: FactView) -> bool:
        if wanted is None:
            return fact.subject is None
        return wanted in {(fact.subject or "").lower(), (fact.display or "").lower()}

    return [f for f in facts if f.measure == rule.measure and f.mission in (code, None) and subject_ok(f)]


def evaluate(
    ledger: Any, rules: list[AlertRule], *, settings: Settings, as_of: str | None = None
) -> list[Notice]:
    """The notices every rule raises now (whether they were pushed before is the caller's business)."""
    from missionwatch.errors import NotFoundError
    from missionwatch.reconcile.materialized import sync
    from missionwatch.report.data import briefing_facts, mission_claims

    sync(ledger)  # facts of documents stored by another process or an import
    backend = Backend()
    when = (as_of or today())[:10]
    out: list[Notice] = []
    cache: dict[str, tuple[str, list[Any], list[FactView]]] = {}
    for rule in rules:
        found = backend.mission(rule.mission)
        if found is None:
            raise NotFoundError(
                "no such mission; `missionwatch kb missions` lists them", input=f"alert {rule.name}"
            )
        if found.code not in cache:
            claims = mission_claims(ledger, found.code)
            facts = briefing_facts(ledger, found.code, claims, when)
            if facts is None:
                facts = backend.facts(known_by(claims, when), as_of=when)
            cache[found.code] = (found.code, claims, facts)
        code, claims, facts = cache[found.code]
        if rule.kind in ("threshold", "change"):
            out.extend(_figure_notices(rule, code, facts))
        else:
            out.extend(_report_notices(rule, code, claims, facts, backend, settings, when))
    return out


def _figure_notices(rule: AlertRule, code: str, facts: list[FactView]) -> list[Notice]:
    out = []
    for fact in _matching(rule, code, facts):
        shown = value_text(fact.best, fact.unit, fact.qualifier)
        what = f"{label(fact.measure)}{f' ({fact.display})' if fact.subject else ''}"
        link = _sources(fact)[0].link if fact.claims else f"/missions/{code}"
        if rule.kind == "threshold":
            number = fact.numeric()
            if number is None:
                continue
            if rule.below is not None and number < rule.below:
                bound = f"below {rule.below:g}"
            elif rule.above is not None and number > rule.above:
                bound = f"above {rule.above:g}"
            else:
                continue
            out.append(
                Notice(
                    rule=rule.name,
                    id=_hash(rule.name, fact.key, fact.best),
                    kind="threshold",
                    mission=code,
                    title=f"{code}: {what} is {shown}, {bound}",
                    message=f"The best estimate of {what} for {code} is {shown} "
                    f"(as of {fact.as_of or 'undated'}), {bound} (rule {rule.name}).",
                    link=link,
                    sources=_sources(fact),
                )
            )
        else:
            out.append(
                Notice(
                    rule=rule.name,
                    id=_hash(rule.name, fact.key, fact.best),
                    kind="change",
                    mission=code,
                    title=f"{code}: {what} is now {shown}",
                    message=f"The best estimate of {what} for {code} changed to {shown} "
                    f"(as of {fact.as_of or 'undated'}; rule {rule.name}).",
                    link=link,
                    sources=_sources(fact),
                    series=_hash(rule.name, fact.key),
                )
            )
    return out


def _report_notices(
    rule: AlertRule,
    code: str,
    claims: list[Any],
    facts: list[FactView],
    backend: Backend,
    settings: Settings,
    when: str,
) -> list[Notice]:
    wanted = "mandate_expiring" if rule.kind == "expiry" else "conflict"
    tuned = settings.model_copy(
        update={"alert_mandate_days": rule.days if rule.days is not None else settings.alert_mandate_days}
    )
    since = (
        date.fromisoformat(when) - timedelta(days=rule.days if rule.days is not None else 30)
    ).isoformat()
    found = mission_alerts(
        code,
        claims,
        settings=tuned,
        since=since if rule.kind == "contradiction" else when,
        as_of=when,
        backend=backend,
        stored=lambda _code, _claims, _when: facts,
    )
    return [
        Notice(
            rule=rule.name,
            id=_hash(rule.name, a.id),
            kind=rule.kind,
            mission=a.mission,
            title=a.title,
            message=a.message,
            link=a.link,
            sources=a.sources,
        )
        for a in found
        if a.kind == wanted
    ]
