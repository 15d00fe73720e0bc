"""Shared makings for the storage tests: a body, session facts, an archive in tmp_path."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest

from sitzung.model import Body, Person, Role, SessionInfo
from storage.archive import TinyArchive

T0 = datetime(2024, 5, 14, 18, 0)

BODY = Body(
    name="Ausschuss für Gesundheit",
    seats=15,
    roles=(Role("member", "Kreistagsmitglied", "Kreistagsmitglieder", votes=True),),
    genitive="des Ausschusses für Gesundheit",
)
ROSTER = (
    Person("Kehren", "Hanno", "Dr.", role="member", group="CDU"),
    Person("Özdemir", "Ayşe", role="member", group="SPD"),
    Person("Müller", "Jörg", role="member", group="GRÜNE", voting=False),
)


def make_info(session_id: str = "2024-05-14-ag-6", number: int = 6) -> SessionInfo:
    return SessionInfo(
        id=session_id,
        body=BODY,
        number=number,
        date=date(2024, 5, 14),
        planned_start=time(18, 0),
        location="Kreishaus, Raum 101",
        roster=ROSTER,
        created=T0,
    )


@pytest.fixture
def archive(tmp_path: Path) -> TinyArchive:
    archive = TinyArchive(tmp_path / "data", lock_timeout=1.0)
    archive.save_body(BODY)
    archive.save_roster(BODY.name, ROSTER)
    return archive


@pytest.fixture
def session(archive: TinyArchive) -> SessionInfo:
    info = make_info()
    archive.create_session(info)
    return info
