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

import calendar
import re
from collections.abc import Iterable

from spacy.tokens import Token

from missionwatch.nlp import kbglue
from missionwatch.nlp.dates import WEEKDAYS
from missionwatch.nlp.entities import Entity
from missionwatch.nlp.frames.article import Sentence, columns
from missionwatch.nlp.frames.figures import VERBISH, Figure, event_noun
from missionwatch.nlp.frames.measure import RECEIVING, classes_of
from missionwatch.nlp.frames.missions import MISSION_NOUNS, UNIT_NOUNS

_LED = re.compile(r"^-(?:led|headed|backed|based|brokered|drafted|sponsored)\b")
PLACE_PREPS = frozenset(
    {"in", "across", "throughout", "inside", "within", "from", "around", "near", "of", "at", "outside"}
)
# pronouns that stand for a country here: possessives ("its contingent") and "they" ("they will send")
POSSESSIVES = frozenset({"its", "their", "they", "our", "we"})
# definite nouns that refer back to a country or organisation named before ("the bloc", "the country")
ANAPHORIC = frozenset(
    {"bloc", "country", "government", "kingdom", "union", "republic", "nation", "administration"}
)

CATEGORIES: tuple[tuple[str, str], ...] = (
    ("formed police unit", "formed police units"),
    ("formed police", "formed police units"),
    ("fpu", "formed police units"),
    ("military observer", "military observers and staff officers"),
    ("staff officer", "military observers and staff officers"),
    ("individual police", "individual police officers"),
    ("correction", "corrections"),
    ("civilian police", "police"),  # "up to 1,115 civilian police officers": police, not civilians
    ("civilian", "civilian"),
    ("uniformed", "uniformed"),
    # a kind named with "personnel" is that kind even alone ("UNDOF comprised 1,134 military
    # personnel"); "troops" or "soldiers" alone stay the whole force
    ("military personnel", "military"),
    ("police personnel", "police"),
    ("staff", "civilian"),  # "230 national and international staff" (after "staff officer" above)
)
MIXABLE_KINDS = frozenset({"military", "police", "civilian", "uniformed"})
BREAKDOWN: tuple[tuple[str, str], ...] = (
    ("police", "police"),
    ("gendarme", "police"),
    ("troop", "military"),
    ("soldier", "military"),
    ("military", "military"),
)


CURRENCY_NAME = re.compile(r"\s+(?:dollars?|pounds?|shillings?|francs?|rand|rupees?|euros?)\b", re.I)


PARTITIVES = frozenset(
    {"most", "many", "all", "half", "some", "nearly", "mostly", "mainly", "largely", "chiefly"}
)


def _partitive_aside(c: Token) -> bool:
    """ "most of them Kenyan", "mostly Kenyan police", "nearly all Kenyan": an aside on a part."""
    return c.lower_ in PARTITIVES or any(x.lower_ in PARTITIVES for x in c.subtree if x.i <= c.i)


def _is_led(text: str, e: Entity) -> bool:
    """The country leads what the text names ("Kenya-led", "led by Kenya"), not a force's units
    ("contingents led by Chad": their contributor)."""
    if _LED.match(text[e.end : e.end + 12]):
        return True
    before = re.search(
        r"(?:(\w+)[\s,]+)?(?:led|headed|commanded|spearheaded)\s+by\s+(?:the\s+)?$",
        text[max(0, e.start - 40) : e.start],
    )
    return before is not None and (before.group(1) or "").lower().rstrip("s") not in UNIT_NOUNS


HOST = "@host"  # a figure of the host country's own forces ("Lebanon could recruit 1,500 soldiers")


def _country(
    s: Sentence, tok: Token, text: str, *, host: set[str], orgs: bool = False, lead_ok: bool = False
) -> str | None:
    """The country (or, for money, the organisation) a token names; HOST for the host country (its
    own forces are not the mission's), None for a lead ("Kenya-led") unless ``lead_ok``."""
    e = s.entity_of(tok, ("COUNTRY", "ORG") if orgs else ("COUNTRY",))
    if e is None and tok.pos_ == "PROPN":
        force = kbglue.force_country(tok.text)  # "2,900 SANDF members": South Africa's forces
        if force is not None:
            return HOST if force in host else force
    if e is None or (_is_led(text, e) and not lead_ok) or CURRENCY_NAME.match(text, e.end):
        return None  # "fifty million United States dollars" names a currency, not its payer
    if e.label == "COUNTRY" and placed(s, e):
        return None  # "1,483 are deployed in the Central African Republic, 1,606 in …": a place, no owner
    if e.label == "COUNTRY" and e.code in host:
        return HOST
    if e.label == "COUNTRY" and _names_a_mission(tok):
        return None  # "the Cyprus mission UNFICYP about $57 million": where the mission is, no payer
    return e.code


def placed(s: Sentence, e: Entity) -> bool:
    """A country named as where people are ("deployed in the Central African Republic", "in South
    Sudan"): the object of "in" itself, not a word modifying it ("in the Zambian battalion")."""
    root = s.root(e.start, e.end)
    if root is None or root.dep_ != "pobj" or root.head.lower_ not in ("in", "inside"):
        return False  # (not "into": "crossed back into South Africa" names a way home)
    first = s.token_at(e.start)
    between = root.doc[root.head.i + 1 : first.i] if first is not None else [root]
    return all(t.pos_ == "DET" for t in between)  # not "in December Chad offered 1,500", parsed "in Chad"


def _names_a_mission(tok: Token) -> bool:
    """A country name modifying "mission" or "operation" ("the Cyprus mission", "the South Sudan
    operation") says where a mission is."""
    head = tok
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head.i != tok.i and head.lemma_.lower() in ("mission", "operation") and tok.pos_ == "PROPN"


def country_of(s: Sentence, tok: Token, text: str, *, host: set[str]) -> str | None:
    """The country a token names, for callers outside this module."""
    return _country(s, tok, text, host=host)


def _phrase_tokens(fig: Figure) -> list[Token]:
    """The figure's phrase and the nouns it sits in (through participles too), then the noun a
    relative clause holding the figure describes ("The Kenyan contingent, which … a further 217")."""
    toks = [t for t in (fig.anchor, fig.noun, fig.head) if t is not None]
    toks.extend(t for t in fig.path if t.pos_ in ("NOUN", "PROPN", "NUM"))
    if fig.family == "money":  # "$13.3 million in pending US funds", "$5 million in Canadian aid"
        top = fig.head or fig.anchor
        toks.extend(
            o
            for c in top.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for o in c.children
            if o.dep_ == "pobj" and o.pos_ == "NOUN"
        )
    described = _described(fig)
    if described is not None:
        toks.append(described)
    aside = fig.aside.i if fig.aside is not None else -1
    return list({x.i: x for x in toks if x.i != aside}.values())


def _described(fig: Figure) -> Token | None:
    """The noun a relative clause, a participle or an apposition holding the figure describes
    ("Indonesia, the biggest contributor overall with about 1,230")."""
    t = fig.anchor
    crossed = False
    for _ in range(10):
        if t.head.i == t.i:
            return None
        if t.dep_ in ("relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN"):
            return t.head
        if (
            t.dep_ == "appos"
            and not crossed
            and t.lemma_.lower() not in MISSION_NOUNS
            and not any(x.text == "(" for x in t.doc[t.head.i : t.i])
            and fig.sent.entity_of(t.head, ("COUNTRY",)) is not None
        ):  # not through a clause ("$113 million, of which Canada contributed $63 million"), a force
            return t.head  # renaming its place ("KFOR (Kosovo): NATO-led force of …") or a bracket
        crossed = crossed or t.pos_ in ("VERB", "AUX")
        t = t.head
    return None


def adjacent_owner(fig: Figure, text: str, *, host: set[str]) -> str | None:
    """ "Italy (about 1,050)", "Bangladesh another 1,500", "Kenyans 750": a figure written right after a
    country, with nothing but a bracket, a colon or a determiner between, is that country's."""
    s = fig.sent
    for e in reversed(s.ents):
        if e.end > fig.q.start or e.label != "COUNTRY":
            continue
        gap = text[e.end : fig.q.start]
        if placed(s, e):
            return None  # "1,483 are deployed in the Central African Republic, 1,606 in …": a place
        if re.fullmatch(
            r"(?:['’]s)?[\s(:,–-]*(?:with\s+|at\s+)?(?:another|a\s+further|some|about|around|roughly|"
            r"nearly|almost|over|under|more\s+than|fewer\s+than|just\s+over|just\s+under|"
            r"a\s+little\s+(?:over|under|more\s+than|less\s+than)|close\s+to|up\s+to)?\s*",
            gap,
            re.I,
        ):
            tok = s.root(e.start, e.end)
            verb = tok.head if tok is not None else None
            if (
                tok is not None
                and verb is not None
                and tok.dep_ == "dative"
                and verb.i < tok.i
                and all(x.dep_ == "prt" for x in tok.doc[verb.i + 1 : tok.left_edge.i])
            ):
                return None  # "the African Union owes Uganda about $70 million": the one owed, not the debtor
            shared = re.search(
                r"\b(?:with|at)\b|\(", gap
            )  # "led by Indonesia with roughly 1,230": its own share
            return None if e.code in host or (_is_led(text, e) and not shared) else e.code
        break
    return None


