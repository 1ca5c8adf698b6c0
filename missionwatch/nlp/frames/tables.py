"""Plain-text tables: a header row names each column's measure, each body row a contributor.

Reports and analyses lay figures out as text tables (cells separated by runs of spaces):

      MSS contingents, as of 28 February 2025
      Contributor     Pledged   On the ground   Share of pledge
      Kenya             1,000             744             74%

A figure in a body row takes the measure of its column's header ("Pledged" → pledged, "On the
ground" → deployed) and the row's country; the date in the lines above the header dates them all.
Sentence splitting does not see this layout, so tables are read from the text itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from missionwatch.nlp.frames.lexicon import lexicon

_CELL_GAP = re.compile(r"\s{2,}|\t+|\s*\|\s*")
_NUMBER = re.compile(r"^[~≈]?\s*(?:[$€£]|US\$|KSh|R)?\s*\d[\d,.]*\s*(?:%|m|bn|million|billion)?$", re.I)
# header words that name a measure but are not in the figure lexicon's classes
_PHRASES: tuple[tuple[str, str], ...] = (
    ("on the ground", "personnel.deployed"),
    ("in country", "personnel.deployed"),
    ("in theatre", "personnel.deployed"),
    ("present", "personnel.deployed"),
    ("strength", "personnel.deployed"),
    ("personnel", "personnel.deployed"),
    ("troops", "personnel.deployed"),
    ("police", "personnel.deployed"),
    ("ceiling", "personnel.target"),
    ("authori", "personnel.target"),
    ("pledge", "personnel.pledged"),
    ("promise", "personnel.pledged"),
    ("offer", "personnel.pledged"),
    ("arriv", "personnel.arrived"),
    ("withdrawn", "personnel.returned"),
    ("repatriat", "personnel.returned"),
)


@dataclass
class Table:
    columns: list[str | None]  # measure per column (the first column names the row)
    date: str | None = None
    rows: dict[int, int] = field(default_factory=dict)  # line start -> line end


def _cells(line: str) -> list[str]:
    return [c for c in _CELL_GAP.split(line.strip()) if c]


def column_measure(header: str) -> str | None:
    """The measure a column header names ("Pledged", "On the ground", "Share of pledge" → none)."""
    low = header.lower()
    if "share" in low or "%" in low or "per cent" in low or "percent" in low:
        return None
    lex = lexicon()
    for word in re.findall(r"[a-z]+", low):
        m = lex.modifiers.get("persons", {}).get(word) or lex.frame_nouns.get("persons", {}).get(word)
        if m:
            return m
    for cue, measure in _PHRASES:
        if cue in low:
            return measure
    return None


def find_tables(text: str, dates: list[tuple[int, str]]) -> list[Table]:
    """Tables in ``text``; ``dates`` are (offset, ISO value) of the dates found in it."""
    out: list[Table] = []
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text)]
    i = 0
    while i < len(lines):
        start, line = lines[i]
        cells = _cells(line)
        if len(cells) < 3 or any(_NUMBER.match(c) for c in cells[1:]) or not line.startswith((" ", "\t")):
            i += 1
            continue
        columns = [None, *(column_measure(c) for c in cells[1:])]
        table = Table(columns)
        j = i + 1
        while j < len(lines):
            row_start, row = lines[j]
            row_cells = _cells(row)
            if set(row.strip()) <= set("-=_ |+"):
                j += 1
                continue
            if len(row_cells) < 2 or not any(_NUMBER.match(c) for c in row_cells[1:]):
                break
            table.rows[row_start] = row_start + len(row)
            j += 1
        if table.rows and any(columns):
            above = [v for pos, v in dates if max(0, start - 300) <= pos < start]
            table.date = above[-1] if above else None
            out.append(table)
        i = j
    return out


def cell(tables: list[Table], text: str, start: int) -> tuple[Table, int] | None:
    """(table, column) of the figure starting at ``start`` when it sits in a table's body row."""
    for t in tables:
        for row_start, row_end in t.rows.items():
            if row_start <= start < row_end:
                cells = [
                    m.start() + row_start for m in re.finditer(r"\S+(?:\s\S+)*", text[row_start:row_end])
                ]
                column = max((k for k, o in enumerate(cells) if o <= start), default=0)
                return t, column
    return None
