"""A session's state as the fold of its event log.

Folding never refuses an event: whatever is in a stored log must load.
Checking whether an action makes sense happens before it is recorded, in
`sitzung.recorder`. Undo and time corrections are events too: an `undo`
hides its target, a `retime` moves its target to another moment.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from sitzung.model import AgendaItem, Event, Person, SessionInfo
from sitzung.quorum import QuorumRule, QuorumStatus


@dataclass
class Presence:
    """One person's attendance: a status and the spans of time they were in the room.

    A span starting at None means "from the start"; one ending at None is still open.
    """

    status: str | None = None
    spans: list[list[datetime | None]] = field(default_factory=list)
    changed: datetime | None = None

    @property
    def here(self) -> bool:
        return bool(self.spans) and self.spans[-1][1] is None

    def present_at(self, when: datetime | None) -> bool:
        if when is None:
            return self.here
        return any((start is None or start <= when) and (end is None or when < end) for start, end in self.spans)

    @property
    def arrived(self) -> datetime | None:
        """When a late arrival came in (None for those present from the start)."""
        return self.spans[0][0] if self.spans else None

    @property
    def left(self) -> datetime | None:
        """When the person last left, if they are not back."""
        return None if not self.spans or self.here else self.spans[-1][1]


@dataclass(frozen=True)
class Vote:
    """A tally; a simple majority of votes cast adopts, abstentions do not count, a tie rejects."""

    yes: int = 0
    no: int = 0
    abstain: int = 0
    unanimous: bool = False
    at: datetime | None = None

    @property
    def adopted(self) -> bool:
        return self.unanimous or self.yes > self.no

    @property
    def total(self) -> int:
        return self.yes + self.no + self.abstain


@dataclass
class ItemState:
    """An agenda item as the meeting went: status, times, notes, vote and recusals."""

    number: str
    title: str
    public: bool
    parent: str | None
    depth: int
    status: str = "pending"
    started: datetime | None = None
    ended: datetime | None = None
    notes: str = ""
    vote: Vote | None = None
    recused: list[str] = field(default_factory=list)
    planned: int | None = None

    @property
    def minutes(self) -> int | None:
        """Actual duration in whole minutes, once the item has ended."""
        if self.started is None or self.ended is None:
            return None
        return int((self.ended - self.started).total_seconds() // 60)


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
    recesses: list[list[datetime | None]] = field(default_factory=list)
    determinations: list[tuple[datetime, bool]] = field(default_factory=list)
    remarks: str = ""
    effective: list[Event] = field(default_factory=list)
    last_seq: int = 0

    @property
    def clock_status(self) -> str:
        if self.ended is not None:
            return "ended"
        if self.started is None:
            return "not_started"
        if self.recesses and self.recesses[-1][1] is None:
            return "recess"
        return "running"

    @property
    def running_item(self) -> ItemState | None:
        for item in self.items.values():
            if item.status == "running":
                return item
        return None

    def presence(self, key: str) -> Presence:
        return self.attendance.setdefault(key, Presence())

    def present_at(self, when: datetime | None = None) -> list[Person]:
        """Who was in the room at `when` (now, if None), in roster order."""
        return [p for k, p in self.people.items() if self.presence(k).present_at(when)]

    def item_at(self, when: datetime) -> ItemState | None:
        """The item running at `when`, for "arrived during TOP 4"."""
        for item in self.items.values():
            if item.started and item.started <= when and (item.ended is None or when < item.ended):
                return item
        return None


def initial_state(info: SessionInfo) -> SessionState:
    people = {p.key: p for p in info.roster}
    return SessionState(info=info, people=people, attendance={k: Presence() for k in people})


def effective_events(events: Sequence[Event]) -> list[Event]:
    """The log without undone events and undos, each event at its corrected time."""
    undone = {int(e.data["target"]) for e in events if e.kind == "undo"}
    live = [e for e in events if e.seq not in undone and e.kind != "undo"]
    moved = {int(e.data["target"]): datetime.fromisoformat(e.data["to"]) for e in live if e.kind == "retime"}
    return [replace(e, at=moved[e.seq]) if e.seq in moved else e for e in live]


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
        running.status, running.ended = "done", at


def _apply_attendance(state: SessionState, key: str, status: str, at: datetime) -> None:
    presence = state.presence(key)
    presence.changed = at
    if status in ("excused", "unexcused"):
        presence.status, presence.spans = status, []
    elif status == "present":
        if not presence.here:
            presence.spans.append([None if not presence.spans else at, None])
        presence.status = "present"
    elif status == "arrived":
        if not presence.here:
            presence.spans.append([at, None])
        presence.status = "present"
    elif status == "left" and presence.here:
        presence.spans[-1][1] = at


def _apply_clock(state: SessionState, action: str, at: datetime) -> None:
    if action == "start":
        state.started = at
    elif action == "pause":
        state.recesses.append([at, None])
    elif action == "resume":
        if state.recesses and state.recesses[-1][1] is None:
            state.recesses[-1][1] = at
    elif action == "end":
        if state.recesses and state.recesses[-1][1] is None:
            state.recesses[-1][1] = at
        _end_running(state, at)
        state.ended = at


def _apply_item(state: SessionState, item: ItemState, action: str, at: datetime) -> None:
    if action == "start":
        if item.status != "running":
            _end_running(state, at)
        item.status, item.ended = "running", None
        item.started = item.started or at
    elif action == "end":
        item.status, item.ended = "done", at
    elif action in ("defer", "withdraw"):
        item.status = "deferred" if action == "defer" else "withdrawn"
        if item.started and item.ended is None:
            item.ended = at


def apply(state: SessionState, event: Event) -> None:
    """Apply one effective event to the state, in place."""
    data, at = event.data, event.at
    state.effective.append(event)
    state.last_seq = max(state.last_seq, event.seq)
    kind = event.kind
    if kind == "retime":  # already folded into its target's time by effective_events
        return
    if kind == "attendance":
        _apply_attendance(state, data["person"], data["status"], at)
    elif kind == "clock":
        _apply_clock(state, data["action"], at)
    elif kind == "agenda":
        _set_agenda(state, tuple(AgendaItem.from_dict(i) for i in data["items"]))
    elif kind == "guest":
        person = Person.from_dict(data["person"])
        state.people[person.key] = person
        state.presence(person.key)
    elif kind == "remark":
        text = data["text"]
        state.remarks = f"{state.remarks}\n\n{text}" if data.get("append") and state.remarks else text
    elif kind == "determination":
        state.determinations.append((at, bool(data["quorate"])))
    elif (item := state.items.get(str(data.get("number")))) is not None:
        if kind == "item":
            _apply_item(state, item, data["action"], at)
        elif kind == "note":
            text = data["text"]
            item.notes = f"{item.notes}\n\n{text}" if data.get("append") and item.notes else text
        elif kind == "vote":
            item.vote = Vote(
                int(data.get("yes", 0)),
                int(data.get("no", 0)),
                int(data.get("abstain", 0)),
                bool(data.get("unanimous")),
                at,
            )
        elif kind == "recuse" and data["person"] not in item.recused:
            item.recused.append(data["person"])
        elif kind == "plan":
            item.planned = data.get("minutes")


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
    """The moment an item's quorum is judged at: now while it runs or waits, else its start."""
    return None if item.status in ("running", "pending") else item.started


def quorum(state: SessionState, when: datetime | None = None, item: ItemState | None = None) -> QuorumStatus:
    """Present, required, seats and quorate for a moment (now if None) and optionally one item."""
    if item is not None and when is None:
        when = item_moment(item)
    body = state.info.body
    rule = QuorumRule.parse(body.quorum)
    counted = counting_people(state, when, item)
    return QuorumStatus(
        present=len(counted),
        required=rule.required(body.seats),
        seats=body.seats,
        rule=str(rule),
        counted=tuple(counted),
        at=when,
        item=item.number if item else None,
    )
