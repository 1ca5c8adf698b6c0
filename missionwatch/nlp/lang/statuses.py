"""Contributor and donor statuses of countries a French or Spanish article names without a figure.

"la Jamaïque et les Bahamas se sont dits prêts à envoyer des renforts" (willing), "El Salvador
mantiene en Haití un equipo de evacuación aeromédica" (deployed), "l'Espagne et la Turquie ont
promis des contributions" (donor, pledged), "Estados Unidos cubre el transporte" (donor, paid).
The clause must be about contingents or money (the pack's ``[statuses]`` nouns) and not about the
Council; a country the article gives a figure for gets no status (the corpus convention).
"""

from __future__ import annotations

import re

from missionwatch.models import Claim
from missionwatch.nlp.lang.engine import Article, Cue, _cues, _mission_near
from missionwatch.nlp.lang.grammar import fold
from missionwatch.nlp.lang.names import english

_COUNCIL = re.compile(r"(?<!\w)(?:conseil|consejo|resolution|resolucion|abstenu|abstuv|voix|votos)")


def _words(art: Article, key: str) -> list[str]:
    return [fold(w) for w in art.grammar.words("statuses", key)]


def statuses(art: Article, claims: list[Claim]) -> list[Claim]:
    counted = {c.subject for c in claims if c.measure.startswith(("personnel.", "funding."))}
    willing = _words(art, "willing")
    personnel = _words(art, "personnel_nouns")
    money = _words(art, "money_nouns")
    out: list[Claim] = []
    for s in art.sentences:
        if s.headline:
            continue
        f = fold(s.text)
        if _COUNCIL.search(f):
            continue
        cues: list[Cue] = _cues(s, art.grammar, {})
        countries = [
            n
            for n in art.names
            if n.kind == "country" and not n.demonym and n.key != art.host and s.start <= n.start < s.end
        ]
        for n in countries:
            name = english(n.key)
            if name in counted:
                continue
            after = f[n.end - s.start :]
            status: tuple[str, str] | None = None
            if any(w in after[:80] for w in willing):
                status = ("contributor", "willing")
            elif any(w in after for w in money):
                verbs = {cls for c in cues if c.start > n.start for cls in c.classes}
                if "pledge" in verbs:
                    status = ("donor", "pledged")
                elif {"pay", "hold"} & verbs:
                    status = ("donor", "paid")
            elif any(re.search(rf"(?<!\w){re.escape(w)}", f) for w in personnel):
                later = [c for c in cues if c.start > n.start]
                if (
                    later
                    and not later[0].intended
                    and {"deploy", "arrive", "strength"} & set(later[0].classes)
                ) or any(w in after[:60] for w in _words(art, "deployed")):
                    status = ("contributor", "deployed")
            if status is None:
                continue
            out.append(
                Claim(
                    measure=status[0],
                    subject=name,
                    value=status[1],
                    mission=_mission_near(art, s, n.start),
                    as_of=art.published,
                    sentence=s.text,
                    start=n.start,
                    end=n.end,
                    rule="lang",
                )
            )
            counted.add(name)
    return out
