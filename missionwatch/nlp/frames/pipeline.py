"""The v2 passes over one article, from text to Claims."""

from __future__ import annotations

import copy
import datetime
import itertools
import re
from dataclasses import dataclass, field
from functools import cache
from typing import TypeVar, cast

from spacy.tokens import Token

from missionwatch.models import Claim
from missionwatch.nlp import kbglue
from missionwatch.nlp.context import Raw, _doc_context, _mission_near
from missionwatch.nlp.dates import DateMention, clean_published, parse_iso
from missionwatch.nlp.decisions import _leads
from missionwatch.nlp.entities import Entity, capital_of
from missionwatch.nlp.frames import leads, owners, periods, senders
from missionwatch.nlp.frames.article import Article, Sentence, columns, parse_alone, read, readable
from missionwatch.nlp.frames.clause import resolution_numbers, words
from missionwatch.nlp.frames.council import council
from missionwatch.nlp.frames.figures import (
    ASIDE,
    COUNTED_GROUPS,
    Figure,
    add_repeated_figures,
    add_single_casualties,
    detached_relative,
    find_figures,
    noun_class,
)
from missionwatch.nlp.frames.lexicon import aid_names, lexicon
from missionwatch.nlp.frames.measure import (
    BULLET,
    FORCE_SIZE_VERBS,
    LEVEL_NOUNS,
    SITUATION_MEASURES,
    SUBSET_PREPS,
    a_standard,
    civilians,
    classes_of,
    decide,
    evidence,
    np_measure,
    partitive_pronoun,
    permitted,
    the_rest_stays,
)
from missionwatch.nlp.frames.missions import (
    MISSION_NOUNS,
    force_before,
    mission_beyond,
    mission_of,
    missions_named,
    named_aside,
    political,
    still_on_the_ground,
)
from missionwatch.nlp.frames.statuses import CONTINGENT_NOUNS, VOTE_WORDS, country_lists, singular, status_of
from missionwatch.nlp.frames.tables import cell, find_tables
from missionwatch.nlp.frames.timing import RESULTS, as_of
from missionwatch.nlp.measures import _backfill_resolution, _dedupe, _reporting_period
from missionwatch.nlp.people import extract_people

_KIND = {"personnel": "contributor", "funding": "donor"}
CEILING_WORDS = frozenset({
    "cap", "ceiling", "limit", "authorise", "authorize", "authorised", "authorized", "maximum",
    "authorisation", "authorization", "allow", "permit",
})  # fmt: skip


@dataclass
class Discourse:
    """What earlier sentences established, for pronouns and definite references."""

    country: str | None = None  # the last contributor or donor a sentence was about
    entity: str | None = None  # the same, organisations included (donors)
    situation: str | None = None  # the last humanitarian measure ("the total stood at …" restates it)
    situation_at: int = -99
    place: str | None = None  # the place of that humanitarian figure
    arrival_at: int = -99  # the last sentence telling of an arrival ("The group is made up of …")
    arrival_on: str | None = None  # that arrival's day
    country_at: int = -99
    money_at: int = -99  # the last sentence with a money figure
    money: str | None = None  # the measure of the last money claim ("… $1.1 billion of that" restates it)
    money_measure_at: int = -99
    money_subject: str | None = None  # and its giver or debtor
    people: str | None = None  # the measure of the last personnel claim ("About 700 of them are …")
    people_at: int = -99
    people_subject: str | None = None  # and its subject ("… 300 staff left. Fewer than 150 remain")
    lead: str | None = None  # the measure a list's lead-in names ("Arrivals recorded by the force:")
    leads: dict[str, str] = field(default_factory=dict)  # that measure per figure family
    lead_at: int = -99
    lead_mission: str | None = None  # the mission a heading's bracket names ("WHO WAS THERE (MSS, mid-2025)")
    lead_date: str | None = None  # and its date
    heading: str | None = None  # the measure a table's heading names, for its rows
    last_raws: list[Raw] | None = None  # the figures claimed so far
    heading_date: str | None = None  # "… as at 31 March 2025" in that heading
    date: str | None = None  # the last date a figure was given (for "had sent", next sentence)
    date_at: int = -99
    mission_agent: bool = False  # the last agent was a mission ("it", "its" then mean the mission)
    countries: list[str] = field(default_factory=list)
    lead_item: bool = False  # the lead came from an item's label ("- Personnel deployed: 1,000")
    named_place: str | None = None  # the place a sentence was about ("The Centre department has …")
    named_at: int = -99
    incident: str | None = None  # the last place a sentence located something in ("from Nasir")
    incident_at: int = -99
    period: str | None = None  # the last day of the budget year an earlier sentence set
    official: str | None = None  # the government of the last official who gave or promised a sum
    official_at: int = -99
    standing: str | None = None  # the day a report's paragraph opened on ("As at 20 May 2025, …")
    standing_at: int = -99
    standing_end: int = 0
    standing_now: str | None = None  # that day, when it holds for the sentence being read
    occasion_day: str | None = None  # the day of the conference or meeting where offers were made


def extract(text: str, published: str | None = None, *, title: str | None = None) -> list[Claim]:
    source = text  # claims quote their sentence from the text as given
    text = readable(text)
    title = readable(title) if title else title
    published = clean_published(published)  # a date that is not ISO is dropped, with a warning
    art = read(text, published, _title_of(text, title), words().stems, _lead_line)
    art.tables = find_tables(text, [(d.start, d.value) for s in art.sentences for d in s.dates])
    ctx = _doc_context(text, art.sentences, published)  # type: ignore[arg-type]
    raws: list[Raw] = []
    for s in art.sentences:
        if s.headline:
            _leads(ctx, s, raws)  # type: ignore[arg-type]
    body = [s for s in art.sentences if not s.headline]
    talk = Discourse()
    earlier: Counted = set()  # (contributor|donor, country, mission) with a figure already
    for s in body:
        add_single_casualties(s)
        add_repeated_figures(s)
    for i, s in enumerate(body):
        nxt = body[i + 1] if i + 1 < len(body) else None
        council(ctx, s, nxt, raws)
        _leads(ctx, s, raws)  # type: ignore[arg-type]
        leads.read(ctx, s, raws)
        leads.lead_nation(ctx, s, raws)
        leads.under_command(ctx, s, raws)
        talk.last_raws = raws
        talk.standing_now = _standing_date(art, s, talk)
        _occasion(s, talk, art.published)
        figs = _figure_claims(art, ctx, s, talk)
        raws.extend(figs)
        raws.extend(_status_claims(art, ctx, s, figs, earlier, talk))
        if any(r.measure.startswith("funding.") for r in figs):
            talk.money_at = s.index
        earlier.update(
            (_KIND[r.measure.split(".")[0]], r.subject, r.mission)
            for r in figs
            if r.subject and r.measure.startswith(("personnel.", "funding."))
        )
    # the corpus gives a status only to a country the article names without a figure of that kind
    # (of the same mission: Italy's count in KFOR leaves it a contributor to EUFOR Althea)
    counted: Counted = {
        (_KIND[r.measure.split(".")[0]], r.subject, r.mission)
        for r in raws
        if r.subject and r.measure.startswith(("personnel.", "funding."))
    }
    raws = [
        r
        for r in raws
        if not (r.rule == "status" and _counted_before(counted, r.measure, r.subject, r.mission))
    ]
    # a union that runs or pays for a force is no contributor of troops to it ("the EU sent 500
    # reserve troops": its own operation's reinforcement)
    raws = [r for r in raws if not (r.measure == "contributor" and r.subject in owners.UNIONS)]
    # money frozen is frozen by someone: a freeze whose giver the text does not tell is no claim; a
    # debt may be everyone's ("member states owed $2.7 billion", "unpaid assessed contributions")
    raws = [r for r in raws if r.measure != "funding.withheld" or r.subject or ARREARS.search(r.sent.text)]
    _expiry_of_the_predecessor(raws)
    _strength_of_its_mission(raws)
    _kept_until_the_mandate_ends(raws, published)
    _adopted_by_its_vote(raws)
    _adopted_on_its_record(raws)
    _backfill_resolution(ctx, raws)
    _reporting_period(ctx, raws)
    _stated_period(art, raws)
    claims = [_claim(source, r) for r in _dedupe(raws)]
    claims.extend(extract_people(source, [(s.start, s.end) for s in art.sentences], published))
    return claims


STATED_PERIOD = re.compile(r"\bperiod\s+(?:from|between)\b", re.I)
DURING_THE_PERIOD = re.compile(
    r"\b(?:during|over|in|throughout)\s+the\s+(?:reporting\s+|same\s+)?period\b", re.I
)


def _stated_period(art: Article, raws: list[Raw]) -> None:
    """ "covering the period from 16 April to 30 September 2024", then "During the reporting period,
    attacks killed at least 41 civilians": a toll of the period a report states is as of its end."""
    end = None
    for s in art.sentences[:12]:
        days = [d.value for d in s.dates if d.precision == "day"]
        if STATED_PERIOD.search(s.text) and len(days) >= 2:
            end = days[-1]  # the range's second day (its first may lack the year it shares)
            break
    if end is None or (art.published is not None and end > art.published):
        return
    for r in raws:
        if r.measure not in SITUATION_MEASURES or r.as_of != art.published:
            continue
        sent = getattr(r.sent, "text", "")
        if DURING_THE_PERIOD.search(sent):
            r.as_of = end


# an interview's or explainer's question that asks for a count ("How many officers are in Haiti?",
# "And how big is it now?")
# (after the asker's label of a transcript: "Q: How many …", "HOST: And how many …")
HOW_MANY = re.compile(
    r"^\W*(?:(?:Q|[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*){0,2})\s*:\s*)?(?:and\s+|so\s+)?"
    r"how\s+(?:many|big|large|strong)\b",
    re.I,
)


def _answered(art: Article, s: Sentence, figs: list[Figure]) -> None:
    """The bare count that opens the answer to a "how many" question ("How many officers are in
    Haiti?" — "Roughly 430, according to officials") is read in the question's frame: the question
    is parsed with its "many" standing for the count, and its measure is the answer's."""
    if s.index == 0:
        return
    q = art.sentences[s.index - 1]
    if (
        not q.text.rstrip().endswith("?")
        or not HOW_MANY.match(q.text)
        or "\n" not in art.text[q.end : s.start]
    ):
        return
    for k, f in enumerate(figs):
        if (f.measure and f.why != "verbless") or f.family != "persons" or f.q.start - s.start > 25:
            continue  # (a verbless answer is read in its question's frame)
        if any(g.family == "persons" for g in figs[:k]):
            continue  # "Twenty-four, she said: 20 soldiers and four police": the answer is the first
        if f.noun is not None and f.noun.i < f.anchor.i:
            f.noun = None  # "GUEST: About 1.4 million": the speaker's label is no noun of the count
        if f.noun is not None and noun_class(f.noun) != "personnel":
            continue  # (an answer's "Twenty-eight marines" is the count asked for; not "three bases")
        if (f.q.value or 0) < 2:
            continue  # "Much bigger than the old one": no count
        if q.doc is None:
            q.offset, q.doc = q.start, parse_alone(q)
        many = next((t for t in q.doc if t.lower_ in ("many", "big", "large", "strong")), None)
        if many is None:
            return
        proxy = Figure(f.q, q, "persons", many)
        if many.dep_ == "amod" and many.head.pos_ in ("NOUN", "PROPN"):
            proxy.noun = many.head
            proxy.demonym = q.entity_of(proxy.noun, ("COUNTRY",)) is not None  # "How many Hungarians …"
            if noun_class(proxy.noun) is None and not proxy.demonym:
                return  # "How many countries …": no people counted
            if proxy.noun.lemma_.lower() in ("woman", "man", "child"):
                return  # "How many women serve in your unit?": a part of the unit, not its strength
        decide(proxy)
        if proxy.measure is None and many.lower_ != "many" and many.head.lemma_.lower() == "be":
            proxy.measure = "personnel.deployed"  # "How big is it now?": its size
        if proxy.measure is not None and (
            proxy.measure.startswith("personnel.") or proxy.measure in SITUATION_MEASURES
        ):
            f.measure, f.why, f.intent, f.split_intent = proxy.measure, "answer", proxy.intent, False
            people = next(
                (
                    e
                    for t in ([proxy.noun, *proxy.noun.children] if proxy.noun is not None else [])
                    if t is proxy.noun or t.dep_ == "amod"
                    if (e := q.entity_of(t, ("COUNTRY",))) is not None
                ),
                None,
            )  # "How many Hungarians …", "How many Hungarian soldiers …"
            if people is not None and not f.subject:  # "How many Hungarians serve in KFOR?" — "Around 430"
                f.subject, f.subject_why = people.code, "question"


def _the_rest(f: Figure) -> bool:
    """A bare count that remains after a sentence about a force's people (``the_rest_stays``), read
    as their strength: the rest of those people."""
    return f.pred is not None and f.why in ("pred:strength", "pred:remainder") and the_rest_stays(f, f.pred)


def _title_of(text: str, title: str | None) -> str | None:
    if title and text.lstrip().startswith(title.strip()):
        return title
    return None


def _figure_claims(art: Article, ctx: object, s: Sentence, talk: Discourse) -> list[Raw]:
    if s.noise:
        return []
    figs = find_figures(s, art.text)
    paths = {}
    for f in figs:
        path = evidence(f)
        paths[id(f)] = [t for _, t in path]
        f.previous = talk.situation if s.index - talk.situation_at <= 2 else None
        f.people_before = talk.people if s.index - talk.people_at <= 1 else None
        decide(f, list(path))
    _answered(art, s, figs)
    _share_of_a_sum(figs, talk, s.index)
    _part_of_a_force(figs, talk, s.index)
    _compared(figs)
    _budget_subject(figs)
    _arrived_numbering(figs)
    _change_pairs(figs)
    _parts_take_their_groups(figs)
    _parts_after_a_dash(s, figs)
    _coordinate(figs)
    _along_with(s, figs)
    _broken_down(figs)
    _held_by_countries(art, figs, host=set(getattr(ctx, "host", set())))
    # again: a group coordination retyped ("… and 3,020 police, including 2,420 …")
    _parts_take_their_groups(figs)
    _listed(art, s, figs, talk)
    _lead_in(s, talk)
    _parts_of_earlier(art, s, figs, talk)
    _group_just_arrived(s, figs, talk)
    _past_a_mark(figs)
    _up_to_a_ceiling(s, figs)
    _sizes_set_against(s, figs)
    out: list[Raw] = []
    host = set(getattr(ctx, "host", set()))
    kept: list[Figure] = []
    retracted = RETRACTED.search(s.text)
    for f in figs:
        if not f.measure or f.negated or (f.intent and f.why.endswith("only intended")):
            continue
        if f.measure.startswith("personnel.") and (
            f.q.value > LARGEST_FORCE or SHORT_OF.match(s.text, f.q.end - s.start)
        ):  # "to reach 4.2 million of them", "some 600,000 have returned to their districts": people, no
            continue  # force; "1,500 short of": a gap
        if f.family == "persons" and _women_among(f):
            continue  # "including 1,011 women", "61 were women": a share of people already counted
        after = s.text[f.q.end - s.start : f.q.end - s.start + 60]
        if f.family == "persons" and RATIO.match(after):
            continue  # "one police officer for every 500 citizens": a ratio, no count
        if f.measure in ("killed", "injured") and MISSING.match(after):
            continue  # "more than 9,000 people are still reported missing": not counted as dead
        if f.family == "persons" and _counts_things(f, figs, s):
            continue  # "two foreign forces", "from eight member states", "21 bases, down from 27"
        restated = re.match(
            r"^\S*,\s+which\s+(?:was|is)\b(?!\s+(?:an?\s+)?(?:\w+\s+)?(?:error|mistake|typo)\b)",
            s.text[f.q.end - s.start :],
        )
        if retracted is not None and f.q.start - s.start >= retracted.end() and not restated:
            continue  # "Correction: an earlier entry said that 300 officers landed": what is withdrawn
        if CONTRASTED.search(s.text[max(0, f.q.start - s.start - 40) : f.q.start - s.start]) and not (
            AS_PLANNED.match(s.text[f.q.end - s.start :])
        ):
            continue  # "200 officers, not 400 as we reported": denied ("not 1,000 as planned" is the plan)
        if (
            f.noun is None
            and f.family == "persons"
            and f.q.value < 20
            and f.why.startswith(("pred", "subject"))
            and not _on_the_ground(f)
            and "respectively"
            not in s.text[f.q.end - s.start :].lower()  # ("sent 75 and eight respectively")
            and not _a_unit_of(f)
            and not _toll_after_a_toll(f, figs)
        ):
            continue  # "two offers", "one of them": a small number with no noun of its own counts nothing
        if (
            f.part_of is f
            and not owners.category(f, breakdown=True)
            and not _own_country(f, art.text, host)
            and not _own_place(f)
        ):
            continue  # "including 30 women": a part already counted ("among them 200 from Britain" is not)
        home = _landed_home(f, art.text, host) if f.measure == "personnel.arrived" else None
        if home is not None:
            f.measure = "personnel.returned"  # "touched down at Nairobi's airport": home, not the host
            home = None if home == AWAY else home
        _attribute(art, ctx, f, talk, host, _breakdown(f, figs), kept)
        if f.why == "part of them" and f.measure in SITUATION_MEASURES:
            where = _place_right_after(f, art.text)
            if where is not None:  # "… and over 1 million in Ituri": the part's own place
                f.subject = where
        if f.family == "persons" and f.subject in owners.UNIONS:
            f.subject = None  # "500 soldiers from the European Union's reserve": the union's own force
        if f.part_of is f and f.family == "persons":
            code = _from_a_country(f, art.text, host)
            if code is not None:  # "among them 200 from Britain": the part's own country (also
                # over one a list lent it: "including about 1,000 from the United States and close
                # to 900 from Italy")
                f.subject, f.subject_why = code, "part from"
        echoed = _another_of(f, talk)
        if echoed is not None:  # "Seventy-five Guatemalans landed on Friday … Another 75 followed"
            f.subject, f.subject_why = echoed, "another"
        if f.family == "persons" and f.subject and len(f.subject) == 3 and _a_whole(f):
            f.subject, f.subject_why = (
                None,
                "total",
            )  # "out of a total force of roughly 4,500": no one country's
        if f.family == "persons" and f.subject and _named_only_in_its_aside(f):
            # "410 officers, nearly all of them from Kenya", "about 1,000, most of them Kenyan":
            # who most of a count are is told of a part; the count is the whole force's
            f.subject, f.subject_why = owners.category(f, breakdown=False), ""
        if f.family == "persons" and f.subject_why in ("", None):
            part = _part_of_them_from(f, host)
            if part is not None:  # "990 personnel, around 730 of them from Kenya": Kenya's 730
                f.subject, f.subject_why = part, "part of them"
        if (
            f.measure == "personnel.target"
            and f.intent
            and f.q.qualifier != "at_most"
            and f.subject
            and len(f.subject) == 3
            and f.subject.isupper()
            and OF_THEM.match(s.text[f.q.end - s.start :])
        ):
            f.measure = "personnel.pledged"  # "is to comprise 2,500 personnel, 1,000 of them from Kenya":
            # a planned force's part from one country is what that country promised
        if f.family == "money" and f.subject in RECEIVING_FUNDS:
            f.subject = None  # "the trust fund has received $96 million": what it holds is the total given
        if f.measure == "personnel.target" and f.subject_why == "discourse":
            # "… still far short of the 5,550 the Council authorised": no country's ceiling, the kind
            # its words name ("its full strength of 5,500 uniformed personnel") or the whole force's
            f.subject = owners.category(f, breakdown=_breakdown(f, figs))
        if f.q.rule == "same" and not f.subject:
            same = [g for g in kept if g.q.value == f.q.value and g.subject and g.q.start < f.q.start]
            if same:  # "75 Guatemalan military police …, a day after a first group of the same size"
                f.subject, f.subject_why = same[-1].subject, "same"
        if (
            not f.subject
            and f.family == "persons"
            and f.noun is None
            and ELLIPTIC.search(s.text[max(0, f.q.start - s.start - 14) : f.q.start - s.start])
        ):
            group = [g for g in kept if g.family == "persons" and g.subject and len(g.subject) == 3]
            if group and group[-1].subject != owners.HOST:  # "75 Guatemalan military police landed on
                f.subject, f.subject_why = (
                    group[-1].subject,
                    "elliptic",
                )  # Saturday, a day after the first 75 arrived"
        if f.measure == "personnel.returned" and home is None and not f.subject:
            home = _destination(f, art.text, host)  # "the outgoing group flew back to Bucharest"
            if home is None and not _about_a_mission(f):
                home = _dateline_country(art)  # "KATHMANDU — … 210 soldiers of the outgoing battalion"
                home = None if home in host else home
        if home is not None and not f.subject:
            f.subject, f.subject_why = home, "destination"
        each = _each_of(art, f, host) if f.family == "persons" and f.measure not in SITUATION_MEASURES else []
        if each:
            for code in each:  # "Rwanda and India … each have more than 2,000 peacekeepers"
                g = copy.copy(f)
                g.subject, g.subject_why = code, "each"
                kept.append(g)
            continue
        if f.subject == owners.HOST:
            continue  # the host's own army or police: not the mission's figure
        kept.append(f)
    for f in kept:
        if f.split_intent and f.inherited is None:
            owned = f.subject is not None and len(f.subject) == 3 and f.subject.isupper()
            permission = f.q.qualifier == "at_most" and permitted(
                f.pred or f.cue
            )  # "Germany may deploy up to 1,350"
            f.measure = "personnel.pledged" if owned and not permission else "personnel.target"
            who = None if owned or permission else senders.sender(f, _home_country(art, host))
            if who is not None:  # "the Government intends to deploy 600": its pledge, not a ceiling
                f.measure = "personnel.pledged"
                if who.country and who.country not in host:
                    f.subject, f.subject_why = who.country, "sender"
            if f.measure == "personnel.target" and f.subject in owners.UNIONS:
                f.subject = owners.category(f, breakdown=False)  # "the AU may keep up to 12,626": the force's
    _respectively(art, s, kept, host)
    _kinds_of_a_countrys_total(kept)
    _ceilings_against(s, kept)
    _parts_of_whom(kept)
    capped = [g for g in kept if g.measure == "personnel.target" and g.q.qualifier == "at_most"]
    for g in kept:  # "up to" spreads over the list it heads
        spread = (
            g.measure == "personnel.target"
            and g.q.qualifier == "exact"
            and capped
            and capped[0].q.start < g.q.start
            and (g.why == "part" or _breakdown(g, figs) or any(_breakdown(c, figs) for c in capped))
        )
        if spread:
            g.ceiling_from = capped[0].q.qualifier_cue
    _whole_not_in_its_parts_place(kept, getattr(ctx, "country", None))
    made: list[tuple[Figure, Raw]] = []
    standing = talk.standing_now
    for f in kept:
        if f.inherited is not None:
            out.append(_raw(art, ctx, f, f.inherited.as_of, f.inherited.mission))
            continue
        carried = (
            f.item_date
            or (talk.heading_date if f.why == "table" else None)
            or _carried(f, talk, s)
            or (standing if f.measure in STANDING else None)
        )
        when = as_of(f, paths.get(id(f), f.path), art.published, art.text, carried)
        if f.why == "parts" and f.compared is not None and f.compared.when:
            when = f.compared.when  # "the 200 it promised in 2024 — 170 soldiers and 30 police"
        if f.measure == "funding.required":
            when = _budget_period(art, ctx, f, talk, when)  # "for the year that began on 1 July"
        if when == art.published and AT_THE_VOTE.search(s.text[: f.q.start - s.start]):
            when = _vote_day(talk) or when  # "At the time of the vote the mission had about 970"
        if f.share_of is not None and f.share_of.when and when == art.published:
            when = f.share_of.when  # "10,100 at the end of July, led by Indonesia with 1,230"
        mission = None if f.measure in SITUATION_MEASURES else (f.item_mission or mission_of(f, ctx, when))
        run = _told_over_years(art, s) if mission is not None else None
        if run is not None:
            mission = run  # "FACT BOX: Haiti's Multinational Security Support mission, 2023–2025"
        if f.family == "money" and mission is not None and _humanitarian_money(f):
            mission = None  # "CERF allocated $8 million to Ituri": aid to the country, no mission's money
        if f.measure == "personnel.target" and f.compared is None:
            by = _set_by_resolution(ctx, s, art.published)
            if by is not None:
                when = when if when != art.published else by[0]
                mission = by[1] or mission
        named = f.sent.entity_of(f.clause_subject, ("MISSION",)) if f.clause_subject is not None else None
        if named is not None and mission is not None:
            mission = named.code  # "more than double the 2,500 the MSS had been designed for"
        if f.family == "persons" and when == art.published:
            when = _at_a_missions_edge(f, art.published) or when
        if f.measure in SET_AGAINST_WHAT and named is None and not missions_named(f):
            mission = _strength_set_against(f, made, art.text) or mission
        if f.why == "group just arrived" and when == art.published and talk.arrival_on:
            when = talk.arrival_on  # the parts arrived the day the group did
        if when == art.published and talk.arrival_on and s.index - talk.arrival_at <= 2 and _made_by_that(f):
            when = talk.arrival_on  # "… landed on Monday. That brought the force to 980."
        if when == art.published and f.measure in DATED_BY_THE_DAY:
            when = _day_named(s, art.published, f.anchor)  # "At a conference on Tuesday, Chad offered 1,500"
        if when == art.published and f.measure in PLEDGES and talk.occasion_day:
            when = talk.occasion_day  # "Pledges at the conference: Canada $40 million, …"
        f.when = when
        out.append(_raw(art, ctx, f, when, mission))
        made.append((f, out[-1]))
    _share_in_coordination(made, art.published)
    _missions_in_turn(s, made, art.published)
    _forces_in_turn(art, s, made, host, talk)
    _hedge_over_a_list(made)
    for i, r in enumerate(out):
        if (r.rule == "share of a sum" and not r.subject) or r.rule == "restated sum":
            # "… spent more than $1 billion … Of that, only $15 million went into the fund": the
            # giver of the whole gave the part
            before = next((x for x in reversed(out[:i]) if x.measure.startswith("funding.")), None)
            r.subject = before.subject if before is not None else talk.money_subject
        if r.measure.startswith("funding."):
            talk.money, talk.money_measure_at, talk.money_subject = r.measure, s.index, r.subject
        if r.measure.startswith("personnel.") and not (
            r.measure == "personnel.target" and talk.people_at == s.index and talk.people != r.measure
        ):  # "had about 970 personnel, under 40 per cent of the 2,500 it had planned. Roughly 700 of
            # them were Kenyan": people are counted, the size on paper is what they are measured by
            talk.people, talk.people_at, talk.people_subject = r.measure, s.index, r.subject
        if r.measure in SITUATION_MEASURES and r.measure != "gang_control":
            talk.situation, talk.situation_at, talk.place = r.measure, s.index, r.subject
        if r.measure == "personnel.arrived":
            talk.arrival_at, talk.arrival_on = s.index, r.as_of
    dated = [r.as_of for r in out if r.as_of and r.as_of != art.published]
    talk.date, talk.date_at = (dated[-1], s.index) if dated else (talk.date, talk.date_at)
    _remember(s, figs, talk, art, host)
    return out


