"""Contributor and donor statuses of countries a French or Spanish article names without a figure.

"la Jamaïque et les Bahamas se sont dits prêts à envoyer des renforts" (willing), "El Salvador
mantiene en Haití un equipo de evacuación aeromédica" (deployed), "l'Espagne et la Turquie ont
promis des contributions" (donor, pledged), "Estados Unidos cubre el transporte" (donor, paid).
The clause must be about contingents or money (the pack's ``[statuses]`` nouns) and not about the
Council; a country the article gives a figure for gets no status (the corpus convention).
"""

from __future__ import annotations

import re
from functools import cache

from missionwatch.models import Claim
from missionwatch.nlp.lang.engine import (
    _LEADS,
    _SIDE_CLAUSE,
    Article,
    Cue,
    Sentence,
    _cues,
    _mission_at,
    _mission_near,
    name_run,
    retracted,
)
from missionwatch.nlp.lang.grammar import fold
from missionwatch.nlp.lang.names import Name, english

_COUNCIL = re.compile(
    r"(?<!\w)(?:conseil|consejo|resolution|resolucion|absten|abstuv|voix|votos|vot[oóeé]|votaron|coautor|co-auteur"
    # a text's drafters and sponsors ("le texte, porté par …", "impulsado por …") are no contingents
    r"|patrocin|parrain|impulsad\w* por|portee?s? par)"
)
# a share of a count the clause gives ("unos 1.000 efectivos, en su mayoría policías kenianos"): its
# people are counted, not a contributor placed
_SHARE = re.compile(
    r"(?<!\w)(?:mayoria|majorite|presque tous|presque toutes|casi todos|casi todas|buena parte|gran parte"
    r"|bonne partie|grande partie|la plupart"
    r"|essentiellement|principalement)"
    r"(?:\s+(?:de ellos|de ellas|d'entre eux))?\s+\S*\s*$"
)


_CASUALTY = frozenset({"kill", "injure", "kidnap"})


def _coming(art: Article, cue: Cue, at: int) -> bool:
    """An intended arrival or deployment the list is the subject or object of, in its clause."""
    if not cue.intended or not {"arrive", "deploy"} & set(cue.classes):
        return False
    a, b = sorted((cue.end, at))
    return b - a <= 40 and not re.search(r"[,;:.()]", art.text[a:b])


@cache
def _said(phrase: str) -> re.Pattern[str]:
    """A phrase of the lexicon as written, or with up to two words after its first ("ont promis":
    "ont également promis", "ont eux aussi promis"; "se comprometieron": "se también…")."""
    first, _, rest = phrase.partition(" ")
    if not rest:
        return re.compile(rf"(?<!\w){re.escape(phrase)}")
    return re.compile(rf"(?<!\w){re.escape(first)}(?:\s+[\w']+){{0,2}}?\s+{re.escape(rest)}")


def _words(art: Article, key: str) -> list[str]:
    return [fold(w) for w in art.grammar.words("statuses", key)]


# what joins the countries of a list ("du Bangladesh, du Pakistan, de l'Égypte et de la Zambie",
# "jamaïcain, bahaméen, guatémaltèque et salvadorien", "de Jamaica, Belice y Bahamas")
_JOIN = re.compile(
    r"\s*,?\s*(?:(?:et|y|e|ainsi que|as[ií] como)\s+|ainsi qu')?"
    r"(?:(?:le|la|les|l'|du|de la|de l'|des|de|d'|del|el|los)\s*)?"
)


def _chains(art: Article, s: Sentence) -> list[list[Name]]:
    """Runs of countries (or of demonyms) one list coordinates."""
    inside = [n for n in art.names if n.kind == "country" and s.start <= n.start < s.end]
    chains: list[list[Name]] = []
    for n in inside:
        if chains and n in chains[-1]:
            continue
        alike = [m for m in inside if m.demonym == n.demonym and m.start > n.start]
        chains.append([n, *name_run(art, alike, n.end, _JOIN, _JOIN, forward=True)])
    return chains


# an article before a list's first country ("devant le Ghana", "viennent ensuite la Malaisie")
_ARTICLE = r"(?:(?:le|la|les|el|los|las)\s+|l')?"


# what makes an offer money, not people ("ont annoncé des contributions financières")
_FINANCIAL = re.compile(r"(?<!\w)(?:financ\w*|dollars?|dolares|euros?|millions?|millones|fonds|fondos)(?!\w)")


