def test_a_blocked_country_word_may_open_a_missions_name() -> None:
    from missionwatch.nlp.entities import find_entities

    found = [
        (e.label, e.code) for e in find_entities("troops of the East African Community Regional Force left")
    ]
    assert ("MISSION", "EACRF") in found, found


def test_the_ecowas_standby_force_is_its_own_mission_not_the_gambia_one() -> None:
    from missionwatch.nlp.entities import find_entities

    found = [(e.label, e.code) for e in find_entities("Ghana offered troops to the ECOWAS Standby Force.")]
    assert ("MISSION", "ESF") in found, found
