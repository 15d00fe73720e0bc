"""How times and durations are written, in one place: "18:32", "0:45", "11.05.2022".

Durations are counted in whole minutes between moments cut to the minute, so
a duration always agrees with the start and end times printed beside it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta


def to_minute(moment: datetime) -> datetime:
    """The moment as the minutes print it: seconds dropped."""
    return moment.replace(second=0, microsecond=0)


def hhmm(moment: datetime | None) -> str:
    """18:32, or "" for no moment."""
    return moment.strftime("%H:%M") if moment else ""


def hhmmss(moment: datetime) -> str:
    return moment.strftime("%H:%M:%S")


def day_and_time(moment: datetime) -> str:
    """2022-05-11 18:32, where the time of day alone would be ambiguous."""
    return moment.strftime("%Y-%m-%d %H:%M")


def german_date(day: date) -> str:
    """11.05.2022, as German minutes and the title lines write a date."""
    return day.strftime("%d.%m.%Y")


def whole_minutes(span: timedelta | None) -> int | None:
    if span is None:
        return None
    return max(0, int(span.total_seconds() // 60))


def duration(span: timedelta | int | None) -> str:
    """H:MM for a span of time (or a number of minutes); "" for none."""
    minutes = span if isinstance(span, int) or span is None else whole_minutes(span)
    if minutes is None:
        return ""
    return f"{minutes // 60}:{minutes % 60:02d}"
