"""What an item decided, as the fold of its motion, vote, ballot, resolution and election events.

Plain records, kept per item in `ItemDecisions`. Like the rest of the fold,
applying never refuses: the recorder checked each event before it was
written. Outcomes that need the session (who could vote, the seats, the
majority rule) are derived in `sitzung.outcomes`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sitzung.majority import Majority, Tally
from sitzung.vocabulary import Choice, ElectionAction, EventKind, MotionAction, MotionKind, Outcome


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


@dataclass
class ItemDecisions:
    """An item's motions, votes, resolutions and elections, in the order they were recorded.

    A second vote or resolution on the same subject (the item itself, or one
    motion) replaces the first: it is the clerk's correction or a recount.
    """

    motions: list[Motion] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)
    elections: list[Election] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.motions or self.votes or self.resolutions or self.elections)

    def motion(self, motion_id: str | None) -> Motion | None:
        return next((m for m in self.motions if m.id == motion_id), None)

    def vote_on(self, motion_id: str | None) -> Vote | None:
        """The vote on a motion (or, with None, on the item itself)."""
        return next((v for v in self.votes if v.motion == motion_id), None)

    def resolution_on(self, motion_id: str | None) -> Resolution | None:
        return next((r for r in self.resolutions if r.motion == motion_id), None)

    def election(self, election_id: str) -> Election | None:
        return next((e for e in self.elections if e.id == election_id), None)

    def amendments_to(self, motion_id: str) -> list[Motion]:
        return [m for m in self.motions if m.amends == motion_id]

    def apply(self, kind: EventKind, data: dict[str, Any], at: datetime, seq: int) -> None:
        if kind is EventKind.MOTION:
            self._motion(data, at)
        elif kind is EventKind.VOTE:
            self._vote(data, at, seq)
        elif kind is EventKind.BALLOT:
            vote = self.vote_on(data.get("motion"))
            if vote is not None:
                vote.ballots[str(data["person"])] = Choice(data["choice"])
        elif kind is EventKind.RESOLUTION:
            motion = data.get("motion")
            self.resolutions = [r for r in self.resolutions if r.motion != motion]
            self.resolutions.append(
                Resolution(at, Outcome(data["outcome"]), motion, str(data.get("text", "")), str(data.get("to", "")))
            )
        elif kind is EventKind.ELECTION:
            self._election(data, at)

    def _motion(self, data: dict[str, Any], at: datetime) -> None:
        action = MotionAction(data["action"])
        if action is MotionAction.PROPOSE:
            self.motions.append(
                Motion(
                    id=str(data["id"]),
                    text=str(data["text"]),
                    kind=MotionKind(data.get("kind", MotionKind.MOTION)),
                    at=at,
                    by=data.get("by"),
                    seconded_by=data.get("seconded_by"),
                    amends=data.get("amends"),
                    ruling=str(data.get("ruling", "")),
                )
            )
            return
        motion = self.motion(data.get("id"))
        if motion is None:
            return
        if action is MotionAction.SECOND:
            motion.seconded_by = data.get("by")
        elif action is MotionAction.WITHDRAW:
            motion.withdrawn = at
        elif action is MotionAction.NO_SECOND:
            motion.died = at
        elif action is MotionAction.RULE:
            motion.ruling = str(data.get("ruling", ""))

    def _vote(self, data: dict[str, Any], at: datetime, seq: int) -> None:
        motion = data.get("motion")
        named = bool(data.get("named"))
        self.votes = [v for v in self.votes if v.motion != motion]
        casting = data.get("casting")
        self.votes.append(
            Vote(
                seq=seq,
                at=at,
                motion=motion,
                majority=Majority(data.get("majority", Majority.SIMPLE)),
                yes=int(data.get("yes", 0)),
                no=int(data.get("no", 0)),
                abstain=int(data.get("abstain", 0)),
                unanimous=bool(data.get("unanimous")),
                named=named,
                secret=bool(data.get("secret")),
                casting=Choice(casting) if casting else None,
                ballots={str(k): Choice(v) for k, v in dict(data.get("ballots", {})).items()},
            )
        )

    def _election(self, data: dict[str, Any], at: datetime) -> None:
        action = ElectionAction(data["action"])
        if action is ElectionAction.OPEN:
            candidates = [str(c) for c in data["candidates"]]
            self.elections.append(Election(str(data["id"]), at, int(data["seats"]), candidates))
            return
        election = self.election(str(data.get("id")))
        if election is None:
            return
        if action is ElectionAction.ROUND:
            votes = {str(k): int(v) for k, v in dict(data["votes"]).items()}
            election.rounds.append(Round(at, votes, int(data.get("invalid", 0)), int(data.get("blank", 0))))
        elif action is ElectionAction.LOT:
            election.lots.append(str(data["candidate"]))
        else:
            election.answers[str(data["candidate"])] = action is ElectionAction.ACCEPT
