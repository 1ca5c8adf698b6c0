"""Quotes and roles in a French or Spanish article.

Quotes are the words inside « guillemets », “comillas” or straight quotes, or after a dialogue
dash at the start of a line ("— Nous resterons, a déclaré le commandant."); the speaker is the
person a speech verb ties to them in the sentence ("a déclaré Jean Dupont", "dijo la canciller
Ana Pérez", "selon X"), or the person the article last quoted or named. Roles are titles written
before a name ("le Premier ministre Garry Conille") or in apposition after it ("Ana Pérez,
ministra de Defensa,"), kept in the article's language. A surname alone stands for the full name
given earlier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from missionwatch.models import Claim
from missionwatch.nlp import kbglue
from missionwatch.nlp.lang.engine import Article, Sentence
from missionwatch.nlp.lang.grammar import Grammar, fold
from missionwatch.nlp.lang.names import Name, country_codes, english

MIN_WORDS = 4  # fewer quoted words are a term held at arm's length ("« gangs »") unless a speaker is named


@dataclass
class Quote:
    start: int
    end: int
    value: str
    short: bool = False  # fewer than MIN_WORDS: kept only when its own sentence names who said it


def _sentence_of(art: Article, at: int) -> Sentence | None:
    for s in art.sentences:
        if s.start <= at <= s.end:
            return s
    return None


def _speak(g: Grammar) -> re.Pattern[str]:
    stems = [s for s in g.verbs["speak"].stems]
    lemmas = list(g.verbs["speak"].lemmas)
    alt = "|".join(re.escape(w) for w in sorted(set(stems + lemmas), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})\w*", re.I)


def find_quotes(art: Article) -> list[Quote]:
    g = art.grammar
    lang = g.section("language")
    out: list[Quote] = []
    text = art.text
    words = "|".join(re.escape(fold(w)) for w in lang.get("not_quote_after", []))
    not_after = re.compile(rf"(?<!\w)(?:{words})\s*:?\s*$" if words else r"(?!x)x")
    for open_, close in lang.get("quotes", []):
        pattern = re.compile(
            # one line break inside is a hard-wrapped line ("«Entraron de noche, quemaron las casas⏎y…»")
            rf"{re.escape(open_)}\s*((?:[^{re.escape(open_ + close)}\n]|\n(?!\s*\n)){{3,1500}}?)"
            rf"\s*{re.escape(close)}"
        )
        for m in pattern.finditer(text):
            if any(q.start <= m.start() < q.end for q in out):
                continue
            value = re.sub(r"\s*\n\s*", " ", m.group(1).strip())
            head = fold(text[max(0, m.start() - 40) : m.start()])
            if not_after.search(head):
                continue  # "Lire aussi : « … »", "la denominada « justicia popular »"
            short = len(value.split()) < MIN_WORDS
            if short and (value[:1].isupper() or not value[:1].isalpha()):
                continue  # a short capitalised term is a name ("« Gran Grif »"), not words said
            out.append(Quote(m.start(1), m.start(1) + len(m.group(1).rstrip()), value, short))
    dashes = "".join(lang.get("dialogue_dashes", []))
    speak = _speak(g)
    for m in re.finditer(rf"(?m)^[{re.escape(dashes)}]\s*(.+)$", text):
        line = m.group(1)
        cut = len(line)
        for v in speak.finditer(fold(line)):
            head = re.sub(r"(?:\s+(?:a|ha|avait|había|a-t-il|a-t-elle))$", "", line[: v.start()].rstrip())
            if head.endswith((",", "—", "–")):
                cut = len(head) - 1
                break
        value = line[:cut].strip(" ,—–")
        if cut == len(line):
            continue  # an interview's answer, no incise: the speaker is the interview's, not a quotation's
        if len(value.split()) >= MIN_WORDS:
            start = m.start(1)
            out.append(Quote(start, start + len(value), value))
    return sorted(out, key=lambda q: q.start)


def _surnames(name: str) -> tuple[str, ...]:
    """The words a person is called by alone: the last, and of three words or more the one before
    it too (the first of two surnames: "Javier Almansa Recio" is "Almansa")."""
    words = name.split()
    return tuple(words[-2:]) if len(words) >= 3 else tuple(words[-1:])


def _full(name: str, known: list[str]) -> str:
    """A surname alone ("Conille", "Almansa") → the full name given earlier ("Garry Conille",
    "Javier Almansa Recio")."""
    for k in known:
        if k != name and k.split()[-1] == name.split()[-1]:
            return k
    if len(name.split()) == 1:
        for k in known:
            if name in _surnames(k):
                return k
    return name


_REPRESENTATIVE = re.compile(
    r"(?<!\w)(?:son|sa|leur|su|sus)\s+"
    r"(?:representant|representante|delegation|delegacion|deleguee?|delegad[oa]|ambassadeur|embajador)"
)


def _iso_name(code: str) -> str:
    """A delegation by its UN name ("Russian Federation"), as the corpus names speakers."""
    import pycountry

    found = pycountry.countries.get(alpha_3=code)
    return str(found.name) if found is not None and "," not in found.name else english(code)


_INDEFINITE = re.compile(
    r"^\s*(?:-t-(?:il|elle)\s+)?((?:un|une|plusieurs|deux|trois|un\s+haut|una|unos|unas|varios|varias)\s+[^,.;:!?«»“”\"\n]{2,90})",
    re.I,
)
# words that open what follows a described speaker, not its description ("un diplomate américain à
# l'issue de la séance", "un oficial de la misión tras la votación"); so does when they spoke ("un
# diplomate haïtien la semaine dernière", "un comandante keniano al bajar del avión", "hier")
_AFTER_SPEAKER = re.compile(
    r"\s+(?:à|au|aux|lors|en|après|avant|dans|pendant|devant|sous|selon|sur|par|qui|que|a|en|tras|durante|ante|"
    r"según|desde|con|quien|que|el\s+pasado|la\s+semana|la\s+semaine|cette\s+semaine|esta\s+semana|hier|ayer"
    r"|ce\s+matin|ce\s+soir|esta\s+mañana|al\s+[a-záéíóú]+(?:ar|er|ir)|al\s+término|al\s+final"
    r"|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|"
    # the object pronoun of the speech verb ("Un chef de village m'a dit", "Un policier le résumait")
    r"me|m['’]|le|lui|nous|nos|lo|se)\b(?!-).*$",  # not "sous-officier"
    re.I,
)


# where an unnamed speaker serves is part of who they are, though "à", "en" open what follows a
# speaker otherwise: "un diplomate en poste à New York", "une responsable présente aux Cayes",
# "un funcionario destacado en Ginebra", "une infirmière à Jérémie" — a post word, then a place
# written with a capital right after the preposition
_POSTED = re.compile(
    r"\s+(?:(?:en\s+poste|présente?s?|basée?s?|installée?s?|destacad[oa]s?|radicad[oa]s?|"
    r"apostad[oa]s?|establecid[oa]s?)\s+)?(?:à|au|aux|en|a)\s+"
    r"(?:l'|la\s+|le\s+|les\s+)?[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*(?=\s*$|\s+[a-zà-ÿ])"
)


# a time a speaker said their words, at the end of their description
_WHEN_SAID = re.compile(
    r"\s+(?:le\s+mois\s+dernier|la\s+semaine\s+derni[eè]re|l['’]an\s+dernier|l['’]ann[ée]e\s+derni[eè]re|"
    r"hier|r[ée]cemment|en\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|"
    r"novembre|d[ée]cembre)|el\s+mes\s+pasado|la\s+semana\s+pasada|el\s+a[ñn]o\s+pasado|ayer|"
    r"recientemente|en\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
    r"noviembre|diciembre))\s*$",
    re.I,
)


# a speaker's age is no part of who they are ("un sous-officier de 34 ans", "una enfermera de 52 años")
_AGED = re.compile(r"\s+de\s+\d{1,3}\s+(?:ans|años)(?!\w).*$")


def _trimmed(phrase: str) -> str:
    """A described speaker without what follows them (``_AFTER_SPEAKER``) or their age (``_AGED``),
    keeping a post they are described by (``_POSTED``) when it comes right after the noun phrase."""
    phrase = _AGED.sub("", phrase)
    post = _POSTED.search(phrase)
    if post is not None:
        base = phrase[: post.start()]
        if _AFTER_SPEAKER.sub("", base) == base:
            return base + post.group()
    return _AFTER_SPEAKER.sub("", phrase)


def _described(after_verb: str) -> str | None:
    """An unnamed speaker described after the speech verb ("a déclaré un diplomate américain",
    "señaló un oficial de la misión"), its description up to what follows it."""
    m = _INDEFINITE.match(after_verb)
    if m is None:
        return None
    phrase = _trimmed(m.group(1)).strip()
    return phrase if 2 <= len(phrase.split()) <= 8 else None


_PARTICIPLE = re.compile(
    r"\s+(?:[a-zà-öø-ÿ'’-][\w'’-]*(?:é|ée|és|ées)|[a-zà-öø-ÿ'’-]{3,}(?:ado|ada|ados|adas|ido|ida|idos|idas)|présente?s?|presentes?"
    r"|assise?s?|jointe?s?|rejointe?s?)"
    r"(?=\s|$).*$"
)  # "un officier kényan rencontré à l'aéroport", "un portavoz de la MSS consultado por este medio",
# "une habitante jointe par téléphone", "une mère assise près du portail"
# a preposition or an article that ends a description opens nothing any more
_DANGLING = re.compile(
    r"(?:\s+(?:de|du|des|d['’]|à|au|aux|en|del|de la|de los|de las|la|le|les|el|los|las))+\s*$", re.I
)
_INDEFINITES = r"(?:un|une|plusieurs|deux|trois|una|unos|unas|varios|varias)"
# adjectives written before a speaker's noun ("un ancien officier", "une jeune infirmière", "un
# antiguo oficial", "otro diplomático"), matched on folded text
_BEFORE_NOUN = r"(?:(?:haut|alto|alta|ancien|ancienne|jeune|autre|antiguo|antigua|joven|otro|otra|ex)\s+)?"


@cache
def _speaker_noun(g: Grammar) -> re.Pattern[str]:
    nouns = "|".join(re.escape(fold(w)) for w in g.words("quotes", "speaker_nouns"))
    return re.compile(rf"{_INDEFINITES}\s+{_BEFORE_NOUN}(?:{nouns})s?(?!\w)", re.I)


def _description(text: str, speak: re.Pattern[str]) -> str | None:
    """A speaker's description from its indefinite article on: up to a comma, a clause that
    follows it (``_AFTER_SPEAKER``), a participle or a speech verb."""
    text = re.sub(r"(?<!\n)\n(?!\n)", " ", text)  # a hard-wrapped line runs on
    phrase = re.split(r"[,.;:!?«»“”\"\n(—–]", text, maxsplit=1)[0]
    phrase = _trimmed(phrase)
    v = speak.search(fold(phrase))
    if v:
        phrase = phrase[: v.start()]
    post = _POSTED.search(phrase)
    kept = phrase[post.start() :] if post else ""
    phrase = phrase[: post.start()] if post else phrase
    # the article and its noun ("un gradé") stay, with an adjective before the noun ("un haut gradé")
    head = re.match(rf"\s*\S+\s+{_BEFORE_NOUN}\S+", phrase, re.I)
    if head:
        phrase = head.group() + _PARTICIPLE.sub("", phrase[head.end() :])
        # a complement cut short leaves its preposition: "un policier haïtien de l'unité" loses
        # "l'unité" as a participle in -é, and the "de" goes with it
        phrase = head.group() + _DANGLING.sub("", phrase[head.end() :])
    phrase += kept
    phrase = phrase.strip()
    # a service named in full may take ten words ("un haut fonctionnaire du Département des
    # opérations de paix")
    return _with_acronym(text, phrase) if 2 <= len(phrase.split()) <= 10 else None


# a body's acronym in brackets right after its name ("du Programme alimentaire mondial (PAM)")
_ACRONYM = re.compile(r"\s*\(([A-ZÀ-Ý][A-ZÀ-Ý0-9-]{1,9})\)")


def _with_acronym(text: str, phrase: str) -> str:
    """A description that runs to a bracketed acronym keeps it: the acronym names the body the
    speaker belongs to ("une porte-parole du Bureau de la coordination des affaires humanitaires
    (OCHA)", "un agente de la Policía Nacional (PNC)"), as the full name does."""
    lead = len(text) - len(text.lstrip())
    if not phrase or not text[lead:].startswith(phrase):
        return phrase
    m = _ACRONYM.match(text, lead + len(phrase))
    return f"{phrase} ({m.group(1)})" if m else phrase


def _described_after(after_verb: str, g: Grammar, speak: re.Pattern[str]) -> tuple[int, str] | None:
    """An unnamed speaker a few words after the speech verb: "assure de son côté un officier
    kényan", "resumió a Europa Press una fuente diplomática"."""
    m = re.match(
        r"^(?:\s*-t-(?:il|elle))?(?:\s+[\w'’-]+){0,4}?\s+(?=" + _INDEFINITES + r"\s)", after_verb, re.I
    )
    if m is None:
        return None
    rest = after_verb[m.end() :]
    if not _speaker_noun(g).match(fold(rest)):
        return None
    phrase = _description(rest, speak)
    return (m.end(), phrase) if phrase else None


def _described_before(head: str, g: Grammar, speak: re.Pattern[str]) -> tuple[int, str] | None:
    """An unnamed speaker who is the subject of the clause before a quotation ("9 h 15 — Un officier
    de police haïtien, sous couvert d'anonymat, se montre prudent : « … »", "une opération que
    plusieurs responsables qualifient de « … »"): (offset in ``head``, description)."""
    found = None
    for m in _speaker_noun(g).finditer(fold(head)):
        lead = fold(head[: m.start()]).rstrip()
        # the subject after its speech verb ("Comme me le disait en janvier une religieuse de
        # Jérémie : « … »"), or before it, the verb closing the clause on a colon ("Un chef de
        # quartier me confiait récemment : « … »", "relève un diplomate européen : « … »")
        rest = fold(head[m.start() :])
        to_colon = re.fullmatch(r"[^«»“”\"().;!?,]{0,120}:\s*[«“\"]?\s*", rest)
        inverted = to_colon and re.search(rf"(?:{speak.pattern})(?:\s+[\w'’-]+){{0,4}}$", lead, re.I)
        colon = to_colon and speak.search(rest)
        if lead and not (
            re.search(r"(?:[—–:;]|(?<!\w)que|(?<!\w)qu'|(?<!\w)comme)$", lead)
            # whose words they are, opening the clause ("Selon un officier kényan cité par …, « … »",
            # "Pour un responsable de la mission qui a requis l'anonymat, « … »", "Según un agente, «…»")
            or re.search(r"(?:^|[,;:—–]\s*)(?:selon|pour|segun|para)$", lead)
            or inverted
            or colon
        ):
            continue  # "a condamné un officier": an object, not who speaks
        if re.search(r"(?:(?<!\w)que|(?<!\w)qu')$", lead) and not (
            speak.search(rest) or re.search(r"[«“\"]\s*$", rest)
        ):
            continue  # "a indiqué que deux agents avaient été tués.": the subject of what was said
        phrase = _description(head[m.start() :], speak)
        if inverted and not colon:
            # after its verb, the subject runs to the colon: what it is told by stays ("une
            # commerçante chassée de Carrefour-Feuilles", "un officier kényan rencontré à l'aéroport")
            whole = re.split(r"[,;:(«»“”\"\n]", head[m.start() :], maxsplit=1)[0]
            whole = re.sub(r"\s+(?:que|qui|quien|dont|cuyo|cuya)\b.*$", "", whole, flags=re.I).strip()
            # where they were met, a bare town at the end, is not who they are ("… de Haití en Pétion-Ville")
            whole = re.sub(r"\s+(?:en|à|a)\s+[A-ZÀ-Ö][\w'’-]*(?:[\s-][A-ZÀ-Ö][\w'’-]*)*$", "", whole)
            # nor is when they said it, closing the phrase ("Comme me le disait un commandant de la
            # police le mois dernier : « … »", "me contó un agente la semana pasada: «…»")
            whole = _WHEN_SAID.sub("", whole)
            phrase = _with_acronym(head[m.start() :], whole) if 2 <= len(whole.split()) <= 10 else phrase
        if phrase:
            found = (m.start(), phrase)
    return found


def _named_before(persons: list[Name], at: int, reach: int = 600) -> str | None:
    earlier = [p for p in persons if at - reach <= p.start < at]
    return earlier[-1].key if earlier else None


def _delegation(
    art: Article, lo: int, q_start: int, q_end: int, hi: int, *, earlier: bool = True
) -> str | None:
    """A delegation as the speaker, when no person is ("la Fédération de Russie a regretté un texte
    « … »"; "« … », señaló su representante" after a sentence about Guatemala)."""
    countries = [n for n in art.names if n.kind == "country" and not n.demonym and n.key != "HTI"]
    before = [n for n in countries if lo <= n.start < q_start]
    if before:
        return _iso_name(before[-1].key)
    head = fold(art.text[lo:q_start])
    if re.search(r"(?<!\w)(?:delegation|delegacion)", head):  # "la délégation panaméenne / d'Haïti a estimé"
        named = [n for n in art.names if n.kind == "country" and lo <= n.start < q_start]
        if named:
            return _iso_name(named[-1].key)
    around = fold(art.text[lo:q_start] + " " + art.text[q_end:hi])
    if earlier and _REPRESENTATIVE.search(around):  # else the sentence before says whose
        named_before = [n for n in countries if n.start < lo]
        if named_before:
            return _iso_name(named_before[-1].key)
    return None


def _quote_mission(art: Article, lo: int, hi: int, q_start: int = -1, q_end: int = -1) -> str | None:
    """The mission a quotation's sentence names, else the article's when it names only one:
    a speaker in an article about two missions is not taken to speak of the commoner one. A
    mission named within the quotation's own words is what the speaker talks about ("« … ce qui a
    fait échouer la MMAS »"), not whose quotation it is; where the sentence names the article's
    own mission beside another ("convertir la MMAS en la FRP"), the quotation is the article's."""
    named = [n.key for n in art.names if n.kind == "mission"]
    inside = [
        n.key
        for n in art.names
        if n.kind == "mission" and lo <= n.start < hi and not q_start <= n.start < q_end
    ]
    if art.mission in inside:
        return art.mission
    if inside:
        return inside[0]
    return named[0] if len(set(named)) == 1 else (None if named else art.mission)


@cache
def _body_speaker(g: Grammar, speak: re.Pattern[str]) -> re.Pattern[str]:
    """An institution that is the subject of the speech verb before a quotation (matched on folded
    text): its noun (``[quotes] body_nouns``) after an article opening the clause, its name up to
    the verb."""
    nouns = "|".join(re.escape(fold(w)) for w in g.words("quotes", "body_nouns")) or "(?!x)x"
    verbs = speak.pattern[speak.pattern.index("(?:") :]
    return re.compile(
        rf"(?:^|[,;:—–]\s*)(?:el|la|le|l')\s*((?:{nouns})(?:\s+[^\s,;:«»“”\"]+){{0,8}}?)"
        rf"(?=\s+(?:(?:a|ha|han|ont|avait|habia)\s+)?{verbs})"
    )


_CAPS = r"[A-ZÀ-Ö][\w'’-]+(?:\s+[A-ZÀ-Ö][\w'’-]+)*"  # "Relaciones Exteriores"
_NAME_TAIL = r"(?:\s+(?:de|del|de la|des|du|d')\s*[A-ZÀ-Ö][\w'’-]+(?:\s+[A-ZÀ-Ö][\w'’-]+)*)*"
_DELEGATE_AFTER = re.compile(
    r"\s*(?:el|la|le|l')\s*(?:representante?|delegad[oa]|delegue\w*|embajador\w*|ambassad\w+|delegation|delegacion)"
    r"(?:\s+permanente?)?\s+(?:de|du|del|d')\s*(?:la\s+|l')?$"
)


_DELEGATION_OF = re.compile(r"\s*(?:el|la|le|l')\s*(?:delegation|delegacion)\s+")
# who speaks on, named by a pronoun or a possessive ("», a-t-elle affirmé", "», a déclaré son
# représentant", "», dijo su delegado") or by nothing at all ("», dijo.")
_POSSESSIVE_DELEGATE = re.compile(
    r"(?<!\w)(?:son|sa|su)\s+(?:representant\w*|representante|delegue\w*|delegad[oa]|delegation|delegacion)"
)
_GOES_ON = re.compile(r"-t-(?:il|elle)|(?<!\w)(?:il|elle)(?!\w)|" + _POSSESSIVE_DELEGATE.pattern)


# an aside between a speech verb and its subject set after it ("», a déclaré, pour sa part, le
# représentant d'Haïti", "», afirmó, por su parte, el delegado de …"): the subject is still the next
_ASIDE = re.compile(
    r"\s*,\s*(?:pour sa part|pour leur part|de son côté|de leur côté|à son tour|à leur tour|quant à lui"
    r"|quant à elle|pour finir|enfin|ensuite|por su parte|por su lado|de su lado|a su vez|a su turno"
    r"|por último|finalmente|luego)\s*,(?=\s)",
    re.I,
)


def _body_or_delegate_after(art: Article, g: Grammar, at: int, hi: int) -> str | None:
    """Who the words right after the speech verb name: an institution ("», señaló el Ejército de
    Guatemala en la nota") or a country's delegate ("», afirmó el representante del Ecuador"), an
    aside between them skipped."""
    aside = _ASIDE.match(art.text, at, hi)
    if aside:
        at = aside.end()
    nouns = "|".join(re.escape(w) for w in g.words("quotes", "body_nouns"))
    after = art.text[at:hi]
    if nouns and (m := re.match(rf"\s*(?:el|la|le|l['’])\s*((?:{nouns}){_NAME_TAIL})(?!\w)", after)):
        # a body named short stands for its full name given earlier ("el Ejército" → "Ejército de Guatemala")
        earlier = re.findall(
            rf"{re.escape(m.group(1))}(?:\s+(?:de|del|de la|des|du|d')\s*{_CAPS})+", art.text[:at]
        )
        if earlier:
            return str(earlier[-1])
        demonym = re.match(r"\s+([a-zà-öø-ÿ]+)", after[m.end(1) :])  # "l'Armée béninoise"
        if demonym and country_codes(demonym.group(1), g.code):
            return m.group(1) + demonym.group(0)
        return m.group(1)
    for n in art.names:
        if n.kind == "country" and at < n.start < min(hi, at + 60):
            gap = fold(art.text[at : n.start])
            if n.demonym and _DELEGATION_OF.fullmatch(gap):
                return _iso_name(n.key)  # "», dijo la delegación guatemalteca"
            if n.demonym:
                continue
            if _DELEGATE_AFTER.match(gap):
                return _iso_name(n.key)
            break
    return None


# what may open a clause before its subject: a live blog's time, "pour"/"para", an article
_OPENING = re.compile(
    r"\s*(?:\d{1,2}\s*(?:h|:|\.)\s*\d{2}\s*[–—-]\s*)?(?:(?:pour|para)\s+)?(?:(?:la|le|les|el|los|las)\s+|l['’])?"
)


def _told_to(art: Article, p: Name, lo: int, speak: re.Pattern[str]) -> bool:
    """The name is the object of a verb of saying ("dijo a Prensa Libre", "a confié à Juno7")."""
    before = fold(art.text[max(lo, p.start - 40) : p.start])
    m = re.search(r"([\w'-]+)\s+(?:a|à|al|au)\s+$", before)
    return bool(m and speak.fullmatch(m.group(1)))


# a delegate's title in apposition right after a person's name ("Michael Waltz, ambassadeur des
# États-Unis, a qualifié…", "Jennifer Locetta, embajadora adjunta de Estados Unidos, celebra…")
_APPOSED = re.compile(r"\s*,\s*(?:(?:le|la|el|l['’])\s*)?")


# a relative clause of whose delegation opens right before the word ("dont la délégation", "cuya
# delegación"): it tells what the speaker's delegation did beside another, not who speaks
_WHOSE = re.compile(r"(?<!\w)(?:dont|cuya|cuyo|cuyas|cuyos)\s+(?:(?:la|le|les|sa|son|su)\s+)?$")


# a verb of saying with no subject, then another verb of the same subject ("», dijo, y añadió que …",
# "», declaró, y lamentó que …", "», dijo, añadiendo que …"): the one who spoke before goes on
_SAID_AND_WENT_ON = re.compile(
    r"\w*\s*,?\s*(?:(?:y|e|et)\s+(?:(?:a|ha|luego|despues|tambien|aussi)\s+)*[^\W\d]+"
    r"|[^\W\d]+(?:ndo|ant))\s+(?:que|qu')(?!\w)"
)


def _nearest_before(
    art: Article, persons: list[Name], lo: int, at: int, speak: re.Pattern[str]
) -> str | None:
    """Who the quotation's own sentence names before it, the nearest first: a person, an unnamed
    speaker who is the clause's subject, a delegation ("tandis que la délégation panaméenne a
    rappelé qu'« … »", after a person named earlier in the sentence) or the Council."""
    g = art.grammar
    # not whom the words were said to ("dijo a Prensa Libre que…", "a déclaré à Radio Métropole que")
    found: list[tuple[int, str]] = [
        (p.start, p.key) for p in persons if lo <= p.start and p.end <= at and not _told_to(art, p, lo, speak)
    ]
    head = art.text[lo:at]
    described = _described_before(head, g, speak)
    if described:
        found.append((lo + described[0], described[1]))
    folded = fold(head)
    for m in re.finditer(
        r"(?<!\w)(?:delegation|delegacion|delegue\w*|delegad[oa]s?|representante?|ambassad\w+|embajador\w*)(?!\w)",
        folded,
    ):
        if _WHOSE.search(folded[: m.start()]):
            continue  # "le représentant du Panama, dont la délégation a tenu la plume avec …"
        if any(lo <= p.start and _APPOSED.fullmatch(art.text[p.end : lo + m.start()]) for p in persons):
            continue  # "Ericq Pierre, représentant d'Haïti, salue …": the person named speaks
        near = [
            n
            for n in art.names
            if n.kind == "country" and lo + m.end() <= n.start <= lo + m.end() + 40 and n.start < at
        ]
        if near:
            found.append((lo + m.start(), _iso_name(near[0].key)))
        elif re.match(
            r"\s+(?:gouvernementale|du gouvernement|gubernamental|del gobierno)", folded[m.end() :]
        ):
            found.append((lo + m.start(), _iso_name(art.host)))  # "la délégation gouvernementale"
    # a country opening the clause and saying the words ("La Fédération de Russie, qui a voté pour,
    # a jugé « … »", "Pour la France, … « … »", "Le Pakistan … a jugé « prématuré »"): its delegation
    opening = _OPENING.match(folded)
    if opening:
        for n in art.names:
            if (
                n.kind == "country"
                and not n.demonym
                and lo + opening.end() <= n.start < at
                # the country's own title before its name ("la Fédération de Russie")
                and re.fullmatch(
                    r"(?:[A-ZÀ-Ö][\w'’-]*\s+(?:de\s+(?:la\s+|l')?|d')?)?",
                    art.text[lo + opening.end() : n.start],
                )
            ):
                if speak.search(fold(art.text[n.end : at])) or folded[: opening.end()].strip() in (
                    "pour",
                    "para",
                ):
                    found.append((n.start, _iso_name(n.key)))
                break
    body = _body_speaker(g, speak).search(fold(head)) if len(fold(head)) == len(head) else None
    if body and head[body.start(1)].isupper():
        # "El Ministerio de la Defensa Nacional salvadoreño ha asegurado en un comunicado que «…»"
        found = [(at_, who) for at_, who in found if not lo + body.start(1) <= at_ < lo + body.end(1)]
        found.append((lo + body.start(1), head[body.start(1) : body.end(1)].strip()))
    capital = re.match(r"\s*([A-ZÀ-Ö][\w'’-]+(?:[ -][A-ZÀ-Ö][\w'’-]+)?)\s*,", head)
    if capital and (code := kbglue.capital_country(capital.group(1))) and code != "HTI":
        found.append((lo, _iso_name(code)))  # "Kinshasa, qui réclamait …, s'accommode d'un retrait « … »"
    council = g.section("quotes").get("council_speaker")
    if council:
        body = re.search(
            r"(?:^|[,;:]\s*)(?:le|el)\s+(?:conseil|consejo)(?:\s+de\s+(?:securite|seguridad))?\s", folded
        )
        if body:
            found.append((lo + body.start(), str(council)))
    return max(found)[1] if found else None


def quotes(art: Article, persons: list[Name]) -> list[Claim]:
    g = art.grammar
    speak = _speak(g)
    claims: list[Claim] = []
    known: list[str] = []
    last: str | None = None
    last_at = -1  # the start of the sentence of the last quotation
    surname = re.compile(r"[A-ZÀ-Ö][a-zà-öø-ÿ'’\-]+")
    for q in find_quotes(art):
        s = _sentence_of(art, q.start) or _sentence_of(art, q.end)
        lo = s.start if s else max(0, q.start - 200)
        hi = max(s.end if s else q.end + 200, q.end)
        end_s = _sentence_of(art, q.end)
        if end_s:
            hi = max(hi, end_s.end)
        for p in persons:
            if p.start < q.start and p.key not in known:
                known.append(p.key)
        speaker: str | None = None
        after = art.text[q.end : hi]
        folded_after = fold(after)
        v = speak.search(folded_after)
        cands = [p for p in persons if q.end < p.start < hi and not (q.start <= p.start < q.end)]
        described = None
        if v and len(folded_after) == len(after):
            described = _described_after(after[v.end() :], g, speak)
        if v and described:  # "», assure de son côté un officier kényan"; "dijo a EFE un diplomático"
            at = q.end + v.end() + described[0]
            named = [
                p
                for p in cands
                if p.start < at and not re.search(r"(?:^|\s)(?:a|à)\s+$", art.text[: p.start])
            ]
            speaker = named[0].key if named else described[1]
        elif v and (who := _body_or_delegate_after(art, g, q.end + v.end(), hi)):
            speaker = who  # "», señaló el Ejército de Guatemala", "», afirmó el representante del Ecuador"
        elif v and cands:
            speaker = cands[0].key
        if speaker is None:
            speaker = _nearest_before(art, persons, lo, q.start, speak)
        local = speaker is not None  # said in the quotation's own sentence
        if speaker is None and v and len(folded_after) == len(after):
            m = surname.match(after[v.end() :].lstrip())
            if m and any(m.group() in _surnames(k) for k in known):
                speaker = _full(m.group(), known)
        if speaker is None and v and len(folded_after) == len(after):
            speaker = _described(after[v.end() :])  # "», a déclaré un diplomate américain à l'issue…"
            local = speaker is not None
        if speaker is None and not v and last is not None and last_at == lo:
            speaker = last  # a second quotation in the sentence of the first, with no verb of its own
        goes_on = bool(v) and bool(
            _GOES_ON.search(folded_after[: v.end() + 24] if v else "")
            or (v and re.fullmatch(r"\w*\s*(?:[.;!?…]\s*)?", folded_after[v.end() :]))
            or (v and _SAID_AND_WENT_ON.match(folded_after[v.end() :]))
        )
        # "Il a demandé que ce fonds soit « … »": the subject before the quotation is a pronoun
        goes_on = goes_on or bool(re.match(r"\s*(?:il|elle)\s", fold(art.text[lo : q.start])))
        if speaker is None:
            speaker = _delegation(art, lo, q.start, q.end, hi, earlier=not goes_on)
        if speaker is None and goes_on:
            # "», a-t-elle affirmé": the delegation or person the sentence before made its subject
            prev = [x for x in art.sentences if x.end <= lo]
            if prev and last is not None and last_at >= prev[-1].start:
                speaker = last  # the speaker of the quotation just before goes on
            elif prev:
                speaker = _nearest_before(art, [], prev[-1].start, prev[-1].end, speak)
            if speaker is None and _POSSESSIVE_DELEGATE.search(folded_after[: v.end() + 24] if v else ""):
                # "La Fédération de Russie a expliqué son abstention. « … », a déclaré son représentant"
                speaker = _delegation(art, lo, q.start, q.end, hi)
            speaker = speaker or _named_before(persons, q.start)
        if speaker is None:
            speaker = last
        if any(n.kind == "mission" and n.start <= q.start and q.end <= n.end + 1 for n in art.names):
            continue  # "en « Force de répression des gangs »": a name in guillemets
        if speaker is None or (q.short and not local):
            continue  # a term in guillemets: words nobody is said to have said
        if s is not None and s.headline and speaker not in {p.key for p in persons}:
            continue  # a headline's quotation without the person who said it
        speaker = _full(speaker, known)
        last, last_at = speaker, lo
        sentence = art.text[lo:hi] if s is None else s.text
        claims.append(
            Claim(
                measure="quote",
                subject=speaker,
                value=q.value,
                mission=_quote_mission(art, lo, hi, q.start, q.end),
                as_of=art.published,
                sentence=sentence,
                start=q.start,
                end=q.end,
                rule="lang",
            )
        )
    return claims


_AGE_AFTER = re.compile(r"\s+de\s+\d{1,3}\s+(?:ans|años)$", re.I)  # "commerçant de 46 ans" → "commerçant"


# a title run that ends on a preposition or an article right before a name opens its complement: the
# name is what the title is of ("secretario general para el Sáhara Occidental", "chercheuse
# spécialiste des Grands Lacs", "jefe de la Brigada … y del Sector Este"), not who holds it
_COMPLEMENT_OPEN = re.compile(
    r"(?<!\w)(?:de|del|des|du|de la|de los|de las|d'|sobre|sur|para|para el|para la|pour|pour le|pour la"
    r"|en|au|aux|al|a la|el|la|le|les|los|las|l')\s*$"
)


def roles(art: Article, persons: list[Name]) -> list[Claim]:
    g = art.grammar
    titles = sorted(g.section("roles").get("titles", []), key=len, reverse=True)
    alt = "|".join(re.escape(t) for t in titles)
    before = re.compile(
        rf"(?<!\w)((?:{alt})(?:\s+(?!(?:a|ha|dijo|a déclaré)\b)[\w'’\-]+){{0,8}}?),?\s*$", re.I
    )
    adverb = r"(?:\s+(?:par ailleurs|d['’]ailleurs|également|aussi|désormais|además|también|ahora))?"
    copula = (
        rf"(?:(?:est|es|était|era|fue|a{adverb}\s+été|ha{adverb}\s+sido)"
        r"(?:\s+(?:nommée?|nombrad[ao]|désignée?|designad[ao]))?"
        rf"|occupe{adverb}\s+le\s+poste\s+de|ocupa{adverb}\s+el\s+cargo\s+de)"
    )
    former = (
        r"(?:(?:ancien|ancienne|ex|antiguo|antigua|exjefe)\s+)?"  # kept: "un ancien chauffeur de tap-tap"
    )
    age = r"(?:\d{1,3}\s+(?:ans|años),\s*)?"  # "Nadia Jean-Baptiste, 43 ans, coordonnatrice du site"
    after = re.compile(
        rf"^\s+{copula}\s+(?:(?:le|la|l'|l’|el|la|un|une|uno|una)\s+)?({former}(?:{alt})[^.;:()«»“”]{{0,200}}?)\s*[.;:)(]"
        rf"|^,\s*{age}(?:(?:le|la|l'|l’|el|los|las|un|une|uno|una)\s+)?({former}(?:{alt})[^,.;:()«»“”]{{0,80}}?)"
        rf"\s*[,.;:)(]",
        re.I,
    )
    # a title set off before the name by a comma ("El representante de Haití ante la ONU, Ericq Pierre",
    # "le porte-parole de la MMAS, le commissaire Peter Njoroge Kamau")
    set_off = re.compile(
        rf"(?<!\w)((?:{alt})[^,;:()«»“”]{{0,90}}?)\s*(?:\([^)]{{1,20}}\))?\s*,\s*"
        rf"(?:(?:le|la|l'|l’|el|los|las)\s+)?(?:[\w'’\-]+\s+)?$",
        re.I,
    )
    starts = re.compile(rf"{former}(?:{alt})", re.I)
    # titles coordinated after a copula split where the next one starts, a verb of its own left out
    # ("es investigadora del Instituto … y fue consejera de la Misión …"; "et ancien directeur du
    # budget au ministère de l'Économie et des Finances" stays one)
    next_title = re.compile(
        rf",\s*(?={former}(?:{alt}))"
        rf"|\s+(?:et|y)\s+(?:(?:fue|fut|a été|était|era|es|est)\s+)?(?={former}(?:{alt}))",
        re.I,
    )
    claims: list[Claim] = []
    seen: set[tuple[str, str]] = set()
    for p in persons:
        s = _sentence_of(art, p.start)
        if s is None:
            continue
        head = art.text[s.start : p.start]
        found: list[str] = []
        m = before.search(head)
        if m and _COMPLEMENT_OPEN.search(fold(m.group(1))):
            continue  # "investigadora del Centro … sobre América Latina": the name is the title's complement
        if m and not re.search(r"[,;:]", m.group(1)):
            # "le Représentant spécial du Secrétaire général et chef du BINUH X": each title a role
            parts = [part.strip() for part in re.split(r"\s+et\s+|\s+y\s+", m.group(1))]
            found.extend(part for part in parts if starts.match(part))
        far = set_off.search(head)
        if far and not (m and far.start(1) >= m.start(1)):
            # "Représentant spécial du Secrétaire général et chef du BINUH, X": each title a role
            found.extend(
                part.strip() for part in re.split(r"\s+et\s+|\s+y\s+", far.group(1)) if starts.match(part)
            )
        m = after.match(art.text[p.end : s.end + 1])
        if (
            m
            and m.group(2)
            and any(
                p.end < o.start < p.end + m.end()
                and starts.fullmatch(art.text[p.end + m.start(2) : o.start].strip())
                for o in persons
            )
        ):
            m = None  # "por el Grupo Parlamentario Mixto, la senadora X": the title is X's
        if m and m.group(2):
            # "X, représentant spécial du Secrétaire général et chef du BINUH": each title a role
            parts = [part.strip() for part in next_title.split(_AGE_AFTER.sub("", m.group(2)).strip())]
            found.extend(part for part in parts if starts.match(part))
        elif m and m.group(1):  # "X est économiste, professeur à …": each title a role
            # a coordinated verb of its own ends the titles ("es internacionalista y coordina el
            # programa …": "internacionalista")
            told = _VERB_AFTER_AND.split(m.group(1), maxsplit=1)[0]
            parts = [part.strip() for part in next_title.split(told)]
            found.extend(part for part in parts if starts.match(part))
        found.extend(_author_titles(art, p, after, next_title, starts))
        for title in found:
            key = (p.key, fold(title))
            if key in seen:
                continue
            seen.add(key)
            claims.append(
                Claim(
                    measure="role",
                    subject=p.key,
                    value=title,
                    as_of=art.published,
                    sentence=s.text,
                    start=p.start,
                    end=p.end,
                    rule="lang",
                )
            )
    return claims


# "y coordina el programa", "et dirige le centre": a finite verb with its object after the conjunction
_VERB_AFTER_AND = re.compile(
    r"\s+(?:et|y)\s+[^\W\d]{3,}(?:a|e|ó|an|en|ait|aient)\s+(?:el|la|los|las|le|les|l['’]|un|una|une|des|su|sus|son|sa|ses)\s",
    re.I,
)


# the author of a column told by their noun at a sentence's start ("L'autrice est politologue…",
# "La autora es investigadora…, y fue asesora…")
_AUTHOR = re.compile(r"^\W*(?:l['’]autrice|l['’]auteure?|el autor|la autora)(?=\s)", re.I)


def _author_titles(
    art: Article, p: Name, after: re.Pattern[str], next_title: re.Pattern[str], starts: re.Pattern[str]
) -> list[str]:
    """The titles a column's closing line gives its author ("L'autrice est politologue et
    chercheuse associée au …"), for the person its byline names: a line that is the name alone,
    maybe after "Par"/"Por" and before an asterisk."""
    line_start = art.text.rfind("\n", 0, p.start) + 1
    line_end = art.text.find("\n", p.end)
    line = art.text[line_start : line_end if line_end >= 0 else len(art.text)]
    if not re.fullmatch(rf"\s*(?:(?:Par|Por)\s+)?{re.escape(art.text[p.start : p.end])}\s*\*?\s*", line):
        return []
    titles: list[str] = []
    for s in art.sentences:
        m = _AUTHOR.match(s.text)
        if m is None or s.start < p.end:
            continue
        told = after.match(s.text[m.end() :] + " ")
        if told and told.group(1):
            titles.extend(
                part.strip() for part in next_title.split(told.group(1)) if starts.match(part.strip())
            )
    return titles


def stop_words(g: Grammar) -> frozenset[str]:
    """Capitalised words that are not names: sentence openers, institutions, titles."""
    base = g.words("names", "not_names")
    words = {fold(w) for w in base}
    return frozenset(words)
