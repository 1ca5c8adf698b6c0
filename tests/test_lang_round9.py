"""Families of structure the French and Spanish packs read after fr11/es11 were opened (the ninth
round): the subject of a coordinated clause left unsaid; a toll's place, not its region, its
hospital or a part's; the place of the sentence before for a toll that names none; a planned or
capped strength; the total an arrival brings a force to; French counts in twenties; the mission a
sentence refers back to; a country ready or committed in any gender; contingents awaited or
promised with words between; a modal before a figure, an intention; what a fund holds against
what is needed. Each is tested with sentences written for it, none taken from a set."""

from __future__ import annotations

from missionwatch.models import Claim
from missionwatch.nlp import extract

PUB = "2026-01-27"


def read(text: str, language: str, published: str = PUB) -> list[Claim]:
    return extract("Titre\n\n" + text, published, language=language)


def owners(text: str, language: str, value: int) -> set[object]:
    return {c.subject for c in read(text, language) if c.value == value}


def test_a_coordinated_clause_without_a_subject_keeps_the_sentences() -> None:
    """ "Le Japon assure avoir financé…, mais n'a versé que 4 millions": the subject of the verb
    after "mais" / "pero" is the first verb's; a clause that names its own ("mais le fonds n'a
    reçu que…", "pero la ONU solo ha recibido…", "y se espera que la fuerza…") is not the
    country's."""
    fr = (
        "Le Japon assure avoir financé pour 300 millions de dollars d'équipements, mais n'a versé "
        "que 4 millions au fonds de la mission."
    )
    assert owners(fr, "fr", 4_000_000) == {"Japan"}
    fr_own = (
        "Le Japon assure avoir financé pour 300 millions de dollars d'équipements, mais le fonds "
        "n'a reçu que 4 millions."
    )
    assert owners(fr_own, "fr", 4_000_000) == {None}
    es = (
        "Alemania dice haber invertido 200 millones de euros en equipos, pero de esa suma apenas 6 "
        "millones se ingresaron en el fondo."
    )
    assert owners(es, "es", 6_000_000) == {"Germany"}
    es2 = (
        "Alemania, el segundo socio de la operación, dice haber invertido 200 millones de euros en "
        "equipos, pero apenas ha depositado 6 millones en el fondo de la misión."
    )
    assert owners(es2, "es", 6_000_000) == {"Germany"}
    es_own = (
        "Alemania dice haber invertido 200 millones de euros en equipos, pero la ONU solo ha "
        "recibido 6 millones."
    )
    assert owners(es_own, "es", 6_000_000) == {None}


def places(text: str, language: str, value: int) -> set[object]:
    return {c.subject for c in read(text, language) if c.value == value}


def test_a_toll_is_the_place_s_not_its_region_nor_where_the_hurt_were_taken() -> None:
    """A part closed by a comma is an aside, not the part the place is given for ("40 personnes,
    dont six enfants, ont été tuées … contre la ville de Mirebalais"); a region set after a place
    in brackets or ", dans le département du …" is where the place lies; a hospital the hurt were
    taken to ("vers", "hacia") is not where they were hurt; "dans tout le pays", "en todo el país"
    after a figure make it the country's, whatever place the sentence names."""
    fr = (
        "Au moins 40 personnes, dont six enfants, ont été tuées mardi lors d'un raid contre la ville "
        "de Mirebalais, dans le département du Centre."
    )
    assert places(fr, "fr", 40) == {"Mirebalais"}
    fr2 = "Le 2 mars, à Cabaret (Ouest), des hommes armés ont tué au moins 12 personnes."
    assert places(fr2, "fr", 12) == {"Cabaret"}
    fr3 = "Au moins 9 personnes blessées ont été transportées vers l'hôpital de Saint-Marc."
    assert places(fr3, "fr", 9) == {"Haiti"}
    es = "Nueve heridos fueron trasladados hacia el hospital de Saint-Marc."
    assert places(es, "es", 9) == {"Haiti"}
    fr4 = (
        "Plus de 3 000 personnes ont fui Cabaret, selon l'OIM, qui compte plus de 1 000 000 "
        "déplacés dans tout le pays."
    )
    assert places(fr4, "fr", 1_000_000) == {"Haiti"}
    assert places(fr4, "fr", 3_000) == {"Cabaret"}
    es2 = (
        "Más de 3.000 personas huyeron de Cabaret, según la OIM, que cuenta más de 1.000.000 "
        "desplazados en todo el país."
    )
    assert places(es2, "es", 1_000_000) == {"Haiti"}


