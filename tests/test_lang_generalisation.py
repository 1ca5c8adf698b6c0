"""Families the French and Spanish packs read over structure (a verb and what it governs, elision,
a clause, a list), each tested with sentences written for it, in the forms reporters use."""

from __future__ import annotations

from missionwatch.models import Claim
from missionwatch.nlp import extract

PUB = "2025-03-12"  # a Wednesday


def read(text: str, language: str, published: str = PUB) -> list[Claim]:
    return extract(text, published, language=language)


def facts(text: str, language: str, published: str = PUB) -> set[tuple[object, ...]]:
    return {(c.measure, c.subject, c.value) for c in read(text, language, published)}


def test_an_elided_word_keeps_its_class() -> None:
    """ "l'effectif", "d'envoyer": the class word is after the apostrophe."""
    got = facts("Titre\n\nCette décision porte l'effectif de la force à 1 200 personnels.", "fr")
    assert ("personnel.deployed", None, 1200) in got
    got = facts("Titre\n\nLe renfort fait passer l'effectif du contingent béninois à 640 militaires.", "fr")
    assert ("personnel.deployed", "Benin", 640) in got


def test_what_an_offer_or_a_promise_governs_is_intended() -> None:
    """An action that is the object of an offer, a promise or an authorisation is not done yet."""
    fr = (
        "Titre\n\n"
        "Le Bénin a proposé en janvier d'envoyer 2 000 soldats.\n"
        "Le Tchad se dit prêt à dépêcher 800 hommes.\n"
        "Le Rwanda a tenu sa promesse d'envoyer 300 policiers."
    )
    got = facts(fr, "fr")
    assert ("personnel.pledged", "Benin", 2000) in got
    assert ("personnel.pledged", "Chad", 800) in got
    assert ("personnel.pledged", "Rwanda", 300) in got
    assert not {f for f in got if f[0] in ("personnel.arrived", "personnel.deployed")}
    es = (
        "Titular\n\n"
        "El presidente de Honduras ofreció en octubre ante la Asamblea General enviar 120 efectivos.\n"
        "Paraguay anunció el envío de otros 60 militares."
    )
    got = facts(es, "es")
    assert ("personnel.pledged", "Honduras", 120) in got
    assert ("personnel.pledged", "Paraguay", 60) in got
    assert not {f for f in got if f[0] in ("personnel.arrived", "personnel.deployed")}


def test_a_noun_an_authorising_participle_qualifies_is_a_ceiling() -> None:
    fr = "Titre\n\nLe texte fixe l'effectif autorisé de la force à 3 000 personnes, dont 40 civils."
    got = facts(fr, "fr")
    assert ("personnel.target", None, 3000) in got
    assert ("personnel.target", "civilian", 40) in got
    assert not {f for f in got if f[0] == "personnel.deployed"}


def test_a_proportion_is_no_count() -> None:
    fr = "Titre\n\nDeux habitants sur trois ont fui, et 1 200 personnes ont été déplacées vers Hinche."
    got = facts(fr, "fr")
    assert ("displaced", "Hinche", 1200) in got
    assert not {f for f in got if f[2] in (2, 3)}
    es = "Titular\n\nTres de cada diez niños necesitan ayuda; 5.000 personas huyeron de Cité Soleil."
    got = facts(es, "es")
    assert ("displaced", "Cité Soleil", 5000) in got
    assert not {f for f in got if f[2] in (3, 10)}


def test_the_council_s_members_are_no_personnel() -> None:
    fr = "Titre\n\nLe Conseil a adopté le texte à l'unanimité de ses quinze membres."
    assert not {f for f in facts(fr, "fr") if f[0].startswith("personnel.")}
    es = "Titular\n\nLos cinco miembros permanentes del Consejo respaldaron la resolución."
    assert not {f for f in facts(es, "es") if f[0].startswith("personnel.")}
    # a force's members stay personnel
    fr = "Titre\n\nDouze membres de la police béninoise sont arrivés mardi à Port-au-Prince."
    assert {f for f in facts(fr, "fr") if f[0] == "personnel.arrived" and f[2] == 12}