def _contributors_are(art: Article) -> str | None:
    """A copula naming the list after it as the contributors ("Les principaux pays contributeurs
    de la mission sont l'Inde, …", "Los principales países contribuyentes son la India, …"): the
    noun, at most five words, the copula (or a colon), maybe an article, then the list
    (``contributors_are``); or a personnel noun's passive of supplying (``supplied_by``)."""
    spec = art.grammar.section("statuses").get("contributors_are", {})
    nouns = "|".join(re.escape(fold(w)) for w in spec.get("nouns", []))
    copulas = "|".join(re.escape(fold(w)) for w in spec.get("copulas", []))
    if not nouns or not copulas:
        return None
    # a colon stands for the copula in a fact box ("• Principaux pays contributeurs de troupes :
    # Inde, Pakistan…", "• Aportantes latinoamericanos: Guatemala y El Salvador"), and a passive
    # of supplying names who supplies them ("Les plus gros contingents sont fournis par l'Italie…")
    supplied = "|".join(re.escape(fold(w)) for w in spec.get("supplied_by", [])) or "(?!x)x"
    return (
        rf"(?:(?<!\w)(?:{nouns})(?:\s+[\w'-]+){{0,5}}?(?:,?\s+(?:{copulas})\s+|\s*:\s*)"
        rf"|(?<!\w)(?:{supplied})\s+)"
        r"(?:(?:le|la|les|el|los|las)\s+|l')?$"
    )


def _donors_are(art: Article, s: Sentence, f: str, n: Name) -> str | None:
    """A list named as the donors by a copula before it ("Les principaux donateurs sont le Canada,
    …", "Entre los donantes que anunciaron aportaciones figuran el Canadá, …") or as among them
    after it ("…, figurent parmi les pays qui ont annoncé des contributions", "le Canada figurant
    parmi les principaux donateurs"): pledged when the noun's words announce or promise, else paid
    (``[statuses] donors_are``)."""
    spec = art.grammar.section("statuses").get("donors_are", {})
    nouns = "|".join(re.escape(fold(w)) for w in spec.get("nouns", []))
    copulas = "|".join(re.escape(fold(w)) for w in spec.get("copulas", []))
    among = "|".join(re.escape(fold(w)) for w in spec.get("among", []))
    if not nouns or not copulas or not among:
        return None
    chain = next((c for c in _chains(art, s) if any(m.start == n.start for m in c)), [n])
    head = f[max(0, chain[0].start - s.start - 70) : chain[0].start - s.start]
    tail = f[chain[-1].end - s.start : chain[-1].end - s.start + 80]
    told = re.search(
        rf"(?<!\w)(?:{nouns})(?:\s+[\w'-]+){{0,5}}?(?:,?\s+(?:{copulas})\s+|\s*:\s*)"
        r"(?:(?:le|la|les|el|los|las)\s+|l')?$",
        head,
    ) or re.match(
        rf"\s*,?\s*(?:[\w'-]+\s+)?(?:{among})\s+(?:les|los)\s+(?:[\w'-]+\s+)?(?:{nouns})(?!\w)",
        tail,
    )
    if not told:
        return None
    announced = [fold(w) for w in spec.get("announced", [])]
    return "pledged" if any(w in told.group() for w in announced) else "paid"


