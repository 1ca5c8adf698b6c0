"""Statuses of countries named without a figure: contributor (willing, committed, expected,
deployed) and donor (pledged, paid).

A country's status is read off the relation that ties it to the clause: the subject of a verb
("India, Rwanda and Nepal supply the largest contingents", "Egypt has committed a contingent",
"are expected to contribute", "said they are willing to help"), the source of a personnel noun
("smaller teams from El Salvador", "whose troops come from Malawi", "commitments came from Burundi"),
or an apposition to a contributor noun ("Rwanda, its largest troop contributor", "the largest
contributors were Canada and the United States"); the agent of a passive ("were provided by A and
B"), the subject of an absolute "with" ("with India and Nepal supplying …"), of an elliptical "so did
X", or the object of a force that "brings together" countries. A coordination gives every country in
it the same status. Money in the clause makes the country a donor.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from missionwatch.nlp.entities import Entity
from missionwatch.nlp.frames.article import Sentence, columns
from missionwatch.nlp.frames.clause import RELATIVE
from missionwatch.nlp.frames.figures import VERBISH
from missionwatch.nlp.frames.lexicon import Lexicon, lexicon
from missionwatch.nlp.frames.measure import classes_of, intended, negated
from missionwatch.nlp.frames.missions import MISSION_NOUNS, UNIT_NOUNS

DEPLOYED = frozenset({"deploy", "strength", "arrive"})
# verbs whose object says what the countries are willing to do ("want to take part", "ready to help")
TAKE_PART = frozenset(
    {
        "help",
        "contribute",
        "join",
        "take",
        "participate",
        "send",
        "deploy",
        "provide",
        "supply",
        "commit",
        "serve",
        "assist",
        "support",
        "offer",
    }
)
# what a Council text does: its sponsors are penholders, not contributors
TEXT_NOUNS = frozenset(
    {"text", "resolution", "draft", "statement", "letter", "report", "amendment", "motion"}
)
VOTE_WORDS = frozenset(
    {"vote", "abstain", "favour", "favor", "against", "abstention", "veto", "support", "back"}
)


LIKELY = frozenset(
    {"likely", "potential", "possible", "prospective", "future", "would-be", "expected", "new"}
)


TROOP_WORDS = frozenset(
    {"troop", "troops", "police", "personnel", "military", "troop-contributing", "uniformed"}
)


def _of_troops(noun: Token) -> bool:
    """ "troop contributors", "police-contributing countries": contributors of people, never donors."""
    return any(c.lower_ in TROOP_WORDS or c.lower_.startswith("troop") for c in noun.children) or (
        noun.lemma_.lower() == "contingent"
    )


def _contributor_kind(noun: Token) -> str:
    """ "the mission's troop contributors" are deployed; "likely contributors" only expected."""
    words = {t.lower_ for t in noun.subtree}
    return "expected" if words & LIKELY else "deployed"


NOBODY = frozenset({"nobody", "none", "nothing", "no-one"})


def _nothing_done(v: Token) -> bool:
    """ "have sent nobody", "sent no troops", "has yet to send anyone": a verb done to no one."""
    for c in v.children:
        if c.dep_ in ("dobj", "attr") and (
            c.lower_ in NOBODY or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        ):
            return True
    return False


def _first_conjunct(tok: Token) -> Token:
    while (tok.dep_ == "conj" or _listed_as_apposition(tok)) and tok.head.i != tok.i:
        tok = tok.head
        of = tok.head
        if tok.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "PROPN" and of.head.i == of.i - 1:
            tok = of.head  # "the United States of America, Canada and France": the list hangs on "America"
    return tok


EXPECTATION = frozenset(
    {"expect", "due", "set", "mean", "schedule", "slate", "likely", "suppose", "plan", "bound"}
)
COMMITMENT = frozenset({"pledge", "promise", "commit", "offer", "agree", "vow", "undertake", "volunteer"})


def _listed_as_apposition(tok: Token) -> bool:
    """ "Jamaica, the Bahamas, Belize and Benin": a list the parse starts as an apposition."""
    return (
        tok.dep_ == "appos"
        and tok.pos_ == "PROPN"
        and tok.head.pos_ == "PROPN"
        and any(c.dep_ == "conj" for c in tok.children)
    )


def _joins(v: Token) -> Token | None:
    """The taking-part verb an expectation or a promise governs ("expected to contribute")."""
    for c in v.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ in VERBISH:
            lemma = c.lemma_.lower()
            if (
                lemma in TAKE_PART
                or lemma in ("stay", "remain", "base", "station", "join", "follow")
                or set(classes_of(c)) & DEPLOYED
            ):
                return c
            if lemma == "be":
                inner = _joins(c)
                if inner is not None:
                    return inner
    return None


def _verb_status(v: Token, lex: Lexicon, *, depth: int = 0) -> tuple[str, str] | None:
    """(kind, status) a verb gives its subject: kind is contributor or donor."""
    if negated(v, lex) or depth > 2 or _nothing_done(v):
        return None
    lemma = v.lemma_.lower()
    if lemma in VOTE_WORDS:
        return None
    if _about_a_text(v):
        return None  # "the text, submitted by the United States"
    if _writes_the_text(v):
        return None  # "France, which holds the pen, drafted it": a penholder, not a contributor
    money = _money_clause(v, lex)
    if _willing(v, lex):
        return None if money else ("contributor", "willing")
    stated = None if money else _stated_intent(v, [c for c in v.children if c.dep_ in ("dobj", "attr")], lex)
    if stated is not None:
        return stated  # "notified the UN of their intention to send personnel"
    if lemma == "be":
        inner = next((c for c in v.children if c.dep_ == "xcomp" and c.pos_ in VERBISH), None)
        if inner is None:
            return None
        v, lemma = inner, inner.lemma_.lower()  # "are to be based", "are set to join"
        target = _joins(v) or v
        if set(classes_of(target)) & DEPLOYED or target.lemma_.lower() in TAKE_PART:
            return ("donor", "pledged") if money else ("contributor", "expected")
    if lemma in lex.done:
        inner = next((c for c in v.children if c.dep_ == "xcomp" and c.pos_ in VERBISH), None)
        if inner is not None and _moves_people(inner, lex):
            return _verb_status(inner, lex, depth=depth + 1)  # "continued to deploy engineering units":
            # the aspect of doing it, done (not "continue to provide logistical support")
    # "said they are willing to help", "announced that it will send troops"
    reports = "report" in classes_of(v) and not _on_the_ground(v)  # (not "have put people on the ground")
    if lemma in lex.status["declare"] or reports:
        for c in v.children:
            own = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
            if own is not None and own.pos_ != "PRON":
                continue  # "the UN says donors pledged …": the donors' act, not the speaker's
            hearsay = c.dep_ == "xcomp" and any(x.dep_ == "nsubjpass" for x in v.children)
            if (c.dep_ == "ccomp" or hearsay) and c.pos_ in VERBISH:
                found = _verb_status(c, lex, depth=depth + 1)  # "are said to be considering offers"
                if found is not None:
                    kind, status = found
                    if status == "expected" and lemma in lex.status["declare"] and not hearsay:
                        status = "pledged"  # "has said it will send troops": a promise (golds 34 to 11)
                    return kind, status
        if lemma not in COMMITMENT and lemma != "announce":
            return None
    joined = _joins(v)
    if lemma in EXPECTATION and joined is not None:
        return ("donor", "pledged") if money else ("contributor", "expected")  # "are expected to contribute"
    classes = set(classes_of(v))
    objects = [c for c in v.children if c.dep_ in ("dobj", "attr")]
    taken = _participle_taken_for_adjective(v, objects)
    if taken is not None:  # "had all committed personnel": the perfect's participle is the verb
        v, lemma, classes = taken, taken.lemma_.lower(), set(classes_of(taken))
    if any(o.lemma_.lower() in lex.status["commitment_nouns"] for o in objects):
        return ("donor", "pledged") if money else ("contributor", "committed")  # "made smaller pledges"
    if lemma in COMMITMENT or "pledge" in classes:
        about_troops = (
            joined is not None
            or _signed_up(v)
            or any(
                o.lemma_.lower() in lex.status["personnel_nouns"]
                or o.lemma_.lower() in lex.status["contributor_nouns"]
                or o.lemma_.lower() in lex.status["asset_nouns"]
                or o.lemma_.lower() in ("contribution", "support", "help", "troop", "force")
                for o in objects
            )
        )
        if money:
            return "donor", "pledged"
        return ("contributor", "committed") if about_troops else None  # not "committed to a ceasefire"
    if lemma in ("keep", "maintain", "retain") and any(
        o.lemma_.lower() in lex.status["personnel_nouns"] for o in objects
    ):
        return "contributor", "deployed"  # "says it will keep its helicopter unit with MONUSCO": there now
    if intended(v, lex):
        must = next((c for c in v.children if c.dep_ == "xcomp"), None) if lemma in ("have", "need") else None
        if "withdraw" in set(classes_of(must if must is not None else v)) and not money:
            return "contributor", "deployed"  # "will have to pull out personnel": there until they leave
        if (
            classes & (DEPLOYED | {"pay"})
            or lemma in ("contribute", "join", "participate", "stay")
            or _takes_part(v)
        ):
            return ("donor", "pledged") if money else ("contributor", "expected")
        return None
    if money:
        if "pledge" in classes:
            return "donor", "pledged"
        if "pay" in classes or lemma in ("meet", "cover", "bear", "shoulder", "foot"):
            return "donor", "paid"
        return None
    figurative = any(
        t.lemma_.lower() in ("blood", "life", "price", "dearly", "tribute", "homage", "respect", "attention")
        for t in v.subtree
    )  # ("paid a heavy price", "paid tribute to the peacekeepers killed")
    people = any(o.lemma_.lower() in lex.status["personnel_nouns"] for o in objects)
    if lemma in MONEY_VERBS and not figurative and not people:
        return "donor", "paid"  # "China has paid in full", "Norway donated again": money by the verb itself
    if "pledge" in classes or lemma in ("commit",) or _signed_up(v):
        return "contributor", "committed"  # ("have also signed up")
    if lemma in HOLDING and any(o.lemma_.lower() in lex.status["post_nouns"] for o in objects):
        return "contributor", "deployed"  # "have held the most difficult sectors"
    if lemma in POSSESSION and objects and not people and not _counts_people(objects, lex):
        return None  # "has kept in place its designation of the gangs", "Russia, which has a veto"
    if lemma == "lead" and not _leads_people(v, lex):
        return None  # "France, which leads the Council's work on Congo", "which led negotiations"
    if classes & DEPLOYED and _gives_things(objects):
        return None  # "the United States has provided most of the equipment": support, not a contingent
    if lemma in SENDING and _now_in_progress(v):
        return (
            "contributor",
            "committed",
        )  # "France, Italy and Greece are also sending warships": on their way
    if (
        classes & DEPLOYED
        or lemma in ("participate", "serve", "lead", "rebuild", "draw", "come")
        or _takes_part(v)
    ):
        return "contributor", "deployed"
    return None


def _participle_taken_for_adjective(v: Token, objects: list[Token]) -> Token | None:
    """ "Jamaica, the Bahamas and Belize had all committed personnel": with a word between the
    auxiliary and the participle, the parse makes "had" the verb and "committed" an adjective of its
    object; the participle right after that word is the verb the countries' clause tells."""
    if v.lemma_.lower() != "have":
        return None
    for o in objects:
        for a in o.children:
            if (
                a.dep_ == "amod"
                and a.tag_ == "VBN"
                and a.i < o.i
                and v.i < a.i - 1
                and a.doc[a.i - 1].lower_ in ("all", "both", "also", "each", "already")
                and a.doc[a.i - 1].i == v.i + 1
            ):
                return a
    return None


