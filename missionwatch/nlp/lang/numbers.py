"""Figures in French and Spanish text: "1 000", "1.000", "2,5 millions", "mil millones", "MUSD".

Both languages write the decimal comma and group thousands with a space, a no-break space, a dot
or (as Swiss French does) an apostrophe ("11'200"); Latin American Spanish also groups with a
comma ("1,000"), which is read as thousands when exactly three digits follow and no scale word
does. Scales, currencies, qualifiers, number words
and vague amounts are the pack's data (``[numbers]``, ``[qualifiers]``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from missionwatch.nlp.lang.grammar import Grammar, fold

_DIGITS = (
    r"\d{1,3}(?:[\u00a0\u202f .]\d{3})+(?!\d)|\d{1,3}(?:['\u2019]\d{3})+(?![\d'\u2019])"
    r"|\d{1,3}(?:,\d{3})+(?![\d,])|\d+"
)
_SPACE = "[ \u00a0\u202f]"
_GAP = "[ \u00a0\u202f\n]"  # between a figure and its scale, a hard-wrapped line too ("1,3⏎millones")


# a time of day ("15 h 10", "10 h", "5:40 horas", "18 heures"): no figure in it
_TIME = re.compile(r"(?<![\w.,])\d{1,2}\s?(?:h\s?\d{2}|h(?!\w)|:\d{2}|heures?(?!\w)|horas?(?!\w))")


@dataclass
class Figure:
    start: int  # where the figure's words start (its currency symbol or qualifier left out)
    end: int  # end of its number, scale and currency
    value: int
    unit: str | None  # ISO currency, "percent", or None until its noun says persons
    qualifier: str = "exact"
    qualifier_cue: str | None = None
    written: bool = False  # spelled out ("quatre cents")


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True, eq=False)
class NumberGrammar:
    number: re.Pattern[str]
    word_number: re.Pattern[str]
    words: dict[str, int]
    scales: dict[str, int]
    currencies: dict[str, str]
    scaled: dict[str, tuple[str, int]]
    percent: tuple[str, ...]
    qualifiers: list[tuple[str, str]]  # (folded cue, qualifier), longest first
    vague: tuple[str, ...]
    link: tuple[str, ...]
    times: tuple[str, ...]  # "fois", "veces": the figure before it multiplies
    per_unit: re.Pattern[str]  # "mensuales", "par soldat": what makes a sum a rate
    year_before: re.Pattern[str]  # words before a bare year ("desde", "depuis", "en")
    not_counted: re.Pattern[str]  # nouns of things a figure can count that no measure takes
    one_scale: re.Pattern[str]  # "un milliard", "un millón": one of a scale
    approximate: re.Pattern[str]  # "une cinquantaine", "un centenar": a figure, about so many
    approximate_values: dict[str, int]
    point_decimal: re.Pattern[str]  # "1.4 millones", "US$4.2 millones": a decimal point before a scale
    ratio: re.Pattern[str]  # "habitants sur dix", "de cada cuatro": what makes the figure a proportion
    change: re.Pattern[str]  # "une hausse de", "un aumento de más de": the figure is a difference
    names_number: re.Pattern[str]  # "la route nationale 3", "el Sector 1": a number that names, no count
    population: re.Pattern[str]  # "un pays de 11 millions d'": what makes the inhabitants after a population
    inhabitants: re.Pattern[str]  # "habitants", "habitantes" right after the figure


@cache
def _grammar(g: Grammar) -> NumberGrammar:
    n = g.section("numbers")
    words = {fold(k): int(v) for k, v in n["words"].items()}
    scales = {k: int(v) for k, v in n["scales"].items()}
    currencies = dict(n["currencies"])
    scaled = {k: (v[0], int(v[1])) for k, v in n.get("scaled_currencies", {}).items()}
    word_alt = _alternation(list(n["words"]))
    word_number = re.compile(
        rf"(?<![\w'’])(?:{word_alt})(?:(?:[ -]|-et-| et | y ){{1}}(?:{word_alt}))*(?![\w'’])", re.I
    )
    # a one-letter currency is written against its number ("Q46.8 millones": quetzales)
    letters = "".join(sorted(k for k in currencies if len(k) == 1 and k.isalpha()))
    edge = rf"(?:(?<=(?<!\w)[{letters}])|(?<![\w.,/\-]))" if letters else r"(?<![\w.,/\-])"
    quals = [(fold(cue), q) for q, cues in g.section("qualifiers").items() for cue in cues]
    quals.sort(key=lambda x: len(x[0]), reverse=True)
    return NumberGrammar(
        number=re.compile(rf"{edge}(?:{_DIGITS})(?:,\d+)?(?![\w/]|[.,]\d)"),
        word_number=word_number,
        words=words,
        scales=scales,
        currencies=currencies,
        scaled=scaled,
        percent=tuple(n.get("percent", [])),
        qualifiers=quals,
        vague=tuple(fold(v) for v in n.get("vague", [])),
        link=tuple(n.get("scale_link", [])),
        times=tuple(n.get("times", [])),
        per_unit=re.compile(rf"{_GAP}+(?:{_alternation(list(n.get('per_unit', ['x-x'])))})(?!\w)", re.I),
        year_before=re.compile(
            rf"(?<!\w)(?:{_alternation([fold(w) for w in n.get('year_before', ['en'])])})\s*$"
        ),
        not_counted=re.compile(
            rf"{_GAP}+(?:{_alternation(list(g.section('nouns').get('not_counted', ['x-x'])))})(?!\w)", re.I
        ),
        one_scale=re.compile(
            rf"(?<!\w)({_alternation(list(n.get('approximate_articles', ['un'])))})(?=[ \u00a0]"
            rf"(?:{_alternation([s for s in scales if len(s) > 3 and s.lower() not in ('mil',)])})(?!\w))",
            re.I,
        ),
        approximate=re.compile(
            # "un millier", and after an elided "de" ("plus d'un millier") or "que" ("n'aligne qu'un
            # millier d'hommes")
            rf"(?:(?<=[dD]['’])|(?<=[qQ][uU]['’])|(?<![\w'’]))"
            rf"(?:{_alternation(list(n.get('approximate_articles', ['un'])))})\s+"
            rf"(?P<word>{_alternation(list(n.get('approximate', {'x': 0})))})(?![\w'’])",
            re.I,
        ),
        approximate_values={fold(k): int(v) for k, v in n.get("approximate", {}).items()},
        point_decimal=re.compile(
            rf"{edge}\d{{1,3}}\.\d{{1,2}}"
            rf"(?={_GAP}?(?:{_alternation([s for s in scales if len(s) > 2])})(?!\w))",
            re.I,
        ),
        ratio=re.compile(
            rf"(?:{_GAP}+[^\W\d]+){{0,2}}{_GAP}+(?:{_alternation(list(n.get('ratio', ['x-x'])))})"
            rf"{_GAP}+(?P<of>\d{{1,3}}(?!\d)|{word_alt})(?![\w'’])",
            re.I,
        ),
        names_number=re.compile(
            rf"(?<!\w)(?:{_alternation([fold(w) for w in n.get('names_number', ['x-x'])])})\s*$"
        ),
        # words before a figure of inhabitants that make it a place's population ("un pays de quelque
        # 11 millions d'habitants", "qui compte environ 13 millions d'habitants"), up to two words between
        population=re.compile(
            rf"(?<!\w)(?:{_alternation([fold(w) for w in n.get('population', {}).get('before', ['x-x'])])})"
            r"\s+(?:[\w'’]+\s+){0,2}$"
        ),
        inhabitants=re.compile(
            rf"{_GAP}*(?:(?:de|d['’])\s*)?"
            rf"(?:{_alternation(list(n.get('population', {}).get('nouns', ['x-x'])))})(?!\w)",
            re.I,
        ),
        # a change noun and its "de", with a qualifier between ("augmentation de plus de")
        change=re.compile(
            rf"(?<!\w)(?:{_alternation([fold(w) for w in n.get('change', ['x-x'])])})"
            rf"\s+(?:de|d')\s*(?:[\w']+\s+){{0,2}}$"
        ),
    )


def _digits(text: str) -> Decimal:
    """ "1 000" / "1.000" / "1,000" → 1000; "2,5" → 2.5; "1.4" (before a scale) → 1.4."""
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    if re.fullmatch(r"\d{1,3}\.\d{1,2}", text):
        return Decimal(text)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", text):
        return Decimal(text.replace(",", ""))
    whole, _, frac = text.partition(",")
    whole = re.sub(r"[ .'\u2019]", "", whole)
    return Decimal(f"{whole}.{frac}") if frac else Decimal(whole)


def _spelled(text: str, words: dict[str, int]) -> int | None:
    total, current = 0, 0
    for w in re.split(r"[ -]+", fold(text)):
        if w in ("et", "y", ""):
            continue
        v = words.get(w)
        if v is None:
            return None
        if v == 20 and current % 100 == 4:
            current += 76  # "quatre-vingts", "quatre-vingt-dix": four twenties
        elif v == 100:
            current = max(current, 1) * 100
        elif v == 1000:
            total += max(current, 1) * 1000
            current = 0
        else:
            current += v
    return total + current


def _after(text: str, end: int, ng: NumberGrammar) -> tuple[int, Decimal, str | None]:
    """The scale and currency written after a number: (new end, multiplier, currency)."""
    mult = Decimal(1)
    unit: str | None = None
    rest = text[end:]
    for name, (cur, scale) in sorted(ng.scaled.items(), key=lambda kv: len(kv[0]), reverse=True):
        m = re.match(rf"{_SPACE}?{re.escape(name)}(?![\w$€])", rest)
        if m:
            return end + m.end(), Decimal(scale), cur
    for name, scale in sorted(ng.scales.items(), key=lambda kv: len(kv[0]), reverse=True):
        flags = 0 if len(name) <= 2 else re.I  # "M", "k" only as written
        m = re.match(rf"{_GAP}?{re.escape(name)}(?![\w])", rest, flags)
        if m:
            mult = Decimal(scale)
            end += m.end()
            rest = text[end:]
            link = "|".join(re.escape(w) for w in ng.link)
            if link:
                m2 = re.match(rf"{_SPACE}(?:{link}){_SPACE}?", rest, re.I)
                if m2 and _currency_at(rest[m2.end() :], ng):
                    end += m2.end()
                    rest = text[end:]
            break
    cur_m = _currency_at(rest, ng, leading_space=True)
    if cur_m:
        unit, length = cur_m
        end += length
    return end, mult, unit


def _currency_at(rest: str, ng: NumberGrammar, *, leading_space: bool = True) -> tuple[str, int] | None:
    for name, cur in sorted(ng.currencies.items(), key=lambda kv: len(kv[0]), reverse=True):
        flags = 0 if name.isupper() or not name.isalpha() else re.I
        m = re.match(rf"{_SPACE}?{re.escape(name)}(?![\w])", rest, flags)
        if m:
            return cur, m.end()
    return None


def _before(text: str, start: int, ng: NumberGrammar) -> tuple[int, str | None]:
    """A currency symbol or code written right before the number ("$", "US$ ", "USD ")."""
    head = text[max(0, start - 8) : start]
    for name, cur in sorted(ng.currencies.items(), key=lambda kv: len(kv[0]), reverse=True):
        if name.isalpha() and not name.isupper():
            continue  # words ("dollars") come after the figure
        m = re.search(rf"(?<![\w]){re.escape(name)}{_SPACE}?$", head)
        if m:
            return start - (len(head) - m.start()), cur
    return start, None


# an adverb between a verb of exceeding and its figure ("dépassent désormais les 3 000", "supera ya los")
_ADVERB = re.compile(
    r"\s(?:\w{3,}ment|\w{3,}mente|desormais|deja|encore|toujours|ya|aun|hoy)(\s+(?:les|le|la|l'|los|las|el))?$"
)


def _qualifier(text: str, start: int, ng: NumberGrammar) -> tuple[str, str | None]:
    head = fold(text[max(0, start - 40) : start]).rstrip()
    for form in (head, _ADVERB.sub(r"\1", head)):
        for cue, q in ng.qualifiers:
            if re.search(rf"(?:^|[\s(,])({re.escape(cue)})$", form):
                return q, cue
    return "exact", None


# a bracket set against the word before it, with no space, opens a footnote's number
_FOOTNOTE_BEFORE = re.compile(r"[^\W\d_.]\($")
# a bracketed number of one or two digits after a space, closing its clause, is a note's call too
# ("… como consecuencia de la violencia (1).", "… les plus de 10 000 de 2024 (2), et"): a count in
# brackets restates one before it and names what it counts ("(1 200 soldats)")
_FOOTNOTE_SPACED = re.compile(r"[^\W_]\s?\($")
_BRACKETED_COUNT = re.compile(r"\(\s*\d[\d\s.,]*\)")
_FOOTNOTE_CLOSES = re.compile(r"\)[^\S\n]*(?:[.;,:\n]|$)")


def find_figures(text: str, g: Grammar, skip: list[tuple[int, int]]) -> list[Figure]:
    """Every figure in ``text`` outside the ``skip`` spans (dates, resolution numbers)."""
    ng = _grammar(g)
    spans: list[tuple[int, int, Decimal, bool]] = []
    approximate: set[int] = set()
    skip = skip + [(m.start(), m.end()) for m in _TIME.finditer(text)]
    for m in ng.point_decimal.finditer(text):
        spans.append((m.start(), m.end(), _digits(m.group()), False))
    for m in ng.number.finditer(text):
        if not any(s <= m.start() < e for s, e, _, _ in spans):
            spans.append((m.start(), m.end(), _digits(m.group()), False))
    for m in ng.one_scale.finditer(text):  # "un milliard de dollars", "un millón de desplazados"
        if not any(s <= m.start() < e for s, e, _, _ in spans):
            spans.append((m.start(), m.start() + len(m.group(1)), Decimal(1), True))
    for m in ng.approximate.finditer(text):
        spans.append((m.start(), m.end(), Decimal(ng.approximate_values[fold(m.group("word"))]), True))
        approximate.add(m.start())
    for m in ng.word_number.finditer(text):
        spelled = _spelled(m.group(), ng.words)
        if spelled is None or spelled < 2:
            continue  # "un", "une" are articles far more often than numbers
        if any(s <= m.start() < e for s, e, _, _ in spans):
            continue
        spans.append((m.start(), m.end(), Decimal(spelled), True))
    spans.sort()
    out: list[Figure] = []
    for start, end, value, written in spans:
        if any(s <= start < e for s, e in skip) or (out and start < out[-1].end):
            continue
        head = fold(text[max(0, start - 30) : start])
        if any(head.rstrip().endswith(v) for v in ng.vague):
            continue
        if 1900 <= value <= 2099 and end - start == 4 and ng.year_before.search(head):
            continue  # "desde 2001", "depuis 2018": a year, not a count
        if ng.names_number.search(head) and not written:
            continue  # "la route nationale 3", "Delmas 33", "la rotación número 38": a name or a rank
        if 1900 <= value <= 2099 and end - start == 4 and re.match(r"\s*(?:\[|-{2,}|—)", text[end:]):
            continue  # "… 16 oct. 2025 [AlterPresse] ---": a dateline's year, not a count
        if _FOOTNOTE_BEFORE.search(text[max(0, start - 2) : start]) and text[end : end + 1] == ")":
            continue  # "en décembre(3)", "aeromédica(4)": a note's call, set against its word
        if (
            end - start <= 2
            and _FOOTNOTE_SPACED.search(text[max(0, start - 3) : start])
            and _FOOTNOTE_CLOSES.match(text, end)
            and not _BRACKETED_COUNT.search(text, max(0, start - 120), start - 1)
        ):
            # "… de las pandillas (1).": a note's call after a space, closing the clause; not the last
            # of a list of counts in brackets ("la Jamaïque (200), les Bahamas (150) et le Belize (50).")
            continue
        if ng.not_counted.match(text[end:]):
            continue  # "tres helicópteros", "dix ans": a count of things, not of people or money
        ratio = ng.ratio.match(text, end)
        if ratio and (_spelled(ratio.group("of"), ng.words) or _digits(ratio.group("of"))) <= 100:
            skip.append((ratio.start("of"), ratio.end("of")))  # nor is the whole a count
            continue  # "quatre habitants sur dix", "tres de cada diez": a proportion, not a count
        new_end, mult, unit = _after(text, end, ng)
        fig_start, before = _before(text, start, ng)
        unit = unit or before
        if unit is None:
            pm = re.match(rf"{_SPACE}?(?:{_alternation(list(ng.percent))})(?!\w)", text[new_end:], re.I)
            if pm:
                unit = "percent"
                new_end += pm.end()
        total = value * mult
        if total != total.to_integral_value() and unit is None:
            continue  # 2,5 of nothing
        if (
            unit is None
            and ng.inhabitants.match(text[new_end:])
            and ng.population.search(fold(text[max(0, fig_start - 40) : fig_start]))
        ):
            continue  # "un pays de quelque 11 millions d'habitants": a population, no toll or strength
        if unit not in (None, "percent") and ng.per_unit.match(text[new_end:]):
            continue  # "1.200 dólares mensuales", "par soldat": a rate, not a sum
        if re.match(rf"{_SPACE}(?:{_alternation(list(ng.times))})(?!\w)", text[new_end:], re.I):
            continue  # "deux fois l'effectif", "dos veces": a multiple, not a count
        if unit != "percent" and ng.change.search(head):
            continue  # "en hausse de plus de 1 000 morts", "un aumento de 300": how much more, not how many
        q, cue = _qualifier(text, fig_start, ng)
        if start in approximate and q == "exact":  # "plus d'un millier": at least, not about
            q, cue = "approx", fold(text[start:end].split()[1])
        out.append(Figure(fig_start, new_end, int(total), unit, q, cue, written))
    return out