def _listed(art: Article, s: Sentence, f: str, counted_here: bool = False) -> dict[int, tuple[Name, str]]:
    """Countries a sentence lists as contributors without a figure of their own: governed by a
    personnel noun ("junto a militares de Guatemala y El Salvador", "les contingents jamaïcain,
    bahaméen…"), beside a contingent ("aux côtés du Bangladesh, du Pakistan…"), or said to be among
    the contributors ("L'Inde, le Pakistan et le Bangladesh figurent parmi ses principaux pays
    contributeurs"); committed or pledged when a pledge follows the list ("se comprometieron a
    aportar unidades")."""
    nouns = "|".join(re.escape(w) for w in _words(art, "personnel_nouns") + _words(art, "list_nouns"))
    beside = "|".join(re.escape(w) for w in _words(art, "beside"))
    # where a force's people come from, or who follows a contributor ("el resto procede de Jamaica y
    # Belice", "le premier contributeur, suivi du Tchad"): only where the sentence counts personnel
    # an adverb may stand inside the phrase ("venus principalement du Népal"), an article after it
    origin = "|".join(_said(w).pattern for w in _words(art, "origin"))
    counts_personnel = counted_here or any(
        re.search(rf"(?<!\w){re.escape(w)}", f)
        for w in _words(art, "personnel_nouns") + _words(art, "kept_nouns")  # "el resto del personal"
    )
    # "Le reste vient principalement du Guatemala…": the rest of the force, as the subject of its
    # origin right after it (one adverb between), not "le reste du budget"
    rest = "|".join(re.escape(w) for w in _words(art, "rest"))
    counts_personnel = counts_personnel or bool(
        rest and origin and re.search(rf"(?<!\w)(?:{rest})\s+(?:[\w']+\s+)?(?:{origin})", f)
    )
    among = "|".join(re.escape(w) for w in _words(art, "among"))
    among_loose = [_said(w) for w in _words(art, "among")]
    completing = [_said(w) for w in _words(art, "completes")]
    ranked = [_said(w) for w in _words(art, "ranked")]
    are = _contributors_are(art)
    committed = _words(art, "committed")
    pledged = _words(art, "pledged")
    # an offer of unspecified kind said of the list is its status whatever follows ("ont annoncé
    # des contributions", "anunciaron compromisos"); contingents announced as coming are expected
    offers_committed = _words(art, "offers_committed")
    offers_pledged = _words(art, "offers_pledged")
    coming = _words(art, "coming")
    offers = offers_committed + offers_pledged + coming
    money = _words(art, "money_nouns")
    out: dict[int, tuple[Name, str]] = {}  # by the name's offset
    for chain in _chains(art, s):
        # (wide enough for the contributors' noun, a complement and a copula before the list:
        # "les pays fournisseurs de contingents, parmi lesquels l'Indonésie…")
        head = f[max(0, chain[0].start - s.start - 70) : chain[0].start - s.start]
        tail = f[chain[-1].end - s.start : chain[-1].end - s.start + 70]
        demonyms = chain[0].demonym
        governed = bool(
            re.search(rf"(?<!\w)(?:{nouns})\s+(?:de|du|des|de la|de l'|d'|del)?\s*$", head)
            if not demonyms
            else re.search(rf"(?<!\w)(?:{nouns})\s*$", head)
        )
        # the verb nearest the list is its own ("Bahamas, Jamaica y Belice también han prometido
        # agentes, y Benín se comprometió…": pledged, not the next clause's committed)
        hits = sorted((m.start(), w) for w in committed + pledged + offers if (m := _said(w).search(tail)))
        said = [hits[0][1]] if hits else []
        # what they promised is people ("se comprometieron a aportar unidades"), or a commitment
        # said of them alone, which is no money ("ont aussi pris des engagements")
        promised = bool(said) and bool(
            (any(w in said for w in offers) and not _FINANCIAL.search(tail))
            or re.search(rf"(?<!\w)(?:{nouns})", tail)
            or (any(w in said for w in committed) and not any(w in tail for w in money))
        )
        is_beside = (
            bool(beside and re.search(rf"(?<!\w)(?:{beside})\s*$", head))
            or bool(are and re.search(are, head))
            or bool(origin and counts_personnel and re.search(rf"(?:{origin})\s*{_ARTICLE}$", head))
        )
        lead = len(tail) - len(re.sub(r"^\s*,?\s*", "", tail))  # "Le Togo et le Niger, les deux…"
        is_among = bool(among and re.match(rf"\s*,?\s*(?:{among})", tail)) or any(
            p.match(tail, lead) for p in among_loose
        )
        # a rank among the contributors in apposition ("Ghana, el mayor contribuyente de la FINUL,"),
        # not a rank among the payers of a fund
        is_among = is_among or (
            any(p.match(tail, lead) for p in ranked)
            and not _FINANCIAL.search(tail)
            and not re.search(r"(?<!\w)(?:budget|presupuesto|cotisation|cuota)", tail)
            and not any(w in tail for w in money)
        )
        # a list that completes the force ("Les Jamaïcains et les Bahamiens complètent le dispositif")
        completes = any(p.match(tail, lead) for p in completing)
        if not (governed or promised or is_beside or is_among or completes):
            continue
        if demonyms and not (governed or completes):
            continue  # "aux côtés des Kényans": people, not a country's contingent
        status = "deployed"
        if any(w in said for w in coming):
            status = "expected"
        elif any(w in said for w in committed + offers_committed):
            status = "committed"
        elif said:
            status = "pledged"
        for n in chain:
            if n.key != art.host:
                out[n.start] = (n, status)
    return out


