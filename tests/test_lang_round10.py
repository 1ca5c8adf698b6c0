"""Families of structure the French and Spanish packs read in the tenth round (after fr12/es12 were
opened), precision first: figures a correction note withdraws; the dead and the hurt counted
together; an office holder's demonym naming the country that announces; an act announced by its
noun; when an unnamed speaker spoke is not who they are; a country that keeps or provides people;
country names the knowledge base spells otherwise. Each is tested with sentences written for it,
none taken from a set."""

from __future__ import annotations

from missionwatch.models import Claim
from missionwatch.nlp import extract

PUB = "2026-01-27"


def read(text: str, language: str, published: str = PUB) -> list[Claim]:
    return extract("Titre\n\n" + text, published, language=language)


def facts(text: str, language: str, value: int | str) -> set[tuple[str, object]]:
    return {(c.measure, c.subject) for c in read(text, language) if c.value == value}


def statuses(text: str, language: str) -> dict[object, object]:
    return {c.subject: c.value for c in read(text, language) if c.measure == "contributor"}


def test_a_figure_a_correction_note_withdraws_is_no_fact() -> None:
    """ "Rectificatif : une version précédente indiquait par erreur 35 morts" repeats the wrong
    figure; a figure after the clause (past ";") stays, as does a figure in a sentence with no
    correction."""
    fr = (
        "Des hommes armés ont attaqué le marché de Croix-des-Bouquets. Le bilan est de 18 morts. "
        "Rectificatif : une version précédente de cet article indiquait par erreur que l'attaque "
        "avait fait 35 morts."
    )
    assert facts(fr, "fr", 35) == set()
    assert {m for m, _ in facts(fr, "fr", 18)} == {"killed"}
    fr_plane = (
        "PRÉCISION : contrairement à ce que nous indiquions plus tôt, l'appareil ne transportait pas "
        "les 300 soldats promis."
    )
    assert facts(fr_plane, "fr", 300) == set()
    es = "[Corrección: una versión anterior de esta nota decía por error que llegaron 90 agentes jamaicanos.]"
    assert facts(es, "es", 90) == set()
    assert statuses(es, "es") == {}
    es_right = "Corrección: se indicó por error que hubo 450 heridos; la cifra correcta es 405 heridos."
    assert facts(es_right, "es", 450) == set()
    assert {m for m, _ in facts(es_right, "es", 405)} == {"injured"}


def test_the_dead_and_the_hurt_counted_together_are_no_toll() -> None:
    """ "1 900 personnes ont été tuées ou blessées", "soit 3 100 victimes au total", "muertas o
    heridas": neither the killed nor the injured; the parts of the sum still count."""
    fr = "Au total, plus de 1 900 personnes ont été tuées ou blessées au cours du semestre."
    assert facts(fr, "fr", 1900) == set()
    fr_sum = (
        "Le bureau a recensé 2 040 personnes tuées et 1 060 blessées, soit 3 100 victimes au total, "
        "une hausse de 20 % sur le semestre."
    )
    assert facts(fr_sum, "fr", 3100) == set()
    assert {m for m, _ in facts(fr_sum, "fr", 2040)} == {"killed"}
    es = "Más de 1.900 personas resultaron muertas o heridas durante el semestre, según la oficina."
    assert facts(es, "es", 1900) == set()
    es_killed = "Más de 1.900 personas resultaron muertas durante el semestre, según la oficina."
    assert {m for m, _ in facts(es_killed, "es", 1900)} == {"killed"}


