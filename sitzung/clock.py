"""The time of day, injectable: the app asks a Clock, tests hand it a fixed one."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    """Local wall-clock time to the second, as the minutes need it."""

    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)


class ShiftedClock:
    """Wall-clock time moved to another moment: it starts at `start` and runs on at real speed.

    The demo runs on the reference meeting's own day (11.05.2022, before 18:00),
    so what the clerk records there lies on the meeting's date.
    """

    def __init__(self, start: datetime) -> None:
        self.offset = start - datetime.now().replace(microsecond=0)

    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0) + self.offset


class FixedClock:
    """A clock that only moves when told to, for tests and the demo."""

    def __init__(self, start: datetime) -> None:
        self.current = start

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> datetime:
        self.current += timedelta(**delta)
        return self.current
