"""Families the French and Spanish packs read in the thirty-second round (after fr35/es35 were
opened). Each is tested with sentences written for it, none taken from a set, and fails on the packs
before the round (a `git archive` export of 93123562), unless marked as a guard."""

from __future__ import annotations

from functools import partial

import lang_reading
from lang_reading import ES, FR

of = partial(lang_reading.of, published="2025-11-20")


# -- a count shared "entre" several categories is of none of them ----------------------------------


def test_a_count_shared_among_categories_has_no_category_es() -> None:
    assert of(
        "La misión de la ONU en el Sáhara Occidental cuenta hoy con unos 310 efectivos entre "
        "observadores militares, policías y personal civil.",
        ES,
        "personnel.deployed",
    ) == {(None, 310)}


def test_a_count_shared_between_two_categories_has_no_category_fr() -> None:
    assert of(
        "Le bureau compte aujourd'hui quelque 520 membres entre civils et policiers, répartis dans "
        "douze antennes.",
        FR,
        "personnel.deployed",
    ) == {(None, 520)}


def test_a_count_its_own_noun_names_keeps_its_category() -> None:  # guard
    assert of(
        "La misión cuenta con unos 260 civiles entre personal internacional y local.",
        ES,
        "personnel.deployed",
    ) == {("civilian", 260)}


# -- a word of majority before a place makes it a part of the toll, not its place -------------------


def test_a_toll_mostly_in_a_department_is_the_country_s_fr() -> None:
    assert of(
        "Selon les chiffres du BINUH, au moins 640 personnes ont été tuées entre juillet et "
        "septembre, pour l'essentiel dans le département de l'Artibonite.",
        FR,
        "killed",
    ) == {("Haiti", 640)}


def test_a_toll_mostly_in_a_department_is_the_country_s_es() -> None:
    assert of(
        "Según la BINUH, al menos 640 personas fueron asesinadas entre julio y septiembre, en su gran "
        "mayoría en el departamento de Artibonite.",
        ES,
        "killed",
    ) == {("Haiti", 640)}


def test_a_toll_in_a_department_stays_the_department_s() -> None:  # guard
    assert of(
        "Selon le BINUH, au moins 640 personnes ont été tuées entre juillet et septembre dans le "
        "département de l'Artibonite.",
        FR,
        "killed",
    ) == {("Artibonite", 640)}


# -- one of several places attacks hit is no toll's place when the sentence names its region --------


def test_a_toll_of_attacks_on_two_towns_is_the_department_s_fr() -> None:
    assert of(
        "Selon le BINUH, dans le département du Centre, les attaques contre Mirebalais et Lascahobas "
        "ont fait au moins 210 morts au cours du trimestre.",
        FR,
        "killed",
    ) == {("Centre", 210)}


def test_a_toll_of_attacks_on_a_town_and_its_surroundings_is_the_department_s_es() -> None:
    assert of(
        "Según la BINUH, la violencia llegó al departamento del Centro, donde al menos 210 personas "
        "murieron en ataques contra Lascahobas y localidades cercanas.",
        ES,
        "killed",
    ) == {("Centre", 210)}


def test_a_toll_of_attacks_on_one_town_stays_the_town_s() -> None:  # guard
    assert of(
        "Selon le BINUH, dans le département du Centre, les attaques contre Mirebalais ont fait au "
        "moins 210 morts.",
        FR,
        "killed",
    ) == {("Mirebalais", 210)}


def test_a_toll_of_attacks_on_several_places_with_no_region_keeps_a_place() -> None:  # guard
    assert of(
        "Según la BINUH, al menos 210 personas murieron en ataques contra Lascahobas y localidades cercanas.",
        ES,
        "killed",
    ) == {("Lascahobas", 210)}


# -- verbs of manner that tell a quotation's speaker after it --------------------------------------


def _speaker(text: str) -> set[object]:
    return {c.subject for c in lang_reading.read(text, FR, "2024-10-11") if c.measure == "quote"}