def test_a_toll_without_a_place_is_the_event_s_of_the_sentence_before() -> None:
    """ "Un gang a attaqué Cabaret. Au moins 14 personnes ont été tuées": the toll is the attack's,
    told in the sentence before, and a third sentence's hurt are the same event's; a count dated
    by a year or a month ("En 2025, …") is the country's."""
    fr = (
        "Vendredi à l'aube, un gang a attaqué Cabaret. Au moins 14 personnes ont été tuées, selon la "
        "mairie. Neuf autres ont été blessées."
    )
    assert places(fr, "fr", 14) == {"Cabaret"}
    assert places(fr, "fr", 9) == {"Cabaret"}
    es = "El viernes al amanecer, una banda atacó Cabaret. Al menos 14 personas murieron, según la alcaldía."
    assert places(es, "es", 14) == {"Cabaret"}
    fr_year = (
        "Un gang a attaqué Cabaret vendredi. En 2025, au moins 5 000 personnes ont été tuées, selon l'ONU."
    )
    assert places(fr_year, "fr", 5_000) == {"Haiti"}


def measures(text: str, language: str, value: int) -> set[str]:
    return {c.measure for c in read(text, language) if c.value == value}


def test_a_planned_or_capped_strength_is_a_target() -> None:
    """A strength noun a planning or authorising participle qualifies, maybe past an adjective
    ("effectif visé", "l'effectif maximal autorisé"), or whose relative clause holds a verb still
    to come ("l'effectif que la force doit atteindre"), is a target, as are a force planned for
    ("se había planificado para"), one that "debería tener" so many, and a capacity ("con
    capacidad para sumar hasta"); what it has now stays a count."""
    fr = "• 3 000 : effectif visé d'ici à juin, les premiers renforts étant attendus en mars."
    assert measures(fr, "fr", 3_000) == {"personnel.target"}
    fr2 = "• 4 200 : l'effectif maximal autorisé, soit 4 000 policiers et 200 civils."
    assert measures(fr2, "fr", 4_200) == {"personnel.target"}
    fr3 = "• 3 000 : c'est l'effectif que la force doit atteindre d'ici à juin."
    assert measures(fr3, "fr", 3_000) == {"personnel.target"}
    es = "La misión se había planificado para 3.000 agentes y hoy ronda los 800."
    assert measures(es, "es", 3_000) == {"personnel.target"}
    assert measures(es, "es", 800) == {"personnel.deployed"}
    es2 = "La misión cuenta hoy con 800 efectivos y debería tener 3.000."
    assert measures(es2, "es", 3_000) == {"personnel.target"}
    assert measures(es2, "es", 800) == {"personnel.deployed"}
    es3 = "El Consejo creó una fuerza con capacidad para sumar hasta 4.200 uniformados."
    assert measures(es3, "es", 4_200) == {"personnel.target"}