def phrase_owner(
    fig: Figure, text: str, *, host: set[str], orgs: bool = False
) -> tuple[str | None, Token | None]:
    """A country in the figure's own phrase: (code, None), or (None, pronoun) for "its", else (None, None)."""
    s = fig.sent
    if fig.demonym and fig.noun is not None:
        code = _country(s, fig.noun, text, host=host)
        if code:
            return code, None
    top = fig.head or fig.anchor
    if top.dep_ == "nsubj" and top.head.lemma_.lower() == "be":
        for c in top.head.children:  # "nearly 400 are Kenyan", "some 150 are Guatemalans"
            if c.dep_ in ("acomp", "attr") and not c.like_num:
                code = _country(s, c, text, host=host)
                if code:
                    return code, None
            if c.dep_ == "prep" and c.lower_ == "from":  # "of whom 396 were from Kenya"
                o = next((x for x in c.children if x.dep_ == "pobj"), None)
                code = _country(s, o, text, host=host) if o is not None else None
                if code and not _several_countries(s, o, text, host=host):  # type: ignore[arg-type]
                    return code, None
    last = s.token_at(fig.q.end - 1)
    nxt = s.doc[last.i + 1] if s.doc is not None and last is not None and last.i + 1 < len(s.doc) else None
    if nxt is not None and nxt.pos_ == "ADJ" and nxt.dep_ in ("amod", "compound", "conj"):
        code = _country(s, nxt, text, host=host)  # "200 British and 100 Romanian soldiers"
        if code:
            return code, None
    for c in fig.anchor.children:  # "close to 400 of them Kenyan"
        if c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ in ("them", "whom") for o in c.children):
            nxt = s.doc[c.i + 2] if s.doc is not None and c.i + 2 < len(s.doc) else None
            code = _country(s, nxt, text, host=host) if nxt is not None else None
            if code:
                return code, None
    t0 = fig.head or fig.anchor
    if t0.dep_ == "pobj" and t0.head.lower_ in ("to", "from", "at") and t0.head.head.pos_ in VERBISH:
        obj = next((c for c in t0.head.head.children if c.dep_ == "dobj"), None)
        if obj is not None and (fig.aside is None or obj.i != fig.aside.i):
            # "bring Guatemala's contribution to 150 personnel" (not "at 970, most of them Kenyan police")
            code, pron = _country_of_phrase(s, obj, text, host=host, orgs=orgs)
            if code:
                return code, None
            if pron is not None and pron.lemma_.lower() in ANAPHORIC:
                return None, pron  # "bringing that country's contingent to 150"
    described = _described(fig)
    if described is not None:  # "Italy, which has just over 1,000 soldiers in the force, …"
        # "a force led by Kenya, which has about 400 officers": the lead's own figure
        code = _country(s, described, text, host=host, orgs=orgs, lead_ok=True)
        if code:
            return code, None
    for t in _phrase_tokens(fig):
        named_force = t.i != fig.anchor.i and s.entity_of(t, ("MISSION",)) is not None
        for c in t.children:
            if s.quantity_of(c) is fig.q:
                continue
            if c.dep_ == "poss" and named_force:
                continue  # "fewer than the 1,500 it offered to Haiti's Gang Suppression Force": the
                # force's possessive is its host, no owner of a figure the path passes through
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
            by_agent = c.lower_ == "by" and t.pos_ == "NOUN"  # "the pledge of $10m by the Dominican Republic"
            if c.dep_ == "prep" and (c.lower_ in ("from", "of") or by_agent):
                for o in c.children:
                    if o.dep_ != "pobj":
                        continue
                    if c.lower_ == "from" and not _each(fig) and _several_countries(s, o, text, host=host):
                        return None, None  # "11,000 soldiers from Uganda, Ethiopia and Kenya": all of theirs
                    for x in (o, *(g for g in o.children if g.dep_ in ("compound", "amod", "nmod", "poss"))):
                        code = _country(s, x, text, host=host, orgs=orgs)
                        if code:
                            return code, None
                    if by_agent and o.lemma_.lower() in STATE_NOUNS:
                        code = _country_of_phrase(s, o, text, host=host, orgs=orgs)[0]
                        if code:  # "the commitment by the Government of Haiti of US$50 million"
                            return code, None
    origin = _origin_after(fig, text, host=host) or _listed_with(fig, text, host=host)
    if origin is not None:
        return origin, None
    for t in _phrase_tokens(fig):  # "a Bangladeshi formed police unit of 240": deeper in the modifiers
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        if t.i != fig.anchor.i and s.entity_of(t, ("MISSION",)) is not None:
            continue  # "Haiti's Gang Suppression Force": a named force's words name its host
        aside = {y.i for c in t.children if _partitive_aside(c) for y in c.subtree}
        for x in t.subtree:
            if x.i in aside:
                continue  # "970, most of them Kenyan police": a part described, not the owner
            if x.i < t.i and x.pos_ in ("PROPN", "ADJ") and s.quantity_of(x) is None:
                code = _country(s, x, text, host=host, orgs=orgs)
                if code:
                    return code, None
    return None, None


def _each(fig: Figure) -> bool:
    """ "1,500 each from Chad and Bangladesh", "offers of 1,500 personnel each": one figure per country."""
    s = fig.sent
    return bool(re.search(r"\beach\b", s.text[fig.q.end - s.start : fig.q.end - s.start + 30], re.I))


def _several_countries(s: Sentence, o: Token, text: str, *, host: set[str]) -> bool:
    """A coordination of two or more countries: a figure drawn from it belongs to none of them alone."""
    chain = [x for x in o.subtree if x.i == o.i or x.dep_ == "conj"]
    return sum(1 for x in chain if _country(s, x, text, host=host)) >= 2


def holds_the_figure(subj: Token, fig: Figure) -> bool:
    """A subject whose phrase is the figure's own ("the first flight of the battalion landed with 212",
    "a second group of about 200 followed"): the people moved, not someone who moved them."""
    return subj.left_edge.idx <= fig.anchor.idx <= subj.right_edge.idx


def agent_owner(
    fig: Figure, preds: list[Token], text: str, *, host: set[str], money: bool, recipient: bool = False
) -> tuple[str | None, Token | None, bool]:
    """The country acting in the figure's clause: (code, pronoun, mission_is_agent). A recipient's
    clause ("the fund received $N from Canada") names its givers only with "from"."""
    s = fig.sent
    shared = []
    for t in preds:
        if t.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            shared.append(t.head)  # "Jamaica … has rotated that group and now keeps 38 personnel"
        if (
            t.dep_ == "ccomp"
            and t.tag_ in ("VBN", "VBD")  # (the tagger may take "deployed" for a past tense there)
            and not any(c.dep_ == "aux" for c in t.children)
            and t.head.lemma_.lower() in ("have", "keep")
            and any(c.dep_ == "nsubj" and holds_the_figure(c, fig) for c in t.children)
        ):
            shared.append(t.head)  # "Kenya had 780 officers deployed": the people a country has out
        perfect_participle = any(c.dep_ == "aux" and c.lower_ == "having" for c in t.children)
        loose = t.dep_ == "advcl" or (t.dep_ in ("relcl", "acl") and perfect_participle)
        if loose and t.tag_ in ("VBG", "VBN") and not any(c.dep_.startswith("nsubj") for c in t.children):
            main = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if main is not None:
                shared.append(main)  # "Canada is the largest contributor, having put in $63 million"
    for t in [*preds, *shared]:
        if t.lemma_.lower() == "follow" and t.dep_ in ("acl", "relcl", "advcl"):
            continue  # "the largest contingent, with 872 troops, followed by Pakistan with 581": a
            # ranking's next item, not the agent of the figure before it
        for c in _with_stray_subject(t, fig):
            if recipient and c.dep_ in ("nsubj", "nsubjpass", "agent"):
                continue
            if c.dep_ in ("nsubj", "nsubjpass") and s.quantity_of(c) is fig.q:
                continue
            if c.i in {x.i for x in (fig.noun, fig.head, fig.anchor) if x is not None}:
                continue
            raised = c.dep_ == "nsubjpass" and any(x.dep_ == "xcomp" for x in t.children)
            raised = raised or (c.dep_ == "nsubjpass" and _put_at(fig, t))
            if c.dep_ == "nsubj" or c.dep_ == "agent" or raised:  # raised: "Uganda is expected to provide"
                subj = (
                    c
                    if c.dep_ in ("nsubj", "nsubjpass")
                    else next((o for o in c.children if o.dep_ == "pobj"), None)
                )
                if subj is None:
                    continue
                if subj.lower_ in ("which", "that") and t.dep_ == "relcl":
                    subj = t.head  # "ATMIS at its peak, which had sent 5,000 soldiers home": its antecedent
                if not money and _joint(s, subj):
                    own = _own_clause_subject(fig, t, text, host=host)
                    if own is not None:
                        return own, None, False  # "A, B and C provide …, with A alone fielding 2,600"
                    return None, None, True  # "Rwandan and Zambian troops make up the 14,000": a joint total
                if s.entity_of(subj, ("MISSION",)) is not None:
                    return None, None, True  # "the EU's EUFOR Althea keeps 1,100 troops": the mission's total
                if (
                    subj.lemma_.lower() in ("force", "mission", "operation")
                    and subj.tag_ == "NN"  # (not "Rwandan forces", "the Royal Bahamas Defence Force")
                    and any(
                        c.dep_ in ("amod", "compound") and _country(s, c, text, host=host)
                        for c in subj.children
                    )
                ):
                    return None, None, True  # "The Kenyan mission has about 970": the force its lead heads
                if subj.lemma_.lower() in ("force", "mission", "operation", "contingent"):
                    code, pron = _country_of_phrase(s, subj, text, host=host, orgs=money)
                    if code in UNIONS and not money:
                        return None, None, True  # "the European Union's EUFOR Althea mission keeps 1,100"
                    if code or pron is not None:
                        return code, pron, False  # "Kenya's contingent numbers 700"
                    if holds_the_figure(subj, fig):
                        continue  # "the first contingent of 400 landed": the people moved, whoever sent them
                    if subj.lemma_.lower() == "contingent":
                        continue  # "the contingent has since grown to 2,500": one country's, told elsewhere
                    return None, None, True
                code, pron = _country_of_phrase(s, subj, text, host=host, orgs=money)
                if not money and (code in UNIONS or _an_alliance(s, subj)):
                    return None, None, True  # "NATO flew in 700 extra troops", "the EU sent 500"
                if code or pron is not None:
                    return code, pron, False
                if host and not money and subj.lemma_.lower() in HOST_FORCES and not _foreign(subj):
                    return HOST, None, False  # "The army says it needs to deploy 10,000 soldiers"
            if c.dep_ == "prep" and not any(x.dep_ in ("nsubj", "nsubjpass") for x in t.children):
                subj = _fronted_subject(c)
                code = _country(s, subj, text, host=host, orgs=money) if subj is not None else None
                if code:
                    return code, None, False  # "in December Chad offered 1,500": parsed as "in Chad"
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


