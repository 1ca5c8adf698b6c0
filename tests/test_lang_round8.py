"""Families of structure the French and Spanish packs read after fr10/es10 were opened (the eighth
round, aimed at precision on unseen text): an unnamed speaker described with where they serve, a
body's name read as no person, the predecessor named by its lead's demonym, a sum set aside for a
deployment, a contribution announced or still to come, a force that reaches a figure, a figure
for the predecessor. Each is tested with sentences written for it, none taken from a set."""

from __future__ import annotations

from missionwatch.models import Claim
from missionwatch.nlp import extract

PUB = "2026-01-27"


def read(text: str, language: str, published: str = PUB) -> list[Claim]:
    return extract(text, published, language=language)


def speakers(text: str, language: str) -> set[object]:
    return {c.subject for c in read(text, language) if c.measure == "quote"}


def test_an_unnamed_speaker_keeps_the_post_that_describes_them() -> None:
    """ "un officier canadien en poste à Jacmel", "un funcionario chileno destacado en Santiago":
    where an unnamed speaker serves is part of who they are, not what follows them."""
    fr = (
        "Titre\n\n« Personne ne sait encore qui paiera les relèves de l'été prochain », a confié un "
        "officier canadien en poste à Jacmel."
    )
    assert speakers(fr, "fr") == {"un officier canadien en poste à Jacmel"}
    fr2 = (
        "Titre\n\n« Les routes du Sud restent coupées depuis trois semaines », a expliqué une "
        "responsable humanitaire présente aux Cayes."
    )
    assert speakers(fr2, "fr") == {"une responsable humanitaire présente aux Cayes"}
    es = (
        "Titular\n\n«Nadie quiere pagar el combustible de los blindados», dijo un diplomático "
        "chileno destacado en Ginebra."
    )
    assert speakers(es, "es") == {"un diplomático chileno destacado en Ginebra"}


def test_a_speaker_described_by_their_town_keeps_it() -> None:
    """ "une infirmière de Jérémie": the town names the speaker; what follows a speaker ("à l'issue
    de la réunion", "tras la votación") still does not."""
    fr = "Titre\n\n« Nous manquons de tout depuis le mois de mars », a déclaré une infirmière à Jérémie."
    assert speakers(fr, "fr") == {"une infirmière à Jérémie"}
    fr2 = (
        "Titre\n\n« Le texte ne règle rien du financement », a estimé un diplomate africain à "
        "l'issue de la réunion."
    )
    assert speakers(fr2, "fr") == {"un diplomate africain"}
    es = (
        "Titular\n\n«El texto no resuelve el financiamiento», afirmó un diplomático africano tras "
        "la votación."
    )
    assert speakers(es, "es") == {"un diplomático africano"}


def roles_of(text: str, language: str) -> set[tuple[object, object]]:
    return {(c.subject, c.value) for c in read(text, language) if c.measure == "role"}


def test_a_body_named_after_its_noun_is_no_person() -> None:
    """ "directrice de l'association haïtienne Femmes Debout", "profesora de la Universidad
    Autónoma": a capitalised name after a body's noun, or holding one, is the body, not a person
    who holds the title or says the words."""
    fr = (
        "Titre\n\n« Les dons arrivent au compte-gouttes depuis l'été », a déclaré Rose-Marie "
        "Delva, directrice de l'association haïtienne Femmes Debout, lors d'une conférence de presse."
    )
    assert {s for s, _ in roles_of(fr, "fr")} == {"Rose-Marie Delva"}
    assert speakers(fr, "fr") == {"Rose-Marie Delva"}
    es = (
        "Titular\n\n«La fuerza necesita un presupuesto fijo», dijo Lucía Ferrer Soto, profesora de "
        "ciencia política de la Universidad Autónoma Central, en una entrevista."
    )
    assert {s for s, _ in roles_of(es, "es")} == {"Lucía Ferrer Soto"}


def missions_of(text: str, language: str, measure: str, published: str = PUB) -> set[object]:
    return {c.mission for c in read(text, language, published) if c.measure == measure}


def test_the_predecessor_named_by_its_leads_demonym_owns_its_figures() -> None:
    """In an article about the GSF, "la misión keniana", "la force kényane" name the MSS it
    replaced by the demonym of the country that led it (of the missions Kenya led, the one the
    article names or that came before or after one it names): the figures of that clause are the
    MSS's."""
    es = (
        "Titular\n\nLa Fuerza de Supresión de Pandillas (GSF) celebra su primera reunión de "
        "donantes. La misión keniana nunca pasó de 900 agentes y su fondo recaudó apenas 90 "
        "millones de dólares, cuando su presupuesto se estimaba en unos 500 millones."
    )
    assert missions_of(es, "es", "funding.required") == {"MSS"}
    assert missions_of(es, "es", "funding.contributed") == {"MSS"}
    fr = (
        "Titre\n\nLa Force de répression des gangs (FRG) réunit ses bailleurs à New York. La "
        "force kényane avait un budget annuel estimé à 500 millions de dollars."
    )
    assert missions_of(fr, "fr", "funding.required") == {"MSS"}
    own = (
        "Titre\n\nLa Force de répression des gangs (FRG) réunit ses bailleurs à New York. Les "
        "policiers kényans y restent nombreux ; son budget annuel est estimé à 800 millions de "
        "dollars."
    )
    assert missions_of(own, "fr", "funding.required") == {"GSF"}


