"""Countries and missions as news writes them resolve to one code."""

from __future__ import annotations

import pycountry
import pytest

from missionwatch.errors import NotFoundError
from missionwatch.kb import countries, missions
from missionwatch.kb._text import fold


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kenyan", "KEN"),
        ("Kenyans", "KEN"),
        ("Haitian", "HTI"),
        ("Jamaican", "JAM"),
        ("Bahamian", "BHS"),
        ("Salvadoran", "SLV"),
        ("Salvadorean", "SLV"),
        ("Guatemalan", "GTM"),
        ("Chinese", "CHN"),
        ("Russian", "RUS"),
        ("American", "USA"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("USA", "USA"),
        ("the United States", "USA"),
        ("UK", "GBR"),
        ("U.K.", "GBR"),
        ("Britain", "GBR"),
        ("DRC", "COD"),
        ("DR Congo", "COD"),
        ("South Korea", "KOR"),
        ("Republic of Korea", "KOR"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("TURKIYE", "TUR"),
        ("Russian Federation", "RUS"),
        ("Washington", "USA"),
        ("Nairobi", "KEN"),
        ("Ottawa", "CAN"),
        ("Beijing", "CHN"),
        ("Moscow", "RUS"),
        ("Port-au-Prince", "HTI"),
        ("Kinshasa", "COD"),
        ("Mogadishu", "SOM"),
        ("European Union", "EUU"),
        ("EU", "EUU"),
        ("African Union", "AFU"),
        ("the Bahamas", "BHS"),
        ("Kenya's", "KEN"),
        ("the government of Kenya", "KEN"),
        ("Kenyan authorities", "KEN"),
        ("Côte d’Ivoire", "CIV"),
        ("cote d'ivoire", "CIV"),
        ("Antigua & Barbuda", "ATG"),
        ("Democratic Republic of the Congo", "COD"),
        ("Kosovo", "XKX"),
        ("KEN", "KEN"),
    ],
)
def test_to_alpha3(text: str, code: str) -> None:
    assert countries.to_alpha3(text) == code


@pytest.mark.parametrize("text", ["us", "car", "ken", "can", "", "  ", "Atlantis", "the", "Kenya-led"])
def test_words_that_are_not_countries(text: str) -> None:
    assert countries.to_alpha3(text) is None


def test_every_iso_country_resolves_by_name_and_common_name() -> None:
    for country in pycountry.countries:
        assert countries.to_alpha3(countries.country_name(country.alpha_3)) == country.alpha_3
        assert countries.to_alpha3(country.name) == country.alpha_3, country.name


def test_every_surface_form_and_demonym_resolves_to_its_code() -> None:
    forms = countries.surface_forms()
    assert len(forms) > 900
    for form, code in {**forms, **countries.demonyms()}.items():
        assert countries.to_alpha3(form) == code, form


def test_no_two_codes_share_a_folded_surface_form() -> None:
    seen: dict[str, str] = {}
    for form, code in countries.surface_forms().items():
        assert seen.setdefault(fold(form), code) == code, form


def test_every_un_member_has_a_demonym() -> None:
    has = set(countries.demonyms().values())
    missing = [c.alpha_3 for c in pycountry.countries if c.alpha_3 not in has and hasattr(c, "official_name")]
    # Territories may lack one; sovereign states (ISO gives them an official name) must not,
    # except the few whose English demonym is the country name (e.g. "Congolese" belongs to COD).
    assert set(missing) <= {"BES", "COG", "DMA", "MNP", "SXM", "VGB", "VIR"}, missing


def test_country_name() -> None:
    assert countries.country_name("KOR") == "South Korea"
    assert countries.country_name("EUU") == "European Union"
    with pytest.raises(NotFoundError):
        countries.country_name("XYZ")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("MSS", "MSS"),
        ("mss", "MSS"),
        ("Multinational Security Support mission", "MSS"),
        ("multinational security support mission", "MSS"),
        ("Kenya-led mission", "MSS"),
        ("Kenya-led force", "MSS"),
        ("the Kenya-led multinational force", "MSS"),
        ("Gang Suppression Force", "GSF"),
        ("GSF", "GSF"),
        ("BINUH", "BINUH"),
        ("UN Integrated Office in Haiti", "BINUH"),
        ("UNSOH", "UNSOH"),
        ("UN Support Office in Haiti", "UNSOH"),
        ("AUSSOM", "AUSSOM"),
        ("ATMIS", "ATMIS"),
        ("AMISOM", "AMISOM"),
        ("SAMIDRC", "SAMIDRC"),
        ("MONUSCO", "MONUSCO"),
        ("UNMISS", "UNMISS"),
        ("UNIFIL", "UNIFIL"),
        ("MINUSCA", "MINUSCA"),
        ("UNFICYP", "UNFICYP"),
        ("KFOR", "KFOR"),
        ("EUFOR Althea", "EUFOR"),
        ("MINUSTAH", "MINUSTAH"),
        ("UNISFA", "UNISFA"),
        ("UNDOF", "UNDOF"),
        ("UNMIK", "UNMIK"),
        ("MINURSO", "MINURSO"),
        ("UNTSO", "UNTSO"),
        ("UNMOGIP", "UNMOGIP"),
        ("UNSOM/UNTMIS", "UNTMIS"),
        ("UNSMIL", "UNSMIL"),
        ("Mission multinationale d’appui à la sécurité", "MSS"),
    ],
)
def test_mission_lookup(text: str, code: str) -> None:
    found = missions.lookup(text)
    assert found is not None and found.code == code


def test_mission_lookup_misses() -> None:
    assert missions.lookup("the mission") is None
    assert missions.lookup("") is None


def test_mission_surface_forms_resolve() -> None:
    for form, code in missions.surface_forms().items():
        found = missions.lookup(form)
        assert found is not None and found.code == code, form


def test_armed_forces_by_their_abbreviation() -> None:
    assert countries.force_country("SANDF") == "ZAF"
    assert countries.force_country("UPDF") == "UGA"
    assert countries.force_country("NATO") is None
    assert countries.force_country("sandf") is None  # as news writes them, not any casing
