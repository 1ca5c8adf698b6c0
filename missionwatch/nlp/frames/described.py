"""Missions named by description: "the African Union's Somalia force", "the UN mission in South
Sudan", "the peacekeeping force in Lebanon".

Reporting often names a mission by what it is and where, not by its acronym. A mission noun tied to
a host country (its modifier, or "in" that country) means the one mission the knowledge base has
running there at publication, narrowed by the organisation the phrase names (UN, AU, EU, NATO, a
regional body); with more than one left the phrase stays unresolved.
"""

from __future__ import annotations

import re

from missionwatch.nlp import kbglue
from missionwatch.nlp.dates import parse_iso, shifted
from missionwatch.nlp.entities import Entity, country_code

NOUN = (
    r"(?:peacekeeping\s+|stabili[sz]ation\s+|support\s+)?(?:force|mission|operation)"
    r"|political\s+(?:mission|office)"
)
# "<country>('s) (UN) force", "force/mission in <country>"
BEFORE = re.compile(rf"^(?:['’]s)?\s+(?:(?:UN|U\.N\.|AU|EU)\s+)?(?:{NOUN})\b", re.I)
AFTER = re.compile(rf"\b(?:{NOUN})\s+(?:deployed\s+)?in\s+(?:the\s+)?$", re.I)
# "its political mission in Haiti", "the UN political office": what the KB files as un_political
POLITICAL = re.compile(r"\bpolitical\s+(?:mission|office)\b", re.I)
ORGS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (re.compile(r"\b(?:UN|U\.N\.|United Nations)\b"), frozenset({"un_peace_operation"})),
    (re.compile(r"\b(?:African Union|AU)\b"), frozenset({"au"})),
    (re.compile(r"\b(?:European Union|EU)\b"), frozenset({"eu"})),
    (re.compile(r"\bNATO\b"), frozenset({"nato"})),
    (re.compile(r"\b(?:Southern African|SADC|East African|EAC|ECOWAS|regional)\b"), frozenset({"regional"})),
)
NOT_FORCES = frozenset({"un_political", "un_support"})


# regional bodies whose one running force a possessive names ("SADC's force", "the EAC's mission")
BODIES: dict[str, str] = {
    "SADC": "Southern African Development Community",
    "EAC": "East African Community",
    "ECOWAS": "ECOWAS",
}
_BODY = "|".join([*BODIES, *(v for k, v in BODIES.items() if v != k)])
_SHORT = "|".join(BODIES)
BY_BODY = re.compile(
    rf"\b(?P<body>{_BODY})(?:\s+\((?:{_SHORT})\))?(?:['’]s)?\s+(?:regional\s+|standby\s+)?"
    r"(?P<noun>force|mission|troops)\b"
    # "the Southern African Development Community is preparing its own mission", "a force of its own"
    rf"|\b(?P<owner>{_BODY})\b[^.;]{{0,80}}?\b(?P<own>(?:its|their)\s+own\s+(?:regional\s+)?(?:force|mission)"
    r"|an?\s+(?:force|mission)\s+of\s+its\s+own)\b"
)


def described_missions(text: str, ents: list[Entity], published: str | None) -> list[Entity]:
    """MISSION entities for descriptions of a mission by its host, where exactly one fits."""
    if not published:
        return []
    named = [(e.start, e.end) for e in ents if e.label == "MISSION"]
    codes = {e.code for e in ents if e.label == "MISSION"}
    out: list[Entity] = _by_body(text, named, published, codes)
    for e in ents:
        if e.label != "COUNTRY":
            continue
        after = BEFORE.match(text[e.end : e.end + 60])
        before = AFTER.search(text[max(0, e.start - 60) : e.start])
        if after:
            start, end = e.start, e.end + after.end()
        elif before:
            start, end = e.start - (len(text[max(0, e.start - 60) : e.start]) - before.start()), e.end
        else:
            continue
        if any(a < end and start < b for a, b in named):
            continue  # "the UN Mission in South Sudan (UNMISS)": named already
        lead = text[max(0, start - 40) : end]
        code = _the_one(e.code, lead, published)
        if code is not None:
            out.append(Entity(start, end, "MISSION", code, text[start:end]))
    return out


def _the_one(host: str, phrase: str, published: str) -> str | None:
    kinds = next((k for pattern, k in ORGS if pattern.search(phrase)), None)
    if POLITICAL.search(phrase):
        kinds = frozenset({"un_political"})  # a political mission is no force: the office there
    found = [
        m
        for m in kbglue.hosted_in(host)
        if (m.kind not in NOT_FORCES or (kinds is not None and m.kind in kinds))
        and kbglue.running(m.code, published)
        and (kinds is None or m.kind in kinds)
    ]
    main = [m for m in found if m.host == host]  # UNIFIL before UNTSO, which Lebanon also hosts
    for group in (main, found):
        if len(group) == 1:
            return str(group[0].code)
    return None


def _by_body(text: str, named: list[tuple[int, int]], published: str, codes: set[str]) -> list[Entity]:
    """ "SADC's force draws on …": the one force of that regional body the article names elsewhere
    (a story on the day after SAMIM's end is still about SAMIM), else the one the KB has running then."""
    out = []
    hosts = {getattr(kbglue.mission(c), "host", None) for c in codes} - {None}
    for m in BY_BODY.finditer(text):
        start, end = m.span("own") if m.group("own") else m.span()
        if any(a < end and start < b for a, b in named):
            continue
        body = m.group("body") or m.group("owner")
        short = next((k for k, v in BODIES.items() if body in (k, v)), body)
        forces = [
            x
            for x in kbglue.all_missions()
            if x.kind == "regional"
            and (short in x.name or BODIES[short] in x.name or any(short in a for a in x.aliases))
        ]
        found = [x.code for x in forces if x.code in codes]
        if len(found) != 1:
            # the force in the country the article's other missions serve in, running then or about
            # to start ("is preparing its own mission", "is expected to start deploying")
            near = [x for x in forces if x.host in hosts] or forces
            found = [x.code for x in near if kbglue.running(x.code, published)] or [
                x.code for x in near if _starting_soon(x, published)
            ]
        if len(found) == 1:
            out.append(Entity(start, end, "MISSION", found[0], text[start:end]))
    return out


def _starting_soon(m: object, published: str) -> bool:
    """A force the KB starts within four months after the day."""
    start, day = parse_iso(getattr(m, "start", None)), parse_iso(published)
    soon = shifted(day, 120) if day is not None else None
    return start is not None and day is not None and day < start and (soon is None or start <= soon)


# "the Kenyan-led force": a mission described by its lead nation, not named
LED = re.compile(r"^(?P<lead>[A-Z][\w'’]+)-led\s+(?:\w+\s+)?(?:force|mission)$")


def led_by_the_one_named(ents: list[Entity]) -> list[Entity]:
    """A mission described by its lead ("the Kenyan-led force's mandate lapses") is the last mission
    named before it that this nation leads, when that is not the one the KB files the phrase under:
    Kenya led the EAC force in Goma as well as the MSS in Haiti."""
    out: list[Entity] = []
    named: list[Entity] = []
    for e in ents:
        m = LED.match(e.text) if e.label == "MISSION" else None
        if m is None:
            if e.label == "MISSION":
                named.append(e)
            out.append(e)
            continue
        lead = country_code(m.group("lead"))
        same = [n for n in named if getattr(kbglue.mission(n.code), "lead", None) == lead]
        if same and same[-1].code != e.code:
            e = Entity(e.start, e.end, e.label, same[-1].code, e.text)
        out.append(e)
    return out