def _with_stray_subject(verb: Token, fig: Figure) -> list[Token]:
    """The verb's dependents, and the subject the parser hung on its auxiliary when it took the
    counted people for the verb's subject ("…: it has more than 700 officers deployed", where "has"
    is parsed as an auxiliary of "deployed" holding "it")."""
    kids = list(verb.children)
    if any(c.dep_ == "nsubj" and holds_the_figure(c, fig) for c in kids):
        kids += [g for c in verb.children if c.dep_ == "aux" for g in c.children if g.dep_ == "nsubj"]
    return kids


def _origin_after(fig: Figure, text: str, *, host: set[str]) -> str | None:
    """The one country a force's people are counted "from", right after the figure's noun, where the
    parser hangs the "from" on the verb ("It now counts about 400 officers from Kenya")."""
    s = fig.sent
    top = fig.noun or fig.head or fig.anchor
    verb = top.head
    # a verb of strength or of taking people in ("now counts 400 officers from Kenya"), not one that
    # moves them ("moved 500 troops from South Sudan to Abyei": a route)
    if top.dep_ != "dobj" or not ("strength" in classes_of(verb) or verb.lemma_.lower() in RECEIVING):
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "from" and c.i == top.i + 1:
            o = next((x for x in c.children if x.dep_ == "pobj"), None)
            if o is None or _several_countries(s, o, text, host=host):
                return None
            code = _country(s, o, text, host=host)
            return code if code and code != HOST else None
    return None


def _listed_with(fig: Figure, text: str, *, host: set[str]) -> str | None:
    """ "The statement lists Kenya with 396 officers", "lists Kenya as the largest contributor with
    396 officers": a report listing a country with its count."""
    top = fig.head or fig.noun or fig.anchor
    if top.dep_ != "pobj" or top.head.lower_ != "with":
        return None
    verb = top.head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # (the "with" may hang on the listed country or its "as" phrase)
    if verb.lemma_.lower() != "list":
        return None
    listed = next((c for c in verb.children if c.dep_ == "dobj"), None)
    code = _country(fig.sent, listed, text, host=host) if listed is not None else None
    return code if code and code != HOST else None


def _own_clause_subject(fig: Figure, above: Token, text: str, *, host: set[str]) -> str | None:
    """The one country that is the subject of a clause between the figure and ``above`` ("A, B and
    C provide the largest contingents, with A alone fielding more than 2,600 soldiers"): the
    figure's own clause names its owner, the clause above a list of them."""
    s = fig.sent
    t = fig.head or fig.anchor
    while t.head.i != t.i and t.i != above.i:
        t = t.head
        if t.i == above.i:
            break
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None) if t.pos_ in ("VERB", "AUX") else None
        if subj is not None:
            code = _country(s, subj, text, host=host)
            return code if code and code != HOST and not _joint(s, subj) else None
    return None


# an alliance or a bloc acting as one ("the alliance sent 700 troops", "NATO flew in 700", "SADC sent")
ALLIANCES = frozenset({"alliance", "bloc", "coalition", "nato"})
BLOCS = frozenset({"ECOWAS", "SADC", "EAC", "IGAD", "CARICOM", "OAS"})


def _an_alliance(s: Sentence, subj: Token) -> bool:
    e = s.entity_of(subj, ("ORG",))
    return subj.lemma_.lower() in ALLIANCES or (e is not None and e.code in BLOCS)


def _put_at(fig: Figure, verb: Token) -> bool:
    """ "Uganda's contingent was put at about 4,500", "… estimated at 1,000": the passive's subject
    is what the figure counts."""
    top = fig.head or fig.anchor
    return top.dep_ == "pobj" and top.head.lower_ == "at" and top.head.head.i == verb.i


TIME_WORDS = frozenset(
    {*(m.lower() for m in calendar.month_name if m), *WEEKDAYS, "week", "month", "year", "morning", "night"}
)


def _fronted_subject(prep: Token) -> Token | None:
    """The subject the parser folded into a fronted time phrase: in "in December Chad offered", the
    verb has no subject and "Chad" is the object of "in", with the month as its compound."""
    if prep.lower_ not in ("in", "on", "by", "last", "this") or prep.i > prep.head.i:
        return None
    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "PROPN" or prep.head.i - obj.i not in (1, 2):
        return None
    return obj if any(c.dep_ == "compound" and c.lower_ in TIME_WORDS for c in obj.children) else None


def _joint(s: Sentence, subj: Token) -> bool:
    """A subject naming several countries ("Ghana, Pakistan and Bangladesh", "Rwandan and Zambian
    troops"): what it has or supplies is their joint figure, no one country's."""
    heads = [subj, *(c for c in subj.children if c.dep_ in ("amod", "compound", "nmod"))]
    for h in heads:
        if s.entity_of(h, ("COUNTRY",)) is None:
            continue
        if any(s.entity_of(c, ("COUNTRY",)) is not None for c in h.conjuncts):
            return True
    return False


HOST_FORCES = frozenset({"army", "military", "gendarmerie", "navy"})
# a country's own forces named with its demonym ("the Haitian National Police", "the Lebanese Army")
NATIONAL_FORCES = HOST_FORCES | {"police", "force", "forces"}


def _foreign(noun: Token) -> bool:
    """A force named with a nationality or an owner of its own ("the Kenyan army", "its army")."""
    return any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in noun.children)


UNIONS = frozenset({"EUU", "AFU"})  # organisations the gazetteer files as countries; they run missions
TREASURY = frozenset({"treasury", "exchequer", "taxpayer", "fiscus", "budget", "state", "purse", "coffer"})
# the country a national currency stands for ("cost the Treasury R2bn" is South Africa's cost)
CURRENCY_COUNTRY: dict[str, str | None] = {
    "KES": "KEN", "ZAR": "ZAF", "CAD": "CAN", "GBP": "GBR", "JPY": "JPN", "HTG": "HTI", "NGN": "NGA",
    "RWF": "RWA", "UGX": "UGA", "TZS": "TZA", "ETB": "ETH", "BDT": "BGD", "INR": "IND", "PKR": "PAK",
    "NPR": "NPL", "GHS": "GHA", "JMD": "JAM", "BSD": "BHS", "GTQ": "GTM", "LKR": "LKA", "BZD": "BLZ",
    "TTD": "TTO", "BBD": "BRB", "DOP": "DOM", "MWK": "MWI", "BWP": "BWA", "FJD": "FJI", "EGP": "EGY",
}  # fmt: skip


def payer(fig: Figure, preds: list[Token], text: str) -> str | None:
    """Who bears a cost: "cost Kenya $N", "cost the Exchequer KSh 1.5 billion" (the currency's
    country), "a cost to South Africa", or the country whose deployment costs ("sending Kenya's 1,000
    officers would cost …"). Whoever merely estimates, budgets or puts a cost at $N is not its payer."""
    s = fig.sent
    head = fig.head or fig.anchor  # "cost the Treasury R1.2 billion" parsed as one phrase
    for c in head.subtree:
        if c.i < head.i and c.dep_ in ("compound", "nmod") and c.lemma_.lower() in TREASURY:
            return CURRENCY_COUNTRY.get(fig.q.unit or "") or None
    # "the cost of sending 1,000 Kenyan officers was put at $241 million": the cost noun the verb
    # sizes, as well as the ones on the figure's own path
    sized = [
        c
        for t in preds
        for c in t.children
        if c.dep_ in ("dobj", "nsubjpass") and c.i not in {x.i for x in fig.path}
    ]
    for t in [*fig.path, *sized]:  # "the cost to the Ministry of Defence of keeping British troops …"
        if t.lemma_.lower() not in ("cost", "bill", "expense", "budget", "price"):
            continue
        nationals = t in sized  # (there only a nationality's people: not "the cost of the Kosovo mandate")
        for c in t.children:
            if c.dep_ == "poss":
                code = _country(s, c, text, host=set())
                if code:
                    return code
            if c.dep_ == "prep" and c.lower_ in ("to", "of", "for"):
                for o in c.subtree:
                    if fig.q.start <= s.pos(o) < fig.q.end:
                        continue  # "a cost of US$240 million": the currency's "US" is no payer
                    if nationals and o.dep_ not in ("amod", "poss"):
                        continue
                    code = _country(s, o, text, host=set())
                    if code:
                        return code
                    if o.lemma_.lower() in TREASURY or o.lower_ in ("ministry", "department"):
                        return CURRENCY_COUNTRY.get(fig.q.unit or "") or None
    own = next((code for t in preds if (code := _budgets_its_own(fig, t, text)) is not None), None)
    if own is not None:
        return own  # "Germany budgeted 34 million euros for its contribution this year"
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
                    if o.dep_ == "poss" and o.lower_ in ("its", "their") and t.dep_ == "ccomp":
                        # "Kenya estimated that sending its contingent would cost …": the teller's own
                        o = next((x for x in t.head.children if x.dep_ == "nsubj"), o)
                    if o.dep_ in ("poss", "amod", "compound", "nsubj") or o.pos_ == "PROPN":
                        code = _country(s, o, text, host=set())
                        if code:
                            return code
    if re.search(
        r"(?:\(|,\s*or)(?:\s*(?:about|some|around|roughly|nearly|approximately))?\s*$",
        text[: fig.q.start][-20:],
    ):
        return None  # "$600 million (about KSh 91 billion)": a conversion, not a national cost
    if any(_a_common_purse(fig, t) for t in preds):
        return None  # "the force will need about Sh103.4 billion a year": a local paper's conversion
    return CURRENCY_COUNTRY.get(fig.q.unit or "")  # "the contingent has cost KSh3.6 billion": Kenya's cost


