"""Preparing a meeting: bodies, rosters, new sessions and finding a session by id."""

from __future__ import annotations

import re
from datetime import date, time
from pathlib import Path

from sitzung.agenda_text import parse_agenda
from sitzung.clock import Clock
from sitzung.errors import SitzungError, Where
from sitzung.model import AgendaItem, Body, Person, SessionInfo, fold_name
from sitzung.names import find_person
from sitzung.ports import Archive
from sitzung.roster_csv import parse_roster


def require_body(archive: Archive, name: str) -> Body:
    body = archive.body(name)
    if body is None:
        known = ", ".join(b.name for b in archive.bodies()) or "-"
        raise SitzungError("body.unknown", name=name, known=known)
    return body


def create_body(archive: Archive, body: Body) -> Body:
    """Store a new body after checking its seats and quorum rule."""
    if archive.body(body.name) is not None:
        raise SitzungError("body.exists", name=body.name)
    if body.seats < 1:
        raise SitzungError("body.bad_seats", seats=body.seats)
    archive.save_body(body)
    return body


def read_input_file(path: Path) -> bytes:
    """A file's bytes, or one sentence saying why it cannot be read."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise SitzungError("file.missing", where=Where(str(path))) from None
    except IsADirectoryError:
        raise SitzungError("file.is_folder", where=Where(str(path))) from None
    except OSError as error:
        raise SitzungError("file.unreadable", where=Where(str(path)), reason=error.strerror or str(error)) from None


def import_roster(archive: Archive, body_name: str, path: Path, replace: bool = False) -> list[Person]:
    """Add the people of a roster CSV to a body (or replace its roster); all or nothing."""
    body = require_body(archive, body_name)
    existing = [] if replace else archive.roster(body.name)
    people = parse_roster(read_input_file(path), body, str(path), existing)
    archive.save_roster(body.name, [*existing, *people])
    return people


def read_agenda(path: Path) -> tuple[AgendaItem, ...]:
    raw = read_input_file(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return parse_agenda(text, str(path))


def _initials(name: str) -> str:
    words = re.findall(r"[^\W\d_]+", fold_name(name))
    return "".join(w[0] for w in words if len(w) > 3)[:8] or "s"


def new_session_id(body: Body, number: int, day: date, taken: set[str]) -> str:
    """A readable, unique id such as 2022-05-11-agsg-6."""
    base = f"{day.isoformat()}-{_initials(body.name)}-{number}"
    candidate, suffix = base, 2
    while candidate in taken:
        candidate, suffix = f"{base}-{suffix}", suffix + 1
    return candidate


def create_session(
    archive: Archive,
    clock: Clock,
    body_name: str,
    number: int,
    day: date,
    start: time | None = None,
    location: str = "",
    chair: str | None = None,
    secretary: str | None = None,
) -> SessionInfo:
    """A new session with copies of the body and its roster as they are today."""
    body = require_body(archive, body_name)
    if number < 1:
        raise SitzungError("session.bad_number", number=number)
    roster = tuple(archive.roster(body.name))
    chair_key = find_person(roster, chair).key if chair else None
    secretary_key = find_person(roster, secretary).key if secretary else None
    taken = {s.id for s in archive.sessions()}
    info = SessionInfo(
        id=new_session_id(body, number, day, taken),
        body=body,
        number=number,
        date=day,
        planned_start=start,
        location=location,
        chair=chair_key,
        secretary=secretary_key,
        roster=roster,
        created=clock.now(),
    )
    archive.create_session(info)
    return info