@cache
def _counted(words: tuple[str, ...], nouns: tuple[str, ...]) -> re.Pattern[str]:
    numbers = "|".join(re.escape(w) for w in words) or "(?!x)x"
    alt = "|".join(re.escape(w) for w in nouns)
    return re.compile(rf"(?:\d|(?<!\w)(?:{numbers}))\s+(?:[^\W\d]+\s+)?(?:{alt})\s+$")


def _counted_noun(art: Article) -> re.Pattern[str]:
    """A figure, in digits or words, then its personnel noun, right before a demonym: the nationality
    of people the sentence counts ("unos 650 militares españoles", "huit militaires salvadoriens")."""
    # not "un", "une", "una": an article ("un pequeño contingente salvadoreño" counts no one)
    words = tuple(fold(w) for w, v in art.grammar.section("numbers").get("words", {}).items() if v != 1)
    return _counted(words, tuple(_words(art, "personnel_nouns") + _words(art, "kept_nouns")))


def _keeps(art: Article, s: Sentence, f: str, n: Name, key: str = "keeps") -> bool:
    """A country (or the list it ends) that keeps or provides people in the present ("El Salvador,
    el otro país centroamericano presente en Haití, mantiene allí un equipo", "Brasil, México y
    Argentina mantienen asimismo oficiales", "fournissent également des troupes"), or that offers
    them (``key`` "offers": "ofrece un equipo médico"): the verb of ``[statuses] keeps`` after at most
    an apposition, or opening a relative clause ("El Salvador, que mantiene en Haití una unidad…"),
    then its object, a personnel noun."""
    verbs = "|".join(re.escape(w) for w in _words(art, key))
    nouns = "|".join(
        re.escape(w)
        for w in _words(art, "personnel_nouns") + _words(art, "list_nouns") + _words(art, "kept_nouns")
    )
    if not verbs or not nouns:
        return False
    end = _list_end(art, s, n)
    # an adverb may stand between the auxiliary and the participle ("ont aussi envoyé du personnel")
    verbs = "|".join(_said(w).pattern for w in _words(art, key))
    m = re.match(
        rf"(?P<gap>\s*(?:,[^,;:.()]{{1,70}},\s*|,\s*(?:que|qui)\s+)?(?:[\w']+\s+){{0,2}}?)(?:{verbs})(?!{_CEILING_KEPT.pattern})\s+(?:[\w']+\s+){{0,3}}?"
        rf"(?:(?:a\s+)?(?:un|una|unos|unas|su|sus|des|de|du|un|une|son|sa|ses|leur|leurs)\s+)?"
        rf"(?:[\w']+\s+)?(?:{nouns})(?!\w)",
        f[end - s.start :],
    )
    # a negation before the verb keeps no one ("Chile no tiene tropas", "ne fournit plus de troupes")
    return m is not None and not _refused(art, m.group("gap"))


# a post at the head of a contingent its demonym names, a person's role ("el coronel …, jefe del
# contingente salvadoreño", "le commandant du contingent sénégalais"): it tells who they are, no status
_COMMANDER_OF = re.compile(
    r"(?<!\w)(?:jefe|jefa|comandante|commandant|commandante|chef|cheffe)s?\s+(?:del|de la|du|de l')\s*"
    r"(?:contingente?|unidad|unite|bataillon|batallon|compania|compagnie)s?\s*$"
)


# a verb of keeping whose object is a ceiling ("…, préparé par la France, maintient l'effectif
# autorisé à 14 400", "mantiene el techo en 11.500"): a Council text's, no contingent kept
_CEILING_KEPT = re.compile(
    r"\s*(?:(?:l'|le |la |les |el |los |las )\s*)?"
    r"(?:(?:effectifs?|efectivos?)(?:\s+militaires?|\s+militar(?:es)?)?"
    r"\s+(?:autorises?|autorizados?|maximal|maximum|maximo)|plafond|techo|tope)(?!\w)"
)


def _list_end(art: Article, s: Sentence, n: Name) -> int:
    """Where the list a country opens or belongs to ends: its verb is read after it ("Le Togo
    ainsi qu'Antigua-et-Barbuda ont fait savoir qu'ils étaient disposés…")."""
    return max((c[-1].end for c in _chains(art, s) if n in c), default=n.end)


