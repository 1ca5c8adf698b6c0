"""Publication dates as ISO strings at the precision the source gives them.

A header that says ``Published: 2024-09`` means September 2024, not the first of September: the
extractor anchors relative dates ("last month", "by January") on it, and a made-up day would be
a made-up fact. So every reader turns its date into ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` and
says which.
"""

from __future__ import annotations

import re
import time
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from missionwatch.models import Precision

_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def _valid(year: int, month: int | None = None, day: int | None = None) -> bool:
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return False
    return 1800 <= year <= 2200


def parse_published(value: object) -> tuple[str, Precision] | None:
    """An ISO date string and its precision, from whatever a source wrote; None when unreadable.

    Accepts ISO dates and datetimes, RFC 2822 (feeds, HTTP), ``datetime``/``date``/``struct_time``
    values, and prose dates ("30 September 2024", "Sept. 2024") through dateparser, which is
    imported only when the cheap forms fail because it costs about a second to load.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat(), "day"
    if isinstance(value, date):
        return value.isoformat(), "day"
    if isinstance(value, time.struct_time):
        return date(value.tm_year, value.tm_mon, value.tm_mday).isoformat(), "day"
    text = " ".join(str(value).split())
    if not text:
        return None
    match = _ISO.fullmatch(text)
    if match:
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        if not _valid(year, month, day):
            return None
        if day is not None:
            return date(year, month or 1, day).isoformat(), "day"
        if month is not None:
            return f"{year:04d}-{month:02d}", "month"
        return f"{year:04d}", "year"
    if _ISO_DATETIME.match(text):
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat(), "day"
        except ValueError:
            pass
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return parsed.date().isoformat(), "day"
    return _parse_prose(text)


def _parse_prose(text: str) -> tuple[str, Precision] | None:
    if len(text) > 60 or not re.search(r"\d{4}", text):
        return None  # without a year, dateparser would invent one from today's date
    from dateparser.date import DateDataParser

    parser = DateDataParser(languages=["en", "fr", "es", "pt"], settings={"PREFER_DAY_OF_MONTH": "first"})
    data = parser.get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    when = data.date_obj.date()
    if data.period == "year":
        return f"{when.year:04d}", "year"
    if data.period == "month":
        return f"{when.year:04d}-{when.month:02d}", "month"
    return when.isoformat(), "day"
