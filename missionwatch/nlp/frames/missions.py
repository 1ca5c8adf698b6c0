"""Which mission a figure belongs to: the one its clause names, else the article's, then its date.

A mission named in the figure's own phrase ("MONUSCO's ceiling", "the GSF's yearly cost") or as the
agent of its clause ("the GSF had 1,500 personnel") wins over one merely nearer in the sentence; with
none named, the sentence's and then the article's mission (v1's rules, ``context._mission_near``).
A figure dated before its mission existed belongs to the predecessor the knowledge base names
("in April, 700 Kenyan officers were serving" in a story about the force that replaced the MSS).
"""

from __future__ import annotations

import calendar
import re
from types import SimpleNamespace

from spacy.tokens import Token

from missionwatch.nlp import kbglue
from missionwatch.nlp.context import _mission_near
from missionwatch.nlp.dates import parse_iso
from missionwatch.nlp.frames.figures import Figure
from missionwatch.nlp.frames.lexicon import lexicon

YEAR = re.compile(r"\b(?:19|20)\d\d\b")
MISSION_PREPS = frozenset({"for", "of", "in", "with", "under", "to"})
# nouns that name the mission before the one in question ("its predecessor", "the previous force")
BEFORE_WORDS = frozenset({"predecessor", "previous", "former", "old", "outgoing", "earlier", "precursor"})
MISSION_NOUNS = frozenset({"mission", "force", "operation", "office"})
# a force's units: the country leading one is its contributor, not the force's lead ("contingents led
# by Chad")
UNIT_NOUNS = frozenset(
    {"contingent", "battalion", "unit", "company", "brigade", "detachment", "platoon", "element", "squad"}
)
# measures of what is planned or promised for a mission: told before it begins, they are still its own
PLANS = frozenset(
    {"personnel.target", "personnel.pledged", "funding.required", "funding.pledged", "mandate.duration"}
)
FORCE_MEASURES = ("personnel.", "funding.", "contributor", "donor", "mission.lead")


def _named(fig: Figure, toks: list[Token]) -> str | None:
    s = fig.sent
    for t in toks:
        e = s.entity_of(t, ("MISSION",))
        if e is not None:
            return e.code
        for c in t.children:
            if c.dep_ in ("poss", "compound", "nsubj", "nsubjpass", "agent", "nmod"):
                e = s.entity_of(c, ("MISSION",))
                if e is not None:
                    return e.code
            if c.dep_ == "prep" and c.lower_ in MISSION_PREPS:  # "$600 million for the smaller MSS"
                for x in c.children:
                    e = s.entity_of(x, ("MISSION",)) if x.dep_ == "pobj" else None
                    if e is not None:
                        return e.code
            if c.dep_ == "acl":  # "the 2,500 planned for the MSS"
                for x in c.subtree:
                    e = s.entity_of(x, ("MISSION",)) if x.dep_ == "pobj" else None
                    if e is not None:
                        return e.code
    return None


def _hosted_where(fig: Figure, ctx: object, as_of: str | None) -> str | None:
    """ "about 1,600 in South Sudan and roughly 1,800 in the DRC": a figure placed in a country by
    its own phrase belongs to the one force running there, when the article's mission is not."""
    if fig.family != "persons" or not (fig.measure or "").startswith("personnel."):
        return None
    s = fig.sent
    for t in (fig.anchor, fig.noun):
        for c in t.children if t is not None else ():
            if c.dep_ != "prep" or c.lower_ != "in":
                continue
            for o in c.children:
                e = s.entity_of(o, ("COUNTRY",)) if o.dep_ == "pobj" else None
                if e is None:
                    continue
                main = kbglue.mission(getattr(ctx, "mission", None))
                if main is not None and e.code in (main.host, *main.also_hosts):
                    return None  # the article's own mission is there
                when = as_of or getattr(ctx, "published", None)
                running = [
                    m
                    for m in kbglue.hosted_in(e.code)
                    if not political(m.code) and (when is None or kbglue.running(m.code, when))
                ]
                main_host = [
                    m.code for m in running if m.host == e.code
                ]  # UNMISS, not UNISFA, for South Sudan
                return main_host[0] if len(main_host) == 1 else None
    return None


