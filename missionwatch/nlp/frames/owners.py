"""Who a figure is about: the contributor, donor or payer, a personnel category, or a place.

Read off the parse, nearest first: the figure's own phrase ("Kenya's 1,000", "400 Kenyan police",
"officers from Belize", "a contingent of Chad's"), then the agent of its predicate ("Canada has
donated", "sent by Kenya", "received $10m from Japan", "cost Kenya $N") and of the verbs above it
("Chad plans to deploy"). A possessive pronoun ("its contingent") is resolved by the discourse.
Countries written "X-led" lead a mission and are never its contributors here; a mission as the
agent makes the figure the mission's total (no subject). Humanitarian figures take the place their
clause names, the most specific one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from missionwatch.nlp.entities import Entity
from missionwatch.nlp.frames.article import Sentence
from missionwatch.nlp.frames.figures import Figure

_LED = re.compile(r"^-(?:led|headed|backed|based|brokered|drafted|sponsored)\b")
PLACE_PREPS = frozenset(
    {"in", "across", "throughout", "inside", "within", "from", "around", "near", "of", "at"}
)
# pronouns that stand for a country here: possessives ("its contingent") and "they" ("they will send")
POSSESSIVES = frozenset({"its", "their", "they", "our", "we"})
# definite nouns that refer back to a country or organisation named before ("the bloc", "the country")
ANAPHORIC = frozenset({"bloc", "country", "government", "kingdom", "union", "republic", "nation", "administration"})

CATEGORIES: tuple[tuple[str, str], ...] = (
    ("formed police unit", "formed police units"),
    ("formed police", "formed police units"),
    ("fpu", "formed police units"),
    ("military observer", "military observers and staff officers"),
    ("staff officer", "military observers and staff officers"),
    ("individual police", "individual police officers"),
    ("correction", "corrections"),
    ("civilian", "civilian"),
    ("uniformed", "uniformed"),
)
BREAKDOWN: tuple[tuple[str, str], ...] = (
    ("police", "police"),
    ("gendarme", "police"),
    ("troop", "military"),
    ("soldier", "military"),
    ("military", "military"),
)


def _is_led(text: str, e: Entity) -> bool:
    return bool(_LED.match(text[e.end : e.end + 12])) or bool(
        re.search(
            r"\b(?:led|headed|commanded|spearheaded)\s+by\s+(?:the\s+)?$",
            text[max(0, e.start - 25) : e.start],
        )
    )


def _country(s: Sentence, tok: Token, text: str, *, host: set[str], orgs: bool = False) -> str | None:
    """The country (or, for money, the organisation) a token names, unless it leads or hosts."""
    e = s.entity_of(tok, ("COUNTRY", "ORG") if orgs else ("COUNTRY",))
    if e is None or _is_led(text, e):
        return None
    if e.label == "COUNTRY" and e.code in host:
        return None
    return e.code


def _phrase_tokens(fig: Figure) -> list[Token]:
    """The figure's phrase and the nouns it sits in (through participles too)."""
    toks = [t for t in (fig.anchor, fig.noun, fig.head) if t is not None]
    toks.extend(t for t in fig.path if t.pos_ in ("NOUN", "PROPN", "NUM"))
    return list({x.i: x for x in toks}.values())


def phrase_owner(
    fig: Figure, text: str, *, host: set[str], orgs: bool = False
) -> tuple[str | None, Token | None]:
    """A country in the figure's own phrase: (code, None), or (None, pronoun) for "its", else (None, None)."""
    s = fig.sent
    for t in _phrase_tokens(fig):
        for c in t.children:
            if s.quantity_of(c) is fig.q:
                continue
            if c.dep_ == "poss":
                code, pron = _country_of_phrase(s, c, text, host=host, orgs=orgs)
                if code or pron is not None:
                    return code, pron
            if c.dep_ in ("amod", "compound", "nmod", "npadvmod", "advcl") and c.pos_ in (
                "PROPN",
                "ADJ",
                "NOUN",
            ):
                code = _country(s, c, text, host=host, orgs=orgs)
                if code:
                    return code, None
            if c.dep_ == "prep" and c.lower_ in ("from", "of"):
                for o in c.children:
                    if o.dep_ == "pobj":
                        code = _country(s, o, text, host=host, orgs=orgs)
                        if code:
                            return code, None
    return None, None


