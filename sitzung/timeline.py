"""The session's time, derived once: item durations, the session's elapsed time, and its parts.

Every screen and export asks these functions; none computes a duration or
decides what is public on its own.

- An item's duration is the sum of its runs, net of recesses, counted in whole
  minutes between moments cut to the minute (so it agrees with the printed times).
- The session's elapsed time runs from its start to now, and stops at its end.
- The closed (non-public) part is the union of the runs of non-public items:
  whatever happened while one of them ran belongs to the closed part, wherever
  the item stands in the agenda.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import NamedTuple

from sitzung.state import ItemState, Run, SessionState
from sitzung.timefmt import to_minute
from sitzung.vocabulary import ClockState, ItemStatus

EARLIEST = datetime.min
LATEST = datetime.max

Interval = tuple[datetime, datetime]


def _overlap(a: Interval, b: Interval) -> timedelta:
    return max(timedelta(0), min(a[1], b[1]) - max(a[0], b[0]))


def _recesses(state: SessionState) -> list[Interval]:
    """The recesses as intervals; one still open lasts until the session's end (or for ever)."""
    out = []
    for recess in state.recesses:
        stop = recess.end or state.ended
        out.append((to_minute(recess.start), to_minute(stop) if stop else LATEST))
    return out


def net_of_recesses(state: SessionState, span: Interval) -> timedelta:
    """A stretch of the session (moments cut to the minute) with the session's recesses taken out."""
    gross = max(timedelta(0), span[1] - span[0])
    return max(timedelta(0), gross - sum((_overlap(span, r) for r in _recesses(state)), timedelta(0)))


def run_end(state: SessionState, run: Run, now: datetime | None) -> datetime | None:
    """Where a run stops for counting: its end, else the session's end, else now (None if none is known)."""
    return run.end or state.ended or now


def item_duration(state: SessionState, item: ItemState, now: datetime | None = None) -> timedelta | None:
    """How long the item was under discussion: its runs added up, recesses taken out.

    A run still open counts up to `now`; without `now` (an export) such an item has
    no duration yet. None for an item that never ran.
    """
    if not item.runs:
        return None
    total = timedelta(0)
    for run in item.runs:
        end = run_end(state, run, now)
        if end is None:
            return None
        total += net_of_recesses(state, (to_minute(run.start), to_minute(end)))
    return total


def session_elapsed(state: SessionState, now: datetime) -> timedelta | None:
    """From the start to now, frozen at the end; None before the start."""
    if state.started is None:
        return None
    return max(timedelta(0), to_minute(state.ended or now) - to_minute(state.started))


class ClockReading(NamedTuple):
    """What a clock display shows: the state, since when it holds, and for how long."""

    status: ClockState
    since: datetime | None
    elapsed: timedelta | None


def clock_reading(state: SessionState, now: datetime) -> ClockReading:
    """The session's time in a recess counts the recess; otherwise the session (frozen at its end)."""
    status = state.clock_status
    if status is ClockState.RECESS:
        since = state.recesses[-1].start
        return ClockReading(status, since, max(timedelta(0), to_minute(now) - to_minute(since)))
    return ClockReading(status, state.started, session_elapsed(state, now))


def item_running_since(item: ItemState) -> datetime | None:
    """The start of the item's current run, while it runs."""
    if item.status is ItemStatus.RUNNING and item.runs:
        return item.runs[-1].start
    return None


# -- the public and the closed part -------------------------------------------------------


def _merge(intervals: list[Interval]) -> list[Interval]:
    merged: list[Interval] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def closed_intervals(state: SessionState) -> list[Interval]:
    """The closed part: every run of a non-public item, merged; an open run lasts to the end."""
    return _merge(
        [(run.start, run.end or state.ended or LATEST) for item in state.items.values() if not item.public
         for run in item.runs]
    )


def _outside(span: Interval, covered: list[Interval]) -> bool:
    """Whether part of `span` lies outside every interval of `covered` (merged, sorted)."""
    cursor, end = span
    for start, stop in covered:
        if cursor >= end:
            return False
        if stop <= cursor:
            continue
        if start > cursor:
            return True
        cursor = stop
    return cursor < end


class Visibility(NamedTuple):
    """What a version of the minutes or a display may show: everything, or the public part only."""

    public_only: bool
    closed: tuple[Interval, ...] = ()

    def item(self, item: ItemState | None) -> bool:
        """May it say anything about this item beyond its number and title?"""
        return item is not None and (item.public or not self.public_only)

    def person(self, state: SessionState, key: str) -> bool:
        """May it name this person? (Present at some moment outside the closed part, or never present.)"""
        if not self.public_only:
            return True
        presence = state.presence(key)
        if not presence.spans:
            return True
        closing = state.ended or LATEST
        return any(
            _outside((start or EARLIEST, min(end or LATEST, closing)), list(self.closed))
            for start, end in presence.spans
        )

    def moment(self, when: datetime | None) -> bool:
        """Did `when` fall outside the closed part? (The one answer to "which part is this moment in".)"""
        if when is None or not self.public_only:
            return True
        return not any(start <= when < end for start, end in self.closed)


def visibility(state: SessionState, public_only: bool) -> Visibility:
    """Everything, or only what lies outside the closed part."""
    if not public_only:
        return Visibility(False)
    return Visibility(True, tuple(closed_intervals(state)))


class Exclusion(NamedTuple):
    """The public excluded (Ausschluss der Öffentlichkeit) at `start`, readmitted at `end` (None: not again)."""

    start: datetime
    end: datetime | None


def exclusions(state: SessionState) -> list[Exclusion]:
    """When the public had to leave and when it was let in again: the closed part's intervals, in order."""
    return [Exclusion(start, None if end in (LATEST, state.ended) else end) for start, end in closed_intervals(state)]
