"""Charts as Vega-Lite specs, drawn to SVG on the server with vl-convert, so pages work offline.

Every mark carries an ``href`` to the document view of the claim it plots: clicking a bar or a
point of the trend lands on the highlighted sentence that states it. The spec is kept beside the
SVG (the JSON twin serves it) so a reader can redraw or restyle it elsewhere.
"""

from __future__ import annotations

import json
import logging
import re
from functools import lru_cache
from typing import Any

from missionwatch.report.backend import as_number
from missionwatch.report.briefing import Briefing

log = logging.getLogger(__name__)
SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"


def _base(title: str, values: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "$schema": SCHEMA,
        "title": title,
        "width": 420,
        "height": 200,
        "data": {"values": values},
        "config": {"font": "sans-serif"},
    }


def strength_spec(brief: Briefing) -> dict[str, Any] | None:
    """Deployed against target by contributor (and the mission total), bars linked to sources."""
    values = []
    for row in [brief.strength.total, *brief.strength.rows]:
        name = row.subject or "Total"
        for kind in ("deployed", "target", "pledged"):
            fig = getattr(row, kind)
            num = as_number(fig.value) if fig else None
            if fig is not None and num is not None:
                values.append({"who": name, "kind": kind, "persons": num, "href": fig.link or ""})
    if not values:
        return None
    spec = _base("Personnel: deployed, pledged and target", values)
    spec.update(
        {
            "mark": {"type": "bar", "cursor": "pointer"},
            "encoding": {
                "y": {"field": "who", "type": "nominal", "title": None, "sort": None},
                "yOffset": {"field": "kind"},
                "x": {"field": "persons", "type": "quantitative", "title": "persons"},
                "color": {
                    "field": "kind",
                    "type": "nominal",
                    "title": None,
                    "scale": {
                        "domain": ["deployed", "pledged", "target"],
                        "range": ["#1f6f8b", "#99c1b9", "#d9a441"],
                    },
                },
                "href": {"field": "href"},
                "tooltip": [{"field": "who"}, {"field": "kind"}, {"field": "persons", "format": ","}],
            },
        }
    )
    return spec


def trend_spec(brief: Briefing) -> dict[str, Any] | None:
    """Personnel on the ground over time, one point per reporting date, each linked to its claim."""
    points = [
        {"date": p.date, "persons": p.value, "href": p.link, "label": f"{p.date}: {p.value:,.0f} persons"}
        for p in brief.strength.trend
    ]
    if len(points) < 2:
        return None
    spec = _base("Personnel deployed over time", points)
    x = {"field": "date", "type": "temporal", "title": None}
    y = {"field": "persons", "type": "quantitative", "title": "persons"}
    spec["layer"] = [
        {"mark": {"type": "line"}, "encoding": {"x": x, "y": y}},
        {
            "mark": {"type": "point", "filled": True, "size": 90, "cursor": "pointer"},
            "encoding": {
                "x": x,
                "y": y,
                "href": {"field": "href"},
                "tooltip": [{"field": "date", "type": "temporal"}, {"field": "persons", "format": ","}],
                # what a screen reader says of a point (Vega's default also reads out the link:
                # a fifth of the chart's bytes, hundreds of points on a long series)
                "description": {"field": "label"},
            },
        },
    ]
    return spec


def money_spec(brief: Briefing) -> dict[str, Any] | None:
    """Money pledged, contributed, required and withheld by donor, in the commonest currency."""
    values = []
    for row in [brief.money.total, *brief.money.rows]:
        for kind in ("pledged", "contributed", "required", "withheld"):
            fig = getattr(row, kind)
            num = as_number(fig.value) if fig else None
            if fig is not None and num is not None and fig.unit:
                values.append(
                    {
                        "who": row.subject or "Total",
                        "kind": kind,
                        "amount": num,
                        "unit": fig.unit,
                        "href": fig.link or "",
                    }
                )
    if not values:
        return None
    units: dict[str, int] = {}
    for v in values:
        units[v["unit"]] = units.get(v["unit"], 0) + 1
    unit = max(units, key=lambda u: units[u])
    spec = _base(f"Money ({unit})", [v for v in values if v["unit"] == unit])
    spec.update(
        {
            "mark": {"type": "bar", "cursor": "pointer"},
            "encoding": {
                "y": {"field": "who", "type": "nominal", "title": None, "sort": None},
                "yOffset": {"field": "kind"},
                "x": {"field": "amount", "type": "quantitative", "title": unit, "axis": {"format": "~s"}},
                "color": {"field": "kind", "type": "nominal", "title": None},
                "href": {"field": "href"},
                "tooltip": [{"field": "who"}, {"field": "kind"}, {"field": "amount", "format": ","}],
            },
        }
    )
    return spec


