"""The briefing written out: Markdown for mail and terminals, one self-contained HTML page with charts.

Everything that came from a document (titles, outlets, sentences, quotes, names) is untrusted:
Markdown escapes ``<``, ``>``, ``&`` and table pipes, and the HTML is rendered by Jinja2 with
autoescaping on, so a ``<script>`` in an article is shown, never run.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import jinja2

from missionwatch.report.briefing import Briefing, Figure
from missionwatch.report.format import days, label


def md_escape(text: Any) -> str:
    """Untrusted text made inert in Markdown: HTML entities for markup, pipes escaped, one line."""
    s = " ".join(str(text).split())
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return s.replace("|", "\\|").replace("[", "\\[").replace("]", "\\]")


def _fig(fig: Figure | None) -> str:
    if fig is None:
        return "—"
    notes = "".join(f"[^{n}]" for n in fig.refs)
    extra = f" (range {fig.range})" if fig.range else ""
    flag = " ⚠ conflict" if fig.conflict else ""
    more = f" (+{fig.more} more)" if fig.more else ""
    derived = " (sum of rows)" if fig.derived and fig.measure != "mandate.expiry" else ""
    reviewed = f" ({md_escape(fig.reviewed)})" if fig.reviewed else ""
    return f"{md_escape(fig.text)}{extra}{derived}{reviewed}{flag}{notes}{more}"


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:g} %"


def to_markdown(brief: Briefing) -> str:
    """The briefing as one Markdown page with footnotes (``[^n]``) for every figure's sources."""
    out: list[str] = []
    add = out.append
    add(f"# {md_escape(brief.mission_name)} ({md_escape(brief.mission)}) — briefing as of {brief.as_of}")
    add("")
    add(f"_{brief.claim_count} claims considered; generated {brief.generated_at}._")
    add("")
    add("## Mandate")
    m = brief.mandate
    if m.resolutions:
        add("| Resolution | Adopted | Vote (for-against-abstain) | Expiry | Sources |")
        add("|---|---|---|---|---|")
        for r in m.resolutions:
            notes = "".join(f"[^{n}]" for n in r.refs)
            record = (
                f"[Council record]({r.source_url})"
                if r.source_url and r.source_url.startswith(("http://", "https://"))
                else "knowledge base"
            )
            add(
                f"| {md_escape(r.number)} | {r.date or '—'} | {md_escape(r.tally or '—')} | "
                f"{r.expiry or '—'} | {record}{' ' + notes if notes else ''} |"
            )
        add("")
        for r in m.resolutions:
            if r.votes:
                groups: dict[str, list[str]] = {}
                for member, vote in sorted(r.votes.items()):
                    groups.setdefault(vote, []).append(md_escape(member))
                parts = "; ".join(f"**{v}**: {', '.join(ms)}" for v, ms in sorted(groups.items()))
                add(f"- Resolution {md_escape(r.number)} — {parts}")
        add("")
    else:
        add("No Council resolution on record for this mission.")
        add("")
    if m.expiry:
        left = ""
        if m.days_left is not None:
            left = (
                f" — **{days(m.days_left)} left**"
                if m.days_left >= 0
                else f" — expired {days(-m.days_left)} ago"
            )
        add(f"Authorisation ends: {_fig(m.expiry)}{left}")
        add("")
    if m.succeeded_by:
        add(
            f"Succeeded by {md_escape(m.succeeded_by_name or m.succeeded_by)} "
            f"([{md_escape(m.succeeded_by)}](/missions/{m.succeeded_by})) on {m.succeeded_on}: "
            f"this mission's clock has stopped; see `missionwatch brief {m.succeeded_by}`."
        )
        add("")
    add("## Strength")
    s = brief.strength
    add("| Contributor | Deployed | Target / authorised | Pledged | % of target |")
    add("|---|---|---|---|---|")
    for row in [s.total, *s.rows]:
        name = "**Total**" if row.subject is None else md_escape(row.subject)
        if row.category:
            name = f"_{name} (category)_"
        add(
            f"| {name} | {_fig(row.deployed)} | {_fig(row.target)} | {_fig(row.pledged)} | "
            f"{_pct(row.pct_of_target)} |"
        )
    if s.trend:
        add("")
        add("Trend (deployed): " + " → ".join(f"{p.date}: {p.value:,.0f}[^{p.ref}]" for p in s.trend))
    add("")
    add("## Money")
    mo = brief.money
    add("| Donor | Pledged | Contributed | Required | Withheld |")
    add("|---|---|---|---|---|")
    for mrow in [mo.total, *mo.rows]:
        name = "**Total**" if mrow.subject is None else md_escape(mrow.subject)
        add(
            f"| {name} | {_fig(mrow.pledged)} | {_fig(mrow.contributed)} | {_fig(mrow.required)} | "
            f"{_fig(mrow.withheld)} |"
        )
    if mo.pct_contributed is not None:
        add("")
        add(f"Contributed: {_pct(mo.pct_contributed)} of required.")
    add("")
    add("## Situation")
    if brief.situation:
        for f in brief.situation:
            where = f" ({md_escape(f.subject)})" if f.subject else ""
            when = f", as of {f.as_of}" if f.as_of else ""
            add(f"- {label(f.measure).capitalize()}{where}: {_fig(f)}{when}")
    else:
        add("No humanitarian figures on record.")
    add("")
    if brief.since:
        add(f"## What changed since {brief.since}")
        if brief.changes:
            for c in brief.changes:
                who = f" ({md_escape(c.subject)})" if c.subject else ""
                before = _fig(c.before) if c.before else "new"
                add(f"- {label(c.measure).capitalize()}{who}: {before} → {_fig(c.after)}")
        else:
            add("No figure changed.")
        add("")
    add("## Latest reports")
    if brief.latest:
        for f in brief.latest:
            who = f" ({md_escape(f.subject)})" if f.subject else ""
            add(f"- {f.as_of or ''}: {label(f.measure).capitalize()}{who}: {_fig(f)}")
    else:
        add("Nothing reported yet.")
    add("")
    add("## Key statements")
    if brief.statements:
        for st in brief.statements:
            who = md_escape(st.speaker or "unnamed")
            role = f", {md_escape(st.role)}" if st.role else ""
            add(f"> “{md_escape(st.quote)}” — {who}{role}[^{st.ref}]")
            add("")
    else:
        add("No statements on record.")
        add("")
    add("## Open conflicts")
    if brief.conflicts:
        for con in brief.conflicts:
            who = f" ({md_escape(con.subject)})" if con.subject else ""
            sides = "; ".join(_fig(f) for f in con.claims)
            if con.more:
                sides += f"; +{con.more} more"
            add(f"- {label(con.measure).capitalize()}{who}: best {_fig(con.best)} — sources say {sides}")
    else:
        add("None.")
    add("")
    add("## Sources")
    add("")
    for src in brief.sources:
        where = ", ".join(md_escape(x) for x in (src.outlet, src.published) if x)
        url = f" <{src.url}>" if src.url and src.url.startswith(("http://", "https://")) else ""
        add(f"[^{src.n}]: {where or 'unknown outlet'}{url} — “{md_escape(src.sentence)}”")
    return "\n".join(out) + "\n"