def test_a_dateline_gives_no_figure() -> None:
    fr = "Titre\n\nCOTONOU, 3 mars 2025 — Deux soldats béninois ont été tués mardi."
    got = facts(fr, "fr")
    assert not {f for f in got if f[2] == 2025}
    assert {f for f in got if f[0] == "killed" and f[2] == 2}


def test_a_people_named_by_its_demonym_is_counted() -> None:
    """ "2 millions de Centrafricains ont besoin d'aide": people, and the cue of its own stretch."""
    fr = (
        "Titre\n\nLa Centrafrique compte 300 000 déplacés, et 2 millions de Centrafricains "
        "ont besoin d'une aide humanitaire."
    )
    got = facts(fr, "fr")
    assert ("people_in_need", "Central African Republic", 2000000) in got
    assert ("displaced", "Central African Republic", 300000) in got


def test_a_mission_a_relative_clause_names_is_not_the_figure_s() -> None:
    es = "Titular\n\nLa MINUSCA, que reemplazó en 2014 a la MISCA, cuenta con unos 14.000 efectivos."
    got = {(c.measure, c.mission, c.value) for c in read(es, "es")}
    assert ("personnel.deployed", "MINUSCA", 14000) in got
    fr = "Titre\n\nLa MONUSCO, qui a succédé à la MONUC, compte encore 11 000 Casques bleus."
    got = {(c.measure, c.mission, c.value) for c in read(fr, "fr")}
    assert ("personnel.deployed", "MONUSCO", 11000) in got


def test_a_sum_in_a_national_currency_is_that_country_s() -> None:
    """A cost in quetzales or rands is Guatemala's or South Africa's, and so is its equivalent."""
    es = (
        "Titular\n\nSegún Finanzas, sostener la tropa costará Q30.2 millones, unos US$3.9 millones, este año."
    )
    got = facts(es, "es")
    assert ("funding.required", "Guatemala", 30200000) in got
    assert ("funding.required", "Guatemala", 3900000) in got
    fr = "Titre\n\nL'opération coûtera 1,5 milliard de rands (environ 80 millions de dollars)."
    got = facts(fr, "fr")
    assert ("funding.required", "South Africa", 1500000000) in got
    # dollars name no payer
    fr = "Titre\n\nL'opération coûtera 80 millions de dollars."
    assert ("funding.required", None, 80000000) in facts(fr, "fr")


def test_the_state_owns_its_money_not_a_secretary_of_state() -> None:
    fr = "Titre\n\nL'État béninois apportera 5 millions de dollars au fonds."
    assert ("funding.pledged", "Benin", 5000000) in facts(fr, "fr")
    fr = "Titre\n\nLe secrétaire d'État américain a évoqué 2 000 personnels promis par 12 pays."
    assert not {f for f in facts(fr, "fr") if f[1] == "United States"}


def test_a_mission_named_before_a_figure_is_not_one_named_after_it() -> None:
    es = (
        "Titular\n\nLa GSF sigue creciendo.\n"
        "Kenia, que encabezó la extinta MSS, mantiene unos 600 policías en el país."
    )
    got = {(c.measure, c.mission, c.value) for c in read(es, "es", "2025-12-19")}
    assert ("personnel.deployed", "GSF", 600) in got


def test_a_tally_is_of_the_resolution_named_last_before_it() -> None:
    es = (
        "Titular\n\n"
        "Con la resolución 2751 (2024), los miembros prorrogaron la misión autorizada cuando el "
        "órgano aprobó la resolución 2699 con trece votos a favor, ninguno en contra y dos abstenciones."
    )
    votes = {
        (c.subject, c.value, c.as_of) for c in read(es, "es", "2024-09-30") if c.measure == "council.vote"
    }
    assert ("2699", "13-0-2", "2023-10-02") in votes
    assert not {v for v in votes if v[0] == "2751"}


