"""Families of structure the French and Spanish packs read after fr5/es5 were opened: a planned
size against the force as it stands, counts whose noun is left out, bounds under a negation,
people on the ground, a speaker's country. Each is tested with sentences written for it."""

from __future__ import annotations

from missionwatch.models import Claim
from missionwatch.nlp import extract

PUB = "2025-03-12"  # a Wednesday


def read(text: str, language: str, published: str = PUB) -> list[Claim]:
    return extract(text, published, language=language)


def facts(text: str, language: str, published: str = PUB) -> set[tuple[object, ...]]:
    return {(c.measure, c.subject, c.value) for c in read(text, language, published)}


def claim(text: str, language: str, value: int) -> Claim:
    found = [c for c in read(text, language) if c.value == value]
    assert len(found) == 1, found
    return found[0]


def test_a_planned_size_is_a_target_without_a_ceiling_category() -> None:
    """ "devait compter 3 000 soldats et policiers", "debía llegar a 3.000 agentes": what the force
    was planned at, exact and of no category; a ceiling ("jusqu'à") keeps its categories."""
    fr = "Titre\n\nLa force, qui devait compter 3 000 soldats et policiers, peine à recruter."
    c = claim(fr, "fr", 3000)
    assert (c.measure, c.subject, c.qualifier) == ("personnel.target", None, "exact")
    es = "Titular\n\nLa operación debía llegar a 3.000 agentes antes de fin de año, según el plan."
    c = claim(es, "es", 3000)
    assert (c.measure, c.subject, c.qualifier) == ("personnel.target", None, "exact")
    ceiling = "Titre\n\nLe texte autorise jusqu'à 4 000 militaires et policiers pour la nouvelle force."
    c = claim(ceiling, "fr", 4000)
    assert (c.measure, c.subject, c.qualifier) == ("personnel.target", "uniformed", "at_most")


def test_people_a_force_is_authorised_are_its_ceiling() -> None:
    got = facts("Titre\n\nLa résolution autorise une force de 3 200 personnes au plus.", "fr")
    assert ("personnel.target", None, 3200) in got
    got = facts("Titular\n\nEl Consejo autorizó una fuerza de hasta 3.200 personas.", "es")
    assert ("personnel.target", None, 3200) in got


def test_people_on_the_ground_are_the_force_as_it_stands() -> None:
    """A phrase of presence is the force's strength; a contrast keeps the plan after it apart."""
    fr = (
        "Titre\n\nQuelque 620 policiers sont aujourd'hui sur le terrain, alors que la force doit "
        "compter à terme 3 000 membres."
    )
    got = facts(fr, "fr")
    assert ("personnel.deployed", None, 620) in got
    assert ("personnel.target", None, 3000) in got
    es = "Titular\n\nUnos 620 policías se encuentran sobre el terreno, mientras que el plan prevé 3.000."
    assert ("personnel.deployed", None, 620) in facts(es, "es")


def test_a_count_whose_noun_is_left_out_stands_for_the_people_before_it() -> None:
    """The clitic "en", a partitive pronoun and "otros" count the people counted before them."""
    fr = "Titre\n\nLa force devait réunir 3 000 agents ; elle n'en aligne qu'environ 900."
    got = facts(fr, "fr")
    assert ("personnel.target", None, 3000) in got
    assert ("personnel.deployed", None, 900) in got
    es = (
        "Titular\n\nLa fuerza cuenta con unos 1.200 efectivos. Ruanda aporta cerca de 400 de ellos.\n"
        "Benín completó su relevo: 90 soldados llegaron a la capital y otros 90 regresaron a Cotonú."
    )
    got = facts(es, "es")
    assert ("personnel.deployed", "Rwanda", 400) in got
    assert ("personnel.arrived", "Benin", 90) in got
    assert ("personnel.returned", "Benin", 90) in got
    # a count of things the clitic stands for is none of this ("il n'en existe que huit")
    things = "Titre\n\nLe camp compte 2 000 personnes. Il n'en existe que six, de latrines."
    assert not {f for f in facts(things, "fr") if f[0].startswith("personnel.")}