# verbs of sending people or ships out: told in the present progressive, a contingent under way
SENDING = frozenset({"send", "deploy", "dispatch"})


def _now_in_progress(v: Token) -> bool:
    """The present progressive ("are sending", "is deploying"), not the past ("were sending")."""
    return v.tag_ == "VBG" and any(
        a.dep_ == "aux" and a.lower_ in ("is", "are", "am", "'s", "'re") for a in v.children
    )


def _stated_intent(v: Token, objects: list[Token], lex: Lexicon) -> tuple[str, str] | None:
    """A state's declared intent to send people, the noun its verb states ("notified the UN of their
    intention to send personnel", "confirmed their intention to deploy formed units", "expressed
    readiness to contribute"): a promise, confirmed or not, or a willingness."""
    nouns = [*objects, *(o for p in v.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")]
    for n in nouns:
        if n.lemma_.lower() not in lex.status["intent_nouns"]:
            continue
        act = next((c for c in n.children if c.dep_ in ("acl", "xcomp") and c.pos_ in VERBISH), None)
        if act is None or not (
            set(classes_of(act)) & {"deploy", "arrive"}
            or act.lemma_.lower() in ("contribute", "join", "participate")
        ):
            continue
        people = lex.status["personnel_nouns"] | lex.status["asset_nouns"]
        if any(o.dep_ == "dobj" and o.lemma_.lower() not in people for o in act.children):
            continue  # "their intention to send a delegation"
        if n.lemma_.lower() in lex.status["ready_nouns"]:
            return "contributor", "willing"
        return "contributor", "committed" if v.lemma_.lower() in lex.status["confirming"] else "pledged"
    return None


# what a state provides that is not people: support given, no contingent sent
THINGS_GIVEN = frozenset(
    {"equipment", "support", "funding", "money", "logistics", "training", "fuel", "food", "aid",
     "assistance", "intelligence", "advice", "supply", "materiel", "ammunition", "weapon", "cash",
     "financing", "backing", "expertise", "kit", "uniform", "vehicle", "radio"}
)  # fmt: skip


# nouns of a part of something ("the bulk of the forces", "most of the equipment"): what is counted is
# the noun after "of"
PART_NOUNS = frozenset(
    {"most", "much", "bulk", "all", "some", "part", "share", "majority", "half", "backbone", "core"}
)


def _what_is_counted(x: Token) -> Token:
    """ "the bulk of the forces" counts forces, "most of the equipment" equipment."""
    if x.lemma_.lower() not in PART_NOUNS:
        return x
    return next((o for p in x.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children), x)


def _gives_things(objects: list[Token]) -> bool:
    """The verb's objects are things, not people ("most of the equipment", "logistical support")."""
    if not objects:
        return False
    return all(_what_is_counted(x).lemma_.lower() in THINGS_GIVEN for x in objects)


def _on_the_ground(v: Token) -> bool:
    """ "have put people on the ground", "keep troops on the ground": there, in the force."""
    return any(
        c.dep_ == "prep" and c.lower_ == "on" and any(o.lemma_.lower() == "ground" for o in c.children)
        for c in v.children
    )


def _moves_people(v: Token, lex: Lexicon) -> bool:
    """A verb that puts people or naval and air assets into a force ("deploy engineering units"),
    or deploys with no object; not one that provides support or equipment."""
    objects = [_what_is_counted(c) for c in v.children if c.dep_ == "dobj"]  # ("the bulk of the forces")
    if not objects:
        return bool(set(classes_of(v)) & DEPLOYED)
    return any(
        o.pos_ == "NUM" or o.lemma_.lower() in (*lex.status["personnel_nouns"], *lex.status["asset_nouns"])
        for o in objects
    )


def _signed_up(v: Token) -> bool:
    """ "have signed up", "signed on": joined a force's list of contributors."""
    return v.lemma_.lower() == "sign" and any(
        c.dep_ == "prt" and c.lower_ in ("up", "on") for c in v.children
    )


# verbs of thanking or praising someone "for" what they did: the deed is theirs
PRAISING = frozenset({"thank", "praise", "commend", "applaud", "salute", "congratulate", "hail"})


# verbs by which a contingent holds part of a mission's ground
HOLDING = frozenset({"hold", "man", "command", "staff", "garrison"})


def _takes_part(v: Token) -> bool:
    """ "take part": to participate, said with a noun."""
    return v.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in v.children)


def _leads_people(v: Token, lex: Lexicon) -> bool:
    """A country leads a force only by leading people or a mission ("leads the mission", "led
    the contingent"), not talks, the pen, the Council's work or an effort."""
    objects = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    if v.dep_ in ("acl", "relcl") and not objects:
        objects = [v.head]  # "the force, led by Kenya"
    return any(
        o.lemma_.lower() in MISSION_NOUNS
        or o.lemma_.lower() in lex.status["personnel_nouns"]
        or (o.pos_ == "PROPN" and o.text.isupper())  # an acronym: "led AMISOM"
        for o in objects
    )


POSSESSION = frozenset({"keep", "maintain", "hold", "retain", "have", "boast", "include", "comprise"})


def _counts_people(objects: list[Token], lex: Lexicon) -> bool:
    """An object a force is made of: a number ("has 1,100"), a contributor noun, or a noun a
    number counts ("has about 1,100 troops"); not a veto, a seat or a say."""
    for o in objects:
        if o.pos_ == "NUM" or o.lemma_.lower() in lex.status["contributor_nouns"]:
            return True
        if any(c.dep_ == "nummod" for c in o.children) and o.lemma_.lower() not in MISSION_WORDS:
            return True  # "has about 1,100 troops" (not "keep two missions")
    return False


MISSION_WORDS = MISSION_NOUNS | {"base", "camp", "seat", "vote"}  # things a force or a state has


BUDGET_WORDS = frozenset({"budget", "fund", "funding", "assessment", "finance", "financing", "cost"})


def _to_a_budget(noun: Token, lex: Lexicon) -> bool:
    """ "the largest contributor to the peacekeeping budget", "the biggest assessed contributor": a
    contributor of money."""
    if any(
        c.dep_ in ("amod", "compound") and c.lower_ in ("assessed", "financial", "budgetary")
        for c in noun.children
    ):
        return True
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("to", "of")
        and any(o.lemma_.lower() in BUDGET_WORDS for o in p.children)
        for p in noun.children
    )


