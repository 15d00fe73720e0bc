"""Reading the times a clerk types: "18:32" on the session's date, or ISO 8601.

Times are local wall-clock times without a zone, as minutes are written;
an ISO time with an offset is converted to the machine's local time first.

A typed moment belongs to its session: it lies on the session's date, or in
the small hours of the next morning (before 06:00, for a session that runs
past midnight; write those as ISO, "2022-05-12T00:30"), and never in the future.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from sitzung.errors import SitzungError
from sitzung.timefmt import day_and_time

_HHMM = r"^(\d{1,2})[:.](\d{2})(?::(\d{2}))?$"  # compiled by `re` when a time is first typed
NEXT_MORNING = time(6)  # a session that runs past midnight may record moments until then


def parse_clock_time(text: str) -> time:
    """HH:MM (or HH.MM, HH:MM:SS) as a time of day; 25:00 and 18:60 are refused."""
    match = re.match(_HHMM, text.strip())
    if not match:
        raise SitzungError("time.bad_format", text=text)
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise SitzungError("time.impossible", text=text)
    return time(hour, minute, second)


def parse_at(text: str, on: date, now: datetime | None = None) -> datetime:
    """A moment of the session held on `on`: HH:MM on that date, or an ISO 8601 date-time.

    Refused: a moment on another day (the next morning before 06:00 excepted)
    and, when `now` is given, a moment later than `now`.
    """
    text = text.strip()
    if re.match(_HHMM, text):
        moment = datetime.combine(on, parse_clock_time(text))
    else:
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise SitzungError("time.bad_format", text=text) from None
        if moment.tzinfo is not None:
            moment = moment.astimezone().replace(tzinfo=None)
        moment = moment.replace(microsecond=0)
    check_moment(moment, on, now)
    return moment


def check_moment(moment: datetime, on: date, now: datetime | None = None) -> None:
    """Refuse a moment that cannot belong to a session held on `on` (see the module's rule)."""
    next_morning = (moment.date() - on).days == 1 and moment.time() < NEXT_MORNING
    if moment.date() != on and not next_morning:
        raise SitzungError("time.other_day", at=day_and_time(moment), day=on.isoformat())
    if now is not None and moment > now:
        raise SitzungError("time.future", at=_shown(moment, now), now=_shown(now, moment))


def _shown(moment: datetime, other: datetime) -> str:
    """18:32; with its seconds beside a moment in the same minute, with its date beside one on another day."""
    if moment.date() != other.date():
        return day_and_time(moment)
    return moment.strftime("%H:%M:%S" if moment.hour == other.hour and moment.minute == other.minute else "%H:%M")


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
