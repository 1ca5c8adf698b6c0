"""Families the French and Spanish packs read in the twentieth round (after fr22/es22 were opened).
Each is tested with sentences written for it, none taken from a set, and fails on the packs before
the round (a `git archive` export of fe9f2ec)."""

from __future__ import annotations

import pytest

from missionwatch.models import Claim
from missionwatch.nlp import extract

FR, ES = "fr", "es"


def read(text: str, language: str, published: str = "2026-02-10") -> list[Claim]:
    return extract("Titre\n\n" + text, published, language=language)


def speakers(text: str, language: str) -> dict[str, object]:
    return {str(c.value): c.subject for c in read(text, language) if c.measure == "quote"}


# -- who says words in their own sentence, described but not named ---------------------------------

_FR_FIRST = (
    "La MINUSCA réduit ses effectifs. « Nous restons engagés auprès de la population », "
    "a déclaré le ministre Ibrahima Sall. "
)
_ES_FIRST = (
    "La MSS reduce sus efectivos. «Seguimos comprometidos con la población», dijo el ministro Juan Pérez. "
)


@pytest.mark.parametrize(
    ("text", "language", "words", "speaker"),
    [
        (
            _FR_FIRST + "Selon un officier tanzanien cité par la radio de son pays, "
            "« les hommes sont fatigués mais prêts ».",
            FR,
            "les hommes sont fatigués mais prêts",
            "un officier tanzanien",
        ),
        (
            _FR_FIRST + "Pour un responsable de la MINUSCA qui a requis l'anonymat, "
            "« le retrait se fera dans les délais prévus ».",
            FR,
            "le retrait se fera dans les délais prévus",
            "un responsable de la MINUSCA",
        ),
        (
            _ES_FIRST + "Según un oficial salvadoreño citado por la radio local, "
            "«los hombres están cansados pero listos».",
            ES,
            "los hombres están cansados pero listos",
            "un oficial salvadoreño",
        ),
        (
            _ES_FIRST + "Para un funcionario de la misión que pidió el anonimato, "
            "«la retirada se hará en los plazos previstos».",
            ES,
            "la retirada se hará en los plazos previstos",
            "un funcionario de la misión",
        ),
    ],
)
def test_selon_or_pour_an_unnamed_speaker(text: str, language: str, words: str, speaker: str) -> None:
    """ "Selon un officier … , « … »", "Para un funcionario …, «…»": the speaker the clause opens on,
    not the one quoted before."""
    assert speakers(text, language)[words] == speaker


@pytest.mark.parametrize(
    ("text", "language", "words", "speaker"),
    [
        (
            _FR_FIRST
            + "Un ancien officier de liaison de la mission, rencontré à Bangui, le dit sans détour : "
            "« Nous avons laissé les villages seuls face aux groupes armés. »",
            FR,
            "Nous avons laissé les villages seuls face aux groupes armés.",
            "Un ancien officier de liaison de la mission",
        ),
        (
            _ES_FIRST
            + "Un antiguo oficial de enlace de la misión, consultado en Puerto Príncipe, lo resume así: "
            "«Dejamos a los barrios solos frente a las pandillas.»",
            ES,
            "Dejamos a los barrios solos frente a las pandillas.",
            "Un antiguo oficial de enlace de la misión",
        ),
        (
            _FR_FIRST
            + "Un haut fonctionnaire du Département des opérations de paix, s'exprimant sous le couvert "
            "de l'anonymat, a reconnu que les missions devraient "
            "« renoncer à plusieurs bases isolées » cette année.",
            FR,
            "renoncer à plusieurs bases isolées",
            "Un haut fonctionnaire du Département des opérations de paix",
        ),
    ],
)
def test_a_described_speaker_with_an_adjective_or_a_long_service(
    text: str, language: str, words: str, speaker: str
) -> None:
    """ "Un ancien officier …", "Un antiguo oficial …" (an adjective before the noun), "Un haut
    fonctionnaire du Département des opérations de paix" (nine words): the speaker."""
    assert speakers(text, language)[words] == speaker


def test_an_inspector_speaks() -> None:
    """ "Un inspecteur de la police …, espère pour sa part « … »": an inspector is a speaker's noun."""
    got = speakers(
        _FR_FIRST + "Un inspecteur de la police nationale, qui a requis l'anonymat, espère pour sa part "
        "« un vrai appui en blindés et en renseignement ».",
        FR,
    )
    assert got["un vrai appui en blindés et en renseignement"] == "Un inspecteur de la police nationale"