def _people_or_force(subj: Token, lex: Lexicon) -> bool:
    """A subject that can come from a country into a force: its people, a unit, a force or a count."""
    lemma = subj.lemma_.lower()
    return (
        lemma in lex.status["personnel_nouns"]
        or lemma in lex.status["contributor_nouns"]
        or lemma in lex.status["commitment_nouns"]
        or subj.pos_ in ("NUM", "PRON", "PROPN")
        or lemma
        in ("rest", "remainder", "bulk", "most", "majority", "half", "share", "balance", "other", "others")
        or lemma in MISSION_NOUNS  # "the mission has drawn officers from"
        or lemma in ("it", "they")
    )


def _puts_in(v: Token) -> bool:
    """A verb whose agent puts people or money into a force ("provided by", "deployed by",
    "financed by"): the agent of its passive is what its subject would be."""
    lemma = v.lemma_.lower()
    return lemma in TAKE_PART or lemma in MONEY_VERBS or bool(set(classes_of(v)) & DEPLOYED)


def _about_a_text(v: Token) -> bool:
    """A verb whose subject or object is a Council text ("the text was prepared by", "Resolution
    2802, put forward by"): who does it writes the text, whatever else the verb can mean."""
    args = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
    args += [o for a in args for p in a.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    if any(c.lemma_.lower() in TEXT_NOUNS for c in args):  # (also "helped write two of the texts")
        return True
    if v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN", "NUM"):
        return any(
            t.lemma_.lower() in TEXT_NOUNS for t in v.head.subtree if t.i < v.i and t.i >= v.head.i - 2
        )
    if v.tag_ == "VBN" and v.dep_ in ("advcl", "acl"):  # "By the text, put forward by A and B, …", "The
        before = [t for t in v.doc[max(0, v.i - 3) : v.i] if not t.is_punct]  # draft … was put forward
        return (
            bool(before) and before[-1].lemma_.lower() in TEXT_NOUNS
        ) or v.head.lemma_.lower() in TEXT_NOUNS
    return False


PEN_VERBS = frozenset({"draft", "redraft", "table", "sponsor", "co-sponsor", "circulate", "pen", "present"})


def _writes_the_text(v: Token) -> bool:
    """A verb of writing a Council text, or of holding its pen ("held the pen", "drafted the text",
    "presented the draft"); "prepared" only without a verb it is ready for ("prepared to send")."""
    lemma = v.lemma_.lower()
    objects = [c for c in v.children if c.dep_ in ("dobj", "attr")]
    if any(o.lemma_.lower() in ("pen", "penholder", "penholdership") for o in objects):
        return True
    if lemma in PEN_VERBS:
        return not any(o.lemma_.lower() in ("troop", "force", "contingent", "soldier") for o in objects)
    return lemma == "prepare" and not any(c.dep_ == "xcomp" for c in v.children)


# verbs that only ever give money ("has paid in full"), whatever their object says
MONEY_VERBS = frozenset({"pay", "donate", "disburse", "bankroll", "underwrite", "finance", "fund"})


WILLINGNESS = frozenset({"willingness", "readiness", "interest", "intention", "desire"})


def _willing(v: Token, lex: Lexicon) -> bool:
    """ "want to take part", "are willing to help", "offered to help", "signalled that they want to
    join", "have expressed willingness"."""
    if any(c.dep_ == "dobj" and c.lemma_.lower() in WILLINGNESS for c in v.children) and v.lemma_.lower() in (
        "express",
        "signal",
        "indicate",
        "show",
        "voice",
    ):
        return True
    heads = [v] + [c for c in v.children if c.dep_ in ("acomp", "xcomp", "ccomp")]
    for h in heads:
        if h.lemma_.lower() not in lex.status["willing"] and not (
            h is v and v.lemma_.lower() in ("offer", "seek")
        ):
            continue
        for t in h.subtree:
            if t.i != h.i and t.pos_ in VERBISH and t.lemma_.lower() in TAKE_PART:
                return True
            if (
                h.lemma_.lower() in lex.status["willing"]
                and t.lemma_.lower() in (*lex.status["personnel_nouns"], *lex.status["commitment_nouns"])
                and t.dep_ in ("dobj", "pobj")
            ):  # "want to send troops", "are considering offers"
                return True
    return False


def _money_clause(v: Token, lex: Lexicon) -> bool:
    for t in v.subtree:
        if t.pos_ not in ("NOUN", "PROPN"):  # the verb "pledged" itself is no money
            if t.tag_ == "$":
                return True
            continue
        if t.lemma_.lower() in lex.status["money_nouns"] and t.lemma_.lower() not in (
            "support",
            "contribution",
        ):
            return True
        if t.tag_ == "$":
            return True
    return False


MONEY_KINDS = frozenset({"voluntary", "financial", "assessed", "budgetary", "cash", "monetary"})


def _noun_status(noun: Token, lex: Lexicon) -> tuple[str, str] | None:
    """The status a personnel or commitment noun gives the country it comes from."""
    lemma = noun.lemma_.lower()
    if lemma in ("contribution", "donation") and any(c.lower_ in MONEY_KINDS for c in noun.children):
        return "donor", "paid"  # "covered by voluntary contributions from Cyprus and Greece"
    if lemma in GIFT_NOUNS:
        return "donor", "paid"  # "after new deposits from Canada and the Dominican Republic"
    whole = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("including", "among") else None
    if whole is not None and whole.pos_ == "NOUN" and whole.lemma_.lower() in lex.status["personnel_nouns"]:
        noun, lemma = whole, whole.lemma_.lower()  # "troops, including 62 women, from X": the troops'
    if lemma in lex.status["commitment_nouns"]:
        return "contributor", "committed"
    if lemma in lex.status["asset_nouns"] and _held_by_a_force(noun):
        return "contributor", "deployed"  # "the task force, which has ships from Germany and Greece"
    if lemma not in lex.status["personnel_nouns"] and lemma not in lex.status["contributor_nouns"]:
        return None
    serving = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VBG"), None)
    if serving is not None and set(classes_of(serving)) & DEPLOYED and not intended(serving, lex):
        return "contributor", "deployed"  # "will join some 430 personnel from A and B already serving there"
    t = noun
    for _ in range(4):
        if (
            t.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "pobj", "prep", "agent")
            and t.head.pos_ in VERBISH
        ):
            v = t.head
            if negated(v, lex):
                return None
            st = _verb_status(v, lex)
            if st is not None and st[0] == "contributor":
                return st
            if intended(v, lex) or (
                v.lemma_.lower() == "be" and any(c.dep_ == "xcomp" and intended(c, lex) for c in v.children)
            ):
                return "contributor", "expected"
            return "contributor", "deployed"
        if t.dep_ in ("conj", "appos", "pobj", "prep", "agent") and t.head.i != t.i:
            t = t.head  # "is to be joined by police from A and B": the passive's agent, through "by"
            continue
        break
    return "contributor", "deployed"


def status_of(s: Sentence, e: Entity, *, money_context: bool = False) -> tuple[str, str] | None:
    """The status the sentence gives one country, or None. ``money_context``: the sentence is about
    money, so "the largest contributors were Canada and the US" means donors. A contributor the
    sentence tells was one once and is no more has no status now."""
    if s.text.rstrip().endswith("?"):
        return None  # "Is Kenya staying?": a question tells no status
    found = _status_of(s, e, money_context=money_context)
    if found is None:
        found = _verb_after_the_list(s, e)
    if found is None:
        found = _after_a_colon(s, e, money_context=money_context)
    if found is None:
        found = _gapped(s, e)
    if found == ("contributor", "deployed") and (_former(s, e) or _denied(s, e) or _kept_out(s, e)):
        return None
    if found == ("contributor", "committed") and _promised_in_words(s, e):
        return "contributor", "pledged"
    return found


LIST_GAP_WORDS = frozenset({"have", "has", "had", "all", "also", "both", "each", "too", "since", "already"})


def _verb_after_the_list(s: Sentence, e: Entity) -> tuple[str, str] | None:
    """ "The Bahamas will send 150, and Jamaica, Belize and Chad have all offered police or troops":
    the parse hangs the list on the object before it and leaves the verb after it without a
    subject; the verb right after a list of countries, with no subject of its own, is theirs."""
    tok = s.root(e.start, e.end)
    if tok is None or s.doc is None:
        return None
    first = last = _first_conjunct(tok)
    while True:
        nxt = next((c for c in last.children if c.dep_ == "conj"), None)
        if nxt is None:
            break
        last = nxt
    if s.entity_of(last, ("COUNTRY",)) is None or last.i == first.i:
        return None  # (a list of two or more: one country alone the parse rarely loses)
    j = last.i + 1
    while j < len(s.doc) and s.doc[j].lower_ in LIST_GAP_WORDS:
        j += 1
    if j >= len(s.doc):
        return None
    verb = s.doc[j]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "Strength: 10,100 peacekeepers; Italy, India and Ghana are among the largest contributors": a
    # list that opens a clause after a semicolon is that clause's subject, whatever the parse hung on it
    opens = first.i > 0 and first.doc[first.i - 1].text == ";" and all(c.i < first.i for c in subjects)
    if verb.pos_ not in VERBISH or (subjects and not opens):
        return None
    if opens and verb.lemma_.lower() == "be":
        lex = lexicon()
        noun = _counted_among(verb, next((c for c in verb.children if c.dep_ == "attr"), None), lex)
        if noun is None:
            return None
        if noun.lemma_.lower() in lex.status["donor_nouns"] or _to_a_budget(noun, lex):
            return "donor", "paid"
        return "contributor", _contributor_kind(noun)
    found = _verb_status(verb, lexicon())
    if (
        found in (("contributor", "committed"), ("contributor", "willing"))
        and verb.lemma_.lower() in PROMISE_WORDS
    ):
        return (
            "contributor",
            "pledged",
        )  # "have all offered police or troops", "have also offered to contribute"
    return found