def test_souffle_after_a_quotation_names_its_speaker() -> None:
    assert _speaker(
        "Le maire Jean Dupont a parlé hier.\n\n« Ils viennent, ils repartent et reviennent le soir », "
        "souffle un chauffeur de moto-taxi qui a requis l'anonymat."
    ) == {"un chauffeur de moto-taxi"}


def test_tonne_note_and_sourit_after_a_quotation_name_its_speaker() -> None:
    assert _speaker(
        "Le ministre Paul Martin a répondu.\n\n« On ne peut pas envoyer nos enfants si loin sans "
        "garanties », tonne Hervé Adjovi-Sossou, député de l'opposition."
    ) == {"Hervé Adjovi-Sossou"}
    assert _speaker(
        "Le ministre Paul Martin a répondu.\n\n« La mission n'a pas vocation à rester éternellement "
        "sur place », note Albert Kabongo-Mwamba, chercheur à Kinshasa."
    ) == {"Albert Kabongo-Mwamba"}
    assert _speaker(
        "Le ministre Paul Martin a répondu.\n\n« On leur fait signe, et ils nous répondent parfois », "
        "sourit Nadège Pierre-Paul, infirmière bénévole."
    ) == {"Nadège Pierre-Paul"}


# -- a country that leads a mission in an active clause --------------------------------------------


def _lead(text: str) -> set[tuple[object, object]]:
    return of(text, FR, "mission.lead")


def test_a_country_that_leads_the_mission_in_a_relative_clause() -> None:
    assert _lead(
        "Le Kenya, qui dirige la Mission multinationale d'appui à la sécurité, a promis 1 000 policiers."
    ) == {("Kenya", "MSS")}
    assert _lead(
        "Le Kenya, qui doit prendre la tête de la Mission multinationale d'appui à la sécurité, "
        "attend le feu vert de ses juges."
    ) == {("Kenya", "MSS")}


def test_a_mission_that_a_country_leads_after_que() -> None:
    assert _lead(
        "La Mission multinationale d'appui à la sécurité, que dirige le Kenya depuis juin 2024, "
        "comptait 970 policiers."
    ) == {("Kenya", "MSS")}


def test_a_capital_that_took_the_lead_of_the_mission() -> None:
    assert _lead("Nairobi a pris la tête de la Mission multinationale d'appui à la sécurité en 2024.") == {
        ("Kenya", "MSS")
    }


def test_a_country_that_leads_a_sector_leads_no_mission() -> None:  # guard
    assert not _lead("La France, qui dirige le secteur ouest de la FINUL, a 700 soldats au Liban.")


def test_a_country_that_has_led_the_mission_in_the_perfect_es() -> None:
    assert of(
        "Kenia, que ha encabezado la Misión Multinacional de Apoyo a la Seguridad desde su despliegue, "
        "mantiene 700 policías en el país.",
        ES,
        "mission.lead",
    ) == {("Kenya", "MSS")}


# -- a count of the dead, the hurt or the fled is no mission's strength -----------------------------


def test_a_toll_of_soldiers_is_no_strength_fr() -> None:
    assert not of(
        "La MONUSCO a perdu ses hommes à Goma. Le bilan s'élève ainsi à onze soldats étrangers tués "
        "depuis mardi.",
        FR,
        "personnel.deployed",
    )


def test_killings_or_displaced_as_the_subject_are_no_strength_es() -> None:
    text = (
        "Según la BINUH, al menos 1.340 personas murieron y 410 resultaron heridas entre enero y "
        "marzo; entre abril y junio, los asesinatos superaron los 1.460."
    )
    assert not of(text, ES, "personnel.deployed")
    assert not of(
        "La diputada citó los datos de la ONU: más de 4.100 personas fueron asesinadas en Haití en "
        "2024 y, a finales de ese año, los desplazados internos eran 910.000.",
        ES,
        "personnel.deployed",
    )


def test_a_contingent_some_of_whom_were_hurt_keeps_its_strength() -> None:  # guard
    assert of(
        "Según el informe, Honduras tiene desplegados 140 efectivos en la FINUL, dos de los cuales "
        "resultaron heridos.",
        ES,
        "personnel.deployed",
    ) == {("Honduras", 140)}