BUDGETING = frozenset({"budget", "earmark", "allocate", "set"})
OWN_SHARE = frozenset(
    {"contribution", "deployment", "participation", "contingent", "troops", "mission", "share"}
)


def _budgets_its_own(fig: Figure, verb: Token, text: str) -> str | None:
    """ "Germany budgeted 34 million euros for its contribution", "Ireland has set aside €9 million for
    its UNDOF contingent": a country that budgets for its own part pays for it (an estimate of
    another's cost, or a budget for a force, names no payer)."""
    if verb.lemma_.lower() not in BUDGETING or (verb.lemma_.lower() == "set" and not _aside_prt(verb)):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "acl":
        subj = verb.head  # the parse may hang the verb on its subject: "Germany, which …, budgeted …"
    code = _country(fig.sent, subj, text, host=set()) if subj is not None else None
    if code is None:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for p in [*verb.children, *(c for o in objects for c in o.children)]:  # ("for" on the sum or the verb)
        if p.dep_ == "prep" and p.lower_ == "for":
            for o in p.children:
                if o.lemma_.lower() in OWN_SHARE and any(
                    c.dep_ == "poss" and c.lower_ in ("its", "their") for c in o.children
                ):
                    return code
    return None


def _aside_prt(verb: Token) -> bool:
    return any(c.dep_ in ("prt", "advmod") and c.lower_ == "aside" for c in verb.children)


COMMON_PURSES = MISSION_NOUNS | {"fund", "trust"}