def _after_a_colon(s: Sentence, e: Entity, *, money_context: bool = False) -> tuple[str, str] | None:
    """ "Troops came from the same five countries that had carried AMISOM: A, B and C", "The troop
    contributors are the same five as before: A, B and C": a list after a colon names the group the
    clause before it ends on, and takes that group's place in the clause (the parse hangs the list
    anywhere)."""
    tok = s.root(e.start, e.end)
    if tok is None or s.doc is None:
        return None
    t = _first_conjunct(tok)
    if t.i < 2 or t.doc[t.i - 1].text != ":":
        return None
    lex = lexicon()
    nouns = {*GROUP_NOUNS, *lex.status["contributor_nouns"]}
    group = None
    for x in reversed(t.doc[t.sent.start : t.i - 1]):
        if x.pos_ in ("NOUN", "NUM") and (
            x.lemma_.lower() in nouns or (x.pos_ == "NUM" and x.dep_ != "nummod")
        ):
            group = x
            break
    if group is None or len(group.doc[group.i : t.i - 1]) > 12:
        return None
    own = _group_status(group, lex)
    if own is not None:
        return own
    return _clause_status(s, e, group, group, lex, money_context=money_context)


def _gapped(s: Sentence, e: Entity) -> tuple[str, str] | None:
    """ "Guatemala has sent 150 soldiers, El Salvador a small team": a country after a comma with
    only an object of its own is the subject of the verb the clause before it left out."""
    tok = s.root(e.start, e.end)
    if tok is None or s.doc is None or tok.dep_ not in ("npadvmod", "appos", "dobj", "conj"):
        return None
    verb = tok.head
    if (
        verb.pos_ not in VERBISH
        or verb.i > tok.i
        or not s.text[: max(0, e.start - s.start)].rstrip().endswith(",")
    ):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or s.entity_of(subj, ("COUNTRY",)) is None:
        return None
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is None or after.pos_ not in ("DET", "NUM", "ADJ", "NOUN"):
        return None  # (the left-out verb's object follows: "El Salvador a small team", "Chad 140")
    return _verb_status(verb, lexicon())


# the words of a promise ("have pledged personnel", "offered troops", "its promise of police"), as
# against a commitment ("have committed a contingent", "signed up"): the corpus keeps the text's word
PROMISE_WORDS = frozenset({"pledge", "promise", "offer", "vow", "volunteer"})
COMMIT_WORDS = frozenset({"commit", "commitment", "sign", "agree", "confirm", "undertake", "undertaking"})


def _promised_in_words(s: Sentence, e: Entity) -> bool:
    """A committed country's status told with a word of promise: the nearest such word above the
    country in the parse (a promise told elsewhere in the sentence is another country's)."""
    tok = s.root(e.start, e.end)
    if tok is None:
        return False
    own = [c for c in _first_conjunct(tok).children if c.dep_ == "relcl"]  # "Egypt, which has promised to …"
    for t in (*own, *tok.ancestors):
        lemma = t.lemma_.lower()
        if lemma in PROMISE_WORDS:
            return True
        if lemma in COMMIT_WORDS:
            return False
        # "Other countries that have pledged officers include A, B and C": the group's own clause
        group = [r for c in t.children if c.dep_ == "nsubj" for r in c.children if r.dep_ == "relcl"]
        if any(r.lemma_.lower() in PROMISE_WORDS for r in group):
            return True
    return False


def _denied(s: Sentence, e: Entity) -> bool:
    """ "Burundi, which had soldiers in every earlier mission, is not part of AUSSOM": the country's
    own clause denies what an aside about its past tells (not "…, which also have troops there, have
    yet to comment": a clause about speaking denies no part)."""
    tok = s.root(e.start, e.end)
    if tok is None:
        return False
    t = _first_conjunct(tok)
    if t.dep_ not in ("nsubj", "nsubjpass") or not any(c.dep_ in ("relcl", "appos") for c in t.children):
        return False  # ("Burundi, one of the longest-serving contributors, is not part of AUSSOM")
    verb = t.head
    inner = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    said = inner if inner is not None and verb.lemma_.lower() in ("have", "be") else verb
    if said.lemma_.lower() in SPEAKING or said.lemma_.lower() in lexicon().status["declare"]:
        return False
    return negated(verb, lexicon())


# verbs of speaking: a clause about what a country said or has yet to say denies no part it takes
SPEAKING = frozenset({"comment", "respond", "react", "speak", "reply", "answer", "explain", "say"})


FORMERLY = frozenset({"once", "formerly", "previously", "no longer"})


# verbs whose particle "out" says a country takes no part ("Spain is staying out", "was left out")
OUT_VERBS = frozenset({"stay", "sit", "keep", "leave", "opt", "remain"})
# a departure told of a country in a relative clause ("the Netherlands, which left in 2019")
LEFT_VERBS = frozenset({"leave", "withdraw", "quit", "exit", "depart"})


def _kept_out(s: Sentence, e: Entity) -> bool:
    """The country's own verb says it stays out ("Spain is staying out", "Burundi … was left out",
    "has opted out of the operation")."""
    tok = s.root(e.start, e.end)
    if tok is None:
        return False
    t = _first_conjunct(tok)
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = t.head
    return verb.lemma_.lower() in OUT_VERBS and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    )


def _former(s: Sentence, e: Entity) -> bool:
    """ "Ethiopia, which once provided almost all of the troops, has withdrawn its contingent",
    "Burundi, once one of the largest contributors, is not part of AUSSOM": once, no more (but
    "Malawi and Tanzania, the other contributors, are pulling out" still are)."""
    tok = s.root(e.start, e.end)
    if tok is None:
        return False
    t = _first_conjunct(tok)
    aside = [c for c in t.children if c.dep_ in ("relcl", "appos", "advmod", "amod")]
    left = any(
        c.dep_ == "relcl" and c.lemma_.lower() in LEFT_VERBS and c.tag_ == "VBD" for c in t.children
    )  # "the Netherlands, which left in 2019"
    return left or any(x.lower_ in FORMERLY for c in aside for x in c.subtree)


def _status_of(s: Sentence, e: Entity, *, money_context: bool = False) -> tuple[str, str] | None:
    """What the clause says of the country, else what a relative clause on it says: "El Salvador
    and Guatemala, which already have personnel there, are expected to stay" are expected; "the
    European Union, which paid most of the allowances" paid."""
    lex = lexicon()
    if e.start < s.offset:
        return None  # a dateline ("UNITED NATIONS (AP) —") is where the story was filed
    tok = s.root(e.start, e.end)
    if tok is None:
        return None
    t = _first_conjunct(tok)
    state = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else None
    if (
        state is not None
        and state.lemma_.lower() in GOVERNMENT_NOUNS
        and state.dep_ in ("nsubj", "nsubjpass")
    ):
        tok = t = state  # "The Government of Cyprus covers one third of the cost": the state acts
    own_clauses = [c for x in (tok, t, *tok.conjuncts) for c in x.children if c.dep_ == "relcl"]
    if any(_writes_the_text(c) for c in own_clauses):
        return None  # "partners, including the United States and Panama, who drafted the resolution"
    main = _clause_status(s, e, tok, t, lex, money_context=money_context)
    if main is not None:
        return main
    relatives = [c for c in tok.children if c.dep_ == "relcl" and c.pos_ in VERBISH]
    for c in relatives:  # "Chad and Egypt, which are among the Mission's contributors, will need to …"
        if c.lemma_.lower() == "be" and not negated(c, lex):
            noun = _counted_among(c, next((x for x in c.children if x.dep_ == "attr"), None), lex)
            if noun is not None and noun.lemma_.lower() in lex.status["contributor_nouns"]:
                return "contributor", _contributor_kind(noun)
    return next((found for c in relatives if (found := _verb_status(c, lex)) is not None), None)


