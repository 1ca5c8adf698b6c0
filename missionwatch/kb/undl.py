"""Reading the UN Digital Library's "Security Council Voting Data" CSV into KB resolution records.

The Dag Hammarskjöld Library publishes every adopted resolution's vote as one row per member
(https://digitallibrary.un.org/record/4055387): ``undl_id, ms_code, ms_name, permanent_member,
ms_vote (Y/N/A/X), date, resolution, draft, meeting, description, agenda, subjects, vote_note,
modality, total_yes, total_no, total_abstentions, total_non_voting, total_ms, undl_link``.

:func:`read_csv` groups the rows by resolution and checks them (a bad row is one ``FILE:LINE:
reason`` error and the rest go on); :func:`match_mission` files a resolution under the KB mission
its description names (the mission's own code in capitals, or its full name); :func:`to_entry`
turns it into the record shape of ``data/undl.toml`` and the user overlay, with the dataset cited.
Used by ``python -m missionwatch.kb.build`` and ``missionwatch kb import-votes``.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from missionwatch.kb import missions
from missionwatch.kb.source import Source

__all__ = [
    "COLUMNS",
    "DATASET_LICENCE",
    "DATASET_TITLE",
    "DATASET_URL",
    "ReadResult",
    "RowError",
    "UndlResolution",
    "dataset_source",
    "match_mission",
    "read_csv",
    "read_csv_text",
    "read_rows",
    "to_entry",
    "version_from_filename",
]

COLUMNS = (
    "undl_id",
    "ms_code",
    "ms_name",
    "permanent_member",
    "ms_vote",
    "date",
    "resolution",
    "draft",
    "meeting",
    "description",
    "agenda",
    "subjects",
    "vote_note",
    "modality",
    "total_yes",
    "total_no",
    "total_abstentions",
    "total_non_voting",
    "total_ms",
    "undl_link",
)
REQUIRED = ("ms_code", "ms_vote", "date", "resolution")
DATASET_TITLE = "United Nations Security Council Voting Data"
DATASET_PUBLISHER = "United Nations, Dag Hammarskjöld Library"
DATASET_URL = "https://digitallibrary.un.org/record/4055387"
DATASET_LICENCE = (
    "UN Digital Library terms of use: non-commercial use with attribution "
    "(https://digitallibrary.un.org/pages/?ln=en&page=tos)"
)
VOTES = {"Y": "yes", "N": "no", "A": "abstain", "X": "absent"}
_SYMBOL = re.compile(r"^S/RES/(\d{1,4})\((\d{4})\)$")
_FILENAME_VERSION = re.compile(r"(\d{4})_(\d{1,2})_(\d{1,2})_sc_voting")


@dataclass(frozen=True)
class RowError:
    """A row that could not be used: ``FILE:LINE: reason`` when printed."""

    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


@dataclass
class UndlResolution:
    """One resolution's vote as the dataset records it."""

    number: str
    year: int
    date: str
    line: int
    undl_id: str = ""
    draft: str = ""
    meeting: str = ""
    description: str = ""
    agenda: str = ""
    undl_link: str = ""
    totals: tuple[int, int, int] | None = None
    votes: dict[str, str] = field(default_factory=dict)

    @property
    def tally(self) -> tuple[int, int, int]:
        """(for, against, abstain) counted from the member votes."""
        values = list(self.votes.values())
        return (values.count("yes"), values.count("no"), values.count("abstain"))


@dataclass
class ReadResult:
    resolutions: list[UndlResolution]
    errors: list[RowError]
    rows: int


def version_from_filename(path: str | Path) -> str | None:
    """'2025_7_21_sc_voting.csv' -> '2025-07-21' (the Library names each release by its date)."""
    m = _FILENAME_VERSION.search(Path(path).name)
    if not m:
        return None
    y, mo, d = (int(x) for x in m.groups())
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        return None


def dataset_source(version: str | None, url: str | None = None) -> Source:
    """The citation every imported record carries (title, publisher, version, URL, licence)."""
    title = DATASET_TITLE + (f", version of {version}" if version else "")
    return Source(
        title=title,
        outlet=DATASET_PUBLISHER,
        date=version or "undated",
        url=url or DATASET_URL,
        licence=DATASET_LICENCE,
    )


def _int(value: str) -> int | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return int(float(value))
    except ValueError:
        return None


def _iso_date(value: str) -> str | None:
    value = (value or "").strip()
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", value)  # a spreadsheet's day/month/year
    if m:
        d, mo, y = (int(x) for x in m.groups())
        try:
            return date(y, mo, d).isoformat()
        except ValueError:
            return None
    return None


def read_csv(path: str | Path, *, display: str | None = None) -> ReadResult:
    """Group a voting CSV's rows into resolutions; bad rows become errors, the rest go on.

    A resolution whose member votes disagree with its own ``total_*`` columns, or names a member
    twice, is dropped whole with one error at its first line: better no vote than a wrong one.
    """
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return read_rows(handle, display=display or str(path))


def read_csv_text(text: str, *, display: str) -> ReadResult:
    """``read_csv`` for a CSV already in memory (the ``undl-votes`` connector fetches it by URL)."""
    return read_rows(io.StringIO(text.removeprefix("\ufeff"), newline=""), display=display)


