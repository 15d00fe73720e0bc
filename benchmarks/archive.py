"""A synthetic archive for the benchmarks: past sessions written straight to disk, plus current ones.

Past sessions (30 people, 20 items, 300 events each) are written as whole
files in one step each, as the storage would have left them, so building
1,000 of them takes seconds rather than 300,000 durable actions.
"""

from __future__ import annotations

import json
import random
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sitzung.clock import FixedClock
from sitzung.model import AgendaItem, Event, Person, SessionInfo
from sitzung.presets import make_body
from sitzung.recorder import Recorder
from sitzung.sessions import create_body, create_session
from storage.archive import TinyArchive
from storage.durable import create_file
from storage.session_log import EVENTS_TABLE, INFO_TABLE, SESSION_KIND

BODY = "Benchmark-Ausschuss"
ROLES = ("kreistagsmitglied", "sachkundiger_buerger", "beratendes_mitglied", "verwaltung")


def people(count: int, seed: int = 1) -> list[Person]:
    rng = random.Random(seed)
    first = ["Anna", "Bernd", "Clara", "Dieter", "Eva", "Frank", "Gisela", "Heinz", "Ines", "Jörg"]
    return [
        Person(f"Nachname{i:04d}", rng.choice(first), role=ROLES[0] if i < count * 0.7 else ROLES[i % len(ROLES)])
        for i in range(count)
    ]


def agenda(count: int) -> tuple[AgendaItem, ...]:
    return tuple(AgendaItem(str(i + 1), f"Tagesordnungspunkt {i + 1}", public=i < count * 0.8) for i in range(count))


def _past_events(
    roster: list[Person], items: tuple[AgendaItem, ...], day: date, count: int, opened: time = time(18), every: int = 20
) -> list[Event]:
    start = datetime.combine(day, opened)
    events: list[Event] = [Event(1, "agenda", start, start, {"items": [i.to_dict() for i in items]})]
    for n, person in enumerate(roster):
        events.append(Event(len(events) + 1, "attendance", start, start, {"person": person.key, "status": "present"}))
        if n == 0:
            events.append(Event(len(events) + 1, "clock", start, start, {"action": "start"}))
    moment = start
    while len(events) < count:
        moment += timedelta(seconds=every)
        item = items[len(events) % len(items)]
        kind = len(events) % 3
        if kind == 0:
            data = {"number": item.number, "text": f"Notiz {len(events)}", "append": True}
            events.append(Event(len(events) + 1, "note", moment, moment, data))
        elif kind == 1:
            events.append(Event(len(events) + 1, "item", moment, moment, {"number": item.number, "action": "start"}))
        else:
            person = roster[len(events) % len(roster)]
            status = "left" if len(events) % 2 else "arrived"
            events.append(
                Event(len(events) + 1, "attendance", moment, moment, {"person": person.key, "status": status})
            )
    return events[:count]


def build(folder: Path, past: int, roster_size: int = 30, items: int = 20, events: int = 300) -> TinyArchive:
    """An archive with `past` finished sessions written directly to their files."""
    archive = TinyArchive(folder)
    body = create_body(archive, make_body(BODY, roster_size, "de"))
    roster = people(roster_size)
    archive.save_roster(body.name, roster)
    clock = FixedClock(datetime(2020, 1, 1, 12))
    first = date(2000, 1, 1)
    for n in range(past):
        day = first + timedelta(days=7 * n)
        info = create_session(archive, clock, body.name, n + 1, day)
        _write_session(archive, info, _past_events(roster, agenda(items), day, events))
    return archive


def _write_session(archive: TinyArchive, info: SessionInfo, events: list[Event]) -> None:
    """Replace the session's file with one holding `events`, in one step, as the storage would have left it."""
    path = archive.sessions_dir / f"{info.id}.json"
    path.unlink()
    tables = {
        INFO_TABLE: {"1": info.to_dict()},
        EVENTS_TABLE: {str(e.seq): json.loads(json.dumps(e.to_dict())) for e in events},
    }
    create_file(path, SESSION_KIND, tables)


def current_session(archive: TinyArchive, roster: list[Person], items: int, name: str) -> Recorder:
    """A new session of its own body with `roster` and `items`, ready for actions."""
    clock = FixedClock(datetime(2026, 11, 26, 17, 55))
    body = create_body(archive, make_body(name, len([p for p in roster if p.role in ROLES[:2]]) or 1, "de"))
    archive.save_roster(body.name, roster)
    info: SessionInfo = create_session(archive, clock, body.name, 1, clock.now().date())
    recorder = Recorder(archive.open_session(info.id), clock)
    recorder.set_agenda(agenda(items))
    return recorder


def long_session(archive: TinyArchive, roster: list[Person], events: int, name: str) -> Recorder:
    """A current session that already holds `events` events (arrivals, departures, notes, items from 08:00,
    a second apart), written straight to its file, and opened for more."""
    recorder = current_session(archive, roster, 20, name)
    info = recorder.log.info
    recorder.log.close()
    _write_session(archive, info, _past_events(roster, agenda(20), info.date, events, opened=time(8), every=1))
    return Recorder(archive.open_session(info.id), recorder.clock)