def _a_common_purse(fig: Figure, pred: Token) -> bool:
    """The sum is what a multinational force, mission or fund needs or costs: no one country's, in
    whatever currency the paper writes it."""
    subj = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("which", "that", "it") and pred.dep_ == "relcl":
        subj = pred.head
    if subj is None:
        return False
    return subj.lemma_.lower() in COMMON_PURSES or fig.sent.entity_of(subj, ("MISSION",)) is not None


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
        subj = next((c for c in reversed(list(t.lefts)) if c.dep_ == "nsubj"), None)  # nearest the verb
        if subj is not None:
            code = (
                _country(s, subj, text, host=host, orgs=orgs)
                or _country_of_phrase(s, subj, text, host=host, orgs=orgs)[0]
            )
            if code:
                return code
            if host and not orgs and subj.lemma_.lower() in HOST_FORCES and not _foreign(subj):
                return HOST  # "The army says it needs to deploy 10,000 soldiers": the host's own
    if pron.dep_ == "poss" and pron.lower_ in ("its", "their"):
        v = pron.head
        for _ in range(4):  # "Burundi, which served under the AU, brought its last 800 soldiers home"
            if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
                break
            v = v.head
        subj = next((c for c in reversed(list(v.lefts)) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if v.pos_ in ("VERB", "AUX") and subj is not None:
            code = _country(s, subj, text, host=host, orgs=orgs)
            if code and code != HOST:
                return code
    if pron.lower_ == "it":
        # "it" alone is as often the resolution or the mission as a country; in a relative clause
        # ("well short of the 200 it promised") it is the subject the sentence is about
        if pron.dep_ == "nsubj" and pron.head.dep_ == "relcl":
            root = pron.doc[pron.i]
            while root.head.i != root.i:
                root = root.head
            subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
            code = _country(s, subj, text, host=host, orgs=orgs) if subj is not None else None
            return code if code and code != HOST else None
        if pron.dep_ == "nsubj":
            return _clause_before_semicolon(s, pron, text, host=host, orgs=orgs)
        return None
    at = s.pos(pron)
    missions = [
        e for e in s.ents if e.label == "MISSION" and e.end <= at and not _aside(s.root(e.start, e.end), pron)
    ]
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
        best_end = e.end
    if best is not None and missions and pron.lower_ == "its" and missions[-1].end > best_end:
        return None  # "Haiti's new Gang Suppression Force … its ambitious target": the force's own
    return best


def _clause_before_semicolon(
    s: Sentence, pron: Token, text: str, *, host: set[str], orgs: bool
) -> str | None:
    """ "Kenya had promised 1,000 officers; it has sent just under 400": "it" opening the clause after
    a semicolon or colon is the country that opened the clause before it (the parser makes that
    clause a complement of the second one's verb)."""
    doc = pron.doc
    for c in pron.head.children:
        if c.dep_ not in ("ccomp", "parataxis") or c.i > pron.i:
            continue
        if not any(x.lower_ in (";", ":") for x in doc[c.right_edge.i : pron.i]):
            continue
        subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
        if subj is not None and not _joint(s, subj):
            code = _country(s, subj, text, host=host, orgs=orgs)
            return code if code and code != HOST else None
    return None


def _aside(tok: Token | None, other: Token) -> bool:
    """True when ``tok`` sits in a relative clause or apposition that does not hold ``other``
    ("Burundi, which served under ATMIS, brought its soldiers home": ATMIS is aside)."""
    t = tok
    for _ in range(12):
        if t is None or t.head.i == t.i:
            return False
        if t.dep_ in ("relcl", "acl", "appos", "advcl", "parataxis") and other not in t.subtree:
            return True
        t = t.head
    return False


def _country_of_phrase(
    s: Sentence, tok: Token, text: str, *, host: set[str], orgs: bool = False
) -> tuple[str | None, Token | None]:
    """ "Kenya", "the Kenyan government", "Jamaica's defence force", "his government", "its"."""
    if s.entity_of(tok, ("MISSION",)) is not None:
        return None, None  # "MONUSCO's ceiling": the mission's own total
    code = _country(s, tok, text, host=host, orgs=orgs)
    if code:
        return code, None
    if (
        tok.lemma_.lower() in AMOUNT_NOUNS
        or tok.lemma_.lower() in STATE_NOUNS
        or tok.lemma_.lower() in ENVOYS
    ):
        # "the number of Kenyan officers", "the Government of the Republic of Haiti", "the
        # representative of the United States said her country would provide": the complement's
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for o in c.children:
                    if o.dep_ == "pobj":
                        found = _country_of_phrase(s, o, text, host=host, orgs=orgs)
                        if found[0] or found[1] is not None:
                            return found
    if (
        tok.lower_ in POSSESSIVES
        or tok.lower_ == "it"
        or (
            tok.lemma_.lower() in ANAPHORIC
            and any(c.lower_ in ("the", "this", "that", "his", "her", "its", "their") for c in tok.children)
        )
    ):
        return None, tok
    if tok.pos_ == "NOUN":
        for c in tok.children:
            if c.dep_ == "appos" and not c.conjuncts and c.text not in kbglue.demonyms():
                code = _country(s, c, text, host=host, orgs=orgs)  # (not "…, most of them Kenyan")
                if code:
                    return code, None  # "The largest contributor, Indonesia, has about 1,200 troops"
    for c in tok.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod"):
            code = _country(s, c, text, host=host, orgs=orgs)
            if code:
                return code, None
            if c.dep_ == "poss" and c.lower_ in POSSESSIVES:
                return None, c
            if (
                c.dep_ == "poss"
                and c.lemma_.lower() in ANAPHORIC
                and any(d.lower_ in ("the", "this", "that") for d in c.children)
            ):
                return None, c  # "bringing that country's contingent to 150": the country just named
    if host and tok.lemma_.lower() in NATIONAL_FORCES:
        people = kbglue.demonyms()
        if any(c.dep_ in ("compound", "amod") and people.get(c.text) in host for c in tok.children):
            return HOST, None  # "the strength of the Haitian National Police": the host's own force
    if tok.pos_ == "PROPN":
        for c in tok.children:  # "Kenya's President William Ruto", "Guatemalan President Bernardo
            if c.dep_ != "compound" or c.i > tok.i or c.pos_ not in ("PROPN", "NOUN"):  # Arévalo": the
                continue  # country of the title the person is named with
            for d in c.children:
                if d.dep_ in ("poss", "amod", "compound") and d.i < c.i:
                    code = _country(s, d, text, host=host, orgs=orgs)
                    if code:
                        return code, None
    return None, None


AMOUNT_NOUNS = frozenset({"number", "size", "strength", "total", "count", "headcount", "share"})
# who speaks for a country: "the representative of X", "the delegate of X"
ENVOYS = frozenset({"representative", "delegate", "envoy", "ambassador", "delegation", "spokesperson"})
STATE_NOUNS = frozenset(
    {"government", "republic", "state", "ministry", "authorities", "cabinet", "treasury", "people", "kingdom"}
)


def country_of_phrase(
    s: Sentence, tok: Token, text: str, *, host: set[str], orgs: bool = False
) -> tuple[str | None, Token | None]:
    """ "Kenya", "the Kenyan government", "Jamaica's defence force", "his government": for callers
    outside this module."""
    return _country_of_phrase(s, tok, text, host=host, orgs=orgs)


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
    written = _kind_written_after(fig)
    if written is not None:
        return written
    toks: dict[int, Token] = {}
    for t in (fig.noun, fig.head):
        if t is None:
            continue
        toks[t.i] = t
        for c in t.children:  # "formed police unit personnel": a modifier with its own modifiers
            if c.dep_ in ("amod", "compound", "nmod"):
                toks.update((x.i, x) for x in _modifiers(c))
            elif c.dep_ == "prep" and c.lower_ in ("of", "in"):  # "1,270 personnel in formed police units"
                if any(x.like_num and x.pos_ == "NUM" for x in c.subtree):
                    continue  # "1,412 personnel of an authorized strength of 2,101": another count
                toks.update((x.i, x) for x in c.subtree)
    for c in fig.anchor.children:  # "5,500 of them uniformed", "1,040 of them police": that kind first
        if c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ in ("them", "whom") for o in c.children):
            doc = fig.anchor.doc
            toks = {x.i: doc[x.i] for x in doc[c.i + 2 : c.i + 5] if x.pos_ in ("ADJ", "NOUN", "PROPN")}
            breakdown = True
            break
    joined = " " + " ".join(toks[i].lower_ for i in sorted(toks)) + " "
    # "10,800 military and civilian personnel", "13,000 military and police personnel": no one kind
    mixed_kinds = any(
        c.dep_ == "conj" for t in toks.values() if t.lower_ in MIXABLE_KINDS for c in t.children
    )
    for cue, cat in CATEGORIES:
        if mixed_kinds and cue.endswith(" personnel"):
            continue
        if re.search(rf"\b{cue}", joined):
            return cat
    # a kind the words name outright ("13,500 military personnel", "2,101 police") is the ceiling's
    # subject even alone; "troops" and "soldiers" alone are the whole force (README: totals)
    mixed = fig.noun is not None and any(c.dep_ == "conj" for c in fig.noun.children)  # "police and soldiers"
    named = (
        fig.measure == "personnel.target"
        and not mixed
        and re.search(r"\b(?:police|gendarmes?|military)\b", joined)
    )
    if breakdown or named:
        for cue, cat in BREAKDOWN:
            if re.search(rf"\b{cue}", joined):
                return cat
    return (
        _component_category(fig)
        or _split_ceiling(fig)
        or _named_ceiling(fig)
        or _capped_kind(fig)
        or _strength_of_a_kind(fig)
    )


def _strength_of_a_kind(fig: Figure) -> str | None:
    """ "MONUSCO's uniformed strength stood at 12,460", "its police strength": the strength the
    figure measures names its kind."""
    for t in _nouns_near(fig, ("nsubj", "nsubjpass")):
        if t.lemma_.lower() in ("strength", "headcount"):
            kind = _kind_of_frame(t, NAMED_KINDS)
            parts = [o for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
            for o in parts:  # "the strength of the military component of UNISFA stood at 2,873"
                if kind is None and o.dep_ == "pobj" and o.lemma_.lower() in COMPONENT_NOUNS:
                    kind = _kind_of_frame(o, NAMED_KINDS)
            if kind:
                return kind
        own = fig.pred is not None and t.head.i == fig.pred.i  # the subject of the figure's own verb
        if own and fig.noun is None and t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in KIND_HOLDERS:
            kind = _kind_of_frame(t, NAMED_KINDS)  # "military personnel numbered 12,036", "police
            if kind and not any(c.dep_ == "conj" for c in t.children):  # personnel stood at 1,382"
                return kind
    return None


# nouns for people whose kind a modifier names, when they are the subject of a bare figure
KIND_HOLDERS = frozenset({"personnel", "staff", "strength", "headcount", "officer", "troop"})


def _capped_kind(fig: Figure) -> str | None:
    """ "Its formed police units are capped at 1,270": the kind the ceiling's subject names."""
    if fig.measure != "personnel.target":
        return None
    for t in _nouns_near(fig, ("nsubj", "nsubjpass")):
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN"):
            words = " ".join(x.lower_ for x in t.subtree if x.i <= t.i)
            found = next((cat for cue, cat in CATEGORIES if re.search(rf"\b{cue}", words)), None)
            if found:
                return found
    return None


def _modifiers(t: Token) -> list[Token]:
    """A modifier with the modifiers it carries itself, not its conjuncts ("military and civilian")."""
    return [t, *(x for c in t.children if c.dep_ in ("amod", "compound", "nmod") for x in _modifiers(c))]


_KIND_AFTER = re.compile(
    r"^\s+(uniformed|civilians?|police|military|troops|soldiers)(?:\s+(?:personnel|staff|officers))?"
    # the item ends: punctuation, an aside opening, or the next figure of the list ("5,500 uniformed
    # and 50 civilian personnel": the shared noun is not the first figure's kind)
    r"(?:\s*(?:[,);.(]|$)|\s+(?:and|or|plus)\s+(?:up\s+to\s+|some\s+|about\s+|another\s+)?\d)",
    re.I,
)


def _kind_written_after(fig: Figure) -> str | None:
    """ "(5,500 uniformed, 50 civilian)", "5,500 uniformed and 50 civilian personnel": a kind written
    right after the figure, ending its list item, is its kind whatever noun the parse hung both
    numbers on (not "5,000 troops", a total)."""
    s = fig.sent
    m = _KIND_AFTER.match(s.text[fig.q.end - s.start : fig.q.end - s.start + 40])
    if m is None or m.group(1).lower() in ("troops", "soldiers"):
        return None
    word = m.group(1).lower().rstrip("s")
    if word in ("police", "military") and fig.measure != "personnel.target":
        return None  # a named kind is a ceiling's subject; elsewhere "400 police" stays as it was read
    return next((cat for cue, cat in (*CATEGORIES, *BREAKDOWN) if word.startswith(cue)), None)


CEILING_NOUNS = frozenset({"ceiling", "cap", "limit", "strength", "level", "maximum"})


def _kind_of_frame(t: Token, cues: tuple[tuple[str, str], ...] = BREAKDOWN) -> str | None:
    """The kind of personnel a noun's modifiers name ("the police ceiling", "its military component")."""
    words = " ".join(c.lower_ for c in t.children if c.dep_ in ("compound", "amod", "nmod"))
    return next((cat for cue, cat in cues if re.search(rf"\b{cue}", words)), None)


def _nouns_near(fig: Figure, deps: tuple[str, ...]) -> list[Token]:
    """The figure's evidence chain and cue, with the arguments (``deps``) of the verbs among them."""
    near = [*fig.path, *([fig.cue] if fig.cue is not None else [])]
    return near + [c for t in near if t.pos_ in ("VERB", "AUX") for c in t.children if c.dep_ in deps]


def _split_ceiling(fig: Figure) -> str | None:
    """ "lowers the troop ceiling to 2,500 and keeps the police ceiling at 640": ceilings the text
    splits by kind take that kind (a lone "troop ceiling" is the total, as "5,000 troops" is)."""
    near = _nouns_near(fig, ("dobj",))
    mine = next((t for t in near if t.lemma_.lower() in CEILING_NOUNS and _kind_of_frame(t)), None)
    if mine is None or fig.sent.doc is None:
        return None
    kind = _kind_of_frame(mine)
    others = {_kind_of_frame(t) for t in fig.sent.doc if t.lemma_.lower() in CEILING_NOUNS and t.i != mine.i}
    return kind if others - {None, kind} else None


def _named_ceiling(fig: Figure) -> str | None:
    """ "its authorised military strength to 14,046", "the cap on police personnel", "keeps the troop
    ceiling at 11,500": a ceiling that names its kind outright measures that kind (the golds write a
    troop ceiling as the military's 13 times to 1; "5,000 troops" alone stays the total)."""
    if fig.measure != "personnel.target":
        return None
    for t in _nouns_near(fig, ("dobj", "nsubj", "nsubjpass")):
        if t.lemma_.lower() not in CEILING_NOUNS:
            continue
        words = [x for c in t.children if c.dep_ in ("amod", "compound", "nmod") for x in _modifiers(c)]
        for p in t.children:
            if p.dep_ == "prep" and p.lower_ in ("on", "for"):
                words += [x for o in p.children if o.dep_ == "pobj" for x in _modifiers(o)]
        joined = " ".join(w.lower_ for w in words)
        if any(c.dep_ == "conj" for w in words for c in w.children):
            continue  # "the military and police ceilings": no one kind
        kind = next((cat for cue, cat in NAMED_KINDS if re.search(rf"\b{cue}", joined)), None)
        if kind and re.search(r"\btroop", joined) and not _first_after(fig, t):
            continue  # "a troop ceiling of 17,000 and a police ceiling of 2,101": the troops' is the first
        if kind:
            return kind
    return None


def _first_after(fig: Figure, noun: Token) -> bool:
    """The figure is the first one written after the noun."""
    s = fig.sent
    at = s.end_of(noun)
    return not any(at <= q.start < fig.q.start for q in s.quants)


NAMED_KINDS: tuple[tuple[str, str], ...] = (
    *CATEGORIES,
    ("police", "police"),
    ("gendarme", "police"),
    ("military", "military"),
    ("troop", "military"),
)
COMPONENT_NOUNS = frozenset({"component", "element", "pillar"})


def _component_category(fig: Figure) -> str | None:
    """The kind of a mission's component the figure measures ("its police component numbered 138",
    "the police component, at about 1,450 officers"): a component is a part of the mission by kind."""
    for t in _nouns_near(fig, ("nsubj", "nsubjpass", "dobj")):
        if t.lemma_.lower() in COMPONENT_NOUNS:
            kind = _kind_of_frame(t, (*CATEGORIES, *BREAKDOWN))
            if kind:
                return kind
    return None


ADMIN = re.compile(
    r"^\s+(?:department|state|county|province|region|district|commune|prefecture|territory|governorate|"
    r"municipality|arrondissement|sector|area)\b",
    re.I,
)
PLACE_WORDS = frozenset(
    {"village", "town", "city", "commune", "district", "neighbourhood", "neighborhood", "camp"}
)


NOT_PLACE_WORDS = frozenset({
    "office", "organization", "organisation", "army", "council", "agency", "mission", "force", "forces",
    "programme", "program", "committee", "commission", "militia", "group", "front", "movement", "party",
    "police", "ministry", "government", "university", "institute", "fund", "bank", "union", "nations",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})  # fmt: skip


LEFT_BEHIND = frozenset({"flee", "leave", "abandon", "escape", "desert", "evacuate"})
# a part of a place named by its side ("in southern Lebanon", "across the central Sahel"): the part is
# the place, as a department is
COMPASS_PART = re.compile(
    r"(?<![\w-])(?:(?:north|south)[- ]?(?:east|west)ern|northern|southern|eastern|western|central)\s+$"
)
# what a person is, for "a peacekeeper from Ghana": where they come from, not where they fell
ORIGIN_NOUNS = frozenset({
    "peacekeeper", "soldier", "officer", "trooper", "policeman", "policewoman", "gendarme", "national",
    "citizen", "worker", "member", "personnel", "crew", "pilot", "sailor", "marine", "engineer", "medic",
})  # fmt: skip


# lower-case pieces joined by a hyphen to the rest of a place's name ("al-Khashab", "el-Fasher")
NAME_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "an", "ez", "es"})