# Vega resolves a mark's href against its data loader's base URL; ours are site paths.
VEGA_BASE = 'href="https://vega.github.io/vega-datasets/'


@lru_cache(maxsize=256)
def _svg(spec_json: str) -> str | None:
    try:
        import vl_convert
    except ImportError:  # the 'charts' extra is not installed: pages go without (brief says so once)
        return None
    try:
        # allowed_base_urls=[]: the data is inline, and the converter must never reach the network
        drawn = vl_convert.vegalite_to_svg(json.loads(spec_json), allowed_base_urls=[])
    except Exception as exc:  # a chart that cannot be drawn must not take the page down with it
        log.warning("chart not drawn: %s", exc)
        return None
    return re.sub(re.escape(VEGA_BASE) + r"/?(?=[/#])", 'href="', drawn)


def svg(spec: dict[str, Any] | None) -> str | None:
    """The spec drawn as an inline SVG element (text escaped by Vega's renderer), or None."""
    if spec is None:
        return None
    return _svg(json.dumps(spec, sort_keys=True, default=str))


def warm() -> None:
    """Start the chart engine now: vl-convert's first drawing in a process costs about 1.5 s (its
    JavaScript runtime starting), which a server pays at start-up instead of on its first page —
    and draw each kind of chart a briefing has (bars by contributor, the trend, money) once, since
    their first drawings cost about a fifth more than later ones (0.21 → 0.18 s for MSS's three
    at 100,007 claims)."""
    svg(_base("", [{"x": 1}]) | {"mark": "point", "encoding": {"x": {"field": "x", "type": "quantitative"}}})
    sample = _sample_briefing()
    for make in (strength_spec, trend_spec, money_spec):
        svg(make(sample))


def _sample_briefing() -> Any:
    """What the chart specs read of a briefing, with made-up figures (``warm`` draws them)."""
    from types import SimpleNamespace as NS

    def fig(value: float, unit: str | None = None) -> Any:
        return NS(value=value, unit=unit, link="/documents/0#claim-0")

    people = [
        NS(subject=s, deployed=fig(v), target=fig(v * 2), pledged=fig(v)) for s, v in (("A", 1), ("B", 2))
    ]
    money = [
        NS(subject=s, pledged=fig(v, "USD"), contributed=fig(v, "USD"), required=None, withheld=None)
        for s, v in (("A", 1e6), ("B", 2e6))
    ]
    trend = [NS(date=f"2025-0{m}-01", value=m, link="/documents/0#claim-0") for m in (1, 2, 3)]
    total = NS(subject=None, deployed=fig(3), target=fig(6), pledged=None)
    funds = NS(subject=None, pledged=fig(3e6, "USD"), contributed=None, required=None, withheld=None)
    return NS(strength=NS(total=total, rows=people, trend=trend), money=NS(total=funds, rows=money))


def briefing_chart_specs(brief: Briefing) -> dict[str, dict[str, Any]]:
    """name → Vega-Lite spec of the charts this briefing has data for (what the JSON overview
    sends: drawing them, 80 ms a chart, is for the page)."""
    out = {}
    for name, make in (("strength", strength_spec), ("trend", trend_spec), ("money", money_spec)):
        spec = make(brief)
        if spec is not None:
            out[name] = spec
    return out


def briefing_charts(brief: Briefing) -> dict[str, dict[str, Any]]:
    """name → {"spec": …, "svg": …} for the charts this briefing has data for."""
    return {name: {"spec": spec, "svg": svg(spec)} for name, spec in briefing_chart_specs(brief).items()}
