"""The meeting's vocabulary as enums: what kinds of events there are, and the states things can be in.

They are `StrEnum`s, so the event log keeps its plain strings ("running",
"arrived") and every comparison in the code is checked against one list.
"""

from __future__ import annotations

from enum import StrEnum


class EventKind(StrEnum):
    """What a recorded event is about."""

    ATTENDANCE = "attendance"
    CLOCK = "clock"
    AGENDA = "agenda"
    GUEST = "guest"
    REMARK = "remark"
    DETERMINATION = "determination"
    ITEM = "item"
    NOTE = "note"
    VOTE = "vote"
    RECUSE = "recuse"
    PLAN = "plan"
    RETIME = "retime"
    UNDO = "undo"


class Attendance(StrEnum):
    """What the clerk records about a person: present from the start, absent (* or +), a late arrival, a departure."""

    PRESENT = "present"
    EXCUSED = "excused"
    UNEXCUSED = "unexcused"
    ARRIVED = "arrived"
    LEFT = "left"

    @property
    def absent(self) -> bool:
        return self in (Attendance.EXCUSED, Attendance.UNEXCUSED)


class ClockAction(StrEnum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    END = "end"


class ClockState(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    RECESS = "recess"
    ENDED = "ended"

    @property
    def in_session(self) -> bool:
        """Started and not yet ended (running or in recess)."""
        return self in (ClockState.RUNNING, ClockState.RECESS)


class ItemAction(StrEnum):
    START = "start"
    END = "end"
    DEFER = "defer"
    WITHDRAW = "withdraw"


class ItemStatus(StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    DEFERRED = "deferred"
    WITHDRAWN = "withdrawn"


# Events whose moment matters and can be corrected afterwards ("arrived 18:32" noted a minute late).
TIMED_KINDS = frozenset({EventKind.CLOCK, EventKind.ITEM, EventKind.ATTENDANCE, EventKind.GUEST})
