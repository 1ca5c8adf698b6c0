"""Council decisions, mandates and mission leads in a French or Spanish article.

"a adopté à l'unanimité la résolution 2751", "par 12 voix pour, zéro contre et 3 abstentions",
"la Chine et la Russie se sont abstenues", "texte présenté par les États-Unis et l'Équateur",
"proroge le mandat jusqu'au 2 octobre 2025", "pour une période de 12 mois", "dirigée par le
Kenya"; and the Spanish of each ("aprobó por unanimidad", "con 12 votos a favor", "liderada por
Kenia"). The wording is the pack's ``[council]``; resolutions the text does not number are named
by the knowledge base (``kbglue.adopted_on``), as in English.
"""

from __future__ import annotations

import re
from typing import Any

from missionwatch.models import Claim
from missionwatch.nlp import kbglue
from missionwatch.nlp.lang.engine import Article, Sentence, _cues, _mission_near, resolution_spans
from missionwatch.nlp.lang.grammar import Grammar, fold
from missionwatch.nlp.lang.names import country_codes, english
from missionwatch.nlp.lang.numbers import _spelled

MEMBERS = 15


def _count(word: str, g: Grammar) -> int | None:
    if word.isdigit():
        return int(word)
    words = {fold(k): int(v) for k, v in g.section("numbers")["words"].items()}
    return _spelled(word, words)


def _dates_in(art: Article, s: Sentence) -> list[str]:
    return [d.value for d in art.dates if s.start <= d.start < s.end]


def _countries_in(art: Article, start: int, end: int) -> list[str]:
    return [n.key for n in art.names if n.kind == "country" and not n.demonym and start <= n.start < end]


def council(art: Article, lemmatise: object = None) -> list[Claim]:
    g = art.grammar
    c = g.section("council")
    claims: list[Claim] = []
    unanimous = [fold(u) for u in c.get("unanimous", [])]
    tally = re.compile(c["tally"], re.I)
    abstainers = re.compile(c["abstainers"], re.I)
    penholder = re.compile(c["penholder"])
    lead = re.compile(c["lead"])
    duration = re.compile(c["duration"], re.I)
    expiry = [fold(e) for e in c.get("expiry", [])]
    mandate_words = [fold(w) for w in c.get("mandate_words", [])]
    last_resolution: str | None = None
    last_when: str | None = None
    last_mission: str | None = None  # the mission of the last resolution the KB knows
    for s in art.sentences:
        if s.headline:
            continue
        f = fold(s.text)
        spans = resolution_spans(s, g)
        numbers = [n for _, _, n in spans]
        cues = _cues(s, g, {})
        classes = {cls for cue in cues for cls in cue.classes}
        dates = _dates_in(art, s)
        mission = _mission_near(art, s, s.start) or last_mission
        when = dates[0] if dates else (last_when or art.published)
        body = any(fold(b) in f for b in ("conseil", "consejo"))
        adopted = bool({"adopt", "extend"} & classes) and bool(numbers or (body and dates))
        resolution = numbers[0] if numbers else None
        known = kbglue.resolution(resolution)
        if known is not None:
            mission = last_mission = known.mission  # "2793, qui transforme la MMAS en FRG" is the FRG's
        if adopted and resolution is None and when:
            found = kbglue.adopted_on(when, mission)
            if found:
                resolution = str(getattr(found[0], "number", "") or "") or None
        if adopted and resolution is None:
            resolution = last_resolution
        if resolution:
            last_resolution = resolution
        resolution = resolution or last_resolution
        base: dict[str, Any] = {
            "mission": mission, "sentence": s.text, "start": s.start, "end": s.end, "rule": "lang"
        }  # fmt: skip
        if adopted and dates:
            last_when = dates[0]
        if adopted and when:
            claims.append(
                Claim(measure="council.adopted", subject=resolution, value=when, as_of=when, **base)
            )
        m = tally.search(s.text)
        if m:
            parts = [_count(m.group(k), g) for k in ("for", "against", "abst")]
            if all(p is not None for p in parts):
                value = "-".join(str(p) for p in parts)
                claims.append(
                    Claim(measure="council.vote", subject=resolution, value=value, as_of=when, **base)
                )
        elif any(u in f for u in unanimous) and (adopted or numbers):
            claims.append(
                Claim(measure="council.vote", subject=resolution, value=f"{MEMBERS}-0-0", as_of=when, **base)
            )
        for m in abstainers.finditer(s.text):
            group = "who" if m.group("who") is not None else "who2"
            for code in _countries_in(art, s.start + m.start(group), s.start + m.end(group)):
                claims.append(
                    Claim(
                        measure="council.member_vote",
                        subject=english(code),
                        value="abstain",
                        as_of=when,
                        resolution=resolution,
                        **base,
                    )
                )
        drafted = resolution or last_resolution
        if drafted and ("draft" in classes or "porte-plume" in f):
            for m in penholder.finditer(s.text):
                for code in _countries_in(art, s.start + m.start("who"), s.start + m.end("who")):
                    claims.append(
                        Claim(
                            measure="council.penholder",
                            subject=english(code),
                            value=int(drafted),
                            as_of=when,
                            **base,
                        )
                    )
        mandate = bool({"extend", "authorise", "adopt"} & classes) or any(w in f for w in mandate_words)
        if mandate:
            for d in art.dates:
                if not (s.start <= d.start < s.end):
                    continue
                head = fold(art.text[max(s.start, d.start - 25) : d.start])
                if any(
                    head.rstrip().endswith(e)
                    or head.rstrip().endswith(e.replace(" le", "").replace(" el", ""))
                    for e in expiry
                ):
                    others = [x for x in dates if x != d.value]
                    since = others[0] if others else (when if adopted else art.published)
                    claims.append(Claim(measure="mandate.expiry", value=d.value, as_of=since, **base))
        m = duration.search(s.text)
        n = _count(m.group("n"), g) if m and (mandate or "initial" in f or "inicial" in f) else None
        if m and n:
            months = n if fold(m.group("unit")).startswith(("mes", "mois")) else n * 12
            claims.append(Claim(measure="mandate.duration", value=months, unit="months", as_of=when, **base))
        for m in lead.finditer(s.text):
            who = m.group("who") or m.group("who2")
            at = s.start + (m.start("who") if m.group("who") else m.start("who2"))
            codes = _countries_in(art, at, at + len(who)) or country_codes(who, g.code)
            if codes and codes[0] != "HTI":
                target = _mission_near(art, s, at) or last_mission
                if target:
                    claims.append(
                        Claim(
                            measure="mission.lead",
                            subject=english(codes[0]),
                            value=target,
                            as_of=art.published,
                            **{**base, "mission": target},
                        )
                    )
    return claims