def test_a_participle_qualifying_a_noun_tells_no_adoption() -> None:
    es = "Titular\n\nEl viernes, la cifra superó el techo autorizado por el Consejo de Seguridad."
    assert not {c for c in read(es, "es", "2025-12-19") if c.measure == "council.adopted"}
    fr = "Titre\n\nLa mission, autorisée par le Conseil de sécurité le 2 octobre 2023, peine à recruter."
    assert {c.value for c in read(fr, "fr", "2024-05-02") if c.measure == "council.adopted"} == {"2023-10-02"}


def test_victims_and_expected_troops_are_no_deployed_contributor() -> None:
    fr = "Titre\n\nTrois soldats malawites ont été tués lors des combats autour de Goma."
    assert not {c for c in read(fr, "fr") if c.measure == "contributor"}
    es = "Titular\n\nSe espera que lleguen tropas de Benín y Nepal en las próximas semanas."
    got = {(c.subject, c.value) for c in read(es, "es") if c.measure == "contributor"}
    assert got == {("Benin", "expected"), ("Nepal", "expected")}


def test_a_contingent_serves_and_a_round_number_of_a_people_is_theirs() -> None:
    fr = (
        "Titre\n\nÀ leurs côtés servent 120 militaires béninois, une trentaine de Tchadiens "
        "et six Sénégalais."
    )
    got = facts(fr, "fr")
    assert ("personnel.deployed", "Benin", 120) in got
    assert ("personnel.deployed", "Chad", 30) in got
    assert ("personnel.deployed", "Senegal", 6) in got


def quotes_of(text: str, language: str) -> set[tuple[object, object]]:
    return {(c.subject, c.value) for c in read(text, language) if c.measure == "quote"}


def test_an_institution_speaks_before_or_after_its_quotation() -> None:
    es = (
        "Titular\n\n"
        "El Ministerio de Relaciones Exteriores hondureño ha señalado que "
        "\u201clas tropas cumplirán su mandato hasta el final\u201d.\n"
        "El Ministerio de Defensa de Honduras informó el lunes del relevo.\n"
        "\u201cLos efectivos regresan sanos y salvos a sus hogares\u201d, indicó el Ministerio en un mensaje."
    )
    got = quotes_of(es, "es")
    assert (
        "Ministerio de Relaciones Exteriores hondureño",
        "las tropas cumplirán su mandato hasta el final",
    ) in got
    assert ("Ministerio de Defensa de Honduras", "Los efectivos regresan sanos y salvos a sus hogares") in got
    fr = (
        "Titre\n\n« Nos soldats rentreront tous avant la fin du mois », "
        "a indiqué l'Armée béninoise dans un communiqué."
    )
    assert ("Armée béninoise", "Nos soldats rentreront tous avant la fin du mois") in quotes_of(fr, "fr")


def test_a_delegate_after_the_verb_speaks_for_the_country() -> None:
    es = (
        "Titular\n\n\u201cEl mandato debe ser claro y el apoyo previsible\u201d, "
        "afirmó el representante de Chile tras el voto."
    )
    assert ("Chile", "El mandato debe ser claro y el apoyo previsible") in quotes_of(es, "es")
    fr = "Titre\n\n« Ce texte arrive bien trop tard pour les civils », a regretté la représentante du Ghana."
    assert ("Ghana", "Ce texte arrive bien trop tard pour les civils") in quotes_of(fr, "fr")


def test_an_unnamed_speaker_s_participle_is_no_part_of_the_description() -> None:
    es = (
        "Titular\n\n\u201cCada relevo llega mejor preparado que el anterior\u201d, "
        "señaló un portavoz de la fuerza consultado por este diario."
    )
    assert ("un portavoz de la fuerza", "Cada relevo llega mejor preparado que el anterior") in quotes_of(
        es, "es"
    )