def test_an_office_holder_s_demonym_names_the_country_that_announces() -> None:
    """ "le président béninois Patrice Talon a annoncé l'envoi de 900 soldats" is Benin's pledge;
    a figure its clause says many countries make up ("venant de 14 pays") is no one office's."""
    fr = (
        "Le président béninois Patrice Talon a annoncé jeudi à Cotonou l'envoi de 900 soldats "
        "supplémentaires."
    )
    assert facts(fr, "fr", 900) == {("personnel.pledged", "Benin")}
    es = "El presidente keniano William Ruto anunció el envío de 650 policías adicionales."
    assert facts(es, "es", 650) == {("personnel.pledged", "Kenya")}
    fr_many = (
        "Le secrétaire d'État américain a fait état d'engagements portant sur environ 6 200 "
        "personnels, venant de 14 pays."
    )
    assert ("personnel.pledged", "United States") not in facts(fr_many, "fr", 6200)


def test_an_act_announced_by_its_noun_is_still_to_come() -> None:
    """ "le Togo a confirmé l'envoi de 350 policiers", "a confirmé une nouvelle contribution de 25
    millions", "entendait mobiliser 60 millions": pledges, not arrivals nor payments."""
    fr = "Lundi, le Togo a confirmé l'envoi de 350 policiers dans la Force de répression des gangs."
    assert facts(fr, "fr", 350) == {("personnel.pledged", "Togo")}
    fr_money = "L'Allemagne y a confirmé une nouvelle contribution de 25 millions d'euros au fonds."
    assert facts(fr_money, "fr", 25_000_000) == {("funding.pledged", "Germany")}
    fr_meant = "Le délégué a indiqué que la Norvège entendait mobiliser 60 millions de dollars pour la force."
    assert facts(fr_meant, "fr", 60_000_000) == {("funding.pledged", "Norway")}
    es = "El lunes, Togo confirmó el envío de 350 policías a la Fuerza de Supresión de Pandillas."
    assert facts(es, "es", 350) == {("personnel.pledged", "Togo")}


def quotes(text: str, language: str) -> set[object]:
    return {c.subject for c in read(text, language) if c.measure == "quote"}


def test_when_an_unnamed_speaker_spoke_is_not_who_they_are() -> None:
    """ "me disait un diplomate sénégalais la semaine dernière", "dijo un oficial jamaicano al
    llegar al cuartel", "hier": the description ends before when they spoke."""
    fr = "« Personne ne paie pour cette force », me disait un diplomate sénégalais la semaine dernière."
    assert quotes(fr, "fr") == {"un diplomate sénégalais"}
    es = '"Estamos listos para trabajar", dijo a la prensa un oficial jamaicano al llegar al cuartel.'
    assert quotes(es, "es") == {"un oficial jamaicano"}


def test_a_country_that_keeps_or_provides_people_is_deployed() -> None:
    """ "Uruguay sostiene un pequeño equipo médico", "Chile, Perú y Colombia mantienen asimismo
    oficiales en el cuartel general", "le Togo et le Ghana fournissent également des troupes": a
    contingent in place; a verb that keeps no people ("sostiene su apoyo") is none."""
    es = (
        "Guatemala mantiene 150 policías militares en Haití, y Uruguay sostiene un pequeño equipo "
        "médico en la base."
    )
    assert statuses(es, "es").get("Uruguay") == "deployed"
    es_list = "Chile, Perú y Colombia mantienen asimismo oficiales en el cuartel general de la misión."
    assert statuses(es_list, "es") == {"Chile": "deployed", "Peru": "deployed", "Colombia": "deployed"}
    es_none = "Chile sostiene su apoyo político a la misión y a su mandato."
    assert "Chile" not in statuses(es_none, "es")
    fr = "Le Togo et le Ghana fournissent également des troupes à cette force régionale."
    assert statuses(fr, "fr") == {"Togo": "deployed", "Ghana": "deployed"}


def test_a_country_the_knowledge_base_spells_otherwise() -> None:
    """The Spanish press writes "Burkina Faso" (pycountry's Spanish list: "Burquina Faso")."""
    es = "Burkina Faso y Gambia se comprometieron a aportar unidades a la fuerza, sin precisar cifras."
    assert statuses(es, "es") == {"Burkina Faso": "committed", "Gambia": "committed"}


