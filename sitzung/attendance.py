"""The attendance list a body's attendance allowance (Sitzungsgeld) is paid from.

For each session of one body in a period (by the session's date, both ends
included) and each person the allowance is for: the stretches they were in the
room, the minutes present, the share of the session's duration, excused or
unexcused, and whom a deputy stood in for; and for each person the totals of
the period. A person is the same person in every session by their key
(`Person.key`), shown as "Last, First".

Who is listed:
- everyone on the session's roster whose role is listed when absent (members,
  co-opted citizens, advisory members), and a roster person whose role the
  body does not know;
- every deputy (`deputy_for` set), from the roster or added at the session;
  a deputy on the roster who was neither recorded present nor absent was not
  called in and is left out of that session.
Left out: staff (roles not listed when absent, such as the administration),
guests and members of the public (added at the session without `deputy_for`,
or of such a role). The allowance is for members and deputies.

What counts:
- The session lasts from its opening to its close, recesses taken out (its net
  duration), counted in whole minutes between moments cut to the minute, as
  `sitzung.timeline` counts an item's duration.
- Minutes present: the time a person was in the room while the session was
  open, recesses taken out (nobody is "in the session" during a recess). An
  arrival before the opening counts from the opening, a stay to the end to the
  close; the stretches shown are cut to the same window.
- The share is minutes present over the session's net duration.
- A session that was not opened or not closed yet has no duration: its minutes
  and share are unknown (None), its status is still reported.
- Attended: recorded in the room (status present). The allowance is usually
  paid per session attended; the minutes and share are there for a body whose
  rules pay only for a minimum stay.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from sitzung.errors import SitzungError
from sitzung.model import Body, Person, SessionSummary
from sitzung.sessions import read_session, require_body
from sitzung.state import SessionState
from sitzung.timefmt import to_minute, whole_minutes
from sitzung.timeline import Interval, net_of_recesses

if TYPE_CHECKING:
    from sitzung.ports import Archive


class Mark(StrEnum):
    """How a person stands in one session's attendance list."""

    PRESENT = "present"
    EXCUSED = "excused"
    UNEXCUSED = "unexcused"
    UNRECORDED = "unrecorded"  # neither recorded present nor absent


@dataclass(frozen=True)
class Line:
    """One person at one session."""

    session: SessionSummary
    key: str
    name: str
    mark: Mark
    stretches: tuple[Interval, ...] = ()  # in the room, cut to the session's opening and close
    minutes: int | None = None  # present while the session was open, recesses taken out
    session_minutes: int | None = None  # the session's net duration
    deputy_for: str | None = None  # the name of the member stood in for

    @property
    def share(self) -> float | None:
        """Minutes present over the session's net duration (0 to 1), None where unknown."""
        return _share(self.minutes, self.session_minutes)


@dataclass(frozen=True)
class Total:
    """One person over the period."""

    key: str
    name: str
    listed: int  # sessions they are on the list of
    attended: int
    excused: int
    unexcused: int
    deputised: int  # sessions attended as a deputy
    minutes: int  # minutes present, over the sessions whose duration is known
    session_minutes: int  # the net durations of the sessions they were listed for, where known

    @property
    def share(self) -> float | None:
        return _share(self.minutes, self.session_minutes)


@dataclass(frozen=True)
class AttendanceList:
    body: Body
    start: date | None
    end: date | None
    sessions: tuple[SessionSummary, ...]
    lines: tuple[Line, ...]  # by person, then by session
    totals: tuple[Total, ...]  # by person
    unfinished: tuple[SessionSummary, ...] = ()  # not opened or not closed: no minutes


def _share(part: int | None, whole: int | None) -> float | None:
    if part is None or not whole:
        return None
    return part / whole


def name_of(person: Person) -> str:
    """ "Last, First" (no title): the same person reads the same in every session."""
    return f"{person.last}, {person.first}" if person.first else person.last


def is_listed(person: Person, body: Body) -> bool:
    """On the allowance list: a deputy, or a roster person whose role is listed when absent."""
    if person.deputy_for:
        return True
    if person.guest:
        return False
    role = body.role(person.role)
    return role is None or role.listed_when_absent


# -- one session --------------------------------------------------------------------------------