def _side_clause(tok: Token, anchor: Token, *, naming: bool = False) -> bool:
    """True when ``tok`` sits in a relative, participial or adverbial clause that does not hold the
    figure ("The force, which the Council created by converting the MSS, has 1,000"). ``naming``:
    ``tok`` is a mission's name, and one in apposition to the subject names the subject."""
    t = tok
    if naming and _set_off_after_a_date(tok):
        return False
    for _ in range(12):
        purpose = t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        if (
            t.dep_ in ("relcl", "acl", "advcl", "appos", "parataxis")
            and anchor not in t.subtree
            and not purpose
            and not (naming and _names_the_subject(t))
        ):
            return True  # (not "flew in … to relieve the contingent in the MSS": its purpose)
        if t.head.i == t.i:
            return False
        t = t.head
    return False


MONTH_WORDS = frozenset(m.lower() for m in calendar.month_name if m)


def _set_off_after_a_date(tok: Token) -> bool:
    """ "The mission that replaces it on 1 January, AUSSOM, is planned at …": a name set off by
    commas that the parser hung on the date closing a relative clause names the clause's noun."""
    doc = tok.doc
    left, right = tok.left_edge.i, tok.right_edge.i
    commas = left > 0 and doc[left - 1].text == "," and right + 1 < len(doc) and doc[right + 1].text == ","
    return tok.dep_ == "appos" and commas and (tok.head.lower_ in MONTH_WORDS or tok.head.like_num)


def _names_the_subject(t: Token) -> bool:
    """ "the EU's Bosnia force, EUFOR Althea, keeps 1,100 troops": an apposition to the clause's
    subject names the subject itself, not a side matter."""
    while t.dep_ == "appos":
        t = t.head
    return t.dep_ in ("nsubj", "nsubjpass")


def missions_named(fig: Figure) -> bool:
    """The figure's own phrase names its mission ("the MSS's planned 2,500")."""
    phrase = [t for t in (fig.noun, fig.head, fig.anchor) if t is not None] + list(fig.path)
    return _named(fig, phrase) is not None


