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
from sitzung.state import ItemState, SessionState, quorum

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


def _item(item: ItemState) -> dict[str, Any]:
    vote = item.vote
    return {
        "number": item.number,
        "title": item.title,
        "public": item.public,
        "parent": item.parent,
        "status": item.status,
        "started": _iso(item.started),
        "ended": _iso(item.ended),
        "planned_minutes": getattr(item, "planned", None),
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


def quorum_history(state: SessionState) -> list[dict[str, Any]]:
    """The quorum at every moment it could change (arrivals, departures, items and their recusals), kept
    where the count, the requirement or the item changed."""
    moments: set[datetime] = set()
    for presence in state.attendance.values():
        for start, end in presence.spans:
            moments.update(m for m in (start, end) if m is not None)
    for item in state.items.values():
        moments.update(m for m in (item.started, item.ended) if m is not None)
    moments.update(m for m in (state.started, state.ended) if m is not None)
    if state.started is not None:
        moments = {m for m in moments if m >= state.started}
    if state.ended is not None:
        moments = {m for m in moments if m <= state.ended}
    history: list[dict[str, Any]] = []
    last: tuple[Any, ...] | None = None
    for moment in sorted(moments):
        item = state.item_at(moment)
        if state.ended is not None and moment == state.ended:
            item = None
        status = quorum(state, moment, item)
        key = (status.present, status.required, status.quorate, status.item, status.counted)
        if key == last:
            continue
        last = key
        history.append(
            {
                "at": _iso(moment),
                "item": status.item,
                "present": status.present,
                "required": status.required,
                "seats": status.seats,
                "quorate": status.quorate,
                "counted": list(status.counted),
            }
        )
    return history


def session_document(state: SessionState, events: Sequence[Event]) -> dict[str, Any]:
    """The session as a JSON-ready dict: facts, roster, attendance, clock, agenda, items, quorum, log."""
    info = state.info
    undone = {int(e.data["target"]) for e in events if e.kind == "undo"}
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
                "status": presence.status,
                "spans": [_span(start, end) for start, end in presence.spans],
                "changed": _iso(presence.changed),
            }
            for key, presence in state.attendance.items()
            if key in state.people
        ],
        "clock": {
            "status": state.clock_status,
            "started": _iso(state.started),
            "ended": _iso(state.ended),
            "recesses": [_span(start, end) for start, end in state.recesses],
        },
        "agenda": _agenda(state.agenda),
        "items": [_item(item) for item in state.items.values()],
        "remarks": state.remarks,
        "determinations": [{"at": _iso(at), "quorate": quorate} for at, quorate in state.determinations],
        "quorum": quorum_history(state),
        "events": [{**event.to_dict(), "undone": event.seq in undone} for event in events],
    }


def render_json(state: SessionState, events: Sequence[Event]) -> str:
    """The session document as indented UTF-8 JSON with a final newline."""
    return json.dumps(session_document(state, events), ensure_ascii=False, indent=2) + "\n"
