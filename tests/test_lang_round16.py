"""Families of structure the French and Spanish packs read in the sixteenth round (after fr18/es18
arrived), precision first: a count a comparison follows; a UN mission's count of "militaires" alone.
Each is tested with sentences written for it, none taken from a set, and fails on the packs before
the round (a `git archive` export of 043643f)."""

from __future__ import annotations

from missionwatch.models import Claim
from missionwatch.nlp import extract

FR, ES = "fr", "es"


def read(text: str, language: str, published: str) -> list[Claim]:
    return extract("Titre\n\n" + text, published, language=language)


def facts(text: str, language: str, published: str = "2025-03-01") -> set[tuple[object, ...]]:
    return {(c.measure, c.subject, c.value) for c in read(text, language, published)}


def test_a_count_a_comparison_follows_takes_no_ceiling_from_it() -> None:
    """The count before "pour un effectif autorisé de", "lejos del techo de", "frente a los … que
    autoriza" is what the mission has, not its ceiling: the ceiling word is the compared figure's."""
    fr = facts(
        "En avril, la MINUSCA alignait environ 11 000 militaires et près de 2 100 policiers, "
        "pour un effectif autorisé de 14 400 militaires et 3 020 policiers.",
        FR,
    )
    assert ("personnel.deployed", "police", 2100) in fr
    assert ("personnel.target", "police", 2100) not in fr
    assert ("personnel.target", "military", 14400) in fr
    es = facts(
        "En la FINUL sirven hoy unos 9.800 cascos azules de 48 países, lejos del techo de 15.000 "
        "que fijó el Consejo de Seguridad.",
        ES,
    )
    assert ("personnel.target", "military", 9800) not in es
    assert any(f[0] == "personnel.deployed" and f[2] == 9800 for f in es)
    assert ("personnel.target", None, 15000) in es


def test_a_count_set_against_a_ceiling_without_a_verb_is_the_strength() -> None:
    """A count with no verb of its own, set against the number a Council authorises, is the force's
    strength; a figure after a closed comparison takes no ceiling word from inside it."""
    es = facts(
        "La FINUL: unos 9.500 militares de 46 países, frente a los 15.000 que autoriza el Consejo.", ES
    )
    assert any(f[0] == "personnel.deployed" and f[2] == 9500 for f in es)
    assert not any(f[0] == "personnel.target" and f[2] == 9500 for f in es)
    es = facts(
        "Al 31 de enero, la Misión de Verificación contaba con 98 observadores internacionales, "
        "de un máximo autorizado de 120, y con 290 funcionarios civiles.",
        ES,
    )
    assert ("personnel.deployed", "civilian", 290) in es
    assert ("personnel.target", "civilian", 290) not in es


def test_a_missions_count_of_militaires_alone_is_its_military() -> None:
    """ "La MONUSCO compte quelque 11 000 militaires" counts its military component; soldiers and
    police together stay uniformed, and a force of police and soldiers alone (the MMAS) names none."""
    assert ("personnel.deployed", "military", 9000) in facts(
        "La MINUSCA compte aujourd'hui quelque 9 000 militaires dans le pays.", FR
    )
    assert ("personnel.deployed", "military", 9000) in facts(
        "La MINUSCA reste déployée dans l'ouest, avec un peu plus de 9 000 militaires.", FR
    )
    assert ("personnel.deployed", "uniformed", 9000) in facts(
        "La MINUSCA compte quelque 9 000 militaires et policiers.", FR
    )
    assert ("personnel.deployed", None, 400) in facts("La MMAS compte 400 militaires.", FR)


def test_a_national_authorisation_of_people_gives_no_council_mandate() -> None:
    """A government or a parliament that authorises a number of its own people for a time or up to a
    day ("a autorisé l'emploi de 1 200 militaires pour un an", "el decreto que autoriza la permanencia
    de hasta 90 elementos … hasta el 30 de junio de 2027") sets no mandate of the mission; the
    Council's authorisation of a mission for a year still does."""
    fr = read(
        "Dans une lettre au Parlement, le président a indiqué avoir autorisé l'emploi de 1 200 militaires "
        "tanzaniens pour un an, jusqu'au 15 mars 2025.",
        FR,
        "2024-03-20",
    )
    assert not any(c.measure.startswith("mandate.") for c in fr)
    es = read(
        "El Congreso aprobó el decreto que autoriza la permanencia de hasta 90 elementos del Ejército "
        "en la Fuerza de Supresión de Pandillas hasta el 30 de junio de 2027.",
        ES,
        "2026-02-10",
    )
    assert not any(c.measure.startswith("mandate.") for c in es)
    council = read(
        "Le Conseil de sécurité a autorisé la Mission multinationale d'appui à la sécurité pour un an.",
        FR,
        "2023-10-02",
    )
    assert any(c.measure == "mandate.duration" and c.value == 12 for c in council)