def test_a_lower_bound_under_a_negation_is_an_upper_one() -> None:
    fr = "Titre\n\nLa force devait compter 3 000 agents ; elle n'en a jamais eu plus d'un millier."
    c = claim(fr, "fr", 1000)
    assert (c.measure, c.qualifier) == ("personnel.deployed", "at_most")
    es = "Titular\n\nLa fuerza, que debía reunir 3.000 agentes, no supera el millar de efectivos."
    c = claim(es, "es", 1000)
    assert (c.measure, c.qualifier) == ("personnel.deployed", "at_most")
    # not negated: a lower bound; "pas moins de" carries its own
    c = claim("Titular\n\nLa fuerza apenas supera los 1.300 efectivos.", "es", 1300)
    assert (c.measure, c.qualifier) == ("personnel.deployed", "at_least")
    c = claim("Titre\n\nLa force ne compte pas moins de 700 soldats.", "fr", 700)
    assert c.qualifier == "at_least"


def test_a_little_under_is_at_most() -> None:
    c = claim("Titre\n\nLa mission compte un peu moins de 900 agents.", "fr", 900)
    assert c.qualifier == "at_most"
    c = claim("Titular\n\nLa misión tiene poco menos de 900 efectivos.", "es", 900)
    assert c.qualifier == "at_most"


def test_a_relative_clause_on_the_force_owns_its_figure() -> None:
    es = (
        "Titular\n\nRuanda, que lidera la operación, mantiene cerca de 500 soldados en el país y sigue "
        "siendo el grueso de una fuerza que este mes rondaba el millar de integrantes."
    )
    got = facts(es, "es")
    assert ("personnel.deployed", "Rwanda", 500) in got
    assert ("personnel.deployed", None, 1000) in got


def test_his_country_is_the_speakers() -> None:
    fr = (
        "Titre\n\nÀ Kigali, le ministre rwandais de la Défense a assuré que son pays tiendrait sa "
        "promesse de 800 soldats."
    )
    assert ("personnel.pledged", "Rwanda", 800) in facts(fr, "fr")


def council_facts(text: str, language: str, published: str = "2025-11-03") -> set[tuple[object, ...]]:
    return {
        (c.measure, c.subject, c.value)
        for c in read(text, language, published)
        if c.measure.startswith("council.")
    }


def test_a_penholder_participle_may_open_the_sentence() -> None:
    """ "Rédigé par la France et le Ghana, le texte …": the participle capitalised; a resolution
    named as what set something up is a reference, the text is the last one named."""
    fr = (
        "Titre\n\nLe Conseil de sécurité a adopté jeudi la résolution 2759.\n"
        "Rédigé par la France et le Ghana, le texte prolonge le dispositif établi par la résolution 2699."
    )
    got = council_facts(fr, "fr")
    assert ("council.penholder", "France", 2759) in got
    assert ("council.penholder", "Ghana", 2759) in got
    es = (
        "Titular\n\nEl Consejo de Seguridad aprobó el jueves la resolución 2759.\n"
        "Presentado por Francia y Ghana, el texto mantiene el techo de tropas."
    )
    got = council_facts(es, "es")
    assert ("council.penholder", "France", 2759) in got
    assert ("council.penholder", "Ghana", 2759) in got


def test_a_tally_in_figures_after_the_number_is_an_adoption() -> None:
    fr = "Titre\n\n• 30 septembre 2025 — La résolution 2793 (12-0-3) transforme la mission."
    got = council_facts(fr, "fr")
    assert ("council.vote", "2793", "12-0-3") in got
    assert ("council.adopted", "2793", "2025-09-30") in got


def test_abstainers_listed_after_a_colon() -> None:
    es = (
        "Titular\n\nLa resolución 2793 obtuvo 12 votos a favor, ninguno en contra y tres abstenciones: "
        "las de China, Argelia y Pakistán."
    )
    got = council_facts(es, "es")
    assert {("council.member_vote", c, "abstain") for c in ("China", "Algeria", "Pakistan")} <= got
    fr = (
        "Titre\n\nLa résolution 2793 a recueilli 12 voix pour et trois abstentions : celles de la Chine, "
        "de l'Algérie et du Pakistan."
    )
    got = council_facts(fr, "fr")
    assert {("council.member_vote", c, "abstain") for c in ("China", "Algeria", "Pakistan")} <= got


