"""Families the French and Spanish packs read in the twenty-seventh round (after fr30/es30 were
opened). Each is tested with sentences written for it, none taken from a set, and fails on the packs
before the round (a `git archive` export of afe0ac53), unless marked as a guard."""

from __future__ import annotations

from functools import partial

import lang_reading
import pytest
from lang_reading import ES, FR

read = partial(lang_reading.read, published="2025-10-20")
of = partial(lang_reading.of, published="2025-10-20")


# -- a ceiling carries over to the parts coordinated with it or listed after a colon ----------------


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        (
            "La resolución permite a la misión tener hasta 9.000 militares y 1.200 policías durante un año.",
            ES,
            {9_000, 1_200},
        ),
        ("El Consejo le permitió desplegar hasta 9.000 militares y 1.200 policías.", ES, {9_000, 1_200}),
        (
            "Le texte permet à la nouvelle force de compter jusqu'à 9 000 militaires et 1 200 policiers.",
            FR,
            {9_000, 1_200},
        ),
    ],
)
def test_what_a_force_is_permitted_to_hold_is_its_ceiling(text: str, language: str, values: set[int]) -> None:
    claims = read(text, language)
    assert values <= {c.value for c in claims if c.measure == "personnel.target"}
    assert not {c.value for c in claims if c.measure == "personnel.deployed"} & values
    assert all(c.qualifier == "at_most" for c in claims if c.measure == "personnel.target")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La mission est créée pour un an, avec un effectif maximal de 3 000 personnes : "
            "2 800 membres en uniforme et 200 civils.",
            FR,
        ),
        (
            "La mission est créée pour un an, avec un effectif maximal de 3 000 personnes : "
            "2 800 membres en uniforme, militaires et policiers, et 200 civils.",
            FR,
        ),
    ],
)
def test_the_parts_of_a_ceiling_after_a_colon_are_ceilings(text: str, language: str) -> None:
    claims = read(text, language)
    targets = {(c.subject, c.value) for c in claims if c.measure == "personnel.target"}
    assert {("uniformed", 2_800), ("civilian", 200)} <= targets
    assert not [c for c in claims if c.measure == "personnel.deployed"]


def test_guard_a_spanish_ceiling_split_after_a_colon() -> None:
    # guard: the Spanish categories already split a ceiling after a colon
    text = "La misión tendrá un techo de 3.000 personas: 2.800 uniformados y 200 civiles."
    assert {("uniformed", 2_800), ("civilian", 200)} <= of(text, ES, "personnel.target")


def test_guard_a_pledge_split_after_a_colon_stays_a_pledge() -> None:
    # guard: a colon's breakdown keeps the measure of the figure it splits, whatever it is
    pledged = of("Le Bénin a promis 900 hommes : 700 militaires et 200 policiers.", FR, "personnel.pledged")
    assert {v for _s, v in pledged} == {900, 700, 200}


def test_guard_a_national_authorisation_of_a_sending_keeps_its_country() -> None:
    # guard: "l'emploi de jusqu'à N" after a country's authorisation is that country's, not a category's
    text = "Le Bénin avait autorisé en mars 2024 l'emploi de jusqu'à 900 soldats."
    assert of(text, FR, "personnel.target") == {("Benin", 900)}


def test_guard_a_force_that_holds_people_today_is_its_strength() -> None:
    # guard: with no grant nor "up to", holding is the strength
    text = "La misión cuenta hoy con 900 efectivos y 120 civiles."
    assert (None, 900) in of(text, ES, "personnel.deployed")