# a count that others fall short of: "well short of the 2,500 envisaged", "against the 15,000 the
# Council authorises", "far below the 2,500 it is meant to reach" (with its article: "against 9,900
# troops in March", which ``measure.a_standard`` also takes, is a past count set against a plan)
BENCHMARK = re.compile(
    r"\b(?:short of|below|under|against)\s+the\s+(?:(?:roughly|some|about|nearly)\s+)?$", re.I
)
# what the clause after a count a force is set against may say instead: a promise ("the 1,000 it
# offered"), or people who did go or were to be sent ("below the 50,000 soldiers who deployed at the
# start", "the 50,000 at the start of KFOR", "the 1,000 the minister was meant to send": the measure
# the frames gave stays)
PROMISED_AFTER = re.compile(r"^[^.;:]{0,60}?\b(?:offered|promised|pledged|committed|undertook)\b", re.I)
WENT_AFTER = re.compile(
    r"^[^.;:]{0,40}?\b(?:(?:who|that|which)\s+(?:had\s+)?(?:deployed|arrived|served|landed)\b|to send\b)"
    r"|^\s*(?:\w+\s+)?(?:at (?:the|its) (?:start|peak|height|outset)|in (?:19|20)\d\d)\b",
    re.I,
)
# a force told what it was promised ("which has been promised 2,500 officers", "the 2,500 personnel it
# had been promised"): the size it was meant to have, no one's pledge
PROMISED_TO_BEFORE = re.compile(r"\b(?:has|have|had|was|were|is|are)\s+been\s+promised\s+(?:\w+\s+)?$", re.I)
PROMISED_TO_AFTER = re.compile(
    r"^\s*(?:[a-z]+\s+)?(?:it|they|the (?:mission|force))\s+"
    r"(?:(?:had|has|have)\s+been|was|were|is|are)\s+promised\b",  # (not "it had promised")
    re.I,
)


def _sizes_set_against(s: Sentence, figs: list[Figure]) -> None:
    """A count of people a force is set against ("970 on the ground, against the 2,500 it was supposed
    to field", "The mission remains well below the 2,500 personnel it was designed to have", whatever
    verb the parse hung the figure on) is the size it was meant to be, or the number a country
    promised ("against the 1,000 it offered"); not a count of people who went. And a number a force
    "has been promised" ("the 2,500 personnel it had been promised") is its size too, not a
    country's pledge ("the 1,000 Kenya had promised" is)."""
    for f in figs:
        if f.family != "persons":
            continue
        before = s.text[max(0, f.q.start - s.start - 40) : f.q.start - s.start]
        after = s.text[f.q.end - s.start :]
        stays = f.measure not in ("personnel.deployed", "personnel.arrived") or WENT_AFTER.match(after)
        if BENCHMARK.search(before) and not stays:
            f.measure = "personnel.pledged" if PROMISED_AFTER.match(after) else "personnel.target"
        if f.measure == "personnel.pledged" and (
            PROMISED_TO_BEFORE.search(before) or PROMISED_TO_AFTER.match(after[:60])
        ):
            f.measure = "personnel.target"


ARREARS = re.compile(r"\b(?:unpaid|arrears|outstanding|overdue|owed?|owing|debts?|debtors?)\b", re.I)
SHARE_VERBS = frozenset({"account", "represent", "be", "make", "constitute", "comprise", "owe"})
SUM_NOUNS = frozenset({"sum", "amount", "total", "figure", "bill", "debt", "arrears", "shortfall"})


def _giver_before(f: Figure, before: list[Figure]) -> str | None:
    """The country that gave or promised the sum before, in this sentence or the one before, for an
    "it" that gives now (not one that received: "the fund … it took in")."""
    if f.why.startswith("pred:hold"):
        return None
    for g in reversed(before):
        if g.family != "money" or f.sent.index - g.sent.index > 1:
            continue
        if g.subject and len(g.subject) == 3 and g.subject.isupper() and not g.why.startswith("pred:hold"):
            return g.subject
        return None
    return None


def _the_whole_sum(f: Figure, before: list[Figure]) -> str | None:
    """The giver of the sum a part is "of that" sum of, told earlier in the sentence."""
    if not _of_that_sum(f):
        return None
    whole = next((g for g in reversed(before) if g.sent is f.sent and g.family == "money"), None)
    return whole.subject if whole is not None and whole.subject else None


def _of_that_sum(f: Figure) -> bool:
    """ "$1.1 billion of that", "about $1 billion of that sum", "$400 million of the total"."""
    top = f.head or f.anchor
    fronted = [c for c in f.pred.children if c.i < top.i] if f.pred is not None else []  # "Of that amount, …"
    for c in (*top.children, *fronted):
        if c.dep_ == "prep" and c.lower_ == "of":
            for o in c.children:
                if o.dep_ == "pobj" and (
                    o.lower_ in ("that", "this", "it")
                    or (
                        o.lemma_.lower() in SUM_NOUNS
                        and any(d.lower_ in ("that", "this", "the") for d in o.children)
                    )
                ):
                    return True
    return False


ESTIMATING = frozenset({"put", "place", "estimate", "peg", "value"})


def _estimated(f: Figure) -> Token | None:
    """What someone "puts at" the figure ("put the figure at about $15 million", "puts the number at
    160", "put it at"): the object of the estimating verb, or None."""
    top = f.head or f.anchor
    if top.dep_ != "pobj" or top.head.lower_ != "at" or top.head.head.lemma_.lower() not in ESTIMATING:
        return None
    return next((c for c in top.head.head.children if c.dep_ == "dobj"), None)


def _sum_put_at(f: Figure) -> Token | None:
    """ "Kenya's adviser put the figure at about $15 million", "UN officials put the frozen sum at
    $13.3 million", "put it at": a sum estimated by someone is the sum the text was giving (its
    estimator is a source, not its giver); the sum's noun, or None."""
    obj = _estimated(f) if f.family == "money" else None
    if obj is None or not (obj.lower_ == "it" or obj.lemma_.lower() in ("sum", "amount", "figure")):
        return None  # (not "put the total at": a total is more than the sum just given)
    return obj


# what a sentence about a force's money speaks of ("for the multinational mission", "the troops")
FORCE_WORDS = (MISSION_NOUNS - {"office"}) | {"peacekeeper", "peacekeeping", "troop"}


def _humanitarian_money(f: Figure) -> bool:
    """A sum given to or asked for a country's people: its own phrase or its clause's subject names
    an aid fund, an appeal or an agency ("$33 million in humanitarian aid", "CERF allocated $8
    million"), or its sentence does and speaks of no mission (the golds file such sums under no
    mission: 178 of 180)."""
    s = f.sent
    top = f.head or f.anchor
    kept = [top] + [  # the sum's own phrase, not a sum coordinated with it ("…, plus $33 million in aid")
        t for c in top.children if c.dep_ not in ("conj", "cc", "appos", "punct") for t in c.subtree
    ]
    own = s.text[
        s.pos(min(kept, key=lambda t: t.i)) - s.start : s.end_of(max(kept, key=lambda t: t.i)) - s.start
    ]
    if aid_names().search(own):
        return True
    subj = next((c for c in f.pred.children if c.dep_ in ("nsubj", "nsubjpass")), None) if f.pred else None
    if subj is not None:
        said = s.text[s.pos(subj.left_edge) - s.start : s.end_of(subj.right_edge) - s.start]
        if aid_names().search(said):
            return True
    return (
        bool(aid_names().search(s.text))
        and not any(e.label == "MISSION" for e in s.ents)
        and not any(t.lemma_.lower() in FORCE_WORDS for t in f.anchor.doc)
    )


# what lies between two parts told by place: "… were in North Kivu and over 1 million [in Ituri]"
NEXT_PART = re.compile(
    r"\s+(?:(?:were|are|was|is)\s+)?(?:in|into|at)\s+[^,;.()]{2,60}?(?:,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:(?:over|about|some|around|nearly|almost|roughly|approximately|close\s+to|more\s+than)\s+)?$"
)


def _token_after(f: Figure, words: re.Pattern[str]) -> Token | None:
    """The token that starts where ``words``, read right after the figure, end."""
    m = words.match(f.sent.text, f.q.end - f.sent.start)
    return f.sent.token_at(f.sent.start + m.end()) if m else None


IN_A_PLACE = re.compile(
    r"\s+(?:of\s+them\s+)?(?:(?:were|are|was|is)\s+)?(?:in|into|at)\s+(?:the\s+)?(?=[A-Z])"
)


def _place_right_after(f: Figure, text: str) -> str | None:
    """ "over 1 million in Ituri": the place a part is told in, right after its figure."""
    tok = _token_after(f, IN_A_PLACE)
    return owners.place_name(f.sent, tok, text) if tok is not None else None


def _next_part_by_place(prev: Figure, f: Figure) -> bool:
    """A figure that follows a humanitarian part placed somewhere, with its own place after it."""
    if not (
        prev.why in ("part of them", "coordinated")
        and prev.measure in SITUATION_MEASURES
        and prev.sent is f.sent
        and f.measure is None
    ):
        return False
    gap = f.sent.text[prev.q.end - f.sent.start : f.q.start - f.sent.start]
    rest = f.sent.text[f.q.end - f.sent.start :]
    return NEXT_PART.fullmatch(gap) is not None and re.match(r"\s+(?:in|into|at)\s+[A-Z]", rest) is not None


def _count_put_at(f: Figure) -> bool:
    """ "the police service puts the number at 160", "officials put it at 155": a count someone
    gives for the people the text was counting, not a deployment of its own."""
    obj = _estimated(f)
    return (
        obj is not None
        and (obj.lower_ == "it" or obj.lemma_.lower() in RESTATING)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)
    )


def _part_of_a_force(figs: list[Figure], talk: Discourse, index: int) -> None:
    """ "The GSF has about 1,000 personnel. About 700 of them are Kenyan": a part "of them" of a
    force's count is of that count's measure; and a country's own count ("Kenya's roughly 700
    officers in Haiti") with no verb to say more is the people it has there."""
    for i, f in enumerate(figs):
        if (
            f.family == "persons"
            and f.measure in (None, "personnel.deployed")
            and (_count_put_at(f) or _restates_a_figure(f))
        ):  # "About 150 officers landed … The police service puts the number at 160": that arrival
            earlier = next(
                (g.measure for g in reversed(figs[:i]) if g.measure and g.measure.startswith("personnel.")),
                None,
            )  # ("… 150 landed, though the police service puts the number at 160")
            earlier = earlier or (talk.people if index - talk.people_at <= 2 else None)
            if earlier is not None:
                f.measure, f.why = earlier, "restated"
                continue
        if f.family != "persons" or f.measure is not None:
            continue
        if i and _next_part_by_place(figs[i - 1], f):
            # "of whom 2.6 million were in North Kivu and over 1 million in Ituri": the next part
            part = figs[i - 1]
            f.measure, f.cue, f.why = part.measure, part.cue, "part of them"
            if part.part_of is part:
                f.part_of = f
            continue
        if partitive_pronoun(f):
            whole = next((g for g in reversed(figs[:i]) if g.family == "persons" and g.measure), None)
            if whole is not None and whole.measure in SITUATION_MEASURES:
                # "7 million are displaced, about 2.6 million of them in North Kivu": a part of the
                # people just counted, kept only when it has a place of its own (``_own_place``)
                f.measure, f.cue, f.why, f.part_of = whole.measure, whole.cue, "part of them", f
                continue
            if not OF_THEM_WHO.match(f.sent.text[f.q.end - f.sent.start :]):
                continue  # ("13 of them in favour": members, not a force's people)
            before = next(
                (g.measure for g in reversed(figs[:i]) if g.family == "persons" and g.measure), None
            )
            if before is None and index - talk.people_at <= 1:
                before = talk.people
            if before is not None and before.startswith("personnel."):
                f.measure, f.why = before, "part of a force"
            continue
        if f.noun is None and FRONTED_PART.match(f.sent.text):
            before = talk.people if index - talk.people_at <= 1 else None
            if before is not None and before.startswith("personnel."):
                f.measure, f.why = before, "part of a force"  # "Of these, about 1,700 serve with UNMISS"
            continue
        unit = _owned_unit(f)
        if unit is not None:  # "Chad, whose contingent of about 1,400 soldiers has paid the heaviest
            f.measure, f.cue, f.why = "personnel.deployed", unit, "owned unit"  # price": its strength
            continue
        noun = f.noun
        if noun is None or noun_class(noun) != "personnel":
            continue
        owned = any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)
        if owned and any(c.dep_ == "prep" and c.lower_ == "in" for c in noun.children):  # ("… in Haiti")
            f.measure, f.why = "personnel.deployed", "owned"


HOW_BADLY = re.compile(r"\s+(?:\w+\s+)?(?:seriously|critically|severely|gravely|badly|slightly)\b", re.I)


def _toll_after_a_toll(f: Figure, figs: list[Figure]) -> bool:
    """ "Two soldiers were killed and three were injured", "Nine soldiers were killed and 14
    wounded": a toll after another toll of the sentence counts the people that one names."""
    after = f.sent.text[f.q.end - f.sent.start :]
    if f.measure not in TOLLS or partitive_pronoun(f) or OF_THEM.match(after) or HOW_BADLY.match(after):
        return False  # ("11 soldiers were injured, three of them seriously", "seven seriously": a part)
    return any(g.measure in TOLLS and g.noun is not None and g.q.start < f.q.start for g in figs)


def _owned_unit(f: Figure) -> Token | None:
    """A country's unit sized by the figure ("Chad, whose contingent of about 1,400 soldiers …",
    "Ghana's battalion of 870"), its own clause's verb telling nothing of the people: the unit."""
    t = f.noun if f.noun is not None else f.anchor
    if t.dep_ != "pobj" or t.head.lower_ != "of":
        return None
    unit = t.head.head
    if unit.lemma_.lower() not in CONTINGENT_NOUNS:
        return None
    whose = any(c.dep_ == "poss" and (c.lower_ == "whose" or c.pos_ == "PROPN") for c in unit.children)
    return unit if whose else None


FURTHER = re.compile(
    r"^\W*(?:A further|Another|An additional|A remaining|The remaining)\s+(?:\w+\s+)?$", re.I
)
LARGEST_FORCE = 150_000  # above any multinational force yet fielded (ISAF's peak was about 130,000)
SHORT_OF = re.compile(r"\s+(?:\w+\s+)?(?:short|shy)\s+of\b", re.I)  # "about 1,500 short of the ceiling"
# a sentence opening on a share of the people just counted: "Of these, about 1,700 serve with UNMISS"
FRONTED_PART = re.compile(r"^\W*Of (?:these|them|those|this total|the total)\s*,", re.I)
# "700 of them are Kenyan", "most of them were from Kenya": a part said to be of a nationality
OF_THEM_WHO = re.compile(r"^\s*of\s+(?:them|these|those)\s+(?:are|were|is|was)\s+(?:from\s+)?[A-Z]")


def _share_of_a_sum(figs: list[Figure], talk: Discourse, index: int) -> None:
    """A sum said to be part "of that" total is of the total's measure: the last money figure of the
    sentence before it, else of the last two sentences ("the United States alone owed $1.1 billion
    of that")."""
    for i, f in enumerate(figs):
        restated = _sum_put_at(f)
        if restated is not None:
            before = next((g.measure for g in reversed(figs[:i]) if g.family == "money" and g.measure), None)
            if before is None and index - talk.money_measure_at <= 2:
                before = talk.money
            own = np_measure(restated, "money", lexicon()) if restated.pos_ == "NOUN" else None
            if own or before:
                f.measure, f.why = own or before, "restated sum"
            continue
        if f.family != "money" or not _of_that_sum(f):
            continue
        if f.measure is not None and (f.pred is None or f.pred.lemma_.lower() not in SHARE_VERBS):
            continue  # "only $85 million of it was received": the part's own verb says what it is
        before = next((g.measure for g in reversed(figs[:i]) if g.family == "money" and g.measure), None)
        if before is None and index - talk.money_measure_at <= 2:
            before = talk.money
        if before is not None and f.measure != before:
            f.measure, f.why = before, "share of a sum"


FIRST_TERM = datetime.timedelta(days=90)  # no mandate runs out within three months of its mission's start


def _expiry_of_the_predecessor(raws: list[Raw]) -> None:
    """ "Its authorisation was due to run out on 2 October", in a story about the force that began
    on 30 September: an authorisation ending before its mission could have run a first term is the
    authorisation of the mission it replaced."""
    for r in raws:
        ends = parse_iso(r.value) if r.measure == "mandate.expiry" and isinstance(r.value, str) else None
        for _ in range(3):  # ("ATMIS" told of a 2017 renewal: AMISOM's)
            m = kbglue.mission(r.mission)
            start = parse_iso(str(getattr(m, "start", "") or ""))
            if m is None or not m.predecessor or start is None or ends is None or ends >= start + FIRST_TERM:
                break
            r.mission = m.predecessor


def _strength_of_its_mission(raws: list[Raw]) -> None:
    """ "Designed for 2,500 personnel", told in a story on the force that replaced it: the strength
    the record says the predecessor was planned at, or a ceiling the Council set for the successor,
    and not the mission the figure was filed under, is that other mission's. (Not a predecessor's
    ceiling: a successor often starts at it — ATMIS at AMISOM's 19,626 — and the record of ceilings
    is not complete.)"""
    for r in raws:
        if r.measure != "personnel.target" or not isinstance(r.value, int) or (r.subject or "x").isupper():
            continue  # (a country's own target is its own)
        m = kbglue.mission(r.mission)
        if m is None or r.value in kbglue.strengths(m.code):
            continue
        kin = [
            c
            for c, ceilings in ((m.predecessor, False), (m.successor, True))
            if c and r.value in kbglue.strengths(c, ceilings=ceilings)
        ]
        if len(kin) == 1:
            r.mission = kin[0]


def _a_past_day(when: str | None, published: str | None) -> bool:
    """A day before publication: the day a budget was approved or an appeal launched, which a period
    the sentence names for the sum overrides."""
    day, pub = parse_iso(when), parse_iso(published)
    return when is not None and len(when) == 10 and day is not None and pub is not None and day <= pub


def _not_a_day(when: str | None) -> bool:
    """A year or a month ("approved in June", the "2024" of "2024-25"): a period the sentence names
    for the sum tells more."""
    return when is None or len(when) < 10


