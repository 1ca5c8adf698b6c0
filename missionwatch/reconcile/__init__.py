"""Reconciliation: from claims to facts, conflicts and timelines.

Pure functions over ``StoredClaim`` lists (no database, no web): ``reconcile`` groups claims into
facts and chooses a best value by documented rules, ``conflicts`` lays out disagreements with
their evidence, ``timeline`` turns facts into series over time. See docs/reconcile.md.
"""

from missionwatch.reconcile.conflicts import Conflict, Evidence, Side, conflicts
from missionwatch.reconcile.facts import Fact, latest, reconcile
from missionwatch.reconcile.rules import Rules, load_rules
from missionwatch.reconcile.timeline import FAMILIES, TimelinePoint, expand_measures, fold_missions, timeline

__all__ = [
    "FAMILIES",
    "Conflict",
    "Evidence",
    "Fact",
    "Rules",
    "Side",
    "TimelinePoint",
    "conflicts",
    "expand_measures",
    "fold_missions",
    "latest",
    "load_rules",
    "reconcile",
    "timeline",
]
