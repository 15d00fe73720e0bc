"""The whole session as one versioned JSON document, for the archive.

`{"format": "sitzung-session-export", "version": 1, ...}`; the README's
"## Minutes" section documents every field. Times are the meeting's local
wall-clock times in ISO 8601 without a zone, as the event log keeps them. The
document holds the closed session too: it is the record, not a publication.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sitzung.model import AgendaItem, Event
from sitzung.state import ItemState, SessionState, undone_seqs
from sitzung.timefmt import whole_minutes
from sitzung.timeline import item_duration
from sitzung.views import quorum_history

FORMAT = "sitzung-session-export"
VERSION = 1


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


def _span(start: datetime | None, end: datetime | None) -> dict[str, str | None]:
    return {"from": _iso(start), "to": _iso(end)}


def _agenda(items: Sequence[AgendaItem]) -> list[dict[str, Any]]:
    return [
        {"number": i.number, "title": i.title, "public": i.public, "children": _agenda(i.children)} for i in items
    ]


def _item(state: SessionState, item: ItemState) -> dict[str, Any]:
    vote = item.vote
    return {
        "number": item.number,
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
        "vote": None
        if vote is None
        else {
            "yes": vote.yes,
            "no": vote.no,
            "abstain": vote.abstain,
            "unanimous": vote.unanimous,
            "adopted": vote.adopted,
            "at": _iso(vote.at),
        },
        "recused": list(item.recused),
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


def session_document(state: SessionState, events: Sequence[Event]) -> dict[str, Any]:
    """The session as a JSON-ready dict: facts, roster, attendance, clock, agenda, items, quorum, log."""
    info = state.info
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
        "items": [_item(state, item) for item in state.items.values()],
        "remarks": state.remarks,
        "determinations": [{"at": _iso(at), "quorate": quorate} for at, quorate in state.determinations],
        "quorum": _quorum_history(state),
        "events": [{**event.to_dict(), "undone": event.seq in undone} for event in events],
    }


def render_json(state: SessionState, events: Sequence[Event]) -> str:
    """The session document as indented UTF-8 JSON with a final newline."""
    return json.dumps(session_document(state, events), ensure_ascii=False, indent=2) + "\n"
