"""The whole session as one versioned JSON document, for the archive.

`{"format": "sitzung-session-export", "version": 2, ...}`; the README's
"## Minutes" section documents every field. Times are the meeting's local
wall-clock times in ISO 8601 without a zone, as the event log keeps them. The
document holds the closed session too: it is the record, not a publication.

Version 2 replaced each item's single "vote" with its decisions: "motions",
"votes", "resolutions", "elections" and its "minute_number". Every derived
fact in them (tallies, results, statuses, election results, numbers) is
`sitzung.outcomes`'s. A secret ballot carries counts only: never a person.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sitzung.decisions import Election, Motion, Resolution, Vote
from sitzung.model import AgendaItem, Event
from sitzung.numbering import Session
from sitzung.outcomes import (
    Numbered,
    amended,
    election_result,
    motion_status,
    numbered,
    outcome_of_vote,
    tally,
    vote_result,
)
from sitzung.state import ItemState, SessionState, undone_seqs
from sitzung.timefmt import whole_minutes
from sitzung.timeline import item_duration
from sitzung.views import quorum_history

FORMAT = "sitzung-session-export"
VERSION = 2


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


def _span(start: datetime | None, end: datetime | None) -> dict[str, str | None]:
    return {"from": _iso(start), "to": _iso(end)}


def _agenda(items: Sequence[AgendaItem]) -> list[dict[str, Any]]:
    return [
        {"number": i.number, "title": i.title, "public": i.public, "children": _agenda(i.children)} for i in items
    ]


def _person(state: SessionState, key: str | None) -> dict[str, str] | None:
    """A person as the decisions name them: the key `people` is keyed by, and the display name."""
    if key is None:
        return None
    person = state.people.get(key)
    return {"person": key, "name": person.display if person else key}


def _motion(state: SessionState, item: ItemState, motion: Motion) -> dict[str, Any]:
    return {
        "id": motion.id,
        "kind": motion.kind.value,
        "text": motion.text,
        "at": _iso(motion.at),
        "by": _person(state, motion.by),
        "seconded_by": _person(state, motion.seconded_by),
        "amends": motion.amends,
        "ruling": motion.ruling or None,
        "withdrawn": _iso(motion.withdrawn),
        "died": _iso(motion.died),
        "status": motion_status(state, item, motion).value,
        "amended": amended(state, item, motion),
    }


def _vote(state: SessionState, item: ItemState, vote: Vote) -> dict[str, Any]:
    counted = tally(state, item, vote)
    result = vote_result(state, item, vote)
    # a secret ballot records no name; none is written even if a record had one
    ballots = [] if vote.secret else [
        {**(_person(state, key) or {}), "choice": choice.value} for key, choice in vote.ballots.items()
    ]
    return {
        "motion": vote.motion,
        "at": _iso(vote.at),
        "majority": vote.majority.value,
        "unanimous": vote.unanimous,
        "named": vote.named,
        "secret": vote.secret,
        "tally": {"yes": counted.yes, "no": counted.no, "abstain": counted.abstain},
        "result": {
            "adopted": result.adopted,
            "rule": result.rule.value,
            "needed": result.needed,
            "tied": result.tied,
            "casting": result.casting.value if result.casting else None,
        },
        "outcome": outcome_of_vote(state, item, vote).value,
        "ballots": ballots,
    }


def _resolution(item: ItemState, resolution: Resolution, numbers: Numbered) -> dict[str, Any]:
    return {
        "motion": resolution.motion,
        "at": _iso(resolution.at),
        "outcome": resolution.outcome.value,
        "text": resolution.text,
        "to": resolution.to or None,
        "number": numbers.resolution(item.number, resolution.motion) or None,
    }


def _election(state: SessionState, election: Election) -> dict[str, Any]:
    result = election_result(state, election)
    return {
        "id": election.id,
        "at": _iso(election.at),
        "seats": election.seats,
        "candidates": list(election.candidates),
        "rounds": [
            {"at": _iso(r.at), "votes": dict(r.votes), "invalid": r.invalid, "blank": r.blank, "valid": r.valid}
            for r in election.rounds
        ],
        "lots": list(election.lots),
        "answers": [{"candidate": name, "accepted": accepted} for name, accepted in election.answers.items()],
        "outcome": {
            "elected": list(result.elected),
            "runoff": list(result.runoff),
            "lot": list(result.lot),
            "lot_seats": result.lot_seats,
            "decided": result.decided,
        },
    }


def _item(state: SessionState, item: ItemState, numbers: Numbered) -> dict[str, Any]:
    return {
        "number": item.number,
        "minute_number": numbers.minute(item.number) or None,
        "title": item.title,
        "public": item.public,
        "parent": item.parent,
        "status": item.status.value,
        "started": _iso(item.started),
        "ended": _iso(item.ended),
        "runs": [_span(run.start, run.end) for run in item.runs],
        "minutes": whole_minutes(item_duration(state, item)),
        "planned_minutes": item.planned,
        "notes": item.notes,
        **item_decisions(state, item, numbers),
        "recused": list(item.recused),
    }


def item_decisions(state: SessionState, item: ItemState, numbers: Numbered) -> dict[str, Any]:
    """An item's motions, votes, resolutions and elections, as the JSON export and `decisions --json` give them."""
    decisions = item.decisions
    return {
        "motions": [_motion(state, item, m) for m in decisions.motions],
        "votes": [_vote(state, item, v) for v in decisions.votes],
        "resolutions": [_resolution(item, r, numbers) for r in decisions.resolutions],
        "elections": [_election(state, e) for e in decisions.elections],
    }


