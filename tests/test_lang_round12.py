"""Families of structure the French and Spanish packs read in the twelfth round (after fr14/es14
were opened), precision first: a force's total told with the people most of it are; a force that
loses its people; a mission spelled out before its acronym; contributor lists (where a counted
force comes from, in apposition to or named as the contributors, that sent people, whose
contingents stay); every troop contributor's demonyms; an unnamed speaker's description; a people
opening its clause; offers listed under their noun; plans and estimated costs as pledges; what a
correction note says "we wrote"; a delegation's demonym; people who had to leave their homes. Each
is tested with sentences written for it, none taken from a set, and fails on the packs before the
round (a `git archive` export of f1a8e1f)."""

from __future__ import annotations

from missionwatch.models import Claim
from missionwatch.nlp import extract

PUB = "2026-02-11"
FORCE_FR = "La Force de répression des gangs (FRG) poursuit son déploiement en Haïti. "
FORCE_ES = "La Fuerza de Supresión de Pandillas (GSF) sigue su despliegue en Haití. "
FR, ES = "fr", "es"


def read(text: str, language: str, published: str = PUB) -> list[Claim]:
    return extract("Titre\n\n" + text, published, language=language)


def facts(text: str, language: str) -> set[tuple[object, ...]]:
    return {(c.measure, c.mission, c.subject, c.value) for c in read(text, language)}


def test_a_total_followed_by_the_people_most_of_it_are_is_the_forces() -> None:
    """ "ronda los 800, la mayoría policías kenianos": 800 is the force's strength, not Kenya's;
    the same after "en su gran mayoría", "casi todos" and "dont une majorité de"."""
    es = facts(
        FORCE_ES + "Según su portavoz, la fuerza ronda hoy los 900, la mayoría soldados chadianos.", ES
    )
    assert ("personnel.deployed", "GSF", None, 900) in es
    assert not any(f[0] == "personnel.deployed" and f[2] == "Chad" for f in es)
    es = facts(FORCE_ES + "En el terreno hay unos 640, en su gran mayoría policías kenianos.", "es")
    assert ("personnel.deployed", "GSF", None, 640) in es
    es = facts(FORCE_ES + "Hoy la fuerza tiene alrededor de 520, casi todos guatemaltecos.", "es")
    assert ("personnel.deployed", "GSF", None, 520) in es
    fr = facts(
        FORCE_FR + "La force compte désormais quelque 760 agents, dont une majorité de policiers kényans.", FR
    )
    assert ("personnel.deployed", "GSF", None, 760) in fr
    assert not any(f[0] == "personnel.deployed" and f[2] == "Kenya" for f in fr)


def test_a_force_that_loses_its_people_counts_its_dead() -> None:
    """ "ont perdu la vie", "la misión perdió a cuatro cascos azules": a toll, not a deployment."""
    fr = facts(FORCE_FR + "Deux policiers jamaïcains ont perdu la vie depuis l'arrivée du contingent.", "fr")
    assert any(f[0] == "killed" and f[3] == 2 for f in fr)
    assert not any(f[0].startswith("personnel.") for f in fr)
    fr = facts(FORCE_FR + "La force régionale a perdu onze soldats malawites dans les combats d'avril.", "fr")
    assert any(f[0] == "killed" and f[3] == 11 for f in fr)
    es = facts(FORCE_ES + "La misión perdió a cinco cascos azules nepalíes en una emboscada.", "es")
    assert any(f[0] == "killed" and f[3] == 5 for f in es)
    es = facts(FORCE_ES + "Más de 2.300 personas han perdido la vida desde enero.", "es")
    assert any(f[0] == "killed" and f[3] == 2300 for f in es)


def test_a_mission_spelled_out_before_its_acronym_is_the_figures() -> None:
    """ "…mantiene unos 150 efectivos en la Misión de las Naciones Unidas en la República Democrática
    del Congo (MONUSCO)": MONUSCO's, however long the name before the acronym."""
    es = facts(
        FORCE_ES + "Perú mantiene además unos 210 efectivos en la Misión de las Naciones Unidas "
        "en la República Centroafricana (MINUSCA).",
        "es",
    )
    assert ("personnel.deployed", "MINUSCA", "Peru", 210) in es
    fr = facts(
        FORCE_FR + "Le Bénin maintient aussi quelque 300 casques bleus au sein de la Mission "
        "multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali (MINUSMA).",
        "fr",
    )
    assert ("personnel.deployed", "MINUSMA", "Benin", 300) in fr


