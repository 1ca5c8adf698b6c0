"""OCHA Financial Tracking Service (FTS) flows of a plan or an emergency: one Document per flow.

Access rules: the FTS public API (https://api.hpc.tools/docs/v1/, described at
https://fts.unocha.org/content/fts-public-api) is open without credentials within an hourly request
limit; regular use should ask FTS for a client id (HTTP Basic) — not needed by this connector.
FTS data is public and should be cited as "OCHA Financial Tracking Service".

Request: ``GET /v1/public/fts/flow?planId=…`` (or ``emergencyId=…``, optionally ``year``); pages are
followed through ``meta.nextLink``. Each flow has one ``status`` — ``pledge``, ``commitment`` or
``paid`` — and FTS keeps them apart: its *funding* is commitments plus paid contributions, and
*pledges* are counted separately. So does this connector:

- each flow is its own Document, its status written in its text and kept, with the whole record
  (amounts, original currency, donors, recipients, plan, emergency, dates, boundary), in
  ``meta["fts"]`` — the ledger's one record of a document's facts, read by ``meta`` queries and
  the review pages without trusting any extraction;
- the poll's totals (``incoming.fundingTotal`` and ``incoming.pledgeTotal``) are one more Document
  per day, the two numbers never added.

Why Documents and not records of their own: every figure in the ledger is a claim tied to words in
a stored document, with provenance; a flow written as one plain sentence keeps that contract, and
its structured twin in ``meta`` keeps the exact status for anyone who must not rely on a reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from missionwatch.errors import InputError
from missionwatch.models import Document

from ..base import build_document
from ..kinds import AlreadySeen
from ..registry import PollContext, SourceSpec, register
from ._common import Options, get_json, objects, text_of

KIND = "fts"
ENDPOINT = "https://api.hpc.tools/v1/public/fts/flow"
SITE = "https://fts.unocha.org"
PUBLISHER = "OCHA Financial Tracking Service"
STATUSES = ("pledge", "commitment", "paid")
OPTIONS = {
    "plan": "FTS plan id (e.g. the Haiti Humanitarian Response Plan's)",
    "emergency": "FTS emergency id (instead of plan)",
    "year": "only flows of this funding year",
    "status": "keep only these statuses: pledge, commitment, paid (default all, kept apart)",
    "boundary": "keep only incoming, outgoing or internal flows (default all)",
    "limit": "flows per page (1-1000, default 500)",
    "max": "flows per poll (default 5000)",
    "api": f"endpoint (default {ENDPOINT})",
}
_VERB = {
    "pledge": "pledged",
    "commitment": "has a commitment of",
    "paid": "paid",
}


class FtsFlows:
    def __init__(self, spec: SourceSpec) -> None:
        opts = Options(spec, OPTIONS)
        self.source = spec.name
        self.plan = opts.text("plan")
        self.emergency = opts.text("emergency")
        if bool(self.plan) == bool(self.emergency):
            raise InputError("give either 'plan' or 'emergency' (an FTS id)", input=self.source)
        for name, value in (("plan", self.plan), ("emergency", self.emergency)):
            if value is not None and not value.isdigit():
                raise InputError(
                    f"option {name!r} must be an FTS id (digits), not {value!r}", input=self.source
                )
        self.year = opts.text("year")
        self.statuses = [s.lower() for s in opts.many("status")] or list(STATUSES)
        wrong = [s for s in self.statuses if s not in STATUSES]
        if wrong:
            raise InputError(f"status {wrong[0]!r} is not one of pledge, commitment, paid", input=self.source)
        self.boundary = (opts.text("boundary") or "").lower() or None
        if self.boundary not in (None, "incoming", "outgoing", "internal"):
            raise InputError(
                f"boundary {self.boundary!r} is not incoming, outgoing or internal", input=self.source
            )
        self.endpoint = opts.url("api", ENDPOINT) or ENDPOINT
        self.limit = opts.integer("limit", 500, 1, 1000)
        self.max = opts.integer("max", 5000, 1, 1_000_000)

    @property
    def scope(self) -> tuple[str, str]:
        return ("plan", self.plan) if self.plan else ("emergency", self.emergency or "")

    @property
    def page_url(self) -> str:
        """The FTS site's page of this plan's or emergency's flows: the pointer each flow keeps."""
        kind, ident = self.scope
        return f"{SITE}/{'plans' if kind == 'plan' else 'emergencies'}/{ident}/flows"

    def poll(self, ctx: PollContext) -> Iterator[Document | InputError]:
        kind, ident = self.scope
        params: dict[str, Any] | None = {f"{kind}Id": ident, "limit": self.limit}
        if self.year:
            params = {**(params or {}), "year": self.year}
        url: str | None = self.endpoint
        count, pages = 0, 0
        while url and count < self.max:
            pages += 1
            where = self.source if pages == 1 else f"{self.source} (page {pages})"
            body = get_json(ctx, url, where, params=params)
            data = body.get("data") if isinstance(body, dict) else None
            if not isinstance(data, dict) or not isinstance(data.get("flows"), list):
                raise InputError("not an FTS flow response (no data.flows list)", input=where)
            if pages == 1:
                try:
                    totals = self.totals_document(data, ctx)
                except AlreadySeen as exc:
                    yield exc
                else:
                    if totals is not None:
                        yield totals
            for flow in data["flows"]:
                if count >= self.max:
                    return
                try:
                    doc = self.document(flow, ctx)
                except InputError as exc:
                    yield exc
                    continue
                if doc is not None:
                    count += 1
                    yield doc
            meta = body.get("meta") if isinstance(body.get("meta"), dict) else {}
            nxt = text_of(meta.get("nextLink"))
            url = nxt if nxt and nxt.lower().startswith(("http://", "https://")) and data["flows"] else None
            params = None

    def document(self, flow: Any, ctx: PollContext) -> Document | None:
        """One flow; None when filtered out. Raises InputError naming the flow (``AlreadySeen`` when
        stored before)."""
        if not isinstance(flow, dict) or not text_of(str(flow.get("id") or "")):
            raise InputError("a flow is not an object with an id", input=self.source)
        ident = str(flow["id"])
        where = f"{self.source}#flow-{ident}"
        status = (text_of(flow.get("status")) or "").lower()
        if status not in STATUSES:
            raise InputError(
                f"flow status {flow.get('status')!r} is not pledge, commitment or paid", input=where
            )
        boundary = text_of(flow.get("boundary"))
        if status not in self.statuses or (self.boundary and boundary != self.boundary):
            return None
        amount = flow.get("amountUSD")
        if isinstance(amount, str):
            try:
                amount = float(amount)
            except ValueError:
                amount = None
        if not isinstance(amount, int | float) or isinstance(amount, bool):
            raise InputError(f"flow has no amountUSD number (got {flow.get('amountUSD')!r})", input=where)
        version = str(flow.get("versionId") or "1")
        key = f"fts:flow:{ident}:v{version}"
        if ctx.seen(key):
            raise AlreadySeen("already stored", input=key)
        source_objs, dest_objs = objects(flow.get("sourceObjects")), objects(flow.get("destinationObjects"))
        donors = _names(source_objs, "Organization")
        recipients = _names(dest_objs, "Organization")
        plans = _names(dest_objs, "Plan")
        emergencies = _names(dest_objs, "Emergency")
        locations = _names(dest_objs, "Location")
        when = (
            text_of(flow.get("date"))
            or text_of(flow.get("decisionDate"))
            or text_of(flow.get("firstReportedDate"))
        )
        record: dict[str, Any] = {
            "flow_id": ident,
            "version_id": version,
            "status": status,
            "amount_usd": amount,
            "original_amount": flow.get("originalAmount"),
            "original_currency": text_of(flow.get("originalCurrency")),
            "donors": donors,
            "donor_locations": _names(source_objs, "Location"),
            "recipients": recipients,
            "plans": plans,
            "emergencies": emergencies,
            "locations": locations,
            "clusters": _names(dest_objs, "GlobalCluster"),
            "boundary": boundary,
            "flow_type": text_of(flow.get("flowType")),
            "contribution_type": text_of(flow.get("contributionType")),
            "date": text_of(flow.get("date")),
            "decision_date": text_of(flow.get("decisionDate")),
            "first_reported": text_of(flow.get("firstReportedDate")),
            "budget_year": text_of(str(flow.get("budgetYear") or "")),
            "parent_flow_id": flow.get("parentFlowId"),
            "description": text_of(flow.get("description")),
        }
        record = {k: v for k, v in record.items() if v not in (None, [], "")}
        donor = " and ".join(_spoken(n) for n in donors) or "An unnamed donor"
        donor = donor[0].upper() + donor[1:]
        target = " and ".join(_spoken(n) for n in recipients) or "an unnamed recipient"
        towards = plans or emergencies or locations
        sentence = (
            f"{donor} {_VERB[status]} US${amount:,.0f} to {target}"
            + (f" for {towards[0]}" if towards else "")
            + "."
        )
        note = (
            f"FTS flow {ident} (version {version}); status: {status}"
            + (f"; dated {when[:10]}" if when else "")
            + "."
        )
        title = f"FTS flow {ident}: {status}, US${amount:,.0f}"
        return build_document(
            f"{sentence}\n\n{note}",
            source=f"{self.page_url}#flow-{ident}",
            content_type="text/plain",
            url=self.page_url,
            title=title,
            outlet=PUBLISHER,
            published=when,
            language="en",
            meta={"connector": KIND, "entry_key": key, "fts": record, "api": self.endpoint},
        )

    def totals_document(self, data: dict[str, Any], ctx: PollContext) -> Document | None:
        """The day's totals into the plan or emergency: funding and pledges, never added."""
        incoming = data.get("incoming") if isinstance(data.get("incoming"), dict) else None
        if not incoming:
            return None
        funding, pledges = incoming.get("fundingTotal"), incoming.get("pledgeTotal")
        if not isinstance(funding, int | float) or isinstance(funding, bool):
            return None
        today = datetime.now(UTC).date().isoformat()
        kind, ident = self.scope
        key = f"fts:{kind}:{ident}:totals:{today}"
        if ctx.seen(key):
            raise AlreadySeen("already stored", input=key)
        lines = [
            f"FTS totals for {kind} {ident} on {today}: funding received US${funding:,.0f} "
            "(commitments and paid contributions)."
        ]
        if isinstance(pledges, int | float) and not isinstance(pledges, bool):
            lines.append(f"Pledges not yet committed: US${pledges:,.0f}, counted apart from funding.")
        return build_document(
            "\n\n".join(lines),
            source=f"{self.page_url}#totals-{today}",
            content_type="text/plain",
            url=self.page_url,
            title=f"FTS totals, {kind} {ident}, {today}",
            outlet=PUBLISHER,
            published=today,
            language="en",
            meta={
                "connector": KIND,
                "entry_key": key,
                "fts_totals": {
                    "funding_usd": funding,
                    "pledges_usd": pledges,
                    "flow_count": incoming.get("flowCount"),
                },
            },
        )


def _spoken(name: str) -> str:
    """FTS files governments as "Canada, Government of"; a sentence says "the Government of Canada"."""
    found = re.fullmatch(r"(.+?),\s*(Government|Ministry|Department|Kingdom|Republic) of(?: the)?", name)
    return f"the {found.group(2)} of {found.group(1)}" if found else name


def _names(items: list[dict[str, Any]], kind: str) -> list[str]:
    return [n for item in items if item.get("type") == kind and (n := text_of(item.get("name")))]


register(KIND, FtsFlows)
