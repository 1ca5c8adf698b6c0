"""Families the French and Spanish packs read in the twenty-ninth round (after fr32/es32 were
opened). Each is tested with sentences written for it, none taken from a set, and fails on the packs
before the round (a `git archive` export of 74a7082d), unless marked as a guard."""

from __future__ import annotations

from functools import partial

import lang_reading
import pytest
from lang_reading import ES, FR

read = partial(lang_reading.read, published="2025-10-20")
of = partial(lang_reading.of, published="2025-10-20")


def _quotes(text: str, language: str) -> dict[object, object]:
    return {c.value: c.subject for c in read(text, language) if c.measure == "quote"}


# -- a note's call in brackets after a space is no figure ------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "measure", "kept"),
    [
        (
            "Durante el trimestre, la misión documentó 412 personas asesinadas y 230 heridas como "
            "consecuencia de la violencia armada (2). El informe no da más cifras.",
            ES,
            "injured",
            230,
        ),
        (
            "Au cours du trimestre, la mission a recensé 380 personnes tuées dans le département de "
            "l'Ouest (3). Le rapport ne donne pas d'autre chiffre.",
            FR,
            "killed",
            380,
        ),
        (
            "La misión contaba con 9.800 efectivos al 30 de junio de 2025(4), sobre todo en el norte.",
            ES,
            None,
            9800,
        ),
    ],
)
def test_a_bracketed_note_call_after_a_space_is_no_figure(
    text: str, language: str, measure: str | None, kept: int
) -> None:
    values = {c.value for c in read(text, language) if measure is None or c.measure == measure}
    assert kept in values
    assert not values & {2, 3, 4}


def test_counts_listed_in_brackets_stay_counts() -> None:
    # guard: the last of a list of counts in brackets closes the sentence, as a note's call would
    got = of(
        "Plusieurs pays ont promis des policiers, parmi lesquels le Ghana (120), le Togo (80) "
        "et le Niger (45).",
        FR,
        "personnel.pledged",
    )
    assert ("Niger", 45) in got and ("Ghana", 120) in got


# -- unnamed speakers described by their rank or trade ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Le contingent part lundi. « On attend ce départ depuis des mois », confie un sous-officier de "
            "41 ans, qui a déjà servi au Darfour.",
            FR,
            "un sous-officier",
        ),
        (
            "El capitán Luis Pérez dirigió el embarque. «Llevamos meses esperando este viaje», dijo un "
            "suboficial de 38 años, que ya sirvió en el Congo.",
            ES,
            "un suboficial",
        ),
        (
            "Le capitaine Jean Moreau a visité le camp. « Nous manquons de tout », lâche un jeune "
            "de Cité Soleil.",
            FR,
            "un jeune de Cité Soleil",
        ),
    ],
)
def test_a_speaker_named_by_rank_or_trade_is_the_speaker(text: str, language: str, speaker: str) -> None:
    assert speaker in set(_quotes(text, language).values())


def test_a_named_speaker_keeps_the_quotation() -> None:
    # guard: a person named after the verb is still the speaker
    got = _quotes(
        "Le contingent part lundi. « Nos hommes sont prêts à partir dès lundi », a déclaré le colonel "
        "Amadou Keita, chef du contingent.",
        FR,
    )
    assert set(got.values()) == {"Amadou Keita"}


# -- an aside between the speech verb and its subject after it --------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La Fédération de Russie s'est abstenue. « Un mandat clair protège les civils », a déclaré, pour "
            "sa part, le représentant du Ghana, qui a demandé davantage de policiers.",
            FR,
        ),
        (
            "Rusia se abstuvo. «Un mandato claro protege a los civiles», afirmó, por su parte, el "
            "representante de Ghana, que pidió más policías.",
            ES,
        ),
    ],
)
def test_an_aside_does_not_hide_the_delegate_who_speaks(text: str, language: str) -> None:
    assert set(_quotes(text, language).values()) == {"Ghana"}


# -- a place named after a person is no speaker ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "10:15 — El ministro de Defensa, Carlos Méndez Ruiz, recibió a los soldados en el aeropuerto "
            "Jean Baptiste Point y les agradeció «su valentía y su entrega».",
            ES,
            "Carlos Méndez Ruiz",
        ),
        (
            "10 h 15 – La ministre de la Défense, Claire Dubois-Martin, a accueilli les soldats à l'aéroport "
            "international Jean Baptiste Point et les a remerciés pour « leur courage et leur engagement ».",
            FR,
            "Claire Dubois-Martin",
        ),
    ],
)
def test_a_place_named_after_a_person_is_no_speaker(text: str, language: str, speaker: str) -> None:
    assert set(_quotes(text, language).values()) == {speaker}