def read_rows(handle: Iterable[str], *, display: str) -> ReadResult:
    """The one parser behind ``read_csv`` and ``read_csv_text``."""
    shown = display
    errors: list[RowError] = []
    found: dict[str, UndlResolution] = {}
    broken: set[str] = set()
    rows = 0

    def bad(line: int, reason: str) -> None:
        errors.append(RowError(shown, line, reason))

    reader = csv.DictReader(handle)
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        bad(1, f"not a Security Council voting CSV: no column {', '.join(missing)}")
        return ReadResult([], errors, 0)
    for row in reader:
        rows += 1
        line = reader.line_num
        row = {(k or "").strip(): (v or "").strip() for k, v in row.items() if k is not None}
        symbol = row.get("resolution", "")
        m = _SYMBOL.match(re.sub(r"\s+", "", symbol).upper())
        if not m:
            bad(line, f"resolution {symbol!r} is not a symbol like S/RES/2793(2025)")
            continue
        number, year = m.group(1).lstrip("0") or "0", int(m.group(2))
        when = _iso_date(row.get("date", ""))
        if when is None:
            bad(line, f"date {row.get('date', '')!r} is not a date")
            continue
        if int(when[:4]) != year:
            bad(line, f"date {when} is not in {year}, the year of {symbol}")
            continue
        code = row.get("ms_code", "").upper()
        if not re.fullmatch(r"[A-Z]{3}", code):
            bad(line, f"member code {row.get('ms_code', '')!r} is not alpha-3")
            continue
        vote = VOTES.get(row.get("ms_vote", "").upper())
        if vote is None:
            bad(line, f"vote {row.get('ms_vote', '')!r} is not one of Y, N, A, X")
            continue
        res = found.get(number)
        if res is None:
            totals = tuple(_int(row.get(k, "")) for k in ("total_yes", "total_no", "total_abstentions"))
            res = UndlResolution(
                number=number,
                year=year,
                date=when,
                line=line,
                undl_id=row.get("undl_id", ""),
                draft=row.get("draft", ""),
                meeting=row.get("meeting", ""),
                description=row.get("description", ""),
                agenda=row.get("agenda", ""),
                undl_link=row.get("undl_link", ""),
                totals=totals if None not in totals else None,  # type: ignore[arg-type]
            )
            found[number] = res
        elif res.date != when:
            bad(line, f"resolution {number} dated {when} here, {res.date} above")
            broken.add(number)
            continue
        if code in res.votes:
            bad(line, f"resolution {number}: a second vote for {code}")
            broken.add(number)
            continue
        res.votes[code] = vote
    out: list[UndlResolution] = []
    for number, res in found.items():
        if number in broken:
            continue
        if len(res.votes) > 15:
            bad(res.line, f"resolution {number}: {len(res.votes)} members voted, not 15 at most")
            continue
        if res.totals is not None and res.totals != res.tally:
            t, c = res.totals, res.tally
            bad(
                res.line,
                f"resolution {number}: totals say {t[0]}-{t[1]}-{t[2]}, votes give {c[0]}-{c[1]}-{c[2]}",
            )
            continue
        out.append(res)
    out.sort(key=lambda r: int(r.number))
    return ReadResult(out, errors, rows)


# ---------------------------------------------------------------------------------- mission match


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, mission code): each mission's code and capitalised short aliases as written
    ("(UNMISS)", "AMISOM"), and its full names with "UN" spelled either way."""
    pats: list[tuple[re.Pattern[str], str]] = []
    for m in missions.all_missions():
        shorts = {m.code, *(a for a in m.aliases if re.fullmatch(r"[A-Z][A-Z0-9-]{2,11}", a))}
        for short in sorted(shorts, key=len, reverse=True):
            pats.append((re.compile(rf"(?<![A-Za-z0-9-]){re.escape(short)}(?![A-Za-z0-9-])"), m.code))
        for name in {m.name, *(a for a in m.aliases if len(a.split()) >= 4)}:
            body = re.escape(name).replace(r"United\ Nations", r"(?:United\ Nations|UN)")
            body = re.sub(r"^UN\\ ", r"(?:United\\ Nations|UN)\\ ", body)
            pats.append((re.compile(body, re.IGNORECASE), m.code))
    return tuple(pats)


def match_mission(description: str, agenda: str = "", on: str | None = None) -> tuple[str, list[str]] | None:
    """The KB mission a resolution's description names, and any others it names, or None.

    The mission named first in the description is the main one. A named mission that had not yet
    started or had ended a year before the vote is still kept: the description says so.
    """
    text = description or ""
    hits: list[tuple[int, str]] = []
    for pattern, code in _patterns():
        for found in pattern.finditer(text):
            hits.append((found.start(), code))
    if not hits:
        return None
    ordered = [code for _, code in sorted(hits)]
    codes = list(dict.fromkeys(ordered))
    return codes[0], codes[1:]


def to_entry(
    res: UndlResolution,
    mission: str,
    also: Iterable[str],
    source: Source,
) -> dict[str, Any]:
    """The record ``data/undl.toml`` and the overlay hold for one resolution."""
    entry: dict[str, Any] = {
        "number": res.number,
        "date": res.date,
        "mission": mission,
    }
    also = [c for c in also if c != mission]
    if also:
        entry["also_missions"] = also
    meeting = re.search(r"S/PV\.(\d+)", res.meeting)
    if meeting:
        entry["meeting"] = int(meeting.group(1))
    if res.draft:
        entry["draft"] = res.draft
    if res.description:
        subject = re.sub(r"^Security Council resolution \d+ \(\d{4}\)\s*", "", res.description)
        if subject.strip(" []"):
            entry["subject"] = subject.strip(" []")
    entry["tally"] = list(res.tally)
    entry["votes"] = dict(sorted(res.votes.items()))
    cited = source.model_dump(exclude_none=True)
    if res.undl_link.startswith("http"):
        cited["url"] = res.undl_link
    entry["vote_source"] = cited
    entry["source"] = cited
    return entry
