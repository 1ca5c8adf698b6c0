"""Synthetic mission articles with their own gold facts, for throughput and extraction benchmarks.

The real corpus is a few thousand words; ingest, search and serve need a million documents to show
where they bend. This module writes news-style articles about several missions (MSS, GSF, BINUH,
MONUSCO, UNMISS, AUSSOM) from templates of its own, with contributors, donors, figures, dates,
qualifiers and quotes drawn from a seeded generator. Every figure it inserts is also returned as a
gold fact in the corpus claim format (``measure``, ``mission``, ``subject``, ``value``, ``unit``,
``qualifier``, ``as_of``, ``sentence``) plus ``start``/``end``: the offsets of the value's words in
the text, so the corpus doubles as an extraction test with known answers.

Document *i* of seed *s* depends only on ``(s, i)``: generation streams in constant memory, any
slice can be regenerated alone, and two runs with one seed write the same bytes.

People are invented; missions, countries and resolution numbers are real names used as vocabulary,
and the figures are random, so nothing here is a statement about the real missions.

    python bench/synth.py --n 10000 --seed 1 --out /tmp/synth.jsonl [--gold /tmp/synth.gold.jsonl]
    python bench/synth.py --n 500 --seed 1 --out /tmp/synth_dir      # NNNNNNN-slug.txt + .gold.json
"""

from __future__ import annotations

import argparse
import calendar
import json
import random
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

OUTLET = "MissionWatch synthetic"
URL_BASE = "https://synth.missionwatch.invalid"


@dataclass(frozen=True)
class Mission:
    """The vocabulary one mission's articles are drawn from."""

    code: str
    names: tuple[str, ...]
    host: str
    capital: str
    places: tuple[str, ...]
    lead: str | None
    contributors: tuple[str, ...]
    donors: tuple[str, ...]
    resolutions: tuple[int, ...]
    years: tuple[int, int]
    personnel: tuple[str, ...]


MISSIONS: dict[str, Mission] = {
    m.code: m
    for m in (
        Mission(
            "MSS",
            ("the Multinational Security Support mission", "the Kenya-led MSS", "the MSS mission"),
            "Haiti",
            "Port-au-Prince",
            ("Port-au-Prince", "Artibonite", "Cité Soleil", "Croix-des-Bouquets", "Mirebalais", "Kenscoff"),
            "Kenya",
            (
                "Kenya",
                "Jamaica",
                "Bahamas",
                "Belize",
                "Guatemala",
                "El Salvador",
                "Benin",
                "Chad",
                "Bangladesh",
                "Barbados",
            ),
            ("United States", "Canada", "France", "Spain", "Turkey", "Italy", "Kenya"),
            (2699, 2751),
            (2023, 2025),
            ("police officers", "officers", "police"),
        ),
        Mission(
            "GSF",
            ("the Gang Suppression Force", "the GSF", "the new Gang Suppression Force"),
            "Haiti",
            "Port-au-Prince",
            ("Port-au-Prince", "Artibonite", "Centre department", "Pétion-Ville", "Cabaret"),
            "Kenya",
            ("Kenya", "El Salvador", "Guatemala", "Bahamas", "Jamaica", "Chad", "Bangladesh"),
            ("United States", "Canada", "European Union", "Kenya"),
            (2793,),
            (2025, 2027),
            ("troops", "soldiers", "police officers", "personnel"),
        ),
        Mission(
            "BINUH",
            ("the UN Integrated Office in Haiti", "BINUH", "the UN political office in Haiti"),
            "Haiti",
            "Port-au-Prince",
            ("Port-au-Prince", "Artibonite", "Les Cayes", "Gonaïves"),
            None,
            (),
            ("United States", "Canada", "European Union"),
            (2692, 2743, 2785),
            (2023, 2026),
            ("civilian staff", "staff members"),
        ),
        Mission(
            "MONUSCO",
            ("MONUSCO", "the UN stabilisation mission in Congo", "the UN mission in the DRC"),
            "Democratic Republic of the Congo",
            "Kinshasa",
            ("North Kivu", "Ituri", "Goma", "Bunia", "Beni", "South Kivu"),
            None,
            ("Pakistan", "India", "Bangladesh", "South Africa", "Uruguay", "Nepal", "Morocco"),
            ("United States", "European Union", "United Kingdom"),
            (2717, 2765),
            (2023, 2026),
            ("peacekeepers", "troops", "blue helmets"),
        ),
        Mission(
            "UNMISS",
            ("UNMISS", "the UN Mission in South Sudan", "the UN mission in South Sudan"),
            "South Sudan",
            "Juba",
            ("Juba", "Malakal", "Bentiu", "Upper Nile", "Jonglei"),
            None,
            ("India", "Rwanda", "Bangladesh", "Nepal", "China", "Ethiopia", "Mongolia"),
            ("United States", "United Kingdom", "European Union", "Japan"),
            (2729, 2779),
            (2023, 2026),
            ("peacekeepers", "troops", "police officers"),
        ),
        Mission(
            "AUSSOM",
            (
                "AUSSOM",
                "the African Union Support and Stabilisation Mission in Somalia",
                "the AU-led AUSSOM force",
            ),
            "Somalia",
            "Mogadishu",
            ("Mogadishu", "Baidoa", "Kismayo", "Lower Shabelle", "Middle Shabelle"),
            None,
            ("Uganda", "Ethiopia", "Kenya", "Egypt", "Djibouti", "Burundi"),
            ("European Union", "United Kingdom", "United States", "Turkey"),
            (2767,),
            (2025, 2026),
            ("troops", "soldiers", "personnel"),
        ),
    )
}