def _window(state: SessionState) -> Interval | None:
    """From the opening to the close, cut to the minute; None for a session not opened or not closed."""
    if state.started is None or state.ended is None:
        return None
    return to_minute(state.started), max(to_minute(state.started), to_minute(state.ended))


def _stretches(state: SessionState, key: str, window: Interval) -> list[Interval]:
    out = []
    for start, end in state.presence(key).spans:
        begin = max(window[0], to_minute(start)) if start else window[0]
        stop = min(window[1], to_minute(end)) if end else window[1]
        if begin < stop:
            out.append((begin, stop))
    return out


def _mark(state: SessionState, key: str) -> Mark | None:
    presence = state.presence(key)
    if presence.spans:
        return Mark.PRESENT
    if presence.status is not None and presence.status.absent:
        return Mark(presence.status.value)
    return None


def session_lines(state: SessionState, summary: SessionSummary | None = None) -> list[Line]:
    """The session's attendance list, in roster order (guests and staff left out; see the module)."""
    info = state.info
    body = info.body
    summary = summary or SessionSummary(info.id, body.name, info.number, info.date)
    window = _window(state)
    session_minutes = whole_minutes(net_of_recesses(state, window)) if window else None
    lines = []
    for person in state.people.values():
        if not is_listed(person, body):
            continue
        mark = _mark(state, person.key)
        if mark is None:
            if person.deputy_for:  # a deputy not called in
                continue
            mark = Mark.UNRECORDED
        stretches = _stretches(state, person.key, window) if window else []
        minutes = None
        if window:
            minutes = whole_minutes(sum((net_of_recesses(state, s) for s in stretches), timedelta(0)))
        member = state.people.get(person.deputy_for or "")
        deputy_for = name_of(member) if member else person.deputy_for
        lines.append(Line(summary, person.key, name_of(person), mark, tuple(stretches), minutes, session_minutes,
                          deputy_for))
    return lines


# -- a period ---------------------------------------------------------------------------------


def check_period(start: date | None, end: date | None) -> None:
    if start is not None and end is not None and start > end:
        raise SitzungError("attendance_list.period_reversed", start=start.isoformat(), end=end.isoformat())


def attendance_list(
    archive: Archive, body_name: str, start: date | None = None, end: date | None = None
) -> AttendanceList:
    """The attendance list of `body_name`'s sessions from `start` to `end` (dates, both included; None: open)."""
    check_period(start, end)
    body = require_body(archive, body_name)
    chosen = sorted(
        (s for s in archive.sessions()
         if s.body == body.name and (start is None or s.date >= start) and (end is None or s.date <= end)),
        key=lambda s: (s.date, s.number, s.id),
    )
    return compile_list(body, start, end, [(summary, read_session(archive, summary.id)) for summary in chosen])


def compile_list(
    body: Body, start: date | None, end: date | None, states: Iterable[tuple[SessionSummary, SessionState]]
) -> AttendanceList:
    """The lines of each session, ordered by person and date, and each person's totals."""
    summaries: list[SessionSummary] = []
    unfinished: list[SessionSummary] = []
    lines: list[Line] = []
    for summary, state in states:
        summaries.append(summary)
        if _window(state) is None:
            unfinished.append(summary)
        lines.extend(session_lines(state, summary))
    names: dict[str, str] = {}
    for line in lines:  # the latest session's spelling of a name
        names[line.key] = line.name
    order = {s.id: index for index, s in enumerate(summaries)}
    lines.sort(key=lambda line: (line.key, order[line.session.id]))
    lines = [replace(line, name=names[line.key]) for line in lines]
    totals = []
    for key in sorted(names):
        own = [line for line in lines if line.key == key]
        attended = [line for line in own if line.mark is Mark.PRESENT]
        known = [line for line in own if line.session_minutes is not None]
        totals.append(Total(
            key=key,
            name=names[key],
            listed=len(own),
            attended=len(attended),
            excused=sum(1 for line in own if line.mark is Mark.EXCUSED),
            unexcused=sum(1 for line in own if line.mark is Mark.UNEXCUSED),
            deputised=sum(1 for line in attended if line.deputy_for),
            minutes=sum(line.minutes or 0 for line in known),
            session_minutes=sum(line.session_minutes or 0 for line in known),
        ))
    return AttendanceList(body, start, end, tuple(summaries), tuple(lines), tuple(totals), tuple(unfinished))
