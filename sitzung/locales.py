"""Dates and times in a house style's locale, with Babel (CLDR patterns and names, any locale).

"Monday 11 March 2024" and "7.38pm" for a parish (en_GB), "Tuesday, March 12, 2024" and
"7:00 p.m." for Robert's Rules (en_US, with the house's own "a.m."/"p.m."). Babel is imported
here only, and only when a body with a house style is exported or checked.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sitzung.errors import SitzungError
from sitzung.house_style import HouseStyle
from sitzung.text_rules import shortened


def check_style(style: HouseStyle) -> None:
    """Refuse a locale Babel does not know, or a pattern it cannot read (SitzungError naming the key)."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import parse_pattern

    try:
        Locale.parse(style.locale)
    except (UnknownLocaleError, ValueError):
        raise SitzungError("style.unknown_locale", key="locale", value=shortened(style.locale)) from None
    for key in ("date_format", "time_format"):
        pattern = getattr(style, key)
        try:
            parse_pattern(pattern)
        except (ValueError, TypeError, KeyError):
            raise SitzungError("style.bad_pattern", key=key, value=shortened(pattern)) from None
        if not pattern:
            raise SitzungError("style.bad_pattern", key=key, value="")


def long_date(day: date, style: HouseStyle) -> str:
    """The day as the house writes a meeting's date: "Monday 11 March 2024"."""
    from babel.dates import format_date

    return format_date(day, style.date_format, locale=style.locale)


def clock_time(moment: datetime | time | None, style: HouseStyle) -> str:
    """The time of day as the house writes it: "7.38pm", "7:00 p.m."; "" for none."""
    if moment is None:
        return ""
    from babel.dates import format_time, get_period_names

    text = format_time(moment, style.time_format, locale=style.locale)
    if style.periods and "a" in style.time_format:
        names = get_period_names("abbreviated", locale=style.locale)
        am_pm = "am" if (moment.hour < 12) else "pm"
        text = text.replace(names[am_pm], style.periods[0 if am_pm == "am" else 1])
    return text
