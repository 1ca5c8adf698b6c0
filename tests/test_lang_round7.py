"""Families of structure the French and Spanish packs read after fr9/es9 were opened (the seventh
round): a mandate's end told by its weekday, footnote calls, changes, payments held back, places of
a distribution, groups among a toll, a force that peaked at a figure, penholders. Each is tested
with sentences written for it, none taken from a set."""

from __future__ import annotations

from missionwatch.models import Claim
from missionwatch.nlp import extract

PUB = "2026-01-27"  # a Tuesday


def read(text: str, language: str, published: str = PUB) -> list[Claim]:
    return extract(text, published, language=language)


def expiries(text: str, language: str, published: str = PUB) -> set[object]:
    return {c.value for c in read(text, language, published) if c.measure == "mandate.expiry"}


def test_a_mandate_ending_on_a_weekday_ends_ahead_of_publication() -> None:
    """ "qui arrivait à échéance dimanche", "cuyo mandato vence el viernes": a term runs out on the
    coming weekday, not on the last one (which a weekday telling what happened names)."""
    fr = (
        "Titre\n\nLe Conseil de sécurité a prorogé mardi le mandat du Bureau intégré des Nations "
        "Unies en Haïti (BINUH), qui arrivait à échéance dimanche."
    )
    assert expiries(fr, "fr") == {"2026-02-01"}
    es = (
        "Titular\n\nEl Consejo de Seguridad renovó el martes el mandato de la Oficina Integrada de "
        "las Naciones Unidas en Haití (BINUH), que vence el viernes."
    )
    assert expiries(es, "es") == {"2026-01-30"}


def test_an_expiry_weekday_before_publications_weekday_is_next_week() -> None:
    """Published on a Tuesday, "expire lundi" is the Monday to come, six days on."""
    fr = "Titre\n\nLe Conseil de sécurité doit se prononcer sur le BINUH, dont le mandat expire lundi."
    assert expiries(fr, "fr") == {"2026-02-02"}


def facts(text: str, language: str, published: str = PUB) -> set[tuple[object, ...]]:
    return {(c.measure, c.subject, c.value) for c in read(text, language, published)}


def test_a_footnote_call_is_no_figure() -> None:
    """ "en evacuación(2)", "en décembre(3)": a number in brackets set against its word is a note's
    call; a count in brackets after a space still counts."""
    es = (
        "Titular\n\nHonduras aportaba 120 policías militares y Belice, nueve especialistas en "
        "logística(2).\n\nEn mayo(5) había 650.000 desplazados en Haití."
    )
    got = facts(es, "es")
    assert not {f for f in got if f[2] in (2, 5)}
    assert ("displaced", "Haiti", 650000) in got
    fr = "Titre\n\nLe nombre de déplacés atteignait 640 000 en novembre(4), selon l'OIM."
    got = facts(fr, "fr")
    assert not {f for f in got if f[2] == 4}
    assert ("displaced", "Haiti", 640000) in got


def test_a_change_is_no_count() -> None:
    """ "soit une augmentation de plus de 900 décès", "un aumento de 700 víctimas": how many more
    than before, not how many; the count before it stands."""
    fr = (
        "Titre\n\nAu moins 4 200 personnes ont été tuées l'an dernier, soit une augmentation de plus "
        "de 900 décès par rapport à l'année précédente."
    )
    got = facts(fr, "fr")
    assert ("killed", "Haiti", 4200) in got
    assert not {f for f in got if f[2] == 900}
    es = "Titular\n\nEl año pasado murieron 3.900 personas, un aumento de 700 víctimas respecto a 2024."
    got = facts(es, "es")
    assert ("killed", "Haiti", 3900) in got
    assert not {f for f in got if f[2] == 700}


def test_the_weekday_an_end_is_told_by_dates_no_adoption() -> None:
    """ "a décidé ce matin de proroger …, dont le mandat arrivait à échéance dimanche": the weekday is
    the end's, not the day the Council acted."""
    fr = (
        "Titre\n\nLe Conseil de sécurité a décidé ce matin de proroger jusqu'au 31 janvier 2027 le "
        "mandat du Bureau intégré des Nations Unies en Haïti (BINUH), dont le mandat actuel arrivait "
        "à échéance dimanche."
    )
    adopted = {c.value for c in read(fr, "fr") if c.measure == "council.adopted"}
    assert "2026-01-25" not in adopted
    assert expiries(fr, "fr") == {"2027-01-31", "2026-02-01"}