def statuses(text: str, language: str) -> dict[object, object]:
    return {c.subject: c.value for c in read(text, language) if c.measure == "contributor"}


def test_a_list_a_counted_force_comes_from_is_deployed() -> None:
    """ "…, venus du Togo, du Niger et du Bénin", "procedentes de Kenia, Togo y Níger", "ainsi que
    des éléments togolais, nigériens et béninois": where a counted force's people come from."""
    fr = statuses(
        FORCE_FR + "La force compte 900 agents, dont des effectifs venus du Togo, du Niger et du Gabon.", FR
    )
    assert fr == {"Togo": "deployed", "Niger": "deployed", "Gabon": "deployed"}
    fr = statuses(
        FORCE_FR + "Elle compte 900 agents, ainsi que des éléments togolais, nigériens et béninois.", FR
    )
    assert fr == {"Togo": "deployed", "Niger": "deployed", "Benin": "deployed"}
    es = statuses(FORCE_ES + "La fuerza cuenta con unos 900 agentes, procedentes de Togo, Níger y Ghana.", ES)
    assert es == {"Togo": "deployed", "Niger": "deployed", "Ghana": "deployed"}


def test_a_list_in_apposition_to_the_contributors_or_named_as_them_is_deployed() -> None:
    """ "Le Togo et le Niger, les deux autres pays contributeurs, …", "Los principales países
    contribuyentes son la India, Pakistán y Nepal": contributors named without a figure."""
    fr = statuses(
        FORCE_FR + "Le Gabon et le Togo, les deux autres pays contributeurs, ont commencé leur retrait.", FR
    )
    assert fr == {"Gabon": "deployed", "Togo": "deployed"}
    fr = statuses(
        FORCE_FR + "Les principaux pays fournisseurs de contingents sont l'Inde, le Népal et le Ghana.", FR
    )
    assert fr == {"India": "deployed", "Nepal": "deployed", "Ghana": "deployed"}
    es = statuses(
        FORCE_ES + "Uruguay y Paraguay, los otros dos países contribuyentes, anunciaron su retiro.", ES
    )
    assert es == {"Uruguay": "deployed", "Paraguay": "deployed"}
    es = statuses(FORCE_ES + "Los principales países contribuyentes son la India, Pakistán y Nepal.", ES)
    assert es == {"India": "deployed", "Pakistan": "deployed", "Nepal": "deployed"}


def test_a_list_that_sent_people_or_whose_contingents_stay_is_deployed() -> None:
    """ "La Jamaïque, les Bahamas et le Belize, de petits pays, ont envoyé des hommes"; "El Salvador
    y Honduras confirman que sus contingentes seguirán en Haití"."""
    fr = statuses(FORCE_FR + "Le Togo, le Niger et le Bénin, des pays voisins, ont envoyé des hommes.", FR)
    assert fr == {"Togo": "deployed", "Niger": "deployed", "Benin": "deployed"}
    es = statuses(FORCE_ES + "Jamaica, Belice y Bahamas enviaron hombres a la misión.", ES)
    assert es == {"Jamaica": "deployed", "Belize": "deployed", "Bahamas": "deployed"}
    es = statuses(FORCE_ES + "El Salvador y Honduras confirman que sus contingentes seguirán en Haití.", ES)
    assert es == {"El Salvador": "deployed", "Honduras": "deployed"}


def test_every_troop_contributors_demonym_in_every_gender_and_number() -> None:
    """Togo, Niger and the other contributors the knowledge base named by their country only: each
    demonym, masculine and feminine, singular and plural, owns its figure."""
    cases = {
        FR: {
            "Togo": ["togolais", "togolaises"],
            "Niger": ["nigériens", "nigériennes"],
            "Burkina Faso": ["burkinabè"],
            "Cameroon": ["camerounais", "camerounaises"],
            "Pakistan": ["pakistanais"],
            "Gambia": ["gambiens"],
            "Guinea": ["guinéennes"],
        },
        ES: {
            "Togo": ["togoleses", "togolesas"],
            "Niger": ["nigerinos", "nigerinas"],
            "Nigeria": ["nigerianos"],
            "Ghana": ["ghaneses", "ghanesas"],
            "Senegal": ["senegalesas"],
            "Benin": ["benineses"],
            "Pakistan": ["pakistaníes"],
            "India": ["indios"],
            "Antigua and Barbuda": ["antiguanos"],
        },
    }
    noun = {FR: "policiers", ES: "policías"}
    for lang, countries in cases.items():
        force = FORCE_FR if lang == FR else FORCE_ES
        arrived = {FR: "sont arrivés lundi.", ES: "llegaron el lunes."}[lang]
        for country, forms in countries.items():
            for form in forms:
                got = facts(
                    force
                    + f"Quelque 45 {noun[lang]} {form} {arrived}".replace(
                        "Quelque", "Unos" if lang == ES else "Quelque"
                    ),
                    lang,
                )
                assert any(f[2] == country and f[3] == 45 for f in got), (lang, form, got)