def agent_owner(
    fig: Figure, preds: list[Token], text: str, *, host: set[str], money: bool, recipient: bool = False
) -> tuple[str | None, Token | None, bool]:
    """The country acting in the figure's clause: (code, pronoun, mission_is_agent). A recipient's
    clause ("the fund received $N from Canada") names its givers only with "from"."""
    s = fig.sent
    for t in preds:
        for c in t.children:
            if recipient and c.dep_ in ("nsubj", "nsubjpass", "agent"):
                continue
            if c.dep_ in ("nsubj", "nsubjpass") and s.quantity_of(c) is fig.q:
                continue
            if c.i in {x.i for x in (fig.noun, fig.head, fig.anchor) if x is not None}:
                continue
            if c.dep_ == "nsubj" or (c.dep_ == "agent"):
                subj = c if c.dep_ == "nsubj" else next((o for o in c.children if o.dep_ == "pobj"), None)
                if subj is None:
                    continue
                if s.entity_of(subj, ("MISSION",)) is not None or subj.lemma_.lower() in (
                    "force",
                    "mission",
                    "operation",
                    "contingent",
                ):
                    code, pron = _country_of_phrase(s, subj, text, host=host, orgs=money)
                    if code or pron is not None:
                        return code, pron, False
                    return None, None, True
                code, pron = _country_of_phrase(s, subj, text, host=host, orgs=money)
                if code or pron is not None:
                    return code, pron, False
            if money and c.dep_ == "prep" and c.lower_ in ("from", "by"):
                for o in c.children:
                    if o.dep_ == "pobj":
                        code = _country(s, o, text, host=host, orgs=True)
                        if code:
                            return code, None, False
            if money and c.dep_ == "dative":
                code = _country(s, c, text, host=host, orgs=True)
                if code:
                    return code, None, False
    return None, None, False


TREASURY = frozenset({"treasury", "exchequer", "taxpayer", "fiscus", "budget", "state", "purse", "coffer"})
CURRENCY_COUNTRY = {"KES": "KEN", "ZAR": "ZAF", "CAD": "CAN", "GBP": "GBR", "JPY": "JPN", "HTG": "HTI",
                    "NGN": "NGA", "RWF": "RWA", "UGX": "UGA", "TZS": "TZA", "ETB": "ETH", "BDT": "BGD",
                    "INR": "IND", "PKR": "PAK", "NPR": "NPL", "GHS": "GHA", "JMD": "JAM", "BSD": "BHS",
                    "GTQ": "GTM", "XOF": None, "EUR": None, "USD": None}  # fmt: skip


def payer(fig: Figure, preds: list[Token], text: str) -> str | None:
    """Who bears a cost: "cost Kenya $N", "cost the Exchequer KSh 1.5 billion" (the currency's
    country), "a cost to South Africa", or the country whose deployment costs ("sending Kenya's 1,000
    officers would cost …"). Whoever merely estimates, budgets or puts a cost at $N is not its payer."""
    s = fig.sent
    for t in preds:
        if not ({"require"} & set(_classes(t))) and t.lemma_.lower() not in ("cost", "run"):
            continue
        for c in t.children:
            if c.dep_ in ("dative", "dobj") and s.quantity_of(c) is not fig.q:
                code = _country(s, c, text, host=set(), orgs=False)
                if code:
                    return code
                if c.lemma_.lower() in TREASURY:
                    return CURRENCY_COUNTRY.get(fig.q.unit or "") or None
                if c.dep_ == "dobj" and c.pos_ == "PRON":
                    continue
            if c.dep_ == "prep" and c.lower_ in ("to", "for"):
                for o in c.children:
                    code = _country(s, o, text, host=set()) if o.dep_ == "pobj" else None
                    if code:
                        return code
            if c.dep_ in ("nsubj", "csubj", "nsubjpass") and t.lemma_.lower() == "cost":
                for o in c.subtree:
                    if o.dep_ in ("poss", "amod", "compound") or o.pos_ == "PROPN":
                        code = _country(s, o, text, host=set())
                        if code:
                            return code
    return None


def _classes(t: Token) -> list[str]:
    from missionwatch.nlp.frames.measure import classes_of

    return classes_of(t)


