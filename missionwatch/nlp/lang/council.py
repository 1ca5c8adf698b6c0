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
from datetime import date, timedelta
from typing import Any

from missionwatch.models import Claim
from missionwatch.nlp import kbglue
from missionwatch.nlp.lang.dates import Date
from missionwatch.nlp.lang.engine import (
    PEOPLE_AUTHORISED,
    Article,
    Cue,
    Sentence,
    _cues,
    _mission_at,
    _mission_near,
    _possessor_mission,
    name_run,
    resolution_spans,
    retracted,
)
from missionwatch.nlp.lang.grammar import Grammar, fold
from missionwatch.nlp.lang.names import country_codes, english, led_here
from missionwatch.nlp.lang.numbers import _spelled

MEMBERS = 15


def _count(word: str, g: Grammar) -> int | None:
    if word.isdecimal():
        return int(word)
    words = {fold(k): int(v) for k, v in g.section("numbers")["words"].items()}
    return _spelled(word, words)


def _dates_in(art: Article, s: Sentence) -> list[str]:
    return [d.value for d in art.dates if s.start <= d.start < s.end]


def _countries_in(art: Article, start: int, end: int) -> list[str]:
    return [n.key for n in art.names if n.kind == "country" and not n.demonym and start <= n.start < end]


# what may stand between two countries of one list ("China, Pakistán y la Federación de Rusia")
_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:y|e|et|ainsi que)\s+)?(?:(?:la|le|les|el|los|las)\s+|l['’])?")
# the last of a list before its verb touches it, or a relative clause opens on the verb ("La
# Fédération de Russie, qui a voté pour le texte, …", "El delegado de Rusia, que también votó a
# favor, …"); an aside is the verb's own pattern (", tout en votant pour")
_RIGHT_BEFORE = re.compile(r"\s*(?:,\s*(?:qui|que)\s+(?:(?:tambien|aussi|lui aussi|elle aussi)\s+)?)?")
# what may open a list after its verb ("Votaron a favor, entre otros, Guyana…", "ont voté pour : …")
_LIST_OPENS = re.compile(
    r"\s*[,:]?\s*(?:(?:entre otros|entre ellos|entre otras|notamment|entre autres|parmi lesquels"
    r"|a saber|à savoir|a savoir)\s*[,:]?\s*)?(?:(?:la|le|les|el|los|las)\s+|l['’])?"
)


def _voters(art: Article, s: Sentence, verb_start: int, verb_end: int) -> list[str]:
    """The countries a vote verb names: the unbroken list right before it ("China, Rusia y Pakistán
    se abstuvieron", "La Federación de Rusia votó a favor") or, when none, right after it ("Se
    abstuvieron China, Pakistán y…", "Votaron a favor, entre otros, Guyana…")."""
    named = [n for n in art.names if n.kind == "country" and not n.demonym and s.start <= n.start < s.end]
    before = name_run(art, named, verb_start, _RIGHT_BEFORE, _LIST_GAP, forward=False)
    if before and re.search(r"(?<!\w)(?:qui|que)\s", fold(art.text[before[-1].end : verb_start])):
        # a relative clause that gives its own year tells a vote of that year: only a member sitting
        # on the Council then cast one ("México, que votó en contra en 2024, no intervino": none)
        clause_end = art.text.find(",", verb_end, s.end)
        clause_end = s.end if clause_end < 0 else clause_end
        years = [d.value[:4] for d in art.dates if verb_end <= d.start < clause_end]
        years += re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", art.text[verb_end:clause_end])
        if years:
            from missionwatch.kb.council import known_years, sat_on_council

            year = int(years[0])
            if year in known_years():
                before = [n for n in before if sat_on_council(n.key, year)]
                if not before:
                    return []
    run = before or name_run(art, named, verb_end, _LIST_OPENS, _LIST_GAP, forward=True)
    return [n.key for n in run]


def _member(art: Article, s: Sentence, code: str) -> str:
    """A Council member as the sentence names it: by its full UN name when the text spells it out
    ("la Fédération de Russie", "la Federación de Rusia": Russian Federation), else its short one."""
    from missionwatch.nlp.lang.people import _iso_name

    written = [art.text[n.start : n.end] for n in art.names if n.key == code and s.start <= n.start < s.end]
    return _iso_name(code) if any(len(w.split()) >= 3 for w in written) else english(code)


def _expiry_dates(art: Article, s: Sentence, expiry: list[str], *, as_written: bool = False) -> list[str]:
    """Dates of the sentence an expiry word introduces ("jusqu'au 2 octobre 2025", "hasta el …");
    ``as_written``: a weekday as its reader dates it, the last before publication."""
    out = []
    # an end a correction note withdraws is none ("Corrección: indicamos que la prórroga llegaba hasta
    # agosto de 2026", "nous avions écrit que le mandat courait jusqu'au 30 juin")
    withdrawn = retracted(s, art.grammar)
    for d in art.dates:
        if withdrawn and s.start + withdrawn[0] <= d.start < s.start + withdrawn[1]:
            continue
        if s.start <= d.start < s.end:
            head = fold(art.text[max(s.start, d.start - 25) : d.start]).rstrip()
            if any(
                head.endswith(e) or head.endswith(e.replace(" le", "").replace(" el", "")) for e in expiry
            ):
                out.append(d.value if as_written else _weekday_ahead(art, d) or d.value)
    return out


def _weekday_ahead(art: Article, d: Date) -> str | None:
    """An end told by its weekday ("arrivait à échéance samedi", "vence el sábado", "expire jeudi")
    is that weekday on or after publication: a term runs out ahead, where a weekday that tells what
    happened is the last one before."""
    day = art.grammar.weekdays.get(fold(art.text[d.start : d.end]))
    pub = _date_of(art.published)
    if day is None or pub is None:
        return None
    return (pub + timedelta(days=(day - pub.weekday()) % 7)).isoformat()


def _date_of(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


_CABINET = re.compile(r"(?<!\w)(?:consejo de ministros|conseil des ministres)(?!\w)")


def council(art: Article, lemmatise: object = None) -> list[Claim]:
    g = art.grammar
    c = g.section("council")
    claims: list[Claim] = []
    unanimous = [fold(u) for u in c.get("unanimous", [])]
    tally = re.compile(c["tally"], re.I)
    abstainers = re.compile(c["abstainers"], re.I)
    # a member's own vote by its verb ("votó a favor", "a voté contre", "se abstuvieron …")
    votes = [(value, re.compile(verb, re.I)) for value, verb in c.get("votes", {}).items()]
    tally_short = re.compile(c["tally_short"], re.I)
    tally_compact = re.compile(c.get("tally_compact", r"(?!x)x"))
    against_word = c.get("against", r"contre|en contra")
    penholder = re.compile(c["penholder"])
    # "dont les États-Unis et l'Équateur étaient les porte-plume": the holders named before the word
    penholder_before = re.compile(c.get("penholder_before", r"(?!x)x"))
    # "la propuesta de autonomía presentada por Marruecos": a proposal's author, not the draft's
    penholder_not_of = re.compile(c.get("penholder_not_of", r"(?!x)x"), re.I)
    lead = re.compile(c["lead"])
    duration = re.compile(c["duration"], re.I)
    expiry = [fold(e) for e in c.get("expiry", [])]
    mandate_words = [fold(w) for w in c.get("mandate_words", [])]
    ceiling_words = [fold(w) for w in c.get("ceiling_words", [])]
    asked = _asked(c.get("asked", []))
    last_resolution: str | None = None
    last_when: str | None = None
    last_mission: str | None = None  # the mission of the last resolution the KB knows
    for s in art.sentences:
        if s.headline:
            continue
        f = fold(s.text)
        # a resolution named as what set something up ("le dispositif créé par la résolution 2699")
        # is a reference: the sentence's own text is the last one named ("Présenté par …, le texte…")
        spans = resolution_spans(s, g)
        numbers = [n for _, _, n in spans]
        own = [n for a, _, n in spans if not _REFERENCE.search(fold(art.text[s.start : a]))]
        texts_before = last_resolution
        cues = _cues(s, g, {})
        classes = {cls for cue in cues for cls in cue.classes}
        dates = _dates_in(art, s)
        ends = _expiry_dates(art, s, expiry)
        pub = art.published or "9999"
        # a weekday an end is told by is no date of the sentence's own ("arrivait à échéance mercredi")
        end_days = set(_expiry_dates(art, s, expiry, as_written=True))
        past = [d for d in dates if d not in ends and d not in end_days and d[: len(pub)] <= pub[: len(d)]]
        mission = _mission_near(art, s, s.start) or last_mission
        into = _turned_into(art, s, c.get("turned_into", []))
        mission = into or mission  # "autorise … à transformer la MMAS en une Force de répression des gangs"
        # a national cabinet is no Security Council ("El Consejo de Ministros aprobó una contribución")
        body = any(fold(b) in _CABINET.sub(" ", f) for b in ("conseil", "consejo"))
        acts = {cls for cue in cues if not _attributive(art, s, cue) for cls in cue.classes}
        adopted = bool({"adopt", "extend"} & classes) and bool(
            numbers or (body and past and {"adopt", "extend"} & acts)
        )
        # a resolution with its tally right after its number was adopted ("la résolution 2793 (12-0-3)")
        compact = next(
            (m for m in tally_compact.finditer(s.text) if _after_number(s, spans, m.start())), None
        )
        adopted = adopted or compact is not None
        resolution = numbers[0] if numbers else None
        if adopted and resolution is None:
            own_mission = next(
                (n.key for n in art.names if n.kind == "mission" and s.start <= n.start < s.end), None
            )
            found = [r for r in kbglue.adopted_on(past[0], mission) if _on_mission(r, own_mission)]
            if found:
                resolution = str(getattr(found[0], "number", "") or "") or None
        resolution = resolution or last_resolution
        known = kbglue.resolution(resolution)
        named = any(n.kind == "mission" and s.start <= n.start < s.end for n in art.names)
        # a sentence opening on a possessive is about the mission its paragraph just named ("Le BINUH
        # est une mission politique. … Son mandat court jusqu'au …"), not the last resolution's
        named = named or bool(numbers == [] and _possessor_mission(art, s))
        # "le texte" / "el texto" is the last resolution named: its mission is the knowledge base's
        the_text = bool(re.search(r"(?<!\w)(?:le texte|ce texte|el texto|este texto)(?!\w)", f))
        if known is not None and (numbers or adopted or not named or the_text):
            mission = last_mission = known.mission  # "2793, qui transforme la MMAS en FRG" is the FRG's
        if into:
            mission = into  # the day's resolution is the new mission's too ("… par la résolution 2793")
        if adopted and known is not None:
            when = known.date  # the KB's record of the day, not a date the sentence gives for else
        else:
            when = past[0] if past else (last_when or art.published)
        if resolution:
            last_resolution = resolution
        # a mandate is the mission its sentence names after the word ("proroger … le mandat du
        # Bureau intégré des Nations Unies en Haïti (BINUH)", "el mandato de la FPNUL")
        of_mandate = _mandate_of(art, s)
        base: dict[str, Any] = {
            "mission": mission, "sentence": s.text, "start": s.start, "end": s.end, "rule": "lang"
        }  # fmt: skip
        if adopted:
            last_when = when
        if adopted and when:
            claims.append(
                Claim(measure="council.adopted", subject=resolution, value=when, as_of=when, **base)
            )
        voted: list[str] = []
        for found_abst in abstainers.finditer(s.text):
            group = next(
                k
                for k in ("who", "who2", "who3")
                if k in found_abst.re.groupindex and found_abst.group(k) is not None
            )
            # the list ends where a clause of another kind begins ("las de China y Rusia, a partir de
            # un borrador de Estados Unidos y Ecuador")
            listed = re.split(
                r",\s+(?!(?:la|le|les|l'|l’|el|los|las|et|y|de|du|des|del)\b)(?=[a-zà-öø-ÿ])",
                found_abst.group(group),
                maxsplit=1,
            )[0]
            for code in _countries_in(
                art, s.start + found_abst.start(group), s.start + found_abst.start(group) + len(listed)
            ):
                if code in voted:
                    continue
                voted.append(code)
                claims.append(
                    Claim(
                        measure="council.member_vote",
                        subject=_member(art, s, code),
                        value="abstain",
                        as_of=when,
                        resolution=resolution,
                        **base,
                    )
                )
        for value, verb in votes:
            for found_vote in verb.finditer(s.text):
                for code in _voters(art, s, s.start + found_vote.start(), s.start + found_vote.end()):
                    if code in voted:
                        continue
                    if value == "abstain":
                        voted.append(code)
                    claims.append(
                        Claim(
                            measure="council.member_vote",
                            subject=_member(art, s, code),
                            value=value,
                            as_of=when,
                            resolution=resolution,
                            **base,
                        )
                    )
        m = tally.search(s.text) or compact
        parts = [_count(m.group(k) or "0", g) for k in ("for", "against", "abst")] if m else []
        if m and parts and all(p is not None for p in parts):
            value = "-".join(str(p) for p in parts)
            # the tally is of the resolution named last before it ("extendieron…, cuando el órgano
            # aprobó la resolución 2699 con trece votos a favor"), on that one's day
            told, told_when = resolution, when
            before = [n for a, _, n in spans if a < s.start + m.start()]
            if before and before[-1] != resolution and (other := kbglue.resolution(before[-1])) is not None:
                told, told_when = before[-1], other.date or when
            withdrawn = retracted(s, g)
            if withdrawn and withdrawn[0] <= m.start() < withdrawn[1]:
                pass  # "CORRECTION : nous avions indiqué que le texte avait été adopté par 13 voix pour"
            elif _beyond_council(parts, f, g):
                pass  # "La proposición no de ley fue aprobada con 33 votos a favor": another body's
            else:
                vote_base = base
                by_tally = None if numbers else _resolution_by_tally(value, told, mission, art.published)
                if by_tally is not None:
                    told, told_when = by_tally.number, by_tally.date
                    vote_base = {**base, "mission": by_tally.mission}
                claims.append(
                    Claim(measure="council.vote", subject=told, value=value, as_of=told_when, **vote_base)
                )
        elif (
            (short := tally_short.search(s.text))
            and voted
            and (
                not re.search(against_word, f)
                or re.search(
                    rf"(?:ninguno|ninguna|cero|aucune|aucun|zero)\s+(?:voix\s+|votos?\s+)?(?:{against_word})",
                    f,
                )
            )
        ):  # "12 votos a favor y las abstenciones de …"
            value = f"{_count(short.group('for'), g)}-0-{len(voted)}"
            by_tally = None if numbers else _resolution_by_tally(value, resolution, mission, art.published)
            told, told_when, vote_base = resolution, when, base
            if by_tally is not None:
                told, told_when = by_tally.number, by_tally.date
                vote_base = {**base, "mission": by_tally.mission}
            claims.append(
                Claim(measure="council.vote", subject=told, value=value, as_of=told_when, **vote_base)
            )
        elif any(u in f for u in unanimous) and (adopted or numbers or ("adopt" in classes and resolution)):
            # "Le texte, rédigé par les États-Unis et le Panama, a été adopté à l'unanimité": the last one
            claims.append(
                Claim(measure="council.vote", subject=resolution, value=f"{MEMBERS}-0-0", as_of=when, **base)
            )
        drafted = resolution or last_resolution
        if numbers and not own and texts_before:
            drafted = (
                texts_before  # "Présenté par …, le texte prolonge le dispositif créé par la résolution 2699"
            )
        if drafted and ("draft" in classes or "porte-plume" in f):
            # the text drafted is dated by its own adoption, not by a resolution it refers to
            drafted_on = getattr(kbglue.resolution(drafted), "date", None) if drafted != resolution else None
            held = [m for m in penholder.finditer(s.text) if not penholder_not_of.search(s.text[: m.start()])]
            held += list(penholder_before.finditer(s.text))
            for m in held:
                for code in _countries_in(art, s.start + m.start("who"), s.start + m.end("who")):
                    claims.append(
                        Claim(
                            measure="council.penholder",
                            subject=english(code),
                            value=int(drafted),
                            as_of=drafted_on or when,
                            **base,
                        )
                    )
        mandate = bool({"extend", "authorise", "adopt"} & classes) or any(w in f for w in mandate_words)
        # an end a sentence gives a strength ceiling and no mandate ("Jusqu'au 30 juin, l'effectif
        # autorisé reste fixé à 13 500 militaires", "Le plafond passe de … jusqu'au 30 juin à …") is
        # the ceiling's, not the mandate's
        ceiling_only = not any(w in f for w in mandate_words) and any(w in f for w in ceiling_words)
        # a government or a parliament that authorises a number of its own people ("le président a
        # autorisé l'emploi de 2 900 militaires pour un an, jusqu'au 15 décembre", "el decreto que
        # autoriza la permanencia de hasta 150 elementos … hasta el 31 de diciembre") gives them no
        # Council mandate: no Council word, no word of a mandate, and a count right after the verb
        national = (
            not body
            and not numbers
            and not any(w in f for w in mandate_words)
            and any(
                "authorise" in cue.classes and PEOPLE_AUTHORISED.match(fold(art.text[cue.end : s.end]))
                for cue in cues
            )
        )
        mandate = mandate and not national and not _others_mandate(art, s)
        if mandate and not ceiling_only:
            for end in ends:
                others = [x for x in dates if x != end]
                since = others[0] if others else (when if adopted else art.published)
                claims.append(
                    Claim(
                        measure="mandate.expiry",
                        value=end,
                        as_of=since,
                        **{**base, "mission": of_mandate or mission},
                    )
                )
        # a time limit is no mandate's length ("iniciará un retiro ordenado en el plazo de un año",
        # "opérationnel dans un délai de six mois"): the first duration not right after its word
        m = next(
            (d for d in duration.finditer(s.text) if not _TIME_LIMIT.search(fold(s.text[: d.start()]))), None
        )
        if m and art.grammar.verbs["withdraw"].said(fold(s.text[m.end() : m.end() + 25])):
            m = None  # "dispondrán de un año para retirarse": a time to leave, not a mandate's length
        if m and asked.search(fold(s.text[max(0, m.start() - 70) : m.start()])):
            m = None  # "Beyrouth avait demandé une prolongation de douze mois": asked for, not granted
        withdrawn = retracted(s, g) if m else None
        if m and withdrawn and withdrawn[0] <= m.start() < withdrawn[1]:
            m = None  # "CORRECTION : … nous avons écrit que le mandat était prolongé de six mois"
        n = _count(m.group("n"), g) if m and (mandate or "initial" in f or "inicial" in f) else None
        if m and n:
            months = n if fold(m.group("unit")).startswith(("mes", "mois")) else n * 12
            claims.append(
                Claim(
                    measure="mandate.duration",
                    value=months,
                    unit="months",
                    as_of=when,
                    **{**base, "mission": of_mandate or mission},
                )
            )
        for m in lead.finditer(s.text):
            if _PART_OF_FORCE.match(fold(s.text[m.end() : m.end() + 30])):
                continue  # "España, que dirige el Sector Este de la misión": a part, not the mission
            group = next(k for k in m.re.groupindex if k.startswith("who") and m.group(k))
            who = m.group(group)
            at = s.start + m.start(group)
            codes = _countries_in(art, at, at + len(who)) or country_codes(who, g.code)
            if codes and codes[0] != "HTI":
                target = _mission_near(art, s, at) or last_mission
                past = [d for d in _dates_in(art, s) if d < (art.published or "9999")]
                if past and not any(n.kind == "mission" and s.start <= n.start < s.end for n in art.names):
                    target = _mission_at(art, past[0])  # "Kenia asumió el liderazgo … en junio de 2024"
                # the mission named right before its lead ("La GSF sigue dirigida por Kenia") is the
                # one led; else the knowledge base tells which of the host's missions the country leads
                named_here = any(
                    n.kind == "mission"
                    and n.key == target
                    and _right_before(art.text[n.end : s.start + m.start()])
                    for n in art.names
                    if s.start <= n.start < s.start + m.start()
                )
                if target and not named_here:
                    target = led_here(codes[0], target)
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
    return _first_votes(_votes_before_their_resolution(claims))


def _asked(words: list[str]) -> re.Pattern[str]:
    """A request or a recommendation whose object is the prolongation right after it, in one clause
    (``[council] asked``: "Je recommande au Conseil de le proroger pour une période de 12 mois",
    "qui avait demandé une prolongation de douze mois"): what someone asked the Council for is no
    mandate's length. A draft's own terms ("propone prorrogar la misión por un año") are its text."""
    alts = "|".join(re.escape(fold(w)) for w in words) or "(?!x)x"
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)[^,;:.()]*$")


def _beyond_council(parts: list[int | None], folded: str, g: Grammar) -> bool:
    """A tally no Council of fifteen casts ("aprobada con 33 votos a favor, 2 en contra y 1
    abstención"), or one of a body the sentence names that is not the Council (``[council]
    other_bodies``: "le Sénat a adopté la motion par 12 voix pour")."""
    if sum(p or 0 for p in parts) > MEMBERS:
        return True
    others = [fold(w) for w in g.words("council", "other_bodies")]
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", folded) for w in others) and not re.search(
        r"(?<!\w)(?:conseil de securite|consejo de seguridad)(?!\w)", folded
    )


# the word of a time limit right before a duration ("en el plazo de un año", "dans un délai de six mois")
_TIME_LIMIT = re.compile(r"(?<!\w)(?:plazo|delai|delais|lapso)\s*$")


def _turned_into(art: Article, s: Sentence, words: list[str]) -> str | None:
    """The mission a sentence's Council turns another into (``[council] turned_into``: "transformer
    la MMAS en une Force de répression des gangs", "convertir la MMAS en la Fuerza de Supresión de
    Pandillas"): the one named after "en", not the one it was."""
    if not words:
        return None
    verb = "|".join(re.escape(fold(w)) for w in words)
    found = [n for n in art.names if n.kind == "mission" and s.start <= n.start < s.end]
    for i, first in enumerate(found):
        # the mission turned may be named twice, in full and by its acronym ("… sécurité (MMAS)")
        j = next((j for j in range(i + 1, len(found)) if found[j].key != first.key), None)
        if j is None:
            break
        second = found[j]
        before = fold(art.text[max(s.start, first.start - 40) : first.start])
        gap = fold(art.text[found[j - 1].end : second.start]).replace("\n", " ")
        if re.search(
            rf"(?<!\w)(?:{verb})\w*\s+(?:(?:de\s+)?(?:la|le|l'|el|les|los)\s*)?$", before
        ) and re.fullmatch(
            r"\s*\)?\s*(?:\([^()]{1,12}\))?[^,;:.()«»“”]{0,60}?\s(?:en|in)\s+(?:(?:une?|una|la|el|le)\s+)?[«“\"]?\s*",
            gap,
        ):
            return second.key
    return None


def _on_mission(found: Any, mission: str | None) -> bool:
    """A resolution the knowledge base records for the day is the sentence's only if it is on the
    mission the sentence itself names, its predecessor or its successor: "El Consejo renovó el
    jueves … la Misión de Verificación en Colombia" on a day the base knows only Somalia's, Libya's
    and Western Sahara's texts names none of them (the base narrows to the mission when it has one
    of its own that day, and refuses a lone other one, but gave the first of several others). A
    mission only inherited from earlier sentences is no such check: the base's record is then
    the better guess ("A finales de enero, el Consejo renovó …" in a story on another force)."""
    if not mission:
        return True
    m = kbglue.mission(mission)
    kin = {mission, *(x for x in (getattr(m, "successor", None), getattr(m, "predecessor", None)) if x)}
    return getattr(found, "mission", None) in kin or bool(kin & set(getattr(found, "also_missions", ())))


def _resolution_by_tally(value: str, told: str | None, mission: str | None, published: str | None) -> Any:
    """The resolution a tally told without its number is of, when the one read from the article
    (the last named, or none) was not adopted by it and exactly one resolution on the mission, its
    predecessor or its successor, adopted by the publication day, was: "Ce premier texte … avait
    recueilli 13 voix pour" after 2751 is named is 2699; "12 votos a favor y tres abstenciones"
    in an article on the MSS is 2793, the GSF's. The knowledge base's record, as the Council's day."""
    if not mission or kbglue.recorded_tally(told) == value:
        return None
    try:
        from missionwatch.kb.council import resolutions
    except ImportError:
        return None
    found = kbglue.mission(mission)
    kin = {
        mission,
        *(x for x in (getattr(found, "successor", None), getattr(found, "predecessor", None)) if x),
    }
    candidates = set()
    for code in kin:
        try:
            listed = resolutions(code)
        except Exception:  # a mission the base does not know: no link
            continue
        for r in listed:
            if kbglue.recorded_tally(r.number) == value and r.date <= (published or "9999"):
                candidates.add(r.number)
    return kbglue.resolution(candidates.pop()) if len(candidates) == 1 else None


def _right_before(gap: str) -> bool:
    """What stands between a mission's name and its lead's participle when the name is its subject
    ("La GSF sigue dirigida por", "la MMAS, dirigée par"): a few words, no relative clause or
    object ("la FSP es la misión que reemplaza a la encabezada por" is another mission's)."""
    folded = fold(gap)
    return len(folded.split()) <= 3 and not re.search(r"(?<!\w)(?:que|qui|a|à|al|au|la|le|el)(?!\w)", folded)


_REFERENCE = re.compile(
    r"(?:(?:cree|creee|crees|etabli|etablie|institue|instituee|creado|creada|establecid[oa]|instituid[oa])\s+"
    r"(?:par|por)\s+(?:la\s+)?"
    # a resolution whose provisions the text extends ("le texte prolonge … les dispositions de la
    # résolution 2699", "prorroga las disposiciones de su resolución 2699"): the text is another
    r"|(?:dispositions|disposiciones)\s+(?:de|du|del)\s+(?:sa\s+|la\s+|su\s+)?)"
    r"(?:resolution|resolucion)\s+(?:n[°º]\s*)?$"
)


def _after_number(s: Sentence, spans: list[tuple[int, int, str]], at: int) -> bool:
    """``at`` (an offset in the sentence) comes right after a resolution's number."""
    return any(0 <= s.start + at - end <= 1 for _, end, _ in spans)


# what a country may lead inside a mission without leading the mission
_PART_OF_FORCE = re.compile(
    r"\s*(?:(?:el|la|le|l'|un|une|una)\s*)?(?:sector|secteur|seccion|section|batallon|bataillon|brigade|brigada"
    r"|compania|compagnie|unidad|unite|contingent|contingente|componente|composante)(?!\w)"
)


def _mandate_of(art: Article, s: Sentence) -> str | None:
    """The mission named within a few words after "mandat"/"mandato" in the sentence."""
    for m in re.finditer(r"(?<!\w)(?:mandat|mandato)(?!\w)", fold(s.text)):
        at = s.start + m.end()
        named = [n for n in art.names if n.kind == "mission" and at <= n.start <= at + 70 and n.start < s.end]
        if named and not re.search(r"[,;:.]", art.text[at : named[0].start]):
            return named[0].key
    return None


# "mandat"/"mandato" and the article of whose it is ("le mandat du", "el mandato del")
_MANDATE_OF = re.compile(r"(?<!\w)(?:mandat|mandato)\s+(?:du|de la|de l'|des|del|de los|de las)\s*")


def _others_mandate(art: Article, s: Sentence) -> bool:
    """Every mandate the sentence speaks of is a national body's term (``[council] terms_of``: "Le
    mandat du Conseil présidentiel de transition expire le 7 février", "el mandato del Consejo
    Presidencial de Transición"), no mission's mandate."""
    bodies = [fold(w) for w in art.grammar.words("council", "terms_of")]
    folded = fold(s.text)
    said = list(re.finditer(r"(?<!\w)(?:mandat|mandato)(?!\w)", folded))
    if not bodies or not said:
        return False
    for m in said:
        of = _MANDATE_OF.match(folded, m.start())
        if of is None or not any(folded.startswith(b, of.end()) for b in bodies):
            return False
    return True


# a participle after a noun qualifies it ("el techo autorizado por el Consejo", "la force autorisée
# par le Conseil"); after an auxiliary it is the act ("a été autorisée", "fue aprobada")
_PARTICIPLE = re.compile(r"\w+(?:ado|ada|ados|adas|ido|ida|e|ee|es|ees)$")
_AUXILIARY = re.compile(
    r"(?<!\w)(?:a|ont|avait|avaient|a ete|ont ete|ete|est|sont|etait|ha|han|habia|habian|fue|fueron|sido|"
    r"era|fut|l'a|l'ont|la|lo|los|las|les)\s*$"
)


def _attributive(art: Article, s: Sentence, cue: Cue) -> bool:
    """A participle that only qualifies a noun, with no date of its own in its phrase ("el techo
    autorizado por el Consejo" tells no adoption; "autorizada por el Consejo en octubre de 2023" does)."""
    start, end = cue.start - s.start, cue.end - s.start
    if not _PARTICIPLE.fullmatch(fold(s.text[start:end])) or _AUXILIARY.search(
        fold(s.text[max(0, start - 12) : start])
    ):
        return False
    phrase_end = s.start + end + len(re.split(r"[,;:.()]", s.text[end:], maxsplit=1)[0])
    return not any(cue.end <= d.start < phrase_end for d in art.dates)


def _votes_before_their_resolution(claims: list[Claim]) -> list[Claim]:
    """Members' votes told before any resolution is named (a live blog, newest entry first) are
    on the article's first adoption."""
    adopted = next((c for c in claims if c.measure == "council.adopted"), None)
    if adopted is None:
        return claims
    return [
        c.model_copy(
            update={"resolution": adopted.subject, "mission": adopted.mission, "as_of": adopted.value}
        )
        if c.measure == "council.member_vote" and c.resolution is None
        else c
        for c in claims
    ]


def _first_votes(claims: list[Claim]) -> list[Claim]:
    """A member's vote on one resolution told again ("La Chine, le Pakistan et la Russie se sont
    abstenus", later "Se sont abstenus … la Fédération de Russie") is one fact, as first named."""
    from missionwatch.kb.countries import to_alpha3

    def code(name: str | None) -> str | None:
        return to_alpha3(name or "") or name

    seen: set[tuple[object, ...]] = set()
    out: list[Claim] = []
    for c in claims:
        if c.measure == "council.member_vote":
            key = (c.resolution, c.mission, c.value, code(c.subject))
            if key in seen:
                continue
            seen.add(key)
        out.append(c)
    return out