def quotes_of(text: str, language: str) -> dict[str, object]:
    return {str(c.value): c.subject for c in read(text, language) if c.measure == "quote"}


def test_a_delegation_after_the_verb_speaks_for_its_country() -> None:
    es = """Titular\n\n"Seguiremos apoyando a la policía haitiana", dijo la delegación chilena."""
    assert quotes_of(es, "es") == {"Seguiremos apoyando a la policía haitiana": "Chile"}
    fr = "Titre\n\n« Nous resterons aux côtés de la police haïtienne », a déclaré la délégation béninoise."
    assert quotes_of(fr, "fr") == {"Nous resterons aux côtés de la police haïtienne": "Benin"}


def test_a_speaker_named_in_the_sentence_before_goes_on() -> None:
    """A possessive delegate ("son représentant"), a pronoun subject before the quotation ("Il a
    demandé que … « … »") or a bare verb ("», dijo.") is whoever the sentence before named."""
    fr = (
        "Titre\n\n« Le texte est équilibré et nous le soutenons », a dit le délégué de la France.\n"
        "La délégation algérienne a soutenu la prorogation. « Le dialogue politique doit rester la priorité "
        "absolue », a déclaré son représentant.\n"
        "Le représentant du Ghana a rappelé les besoins. Il a demandé que le fonds soit « enfin doté de "
        "moyens à la hauteur »."
    )
    got = quotes_of(fr, "fr")
    assert got["Le dialogue politique doit rester la priorité absolue"] == "Algeria"
    assert got["enfin doté de moyens à la hauteur"] == "Ghana"
    es = (
        'Titular\n\n"Necesitamos más recursos para la policía", afirmó la diputada Lucía Ramírez Soto.\n'
        "El diputado Tomás Herrera Vidal recordó que el país lleva un año en la misión.\n"
        '"Queremos conocer los resultados concretos de la misión", dijo.'
    )
    got = quotes_of(es, "es")
    assert got["Queremos conocer los resultados concretos de la misión"] == "Tomás Herrera Vidal"


def money(text: str, language: str) -> set[tuple[object, ...]]:
    return {(c.measure, c.subject, c.value) for c in read(text, language) if c.measure.startswith("funding.")}


def test_what_a_request_or_an_appropriation_governs_is_required() -> None:
    """A grant a ministry asks for, an appropriation voted to cover costs, a deployment's cost: no
    payment, whatever the purpose clause after the sum says ("para cubrir los gastos")."""
    es = (
        "Titular\n\nEl ministerio solicitó al Congreso una asignación de Q40 millones para 2026.\n"
        "El Congreso aprobó en marzo una ampliación de Q18 millones para cubrir los gastos del contingente.\n"
        "El costo total del despliegue hondureño asciende a 12 millones de dólares, según el informe que "
        "el ministerio entregó al Congreso."
    )
    got = money(es, "es")
    assert ("funding.required", "Guatemala", 40_000_000) in got
    assert ("funding.required", "Guatemala", 18_000_000) in got
    assert ("funding.required", None, 12_000_000) in got
    assert not {f for f in got if f[0] == "funding.contributed"}
    # a payment stays one
    assert ("funding.contributed", "Canada", 5_000_000) in money(
        "Titular\n\nCanadá entregó 5 millones de dólares al fondo fiduciario.", "es"
    )


def test_an_office_named_alone_is_not_the_figures_mission() -> None:
    """An article naming the support office (UNSOH) and no force: its counts and funds are the
    host's force running then, not the office's."""
    es = (
        "Titular\n\nLa oficina de apoyo, la UNSOH, tendrá su sede en Puerto Príncipe.\n"
        "Washington congeló unos 15 millones de dólares."
    )
    got = [c for c in read(es, "es", "2025-10-20") if c.measure.startswith("funding.")]
    assert [c.mission for c in got] == ["GSF"]
    # dated to a month before the successor ("en febrero" is February 2025 since the sixth round):
    # the force running then
    dated = es.replace("congeló unos", "congeló en febrero unos")
    got = [c for c in read(dated, "es", "2025-10-20") if c.measure.startswith("funding.")]
    assert [(c.mission, c.as_of) for c in got] == [("MSS", "2025-02")]


