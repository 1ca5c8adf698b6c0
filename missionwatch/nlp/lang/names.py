"""Countries, missions, places and persons named in a French or Spanish text.

Names come from the knowledge base (``kb.names``: each language's country and mission names,
demonyms included) and the English extractor's gazetteer of places (``nlp/patterns/places.json``,
names that are the same in every language). Claims carry what English claims carry: the country's
English name, the mission's code.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from missionwatch.kb.countries import country_name
from missionwatch.kb.names import country_forms, mission_forms
from missionwatch.nlp.lang.grammar import fold

_PLACES = Path(__file__).parents[1] / "patterns" / "places.json"


@dataclass
class Name:
    start: int
    end: int
    kind: str  # country | mission | place | person
    key: str  # alpha-3, mission code, place name, full name
    demonym: bool = False  # "kényans", "salvadoreños": lower case, an adjective of a noun


def _pattern(forms: list[str]) -> re.Pattern[str]:
    alt = "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])")


def _pack_forms(lang: str) -> dict[str, str]:
    """Country names the pack's press writes that the knowledge base's forms lack (``[names]
    countries`` of its lexicon: pycountry's Spanish list spells "Burquina Faso", newspapers
    "Burkina Faso")."""
    path = Path(__file__).parent / lang / "lexicon.toml"
    if not path.exists():
        return {}
    return dict(tomllib.loads(path.read_text(encoding="utf-8")).get("names", {}).get("countries", {}))


def inflections(demonym: str, lang: str) -> list[str]:
    """The gender and number forms of a demonym the knowledge base writes in one form only ("le
    contingent kényan", "les policières kényanes"; "los efectivos guatemaltecos", "la unidad
    paraguaya"): French adds -e, -s, -es (-enne after -en, none after -s or -x); Spanish turns -o
    into -a, -os, -as, -és and -án into -esa, -eses, -esas and -ana, -anes, -anas, and adds -s after
    -e or -í, -es and -a, -as after -l or -r."""
    w = demonym
    if lang == "fr":
        if w.endswith("e"):
            return [w + "s"]
        if w.endswith(("s", "x")):
            return [w + "e", w + "es"]
        if w.endswith(("ien", "éen", "on")):
            return [w + "s", w + "ne", w + "nes"]
        return [w + "s", w + "e", w + "es"]
    if lang == "es":
        if w.endswith(("és", "án")):  # "togolés", "alemán": the accent goes with the ending
            stem, letter = w[:-2] + fold(w[-2]), "s" if w.endswith("és") else "n"
            return [stem + letter + "a", stem + letter + "es", stem + letter + "as"]
        if w.endswith("o"):
            return [w[:-1] + "a", w + "s", w[:-1] + "as"]
        if w.endswith(("e", "í")):
            return [w + "s"] + ([w + "es"] if w.endswith("í") else [])
        if w.endswith(("l", "r")):
            return [w + "a", w + "es", w + "as"]
    return []


def _inflected(forms: dict[str, str], lang: str) -> dict[str, str]:
    """Every form of the demonyms in ``forms`` whose folded spelling names nothing else (Spanish
    "chino" gives no "china", the country)."""
    taken = {fold(f) for f in forms}
    out: dict[str, str] = {}
    for form, code in forms.items():
        if form[:1].isupper() or " " in form:
            continue
        for other in inflections(form, lang):
            if fold(other) not in taken:
                out[other] = code
                taken.add(fold(other))
    return out


@cache
def _countries(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """(capitalised names, matched as written; lower-case demonyms, any case; folded form → code)."""
    forms = {**country_forms(lang), **_pack_forms(lang)}
    forms = {**_inflected(forms, lang), **forms}
    names = [f for f in forms if f[:1].isupper()]
    demonyms = [f for f in forms if not f[:1].isupper()]
    index = {fold(f): code for f, code in forms.items()}
    demo = re.compile(_pattern(demonyms).pattern, re.I) if demonyms else re.compile(r"(?!x)x")
    return _pattern(names), demo, index


@cache
def _missions(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    forms = mission_forms(lang)
    # an acronym of five letters or more written as a word, as Spanish and French agencies do
    # ("la Monusco", "la Minustah")
    forms = {**{f.capitalize(): c for f, c in forms.items() if re.fullmatch(r"[A-Z]{5,}", f)}, **forms}
    return _pattern(list(forms)), {fold(f): c for f, c in forms.items()}


@cache
def _places() -> tuple[re.Pattern[str], dict[str, str]]:
    data = json.loads(_PLACES.read_text(encoding="utf-8"))
    places: dict[str, str] = data["places"]
    return _pattern(list(places)), places


def english(code: str) -> str:
    """The country's English name, as claims give it."""
    try:
        return country_name(code)
    except Exception:
        return code


def country_codes(name: str, lang: str) -> list[str]:
    """The code of a country written as ``name`` in ``lang`` ("Kenia" → KEN), or none."""
    code = _countries(lang)[2].get(fold(name))
    return [code] if code else []


_NUMBER_BEFORE = re.compile(
    r"(?:\d|(?<![\w'])(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|quarante|cinquante|"
    r"cent|cents|mille|dos|tres|cuatro|seis|siete|ocho|nueve|veinte|treinta|cuarenta|cincuenta|cien|ciento|mil|"
    r"[a-z]+-(?:deux|trois|quatre|cinq|six|sept|huit|neuf))"
    r"|(?<!\w)(?:\w+aines?|milliers?|centenar|millar|decenas?|veintenas?)\s+(?:de|d['’]))\s*$",
    re.I,
)

# a national force's name capitalises its demonym ("la Fuerza Aérea Salvadoreña", "l'Armée Tchadienne"):
# the country's, as the lower-case adjective is
_FORCE_BEFORE = re.compile(
    r"(?<!\w)(?:fuerzas? (?:aerea|armada|armadas|naval)|ejercito|armada|policia militar|guardia nacional"
    r"|forces? (?:armees?|aeriennes?|de defense)|armee(?: de l'air)?|gendarmerie|garde nationale)\s+$"
)


_FORCE_NOUN_BEFORE = re.compile(r"(?<!\w)(?:mission|mision|force|fuerza)\s+$")


@cache
def _led_by() -> dict[str, tuple[str, ...]]:
    """Country code → the knowledge-base missions it leads."""
    from missionwatch.kb.missions import all_missions

    led: dict[str, list[str]] = {}
    for mission in all_missions():
        if mission.lead:
            led.setdefault(mission.lead, []).append(mission.code)
    return {country: tuple(codes) for country, codes in led.items()}


def led_here(country: str, mission: str) -> str:
    """The mission a country is said to lead, told by the knowledge base when the sentence's mission
    is another of the same host's: "la FRG, qui remplace la mission conduite par le Kenya" (Kenya
    leads the MSS, not the GSF, in Haiti), "la misión, conducida por Sudáfrica" in an article on
    MONUSCO (South Africa leads SAMIDRC in the Congo). A country the base gives no lead keeps it."""
    from missionwatch.nlp import kbglue

    led = _led_by().get(country, ())
    if not led or mission in led:
        return mission
    host = getattr(kbglue.mission(mission), "host", None)
    same = [m for m in led if host and getattr(kbglue.mission(m), "host", None) == host]
    return same[0] if len(same) == 1 else mission


def _kin_named(named: set[str]) -> set[str]:
    """The missions named, with their predecessors and successors (knowledge base)."""
    from missionwatch.kb import missions

    out = set(named)
    for code in named:
        record = missions.get(code)
        out.update(c for c in (getattr(record, "predecessor", None), getattr(record, "successor", None)) if c)
    return out


def find_names(text: str, lang: str) -> list[Name]:
    """Countries, missions and places in ``text``, longest match first, never overlapping."""
    out: list[Name] = []

    def add(n: Name) -> None:
        if not any(o.start < n.end and n.start < o.end for o in out):
            out.append(n)

    mpat, mindex = _missions(lang)
    for m in mpat.finditer(text):
        add(Name(m.start(), m.end(), "mission", mindex[fold(m.group())]))
    ppat, _ = _places()  # before countries: "Port-au-Prince" is a place first, the host anyway
    for m in ppat.finditer(text):
        add(Name(m.start(), m.end(), "place", m.group()))
    cpat, dpat, cindex = _countries(lang)
    kin = _kin_named({n.key for n in out if n.kind == "mission"})
    for m in dpat.finditer(text):
        # "la misión keniana", "la force kényane": the mission the demonym's country leads, of those
        # the article names or that came before or after one it names
        noun = _FORCE_NOUN_BEFORE.search(fold(text[max(0, m.start() - 12) : m.start()]))
        led = [c for c in _led_by().get(cindex[fold(m.group())], ()) if c in kin]
        if noun and m.group()[:1].islower() and len(led) == 1:
            add(Name(m.start() - len(noun.group()), m.end(), "mission", led[0]))
    for m in cpat.finditer(text):
        if " " not in m.group() and _GIVEN_NAME.match(text, m.end()):
            continue  # "Mauricio Alvarenga", "Chad Smith": a first name, not a country
        add(Name(m.start(), m.end(), "country", cindex[fold(m.group())]))
    for m in dpat.finditer(text):
        # a demonym in lower case is an adjective ("policiers kényans"); capitalised right after a
        # figure it is the contributor's people ("près de 400 Kényans", "Vingt-quatre Jamaïcains"),
        # and after a plural article a people ("Les Kényans restent l'épine dorsale")
        if (
            m.group()[:1].islower()
            or re.search(r"(?<!\w)[Ll](?:es|os|as)\s+$", text[max(0, m.start() - 6) : m.start()])
            or _NUMBER_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
            or _FORCE_BEFORE.search(fold(text[max(0, m.start() - 30) : m.start()]))
        ):
            add(Name(m.start(), m.end(), "country", cindex[fold(m.group())], demonym=True))
    return sorted(out, key=lambda n: n.start)


_FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_PLACE_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*){0,2}"