def test_a_country_that_authorises_its_soldiers_owns_the_ceiling() -> None:
    """ "La Tanzanie avait autorisé en mars l'emploi de 1 200 soldats" is Tanzania's ceiling, not the
    military component of a mission."""
    fr = facts(
        "La Tanzanie, deuxième pays contributeur, avait autorisé en mars 2024 l'emploi de 1 200 soldats, "
        "pour un coût estimé à 300 millions de shillings.",
        FR,
    )
    assert ("personnel.target", "Tanzania", 1200) in fr
    assert ("personnel.target", "military", 1200) not in fr


def test_a_country_that_holds_its_displaced_is_their_place() -> None:
    """The displaced a country counts as its subject ("Le Niger compte plus de 500 000 déplacés…,
    autour de Tillabéri") or that "le pays" holds are the country's, not a place named further on or
    the sentence before's; "dans le pays" / "à l'intérieur de leur propre pays" too, but not the
    country of a delegate who tells the count."""
    assert ("displaced", "Niger", 500_000) in facts(
        "Le Niger compte plus de 500 000 déplacés internes, et l'accès humanitaire autour de Tillabéri "
        "reste très limité.",
        FR,
    )
    fr = facts(
        "Des combats ont éclaté à Goma, où la MONUSCO est déployée. "
        "Le pays compte désormais plus de 6 millions de déplacés internes.",
        FR,
    )
    assert ("displaced", "Democratic Republic of the Congo", 6_000_000) in fr
    fr = facts(
        "Des combats ont éclaté à Goma, où la MONUSCO est déployée. Plus de 6 millions de Congolais "
        "vivent déplacés à l'intérieur de leur propre pays.",
        FR,
    )
    assert ("displaced", "Democratic Republic of the Congo", 6_000_000) in fr
    fr = facts(
        "Le délégué du Guyana a rappelé que plus de 1,1 million de personnes sont déplacées dans le pays.",
        FR,
    )
    assert ("displaced", "Guyana", 1_100_000) not in fr
    assert ("displaced", "Haiti", 1_100_000) in fr


def test_a_plan_of_the_followed_countrys_own_body_is_its_pledge() -> None:
    """A sending planned or promised by a country's own body named without the country ("El
    Gobierno … anunció que enviaría 60 elementos", "Está previsto enviar 90 elementos adicionales",
    "el ministerio prepara el envío de otros 40") is the pledge of the country the article follows;
    a force's own plan stays its target, and another country's government is not the followed one."""
    es = facts(
        "Honduras mantiene 120 policías militares en Haití. "
        "Está previsto enviar 90 elementos adicionales antes de junio.",
        ES,
    )
    assert ("personnel.pledged", "Honduras", 90) in es
    es = facts(
        "Honduras mantiene 120 policías militares en Haití. "
        "El general confirmó que el ministerio prepara el envío de otros 40 elementos.",
        ES,
    )
    assert ("personnel.pledged", "Honduras", 40) in es
    es = facts(
        "Kenia tiene 400 policías en Haití. La fuerza prevé desplegar 2.500 agentes antes de octubre.",
        ES,
    )
    assert ("personnel.pledged", "Kenya", 2500) not in es
    es = facts("Kenia tiene 400 policías en Haití. El Gobierno haitiano prevé desplegar 2.500 agentes.", ES)
    assert ("personnel.pledged", "Kenya", 2500) not in es


def test_a_ceiling_kept_where_it_was_is_still_a_ceiling() -> None:
    """ "El techo autorizado se mantuvo en 9.000 militares, 400 policías…" and "le plafond a été
    maintenu à" are ceilings, not counts; a Council text that "maintient l'effectif autorisé" keeps
    no contingent of the country that drafted it."""
    es = facts(
        "La MINUSCA sigue en Bangui. El techo autorizado se mantuvo en 9.000 efectivos\n"
        "militares y 400 policías.",
        ES,
    )
    assert ("personnel.target", "military", 9000) in es
    assert ("personnel.target", "police", 400) in es
    assert not any(f[0] == "personnel.deployed" for f in es)
    fr = facts("Le plafond de la MINUSCA a été maintenu à 9 000 militaires.", FR)
    assert ("personnel.target", "military", 9000) in fr
    fr = facts(
        "Le texte, préparé par la France, maintient l'effectif autorisé à 9 000 militaires et 400 policiers.",
        FR,
    )
    assert not any(f[0] == "contributor" for f in fr)
    assert ("contributor", "France", "deployed") in facts("La France maintient des soldats au Sahel.", FR)


def test_a_category_after_a_noun_of_membership_or_a_compound_one() -> None:
    """A list of counts by category, broken across report lines, whose categories are compound ("541
    observateurs militaires et officiers d'état-major, 361\\npoliciers") or named after a noun of
    membership ("1 260 membres d'unités de police constituées", "1.270 integrantes de unidades de
    policía constituidas") gives each count its category."""
    fr = facts(
        "Au 31 mai, l'effectif de la MINUSCA s'établissait à 9 148 militaires, 301 observateurs "
        "militaires et officiers d'état-major, 512\npoliciers et 1 805 membres d'unités de police "
        "constituées.",
        FR,
    )
    assert ("personnel.deployed", "police", 512) in fr
    assert ("personnel.deployed", "formed police units", 1805) in fr
    es = facts(
        "La MINUSCA sigue en Bangui. El techo autorizado es de 9.000 efectivos militares, 300 "
        "observadores militares y oficiales de Estado Mayor,\n500 policías y 1.800 integrantes de "
        "unidades de policía constituidas.",
        ES,
    )
    assert ("personnel.target", "formed police units", 1800) in es