def test_a_size_a_force_was_designed_for_is_its_target() -> None:
    es = "Titular\n\nLa fuerza estaba pensada para 3.000 agentes; hoy tiene unos 900."
    got = facts(es, "es")
    assert ("personnel.target", None, 3000) in got
    assert ("personnel.deployed", None, 900) in got
    es = "Titular\n\nLa fuerza tiene poco menos de 900 efectivos, cuando el plan era de 3.000."
    assert ("personnel.target", None, 3000) in facts(es, "es")


def test_prison_staff_in_a_ceiling_are_corrections() -> None:
    es = (
        "Titular\n\nEl texto fija un techo de 9.000 militares, 1.200 policías y 90 funcionarios de prisiones."
    )
    assert ("personnel.target", "corrections", 90) in facts(es, "es")


def test_a_ceiling_on_the_day_a_force_replaces_another_is_the_new_ones() -> None:
    """On the day both run (the successor adopted, the predecessor not yet ended), a ceiling looks
    ahead: it is the incoming force's."""
    es = "Titular\n\nLas cifras: la nueva fuerza en Haití podrá contar con un máximo de 4.000 efectivos."
    got = [c for c in read(es, "es", "2025-09-30") if c.measure == "personnel.target"]
    assert [c.mission for c in got] == ["GSF"]


def test_a_country_after_the_verb_of_its_sum_owns_it() -> None:
    es = "Titular\n\nEl fondo suma 90 millones de dólares, de los cuales 40 millones los aportó Noruega."
    assert ("funding.contributed", "Norway", 40_000_000) in money(es, "es")


def test_an_offer_governs_a_noun_object_after_an_aside() -> None:
    es = (
        "Titular\n\nHonduras se sumó luego de que su presidente ofreciera en mayo, ante la Asamblea "
        "General, el envío de 120 efectivos."
    )
    got = facts(es, "es")
    assert ("personnel.pledged", "Honduras", 120) in got
    assert not {f for f in got if f[0] == "personnel.arrived"}


def test_a_gapped_coordination_shares_the_first_verb() -> None:
    """ "A a promis N, et B M": the second country's figure takes the first one's verb and is its own."""
    fr = "Titre\n\nLe Mexique a promis 8 millions de dollars, et l'État haïtien lui-même 30 millions."
    got = money(fr, "fr")
    assert ("funding.pledged", "Mexico", 8_000_000) in got
    assert ("funding.pledged", "Haiti", 30_000_000) in got
    es = "Titular\n\nAl cierre del año, Honduras tenía desplegados 120 policías y Costa Rica, 40 efectivos."
    got = facts(es, "es")
    assert ("personnel.deployed", "Honduras", 120) in got
    assert ("personnel.deployed", "Costa Rica", 40) in got


def test_a_share_or_a_change_in_percent_is_no_measure() -> None:
    fr = (
        "Titre\n\nPrès de 70 % des homicides ont eu lieu dans l'Ouest. Les gangs contrôlent 80 % de la "
        "capitale, soit 10 % de plus qu'en janvier."
    )
    got = {(c.measure, c.value) for c in read(fr, "fr") if c.unit == "percent"}
    assert got == {("gang_control", 80)}
    got = facts("Titre\n\nPort-au-Prince reste à 85 % sous la coupe des gangs.", "fr")
    assert ("gang_control", "Port-au-Prince", 85) in got


def roles_of(text: str, language: str) -> set[tuple[object, ...]]:
    return {(c.subject, c.value) for c in read(text, language) if c.measure == "role"}