def _refused(art: Article, gap: str) -> bool:
    """A negation or a refusal between a country and the verb of sending that follows it: the country
    sends no one ("n'avait pas l'intention de déployer", "se negó a enviar", "refuse d'envoyer")."""
    for w in art.grammar.words("modality", "negation") + _words(art, "refused"):
        w = fold(w)
        tail = "" if w.endswith("'") else r"(?!\w)"
        if re.search(rf"(?<!\w){re.escape(w)}{tail}", gap):
            return True
    return False


def _carriage(art: Article, f: str, start: int, end: int) -> str | None:
    """A country that bears the cost of carrying the troops, named right before or after the verb of
    bearing it ("el traslado de las tropas lo paga Estados Unidos", "corre por cuenta de Estados Unidos",
    "Estados Unidos, que asumió el traslado"): a donor that paid; with a verb still to come or a
    commitment ("cubrirá el traslado", "se comprometió a cubrir el transporte"), one that pledged."""
    nouns = "|".join(re.escape(w) for w in _words(art, "carriage_nouns"))
    if not nouns or not re.search(rf"(?<!\w)(?:{nouns})(?!\w)", f):
        return None
    for value, key in (("pledged", "carriage_pledged"), ("paid", "carriage_paid")):
        verbs = "|".join(re.escape(w) for w in _words(art, key))
        if not verbs:
            continue
        for m in re.finditer(rf"(?<!\w)(?:{verbs})(?!\w)", f):
            # the carried noun within sixty characters of the verb, on its side of the clause
            near = f[max(0, m.start() - 60) : m.end() + 60]
            if not re.search(rf"(?<!\w)(?:{nouns})(?!\w)", near):
                continue
            before = f[end : m.start()] if end <= m.start() else None
            after = f[m.end() : start] if start >= m.end() else None
            if before is not None and len(before) <= 12 and not re.search(r"[;.:]", before):
                return value  # "Estados Unidos, que asumió", "Estados Unidos se comprometió a cubrir"
            if after is not None and re.fullmatch(
                r"\s*(?:(?:de|del|por|par)\s+)?(?:(?:le|la|les|el|los|las)\s+|l')?", after
            ):
                return value  # "lo paga Estados Unidos", "corre por cuenta de Estados Unidos"
    return None