def places_by_noun(
    text: str,
    nouns: list[str],
    taken: list[Name],
    known_as: dict[str, str] | None = None,
    around: list[str] | None = None,
    bare: list[str] | None = None,
) -> list[Name]:
    """Places no gazetteer lists, read off the noun that introduces them (the pack's ``[places]
    nouns``): "dans le territoire de Lubero", "sur les hauts plateaux de Fizi", "en el municipio de
    Tabarre", "le département du Centre"; and a hyphenated region after "dans le" ("dans le
    Haut-Mbomou"). The place is its name, as the gazetteer's are, or the name ``known_as`` gives
    it ("Artibonito" → "Artibonite")."""
    alt = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    if not alt:
        return []
    # the nouns in any case ("Dans le département du Centre"), the name capitalised
    head = (
        rf"(?i:(?:{alt})\s+(?:de la|de l['’]|du|des|de|d['’]|del)\s*"
        rf"|(?:dans|en)\s+(?:le|la|l['’])\s*(?=\S+-))"  # "Dans⏎le Bas-Artibonite": across a wrapped line
    )
    # the noun in apposition after the name ("à Solino, un quartier de la capitale", "en Solino, un
    # barrio de la capital"), or words of the surroundings before it ("dans les environs de Zemio",
    # "autour de Komanda", "en las inmediaciones de Mirebalais", the pack's ``[places] around``)
    near = "|".join(re.escape(w) for w in sorted(around or [], key=len, reverse=True))
    patterns = [
        re.compile(rf"(?<!\w){head}({_PLACE_NAME})"),
        re.compile(rf"(?<!\w)(?:à|a|en|dans)\s+({_PLACE_NAME}),\s+(?:un|une|uno|una)\s+(?i:{alt})(?!\w)"),
    ]
    if near:
        patterns.append(re.compile(rf"(?<!\w)(?i:{near})\s*({_PLACE_NAME})"))
    # a noun the pack lets name its place with no preposition, for the names ``known_as`` gives
    # ("el departamento Centro", "el departamento Noreste")
    known = "|".join(re.escape(k) for k in sorted(known_as or {}, key=len, reverse=True))
    direct = "|".join(re.escape(w) for w in sorted(bare or [], key=len, reverse=True))
    if known and direct:
        patterns.append(re.compile(rf"(?<!\w)(?i:{direct})\s+({known})(?![\w'’-])"))
    out: list[Name] = []
    for m in sorted((m for p in patterns for m in p.finditer(text)), key=lambda m: m.start(1)):
        name = m.group(1).rstrip(_FOOTNOTE_MARKS)  # "le département du Centre²": a note's mark, not the name
        if not name[:1].isupper():
            continue
        start, end = m.start(1), m.start(1) + len(name)
        if any(t.start < end and start < t.end for t in taken + out):
            continue
        if any(
            0 <= m.start() - t.end <= 12
            and re.fullmatch(r",\s*(?:en|dans|à)\s+(?:(?:el|la|le|les)\s+|l['’])?", text[t.end : m.start()])
            for t in taken + out
            if t.kind == "place"
        ):
            continue  # "la comuna de Mirebalais, en el departamento del Centro": where the first one is
        out.append(Name(start, end, "place", (known_as or {}).get(name, name)))
    return out