# -- a sum its own words say was pledged is a pledge -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "pledged", "paid"),
    [
        (
            "Le fonds avait reçu 40 millions de dollars, sur un total de 70 millions de dollars "
            "de contributions annoncées.",
            FR,
            70_000_000,
            40_000_000,
        ),
        (
            "El fondo había recibido 40 millones de dólares, de un total de 70 millones de dólares "
            "en contribuciones anunciadas.",
            ES,
            70_000_000,
            40_000_000,
        ),
        (
            "Le fonds avait reçu 40 millions de dollars, alors que les annonces de contributions "
            "atteignaient 70 millions.",
            FR,
            70_000_000,
            40_000_000,
        ),
        (
            "Financement : 70 millions de dollars promis au fonds de la mission, dont 40 millions "
            "effectivement reçus.",
            FR,
            70_000_000,
            40_000_000,
        ),
        (
            "Financiación: 70 millones de dólares prometidos al fondo, de los cuales 40 millones "
            "efectivamente recibidos.",
            ES,
            70_000_000,
            40_000_000,
        ),
    ],
)
def test_a_sum_told_as_pledged_is_a_pledge(text: str, language: str, pledged: int, paid: int) -> None:
    claims = read(text, language)
    assert pledged in {c.value for c in claims if c.measure == "funding.pledged"}
    assert pledged not in {c.value for c in claims if c.measure == "funding.contributed"}
    assert paid in {c.value for c in claims if c.measure == "funding.contributed"}


def test_guard_the_whole_of_a_pledged_sum_paid_is_a_payment() -> None:
    # guard: "la totalité des N annoncés" after a verb of paying is what was paid
    text = "Le Japon a versé la totalité des 30 millions de dollars annoncés l'an dernier pour la mission."
    assert ("Japan", 30_000_000) in of(text, FR, "funding.contributed")


def test_guard_money_engaged_is_not_read_as_pledged() -> None:
    # guard: "engagés" is as often spent as promised; the verb of paying keeps the sum
    text = "Le Japon a versé 30 millions de dollars, engagés depuis 2022 pour former la police."
    assert ("Japan", 30_000_000) in of(text, FR, "funding.contributed")


# -- a live page's correction names the entry it corrects in a sentence of its own --------------------


def test_what_we_wrote_in_an_earlier_entry_is_withdrawn_fr() -> None:
    text = (
        "17 h 50 – CORRECTION. Dans notre entrée de 11 h 20, nous avions écrit que neuf soldats kényans "
        "avaient été tués. Le bilan est de onze soldats tués."
    )
    killed = {v for _s, v in of(text, FR, "killed")}
    assert 9 not in killed
    assert 11 in killed


def test_what_we_wrote_in_an_earlier_entry_is_withdrawn_es() -> None:
    text = (
        "14:05 | Corrección\n"
        "En la entrada de las 10:20 escribimos que habían llegado 80 militares salvadoreños. "
        "La cifra correcta es ocho."
    )
    assert 80 not in {c.value for c in read(text, ES)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El Consejo prorrogó el mandato de la misión hasta el 31 de marzo de 2026. Corrección: en una "
            "versión anterior de esta entrada indicamos que la prórroga llegaba hasta enero de 2026.",
            ES,
        ),
        (
            "Le Conseil a prorogé le mandat de la mission jusqu'au 31 mars 2026. Rectificatif : une version "
            "précédente indiquait par erreur que le mandat courait jusqu'au 31 janvier 2026.",
            FR,
        ),
    ],
)
def test_an_end_a_correction_withdraws_is_no_expiry(text: str, language: str) -> None:
    assert {v for _s, v in of(text, language, "mandate.expiry")} == {"2026-03-31"}


def test_guard_an_entry_word_with_no_we_wrote_withdraws_nothing() -> None:
    # guard: "l'entrée en vigueur" opens no correction without a verb of what we wrote
    text = "Le Bénin, dont l'entrée dans la force est prévue en mars, enverra 300 policiers."
    assert ("Benin", 300) in of(text, FR, "personnel.pledged")


# -- missions named short, as their own region's press names them ------------------------------------


