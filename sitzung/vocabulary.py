"""The meeting's vocabulary as enums: what kinds of events there are, the states things can be in, and the
rules a body decides by.

They are `StrEnum`s, so the event log keeps its plain strings ("running",
"arrived") and every comparison in the code is checked against one list.

The rules (`Majority`, `ElectionRule`) live here rather than beside their
arithmetic in `sitzung.majority` and `sitzung.elections`: every `Body` names
both, and reading a session should not build the tallies and outcomes too.
"""

from __future__ import annotations

from enum import StrEnum

from sitzung.errors import SitzungError
from sitzung.text_rules import shortened


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
    MOTION = "motion"
    BALLOT = "ballot"
    RESOLUTION = "resolution"
    ELECTION = "election"
    RETIME = "retime"
    UNDO = "undo"
    APPROVAL = "approval"


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


class MotionKind(StrEnum):
    """A motion proper, an amendment to another motion, or a point of order for the chair to rule on."""

    MOTION = "motion"
    AMENDMENT = "amendment"
    POINT_OF_ORDER = "point_of_order"


class MotionAction(StrEnum):
    """What the clerk records about a motion: it is moved, seconded, withdrawn, dies unseconded, is ruled on."""

    PROPOSE = "propose"
    SECOND = "second"
    WITHDRAW = "withdraw"
    NO_SECOND = "no_second"
    RULE = "rule"


class MotionStatus(StrEnum):
    """Where a motion stands; ADOPTED and REJECTED follow from its latest vote."""

    OPEN = "open"
    WITHDRAWN = "withdrawn"
    NO_SECOND = "no_second"
    ADOPTED = "adopted"
    REJECTED = "rejected"
    RULED = "ruled"

    @property
    def closed(self) -> bool:
        """Withdrawn, dead for lack of a second, or ruled on: it can no longer be voted on."""
        return self in (MotionStatus.WITHDRAWN, MotionStatus.NO_SECOND, MotionStatus.RULED)


class Choice(StrEnum):
    """One member's vote."""

    YES = "yes"
    NO = "no"
    ABSTAIN = "abstain"


class Outcome(StrEnum):
    """What became of an item or a motion, as the resolution records it."""

    ADOPTED = "adopted"
    ADOPTED_AMENDED = "adopted-amended"
    REJECTED = "rejected"
    DEFERRED = "deferred"
    REFERRED = "referred"
    NOTED = "noted"
    WITHDRAWN = "withdrawn"

    @property
    def adopts(self) -> bool:
        return self in (Outcome.ADOPTED, Outcome.ADOPTED_AMENDED)


class ElectionAction(StrEnum):
    """An election is opened with its candidates, then rounds are counted; the elected accept or decline."""

    OPEN = "open"
    ROUND = "round"
    LOT = "lot"
    ACCEPT = "accept"
    DECLINE = "decline"


# Events whose moment matters and can be corrected afterwards ("arrived 18:32" noted a minute late).
TIMED_KINDS = frozenset(
    {EventKind.CLOCK, EventKind.ITEM, EventKind.ATTENDANCE, EventKind.GUEST, EventKind.MOTION, EventKind.VOTE,
     EventKind.RESOLUTION, EventKind.ELECTION}
)


class Majority(StrEnum):
    """simple: more yes than no among votes cast, abstentions do not count, a tie rejects (NRW);
    absolute: more than half of the statutory seats vote yes;
    two-thirds: at least two thirds of the votes cast (yes and no) are yes;
    two-thirds-seats: at least two thirds of the statutory seats vote yes."""

    SIMPLE = "simple"
    ABSOLUTE = "absolute"
    TWO_THIRDS = "two-thirds"
    TWO_THIRDS_SEATS = "two-thirds-seats"

    @classmethod
    def parse(cls, text: str) -> Majority:
        try:
            return cls(text.strip().lower().replace("_", "-"))
        except ValueError:
            raise SitzungError("majority.unknown", rule=shortened(text), known=", ".join(cls)) from None


class ElectionRule(StrEnum):
    RUNOFF = "runoff"
    PLURALITY = "plurality"

    @classmethod
    def parse(cls, text: str) -> ElectionRule:
        try:
            return cls(text.strip().lower())
        except ValueError:
            raise SitzungError("election.unknown_rule", rule=shortened(text), known=", ".join(cls)) from None


class SessionKind(StrEnum):
    """The kind of meeting a session is, as its minutes' heading names it.

    A parish council holds ordinary, annual and extraordinary meetings; a body under
    Robert's Rules regular, special and annual ones. Which a body knows is its house
    style's (`sitzung.house_style`); a German Niederschrift names none.
    """

    ORDINARY = "ordinary"
    ANNUAL = "annual"
    EXTRAORDINARY = "extraordinary"
    REGULAR = "regular"
    SPECIAL = "special"


class Interest(StrEnum):
    """The kind of interest a member declares in an item (England's code of conduct since the Localism Act 2011).

    A German recusal (Befangenheit) names no kind: its declaration has none.
    """

    DISCLOSABLE_PECUNIARY = "disclosable_pecuniary"
    OTHER_REGISTRABLE = "other_registrable"
    NON_REGISTRABLE = "non_registrable"