def statuses(art: Article, claims: list[Claim]) -> list[Claim]:
    counted = {c.subject for c in claims if c.measure.startswith(("personnel.", "funding."))}
    willing = _words(art, "willing")
    personnel = _words(art, "personnel_nouns")
    money = _words(art, "money_nouns")
    out: list[Claim] = []
    for s in art.sentences:
        if s.headline or retracted(s, art.grammar):
            continue  # a correction note's countries are those of the fact it withdraws
        f = fold(s.text)
        # the Council in a side clause ("La misión, que el Consejo renovó en 2024, contaba con…") does
        # not make the sentence about it
        if _COUNCIL.search(_SIDE_CLAUSE.sub(lambda m: " " * len(m.group()), f)):
            continue
        cues: list[Cue] = _cues(s, art.grammar, {})
        countries = [
            n
            for n in art.names
            if n.kind == "country" and not n.demonym and n.key != art.host and s.start <= n.start < s.end
        ]
        counted_here = any(
            c.measure.startswith("personnel.") and s.start <= c.start < s.end for c in claims
        )  # "Kenia aporta 396 de ellos; el resto procede de Jamaica…"
        listed = _listed(art, s, f, counted_here)
        classes = {cls for c in cues for cls in c.classes}
        # soldiers killed or wounded are victims the clause counts, not a contingent it places
        victims = bool(_CASUALTY & classes) and not ({"deploy", "arrive", "strength"} & classes)
        for n in countries + [n for n, _ in listed.values() if n.demonym]:
            name = english(n.key)
            if name in counted:
                continue
            if n.demonym and _COMMANDER_OF.search(f[max(0, n.start - s.start - 60) : n.start - s.start]):
                continue  # "el coronel …, jefe del contingente salvadoreño, conversó…": who they are
            after = f[n.end - s.start :]
            status: tuple[str, str] | None = None
            carried = _carriage(art, f, n.start - s.start, n.end - s.start)
            donors = _donors_are(art, s, f, n)
            if carried:
                status = ("donor", carried)  # "el traslado de las tropas lo paga Estados Unidos"
            elif donors:
                status = ("donor", donors)  # "Los principales donantes han sido Estados Unidos, …"
            elif n.start in listed:
                if victims or (
                    n.demonym and _SHARE.search(f[max(0, n.start - s.start - 50) : n.start - s.start])
                ):
                    continue
                if n.demonym and _counted_noun(art).search(
                    f[max(0, n.start - s.start - 50) : n.start - s.start]
                ):
                    continue  # "unos 650 militares españoles", "huit militaires salvadoriens": counted
                status = ("contributor", listed[n.start][1])
                awaited = _words(art, "expected")
                before_list = f[max(0, n.start - s.start - 50) : n.start - s.start]
                after_list = f[n.end - s.start : n.end - s.start + 60]
                if status[1] == "deployed" and (
                    any(_coming(art, c, n.start) for c in cues)
                    or any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", before_list) for w in awaited)
                    # the list the subject of a passive one ("Les contingents de la Jamaïque, des Bahamas
                    # et du Belize sont attendus")
                    or any(
                        re.search(rf"(?<!\w){re.escape(w)}(?!\w)", after_list) for w in _words(art, "awaited")
                    )
                ):  # "Se espera que lleguen tropas de Chad", "attend pour avril ses contingents tchadiens"
                    status = ("contributor", "expected")
            elif _LEADS.search(f[max(0, n.start - s.start - 24) : n.start - s.start]):
                continue  # "la misión, que encabeza Kenia, cuenta con…": the lead, not a status
            elif re.search(r"(?<!\w)(?:en|au|aux|a|à)(?:\s+(?:el|la|le|l'))?\s*$", f[: n.start - s.start]):
                continue  # "présent au Congo", "en el Congo": a place, not who acts
            elif any(w in f[_list_end(art, s, n) - s.start :][:80] for w in willing):
                status = ("contributor", "willing")
            elif _keeps(art, s, f, n, "offers") and not victims:
                status = ("contributor", "pledged")
            elif _keeps(art, s, f, n) and not victims:
                status = ("contributor", "deployed")
            elif any(w in after for w in money) and not art.grammar.verbs["speak"].said(after[:40]):
                # what a delegation says ("Panamá subrayó que… aporten recursos") is not what it gives
                verbs = {cls for c in cues if c.start > n.start for cls in c.classes}
                if "pledge" in verbs:
                    status = ("donor", "pledged")
                elif {"pay", "hold"} & verbs:
                    status = ("donor", "paid")
            elif any(re.search(rf"(?<!\w){re.escape(w)}", f) for w in personnel):
                later = [c for c in cues if c.start > n.start]
                if later and _refused(art, f[n.end - s.start : later[0].start - s.start]):
                    continue  # "le Bénin n'a pas l'intention d'envoyer", "Chile, que se negó a enviar"
                kept = "|".join(re.escape(w) for w in _words(art, "keeps") + _words(art, "deployed"))
                if kept and re.search(rf"(?<!\w)(?:{kept}){_CEILING_KEPT.pattern}", after[:80]):
                    continue  # "Le texte, préparé par la France, maintient l'effectif autorisé à…"
                if (
                    later
                    and not later[0].intended
                    and {"deploy", "arrive", "strength"} & set(later[0].classes)
                ) or any(w in after[:60] for w in _words(art, "deployed")):
                    status = ("contributor", "deployed")
                elif (
                    later
                    and later[0].intended
                    and {"deploy", "arrive"} & set(later[0].classes)
                    and not re.search(r"[,;:.()]", art.text[n.end : later[0].start])
                ):  # "La Jamaïque et le Belize doivent envoyer des effectifs": still to come
                    status = ("contributor", "expected")
            if status is None:
                continue
            out.append(
                Claim(
                    measure=status[0],
                    subject=name,
                    value=status[1],
                    # a contingent or a fund is a force's, not a political office's (BINUH)
                    mission=_mission_near(art, s, n.start)
                    if any(m.kind == "mission" and s.start <= m.start < s.end for m in art.names)
                    # a fact box's heading names the mission of the lines under it ("LA SAMIDRC⏎•
                    # Autres pays contributeurs : Malawi, Tanzanie"), as it does for their figures
                    else art.section_missions.get(s.start) or _mission_at(art, art.published, force=True),
                    as_of=art.published,
                    sentence=s.text,
                    start=n.start,
                    end=n.end,
                    rule="lang",
                )
            )
            counted.add(name)
    return out
