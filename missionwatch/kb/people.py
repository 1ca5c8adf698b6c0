"""Officials with the roles the sources give them, so "Ruto" and "Kenyan President William Ruto"
are one person and a quote can be tied to the office its speaker held that day.

Data in ``data/people.toml``. Lookup is case- and diacritic-insensitive over full names and
aliases (surnames only where they are unambiguous in this material).
"""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from missionwatch.kb import countries
from missionwatch.kb._text import fold, load_toml
from missionwatch.kb.source import Source

__all__ = ["Person", "Role", "all_people", "lookup", "surface_forms"]


class Role(BaseModel):
    """One office a person held, with the document that shows it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str
    country: str | None = Field(default=None, description="alpha-3 of the government the role serves")
    organisation: str | None = None
    mission: str | None = None
    start: str | None = None
    end: str | None = None
    attested: str | None = Field(default=None, description="A date the source shows the person in it")
    note: str | None = None
    source: Source

    def held_on(self, date: str) -> bool | None:
        """True/False when start/end decide it, None when the record cannot tell."""
        if self.start is None and self.end is None:
            return True if self.attested and date.startswith(self.attested[:7]) else None
        if self.start and date < self.start:
            return False
        return not (self.end and date[: len(self.end)] > self.end)


class Person(BaseModel):
    """An official as the knowledge base records them."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    roles: tuple[Role, ...]

    def role_on(self, date: str) -> Role | None:
        """The role the record says the person held on ``date`` (ISO), if it can tell."""
        return next((r for r in self.roles if r.held_on(date)), None)


@cache
def _people() -> tuple[Person, ...]:
    return tuple(Person(**entry) for entry in load_toml("people.toml")["people"])


@cache
def _index() -> dict[str, Person]:
    index: dict[str, Person] = {}
    for person in _people():
        for form in (person.name, *person.aliases):
            key = fold(form)
            if key in index and index[key] is not person:
                raise ValueError(f"people.toml: {form!r} names both {index[key].name} and {person.name}")
            index[key] = person
    return index


@cache
def _surnames() -> dict[str, Person]:
    """Last name -> person, for last names that belong to one person only ("Ruto", "Otunge")."""
    seen: dict[str, list[Person]] = {}
    for person in _people():
        seen.setdefault(fold(person.name).split(" ")[-1], []).append(person)
    # A last name that is also a word of a place name ("Salvador") never stands alone for a person.
    place_words = {w for form in countries.surface_forms() for w in fold(form).split(" ")}
    place_words |= set(load_toml("people.toml").get("ambiguous_surnames", []))
    return {last: found[0] for last, found in seen.items() if len(found) == 1 and last not in place_words}


def all_people() -> list[Person]:
    """Every person in the KB, in data-file order."""
    return list(_people())


def lookup(name: str) -> Person | None:
    """The person a name or alias refers to ("William Ruto", "Ruto", "Stephane Dujarric"), or None.

    Titles in front are tolerated ("President William Ruto"), and a bare last name or "title +
    last name" ("Ruto", "President Ruto") resolves when only one person in the KB carries it.
    """
    if not name or not name.strip():
        return None
    index = _index()
    key = fold(name)
    if key in index:
        return index[key]
    words = key.split(" ")
    for i in range(1, len(words)):  # drop leading titles one word at a time
        tail = " ".join(words[i:])
        if tail in index:
            return index[tail]
    if len(words) > 2 or countries.to_alpha3(name) is not None:
        return None
    return _surnames().get(words[-1])


def surface_forms() -> dict[str, str]:
    """Every full name and alias as written -> the person's canonical name."""
    return {form: p.name for p in _people() for form in (p.name, *p.aliases)}