def _budget_period(art: Article, ctx: object, f: Figure, talk: Discourse, when: str | None) -> str | None:
    """The last day of the period a required sum is for: one the sentence names nearest the sum, or
    the budget year an earlier sentence set ("UNISFA was given $320 million" after "a budget of $5.59
    billion for the twelve months that began on 1 July"); "the year before" it is the one before."""
    s = f.sent
    at, stop = f.q.start - s.start, f.q.end - s.start
    memo = getattr(ctx, "memo", {})
    if "peacekeeping budget" not in memo:  # read once per article, not once per sum
        memo["peacekeeping budget"] = bool(PEACEKEEPING_BUDGET.search(art.text))
    fiscal = memo["peacekeeping budget"] or _assessed(mission_of(f, ctx, art.published))
    money = [q for q in s.quants if q.unit and q.unit.isupper() and len(q.unit) == 3]
    sums = [(q.start - s.start, q.end - s.start) for q in money]
    told = periods.nearest(periods.periods(s.text, art.published, fiscal=fiscal), (at, stop), sums)
    if told is not None and told.fiscal and talk.period is None:
        talk.period = told.end  # the article's budget year: the first it tells
    end = when
    if when == art.published or _a_past_day(when, art.published) or (told is not None and _not_a_day(when)):
        end = told.end if told is not None else (talk.period if fiscal else None) or when
    elif fiscal and when is not None and when.endswith("-06-30") and talk.period is None:
        talk.period = when  # "for the year from July 1, 2025 to June 30, 2026"
    a_period = told is not None or (end is not None and end == talk.period)
    if a_period and end is not None and periods.year_before(s.text, at, stop):
        return periods.shift_back(end)
    return end


# an article about the UN's peacekeeping budget: its sums are for the 1 July - 30 June year
PEACEKEEPING_BUDGET = re.compile(r"\bpeacekeeping budget|\bFifth Committee\b|\bbudget committee\b", re.I)


AT_THE_VOTE = re.compile(
    r"\b(?:at|by|on) the (?:time|day|date) of (?:the|that|this) (?:vote|decision|adoption|renewal)\b"
    r"|\bwhen the (?:vote|decision) (?:came|was taken|was held|was adopted)\b",
    re.I,
)


def _vote_day(talk: Discourse) -> str | None:
    """The day of the Council decision the article told last: what "at the time of the vote" means."""
    days = [
        r.value for r in talk.last_raws or [] if r.measure == "council.adopted" and isinstance(r.value, str)
    ]
    return days[-1] if days else None


# words that set one figure against another ("970, far below the 2,500", "a ceiling of 3,250 against
# 2,980 deployed"); a plan set against a strength may also be "of the" or "than" it
AGAINST = r"against|compared with|versus|out of|short of"
SET_AGAINST = re.compile(rf"\b(?:{AGAINST}|below|of the|than)\b[^.;]*$")


# a plan or a need, and what it is set against: "had about 970, far below the 2,500 once envisaged",
# "the fund raised only $115 million, against a budget of $600 million"
SET_AGAINST_WHAT = {
    "personnel.target": ("personnel.deployed",),
    "funding.required": ("funding.contributed", "funding.pledged"),
}


def _strength_set_against(f: Figure, made: list[tuple[Figure, Raw]], text: str) -> str | None:
    """ "the mission had about 970 personnel, far below the 2,500 once envisaged": a plan (or a need)
    set against a strength (or money raised) told just before it in the sentence is the plan of that
    strength's mission."""
    for g, r in reversed(made):
        if g.measure not in SET_AGAINST_WHAT[f.measure or ""] or g.q.end > f.q.start:
            continue
        if SET_AGAINST.search(text[g.q.end : f.q.start]):
            return r.mission
        return None
    return None


def _lead_measure(
    tokens: list[Token], family: str, *, heading: bool = False
) -> tuple[str, Token] | tuple[None, None]:
    """The measure a lead-in names ("authorised ceilings", "Deployed so far", "Pledges by country"):
    its nouns and modifiers first, then its verbs (not verbs of state)."""
    lex = lexicon()
    for t in reversed(tokens):
        lemma, low = t.lemma_.lower(), t.lower_
        if t.pos_ == "PROPN" and low.endswith("s") and not low.endswith("ss"):
            lemma = low[:-1]  # a capitalised label word the tagger took for a name ("Offers at …:")
        m = (
            lex.modifiers.get(family, {}).get(lemma)
            or lex.modifiers.get(family, {}).get(low)
            or lex.frame_nouns.get(family, {}).get(lemma)
        )
        if m:
            return m, t
    # a heading that says who is where names the strength ("WHO WAS THERE", "ON THE GROUND")
    there = heading and any(t.lower_ in ("there", "ground", "present") for t in tokens)
    for t in reversed(tokens):
        if family == "persons" and t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN"):
            continue  # "the force-generation meeting": a noun's modifier is no verb of the label
        for cls in classes_of(t):
            done = lex.measure_of.get(family, {}).get(cls)
            if done and done[0] and (cls != "strength" or (there and family == "persons")):
                return done[0], t
    return None, None


# a short label's words that say the people are there ("On the ground:", "In Haiti now:", "Deployment:";
# not a sentence that leads a list: "A reminder of the numbers on the ground:")
THERE_WORDS = frozenset({"ground", "there", "present", "deployment", "deployed"})


def _label_measure(tokens: list[Token], family: str) -> tuple[str, Token] | tuple[None, None]:
    """The measure an item's label names: as a lead-in's, or a label that is only a kind of
    personnel ("• Troops: about 1,100", "Police: 640") for the force's strength."""
    m, cue = _lead_measure(tokens, family)
    if m is not None:
        return m, cue  # type: ignore[return-value]
    words = [t for t in tokens if t.is_alpha and t.pos_ != "DET" and t.text not in ("-", "•", "*")]
    if family == "persons" and len(words) == 1 and noun_class(words[0]) == "personnel":
        return "personnel.deployed", words[0]
    where = next((t for t in words if t.lower_ in THERE_WORDS), None) if len(words) <= 4 else None
    if family == "persons" and where is not None:
        return "personnel.deployed", where  # "On the ground: just under 800", "Peak deployment: about 1,000"
    contributors = lexicon().status["contributor_nouns"]
    # a capitalised label is read as a name, its plural kept: "Contributors: Uganda (about 4,500), …"
    named = next((t for t in words if t.lemma_.lower() in contributors or singular(t) in contributors), None)
    if family == "persons" and named is not None:
        return "personnel.deployed", named  # "Largest troop contributors: Rwanda 2,640; India 2,390"
    return None, None


def _table_row(text: str, s: Sentence, f: Figure) -> bool:
    """The figure's line is a table row: a name and the figure, nothing else ("  Kenya     744");
    the row's country owns it."""
    a = text.rfind("\n", s.start, f.q.start) + 1 or s.start
    b = text.find("\n", f.q.end, s.end)
    line = text[max(a, s.start) : b if b != -1 else s.end]
    rest = line.replace(f.q.text, "", 1)
    for e in s.ents:
        if e.text in rest and a <= e.start < (b if b != -1 else s.end):
            rest = rest.replace(e.text, "", 1)
            break
    else:
        return False
    if not re.fullmatch(r"[\s:|.\-–]*", rest):
        return False
    if e.label == "COUNTRY":
        f.subject, f.subject_why = e.code, "table"
    return True


_LEAD_IN = re.compile(r":\s*(?:\[\d+\])?\s*$")


def _heading(s: Sentence) -> bool:
    """A section heading in capitals ("PLEDGED", "ON THE GROUND (…)"); its bracket may be in any case
    ("WHO WAS THERE (MSS, mid-2025)")."""
    bare = re.sub(r"\([^()]*\)", "", s.text).strip()
    return bare.isupper() and len(bare.split()) <= 6


def _lead_line(s: Sentence) -> bool:
    """A line that may lead the lines after it: ends in a colon, or is a heading (``read`` parses it
    ahead with the rest, for ``_lead_in``)."""
    return bool(_LEAD_IN.search(s.text) or _heading(s)) and len(s.text) <= 300


PASSED = frozenset({"past", "beyond", "above", "over"})
# verbs of passing a mark; the verbs that tell the total an event made ("taking the number … past")
CROSSING = RESULTS | {"cross", "pass", "top", "surpass", "exceed", "break", "reach", "hit", "go"}
STRENGTH_NOUNS = MISSION_NOUNS | {"contingent", "presence", "deployment", "strength"}


UP_TO = re.compile(r"\bup\s+to\s+(?:some\s+|about\s+|around\s+|roughly\s+)?$", re.I)
# what a parliament or a council does to a number of people "up to" it: sets the most it may send
APPROVING = frozenset(
    {"approve", "authorise", "authorize", "provide", "allow", "permit", "mandate", "endorse"}
)


def _up_to_a_ceiling(s: Sentence, figs: list[Figure]) -> None:
    """ "a guard unit of up to 230 troops", "approved the deployment of up to 700 soldiers": people
    "up to" a number are the most a force may have, not a count on the ground nor a country's
    promise ("committed up to 200 personnel" stays a pledge)."""
    for f in figs:
        if f.family != "persons" or f.measure not in ("personnel.deployed", "personnel.pledged"):
            continue
        if not UP_TO.search(s.text[max(0, f.q.start - s.start - 20) : f.q.start - s.start]):
            continue
        if _has_now(f):
            continue  # "the mission has up to 900 troops in the area": what it has now, at most
        if f.measure == "personnel.pledged" and not any(
            t.lemma_.lower() in APPROVING and t.pos_ in ("VERB", "AUX") for t in f.anchor.ancestors
        ):
            continue
        f.measure, f.why = "personnel.target", "up to"


def _has_now(f: Figure) -> bool:
    """The figure is what a force has, the object of a present "has" ("has up to 900 troops"; not
    "has parliamentary approval for up to 1,100 troops")."""
    pred, counted = f.pred, f.noun if f.noun is not None else f.anchor
    return (
        pred is not None
        and pred.lemma_.lower() in FORCE_SIZE_VERBS
        and pred.tag_ in ("VBZ", "VBP")
        and counted.dep_ == "dobj"
        and counted.head.i == pred.i
    )


def _past_a_mark(figs: list[Figure]) -> None:
    """ "taking the number of Kenyan officers past the 600 mark", "Kenya's contingent crossed the 600
    mark": a strength told by the mark it passed, at least that many on the ground."""
    for f in figs:
        if f.family != "persons":
            continue
        a = f.anchor
        past = a.dep_ == "pobj" and a.head.lower_ in PASSED
        if f.measure and not f.threshold:
            if past and f.measure == "personnel.deployed" and f.q.qualifier == "exact":
                f.q.qualifier, f.q.qualifier_cue = "at_least", a.head.lower_  # "pushing the force past 600"
            continue
        mark = f.threshold and a.head.dep_ in ("dobj", "pobj")
        if not (past or mark):
            continue
        counted = next(
            (c for t in a.ancestors if t.pos_ in ("VERB", "AUX") and (c := _passing(f.sent, t)) is not None),
            None,
        )
        if counted is None:
            if f.threshold:
                f.measure = None  # "past the 600 mark" of something not counted here: no figure
            continue
        f.measure, f.why, f.noun = "personnel.deployed", "pred:past a mark", counted
        f.q.qualifier, f.q.qualifier_cue = "at_least", "past"


def _passing(s: Sentence, verb: Token) -> Token | None:
    """The people a verb on the way up from a mark counts: a verb of passing's ("crossed", "taking
    … past"), or the officers "serving" in "the number of officers serving … past the 600 mark"."""
    if verb.lemma_.lower() in CROSSING:
        return _counted_people(s, verb)
    head = verb.head
    if verb.dep_ == "acl" and noun_class(head) == "personnel" and head.head.lower_ == "of":
        return head if head.head.head.lemma_.lower() == "number" else None
    return None


def _counted_people(s: Sentence, verb: Token) -> Token | None:
    """Whose strength a verb of passing tells: "the number of <people>" ("of Kenyans") as its subject
    or object, or a contingent or presence ("Kenya's police contingent crossed …", "pushing Kenya's
    presence past …")."""
    for c in verb.children:
        if c.dep_ not in ("nsubj", "dobj", "nsubjpass"):
            continue
        if c.lemma_.lower() == "number":
            counted = (o for p in c.children if p.lower_ == "of" for o in p.children)
            return next(
                (o for o in counted if noun_class(o) == "personnel" or s.entity_of(o, ("COUNTRY",))), None
            )
        if c.lemma_.lower() in STRENGTH_NOUNS:
            return c
    return None


def _lead_in(s: Sentence, talk: Discourse) -> None:
    """Remember a line that introduces a list ("Arrivals recorded by the force, January to June:"),
    or a list item whose label names a measure for the items after it ("- Personnel deployed:
    about 1,000" then "- Kenya: about 750")."""
    if BULLET.match(s.text) and s.doc is not None:
        colon = next((t for t in s.doc if t.text == ":"), None)
        label = list(s.doc[: colon.i]) if colon is not None else []
        if label and not any(s.entity_of(t, ("COUNTRY", "PLACE")) for t in label):
            found = {fam: m for fam in ("persons", "money") if (m := _label_measure(label, fam)[0])}
            if found:
                talk.leads, talk.lead_at, talk.lead_item = found, s.index, True
                talk.lead = found.get("persons") or found["money"]
                talk.lead_mission = talk.lead_date = None
        return
    if _heading(s):
        talk.lead, talk.leads = None, {}  # a new section: the items before it lead no more
    if not _lead_line(s):
        return
    if s.doc is None:  # a lead-in has no figure, so the reader left it unparsed
        s.offset, s.doc = s.start, parse_alone(s)
    heading = _heading(s)
    found = {
        fam: m for fam in ("persons", "money") if (m := _lead_measure(list(s.doc), fam, heading=heading)[0])
    }
    if found:  # "Pledges to the trust fund:" names people pledged and money pledged alike
        talk.leads, talk.lead_at, talk.lead_item = found, s.index, False
        talk.lead = found.get("persons") or found["money"]
        # "WHO WAS THERE (MSS, mid-2025)": the rows' mission and date
        named = [e.code for e in s.ents if e.label == "MISSION"] if heading else []
        talk.lead_mission = named[0] if len(set(named)) == 1 else None
        talk.lead_date = s.dates[-1].value if heading and s.dates else None


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _listed(art: Article, s: Sentence, figs: list[Figure], talk: Discourse) -> None:
    """Figures in a list take the frame of its lead-in: after a colon ("it has fewer than 1,000: about
    750 Kenyans, some 150 Guatemalans", "Ceiling: 5,550 personnel"), or in a table row under a heading
    ("Kenya   744" below "Personnel deployed by contributing country")."""
    if s.doc is None:
        return
    for f in figs:
        found = cell(art.tables, art.text, f.q.start)
        if found is None:
            continue
        table, column = found
        measure = table.columns[column] if column < len(table.columns) else None
        f.measure, f.why = (measure, "table") if measure else (None, "table: not a measure")
        f.item_date = table.date
        line_end = art.text.find("\n", f.q.start)
        row = [
            e
            for e in s.ents
            if e.label == "COUNTRY" and e.start < f.q.start and art.text.rfind("\n", 0, f.q.start) < e.start
        ]
        if row and line_end != -1:
            f.subject, f.subject_why = row[0].code, "table"
    doc = s.doc
    colon = next(
        (
            t
            for t in (doc[i] for i, word in enumerate(columns(doc).text) if word in (":", "):"))
            if not re.match(r"\d", art.text[s.end_of(t) : s.end_of(t) + 1])
        ),
        None,
    )
    item = bool(BULLET.match(s.text)) and talk.lead is not None and s.index - talk.lead_at <= 12
    if item and colon is not None:  # an item labelled by what it measures keeps its own label
        named = [e for e in s.ents if e.end <= s.pos(colon)]
        dated = any(d.end <= s.pos(colon) for d in s.dates)  # "- 14 April: 412 Chadian gendarmes"
        countries = bool(named) and all(e.label in ("COUNTRY", "ORG") for e in named)
        item = countries or (dated and not talk.lead_item)
    elif item and talk.lead_item:
        item = False  # an item's label leads only items labelled by a country ("- Kenya: 750")
    for f in figs:
        if f.why.startswith("table"):
            continue
        if f.measure and not f.why.startswith(("pred:strength", "subject", "verbless")):
            continue
        led = talk.leads.get(f.family)
        if item and led and led.split(".")[0] in ("personnel", "funding"):
            # "Arrivals recorded by the force:" then "- 14 April: 412 Chadian gendarmes"
            f.measure, f.why = led, "item"
            label = [d for d in s.dates if colon is not None and d.end <= s.pos(colon)]
            f.item_date = label[0].value if label else talk.lead_date
            f.item_mission = talk.lead_mission
            continue
        if colon is not None and s.pos(colon) < f.q.start:
            lead = [g for g in figs if g.measure and g.q.end <= s.pos(colon) and g.family == f.family]
            before = list(s.doc[: colon.i])
            own_clause = f.pred is not None and f.pred.i > colon.i and f.pred.tag_ in FINITE_TAGS
            if not lead and f.measure and own_clause:
                continue  # "… near that figure for years: its strength stood at 10,000", "never had
                # the numbers to hold ground: it counts about 1,000 officers": the figure's own clause
                # after the colon, whose subject or verb told what it counts, is no list item
            if lead and f.measure and own_clause and all(g.measure == "personnel.target" for g in lead):
                continue  # "never came close to its planned strength of 2,500: at its peak it counted
                # just under 1,000": a clause of its own after a size tells its own measure
            # "had 989 personnel, against the 2,500 envisaged: 731 from Kenya, …": the parts are the
            # clause's figure's, not those of the standard it is set against
            lead = [g for g in lead if not _a_standard_figure(g)] or lead
            m, cue = (lead[-1].measure, lead[-1].cue) if lead else _label_measure(before, f.family)
            if m and not (
                m.startswith("personnel.") and civilians(f)
            ):  # (not "plan: … to reach 4.2m people")
                f.measure, f.cue, f.why = m, cue, "listed"
                continue
        if f.measure:
            continue
        if talk.heading and _table_row(art.text, s, f):
            f.measure, f.why = talk.heading, "table"


def _a_standard_figure(f: Figure) -> bool:
    """ "against the 2,500 envisaged", "against an authorised ceiling of 3,250": a figure set against
    another (itself, the noun it counts or sizes, or the clause it is the subject of)."""
    for t in (f.noun, f.head, f.anchor):
        for _ in range(4):
            if t is None:
                break
            if a_standard(t):
                return True
            if t.dep_ == "nummod" or (t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "pobj"):
                t = t.head  # "the 2,500 envisaged"
            elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN"):
                t = t.head.head  # "a ceiling of 3,250"
            else:
                break
    return False


# a report's paragraph that opens on the day its figures hold: "16. As at 20 May 2025, UNDOF comprised …"
AS_AT_OPENING = re.compile(r"\W*(?:\d{1,3}\.\s+)?As\s+(?:at|of)\s+", re.I)
STANDING = frozenset({"personnel.deployed"})


# a renewal that leaves a ceiling where it was: "keeps the troop ceiling at 17,000", "maintained the
# authorized ceilings of …", "the ceilings are unchanged"
KEPT = re.compile(
    r"\b(?:keep|keeps|kept|keeping|maintain|maintains|maintained|maintaining|retain|retains|retained|"
    r"retaining|unchanged|remains?|stays?)\b",
    re.I,
)


def _kept_until_the_mandate_ends(raws: list[Raw], published: str | None) -> None:
    """A ceiling a renewal keeps holds for the renewed mandate: it is dated by that mandate's end (the
    corpus convention for a figure in force until a date), when the article gives it."""
    ends: dict[str | None, str] = {}
    told: dict[
        int, str
    ] = {}  # the mandate end a sentence tells ("The current mandate, which runs to 30 April, allows …")
    for r in raws:
        if r.measure == "mandate.expiry" and isinstance(r.value, str) and _before(published, r.value):
            ends.setdefault(r.mission, r.value)
            told.setdefault(id(r.sent), r.value)
    if not ends:
        return
    for r in raws:
        if r.measure != "personnel.target" or r.qualifier != "at_most" or r.mission not in ends:
            continue
        if _before(published, r.as_of or ""):
            continue
        if id(r.sent) in told:
            r.as_of = told[id(r.sent)]
        elif KEPT.search(r.sent.text):
            r.as_of = ends[r.mission]


def _adopted_on_its_record(raws: list[Raw]) -> None:
    """ "UNAMID closed on 31 December 2020 under resolution 2559, adopted nine days earlier", "Created
    by resolution 2476, adopted in June 2019, BINUH took over in October": a named resolution the
    knowledge base dates was adopted on the record's day whatever date the sentence gave nearest (a
    date that agrees with the record, at the text's own precision, stays)."""
    for r in raws:
        if r.measure != "council.adopted" or not r.subject or not isinstance(r.value, str):
            continue
        record = kbglue.resolution(r.subject)
        day = str(record.date) if record is not None and record.date else None
        if day is None or day.startswith(r.value) or r.value.startswith(day):
            continue
        if r.as_of == r.value:
            r.as_of = day
        r.value = day


def _adopted_by_its_vote(raws: list[Raw]) -> None:
    """ "All 15 members voted for resolution 2814": a recorded vote with at least nine in favour and
    none against carried (no veto can have been cast), so the text was adopted that day, though the
    article never says "adopted" — where the knowledge base dates the resolution to the vote's day."""
    adopted = {(r.subject, r.mission) for r in raws if r.measure == "council.adopted"}
    days = {r.mission for r in raws if r.measure == "council.adopted" and not r.subject}
    for r in list(raws):
        if r.measure != "council.vote" or not r.subject or not isinstance(r.value, str) or r.as_of is None:
            continue
        tally = re.fullmatch(r"(\d+)-(\d+)-(\d+)", r.value)
        if tally is None or int(tally.group(1)) < 9 or int(tally.group(2)) != 0:
            continue
        if (r.subject, r.mission) in adopted or r.mission in days:
            continue
        record = kbglue.resolution(r.subject)
        if record is None or str(record.date) != r.as_of:
            continue  # a vote told later, without its day: the KB's record says when it carried
        adopted.add((r.subject, r.mission))
        raws.append(
            Raw(
                "council.adopted",
                r.as_of,
                r.start,
                r.end,
                r.sent,
                subject=r.subject,
                mission=r.mission,
                as_of=r.as_of,
                resolution=r.subject,
                confidence=0.7,
                rule="frame:carried by its vote",
            )
        )


def _before(day: str | None, later: str) -> bool:
    a, b = parse_iso(day), parse_iso(later)
    return a is not None and b is not None and a < b