# -- a sending a country wants or prefers is intended, not done -------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        ("Le Sénégal veut envoyer 300 soldats au Mali.", FR, "Senegal"),
        ("Le Togo préférerait envoyer 250 policiers en Haïti.", FR, "Togo"),
        ("Guatemala quiere enviar 300 soldados a Haití.", ES, "Guatemala"),
    ],
)
def test_a_sending_wanted_is_a_pledge(text: str, language: str, country: str) -> None:
    assert not of(text, language, "personnel.arrived")
    assert {s for s, _ in of(text, language, "personnel.pledged")} == {country}


def test_a_sending_done_is_still_an_arrival() -> None:
    # guard: what was sent arrived
    assert of("Le Sénégal a envoyé 300 soldats au Mali.", FR, "personnel.arrived") == {("Senegal", 300)}


# -- a numbered resolution that is the sentence's subject gives what it sets its mission -------------


def test_a_resolution_as_subject_gives_its_mission() -> None:
    # before MINUSTAH began (1 June 2004) the interim force ran; the ceiling resolution 1542 sets is
    # MINUSTAH's all the same
    text = (
        "El Consejo de Seguridad aprobó la creación de la Misión de Estabilización de las Naciones "
        "Unidas en Haití, que relevará a la fuerza multinacional.\n\nLa resolución 1542 autoriza un "
        "contingente de hasta 6.700 militares, por un período inicial de seis meses."
    )
    got = {
        (c.value, c.mission)
        for c in lang_reading.read(text, ES, "2004-04-30")
        if c.measure == "personnel.target"
    }
    assert got == {(6700, "MINUSTAH")}


# -- a total most of which a contributor provides is the force's -----------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Ruanda, que llegó primero, aporta la mayor parte de los cerca de 2.000 efectivos "
            "desplegados hoy.",
            ES,
        ),
        (
            "Le Rwanda, arrivé le premier, fournit l'essentiel des quelque 2 000 soldats déployés "
            "aujourd'hui.",
            FR,
        ),
    ],
)
def test_a_total_a_contributor_gives_most_of_has_no_owner(text: str, language: str) -> None:
    assert of(text, language, "personnel.deployed") == {(None, 2000)}


def test_a_contributors_own_count_keeps_its_owner() -> None:
    # guard
    assert of("Le Rwanda a déployé 2 000 soldats au Cabo Delgado.", FR, "personnel.deployed") == {
        ("Rwanda", 2000)
    }


# -- a size announced to everyone, by no state, is the force's planned size --------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le Kenya a pris la tête de la mission. On nous annonçait alors une force de 3 000 agents.", FR),
        ("La mission, qui n'a jamais réuni les 3 000 agents annoncés à son lancement, a été remplacée.", FR),
        ("Kenia asumió el mando. Se nos anunció entonces una fuerza de 3.000 agentes.", ES),
    ],
)
def test_a_size_announced_impersonally_is_a_target(text: str, language: str) -> None:
    assert of(text, language, "personnel.target") == {(None, 3000)}
    assert not of(text, language, "personnel.pledged")


@pytest.mark.parametrize(
    ("text", "pledged"),
    [
        # guards: a state that announces, and states that promise, pledge
        ("Les 3 000 agents annoncés par le Kenya ne sont jamais arrivés.", {("Kenya", 3000)}),
        ("Une dizaine de pays ont promis quelque 3 000 hommes à la mission.", {(None, 3000)}),
        ("• Engagements : quelque 3 000 personnels annoncés par une douzaine de pays.", {(None, 3000)}),
    ],
)
def test_a_size_a_state_announces_stays_a_pledge(text: str, pledged: set[tuple[object, object]]) -> None:
    assert of(text, FR, "personnel.pledged") == pledged


# -- a description cut short does not end on its preposition ---------------------------------------


def test_a_speakers_description_does_not_end_on_a_preposition() -> None:
    text = (
        "12 h 30 – Sur le parking, un policier togolais de l'unité d'intervention résume l'humeur "
        "générale : « Nous attendons les renforts depuis trois semaines »."
    )
    assert set(_quotes(text, FR).values()) == {"un policier togolais"}