def money(text: str, language: str) -> set[tuple[str, object]]:
    return {(c.measure, c.value) for c in read(text, language) if c.measure.startswith("funding.")}


def test_a_sum_allotted_to_a_deployment_is_its_cost() -> None:
    """ "ha destinado $4,1 millones al despliegue", "a consacré 4 millions d'euros au déploiement":
    what a government sets aside for a deployment is what the deployment costs it, not a payment
    to the mission; "el presupuesto asignado … es de" is a budget."""
    es = (
        "Titular\n\nLa Fuerza de Supresión de Pandillas (GSF) sigue en Haití. Honduras ha "
        "destinado 4,1 millones de dólares al despliegue en lo que va del año."
    )
    assert money(es, "es") == {("funding.required", 4_100_000)}
    es2 = (
        "Titular\n\nLa Fuerza de Supresión de Pandillas (GSF) sigue en Haití. El presupuesto "
        "asignado para este año es de 39 millones de quetzales."
    )
    assert money(es2, "es") == {("funding.required", 39_000_000)}
    fr = (
        "Titre\n\nLa Force de répression des gangs (FRG) reste en Haïti. Le Bénin a consacré 4 "
        "millions d'euros au déploiement de ses policiers cette année."
    )
    assert money(fr, "fr") == {("funding.required", 4_000_000)}
    paid = (
        "Titular\n\nLa Fuerza de Supresión de Pandillas (GSF) sigue en Haití. Honduras ha "
        "destinado 4,1 millones de dólares al fondo fiduciario de la fuerza."
    )
    assert money(paid, "es") == {("funding.contributed", 4_100_000)}


def test_a_contribution_announced_or_still_to_come_is_a_pledge() -> None:
    """ "avait annoncé en mars une contribution de", "apportera une contribution de", "aportará una
    contribución de": the noun is the object of a pledge or of a future verb, so the sum is promised;
    "a promis des troupes et a versé une contribution" stays paid."""
    fr = (
        "Titre\n\nLa Force de répression des gangs (FRG) reste en Haïti. Le Japon, qui avait "
        "annoncé en mars une contribution de 12 millions de dollars, reste discret."
    )
    assert money(fr, "fr") == {("funding.pledged", 12_000_000)}
    fr2 = (
        "Titre\n\nLa Force de répression des gangs (FRG) reste en Haïti. Le Japon apportera une "
        "contribution supplémentaire de 5 millions d'euros au fonds d'ici l'été."
    )
    assert money(fr2, "fr") == {("funding.pledged", 5_000_000)}
    es = (
        "Titular\n\nLa Fuerza de Supresión de Pandillas (GSF) sigue en Haití. Japón aportará una "
        "contribución adicional de 5 millones de dólares al fondo antes del verano."
    )
    assert money(es, "es") == {("funding.pledged", 5_000_000)}
    paid = (
        "Titre\n\nLa Force de répression des gangs (FRG) reste en Haïti. Le Canada a promis des "
        "troupes et a versé une contribution de 5 millions de dollars au fonds."
    )
    assert money(paid, "fr") == {("funding.contributed", 5_000_000)}


def counts(text: str, language: str) -> set[tuple[str, object]]:
    return {(c.measure, c.value) for c in read(text, language) if c.measure.startswith("personnel.")}


def test_a_force_that_reaches_a_figure_has_that_strength() -> None:
    """ "la fuerza llegó a 1.140 efectivos", "elle est arrivée à 1 140 agents": arriving at a
    figure is reaching a strength, not a group landing; "llegó a Puerto Príncipe" still arrives."""
    es = (
        "Titular\n\nLa Fuerza de Supresión de Pandillas (GSF) sigue en Haití. Con el último relevo, "
        "la fuerza llegó a unos 1.140 efectivos."
    )
    assert counts(es, "es") == {("personnel.deployed", 1140)}
    fr = (
        "Titre\n\nLa Force de répression des gangs (FRG) reste en Haïti. Avec ce relevé, elle est "
        "arrivée à 1 140 agents."
    )
    assert counts(fr, "fr") == {("personnel.deployed", 1140)}
    landed = (
        "Titular\n\nLa Fuerza de Supresión de Pandillas (GSF) sigue en Haití. Un grupo de 140 "
        "policías kenianos llegó a Puerto Príncipe el lunes."
    )
    assert counts(landed, "es") == {("personnel.arrived", 140)}


def test_a_figure_for_the_predecessor_is_the_predecessors() -> None:
    """ "contre quelque 500 millions pour la MMAS", "frente a unos 500 millones para su
    predecesora": the figure's own phrase says whose it is, over the force named before it."""
    fr = (
        "Titre\n\nLa Force de répression des gangs (FRG) devrait coûter environ 900 millions de "
        "dollars par an, contre quelque 500 millions pour la MMAS."
    )
    assert {(c.mission, c.value) for c in read(fr, "fr") if c.measure == "funding.required"} == {
        ("GSF", 900_000_000),
        ("MSS", 500_000_000),
    }
    es = (
        "Titular\n\nLa Fuerza de Supresión de Pandillas (GSF) costará unos 900 millones de dólares "
        "al año, frente a unos 500 millones para su predecesora."
    )
    assert {(c.mission, c.value) for c in read(es, "es") if c.measure == "funding.required"} == {
        ("GSF", 900_000_000),
        ("MSS", 500_000_000),
    }
