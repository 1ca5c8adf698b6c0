def test_a_blocked_country_word_may_open_a_missions_name() -> None:
    from missionwatch.nlp.entities import find_entities

    found = [
        (e.label, e.code) for e in find_entities("troops of the East African Community Regional Force left")
    ]
    assert ("MISSION", "EACRF") in found, found
