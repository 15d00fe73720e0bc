"""The clerk's actions on decisions: motions, votes, ballots, resolutions and elections.

A part of `sitzung.recorder.Recorder` (it inherits these); every action is
checked against the session as it stands, inside the writer lock, and
refused with one sentence when it would record a wrong fact: a vote on a
motion nobody seconded where the body needs a second, a motion voted before
its open amendment, a tally larger than the members entitled to vote at its
moment, a resolution that contradicts its vote, a name in a secret ballot.

The decisions' records and counts (`sitzung.decisions`, `outcomes`, `elections`)
are imported by the actions that use them: every recorder, and so the app's
start, imports this module, but actions on decisions come later, if at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sitzung.clock import Clock
from sitzung.errors import SitzungError, Term
from sitzung.model import Event, Person
from sitzung.names import find_person, match_form
from sitzung.state import ItemState, SessionState
from sitzung.text_rules import BODY_NAME, NAME, NOTE, checked, shortened
from sitzung.timefmt import hhmm
from sitzung.vocabulary import (
    Choice,
    ElectionAction,
    EventKind,
    Majority,
    MotionAction,
    MotionKind,
    MotionStatus,
    Outcome,
)

if TYPE_CHECKING:
    from sitzung.decisions import Election, Motion, Vote

Check = Callable[[SessionState], dict[str, Any] | None]
_REF = re.compile(r"^\s*([A-Za-z]?)\s*(\d{1,6})\s*$")
MAX_CANDIDATES = 200
ITEM_ITSELF = "item"  # as a motion reference: the item itself, not any of its motions


def _ref(text: str, prefix: str) -> str:
    """ "M3", "m3" or "3" as the id "M3" ("" when it is not such an id)."""
    match = _REF.match(text)
    if not match or (match[1] and match[1].upper() != prefix):
        return ""
    return f"{prefix}{int(match[2])}"


def _said(group: str, value: StrEnum) -> Term:
    """An enum's value in the user's words ("motion.status.no_second" -> "not seconded")."""
    return Term(f"{group}.{value.value}")


def _listed(names: Sequence[str]) -> str:
    """Names joined so that "Arndt, Anna" stays one: "Arndt, Anna; Berger, Bea"."""
    return "; ".join(names)


def _next_id(used: Sequence[str], prefix: str) -> str:
    numbers = [int(i[len(prefix):]) for i in used if i.startswith(prefix) and i[len(prefix):].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1}"


class DecisionActions:
    """Motions, votes, ballots, resolutions and elections; mixed into the Recorder."""

    clock: Clock
    state: SessionState

    def item(self, number: str) -> ItemState:  # provided by Recorder
        raise NotImplementedError

    def _record(self, kind: EventKind, at: datetime | None, check: Check) -> Event | None:  # provided by Recorder
        raise NotImplementedError

    def _recorded(self, kind: EventKind, at: datetime | None, check: Check) -> Event:
        event = self._record(kind, at, check)
        assert event is not None
        return event

    # -- shared checks -------------------------------------------------------

    def _taken_up(self, state: SessionState, number: str, at: datetime | None) -> tuple[ItemState, datetime]:
        """The item, which must have been taken up, and the action's moment (now, or a typed time after its start)."""
        item = self.item(number)
        if not item.runs:
            raise SitzungError("decision.not_started", number=item.number)
        now = self.clock.now()
        if at is None:
            return item, now
        from sitzung.timeparse import check_moment

        check_moment(at, state.info.date, now)
        start = item.runs[0].start
        if at < start.replace(second=0, microsecond=0):
            raise SitzungError("decision.before_item", at=hhmm(at), number=item.number, start=hhmm(start))
        return item, at

    def _motion(self, item: ItemState, ref: str) -> Motion:
        motion = item.decisions.motion(_ref(ref, "M"))
        if motion is None:
            known = ", ".join(m.id for m in item.decisions.motions) or "-"
            raise SitzungError("motion.unknown", motion=shortened(ref), number=item.number, known=known)
        return motion

    def _subject(self, item: ItemState, motion: str | None, default: Motion | None) -> Motion | None:
        """The motion a vote, ballot or resolution is on: the one named, `default` when none is named, or
        none (the item itself) when `motion` is ITEM_ITSELF."""
        if motion is None:
            return default
        if motion.strip().casefold() == ITEM_ITSELF:
            return None
        return self._motion(item, motion)

    def _present(self, state: SessionState, query: str, at: datetime) -> Person:
        person = find_person(state.people, query)
        if not state.presence(person.key).present_at(at):
            raise SitzungError("motion.not_present", person=person.display, at=hhmm(at))
        return person

    # -- motions -------------------------------------------------------------

    def motion(
        self,
        number: str,
        text: str,
        by: str | None = None,
        seconded_by: str | None = None,
        amends: str | None = None,
        at: datetime | None = None,
        point_of_order: bool = False,
        ruling: str = "",
    ) -> Event:
        """Record a motion, an amendment (`amends`) or a point of order; its new id ("M3") is in the data."""
        from sitzung.outcomes import motion_status

        def check(state: SessionState) -> dict[str, Any]:
            item, moment = self._taken_up(state, number, at)
            wording = checked(text, NOTE).strip()
            if not wording:
                raise SitzungError("motion.empty", number=item.number)
            kind = MotionKind.POINT_OF_ORDER if point_of_order else MotionKind.MOTION
            data: dict[str, Any] = {"number": item.number, "action": MotionAction.PROPOSE.value}
            if amends is not None:
                if point_of_order:
                    raise SitzungError("motion.order_amends")
                target = self._motion(item, amends)
                status = motion_status(state, item, target)
                if target.kind is MotionKind.POINT_OF_ORDER or status is not MotionStatus.OPEN:
                    raise SitzungError("motion.not_open", motion=target.id, status=_said("motion.status", status))
                kind = MotionKind.AMENDMENT
                data["amends"] = target.id
            if ruling and not point_of_order:
                raise SitzungError("motion.ruling_needs_order")
            mover = self._present(state, by, moment) if by else None
            seconder = self._present(state, seconded_by, moment) if seconded_by else None
            if mover and seconder and mover.key == seconder.key:
                raise SitzungError("motion.own_second", person=mover.display)
            all_ids = [m.id for i in state.items.values() for m in i.decisions.motions]
            data.update(id=_next_id(all_ids, "M"), kind=kind.value, text=wording)
            if mover:
                data["by"] = mover.key
            if seconder:
                data["seconded_by"] = seconder.key
            if ruling:
                data["ruling"] = checked(ruling, NOTE).strip()
            return data

        return self._recorded(EventKind.MOTION, at, check)

    def motion_action(
        self, number: str, action: MotionAction | str, ref: str, by: str | None = None, ruling: str = "",
        at: datetime | None = None,
    ) -> Event:
        """Second, withdraw, let die for lack of a second, or rule on (a point of order) an earlier motion."""
        from sitzung.outcomes import motion_status

        action = MotionAction(action)

        def check(state: SessionState) -> dict[str, Any]:
            item, moment = self._taken_up(state, number, at)
            motion = self._motion(item, ref)
            status = motion_status(state, item, motion)
            data: dict[str, Any] = {"number": item.number, "action": action.value, "id": motion.id}
            if action is MotionAction.RULE:
                if motion.kind is not MotionKind.POINT_OF_ORDER:
                    raise SitzungError("motion.not_order", motion=motion.id)
                if not ruling.strip():
                    raise SitzungError("motion.ruling_empty", motion=motion.id)
                data["ruling"] = checked(ruling, NOTE).strip()
                return data
            if status is not MotionStatus.OPEN:
                raise SitzungError("motion.not_open", motion=motion.id, status=_said("motion.status", status))
            if action is MotionAction.SECOND:
                if motion.kind is MotionKind.POINT_OF_ORDER:
                    raise SitzungError("motion.order_no_second", motion=motion.id)
                if not by:
                    raise SitzungError("motion.second_needs_person", motion=motion.id)
                seconder = self._present(state, by, moment)
                if motion.by == seconder.key:
                    raise SitzungError("motion.own_second", person=seconder.display)
                data["by"] = seconder.key
            elif action is MotionAction.NO_SECOND and motion.seconded_by:
                raise SitzungError("motion.was_seconded", motion=motion.id)
            return data

        return self._recorded(EventKind.MOTION, at, check)

    # -- votes ---------------------------------------------------------------

    def vote(
        self,
        number: str,
        yes: int | None = None,
        no: int | None = None,
        abstain: int | None = None,
        unanimous: bool = False,
        force: bool = False,
        *,
        named: bool = False,
        secret: bool = False,
        motion: str | None = None,
        majority: Majority | str | None = None,
        casting: Choice | str | None = None,
        at: datetime | None = None,
    ) -> Event:
        """Record a vote on a motion (by default the item's latest open one) or on the item itself.

        A tally larger than those entitled to vote at its moment is refused unless
        forced; a named vote starts with every voter's "yes" and takes the
        exceptions as ballots.
        """
        from sitzung.outcomes import open_motion, voters

        def check(state: SessionState) -> dict[str, Any]:
            item, moment = self._taken_up(state, number, at)
            latest = state.latest_determination
            if latest is not None and not latest[1] and not force:
                # the chair found the body not quorate: it cannot decide until found quorate again
                raise SitzungError("vote.not_quorate", at=hhmm(latest[0]), number=item.number)
            subject = self._subject(item, motion, open_motion(state, item))
            if subject is not None:
                self._votable(state, item, subject)
            body = state.info.body
            rule = Majority.parse(majority) if isinstance(majority, str) else majority or body.majority
            choice = Choice(casting) if casting else None
            counts = {"yes": yes or 0, "no": no or 0, "abstain": abstain or 0}
            data: dict[str, Any] = {"number": item.number}
            if subject is not None:
                data["motion"] = subject.id
            data["majority"] = rule.value
            if choice is not None:
                if not body.casting_vote:
                    raise SitzungError("vote.no_casting_vote")
                if rule is not Majority.SIMPLE or choice is Choice.ABSTAIN:
                    raise SitzungError("vote.casting_simple_only")
            entitled = voters(state, item, moment)
            if named:
                if secret:
                    raise SitzungError("vote.secret_named")
                if unanimous or any(v for v in (yes, no, abstain)):
                    raise SitzungError("vote.named_with_counts")
                if not entitled:
                    raise SitzungError("vote.no_voters", number=item.number, at=hhmm(moment))
                data.update(named=True, ballots=dict.fromkeys(entitled, Choice.YES.value))
            elif unanimous:
                if any(v for v in (yes, no, abstain)):
                    raise SitzungError("vote.unanimous_with_counts")
                if not entitled:
                    raise SitzungError("vote.no_voters", number=item.number, at=hhmm(moment))
                if choice is not None:
                    raise SitzungError("vote.casting_not_tied")
                data["unanimous"] = True
            else:
                if any(v < 0 for v in counts.values()):
                    raise SitzungError("vote.negative")
                if not sum(counts.values()):  # no count given, or 0/0/0: nobody voted
                    raise SitzungError("vote.empty")
                total = sum(counts.values())
                if total > len(entitled) and not force:
                    raise SitzungError("vote.too_many", total=total, present=len(entitled), number=item.number)
                if choice is not None and counts["yes"] != counts["no"]:
                    raise SitzungError("vote.casting_not_tied")
                data.update(counts, unanimous=False)
            if secret:
                earlier = item.decisions.vote_on(subject.id if subject else None)
                if earlier is not None and earlier.ballots:  # names were recorded: a secret ballot cannot hide them
                    raise SitzungError("vote.secret_after_names", number=item.number)
                data["secret"] = True
            if choice is not None:
                data["casting"] = choice.value
            return data

        return self._recorded(EventKind.VOTE, at, check)

    def _votable(self, state: SessionState, item: ItemState, motion: Motion) -> None:
        from sitzung.outcomes import motion_status

        status = motion_status(state, item, motion)
        if motion.kind is MotionKind.POINT_OF_ORDER:
            raise SitzungError("vote.point_of_order", motion=motion.id)
        if status.closed:
            raise SitzungError("motion.not_open", motion=motion.id, status=_said("motion.status", status))
        if state.info.body.seconding and not motion.seconded_by:
            raise SitzungError("vote.unseconded", motion=motion.id)
        amendments = item.decisions.amendments_to(motion.id)
        pending = [a.id for a in amendments if motion_status(state, item, a) is MotionStatus.OPEN]
        if pending:
            raise SitzungError("vote.amendment_open", motion=motion.id, amendments=", ".join(pending))

    def ballot(self, number: str, query: str, choice: Choice | str, motion: str | None = None) -> Event | None:
        """One member's vote by name: an exception in a named vote, or a vote a member asked to have recorded."""
        from sitzung.outcomes import tally, voters

        choice = Choice(choice)

        def check(state: SessionState) -> dict[str, Any] | None:
            item = self.item(number)
            vote = self.ballot_vote(item.number, motion)
            if vote.secret:
                raise SitzungError("ballot.secret", number=item.number)
            person = find_person(state.people, query)
            entitled = list(vote.ballots) if vote.named else voters(state, item, vote.at)
            if person.key not in entitled:
                raise SitzungError("ballot.not_voter", person=person.display, number=item.number, at=hhmm(vote.at))
            if vote.ballots.get(person.key) is choice:
                return None
            if not vote.named:
                counted = tally(state, item, vote)
                allowed = {Choice.YES: counted.yes, Choice.NO: counted.no, Choice.ABSTAIN: counted.abstain}[choice]
                others = sum(1 for k, c in vote.ballots.items() if c is choice and k != person.key)
                if others + 1 > allowed:
                    said = _said("choice", choice)
                    raise SitzungError("ballot.beyond_tally", person=person.display, choice=said, count=allowed)
            data: dict[str, Any] = {"number": item.number, "person": person.key, "choice": choice.value}
            if vote.motion is not None:
                data["motion"] = vote.motion
            return data

        return self._record(EventKind.BALLOT, self.ballot_vote(number, motion).at, check)  # as of the vote

    def ballot_vote(self, number: str, motion: str | None = None) -> Vote:
        """The vote a ballot goes to: the one on `motion`, or the item's latest."""
        item = self.item(number)
        if motion is not None:
            subject = self._subject(item, motion, None)
            vote = item.decisions.vote_on(subject.id if subject else None)
        else:
            vote = max(item.decisions.votes, key=lambda v: v.seq, default=None)
        if vote is None:
            raise SitzungError("ballot.no_vote", number=item.number)
        return vote

    # -- resolutions -----------------------------------------------------------

    def resolve(
        self,
        number: str,
        outcome: Outcome | str,
        text: str = "",
        to: str = "",
        motion: str | None = None,
        at: datetime | None = None,
    ) -> Event:
        """Record what became of the item (or one of its motions), with the resolution's wording."""
        from sitzung.outcomes import outcome_of_vote, tally
        from sitzung.timeparse import check_moment

        outcome = Outcome(outcome)

        def check(state: SessionState) -> dict[str, Any]:
            item = self.item(number)
            if item.runs or outcome not in (Outcome.DEFERRED, Outcome.REFERRED, Outcome.WITHDRAWN):
                item, _ = self._taken_up(state, number, at)
            elif at is not None:
                check_moment(at, state.info.date, self.clock.now())
            subject = self._subject(item, motion, _last_voted_motion(item))
            wording = checked(text, NOTE).strip() or (subject.text if subject else "")
            data: dict[str, Any] = {"number": item.number, "outcome": outcome.value}
            vote = item.decisions.vote_on(subject.id if subject else None)
            if vote is not None and outcome in (Outcome.ADOPTED, Outcome.ADOPTED_AMENDED, Outcome.REJECTED):
                implied = outcome_of_vote(state, item, vote)
                if implied.adopts != outcome.adopts:
                    counted = tally(state, item, vote)
                    raise SitzungError(
                        "resolve.contradicts", outcome=_said("outcome", outcome), implied=_said("outcome", implied),
                        number=item.number, yes=counted.yes, no=counted.no, abstain=counted.abstain,
                    )
            if outcome is Outcome.REFERRED:
                if not to.strip():
                    raise SitzungError("resolve.referred_needs_body")
                data["to"] = checked(to, BODY_NAME)
            elif to.strip():
                raise SitzungError("resolve.to_only_referred", outcome=_said("outcome", outcome))
            if subject is not None:
                data["motion"] = subject.id
            if wording:
                data["text"] = wording
            return data

        return self._recorded(EventKind.RESOLUTION, at, check)

    # -- elections -------------------------------------------------------------

    def election(self, number: str, seats: int, candidates: Sequence[str], at: datetime | None = None) -> Event:
        """Open an election for `seats` seats among `candidates`; its id ("E1") is in the data."""

        def check(state: SessionState) -> dict[str, Any]:
            item, _ = self._taken_up(state, number, at)
            names = [checked(c, NAME) for c in candidates]
            if not names or any(not n for n in names):
                raise SitzungError("election.needs_candidates")
            if len(names) > MAX_CANDIDATES:
                raise SitzungError("election.too_many_candidates", count=len(names), limit=MAX_CANDIDATES)
            seen: set[str] = set()
            for name in names:
                if match_form(name) in seen:
                    raise SitzungError("election.duplicate_candidate", candidate=name)
                seen.add(match_form(name))
            if not 1 <= seats <= len(names):
                raise SitzungError("election.bad_seats", seats=seats, count=len(names))
            all_ids = [e.id for i in state.items.values() for e in i.decisions.elections]
            return {
                "number": item.number, "action": ElectionAction.OPEN.value, "id": _next_id(all_ids, "E"),
                "seats": seats, "candidates": names,
            }

        return self._recorded(EventKind.ELECTION, at, check)

    def _election(self, item: ItemState, ref: str) -> Election:
        election = item.decisions.election(_ref(ref, "E"))
        if election is None:
            known = ", ".join(e.id for e in item.decisions.elections) or "-"
            raise SitzungError("election.unknown", election=shortened(ref), number=item.number, known=known)
        return election

    def election_round(
        self, number: str, ref: str, votes: Mapping[str, int], invalid: int = 0, blank: int = 0,
        at: datetime | None = None, force: bool = False,
    ) -> Event:
        """Count one round: votes per candidate (a candidate not named got none), invalid and blank ballots."""
        from sitzung.elections import runoff_candidates
        from sitzung.outcomes import election_result, voters

        def check(state: SessionState) -> dict[str, Any]:
            item, moment = self._taken_up(state, number, at)
            election = self._election(item, ref)
            result = election_result(state, election)
            if result.lot:
                raise SitzungError("election.lot_pending", election=election.id, candidates=_listed(result.lot))
            if result.decided:
                raise SitzungError("election.decided", election=election.id)
            standing = runoff_candidates(election, state.info.body.election)
            counted = dict.fromkeys(standing, 0)
            named: set[str] = set()
            for query, count in votes.items():
                name = _candidate(election, query)
                if name in named:
                    raise SitzungError("election.candidate_twice", candidate=name)
                named.add(name)
                if name not in standing:
                    raise SitzungError("election.not_standing", candidate=name, candidates=_listed(standing))
                if count < 0:
                    raise SitzungError("vote.negative")
                counted[name] = count
            if invalid < 0 or blank < 0:
                raise SitzungError("vote.negative")
            if not sum(counted.values()) + invalid + blank:
                raise SitzungError("election.empty_round", election=election.id)
            entitled = len(voters(state, item, moment))
            ballots = invalid + blank + (sum(counted.values()) if election.seats == 1 else 0)
            if not force and (ballots > entitled or sum(counted.values()) > entitled * election.seats):
                raise SitzungError("election.too_many", election=election.id, present=entitled)
            return {
                "number": item.number, "action": ElectionAction.ROUND.value, "id": election.id,
                "votes": counted, "invalid": invalid, "blank": blank,
            }

        return self._recorded(EventKind.ELECTION, at, check)

    def election_answer(self, number: str, ref: str, action: ElectionAction | str, candidate: str) -> Event:
        """Record the lot drawn between tied candidates, or whether an elected candidate accepts."""
        from sitzung.outcomes import election_result

        action = ElectionAction(action)

        def check(state: SessionState) -> dict[str, Any]:
            item = self.item(number)
            election = self._election(item, ref)
            name = _candidate(election, candidate)
            result = election_result(state, election)
            if action is ElectionAction.LOT:
                if name not in result.lot:
                    raise SitzungError("election.no_lot", candidate=name, election=election.id)
            elif action in (ElectionAction.ACCEPT, ElectionAction.DECLINE):
                if name not in result.elected:
                    raise SitzungError("election.not_elected", candidate=name, election=election.id)
            else:
                raise SitzungError("election.bad_action", action=action.value)
            return {"number": item.number, "action": action.value, "id": election.id, "candidate": name}

        held = self._election(self.item(number), ref)  # recorded as of its result, not of when it was typed
        return self._recorded(EventKind.ELECTION, held.rounds[-1].at if held.rounds else None, check)


def _last_voted_motion(item: ItemState) -> Motion | None:
    """What a resolution without a named motion resolves: the motion of the item's latest vote, unless that
    vote was on the item itself (then, like an item without votes, the item)."""
    latest = max(item.decisions.votes, key=lambda v: v.seq, default=None)
    return item.decisions.motion(latest.motion) if latest is not None else None


def _candidate(election: Election, query: str) -> str:
    """The candidate `query` names: the same name, ignoring case and accents, or a unique beginning of one."""
    wanted = match_form(query)
    exact = [c for c in election.candidates if match_form(c) == wanted]
    found = exact or [c for c in election.candidates if wanted and match_form(c).startswith(wanted)]
    if len(found) != 1:
        candidates = _listed(election.candidates)
        raise SitzungError("election.unknown_candidate", candidate=shortened(query), candidates=candidates)
    return found[0]
