"""Persons and roles: sentence splitting, title shapes, what is not a person, own articles, dev floor.

The sample sentences are written for these tests (people and titles from public reporting).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

from missionwatch.nlp import people
from missionwatch.nlp.people import Person, extract_people, split_sentences

FIXTURES = Path(__file__).parent / "fixtures" / "people"
DEV = Path("/work/shared/corpus/dev")


@pytest.fixture(autouse=True)
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules alone: results must not depend on whether the optional spaCy model is installed."""
    monkeypatch.setattr(people, "model_person_spans", lambda text: [])


def roles_of(text: str) -> set[tuple[str, str]]:
    return {
        (c.subject or "", str(c.value))
        for c in extract_people(text, split_sentences(text))
        if c.measure == "role"
    }


# --- sentences --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "U.S. Ambassador to the U.N. Linda Thomas-Greenfield spoke. She left.",
            ["U.S. Ambassador to the U.N. Linda Thomas-Greenfield spoke.", "She left."],
        ),
        (
            "The request came from the U.S. The Council agreed.",
            ["The request came from the U.S.", "The Council agreed."],
        ),
        (
            "Lt. Gen. Ahmed Musa and Dr. Amina Said met Mr. Ruto. It went well.",
            ["Lt. Gen. Ahmed Musa and Dr. Amina Said met Mr. Ruto.", "It went well."],
        ),
        (
            "“We are ready,” he said. “Haiti is not alone.” Then he left.",
            ["“We are ready,” he said.", "“Haiti is not alone.”", "Then he left."],
        ),
        ("First line\nSecond line.", ["First line", "Second line."]),
        ("Ambassador J. Smith arrived. Talks began.", ["Ambassador J. Smith arrived.", "Talks began."]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == expected


# --- roles ------------------------------------------------------------------------------------------

ROLES = [
    pytest.param(
        "Kenyan President William Ruto spoke.", {("William Ruto", "Kenyan President")}, id="demonym-title"
    ),
    pytest.param(
        "William Ruto, Kenya's president, spoke.",
        {("William Ruto", "Kenya's president")},
        id="apposition-after",
    ),
    pytest.param(
        "The government, led by acting Prime Minister Garry Conille, is weak.",
        {("Garry Conille", "acting Prime Minister")},
        id="lowercase-modifier",
    ),
    pytest.param(
        "U.S. Ambassador to the U.N. Linda Thomas-Greenfield spoke.",
        {("Linda Thomas-Greenfield", "U.S. Ambassador to the U.N.")},
        id="complement-with-abbreviations",
    ),
    pytest.param(
        "Since the death of Haitian President Jovenel Moïse, gangs have grown.",
        {("Jovenel Moïse", "Haitian President")},
        id="after-of",
    ),
    pytest.param(
        "Godfrey Otunge, the MSS force commander, arrived.",
        {("Godfrey Otunge", "MSS force commander")},
        id="apposition-drops-article",
    ),
    pytest.param(
        "Appearing before MPs, Inspector General of Police Japhet Koome spoke.",
        {("Japhet Koome", "Inspector General of Police")},
        id="title-with-of",
    ),
    pytest.param(
        "Panama's UN envoy, Eloy Alfaro de Alba, welcomed the vote.",
        {("Eloy Alfaro de Alba", "Panama's UN envoy")},
        id="apposition-before-particle-name",
    ),
    pytest.param(
        "Volker Türk, the U.N. high commissioner for human rights, spoke.",
        {("Volker Türk", "U.N. high commissioner for human rights")},
        id="lowercase-apposition",
    ),
    pytest.param(
        "UN Secretary-General António Guterres spoke.",
        {("António Guterres", "UN Secretary-General")},
        id="hyphenated-title",
    ),
    pytest.param(
        "President William Ruto hosted Haitian Prime Minister Garry Conille and Lt. Gen. Ahmed Musa.",
        {
            ("William Ruto", "President"),
            ("Garry Conille", "Haitian Prime Minister"),
            ("Ahmed Musa", "Lt. Gen."),
        },
        id="titles-do-not-cross-names",
    ),
    pytest.param(
        "Jimmy Chérizier, a former police officer known as a gang leader, was sanctioned.",
        {("Jimmy Chérizier", "former police officer")},
        id="apposition-cut-after-title",
    ),
    pytest.param(
        "“We are ready,” said the head of BINUH, María Isabel Salvador, in a statement.",
        {("María Isabel Salvador", "head of BINUH")},
        id="apposition-before-name-after-verb",
    ),
    pytest.param(
        "The force commander, Lt. Gen. Ahmed Musa, arrived.",
        {("Ahmed Musa", "force commander"), ("Ahmed Musa", "Lt. Gen.")},
        id="apposed-title-and-rank-are-two-titles",
    ),
    pytest.param(
        "By Jane Doe and Peter Smith\n\nPresident William Ruto spoke.",
        {("William Ruto", "President")},
        id="byline-names-are-not-persons",
    ),
    pytest.param(
        "Godfrey Otunge, the MSS force commander who arrived in the capital on Monday with a new "
        "contingent of officers, spoke.",
        {("Godfrey Otunge", "MSS force commander")},
        id="apposition-ends-at-relative-clause",
    ),
    pytest.param(
        "Garry Joseph, 55, now shares an office. Conille, standing beside Ruto, praised them.",
        set(),
        id="age-and-participle-are-no-titles",
    ),
    pytest.param(
        "Assistant Secretary of State for Western Hemisphere Affairs Brian Nichols spoke.",
        {("Brian Nichols", "Assistant Secretary of State for Western Hemisphere Affairs")},
        id="organisation-words-inside-the-title",
    ),
    pytest.param(
        "U.S. Ambassador to Haiti Dennis Hankins spoke.",
        {("Dennis Hankins", "U.S. Ambassador to Haiti")},
        id="country-before-the-name",
    ),
    pytest.param(
        "Chad Davis, a Jamaican official, spoke.",
        {("Chad Davis", "Jamaican official")},
        id="given-name-that-is-a-country",
    ),
    pytest.param(
        "Gang leader Jimmy “Barbecue” Chérizier spoke in a video.",
        {("Jimmy Chérizier", "Gang leader")},
        id="nickname-inside-the-name",
    ),
    pytest.param(
        "In a call with the ambassador, Ruto said the talks went well.",
        set(),
        id="title-comma-name-without-closing-comma",
    ),
    pytest.param(
        "Kenya's Ruto Says Police Will Stay In Haiti\n\nThe police will stay.",
        set(),
        id="title-case-headline",
    ),
    pytest.param(
        "Kenya, which leads the mission, and the Security Council President spoke.", set(), id="no-person"
    ),
    pytest.param("Ruto, whose government leads the mission, spoke.", set(), id="relative-clause-no-role"),
    pytest.param(
        "Prime Minister of Haiti spoke at the Gang Suppression Force headquarters.",
        set(),
        id="title-without-name",
    ),
    # apposition with an indefinite article and a complement with "at"
    pytest.param(
        "Ingrid Solberg, an economist at the University of Bergen, spoke.",
        {("Ingrid Solberg", "economist at the University of Bergen")},
        id="apposition-a-title-at",
    ),
    pytest.param(
        "“It is late,” says Tomas Berg, a researcher at the Peace Research Institute.",
        {("Tomas Berg", "researcher at the Peace Research Institute")},
        id="says-name-a-researcher",
    ),
    # "who heads X": the post as the writer states it (the independent golds keep it verbatim)
    pytest.param(
        "Paul Mensah, who heads ECOWAS's standby force, spoke.",
        {("Paul Mensah", "heads ECOWAS's standby force")},
        id="who-heads",
    ),
    pytest.param(
        "Amira Haddad, who chairs the Sanctions Committee, spoke.",
        {("Amira Haddad", "chairs the Sanctions Committee")},
        id="who-chairs",
    ),
    pytest.param(
        "Joseph Kabila, who headed home after the talks, spoke.", set(), id="headed-home-is-no-role"
    ),
    # a possessive before the title
    pytest.param(
        "The ministry's spokesperson, Grace Wanjiru, declined to comment.",
        {("Grace Wanjiru", "ministry's spokesperson")},
        id="possessive-title-comma-name",
    ),
    pytest.param(
        "The country's Defence Minister, Omar Farah, declined to comment.",
        {("Omar Farah", "Defence Minister")},
        id="deictic-possessive-is-not-the-title",
    ),
    # a rank before the name is a title of its own beside a fuller one
    pytest.param(
        "Ghana's army chief of staff, Major General Kofi Boateng, arrived.",
        {("Kofi Boateng", "Ghana's army chief of staff"), ("Kofi Boateng", "Major General")},
        id="rank-beside-fuller-title",
    ),
    pytest.param(
        "Brig. Gen. Kofi Boateng arrived.", {("Kofi Boateng", "Brig. Gen.")}, id="rank-alone-is-kept"
    ),
    # titles a verb gives
    pytest.param(
        "Col. Ana Ruiz took over as commander of the Chilean contingent on Tuesday.",
        {("Ana Ruiz", "commander of the Chilean contingent")},
        id="took-over-as",
    ),
    pytest.param(
        "Dr. Samuel Kiptoo was appointed interim director of the Nairobi hospital last week.",
        {("Samuel Kiptoo", "interim director of the Nairobi hospital")},
        id="was-appointed",
    ),
    pytest.param(
        "The Interior Ministry named Fatou Ndiaye as its spokesperson.",
        {("Fatou Ndiaye", "spokesperson of the Interior Ministry")},
        id="org-named-x-as",
    ),
    pytest.param("The crisis became a major concern for Kenya.", set(), id="became-no-title"),
]


@pytest.mark.parametrize(("text", "expected"), ROLES)
def test_roles(text: str, expected: set[tuple[str, str]]) -> None:
    assert roles_of(text) == expected


def test_one_role_claim_per_person_and_title() -> None:
    text = (
        "Kenyan President William Ruto spoke. Later Kenyan President "
        "William Ruto left. President Ruto returned."
    )
    assert roles_of(text) == {("William Ruto", "Kenyan President"), ("William Ruto", "President")}


def test_role_claim_shape() -> None:
    text = "Headline\n\nThe talks were led by Kenyan President William Ruto on Monday."
    (claim,) = extract_people(text, split_sentences(text))
    assert claim.measure == "role" and claim.sentence == text.split("\n\n")[1]
    assert text[claim.start : claim.end] == "Kenyan President William Ruto"
    assert claim.mission is None and claim.qualifier is None and claim.as_of is None


@pytest.mark.parametrize(
    "text",
    [
        "“We are ready,” Kenya said.",
        "“We are ready,” Reuters reported, citing officials.",
        "“We are ready,” the MSS said.",
        "“We are ready,” Washington said.",
    ],
)
def test_countries_outlets_missions_are_not_persons(text: str) -> None:
    assert not [c for c in extract_people(text, split_sentences(text)) if c.measure == "role"]
    quotes = [c for c in extract_people(text, split_sentences(text)) if c.measure == "quote"]
    assert all(c.attrs["rule"] != "quote.pronoun" for c in quotes)


@pytest.mark.parametrize(
    ("name", "mention", "expected"),
    [
        ("William Ruto", ["ruto"], True),
        ("Edgard Leblanc Fils", ["leblanc", "fils"], True),
        ("Eloy Alfaro de Alba", ["alfaro"], True),
        ("Garry Conille", ["garry"], False),
        ("Garry Conille", ["joseph"], False),
        ("Jovenel Moïse", ["moise"], True),
    ],
)
def test_person_matches_surname_forms(name: str, mention: list[str], expected: bool) -> None:
    assert Person(name).matches(mention) is expected


def test_empty_and_blank_text() -> None:
    assert extract_people("", []) == []
    assert extract_people("   \n  ", [(0, 3)]) == []


def test_model_person_spans_anchor_names_the_rules_miss(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Nadège Moïse now sleeps in a school. “We lost everything,” she said."
    assert not [c for c in extract_people(text, split_sentences(text)) if c.measure == "quote"]
    start = text.index("Nadège")
    monkeypatch.setattr(people, "model_person_spans", lambda t: [(start, start + len("Nadège Moïse"))])
    claims = extract_people(text, split_sentences(text))
    quotes = [(c.subject, c.value) for c in claims if c.measure == "quote"]
    assert quotes == [("Nadège Moïse", "We lost everything,")]


# --- own articles -----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.stem)
def test_own_articles(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    got = {(c.measure, c.subject, c.value) for c in extract_people(text, split_sentences(text))}
    expected = {tuple(x) for x in json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))}
    assert got == expected


# --- dev corpus floor, with the matching rules of corpus/README.md ---------------------------------


def _fold(text: object) -> str:
    text = unicodedata.normalize("NFKD", str(text))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def _token_f1(a: object, b: object) -> float:
    ta, tb = re.findall(r"\w+", _fold(a)), re.findall(r"\w+", _fold(b))
    common: dict[str, int] = defaultdict(int)
    for t in ta:
        common[t] += 1
    overlap = 0
    for t in tb:
        if common[t] > 0:
            overlap += 1
            common[t] -= 1
    if not overlap:
        return 0.0
    p, r = overlap / len(tb), overlap / len(ta)
    return 2 * p * r / (p + r)


def _surname(subject: object) -> str:
    tokens = re.findall(r"[\w']+", _fold(subject))
    return tokens[-1] if tokens else ""


def _match(gold: list[dict], got: list[dict]) -> int:
    pairs = sorted(
        (
            (_token_f1(g["value"], c["value"]), i, j)
            for i, g in enumerate(gold)
            for j, c in enumerate(got)
            if _surname(g["subject"]) == _surname(c["subject"])
        ),
        reverse=True,
    )
    used_g: set[int] = set()
    used_c: set[int] = set()
    for f1, i, j in pairs:
        if f1 >= 0.6 and i not in used_g and j not in used_c:
            used_g.add(i)
            used_c.add(j)
    return len(used_g)


def _with_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the real optional model, when it is installed
    monkeypatch.setenv(people.MODEL_ENV, "auto")


def _model_installed() -> bool:
    return any(people._load_model(name) is not None for name in people._MODEL_PACKAGES)


@pytest.mark.skipif(not DEV.is_dir(), reason="shared dev corpus not present")
@pytest.mark.parametrize(
    "model",
    [
        False,
        pytest.param(
            True,
            marks=pytest.mark.skipif(not _model_installed(), reason="optional spaCy model not installed"),
        ),
    ],
    ids=["rules", "model"],
)
@pytest.mark.parametrize(("measure", "floor"), [("quote", 0.95), ("role", 0.95)])
def test_dev_corpus_floor(measure: str, floor: float, model: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if model:
        _with_model(monkeypatch)
    tp = n_gold = n_got = 0
    for gold_path in sorted(DEV.glob("*.gold.json")):
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        body = text.split("\n\n", 1)[1]  # drop the Key: value header
        gold = [g for g in json.loads(gold_path.read_text(encoding="utf-8")) if g["measure"] == measure]
        got = [c.model_dump() for c in extract_people(body, split_sentences(body)) if c.measure == measure]
        tp += _match(gold, got)
        n_gold += len(gold)
        n_got += len(got)
    precision, recall = tp / max(n_got, 1), tp / max(n_gold, 1)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    assert f1 >= floor, f"{measure}: P {precision:.3f} R {recall:.3f} F1 {f1:.3f}"


@pytest.mark.parametrize(
    ("setting", "expected"),
    [("", ()), ("off", ()), ("auto", people._MODEL_PACKAGES), ("en_core_web_md", ("en_core_web_md",))],
)
def test_the_statistical_model_is_opt_in(
    setting: str, expected: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(people.MODEL_ENV, setting)
    assert people.wanted_models() == expected