def _clause_status(
    s: Sentence, e: Entity, tok: Token, t: Token, lex: Lexicon, *, money_context: bool = False
) -> tuple[str, str] | None:
    """The status the country's own clause gives it (``tok`` its head, ``t`` its list's first)."""
    if t.i != tok.i and t.pos_ == "NOUN":
        own = _group_status(t, lex)
        if own is not None:
            return own  # "Troop-contributing countries, Uganda, Burundi and Kenya, have carried the risk"
    them = _among_them(t)
    if them is not None:
        own = _group_status(them, lex)
        if own is not None:
            return own  # "Governments with troops in the force, among them Italy and Spain, condemned …"
        if them.dep_ == "pobj":
            own = _clause_status(s, e, them, them, lex, money_context=money_context)
            if own is not None:
                return own  # "will number 2,500 personnel from several countries, among them A and B"
    for x in (t, *t.ancestors):  # "received $110 million …, most of it from Canada and the United States"
        if x.dep_ == "prep" and x.lower_ == "from":
            owner = x.head
            # "it" stands for money only where no people are moved ("UNMISS said it had deployed
            # 160 peacekeepers from its Indian battalions" is people)
            people = owner.pos_ in VERBISH and bool(set(classes_of(owner)) & DEPLOYED)
            money_words = ("money", "fund") if people else ("money", "fund", "it")
            if any(
                y.tag_ == "$" or (y.lemma_.lower() in money_words and y.pos_ in ("NOUN", "PRON"))
                for y in owner.subtree
                if y.i < x.i
            ):  # (money named, not a verb: "SAMIM, which was funded by member states, drew troops from")
                return "donor", "paid"
        if x.pos_ in VERBISH:
            break
    for x in (tok, *tok.conjuncts):
        for c in x.children:
            if (
                c.dep_ == "appos"
                and c.lemma_.lower() in lex.status["contributor_nouns"]
                and _to_a_budget(c, lex)
            ):
                return "donor", "paid"  # "China, the second-largest contributor to the peacekeeping budget"
            if c.dep_ == "appos" and c.lemma_.lower() in lex.status["contributor_nouns"]:
                return "contributor", _contributor_kind(
                    c
                )  # "Malawi and Tanzania, the other two troop contributors"
    labelled = _label_status(s, e, lex)
    if labelled is not None:
        return labelled  # "* Others already deployed: Guatemala, El Salvador and Jamaica"
    dep, head = t.dep_, t.head
    beside = _alongside(t, s, lex, money_context) or _with_among(t, lex, money_context) or _with_doing(t, lex)
    if beside is not None:
        return beside
    if dep == "pobj" and head.dep_ == "conj" and head.pos_ == "ADP":
        head = _first_conjunct(head)  # "from Sierra Leone … and from Burundi"
    if dep == "pobj" and head.lower_ == "from" and _drawn_mostly_from(head, lex):
        if any(intended(a, lex) for a in head.ancestors if a.pos_ in VERBISH):
            return "contributor", "expected"  # "is meant to field 11,900, the bulk of them from A and B"
        return "contributor", "deployed"  # "1,150 military personnel …, mostly from Nepal, India and Fiji"
    if dep == "pobj" and head.lower_ in ("from", "of", "by", "after") and head.head.i != head.i:
        gov = head.head
        if gov.pos_ in VERBISH:
            subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if head.lower_ == "from" and gov.lemma_.lower() == "be" and subj is not None:
                # "the rest are from Jamaica and Guatemala" (not "the minister is from Kenya")
                people = subj.pos_ == "NOUN" and (
                    subj.lemma_.lower() in lex.status["personnel_nouns"] or subj.lemma_.lower() in SHARE_OF
                )
                # "Today we are around 1,100, from A, B and C": a force counting itself by origin
                counted = any(
                    x.like_num and x.pos_ == "NUM" and _a_force_counted(x)
                    for c in gov.children
                    if c.i < head.i and c.dep_ in ("attr", "prep", "npadvmod")
                    for x in c.subtree
                )
                return ("contributor", "deployed") if people or counted else None  # (not "one is from
                # Bangladesh")
            if head.lower_ == "from" and gov.lemma_.lower() in (
                "come",
                "draw",
                "rebuild",
                "recruit",
                "arrive",
                *SENT_FROM,
            ):
                subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.lemma_.lower() in lex.status["commitment_nouns"]:
                    if money_context or _money_clause(gov, lex):
                        return "donor", "pledged"  # "smaller pledges have come from …" (to the fund)
                    return "contributor", "committed"  # "further commitments came from"
                if (
                    subj is not None
                    and subj.lemma_.lower() in lex.status["money_nouns"]
                    and (money_context or _money_clause(gov, lex))
                ):
                    return "donor", "paid"  # "the largest contributions came from A, B and C" (to a fund)
                if subj is not None and not _people_or_force(subj, lex):
                    return None  # "calls for calm are also coming from Washington and Rome"
                above = (
                    next((a for a in gov.ancestors if a.pos_ in VERBISH), None) if gov.dep_ == "acl" else None
                )
                if intended(gov, lex) or (above is not None and intended(above, lex)):
                    return "contributor", "expected"  # "troops are expected to come from", "is expected
                    # to start with a brigade of 1,650, drawn mainly from A and B"
                return "contributor", "deployed"  # "whose troops come from", "drew troops from"
            if head.lower_ == "by" and gov.lemma_.lower() == "follow":
                return "contributor", "deployed"  # "the largest contingent …, followed by India and Uruguay"
            if (
                head.lower_ == "by"
                and gov.lemma_.lower() in ("lead", "command", "head")
                and gov.dep_ == "acl"
                and gov.head.lemma_.lower() in UNIT_NOUNS
            ):
                return _noun_status(gov.head, lex)  # "from contingents led by Chad, Bangladesh and Egypt"
            if head.lower_ == "by" and _about_a_text(gov):
                return None  # "Resolution 2802, prepared by the United States": a penholder
            if head.lower_ == "by" and "pledge" in classes_of(gov):
                return "contributor", "committed"
            promised = next(
                (
                    c
                    for c in gov.children
                    if c.dep_ == "nsubjpass" and c.lemma_.lower() in lex.status["commitment_nouns"]
                ),
                None,
            )
            if head.dep_ == "agent" and promised is not None:  # "Pledges had been made by A, B and C"
                people = any(x.lemma_.lower() in lex.status["personnel_nouns"] for x in promised.subtree)
                return ("contributor", "committed") if people else ("donor", "pledged")
            denied = head.i > 0 and head.doc[head.i - 1].lower_ in ("not", "never")  # "not by Accra"
            if head.dep_ == "agent" and _puts_in(gov) and not denied:
                return _verb_status(gov, lex)  # "the largest contingents were provided by A, B and C"
            sent = next(
                (
                    c
                    for c in gov.children
                    if c.dep_ == "dobj" and c.lemma_.lower() in lex.status["personnel_nouns"]
                ),
                None,
            )
            if head.lower_ == "from" and sent is not None and not money_context:
                return _noun_status(sent, lex)  # "we have about 120 observers, from A, B and C": the
                # parse hangs the people's origin on the verb
            return None
        if money_context and head.lower_ == "from" and gov.lemma_.lower() in lex.status["commitment_nouns"]:
            return "donor", "pledged"  # "the pledges already made, from Spain, Italy and Türkiye"
        if head.lower_ == "from" and gov.pos_ == "NUM" and not money_context and _a_force_counted(gov):
            return "contributor", "deployed"  # "We are at about 1,130, from Nepal, India and Fiji"
        return _noun_status(gov, lex)
    if dep == "pobj" and head.lower_ in ("on", "upon") and head.head.lemma_.lower() == "draw":
        return "contributor", "deployed"  # "SADC's force draws on South Africa, Malawi and Tanzania"
    if dep == "pobj" and _naming_members(head) and head.head.i != head.i:
        gov = head.head
        if gov.lemma_.lower() in GROUP_NOUNS and gov.dep_ == "pobj" and gov.head.i != gov.i:
            return _clause_status(s, e, gov, gov, lex, money_context=money_context)  # "officers come
            # from countries including A and B", "from states such as A": the countries' own place
    if dep == "pobj" and head.lower_ in ("among", "including") and head.head.i != head.i:
        gov = head.head  # "countries, among them X, have signalled that they want to take part"
        if gov.lemma_.lower() in lex.status["donor_nouns"]:
            pledges = any(a.lemma_.lower() in lex.status["commitment_nouns"] for a in gov.ancestors)
            return "donor", "pledged" if pledges else "paid"  # "pledges … from donors including A and B"
        own = _group_status(gov, lex)
        if own is not None:
            return own  # "governments with troops in the force, among them Italy and Spain"
        if gov.dep_ in ("nsubj", "nsubjpass") and gov.head.pos_ in VERBISH:
            return _verb_status(gov.head, lex)
        return None
    if dep == "nsubj" and head.pos_ == "ADJ" and head.lower_ == "present" and not negated(head, lex):
        return "contributor", "deployed"  # "…, with Jamaica and Belize also present"
    if dep == "nsubj" and _is_there(head, lex):
        return "contributor", "deployed"  # "The Bahamas and Jamaica are there too"
    if dep in ("nsubj", "nsubjpass") and head.pos_ in VERBISH:
        echoed = _echoed(head)
        said = _verb_status(echoed, lex) if echoed is not None else None
        if said is not None:
            return said  # "Jamaica sent its people; so did Guatemala and Belize"
        if head.lemma_.lower() == "be":
            attr = next((c for c in head.children if c.dep_ == "attr"), None)
            among = _among_those_who(head)
            if among is not None:
                told = among.lemma_.lower() in lex.status["declare"]
                inner = next((c for c in among.children if c.dep_ == "ccomp"), None) if told else None
                found = _verb_status(inner if inner is not None else among, lex)
                offered = among.lemma_.lower() in PROMISE_WORDS  # "… that have offered personnel"
                if found == ("contributor", "committed") and offered:
                    found = "contributor", "pledged"
                if found is not None:
                    return found  # "are among the countries that have said they would send personnel": the
                    # writer's summary of what they said, not their own promise — expected
            noun = _counted_among(head, attr, lex)
            if noun is not None:  # "are among the mission's largest troop contributors", "is one of the …"
                money = (_money_clause(head, lex) or money_context) and not _of_troops(noun)
                if money or noun.lemma_.lower() in lex.status["donor_nouns"]:
                    return "donor", "paid"
                return "contributor", _contributor_kind(noun)
        named = _named_as(head, lex)
        if named is not None:
            return named  # "were confirmed as troop-contributing countries"
        if head.lemma_.lower() in ("be", "become", "remain"):
            attr = next((c for c in head.children if c.dep_ == "attr"), None)
            own = _group_status(attr, lex) if attr is not None else None
            infinitive = next(
                (
                    c
                    for c in head.children
                    if c.dep_ in ("xcomp", "advcl")
                    and c.pos_ in VERBISH
                    and any(x.tag_ == "TO" for x in c.children)
                ),
                None,
            )
            if (
                own is None
                and attr is not None
                and attr.lemma_.lower() in GROUP_NOUNS
                and infinitive is not None
            ):
                own = _verb_status(infinitive, lex)  # (the parser hangs "to send" on the verb)
                ordinal = any(c.lower_ in ORDINALS for c in attr.children)
                if own == ("contributor", "expected") and ordinal and head.tag_ in ("VBD", "VBZ"):
                    own = "contributor", "deployed"  # "became the first to send": done, not meant
            if own is not None:
                return own  # "became the first non-EU country to send personnel"
        found = _verb_status(head, lex)
        if found is not None or not any(c.dep_ == "appos" for c in t.children):
            return found  # (an aside may still say what the subject is: "India, one of the largest
            # contributors to the mission, says …")
    if dep == "dobj" and head.pos_ in VERBISH and _as_a_group(head):
        named = _named_as(head, lex)
        if named is not None:
            return named  # "The Chairperson listed A and B as countries with personnel in Haiti"
    if dep == "dobj" and head.lemma_.lower() in PRAISING:
        for c in head.children:  # "He thanked Jamaica and the Bahamas for committing to take part"
            if c.dep_ == "prep" and c.lower_ == "for":
                act = next((x for x in c.children if x.dep_ == "pcomp" and x.pos_ in VERBISH), None)
                if act is not None:
                    return _verb_status(act, lex)
    if dep == "dobj" and _gathers(head):
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("which", "that") and head.dep_ == "relcl":
            subj = head.head  # "the force, which brings together A, B and C"
        if subj is not None and subj.lemma_.lower() in MISSION_NOUNS and not money_context:
            return "contributor", "deployed"  # "the force brings together A, B and C"
    if dep == "dobj" and head.lemma_.lower() in ("include", "comprise"):
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in RELATIVE and head.dep_ == "relcl":
            subj = head.head  # "the eight troop contributors, which also included A and B"
        if subj is not None and subj.lemma_.lower() in lex.status["donor_nouns"]:
            return "donor", "pledged"  # "Donors include the United States, Canada and France"
        if subj is not None and _names_contributors(subj, lex) and not money_context:
            return "contributor", _contributor_kind(subj)  # "Troop contributors include A and B"
        if subj is not None and subj.lemma_.lower() in GROUP_NOUNS:
            own = _group_status(subj, lex)
            if own is not None:
                return own  # "Other countries that have pledged money to the fund include A and B"
    if dep == "attr" and head.lemma_.lower() in COPULAS:
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is not None and _names_contributors(subj, lex):
            money = (_money_clause(head, lex) or money_context or "donor" in subj.lemma_) and not _of_troops(
                subj
            )
            return ("donor", "paid") if money else ("contributor", "deployed")
    if dep == "appos" and head.pos_ in ("NOUN", "PROPN", "NUM"):
        own = _group_status(head, lex)
        if own is not None:
            return own  # "Members of the other contributing countries, Malawi and Tanzania"
    for c in t.children:
        if c.dep_ == "appos":
            own = _group_status(c, lex)
            if own is not None:
                return own  # "Ghana and Pakistan, two of the force's larger contributors"
    if (
        dep in ("amod", "compound", "nmod")
        and e.label == "COUNTRY"
        and (tok.conjuncts or any(c.dep_ == "conj" for c in t.children))
        and _unnumbered_troops(head, lex)
    ):
        return _noun_status(head, lex)  # "along with Malawian and Tanzanian troops" (a list: no one army)
    if dep in ("amod", "compound", "nmod") and e.label == "COUNTRY" and _a_peacekeeping_unit(head):
        if _hurt_or_gone(head):
            return None  # "two Chinese peacekeepers were killed", "the Indian battalion was repatriated":
            # golds count the toll or the return, not a contributor
        return _noun_status(head, lex)  # "a site guarded by a Bangladeshi battalion", "two Sri Lankan
        # peacekeepers were wounded": a nationality on a peacekeeping unit is a country in the force
    if dep == "appos" or (head.dep_ == "appos" and head.head.i == t.i):
        noun = head if dep == "appos" else next((c for c in t.children if c.dep_ == "appos"), None)
        if noun is not None and noun.lemma_.lower() in lex.status["contributor_nouns"]:
            return ("donor", "paid") if _to_a_budget(noun, lex) else ("contributor", "deployed")
    for c in t.children:
        if c.dep_ == "appos" and c.lemma_.lower() in lex.status["contributor_nouns"]:
            return "contributor", "deployed"  # "Rwanda, its largest troop contributor, has …"
        if c.dep_ == "prep" and c.lower_ in ("among", "as"):
            for o in c.children:  # "with X among the countries that have promised contributions"
                rel = next((r for r in o.children if r.dep_ == "relcl"), None) if o.dep_ == "pobj" else None
                if rel is not None:
                    return _verb_status(rel, lex)
    return None