def _missions_in_turn(s: Sentence, made: list[tuple[Figure, Raw]], when: str | None = None) -> None:
    """ "UNMISS receives about $1.26 billion, with MONUSCO next at just over $1 billion": sums told in
    turn after the missions they are for; each is the last mission's named before it. Only where
    every sum has its own mission before it ("$1.2 billion for UNMISS and $1.1 billion for MINUSCA"
    is the other order). In a list of budgets a country hosting one force stands for it ("the most
    expensive, at $1.26 billion, followed by the Central African Republic at $1.1 billion")."""
    sums = sorted(
        ((f, r) for f, r in made if f.family == "money" and r.measure.startswith("funding.")),
        key=lambda fr: fr[0].q.start,
    )
    missions = [(e.start, e.end, e.code) for e in s.ents if e.label == "MISSION"]
    if sums and all(r.measure == "funding.required" for _, r in sums):
        missions += [
            u for u in _force_units(s, when, anywhere=True) if not any(a <= u[0] < b for a, b, _ in missions)
        ]
    missions.sort()
    if len(sums) < 2 or len(missions) < 2:
        return
    owners: list[str] = []
    for i, (f, _) in enumerate(sums):
        after = sums[i - 1][0].q.end if i else -1
        named = [code for start, end, code in missions if after <= start and end <= f.q.start]
        if not named:
            return
        owners.append(named[-1])
    if len(set(owners)) != len(owners):
        return
    for (_, r), code in zip(sums, owners, strict=True):
        r.mission = code


def _force_units(s: Sentence, when: str | None, *, anywhere: bool = False) -> list[tuple[int, int, str]]:
    """The forces a sentence names, by their names or by the country that hosts one: (start, end, code).
    A country after "in" stands for the one peacekeeping force it hosts then ("in South Sudan" for
    UNMISS, not UNISFA, whose main host is Sudan), unless the sentence names a force it hosts ("with
    MONUSCO in the Democratic Republic of the Congo"); a country hosting none, or two of a kind, none."""
    units = [(e.start, e.end, e.code) for e in s.ents if e.label == "MISSION" and not political(e.code)]
    named_hosts = {getattr(kbglue.mission(code), "host", None) for _, _, code in units}
    for e in s.ents:
        if e.label != "COUNTRY" or e.code in named_hosts or any(a <= e.start < b for a, b, _ in units):
            continue
        if not anywhere and not owners.placed(s, e):
            continue
        if anywhere and _in_a_relative(s, e):
            continue  # "UNISFA, which patrols the area between Sudan and South Sudan, was given …"
        running = [
            m
            for m in kbglue.hosted_in(e.code)
            if m.host == e.code and not political(m.code) and (when is None or kbglue.running(m.code, when))
        ]
        if len(running) > 1:
            running = [m for m in running if m.kind == "un_peace_operation"]
        if len(running) == 1:
            units.append((e.start, e.end, running[0].code))
    return sorted(units)


def _in_a_relative(s: Sentence, e: Entity) -> bool:
    toks = s.tokens(e.start, e.end) if s.doc is not None else []
    return bool(toks) and any(a.dep_ == "relcl" for a in toks[0].ancestors)


COMPARED_FROM = re.compile(r"\b(?:up|down|rising|falling|fell|rose|grown|shrunk|cut)\s+from\b", re.I)
# a count that says whose contingents it is: "Of these, about 2,400 …", "The largest contingents were in"
NATIONAL_LIST = re.compile(
    r"^\W*Of (?:these|them|those)\b|\b(?:contingents|deployments|groups|the country)\b", re.I
)


def _forces_in_turn(
    art: Article, s: Sentence, made: list[tuple[Figure, Raw]], host: set[str], talk: Discourse
) -> None:
    """A country's contingents counted force by force: "UNMISS, with 2,389 personnel; MONUSCO, with
    1,128; …" (each after its force) or "about 2,400 are deployed with UNMISS, nearly 1,800 with MONUSCO
    and close to 900 with UNIFIL in Lebanon" (each before it): every count is the force named between it
    and its neighbour, where each has exactly one side so filled and no two share a force. Such counts
    are one country's, not the forces' totals: the country the sentence gives one of them (or names as
    their owner), else, where the sentence says so ("Of these", "the largest contingents"), the one
    the sentence before was about or the story's. A count over several missions ("5,900 … in nine
    missions, the biggest contingents being …") is their sum, not one of them."""
    counts = sorted(
        (
            (f, r)
            for f, r in made
            if f.family == "persons" and r.measure == "personnel.deployed" and not _over_missions(art.text, f)
        ),
        key=lambda fr: fr[0].q.start,
    )
    units = _force_units(s, art.published)
    units = [u for i, u in enumerate(units) if i == 0 or u[2] != units[i - 1][2]]  # "MONUSCO in the DRC"
    if len(counts) < 2 or len(units) < 2 or COMPARED_FROM.search(s.text):
        return
    starts = [f.q.start for f, _ in counts]
    ends = [f.q.end for f, _ in counts]
    if units[0][0] < starts[0]:  # the forces come first: each count's force is the last one before it
        spans = [(ends[i - 1] if i else s.start, starts[i]) for i in range(len(counts))]
        pick = -1
    else:
        spans = [(ends[i], starts[i + 1] if i + 1 < len(counts) else s.end) for i in range(len(counts))]
        pick = 0
    chosen = []
    for a, b in spans:
        inside = [code for start, end, code in units if a <= start and end <= b]
        if not inside:
            return
        chosen.append(inside[pick])
    if len(set(chosen)) != len(chosen):
        return
    hosts = {getattr(kbglue.mission(code), "host", None) for code in chosen} | host
    given = [r.subject for f, r in made if f.family == "persons" and r.subject and r.subject not in hosts]
    named = [
        e.code
        for e in s.ents
        if e.label == "COUNTRY"
        and len(e.code) == 3
        and e.code not in hosts
        and not any(a <= e.start < b for a, b, _ in units)
    ]
    country = next(iter(given + named), None)
    if country is None and NATIONAL_LIST.search(s.text):
        recent = talk.country if s.index - talk.country_at <= 2 and talk.country not in hosts else None
        country = recent or _home_country(art, host)
    for (_, r), code in zip(counts, chosen, strict=True):
        r.mission = code
        if r.subject is None or r.subject in hosts:  # "in South Sudan, with nearly 1,600": a place, no owner
            r.subject = country
    if country:  # the country the breakdown is of, for "A further 198 were serving with UNDOF"
        talk.country, talk.country_at = country, s.index


def _over_missions(text: str, f: Figure) -> bool:
    """ "5,900 Indian soldiers … serve in nine missions": a count summed over several missions."""
    return bool(
        re.match(
            r"[^.;\d]{0,60}?\b(?:in|across|with)\s+(?:\w+\s+){0,3}(?:missions|operations)\b", text[f.q.end :]
        )
    )


def _made_by_that(f: Figure) -> bool:
    """ "That brought it to 980", "This takes the force to 1,200": a total made by what the sentence
    before told."""
    p = f.pred
    return (
        p is not None
        and p.lemma_.lower() in RESULTS
        and any(c.dep_ == "nsubj" and c.lower_ in ("that", "this") for c in p.children)
    )


def _standing_date(art: Article, s: Sentence, talk: Discourse) -> str | None:
    """The day a paragraph opened on ("As at 20 May 2025, UNDOF comprised 1,143 troops"), for the
    strengths of its next sentences that give no day of their own ("Contingents were provided by Fiji
    (151), …"), up to a heading or an unnumbered paragraph."""
    opening = AS_AT_OPENING.match(s.text)
    first = s.dates[0] if s.dates else None
    if opening and first is not None and first.start - s.start <= opening.end() + 1:
        talk.standing, talk.standing_at, talk.standing_end = first.value, s.index, s.end
        return None
    if talk.standing is None or s.index - talk.standing_at > 6 or s.dates:
        return None
    for brk in re.finditer(r"\n[ \t]*\n\s*", art.text[talk.standing_end : s.start]):
        if not NUMBERED.match(art.text, talk.standing_end + brk.end()):
            talk.standing = None  # a heading or a new part: "VIII. Mission deployment"
            return None
    return talk.standing


NUMBERED = re.compile(r"\d{1,3}\.\s")  # a report's next numbered paragraph, in the same section


def _carried(f: Figure, talk: Discourse, s: Sentence) -> str | None:
    """ "By the end of March the force had 1,500. Chad had sent 600": a past-perfect figure in the
    next sentence, which gives no date of its own, is as of the date the sentence before gave."""
    if talk.date is None or s.index - talk.date_at != 1 or s.dates or f.pred is None:
        return None
    if f.pred.tag_ == "VBD" or any(a.lower_ == "had" for a in f.pred.children if a.dep_ == "aux"):
        return talk.date
    return None


# the casualties a sentence opening "Of those …," splits
TOLL_WORDS = {
    "injured": "injured",
    "wounded": "injured",
    "hurt": "injured",
    "dead": "killed",
    "killed": "killed",
}
PERSONNEL = ("personnel.deployed", "personnel.arrived", "personnel.returned")
_PARTS = re.compile(r"\W*(?:of|among)\s+(?:the|those|these)\s+(?P<n>[\w,.-]+)\s*,", re.I)


ANOTHER = re.compile(r"\b(?:another|the\s+other|a\s+further|a\s+second)\s+$", re.I)


def _another_of(f: Figure, talk: Discourse) -> str | None:
    """ "Seventy-five Guatemalans landed on Friday with eight Salvadorans. Another 75 followed": a bare
    count of "another" as many as a group just counted is more of that group, whoever was named last."""
    if f.family != "persons" or f.noun is not None or not talk.last_raws:
        return None
    s = f.sent
    if not ANOTHER.search(s.text[max(0, f.q.start - s.start - 16) : f.q.start - s.start]):
        return None
    same = [
        r
        for r in talk.last_raws
        if r.measure.startswith("personnel.")
        and r.value == f.q.value
        and r.subject
        and s.index - getattr(r.sent, "index", -9) <= 2
    ]
    return same[-1].subject if same else None


def _parts_of_earlier(art: Article, s: Sentence, figs: list[Figure], talk: Discourse) -> None:
    """ "Of the 46, thirty-eight are JDF soldiers and eight are police": a sentence that opens on a
    figure given before splits it; its figures take that one's measure, owner and date, and the
    figure itself is a repeat."""
    m = _PARTS.match(s.text)
    if not m or not figs or talk.last_raws is None:
        return
    toll = TOLL_WORDS.get(m.group("n").lower())
    if toll is not None:  # "Of those injured, 11 were Italian and 19 Hungarian": parts of the toll
        for f in figs:
            if f.family == "persons" and f.measure in (None, *PERSONNEL):
                f.measure, f.why = toll, "part"
        return
    if m.group("n").lower() in ("total", "figure", "number", "force", "contingent", "personnel"):
        people = [r for r in talk.last_raws if r.measure == "personnel.deployed"]
        last = max(people, key=lambda r: r.value or 0) if people else None  # the total, not a row
        if last is not None and last.subject and len(last.subject) == 3 and last.subject.isupper():
            last = copy.copy(last)
            last.subject = None  # a table's rows are countries; the total they make is no one's
        if last is not None:  # "The mission counted 970 … Of the total, 750 are police officers"
            for f in figs:
                if f.family == "persons":
                    f.measure, f.why, f.inherited = last.measure, "part", last
        return
    whole = next(
        (f for f in figs if f.q.start - s.start < m.end() and f.q.end - s.start > m.start("n")), None
    )
    if whole is None:
        return
    before = next(
        (
            r
            for r in reversed(talk.last_raws)
            if r.value == whole.q.value and r.measure.startswith("personnel.")
        ),
        None,
    )
    if before is None:
        return
    whole.measure = None  # the repeat
    for f in figs:
        if f is not whole and f.family == "persons":
            f.measure, f.why = before.measure, "part"
            f.inherited = before


COMPARE_PREPS = frozenset({"against", "versus", "vs", "than", "from", "with", "to"})


def _compared(figs: list[Figure]) -> None:
    """ "compared with 176", "up from 50,000", "against roughly $600 million for the MSS": a figure set
    against another of its family takes that one's measure (and noun); an earlier value is superseded."""
    for i, f in enumerate(figs):
        if i == 0 or (f.measure and not f.why.startswith(("pred", "subject", "object"))):
            continue
        t = f.head or f.anchor
        if t.dep_ != "pobj" or t.head.lower_ not in COMPARE_PREPS:
            continue
        if f.noun is not None and detached_relative(f.noun) is not None:
            continue  # "against the 2,500 its contributors have envisaged": its own clause says what it is
        if f.noun is not None and f.why.startswith("pred:") and _own_participle(f.noun, f.why[5:]):
            continue  # "compared with 1,617 people killed the quarter before": its own verb says so
        prep = t.head
        words = {prep.lower_, prep.head.lower_} | {c.lower_ for c in prep.head.children}
        if prep.lower_ in ("with", "to") and not words & {"compared", "comparison", "compare"}:
            continue
        if prep.lower_ == "from" and not words & {"up", "down", "rise", "fall", "rose", "fell"}:
            continue
        earlier = [g for g in figs[:i] if g.measure and g.family == f.family]
        # "fields 1,140 against a ceiling of 1,250, which makes it larger than the 800 in Cyprus": a
        # comparative sets the clause's subject, the sentence's first figure, against another
        prev = (earlier[0] if prep.lower_ == "than" else earlier[-1]) if earlier else None
        pair = _new_value(f, prep, figs) if prep.lower_ == "from" else None
        if pair is not None:
            prev = pair  # "bringing the force down from about 19,600 to some 17,600": the old level
        if prev is None:
            continue
        f.measure, f.cue, f.why = prev.measure, prev.cue, "compared"
        if (
            prev.intent
            and f.family == "persons"
            and prev.measure in ("personnel.target", "personnel.pledged")
        ):
            f.measure = (
                "personnel.deployed"  # "would fall to 11,000, against 13,480 in August": the strength now
            )
        f.noun = f.noun or prev.noun
        f.superseded = prep.lower_ == "from"
        f.compared = prev


def _new_value(f: Figure, prep: Token, figs: list[Figure]) -> Figure | None:
    """The figure a "from" value changed into: the "to" of the same head ("down from 19,600 to
    17,600"), already decided; the old value is a level of the same thing, not the figure before."""
    for g in figs:
        t = g.head or g.anchor
        if (
            g is not f
            and g.measure
            and g.family == f.family
            and t.dep_ == "pobj"
            and t.head.lower_ == "to"
            and t.head.head.i == prep.head.i
        ):
            return g
    return None


def _own_participle(noun: Token, lemma: str) -> bool:
    """The counted noun carries the figure's predicate itself, as a participle ("people killed")."""
    return any(c.dep_ == "acl" and c.lemma_.lower() == lemma for c in noun.children)


def _change_pairs(figs: list[Figure]) -> None:
    """ "lowers the troop ceiling from 3,250 to 2,500", "falls from 13,500 military personnel to
    11,500": the old and new values of one change are one frame; a ceiling either names is both's,
    and a noun either counts is the other's. The "from" value is superseded."""
    for a, b in itertools.combinations(figs, 2):
        if a.family != b.family:
            continue
        ta, tb = a.head or a.anchor, b.head or b.anchor
        if ta.dep_ != "pobj" or tb.dep_ != "pobj":
            continue
        preps = {ta.head.lower_: a, tb.head.lower_: b}
        if set(preps) != {"from", "to"}:
            continue
        heads = {ta.head.head.i, tb.head.head.i}
        joined = len(heads) == 1 or heads & {ta.i, tb.i, ta.head.i, tb.head.i}
        if not joined:
            continue
        old, new = preps["from"], preps["to"]
        capped = next((g for g in (old, new) if _ceiling_of(g) is not None), None)
        if capped is not None:
            for g in (old, new):
                if _ceiling_of(g) is None:
                    g.measure, g.cue, g.why = capped.measure, _ceiling_of(capped), "changed"
        new.noun = new.noun or old.noun
        old.noun = old.noun or new.noun
        old.superseded = True


def _ceiling_of(f: Figure) -> Token | None:
    """The word that makes a figure a ceiling ("cap", "authorised"), if its cue or evidence has one."""
    told = [t for t in [f.cue, *f.path] if t is not None]
    word = next((t for t in told if t.lemma_.lower() in CEILING_WORDS), None)
    if word is not None:
        return word
    # "The authorized strength of the Force remains 1,250 troops"
    return next((c for t in told for c in t.children if c.dep_ == "amod" and c.lower_ in AUTHORISED), None)


AUTHORISED = frozenset({"authorised", "authorized", "permitted", "allowed", "mandated"})


UNITS_OF_PEOPLE = frozenset(
    {"team", "contingent", "unit", "detachment", "group", "company", "battalion", "squad"}
)


def _a_unit_of(f: Figure) -> bool:
    """ "a small team of eight", "a detachment of 12": a unit the number counts the people of."""
    a = f.anchor
    return (
        a.dep_ == "pobj"
        and a.head.lower_ == "of"
        and a.head.head.lemma_.lower() in UNITS_OF_PEOPLE
        and a.head.head.i < a.i
    )


def _respectively(art: Article, s: Sentence, figs: list[Figure], host: set[str]) -> None:
    """ "France and Spain field roughly 700 and 650 respectively": the n-th figure is the n-th country's."""
    at = s.text.lower().find("respectively")
    if at < 0:
        _pairwise(art, s, figs, host)
        return
    figs = [f for f in figs if f.q.start < s.start + at]  # not "…, while Ghana fields roughly 870"
    if len(figs) < 2:
        return
    for group in country_lists(s, art.text):
        codes = [e.code for e in group if e.label == "COUNTRY" and e.code not in host]
        if len(codes) == len(figs) and group[0].start < figs[0].q.start:
            for f, code in zip(figs, codes, strict=True):
                f.subject, f.subject_why = code, "respectively"
            return


def _pairwise(art: Article, s: Sentence, figs: list[Figure], host: set[str]) -> None:
    """ "Britain and Slovakia field about 250 and 240 troops": a list of countries and a list of bare
    numbers as long, one right after the other, pair in order even without "respectively"."""
    run = [figs[0]] if figs else []
    for f, g in itertools.pairwise(figs):
        if run[-1] is f and _NUMBER_LIST_GAP.match(s.text[f.q.end - s.start : g.q.start - s.start]):
            run.append(g)
        elif len(run) < 2:
            run = [g]
    if len(run) < 2 or len({f.measure for f in run}) != 1:
        return
    for group in country_lists(s, art.text):
        codes = [e.code for e in group if e.label == "COUNTRY" and e.code not in host]
        between = art.text[group[-1].end : run[0].q.start] if group else ""
        if (
            len(codes) == len(run) == len(group)
            and 0 < len(between) < 40
            and not re.search(r"[;:.]", between)
        ):
            for f, code in zip(run, codes, strict=True):
                f.subject, f.subject_why = code, "pairwise"
            return


# a list that goes on from the one before it, in the same rank: "…, then Fiji, Uruguay and Ghana"
THEN = re.compile(r"[,;]\s*(?:and\s+)?then\s+(?:the\s+)?$", re.I)
SO_ARE = re.compile(r"\W*So\s+(?:are|is|were|was|do|does|did|have|has)\b", re.I)


# promises and sums whose day is the one their sentence names even when the parse does not tie it
# to their verb ("At a force-generation conference on Tuesday, Chad offered 1,500 soldiers")
DATED_BY_THE_DAY = frozenset({"personnel.pledged", "funding.pledged", "funding.required", "funding.withheld"})


def _day_named(s: Sentence, published: str | None, at: Token | None = None) -> str | None:
    """The day a status or a pledge was given: the one day the sentence names for what happened ("at
    the conference on Tuesday, Chad offered…", "troops from A and B arrived on 3 January"), else
    publication. A start or an end ("since", "until") is no such day, nor one inside a relative
    clause that does not hold ``at`` ("the officers Kenya pledged to the mission, which the Council
    authorised on 2 October 2023")."""
    days = [
        d
        for d in s.dates
        if d.precision == "day"
        and d.prefix not in ("since", "until", "till", "through", "to", "by", "from")
        and not _in_other_clause(s, d, at)
    ]
    if len(days) != 1 or published is None or days[0].value > published:
        return published
    return days[0].value


def _in_other_clause(s: Sentence, d: DateMention, at: Token | None) -> bool:
    tok = s.root(d.start, d.end) if s.doc is not None else None
    if tok is None:
        return False
    for a in (tok, *tok.ancestors):
        if a.dep_ in ("relcl", "acl", "advcl", "ccomp") and (
            at is None or at.i not in {x.i for x in a.subtree}
        ):
            return True
    return False


# what a group is made of: its parts ("The group is made up of 20 soldiers and four police officers")
COMPOSED = frozenset({"make", "comprise", "consist", "include", "compose"})
GROUPS = COUNTED_GROUPS | {"group", "batch", "party", "flight"}


