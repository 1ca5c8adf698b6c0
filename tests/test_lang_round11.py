"""Families of structure the French and Spanish packs read in the eleventh round (after fr13/es13
arrived), aimed at recall that transfers: countries named without a figure that are contributors.
An offer of unspecified kind said of a list ("ont annoncé des contributions", "anunciaron
compromisos"); a list that will stay engaged; a country that offers a team; a country that keeps a
team, told in a relative clause; a list of contingents announced as coming; a list that is willing,
the cue read after the whole list. Each is tested with sentences written for it, none taken from a
set."""

from __future__ import annotations

from missionwatch.models import Claim
from missionwatch.nlp import extract

PUB = "2026-02-11"
FORCE_FR = "La Force de répression des gangs (FRG) poursuit son déploiement en Haïti. "
FORCE_ES = "La Fuerza de Supresión de Pandillas (GSF) sigue su despliegue en Haití. "


def read(text: str, language: str, published: str = PUB) -> list[Claim]:
    return extract("Titre\n\n" + text, published, language=language)


def statuses(text: str, language: str) -> dict[object, object]:
    return {c.subject: c.value for c in read(text, language) if c.measure == "contributor"}


def test_an_offer_of_unspecified_kind_said_of_a_list_makes_contributors() -> None:
    """ "Le Togo, le Niger et le Sénégal ont eux aussi annoncé des contributions, sans chiffre" are
    committed contributors, as are "Uruguay y Paraguay anunciaron compromisos"; notified
    contributions are pledged ones. A country that announces nothing gets no status."""
    fr = FORCE_FR + "Le Togo, le Niger et le Sénégal ont eux aussi annoncé des contributions, sans chiffre."
    assert statuses(fr, "fr") == {"Togo": "committed", "Niger": "committed", "Senegal": "committed"}
    fr_notified = FORCE_FR + "Le Ghana et le Rwanda ont notifié des contributions au Secrétariat."
    assert statuses(fr_notified, "fr") == {"Ghana": "pledged", "Rwanda": "pledged"}
    es = FORCE_ES + "Uruguay y Paraguay también anunciaron compromisos, sin dar cifras."
    assert statuses(es, "es") == {"Uruguay": "committed", "Paraguay": "committed"}
    assert statuses(FORCE_FR + "Le Togo a accueilli une réunion régionale.", "fr") == {}
    money = FORCE_FR + "Le Togo et le Niger ont annoncé des contributions financières au fonds."
    assert "committed" not in statuses(money, "fr").values()


def test_a_list_that_stays_engaged_is_committed() -> None:
    """ "Le Ghana et le Togo assurent qu'ils resteront engagés au sein de la FRG", "Uruguay seguirá
    comprometido con la fuerza", "Paraguay se sumó con un batallón" are commitments."""
    fr = FORCE_FR + "Le Ghana et le Togo assurent qu'ils resteront engagés au sein de la force."
    assert statuses(fr, "fr") == {"Ghana": "committed", "Togo": "committed"}
    fr_one = FORCE_FR + "Le Rwanda, qui a soutenu le texte, a indiqué qu'il resterait engagé dans la force."
    assert statuses(fr_one, "fr") == {"Rwanda": "committed"}
    es = FORCE_ES + "Paraguay se sumó con un batallón de infantería."
    assert statuses(es, "es") == {"Paraguay": "committed"}


def test_a_country_that_offers_a_team_has_pledged_it() -> None:
    """ "Uruguay, que ya tiene oficiales en la isla, ofrece un equipo de ingenieros": the offer, not
    the aside's team, is the status; "Le Ghana propose une unité médicale" likewise."""
    es = FORCE_ES + "Uruguay, que ya tiene oficiales en la isla, ofrece un equipo de ingenieros."
    assert statuses(es, "es") == {"Uruguay": "pledged"}
    fr = FORCE_FR + "Le Ghana propose une unité médicale, sans préciser ses effectifs."
    assert statuses(fr, "fr") == {"Ghana": "pledged"}


def test_a_country_keeping_a_team_in_a_relative_clause_is_deployed() -> None:
    """ "Uruguay, que mantiene en Haití una unidad de ingenieros, no envió delegación": the relative
    clause places its team; "Le Ghana, qui maintient sur place une compagnie du génie" likewise."""
    es = FORCE_ES + "Uruguay, que mantiene en Haití una unidad de ingenieros, no envió delegación."
    assert statuses(es, "es") == {"Uruguay": "deployed"}
    fr = FORCE_FR + "Le Ghana, qui maintient sur place une compagnie du génie, n'a pas pris la parole."
    assert statuses(fr, "fr") == {"Ghana": "deployed"}


def test_contingents_announced_as_coming_are_expected() -> None:
    """ "… ainsi que le Togo et le Niger, qui ont annoncé l'envoi prochain de contingents", "annoncé
    l'arrivée prochaine de personnels bahaméens et tchadiens", "anunció la próxima llegada de
    efectivos uruguayos": expected, not deployed."""
    fr = (
        FORCE_FR + "Le ministre a remercié le Ghana, dont les agents sont déjà sur place, ainsi que le "
        "Togo et le Niger, qui ont annoncé l'envoi prochain de contingents."
    )
    got = statuses(fr, "fr")
    assert got.get("Togo") == "expected" and got.get("Niger") == "expected"
    fr_arrival = FORCE_FR + "Le chef a annoncé l'arrivée prochaine de personnels bahaméens et tchadiens."
    assert statuses(fr_arrival, "fr") == {"Bahamas": "expected", "Chad": "expected"}
    es = FORCE_ES + "El mando anunció la próxima llegada de efectivos uruguayos y paraguayos."
    assert statuses(es, "es") == {"Uruguay": "expected", "Paraguay": "expected"}