DEMONYM = {
    "Kenya": "Kenyan",
    "Jamaica": "Jamaican",
    "Bahamas": "Bahamian",
    "Belize": "Belizean",
    "Guatemala": "Guatemalan",
    "El Salvador": "Salvadoran",
    "Benin": "Beninese",
    "Chad": "Chadian",
    "Bangladesh": "Bangladeshi",
    "Barbados": "Barbadian",
    "Pakistan": "Pakistani",
    "India": "Indian",
    "South Africa": "South African",
    "Uruguay": "Uruguayan",
    "Nepal": "Nepalese",
    "Morocco": "Moroccan",
    "Rwanda": "Rwandan",
    "China": "Chinese",
    "Ethiopia": "Ethiopian",
    "Mongolia": "Mongolian",
    "Uganda": "Ugandan",
    "Egypt": "Egyptian",
    "Djibouti": "Djiboutian",
    "Burundi": "Burundian",
    "United States": "U.S.",
    "Canada": "Canadian",
    "France": "French",
    "Spain": "Spanish",
    "Turkey": "Turkish",
    "Italy": "Italian",
    "United Kingdom": "British",
    "Japan": "Japanese",
    "Haiti": "Haitian",
    "Somalia": "Somali",
    "South Sudan": "South Sudanese",
    "Democratic Republic of the Congo": "Congolese",
}
THE = {"Bahamas", "United States", "United Kingdom", "Democratic Republic of the Congo", "European Union"}
CURRENCY = {
    "United States": "USD",
    "Canada": "CAD",
    "France": "EUR",
    "Spain": "EUR",
    "Italy": "EUR",
    "European Union": "EUR",
    "Kenya": "KES",
    "United Kingdom": "GBP",
    "Japan": "USD",
    "Turkey": "USD",
}
FIRST = (
    "Grace",
    "Samuel",
    "Amina",
    "Jean-Claude",
    "Marie",
    "David",
    "Fatuma",
    "Peter",
    "Nadia",
    "Omar",
    "Ruth",
    "Tomás",
    "Aisha",
    "Joseph",
    "Claire",
    "Daniel",
    "Wanjiru",
    "Ibrahim",
    "Esther",
    "Carlos",
)
LAST = (
    "Mwangi",
    "Odhiambo",
    "Pierre",
    "Baptiste",
    "Hassan",
    "Kamau",
    "Lindqvist",
    "Okafor",
    "Mensah",
    "Delacroix",
    "Ferreira",
    "Haile",
    "Nakamura",
    "Osei",
    "Varga",
    "Achieng",
    "Tshimanga",
    "Farah",
    "Quispe",
    "Whitfield",
)
MONTHS = tuple(calendar.month_name)[1:]
WEEKDAYS = tuple(calendar.day_name)
SMALL = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)
CUES = {
    "approx": ("about", "around", "roughly", "nearly", "some", "close to"),
    "at_least": ("more than", "over", "at least"),
    "at_most": ("up to", "fewer than", "no more than"),
}
QUOTES = (
    "We will not leave {place} until the job is done.",
    "Every officer we send makes the streets of {capital} a little safer.",
    "Our commitment to the people of {host} remains firm",
    "This mission needs more people and more money, and it needs them now.",
    "The gangs have been pushed back, but they have not been beaten.",
    "We cannot ask our personnel to do more with less",
    "The next six months will decide whether this effort succeeds.",
    "Nobody should mistake patience for weakness.",
    "We are here because the people of {host} asked us to come.",
    "Funding promised is not funding received.",
)
FILLERS = (
    "Roads out of {place} were reported closed for much of the week.",
    "The airport in {capital} reopened to commercial flights after a 12-day suspension.",
    "Schools in {place} remained shut, local officials said.",
    "Aid groups say access to the worst-hit districts is still difficult.",
    "The mission's headquarters sits about 3 kilometres from the main port.",
    "Diplomats said further talks were scheduled for next month.",
    "Residents described hearing gunfire through the night.",
)