def places_listed(text: str, towns: dict[str, str], taken: list[Name]) -> list[Name]:
    """Places the gazetteer lacks that a pack lists by name (``[places] towns``: "à Naqoura", "en
    Naqura", "en el Catatumbo"), each as the claims name it ("Naqura" → "Naqoura")."""
    if not towns:
        return []
    pattern = re.compile(
        r"(?<![\w'’-])("
        + "|".join(re.escape(t) for t in sorted(towns, key=len, reverse=True))
        + r")(?![\w'’-])"
    )
    out: list[Name] = []
    for m in pattern.finditer(text):
        if not any(t.start < m.end() and m.start() < t.end for t in taken):
            out.append(Name(m.start(), m.end(), "place", towns[m.group(1)]))
    return out


_GIVEN_NAME = re.compile(r"[ \u00a0]+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,}(?:[ \u00a0]+[A-ZÀ-ÖØ-Þ]|[,.;:]|\s)")
_CAP = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ'’]+)*"
_PARTICLE = r"(?:de|del|de la|du|van|von|da|dos|y)"
_PERSON = re.compile(rf"(?<![\w'’-]){_CAP}(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{1,3}}(?![\w-])")


def _named_body(bodies: tuple[str, ...]) -> re.Pattern[str]:
    """The end of a text that names a body just before a capitalised run ("l'association
    haïtienne ", "la organización "), folded; an adjective of origin may stand between."""
    if not bodies:
        return re.compile(r"(?!x)x")
    alt = "|".join(re.escape(b) for b in bodies)
    adjective = r"[a-z-]+(?:ien|ienne|ais|aise|ain|aine|ois|oise|ano|ana|eno|ena|ense|ol|ola|e)s?"
    return re.compile(rf"(?<!\w)(?:{alt})(?:\s+{adjective})?\s+$")


