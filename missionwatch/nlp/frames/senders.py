"""Who intends a deployment: a sender's pledge, or a force's planned strength.

"The Government intends to deploy 600 officers", "President Ruto announced that a further 600 would
be sent", "NATO says it will deploy 700 troops" are what a sender promises (`personnel.pledged`);
"the mission could field up to 13,289", "up to 300 soldiers may be deployed" are what a force is
meant to have (`personnel.target`). The difference is the agent of the intention, found by walking
from the deployment's verb up through the clauses that tell it, past pronouns and the counted people
themselves, to the first named subject."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from missionwatch.nlp.entities import Entity
from missionwatch.nlp.frames.article import Sentence
from missionwatch.nlp.frames.clause import country_of, speaker_country, verbal
from missionwatch.nlp.frames.figures import Figure
from missionwatch.nlp.frames.lexicon import lexicon
from missionwatch.nlp.frames.owners import UNIONS

PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "which", "that", "who"})


@dataclass(frozen=True)
class Sender:
    country: str | None  # alpha-3, or None for an alliance or a sender whose country is not told


def _subject(verb: Token, own: set[int]) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.i not in own:
            return c
        if c.dep_ == "agent":  # "… had been announced by the Government"
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


def _antecedent(tok: Token) -> Token:
    """ "his country, which has offered to contribute 1,000": the relative pronoun's noun."""
    if tok.lower_ in ("which", "that", "who"):
        t = tok.head
        while t.dep_ != "relcl" and t.head.i != t.i:
            t = t.head
        if t.dep_ == "relcl":
            return t.head
    return tok


def _is_sender(s: Sentence, tok: Token) -> bool:
    senders = lexicon().senders
    if tok.text in senders["alliances"] or s.entity_of(tok, ("COUNTRY",)) is not None:
        return True
    if s.entity_of(tok, ("MISSION",)) is not None:
        return False
    words = [tok, *(c for c in tok.children if c.dep_ in ("compound", "amod"))]
    return any(w.lemma_.lower() in senders["nouns"] for w in words) and not _of_a_bloc(s, tok)


def _of_a_bloc(s: Sentence, tok: Token) -> bool:
    """ "ministers of the Economic Community of West African States", "the bloc's ministers": a
    regional organisation's people plan its force; they send no one of their own."""
    for c in tok.children:
        owners = (
            [c]
            if c.dep_ == "poss"
            else [o for o in c.children if o.dep_ == "pobj"]
            if c.lower_ == "of"
            else []
        )
        for o in owners:
            e = s.entity_of(o, ("ORG", "COUNTRY"))
            if o.lemma_.lower() in ("bloc", "union", "community") or (
                e is not None and (e.label == "ORG" or e.code in UNIONS)
            ):
                return True
    return False


def _agent(f: Figure) -> Token | None:
    """The first named subject over the deployment's verb: a pronoun, a relative pronoun's clause
    or the counted people themselves pass the question up to the clause that tells them."""
    if f.pred is None:
        return None
    own = {t.i for t in (f.noun, f.head, f.anchor) if t is not None}
    t: Token = f.pred
    for _ in range(6):
        if verbal(t) or t.pos_ in ("ADJ", "AUX"):
            subj = _subject(t, own)
            if subj is not None:
                subj = _antecedent(subj)
                if subj.lower_ not in PRONOUNS:
                    return subj
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _the_force_itself(f: Figure) -> bool:
    """ "all 2,500 personnel of the mission would be in place": the whole force, whoever promised it."""
    for c in f.noun.children if f.noun is not None else ():
        if c.dep_ == "prep" and c.lower_ == "of":
            for o in c.children:
                if f.sent.entity_of(o, ("MISSION",)) is not None or o.lemma_.lower() in FORCE_NOUNS:
                    return True
    return False


FORCE_NOUNS = frozenset({"mission", "force", "operation"})


def sender(f: Figure, story_country: str | None) -> Sender | None:
    """The sender whose intention the figure is, with its country where the sentence or the story
    tells it ("his country" of the representative of Kenya; "the Government" of a Nairobi story)."""
    if _the_force_itself(f):
        return None
    agent = _agent(f)
    if agent is None or not _is_sender(f.sent, agent):
        return None
    if agent.text in lexicon().senders["alliances"]:
        return Sender(None)
    e = country_of(f.sent, agent) or _owner(f.sent, agent)
    if e is not None:
        return Sender(e.code if len(e.code) == 3 else None)
    if any(c.dep_ == "nummod" for c in agent.children) or agent.tag_ == "NNS":
        return Sender(None)  # "18 countries had committed to provide 7,500": no one sender
    return Sender(story_country)


def _owner(s: Sentence, agent: Token) -> Entity | None:
    """ "Kenya's government", "the Kenyan president", "his President" (of the speaker's country)."""
    for c in agent.children:
        if c.dep_ in ("poss", "compound", "amod"):
            e = s.entity_of(c, ("COUNTRY",))
            if e is not None:
                return e
        if c.dep_ == "poss" and c.pos_ == "PRON":
            return speaker_country(s, agent)
    return None