def speakers(text: str, language: str) -> set[object]:
    return {c.subject for c in read(text, language) if c.measure == "quote"}


def test_an_unnamed_speaker_is_described_without_the_verbs_pronoun_or_a_participle_after() -> None:
    """ "Un chef de quartier de Martissant m'a dit : « … »" is said by "Un chef de quartier de
    Martissant" (not "… m'"); "une habitante de Delmas jointe par téléphone", "une mère assise devant
    sa tente", "un diplomático africano al término de la reunión" end before what follows them."""
    fr = (
        FORCE_FR
        + "Un chef de quartier de Martissant m'a dit un jour : « Quand ils partent, les gangs reviennent. »"
    )
    assert speakers(fr, FR) == {"Un chef de quartier de Martissant"}
    fr = (
        FORCE_FR
        + "Une religieuse de Bel-Air le résumait ainsi : « Nous vivons au jour le jour, sans rien devant. »"
    )
    assert speakers(fr, FR) == {"Une religieuse de Bel-Air"}
    fr = (
        FORCE_FR + "« Les blindés passent, mais rien ne change dans la rue », confie une habitante de Delmas "
        "jointe par téléphone."
    )
    assert speakers(fr, FR) == {"une habitante de Delmas"}
    fr = (
        FORCE_FR + "« On nous promet des vivres chaque semaine, rien ne vient », lance une mère de famille "
        "assise devant sa tente."
    )
    assert speakers(fr, FR) == {"une mère de famille"}
    es = (
        FORCE_ES + '"Nadie cree que esto baste, pero hoy salimos con algo", resume un diplomático africano '
        "al término de la reunión."
    )
    assert speakers(es, ES) == {"un diplomático africano"}


def test_a_people_opening_its_clause_owns_the_personnel_it_counts() -> None:
    """ "Les Kényans restent l'épine dorsale, avec environ 700 policiers", "Los jamaicanos suman hoy
    54 agentes": the people named as the subject are their country's contingent."""
    fr = facts(
        FORCE_FR + "Les Ghanéens restent l'épine dorsale, avec environ 640 soldats sur le terrain.", FR
    )
    assert ("personnel.deployed", "GSF", "Ghana", 640) in fr
    fr = facts(FORCE_FR + "La force compte 900 agents ; les Togolais en fournissent environ 350.", FR)
    assert ("personnel.deployed", "GSF", "Togo", 350) in fr
    es = facts(FORCE_ES + "Los jamaicanos suman hoy 54 agentes en la fuerza.", ES)
    assert ("personnel.deployed", "GSF", "Jamaica", 54) in es
    # a people counted after "de" is no contingent
    es = facts(FORCE_ES + "Más de cinco millones de haitianos necesitan ayuda humanitaria.", ES)
    assert not any(f[0].startswith("personnel.") for f in es)


def test_offers_listed_under_their_noun_each_give_the_figure() -> None:
    """ "Ofertas de diciembre: Chad y Bangladés, 1.500 efectivos cada uno", "Offres : le Togo et le
    Ghana, 900 soldats chacun": a pledge of each country, told by the offers' noun."""
    es = facts(FORCE_ES + "Ofertas de enero: Togo y Ghana, 900 efectivos cada uno.", ES)
    assert {("personnel.pledged", "GSF", "Togo", 900), ("personnel.pledged", "GSF", "Ghana", 900)} <= es
    fr = facts(FORCE_FR + "Offres de janvier : le Togo et le Gabon, 400 soldats chacun.", FR)
    assert {("personnel.pledged", "GSF", "Togo", 400), ("personnel.pledged", "GSF", "Gabon", 400)} <= fr