def test_people_a_force_received_on_a_day_are_an_arrival() -> None:
    """ "La fuerza recibió el martes a 180 policías kenianos" (the personal "a" before the count) is a
    batch that arrived that day, not the force's strength; "recibió 20 millones" is still money held,
    and the total it brings the force to is still its strength."""
    es = facts(
        "Sobre el terreno, la fuerza recibió el martes a 180 policías kenianos, con lo que su efectivo "
        "total llegó a 930 agentes.",
        ES,
        "2025-12-12",
    )
    assert ("personnel.arrived", "Kenya", 180) in es
    assert ("personnel.deployed", "Kenya", 180) not in es
    assert any(f[0] == "personnel.deployed" and f[2] == 930 for f in es)
    assert ("funding.contributed", None, 20_000_000) in facts("El fondo recibió 20 millones de dólares.", ES)


def test_a_plan_set_against_a_past_count_is_that_missions() -> None:
    """In an article about the force that replaced the MSS, "la misión preveía reunir 2.500 agentes,
    pero cuando fue sustituida … contaba con menos de 1.000" is the MSS's plan, as the count is its."""
    claims = read(
        "La Fuerza de Supresión de Pandillas (GSF) sustituyó a la MSS en octubre. "
        "La misión preveía reunir 2.500 agentes, pero cuando fue sustituida, a finales de septiembre de "
        "2025, contaba con menos de 1.000.",
        ES,
        "2025-12-10",
    )
    assert [(c.measure, c.mission) for c in claims if c.value == 2500] == [("personnel.target", "MSS")]
    assert [(c.measure, c.mission) for c in claims if c.value == 1000] == [("personnel.deployed", "MSS")]


def test_a_bare_government_in_an_article_that_follows_a_contributor_is_its() -> None:
    """ "Le Gouvernement entend verser 2 millions d'euros" after France's payment is France's; a sum in
    the host's money ("600 millions de gourdes") is still the host government's."""
    fr = facts(
        "La France a versé 3 millions d'euros au fonds de la MMAS. "
        "Le Gouvernement entend verser 2 millions d'euros supplémentaires au fonds.",
        FR,
    )
    assert ("funding.pledged", "France", 2_000_000) in fr
    assert ("funding.pledged", "Haiti", 2_000_000) not in fr
    fr = facts(
        "Le Kenya a déployé 400 policiers en Haïti. "
        "Le gouvernement a annoncé une enveloppe de 600 millions de gourdes pour la police.",
        FR,
    )
    assert ("funding.pledged", "Haiti", 600_000_000) in fr


def test_the_head_of_a_contingent_is_a_role_not_a_status() -> None:
    """ "El coronel …, jefe del contingente hondureño, conversó desde Naqoura" says who the colonel is:
    no contributor status; "el contingente hondureño opera en Naqoura" still places Honduras."""
    es = facts(
        "El teniente coronel Mario Funes Ayala, jefe del contingente hondureño, conversó con este diario "
        "desde Naqoura.",
        ES,
    )
    assert not any(f[0] == "contributor" for f in es)
    assert ("contributor", "Honduras", "deployed") in facts("El contingente hondureño opera en Naqoura.", ES)


def test_a_text_that_extends_a_resolutions_provisions_is_not_that_resolution() -> None:
    """ "Présenté par l'Équateur et les États-Unis, le texte prolonge de douze mois les dispositions de
    la résolution 2699" after the article named resolution 2751: the penholders drafted 2751, dated by
    its adoption, not 2699."""
    claims = read(
        "Le Conseil de sécurité a adopté lundi la résolution 2751 (2024) sur Haïti. "
        "Présenté par l'Équateur et les États-Unis, le texte prolonge de douze mois les dispositions de "
        "la résolution 2699 (2023), qui avait autorisé la Mission.",
        FR,
        "2024-09-30",
    )
    held = {(c.subject, c.value, c.as_of) for c in claims if c.measure == "council.penholder"}
    assert held == {("Ecuador", 2751, "2024-09-30"), ("United States", 2751, "2024-09-30")}


def test_a_count_a_speaker_gives_of_their_own_group() -> None:
    """ "—Somos 44, entre pilotos y médicos." in an interview with the head of the Honduran unit is
    Honduras's strength; "Somos menos de 1.000 en total" is the whole force's."""
    es = facts(
        "Entrevista con el jefe de la unidad hondureña de evacuación aeromédica en Haití.\n\n"
        "—¿Cuántos son ahora?\n\n—Somos 44, entre pilotos y médicos.",
        ES,
    )
    assert ("personnel.deployed", "Honduras", 44) in es
    es = facts(
        "Entrevista con el jefe de la unidad hondureña en Haití.\n\n—Somos menos de 1.000 en total.", ES
    )
    assert ("personnel.deployed", None, 1000) in es
