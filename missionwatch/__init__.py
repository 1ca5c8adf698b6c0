"""MissionWatch: a sourced, queryable record of multinational security missions.

Data flows one way: ``sources`` (documents) → ``nlp`` (claims with spans) → ``ledger`` (storage)
→ ``reconcile`` (facts, timelines, conflicts) → ``report`` / ``web``; ``kb`` (missions, countries,
Council) and ``council`` (the Charter's voting rules) stand beside them; ``cli`` sits on top.
"""

__version__ = "0.1.0"
