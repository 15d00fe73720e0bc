"""What an item decided: its motions, votes, resolutions and elections, as plain records.

Beside them, two other records of an item that few sessions have: members' declarations
of interest (`Declaration`) and the approval of an earlier session's minutes
(`MinutesApproval`).

`sitzung.state.ItemDecisions` keeps them per item and folds them from their
events; this module is imported when the first of those events is folded, so
that reading a session without decisions does not build these classes.
Outcomes that need the session (who could vote, the seats, the majority rule)
are derived in `sitzung.outcomes`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sitzung.vocabulary import Choice, Interest, Majority, MotionKind, Outcome

if TYPE_CHECKING:
    from sitzung.majority import Tally


@dataclass
class Motion:
    """A motion, an amendment (`amends` names the motion it amends) or a point of order with the chair's ruling."""

    id: str
    text: str
    kind: MotionKind
    at: datetime
    by: str | None = None
    seconded_by: str | None = None
    amends: str | None = None
    ruling: str = ""
    withdrawn: datetime | None = None
    died: datetime | None = None

    @property
    def closed(self) -> bool:
        """Withdrawn, dead for lack of a second, or (a point of order) ruled on: no vote can be taken on it."""
        return self.withdrawn is not None or self.died is not None or bool(self.ruling)


@dataclass
class Vote:
    """A vote on an item or on one of its motions.

    Counted votes keep their tally; a named vote keeps each voter's choice
    (`ballots`) and its tally follows from them. In a counted vote `ballots`
    holds the votes members asked to have recorded. A secret ballot has counts
    only, never a name.
    """

    seq: int
    at: datetime
    motion: str | None
    majority: Majority
    yes: int = 0
    no: int = 0
    abstain: int = 0
    unanimous: bool = False
    named: bool = False
    secret: bool = False
    casting: Choice | None = None
    ballots: dict[str, Choice] = field(default_factory=dict)

    @property
    def tally(self) -> Tally:
        from sitzung.majority import Tally  # here: reading a session folds its votes without counting them

        if self.named:
            choices = list(self.ballots.values())
            return Tally(choices.count(Choice.YES), choices.count(Choice.NO), choices.count(Choice.ABSTAIN))
        return Tally(self.yes, self.no, self.abstain)


@dataclass
class Resolution:
    """The outcome of an item or a motion, with its wording (Beschlusstext) and, when referred, to whom."""

    at: datetime
    outcome: Outcome
    motion: str | None = None
    text: str = ""
    to: str = ""


@dataclass
class Round:
    """One round of an election: votes per candidate, invalid and blank ballots."""

    at: datetime
    votes: dict[str, int]
    invalid: int = 0
    blank: int = 0

    @property
    def valid(self) -> int:
        return sum(self.votes.values())


@dataclass
class Election:
    """An election (Wahl) for `seats` seats: its candidates, rounds, lots drawn, and who accepted or declined."""

    id: str
    at: datetime
    seats: int
    candidates: list[str]
    rounds: list[Round] = field(default_factory=list)
    lots: list[str] = field(default_factory=list)
    answers: dict[str, bool] = field(default_factory=dict)


@dataclass(frozen=True)
class Declaration:
    """A member's declared interest in an item, and whether they left the meeting for it.

    A member who left is recused (`ItemState.recused`): not counted for the quorum of
    the item, not voting. A German recusal (Befangenheit) is a declaration without a
    kind whose member left; an English member may declare a non-registrable interest
    and stay. `nature` is what the clerk wrote about it ("as a neighbour of the applicant").
    """

    person: str
    at: datetime
    interest: Interest | None = None
    left: bool = True
    nature: str = ""

    @classmethod
    def of_event(cls, data: dict[str, Any], at: datetime) -> Declaration:
        """What a `recuse` event's data declares: without `"stays": true` the member left, as every older event
        says; a kind this version does not know reads as none (folding never refuses a stored event)."""
        interest = data.get("interest")
        return cls(
            str(data["person"]), at, Interest(interest) if interest in tuple(Interest) else None,
            data.get("stays") is not True, str(data.get("nature", "")),
        )


@dataclass(frozen=True)
class MinutesApproval:
    """An earlier session's minutes approved at this item: as read, or as corrected (Robert's Rules' words)."""

    session: str
    date: date
    corrected: bool
    at: datetime