def test_a_deployment_a_government_plans_or_counts_on_is_a_pledge() -> None:
    """ "Le gouvernement togolais table sur l'arrivée de 200 policiers", "Ghana proyecta enviar 300
    soldados", "baraja enviar": still to come, a pledge, not an arrival."""
    fr = facts(FORCE_FR + "Le gouvernement togolais table sur l'arrivée de 200 policiers en mars.", FR)
    assert ("personnel.pledged", "GSF", "Togo", 200) in fr
    fr = facts(FORCE_FR + "Le Ghana projette d'envoyer 300 soldats.", FR)
    assert ("personnel.pledged", "GSF", "Ghana", 300) in fr
    es = facts(FORCE_ES + "Ghana proyecta enviar 300 soldados en junio.", ES)
    assert ("personnel.pledged", "GSF", "Ghana", 300) in es
    es = facts(FORCE_ES + "El Gobierno de Togo baraja enviar 200 policías.", ES)
    assert ("personnel.pledged", "GSF", "Togo", 200) in es


def test_what_a_correction_note_says_we_wrote_is_withdrawn() -> None:
    """ "Corrección: en la entrada de las 15:30 atribuimos a Ghana una oferta de 900 efectivos",
    "Correction : à 15 h 30, nous écrivions que le Ghana avait offert 900 soldats": no 900."""
    es = facts(
        FORCE_ES + "Ghana ofreció 700 efectivos. 17:10 — Corrección: en la entrada de las 15:30 atribuimos "
        "a Ghana una oferta de 900 efectivos.",
        ES,
    )
    assert ("personnel.pledged", "GSF", "Ghana", 700) in es and not any(f[3] == 900 for f in es)
    fr = facts(
        FORCE_FR + "Le Ghana a offert 700 soldats. 18 h 02 — Correction : à 15 h 30, nous écrivions que le "
        "Ghana avait offert 900 soldats.",
        FR,
    )
    assert ("personnel.pledged", "GSF", "Ghana", 700) in fr and not any(f[3] == 900 for f in fr)


def test_a_delegation_speaks_for_its_country_unless_it_reports_a_forces_count() -> None:
    """ "La delegación hondureña recordó que mantiene 120 militares": Honduras's; "La délégation
    américaine a rappelé que la force ne compte qu'environ 870 agents": the force's."""
    es = facts(FORCE_ES + "La delegación hondureña recordó que mantiene 120 militares en el país.", ES)
    assert ("personnel.deployed", "GSF", "Honduras", 120) in es
    fr = facts(FORCE_FR + "La délégation gabonaise a annoncé l'envoi de 250 soldats.", FR)
    assert ("personnel.pledged", "GSF", "Gabon", 250) in fr
    fr = facts(
        FORCE_FR + "La délégation américaine a rappelé que la force ne compte qu'environ 870 agents.", FR
    )
    assert ("personnel.deployed", "GSF", None, 870) in fr


def test_a_deployment_whose_cost_is_estimated_is_still_to_come() -> None:
    """ "Le Ghana évalue à 90 millions le coût du déploiement de ses 600 soldats": a pledge; the cost
    of one done ("El costo del despliegue de 150 militares ascendió a…") stays a deployment."""
    fr = facts(
        FORCE_FR + "Le Ghana évalue à 90 millions de dollars le coût du déploiement de ses 600 soldats.", FR
    )
    assert ("personnel.pledged", "GSF", "Ghana", 600) in fr
    es = facts(
        FORCE_ES + "Ghana calcula en 90 millones de dólares el costo del despliegue de sus 600 soldados.", ES
    )
    assert ("personnel.pledged", "GSF", "Ghana", 600) in es
    es = facts(
        FORCE_ES + "El costo del despliegue de 150 militares ascendió a 6 millones de dólares en 2025.", ES
    )
    assert ("personnel.deployed", "GSF", None, 150) in es


def test_people_who_had_to_leave_their_homes_are_displaced() -> None:
    """ "ont dû quitter leur foyer", "han tenido que abandonar sus hogares / sus casas": the phrase,
    not the verb of leaving alone (a return), tells the measure."""
    fr = facts(
        FORCE_FR + "Environ 1,2 million d'Haïtiens ont dû quitter leur foyer, et 4,1 millions ont faim.", FR
    )
    assert ("displaced", None, "Haiti", 1_200_000) in fr
    es = facts(
        FORCE_ES + "La OIM calcula que más de 600.000 personas han tenido que abandonar sus hogares.", ES
    )
    assert ("displaced", None, "Haiti", 600_000) in es
    es = facts(FORCE_ES + "Más de 450.000 haitianos han tenido que abandonar sus casas, según la ONU.", ES)
    assert ("displaced", None, "Haiti", 450_000) in es