def mission_of(fig: Figure, ctx: object, as_of: str | None) -> str | None:
    s = fig.sent
    phrase = [t for t in (fig.noun, fig.head, fig.anchor) if t is not None] + list(fig.path)
    code = _named(fig, phrase) or _hosted_where(fig, ctx, as_of)
    appositive = False  # "That previous mission, the … (ATMIS), began": the name says which
    if code is None:
        main = []
        for e in s.ents:
            tok = s.root(e.start, e.end) if e.label == "MISSION" else None
            if tok is not None and not _side_clause(tok, fig.anchor, naming=True):
                main.append(e)
        labelled = [e for e in s.ents if e.label == "MISSION" and e.end <= s.offset]
        if main:
            near = min(main, key=lambda e: abs((e.start + e.end) // 2 - fig.q.start))
            code, root = near.code, s.root(near.start, near.end)
            appositive = root is not None and root.dep_ == "appos" and _names_the_subject(root)
        elif labelled:
            code = labelled[-1].code  # "* DR Congo (MONUSCO): about 11,000 troops": the item's label
        else:
            bare = SimpleNamespace(ents=[], index=s.index, start=s.start, end=s.end, text=s.text)
            code = _mission_near(ctx, bare, fig.q.start)  # type: ignore[arg-type]
            told = _pronoun_topic(ctx, s)  # "The MSS was led by Kenya. It was meant to have 2,500"
            if told is None and _pronoun_subject(s) and s.index > 0:
                before = ctx.sents[s.index - 1]  # type: ignore[attr-defined]
                if _sentence_says_predecessor(before):  # "The old mission was meant to … It stalled at"
                    told = getattr(kbglue.mission(code), "predecessor", None)
            if _sentence_says_predecessor(s):
                told = told or code  # "the old mission's fund", "The GSF began. Its predecessor had 970"
                told = getattr(kbglue.mission(told), "predecessor", None) or told
            if told is not None and told != code:
                return before_start(told, as_of)
            if THE_FORCE.search(s.text) and not _is_a_force(code):
                code = _force_named_before(ctx, s.index) or code  # "the Force" of a UNDOF report, not UNTSO
            if (
                political(code)
                and (fig.measure or "").startswith(FORCE_MEASURES)
                and not _office(fig)
                and not _its_staff(fig)
            ):
                code = force_before(ctx, s.index) or code  # troops and their money belong to a force
            elif not political(code) and _office(fig):
                code = office_before(ctx, s.index) or code  # "for the office's start-up"
            if (fig.measure or "") in ON_THE_GROUND and not NEW_FORCE.search(s.text):
                code = still_on_the_ground(code, as_of)
            code = led_there(code, fig.subject, as_of) or code
    if code is not None and not appositive and _says_predecessor(phrase):
        code = getattr(kbglue.mission(code), "predecessor", None) or code
    if code is not None and _taken_over_from(fig, code):
        code = getattr(kbglue.mission(code), "successor", None) or code
    if not _plan_for_it(fig, ctx, as_of, own=_named(fig, phrase) is not None):
        code = before_start(code, as_of)
    told = _clause_date(fig)  # "Kenya, which pledged 1,000 officers when it was first mooted in 2023"
    return before_start(code, told) if told else code


def _taken_over_from(fig: Figure, code: str) -> bool:
    """ "Took over from NATO's SFOR in December 2004 with about 7,000 troops", "replaced ISAF … with
    about 13,000 troops": the mission named as the one taken over from is not the one that started
    with the figure — its successor is."""
    verb = fig.pred
    if fig.why != "pred:start with" or verb is None:
        return False
    return any(
        (e := fig.sent.entity_of(t, ("MISSION",))) is not None and e.code == code
        for c in verb.children
        if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "from")
        for t in c.subtree
    )


def _plan_for_it(fig: Figure, ctx: object, as_of: str | None, *, own: bool) -> bool:
    """A plan is made before its mission begins: "AUSSOM will cost $190 million in its first year",
    written in December, is AUSSOM's; so is a plan the figure's own phrase names for it. A promise
    dated before the article ("Kenya pledged 1,000 officers in 2023") is the mission's of that time."""
    if (fig.measure or "") not in PLANS:
        return False
    published = str(getattr(ctx, "published", None) or "")
    return own or not as_of or not published or as_of >= published[: len(as_of)]


def _main_subject(doc: object) -> Token | None:
    root = next(iter(doc.sents)).root  # type: ignore[attr-defined]
    return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _subject_words(subj: Token) -> list[Token]:
    """The subject's own words, without the clauses and appositions that describe it."""
    out, todo = [], [subj]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c.dep_ not in ("relcl", "acl", "appos", "punct", "cc", "conj")]
    return out


def _pronoun_subject(s: object) -> bool:
    """The sentence's subject is "it" or "its …"."""
    doc = getattr(s, "doc", None)
    subj = _main_subject(doc) if doc is not None else None
    return subj is not None and (
        subj.lower_ == "it" or any(c.dep_ == "poss" and c.lower_ == "its" for c in subj.children)
    )


def _pronoun_topic(ctx: object, s: object) -> str | None:
    """ "The MSS was led by Kenya. It was meant to have 2,500 officers": a sentence whose subject is
    "it" (or "its …") continues the mission the sentence before had as its subject, running or not."""
    doc = getattr(s, "doc", None)
    index = getattr(s, "index", 0)
    if doc is None or index == 0:
        return None
    if not _pronoun_subject(s):
        return None
    before = ctx.sents[index - 1]  # type: ignore[attr-defined]
    if before.doc is None:
        return None
    theirs = _main_subject(before.doc)
    if theirs is None:
        return None
    own = {t.i for t in _subject_words(theirs)}
    for e in before.ents:
        tok = before.root(e.start, e.end) if e.label == "MISSION" else None
        if tok is not None and tok.i in own:
            return e.code
    return None


