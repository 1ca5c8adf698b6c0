"""Tables for analysts: CSV that spreadsheets open cleanly, and XLSX workbooks (XlsxWriter).

Shared by the CLI (``facts``, ``timeline``, ``conflicts``) and the API (``?format=csv``). Cells
are plain: a missing value is an empty cell, numbers stay numbers, structures are JSON. Text that
comes from documents is never taken for a formula: in CSV a cell starting with ``= + - @`` gets a
leading apostrophe (what Excel itself shows for such text), and XLSX cells are written as strings
explicitly.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def plain(value: Any) -> Any:
    """A cell value: None → '', structures → JSON, the rest (numbers, text, booleans) as is."""
    if value is None:
        return ""
    if isinstance(value, dict | list | tuple):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def safe_text(value: Any) -> Any:
    """Text a spreadsheet will not run as a formula (``=HYPERLINK(…)`` in a quoted sentence)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_csv(
    rows: Sequence[dict[str, Any]], header: Sequence[str], *, out: IO[str] | None = None, bom: bool = False
) -> None:
    """Rows as CSV on ``out`` (stdout): the header, then one line per row, plain safe cells."""
    fh = out or sys.stdout
    if bom:
        fh.write("\ufeff")
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_text(plain(row.get(k))) for k in header])


def csv_text(items: Sequence[dict[str, Any]], header: Sequence[str] | None = None) -> str:
    """Items as CSV text; the columns are ``header``, else every key in order of appearance."""
    import io

    columns = list(header) if header is not None else list(dict.fromkeys(k for item in items for k in item))
    buffer = io.StringIO()
    write_csv(items, columns, out=buffer)
    return buffer.getvalue()


def write_xlsx(path: Path, sheets: dict[str, tuple[Sequence[str], Sequence[dict[str, Any]]]]) -> None:
    """A workbook with one sheet per entry (name → header, rows): a bold, frozen header row, an
    autofilter, numbers as numbers, http(s) URLs as links, long text wrapped."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    try:
        bold = book.add_format({"bold": True, "bg_color": "#E8EEF4", "border": 1})
        wrap = book.add_format({"text_wrap": True, "valign": "top"})
        top = book.add_format({"valign": "top"})
        for name, (header, rows) in sheets.items():
            sheet = book.add_worksheet(name[:31])
            sheet.write_row(0, 0, list(header), bold)
            sheet.freeze_panes(1, 0)
            for col, key in enumerate(header):
                sheet.set_column(
                    col,
                    col,
                    60 if key in WIDE else 14 if key not in NARROW else 8,
                    wrap if key in WIDE else top,
                )
            links = 0
            for r, row in enumerate(rows, start=1):
                for c, key in enumerate(header):
                    value = plain(row.get(key))
                    if isinstance(value, bool):
                        sheet.write_boolean(r, c, value)
                    elif isinstance(value, int | float):
                        sheet.write_number(r, c, value)
                    elif (
                        key == "url"
                        and isinstance(value, str)
                        and value.startswith(("http://", "https://"))
                        and len(value) < 2000
                        and links < 65_000
                    ):
                        sheet.write_url(r, c, value, string=value)
                        links += 1
                    elif value == "":
                        sheet.write_blank(r, c, None)
                    else:
                        sheet.write_string(r, c, str(value))
            sheet.autofilter(0, 0, max(len(rows), 1), max(len(header) - 1, 0))
    finally:
        book.close()


WIDE = frozenset({"sentence", "url", "title"})
NARROW = frozenset({"sources", "claims", "unit", "conflict", "official", "best"})
