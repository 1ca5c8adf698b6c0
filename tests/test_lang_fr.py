"""The French pack: number and date grammar, verb classes with modality, Council wording, quotes
and roles, on sentences written for these tests; and its floor on tests/fixtures/fr-dev."""

from __future__ import annotations

from pathlib import Path

import pytest

from missionwatch.nlp import extract
from missionwatch.nlp.evaluate import evaluate
from missionwatch.nlp.lang.dates import find_dates
from missionwatch.nlp.lang.fr import grammar
from missionwatch.nlp.lang.numbers import find_figures

FIXTURES = Path(__file__).parent / "fixtures"
PUB = "2024-10-02"  # a Wednesday


def claims(text: str, published: str = PUB) -> list[tuple[object, ...]]:
    return [(c.measure, c.subject, c.value) for c in extract(text, published, language="fr")]


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("1 000 policiers", 1000, None, "exact"),
        ("1\u202f000 policiers", 1000, None, "exact"),
        ("1.000 policiers", 1000, None, "exact"),
        ("2,5 millions de dollars", 2_500_000, "USD", "exact"),
        ("400 MUSD", 400_000_000, "USD", "exact"),
        ("3 000 000 gourdes", 3_000_000, "HTG", "exact"),
        ("1,2 milliard de gourdes", 1_200_000_000, "HTG", "exact"),
        ("300 millions de dollars canadiens", 300_000_000, "CAD", "exact"),
        ("80 %", 80, "percent", "exact"),
        ("80 pour cent", 80, "percent", "exact"),
        ("quatre cents agents", 400, None, "exact"),
        ("environ 410 agents", 410, None, "approx"),
        ("plus de 700 000 personnes", 700_000, None, "at_least"),
        ("jusqu'à 5 550 personnels", 5550, None, "at_most"),
    ],
)
def test_numbers(text: str, value: int, unit: str | None, qualifier: str) -> None:
    (fig,) = find_figures(text, grammar(), [])
    assert (fig.value, fig.unit, fig.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize("text", ["des centaines de policiers", "des milliers de déplacés", "un policier"])
def test_vague_amounts_and_articles_are_no_figures(text: str) -> None:
    assert find_figures(text, grammar(), []) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("le 30 septembre 2024", "2024-09-30"),
        ("le 1er octobre", "2024-10-01"),
        ("le mardi 2 octobre 2023", "2023-10-02"),
        ("lundi", "2024-09-30"),
        ("hier", "2024-10-01"),
        ("la semaine dernière", "2024-09"),
        ("le mois dernier", "2024-09"),
        ("l'an dernier", "2023-12-31"),
        ("en février 2025", "2025-02"),
        ("fin mars 2025", "2025-03-31"),
        ("le plan pour 2024", "2024-12-31"),
    ],
)
def test_dates(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, grammar(), PUB)] == [value]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le Kenya a déployé 400 policiers en Haïti.", ("personnel.deployed", "Kenya", 400)),
        ("Le Kenya déploiera 600 agents supplémentaires.", ("personnel.pledged", "Kenya", 600)),
        ("Le Bénin a promis 2 000 soldats.", ("personnel.pledged", "Benin", 2000)),
        ("La Jamaïque a envoyé mardi 24 soldats.", ("personnel.arrived", "Jamaica", 24)),
        ("Quelque 200 policiers kényans sont rentrés à Nairobi.", ("personnel.returned", "Kenya", 200)),
        (
            "Le Canada a versé 80 millions de dollars canadiens.",
            ("funding.contributed", "Canada", 80_000_000),
        ),
        ("Le Canada versera 80 millions de dollars.", ("funding.pledged", "Canada", 80_000_000)),
        ("La mission nécessite 600 millions de dollars par an.", ("funding.required", None, 600_000_000)),
        (
            "Les États-Unis ont gelé 15 millions de dollars.",
            ("funding.withheld", "United States", 15_000_000),
        ),
        ("Au moins 115 personnes ont été tuées à Pont-Sondé.", ("killed", "Pont-Sondé", 115)),
        ("Près de 6 000 habitants ont fui Pont-Sondé.", ("displaced", "Pont-Sondé", 6000)),
        ("Les gangs contrôlent 85 % de la capitale.", ("gang_control", "Port-au-Prince", 85)),
    ],
)
def test_a_figure_takes_the_measure_of_its_verb_class(sentence: str, expected: tuple[object, ...]) -> None:
    assert claims("Titre\n\n" + sentence) == [expected]