def _is_there(v: Token, lex: Lexicon) -> bool:
    """ "are there too", "is also on the ground": a copula that only places its subject where the
    force is (not "is there a plan", "was there when", nor a copula with anything more to say)."""
    if v.lemma_.lower() != "be" or negated(v, lex) or v.tag_ == "MD":
        return False
    if any(c.dep_ in ("attr", "acomp", "xcomp", "ccomp", "expl", "advcl") for c in v.children):
        return False
    there = any(c.dep_ == "advmod" and c.lower_ == "there" and c.i > v.i for c in v.children)
    return there or _on_the_ground(v)


def _as_a_group(v: Token) -> bool:
    """The verb names its object as countries or contributors ("listed A and B as countries with
    personnel there", "named X as a contributor"), not as anything else ("as a partner")."""
    return any(
        o.dep_ == "pobj" and (o.lemma_.lower() in GROUP_NOUNS or o.lemma_.lower().startswith("contribut"))
        for c in v.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for o in c.children
    )


def _a_force_counted(num: Token) -> bool:
    """A bare count a force gives of itself ("we are at about 1,130", "they number 400"): no money
    and no noun of its own, in a clause whose subject is "we" or "they"."""
    if any(c.tag_ == "$" or c.dep_ == "compound" for c in num.children) or num.head.tag_ == "$":
        return False
    verb = next((a for a in num.ancestors if a.pos_ in VERBISH), None)
    return verb is not None and any(c.dep_ == "nsubj" and c.lower_ in ("we", "they") for c in verb.children)


# nouns for a country's state acting as the country ("the Government of Cyprus covers one third")
GOVERNMENT_NOUNS = frozenset({"government", "authorities", "administration"})


# verbs whose people are sent "from" the country that gives them ("troops were deployed from Fiji")
SENT_FROM = frozenset({"deploy", "send", "dispatch", "contribute", "provide", "second", "rotate"})


PARTITIVE_FROM = frozenset({"mostly", "mainly", "largely", "chiefly", "primarily", "predominantly"})
# the part of a count said to come from some countries ("the bulk of them from A and B")
SHARE_OF = frozenset({"most", "many", "bulk", "majority", "mass", "rest", "remainder", "balance"})


def _naming_members(prep: Token) -> bool:
    """A preposition that names members of the group it hangs on: "among", "including", "like",
    "such as"."""
    low = prep.lower_
    return low in ("among", "including", "like") or (
        low == "as" and any(c.lower_ == "such" for c in prep.children)
    )