def test_a_total_an_arrival_brings_the_force_to_is_its_strength() -> None:
    """A figure a result connective sets after an arrival ("…, con lo que la fuerza quedó integrada
    por 900", "…, portant à 900 le nombre d'agents"), one outside the phrase of an arrival told as
    a circumstance ("Con la llegada de los jamaiquinos, la fuerza cuenta ya con 900"), and a force
    that reaches a figure past a time word ("llegó el martes a 900") count the force, not a group
    landing; what the arrival's own complement counts stays an arrival, and a part left out ("dont
    12 femmes") takes no verb from the total after it."""
    es = (
        "Un grupo de 60 soldados jamaiquinos aterrizó el lunes, con lo que la fuerza quedó integrada "
        "por unos 900 efectivos."
    )
    assert measures(es, "es", 900) == {"personnel.deployed"}
    assert measures(es, "es", 60) == {"personnel.arrived"}
    es2 = "Con la llegada de los jamaiquinos, la fuerza cuenta ya con unos 900 efectivos."
    assert measures(es2, "es", 900) == {"personnel.deployed"}
    es3 = "La fuerza llegó el martes a 900 efectivos."
    assert measures(es3, "es", 900) == {"personnel.deployed"}
    fr = (
        "Soixante policiers, dont 12 femmes, sont arrivés mardi, portant à 900 le nombre d'agents "
        "déployés au sein de la force."
    )
    assert measures(fr, "fr", 900) == {"personnel.deployed"}
    fr2 = "La force compte 900 agents depuis l'arrivée, mardi, de 60 soldats jamaïcains."
    assert measures(fr2, "fr", 900) == {"personnel.deployed"}


def test_french_counts_in_twenties() -> None:
    """ "quatre-vingts" is four twenties, not four: "Quatre-vingts policiers", "quatre-vingt-dix-sept",
    "cent quatre-vingts"."""
    assert measures("Quatre-vingts policiers béninois sont arrivés jeudi.", "fr", 80) == {"personnel.arrived"}
    assert {c.value for c in read("Quatre-vingt-dix-sept soldats tchadiens sont arrivés jeudi.", "fr")} == {
        97
    }
    assert {c.value for c in read("Cent quatre-vingts policiers sont arrivés jeudi.", "fr")} == {180}


def missions(text: str, language: str, value: int, published: str = "2025-12-01") -> set[object]:
    return {c.mission for c in read(text, language, published) if c.value == value}


def test_a_sentence_that_names_no_mission_refers_back_to_the_one_before() -> None:
    """In an article about the new force, a sentence opening on a pronoun or possessive ("Elle
    devait…", "Son fonds…", "Su fondo…") or holding the bare noun ("cuando la misión
    necesitaba…") is about the mission the sentence before named alone, the predecessor here, and
    so is the next one that refers back again; one after a sentence naming the new force stays
    the new force's."""
    fr = (
        "La Force de répression des gangs succède à la MMAS. Il faut regarder le bilan de la MMAS. "
        "Elle devait réunir 2 500 agents ; elle en comptait environ 900 en septembre. Son fonds "
        "n'avait reçu que 90 millions de dollars."
    )
    assert missions(fr, "fr", 2_500) == {"MSS"}
    assert missions(fr, "fr", 90_000_000) == {"MSS"}
    es = (
        "La Fuerza de Supresión de Pandillas releva a la MSS. Pero hay que mirar el balance de la "
        "MSS. Su fondo fiduciario solo recaudó 90 millones de dólares, cuando la misión necesitaba "
        "cerca de 500 millones al año."
    )
    assert missions(es, "es", 90_000_000) == {"MSS"}
    assert missions(es, "es", 500_000_000) == {"MSS"}
    fr_new = (
        "La Force de répression des gangs succède à la MMAS. La FRG a reçu 90 millions de dollars. "
        "Son fonds doit atteindre 500 millions."
    )
    assert missions(fr_new, "fr", 90_000_000) == {"GSF"}


def statuses_of(text: str, language: str) -> set[tuple[object, object]]:
    return {(c.subject, c.value) for c in read(text, language, "2025-12-10") if c.measure == "contributor"}