def test_the_subject_of_what_was_said_does_not_go_on_speaking() -> None:
    """ "Un porte-parole … a indiqué que trois agents avaient été blessés. « … », a-t-il ajouté": the
    agents are what he said, not who goes on speaking."""
    got = speakers(
        "La mission est arrivée à Port-au-Prince. Un porte-parole de la police a indiqué que trois agents "
        "avaient été blessés lundi lors d'une patrouille. « La population attend des résultats concrets », "
        "a-t-il ajouté.",
        FR,
    )
    assert got["La population attend des résultats concrets"] == "Un porte-parole de la police"


# -- a national unit's people with no verb of their own ------------------------------------------


def counts(text: str, language: str) -> set[tuple[object, ...]]:
    return {
        (c.measure, c.subject, c.value)
        for c in read(text, language)
        if c.measure.startswith("personnel.") or c.measure == "contributor"
    }


@pytest.mark.parametrize(
    ("text", "language", "country", "value"),
    [
        (
            "La MINUSCA compte 14 000 Casques bleus. Le contingent marocain, environ 750 hommes dans le "
            "pays, reste le plus exposé.",
            FR,
            "Morocco",
            750,
        ),
        (
            "La MONUSCO compte 11 000 Casques bleus. Le territoire de Beni est couvert notamment par un "
            "bataillon népalais de quelque 850 Casques bleus.",
            FR,
            "Nepal",
            850,
        ),
        (
            "La MINURSO cuenta con 200 observadores. El contingente uruguayo, unos 90 efectivos en el país, "
            "sigue siendo el mayor.",
            ES,
            "Uruguay",
            90,
        ),
        (
            "La FINUL cuenta con 10.000 cascos azules. El sector está cubierto por un batallón indonesio de "
            "unos 850 cascos azules.",
            ES,
            "Indonesia",
            850,
        ),
    ],
)
def test_a_national_unit_and_its_figure(text: str, language: str, country: str, value: int) -> None:
    """ "Le contingent marocain, environ 750 hommes", "un bataillon népalais de quelque 850 Casques
    bleus", "El contingente uruguayo, unos 90 efectivos": the country's people there, not only a
    contributor without a figure."""
    assert ("personnel.deployed", country, value) in counts(text, language)


def test_a_unit_strong_of_its_people_unless_it_did_something_else() -> None:
    """ "Le contingent espagnol, fort d'environ 650 militaires, emploie …": its strength; "Le nouveau
    contingent jamaïcain, fort de 120 agents, a atterri …": still an arrival."""
    got = counts(
        "La FINUL compte 10 000 Casques bleus. Le contingent espagnol, fort d'environ 650 militaires, "
        "emploie aussi des civils libanais. Le nouveau contingent irlandais, fort de 120 soldats, a "
        "atterri mardi à Beyrouth.",
        FR,
    )
    assert ("personnel.deployed", "Spain", 650) in got
    assert ("personnel.arrived", "Ireland", 120) in got


def test_people_posted_in_the_country() -> None:
    """ "400 policiers jamaïcains sont actuellement en poste en Haïti": present there."""
    got = counts(
        "La MSS compte 1 000 agents. Plus de 400 policiers jamaïcains sont actuellement en poste en "
        "Haïti au sein de la MSS, a déclaré lundi le ministre.",
        FR,
    )
    assert ("personnel.deployed", "Jamaica", 400) in got


# -- the year a toll or a sum is of, and the period named again ------------------------------------


def dated(text: str, language: str, published: str = "2026-02-10") -> set[tuple[object, ...]]:
    return {(c.measure, c.value, c.as_of) for c in read(text, language, published)}


@pytest.mark.parametrize(
    ("text", "language", "fact"),
    [
        (
            "Au moins 4 200 personnes ont été tuées en Haïti en 2024, selon le Haut-Commissariat.",
            FR,
            ("killed", 4200, "2024-12-31"),
        ),
        (
            "Sur l'ensemble de l'année 2025, le nombre de personnes tuées avoisine 5 000.",
            FR,
            ("killed", 5000, "2025-12-31"),
        ),
        (
            "Al menos 4.200 personas fueron asesinadas en Haití en 2024, según la ONU.",
            ES,
            ("killed", 4200, "2024-12-31"),
        ),
        (
            "Durante 2025, al menos 1.200 personas resultaron heridas en Haití.",
            ES,
            ("injured", 1200, "2025-12-31"),
        ),
        (
            "La France a versé 3 millions de dollars au fonds en 2024.",
            FR,
            ("funding.contributed", 3000000, "2024-12-31"),
        ),
    ],
)
def test_the_year_a_toll_or_a_sum_is_of(text: str, language: str, fact: tuple[object, ...]) -> None:
    """ "tuées en 2024", "sur l'ensemble de l'année 2025", "durante 2025": an ended year's figure is
    dated at the year's end, as "l'an dernier" is."""
    assert fact in dated(text, language)


