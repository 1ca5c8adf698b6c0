"""Families the French and Spanish packs read in the forty-third round. Each is tested with sentences
written for it, none taken from a set, and fails on the packs before the round (a `git archive`
export of 0bb98068), unless marked as a guard."""

from __future__ import annotations

from lang_reading import ES, FR, of

# -- a place taken, or attacked by named attackers, is the event's, not the toll's ----------------


def test_depuis_la_prise_de_leaves_the_toll_to_the_lead_in() -> None:
    text = (
        "Dans le département de l'Artibonite, plus de 40 000 personnes ont été déplacées "
        "depuis la prise de Liancourt, début mai."
    )
    assert ("Artibonite", 40000) in of(text, FR, "displaced")


def test_tras_la_caida_de() -> None:
    text = "En el departamento del Oeste, unas 12.000 personas huyeron tras la caída de Kenscoff en marzo."
    assert ("Ouest", 12000) in of(text, ES, "displaced")


def test_attacks_with_their_attackers_named_before_the_targets() -> None:
    text = (
        "En el departamento del Artibonito, al menos 90 personas murieron en abril tras los ataques "
        "de la banda Gran Grif contra Liancourt, Verrettes y Petite-Rivière."
    )
    assert ("Artibonite", 90) in of(text, ES, "killed")


def test_departamento_names_its_department_without_de() -> None:
    text = "En el departamento Artibonito, más de 60.000 personas siguen desplazadas."
    assert ("Artibonite", 60000) in of(text, ES, "displaced")


def test_guard_a_single_place_taken_without_another_place_stays() -> None:
    # (guard: no lead-in, the taken town is the only place the sentence names)
    text = "Plus de 5 000 habitants ont fui depuis la prise de Liancourt par les gangs."
    assert ("Liancourt", 5000) in of(text, FR, "displaced")


# -- thousands grouped by an apostrophe, as Swiss French writes them ----------------------------------


def test_apostrophe_groups_thousands() -> None:
    text = "Au 31 mai, la mission comptait 12'450 militaires et 1'730 policiers sur le terrain."
    assert ("military", 12450) in of(text, FR, "personnel.deployed")
    assert ("police", 1730) in of(text, FR, "personnel.deployed")


def test_typographic_apostrophe_groups_thousands_in_a_ceiling() -> None:
    text = "Le Conseil a fixé l'effectif autorisé à 9’800 militaires."
    assert ("military", 9800) in of(text, FR, "personnel.target")


def test_guard_an_elided_article_before_a_number_is_no_group() -> None:
    # (guard: "l'an 2000", "d'1 000" keep their own figures)
    text = "Au 31 mai, la mission comptait 2 000 militaires, d'après le rapport de l'an 2024."
    assert ("military", 2000) in of(text, FR, "personnel.deployed")


# -- a count in brackets after a country, its qualifier inside; a label of contributors ---------------


def test_qualified_counts_in_brackets_after_countries() -> None:
    text = (
        "Le Bangladesh fournit le plus gros contingent de la mission, avec quelque 1 800 soldats, "
        "devant le Népal (environ 1 100) et le Ghana (un peu plus de 700)."
    )
    got = of(text, FR, "personnel.deployed")
    assert ("Nepal", 1100) in got
    assert ("Ghana", 700) in got


def test_a_label_of_contributors_and_its_bracketed_counts() -> None:
    text = "• Principaux contributeurs : le Népal (environ 1 100), le Ghana (quelque 700), le Sénégal (600)."
    got = of(text, FR, "personnel.deployed")
    assert {("Nepal", 1100), ("Ghana", 700), ("Senegal", 600)} <= got


def test_mayores_contingentes_with_qualifiers() -> None:
    text = "• Mayores contingentes: Nepal (unos 1.100), Ghana (algo más de 700) y Senegal (cerca de 600)."
    got = of(text, ES, "personnel.deployed")
    assert {("Nepal", 1100), ("Ghana", 700), ("Senegal", 600)} <= got


def test_guard_a_label_of_no_personnel_gives_no_count() -> None:
    # (guard: no personnel or contributor noun before the list)
    text = "• Réfugiés accueillis : le Tchad (environ 1 100), le Cameroun (quelque 700)."
    assert not of(text, FR, "personnel.deployed")


# -- a list named as the donors by a copula, or as among them -----------------------------------------


def _donors(text: str, language: str) -> set[tuple[object, object]]:
    from lang_reading import read

    return {(c.subject, c.value) for c in read(text, language) if c.measure == "donor"}


def test_entre_los_donantes_que_anunciaron_figuran() -> None:
    text = "Entre los donantes que anunciaron aportaciones figuran Noruega, Suecia y Japón."
    assert {("Norway", "pledged"), ("Sweden", "pledged"), ("Japan", "pledged")} <= _donors(text, ES)


def test_los_principales_donantes_han_sido() -> None:
    text = "Los principales donantes del plan han sido Noruega, Suecia y Japón."
    assert {("Norway", "paid"), ("Japan", "paid")} <= _donors(text, ES)


def test_figurent_parmi_les_pays_qui_ont_annonce_des_contributions() -> None:
    text = (
        "Le Conseil a autorisé la nouvelle force de la MMAS. La Norvège, la Suède et le Japon figurent "
        "parmi les pays qui ont annoncé des contributions au fonds de la MMAS, selon un diplomate."
    )
    got = _donors(text, FR)
    assert ("Norway", "pledged") in got or ("Japan", "pledged") in got


def test_guard_a_donor_noun_without_a_copula_names_no_list() -> None:
    # (guard: the countries are the subject of their own verb, the noun no copula's)
    text = "Entre los donantes, Noruega y Suecia criticaron el retraso del informe."
    assert not _donors(text, ES)


# -- contributors cited after their noun ("citant notamment", "au premier rang desquels") ------------


def _contributors(text: str, language: str) -> set[tuple[object, object]]:
    from lang_reading import read

    return {(c.subject, c.value) for c in read(text, language) if c.measure == "contributor"}


def test_citant_notamment_after_the_contributors_noun() -> None:
    text = (
        "La représentante a salué les pays fournisseurs de contingents, "
        "citant notamment le Népal, le Ghana et le Sénégal."
    )
    assert {("Nepal", "deployed"), ("Ghana", "deployed"), ("Senegal", "deployed")} <= _contributors(text, FR)


def test_au_premier_rang_desquels() -> None:
    text = "Le ministre a remercié les pays contributeurs, au premier rang desquels le Népal et le Ghana."
    assert ("Nepal", "deployed") in _contributors(text, FR)


def test_citando_en_particular_a() -> None:
    text = (
        "La representante agradeció a los países contribuyentes, "
        "citando en particular a Nepal, Ghana y Senegal."
    )
    assert {("Nepal", "deployed"), ("Senegal", "deployed")} <= _contributors(text, ES)