def _drawn_mostly_from(prep: Token, lex: Lexicon) -> bool:
    """ "…, mostly from A, B and C", "…, most of them from A and B": where a force's people come from,
    said of a count of them."""
    hedged = any(c.lower_ in PARTITIVE_FROM for c in prep.children) or prep.head.lemma_.lower() in SHARE_OF
    if not hedged or prep.doc is None:
        return False
    share = prep.head
    if share.dep_ in ("appos", "conj") and share.head.pos_ == "NUM":
        return True  # "UNDOF has about 1,100, the bulk of them from A and B": a share of a count
    cols, nouns = columns(prep.doc), lex.status["personnel_nouns"]
    return any(lemma in nouns and pos == "NOUN" for lemma, pos in zip(cols.lemma, cols.pos, strict=True))


def _label_status(s: Sentence, e: Entity, lex: Lexicon) -> tuple[str, str] | None:
    """A fact-box label before a colon that says what the listed countries did ("Already deployed:",
    "Pledged but not yet deployed:", "Expected:"): the first participle not negated gives the status."""
    doc = s.doc
    if doc is None:
        return None
    colon = next((t for t in doc if t.text == ":"), None)
    if colon is None or s.pos(colon) > e.start or colon.i > 12:
        return None
    for t in doc[: colon.i]:
        if t.tag_ not in ("VBN", "VBD") and not (t.tag_ == "JJ" and t.lower_.endswith("ed")):
            continue
        if negated(t, lex) or any(x.lower_ in ("not", "yet", "never") for x in doc[max(0, t.i - 2) : t.i]):
            continue
        classes = set(classes_of(t))
        if classes & {"deploy", "arrive"}:
            return "contributor", "deployed"
        if "pledge" in classes:
            return "contributor", "committed"
        if t.lemma_.lower() in EXPECTATION:
            return "contributor", "expected"
    first = next((t for t in doc[: colon.i] if t.is_alpha), None)
    if first is not None and first.pos_ in ("NOUN", "PROPN"):
        word = first.lower_[:-1] if first.lower_.endswith("s") else first.lower_
        if word in lex.status["commitment_nouns"]:
            return (
                "contributor",
                "committed",
            )  # "- Offers at the 9 December meeting: …; A and B also came forward"
    label = [t for t in doc[: colon.i] if t.is_alpha]
    nouns = lex.status["contributor_nouns"]
    named = [k for k, t in enumerate(label) if t.lemma_.lower() in nouns or singular(t) in nouns]
    k = named[0] if named else -1
    # "Contributors: Nepal, India and Fiji", "Largest troop contributors: A, B and C", "* OTHER
    # CONTRIBUTORS: A, B" (a label in capitals, which the tagger leaves unlemmatised), or the noun and
    # its complement: "CONTRIBUTORS WITH PERSONNEL IN HAITI: A, B"
    ends = k >= 0 and k == len(label) - 1 and len(label) <= 4
    complemented = 0 <= k < len(label) - 1 and len(label) <= 8 and label[k + 1].lower_ in LABEL_PREPS
    if ends or complemented:
        head = label[k]
        return ("donor", "paid") if _to_a_budget(head, lex) else ("contributor", _contributor_kind(head))
    return None


# words that open a contributors label's complement ("Contributors with personnel in Haiti:")
LABEL_PREPS = frozenset({"with", "in", "to", "of", "for", "at"})


def singular(t: Token) -> str:
    """A plural noun's singular by its last letter ("CONTRIBUTORS", which the tagger may leave
    unlemmatised), kept simple: labels and group nouns, not every English plural."""
    low = t.lower_
    return low[:-1] if low.endswith("s") and not low.endswith("ss") else low


def _group_status(noun: Token, lex: Lexicon) -> tuple[str, str] | None:
    """The status a group noun gives the countries listed with it: contributors ("the other contributing
    countries", "two of the force's larger contributors") or holders of troops ("governments with
    troops in the force")."""
    nouns = lex.status["contributor_nouns"]
    if noun.lemma_.lower() in nouns and noun.pos_ == "NOUN":
        if _to_a_budget(noun, lex):
            return "donor", "paid"  # "remains the largest contributor to the fund"
        return "contributor", _contributor_kind(noun)
    for c in noun.children:
        if c.dep_ == "amod" and c.lower_ in ("contributing", "troop-contributing", "police-contributing"):
            return "contributor", _contributor_kind(noun)
        if c.dep_ == "prep" and c.lower_ == "of" and noun.pos_ in ("NUM", "PRON"):
            for o in c.children:  # "two of the larger contributors", "one of its contributors"
                if o.dep_ == "pobj" and o.lemma_.lower() in nouns:
                    return "contributor", _contributor_kind(o)
        if c.dep_ == "prep" and c.lower_ == "with" and noun.lemma_.lower() in GROUP_NOUNS:
            for o in c.children:
                if o.dep_ == "pobj" and o.lemma_.lower() in lex.status["personnel_nouns"]:
                    return "contributor", "deployed"
        if (
            c.dep_ in ("relcl", "acl")
            and c.i > noun.i
            and noun.lemma_.lower() in GROUP_NOUNS
            and c.pos_ in VERBISH
        ):
            subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.lower_ in RELATIVE:  # the countries are who did it
                found = _verb_status(c, lex)  # "the other countries that sent troops", "the first to send"
                if found is not None:
                    return found
    if noun.lemma_.lower() in GROUP_NOUNS and _people_come_from(noun, lex):
        return "contributor", "deployed"  # "just over 1,000 personnel from six countries — A, B, …"
    return None


def _people_come_from(group: Token, lex: Lexicon) -> bool:
    """A force's people counted "from" a group of countries ("1,000 personnel from six countries",
    "about 4,600 troops from 29 nations"), in a clause that does not plan it."""
    prep = group.head
    if group.dep_ != "pobj" or prep.lower_ != "from" or prep.head.i == prep.i:
        return False
    people = prep.head
    counted = people.pos_ == "NUM" or any(c.dep_ == "nummod" or c.like_num for c in people.children)
    if not counted or not (people.pos_ == "NUM" or people.lemma_.lower() in lex.status["personnel_nouns"]):
        return False
    return not any(intended(a, lex) for a in people.ancestors if a.pos_ in VERBISH)


GROUP_NOUNS = frozenset({"government", "country", "state", "nation", "capital"})

# money given, whoever it came "from" ("deposits from Canada", "donations from Japan")
GIFT_NOUNS = frozenset({"deposit", "donation", "grant", "disbursement", "transfer", "payment"})
ORDINALS = frozenset({"first", "only", "last", "second", "third", "latest", "newest"})


def _named_as(v: Token, lex: Lexicon) -> tuple[str, str] | None:
    """ "were confirmed as troop-contributing countries", "was listed as a contributor", "listed A
    and B as countries with personnel in Haiti": what a verb names its subject or object as (the
    "as" may hang on the passive's agent: "named by diplomats as possible contributors")."""
    if negated(v, lex):
        return None
    agents = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    for c in (x for h in (v, *agents) for x in h.children):
        if c.dep_ == "prep" and c.lower_ == "as":
            for o in c.children:
                if o.dep_ == "pobj" and _names_contributors(o, lex):
                    return "contributor", _contributor_kind(o)
                if o.dep_ == "pobj" and o.lemma_.lower() in GROUP_NOUNS:
                    own = _group_status(o, lex)
                    if own is not None:
                        return own
    return None


def _unnumbered_troops(noun: Token, lex: Lexicon) -> bool:
    """A personnel noun a nationality modifies and no number counts ("Malawian and Tanzanian troops")."""
    if noun.lemma_.lower() not in lex.status["personnel_nouns"] or noun.lemma_.lower() in (
        "contribution",
        "presence",
        "deployment",
        "member",
        "staff",
        "group",
        "force",
        "team",
    ):
        return False
    return not any(c.dep_ in ("nummod", "quantmod") or c.like_num for c in noun.children)


COPULAS = frozenset({"be", "remain", "stay"})
# units only a peace operation has: a nationality on them is a contributor's, never a party's army
# ("a Bangladeshi battalion", "the Nepalese contingent", "Indonesian peacekeepers", "blue helmets")
PEACEKEEPING_UNITS = frozenset({"peacekeeper", "battalion", "contingent", "helmet"})


HURT_OR_GONE = frozenset({"kill", "injure", "kidnap", "withdraw"})
CASUALTIES = frozenset({"dead", "victim", "casualty", "fatality", "wounded", "injured"})