def test_a_year_is_no_date_of_a_strength() -> None:
    """ "La MINUSCA, créée en 2014, compte …": a year dates tolls and sums, not a force's strength;
    and the year still running stays a year."""
    got = dated(
        "La MINUSCA, déployée en 2014, compte 14 000 Casques bleus. En 2026, au moins 300 personnes "
        "ont été tuées en Centrafrique.",
        FR,
    )
    assert ("personnel.deployed", 14000, "2026-02-10") in got
    assert ("killed", 300, "2026") in got


@pytest.mark.parametrize(
    ("text", "language", "facts"),
    [
        (
            "Entre le 1er avril et le 30 juin 2025, le Bureau a recensé au moins 1 300 personnes tuées. "
            "Dans le département du Centre, au moins 200 personnes ont été tuées au cours du trimestre. "
            "Au moins 150 personnes ont été enlevées au cours de la même période.",
            FR,
            {("killed", 200, "2025-06-30"), ("kidnapped", 150, "2025-06-30")},
        ),
        (
            "Entre abril y junio de 2025, la Oficina documentó al menos 1.300 personas asesinadas. En el "
            "mismo periodo se registraron 150 secuestros.",
            ES,
            {("kidnapped", 150, "2025-06-30")},
        ),
    ],
)
def test_the_period_named_again(text: str, language: str, facts: set[tuple[object, ...]]) -> None:
    """ "au cours du trimestre", "au cours de la même période", "en el mismo periodo": the period the
    report's toll before was of, at its end."""
    assert facts <= dated(text, language)


def test_another_period_is_not_the_one_named_before() -> None:
    """ "Au cours du trimestre précédent": not the report's period (and not dated by it)."""
    got = dated(
        "Entre le 1er avril et le 30 juin 2025, le Bureau a recensé au moins 1 300 personnes tuées. Au "
        "cours du trimestre, au moins 200 personnes ont été enlevées. Au cours du trimestre précédent, "
        "au moins 1 500 personnes avaient été tuées.",
        FR,
    )
    assert ("kidnapped", 200, "2025-06-30") in got
    assert ("killed", 1500, "2025-06-30") not in got


# -- places no gazetteer lists, named by an apposition or by their surroundings --------------------


def places(text: str, language: str) -> set[tuple[object, ...]]:
    return {
        (c.measure, c.subject, c.value) for c in read(text, language) if c.measure in ("killed", "injured")
    }


@pytest.mark.parametrize(
    ("text", "language", "fact"),
    [
        (
            "Un porte-parole de la police a indiqué que trois agents avaient été tués jeudi lors d'une "
            "opération à Bolosse, un quartier de la capitale.",
            FR,
            ("killed", "Bolosse", 3),
        ),
        (
            "En août, au moins 25 civils ont été tués dans les environs de Bambouti, et nos équipes ont "
            "soigné une trentaine de blessés.",
            FR,
            ("killed", "Bambouti", 25),
        ),
        (
            "Al menos 12 personas murieron en las inmediaciones de Bolosse, según la policía.",
            ES,
            ("killed", "Bolosse", 12),
        ),
        (
            "Tres policías murieron el jueves en Bolosse, un barrio de la capital, según un portavoz.",
            ES,
            ("killed", "Bolosse", 3),
        ),
    ],
)
def test_a_place_named_by_its_apposition_or_its_surroundings(
    text: str, language: str, fact: tuple[object, ...]
) -> None:
    """ "à Bolosse, un quartier de la capitale", "dans les environs de Bambouti", "en las
    inmediaciones de Bolosse": the toll's place, not the country."""
    assert fact in places(text, language)


# -- what a UN peace operation itself receives or has is its budget --------------------------------


def money(text: str, language: str) -> set[tuple[object, ...]]:
    return {(c.measure, c.mission, c.value) for c in read(text, language) if c.measure.startswith("funding.")}


@pytest.mark.parametrize(
    ("text", "language", "fact"),
    [
        (
            "Selon le budget adopté, la MINUSCA recevra 1,1 milliard de dollars pour l'exercice.",
            FR,
            ("funding.required", "MINUSCA", 1100000000),
        ),
        (
            "La FINUL dispose pour sa part de quelque 480 millions de dollars.",
            FR,
            ("funding.required", "UNIFIL", 480000000),
        ),
        (
            "Según el presupuesto aprobado, la MINUSCA recibirá 1.100 millones de dólares.",
            ES,
            ("funding.required", "MINUSCA", 1100000000),
        ),
        (
            "La FINUL dispone de unos 480 millones de dólares para el ejercicio.",
            ES,
            ("funding.required", "UNIFIL", 480000000),
        ),
    ],
)
def test_a_peace_operation_receiving_a_sum_is_its_budget(
    text: str, language: str, fact: tuple[object, ...]
) -> None:
    """ "la MINUSCA recevra 1,1 milliard", "la FINUL dispone de unos 480 millones": the operation's
    budget (funding.required), not a payment to it."""
    assert fact in money(text, language)