class _Line:
    """One sentence built piece by piece, remembering where each value's words fall in it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: dict[str, tuple[int, int]] = {}
        self.size = 0

    def t(self, text: str) -> _Line:
        self.parts.append(text)
        self.size += len(text)
        return self

    def v(self, key: str, text: str) -> _Line:
        self.spans[key] = (self.size, self.size + len(text))
        return self.t(text)

    def text(self) -> str:
        s = "".join(self.parts)
        return s[:1].upper() + s[1:]


@dataclass
class _Fact:
    """A gold fact waiting for its sentence's offset in the document."""

    measure: str
    mission: str | None
    subject: Any
    value: Any
    unit: str | None
    qualifier: str | None
    as_of: str | None
    key: str | None  # which span of the line holds the value
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class SynthDoc:
    """One generated article: what a reader would produce from it, plus the facts it states."""

    id: str
    url: str
    title: str
    published: str
    mission: str
    text: str
    facts: list[dict[str, Any]]

    def record(self) -> dict[str, Any]:
        """The JSONL line a MissionWatch reader takes (no gold in it)."""
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "outlet": OUTLET,
            "text": self.text,
        }

    def corpus_text(self) -> str:
        """The document as a corpus ``.txt`` file: a ``Key: value`` header, a blank line, the text."""
        return f"Published: {self.published}\nSource-basis: {self.url}\n\n{self.text}\n"

    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", self.title.lower()).strip("-")[:48]


def _name(country: str) -> str:
    return f"the {country}" if country in THE else country


def _count(rng: random.Random, n: int) -> str:
    if n <= 12 and rng.random() < 0.5:
        return SMALL[n]
    if n == 24 and rng.random() < 0.5:
        return "two dozen"
    if n >= 1_000_000 and n % 100_000 == 0 and rng.random() < 0.7:
        return f"{n / 1_000_000:g} million"
    return f"{n:,}"