def _group_just_arrived(s: Sentence, figs: list[Figure], talk: Discourse) -> None:
    """ "A plane with 24 Jamaicans landed. The group is made up of 20 soldiers and four police":
    the parts of a group a sentence just told of arriving arrived with it."""
    if s.index - talk.arrival_at > 2:
        return
    for f in figs:
        if f.measure != "personnel.deployed" or f.pred is None or f.pred.lemma_.lower() not in COMPOSED:
            continue
        subj = next((c for c in f.pred.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        definite = subj is not None and any(d.lower_ in ("the", "this", "that") for d in subj.children)
        if subj is not None and subj.lemma_.lower() in GROUPS and definite:
            f.measure, f.why = "personnel.arrived", "group just arrived"


def _status_mission(ctx: object, s: Sentence, at: int, *, on: str | None = None) -> str | None:
    """A contributor's or donor's mission: as for figures, a force before a political office; a
    force serving ``on`` a day its predecessor still ran is the predecessor."""
    code = _mission_near(ctx, s, at)  # type: ignore[arg-type]
    named = any(e.label == "MISSION" and e.code == code for e in s.ents)
    if named and named_aside(s, code, at):
        code, named = mission_beyond(ctx, s, at) or code, False  # "the mission, which replaced ATMIS, …"
    after = _staying_on_from(s, code)
    if after is not None and (on is None or kbglue.running(after, on)):
        return after
    if political(code) and not named:
        return force_before(ctx, s.index) or code
    return code if named or on is None else still_on_the_ground(code, on)


# what a correction withdraws: "an earlier entry said that …", "a previous version of this story gave"
# a figure set aside by the words before it: what the number is not
CONTRASTED = re.compile(r"(?:,|\bbut)\s+not\s+(?:(?:the|about|around|some|roughly|nearly|an?)\s+)*$", re.I)
AS_PLANNED = re.compile(
    r"\s*(?:\w+\s+){0,2}as\s+(?:planned|envisaged|promised|pledged|expected|intended|authori[sz]ed|hoped)\b",
    re.I,
)
_TOLD = r"(?:said|stated|reported|gave|put|wrote|misstated|wrongly\s+said)"
_ITEM = r"(?:entry|version|post|update|report|story|item|article)"
RETRACTED = re.compile(
    rf"\b(?:an?|the)\s+(?:earlier|previous)\s+{_ITEM}(?:\s+of\s+this\s+\w+)?\s+{_TOLD}\b"
    # "In our 11:20 entry we wrote that 200 …", "in an earlier post we said"
    rf"|\bin\s+(?:our|an?|the)\s+(?:earlier\s+|previous\s+|first\s+)?(?:\d{{1,2}}[:.]\d{{2}}\s+)?{_ITEM}"
    rf"\s*,?\s+(?:we|it)\s+(?:had\s+)?{_TOLD}\b"
    # "this entry originally gave …", "we wrongly reported"
    rf"|\bthis\s+{_ITEM}\s+(?:originally|initially|first|wrongly|incorrectly|mistakenly)\s+{_TOLD}\b"
    rf"|\bwe\s+(?:wrongly|incorrectly|mistakenly|erroneously)\s+{_TOLD}\b",
    re.I,
)
STAYING = frozenset({"stay", "remain", "continue", "carry", "transfer", "switch", "rehat", "move"})


def _staying_on_from(s: Sentence, code: str | None) -> str | None:
    """ "have stayed on from ATMIS", "Uganda and Kenya, which already had troops in ATMIS, are staying
    on": the mission named is the one they stay on from; they serve in its successor now."""
    m = kbglue.mission(code) if code else None
    if m is None or not m.successor:
        return None
    for e in s.ents:
        tok = s.root(e.start, e.end) if e.label == "MISSION" and e.code == code else None
        if tok is None:
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in STAYING:
            return str(m.successor)  # "have stayed on from ATMIS"
        clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
        main = clause.head.head if clause is not None and clause.head.dep_ in ("nsubj", "nsubjpass") else None
        if main is not None and main.lemma_.lower() in STAYING:
            return str(m.successor)  # "…, which already had troops in ATMIS, are staying on"
        if clause is not None and clause.tag_ == "VBD" and clause.head.pos_ == "PROPN":
            return str(m.successor)  # "to come from Uganda and Kenya, which served under ATMIS": before
    return None


MOTION = frozenset({"arrive", "travel", "fly", "drive", "come", "move", "return", "cross", "sail", "leave"})


def _travelled_from(s: Sentence, e: Entity) -> bool:
    """ "arrived by road from North Macedonia": a place of departure, not another contributor."""
    tok = s.root(e.start, e.end)
    prep = tok.head if tok is not None and tok.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "from":
        return False
    return any(t.lemma_.lower() in MOTION for t in (prep.head, prep.head.head, prep.head.head.head))


def _status_day(
    art: Article, s: Sentence, e: Entity, figs: list[Raw], talk: Discourse, status: str
) -> str | None:
    """A status is as of the day its clause names; else the day of the sentence's strengths ("Some
    3,160 troops were serving at the end of October, with the largest contingents from Ghana"); else
    the day the report's paragraph opened on."""
    day = _day_named(s, art.published, s.root(e.start, e.end))
    if day != art.published:
        return day
    dated = [r.as_of for r in figs if r.measure.startswith("personnel.") and r.as_of != art.published]
    if dated:
        return dated[0]
    if status in OFFERS and talk.occasion_day:
        return talk.occasion_day  # "Other countries that came forward at the conference: …"
    return talk.standing_now or day


PLEDGES = frozenset({"personnel.pledged", "funding.pledged"})
OFFERS = frozenset({"pledged", "committed", "willing"})
# an occasion at which offers are made: its day dates the offers the article tells after it
OCCASION = re.compile(r"\b(?:conference|summit|pledging|meeting|session|forum|roundtable)\b", re.I)


def _occasion(s: Sentence, talk: Discourse, published: str | None) -> None:
    """ "A pledging conference in Brussels on Tuesday raised …": the day of the occasion the
    article is about, for the pledges it lists later with no day of their own."""
    if not OCCASION.search(s.text):
        return
    days = [
        d
        for d in s.dates
        if d.precision == "day" and d.prefix not in ("since", "until", "till", "by", "from")
    ]
    if len(days) == 1 and published is not None and days[0].value <= published:
        talk.occasion_day = days[0].value


def _status_claims(
    art: Article, ctx: object, s: Sentence, figs: list[Raw], earlier: Counted, talk: Discourse
) -> list[Raw]:
    """Contributor and donor statuses of the countries the sentence names without a figure."""
    if s.doc is None or s.noise:
        return []
    claims = _status_claims_of(art, ctx, s, figs, earlier, talk)
    retracted = RETRACTED.search(s.text)
    if retracted is None:
        return claims
    # "Correction: in our 09:40 entry we said the injured soldiers were mostly from Italy and Poland":
    # what is withdrawn gives no status
    return [r for r in claims if r.start < s.start + retracted.end()]


def _status_claims_of(
    art: Article, ctx: object, s: Sentence, figs: list[Raw], earlier: Counted, talk: Discourse
) -> list[Raw]:
    """The statuses of :func:`_status_claims`, retracted or not."""
    assert s.doc is not None
    host = set(getattr(ctx, "host", set()))
    leads = set(getattr(ctx, "leads", set()))
    with_figs = {r.subject for r in figs if r.subject}
    out: list[Raw] = []
    groups = country_lists(s, art.text)
    money = talk.money_at >= s.index - 1 or any(r.measure.startswith("funding.") for r in figs)
    found_by = [
        next((st for st in (status_of(s, e, money_context=money) for e in g) if st is not None), None)
        for g in groups
    ]
    after_from = [
        bool(re.search(r"\bfrom\s+(?:the\s+)?$", art.text[max(0, g[0].start - 10) : g[0].start]))
        for g in groups
    ]
    parallel = next((st for st, fr in zip(found_by, after_from, strict=True) if st is not None and fr), None)
    if SO_ARE.match(s.text) and talk.last_raws:  # "So are Ethiopia, Kenya and Djibouti."
        before = [
            (r.measure, r.value)
            for r in talk.last_raws
            if r.rule == "status" and getattr(r.sent, "index", -2) == s.index - 1
        ]
        if before:
            found_by = [f or before[-1] for f in found_by]
    span = _told_over_years(art, s)
    for k, (group, found, fr) in enumerate(zip(groups, found_by, after_from, strict=True)):
        if found is None and fr and parallel is not None and not _travelled_from(s, group[0]):
            found = parallel  # "…from Benin and Chad in Africa; from the Bahamas …; and from Bangladesh"
        if found is None and k and THEN.search(art.text[max(0, group[0].start - 12) : group[0].start]):
            found = found_by[k - 1]  # "Nepal and India have the largest contingents, then Fiji and Ghana"
        if found is None:
            continue
        kind, status = found
        for e in group:
            if (kind == "contributor" and e.code in host) or e.code in with_figs:
                continue
            if owners._is_led(art.text, e) or (e.code in leads and e.label == "COUNTRY"):
                continue
            if e.label == "ORG" and ("fund" in e.code.lower() or e.code == "UN"):
                continue  # a trust fund receives, the UN's assessed budget is its members': no donor
            if e.label == "ORG" and kind != "donor":
                continue
            mission = span or _status_mission(
                ctx, s, e.start, on=art.published if status == "deployed" else None
            )
            if _counted_before(earlier, kind, e.code, mission):
                continue
            out.append(
                Raw(
                    kind,
                    status,
                    e.start,
                    e.end,
                    s,  # type: ignore[arg-type]
                    subject=e.code,
                    mission=mission,
                    as_of=_status_day(art, s, e, figs, talk, status if kind == "contributor" else ""),
                    confidence=0.7,
                    rule="status",
                )
            )
    return out


Counted = set[tuple[str, str | None, str | None]]


def _counted_before(earlier: Counted, kind: str, code: str | None, mission: str | None) -> bool:
    """A country the article gave a figure of that kind before, in this mission or one untold (Italy's
    count in KFOR leaves it a contributor to EUFOR Althea)."""
    return any(
        k == kind and c == code and (m is None or mission is None or m == mission) for k, c, m in earlier
    )


YEAR_SPAN = re.compile(r"\b(?:19|20)\d\d\s*[–-]\s*(?:(?:19|20)\d\d|\d\d)\b")


def _told_over_years(art: Article, s: Sentence) -> str | None:
    """The mission a piece tells the whole run of, its title naming it with a span of years ("FACT
    BOX: Haiti's Multinational Security Support mission, 2023–2025"): who served in it served in that
    mission, not in the one running when the piece was published (a sentence naming a mission of its
    own keeps it)."""
    if not art.title or not YEAR_SPAN.search(art.title) or not art.sentences or art.sentences[0] is s:
        return None
    if any(e.label == "MISSION" for e in s.ents):
        return None
    head = art.sentences[0]
    named = {e.code for e in head.ents if e.label == "MISSION" and head.text.strip() in art.title.strip()}
    return next(iter(named)) if len(named) == 1 else None


KINDS = frozenset({cat for _, cat in (*owners.CATEGORIES, *owners.BREAKDOWN)})


OF_WHOM = re.compile(r"[^,;.]{0,40},\s*of (?:whom|which)\b[^;.]*$")


def _parts_of_whom(kept: list[Figure]) -> None:
    """ "up to 5,550 personnel, of whom 5,500 uniformed and 50 civilian": the parts a relative "of
    whom" lists right after a ceiling are parts of that ceiling (the spread below bounds them)."""
    for i, whole in enumerate(kept):
        if whole.family != "persons" or whole.measure != "personnel.target":
            continue
        s = whole.sent
        for part in kept[i + 1 :]:
            if part.sent is not s or part.family != "persons":
                break
            if not OF_WHOM.match(s.text[whole.q.end - s.start : part.q.start - s.start]):
                break
            if part.measure in (None, "personnel.deployed"):
                part.measure, part.why = "personnel.target", "part"


def _kinds_of_a_countrys_total(kept: list[Figure]) -> None:
    """ "Jamaica has pledged 200 personnel in all, 170 soldiers and 30 police", "Twenty-four
    Jamaicans - 20 soldiers and four police officers - landed": parts of different kinds that add up
    to a country's total just given are that total's kinds (the corpus files them by kind; the total
    keeps the country)."""
    for i, whole in enumerate(kept):
        code = whole.subject
        if whole.family != "persons" or not code or len(code) != 3 or not code.isupper():
            continue
        parts = [
            g
            for g in kept[i + 1 :]
            if g.family == "persons"
            and g.measure == whole.measure
            and g.subject == code
            and g.sent is whole.sent
        ]
        if len(parts) < 2 or sum(g.q.value or 0 for g in parts) != whole.q.value:
            continue
        kinds = [owners.category(g, breakdown=True) for g in parts]
        if any(k is None for k in kinds) or len(set(kinds)) != len(kinds):
            continue
        for g, kind in zip(parts, kinds, strict=True):
            g.subject, g.subject_why = kind, "kind of a country's total"


def _ceilings_against(s: Sentence, kept: list[Figure]) -> None:
    """ "11,400 military personnel and about 2,700 police, against authorised ceilings of 14,400 and
    3,020": ceilings set against figures of known kinds take those kinds, in order."""
    caps = [g for g in kept if g.measure == "personnel.target" and not g.subject]
    if not caps:
        return
    kinds = [g for g in kept if g.q.start < caps[0].q.start and g.subject in KINDS]
    if len(kinds) < len(caps):
        return
    gap = s.text[kinds[-1].q.end - s.start : caps[0].q.start - s.start]
    if not re.search(rf"\b(?:{AGAINST})\b", gap):
        return
    for g, kind in zip(caps, kinds[-len(caps) :], strict=True):
        g.subject, g.subject_why = kind.subject, "against"


# what a country's own deployment costs it, in a story on its parliament or government
OWN_DEPLOYMENT = re.compile(
    r"\b(?:deployment|mandate|participation|contingent|federal budget|defen[cs]e budget|"
    r"the government's motion)\b",
    re.I,
)
# what a whole force costs, or what its fund or all its members pay: no one government's own cost
# ("the mission as a whole costs $600 million", "common costs of €8 million", "the trust fund has
# received $110 million against needs of $800 million")
WHOLE_COST = re.compile(
    r"\b(?:missions?|force|operation|fund|common costs?|whole|entire|all (?:contributing|donors|member)|"
    r"member states|United Nations|UN|U\.N\.|Security Council|General Assembly|budget committee|per cent|"
    r"humanitarian|response plan|appeal)\b",
    re.I,
)
NATIONAL_BODY = re.compile(
    r"\b(?:Bundestag|parliament|National Assembly|Senate|Treasury|cabinet|Exchequer|legislature|"
    r"Congress|Ministry of Defen[cs]e|Defen[cs]e Ministry|Ministry of Finance|Finance Ministry|"
    r"MPs|lawmakers|deputies|Department of Defen[cs]e|Oireachtas|D[aá]il|TDs|Storting|Riksdag|Knesset|"
    r"House of Commons|House of Representatives|Hansard|Mr\. Speaker|Madam Speaker|this House|"
    r"(?-i:Ministry of (?:National )?(?:Security|Interior|Foreign Affairs|Finance|Defen[cs]e)))\b",
    re.I,
)


def _of_a_force(f: Figure) -> bool:
    """ "The force numbers 10,000", "the mission's strength stands at …": a whole force's figure."""
    heads = [*f.path, *(t for t in (f.noun, f.head) if t is not None)]
    heads += [t.head for t in f.path if t.dep_ == "conj"]  # "The GSF is authorised … but had about 1,150"
    return _about_a_mission(f) or any(
        c.dep_ in ("nsubj", "nsubjpass", "poss")
        and (c.lemma_.lower() in MISSION_NOUNS or f.sent.entity_of(c, ("MISSION",)) is not None)
        for t in heads
        for c in t.children
    )


def _about_a_mission(f: Figure) -> bool:
    """A return told of a whole mission ("ATMIS had sent home 5,000 soldiers", "the mission sent home
    5,000 troops"): no one country's."""
    if any(f.sent.entity_of(t, ("MISSION",)) is not None for t in f.path if t.dep_ in ("nsubj", "poss")):
        return True
    verbs = [t for t in (f.pred, *f.path) if t is not None and t.pos_ in ("VERB", "AUX")]
    return any(
        c.dep_ == "nsubj"
        and (
            f.sent.entity_of(c, ("MISSION",)) is not None
            or (c.lemma_.lower() in MISSION_NOUNS and not any(x.dep_ in ("poss", "amod") for x in c.children))
        )
        for v in verbs
        for c in v.children
    )


def _dateline_country(art: Article) -> str | None:
    """The country of the article's dateline city ("NAIROBI —", "BERLIN, June 11 —")."""
    first = next((s for s in art.sentences[:4] if s.offset > s.start), None)
    if first is None:
        return None
    return next(
        (e.code for e in first.ents if e.label == "COUNTRY" and e.end <= first.offset and len(e.code) == 3),
        None,
    )


def _agent_named(f: Figure) -> bool:
    """The figure's clause names who moved them ("NATO sent about 700", "the mission sent home")."""
    own = {t.i for t in (f.noun, f.head, f.anchor) if t is not None}
    return _about_a_mission(f) or any(
        c.dep_ in ("nsubj", "agent")
        and c.i not in own
        and c.pos_ != "PRON"
        and c.lower_ not in owners.PARTITIVES  # "217 officers, most of them drawn from the GSU, arrived"
        and not owners.holds_the_figure(
            c, f
        )  # "a fresh rotation of 230 officers arrived": the figure's own group
        for t in f.path
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in TOLD  # "X told members that 230 landed"
        for c in t.children
    )


TOLD = frozenset(
    {"say", "tell", "report", "inform", "announce", "confirm", "state", "add", "brief", "explain"}
)


def _story_country(art: Article, host: set[str]) -> str | None:
    """The one country other than the host a story is told from: its dateline's, else its headline's."""
    home = _dateline_country(art) or _headline_country(art, host)
    return home if home is not None and home not in host else None


def _sent_by_a_name(f: Figure) -> bool:
    """ "NATO then flew in some 700 extra troops": a named sender of the figure's people, whose
    country the sentence need not name."""
    own = {t.i for x in (f.noun, f.head, f.anchor) if x is not None for t in x.subtree}
    return any(
        c.dep_ in ("nsubj", "agent")
        and c.i not in own
        and (c.pos_ == "PROPN" or any(o.pos_ == "PROPN" for o in c.children))
        for t in f.path
        if t.pos_ in ("VERB", "AUX")
        for c in t.children
    )


def _countries_named(sentences: list[Sentence], text: str, host: set[str]) -> list[str]:
    """Every naming of a country besides the host, by its name or its people's ("Kenyan officers"),
    one entry a naming."""
    named = [e.code for s in sentences for e in s.ents if e.label == "COUNTRY" and len(e.code) == 3]
    people = kbglue.demonyms()
    named += [c for w in re.findall(r"\b[A-Z][a-z]+\b", text) if (c := people.get(w))]
    return [c for c in named if c not in host]


def _one_country_named(s: Sentence, host: set[str], others: list[Figure]) -> str | None:
    """The one country besides the host a sentence names (or whose people it names), when no other
    figure of the sentence is that country's: whose contingent an arrival with no owner is."""
    found = set(_countries_named([s], s.text, host))
    if len(found) != 1 or found & owners.UNIONS:
        return None  # "The AU says 4,000 troops left": a union's figure, no one country's
    code = next(iter(found))
    return None if any(g.subject == code for g in others) else code


def _home_country(art: Article, host: set[str]) -> str | None:
    """The country whose institutions a story reports on: its dateline's or headline's, else the one
    country besides the host that its text names (or whose people it names: "Kenyan officers") far
    more often than any other — a Kenyan committee's report on the deployment to Haiti."""
    told = _story_country(art, host)
    if told is not None:
        return told
    counts: dict[str, int] = {}
    for code in _countries_named(art.sentences, art.text, host):
        counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 5 or (len(ranked) > 1 and ranked[0][1] < 3 * ranked[1][1]):
        return None
    return ranked[0][0]


def _headline_country(art: Article, host: set[str]) -> str | None:
    """The one country a headline is about, besides the host ("Irish troops", "Ireland's future in
    peacekeeping"): whose parliament, treasury or defence department the story's bodies are."""
    found = {
        e.code
        for s in art.sentences
        if s.headline
        for e in s.ents
        if e.label == "COUNTRY" and len(e.code) == 3 and e.code not in host
    }
    found |= {code for s in art.sentences if s.headline for code in _legislatures_named(s.text)} - host
    return next(iter(found)) if len(found) == 1 else None


@cache
def _legislature_pattern() -> re.Pattern[str] | None:
    names = sorted(kbglue.legislatures(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b") if names else None


def _legislatures_named(text: str) -> set[str]:
    """The countries whose parliaments a line names by their own name ("Bundestag keeps soldiers in
    Kosovo": Germany's story)."""
    pattern = _legislature_pattern()
    table = kbglue.legislatures()
    return {table[m.group(0)] for m in pattern.finditer(text)} if pattern is not None else set()


def _each_of(art: Article, f: Figure, host: set[str]) -> list[str]:
    """The countries a figure is given to one by one: "A and B each have N", "A and B have N each",
    "… and Ghana and Nepal with about 870 each"."""
    if re.match(r"\s*each\b", art.text[f.q.end : f.q.end + 8]):
        joined = _joined_before(art, f, host)
        if len(joined) >= 2:
            return joined
    held = _each_holders(art, f, host)
    if held:
        return held
    after = re.match(r"[\w\s-]{0,30}?\beach,?\s+from\s+(?:the\s+)?", art.text[f.q.end : f.q.end + 50])
    if after:  # "1,500 troops each from Chad and Bangladesh"
        at = f.q.end + after.end()
        for group in country_lists(f.sent, art.text):
            codes = [e.code for e in group if e.label == "COUNTRY" and e.code not in host]
            if len(codes) >= 2 and group[0].start == at:
                return codes
    pred = f.pred or f.cue
    if pred is None or pred.pos_ not in ("VERB", "AUX"):
        return []
    each = next(
        (
            t
            for t in pred.subtree
            if t.lower_ in ("each", "apiece")
            and t.dep_ in ("nsubj", "advmod", "npadvmod", "appos", "det", "dobj", "dep", "conj")
        ),
        None,
    )
    if each is None or (
        each.dep_ == "det" and each.head.i not in (f.noun.i if f.noun is not None else -1, pred.i)
    ):  # (a floating "each" the parse hangs on the verb as a determiner: "A and B each supply 250",
        return []  # or on the list as one more conjunct: "Cameroon and Chad each contribute about 2,000")
    at = f.sent.pos(pred)
    beside = owners.adjacent_owner(f, art.text, host=host)
    for group in country_lists(f.sent, art.text):
        codes = [e.code for e in group if e.label == "COUNTRY" and e.code not in host]
        if len(codes) >= 2 and group[-1].end <= at:
            return [] if beside and beside not in codes else codes  # "… and Slovakia roughly 240": its own
    return []


def _each_holders(art: Article, f: Figure, host: set[str]) -> list[str]:
    """The listed countries a figure with its own "each" hangs under ("Indonesia and Italy, with more
    than 1,000 troops each, …", "A and B, two of the biggest contributors with over 1,000 each"):
    the list the figure's phrase describes, however far the parse puts it."""
    near = (f.anchor, *([f.noun] if f.noun is not None else []))
    if not any(c.lower_ == "each" and c.dep_ == "appos" for t in near for c in t.children):
        return []
    above = {f.sent.pos(a) for a in f.anchor.ancestors if a.pos_ == "PROPN"}
    for group in country_lists(f.sent, art.text):
        codes = [e.code for e in group if e.label == "COUNTRY" and e.code not in host]
        if len(codes) >= 2 and group[0].start in above:
            return codes
    return []


def _joined_before(art: Article, f: Figure, host: set[str]) -> list[str]:
    """The countries joined by "and" or commas that a figure is written right after ("Ghana and
    Nepal with about 870")."""
    owner = owners.adjacent_owner(f, art.text, host=host)
    ents = [e for e in f.sent.ents if e.label == "COUNTRY" and e.end <= f.q.start]
    if owner is None or not ents or ents[-1].code != owner:
        return []
    codes = [owner]
    for a, b in itertools.pairwise(reversed(ents)):  # b comes before a
        if not re.fullmatch(r"\s*(?:,|and|, and)\s*(?:the\s+)?", art.text[b.end : a.start]):
            break
        codes.insert(0, b.code)
    return [c for c in codes if c not in host]


def _destination(f: Figure, text: str, host: set[str]) -> str | None:
    """Where a contingent going home went: the country (or its capital) after "to", "in" or "at" on
    the figure's verbs, when that is not the mission's host."""
    verbs = [t for t in (f.pred, *f.path) if t is not None and t.pos_ in ("VERB", "AUX")]
    for v in verbs:
        holders = [v, *(c for c in v.children if c.dep_ == "advmod")]  # "flew back to …": on "back"
        for p in (p for h in holders for p in h.children):
            if p.dep_ != "prep" or p.lower_ not in ("to", "in", "at", "into"):
                continue
            for t in (x for o in p.children for x in o.subtree):
                code = owners.country_of(f.sent, t, text, host=host)
                if code is not None and code != owners.HOST and code not in host:
                    return code
    return None


WOMEN = frozenset({"women", "woman", "female", "females"})


# what a small count may count that is no one's personnel: units, bodies, states, places and craft
COUNTED_THINGS = frozenset(
    {"mission", "operation", "contingent", "battalion", "brigade", "company", "platoon", "unit", "sector"}
    | {"state", "country", "nation", "government", "member state", "base", "camp", "post", "position"}
    | {"ship", "warship", "frigate", "vessel", "helicopter", "aircraft", "plane", "drone", "vehicle"}
)


def _noun_after(f: Figure) -> Token | None:
    """ "three, sometimes only two, warships": the noun a count shares with the counts beside it."""
    doc = f.anchor.doc
    for t in doc[f.anchor.i + 1 : f.anchor.i + 4]:
        if t.pos_ == "NOUN":
            return t
        if not (t.is_punct or t.pos_ in ("ADJ", "ADV", "CCONJ", "NUM")):
            return None
    return None


BODIES = frozenset({"council", "committee", "board", "parliament", "assembly", "house", "senate", "bloc"})


def _a_bodys(member: Token) -> bool:
    """ "The Council has 15 members", "15 members of the Security Council": members of a body."""
    head = member.head
    near = [head, *head.children, *(o for c in member.children if c.lower_ == "of" for o in c.children)]
    return any(t.lemma_.lower() in BODIES for t in near if t.i != member.i)


VOTE_WORDS_NEAR = VOTE_WORDS - {"support", "back"}  # (not "members of the support battalion")


def _voting(member: Token) -> bool:
    """ "thirteen members in favour", "members voting against": members counted by their vote."""
    near = [*member.subtree, member.head, *member.head.children]
    return any(t.lemma_.lower() in VOTE_WORDS_NEAR or t.lower_ in VOTE_WORDS_NEAR for t in near)


def _noun_of_them(f: Figure, figs: list[Figure]) -> Token | None:
    """ "15 members, 13 of them in favour": the noun of the count a part is "of"."""
    if not partitive_pronoun(f):
        return None
    before = [g for g in figs if g.q.end <= f.q.start and g.noun is not None]
    return before[-1].noun if before else None


def _noun_changed_from(f: Figure, figs: list[Figure], s: Sentence) -> Token | None:
    """ "21 company operating bases, down from 27": the noun of the count a change starts from."""
    if not re.search(r"\b(?:down|up)\s+from\s+$", s.text[: f.q.start - s.start]):
        return None
    before = [g for g in figs if g.q.end <= f.q.start and g.noun is not None]
    if before:
        return before[-1].noun
    for t in reversed(f.anchor.doc[: f.anchor.i]):  # a count of things is no figure of its own
        if t.like_num:
            noun = t.head
            while noun.dep_ == "compound" and noun.head.i > noun.i:
                noun = noun.head  # "19 company operating bases"
            return noun if noun.pos_ == "NOUN" and noun.i > t.i else None
    return None


def _counts_things(f: Figure, figs: list[Figure], s: Sentence) -> bool:
    """The figure counts things, not people: its noun (or the noun of the figure it is compared or
    coordinated with) is a unit, a state or a craft; "forces" counted in a handful are forces ("two
    foreign forces"), never people ("2,000 US forces")."""
    noun = f.noun if f.noun is not None else (f.compared.noun if f.compared is not None else None)
    if noun is None:
        noun = _noun_after(f) or _noun_changed_from(f, figs, s) or _noun_of_them(f, figs)
    if noun is None:
        return False
    if noun.lemma_.lower() == "member" and (_a_bodys(noun) or _voting(noun)):
        return True  # "The Council has 15 members", "thirteen members in favour": seats, no force's people
    lemma = noun.lemma_.lower()
    compound = " ".join(c.lemma_.lower() for c in noun.children if c.dep_ == "compound")
    forms = {lemma, noun.lower_, noun.lower_[:-1], f"{compound} {lemma}".strip()}  # ("bases": "basis")
    if forms & COUNTED_THINGS:
        return noun.tag_ in ("NNS", "NNPS") or f.q.value == 1
    return lemma == "force" and noun.tag_ == "NNS" and f.q.value < 20


def _women_among(f: Figure) -> bool:
    """A count of the women among people counted as a whole ("including 1,011 women", "of whom 61
    were women", "Women accounted for 61 of the Force's personnel"); not a unit of women ("a platoon
    of 27 women peacekeepers" counts peacekeepers)."""
    if f.noun is not None and f.noun.lower_ in WOMEN:
        return True
    if (
        f.noun is not None
        and f.noun.lower_ in ("men", "males")
        and "(" not in f.sent.text[f.q.end - f.sent.start : f.sent.pos(f.noun) - f.sent.start]
        and any(
            c.dep_ == "conj" and c.lower_ in WOMEN and any(n.like_num for n in c.children)
            for c in f.noun.children
        )
    ):
        return True  # "802 (703 men and 99 women)": a split by sex of people counted whole
    women_of = f.noun is not None and any(
        c.dep_ in ("compound", "amod") and c.lower_ in WOMEN for c in f.noun.children
    )
    if women_of and f.pred is not None and f.pred.lemma_.lower() in ("include", "comprise"):
        return True  # "The new group includes 18 women officers" (not "a platoon of 27 women peacekeepers")
    own = {t.i for t in (f.noun, f.head, f.anchor) if t is not None}
    if f.pred is None:
        return False
    return any(
        c.dep_ in ("attr", "nsubj", "acomp") and c.lower_ in WOMEN and c.i not in own for c in f.pred.children
    )


def _landed_home(f: Figure, text: str, host: set[str]) -> str | None:
    """The country an arrival lands in when that is not the mission's host: a contingent coming home
    ("touched down at Jomo Kenyatta International Airport", "Back in Nairobi, 100 officers landed");
    ``AWAY`` when it only tells they came from the host ("flew in from Goma", "crossed back")."""
    verbs = [t for t in (f.cue, f.pred) if t is not None and t.pos_ in ("VERB", "AUX")]
    if not verbs or not host:
        return None
    came_back = False
    for v in verbs:
        moving = v.lemma_.lower() in MOTION or "arrive" in classes_of(v)
        for c in v.children:
            if c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "home") and moving:
                came_back = True  # "crossed back through Bunagana", "flew home"
                holders = [c]
            else:
                holders = [v] if c.dep_ == "prep" else []
            for h in holders:
                for p in (x for x in ([c] if h is v else h.children) if x.dep_ == "prep"):
                    if any(f.sent.quantity_of(t) is f.q for t in p.subtree):
                        continue  # "flew in some 1,000 reinforcements, including … British soldiers"
                    if any(o.lemma_.lower() in WHY_NOT_WHERE for o in p.children if o.dep_ == "pobj"):
                        continue  # "in response to the Russian invasion of Ukraine": why, not where
                    where = _where(f.sent, p, text, host)
                    if where is None:
                        continue
                    if p.lower_ in ("at", "in", "into", "to"):
                        return where if where != owners.HOST else None
                    if p.lower_ in ("from", "out") and where == owners.HOST and moving:
                        came_back = True  # "who flew in from Goma", "flew out of Goma": out of the host
        for t in v.subtree:  # "boarded a transport bound for Nairobi": where the flight goes
            if t.lower_ == "bound" and t.i > v.i:
                for p in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "for"):
                    where = _where(f.sent, p, text, host)
                    if where is not None:
                        return where if where != owners.HOST else None
    return AWAY if came_back else None


AWAY = "away"  # left the host, whither untold
# nouns after "in" that tell why something was done, not where ("in response to", "in support of")
WHY_NOT_WHERE = frozenset({"response", "reaction", "reply", "retaliation", "support", "solidarity"})


def _where(s: Sentence, prep: Token, text: str, host: set[str]) -> str | None:
    """The country a preposition's object lies in: a country or its capital, or a known place."""
    for o in prep.children:
        for t in o.subtree:
            code = owners.country_of(s, t, text, host=host)
            if code is not None:
                return code
            e = s.entity_of(t, ("PLACE",))  # a place's code is its country's
            country = e.code if e is not None and len(e.code) == 3 else None
            if country is not None:
                return owners.HOST if country in host else country
    return None


ON_THE_GROUND = frozenset({"country", "ground", "field", "theatre", "theater", "mission", "force"})


def _on_the_ground(f: Figure) -> bool:
    """ "has just 18 in the country now": a small bare number placed where a force serves counts people."""
    for c in f.anchor.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "with"):
            for o in c.children:
                if o.dep_ == "pobj" and (
                    o.lemma_.lower() in ON_THE_GROUND or f.sent.entity_of(o, ("COUNTRY", "PLACE"))
                ):
                    return True
    return False


def _own_country(f: Figure, text: str, host: set[str]) -> bool:
    """A country inside the part's own phrase ("among them 200 from Britain"), not one it inherits
    from the group it is part of ("250 Rwandan officers, including 40 women")."""
    top = f.noun or f.head or f.anchor
    if any(
        t.pos_ in ("PROPN", "ADJ")
        and (owners.country_of(f.sent, t, text, host=host) or _placed_abroad(f.sent, t, text, host))
        for t in top.subtree
        if f.sent.quantity_of(t) is not f.q
    ):
        return True
    return _from_a_country(f, text, host) is not None


def _from_a_country(f: Figure, text: str, host: set[str]) -> str | None:
    """ "among them 200 from Britain and 100 from Romania": the country a part comes from, told
    right after it, wherever the parse hangs the "from"."""
    t = _token_after(f, FROM_A_COUNTRY)
    return owners.country_of(f.sent, t, text, host=host) if t is not None else None


FROM_A_COUNTRY = re.compile(r"\s+(?:[a-z]+\s+){0,2}?from\s+(?:the\s+)?(?=[A-Z])")


def _whole_not_in_its_parts_place(kept: list[Figure], country: str | None) -> None:
    """ "The toll has reached at least 88 dead, including 27 in Bay region and 19 in Bakool": the
    whole is not in the place of its first part; it is the story's country's (else no place)."""
    for g in kept:
        if g.measure not in SITUATION_MEASURES or g.part_of is g or not g.subject:
            continue
        parts = [
            f
            for f in kept
            if f.part_of is f and f.measure == g.measure and f.q.start > g.q.start and f.sent is g.sent
        ]
        if any(f.subject == g.subject for f in parts):
            g.subject = country


def _own_place(f: Figure) -> bool:
    """ "7 million are displaced, about 2.6 million of them in North Kivu": a humanitarian part given
    a place of its own is a fact of its own (a breakdown by place)."""
    if f.measure not in SITUATION_MEASURES:
        return False
    head = f.anchor.head
    # "of whom approximately 2.6 million were in North Kivu": the place on the part's own "be"
    scope = list(head.subtree) if f.anchor.dep_ == "nsubj" and head.lemma_ == "be" else list(f.anchor.subtree)
    return any(
        t.dep_ == "pobj"
        and t.head.lower_ in ("in", "from", "within")
        and t.i > f.anchor.i
        and any(  # ("in Bay region": the place is the compound before the generic noun)
            f.sent.entity_of(x, ("PLACE", "COUNTRY")) is not None
            for x in (t, *(c for c in t.children if c.dep_ == "compound"))
        )
        for t in scope
    )


def _placed_abroad(s: Sentence, t: Token, text: str, host: set[str]) -> bool:
    """ "6,247 personnel …, 1,750 of them in South Sudan": a part placed in another country than the
    story's host is a share of its own (the force there), not a subset already counted."""
    e = s.entity_of(t, ("COUNTRY",))
    return e is not None and e.code not in host and owners.placed(s, e)


def _breakdown(f: Figure, figs: list[Figure]) -> bool:
    """A figure that splits a total by kind ("17,000 troops and 2,101 police", "including 680 police",
    "Of the total, 750 are police officers")."""
    if f.part_of is f or re.match(
        r"\W*(?:of\s+(?:the|this|that)\s+(?:total|figure|number|force)|of\s+(?:these|them|those))\b",
        f.sent.text,
        re.I,
    ):
        return True
    if f.listed_after is not None or any(g.listed_after is f for g in figs):
        return True  # "at 11,500 military personnel, 600 military observers and 443 police"
    mine_kind = _kind_named(f)
    if mine_kind and any(
        g is not f and g.measure == f.measure and _kind_named(g) not in (None, mine_kind) for g in figs
    ):
        return True  # "700 military personnel and some 60 police officers patrol": kinds set side by side
    mine = {t.i for t in (f.noun, f.head) if t is not None}
    for g in figs:
        if g is f or g.family != f.family:
            continue
        theirs = {t.i for t in (g.noun, g.head) if t is not None}
        for t in (f.noun, f.head):
            if t is not None and t.dep_ in ("conj", "appos") and t.head.i in theirs:
                return True
        for t in (g.noun, g.head):
            if t is not None and t.dep_ in ("conj", "appos") and t.head.i in mine:
                return True
        frames_f = [t.i for t in f.path if t.pos_ == "NOUN" and t.i not in mine]
        frames_g = [t.i for t in g.path if t.pos_ == "NOUN" and t.i not in theirs]
        if frames_f and frames_g and frames_f[0] == frames_g[0]:
            return True  # two figures in one frame ("ceilings of 9,000 troops and 1,100 police")
    return False


def _kind_named(f: Figure) -> str | None:
    """The kind of personnel the figure's own noun names ("military personnel", "police officers"),
    read off the words whatever the parse made of the coordination they stand in."""
    noun = f.noun or f.head
    if noun is None or f.family != "persons":
        return None
    words = " ".join(t.lower_ for t in (noun, *(c for c in noun.children if c.dep_ in ("amod", "compound"))))
    return next((cat for cue, cat in owners.BREAKDOWN if re.search(rf"\b{cue}", words)), None)


TEXT_SUBJECTS = frozenset({"text", "resolution", "draft", "decision"})


TOLLS = frozenset({"killed", "injured", "kidnapped"})


_NUMBER_LIST_GAP = re.compile(r"^\s*(?:,|and|,\s*and)\s*$")


def _hedge_over_a_list(made: list[tuple[Figure, Raw]]) -> None:
    """ "roughly 700 and 650", "about 1,230, 1,070 and 900 troops": a hedge written once before a
    list of bare numbers holds for each of them."""
    for (f, r), (g, q) in itertools.pairwise(made):
        between = f.sent.text[f.q.end - f.sent.start : g.q.start - f.sent.start]
        if not _NUMBER_LIST_GAP.match(between) or g.q.qualifier_cue or q.qualifier != "exact":
            continue
        if r.qualifier in ("approx", "at_least", "at_most") and r.measure == q.measure:
            q.qualifier, q.qualifier_cue = r.qualifier, r.qualifier_cue


def _share_in_coordination(made: list[tuple[Figure, Raw]], published: str | None) -> None:
    """ "At least 1,520 people were killed and 609 injured in Haiti between April and June": tolls
    coordinated in one clause share what is written once — the first one's qualifier ("at least"),
    the period or day the last one carries."""
    for (f, r), (g, q) in itertools.pairwise(made):
        if r.measure not in TOLLS or q.measure not in TOLLS or r.measure == q.measure:
            continue
        if g.q.start - f.q.end > 60:
            continue
        between = f.sent.text[f.q.end - f.sent.start : g.q.start - f.sent.start]
        if not re.search(r"\band\b", between) or re.search(r"[;:.]", between):
            continue
        if r.subject != q.subject:  # the place written once, after the last: the more specific one
            country = [x for x in (r, q) if x.subject and len(x.subject) == 3 and x.subject.isupper()]
            if len(country) != 1:
                continue
            other = q if country[0] is r else r
            country[0].subject = other.subject
        if q.qualifier == "exact" and r.qualifier in ("at_least", "approx") and not g.q.qualifier_cue:
            q.qualifier, q.qualifier_cue = r.qualifier, r.qualifier_cue
        if r.as_of == published and q.as_of and q.as_of != published:
            r.as_of = q.as_of
        elif q.as_of == published and r.as_of and r.as_of != published:
            q.as_of = r.as_of


# "3,650 at the close of ATMIS", "50,000 at the start of KFOR", "2,000 soldiers under ATMIS"
MISSION_EDGE = re.compile(
    r"\b(?:at|by|before|until)\s+the\s+(?P<edge>close|end|start|launch|beginning|outset)\s+of\s+(?:the\s+)?$"
    r"|\b(?P<under>under|in|with)\s+(?:the\s+)?$",
    re.I,
)


def _at_a_missions_edge(f: Figure, published: str | None) -> str | None:
    """A strength told at a mission's start or end ("down from about 3,650 at the close of ATMIS"),
    or under a mission ended before publication ("Burundi, which had 2,000 soldiers under ATMIS"), is
    as of that day, as the knowledge base records it."""
    s = f.sent
    for e in s.ents:
        if e.label != "MISSION" or not 0 <= e.start - f.q.end <= 60:
            continue
        if any(f.q.end <= q.start < e.start for q in s.quants):
            return None  # the edge is a later figure's: "4,700, far below the 50,000 at the start of KFOR"
        m = MISSION_EDGE.search(s.text[max(0, e.start - s.start - 30) : e.start - s.start])
        record = kbglue.mission(e.code)
        if m is None or record is None:
            continue
        if m.group("edge"):
            day = (
                record.start
                if m.group("edge").lower() in ("start", "launch", "beginning", "outset")
                else record.end
            )
        else:
            day = record.end if record.end and published and record.end < published else None
        return str(day) if day else None
    return None


def _set_by_resolution(ctx: object, s: Sentence, published: str | None) -> tuple[str, str | None] | None:
    """A ceiling in a sentence that names the one resolution setting it is that resolution's: its
    mission, and, with no date of its own, its adoption day ("Resolution 2793 authorised up to
    5,550 personnel")."""
    numbers = {n for n, _, _ in resolution_numbers(s)}
    # "The text keeps the ceilings at …" after the vote was told: the resolution the article discusses
    if (
        not numbers
        and s.doc is not None
        and getattr(ctx, "resolution", None)
        and any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in TEXT_SUBJECTS for t in s.doc)
    ):
        numbers = {ctx.resolution}  # type: ignore[attr-defined]
    if len(numbers) != 1:
        return None
    (number,) = numbers
    record = kbglue.resolution(number)
    day = getattr(ctx, "resolution_dates", {}).get(number) or getattr(record, "date", None)
    mission = getattr(ctx, "resolution_missions", {}).get(number) or getattr(record, "mission", None)
    return (day, mission) if day and published and day <= published else None