def test_a_fund_or_a_coalition_receiving_a_sum_is_paid() -> None:
    """The fund of an operation, or a force the Council only authorised, is paid what it receives."""
    got = money(
        "Le fonds d'affectation spéciale de la MINUSCA a reçu 12 millions de dollars. La FINUL dispose "
        "pour sa part de quelque 480 millions de dollars.",
        FR,
    )
    assert ("funding.contributed", "MINUSCA", 12000000) in got
    assert ("funding.required", "UNIFIL", 480000000) in got


# -- a strength noun a planning or authorising participle qualifies past its figure -----------------


def targets(text: str, language: str) -> set[tuple[object, ...]]:
    return {(c.measure, c.value) for c in read(text, language) if c.measure.startswith("personnel.")}


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        (
            "La MSS compte 800 agents. Le déploiement reste loin de l'effectif de 2 400 hommes prévu pour "
            "la force.",
            FR,
            2400,
        ),
        (
            "La FINUL compte 10 000 soldats. La résolution 1701 avait porté l'effectif de la Force à un "
            "maximum de 15 000 soldats.",
            FR,
            15000,
        ),
        (
            "La FINUL cuenta con 10.000 soldados. La resolución elevó el efectivo de la fuerza a un máximo "
            "de 15.000 soldados.",
            ES,
            15000,
        ),
    ],
)
def test_a_planned_or_capped_strength_past_its_figure(text: str, language: str, value: int) -> None:
    """ "l'effectif de 2 400 hommes prévu pour la force", "à un maximum de 15 000 soldats", "a un
    máximo de 15.000 soldados": a target, not the strength."""
    got = targets(text, language)
    assert ("personnel.target", value) in got
    assert ("personnel.deployed", value) not in got


# -- a place another is measured from is no place of the toll --------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Les Casques bleus ont renforcé leurs patrouilles autour de Mambasa, à quelque 60 kilomètres "
            "au nord de Bunia, où une attaque a fait au moins 20 morts.",
            FR,
        ),
        (
            "Las patrullas se reforzaron en los alrededores de Mambasa, a unos 60 kilómetros al norte de "
            "Bunia, donde un ataque dejó al menos 20 muertos.",
            ES,
        ),
    ],
)
def test_a_place_measured_from_is_a_landmark(text: str, language: str) -> None:
    """ "autour de Mambasa, à quelque 60 kilomètres au nord de Bunia": the toll is Mambasa's."""
    assert ("killed", "Mambasa", 20) in places(text, language)


# -- the end or the middle of a month, and the end of the report's quarter -------------------------


@pytest.mark.parametrize(
    ("text", "language", "fact"),
    [
        (
            "À la fin du mois de mai, 480 000 personnes étaient déplacées à l'intérieur du pays.",
            FR,
            ("displaced", 480000, "2025-05"),
        ),
        (
            "Selon l'OIM, près de 1,2 million de personnes étaient déplacées à la mi-juin.",
            FR,
            ("displaced", 1200000, "2025-06"),
        ),
        (
            "A fines de mayo, 480.000 personas estaban desplazadas en el país.",
            ES,
            ("displaced", 480000, "2025-05"),
        ),
        (
            "Entre le 1er janvier et le 31 mars 2025, au moins 1 500 personnes ont été tuées. Plus d'un "
            "million de personnes demeuraient déplacées à la fin du trimestre.",
            FR,
            ("displaced", 1000000, "2025-03-31"),
        ),
        (
            "Entre enero y marzo de 2025, al menos 1.500 personas fueron asesinadas. Más de un millón de "
            "personas seguían desplazadas al final del trimestre.",
            ES,
            ("displaced", 1000000, "2025-03-31"),
        ),
    ],
)
def test_the_end_or_the_middle_of_a_month_or_of_the_quarter(
    text: str, language: str, fact: tuple[object, ...]
) -> None:
    """ "à la fin du mois de mai", "à la mi-juin", "a fines de mayo": that month; "à la fin du
    trimestre", "al final del trimestre": the report's quarter, at its end."""
    assert fact in dated(text, language, "2025-07-20")


def test_a_start_does_not_date_the_figure() -> None:
    """ "depuis le début de septembre": a start, no date of the toll; "à la fin du mois de
    septembre" dates the next figure."""
    got = dated(
        "À Kenscoff, au moins 17 habitants ont été tués depuis le début de septembre, selon la mairie. "
        "À la fin du mois de septembre, 3 000 personnes avaient fui la commune.",
        FR,
        "2025-10-20",
    )
    assert ("killed", 17, "2025-10-20") in got
    assert ("displaced", 3000, "2025-09") in got