@pytest.mark.parametrize(
    ("text", "mission"),
    [
        (
            "La nueva fuerza para Haití tendrá 5.500 efectivos. En Colombia, Perú mantiene 9 observadores "
            "en la Misión de Verificación de las Naciones Unidas.",
            "UNVMC",
        ),
        (
            "La nueva fuerza para Haití tendrá 5.500 efectivos. Perú aporta 9 observadores a la Misión de "
            "Verificación, cuyo mandato vence en octubre.",
            "UNVMC",
        ),
        (
            "La nueva fuerza para Haití tendrá 5.500 efectivos. Perú mantiene 9 militares en la Fuerza "
            "Provisional de la ONU en el Líbano.",
            "UNIFIL",
        ),
    ],
)
def test_a_mission_named_short_in_spanish(text: str, mission: str) -> None:
    assert {c.mission for c in read(text, ES) if c.value == 9} == {mission}


# -- a total told now, after the batch that made it, is the strength ----------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Perú envió a los primeros diez elementos el 3 de enero; hoy son 40.", 40),
        ("Con el arribo del segundo grupo este sábado, ya son 160 los militares peruanos en la misión.", 160),
        ("El 8 de diciembre llegaron 200 kenianos más y la fuerza subió a 1.100.", 1_100),
    ],
)
def test_a_total_told_now_after_a_batch_is_the_strength(text: str, value: int) -> None:
    claims = read(text, ES)
    assert value in {c.value for c in claims if c.measure == "personnel.deployed"}
    assert value not in {c.value for c in claims if c.measure == "personnel.arrived"}


def test_guard_a_total_planned_after_a_pledge_is_no_strength() -> None:
    # guard: "pasará de los actuales 150 a 250" after a sending to come is the plan, not the strength
    text = "Perú enviará 100 policías más, con lo que su contingente pasará de los actuales 150 a 250."
    assert 250 not in {v for _s, v in of(text, ES, "personnel.deployed")}


# -- the speaker's own group counted is the contingent the article follows ---------------------------


@pytest.mark.parametrize(
    ("text", "language", "owned"),
    [
        (
            "Entretien avec la commandante sénégalaise à Bangui. Notre unité compte 140 policiers.",
            FR,
            ("Senegal", 140),
        ),
        (
            "Entretien avec le colonel béninois. Nous y maintenons deux compagnies, soit 300 soldats.",
            FR,
            ("Benin", 300),
        ),
        (
            "Comparecencia sobre el contingente peruano. Nuestro contingente, de unos 670 militares, "
            "seguirá desplegado en la FINUL.",
            ES,
            ("Peru", 670),
        ),
    ],
)
def test_the_speakers_own_group_is_the_contingent_followed(
    text: str, language: str, owned: tuple[str, int]
) -> None:
    assert owned in of(text, language, "personnel.deployed")


def test_guard_a_country_named_after_our_words_owns_its_count() -> None:
    # guard: "notre pays soutient le Kenya, qui compte 400 policiers": Kenya's, not the speaker's
    text = "Entretien avec le ministre béninois. Notre pays soutient le Kenya, qui compte 400 policiers."
    assert ("Benin", 400) not in of(text, FR, "personnel.deployed")


def test_the_women_among_a_count_told_as_a_round_number_are_a_part() -> None:
    text = "Le contingent, 140 policiers dont une quarantaine de femmes, est rentré à Dakar."
    assert 40 not in {c.value for c in read(text, FR)}


# -- the country a cost is told for bears it -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El coste de la operación para Perú en 2025 se estima en 65 millones de dólares.", ES),
        ("Le coût de l'opération pour le Pérou en 2025 est estimé à 65 millions de dollars.", FR),
    ],
)
def test_a_cost_told_for_a_country_is_its_own(text: str, language: str) -> None:
    assert ("Peru", 65_000_000) in of(text, language, "funding.required")


def test_guard_a_cost_for_a_purpose_has_no_country() -> None:
    # guard: "pour la formation" names no country; the sum keeps no owner
    text = "Le coût du programme pour la formation de la police est estimé à 65 millions de dollars."
    assert (None, 65_000_000) in of(text, FR, "funding.required")
