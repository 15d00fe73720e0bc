"""A small body and session for core tests, built in memory."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from typing import Any

from sitzung.clock import FixedClock
from sitzung.model import AgendaItem, Person, SessionInfo
from sitzung.presets import make_body
from sitzung.recorder import Recorder
from tests.fakes import MemoryLog

DAY = date(2022, 5, 11)


def at(hhmm: str) -> datetime:
    hour, minute = map(int, hhmm.split(":"))
    return datetime.combine(DAY, time(hour, minute))


def small_recorder(
    seats: int = 5, quorum: str = "majority", roster: tuple[Person, ...] | None = None, **settings: Any
) -> Recorder:
    """The test committee; `settings` change how its body decides (seconding=True, casting_vote=True, …)."""
    body = replace(make_body("Testausschuss", seats, "de", quorum), **settings)
    if roster is None:
        roster = (
            Person("Alpha", "Anna", role="kreistagsmitglied"),
            Person("Beta", "Bernd", role="kreistagsmitglied"),
            Person("Gamma", "Gerd", role="kreistagsmitglied"),
            Person("Delta", "Dora", role="sachkundiger_buerger"),
            Person("Epsilon", "Eva", role="sachkundiger_buerger"),
            Person("Zeta", "Zora", role="beratendes_mitglied"),
            Person("Eta", "Emil", role="verwaltung"),
            Person("Vize", "Viktor", role="kreistagsmitglied", deputy_for=Person("Alpha", "Anna").key),
        )
    info = SessionInfo(id="s1", body=body, number=1, date=DAY, planned_start=time(18), roster=roster)
    recorder = Recorder(MemoryLog(info), FixedClock(at("17:50")))
    recorder.set_agenda(
        (
            AgendaItem("1", "Anfragen"),
            AgendaItem("2", "Bericht", children=(AgendaItem("2.1", "Unterpunkt"), AgendaItem("2.2", "Zweiter"))),
            AgendaItem("3", "Vertraulich", public=False),
        )
    )
    return recorder