# a capitalised name right before a gazetteer place, with a French particle or none, is the place's
# own longer name ("Petite-Rivière de l'Artibonite", "Wharf Jérémie", "Croix-des-Bouquets")
NAMED_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+)\s+(de\s+l['’]|de\s+la\s+|du\s+|des\s+|de\s+)?$")
NOT_NAME_WORDS = frozenset(
    {"in", "at", "on", "from", "to", "the", "a", "an", "near", "outside", "inside", "across", "since"}
    | {"during", "by", "of", "and", "but", "or", "around", "into", "between", "towards", "toward", "via"}
    | {"mr", "mrs", "ms", "dr", "un", "u.n.", "un's"}
)
MONTHS = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?$")


def _named_before(s: Sentence, e: Entity, text: str) -> str | None:
    """The gazetteer place ``e`` with the name written right before it, when there is one."""
    m = NAMED_BEFORE.search(text[max(s.start, e.start - 40) : e.start])
    if m is None:
        return None
    word = m.group(1)
    start = e.start - (len(m.group(0)))
    if word.lower() in NOT_NAME_WORDS or any(x.start <= start < x.end for x in s.ents):
        return None
    if MONTHS.match(word) or (start == s.start and not m.group(2)):
        return None
    return text[start : e.end]


def place_name(s: Sentence, tok: Token, text: str) -> str | None:
    """The place a token names, for callers outside this module."""
    return _place_name(s, tok, text)


def _place_name(s: Sentence, tok: Token, text: str) -> str | None:
    """The place a token names: a gazetteer place or a country (with "department", "state"… when the
    text adds it), or a capitalised name the text puts after a place preposition ("in Old Fangak")."""
    e = s.entity_of(tok, ("PLACE", "COUNTRY"))
    if e is not None and e.label == "PLACE":
        longer = _named_before(s, e, text)
        if longer is not None:
            return longer  # "Petite-Rivière de l'Artibonite", "the Wharf Jérémie area"
    if e is not None:
        suffix = ADMIN.match(text[e.end : e.end + 20])
        if suffix:
            return text[e.start : e.end + suffix.end()]
        part = COMPASS_PART.search(text[max(0, e.start - 20) : e.start])
        if part and not text[e.start : e.end].lower().startswith(("north", "south", "east", "west")):
            return text[
                e.start - len(part.group(0)) : e.end
            ].strip()  # "southern Lebanon", "the central Sahel"
        if e.label == "COUNTRY" and _a_capital_city(e.text):
            return e.text  # "a truck bomb in Baghdad": the city, though "Baghdad said" is the government
        return e.text if e.label == "PLACE" else e.code
    if s.entity_of(tok, ("ORG", "MISSION")) is not None or s.date_of(tok) is not None:
        return None
    if tok.pos_ == "NOUN" and ADMIN.match(" " + tok.text) and tok.dep_ in ("pobj", "nsubj"):
        names = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.text[:1].isupper()]
        if names and names[-1].i == tok.i - 1:  # "the West department", "Upper Nile state"
            first_name = names[0].left_edge  # "Upper Nile state": "Upper" hangs on "Nile"
            return text[s.pos(first_name) : s.end_of(tok)]
    left = tok.dep_ == "dobj" and tok.head.lemma_.lower() in LEFT_BEHIND  # "have fled Uvira"
    if not (tok.pos_ == "PROPN" and (left or (tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS))):
        return None
    if tok.head.lower_ == "of" and tok.head.head.lower_ not in PLACE_WORDS:
        return None  # "the village of Banjska" is a place; "the army of X" is not
    words = [tok]
    while words[0].i > 0:
        prev = words[0].doc[words[0].i - 1]
        if prev.pos_ == "PROPN" and prev.head.i in {w.i for w in words} and prev.dep_ in ("compound", "amod"):
            words.insert(0, prev)
        elif prev.text == "-" and prev.i > 0 and prev.doc[prev.i - 1].lower_ in NAME_PARTICLES:
            words[:0] = [prev.doc[prev.i - 1], prev]  # "Jubata al-Khashab": the particle and its hyphen
        else:
            break
    if any(w.lower_ in NOT_PLACE_WORDS for w in words) or not tok.text[:1].isupper():
        return None
    a, b = s.pos(words[0]), s.end_of(words[-1])
    suffix = ADMIN.match(text[b : b + 20])
    part = COMPASS_PART.search(text[max(0, a - 20) : a])
    if part and not words[0].lower_.startswith(("north", "south", "east", "west")):
        a -= len(part.group(0))  # "in the central Sahel"
    return text[a : b + (suffix.end() if suffix else 0)]


def _a_capital_city(name: str) -> bool:
    """A capital written as itself, not a country that shares its name ("Djibouti", "Kuwait")."""
    code = kbglue.capital_country(name)
    return code is not None and (kbglue.country_name(code) or "").casefold() != name.casefold()


def place(
    fig: Figure,
    doc_country: str | None,
    capital: str | None,
    text: str = "",
    previous_place: str | None = None,
    there: str | None = None,
    recent: str | None = None,
    *,
    mentioned: str | None = None,
) -> str | None:
    """Where a humanitarian figure happens: the most specific place its clause names ("in the Centre
    department", "when rebels seized Goma", "an assault on a base in Middle Shabelle"), else the
    article's country. Places in other clauses of the sentence belong to other figures; "the
    province", "the city" stand for the last place ``mentioned`` before."""
    s = fig.sent
    scope: list[Token] = [t for t in (fig.noun, fig.head, fig.pred, fig.anchor) if t is not None]
    fled = fig.measure == "displaced" and fig.pred is not None
    left: list[Token] = []  # "200,000 people have fled Uvira": the place left is the object
    own = {t.i for t in (fig.noun, fig.head, fig.anchor) if t is not None}
    if fig.pred is not None:
        scope.extend(c for c in fig.pred.children if c.dep_ in ("advcl", "nsubj", "npadvmod"))
        scope.extend(c for c in fig.pred.children if c.dep_ == "acomp")  # "stayed displaced in Chad"
        event = event_noun(fig.pred)
        if event is not None:
            scope.append(event)  # "an attack in the village of Banjska, in which one officer was killed"
            left.append(event)  # read whole: "an ambush on a patrol near Kidal"
        if fig.pred.dep_ in ("aux", "auxpass"):
            scope.append(fig.pred.head)  # the same, parsed as a passive
        if fled:
            left += [c for c in fig.pred.children if c.dep_ == "dobj" and c.i not in own]
            scope.extend(left)
        if fig.pred.dep_ == "relcl" and any(c.lower_ == "where" for c in fig.pred.children):
            left.append(fig.pred.head)  # "fighting around Nasir, where clashes forced 80,000 …": Nasir
            scope.append(fig.pred.head)
        if fig.pred.dep_ == "conj" and fig.pred.head.pos_ in ("VERB", "AUX"):
            first = fig.pred.head  # "overran a base at Barkaram and killed 40 soldiers": one event
            scope.append(first)
            scope.extend(c for c in first.children if c.dep_ in ("dobj", "nsubjpass") and c.i not in own)
        ing = fig.pred.head if fig.pred.dep_ == "conj" else fig.pred
        if ing.dep_ == "advcl" and ing.tag_ == "VBG" and ing.head.pos_ in ("VERB", "AUX"):
            cause = ing.head  # "a bomb struck a convoy near Koui, killing one peacekeeper": where it struck
            scope.append(cause)
            scope.extend(c for c in cause.children if c.dep_ in ("dobj", "nsubjpass") and c.i not in own)
    found: list[tuple[int, str, tuple[int, int]]] = []  # (specificity, name, where)
    casualty = fig.measure in ("killed", "injured", "kidnapped")
    preps = PLACE_PREPS | ({"into"} if fled else set())  # "pushed 20,000 people into the Abyei area"
    for t in scope:
        whole = (t.dep_ in ("advcl", "nsubj") and t.i not in own) or t in left  # another phrase of the clause
        kids = [t] if whole else [c for c in t.children if c.dep_ == "prep"]
        for c in kids:
            if casualty and c.dep_ == "nsubj" and s.entity_of(c, ("COUNTRY",)) is not None:
                continue  # "Malawi lost three soldiers": the victims' country, not where they fell
            if c.dep_ == "prep" and (c.lower_ not in preps or _said_there(c)):
                continue
            for o in c.subtree:
                if s.quantity_of(o) is not None and s.quantity_of(o) is not fig.q:
                    break  # another figure's phrase
                if _in_relative(o, c):
                    continue  # "in the West department, which includes Port-au-Prince": a description
                if _a_parts_place(fig, s.pos(o), text):
                    continue  # "212 were abducted, 61 of them in the Artibonite": the part's place
                if o.dep_ == "amod" and s.entity_of(o, ("COUNTRY",)) is not None:
                    continue  # "killed in Israeli attacks": who attacked, not where
                name = _place_name(s, o, text) if text else None
                if name is None and text and o.dep_ == "pobj" and not o.text[:1].isupper():
                    name = next(  # "into the Abyei area": the name is the noun's compound
                        (
                            n
                            for n in (_place_name(s, x, text) for x in o.children if x.dep_ == "compound")
                            if n
                        ),
                        None,
                    )
                if is_origin(s, o):
                    continue  # "among them a peacekeeper from Ghana": where the dead came from
                if name and doc_country and _coordinated_place(s, o, text):
                    name = doc_country  # "in Upper Nile and Jonglei": several places, the country's figure
                if name and all(n != name for _, n, _ in found):
                    spec = specificity(name)
                    if spec == 3 and not _the_scene(fig, o, text):
                        spec = 2  # one of several towns, or a part's: the region holds the figure
                    found.append((spec, name, _span_of(s, o, name, text)))
    found = [f for f in found if not any(_contains(g[2], f[2], f[1], text) for g in found if g is not f)]
    if found:
        found.sort(key=lambda x: -x[0])
        return found[0][1]
    host = _host_clause_place(fig, text) if text and (casualty or fig.measure == "displaced") else None
    if host is not None:
        return host  # "The West department remained the worst hit, with 1,134 people killed"
    if there and fig.pred is not None and any(c.lower_ == "there" for c in fig.pred.children):
        return there  # "The Centre department has seen the sharpest rise. 200,000 are displaced there"
    if NATIONWIDE.search(s.text):
        return doc_country  # "Nationally, the toll was …": the whole country, not the place before
    demonym = s.entity_of(fig.noun, ("COUNTRY",)) if fig.noun is not None else None
    if demonym is not None and fig.measure in ("displaced", "people_in_need"):
        return demonym.code  # "1.4 million displaced Haitians" (but "nine South Africans" killed is no place)
    lone = _lone_place(fig, text) if text else None
    if lone is not None:
        return lone
    if (
        previous_place
        and fig.measure in ("killed", "injured", "kidnapped")
        and BACK_TO_INCIDENT.search(s.text)
    ):
        return previous_place  # "The dead include nine South Africans": where the sentence before said
    if mentioned and PLACE_BACK.search(s.text):
        return mentioned  # "Insurgents have hit Cabo Delgado again. … displaced in the province"
    if previous_place and re.search(r"\bthe (?:city|town|village)\b", s.text, re.I):
        return previous_place  # "In the city itself, 700 people were killed"
    if re.search(r"\bthe capital\b", s.text, re.I) and capital:
        return capital
    own_people = demonym is not None and demonym.code == doc_country  # "4,000 Lebanese": the country's toll
    if recent and casualty and not own_people and not PERIOD_TOLL.search(s.text):
        return recent  # "… evacuate soldiers from Nasir. One crew member was killed": the incident's place
    return doc_country


# a definite place noun that stands for a place named just before
PLACE_BACK = re.compile(
    r"\b(?:the|that|this) (?:province|department|county|district|city|town|village)\b", re.I
)


def _host_clause_place(fig: Figure, text: str) -> str | None:
    """The place a clause is about when the figure only hangs on it by "with …" or "accounting
    for …" ("The West department remained the worst hit, with 1,134 people killed"; "The Centre
    department followed, accounting for 368 of the killings"): the clause's subject. A country as
    that subject is the victims' ("Malawi lost three soldiers"), not a place."""
    s = fig.sent
    t = fig.pred if fig.pred is not None else fig.noun
    if t is None or s.doc is None:
        return None
    climbed = False
    for _ in range(6):
        if t.dep_ in ("pcomp", "pobj", "prep") or (t.dep_ == "advcl" and t.tag_ == "VBG"):
            t, climbed = t.head, True
        else:
            break
    if not climbed or t.pos_ not in ("VERB", "AUX") or t is fig.pred:
        return None
    for c in t.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        name = _named_place(s, c, text)
        if name and s.entity_of(c, ("COUNTRY",)) is None:
            return name
    return None


# a toll over a period or a whole country, not one incident's: it keeps the country
PERIOD_TOLL = re.compile(
    r"\b(?:since|so far|this year|last year|year|years|month|months|quarter|period|in (?:the )?(?:19|20)\d\d|"
    r"to date|overall|in total|altogether|cumulative|between (?:\d{1,2} )?(?:[A-Z][a-z]+ )?(?:19|20)\d\d|"
    r"between (?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b)\b",
    re.I,
)
LOCATED_AT = re.compile(
    r"\b(?:in|near|at|outside|around|on)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$", re.I
)
TAKEN_TO = re.compile(r"\b(?:to|into|towards)\b[^,.;:]*$", re.I)


def _located_at(text: str, at: int) -> bool:
    before = text[max(0, at - 60) : at]
    return bool(LOCATED_AT.search(before)) and not TAKEN_TO.search(before)


TOWARDS = frozenset({"to", "into", "towards"})
MOVED = frozenset({"return", "come", "travel", "arrive", "fly", "drive", "move", "head", "sail", "walk"})
SPOKE = frozenset({"say", "tell", "speak", "announce", "brief", "declare", "state", "explain", "add", "warn"})
SAID_TO = frozenset({"reporters", "journalists", "press", "briefing", "conference", "statement", "interview"})


def _said_there(prep: Token) -> bool:
    """A place where something was said, not where it happened ("told reporters in Juba")."""
    head = prep.head
    return head.lemma_.lower() in SPOKE or head.lower_ in SAID_TO


def incident_place(s: Sentence, text: str) -> str | None:
    """The most specific place a sentence locates something in ("to evacuate soldiers from Nasir in
    Upper Nile state" gives Nasir), for a toll in a sentence after it that names none ("One crew
    member was killed"). Where a statement was made is no such place; a place that only contains
    another ("in Upper Nile state") is less specific than it."""
    if s.doc is None:  # not parsed: a gazetteer place after a locating word ("clashes near Goma")
        return next((e.text for e in s.ents if e.label == "PLACE" and _located_at(text, e.start)), None)
    doc = s.doc
    for t in (doc[i] for i, dep in enumerate(columns(doc).dep) if dep in ("dobj", "pobj")):
        taken = t.dep_ == "dobj" and t.head.lemma_.lower() in TAKEN | LEFT_BEHIND
        located = t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS | {"on"}
        if not (taken or located) or (located and _said_there(t.head)):
            continue
        if located and t.head.lower_ == "from" and t.head.head.lemma_.lower() in MOVED:
            continue  # "returning from Mboki when it was hit": where it came from
        if any(a.dep_ == "prep" and a.lower_ in TOWARDS for a in t.ancestors) or (
            located and any(c.dep_ == "prep" and c.lower_ in TOWARDS for c in t.head.head.children)
        ):
            continue  # "evacuated to the hospital in Bangui": where they were taken
        if located and t.head.head.pos_ == "PROPN" and _place_name(s, t.head.head, text):
            continue  # "Nasir in Upper Nile state": the container
        if _a_list_of_names(t):
            continue  # "in Upper Nile, Jonglei and Western Equatoria": a survey of regions, no incident's
        name = _place_name(s, t, text) or next(
            (n for n in (_place_name(s, c, text) for c in t.children if c.dep_ == "compound") if n), None
        )
        if name and not (len(name) == 3 and name.isupper()) and not _a_capital_city(name):
            return name  # (a capital is no incident's place for the sentences after: "back in Nairobi")
    return None


def _a_list_of_names(t: Token) -> bool:
    """Three or more names in a list ("Upper Nile, Jonglei and Western Equatoria"); two ("around
    Goma and Sake") name the incident's place and the next one, and the first stands."""
    kids = list(t.children)
    return any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in kids) and any(c.text == "," for c in kids)