def test_a_place_no_gazetteer_lists_is_read_off_its_noun() -> None:
    fr = (
        "Titre\n\n"
        "Une attaque a fait au moins 9 morts dans le territoire de Masisi, selon des sources locales.\n"
        "Quatre civils ont été tués dans le Bas-Uele la semaine dernière."
    )
    got = facts(fr, "fr")
    assert ("killed", "Masisi", 9) in got
    assert ("killed", "Bas-Uele", 4) in got
    es = (
        "Titular\n\n"
        "En el departamento del Noroeste murieron al menos 25 personas.\n"
        "En la comuna de Mirebalais, en el departamento del Centro, fueron asesinadas 12 personas."
    )
    got = facts(es, "es")
    assert ("killed", "Nord-Ouest", 25) in got  # the department by its own name
    assert ("killed", "Mirebalais", 12) in got  # the town, not the department that situates it


def test_a_total_brought_to_a_figure_is_the_strength() -> None:
    fr = "Titre\n\n80 policiers béninois ont atterri lundi, portant à 900 le nombre d'agents déployés."
    got = facts(fr, "fr")
    assert ("personnel.deployed", None, 900) in got or ("personnel.deployed", "Benin", 900) in got
    es = "Titular\n\nEl mando eleva a 320 el número de hondureños desplegados en la fuerza."
    assert ("personnel.deployed", "Honduras", 320) in facts(es, "es")


def test_a_mandate_is_the_mission_named_after_the_word() -> None:
    fr = (
        "Titre\n\nLa FRG poursuit ses opérations.\n"
        "Le Conseil a décidé de proroger jusqu'au 15 juillet 2026 le mandat du BINUH, "
        "qui devait arriver à échéance le 15 juillet 2025."
    )
    got = {(c.measure, c.mission, c.value) for c in read(fr, "fr", "2025-07-14")}
    assert ("mandate.expiry", "BINUH", "2026-07-15") in got
    assert ("mandate.expiry", "BINUH", "2025-07-15") in got


def test_a_time_to_withdraw_is_no_mandate_duration() -> None:
    es = (
        "Titular\n\nEl Consejo prorrogó por última vez el mandato de la FPNUL hasta el 31 de diciembre "
        "de 2026, tras lo cual los cascos azules dispondrán de un año para retirarse."
    )
    assert not {c for c in read(es, "es", "2025-08-29") if c.measure == "mandate.duration"}


def test_a_fund_s_part_from_a_donor_and_a_contrast_clause() -> None:
    """A fund holds a sum, a part of it comes from a donor; a contrast opens a clause no country
    before it owns."""
    es = (
        "Titular\n\nEl fondo acumula 90 millones de dólares, de los cuales 40 millones proceden de "
        "Noruega, mientras que el coste de la operación se estima en unos 600 millones."
    )
    got = facts(es, "es")
    assert ("funding.contributed", None, 90000000) in got
    assert ("funding.contributed", "Norway", 40000000) in got
    assert ("funding.required", None, 600000000) in got
    es = "Titular\n\nChile prometió 5 millones de dólares y el propio Gobierno peruano, 8 millones."
    got = facts(es, "es")
    assert ("funding.pledged", "Chile", 5000000) in got
    assert ("funding.pledged", "Peru", 8000000) in got


def test_a_possessive_is_a_whole_word_and_a_sector_is_no_mission() -> None:
    """ "diez países han prometido…": 'países' holds no 'sus'; leading a sector is not leading."""
    es = (
        "Titular\n\nEl Salvador envió 20 militares.\n"
        "La misión debía reunir 900 agentes, y seis países han prometido cerca de 1.100."
    )
    assert ("personnel.pledged", None, 1100) in facts(es, "es")
    es = "Titular\n\nUruguay, que dirige el Sector Oeste de la FPNUL, aporta unos 200 militares."
    assert not {c for c in read(es, "es") if c.measure == "mission.lead"}
    fr = "Titre\n\nLe Népal, qui dirige le secteur Est de la mission, fournit 800 soldats."
    assert not {c for c in read(fr, "fr") if c.measure == "mission.lead"}
