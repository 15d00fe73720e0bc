"""Derived views of a session for displays: quorum history, who counts and why, counts by role.

Pure functions of the state and the log, shared by the clerk's app and the chair's view.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sitzung.model import Event, Person, Role, SessionInfo
from sitzung.state import ItemState, SessionState, apply, counting_people, effective_events, initial_state, quorum

_QUORUM_KINDS = frozenset({"attendance", "guest", "recuse"})


@dataclass(frozen=True)
class QuorumPoint:
    """The quorum after an event that changed the count of members present."""

    at: datetime
    present: int
    required: int
    quorate: bool
    cause: Event


def quorum_history(info: SessionInfo, events: Sequence[Event]) -> list[QuorumPoint]:
    """Each change of the number of counting members, with the event that caused it."""
    state = initial_state(info)
    points: list[QuorumPoint] = []
    last = -1
    for event in effective_events(events):
        apply(state, event)
        if event.kind not in _QUORUM_KINDS:
            continue
        status = quorum(state)
        if status.present != last:
            points.append(QuorumPoint(event.at, status.present, status.required, status.quorate, event))
            last = status.present
    return points


@dataclass(frozen=True)
class Reason:
    """Why a person counts for the quorum or not: a catalog key and its parameters."""

    person: Person
    counts: bool
    key: str
    params: dict[str, str]


def reasons(state: SessionState, item: ItemState | None = None) -> list[Reason]:
    """For everyone on the session's list: counts or not, and why."""
    body = state.info.body
    counted = set(counting_people(state, None, item))
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