def test_people_are_not_personnel_and_vote_counts_are_no_figures() -> None:
    assert (
        claims(
            "Titre\n\nLes 15 membres du Conseil ont voté le texte. "
            "Quelque 5 000 personnes ont envoyé des lettres."
        )
        == []
    )


def test_a_breakdown_keeps_its_total_s_measure_and_names_its_parts() -> None:
    got = claims(
        "Titre\n\nLa force pourra compter jusqu'à 5 550 personnels, dont 5 500 en uniforme et 50 civils."
    )
    assert got == [
        ("personnel.target", None, 5550),
        ("personnel.target", "uniformed", 5500),
        ("personnel.target", "civilian", 50),
    ]


COUNCIL = """Le Conseil renouvelle la mission

Le Conseil de sécurité a adopté lundi la résolution 2751 par 13 voix pour, zéro contre et 2 abstentions. \
La Chine et la Russie se sont abstenues. Le texte, présenté par les États-Unis et l'Équateur, proroge \
le mandat de la mission multinationale dirigée par le Kenya jusqu'au 2 octobre 2025, \
pour une période de 12 mois.
"""


def test_council_wording() -> None:
    got = {(c.measure, c.subject, c.value, c.mission) for c in extract(COUNCIL, PUB, language="fr")}
    assert got >= {
        ("council.adopted", "2751", "2024-09-30", "MSS"),
        ("council.vote", "2751", "13-0-2", "MSS"),
        ("council.member_vote", "China", "abstain", "MSS"),
        ("council.member_vote", "Russia", "abstain", "MSS"),
        ("council.penholder", "United States", 2751, "MSS"),
        ("council.penholder", "Ecuador", 2751, "MSS"),
        ("mandate.expiry", None, "2025-10-02", "MSS"),
        ("mandate.duration", None, 12, "MSS"),
        ("mission.lead", "Kenya", "MSS", "MSS"),
    }


def test_unanimity_is_all_fifteen() -> None:
    got = claims("Titre\n\nLe Conseil de sécurité a adopté à l'unanimité la résolution 2751 lundi.")
    assert ("council.vote", "2751", "15-0-0") in got


QUOTES = """Titre

« Nous resterons tant que la police aura besoin de nous », a déclaré la porte-parole Amina Wekesa.

Un habitant parle de « gangs ».

— Les écoles sont fermées depuis des mois, a dit Rose Joseph, directrice d'école à Delmas.

« La sécurité revient lentement », a-t-elle ajouté.
"""


def test_quotes_in_guillemets_and_dialogue_dashes_with_their_speakers() -> None:
    got = [(c.subject, c.value) for c in extract(QUOTES, PUB, language="fr") if c.measure == "quote"]
    assert got == [
        ("Amina Wekesa", "Nous resterons tant que la police aura besoin de nous"),
        ("Rose Joseph", "Les écoles sont fermées depuis des mois"),
        ("Rose Joseph", "La sécurité revient lentement"),
    ]


def test_roles_keep_the_title_as_written() -> None:
    text = QUOTES + "\nLe Premier ministre Garry Conille a reçu la délégation.\n"
    got = {(c.subject, c.value) for c in extract(text, PUB, language="fr") if c.measure == "role"}
    assert got == {
        ("Amina Wekesa", "porte-parole"),
        ("Rose Joseph", "directrice d'école à Delmas"),
        ("Garry Conille", "Premier ministre"),
    }


def test_claims_say_which_pack_read_them_and_quote_their_sentence() -> None:
    text = "Titre\n\nLe Kenya a déployé 400 policiers en Haïti."
    (c,) = extract(text, PUB, language="fr")
    assert (c.extractor, c.extractor_version) == ("missionwatch-fr", "0.1.0")
    assert c.sentence in text and text[c.start : c.end] == "400 policiers"[:3] + text[c.start + 3 : c.end]


def test_fr_dev_floor() -> None:
    lenient = evaluate(FIXTURES / "fr-dev").micro
    strict = evaluate(FIXTURES / "fr-dev", strict=True).micro
    floors = (0.95, 0.95, 0.9)
    assert all(a >= b for a, b in zip((lenient.f1, lenient.precision, strict.f1), floors, strict=True)), (
        lenient,
        strict,
    )


