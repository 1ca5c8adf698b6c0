"""Families the French and Spanish packs read in the forty-second round. Each is tested with sentences
written for it, none taken from a set, and fails on the packs before the round (a `git archive`
export of 97af802b), unless marked as a guard."""

from __future__ import annotations

from lang_reading import ES, FR, read

ON = "2026-02-10"


def claims(text: str, language: str, measure: str) -> set[tuple[object, object, object]]:
    """(subject, value, mission) of one measure, read on ``ON``."""
    return {(c.subject, c.value, c.mission) for c in read(text, language, ON) if c.measure == measure}


def subjects(text: str, language: str, measure: str) -> set[tuple[object, object]]:
    return {(s, v) for s, v, _ in claims(text, language, measure)}


# -- a share in apposition to a toll says where most happened, not the toll's one place ----------------


def test_la_majorite_dans_a_department_leaves_the_toll_to_the_country() -> None:
    text = (
        "D'après le BINUH, au moins 640 personnes ont été tuées entre juillet et septembre, "
        "et au moins 210 enlevées, la majorité dans l'Artibonite."
    )
    assert ("Haiti", 210) in subjects(text, FR, "kidnapped")
    assert ("Artibonite", 210) not in subjects(text, FR, "kidnapped")


def test_la_plupart_dans_a_department() -> None:
    # (read right before the round too: the comma already kept the department from the toll)
    text = "Au cours du trimestre, 96 personnes ont été enlevées, la plupart dans le département du Centre."
    assert ("Haiti", 96) in subjects(text, FR, "kidnapped")


def test_la_mayoria_en_los_departamentos() -> None:
    text = (
        "En el trimestre se registraron 212 secuestros, "
        "la mayoría en los departamentos del Centro y Artibonite."
    )
    assert ("Haiti", 212) in subjects(text, ES, "kidnapped")
    assert ("Artibonite", 212) not in subjects(text, ES, "kidnapped")


def test_guard_a_place_of_its_own_clause_stays() -> None:
    text = "En el mismo período, 87 personas fueron secuestradas en el departamento del Centro."
    assert ("Centre", 87) in subjects(text, ES, "kidnapped")


# -- a ceiling in brackets after a count is no verb of the count -----------------------------------


def test_a_bracketed_ceiling_leaves_the_count_before_it_a_count() -> None:
    text = (
        "Au 31 mars, la composante militaire comptait 8 410 militaires ainsi que 204 officiers "
        "d'état-major (240 autorisés)."
    )
    assert 204 in {v for _, v in subjects(text, FR, "personnel.deployed")}
    assert 204 not in {v for _, v in subjects(text, FR, "personnel.target")}
    assert 240 in {v for _, v in subjects(text, FR, "personnel.target")}


def test_the_bracketed_ceiling_takes_the_category_of_the_count() -> None:
    text = (
        "La composante police comptait 310 policiers (350 autorisés) "
        "et 655 membres d'unités de police constituées (700 autorisés)."
    )
    assert ("formed police units", 655) in subjects(text, FR, "personnel.deployed")
    assert ("formed police units", 700) in subjects(text, FR, "personnel.target")


def test_guard_a_bracketed_figure_without_authorising_is_no_ceiling() -> None:
    text = "Le Népal compte 1 100 soldats (dont 90 femmes) au sein de la mission."
    assert ("Nepal", 1100) in subjects(text, FR, "personnel.deployed")


# -- a sentence opening on a possessive is about the mission its paragraph just named ---------------


def test_son_mandat_is_the_mandate_of_the_mission_named_before() -> None:
    text = (
        "La FRG remplace la MMAS. La résolution 2793 a créé la FRG.\n\n"
        "Le BINUH est une mission politique, sans soldats. Il conseille le gouvernement. "
        "Son mandat court jusqu'au 15 juillet 2026."
    )
    got = {(v, m) for _, v, m in claims(text, FR, "mandate.expiry")}
    assert ("2026-07-15", "BINUH") in got


def test_su_mandato_is_the_mandate_of_the_mission_named_before() -> None:
    text = (
        "El Consejo aprobó la resolución 2793, que crea la FRP en lugar de la MMAS.\n\n"
        "La BINUH, una misión política sin tropas, sigue en funciones. Asesora al Gobierno. "
        "Su mandato vence el 15 de julio de 2026."
    )
    got = {(v, m) for _, v, m in claims(text, ES, "mandate.expiry")}
    assert ("2026-07-15", "BINUH") in got


def test_guard_no_mission_across_a_paragraph() -> None:
    text = (
        "La FRG remplace la MMAS.\n\nLa MMAS comptait 970 agents.\n\n"
        "Son mandat court jusqu'au 15 juillet 2026."
    )
    got = {(v, m) for _, v, m in claims(text, FR, "mandate.expiry")}
    assert ("2026-07-15", "MSS") not in got


# -- a copula or "parmi lesquels" naming the list after it as the contributors ----------------------


def contributors(text: str, language: str) -> set[tuple[object, object]]:
    return {(s, v) for s, v, _ in claims(text, language, "contributor")}


def test_figurent_names_the_contributors_after_it() -> None:
    text = "Parmi les principaux pays fournisseurs de contingents figurent le Népal, le Ghana et la Zambie."
    assert {("Nepal", "deployed"), ("Ghana", "deployed"), ("Zambia", "deployed")} <= contributors(text, FR)


def test_demeuraient_names_the_contributors_after_it() -> None:
    text = "En juin, les principaux fournisseurs de contingents demeuraient le Népal, le Ghana et la Zambie."
    assert {("Nepal", "deployed"), ("Zambia", "deployed")} <= contributors(text, FR)


def test_parmi_lesquels_after_the_contributors() -> None:
    text = "Le délégué a salué les pays fournisseurs de contingents, parmi lesquels le Népal et le Ghana."
    assert {("Nepal", "deployed"), ("Ghana", "deployed")} <= contributors(text, FR)


def test_entre_los_paises_que_aportan_estan() -> None:
    text = "Entre los países que aportan observadores están Perú, Bolivia y Ecuador."
    assert {("Peru", "deployed"), ("Bolivia", "deployed"), ("Ecuador", "deployed")} <= contributors(text, ES)


def test_figuran_tambien_names_the_contributors() -> None:
    text = "Entre los grandes contribuyentes figuran también Nepal, Ghana y Zambia."
    assert {("Nepal", "deployed"), ("Zambia", "deployed")} <= contributors(text, ES)


def test_guard_a_list_of_donors_is_no_list_of_contributors() -> None:
    text = "Entre los países que aportan fondos a la misión, Noruega y Suecia anunciaron nuevos pagos."
    assert ("Norway", "deployed") not in contributors(text, ES)


# -- the rest of a force, as the subject of where it comes from --------------------------------------


def test_le_reste_vient_du_names_contributors() -> None:
    text = (
        "La force compte quelque 900 agents, dont 650 Kényans. "
        "Le reste vient principalement du Guatemala, du Salvador et du Belize."
    )
    assert {("Guatemala", "deployed"), ("Belize", "deployed")} <= contributors(text, FR)


def test_el_resto_procede_de_names_contributors() -> None:
    text = (
        "La fuerza suma unos 900 agentes, 650 de ellos kenianos. "
        "El resto procede sobre todo de Guatemala y Belice."
    )
    assert {("Guatemala", "deployed"), ("Belize", "deployed")} <= contributors(text, ES)


def test_guard_the_rest_of_a_budget_names_no_contributor() -> None:
    text = "Le reste du budget vient du Canada et de la Norvège."
    assert not contributors(text, FR)
