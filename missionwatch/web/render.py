"""Server-side HTML: one Jinja2 environment (autoescaping on) over the web and report templates.

Every page is told the path of its JSON twin, which it links in the header and as
``<link rel="alternate" type="application/json">`` so a reader or a script can always get the
same data as JSON.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import Request

from missionwatch.models import MEASURES
from missionwatch.report.format import label, value_text
from missionwatch.web.auth import csrf_input


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(
            [
                jinja2.PackageLoader("missionwatch.web", "templates"),
                jinja2.PackageLoader("missionwatch.report", "templates"),
            ]
        ),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(label=label, value_text=value_text, measures=MEASURES, csrf_input=csrf_input)
    return env


def warm() -> None:
    """Compile every template now (Jinja keeps them), so that a server's first page of each kind
    does not pay for it (0.1–0.2 s for the overview's templates on the benchmark machine)."""
    env = environment()
    for name in env.list_templates(extensions=["html"]):
        env.get_template(name)


def twin_of(request: Request, api_path: str) -> str:
    """The JSON twin's path with this request's query string."""
    query = str(request.url.query)
    return f"{api_path}?{query}" if query else api_path


def page_url(request: Request, **changes: Any) -> str:
    """This page's path with some query parameters changed (for pagers and filters)."""
    params = dict(request.query_params)
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = str(value)
    return f"{request.url.path}?{urlencode(params)}" if params else request.url.path


def render_page(request: Request, template: str, context: dict[str, Any], *, twin: str | None) -> str:
    return (
        environment()
        .get_template(template)
        .render(request=request, twin=twin, page_url=lambda **kw: page_url(request, **kw), **context)
    )