def _persons(rng: random.Random, lo: int = 2, hi: int = 3000) -> int:
    kind = rng.random()
    if kind < 0.2:
        return rng.randrange(max(lo, 2), min(hi, 40))
    if kind < 0.6:
        return rng.randrange(max(1, lo // 25), max(2, hi // 25)) * 25
    if kind < 0.85:
        return rng.randrange(max(1, lo // 100), max(2, hi // 100)) * 100
    return rng.randrange(lo, hi)


def _money(rng: random.Random, currency: str) -> tuple[int, str]:
    """A sum in whole units and one way a reporter would write it."""
    if currency == "KES":
        tenths = rng.randrange(5, 400)
        value = tenths * 100_000_000
        amount = f"{tenths / 10:g} billion"
        return value, rng.choice((f"KES {amount}", f"Sh{amount}", f"{amount} Kenyan shillings"))
    if rng.random() < 0.15:
        value = rng.randrange(100, 9000) * 1000
        symbol = {"USD": "$", "CAD": "C$", "EUR": "€", "GBP": "£"}[currency]
        return value, f"{symbol}{value:,}"
    tenths = rng.choice((rng.randrange(1, 500) * 10, rng.randrange(10, 999)))
    value = tenths * 100_000
    amount = f"{tenths / 10:g}"
    forms = {
        "USD": (f"${amount} million", f"US${amount} million", f"{amount} million dollars", f"${amount}m"),
        "CAD": (f"C${amount} million", f"{amount} million Canadian dollars"),
        "EUR": (f"€{amount} million", f"{amount} million euros"),
        "GBP": (f"£{amount} million", f"{amount} million pounds"),
    }[currency]
    return value, rng.choice(forms)


def _qualifier(
    rng: random.Random, allowed: tuple[str, ...] = ("exact", "approx", "at_least")
) -> tuple[str, str]:
    q = rng.choice(allowed)
    return q, ("" if q == "exact" else rng.choice(CUES[q]) + " ")


class _Article:
    """State of one article while its sentences are drawn."""

    def __init__(self, rng: random.Random, mission: Mission, published: date) -> None:
        self.rng = rng
        self.m = mission
        self.pub = published
        self.seen: set[tuple[Any, ...]] = set()
        self.people: dict[str, str] = {}

    # dates ---------------------------------------------------------------------------------------
    def when(self, line: _Line, *, allow_none: bool = True, prep: str = "on") -> str:
        """Append a date phrase (or none) to the line and return the as_of it sets."""
        rng, pub = self.rng, self.pub
        kind = rng.choice(
            ("none", "weekday", "day", "month", "month_end") if allow_none else ("weekday", "day", "month")
        )
        if kind == "none":
            return pub.isoformat()
        if kind == "weekday":
            d = pub - timedelta(days=rng.randrange(1, 7))
            line.t(f" {prep} ").v("date", WEEKDAYS[d.weekday()])
            return d.isoformat()
        if kind == "day":
            d = pub - timedelta(days=rng.randrange(7, 200))
            text = rng.choice(
                (f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{MONTHS[d.month - 1]} {d.day}, {d.year}")
            )
            line.t(f" {prep} ").v("date", text)
            return d.isoformat()
        first = pub.replace(day=1) - timedelta(days=1)
        first = first - timedelta(days=31 * rng.randrange(0, 5))
        y, mo = first.year, first.month
        if kind == "month":
            line.t(" in " if prep == "on" else f" {prep} ").v("date", f"{MONTHS[mo - 1]} {y}")
            return f"{y:04d}-{mo:02d}"
        last = calendar.monthrange(y, mo)[1]
        line.t(" at the end of ").v("date", f"{MONTHS[mo - 1]} {y}")
        return f"{y:04d}-{mo:02d}-{last:02d}"

    def person(self) -> tuple[str, str]:
        """An invented speaker and a role as the text states it."""
        name = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
        if name in self.people:
            return name, self.people[name]
        country = self.rng.choice((self.m.host, *(self.m.contributors or (self.m.host,))))
        role = self.rng.choice(
            (
                f"{DEMONYM[country]} Foreign Minister",
                f"{DEMONYM[country]} Defence Minister",
                f"{self.m.code} spokesperson",
                f"{self.m.code} force commander",
                f"UN Special Representative for {self.m.host}",
                f"{DEMONYM[self.m.host]} Prime Minister",
            )
        )
        self.people[name] = role
        return name, role

    def mission_name(self) -> str:
        return self.rng.choice(self.m.names)

    # facts -----------------------------------------------------------------------------------------
    def deployed(self) -> tuple[_Line, list[_Fact]]:
        rng, m = self.rng, self.m
        n = _persons(rng, 10, 3000)
        q, cue = _qualifier(rng)
        noun = rng.choice(m.personnel)
        line = _Line()
        subject: str | None
        dated = True
        if m.contributors and rng.random() < 0.7:
            subject = rng.choice(m.contributors)
            if rng.random() < 0.5:
                line.t(f"{_name(subject)} now has {cue}").v("value", _count(rng, n)).t(
                    f" {noun} serving with {self.mission_name()}"
                )
                dated = False  # "now": the publication date
            else:
                line.t(f"{cue}").v("value", _count(rng, n)).t(
                    f" {DEMONYM[subject]} {noun} were deployed with {self.mission_name()}"
                )
        else:
            # a mission-wide total of the mission's own kind of personnel has no subject; civilian
            # staff are a category of their own (corpus convention)
            subject = "civilian" if noun == "civilian staff" else None
            line.t(f"{self.mission_name()} had {cue}").v("value", _count(rng, n)).t(f" {noun} on the ground")
        as_of = self.when(line) if dated else self.pub.isoformat()
        line.t(rng.choice((".", ", according to mission figures.", ", officials said.")))
        return line, [_Fact("personnel.deployed", m.code, subject, n, "persons", q, as_of, "value")]

    def arrived(self) -> tuple[_Line, list[_Fact]]:
        rng, m = self.rng, self.m
        if not m.contributors:
            return self.deployed()
        country = rng.choice(m.contributors)
        n = _persons(rng, 2, 800)
        noun = rng.choice(m.personnel)
        line = _Line()
        if rng.random() < 0.5:
            line.v("value", _count(rng, n)).t(f" {DEMONYM[country]} {noun} landed in {m.capital}")
            as_of = self.when(line, allow_none=False)
            line.t(f", joining {self.mission_name()}.")
        else:
            line.t("A contingent of ").v("value", _count(rng, n)).t(
                f" {noun} from {_name(country)} arrived in {m.capital}"
            )
            as_of = self.when(line, allow_none=False)
            line.t(".")
        return line, [_Fact("personnel.arrived", m.code, country, n, "persons", "exact", as_of, "value")]

    def pledged(self) -> tuple[_Line, list[_Fact]]:
        rng, m = self.rng, self.m
        if not m.contributors:
            return self.required()
        country = rng.choice(m.contributors)
        n = _persons(rng, 20, 2500)
        q, cue = _qualifier(rng, ("exact", "exact", "approx", "at_most"))
        noun = rng.choice(m.personnel)
        line = _Line().t(
            f"{_name(country)} has {rng.choice(('pledged', 'promised to send', 'offered'))} {cue}"
        )
        line.v("value", _count(rng, n)).t(f" {noun} to {self.mission_name()}")
        as_of = self.when(line)
        line.t(".")
        facts = [
            _Fact("personnel.pledged", m.code, country, n, "persons", q, as_of, "value"),
            _Fact("contributor", m.code, country, "pledged", None, "exact", as_of, None),
        ]
        return line, facts

    def target(self) -> tuple[_Line, list[_Fact]]:
        rng, m = self.rng, self.m
        n = rng.randrange(10, 120) * 100
        line = _Line()
        capped = rng.random() < 0.5
        if capped:
            # not "the Council authorised … on Tuesday": that would state a Council decision too
            line.t(f"The authorised strength of {self.mission_name()} is capped at ")
            q = "at_most"
        else:
            q, cue = _qualifier(rng, ("exact", "at_most"))
            line.t(f"{self.mission_name()} is expected to number {cue}")
        category = rng.choice((None, "uniformed"))
        line.v("value", f"{n:,}").t(" uniformed personnel" if category else " personnel")
        as_of = self.pub.isoformat()
        if not capped and rng.random() < 0.6:
            # a strength planned for a future month takes that month (corpus convention)
            ahead = date(self.pub.year, self.pub.month, 15) + timedelta(days=30 * rng.randrange(1, 9))
            as_of = f"{ahead.year:04d}-{ahead.month:02d}"
            line.t(" by ").v("date", f"{MONTHS[ahead.month - 1]} {ahead.year}")
        line.t(".")
        return line, [_Fact("personnel.target", m.code, category, n, "persons", q, as_of, "value")]

    def _donor_money(self) -> tuple[str, str, int, str]:
        donor = self.rng.choice(self.m.donors)
        currency = CURRENCY.get(donor, "USD")
        value, text = _money(self.rng, currency)
        return donor, currency, value, text

    def funding(self) -> tuple[_Line, list[_Fact]]:
        rng, m = self.rng, self.m
        donor, currency, value, money = self._donor_money()
        q, cue = _qualifier(rng)
        line = _Line()
        if rng.random() < 0.5:
            measure, status = "funding.pledged", "pledged"
            line.t(f"{_name(donor)} {rng.choice(('pledged', 'has promised', 'committed'))} {cue}").v(
                "value", money
            )
            line.t(f" to {self.mission_name()}")
        else:
            measure, status = "funding.contributed", "paid"
            line.t(f"{_name(donor)} has {rng.choice(('contributed', 'paid', 'donated'))} {cue}").v(
                "value", money
            )
            line.t(f" to the trust fund for {self.mission_name()}")
        as_of = self.when(line)
        line.t(".")
        return line, [
            _Fact(measure, m.code, donor, value, currency, q, as_of, "value"),
            _Fact("donor", m.code, donor, status, None, "exact", as_of, None),
        ]

    def required(self) -> tuple[_Line, list[_Fact]]:
        rng, m = self.rng, self.m
        value, money = _money(rng, "USD")
        q, cue = _qualifier(rng)
        line = _Line()
        if rng.random() < 0.5:
            line.t(f"{self.mission_name()} needs {cue}").v("value", money).t(" a year to operate")
        else:
            line.t(f"The annual budget of {self.mission_name()} is {cue}").v("value", money)
        as_of = self.pub.isoformat()
        if rng.random() < 0.5:
            as_of = f"{self.pub.year}-12-31"
            line.t(" for ").v("date", str(self.pub.year))
        line.t(rng.choice((".", ", a UN budget document shows.")))
        return line, [_Fact("funding.required", m.code, None, value, "USD", q, as_of, "value")]

    def council(self) -> tuple[_Line, list[_Fact]]:
        rng, m = self.rng, self.m
        res = rng.choice(m.resolutions)
        line = _Line().t(f"The Security Council adopted resolution {res}")
        as_of = self.when(line, allow_none=False)
        if rng.random() < 0.4:
            tally = "15-0-0"
            line.t(" unanimously")
        else:
            against = rng.choice((0, 0, 1))
            abstain = rng.randrange(1, 4)
            tally = f"{15 - against - abstain}-{against}-{abstain}"
            line.t(" by ").v("tally", f"{15 - against - abstain} votes to {against or 'none'}").t(
                f", with {SMALL[abstain]} abstention{'s' if abstain > 1 else ''}"
            )
        line.t(".")
        facts = [
            _Fact("council.vote", m.code, str(res), tally, None, "exact", as_of, None),
            _Fact("council.adopted", m.code, str(res), as_of, None, "exact", as_of, "date"),
        ]
        return line, facts

    def mandate(self) -> tuple[_Line, list[_Fact]]:
        rng, m = self.rng, self.m
        months = rng.choice((6, 9, 12, 12, 12))
        end = self.pub + timedelta(days=30 * months)
        line = _Line().t(f"The decision extends {self.mission_name()} for ")
        line.v("months", f"{months} months" if months != 12 or rng.random() < 0.5 else "another year")
        if rng.random() < 0.5:
            expiry = f"{end.year:04d}-{end.month:02d}"
            line.t(", until ").v("expiry", f"{MONTHS[end.month - 1]} {end.year}").t(".")
        else:
            expiry = end.isoformat()
            line.t(", until ").v("expiry", f"{end.day} {MONTHS[end.month - 1]} {end.year}").t(".")
        pub = self.pub.isoformat()
        return line, [
            _Fact("mandate.duration", m.code, None, months, "months", "exact", pub, "months"),
            _Fact("mandate.expiry", m.code, None, expiry, None, "exact", pub, "expiry"),
        ]

    def humanitarian(self) -> tuple[_Line, list[_Fact]]:
        rng, m = self.rng, self.m
        place = rng.choice((m.host, *m.places))
        q, cue = _qualifier(rng)
        line = _Line()
        kind = rng.random()
        if kind < 0.4 or (kind >= 0.8 and m.host != "Haiti"):
            measure = "displaced"
            n = rng.choice((rng.randrange(5, 150) * 10_000, rng.randrange(10, 60) * 100_000))
            line.t(f"{cue}").v("value", _count(rng, n)).t(f" people had been displaced in {_name(place)}")
            as_of = self.when(line, prep="as of")
            line.t(", according to the International Organization for Migration.")
        elif kind < 0.8:
            measure = "killed"
            n = rng.choice((rng.randrange(3, 600), rng.randrange(10, 60) * 100))
            line.t(f"Armed groups killed {cue}").v("value", _count(rng, n)).t(f" people in {_name(place)}")
            if rng.random() < 0.5:
                as_of = f"{self.pub.year - 1}-12-31"
                line.t(" last year")
            else:
                as_of = self.when(line)
            line.t(", the UN human rights office said.")
        elif m.host == "Haiti":
            measure = "gang_control"
            place = m.capital
            n = rng.randrange(50, 95)
            q, cue = _qualifier(rng, ("exact", "approx", "at_least"))
            line.t(f"Gangs control {cue}").v("value", rng.choice((f"{n}%", f"{n} percent", f"{n} per cent")))
            line.t(f" of {place}")
            as_of = self.when(line, prep="as of")
            line.t(".")
            return line, [_Fact(measure, None, place, n, "percent", q, as_of, "value")]
        return line, [_Fact(measure, None, place, n, "persons", q, as_of, "value")]

    def quote(self) -> tuple[_Line, list[_Fact]]:
        rng, m = self.rng, self.m
        name, role = self.person()
        said = rng.choice(QUOTES).format(place=rng.choice(m.places), capital=m.capital, host=_name(m.host))
        line = _Line()
        if rng.random() < 0.5:
            said = said.rstrip(".")
            line.t("“").v("quote", said).t(f",” said {role} ").v("name", name).t(".")
        else:
            line.t(f"{role} ").v("name", name).t(" told reporters: “").v("quote", said).t("”")
        return line, [
            _Fact("quote", None, name, said, None, None, None, "quote"),
            _Fact("role", None, name, role, None, None, None, None),
        ]

    def filler(self) -> tuple[_Line, list[_Fact]]:
        m = self.m
        text = self.rng.choice(FILLERS).format(place=self.rng.choice(m.places), capital=m.capital)
        return _Line().t(text), []


_KINDS = (
    "deployed",
    "arrived",
    "pledged",
    "target",
    "funding",
    "required",
    "council",
    "mandate",
    "humanitarian",
    "humanitarian",
    "quote",
    "quote",
    "filler",
)


def _fact_key(f: _Fact) -> tuple[Any, ...]:
    return (f.measure, f.subject, str(f.value), f.qualifier)


def document(seed: int, index: int, missions: tuple[str, ...] | None = None) -> SynthDoc:
    """Document *index* of the corpus of *seed*; the same arguments give the same document."""
    rng = random.Random(f"missionwatch-synth:{seed}:{index}")
    codes = missions or tuple(MISSIONS)
    mission = MISSIONS[rng.choice(codes)]
    y0, y1 = mission.years
    published = date(y0, 1, 1) + timedelta(days=rng.randrange((date(y1, 12, 31) - date(y0, 1, 1)).days))
    art = _Article(rng, mission, published)

    lines: list[tuple[_Line, list[_Fact]]] = []
    opener = _Line().t(f"{mission.capital.upper()} — ")
    name = rng.choice(mission.names)
    lead = f", led by {_name(mission.lead)}," if mission.lead else ""
    name = name[:1].upper() + name[1:]
    opener.t(f"{name}{lead} faced new questions this week about its strength and its funding.")
    opener_facts = (
        [
            _Fact(
                "mission.lead",
                mission.code,
                mission.lead,
                mission.code,
                None,
                "exact",
                published.isoformat(),
                None,
            )
        ]
        if mission.lead
        else []
    )
    lines.append((opener, opener_facts))
    for _ in range(rng.randrange(4, 11)):
        for _attempt in range(4):
            line, facts = getattr(art, rng.choice(_KINDS))()
            keys = {_fact_key(f) for f in facts}
            if not keys & art.seen:
                art.seen |= keys
                lines.append((line, facts))
                break

    title = rng.choice(
        (
            f"{mission.code}: new figures on troops and money",
            f"Security mission in {_name(mission.host)} under pressure",
            f"What we know about {mission.code} this week",
            f"{DEMONYM[mission.host]} mission update",
        )
    )
    parts = [title, "\n\n"]
    offset = len(title) + 2
    facts_out: list[dict[str, Any]] = []
    per_paragraph = 0
    for i, (line, facts) in enumerate(lines):
        sentence = line.text()
        if i and per_paragraph and rng.random() < 0.55:
            parts.append(" ")
            offset += 1
        elif i:
            parts.append("\n\n")
            offset += 2
            per_paragraph = 0
        per_paragraph += 1
        for f in facts:
            out: dict[str, Any] = {
                "measure": f.measure,
                "mission": f.mission,
                "subject": f.subject,
                "value": f.value,
                "unit": f.unit,
                "qualifier": f.qualifier,
                "as_of": f.as_of,
                "sentence": sentence,
            }
            if f.key and f.key in line.spans:
                s, e = line.spans[f.key]
                out["start"], out["end"] = offset + s, offset + e
            if f.measure == "quote" and "name" in line.spans:
                s, e = line.spans["name"]
                out["speaker_start"], out["speaker_end"] = offset + s, offset + e
            facts_out.append(out)
        parts.append(sentence)
        offset += len(sentence)
    text = "".join(parts)
    return SynthDoc(
        id=f"synth-{seed}-{index:07d}",
        url=f"{URL_BASE}/{seed}/{index}",
        title=title,
        published=published.isoformat(),
        mission=mission.code,
        text=text,
        facts=facts_out,
    )


def generate(
    n: int, seed: int = 0, *, start: int = 0, missions: tuple[str, ...] | None = None
) -> Iterator[SynthDoc]:
    """Documents ``start`` … ``start + n - 1`` of the corpus of ``seed``, one at a time."""
    for i in range(start, start + n):
        yield document(seed, i, missions)


class JsonlSink:
    """Writes reader-ready JSON lines; gold facts, if asked, to a second file as ``{"id", "facts"}``."""

    def __init__(self, path: Path, gold_path: Path | None = None) -> None:
        self.out = path.open("w", encoding="utf-8")
        self.gold = gold_path.open("w", encoding="utf-8") if gold_path else None

    def write(self, doc: SynthDoc) -> None:
        self.out.write(json.dumps(doc.record(), ensure_ascii=False) + "\n")
        if self.gold:
            self.gold.write(json.dumps({"id": doc.id, "facts": doc.facts}, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.out.close()
        if self.gold:
            self.gold.close()


class DirSink:
    """Writes corpus-style ``NNNNNNN-slug.txt`` files (header + text) and ``.gold.json`` beside them.

    ``per_dir`` > 0 spreads them over numbered sub-folders of that many documents each, so a million
    documents do not land in one directory; each sub-folder is itself a valid corpus directory.
    """

    def __init__(self, out_dir: Path, *, gold: bool = True, per_dir: int = 0) -> None:
        self.root, self.gold, self.per_dir = out_dir, gold, per_dir
        out_dir.mkdir(parents=True, exist_ok=True)

    def write(self, doc: SynthDoc) -> None:
        number = doc.id.rsplit("-", 1)[1]
        folder = self.root
        if self.per_dir > 0:
            folder = self.root / f"{int(number) // self.per_dir:05d}"
            folder.mkdir(exist_ok=True)
        stem = f"{number}-{doc.slug()}"
        (folder / f"{stem}.txt").write_text(doc.corpus_text(), encoding="utf-8")
        if self.gold:
            (folder / f"{stem}.gold.json").write_text(
                json.dumps(doc.facts, ensure_ascii=False, indent=1), encoding="utf-8"
            )

    def close(self) -> None:
        """Nothing is held open between documents."""


def write(docs: Iterable[SynthDoc], sinks: list[JsonlSink | DirSink]) -> int:
    """Stream the documents once into every sink; returns how many were written."""
    count = 0
    try:
        for doc in docs:
            for sink in sinks:
                sink.write(doc)
            count += 1
    finally:
        for sink in sinks:
            sink.close()
    return count


def write_jsonl(docs: Iterable[SynthDoc], path: Path, gold_path: Path | None = None) -> int:
    """One reader-ready JSON object a line; gold facts go to ``gold_path`` as ``{"id", "facts"}`` lines."""
    return write(docs, [JsonlSink(path, gold_path)])


def write_dir(docs: Iterable[SynthDoc], out_dir: Path, *, gold: bool = True, per_dir: int = 0) -> int:
    """Corpus-style files: ``NNNNNNN-slug.txt`` with the header and, beside it, ``.gold.json``."""
    return write(docs, [DirSink(out_dir, gold=gold, per_dir=per_dir)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="number of documents (up to 1,000,000 and more)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--start", type=int, default=0, help="index of the first document (to write slices)")
    parser.add_argument("--mission", action="append", choices=sorted(MISSIONS), help="restrict to missions")
    parser.add_argument(
        "--out",
        required=True,
        action="append",
        help="FILE.jsonl, or a directory for .txt + .gold.json files; repeat to write both",
    )
    parser.add_argument("--gold", help="with a .jsonl --out: also write gold facts to this JSONL file")
    parser.add_argument("--no-gold", action="store_true", help="with a directory --out: skip .gold.json")
    parser.add_argument(
        "--per-dir",
        type=int,
        default=0,
        help="with a directory --out: sub-folders of this many documents (0: one folder)",
    )
    args = parser.parse_args(argv)
    docs = generate(
        args.n, args.seed, start=args.start, missions=tuple(args.mission) if args.mission else None
    )
    sinks: list[JsonlSink | DirSink] = []
    for item in args.out:
        out = Path(item)
        if out.suffix == ".jsonl":
            sinks.append(JsonlSink(out, Path(args.gold) if args.gold else None))
        else:
            sinks.append(DirSink(out, gold=not args.no_gold, per_dir=args.per_dir))
    count = write(docs, sinks)
    print(f"wrote {count} documents to {', '.join(args.out)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