# words that continue the incident the sentence before told of (not "Kidnappings fell to 145")
BACK_TO_INCIDENT = re.compile(
    r"\b(?:the dead|the toll|the victims|the casualties|among (?:them|the dead)|also|the (?:attack|assault|"
    r"raid|ambush|fighting|clashes|shelling|incident|explosion|blast)|that (?:attack|fighting|incident)|"
    r"those clashes|killing|wounding|there|the attackers|the assailants|the gunmen|battle|that followed)\b",
    re.I,
)

NATIONWIDE = re.compile(
    r"\b(?:nationally|nationwide|countrywide|country-wide|across the country|across the nation|"
    r"in the country as a whole|for the (?:whole|entire) country)\b",
    re.I,
)


def is_origin(s: Sentence, t: Token) -> bool:
    """ "a peacekeeper from Ghana", "soldiers from Malawi": the country a person comes from (but
    "evacuating soldiers from Nasir" names a place)."""
    return (
        t.dep_ == "pobj"
        and t.head.lower_ == "from"
        and t.head.head.lemma_.lower() in ORIGIN_NOUNS
        and s.entity_of(t, ("COUNTRY",)) is not None
    )


def _span_of(s: Sentence, tok: Token, name: str, text: str) -> tuple[int, int]:
    e = s.entity_of(tok, ("PLACE", "COUNTRY"))
    if e is not None and len(name) == 3 and name.isupper():
        return e.start, e.end
    at = text.find(name, max(0, s.pos(tok) - 60), s.end_of(tok) + 30)
    return (at, at + len(name)) if at >= 0 else (s.pos(tok), s.end_of(tok))