def _quorum_history(state: SessionState) -> list[dict[str, Any]]:
    return [
        {
            "at": _iso(point.at),
            "item": point.status.item,
            "present": point.status.present,
            "required": point.status.required,
            "seats": point.status.seats,
            "quorate": point.status.quorate,
            "counted": list(point.status.counted),
        }
        for point in quorum_history(state)
    ]


def session_document(state: SessionState, events: Sequence[Event], earlier: Iterable[Session] = ()) -> dict[str, Any]:
    """The session as a JSON-ready dict: facts, roster, attendance, clock, agenda, items, quorum, log.

    `earlier`: the body's earlier sessions, after whose numbers this session's minutes and resolutions count on.
    """
    info = state.info
    numbers = numbered(state, earlier)
    undone = undone_seqs(events)
    return {
        "format": FORMAT,
        "version": VERSION,
        "session": {
            "id": info.id,
            "number": info.number,
            "date": info.date.isoformat(),
            "planned_start": info.planned_start.isoformat("minutes") if info.planned_start else None,
            "location": info.location,
            "chair": info.chair,
            "secretary": info.secretary,
            "created": _iso(info.created),
        },
        "body": info.body.to_dict(),
        "people": [{"key": key, **person.to_dict()} for key, person in state.people.items()],
        "attendance": [
            {
                "person": key,
                "status": presence.status.value if presence.status else None,
                "spans": [_span(start, end) for start, end in presence.spans],
                "changed": _iso(presence.changed),
            }
            for key, presence in state.attendance.items()
            if key in state.people
        ],
        "clock": {
            "status": state.clock_status.value,
            "started": _iso(state.started),
            "ended": _iso(state.ended),
            "recesses": [{**_span(r.start, r.end), "reason": r.reason} for r in state.recesses],
        },
        "agenda": _agenda(state.agenda),
        "items": [_item(state, item, numbers) for item in state.items.values()],
        "remarks": state.remarks,
        "determinations": [{"at": _iso(at), "quorate": quorate} for at, quorate in state.determinations],
        "quorum": _quorum_history(state),
        "events": [{**event.to_dict(), "undone": event.seq in undone} for event in events],
    }


def render_json(state: SessionState, events: Sequence[Event], earlier: Iterable[Session] = ()) -> str:
    """The session document as indented UTF-8 JSON with a final newline."""
    return json.dumps(session_document(state, events, earlier), ensure_ascii=False, indent=2) + "\n"