_MORE_CAPS = re.compile(rf"(?:\s+{_CAP}){{1,3}}(?![\w-])")


def find_persons(
    text: str,
    stop: frozenset[str],
    taken: list[Name],
    bodies: tuple[str, ...] = (),
    body_words: frozenset[str] = frozenset(),
    groups: frozenset[str] = frozenset(),
) -> list[Name]:
    """Capitalised runs of two to four words that are no country, mission, place or known
    non-name ("Conseil de Sécurité", "Police nationale"), nor the name of a body its noun opens
    (``bodies``: "l'association Femmes Debout") or holds (``body_words``: "Universidad Autónoma
    Central"): persons, for quotes and roles."""
    body = _named_body(bodies)
    out: list[Name] = []
    for m in _PERSON.finditer(text):
        words = m.group().split()
        if any(fold(w) in body_words for w in words):
            continue
        while words and fold(words[0]) in stop:  # "Selon Jean Dupont" → "Jean Dupont"
            words = words[1:]
        while words and fold(words[-1]) in stop:
            words = words[:-1]
        grouped = [i for i, w in enumerate(words) if fold(w) in groups]
        if grouped and len(words) - grouped[-1] - 1 >= 2:
            words = words[grouped[-1] + 1 :]
        if groups & {fold(w) for w in m.group().split()} and len(m.group().split()) == 4:
            # a parliamentary group named right before its member ("del Grupo Popular Javier
            # Almansa Recio", "el senador del Partido Nacional Rodrigo Aramendía Sastre"): the
            # person is the words after it, with those the run of four left out
            more = _MORE_CAPS.match(text, m.end())
            if more:
                words += more.group().split()[: 4 - len(words)]
        if len(words) < 2 or any(fold(w) in stop for w in words):
            continue
        name = " ".join(words)
        start = m.start() + m.group().index(words[0])
        end = start + len(name)
        if any(t.start < end and start < t.end for t in taken):
            continue
        if body.search(fold(text[max(0, start - 60) : start])):
            continue
        out.append(Name(start, end, "person", name))
    return out