# what stands between a place and the larger one it lies in: "Butembo, in the restive North Kivu
# province", "near Koui, in Ouham-Pendé prefecture", "at Nasir in Upper Nile state", "Butembo, North Kivu"
LIES_IN = re.compile(r"\s*,?\s*(?:(in)\s+)?(?:the\s+)?(?:[a-z][\w-]*\s+)?")
A_LIST_GOES_ON = re.compile(r"\s*(?:,\s*[A-Z]|and\b|or\b)")


def _contains(inner: tuple[int, int], outer: tuple[int, int], outer_name: str, text: str) -> bool:
    """Whether the place at ``outer`` only locates the one at ``inner``: the larger is less specific
    (but "the Canal Hotel in Baghdad" is a building in a city: the city is the place)."""
    if outer[0] < inner[1] or outer[0] - inner[1] > 40 or FACILITY.search(text[inner[0] : inner[1]]):
        return False
    between = LIES_IN.fullmatch(text, inner[1], outer[0])
    if between is None:
        return False
    if between.group(1):
        return True
    if "," not in text[inner[1] : outer[0]] or A_LIST_GOES_ON.match(text, outer[1]):
        return False  # "Port-au-Prince, Croix-des-Bouquets and Kenscoff": a list
    return (
        (len(outer_name) == 3 and outer_name.isupper())
        or bool(ADMIN_END.search(outer_name))
        or (text[outer[0] : outer[1]].count(" ") >= 1)
    )


FACILITY = re.compile(
    r"\b(?:hotel|camp|base|headquarters|compound|hospital|school|airport|memorial|church|mosque|market|"
    r"prison|station|bridge|building|office|stadium|palace|barracks)\b",
    re.I,
)
ADMIN_END = re.compile(
    r"\b(?:department|state|county|province|region|district|prefecture|territory|governorate)$", re.I
)


REGION_END = re.compile(
    r"\b(?:department|state|county|province|region|district|commune|prefecture|territory|governorate|"
    r"municipality|arrondissement|area)$",
    re.I,
)


def specificity(name: str) -> int:
    """How narrow a place is, for the figure whose clause names several: a country (0), a building
    (1: "the Canal Hotel in Baghdad" is the city's), a region (2: "the Centre department",
    "eastern DRC", a first-level subdivision the gazetteer knows), a town or any other name (3:
    "attacks on Mirebalais" in "In the Centre department, attacks on Mirebalais killed 30")."""
    if len(name) == 3 and name.isupper():
        return 0
    if FACILITY.search(name):
        return 1
    if REGION_END.search(name) or name[:1].islower() or _a_subdivision(name):
        return 2
    return 3


# a part of the figure set in a town after it: "143 were killed, many in fighting around Nasir"
PART_IN_TOWN = re.compile(
    r"\b(?:mostly|mainly|largely|chiefly|primarily|many|most|the majority|the bulk|including|especially|"
    r"notably|particularly)\b",
    re.I,
)


def _the_scene(fig: Figure, tok: Token, text: str) -> bool:
    """Whether a town is where the whole figure happened: not one of a list ("attacks on Mirebalais
    and Lascahobas displaced 9,400") and not where a part of it did ("mostly in Port-au-Prince")."""
    at = fig.sent.pos(tok)
    while tok.dep_ in ("compound", "punct") and tok.head.pos_ == "PROPN":
        tok = tok.head  # the name's last word carries its links ("Saut-d'Eau")
    if tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children):
        return False
    if tok.head.lower_ == "of" and tok.head.head.tag_ in ("NNS", "NNPS"):
        return False  # "the communes of Mirebalais and Saut-d'Eau", however the list is parsed
    return not (at > fig.q.end and PART_IN_TOWN.search(text, fig.q.end, at))


def _a_subdivision(name: str) -> bool:
    try:
        from missionwatch.kb.places import gazetteer, is_town
    except ImportError:
        return False
    return name in gazetteer() and not is_town(name)


def _coordinated_place(s: Sentence, tok: Token, text: str) -> bool:
    """A place joined by "and" to another place ("Upper Nile and Jonglei")."""
    return any(c.dep_ == "conj" and _place_name(s, c, text) for c in tok.children)


def subject_place(s: Sentence, text: str) -> str | None:
    """The place a sentence is about: its main subject when that names a place ("The Centre
    department has seen the sharpest rise"), for a "there" in the next sentence."""
    if s.doc is None:
        return None
    doc = s.doc
    for t in (doc[i] for i, dep in enumerate(columns(doc).dep) if dep in ("nsubj", "nsubjpass")):
        if t.head.dep_ == "ROOT":
            return _named_place(s, t, text)
    return None


def _named_place(s: Sentence, t: Token, text: str) -> str | None:
    """The place a subject names, itself or, for a lowercase noun, by its compound ("The Centre
    department"); not a country's code."""
    name = _place_name(s, t, text)
    if name is None and not t.text[:1].isupper():
        name = next(
            (n for n in (_place_name(s, x, text) for x in t.children if x.dep_ == "compound") if n), None
        )
    return name if name and not (len(name) == 3 and name.isupper()) else None


def _a_parts_place(fig: Figure, at: int, text: str) -> bool:
    if at <= fig.q.end:
        return False
    between = text[fig.q.end : at]
    own = re.match(r"\s*\w*\s*(?:of them|of whom|of which)\b", between)  # its own "119 of them"
    if own:
        between = between[own.end() :]
    return bool(re.search(r"\b(?:of them|of whom|of which)\b", between))


TAKEN = frozenset({"seize", "take", "capture", "overrun", "attack", "storm", "raid", "enter", "besiege"})


def _lone_place(fig: Figure, text: str) -> str | None:
    """The one place a sentence names, where the parse lost the figure's link to it ("Fighting in
    Upper Nile state since March has forced 130,000 people from their homes")."""
    s = fig.sent
    if s.doc is None:
        return None
    others = [
        q
        for q in s.quants
        if q.value
        and q.value >= 100
        and q is not fig.q
        and not any(d.start <= q.start < d.end for d in s.dates)
    ]  # a year in a date is no figure
    found: dict[str, int] = {}  # place name -> its position
    for t in s.doc:
        taken = t.dep_ == "dobj" and t.head.lemma_.lower() in TAKEN  # "when rebels seized Goma"
        if not (
            taken
            or (t.dep_ == "pobj" and t.head.lower_ in ("in", "across", "around", "near", "from", "of", "at"))
        ):
            continue
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ not in PLACE_WORDS:
            continue  # only "the commune of Arcahaie", "the village of Banjska"
        if (
            _in_relative(t, t.head)
            or _a_parts_place(fig, s.pos(t), text)
            or _said_there(t.head)
            or is_origin(s, t)
        ):
            continue
        name = _place_name(s, t, text)
        if name is None:
            name = next(
                (n for n in (_place_name(s, c, text) for c in t.children if c.dep_ == "compound") if n),
                None,
            )
        if (
            name
            and not (len(name) == 3 and name.isupper())
            and name not in found
            and ";" not in text[fig.q.start : s.pos(t)]  # a place after a semicolon is the next clause's
            and not FACILITY.search(name)  # and a building no place
        ):
            found[name] = s.pos(t)
    if len(found) == 1 and not others:
        return next(iter(found))
    # several places or figures: the place nearest the figure, when no other figure is nearer to it;
    # "… at least 46 civilians were killed there": the place before, whatever figure stands between
    there = fig.pred is not None and any(c.lower_ == "there" for c in fig.pred.children)
    best = None
    for name, at in found.items():
        mine = abs(at - fig.q.start)
        if there and at > fig.q.start:
            continue
        if not there and any(abs(at - q.start) < mine for q in others):
            continue
        if best is None or mine < best[1]:
            best = (name, mine)
    return best[0] if best else None


def _in_relative(tok: Token, top: Token) -> bool:
    t = tok
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ == "relcl":
            return True
        t = t.head
    return False


def first(items: Iterable[str | None]) -> str | None:
    return next((i for i in items if i), None)