def _hurt_or_gone(noun: Token) -> bool:
    """The unit is told hurt, killed, seized or sent home (its verb, up to three heads above it)."""
    t = noun
    for _ in range(4):
        if t.pos_ in VERBISH and HURT_OR_GONE & set(classes_of(t)):
            return True
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None) if t.pos_ in VERBISH else None
        if subj is not None and subj.lemma_.lower() in CASUALTIES:
            return True  # "The dead include … a Uruguayan peacekeeper"
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _a_peacekeeping_unit(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma == "helmet":
        return any(c.lower_ == "blue" for c in noun.children)
    return lemma in PEACEKEEPING_UNITS


def _names_contributors(noun: Token, lex: Lexicon) -> bool:
    """ "the contributors", "the largest troop-contributing countries": a noun that is, or is
    qualified as, the countries that give a force its people."""
    nouns = lex.status["contributor_nouns"]
    return noun.lemma_.lower() in nouns or any(
        c.dep_ in ("amod", "compound", "acl") and c.lemma_.lower() in (*nouns, "contribute")
        for c in noun.children
    )


def _counted_among(be: Token, attr: Token | None, lex: Lexicon) -> Token | None:
    """The contributor noun a copula puts its subject among: "X is a contributor", "X and Y are among
    the largest contributors", "X is one of the largest contributors"."""
    nouns = [*lex.status["contributor_nouns"], *lex.status["donor_nouns"]]
    if attr is not None and attr.lemma_.lower() in nouns:
        return attr
    for c in [*be.children, *(attr.children if attr is not None else [])]:
        if c.dep_ == "prep" and c.lower_ in ("among", "of"):
            for o in c.children:
                if o.dep_ == "pobj" and o.lemma_.lower() in nouns:
                    return o
                if o.dep_ == "pobj" and o.lemma_.lower() in GROUP_NOUNS and _in_a_force(o):
                    return o  # "Chad is one of five countries in the Multinational Joint Task Force"
    return None


def _held_by_a_force(noun: Token) -> bool:
    """Ships or aircraft a force or mission has ("the task force has ships from …")."""
    v = noun.head if noun.dep_ in ("dobj", "attr") else None
    if v is None or v.lemma_.lower() not in ("have", "include", "comprise", "count", "field", "operate"):
        return False
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in RELATIVE and v.dep_ == "relcl":
        subj = v.head
    return subj is not None and subj.lemma_.lower() in MISSION_NOUNS


def _among_them(t: Token) -> Token | None:
    """The group an "among them" list belongs to, wherever the parse hangs the list ("Governments with
    troops in the force, among them Italy, France and Spain, condemned …"): the nearest group noun
    before it in its clause."""
    doc, i = t.doc, t.i
    if i >= 4 and doc[i - 1].lower_ == "the":
        i -= 1  # "among them the Bahamas, Benin and Chad"
    if i < 3 or doc[i - 2].lower_ not in ("among", "including") or doc[i - 1].lower_ not in ("them", "those"):
        return None
    nouns = {*GROUP_NOUNS, *lexicon().status["contributor_nouns"]}
    for x in reversed(doc[max(0, i - 15) : i - 2]):
        if x.pos_ in ("VERB", "AUX") and x.dep_ not in ("amod", "acl"):
            return None
        if x.pos_ == "NOUN" and x.lemma_.lower() in nouns:
            return x
    return None


def _among_those_who(be: Token) -> Token | None:
    """The verb of "are among the countries that …" or "… the countries expected to send personnel":
    what the countries counted did, or are said to be about to do."""
    for c in be.children:
        if c.dep_ == "prep" and c.lower_ == "among":
            for o in c.children:
                if o.dep_ == "pobj" and o.lemma_.lower() in GROUP_NOUNS:
                    return next(
                        (r for r in o.children if r.dep_ in ("relcl", "acl") and r.pos_ in VERBISH), None
                    )
    return None


def _in_a_force(group: Token) -> bool:
    """ "countries in the Multinational Joint Task Force (MNJTF)", "states in the mission": a group
    of countries placed in a force or mission."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "in"
        and any(x.dep_ == "pobj" and x.lemma_.lower() in MISSION_NOUNS for x in p.children)
        for p in group.children
    )


def _with_among(t: Token, lex: Lexicon, money_context: bool) -> tuple[str, str] | None:
    """ "…13,400 troops, with Rwanda, India and China among the biggest contributors": a "with"
    phrase that puts its countries among contributors."""
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ != "with":
        return None
    # "among" may hang from any head above the "with" ("has about 1,100, drawn from …, with A and B
    # among the largest contributors")
    places = [*t.children, *prep.children, *(c for a in prep.ancestors for c in a.children)]
    for c in places:
        if c.dep_ == "prep" and c.lower_ == "among" and c.i > t.i:
            for o in c.children:
                if o.dep_ == "pobj" and o.lemma_.lower() in lex.status["contributor_nouns"]:
                    money = money_context and not _of_troops(o)
                    return ("donor", "paid") if money else ("contributor", _contributor_kind(o))
                if o.dep_ == "pobj" and o.lemma_.lower() in CONTINGENT_NOUNS:
                    return "contributor", "deployed"  # "with A and B among the largest contingents"
    return None


# units a country puts into a force as its own ("the largest contingents", "Ghana's battalion of 870")
CONTINGENT_NOUNS = frozenset({"contingent", "battalion"})


ECHO_VERBS = frozenset({"do", "be", "have"})


def _echoed(v: Token) -> Token | None:
    """The verb an elliptical "so did X" or "as do X" repeats for its own subject: the clause
    before it ("Jamaica sent its people; so did Guatemala", "Kenya has troops there, as do A and B")."""
    if v.lemma_.lower() not in ECHO_VERBS or any(
        c.dep_ in ("dobj", "attr", "acomp", "xcomp") for c in v.children
    ):
        return None
    if any(c.dep_ == "advmod" and c.lower_ == "so" and c.i < v.i for c in v.children):
        before = [c for c in v.children if c.dep_ in ("ccomp", "conj", "parataxis") and c.i < v.i]
        if v.dep_ in ("conj", "parataxis") and v.head.i < v.i:
            before.append(v.head)
        return next((c for c in before if c.pos_ in VERBISH), None)
    if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children):
        return v.head if v.head.pos_ in VERBISH and v.head.i < v.i else None
    return None


def _gathers(v: Token) -> bool:
    """A verb by which a force is made of countries: "brings together", "unites", "groups", "includes",
    "comprises"."""
    lemma = v.lemma_.lower()
    together = any(c.lower_ == "together" for c in v.children)
    return lemma in ("include", "comprise", "unite", "group") or (
        together and lemma in ("bring", "draw", "pull")
    )


def _with_doing(t: Token, lex: Lexicon) -> tuple[str, str] | None:
    """ "…, with India, Pakistan and Nepal supplying the largest contingents": the countries of an
    absolute "with" are the subject of its participle."""
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ != "with":
        return None
    # (the parser may hang the participle on the noun before "with": "troops from 20 countries,
    # with Austria and Italy providing the largest shares")
    later = [c for c in prep.head.children if c.i > t.i]
    verb = next(
        (c for c in [*prep.children, *t.children, *later] if c.dep_ in ("pcomp", "acl") and c.tag_ == "VBG"),
        None,
    )
    if verb is None and any(c.lower_ == "present" for c in [*prep.children, *t.children, *later]):
        return "contributor", "deployed"  # "… 382 officers, with Jamaica and Belize also present"
    return None if verb is None else _verb_status(verb, lex)


def _alongside(t: Token, s: Sentence, lex: Lexicon, money_context: bool) -> tuple[str, str] | None:
    """ "X is one of the largest contributors, alongside Y and Z" (or "along with"): they share its status."""
    prep = t.head
    if (
        t.dep_ != "pobj"
        or prep.lower_ not in ("alongside", "with")
        or (prep.lower_ == "with" and not (prep.i > 0 and prep.doc[prep.i - 1].lower_ == "along"))
    ):
        return None
    if prep.head.lemma_.lower() in lex.status["contributor_nouns"]:  # "top contributors alongside X"
        money = money_context and not _of_troops(prep.head)
        return ("donor", "paid") if money else ("contributor", _contributor_kind(prep.head))
    clause = next((a for a in prep.ancestors if a.pos_ in VERBISH), None)
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
    if clause is None or subj is None:
        return None
    if clause.lemma_.lower() != "be":
        if subj.pos_ != "PROPN" or subj.i > prep.i:
            return None
        # "Austria provides the backbone with about 300, alongside Hungary and Italy": the countries
        # beside the clause's own country take part as it does (not "would serve alongside Chad":
        # what one country means to do, the others already do)
        found = _verb_status(clause, lex)
        return found if found == ("contributor", "deployed") else None
    attr = next((c for c in clause.children if c.dep_ == "attr"), None)
    noun = _counted_among(clause, attr, lex)
    if noun is None:
        return None
    money = (_money_clause(clause, lex) or money_context) and not _of_troops(noun)
    return ("donor", "paid") if money else ("contributor", _contributor_kind(noun))


_LIST_GAP = re.compile(
    r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+or\s+|\s*,\s*or\s+|\s+as\s+well\s+as\s+)(?:the\s+)?$", re.I
)


def country_lists(s: Sentence, text: str) -> list[list[Entity]]:
    """The sentence's countries grouped into written coordinations ("Benin, the Bahamas and Chad"),
    which the parser does not always attach as one."""
    groups: list[list[Entity]] = []
    for e in s.ents:
        if e.label not in ("COUNTRY", "ORG"):
            continue
        if groups and _LIST_GAP.match(text[groups[-1][-1].end : e.start]):
            groups[-1].append(e)
        else:
            groups.append([e])
    return groups
