"""Families the French and Spanish packs read in the forty-fourth round. Each is tested with sentences
written for it, none taken from a set, and fails on the packs before the round (a `git archive`
export of e46a83b5), unless marked as a guard."""

from __future__ import annotations

from lang_reading import ES, FR, dated, of, read


def _quotes(text: str, language: str, published: str = "2025-11-20") -> dict[str, tuple[object, object]]:
    """Each quotation's words → (speaker, mission)."""
    return {
        str(c.value): (c.subject, c.mission) for c in read(text, language, published) if c.measure == "quote"
    }


# -- a mission named within a quotation's own words is what the speaker talks about -------------------

_FRG = (
    "La Force de répression des gangs (FRG) a succédé en octobre à la Mission multinationale "
    "d'appui à la sécurité (MMAS), dirigée par le Kenya.\n\n"
)


def test_a_mission_inside_the_quotation_is_not_the_quotations() -> None:
    text = _FRG + (
        "« Les erreurs de la MMAS, sans argent la FRG les refera toutes, et plus vite encore », "
        "prévient Hélène Darbouze-Marcelin, chercheuse à l'université d'État."
    )
    speaker, mission = _quotes(text, FR)[
        "Les erreurs de la MMAS, sans argent la FRG les refera toutes, et plus vite encore"
    ]
    assert speaker == "Hélène Darbouze-Marcelin"
    assert mission != "MSS"


def test_a_predecessor_named_only_inside_the_quotation_is_left_out() -> None:
    text = (
        "La Fuerza de Represión de Pandillas (FRP) sustituyó en octubre a la Misión Multinacional de "
        "Apoyo a la Seguridad (MMAS).\n\n"
        "«Nadie quiere repetir la historia de la MMAS con un nombre nuevo y la misma caja vacía», "
        "resume Tomás Urrutia Belmonte, profesor de relaciones internacionales."
    )
    _, mission = _quotes(text, ES)[
        "Nadie quiere repetir la historia de la MMAS con un nombre nuevo y la misma caja vacía"
    ]
    assert mission != "MSS"


def test_guard_a_mission_named_outside_the_quotation_stays() -> None:
    # (guard: the quotation names no mission; the sentence names the BINUH outside it)
    text = _FRG + (
        "« Nous avons besoin de juges autant que de policiers », a déclaré la cheffe du BINUH, "
        "Carla Mendès-Roy."
    )
    _, mission = _quotes(text, FR)["Nous avons besoin de juges autant que de policiers"]
    assert mission == "BINUH"


# -- a delegate's title in apposition after a person's name: the person speaks ------------------------


def test_person_then_delegate_title_speaks_as_the_person() -> None:
    text = (
        "Le Conseil de sécurité a adopté lundi la résolution 2999.\n\n"
        "Ana Kobia-Mwangi, ambassadrice du Kenya auprès de l'ONU, a qualifié le texte de "
        "« pas décisif pour la région »."
    )
    assert ("Ana Kobia-Mwangi", "pas décisif pour la région") in of(text, FR, "quote")


def test_persona_y_cargo_de_representante() -> None:
    text = (
        "El Consejo de Seguridad aprobó el lunes la resolución 2999.\n\n"
        "Rodrigo Salcedo Ibáñez, representante permanente de Chile, celebró el acuerdo como "
        "“una señal de unidad muy necesaria”."
    )
    assert ("Rodrigo Salcedo Ibáñez", "una señal de unidad muy necesaria") in of(text, ES, "quote")


def test_guard_a_delegate_with_no_name_speaks_for_the_country() -> None:
    # (guard: no person before the title; the delegation speaks)
    text = (
        "Le Conseil de sécurité a adopté lundi la résolution 2999.\n\n"
        "Le représentant du Mexique a jugé le texte « trop timide sur le financement »."
    )
    assert ("Mexico", "trop timide sur le financement") in of(text, FR, "quote")


# -- a parliamentary group beside its member; a member called by the first of two surnames -----------


def test_group_before_its_member_is_no_person() -> None:
    text = (
        "La senadora del Frente Amplio Lucía Berreta Sosa votó en contra.\n\n"
        "«No vamos a mandar soldados a una guerra que no es nuestra», afirmó Berreta."
    )
    assert ("Lucía Berreta Sosa", "No vamos a mandar soldados a una guerra que no es nuestra") in of(
        text, ES, "quote"
    )
    assert ("Lucía Berreta Sosa", "senadora del Frente Amplio") in of(text, ES, "role")


def test_group_in_brackets_after_its_member() -> None:
    text = (
        "El diputado Martín Olaizola Ríos (Grupo Mixto) pidió más información: «Queremos saber "
        "cuánto cuesta cada soldado desplegado en el exterior»."
    )
    speakers = {s for s, _ in of(text, ES, "quote")}
    assert speakers == {"Martín Olaizola Ríos"}


def test_guard_a_group_with_no_member_named_gives_no_person() -> None:
    # (guard: the Grupo Popular alone is nobody's name)
    text = "El Grupo Popular registró una pregunta sobre el coste de las misiones en el exterior."
    assert of(text, ES, "role") == set()


# -- places the gazetteer lacks, listed by name in each pack ------------------------------------------


def test_naqoura_after_a_bare_preposition() -> None:
    text = "Le 3 mars, trois Casques bleus ghanéens ont été blessés à Naqoura par des éclats d'obus."
    assert ("Naqoura", 3) in of(text, FR, "injured")


def test_naqura_spelled_the_spanish_way_is_naqoura() -> None:
    text = "El 3 de marzo, tres cascos azules ghaneses resultaron heridos en Naqura por la metralla."
    assert ("Naqoura", 3) in of(text, ES, "injured")


def test_catatumbo_without_its_noun() -> None:
    text = "Desde febrero, más de 12.000 personas han huido de sus veredas en el Catatumbo."
    assert ("Catatumbo", 12000) in {(s, v) for s, v in of(text, ES, "displaced")}


# -- a national body's term is no mission's mandate ----------------------------------------------------


def test_a_transitional_councils_term_is_no_mandate_expiry() -> None:
    text = (
        "Le BINUH a été prorogé en janvier.\n\n"
        "Le mandat du Conseil présidentiel de transition expire le 7 mai, sans accord sur la suite."
    )
    assert dated(text, FR, "mandate.expiry", "2025-03-10") == set()


def test_el_mandato_del_gobierno_de_transicion() -> None:
    text = (
        "La BINUH fue prorrogada en enero.\n\n"
        "El mandato del Gobierno de transición vence el 7 de mayo y no hay acuerdo sobre el relevo."
    )
    assert dated(text, ES, "mandate.expiry", "2025-03-10") == set()


def test_guard_a_missions_mandate_keeps_its_expiry() -> None:
    # (guard: the mandate is the BINUH's)
    text = "Le mandat du BINUH expire le 15 juillet 2025."
    assert {v for _, v, _, _ in dated(text, FR, "mandate.expiry")} == {"2025-07-15"}
