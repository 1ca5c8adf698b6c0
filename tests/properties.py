"""The hypothesis settings the ledger and briefing properties share: in the suite the same examples
every run (``derandomize``: a run on a fresh machine cannot fail at random); ``MW_EXAMPLES=N`` for
a random search by hand, ``--hypothesis-seed=N`` to repeat one; ``MW_NO_SHRINK=1`` to keep the
first failing example as drawn (shrinking one took minutes). One place for what three files wrote."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, Phase, settings

SEARCH = "MW_EXAMPLES" in os.environ


def property_settings(examples: int, *, fixtures: bool = False) -> settings:
    """``examples`` in the suite (MW_EXAMPLES overrides); ``fixtures``: the test takes a
    function-scoped fixture (a ledger) that every example shares."""
    checks = [HealthCheck.too_slow, *([HealthCheck.function_scoped_fixture] if fixtures else [])]
    return settings(
        max_examples=int(os.environ.get("MW_EXAMPLES", str(examples))),
        deadline=None,
        database=None,
        derandomize=not SEARCH,
        suppress_health_check=checks,
        phases=[Phase.explicit, Phase.generate] if os.environ.get("MW_NO_SHRINK") else list(Phase),
    )
