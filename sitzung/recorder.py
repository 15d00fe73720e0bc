"""The clerk's actions: check each against the session's current state, then record it.

Every action runs inside the session log's `writing()` (its writer lock, with
whatever another process wrote since reloaded first), so the check and the
write see the same state. A refused action raises SitzungError and writes
nothing; an accepted one returns its Event once it is durably on disk.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sitzung.clock import Clock
from sitzung.decision_actions import DecisionActions
from sitzung.errors import SitzungError, Term
from sitzung.feed import SessionFeed
from sitzung.model import AgendaItem, Event, Person, SessionInfo
from sitzung.names import find_person
from sitzung.state import DECISION_KINDS, ItemState, SessionState, apply
from sitzung.text_rules import MAX_ITEMS, MAX_TITLE, NAME, NOTE, REASON, TITLE, Field, checked, shortened
from sitzung.timefmt import day_and_time, hhmm
from sitzung.timeline import item_running_since
from sitzung.vocabulary import Attendance, ClockAction, ClockState, EventKind, Interest, ItemAction, ItemStatus

if TYPE_CHECKING:
    from sitzung.ports import SessionLog

Check = Callable[[SessionState], dict[str, Any] | None]

NATURE = Field("declaration.a_nature", MAX_TITLE)  # a declaration's "as a neighbour of the applicant"


def _interest(kind: Interest | str | None) -> Interest | None:
    """The kind of a declared interest; typed text may spell it with - or _ ("non-registrable")."""
    if kind is None or isinstance(kind, Interest):
        return kind
    try:
        return Interest(kind.strip().lower().replace("-", "_"))
    except ValueError:
        known = ", ".join(i.value.replace("_", "-") for i in Interest)
        raise SitzungError("declaration.unknown_interest", interest=shortened(kind), known=known) from None


def _hhmm(moment: datetime | None) -> str:
    return hhmm(moment) or "?"


def _not_before(at: datetime, earlier: datetime | None, what: str) -> None:
    if earlier is not None and at < earlier:
        # on different days the time of day alone would read "18:00 is before … 18:00"
        shown = _hhmm if at.date() == earlier.date() else day_and_time
        raise SitzungError("time.before", at=shown(at), what=Term(what), earlier=shown(earlier))


def _settled(state: SessionState, at: datetime) -> datetime:
    """`at`, or the opening itself when `at` falls in the opening minute but before the opening.

    Times the clerk types are whole minutes; moments from the clock keep their
    seconds. "16:22" typed for a session opened at 16:22:05 means that minute,
    not a moment before the session began: it is taken as the opening.
    """
    opened = state.started
    if opened is not None and opened.replace(second=0, microsecond=0) <= at < opened:
        return opened
    return at


def _arrived_before_opening(person: Person, at: datetime, opened: datetime) -> SitzungError:
    shown = _hhmm if at.date() == opened.date() else day_and_time
    return SitzungError("attendance.arrival_before_start", person=person.display, at=shown(at), start=shown(opened))


class Recorder(DecisionActions):
    """One session's actions, validated and appended to its log (the decisions' in `DecisionActions`)."""

    def __init__(self, log: SessionLog, clock: Clock) -> None:
        self.log = log
        self.clock = clock
        self.feed = SessionFeed(log)

    # -- reading -----------------------------------------------------------

    @property
    def state(self) -> SessionState:
        return self.feed.state

    def refresh(self) -> bool:
        """Pick up what another process wrote; True when the state changed."""
        return self.feed.refresh()

    def tidy(self) -> bool:
        """Rewrite the session file from its journal while nothing happens (the app calls it when idle)."""
        return self.log.compact()

    def person(self, query: str) -> Person:
        return find_person(self.state.people, query)

    def item(self, number: str) -> ItemState:
        return self.state.item(number)

    # -- recording ---------------------------------------------------------

    def _record(self, kind: EventKind, at: datetime | None, check: Check) -> Event | None:
        with self.log.writing():
            state = self.state
            data = check(state)
            if data is None:
                return None
            event = self.log.append(kind, _settled(state, at) if at else self.clock.now(), self.clock.now(), data)
            if kind in (EventKind.UNDO, EventKind.RETIME):
                self.feed.invalidate()
            else:
                apply(state, event)
                state.last_seq = event.seq
            return event

    def attend(
        self, query: str, status: Attendance | str, at: datetime | None = None, reason: str = ""
    ) -> Event | None:
        """Mark someone present, excused (with the reason given, if any), unexcused, arrived or left; a repeat is
        a no-op."""
        status = Attendance(status)
        moment = at or self.clock.now()
        if reason.strip() and status is not Attendance.EXCUSED:
            raise SitzungError("attendance.reason_only_excused")
        given = checked(reason, REASON) if reason.strip() else ""

        def check(state: SessionState) -> dict[str, Any] | None:
            nonlocal moment
            moment = _settled(state, moment)  # as `_record` will store it
            person = find_person(state.people, query)
            presence = state.presence(person.key)
            if status is Attendance.LEFT:
                if not presence.here:
                    raise SitzungError("attendance.not_here", person=person.display)
                if at is not None:  # a typed time; the clock's own moments are trusted
                    _not_before(moment, state.started, "clock.start")
                _not_before(moment, presence.spans[-1][0], "attendance.arrival")
            elif status is Attendance.ARRIVED:
                if presence.here:
                    raise SitzungError("attendance.already_here", person=person.display)
                if at is not None and not presence.spans and state.started is not None and moment < state.started:
                    raise _arrived_before_opening(person, moment, state.started)
                if presence.spans:
                    _not_before(moment, presence.spans[-1][1], "attendance.departure")
            elif presence.status is status and (status is not Attendance.PRESENT or presence.here) \
                    and presence.reason == given:
                return None
            return {"person": person.key, "status": status.value, **({"reason": given} if given else {})}

        return self._record(EventKind.ATTENDANCE, moment, check)

    def clock_action(self, action: ClockAction | str, at: datetime | None = None, reason: str = "") -> Event:
        """Start, pause (recess, with an optional reason), resume or end the session."""
        action = ClockAction(action)
        moment = at or self.clock.now()

        def check(state: SessionState) -> dict[str, Any]:
            nonlocal moment
            moment = _settled(state, moment)  # as `_record` will store it
            status = state.clock_status
            if status is ClockState.ENDED:
                raise SitzungError("clock.ended", at=_hhmm(state.ended))
            if action is ClockAction.START:
                if status is not ClockState.NOT_STARTED:
                    raise SitzungError("clock.already_started", at=_hhmm(state.started))
                return {"action": action.value}
            if status is ClockState.NOT_STARTED:
                raise SitzungError("clock.not_started")
            if action is ClockAction.PAUSE and status is ClockState.RECESS:
                raise SitzungError("clock.in_recess")
            if action is ClockAction.RESUME and status is not ClockState.RECESS:
                raise SitzungError("clock.not_in_recess")
            _not_before(moment, state.started, "clock.start")
            if state.recesses:
                _not_before(moment, state.recesses[-1].end or state.recesses[-1].start, "clock.recess")
            if action is ClockAction.END and (running := state.running_item) is not None:
                _not_before(moment, item_running_since(running), "item.start")
            if action is ClockAction.PAUSE and reason.strip():
                return {"action": action.value, "reason": checked(reason, REASON)}
            return {"action": action.value}

        event = self._record(EventKind.CLOCK, moment, check)
        assert event is not None
        return event

    def item_action(self, number: str, action: ItemAction | str, at: datetime | None = None) -> Event:
        """Start (ending the running item), end, defer or withdraw an agenda item; a resumed item runs again."""
        action = ItemAction(action)
        moment = at or self.clock.now()

        def check(state: SessionState) -> dict[str, Any]:
            nonlocal moment
            moment = _settled(state, moment)  # as `_record` will store it
            item = self.item(number)
            if action is ItemAction.START:
                if item.runs and item.runs[-1].end is not None:  # a resumed item's runs must not overlap
                    _not_before(moment, item.runs[-1].end, "item.end")
                if not state.clock_status.in_session:
                    raise SitzungError("item.session_not_running", number=item.number)
                if state.clock_status is ClockState.RECESS:
                    raise SitzungError("clock.in_recess")
                if item.status is ItemStatus.RUNNING:
                    raise SitzungError("item.already_running", number=item.number)
                if item.status is ItemStatus.WITHDRAWN:
                    raise SitzungError("item.withdrawn", number=item.number)
                _not_before(moment, state.started, "clock.start")
                if (running := state.running_item) is not None:
                    _not_before(moment, item_running_since(running), "item.start")
            elif action is ItemAction.END:
                if item.status is not ItemStatus.RUNNING:
                    raise SitzungError("item.not_running", number=item.number)
                _not_before(moment, item_running_since(item), "item.start")
            elif item.status is ItemStatus.DONE:
                raise SitzungError("item.already_done", number=item.number)
            elif item.status is ItemStatus.RUNNING:
                _not_before(moment, item_running_since(item), "item.start")
            return {"number": item.number, "action": action.value}

        event = self._record(EventKind.ITEM, moment, check)
        assert event is not None
        return event

    def note(self, number: str, text: str, append: bool = True) -> Event | None:
        """Add a paragraph to an item's notes (or replace them); unchanged text writes nothing."""

        def check(state: SessionState) -> dict[str, Any] | None:
            item = self.item(number)
            if append and not text.strip():
                raise SitzungError("note.empty", number=item.number)
            if not append and text == item.notes:
                return None
            return {"number": item.number, "text": checked(text, NOTE), "append": append}

        return self._record(EventKind.NOTE, None, check)

    def remark(self, text: str, append: bool = True) -> Event | None:
        """A remark on the session as a whole, such as papers attached for information."""

        def check(state: SessionState) -> dict[str, Any] | None:
            if append and not text.strip():
                raise SitzungError("remark.empty")
            if not append and text == state.remarks:
                return None
            return {"text": checked(text, NOTE), "append": append}

        return self._record(EventKind.REMARK, None, check)

    def recuse(
        self, number: str, query: str, *, interest: Interest | str | None = None, stays: bool = False, nature: str = ""
    ) -> Event:
        """Record a member's declared interest in an item: by default they left the table (Befangenheit).

        `interest` is its kind (England's code of conduct; a German recusal names none), `stays` that they
        declared but stayed (counted and voting), `nature` what it is. Each is written only when given, so a
        plain recusal writes the same event as before these existed. One declaration per member and item.
        """
        from sitzung.outcomes import tally, voters  # here: the app's start needs no counting

        kind = _interest(interest)
        said = checked(nature, NATURE)

        def check(state: SessionState) -> dict[str, Any]:
            item = self.item(number)
            person = find_person(state.people, query)
            if any(d.person == person.key for d in item.declarations):
                raise SitzungError("recuse.already", person=person.display, number=item.number)
            data: dict[str, Any] = {"number": item.number, "person": person.key}
            if kind is not None:
                data["interest"] = kind.value
            if said:
                data["nature"] = said
            if stays:  # a member who stays leaves every vote as it was counted
                data["stays"] = True
                return data
            for vote in item.decisions.votes:  # a vote already taken must still add up without them
                if person.key in vote.ballots:
                    raise SitzungError("recuse.voted", person=person.display, number=item.number, at=hhmm(vote.at))
                entitled = [k for k in voters(state, item, vote.at) if k != person.key]
                if tally(state, item, vote).total > len(entitled):
                    raise SitzungError(
                        "recuse.beyond_tally", person=person.display, number=item.number, at=hhmm(vote.at),
                        total=tally(state, item, vote).total, present=len(entitled),
                    )
            return data

        event = self._record(EventKind.RECUSE, None, check)
        assert event is not None
        return event

    def approve_minutes(self, number: str, session: SessionInfo, corrected: bool = False) -> Event:
        """Record that this meeting approved an earlier meeting's minutes at item `number` (read, or corrected).

        The approval lives in the approving meeting's log: until one exists, the earlier minutes are a
        draft (`sitzung.approvals.approval_of`). Only an earlier session of the same body qualifies, and
        each once per meeting, so the minutes never say a session was approved twice or by itself.
        """
        from sitzung.timefmt import german_date

        def check(state: SessionState) -> dict[str, Any]:
            item = self.item(number)
            this = state.info
            if session.id == this.id:
                raise SitzungError("approval.own_session", id=session.id)
            if session.body.name != this.body.name:
                raise SitzungError("approval.other_body", id=session.id, other=session.body.name, body=this.body.name)
            if (session.date, session.number) >= (this.date, this.number):
                raise SitzungError(
                    "approval.not_earlier", id=session.id, date=german_date(session.date), today=german_date(this.date)
                )
            for other in state.items.values():
                if any(a.session == session.id for a in other.approvals):
                    raise SitzungError(
                        "approval.already", id=session.id, date=german_date(session.date), number=other.number
                    )
            return {"number": item.number, "session": session.id, "date": session.date.isoformat(),
                    "corrected": corrected}

        event = self._record(EventKind.APPROVAL, None, check)
        assert event is not None
        return event

    def plan(self, number: str, minutes: int | None) -> Event:
        """Set (or clear, with None) an item's planned duration in minutes."""

        def check(state: SessionState) -> dict[str, Any]:
            item = self.item(number)
            if minutes is not None and not 0 < minutes <= 24 * 60:
                raise SitzungError("plan.bad_minutes", minutes=minutes)
            return {"number": item.number, "minutes": minutes}

        event = self._record(EventKind.PLAN, None, check)
        assert event is not None
        return event

    def add_item(self, item: AgendaItem, parent: str | None = None) -> Event:
        """Add an urgent item (Dringlichkeit) at the end of the agenda or of `parent`'s sub-items."""

        def check(state: SessionState) -> dict[str, Any]:
            number = item.number.strip().rstrip(".")
            if not number or not item.title.strip():
                raise SitzungError("agenda.item_incomplete")
            if number in state.items:
                raise SitzungError("agenda.number_taken", number=number)
            if len(state.items) >= MAX_ITEMS:
                raise SitzungError("agenda.too_many", count=len(state.items) + 1, limit=MAX_ITEMS)
            fresh = AgendaItem(checked(number, TITLE), checked(item.title, TITLE), item.public)
            if parent is None:
                items = (*state.agenda, fresh)
            else:
                above = self.item(parent)
                if not above.public:  # a sub-item of a closed item is closed too
                    fresh = AgendaItem(number, fresh.title, False)
                items = _with_child(state.agenda, above.number, fresh)
            return {"items": [i.to_dict() for i in items]}

        event = self._record(EventKind.AGENDA, None, check)
        assert event is not None
        return event

    def move_item(self, number: str, delta: int) -> Event | None:
        """Move an item up (-1) or down (+1) among its siblings; at the edge nothing changes."""

        def check(state: SessionState) -> dict[str, Any] | None:
            target = self.item(number)
            items = _moved(state.agenda, target.number, delta)
            if items == state.agenda:
                return None
            return {"items": [i.to_dict() for i in items]}

        return self._record(EventKind.AGENDA, None, check)

    def set_agenda(self, items: Sequence[AgendaItem]) -> Event:
        """Replace the agenda, as long as none of its items carries anything recorded.

        Once an item has run, been deferred or withdrawn, or holds a note, a decision,
        a recusal or a plan, replacing the agenda would drop that from the minutes;
        the clerk adds urgent items instead.
        """

        def check(state: SessionState) -> dict[str, Any]:
            if kept := next((item for item in state.items.values() if _has_records(item)), None):
                raise SitzungError("agenda.in_use", number=kept.number)
            if (count := sum(len(item.walk()) for item in items)) > MAX_ITEMS:
                raise SitzungError("agenda.too_many", count=count, limit=MAX_ITEMS)
            return {"items": [i.to_dict() for i in items]}

        event = self._record(EventKind.AGENDA, None, check)
        assert event is not None
        return event

    def add_guest(
        self, name: str, role: str, title: str = "", deputy_for: str | None = None, at: datetime | None = None
    ) -> Event:
        """Add someone to this session only (a guest, staff, a deputy) and their arrival, as one action.

        `name` is "Last, First"; `role` a role's key, label or heading; `deputy_for`
        names the member a deputy stands in for. Before the session starts they are
        present from the start, afterwards they arrive at `at` (now).
        """
        from sitzung.deputies import check_deputy  # here: the app's start needs no roster rules
        from sitzung.roster_csv import find_role

        def check(state: SessionState) -> dict[str, Any]:
            body = state.info.body
            last, _, first = (part.strip() for part in checked(name, NAME).partition(","))
            if not last:
                raise SitzungError("guest.needs_name")
            found = find_role(body, role)
            if found is None:
                known = ", ".join(r.heading for r in body.ordered_roles())
                raise SitzungError("role.unknown", role=role, known=known)
            member = find_person(state.people, deputy_for) if deputy_for and deputy_for.strip() else None
            person = Person(last, first, checked(title, NAME), found.key, deputy_for=member and member.key, guest=True)
            if person.key in state.people:
                raise SitzungError("guest.exists", person=person.display)
            if member is not None:
                check_deputy(person, member)
            # present from the start before the opening, or when they came before it; arrived otherwise
            came_before = at is not None and state.started is not None and _settled(state, at) < state.started
            started = state.clock_status is not ClockState.NOT_STARTED
            status = Attendance.ARRIVED if started and not came_before else Attendance.PRESENT
            return {"person": person.to_dict(), "status": status.value}

        event = self._record(EventKind.GUEST, at, check)
        assert event is not None
        return event

    def determine(self, quorate: bool, at: datetime | None = None) -> Event:
        """Record the chair's formal determination of the quorum (festgestellt)."""

        def check(state: SessionState) -> dict[str, Any]:
            if state.clock_status is ClockState.NOT_STARTED:
                raise SitzungError("clock.not_started")
            if at is not None:
                _not_before(_settled(state, at), state.started, "clock.start")
            return {"quorate": quorate}

        event = self._record(EventKind.DETERMINATION, at, check)
        assert event is not None
        return event

    def retime(self, seq: int, at: datetime) -> Event:
        """Correct the moment of an earlier event (the clerk noted it a minute late).

        The new moment lies on the session's day and not in the future (a
        correction may always move an event earlier). What happened after the
        opening stays after it: a time in the opening minute is the opening
        itself, an earlier one is refused.
        """
        from sitzung.timeparse import check_moment  # here: only typed times are checked

        def check(state: SessionState) -> dict[str, Any]:
            target = next((e for e in state.effective if e.seq == seq and e.kind is not EventKind.RETIME), None)
            if target is None:
                raise SitzungError("retime.unknown", seq=seq)
            later = at > target.at
            check_moment(at, state.info.date, self.clock.now() if later else None)
            to, opened = at, state.started
            is_opening = target.kind is EventKind.CLOCK and target.data.get("action") == ClockAction.START.value
            if opened is not None and not is_opening and target.at >= opened:
                to = _settled(state, at)
                if to < opened and target.data.get("status") == Attendance.ARRIVED.value:
                    who = target.data["person"]
                    key = Person.from_dict(who).key if target.kind is EventKind.GUEST else str(who)
                    if (person := state.people.get(key)) is not None:
                        raise _arrived_before_opening(person, to, opened)
                _not_before(to, opened, "clock.start")
            item = state.items.get(str(target.data.get("number")))
            if target.kind in DECISION_KINDS and item is not None and item.runs:  # decided while the item ran
                _not_before(to, item.runs[0].start, "item.start")
            return {"target": seq, "to": to.isoformat()}

        event = self._record(EventKind.RETIME, at, check)
        assert event is not None
        return event

    def undo(self) -> Event:
        """Take back the latest action that is still in effect."""

        def check(state: SessionState) -> dict[str, Any]:
            if not state.effective:
                raise SitzungError("undo.nothing")
            return {"target": state.effective[-1].seq}

        event = self._record(EventKind.UNDO, None, check)
        assert event is not None
        return event


def _with_child(items: tuple[AgendaItem, ...], parent: str, child: AgendaItem) -> tuple[AgendaItem, ...]:
    return tuple(
        AgendaItem(i.number, i.title, i.public, (*i.children, child))
        if i.number == parent
        else AgendaItem(i.number, i.title, i.public, _with_child(i.children, parent, child))
        for i in items
    )


def _moved(items: tuple[AgendaItem, ...], number: str, delta: int) -> tuple[AgendaItem, ...]:
    numbers = [i.number for i in items]
    if number in numbers:
        old = numbers.index(number)
        new = min(max(old + delta, 0), len(items) - 1)
        order = list(items)
        order.insert(new, order.pop(old))
        return tuple(order)
    return tuple(AgendaItem(i.number, i.title, i.public, _moved(i.children, number, delta)) for i in items)


def _has_records(item: ItemState) -> bool:
    """Whether the minutes would lose something if `item` went away."""
    recorded = item.runs or item.notes or item.decisions or item.declarations or item.approvals \
        or item.planned is not None  # a recusal is a declaration too
    return bool(recorded) or item.status is not ItemStatus.PENDING
