"""The reference meeting (the seed minutes of 11.05.2022), for the demo and the tests.

Its roster and agenda ship as files in `sitzung/demo/`, in the form a clerk
would import them; this module enters them through the same core functions
the CLI uses.
"""

from __future__ import annotations

from datetime import date, datetime, time
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sitzung.agenda_text import parse_agenda
from sitzung.clock import Clock
from sitzung.model import SessionInfo
from sitzung.presets import make_body
from sitzung.recorder import Recorder
from sitzung.roster_csv import parse_roster
from sitzung.sessions import create_body, create_session

if TYPE_CHECKING:
    from sitzung.ports import Archive

BODY = "Ausschuss für Gesundheit, Soziales und Generationenfragen"
SEATS = 17
NUMBER = 6
DATE = date(2022, 5, 11)
START = time(18, 0)
END = time(18, 45)
LOCATION = "Großer Sitzungssaal"
CHAIR = "Kehren"
SECRETARY = "Louven"
EXCUSED = ("Grübener", "Knauer", "Hensen")
UNEXCUSED = ("Terodde",)


def data_file(name: str) -> Path:
    """A file of the reference meeting shipped with the package (roster.csv, agenda.txt)."""
    return Path(str(resources.files("sitzung") / "demo" / name))


def prepare(archive: Archive, clock: Clock, day: date = DATE) -> SessionInfo:
    """Body, roster, session and agenda of the reference meeting, before the roll call."""
    body = create_body(archive, make_body(BODY, SEATS, "de"))
    roster = parse_roster(data_file("roster.csv").read_bytes(), body, "roster.csv")
    archive.save_roster(body.name, roster)
    info = create_session(archive, clock, body.name, NUMBER, day, START, LOCATION, CHAIR, SECRETARY)
    agenda = parse_agenda(data_file("agenda.txt").read_text(encoding="utf-8-sig"), "agenda.txt")
    Recorder(archive.open_session(info.id), clock).set_agenda(agenda)
    return info


def roll_call(recorder: Recorder, at: datetime | None = None) -> None:
    """Everyone present as in the minutes: absentees excused (*) or unexcused (+)."""
    for person in recorder.state.people.values():
        status = "present"
        if person.last in EXCUSED:
            status = "excused"
        elif person.last in UNEXCUSED:
            status = "unexcused"
        recorder.attend(f"{person.last}, {person.first}", status, at)


DEMO_START = datetime.combine(DATE, time(17, 55))  # five minutes before the reference meeting opened


def build_demo(archive: Archive, clock: Clock, roll_call_done: bool = True, day: date = DATE) -> Recorder:
    """The reference meeting on its own date (11.05.2022, or `day`), ready for the clerk to start the clock."""
    info = prepare(archive, clock, day)
    recorder = Recorder(archive.open_session(info.id), clock)
    if roll_call_done:
        roll_call(recorder)
    return recorder