def leads(text: str, language: str) -> set[tuple[object, object]]:
    return {(c.subject, c.value) for c in read(text, language, "2025-11-20") if c.measure == "mission.lead"}


def test_the_mission_a_country_leads_is_the_one_the_knowledge_base_says() -> None:
    """In an article on the GSF, "la mission conduite par le Kenya" that the GSF replaces is the
    MSS (Kenya leads the MSS in Haiti); a mission named right before its lead ("La FRG reste
    dirigée par le Kenya") is the one led, whatever the base says."""
    fr = (
        "La Force de répression des gangs (FRG) a pris le relais vendredi, huit jours après "
        "l'expiration du mandat de la mission conduite par le Kenya."
    )
    assert leads(fr, "fr") == {("Kenya", "MSS")}
    es = "La Fuerza de Supresión de Pandillas (FSP) es la misión que reemplaza a la encabezada por Kenia."
    assert leads(es, "es") == {("Kenya", "MSS")}
    fr_named = "La FRG reste dirigée par le Kenya, qui y compte quelque 700 policiers."
    assert leads(fr_named, "fr") == {("Kenya", "GSF")}


def test_a_sum_restated_in_another_currency_is_the_same_fact() -> None:
    """ "costará unos 60 millones de quetzales (algo más de 7 millones de dólares), que el Gobierno
    espera recuperar": both sums are the cost, whatever verb follows the second; "10 millones de
    dólares, unos RD$600 millones" both the pledge of the country that makes it."""
    es = (
        "El despliegue costará a Guatemala unos 60 millones de quetzales (algo más de 7 millones de "
        "dólares), que el Gobierno espera recuperar."
    )
    assert facts(es, "es", 7_000_000) == {("funding.required", "Guatemala")}
    es_apposition = (
        "El Congreso calcula en 55 millones de quetzales, unos 7,1 millones de dólares, el costo del "
        "despliegue durante el primer año."
    )
    assert facts(es_apposition, "es", 7_100_000) == {("funding.required", "Guatemala")}
    es_pesos = (
        "La República Dominicana se comprometió a aportar 12 millones de dólares, unos RD$750 "
        "millones, al fondo fiduciario de la fuerza."
    )
    assert facts(es_pesos, "es", 750_000_000) == {("funding.pledged", "Dominican Republic")}
    es_cost = "Según el Ministerio, la misión le ha costado al Estado unos Q21 millones hasta la fecha."
    assert facts(es_cost, "es", 21_000_000) == {("funding.required", "Guatemala")}


def votes(text: str, language: str, published: str = "2025-10-03") -> set[tuple[object, object, object]]:
    return {
        (c.subject, c.value, c.mission)
        for c in read(text, language, published)
        if c.measure == "council.vote"
    }


def test_a_tally_without_its_number_is_the_resolution_adopted_by_it() -> None:
    """A tally told without a number is of the one resolution on the mission or its kin that the
    Council adopted by it ("par 12 voix pour, zéro contre et 3 abstentions" in an article on the
    MSS is 2793, the GSF's; "ce premier texte … 13 voix pour" after 2751 is named is 2699); a
    tally no Council of fifteen casts, or another body's, is no Council vote."""
    fr = (
        "La Mission multinationale d'appui à la sécurité (MMAS) cède la place. Le Conseil de sécurité "
        "a tranché hier, par 12 voix pour, zéro contre et 3 abstentions."
    )
    assert votes(fr, "fr") == {("2793", "12-0-3", "GSF")}
    fr_first = (
        "Le Conseil a reconduit la MMAS par la résolution 2751. Ce premier texte, voté un an plus "
        "tôt, avait recueilli 13 voix pour et les abstentions de la Chine et de la Russie."
    )
    assert ("2699", "13-0-2", "MSS") in votes(fr_first, "fr", "2024-10-01")
    es = (
        "La MSS tuvo un final discreto: el Consejo de Seguridad la sustituyó con 12 votos a favor y "
        "tres abstenciones."
    )
    assert votes(es, "es") == {("2793", "12-0-3", "GSF")}
    es_congress = (
        "La moción sobre la MSS fue aprobada en el Congreso con 41 votos a favor, 3 en contra y 2 "
        "abstenciones."
    )
    assert votes(es_congress, "es") == set()
    fr_senate = "Au Sénat, la motion de soutien à la MMAS a été adoptée par 12 voix pour et 3 abstentions."
    assert votes(fr_senate, "fr") == set()