def localise(brief: Briefing) -> Briefing:
    """A copy whose figure links point at the page's own footnotes, for a standalone HTML file."""
    data = brief.model_copy(deep=True)

    def fix(fig: Figure | None) -> None:
        if fig is not None:
            fig.link = f"#source-{fig.refs[0]}" if fig.refs else None

    for row in [data.strength.total, *data.strength.rows]:
        for name in ("deployed", "target", "pledged"):
            fix(getattr(row, name))
    for mrow in [data.money.total, *data.money.rows]:
        for name in ("pledged", "contributed", "required", "withheld"):
            fix(getattr(mrow, name))
    for f in data.situation:
        fix(f)
    fix(data.mandate.expiry)
    for c in data.changes:
        fix(c.before)
        fix(c.after)
    for con in data.conflicts:
        fix(con.best)
        for f in con.claims:
            fix(f)
    for p in data.strength.trend:
        p.link = f"#source-{p.ref}"
    for st in data.statements:
        st.link = f"#source-{st.ref}"
    for f in data.latest:
        fix(f)
    for src in data.sources:
        src.link = f"#source-{src.n}"
    return data


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The Jinja2 environment of the report templates, autoescaping everything."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("missionwatch.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["label"] = label
    return env


def to_html(brief: Briefing, *, charts: bool = True) -> str:
    """One self-contained HTML page (inline CSS and SVG charts, no scripts, no network)."""
    from missionwatch.report.charts import briefing_charts

    local = localise(brief)
    drawn = briefing_charts(local) if charts else {}
    return environment().get_template("briefing.html").render(b=local, charts=drawn, standalone=True)
