"""Numbers of resolutions and minutes ("23/045"), continuing across a body's sessions.

A body configures a format such as `{yy}/{seq:03}` or `B-{seq}/{yyyy}`. The
sequence runs on across the body's sessions; when the format names the year,
it starts again at 1 with each numbering year, which begins in the month the
body sets (`year_starts`: 5 for an English council year from May).

Numbers are derived, never stored: every item of the agenda gets a minute
number in agenda order, every resolution one in agenda order, after those of
the body's earlier sessions in the same numbering year.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sitzung.errors import SitzungError
from sitzung.text_rules import shortened

_FIELDS = {"seq", "yy", "yyyy", "session"}
_SPEC = re.compile(r"^0?[1-9]?$")
_YEARLY = {"yy", "yyyy"}


@dataclass(frozen=True)
class NumberFormat:
    """A parsed number format: literal text and the fields {seq}, {yy}, {yyyy}, {session}, e.g. {seq:03}."""

    text: str
    yearly: bool = False  # the sequence starts again with each numbering year (the format names the year)

    @classmethod
    def parse(cls, text: str) -> NumberFormat:
        import string  # only bodies that number their minutes or resolutions need it

        text = text.strip()
        try:
            parts = list(string.Formatter().parse(text))
        except ValueError:
            raise SitzungError("numbering.bad_format", format=shortened(text)) from None
        names = [name for _, name, _, _ in parts if name is not None]
        for _, name, spec, conversion in parts:
            if name is None:
                continue
            if name not in _FIELDS or conversion or not _SPEC.match(spec or ""):
                raise SitzungError("numbering.bad_field", format=shortened(text), field=shortened(name or "{}"))
        if "seq" not in names:
            raise SitzungError("numbering.needs_seq", format=shortened(text))
        return cls(text, yearly=bool(_YEARLY.intersection(names)))

    def render(self, seq: int, year: int, session: int) -> str:
        return self.text.format(seq=seq, yy=f"{year % 100:02d}", yyyy=str(year), session=session)

    def __str__(self) -> str:
        return self.text


def numbering_year(day: date, year_starts: int) -> int:
    """The numbering year a day belongs to: 2023 for 11 March 2024 when the year starts in May."""
    return day.year if day.month >= year_starts else day.year - 1


@dataclass(frozen=True)
class Session:
    """What numbering needs of one session: when it was, and how many minutes and resolutions it numbers."""

    day: date
    number: int
    minutes: int
    resolutions: int


@dataclass(frozen=True)
class Numbers:
    """The first minute and resolution numbers of one session, and its formats."""

    minute_format: NumberFormat | None
    resolution_format: NumberFormat | None
    first_minute: int
    first_resolution: int
    year: int
    session: int

    def minute(self, index: int) -> str:
        """The minute number of the session's `index`-th item (0-based), or "" when the body numbers none."""
        if self.minute_format is None:
            return ""
        return self.minute_format.render(self.first_minute + index, self.year, self.session)

    def resolution(self, index: int) -> str:
        if self.resolution_format is None:
            return ""
        return self.resolution_format.render(self.first_resolution + index, self.year, self.session)


def numbers_for(
    this: Session,
    earlier: Iterable[Session],
    minute_format: NumberFormat | None,
    resolution_format: NumberFormat | None,
    year_starts: int,
) -> Numbers:
    """Where this session's numbers start: after those of the body's sessions before it."""
    year = numbering_year(this.day, year_starts)
    before = [s for s in earlier if (s.day, s.number) < (this.day, this.number)]

    def start(fmt: NumberFormat | None, count: str) -> int:
        if fmt is None:
            return 1
        scope = [s for s in before if not fmt.yearly or numbering_year(s.day, year_starts) == year]
        return 1 + sum(getattr(s, count) for s in scope)

    return Numbers(
        minute_format,
        resolution_format,
        start(minute_format, "minutes"),
        start(resolution_format, "resolutions"),
        year,
        this.number,
    )