def resolve_pronoun(fig: Figure, pron: Token, text: str, *, host: set[str], orgs: bool = False) -> str | None:
    """ "its", "their", "they", "it" in the figure's sentence: the subject of the verb the pronoun's
    clause reports ("the EU said it would release …"), else the last country named before it that
    is not a lead, a host or a place."""
    s = fig.sent
    t: Token | None = pron.head if pron.dep_ in ("nsubj", "nsubjpass") else None
    for _ in range(3):
        if t is None or t.dep_ not in ("ccomp", "xcomp", "conj") or t.head.i == t.i:
            break
        t = t.head
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            code = _country(s, subj, text, host=host, orgs=orgs)
            if code:
                return code
    if pron.lower_ == "it":
        return None  # "it" alone is as often the resolution or the mission as a country
    at = s.pos(pron)
    best = None
    for e in s.ents:
        if e.end > at:
            break
        if e.label != "COUNTRY" or e.code in host or _is_led(text, e):
            continue
        if re.search(
            r"\b(?:in|to|into|inside|across|at|on|against)\s+(?:the\s+)?$",
            text[max(0, e.start - 12) : e.start],
        ):
            continue
        best = e.code
    return best


def _country_of_phrase(
    s: Sentence, tok: Token, text: str, *, host: set[str], orgs: bool = False
) -> tuple[str | None, Token | None]:
    """ "Kenya", "the Kenyan government", "Jamaica's defence force", "his government", "its"."""
    if s.entity_of(tok, ("MISSION",)) is not None:
        return None, None  # "MONUSCO's ceiling": the mission's own total
    code = _country(s, tok, text, host=host, orgs=orgs)
    if code:
        return code, None
    if tok.lower_ in POSSESSIVES or tok.lower_ == "it" or (
        tok.lemma_.lower() in ANAPHORIC and any(c.lower_ in ("the", "this") for c in tok.children)
    ):
        return None, tok
    for c in tok.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod"):
            code = _country(s, c, text, host=host, orgs=orgs)
            if code:
                return code, None
            if c.dep_ == "poss" and c.lower_ in POSSESSIVES:
                return None, c
    return None, None


def coordinated_countries(s: Sentence, tok: Token, text: str, *, host: set[str]) -> list[str]:
    """ "The US and Canada …": every country of a coordination (empty when not a list)."""
    codes = []
    for t in (tok, *tok.conjuncts):
        code = _country(s, t, text, host=host)
        if code and code not in codes:
            codes.append(code)
    return codes if len(codes) > 1 else []


def category(fig: Figure, breakdown: bool) -> str | None:
    """A personnel category the figure's words name ("443 police personnel", "50 civilians")."""
    words: list[str] = []
    for t in (fig.noun, fig.head):
        if t is None:
            continue
        words.append(t.lower_)
        words.extend(
            c.lower_ for c in t.children if c.dep_ in ("amod", "compound", "nmod") or c.dep_ == "conj"
        )
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                words.extend(x.lower_ for x in c.subtree)
    joined = " ".join(words)
    for cue, cat in CATEGORIES:
        if cue in joined:
            return cat
    if breakdown:
        for cue, cat in BREAKDOWN:
            if cue in joined:
                return cat
    return None


def place(fig: Figure, doc_country: str | None, capital_country: str | None) -> str | None:
    """Where a humanitarian figure happens: a place attached to its clause, else the most specific
    place of the sentence, else the article's country."""
    s = fig.sent
    scope: list[Token] = [t for t in (fig.noun, fig.head, fig.pred, fig.anchor) if t is not None]
    attached: list[Entity] = []
    for t in scope:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in PLACE_PREPS:
                for o in c.subtree:
                    e = s.entity_of(o, ("PLACE", "COUNTRY"))
                    if e is not None and e not in attached:
                        attached.append(e)
    pool = attached or [e for e in s.ents if e.label in ("PLACE", "COUNTRY")]
    places = [e for e in pool if e.label == "PLACE"]
    if places:
        return places[0].text
    countries = [e for e in pool if e.label == "COUNTRY"]
    if countries:
        return countries[0].code
    if re.search(r"\bthe capital\b", s.text, re.I) and capital_country:
        return capital_country
    return doc_country


def first(items: Iterable[str | None]) -> str | None:
    return next((i for i in items if i), None)
