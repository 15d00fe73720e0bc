"""Reading the times a clerk types: "18:32" on the session's date, or ISO 8601.

Times are local wall-clock times without a zone, as minutes are written;
an ISO time with an offset is converted to the machine's local time first.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from sitzung.errors import SitzungError

_HHMM = re.compile(r"^(\d{1,2})[:.](\d{2})(?::(\d{2}))?$")


def parse_clock_time(text: str) -> time:
    """HH:MM (or HH.MM, HH:MM:SS) as a time of day; 25:00 and 18:60 are refused."""
    match = _HHMM.match(text.strip())
    if not match:
        raise SitzungError("time.bad_format", text=text)
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise SitzungError("time.impossible", text=text)
    return time(hour, minute, second)


def parse_at(text: str, on: date) -> datetime:
    """A moment of the session: HH:MM on its date `on`, or an ISO 8601 date-time."""
    text = text.strip()
    if _HHMM.match(text):
        return datetime.combine(on, parse_clock_time(text))
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise SitzungError("time.bad_format", text=text) from None
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.replace(microsecond=0)


def parse_date(text: str) -> date:
    """YYYY-MM-DD (also DD.MM.YYYY, as German clerks write it)."""
    text = text.strip()
    german = re.match(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$", text)
    try:
        if german:
            return date(int(german[3]), int(german[2]), int(german[1]))
        return date.fromisoformat(text)
    except ValueError:
        raise SitzungError("date.bad", text=text) from None
