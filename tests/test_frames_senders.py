"""An intended deployment is a sender's pledge when a government, its ministers or an alliance
intends it, and a force's planned strength when the force or its mandate does (sentences written
for these tests)."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract


def _personnel(text: str, published: str = "2025-03-01") -> list[tuple[str, str | None, float]]:
    return [
        (c.measure, c.subject, float(c.value))
        for c in extract(text, published)
        if c.measure.startswith("personnel.")
    ]


@pytest.mark.parametrize(
    ("text", "subject", "value"),
    [
        (
            "Officials said the Government of Ghana intends to deploy a further 450 soldiers to the mission.",
            "GHA",
            450,
        ),
        (
            "The representative of Chile recalled that his President had announced that another 120 officers "
            "would be sent to the mission.",
            "CHL",
            120,
        ),
        (
            "The representative of Zambia said that her country, which has offered to contribute 300 police "
            "officers, would vote in favour.",
            "ZMB",
            300,
        ),
        ("NATO says it will deploy 500 more troops to reinforce KFOR.", None, 500),
        (
            "Mr Okafor told reporters that 14 countries had committed to provide about 3,200 "
            "personnel for the force.",
            None,
            3200,
        ),
    ],
)
def test_a_senders_intention_is_its_pledge(text: str, subject: str | None, value: float) -> None:
    assert ("personnel.pledged", subject, value) in _personnel(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Under the new mandate, up to 900 soldiers may be deployed to the mission.", 900),
        ("The mission could field up to 6,400 soldiers at its height.", 6400),
        (
            "The president had promised that all 1,800 personnel of the mission would be in place by March.",
            1800,
        ),
    ],
)
def test_a_forces_intended_strength_stays_its_target(text: str, value: float) -> None:
    got = _personnel(text)
    assert any(m == "personnel.target" and v == value for m, _, v in got), got
    assert not any(m == "personnel.pledged" for m, _, _ in got), got


COMMITTEE_REPORT = (
    "Report of the Departmental Committee on Security\n\n"
    "1. The Committee examined the deployment of Kenyan police officers to Haiti. "
    "2. Kenyan officers have served in Port-au-Prince since June 2024, and Kenya leads the mission. "
    "3. The Committee heard from Kenyan commanders and from the Kenyan embassy. "
    "4. Parliament had approved up to 1,000 officers in November 2023. "
    "5. The Government intends to deploy a further 300 officers once funding is secured."
)


def test_a_national_bodys_figures_are_its_countrys() -> None:
    """A report naming one country far more than any other, with no dateline: its institutions'."""
    got = _personnel(COMMITTEE_REPORT, "2025-02-10")
    # (a parliament's approval of "up to" a number is the most it may send: 253 of 256 such golds
    # file it as personnel.target)
    assert ("personnel.target", "KEN", 1000) in got, got
    assert ("personnel.pledged", "KEN", 300) in got, got


def test_a_blocs_ministers_plan_a_force_they_do_not_pledge_it() -> None:
    text = (
        "ACCRA — Defence ministers of the Economic Community of West African States (ECOWAS) on Friday "
        "endorsed a plan to activate the bloc's standby force with an initial 1,200 troops."
    )
    got = _personnel(text, "2025-08-23")
    assert not any(m == "personnel.pledged" for m, _, _ in got), got
