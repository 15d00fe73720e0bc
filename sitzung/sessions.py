"""Preparing a meeting: bodies, rosters, new sessions and finding a session by id."""

from __future__ import annotations

import os
import re
import stat
from dataclasses import replace
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING

from sitzung.agenda_text import parse_agenda
from sitzung.clock import Clock
from sitzung.errors import SitzungError, Where
from sitzung.model import AgendaItem, Body, Person, SessionInfo, fold_name
from sitzung.names import find_person
from sitzung.roster_csv import parse_roster
from sitzung.state import SessionState, fold
from sitzung.text_rules import BODY_NAME, MAX_INPUT_BYTES, MAX_SEATS, NAME, PLACE, TITLE, checked, within_limit
from sitzung.vocabulary import SessionKind

if TYPE_CHECKING:
    from sitzung.ports import Archive

_ROLE_KEY = re.compile(r"^[a-z0-9_]+$")
_LABELS = ("genitive", "chair_label", "secretary_label")


def read_session(archive: Archive, session_id: str) -> SessionState:
    """A session's state, read from the archive (nothing written, the log closed again)."""
    log = archive.open_session(session_id)
    try:
        return fold(log.info, log.events())
    finally:
        log.close()


def require_body(archive: Archive, name: str) -> Body:
    body = archive.body(name)
    if body is None:
        known = ", ".join(b.name for b in archive.bodies()) or "-"
        raise SitzungError("body.unknown", name=name, known=known)
    return body


def check_body(body: Body) -> Body:
    """The body as it will be kept, or one sentence: its name, seats, quorum rule, roles and words.

    A `count:N` rule beyond the seats could never be met; names and words are
    plain text (`text_rules`).
    """
    name = checked(body.name, BODY_NAME)
    if not name:
        raise SitzungError("body.empty_name")
    if not 1 <= body.seats <= MAX_SEATS:
        raise SitzungError("body.bad_seats", seats=body.seats, limit=MAX_SEATS)
    if body.quorum.required(body.seats) > body.seats:
        raise SitzungError("body.quorum_beyond_seats", rule=str(body.quorum), seats=body.seats)
    seen: set[str] = set()
    roles = []
    for role in body.roles:
        if not _ROLE_KEY.match(role.key):
            raise SitzungError("body.bad_role_key", key=role.key)
        if role.key in seen:
            raise SitzungError("body.role_exists", body=name, key=role.key)
        seen.add(role.key)
        roles.append(replace(role, label=checked(role.label, NAME), heading=checked(role.heading, NAME)))
    words = tuple((key, checked(text, TITLE)) for key, text in body.words)
    labels = {field: checked(getattr(body, field), NAME) for field in _LABELS}
    return replace(body, name=name, roles=tuple(roles), words=words, **labels)


def create_body(archive: Archive, body: Body) -> Body:
    """Store a new body after checking it (`check_body`)."""
    body = check_body(body)
    if archive.body(body.name) is not None:
        raise SitzungError("body.exists", name=body.name)
    archive.save_body(body)
    return body


def read_input_file(path: Path, what: str) -> bytes:
    """A file's bytes, or one sentence saying why it cannot be read.

    Only a regular file is opened (a FIFO would hang the command), and only up
    to `MAX_INPUT_BYTES`; `what` ("input.roster", …) names the kind in the refusal.
    """
    where = Where(str(path))
    try:
        with open(path, "rb", opener=_no_wait) as file:
            kind = os.fstat(file.fileno()).st_mode
            if stat.S_ISDIR(kind):
                raise SitzungError("file.is_folder", where=where)
            if not stat.S_ISREG(kind):
                raise SitzungError("input.not_a_file", where=where)
            data = file.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError:
        raise SitzungError("file.missing", where=where) from None
    except IsADirectoryError:
        raise SitzungError("file.is_folder", where=where) from None
    except OSError as error:
        raise SitzungError("file.unreadable", where=where, reason=error.strerror or str(error)) from None
    return within_limit(data, where, what)


def _no_wait(path: str, flags: int) -> int:
    """Open without blocking: opening a FIFO for reading would otherwise wait for a writer."""
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def import_roster(archive: Archive, body_name: str, path: Path, replace: bool = False) -> list[Person]:
    """Add the people of a roster CSV to a body (or replace its roster); all or nothing."""
    body = require_body(archive, body_name)
    existing = [] if replace else archive.roster(body.name)
    people = parse_roster(read_input_file(path, "input.roster"), body, str(path), existing)
    archive.save_roster(body.name, [*existing, *people])
    return people


def read_agenda(path: Path) -> tuple[AgendaItem, ...]:
    raw = read_input_file(path, "input.agenda")
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
    kind: str | None = None,
) -> SessionInfo:
    """A new session with copies of the body and its roster as they are today.

    `kind` is the kind of meeting as typed ("annual"); without one, the body's
    default (its house style's first), so a parish session is ordinary unless told.
    """
    body = require_body(archive, body_name)
    if number < 1:
        raise SitzungError("session.bad_number", number=number)
    session_kind = session_kind_of(body, kind)
    roster = tuple(archive.roster(body.name))
    chair_key = find_person(roster, chair).key if chair else None
    secretary_key = find_person(roster, secretary).key if secretary else None
    sessions = archive.sessions()
    if twin := next((s for s in sessions if (s.body, s.number, s.date) == (body.name, number, day)), None):
        raise SitzungError("session.exists", number=number, body=body.name, date=day.isoformat(), id=twin.id)
    location = checked(location, PLACE)
    taken = {s.id for s in sessions}
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
        kind=session_kind,
    )
    archive.create_session(info)
    return info


def session_kind_of(body: Body, text: str | None) -> SessionKind | None:
    """The kind of meeting `text` names for `body`, its default for none; SitzungError for one it does not hold.

    A body without a house style (the German presets) holds no kinds: it records
    none and refuses any typed, as a style without kinds does. `sitzung.house_style`
    is imported only then, as `sitzung.model` does.
    """
    if body.style is not None:
        return body.style.kind(text)
    if not text:
        return None
    from sitzung.house_style import HouseStyle

    return HouseStyle().kind(text)