def test_a_payment_held_back_is_withheld() -> None:
    """ "a suspendu le versement de", "congeló … destinados al fondo": the verb of paying names what
    is held back; a payment made in the next sentence stays contributed."""
    fr = (
        "Titre\n\nLundi, Ottawa a suspendu le versement de 12 millions de dollars destinés au fonds "
        "de la mission. Le Canada avait déjà versé 30 millions de dollars au fonds."
    )
    got = facts(fr, "fr", "2025-03-12")
    assert ("funding.withheld", "Canada", 12000000) in got
    assert ("funding.contributed", "Canada", 12000000) not in got
    assert ("funding.contributed", "Canada", 30000000) in got
    es = "Titular\n\nCanadá congeló en marzo unos US$12 millones destinados al fondo fiduciario de la misión."
    got = facts(es, "es", "2025-04-12")
    assert ("funding.withheld", "Canada", 12000000) in got
    assert ("funding.contributed", "Canada", 12000000) not in got


def test_a_distribution_names_no_place() -> None:
    """ "…, principalement dans les départements de l'Ouest et du Centre": where most of them were,
    not the figure's one place; a place the clause names stays the figure's."""
    fr = (
        "Titre\n\nAu moins 240 personnes ont été enlevées au cours du trimestre, principalement dans "
        "les départements de l'Ouest et du Centre. À Mirebalais, 30 personnes ont été tuées."
    )
    got = facts(fr, "fr", "2025-07-10")
    assert ("kidnapped", "Haiti", 240) in got
    assert ("killed", "Mirebalais", 30) in got
    es = (
        "Titular\n\nAl menos 240 personas fueron secuestradas en el trimestre, sobre todo en los "
        "departamentos del Oeste y del Centro."
    )
    assert ("kidnapped", "Haiti", 240) in facts(es, "es", "2025-07-10")


def test_a_group_among_a_toll_is_no_toll_of_its_own() -> None:
    """ "…, dont une vingtaine de femmes et quatre enfants", "dont 2 millions en phase d'urgence": a
    group among the same people; a part given for a place stays that place's."""
    fr = (
        "Titre\n\nSelon l'ONU, au moins 80 personnes ont été tuées, dont une vingtaine de femmes et "
        "quatre enfants. Quelque 1,2 million de personnes ont été déplacées, dont 300 000 dans le "
        "département du Centre."
    )
    got = facts(fr, "fr", "2025-07-10")
    assert {f for f in got if f[0] == "killed"} == {("killed", "Haiti", 80)}
    assert ("displaced", "Centre", 300000) in got
    fr = (
        "Titre\n\nQuelque 4,9 millions d'Haïtiens souffrent d'insécurité alimentaire aiguë, dont "
        "1,6 million en phase d'urgence."
    )
    got = facts(fr, "fr", "2025-07-10")
    assert ("people_in_need", "Haiti", 4900000) in got
    assert not {f for f in got if f[2] == 1600000}
    # a part told for a stretch of the period is a toll of its own
    fr = (
        "Titre\n\nLe bilan fait état de près de 5 000 personnes tuées en 2025, dont 1 200 au seul "
        "dernier trimestre."
    )
    assert ("killed", "Haiti", 1200) in facts(fr, "fr", "2026-01-20")


def test_a_force_that_peaked_at_a_figure_had_that_strength() -> None:
    """ "la force plafonnait à quelque 870 hommes": where it peaked, its strength; "plafonnée à" is
    still a ceiling."""
    fr = (
        "Titre\n\nÀ la fin de l'année, la force plafonnait à quelque 870 hommes. Le Conseil a "
        "autorisé une force plafonnée à 4 000 personnes."
    )
    got = facts(fr, "fr", "2025-12-10")
    assert ("personnel.deployed", None, 870) in got
    assert ("personnel.target", None, 870) not in got
    assert ("personnel.target", None, 4000) in got


def penholders(text: str, language: str, published: str = PUB) -> set[tuple[object, ...]]:
    return {(c.subject, c.value) for c in read(text, language, published) if c.measure == "council.penholder"}


def test_penholders_by_more_participles_and_a_text_of() -> None:
    """ "déposée par", "défendu par", "sur un texte de la France et du Ghana", "Redactores: …": the
    holders of the pen however the article names them."""
    fr = (
        "Titre\n\nLa résolution 2814, déposée par la France et le Ghana, a été adoptée jeudi.\n\n"
        "Le mandat est prolongé par la résolution 2814, adoptée à l'unanimité sur un texte de la "
        "France et du Ghana."
    )
    assert penholders(fr, "fr", "2026-01-29") == {("France", 2814), ("Ghana", 2814)}
    es = (
        "Titular\n\nEl Consejo de Seguridad aprobó el jueves la resolución 2814.\n\n"
        "• Redactores: Francia y Ghana."
    )
    assert penholders(es, "es", "2026-01-29") == {("France", 2814), ("Ghana", 2814)}