def test_a_list_takes_the_status_of_the_verb_nearest_it() -> None:
    """ "Trinidad, Granada y Barbados también han prometido agentes, y Togo se comprometió a…": the
    list's own verb is a promise (pledged); the next clause's commitment is Togo's."""
    es = (
        "Trinidad y Tobago, Granada y Barbados también han prometido agentes a la fuerza, y Togo se "
        "comprometió en marzo a participar."
    )
    got = statuses(es, "es")
    assert {got.get("Trinidad and Tobago"), got.get("Grenada"), got.get("Barbados")} == {"pledged"}


def test_a_sum_held_back_by_no_one_named_is_the_withholder_s_before_it() -> None:
    """ "Le 3 mars, Londres avait suspendu sa contribution au fonds. L'ONU a chiffré à 9,4 millions
    le montant gelé": the United Kingdom's, named in the sentence before; "la suspensión de la ayuda
    británica dejó congelados 9,4 millones" its demonym's."""
    fr = (
        "Le 3 mars, le Royaume-Uni avait suspendu sa contribution au fonds de la mission. Les Nations "
        "unies ont, pour leur part, chiffré à 9,4 millions de dollars le montant gelé."
    )
    assert facts(fr, "fr", 9_400_000) == {("funding.withheld", "United Kingdom")}
    es = (
        "La suspensión de la ayuda exterior británica dejó congelados ese mes 9,4 millones de "
        "dólares del fondo."
    )
    assert facts(es, "es", 9_400_000) == {("funding.withheld", "United Kingdom")}


def test_a_part_of_a_fund_paid_by_a_donor_in_a_compound_passive() -> None:
    """ "de los cuales 12 millones habían sido transferidos por Noruega", "dont 12 millions ont été
    versés par la Norvège": the agent after auxiliaries is the payer."""
    es = (
        "El fondo había reunido 90 millones de dólares, de los cuales 12 millones habían sido "
        "transferidos por Noruega."
    )
    assert facts(es, "es", 12_000_000) == {("funding.contributed", "Norway")}
    fr = "Le fonds a reçu 90 millions de dollars, dont 12 millions ont été versés par la Norvège."
    assert facts(fr, "fr", 12_000_000) == {("funding.contributed", "Norway")}


def test_an_unnamed_speaker_told_before_the_colon_that_opens_the_quotation() -> None:
    """ "Comme me le disait une infirmière de Cité Soleil : « … »" (after the verb: the whole
    description, what told them too), "Un chef de quartier me confiait récemment : « … »", "…,
    relève un diplomate suédois : « … »", "Como me dijo un agente de la Policía Nacional en
    Jacmel: «…»" (a bare town where they were met is not who they are)."""
    opening = "Le camp compte 3 000 personnes. "
    fr = opening + "Comme me le disait une infirmière de Cité Soleil : « Ici, on soigne sans rien. »"
    assert quotes(fr, "fr") == {"une infirmière de Cité Soleil"}
    fr_met = (
        opening + "Comme me le confiait à Jacmel une marchande chassée de Martissant : « On attend "
        "toujours les soldats. »"
    )
    assert quotes(fr_met, "fr") == {"une marchande chassée de Martissant"}
    fr_before = (
        opening + "Dans un village de la Ouaka, un chef de quartier me confiait : « Ils sont partis sans "
        "prévenir personne. »"
    )
    assert quotes(fr_before, "fr") == {"un chef de quartier"}
    fr_relève = (
        "Seuls 9 millions ont été versés, relève un diplomate suédois : « Ce sont les rations qui manquent. »"
    )
    assert quotes(fr_relève, "fr") == {"un diplomate suédois"}
    es = opening.replace("Le camp compte", "El campamento tiene").replace("personnes", "personas") + (
        "Como me dijo un agente de la Policía Nacional en Jacmel: «Ustedes llegan y se van»."
    )
    assert quotes(es, "es") == {"un agente de la Policía Nacional"}


