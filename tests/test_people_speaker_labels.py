"""Roles a parliamentary or committee record gives its speakers in their labels: the bracket after
the name ("Hon. Jane Doe (Chairperson, Committee on X):", a member's riding and party) or the
office before a bracketed name ("The Minister of Defence (Hon. Jane Doe):"); a form of address
("Mr. Speaker, Sir") is nobody's name."""

from __future__ import annotations

from missionwatch.nlp import extract

RECORD = (
    "Statement on officers serving abroad\n\n"
    "Hon. Mercy Akinyi Otieno (Chairperson, Departmental Committee on Defence): Hon. Speaker, I rise "
    "to report on the welfare of our officers serving in Haiti.\n"
    "Mr. Gaston Bélanger (Chicoutimi-Sud, BQ): Mr. Speaker, how much has the government paid so far?\n"
    "The Cabinet Secretary for Defence (Hon. Daniel Kiprotich Sang): Mr. Speaker, Sir, the House will "
    "have the figures within a week."
)


def _roles() -> set[tuple[str | None, str]]:
    return {(c.subject, str(c.value)) for c in extract(RECORD, "2025-06-01") if c.measure == "role"}


def test_the_bracket_after_a_speakers_name() -> None:
    got = _roles()
    assert ("Mercy Akinyi Otieno", "Chairperson, Departmental Committee on Defence") in got
    assert ("Gaston Bélanger", "Chicoutimi-Sud, BQ") in got


def test_the_office_before_a_bracketed_name() -> None:
    assert ("Daniel Kiprotich Sang", "The Cabinet Secretary for Defence") in _roles()


def test_a_form_of_address_is_nobody() -> None:
    assert not any(subject == "Sir" for subject, _ in _roles())