def test_abstainers_in_brackets_a_tally_without_against_and_a_delegation_speaking() -> None:
    text = (
        "Titre\n\nLe 2 octobre 2023, le Conseil de sécurité adoptait la résolution 2699 par 13 voix pour et "
        "2 abstentions (Chine et Fédération de Russie). La Fédération de Russie a dénoncé un texte « rédigé "
        "sans consulter Port-au-Prince »."
    )
    got = {(c.measure, c.subject, c.value) for c in extract(text, "2023-10-03", language="fr")}
    assert got >= {
        ("council.adopted", "2699", "2023-10-02"),
        ("council.vote", "2699", "13-0-2"),
        ("council.member_vote", "China", "abstain"),
        # spelled out in full, the member keeps its UN name, as the golds write it (39 times to 0)
        ("council.member_vote", "Russian Federation", "abstain"),
        ("quote", "Russian Federation", "rédigé sans consulter Port-au-Prince"),
    }


def test_a_planned_strength_is_a_target() -> None:
    assert claims("Titre\n\nLa mission compte 800 agents, loin des 2 500 prévus.") == [
        ("personnel.deployed", None, 800),
        ("personnel.target", None, 2500),
    ]


def test_delegations_pronoun_incises_and_copula_roles() -> None:
    text = (
        "Titre\n\nLa délégation panaméenne a salué « un signal clair envoyé aux gangs ». "
        "« La force aura enfin les moyens d'agir », a-t-elle ajouté.\n\n"
        "Marie-Ange Sénat a quitté Mirebalais en mars. « On est partis avec ce qu'on avait sur le dos », "
        "raconte-t-elle.\n\nFrantz-Henri Baptiste est économiste, professeur à l'Université d'État d'Haïti."
    )
    got = {(c.measure, c.subject, c.value) for c in extract(text, PUB, language="fr")}
    assert got >= {
        ("quote", "Panama", "un signal clair envoyé aux gangs"),
        ("quote", "Panama", "La force aura enfin les moyens d'agir"),
        ("quote", "Marie-Ange Sénat", "On est partis avec ce qu'on avait sur le dos"),
        ("role", "Frantz-Henri Baptiste", "économiste"),
        ("role", "Frantz-Henri Baptiste", "professeur à l'Université d'État d'Haïti"),
    }


def test_fr1_floor() -> None:
    """The evaluators' first French set (tests/fixtures/fr1), developed on since cfcf30c."""
    if not (FIXTURES / "fr1").is_dir():
        pytest.skip("fr1 not found")
    lenient = evaluate(FIXTURES / "fr1").micro
    strict = evaluate(FIXTURES / "fr1", strict=True).micro
    floors = (0.70, 0.82, 0.56)
    assert all(a >= b for a, b in zip((lenient.f1, lenient.precision, strict.f1), floors, strict=True)), (
        lenient,
        strict,
    )


def test_statuses_of_countries_named_without_a_figure() -> None:
    text = (
        "Titre\n\nLa Jamaïque et les Bahamas se sont dits prêts à envoyer des renforts. "
        "L'Espagne et la Turquie ont promis des contributions, sans en préciser le montant."
    )
    got = {(c.measure, c.subject, c.value) for c in extract(text, PUB, language="fr")}
    assert got == {
        ("contributor", "Jamaica", "willing"),
        ("contributor", "Bahamas", "willing"),
        ("donor", "Spain", "pledged"),
        ("donor", "Türkiye", "pledged"),
    }


def test_places_of_humanitarian_figures() -> None:
    text = (
        "Titre\n\nÀ Mirebalais même, environ 45 000 habitants ont fui leur quartier, selon le coordonnateur "
        "pour le Centre.\n\nDans l'Ouest, au moins 1 240 personnes ont été tuées, dont plus de 1 000 dans la "
        "zone métropolitaine de Port-au-Prince.\n\nLa violence a chassé plus de 700 000 Haïtiens de chez eux."
    )
    assert claims(text) == [
        ("displaced", "Mirebalais", 45_000),
        ("killed", "Ouest", 1240),
        ("killed", "Port-au-Prince", 1000),
        ("displaced", "Haiti", 700_000),
    ]


def test_an_unnamed_speaker_described_after_the_verb_and_a_second_quotation_of_the_sentence() -> None:
    from missionwatch.nlp import extract

    text = (
        "« Ce texte arrive trop tard », a déclaré un diplomate européen à la sortie de la salle, en "
        "ajoutant que Paris et Berlin voulaient « aller beaucoup plus vite cette fois ».\n"
    )
    got = [(c.subject, c.value) for c in extract(text, "2025-09-30", language="fr") if c.measure == "quote"]
    assert got == [
        ("un diplomate européen", "Ce texte arrive trop tard"),
        ("un diplomate européen", "aller beaucoup plus vite cette fois"),
    ], got
