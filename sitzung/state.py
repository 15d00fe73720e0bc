"""A session's state as the fold of its event log.

Folding never refuses an event: whatever is in a stored log must load.
Checking whether an action makes sense happens before it is recorded, in
`sitzung.recorder`. Undo and time corrections are events too: an `undo`
hides its target, a `retime` moves its target to another moment.

An item's motions, votes, resolutions and elections fold here too
(`ItemDecisions`); their records, in `sitzung.decisions`, are imported with
the first such event, so reading a session without any (`sitzung quorum`)
does not build them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sitzung.errors import SitzungError
from sitzung.model import AgendaItem, Event, Person, SessionInfo
from sitzung.quorum import QuorumStatus
from sitzung.vocabulary import (
    Attendance,
    Choice,
    ClockAction,
    ClockState,
    ElectionAction,
    EventKind,
    ItemAction,
    ItemStatus,
    Majority,
    MotionAction,
    MotionKind,
    Outcome,
)

if TYPE_CHECKING:  # imported by the first decision event folded: most sessions read have none
    from sitzung.decisions import Declaration, Election, MinutesApproval, Motion, Resolution, Vote


@dataclass
class Presence:
    """One person's attendance: a status and the spans of time they were in the room.

    A span starting at None means "from the start"; one ending at None is still open.
    """

    status: Attendance | None = None
    spans: list[list[datetime | None]] = field(default_factory=list)
    changed: datetime | None = None
    reason: str = ""  # the reason given with apologies ("work commitments"), if any

    @property
    def here(self) -> bool:
        return bool(self.spans) and self.spans[-1][1] is None

    def present_at(self, when: datetime | None) -> bool:
        if when is None:
            return self.here
        return any((start is None or start <= when) and (end is None or when < end) for start, end in self.spans)

    @property
    def absent(self) -> bool:
        """Recorded as absent (excused or not) and never in the room."""
        return self.status is not None and self.status.absent and not self.spans

    @property
    def arrived(self) -> datetime | None:
        """When a late arrival came in (None for those present from the start)."""
        return self.spans[0][0] if self.spans else None

    @property
    def left(self) -> datetime | None:
        """When the person last left, if they are not back."""
        return None if not self.spans or self.here else self.spans[-1][1]


@dataclass
class Run:
    """One stretch of time an item was under discussion; `end` is None while it runs."""

    start: datetime
    end: datetime | None = None

    def contains(self, when: datetime, until: datetime | None = None) -> bool:
        """Whether `when` falls in this run; an open run lasts until `until` (the session's end), if given."""
        end = self.end or until
        return self.start <= when and (end is None or when < end)


@dataclass
class Recess:
    """An interruption of the session (Unterbrechung), with the reason the clerk gave, if any."""

    start: datetime
    end: datetime | None = None
    reason: str = ""


@dataclass
class ItemDecisions:
    """An item's motions, votes, resolutions and elections, in the order they were recorded.

    A second vote or resolution on the same subject (the item itself, or one
    motion) replaces the first: it is the clerk's correction or a recount. Like
    the rest of the fold, applying never refuses: the recorder checked each event
    before it was written.
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
            from sitzung.decisions import Resolution

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
            from sitzung.decisions import Motion

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
        from sitzung.decisions import Vote

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
        from sitzung.decisions import Election, Round

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


@dataclass
class ItemState:
    """An agenda item as the meeting went: status, runs, notes, recusals and what it decided.

    An item may run more than once (resumed after another); each run is its own interval.
    `declarations` are the members' declared interests in recorded order; `recused` the keys
    of those who left for the item, as every count of who may vote reads them.
    """

    number: str
    title: str
    public: bool
    parent: str | None
    depth: int
    status: ItemStatus = ItemStatus.PENDING
    runs: list[Run] = field(default_factory=list)
    notes: str = ""
    decisions: ItemDecisions = field(default_factory=ItemDecisions)
    recused: list[str] = field(default_factory=list)
    planned: int | None = None
    declarations: list[Declaration] = field(default_factory=list)
    approvals: list[MinutesApproval] = field(default_factory=list)

    @property
    def started(self) -> datetime | None:
        """When the item was first taken up."""
        return self.runs[0].start if self.runs else None

    @property
    def ended(self) -> datetime | None:
        """When its last run ended (None while it runs or before it ran)."""
        return self.runs[-1].end if self.runs else None

    def close_run(self, at: datetime) -> None:
        if self.runs and self.runs[-1].end is None:
            self.runs[-1].end = at


@dataclass
class SessionState:
    """Everything known about a session at the end of its (effective) log."""

    info: SessionInfo
    people: dict[str, Person]
    attendance: dict[str, Presence]
    agenda: tuple[AgendaItem, ...] = ()
    items: dict[str, ItemState] = field(default_factory=dict)
    started: datetime | None = None
    ended: datetime | None = None
    recesses: list[Recess] = field(default_factory=list)
    determinations: list[tuple[datetime, bool]] = field(default_factory=list)
    remarks: str = ""
    effective: list[Event] = field(default_factory=list)
    last_seq: int = 0

    @property
    def clock_status(self) -> ClockState:
        if self.ended is not None:
            return ClockState.ENDED
        if self.started is None:
            return ClockState.NOT_STARTED
        if self.recesses and self.recesses[-1].end is None:
            return ClockState.RECESS
        return ClockState.RUNNING

    @property
    def running_item(self) -> ItemState | None:
        for item in self.items.values():
            if item.status is ItemStatus.RUNNING:
                return item
        return None

    @property
    def latest_determination(self) -> tuple[datetime, bool] | None:
        return self.determinations[-1] if self.determinations else None

    def presence(self, key: str) -> Presence:
        return self.attendance.setdefault(key, Presence())

    def present_at(self, when: datetime | None = None) -> list[Person]:
        """Who was in the room at `when` (now, if None), in roster order."""
        return [p for k, p in self.people.items() if self.presence(k).present_at(when)]

    def runs(self) -> list[tuple[ItemState, Run]]:
        """Every run of every item, in the order they began."""
        return sorted(((i, r) for i in self.items.values() for r in i.runs), key=lambda pair: pair[1].start)

    def item(self, number: str) -> ItemState:
        """The item numbered as typed ("3." is 3), or one sentence naming the numbers there are."""
        number = number.strip().rstrip(".")
        found = self.items.get(number)
        if found is None:
            raise SitzungError("item.unknown", number=number, known=", ".join(self.items) or "-")
        return found

    def item_at(self, when: datetime) -> ItemState | None:
        """The item whose run contains `when` (from its start, up to but not including its end)."""
        for item, run in self.runs():
            if run.contains(when, self.ended):
                return item
        return None


def initial_state(info: SessionInfo) -> SessionState:
    people = {p.key: p for p in info.roster}
    return SessionState(info=info, people=people, attendance={k: Presence() for k in people})


def effective_events(events: Sequence[Event]) -> list[Event]:
    """The log without undone events and undos, each event at its corrected time."""
    undone = undone_seqs(events)
    live = [e for e in events if e.seq not in undone and e.kind is not EventKind.UNDO]
    moved = {int(e.data["target"]): datetime.fromisoformat(e.data["to"]) for e in live if e.kind is EventKind.RETIME}
    return [replace(e, at=moved[e.seq]) if e.seq in moved else e for e in live]


def undone_seqs(events: Sequence[Event]) -> set[int]:
    """The numbers of the events an undo took back."""
    return {int(e.data["target"]) for e in events if e.kind is EventKind.UNDO}


def fold(info: SessionInfo, events: Iterable[Event]) -> SessionState:
    """Replay a session's log from its first event."""
    events = list(events)
    state = initial_state(info)
    for event in effective_events(events):
        apply(state, event)
    state.last_seq = events[-1].seq if events else 0
    return state


def _flatten(items: Sequence[AgendaItem], parent: str | None, depth: int) -> Iterable[ItemState]:
    for item in items:
        yield ItemState(item.number, item.title, item.public, parent, depth)
        yield from _flatten(item.children, item.number, depth + 1)


def _set_agenda(state: SessionState, items: tuple[AgendaItem, ...]) -> None:
    old = state.items
    state.agenda = items
    state.items = {}
    for fresh in _flatten(items, None, 0):
        kept = old.get(fresh.number)
        if kept is not None:
            kept.title, kept.public, kept.parent, kept.depth = fresh.title, fresh.public, fresh.parent, fresh.depth
            fresh = kept
        state.items[fresh.number] = fresh


def _end_running(state: SessionState, at: datetime) -> None:
    running = state.running_item
    if running is not None:
        running.status = ItemStatus.DONE
        running.close_run(at)


def _apply_attendance(state: SessionState, key: str, status: Attendance, at: datetime, reason: str = "") -> None:
    presence = state.presence(key)
    presence.changed = at
    presence.reason = reason if status is Attendance.EXCUSED else ""
    if status.absent:
        presence.status, presence.spans = status, []
    elif status is Attendance.PRESENT:
        if not presence.here:
            presence.spans.append([None if not presence.spans else at, None])
        presence.status = Attendance.PRESENT
    elif status is Attendance.ARRIVED:
        if not presence.here:
            presence.spans.append([at, None])
        presence.status = Attendance.PRESENT
    elif status is Attendance.LEFT and presence.here:
        presence.spans[-1][1] = at


def _apply_clock(state: SessionState, action: ClockAction, at: datetime, reason: str = "") -> None:
    if action is ClockAction.START:
        state.started = at
    elif action is ClockAction.PAUSE:
        state.recesses.append(Recess(at, None, reason))
    elif action is ClockAction.RESUME:
        if state.recesses and state.recesses[-1].end is None:
            state.recesses[-1].end = at
    elif action is ClockAction.END:
        if state.recesses and state.recesses[-1].end is None:
            state.recesses[-1].end = at
        _end_running(state, at)
        state.ended = at


def _apply_item(state: SessionState, item: ItemState, action: ItemAction, at: datetime) -> None:
    if action is ItemAction.START:
        if item.status is ItemStatus.RUNNING:
            return
        _end_running(state, at)
        item.status = ItemStatus.RUNNING
        item.runs.append(Run(at))
    elif action is ItemAction.END:
        item.status = ItemStatus.DONE
        item.close_run(at)
    else:
        item.status = ItemStatus.DEFERRED if action is ItemAction.DEFER else ItemStatus.WITHDRAWN
        item.close_run(at)


def apply(state: SessionState, event: Event) -> None:
    """Apply one effective event to the state, in place."""
    data, at = event.data, event.at
    state.effective.append(event)
    state.last_seq = max(state.last_seq, event.seq)
    kind = event.kind
    if kind is EventKind.RETIME:  # already folded into its target's time by effective_events
        return
    if kind is EventKind.ATTENDANCE:
        _apply_attendance(state, data["person"], Attendance(data["status"]), at, str(data.get("reason", "")))
    elif kind is EventKind.CLOCK:
        _apply_clock(state, ClockAction(data["action"]), at, str(data.get("reason", "")))
    elif kind is EventKind.AGENDA:
        _set_agenda(state, tuple(AgendaItem.from_dict(i) for i in data["items"]))
    elif kind is EventKind.GUEST:
        person = Person.from_dict(data["person"])
        state.people[person.key] = person
        state.presence(person.key)
        if "status" in data:  # the guest's arrival is part of the same action
            _apply_attendance(state, person.key, Attendance(data["status"]), at)
    elif kind is EventKind.REMARK:
        text = data["text"]
        state.remarks = f"{state.remarks}\n\n{text}" if data.get("append") and state.remarks else text
    elif kind is EventKind.DETERMINATION:
        state.determinations.append((at, bool(data["quorate"])))
    elif (item := state.items.get(str(data.get("number")))) is not None:
        if kind is EventKind.ITEM:
            _apply_item(state, item, ItemAction(data["action"]), at)
        elif kind is EventKind.NOTE:
            text = data["text"]
            item.notes = f"{item.notes}\n\n{text}" if data.get("append") and item.notes else text
        elif kind in DECISION_KINDS:
            item.decisions.apply(kind, data, at, event.seq)
        elif kind is EventKind.RECUSE:
            _apply_declaration(item, data, at)
        elif kind is EventKind.APPROVAL:
            _apply_approval(item, data, at)
        elif kind is EventKind.PLAN:
            item.planned = data.get("minutes")


def _apply_declaration(item: ItemState, data: dict[str, Any], at: datetime) -> None:
    """A declaration of interest (a `recuse` event): without `stays` the member left, as every older event says."""
    from sitzung.decisions import Declaration

    declaration = Declaration.of_event(data, at)
    if any(d.person == declaration.person for d in item.declarations):
        return
    item.declarations.append(declaration)
    if declaration.left:
        item.recused.append(declaration.person)


def _apply_approval(item: ItemState, data: dict[str, Any], at: datetime) -> None:
    from datetime import date

    from sitzung.decisions import MinutesApproval

    session = str(data["session"])
    if not any(a.session == session for a in item.approvals):
        item.approvals.append(MinutesApproval(session, date.fromisoformat(data["date"]), bool(data["corrected"]), at))


DECISION_KINDS = frozenset(
    {EventKind.MOTION, EventKind.VOTE, EventKind.BALLOT, EventKind.RESOLUTION, EventKind.ELECTION}
)


def counting_people(state: SessionState, when: datetime | None = None, item: ItemState | None = None) -> list[str]:
    """Keys of the people who count for the quorum: voting members present, a deputy
    in place of an absent member, and nobody recused from `item`."""
    body = state.info.body
    recused = set(item.recused) if item else set()
    deputies: dict[str, list[str]] = {}
    for person in state.people.values():
        if person.deputy_for:
            deputies.setdefault(person.deputy_for, []).append(person.key)

    def counts(key: str) -> bool:
        return key not in recused and state.presence(key).present_at(when)

    counted: list[str] = []
    for person in state.people.values():
        if person.deputy_for or not person.votes_in(body):
            continue
        if counts(person.key):
            counted.append(person.key)
            continue
        stand_in = next((d for d in deputies.get(person.key, ()) if counts(d)), None)
        if stand_in is not None:
            counted.append(stand_in)
    return counted


def item_moment(item: ItemState) -> datetime | None:
    """The moment an item's quorum is judged at: now while it runs or waits, else the start of its last run."""
    if item.status in (ItemStatus.RUNNING, ItemStatus.PENDING) or not item.runs:
        return None
    return item.runs[-1].start


def quorum(
    state: SessionState, when: datetime | None = None, item: ItemState | None = None, *, recusals: bool = True
) -> QuorumStatus:
    """Present, required, seats and quorate at a moment (now if None), for an item.

    Without an item, the item running at that moment counts (its recusals
    included): every screen and export that shows "the quorum now" or "the
    quorum at 18:32" asks this function, so they cannot disagree. With
    `recusals=False` no item counts (a room display must not reveal a recusal
    in the closed part).
    """
    if not recusals:
        item = None
    elif item is None:
        item = state.running_item if when is None else state.item_at(when)
    elif when is None:
        when = item_moment(item)
    body = state.info.body
    counted = counting_people(state, when, item)
    return QuorumStatus(
        present=len(counted),
        required=body.quorum.required(body.seats),
        seats=body.seats,
        rule=body.quorum,
        counted=tuple(counted),
        at=when,
        item=item.number if item else None,
    )