def _parts_after_a_dash(s: Sentence, figs: list[Figure]) -> None:
    """ "well short of the 200 it promised in 2024 — 170 soldiers and 30 police": figures after a dash
    or colon that closes a figure's clause break that figure down; they take its measure, owner, date."""
    for i, f in enumerate(figs):
        if f.measure or i == 0:
            continue
        whole = next(
            (g for g in reversed(figs[:i]) if g.measure and g.family == f.family and g.why != "parts"), None
        )
        if whole is None:
            continue
        gap = s.text[whole.q.end - s.start : f.q.start - s.start]
        cut = max(gap.rfind("—"), gap.rfind(" – "), gap.rfind(": "))
        if cut < 0 or any(t.pos_ in ("VERB", "AUX") for t in s.tokens(whole.q.end + cut, f.q.start)):
            continue
        if whole.q.value is None or f.q.value is None or f.q.value >= whole.q.value:
            continue  # a part is smaller than its whole
        f.measure, f.cue, f.why, f.compared, f.part_of = whole.measure, whole.cue, "parts", whole, f


ALONG = re.compile(
    r"(?:,\s*|\s+)(?:along\s+with|together\s+with|as\s+well\s+as|alongside)\s+(?:another\s+|some\s+|about\s+)?$",
    re.I,
)


def _along_with(s: Sentence, figs: list[Figure]) -> None:
    """ "fourteen South African soldiers were killed, along with three Malawians and two
    Tanzanians": figures added to a typed one share its measure, place and date."""
    for i, f in enumerate(figs):
        if i == 0 or f.why in ("table", "held"):
            continue
        g = figs[i - 1]
        before = s.text[: f.q.start - s.start]
        if not ALONG.search(before) or g.family != f.family or not g.measure:
            continue
        if f.q.start - g.q.end > 150:
            continue
        f.measure, f.cue, f.why, f.share_of = g.measure, g.cue, "along", g
        for h in figs[i + 1 :]:  # "… along with three Malawians and two Tanzanians"
            gap = s.text[f.q.end - s.start : h.q.start - s.start]
            if h.family != f.family or not re.fullmatch(r"\s*[\w'’-]*\s*(?:,|and|, and)\s*", gap):
                break
            h.measure, h.cue, h.why, h.share_of = g.measure, g.cue, "along", g
            f = h


def _broken_down(figs: list[Figure]) -> None:
    """ "The ceiling is 5,550, which is 5,500 uniformed personnel and 50 civilians", "up to 5,550
    personnel, made up of 5,500 soldiers and police and 50 civilians": figures of a "which is" or
    "made up of" clause break down the figure it describes and are measured as it is."""
    for f in figs:
        pred = f.pred
        if pred is None:
            continue
        described = pred.lemma_.lower() == "be" and pred.dep_ == "relcl"
        made_of = pred.lemma_.lower() in MADE_OF and pred.dep_ in ("acl", "relcl", "conj", "ccomp", "advcl")
        if (
            made_of
            and pred.dep_ not in ("acl", "relcl")
            and any(c.dep_.startswith("nsubj") for c in pred.children)
        ):
            continue  # "the force grew and comprised …": a clause of its own (not "…, made up of")
        if not (described or made_of):
            continue
        whole = next(
            (
                g
                for g in reversed(figs)
                if g is not f
                and g.q.start < f.q.start
                and g.family == f.family
                and (
                    pred.head.i in {t.i for t in (g.anchor, g.head, g.noun) if t is not None}
                    or (made_of and g.pred is not None and g.pred.i == pred.head.i)
                )
            ),
            None,
        )
        ceiling = f.measure == "personnel.target" != whole.measure if whole is not None else False
        if whole is not None and whole.measure and whole.family == f.family and not ceiling:
            f.measure, f.cue, f.why, f.split_intent = whole.measure, whole.cue, "part", whole.split_intent


MADE_OF = frozenset({"make", "comprise", "consist", "compose"})


def _held_by_countries(art: Article, figs: list[Figure], *, host: set[str]) -> None:
    """ "had about 10,100 peacekeepers, led by Indonesia with roughly 1,230, Italy with more than
    1,050": a bare figure written right after a country, with a typed total of its family before it
    in the sentence, is that country's share of the same measure."""
    for i, f in enumerate(figs):
        if f.measure or f.family != "persons" or f.noun is not None:
            continue
        if owners.adjacent_owner(f, art.text, host=host) is None:
            continue
        total = next((g for g in reversed(figs[:i]) if g.measure in SHARED and g.family == f.family), None)
        if total is not None:
            f.measure, f.cue, f.why, f.share_of = total.measure, total.cue, "held", total


SHARED = frozenset({"personnel.deployed", "personnel.pledged", "personnel.arrived", "personnel.returned"})