def _sentence_says_predecessor(s: object) -> bool:
    """ "The old mission's trust fund had raised $115 million", "Its predecessor was meant to have
    2,500": the sentence's subject is the mission before the one the context names (not a side
    phrase: "up from $600 million for the old mission")."""
    doc = getattr(s, "doc", None)
    subj = _main_subject(doc) if doc is not None else None
    if subj is None:
        return False
    for t in _subject_words(subj):
        if t.lower_ == "predecessor":
            return True
        if t.lemma_.lower() in MISSION_NOUNS and any(
            c.dep_ == "amod" and c.lower_ in BEFORE_WORDS for c in t.children
        ):
            return True
    return False


def _clause_date(fig: Figure) -> str | None:
    """The latest date the figure's own clause gives (its subordinate clauses included, not a clause
    about something else): a figure dated at publication by convention may still be told of a time
    before its mission began."""
    verb = fig.pred
    s = fig.sent
    if verb is None or s.doc is None:
        return None
    inside = {t.i for t in verb.subtree}
    found = []
    for d in s.dates:
        tok = s.token_at(d.start)
        if tok is not None and tok.i in inside and not _side_clause(tok, fig.anchor) and YEAR.search(d.text):
            found.append(str(d.value))  # a year written out: "in April" may be last April or next
    return max(found) if found else None


def political(code: str | None) -> bool:
    """A UN special political mission (an office, not a force)."""
    return getattr(kbglue.mission(code), "kind", None) == "un_political"


def _office(fig: Figure) -> bool:
    """ "the Office had 151 personnel", "$97.4 million for the office's start-up": a political office's
    own staff or money, named as the clause's subject or right after the figure."""
    for t in fig.path:
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass") and (c.lemma_.lower() == "office" or _offices(c)):
                return True  # "The office's approved budget … is $486 million"
            if c.dep_ == "dobj" and _offices(c):
                return True  # "put the office's first-year requirement at roughly $370 million"
            if c.dep_ in ("xcomp", "advcl") and any(
                o.dep_ == "dobj" and o.lemma_.lower() == "office" for o in c.children
            ):
                return True  # "asked for about $180 million to run the office"
    if any(_offices(t) for t in (fig.noun, fig.head) if t is not None):
        return True  # "put the office's first-year requirement at roughly $370 million"
    doc = fig.anchor.doc  # "$97.4 million for the office's start-up": the sum is the office's
    near = doc[fig.anchor.i + 1 : fig.anchor.i + 6]
    return any(t.lemma_.lower() == "office" and t.dep_ in ("poss", "pobj") for t in near)


STAFF_WORDS = frozenset({"staff", "staffer", "staffing", "employee"})  # (not "civilians": a force has them)


def _its_staff(fig: Figure) -> bool:
    """ "UNAMI (IRAQ) … - Staff: fewer than 600", "has about 650 staff": a political office has
    staff, not troops; its staff are its own."""
    if fig.noun is not None and fig.noun.lemma_.lower() in STAFF_WORDS:
        return True
    doc = fig.anchor.doc
    colon = next((t for t in doc[: fig.anchor.i] if t.text == ":"), None)
    return colon is not None and any(t.lemma_.lower() in STAFF_WORDS for t in doc[: colon.i])


def _offices(noun: Token) -> bool:
    """The noun is the office's: "the office's budget", "its requirement" does not say."""
    return any(c.dep_ == "poss" and c.lemma_.lower() == "office" for c in noun.children)