def test_a_willing_list_is_read_after_its_last_country() -> None:
    """ "Le Togo ainsi qu'Antigua-et-Barbuda ont également fait savoir qu'ils étaient disposés à y
    participer": the cue is read after the list, joined by "ainsi qu'"; "ont manifesté leur intérêt",
    "expresó su disposición de permanecer" are willing."""
    fr = (
        FORCE_FR + "Le Togo ainsi qu'Antigua-et-Barbuda ont également fait savoir au Secrétariat "
        "qu'ils étaient disposés à y participer."
    )
    assert statuses(fr, "fr") == {"Togo": "willing", "Antigua and Barbuda": "willing"}
    fr_interest = FORCE_FR + "Le Ghana et le Niger ont manifesté leur intérêt pour la nouvelle force."
    assert statuses(fr_interest, "fr") == {"Ghana": "willing", "Niger": "willing"}
    es = FORCE_ES + "Uruguay ya expresó su disposición de permanecer en la fuerza."
    assert statuses(es, "es") == {"Uruguay": "willing"}


def test_a_demonym_is_read_in_every_gender_and_number() -> None:
    """The knowledge base writes some demonyms in one or two forms ("brésilien", "brasileño"); "des
    policiers brésiliens", "le contingent équatorien", "soldados brasileños y colombianos" are the
    same countries' people."""
    fr = FORCE_FR + "Des policiers brésiliens et mexicains sont déjà sur le terrain."
    assert statuses(fr, "fr") == {"Brazil": "deployed", "Mexico": "deployed"}
    es = FORCE_ES + "Soldados brasileños y colombianos ya operan en la misión."
    assert statuses(es, "es") == {"Brazil": "deployed", "Colombia": "deployed"}


def deployed(text: str, language: str) -> set[tuple[object, object]]:
    return {(c.subject, c.value) for c in read(text, language) if c.measure == "personnel.deployed"}


def test_the_people_a_force_counts_are_its_strength() -> None:
    """ "La force compte environ 800 personnes", "la fuerza apenas supera las 1.000 personas": people
    a force counts are its personnel; people a place or a political office counts are not."""
    assert deployed(FORCE_FR + "Fin janvier, la force comptait environ 800 personnes.", "fr") == {(None, 800)}
    assert deployed(FORCE_ES + "Tres meses después, la fuerza apenas supera las 900 personas.", "es") == {
        (None, 900)
    }
    assert deployed(FORCE_FR + "Le camp de Tabarre compte environ 800 personnes.", "fr") == set()


def test_a_contributors_people_told_without_their_noun() -> None:
    """ "Kenia mantiene en el país unos 700." ends the clause on the figure: the contributor's people;
    "Le Kenya reste le premier contributeur, avec quelque 700 policiers" is Kenya's strength."""
    assert deployed(FORCE_ES + "Kenia mantiene hoy en el país unos 650.", "es") == {("Kenya", 650)}
    fr = FORCE_FR + "Le Kenya reste de loin le premier contributeur, avec quelque 650 policiers."
    assert deployed(fr, "fr") == {("Kenya", 650)}
    es = FORCE_ES + "Kenia sigue siendo el principal contribuyente, con unos 650 agentes."
    assert deployed(es, "es") == {("Kenya", 650)}


def test_the_participle_after_a_people_noun_tells_the_measure() -> None:
    """ "près de 4 000 personnes tuées", "unas 4.000 personas asesinadas": killed, whatever the verb
    of counting before ("a compté", "registró")."""
    fr = "Le BINUH a compté près de 4 000 personnes tuées en 2025."
    assert {(c.measure, c.value) for c in read(fr, "fr")} == {("killed", 4000)}
    es = "La oficina registró unas 4.000 personas asesinadas en 2025."
    assert {(c.measure, c.value) for c in read(es, "es")} == {("killed", 4000)}


def test_a_notes_call_is_no_count() -> None:
    """ "…por las pandillas.(1) Con estas cifras…": the bracketed call of a note is no figure."""
    es = (
        "La BINUH documentó que al menos 1.523 personas fueron asesinadas por las pandillas.(1) Con "
        "estas cifras, el número total de personas asesinadas en el año se eleva a cerca de 6.000."
    )
    assert sorted(c.value for c in read(es, "es") if c.measure == "killed") == [1523, 6000]


def pledged(text: str, language: str) -> set[tuple[object, object]]:
    return {(c.subject, c.value) for c in read(text, language) if c.measure == "personnel.pledged"}


def test_a_country_that_gives_as_much_as_another_has_the_same_figure() -> None:
    """ "Le Ghana a offert 500 personnels et le Togo un nombre équivalent", "…, autant que le Togo",
    "Le Togo a mis sur la table un nombre équivalent" (the next sentence), "Ghana ofreció 500
    efectivos y Togo otro tanto": the Togo's pledge is 500 too; a country only named beside it
    ("comme l'avait annoncé le Togo") gets nothing."""
    both = {("Ghana", 500), ("Togo", 500)}
    assert (
        pledged(FORCE_FR + "Le Ghana a offert 500 personnels et le Togo un nombre équivalent.", "fr") == both
    )
    assert pledged(FORCE_FR + "Le Ghana a proposé 500 militaires, autant que le Togo.", "fr") == both
    nxt = FORCE_FR + "Le Ghana a proposé 500 soldats. Le Togo a mis sur la table un nombre équivalent."
    assert pledged(nxt, "fr") == both
    assert pledged(FORCE_ES + "Ghana ofreció 500 efectivos y Togo otro tanto.", "es") == both
    named = FORCE_FR + "Le Ghana a proposé 500 soldats, comme l'avait annoncé le Togo."
    assert pledged(named, "fr") == {("Ghana", 500)}
