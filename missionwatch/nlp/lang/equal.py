"""Countries that give as much as another ("le Tchad a offert 1 500 personnels et le Bangladesh un
nombre équivalent", "N'Djamena a proposé 1 500 militaires, autant que le Bangladesh", "Ghana ofreció
500 efectivos y Togo otro tanto"): the figure a contributor or donor was given is theirs too. The
words of equality are the pack's ``[equal]`` lists; a country is read in the figure's sentence or
the one after it, when that one counts nothing itself."""

from __future__ import annotations

import re

from missionwatch.models import Claim
from missionwatch.nlp.lang.engine import Article, Sentence
from missionwatch.nlp.lang.grammar import fold
from missionwatch.nlp.lang.names import Name, english

_ARTICLE = r"(?:(?:le|la|les|l'|el|los|las|du|de la|des|del)\s*)?"
_SHARED = ("personnel.", "funding.")


def _words(art: Article, key: str) -> str:
    return "|".join(
        re.escape(fold(w)) for w in sorted(art.grammar.words("equal", key), key=len, reverse=True)
    )


def _equals(art: Article, s: Sentence, n: Name) -> bool:
    """``n`` is said to give the same: "X un nombre équivalent", "X, autant", "autant que X"."""
    after, before = _words(art, "after"), _words(art, "before")
    tail = fold(art.text[n.end : min(s.end, n.end + 60)])
    head = fold(art.text[max(s.start, n.start - 40) : n.start])
    return bool(
        (after and re.match(rf"\s*,?\s*(?:[\w']+\s+){{0,6}}?(?:{after})(?!\w)", tail))
        or (before and re.search(rf"(?<!\w)(?:{before})\s*{_ARTICLE}$", head))
    )


def as_many(art: Article, claims: list[Claim]) -> list[Claim]:
    out: list[Claim] = []
    for c in claims:
        if not c.measure.startswith(_SHARED) or c.subject is None or not isinstance(c.value, int | float):
            continue
        at = next((i for i, s in enumerate(art.sentences) if s.start <= c.start < s.end), None)
        if at is None:
            continue
        near = [art.sentences[at]]
        if at + 1 < len(art.sentences):
            nxt = art.sentences[at + 1]
            if not any(nxt.start <= o.start < nxt.end and o.measure.startswith(_SHARED) for o in claims):
                near.append(nxt)
        for s in near:
            for n in art.names:
                if not (n.kind == "country" and not n.demonym and s.start <= n.start < s.end):
                    continue
                if (s is near[0] and n.start < c.end) or english(n.key) == c.subject or n.key == art.host:
                    continue
                if _equals(art, s, n):
                    out.append(
                        c.model_copy(update={"subject": english(n.key), "start": n.start, "end": n.end})
                    )
    return out