def test_a_country_opening_the_clause_says_the_words_it_quotes() -> None:
    """ "La Fédération de Russie, qui s'est abstenue, a jugé « hâtive et risquée » …", "La Suède a
    salué une « avancée bienvenue »", "La Federación de Rusia lamentó que … “a toda prisa”": the
    delegation of the country opening the clause, told by its UN name; a country that only opens
    the clause without a speech verb says nothing."""
    opening = "Le Conseil a adopté le texte mardi. "
    fr = (
        opening
        + "La Fédération de Russie, qui s'est abstenue, a jugé « hâtive et risquée » la décision du Conseil."
    )
    assert quotes(fr, "fr") == {"Russian Federation"}
    fr_hailed = opening + "La Suède, qui a voté pour, a salué une « avancée bienvenue »."
    assert quotes(fr_hailed, "fr") == {"Sweden"}
    es = (
        "El Consejo aprobó el texto. La Federación de Rusia lamentó que el proyecto se negociara "
        "“a toda prisa”."
    )
    assert quotes(es, "es") == {"Russian Federation"}
    fr_none = opening + "La Suède accueillera en mars une « conférence des donateurs »."
    assert quotes(fr_none, "fr") == set()


def roles_of(text: str, language: str) -> set[object]:
    return {c.value for c in read(text, language) if c.measure == "role"}


def test_titles_coordinated_after_a_name_are_each_a_role() -> None:
    """ "X, représentante spéciale du Secrétaire général et cheffe du bureau" and "Y,
    representante permanente de Chile y presidente del Consejo": two roles, as before the name; one
    title whose complement holds "et" ("directrice du budget et des finances") stays one."""
    fr = "• Ana Lindqvist-Okafor, représentante spéciale du Secrétaire général et cheffe du bureau régional."
    assert roles_of(fr, "fr") == {"représentante spéciale du Secrétaire général", "cheffe du bureau régional"}
    es = "• Julio Arancibia Soto, representante permanente de Chile y presidente del Consejo."
    assert roles_of(es, "es") == {"representante permanente de Chile", "presidente del Consejo"}
    fr_one = "Le comité a entendu Jeanne Dupuis-Mbala, directrice du budget et des finances, mardi."
    assert roles_of(fr_one, "fr") == {"directrice du budget et des finances"}


def test_a_column_s_closing_line_gives_its_bylined_author_titles() -> None:
    """A column signed "Por Lucía Ferrer Quispe" that closes on "La autora es investigadora en
    seguridad regional y profesora universitaria en Cuzco." gives the author both roles; the
    same closing line with no byline names no one."""
    body = (
        "Opinión | Haití y la región\n\nPor Lucía Ferrer Quispe\n\nLa fuerza sigue sin dinero y sin "
        "tropas suficientes.\n\nLa autora es investigadora en seguridad regional y profesora "
        "universitaria en Cuzco."
    )
    got = {(c.subject, c.value) for c in extract(body, PUB, language="es") if c.measure == "role"}
    assert ("Lucía Ferrer Quispe", "investigadora en seguridad regional") in got
    assert ("Lucía Ferrer Quispe", "profesora universitaria en Cuzco") in got
    unsigned = body.replace("Por Lucía Ferrer Quispe\n\n", "")
    assert not [c for c in extract(unsigned, PUB, language="es") if c.measure == "role"]
