"""Reports: the one-page briefing on a mission and the alerts, as a library with no web framework.

``build_briefing`` → ``Briefing`` (``to_markdown``, ``to_html``); ``compute_alerts`` → ``Alert``
list (``to_text``, ``to_atom``). The CLI (``missionwatch brief``, ``missionwatch alerts``) and the
web app (mission overview, ``/alerts.atom``) both call these.
"""

from missionwatch.report.alerts import Alert, compute_alerts, to_atom, to_text
from missionwatch.report.backend import Backend, FactView
from missionwatch.report.briefing import Briefing, build_briefing
from missionwatch.report.render import to_html, to_markdown

__all__ = [
    "Alert",
    "Backend",
    "Briefing",
    "FactView",
    "build_briefing",
    "compute_alerts",
    "to_atom",
    "to_html",
    "to_markdown",
    "to_text",
]