def _parts_take_their_groups(figs: list[Figure]) -> None:
    """ "keeps its police ceiling at 640, including 185 individual police officers": a part counted
    inside a group is measured as the group is (a ceiling's part is a ceiling)."""
    for f in figs:
        if f.part_of is not f:
            continue
        prep = next((t for t in f.path if t.lower_ in SUBSET_PREPS), None)
        if prep is None:
            continue
        group = None
        for g in figs:
            if g is f or g.family != f.family or not g.measure or g.q.start > f.q.start:
                continue
            if prep.head.i in {t.i for t in (g.noun, g.head, g.anchor) if t is not None}:
                group = g
            elif prep.head.pos_ in ("VERB", "AUX") and prep.head.i in {t.i for t in g.path}:
                group = g  # "keeps the ceiling at 700, including 240 …": the parse hung it on the verb
            elif (
                prep.head.pos_ == "NOUN"
                and prep.head.lemma_.lower() in STANDARD_NOUNS
                and prep.head.i in {t.i for t in g.path[:2]}
            ):
                group = g  # "an authorized strength of 2,101, including …": the noun the figure is of
        if group is not None and group.measure == "personnel.target":
            group = _count_measured_against(figs, group) or group
        if group is not None:
            f.measure, f.cue, f.why = group.measure, group.cue, "part"
            f.split_intent = group.split_intent


# nouns a figure is "of" that name the figure itself ("a strength of 2,101", "a ceiling of 700")
STANDARD_NOUNS = frozenset({"strength", "ceiling", "cap", "level", "total", "complement", "force"})


def _count_measured_against(figs: list[Figure], standard: Figure) -> Figure | None:
    """ "comprised 2,975 of the 3,020 authorized personnel, including 2,530 …", "1,412 personnel of
    an authorized strength of 2,101, including …": a ceiling that is only the standard a count is
    measured against splits nothing; the parts after it are the count's."""
    for h in figs:
        if h is standard or h.family != standard.family or h.measure != "personnel.deployed":
            continue
        if h.sent is not standard.sent or h.q.end > standard.q.start:
            continue
        between = standard.sent.tokens(h.q.end, standard.q.start)
        if len(between) > 8 or any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in between):
            continue
        first = next((t for t in between if t.pos_ == "ADP"), None)
        if (
            first is not None
            and first.lower_ in ("of", "against")
            and not any(t.text in ",;" for t in between)
        ):
            return h
    return None


def _coordinate(figs: list[Figure]) -> None:
    """A figure left untyped next to a typed one of its family, joined by "and", a comma or "to"
    ("20 soldiers and four police officers", "from 13,500 troops to 11,500"), takes its measure."""
    for i, (prev, f) in enumerate(itertools.pairwise(figs)):
        if _next_part_by_place(prev, f):  # "of whom 1.2 million were in Darfur and over 400,000 in …"
            f.measure, f.cue, f.why = prev.measure, prev.cue, "part of them"
            continue
        # "keeps the ceiling at 11,500 military personnel, 600 military observers and 443 police": a
        # list the parse hung on the verb as more objects reads as its verb alone would; it goes on
        continued = (
            f.measure is not None
            and f.why == "pred:strength"
            and prev.why in ("object", "frame", "mod", "coordinated")
            and prev.pred is not None
            and f.pred is not None
            and f.pred.i == prev.pred.i
        )
        # "at up to 14,400 military personnel and 3,020 police personnel": a conjunct of the same
        # predicate shares its frame, whatever nearer noun its own evidence met first
        conjunct = (
            f.measure is not None
            and f.measure != prev.measure
            and f.why != "noun"  # "1,617 deaths and 580 injuries": each noun names its own measure
            and f.noun is not None
            and prev.noun is not None
            and f.noun.dep_ == "conj"
            and f.noun.head.i == prev.noun.i
            and f.pred is not None
            and prev.pred is not None
            and f.pred.i == prev.pred.i
        )
        continued = continued or conjunct
        if (f.measure and not continued) or not prev.measure or prev.family != f.family:
            continue
        gap = f.sent.text[prev.q.end - f.sent.start : f.q.start - f.sent.start]
        between = f.sent.tokens(prev.q.end, f.q.start)
        # (a name the tagger took for a verb is none: "UNIFIL was given $537 million, UNISFA $329 million")
        if any(
            t.pos_ in ("VERB", "AUX")
            and f.sent.entity_of(t, ("MISSION", "COUNTRY")) is None
            and not _followed_by(t)
            for t in between
        ):
            continue  # "…, but fewer than 1,100 were on the ground": another clause
        if continued and any(t.pos_ in ("ADP", "ADV", "SCONJ") for t in between):
            continue  # "at 17,000 troops, well above the 13,700 it fields": a comparison, not the list
        # "Chad has put forward 1,500 personnel for the force, and Bangladesh another 1,500": a gapped
        # clause of a country and a figure may follow a longer first clause
        gapped = f.noun is not None and f.noun.pos_ == "PROPN" and f.demonym and len(gap) < 120
        # a ranking of missions, each with its sum ("followed by MINUSCA in the Central African Republic
        # with about $1.16 billion and MONUSCO in the Democratic Republic of the Congo with just under $1
        # billion"): the items run longer
        ranked = f.family == "money" and any(
            _followed_by(t) or f.sent.entity_of(t, ("MISSION",)) is not None for t in between
        )
        limit = 120 if gapped or ranked else 60
        if len(gap) < limit and any(
            w in f" {gap} " for w in (" and ", ",", " to ", " plus ", " while ", ";")
        ):
            head = prev
            if not f.measure and _a_standard_figure(prev) and not _a_standard_figure(f):
                # "stood at 2,941 troops, against a ceiling of 3,250, and 183 police": the list goes on
                # from the clause's figure, past the standard set against it
                head = next(
                    (
                        g
                        for g in reversed(figs[:i])
                        if g.family == f.family and g.measure and not _a_standard_figure(g)
                    ),
                    prev,
                )
            f.measure, f.cue, f.why = head.measure, head.cue, "coordinated"
            f.split_intent = f.split_intent or prev.split_intent  # pledged or a ceiling, as the list's head
            f.listed_after = prev if continued else None
            if f.noun is None:
                f.noun = prev.noun


WHOLE = frozenset({"total", "overall", "whole", "combined", "entire"})


def _a_whole(f: Figure) -> bool:
    """The figure counts a whole the text calls total ("out of a total force of 4,500", "bringing the
    total strength of the mission to about 780")."""
    a = f.anchor
    nouns: list[Token] = []
    if a.dep_ == "pobj" and a.head.lower_ == "of":
        nouns.append(a.head.head)
    if a.dep_ == "pobj" and a.head.lower_ == "to" and f.pred is not None:
        nouns.extend(c for c in f.pred.children if c.dep_ == "dobj")
    if f.noun is not None:
        nouns.append(f.noun)
    s = f.sent
    for n in nouns:
        own = [c for c in n.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
        if any(s.entity_of(c, ("COUNTRY",)) is not None for c in own):
            continue  # "bringing the Kenyan total to roughly 400": that country's total
        if n.lemma_.lower() == "total" and not any(c.lower_ in ("a", "an") for c in n.children):
            return True
        if any(c.dep_ == "amod" and c.lower_ in WHOLE for c in own):
            return True  # ("a total of 150" is only a way of counting)
    return False


def _followed_by(t: Token) -> bool:
    """ "UNMISS at $1.26 billion, followed by MINUSCA with $1.16 billion": a ranking's next item."""
    return t.lemma_.lower() == "follow" and any(c.lower_ == "by" for c in t.children)


# nouns of a share of a budget: "The largest single allocation went to UNMISS, at $1.26 billion"
BUDGET_SUBJECTS = frozenset({"allocation", "budget", "item", "share", "appropriation", "envelope"})


def _budget_subject(figs: list[Figure]) -> None:
    """An untyped sum in a clause whose subject is a share of a budget is that budget's."""
    for f in figs:
        if f.measure or f.family != "money" or f.pred is None:
            continue
        subject = next((c for c in f.pred.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lemma_.lower() in BUDGET_SUBJECTS:
            f.measure, f.cue, f.why = "funding.required", subject, "subject:budget"


ROTATION_VERBS = frozenset({"replace", "relieve", "succeed", "join", "reinforce", "follow"})


def _coordinated_clause_owner(f: Figure, before: list[Figure]) -> str | None:
    """The country of the clause this figure's clause is coordinated with, when its own names none."""
    if f.pred is None or f.pred.dep_ != "conj":
        return None
    head = f.pred.head
    for g in reversed(before):
        own = g.subject is not None and len(g.subject) == 3 and g.subject.isupper()
        if (
            own
            and g.family == f.family
            and g.pred is not None
            and g.pred.i == head.i
            and g.subject_why in ("agent", "phrase")
        ):
            return g.subject
    return None


def _rotation_partner(f: Figure, before: list[Figure]) -> str | None:
    """The owner of the contingent a rotation clause points at with a pronoun ("a battalion of 750 is
    expected; the 720 soldiers it replaces flew home")."""
    for t in (f.noun, f.head):
        for c in t.children if t is not None else []:
            pron = next((x for x in c.children if x.dep_ == "nsubj" and x.pos_ == "PRON"), None)
            if c.dep_ == "relcl" and c.lemma_.lower() in ROTATION_VERBS and pron is not None:
                owned = [
                    g.subject for g in before if g.subject and len(g.subject) == 3 and g.subject.isupper()
                ]
                return owned[-1] if owned else None
    return None


# funds that only receive money for a mission: never anyone's donor or payer
RECEIVING_FUNDS = frozenset({"UN Trust Fund"})


def _arrived_numbering(figs: list[Figure]) -> None:
    """ "Egypt's battalion arrived in Mogadishu in June and numbers about 1,000": the strength of a
    unit the clause has just brought in is the size of that arrival."""
    for f in figs:
        pred = f.pred
        if f.measure != "personnel.deployed" or pred is None or pred.dep_ != "conj":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in pred.children):
            continue  # "… landed, and the force now numbers 980": a subject of its own, the whole force
        if "arrive" in classes_of(pred.head) and "strength" in classes_of(pred):
            f.measure = "personnel.arrived"


def _licensee(f: Figure, text: str, host: set[str]) -> str | None:
    """The country a ceiling is granted to ("allows the Bundeswehr to deploy up to 300", "Germany is
    authorised to send up to 400"); an organisation or alliance licensed is no owner."""
    pred = f.pred or f.cue
    if pred is None or pred.dep_ not in ("xcomp", "ccomp"):
        return None
    own = [c for c in pred.children if c.dep_ == "nsubj"]  # "allows the Bundeswehr to deploy", as parsed
    for c in [*own, *pred.head.children]:
        if c.dep_ in ("dobj", "nsubjpass") or c in own:
            code = owners.country_of(f.sent, c, text, host=host)
            if code and code not in owners.UNIONS and code != owners.HOST:
                return code
    return None


ASIDE_END = re.compile(r"[,;:.()]|\s[-–—]\s")


def _named_only_in_its_aside(f: Figure) -> bool:
    """The figure's country is named in its sentence only inside the partitive aside that follows
    the figure (", most of them Kenyan police", ", nearly all of them from Kenya")."""
    s = f.sent
    rest = s.text[f.q.end - s.start :]
    noun = re.match(r"(?:\s+[\w-]+){0,3}?(?=\s*,)", rest)  # the counted noun before the comma
    aside = ASIDE.match(rest[noun.end() if noun else 0 :])
    if aside is None:
        return False
    start = f.q.end + (noun.end() if noun else 0) + aside.start()
    tail = s.text[start - s.start + aside.end() - aside.start() :]
    stop = ASIDE_END.search(tail)
    end = start + aside.end() - aside.start() + (stop.start() if stop else len(tail))
    mentions = [e for e in s.ents if e.label == "COUNTRY" and e.code == f.subject]
    return bool(mentions) and all(start <= e.start and e.end <= end for e in mentions)


OF_THEM = re.compile(r"\s+of\s+(?:them|whom)\s+(?:(?:are|were)\s+)?(?:from\s+(?:the\s+)?)?", re.I)


def _part_of_them_from(f: Figure, host: set[str]) -> str | None:
    """The country a part of a count just told comes from: "730 of them from Kenya", "of whom 731
    were Kenyan" is told the other way round and read elsewhere."""
    s = f.sent
    m = OF_THEM.match(s.text[f.q.end - s.start :])
    if m is None:
        return None
    at = f.q.end + m.end()
    e = next((e for e in s.ents if e.label == "COUNTRY" and e.start == at), None)
    return e.code if e is not None and e.code not in host else None


SUBORDINATORS = frozenset({"after", "when", "as", "once", "since", "before"})
RATIO = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:for\s+every|per)\s+(?:\d|one\b|a\b|each\b)", re.I)
MISSING = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:(?:are|were|remain|remained|still|reported|listed)\s+)+missing\b", re.I
)
# a count whose noun is left out, told beside another of the same group ("the first 75", "the other 75")
ELLIPTIC = re.compile(r"\bthe\s+(?:first|second|third|other|remaining|last|next)\s+$", re.I)