def force_before(ctx: object, index: int) -> str | None:
    """The last mission with forces (not a political office) the article named up to sentence
    ``index`` that runs at publication, else its main mission when that is one."""
    memo = ctx.memo  # type: ignore[attr-defined]
    if "forces_before" not in memo:
        out: list[str | None] = []
        last: str | None = None
        for sent in ctx.sents:  # type: ignore[attr-defined]
            for e in sent.ents:
                if e.label == "MISSION" and not political(e.code) and kbglue.running(e.code, ctx.published):  # type: ignore[attr-defined]
                    last = e.code
            out.append(last)
        memo["forces_before"] = out
    found = memo["forces_before"][index] if index < len(memo["forces_before"]) else None
    main = getattr(ctx, "mission", None)
    return found or (main if main and not political(main) else None)


THE_FORCE = re.compile(r"\b[Tt]he [Ff]orce\b(?! of\b)")


def _is_a_force(code: str | None) -> bool:
    """Named a Force: "the United Nations Disengagement Observer Force", or "EUFOR" (EU Force)."""
    m = kbglue.mission(code)
    return m is not None and (" Force" in f" {m.name}" or re.search(r"FOR\b", str(m.code)) is not None)


def _force_named_before(ctx: object, index: int) -> str | None:
    """The last mission named up to sentence ``index`` whose name makes it a Force (the UN
    Disengagement Observer Force, not the Truce Supervision Organization named beside it): what
    "the Force" of a report points back to."""
    last = None
    superseded: set[str] = getattr(ctx, "superseded", set())  # "EUFOR took over from SFOR": EUFOR
    for sent in ctx.sents[: index + 1]:  # type: ignore[attr-defined]
        for e in sent.ents:
            if e.label == "MISSION" and _is_a_force(e.code) and e.code not in superseded:
                last = e.code
    return last


def office_before(ctx: object, index: int) -> str | None:
    """The last UN office (political or support: BINUH, UNSOH) in the article's country named up to
    sentence ``index``: what "the office" points back to."""
    main = kbglue.mission(getattr(ctx, "mission", None))
    last = None
    for sent in ctx.sents[: index + 1]:  # type: ignore[attr-defined]
        for e in sent.ents:
            m = kbglue.mission(e.code) if e.label == "MISSION" else None
            if m is None or " Office " not in f" {m.name} ":
                continue
            if main is None or m.host == main.host:  # not the Somalia office a Haiti story compares
                last = e.code
    return last


def _a_rotation(noun: Token) -> bool:
    """A contingent or its people ("the outgoing battalion", "the previous group of 180"): what a
    rotation replaces, within the same mission."""
    lex = lexicon()
    lemma = noun.lemma_.lower()
    return lemma not in MISSION_NOUNS and (
        lemma in lex.personnel
        or lemma in lex.collective["personnel"]
        or lemma in lex.status["personnel_nouns"]
    )


def _says_predecessor(phrase: list[Token]) -> bool:
    """ "its Kenyan-led predecessor", "the previous mission", "the mission it succeeds": the figure is
    about the mission before the one the context names."""
    for t in phrase:
        owned = [] if t.pos_ in ("VERB", "AUX") else [c for c in t.children if c.lower_ in ("for", "of")]
        near = [*t.children, *(o for c in owned for o in c.children)]  # "$600 million for its predecessor"
        if t.pos_ in ("VERB", "AUX") and t.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in t.children):
            near += [c for c in t.head.children if c.dep_ == "nsubj"]  # "… but stalled at about 970"
        for x in (t, *near):
            if x.lower_ in BEFORE_WORDS and x.dep_ in ("amod", "pobj", "dobj", "nsubj", "attr", "ROOT"):
                if x.dep_ == "amod" and _a_rotation(x.head):
                    continue  # "the outgoing contingent, 138 officers, flew home": a unit rotated out
                return True
            if (
                x.dep_ in ("nsubj", "nsubjpass")
                and x.lemma_.lower() in MISSION_NOUNS
                and any(c.lower_ in BEFORE_WORDS for c in x.children)
            ):
                return True  # "the outgoing mission had aimed for 2,500"
            if (
                x.dep_ == "relcl"
                and x.lemma_.lower() in ("succeed", "replace")
                and t.lemma_.lower() in MISSION_NOUNS
            ):
                return True  # "the mission it succeeds" (not "the 720 soldiers it replaces")
    return False


