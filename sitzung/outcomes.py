"""What the decisions came to: vote outcomes, motion statuses, election results and numbers.

Derived once, here, from the folded session; the app, the chair's view, the
CLI, the minutes and the JSON all ask these functions. Who could vote in a
vote is who counts for the quorum at its moment for its item (present, not
recused, a deputy in an absent member's place), so a unanimous vote's yes
count and a named vote's voters agree with the quorum shown at that moment.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sitzung.decisions import Election, Motion, Resolution, Vote
from sitzung.elections import ElectionOutcome, outcome, round_results
from sitzung.majority import Tally, VoteResult, decide
from sitzung.numbering import Numbers, Session, numbers_for
from sitzung.state import ItemState, SessionState, counting_people
from sitzung.vocabulary import MotionKind, MotionStatus, Outcome

if TYPE_CHECKING:
    from sitzung.ports import Archive


def voters(state: SessionState, item: ItemState, at: datetime | None) -> list[str]:
    """Keys of those entitled to vote on `item` at `at`: the voting members present and not recused."""
    return counting_people(state, at, item)


def tally(state: SessionState, item: ItemState, vote: Vote) -> Tally:
    """The vote's counts; a unanimous vote is every voter present voting yes."""
    if vote.unanimous:
        return Tally(len(voters(state, item, vote.at)), 0, 0)
    return vote.tally


def vote_result(state: SessionState, item: ItemState, vote: Vote) -> VoteResult:
    return decide(vote.majority, tally(state, item, vote), state.info.body.seats, vote.casting)


def motion_status(state: SessionState, item: ItemState, motion: Motion) -> MotionStatus:
    if motion.withdrawn is not None:
        return MotionStatus.WITHDRAWN
    if motion.died is not None:
        return MotionStatus.NO_SECOND
    if motion.kind is MotionKind.POINT_OF_ORDER and motion.ruling:
        return MotionStatus.RULED
    vote = item.decisions.vote_on(motion.id)
    if vote is None:
        return MotionStatus.OPEN
    return MotionStatus.ADOPTED if vote_result(state, item, vote).adopted else MotionStatus.REJECTED


def amended(state: SessionState, item: ItemState, motion: Motion) -> bool:
    """Whether an amendment to `motion` was adopted."""
    return any(
        motion_status(state, item, a) is MotionStatus.ADOPTED for a in item.decisions.amendments_to(motion.id)
    )


def open_motion(state: SessionState, item: ItemState) -> Motion | None:
    """The item's latest motion still to be voted on: a vote without a named motion is on it."""
    for motion in reversed(item.decisions.motions):
        if motion.kind is not MotionKind.POINT_OF_ORDER and motion_status(state, item, motion) is MotionStatus.OPEN:
            return motion
    return None


def outcome_of_vote(state: SessionState, item: ItemState, vote: Vote) -> Outcome:
    """The outcome a vote implies for its subject: adopted (as amended, if an amendment passed) or rejected."""
    if not vote_result(state, item, vote).adopted:
        return Outcome.REJECTED
    motion = item.decisions.motion(vote.motion)
    return Outcome.ADOPTED_AMENDED if motion is not None and amended(state, item, motion) else Outcome.ADOPTED


def election_result(state: SessionState, election: Election) -> ElectionOutcome:
    return outcome(election, state.info.body.election)


def election_rounds(state: SessionState, election: Election) -> list[ElectionOutcome]:
    """Where the election stood after each of its rounds (a run-off needed, a tie, who was elected)."""
    return round_results(election, state.info.body.election)


def resolutions(state: SessionState) -> list[tuple[ItemState, Resolution]]:
    """Every resolution in agenda order, each item's in the order they were made: the order they are numbered in."""
    return [
        (item, resolution)
        for item in state.items.values()
        for resolution in sorted(item.decisions.resolutions, key=lambda r: r.at)
    ]


def numbering_session(state: SessionState) -> Session:
    """What numbering needs of this session: every agenda item is a minute, every resolution has a number."""
    info = state.info
    return Session(info.date, info.number, len(state.items), len(resolutions(state)))


def session_numbers(state: SessionState, earlier: Iterable[Session] = ()) -> Numbers:
    """The session's minute and resolution numbers, after those of the body's `earlier` sessions."""
    body = state.info.body
    return numbers_for(
        numbering_session(state), earlier, body.minute_number, body.resolution_number, body.year_starts
    )


@dataclass(frozen=True)
class Numbered:
    """Minute numbers by item number and resolution numbers by (item number, motion id), "" when not numbered."""

    minutes: dict[str, str]
    resolutions: dict[tuple[str, str | None], str]

    def minute(self, number: str) -> str:
        return self.minutes.get(number, "")

    def resolution(self, number: str, motion: str | None) -> str:
        return self.resolutions.get((number, motion), "")


def numbered(state: SessionState, earlier: Iterable[Session] = ()) -> Numbered:
    numbers = session_numbers(state, earlier)
    return Numbered(
        {number: numbers.minute(index) for index, number in enumerate(state.items)},
        {(item.number, r.motion): numbers.resolution(index) for index, (item, r) in enumerate(resolutions(state))},
    )


def earlier_sessions(archive: Archive, state: SessionState) -> list[Session]:
    """The body's sessions before this one, as numbering needs them (read from the archive, nothing written).

    Only read when the body numbers its minutes or resolutions.
    """
    from sitzung.sessions import read_session  # here: every recorder imports this module, few read other sessions

    info = state.info
    body = info.body
    if body.minute_number is None and body.resolution_number is None:
        return []
    found: list[Session] = []
    for summary in archive.sessions():
        if summary.body != body.name or summary.id == info.id or (summary.date, summary.number) >= (
            info.date,
            info.number,
        ):
            continue
        found.append(numbering_session(read_session(archive, summary.id)))
    return found