def test_a_country_said_ready_or_committed_in_any_gender_is_a_contributor() -> None:
    """Countries agree in gender and number with what is said of them: "la Barbade et la Guyane
    se sont dites prêtes à participer", "Belice y Guyana se declararon dispuestas a participar"
    are willing; a list that "ont pris des engagements" with no sum is committed (a contingent),
    one that commits money is not."""
    fr = "La Barbade ainsi que la Grenade se sont dites prêtes à participer à la force."
    assert statuses_of(fr, "fr") == {("Barbados", "willing"), ("Grenada", "willing")}
    es = "Belice y Guyana se declararon dispuestas a participar en la fuerza."
    assert statuses_of(es, "es") == {("Belize", "willing"), ("Guyana", "willing")}
    fr2 = "Le Ghana, le Togo et le Niger ont également pris des engagements lors de la conférence."
    assert statuses_of(fr2, "fr") == {("Ghana", "committed"), ("Togo", "committed"), ("Niger", "committed")}
    fr_money = "Le Ghana et le Togo ont également pris des engagements financiers en millions de dollars."
    assert statuses_of(fr_money, "fr") == set()


def test_contingents_awaited_or_promised_with_words_between() -> None:
    """A list the subject of a passive of waiting ("Les contingents du Ghana … sont attendus",
    "son esperados") or of a verb of sending still to come ("doivent envoyer des effectifs") is
    expected; a pledge with an adverb or "eux aussi" between its auxiliary and its participle
    ("ont eux aussi promis des effectifs") is still a pledge."""
    fr = "Les contingents du Ghana, du Togo et du Niger sont attendus d'ici à l'été."
    assert statuses_of(fr, "fr") == {("Ghana", "expected"), ("Togo", "expected"), ("Niger", "expected")}
    es = "Los contingentes de Ghana y Togo son esperados en julio."
    assert statuses_of(es, "es") == {("Ghana", "expected"), ("Togo", "expected")}
    fr2 = "Le Ghana et le Togo doivent envoyer des effectifs au printemps."
    assert statuses_of(fr2, "fr") == {("Ghana", "expected"), ("Togo", "expected")}
    fr3 = "Le Ghana, le Togo et le Niger ont eux aussi promis des effectifs, sans calendrier précis."
    assert statuses_of(fr3, "fr") == {("Ghana", "pledged"), ("Togo", "pledged"), ("Niger", "pledged")}


def test_a_modal_before_a_figure_counts_and_an_intention_intends() -> None:
    """ "compte" intends when a verb follows it ("compte envoyer"), not when a figure does ("la
    force compte 900 agents, après l'arrivée mardi de 60 soldats": an arrival); "son intention de
    fournir 800 soldats" is a promise, dated or not."""
    fr = "La force compte 900 agents, après l'arrivée mardi de 60 soldats jamaïcains."
    assert measures(fr, "fr", 60) == {"personnel.arrived"}
    fr2 = "Le Ghana a notifié à l'ONU en mars son intention de fournir 800 soldats."
    assert measures(fr2, "fr", 800) == {"personnel.pledged"}
    es = "Ghana notificó a la ONU en marzo su intención de aportar 800 soldados."
    assert measures(es, "es", 800) == {"personnel.pledged"}


def test_what_a_fund_holds_is_not_what_the_contrast_after_it_needs() -> None:
    """A contrast with an elided "que" ("alors qu'il en faudrait…") cuts the clause as "alors que"
    does, and a fund that "contient" or "dispone de" a sum holds it: the sum is what it has, the
    one after the contrast what is needed."""
    fr = (
        "Le fonds de la mission ne contient que 40 millions de dollars, alors qu'il en faudrait "
        "environ 300 millions par an."
    )
    assert measures(fr, "fr", 40_000_000) == {"funding.contributed"}
    assert measures(fr, "fr", 300_000_000) == {"funding.required"}
    es = (
        "El fondo de la misión dispone de unos 40 millones de dólares, lejos de los 300 millones "
        "anuales que costaría la fuerza."
    )
    assert measures(es, "es", 40_000_000) == {"funding.contributed"}
    assert measures(es, "es", 300_000_000) == {"funding.required"}