# what a force on the ground has, gets or sends home (a ceiling or a pledge is the new force's)
ON_THE_GROUND = frozenset(
    {"personnel.deployed", "personnel.arrived", "personnel.returned", "funding.contributed"}
)
NEW_FORCE = re.compile(r"\bnew\s+(?:force|mission|operation)\b", re.I)


def led_there(code: str | None, country: str | None, as_of: str | None) -> str | None:
    """A country's own figure in a host where it leads a force of its own, beside the mission the
    context names ("1,200 SANDF members remain in their bases around Goma" is SAMIDRC's, not
    MONUSCO's; "Kenya had sent about 900 soldiers" to the DRC in 2023, the EACRF's)."""
    m = kbglue.mission(code)
    if m is None or not country or len(country) != 3 or getattr(m, "lead", None) == country:
        return None
    led = [
        x
        for x in kbglue.hosted_in(m.host)
        if getattr(x, "lead", None) == country and x.code != code and kbglue.running(x.code, as_of)
    ]
    return str(led[0].code) if len(led) == 1 else None


def still_on_the_ground(code: str | None, as_of: str | None) -> str | None:
    """A force not named in the sentence, on a day its predecessor's mandate still ran (the vote that
    created the GSF on 30 September, the MSS running to 2 October): the force on the ground then is
    the predecessor; the successor exists on paper only."""
    m = kbglue.mission(code)
    before = kbglue.mission(getattr(m, "predecessor", None)) if m is not None else None
    if before is None or not as_of or len(as_of) < 10 or not getattr(before, "end", None):
        return code
    return str(before.code) if str(m.start) <= as_of <= str(before.end) else code


def before_start(code: str | None, as_of: str | None) -> str | None:
    """The predecessor when the date falls before the mission began (one step back at most twice)."""
    # a year: all of it; a month: its middle ("in December 2004" is EUFOR Althea's, which began on
    # the 2nd; "in September 2025" still the MSS's, which the GSF replaced on the 30th)
    when = parse_iso(
        f"{as_of}-12-31"
        if as_of and len(as_of) == 4
        else f"{as_of}-15"
        if as_of and len(as_of) == 7
        else as_of
    )
    for _ in range(2):
        m = kbglue.mission(code)
        if m is None or when is None or not getattr(m, "predecessor", None) or not getattr(m, "start", None):
            return code
        start = parse_iso(str(m.start))
        if start is None or when >= start:
            return code
        code = m.predecessor
    return code


def named_aside(s: object, code: str | None, at: int) -> bool:
    """ "The mission, which replaced ATMIS on 1 January, draws troops from Ethiopia": every naming of
    ``code`` in the sentence sits in a clause beside the one holding position ``at`` (a relative,
    participial or adverbial clause), so it is no mission of what stands at ``at``."""
    anchor = s.token_at(at)  # type: ignore[attr-defined]
    roots = [s.root(e.start, e.end) for e in s.ents if e.label == "MISSION" and e.code == code]  # type: ignore[attr-defined]
    if anchor is None or not roots or any(r is None for r in roots):
        return False
    return all(_side_clause(r, anchor, naming=True) and not _about(r, anchor) for r in roots)


def _about(tok: Token, anchor: Token) -> bool:
    """The clause holding ``tok`` describes ``anchor`` or a word listed with it ("Bangladesh and
    Pakistan, which provide MINUSCA's troops"): it says what the anchor is, no aside."""
    own = {anchor, *anchor.conjuncts}
    t = tok
    for _ in range(12):
        if t.dep_ in ("relcl", "acl", "appos") and t.head in own:
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def mission_beyond(ctx: object, s: object, at: int) -> str | None:
    """The mission the text is on at position ``at`` when the sentence's own namings do not count."""
    bare = SimpleNamespace(ents=[], index=s.index, start=s.start, end=s.end, text=s.text)  # type: ignore[attr-defined]
    return _mission_near(ctx, bare, at)  # type: ignore[arg-type]
