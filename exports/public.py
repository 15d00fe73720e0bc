"""What the public version of the minutes may show, decided before any template sees the data.

The public minutes describe the public part of the session. Of a non-public
item they keep its number and title in the agenda and nothing else: no notes,
vote, recusals, status, times or chair's determinations made while it ran.
Someone who was in the room only while non-public items ran (a guest called in
for one item, a member who came for the closed part) is not named at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sitzung.state import ItemState, SessionState

_EARLIEST = datetime.min
_LATEST = datetime.max

Interval = tuple[datetime, datetime]


def _merge(intervals: list[Interval]) -> list[Interval]:
    merged: list[Interval] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


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


@dataclass(frozen=True)
class Visibility:
    """Which items and people a version of the minutes may name, and when the closed part ran."""

    public_only: bool
    closed: tuple[Interval, ...] = ()

    def item(self, item: ItemState | None) -> bool:
        """May the minutes say anything about this item beyond its number and title?"""
        return item is not None and (item.public or not self.public_only)

    def person(self, state: SessionState, key: str) -> bool:
        """May the minutes name this person? (Present at some moment outside the closed part.)"""
        if not self.public_only:
            return True
        presence = state.presence(key)
        if not presence.spans:
            return True
        covered = list(self.closed)
        closing = state.ended or _LATEST
        return any(
            _outside((start or _EARLIEST, min(end or _LATEST, closing)), covered) for start, end in presence.spans
        )

    def moment(self, when: datetime | None) -> bool:
        """Did `when` fall outside the closed part?"""
        if when is None or not self.public_only:
            return True
        return not any(start <= when < end for start, end in self.closed)


def visibility(state: SessionState, public_only: bool) -> Visibility:
    """The closed part of the session: the time from start to end of every non-public item."""
    if not public_only:
        return Visibility(False)
    closed = [
        (item.started, item.ended or state.ended or _LATEST)
        for item in state.items.values()
        if not item.public and item.started is not None
    ]
    return Visibility(True, tuple(_merge(closed)))