def _main_clause_country(f: Figure, text: str, host: set[str]) -> str | None:
    """The country the main clause is about when the figure sits in its time clause ("Kenya has
    about 700 police on the ground after 230 more of its officers landed", "Kenya's contingent
    crossed the 600 mark after a batch of 217 officers landed"): the arrivals are that country's."""
    pred = f.pred
    if pred is None or pred.dep_ != "advcl" or pred.head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in pred.children):
        return None
    if any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.i not in {x.i for x in f.anchor.subtree}
        and owners.country_of(f.sent, c, text, host=host)
        for c in pred.children
    ):
        return None  # the clause names a country of its own as subject
    subj = next((c for c in pred.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    code, _ = owners.country_of_phrase(f.sent, subj, text, host=host)
    return code if code and code not in host and code != owners.HOST else None


def _of_many(f: Figure, host: set[str]) -> bool:
    """A count drawn from several countries ("we are around 1,100, from Fiji, India, Nepal …"): a
    force's whole, whoever says "we"."""
    codes = {
        e.code for e in f.sent.ents if e.label == "COUNTRY" and e.start >= f.q.end and e.code not in host
    }
    return len(codes) >= 2


def _a_mission_is_its_owner(s: Sentence, pron: Token) -> bool:
    """The sentence names a mission before the possessive and no country, organisation or person;
    or the possessive's noun is a mission named in apposition ("Its predecessor, ATMIS, fielded
    close to 19,000"): the force is the subject, no contingent of anyone's."""
    at = s.pos(pron)
    before = [e for e in s.ents if e.end <= at]
    if any(e.label == "MISSION" for e in before) and not any(
        e.label in ("COUNTRY", "ORG", "PERSON") for e in before
    ):
        return True
    owned = pron.head if pron.dep_ == "poss" else None
    return owned is not None and any(
        c.dep_ == "appos" and s.entity_of(c, ("MISSION",)) is not None for c in owned.children
    )


def _own_source(f: Figure, text: str, host: set[str]) -> str | None:
    """The country in a "from" phrase on the figure itself, in a list whose items each name their
    own ("4,500 troops from Uganda, 2,500 from Ethiopia and 1,410 from Kenya")."""
    if f.family != "persons" or f.anchor.dep_ not in ("appos", "conj"):
        return None
    for c in f.anchor.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            for o in c.children:
                code = owners.country_of(f.sent, o, text, host=host) if o.dep_ == "pobj" else None
                if code and code != owners.HOST:
                    return code
    # "731 from Kenya, 150 from Guatemala": the parse may hang an item's "from" on the item before it
    m = WRITTEN_FROM.match(text, f.q.end)
    if m is not None:
        e = next((e for e in f.sent.ents if e.start == m.end() and e.label == "COUNTRY"), None)
        if e is not None and e.code not in host:
            return e.code
    return None


WRITTEN_FROM = re.compile(r"(?:\s+[a-z-]+){0,2}?\s+from\s+(?:the\s+)?")


def _names_a_country(s: Sentence) -> bool:
    """Whether a country is named as a place: "a peacekeeper from Ghana" says where one victim came from."""
    for e in s.ents:
        if e.label != "COUNTRY":
            continue
        last = s.tokens(e.start, e.end)[-1:] if s.doc is not None else []
        if not (last and owners.is_origin(s, last[0])):
            return True
    return False


def _ranked_country(f: Figure, text: str, host: set[str]) -> str | None:
    """The country a contributor noun ranks ("Ghana, the largest contributor with 900", "Uganda is
    the largest contributor, with …", "lists Kenya as the largest contributor with 396 officers",
    "Bangladesh, one of the biggest contributors with …")."""
    x = f.cue
    if x is None:
        return None
    if x.dep_ == "pobj" and x.head.lower_ == "of" and x.head.head.pos_ in ("NUM", "PRON"):
        x = x.head.head  # "one of the biggest contributors"
    cand: Token | None = None
    if x.dep_ == "appos":
        cand = x.head
    elif x.dep_ == "attr":
        cand = next((c for c in x.head.children if c.dep_ == "nsubj"), None)
    elif x.dep_ == "pobj" and x.head.lower_ == "as":
        verb = x.head.head
        cand = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return owners.country_of(f.sent, cand, text, host=host) if cand is not None else None


# nouns for how big a force is: the levels a force has, and its size by other names
SIZE_NOUNS = LEVEL_NOUNS | {"size", "headcount", "number", "numbers", "complement"}


def _a_mission_s(s: Sentence, noun: Token) -> bool:
    """ "bringing the mission's strength to about 700", "the strength of UNIFIL": a size whose owner
    is the force itself is all of it, whoever's arrival changed it."""
    if noun.lemma_.lower() not in SIZE_NOUNS:
        return False  # (not "the force's Kenyan contingent")
    owners_ = [c for c in noun.children if c.dep_ == "poss"]
    owners_ += [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
    return any(o.lemma_.lower() in MISSION_NOUNS or s.entity_of(o, ("MISSION",)) is not None for o in owners_)


CASUALTY_MEASURES = frozenset({"killed", "injured"})


def _victims_nationality(f: Figure, text: str, host: set[str]) -> str | None:
    """The country a part of a toll is told by ("11 were Italian and 19 Hungarian", "11 of the
    injured were Italian"): a breakdown of the victims by nationality, each part its country's."""
    top = f.head or f.anchor
    opening = _PARTS.match(f.sent.text)
    split = opening is not None and opening.group("n").lower() in TOLL_WORDS  # "Of those injured, …"
    told = split or (top.dep_ == "nsubj" and top.head.lemma_.lower() == "be")
    if not told:
        return None
    code, _ = owners.phrase_owner(f, text, host=set())
    return code if code and len(code) == 3 and code.isupper() and code not in host else None


def _attribute(
    art: Article,
    ctx: object,
    f: Figure,
    talk: Discourse,
    host: set[str],
    breakdown: bool = False,
    kept_so_far: list[Figure] | None = None,
) -> None:
    """Give a typed figure its subject: a place, a payer, a contributor or donor, or a category."""
    measure = f.measure or ""
    victims = _victims_nationality(f, art.text, host) if measure in CASUALTY_MEASURES else None
    if victims is not None:  # "Of those injured, 11 were Italian and 19 Hungarian": a toll by nationality
        f.place = f.subject = victims
        return
    if measure in SITUATION_MEASURES:
        capital = capital_of(getattr(ctx, "country", None) or "") if getattr(ctx, "country", None) else None
        before = talk.place if f.sent.index - talk.situation_at <= 1 else None
        there = talk.named_place if f.sent.index - talk.named_at == 1 else None
        if f.share_of is not None and f.share_of.place and f.why == "along":
            f.place = f.share_of.place  # "killed in Goma, along with three Malawians": the same place
        else:
            recent = talk.incident if f.sent.index - talk.incident_at <= 3 else None
            f.place = owners.place(
                f,
                getattr(ctx, "country", None),
                capital,
                art.text,
                before,
                there,
                recent,
                mentioned=_place_mentioned_before(art, f),
            )
            area = getattr(kbglue.mission(getattr(ctx, "mission", None)), "area", None)
            if area and f.place == getattr(ctx, "country", None) and not _names_a_country(f.sent):
                f.place = area  # "52 people were killed" in a story on UNISFA: in Abyei, not all Sudan
        f.subject = f.place
        return
    if f.subject_why in ("table", "question"):
        return  # a table row's country, set when the row was read; the people a question asked about
    if f.inherited is not None and f.inherited.subject:
        f.subject, f.subject_why = f.inherited.subject, "part"
        return
    licensed = (
        f.why == "pred:authorised"
    )  # "allowed the AU to deploy up to 9,000": whom it allows is no owner
    licensee = _licensee(f, art.text, host) if licensed else None
    if licensee:  # "the mandate allows the Bundeswehr to deploy up to 300 soldiers": Germany's ceiling
        f.subject, f.subject_why = licensee, "licensee"
        return
    if licensed or (
        f.why.startswith("object")
        and f.cue is not None
        and (
            f.cue.lemma_.lower() in ("force", "mission", "operation")
            or (f.family == "persons" and _a_mission_s(f.sent, f.cue))
        )
    ):
        f.subject = owners.category(
            f, breakdown=breakdown
        )  # "their arrival lifted the force to 980": all of it
        return
    money = f.family == "money"
    verbs = [f.cue] if f.cue is not None and f.cue.pos_ in ("VERB", "AUX") else []
    preds = list({t.i: t for t in verbs + f.path if t.pos_ in ("VERB", "AUX")}.values())
    if measure == "funding.required":
        f.subject, f.subject_why = owners.payer(f, preds, art.text), "payer"
        national = NATIONAL_BODY.search(f.sent.text) or (
            NATIONAL_BODY.search(art.text[:800])
            and (OWN_DEPLOYMENT.search(f.sent.text) or not WHOLE_COST.search(f.sent.text))
        )
        if f.subject is None and national:
            # "BERLIN — The Bundestag …"; in a story on a parliament's mandate, "the additional cost of
            # the deployment is put at €38.8 million" is that country's own cost
            home = _story_country(art, host) or (
                _home_country(art, host) if not NATIONAL_BODY.search(f.sent.text) else None
            )
            if home is not None:
                f.subject, f.subject_why = home, "national body"
        return
    if money:
        host = set()  # a host government can pay or pledge
        fund = _a_named_fund_gives(f)
        if fund:  # "The Central Emergency Response Fund (CERF) allocated $10 million": the fund gives
            f.subject, f.subject_why = fund, "fund"
            return
        whole = _the_whole_sum(f, kept_so_far or [])
        if whole is not None:  # "has spent more than $1 billion …, but only $15 million of that was paid in"
            f.subject, f.subject_why = whole, "part of a sum"
            return
    ranked = _ranked_country(f, art.text, host) if f.why == "contributor with" else None
    if ranked:  # "lists Kenya as the largest contributor with 396 officers"
        f.subject, f.subject_why = ranked, "ranked"
        return
    source = _own_source(f, art.text, host)
    if source:  # "4,500 troops from Uganda, 2,500 from Ethiopia": each figure's own "from"
        f.subject, f.subject_why = source, "phrase"
        return
    beside = None if f.demonym else owners.adjacent_owner(f, art.text, host=host)
    if beside:  # "… and Canada $40 million": written right after its country, whatever the parse says
        f.subject, f.subject_why = beside, "adjacent"
        return
    if measure == "personnel.target" and _a_planned_size(f):
        f.subject = owners.category(f, breakdown=breakdown)  # "against a planned strength of 2,500"
        return
    code, pron = owners.phrase_owner(f, art.text, host=host, orgs=money)
    if code and f.why.startswith("pred:hold") and not (len(code) == 3 and code.isupper()):
        code = None  # "a trust fund that had received $113 million": the holder is no giver
    if code:
        f.subject, f.subject_why = code, "phrase"
        return
    code = owners.adjacent_owner(f, art.text, host=host)
    if code:
        f.subject, f.subject_why = code, "adjacent"
        return
    if f.compared is not None and f.compared.subject and f.compared.measure == measure:
        f.subject, f.subject_why = f.compared.subject, "compared"  # "Pakistan (1,280, down from 1,460)"
        return
    if pron is None:
        code, pron, mission_agent = owners.agent_owner(
            f, preds, art.text, host=host, money=money, recipient=f.why.startswith("pred:hold")
        )
        if code:
            f.subject, f.subject_why = code, "agent"
            return
        if mission_agent:
            f.subject = owners.category(f, breakdown=breakdown) if measure.startswith("personnel.") else None
            return
    if pron is not None:
        here = owners.resolve_pronoun(f, pron, art.text, host=host, orgs=money)
        if here:
            f.subject, f.subject_why = here, "pronoun"
            return
        if pron.lower_ == "its" and _a_mission_is_its_owner(f.sent, pron):
            # "By the time ATMIS closed, 7,000 of its soldiers had been drawn down": the mission the
            # sentence names before it, no country between
            f.subject = owners.category(f, breakdown=breakdown) if measure.startswith("personnel.") else None
            return
        back = talk.entity if money else talk.country
        if back and not talk.mission_agent and pron.lower_ != "it":
            f.subject, f.subject_why = back, "discourse"
            return
        giver = _giver_before(f, kept_so_far or []) if money and pron.lower_ == "it" else None
        if giver:  # "the government pledged $80.5 million …, and by March it had deposited $8.7 million"
            f.subject, f.subject_why = giver, "pronoun"
            return
        if (
            not money
            and pron.lower_ in ("we", "our")
            and measure.startswith("personnel.")
            and getattr(ctx, "mission", None)  # (a force the knowledge base lacks: its hosts unknown)
            and not _of_many(f, host)
        ):
            home = _home_country(art, host)  # a contingent's officer in an interview: "We have 152
            if home and home not in owners.UNIONS:  # soldiers here", "our navy has about 150 in the mission"
                f.subject, f.subject_why = home, "first person"
                return
        if money and pron.lower_ in ("we", "our") and NATIONAL_BODY.search(art.text[:800]):
            home = _home_country(
                art, host
            )  # a member telling its parliament "We have contributed $63 million"
            if home and home not in owners.UNIONS:
                f.subject, f.subject_why = home, "national body"
                return
    main = _main_clause_country(f, art.text, host) if measure.startswith("personnel.") else None
    if main:  # "Kenya's contingent crossed the 600 mark after a third batch of 217 officers landed"
        f.subject, f.subject_why = main, "main clause"
        return
    partner = _coordinated_clause_owner(f, kept_so_far or [])
    if partner:  # "Egypt has promised 1,091 troops, but only an advance team of 43 has landed"
        f.subject, f.subject_why = partner, "clause"
        return
    rotation = _rotation_partner(f, kept_so_far or [])
    if rotation:
        f.subject, f.subject_why = rotation, "rotation"  # "the 720 soldiers it replaces": the same country's
        return
    if (
        measure in ("personnel.arrived", "personnel.returned")
        and talk.country
        and not talk.mission_agent
        and (f.sent.index - talk.country_at <= 1)
    ):
        f.subject, f.subject_why = talk.country, "discourse"  # a contingent of the country the story follows
        return
    if (
        measure == "personnel.deployed"
        and talk.country
        and f.sent.index - talk.country_at <= 1
        and FURTHER.match(f.sent.text[: f.q.start - f.sent.start])
    ):  # "… the largest contingents were in UNMISS, with 2,389; … A further 198 were serving with UNDOF"
        f.subject, f.subject_why = talk.country, "discourse"
        return
    if (
        measure.startswith("personnel.")
        and talk.country
        and not talk.mission_agent
        and f.sent.index - talk.country_at <= 1
        and talk.people in (None, measure)
        and _restates_a_figure(f)
    ):  # "Bangladesh has nearly 6,000 peacekeepers … In the Congo alone the figure is about 1,650"
        f.subject, f.subject_why = talk.country, "discourse"
        return
    unit = (
        measure.startswith("personnel.")
        and not breakdown
        and (f.noun is not None or f.q.value >= 20)
        and _a_unit_s(f)
    )
    if unit and not _of_many(f, host):
        # "The battalion has 850 soldiers", "the contingent has since grown to some 2,500": a unit is
        # one country's: the one its sentence named, the one the story is told from, else the one the
        # story just named
        same = [
            g.subject
            for g in kept_so_far or []
            if g.family == "persons" and g.subject and len(g.subject) == 3 and g.subject.isupper()
        ]
        near = talk.country if talk.country and f.sent.index - talk.country_at <= 2 else None
        who = (same[-1] if same else None) or _story_country(art, host) or near or _home_country(art, host)
        if who and who not in host and who not in owners.UNIONS and who != owners.HOST:
            f.subject, f.subject_why = who, "unit"
            return
    if measure.startswith("personnel."):
        f.subject = owners.category(f, breakdown=breakdown)
    if not f.subject and measure == "personnel.deployed" and _the_rest(f) and talk.people_subject:
        f.subject, f.subject_why = talk.people_subject, "the rest"  # "… fewer than 150 remained"
    if not f.subject and measure in ("personnel.arrived", "personnel.returned") and not _agent_named(f):
        home = _home_country(art, host)
        if home and home not in owners.UNIONS:  # "KINGSTON — Twenty-four members … touched down"
            f.subject, f.subject_why = home, "story's country"
    if (
        (not f.subject or (f.noun is not None and f.subject in KINDS and not breakdown))
        and measure == "personnel.deployed"
        # "about 180 are serving", "more than 700 officers are serving in Haiti": in a story on a
        # parliament or a government, the contingent the story follows, not a force's total
        and not re.match(r"\s+of (?:them|whom|those)\b", art.text[f.q.end : f.q.end + 12])
        and not _agent_named(f)
        and not _of_a_force(f)
        and (NATIONAL_BODY.search(f.sent.text) or NATIONAL_BODY.search(art.text[:800]))
    ):
        home = _home_country(art, host)  # a parliament told "about 180 are serving with the force": its own
        if home and home not in owners.UNIONS and (f.noun is None or _a_national_count(f, host | {home})):
            f.subject, f.subject_why = home, "national body"
    if not f.subject and measure in ("personnel.arrived", "personnel.returned") and not _sent_by_a_name(f):
        only = _one_country_named(f.sent, host, kept_so_far or [])
        if only is not None:  # "230 officers landed …, the first deployment from Kenya since February"
            f.subject, f.subject_why = only, "the sentence's one country"
    if (
        not f.subject
        and measure in ("personnel.pledged", "personnel.target")
        and (NATIONAL_BODY.search(f.sent.text) or _national_mandate(art, f, host))
    ):
        home = _home_country(art, host)  # "Parliament had approved up to 1,000 officers": its country's
        if home and home not in owners.UNIONS:
            f.subject, f.subject_why = home, "national body"
    if not f.subject and measure in ("funding.pledged", "funding.contributed"):
        official = _an_official_s_government(art, f, preds, set(getattr(ctx, "host", set())), talk)
        if official:  # "Secretary of State Antony Blinken announced an additional $100 million"
            f.subject, f.subject_why = official, "official"


SIZE_NOUNS = frozenset({"strength", "ceiling", "size"})
PLANNED_SIZE = frozenset(
    {"planned", "full", "authorised", "authorized", "envisaged", "intended", "maximum", "total", "mission"}
)


def _a_planned_size(f: Figure) -> bool:
    """A planned size told with an indefinite article ("against a planned strength of 2,500", "a full
    strength of 5,500"): a force's, whose ever contingents the sentence names before it (not "against
    a ceiling of 1,850 in the previous mandate", a country's own)."""
    t = f.anchor
    size = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else None
    return (
        size is not None
        and size.lemma_.lower() in SIZE_NOUNS
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in size.children)
        and any(c.dep_ in ("amod", "compound") and c.lower_ in PLANNED_SIZE for c in size.children)
        and not any(c.dep_ == "poss" for c in size.children)
    )


def _a_named_fund_gives(f: Figure) -> str | None:
    """The name of a pooled fund that allots the sum itself, as the text writes it in full ("The
    Central Emergency Response Fund (CERF) allocated $10 million", "the Somalia Humanitarian Fund
    released $4 million"); not "the fund" unnamed nor a fund that receives."""
    if f.pred is None or f.pred.lemma_.lower() not in ("allocate", "release", "disburse"):
        return None
    subj = next((c for c in f.pred.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN" or not (subj.text == "Fund" or aid_names().fullmatch(subj.text)):
        return None
    if any(t.dep_ == "poss" for t in subj.subtree):
        return None  # "the AU's own Peace Fund released $15 million": its owner gives
    words = [t for t in subj.doc[subj.left_edge.i : subj.i + 1] if t.pos_ in ("PROPN", "ADJ", "NOUN")]
    return " ".join(t.text for t in words) or None


# the titles of those who speak and pay for a government
GOVERNMENT_TITLE = re.compile(
    r"\b(?:minister|prime minister|president|secretary of state|chancellor|premier|foreign secretary)\b", re.I
)


def _an_official_s_government(
    art: Article, f: Figure, preds: list[Token], host: set[str], talk: Discourse
) -> str | None:
    """The government of the person who gives or promises the sum: the one the knowledge base says
    the person serves, else, for a minister or head of government the story does not place, the
    country the story is told from ("OTTAWA — … Foreign Affairs Minister Anita Anand announced another
    $40 million")."""
    for v in preds:
        for c in v.children:
            if c.dep_ not in ("nsubj", "agent"):
                continue
            who = next((o for o in c.children if o.dep_ == "pobj"), c) if c.dep_ == "agent" else c
            if who.lower_ in ("he", "she") and f.sent.index - talk.official_at == 1:
                return talk.official  # "… Blinken announced $100 million. He also announced $33 million"
            if who.pos_ == "NOUN" and GOVERNMENT_TITLE.search(who.text):
                # "the minister of international development, Harriet Quill, announced": the name apposed
                who = next((a for a in who.children if a.dep_ == "appos" and a.pos_ == "PROPN"), who)
            elif who.pos_ != "PROPN":
                continue
            if f.sent.entity_of(who, ("COUNTRY", "ORG", "MISSION", "PLACE")):
                continue
            name = " ".join(
                t.text for t in who.subtree if t.pos_ == "PROPN" and (t is who or t.dep_ == "compound")
            )
            code = kbglue.official_country(name)
            if code is None and GOVERNMENT_TITLE.search(" ".join(t.text for t in c.subtree)):
                code = _story_country(art, host)
            return code
    return None


# a force's national units: each is one country's ("the battalion", "the outgoing contingent")
NATIONAL_UNITS = frozenset({"contingent", "battalion", "unit", "company", "detachment"})


def _a_unit_s(f: Figure) -> bool:
    """Whether the figure is a national unit's strength told without its country: the unit is the
    subject of the figure's verb ("The battalion has 850 soldiers", "the contingent has since grown to
    some 2,500", "The battalion is 872 strong"), the noun the figure stands in apposition to ("The
    previous contingent, 238 soldiers, flew home"), or where they are counted ("750 in the
    battalion")."""
    own = {t.i for x in (f.noun, f.head, f.anchor) if x is not None for t in x.subtree}

    def unit(t: Token) -> bool:
        return (
            t.lemma_.lower() in NATIONAL_UNITS
            # one unit (not "the other contingents", "three infantry battalions"), its country unnamed
            # ("a unit from Cameroon", "the Mauritanian unit", "Ghana's battalion" are named elsewhere)
            and t.tag_ == "NN"
            and not any(c.dep_ == "prep" and c.lower_ == "from" for c in t.children)
            and not any(
                c.dep_ in ("amod", "compound", "poss") and c.pos_ in ("PROPN", "ADJ") and c.text[:1].isupper()
                for c in t.children
            )
        )

    verbs = [v for v in (f.pred, *f.path) if v is not None and v.pos_ in ("VERB", "AUX")]
    subjects = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in own]
    apposed = [t.head for t in (f.noun, f.anchor) if t is not None and t.dep_ == "appos"]
    counted_in = [
        o
        for t in (f.noun, f.anchor, f.pred)
        if t is not None
        for p in t.children
        if p.dep_ == "prep" and p.lower_ == "in"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(unit(t) for t in (*subjects, *apposed, *counted_in))


def _a_national_count(f: Figure, known: set[str]) -> bool:
    """A count of people in a sentence that names no other country and no whole ("more than 700
    officers of the National Police Service are serving in Haiti", "the Kenya Defence Forces have
    3,512 troops serving with ATMIS"): in a story on a parliament or a government, its own country's
    contingent (not "the force as a whole has fewer than 1,000", "1,000 from five countries")."""
    s = f.sent
    others = {
        e.code
        for e in s.ents
        if e.label == "COUNTRY"
        and e.code not in known
        and not WHERE.search(s.text[max(0, e.start - s.start - 6) : e.start - s.start])  # "serving in Haiti"
    }
    if others or WHOLE_FORCE.search(s.text):
        return False
    # "a peace-enforcement mission with 2,900 troops", "MONUSCO, which has some 14,000 troops": a force's
    return not any(
        t.lemma_.lower() in MISSION_NOUNS or s.entity_of(t, ("MISSION",)) is not None
        for t in f.anchor.ancestors
    )


WHERE = re.compile(r"\b(?:in|to|into|across)\s+(?:the\s+)?$", re.I)


# words that make a count a whole force's, whoever the story is about
WHOLE_FORCE = re.compile(
    r"\b(?:in (?:total|all)|as a whole|altogether|whole (?:mission|force)|countries|nations|"
    r"contingents|contributors)\b",
    re.I,
)


RESTATING = frozenset({"figure", "number", "total", "count", "tally"})


def _restates_a_figure(f: Figure) -> bool:
    """The figure is what "the figure" (or "that number") of the sentence before comes to: "the
    figure is about 1,650", "the number stood at 870" — the same count, of the same owner."""
    t = f.head or f.anchor
    v = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "at" else t.head
    if t.dep_ not in ("attr", "pobj", "dobj") or v.lemma_.lower() not in ("be", "stand", "reach"):
        return False
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    return (
        subj is not None
        and subj.lemma_.lower() in RESTATING
        and any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in subj.children)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children)  # "the number of IDPs"
    )


NATIONAL_MANDATE = re.compile(r"\b(?:mandates?|motions?)\b", re.I)
COUNCIL_WORDS = re.compile(r"\b(?:Security Council|Council|resolution|General Assembly)\b")


def _national_mandate(art: Article, f: Figure, host: set[str]) -> bool:
    """ "Under the KFOR mandate, up to 400 soldiers may be deployed" in a story on a parliament's
    vote: the ceiling of the country's own mandate (the sentence names no Council and no country but
    the host: "… up to 400 soldiers; about 260 are serving in Kosovo")."""
    text = f.sent.text
    return (
        bool(NATIONAL_MANDATE.search(text))
        and not COUNCIL_WORDS.search(text)
        and not any(e.label == "COUNTRY" and e.code not in host for e in f.sent.ents)
        and bool(NATIONAL_BODY.search(art.text[:800]))
    )


def _a_town(name: str) -> bool:
    """A town from the gazetteer, which "the province" does not stand for ("Macomia")."""
    try:
        from missionwatch.kb.places import is_town
    except ImportError:
        return False
    return is_town(name) and kbglue.place_country(name) is None


def _place_mentioned_before(art: Article, f: Figure) -> str | None:
    """The last place below a country named before the figure, in its sentence or the three before:
    what "the province" or "the city" of a later clause stands for."""
    at = f.q.start
    kind = re.search(r"\bthe (province|department|county|district)\b", f.sent.text)
    if kind is not None:  # "displaced in the province": the place the text last called a province
        typed = re.compile(
            rf"^(?:\s+{kind.group(1)}\b|,\s+(?:the|a)\s+(?:[\w-]+\s+){{0,3}}{kind.group(1)}\b)", re.I
        )
        for s in reversed(art.sentences[: f.sent.index + 1]):
            named = [
                e
                for e in s.ents
                if e.label == "PLACE"
                and e.end <= at
                and e.text[:1].isupper()  # (not "the northern Mozambican province")
                and typed.search(art.text[e.end : e.end + 60])
            ]
            if named:
                return named[-1].text
    for s in reversed(art.sentences[max(0, f.sent.index - 3) : f.sent.index + 1]):
        named = [e for e in s.ents if e.label == "PLACE" and e.end <= at and not (kind and _a_town(e.text))]
        if named:
            return named[-1].text
    return None


def _remember(s: Sentence, figs: list[Figure], talk: Discourse, art: Article, host: set[str]) -> None:
    """Carry the sentence's main actor forward: the country its figures were about, else its subject;
    and a line that could head a table (no figure, a measure word) for the rows below it."""
    typed = [f for f in figs if f.measure]
    named = owners.subject_place(s, art.text)
    if named is not None:
        talk.named_place, talk.named_at = named, s.index
    located = owners.incident_place(s, art.text)
    if located is not None:
        talk.incident, talk.incident_at = located, s.index
    if not typed and s.doc is not None and len(s.doc) <= 25:
        heading = _lead_measure(list(s.doc), "persons")[0] or _lead_measure(list(s.doc), "money")[0]
        if heading is None and any(noun_class(t) == "personnel" for t in s.doc):
            heading = "personnel.deployed"  # "Personnel of the mission, by contributing country"
        if heading is not None:
            talk.heading = heading
            day = [
                d.value for d in s.dates if d.prefix in ("as of", "as at", "at") or "as at" in d.text.lower()
            ]
            talk.heading_date = day[-1] if day else (s.dates[-1].value if s.dates else None)
    elif typed and not all(f.why == "table" for f in typed):
        talk.heading = None
    spoke = [f.subject for f in figs if f.subject and f.subject_why == "official"]
    if spoke:  # "Secretary Blinken announced $100 million. He also announced …": the same government
        talk.official, talk.official_at = spoke[-1], s.index
    about = [f.subject for f in figs if f.subject and f.subject_why in ("phrase", "agent")]
    if about:
        talk.entity, talk.mission_agent = about[-1], False
        if len(about[-1]) == 3 and about[-1].isupper():
            talk.country, talk.country_at = about[-1], s.index
        return
    if s.doc is None:
        return
    doc = s.doc
    for t in (doc[i] for i, dep in enumerate(columns(doc).dep) if dep in ("nsubj", "nsubjpass")):
        if t.head.dep_ == "ROOT":
            e = s.entity_of(t, ("COUNTRY", "MISSION", "ORG"))
            if e is not None and e.label == "ORG":
                talk.entity, talk.mission_agent = e.code, False
            elif e is not None and e.label == "COUNTRY" and e.code not in host:
                talk.country = talk.entity = e.code
                talk.country_at, talk.mission_agent = s.index, False
            elif e is not None and e.label == "MISSION":
                talk.mission_agent = True
            break


def _raw(art: Article, ctx: object, f: Figure, f_asof: str | None, mission: str | None) -> Raw:
    q = f.q
    measure = f.measure or ""
    if (
        measure == "funding.contributed"
        and not f.subject
        and _assessed(mission)
        and not DONORS.search(f.sent.text)
    ):
        measure = "funding.required"  # "MINUSCA receives about $1.12 billion": its budget, no one's gift
    unit = "persons" if f.family == "persons" else q.unit
    qual, cue = q.qualifier, q.qualifier_cue
    if measure == "personnel.target" and qual == "exact":
        ceiling = _ceiling_of(f)
        if ceiling is not None:
            qual, cue = "at_most", ceiling.text  # a ceiling, an authorised strength: at most
        elif f.ceiling_from is not None:
            qual, cue = "at_most", f.ceiling_from  # "up to 14,400 military and 3,020 police"
        elif f.why == "pred:may grow" and f.cue is not None:
            qual, cue = "at_most", f.cue.text  # "can grow to 5,550 personnel": as far as it may
        elif f.pred is not None and permitted(f.pred):
            qual, cue = "at_most", f.pred.text  # "the new force may reach 5,550 personnel"
    a, b = f.evidence
    return Raw(
        measure,
        q.value,
        a,
        b,
        f.sent,  # type: ignore[arg-type]
        subject=f.subject,
        mission=mission,
        unit=unit,
        qualifier=qual,
        qualifier_cue=cue,
        as_of=f_asof,
        rule=f.why,
        confidence=0.8 if f.why.startswith(("noun", "mod", "frame", "pred", "held")) else 0.6,
        attrs={"figure": [q.start, q.end], "frame": f.why, "subject_from": f.subject_why or None},
    )


DONORS = re.compile(r"\b(?:donors?|donated|donation)\b", re.I)  # "donors had provided $323 million": gifts


def _assessed(mission: str | None) -> bool:
    """A UN peacekeeping operation, paid from the assessed budget: what it "receives" with no donor
    named is its allocation (a trust fund or an AU force receives gifts)."""
    return getattr(kbglue.mission(mission), "kind", None) == "un_peace_operation"


_V = TypeVar("_V")


def _one_line(v: _V) -> _V:
    """Words a line break split keep one space between them; offsets still point at the text."""
    if isinstance(v, str) and any(c in v for c in "\n\r\t"):
        return cast(_V, " ".join(v.split()))
    return v


def _claim(text: str, r: Raw) -> Claim:
    return Claim(
        measure=r.measure,
        mission=r.mission or None,
        subject=_one_line(r.subject),  # "Haut-Mbomou\nprefecture" of a hard-wrapped report: one name
        value=_one_line(r.value) if r.measure in ("quote", "role") else r.value,
        unit=r.unit,
        qualifier=r.qualifier,  # type: ignore[arg-type]
        qualifier_cue=r.qualifier_cue,
        as_of=r.as_of,
        resolution=r.resolution,
        sentence=text[r.sent.start : r.sent.end],
        start=r.start,
        end=r.end,
        confidence=r.confidence,
        rule=r.rule,
        flags=list(r.flags),
        attrs={k: v for k, v in r.attrs.items() if v is not None},
    )