def test_titles_coordinated_after_a_copula_split_where_the_next_title_starts() -> None:
    fr = (
        "Titre\n\nUne tribune.\n\nMarc-Antoine Duplessy est sociologue et ancien directeur de la "
        "planification au ministère de l'Intérieur et des Collectivités."
    )
    assert roles_of(fr, "fr") == {
        ("Marc-Antoine Duplessy", "sociologue"),
        (
            "Marc-Antoine Duplessy",
            "ancien directeur de la planification au ministère de l'Intérieur et des Collectivités",
        ),
    }
    es = (
        "Titular\n\nUna columna.\n\nClaudia Patricia Rojas Menéndez es investigadora del Centro de "
        "Estudios Regionales y fue consejera de la Embajada de Honduras en Washington."
    )
    assert roles_of(es, "es") == {
        ("Claudia Patricia Rojas Menéndez", "investigadora del Centro de Estudios Regionales"),
        ("Claudia Patricia Rojas Menéndez", "consejera de la Embajada de Honduras en Washington"),
    }


def test_a_broadcaster_is_no_person() -> None:
    fr = "Titre\n\n« Nous tenons la zone », a dit un inspecteur joint par Radio Kiskeya."
    assert not roles_of(fr, "fr")


def test_what_a_count_counts_may_be_named_in_its_clause() -> None:
    """ "le nombre de déplacés a atteint N", "estimait à N le nombre de personnes déplacées", a label
    ("Desplazados: más de N"): the noun that says what the figure counts is elsewhere in its clause."""
    fr = (
        "Titre\n\nUne note.\n\nLe nombre de déplacés internes a franchi la barre de 900 000, dit l'OIM.\n"
        "L'agence estimait en mai à près de 800 000 le nombre de personnes déplacées dans le pays, dont "
        "plus de 90 000 dans le département du Nord²."
    )
    got = {(c.measure, c.subject, c.value, c.qualifier) for c in read(fr, "fr")}
    assert ("displaced", "Haiti", 900_000, "at_least") in got
    assert ("displaced", "Haiti", 800_000, "approx") in got  # not the part's place
    assert ("displaced", "Nord", 90_000, "at_least") in got  # no footnote mark in the name
    es = "Titular\n\nUna nota.\n\n- Desplazados: más de 900.000 (OIM, mayo de 2025)."
    assert ("displaced", "Haiti", 900_000) in facts(es, "es")


def statuses_of(text: str, language: str) -> set[tuple[object, ...]]:
    return {(c.subject, c.value) for c in read(text, language) if c.measure in ("contributor", "donor")}


def test_the_people_of_a_share_of_a_count_are_no_contributor() -> None:
    es = "Titular\n\nLa fuerza cuenta con unos 1.100 efectivos, en su mayoría policías ruandeses."
    assert not statuses_of(es, "es")
    # a contingent placed beside a count is one
    es = "Titular\n\nLa fuerza cuenta con unos 1.100 efectivos, junto a militares de Benín y Chad."
    assert {("Benin", "deployed"), ("Chad", "deployed")} <= statuses_of(es, "es")


def test_a_vote_beside_a_country_places_no_contingent() -> None:
    es = (
        "Titular\n\nIncluso Argelia, que se había abstenido junto a China, votó esta vez a favor de la "
        "misión y de sus contingentes."
    )
    assert not statuses_of(es, "es")


def test_a_plan_governs_what_it_would_send_and_a_whole_is_no_ones() -> None:
    es = (
        "Titular\n\nUna nota.\n\nEl ministerio presentó su plan para enviar 60 policías más a Haití.\n"
        "Honduras mantiene unos 90 efectivos en la fuerza, mientras que la fuerza en su conjunto apenas "
        "supera los 1.200 efectivos."
    )
    got = facts(es, "es")
    assert not {f for f in got if f[0] == "personnel.arrived"}
    assert ("personnel.deployed", "Honduras", 90) in got
    assert ("personnel.deployed", None, 1200) in got


def test_a_missions_own_count_is_no_contingents_and_awaited_troops_are_expected() -> None:
    fr = (
        "Titre\n\nLa Force de répression des gangs (FRG), qui compte environ 1 100 agents, attend pour "
        "juin ses premiers contingents béninois."
    )
    got = facts(fr, "fr")
    assert ("personnel.deployed", None, 1100) in got
    assert ("contributor", "Benin", "expected") in got
