"""Derived views of a session for displays: quorum history, who counts and why, counts by role.

Pure functions of the state and the log, shared by the clerk's app and the chair's view.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sitzung.model import Event, Person, Role
from sitzung.quorum import QuorumStatus
from sitzung.state import SessionState, quorum
from sitzung.vocabulary import EventKind, ItemStatus

if TYPE_CHECKING:
    from sitzung.decisions import Declaration

_CAUSES = frozenset({EventKind.ATTENDANCE, EventKind.GUEST, EventKind.ITEM, EventKind.CLOCK})


@dataclass(frozen=True)
class QuorumPoint:
    """The quorum from a moment on, with the recorded action that changed it (None for the roll call)."""

    at: datetime
    status: QuorumStatus
    cause: Event | None


def quorum_history(state: SessionState) -> list[QuorumPoint]:
    """The quorum at every moment it could change (arrivals, departures, items and their recusals),
    kept where the count, the requirement or the item changed; within the session's start and end.
    The roll call before the opening is not history: the quorum is judged from the opening on."""
    if state.started is None:
        return []
    moments: set[datetime] = set()
    for presence in state.attendance.values():
        for start, end in presence.spans:
            moments.update(m for m in (start, end) if m is not None)
    for item in state.items.values():
        for run in item.runs:
            moments.update(m for m in (run.start, run.end) if m is not None)
    moments.update(m for m in (state.started, state.ended) if m is not None)
    moments = {m for m in moments if m >= state.started}
    if state.ended is not None:
        moments = {m for m in moments if m <= state.ended}
    causes = {e.at: e for e in state.effective if e.kind in _CAUSES}
    points: list[QuorumPoint] = []
    last: tuple[object, ...] | None = None
    for moment in sorted(moments):
        status = quorum(state, moment)
        key = (status.present, status.required, status.quorate, status.item, status.counted)
        if key != last:
            last = key
            points.append(QuorumPoint(moment, status, causes.get(moment)))
    return points


def declaration_of(event: Event) -> Declaration:
    """What a `recuse` event declares, read as `sitzung.state` folds it, for describing the event itself
    (an undone one too, which no item holds). A kind this version does not know reads as none."""
    from sitzung.decisions import Declaration

    return Declaration.of_event(event.data, event.at)


def declaration_words(declaration: Declaration, name: str, number: str, lang: str) -> str:
    """ "Smith, John declared a non-registrable interest (as a neighbour) in item 4 and stayed." """
    from sitzung.i18n import t

    interest = t(f"declaration.an_interest.{declaration.interest or 'none'}", lang)
    if declaration.nature:
        interest = t("declaration.nature", lang, interest=interest, nature=declaration.nature)
    key = "declaration.left" if declaration.left else "declaration.stayed"
    return t(key, lang, person=name, interest=interest, number=number)


@dataclass(frozen=True)
class Reason:
    """Why a person counts for the quorum or not: a catalog key and its parameters."""

    person: Person
    counts: bool
    key: str
    params: dict[str, str]


def reasons(state: SessionState) -> list[Reason]:
    """For everyone on the session's list, now (the running item's recusals counted): counts or not, and why."""
    body = state.info.body
    status = quorum(state)
    counted = set(status.counted)
    item = state.items.get(status.item or "")
    recused = set(item.recused) if item else set()
    out: list[Reason] = []
    for person in state.people.values():
        role = body.role(person.role)
        here = state.presence(person.key).here
        member = state.people.get(person.deputy_for or "")
        if person.key in counted:
            key, params = ("why.deputy_counts", {"member": member.display}) if member else ("why.counts", {})
        elif person.key in recused:
            key, params = "why.recused", {"number": item.number if item else ""}
        elif member is not None:
            key = "why.deputy_idle" if here else "why.absent"
            params = {"member": member.display}
        elif not person.votes_in(body):
            key, params = "why.no_vote", {"role": role.heading if role else person.role}
        else:
            key, params = "why.absent", {}
        out.append(Reason(person, person.key in counted, key, params))
    return out


@dataclass(frozen=True)
class RoleCount:
    role: Role
    present: int
    total: int
    votes: bool


def counts_by_role(state: SessionState) -> list[RoleCount]:
    """Present and listed people per role, in the body's order."""
    out = []
    for role in state.info.body.ordered_roles():
        people = [p for p in state.people.values() if p.role == role.key]
        if people:
            here = sum(1 for p in people if state.presence(p.key).here)
            out.append(RoleCount(role, here, len(people), role.votes))
    return out


@dataclass(frozen=True)
class OpenPoints:
    """What is still open when the session closes or the minutes are written."""

    pending: tuple[str, ...]  # numbers of items never taken up (nor deferred or withdrawn)
    unrecorded: tuple[Person, ...]  # people listed when absent whose attendance was never recorded

    def __bool__(self) -> bool:
        return bool(self.pending or self.unrecorded)


def open_points(state: SessionState) -> OpenPoints:
    """Items still pending and people nobody recorded as present or absent (they would be in neither list)."""
    body = state.info.body
    pending = tuple(i.number for i in state.items.values() if i.status is ItemStatus.PENDING)
    unrecorded = tuple(
        p for p in state.people.values()
        if state.presence(p.key).status is None and ((role := body.role(p.role)) is None or role.listed_when_absent)
    )
    return OpenPoints(pending, unrecorded)
