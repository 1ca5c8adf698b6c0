"""Who leads a mission, read off the clause: a country (or its people, or an officer of its
nationality) that leads, heads or commands a force, actively or by a passive's agent ("Greece
commands it from Larissa", "The mission is led by Kenya", "KFOR, which has been commanded by a
Turkish general", "Kenya, which has led the force since 2022", "The Kenyans lead the mission"), or
that took over its command ("Türkiye took over command in October 2024").

The phrase patterns of v1 (`decisions._leads`: "Kenya-led", "led by Kenya") still run; these add the
shapes a parse sees and phrases do not. What is led must be a force (a mission's name, a mission
noun, or "it" standing for one), never talks, a text, the pen or an effort.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from missionwatch.nlp.context import Context, Raw, _mission_near
from missionwatch.nlp.decisions import _led_by
from missionwatch.nlp.frames.article import Sentence
from missionwatch.nlp.frames.clause import RELATIVE
from missionwatch.nlp.frames.lexicon import lexicon
from missionwatch.nlp.frames.measure import negated
from missionwatch.nlp.frames.missions import MISSION_NOUNS
from missionwatch.nlp.frames.owners import UNIONS

LEAD_VERBS = frozenset({"lead", "head", "command", "helm"})
COMMAND_NOUNS = frozenset({"command", "leadership"})  # what one takes over or assumes to lead
HOLDING = frozenset({"hold", "have", "retain", "keep"})  # "Italy holds the command", "has held it"
PRONOUNS = frozenset({"it", "they", "we"})
# verbs whose subject takes on the lead its infinitive names ("when it offered to lead"; not "whether
# it wants to lead")
OFFERING = frozenset({"offer", "agree", "volunteer", "pledge", "promise", "commit"})
# an officer whose nationality stands for the country that leads ("commanded by a Turkish general")
OFFICERS = frozenset({"general", "commander", "admiral", "officer", "brigadier", "colonel"})


# a fact box's line or item that opens on who leads: "Led by: Kenya", "- Led by Denmark since 2020"
LED_LABEL = re.compile(r"^[^\w]*(?:led|commanded|headed)\s+by\s*:?\s*(?:the\s+)?", re.I)


def read(ctx: Context, s: Sentence, out: list[Raw]) -> None:
    """mission.lead claims of one parsed sentence."""
    label = LED_LABEL.match(s.text)
    if label is not None:
        first = next((e for e in s.ents if e.start == s.start + label.end()), None)
        if first is not None and not re.match(
            r"\s*(?:$|[.;,(]|and\b|since\b|until\b|from\b)", s.text[first.end - s.start :]
        ):
            first = None  # ("Commanded by Italian Major General X": an officer's nationality)
        mission = _mission_near(ctx, s, s.start) if first is not None and first.label == "COUNTRY" else None
        if first is not None and mission is not None:
            out.append(
                _lead(ctx, s, mission, first.code, (first.start, first.end), 0.7, "frame:led by label")
            )
            return
    if s.doc is None:
        return
    for v in s.doc:
        if v.pos_ not in ("VERB", "AUX") or negated(v, lexicon()):
            continue
        lemma = v.lemma_.lower()
        command = next(
            (c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in COMMAND_NOUNS), None
        )  # "took over command", "NATO assumed leadership of the force in August 2003"
        took_command = lemma in ("take", "assume", *HOLDING) and command is not None
        if lemma not in LEAD_VERBS and not took_command:
            continue
        leader, led = _roles(v)
        if leader is None:
            continue
        if command is not None and took_command:
            led = next((o for p in command.children if p.lower_ == "of" for o in p.children), led)
        offered = v.dep_ == "xcomp" and leader.head.i == v.head.i and v.head.lemma_.lower() in OFFERING
        if leader.lower_ in PRONOUNS and (leader.head.i == v.i or offered):
            leader = _antecedent(s, v) or leader  # "the mission, which it leads": the clause's country
        country = _country(s, leader, officer=leader.dep_ == "pobj")
        if country is None:
            continue
        mission = _mission(ctx, s, led) if led is not None else None
        if (
            mission is None
            and (took_command or (led is None and _chosen_to_lead(v)))
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in v.subtree)
        ):
            mission = _mission_near(ctx, s, s.pos(v))  # "Türkiye took over command in October 2024",
            # "Kenya was chosen to lead."
        if mission is None:
            continue
        at = s.pos(leader)
        out.append(_lead(ctx, s, mission, country, (at, at + len(leader.text)), 0.8, "frame:lead"))


def lead_nation(ctx: Context, s: Sentence, out: list[Raw]) -> None:
    """A country called the lead nation ("- KENYA: The lead nation.", "The representative of Kenya,
    speaking as the lead nation, said …"): the one country its sentence names leads the mission in
    discourse."""
    if s.doc is None:
        return
    for t in s.doc:
        if t.lemma_.lower() not in ("nation", "country") or not any(
            c.lower_ == "lead" and c.dep_ in ("amod", "compound") for c in t.children
        ):
            continue
        if negated(t.head, lexicon()) or any(c.dep_ == "neg" for c in t.children):
            continue
        countries = {e.code: e for e in s.ents if e.label == "COUNTRY"}
        if len(countries) != 1:
            continue
        e = next(iter(countries.values()))
        mission = _mission_near(ctx, s, e.start)
        if mission is None:
            continue
        out.append(_lead(ctx, s, mission, e.code, (e.start, e.end), 0.7, "frame:lead nation"))
        return


def under_command(ctx: Context, s: Sentence, out: list[Raw]) -> None:
    """A force "under Turkish command" or "under the leadership of Kenya": the country commands it."""
    if s.doc is None:
        return
    for t in s.doc:
        if t.lemma_.lower() not in COMMAND_NOUNS or t.dep_ != "pobj" or t.head.lower_ != "under":
            continue
        owner = next((c for c in t.children if c.dep_ in ("amod", "compound", "poss")), None)
        if owner is None:
            of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
        e = s.entity_of(owner, ("COUNTRY",)) if owner is not None else None
        if e is None or e.code in UNIONS or e.code in getattr(ctx, "host", ()):
            continue  # (not "under EU command", nor the host's own: "under Mozambican command")
        mission = _mission_near(ctx, s, e.start)
        if mission is not None:
            out.append(_lead(ctx, s, mission, e.code, (e.start, e.end), 0.7, "frame:under command"))


def _antecedent(s: Sentence, v: Token) -> Token | None:
    """The country a pronoun that leads stands for: the subject of a clause above it that names one
    (itself, or its people: "400 Kenyan officers are serving there, where they have led the MSS")."""
    t = v
    for _ in range(6):
        if t.head.i == t.i:
            return None
        t = t.head
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in PRONOUNS or subj.lower_ in RELATIVE:
            continue
        if s.entity_of(subj, ("COUNTRY",)) is not None:
            return subj
        own = next(
            (c for c in subj.children if c.dep_ in ("amod", "compound") and s.entity_of(c, ("COUNTRY",))),
            None,
        )
        return own
    return None


def _lead(
    ctx: Context, s: Sentence, mission: str, country: str, span: tuple[int, int], confidence: float, rule: str
) -> Raw:
    """A mission.lead claim; the mission is the one the country led where a successor now runs
    ("Kenya, which led that mission" in a story on the GSF: the MSS)."""
    led = _led_by(mission, country) or mission
    return Raw(
        "mission.lead",
        led,
        span[0],
        span[1],
        s,  # type: ignore[arg-type]
        subject=country,
        mission=led,
        as_of=ctx.published,
        confidence=confidence,
        rule=rule,
    )


def _roles(v: Token) -> tuple[Token | None, Token | None]:
    """(who leads, what is led) of a lead verb, through a passive's agent and a relative pronoun."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
    subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    subj = subjects[-1] if subjects else None  # (the nearest: "- 4,600 troops; Türkiye took over command")
    if subj is not None and subj.lower_ in RELATIVE and v.dep_ == "relcl":
        subj = v.head  # "Kenya, which has led the force", "KFOR, which has been commanded by …"
    elif subj is not None and v.dep_ == "relcl" and any(c.lower_ == "whose" for c in subj.children):
        # "Kenya, whose police have led the mission since June 2024": its people lead it (the noun just
        # before the comma, which the parse may hang on the first of a coordination)
        whose = next(c for c in subj.children if c.lower_ == "whose")
        before = v.doc[whose.i - 2] if whose.i >= 2 and v.doc[whose.i - 1].text == "," else None
        subj = before if before is not None and before.pos_ in ("PROPN", "NOUN") else v.head
    if passive:
        agent = next((c for c in v.children if c.dep_ == "agent"), None)
        leader = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent is not None else None
        return leader, subj
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lower_ in RELATIVE and v.dep_ == "relcl":
        obj = v.head  # "the force, which Greece commands"
    elif obj is not None and obj.lower_ in RELATIVE and v.dep_ == "conj" and v.head.dep_ == "relcl":
        obj = v.head.head  # "the MSS, which the Council authorised in 2023 and which Kenya leads"
    elif obj is not None and obj.lower_ in RELATIVE and v.dep_ == "xcomp" and v.head.dep_ == "relcl":
        obj = v.head.head  # "the MSS, which Kenya offered to lead": the relative's noun
    if subj is None and v.dep_ == "pcomp" and v.head.lower_ == "for" and v.head.head.pos_ == "VERB":
        # "thanked Kenya for leading the Mission", "praised Kenya for leading it": the one thanked
        subj = next((c for c in v.head.head.children if c.dep_ == "dobj"), None)
    if subj is None and v.dep_ in ("xcomp", "acl") and any(c.tag_ == "TO" for c in v.children):
        subj = _controller(v.head)  # "Kenya agreed to lead the force", "the offer of Kenya to lead it"
    elif subj is None and v.dep_ == "advcl" and any(c.tag_ == "TO" for c in v.children):
        offer = next(
            (c for c in v.head.children if c.dep_ == "dobj" and c.lemma_.lower() in OFFER_NOUNS), None
        )
        subj = _controller(offer) if offer is not None else None  # ("welcomed the offer of X to lead it",
        # the infinitive hung on the verb)
    return subj, obj


REFUSING = frozenset({"decline", "refuse", "reject", "hesitate", "fail", "balk", "resist", "rule"})
# a passive whose subject is given the lead ("Kenya was chosen to lead", "was asked to head it")
CHOOSING = frozenset({"choose", "select", "pick", "ask", "invite", "designate", "appoint", "tap"})


def _chosen_to_lead(v: Token) -> bool:
    """ "Kenya was chosen to lead.": an infinitive of leading with no object, under a passive of
    choosing — the force is the one the text is about."""
    head = v.head
    return (
        v.dep_ == "xcomp"
        and head.lemma_.lower() in CHOOSING
        and any(c.dep_ == "auxpass" for c in head.children)
        and not any(c.dep_ in ("dobj", "prep") for c in v.children)
    )


# nouns whose owner is the one who would do what their infinitive says ("the offer of Kenya to lead")
OFFER_NOUNS = frozenset(
    {"offer", "decision", "willingness", "readiness", "agreement", "pledge", "commitment"}
)


def _controller(head: Token) -> Token | None:
    """Who does an infinitive's act: the subject of the verb it completes, or the owner of the noun
    of offering it qualifies ("Kenya's offer to lead", "the offer of Kenya to lead")."""
    if head.pos_ in ("VERB", "AUX"):
        if head.lemma_.lower() in REFUSING:
            return None  # "Ottawa declined to lead a force": it does not
        if head.lemma_.lower() in CHOOSING:  # "Kenya was chosen to lead": the one chosen, and "asked
            # Kenya to lead it": the one asked
            return next((c for c in head.children if c.dep_ in ("nsubjpass", "dobj")), None)
        return next((c for c in head.children if c.dep_ == "nsubj"), None)
    if head.lemma_.lower() not in OFFER_NOUNS:
        return None
    for c in head.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in ("of", "by", "from"):
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


def _country(s: Sentence, tok: Token, *, officer: bool) -> str | None:
    """The country a leader names: itself or its people ("the Kenyans"), or, as a passive's agent,
    the nationality of an officer ("commanded by a Turkish general"; not "the Kenyan commander who
    will lead the mission", a person's post)."""
    e = s.entity_of(tok, ("COUNTRY",))
    if e is not None:
        return e.code
    if officer and tok.lemma_.lower() in OFFICERS:
        for c in tok.children:
            if c.dep_ in ("amod", "compound"):
                e = s.entity_of(c, ("COUNTRY",))
                if e is not None:
                    return e.code
    return None


def _mission(ctx: Context, s: Sentence, led: Token) -> str | None:
    """The mission what is led names: its name, or a mission noun or "it" standing for the one in
    discourse."""
    e = s.entity_of(led, ("MISSION",))
    if e is not None:
        return e.code
    if led.lemma_.lower() in MISSION_NOUNS or led.lower_ == "it":
        return _mission_near(ctx, s, s.pos(led))
    return None
