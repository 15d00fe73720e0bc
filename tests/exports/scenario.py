"""A small meeting with everything the minutes can say: late arrivals, departures, a recess, votes,
recusals, deferred and withdrawn items, a guest, and a closed session with its own people and facts.

`build(names)` enters it in memory; `names` replaces every recorded text, so the same meeting can be
entered with plain words and with hostile ones and the two exports compared.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from sitzung.clock import FixedClock
from sitzung.model import AgendaItem, Person, SessionInfo
from sitzung.presets import make_body
from sitzung.recorder import Recorder
from tests.fakes import MemoryLog

DAY = date(2022, 5, 11)


def at(hhmm: str) -> datetime:
    hour, minute = map(int, hhmm.split(":"))
    return datetime.combine(DAY, time(hour, minute))


@dataclass(frozen=True)
class Texts:
    """Every text the clerk types into the meeting."""

    body: str = "Ausschuss für Testfragen"
    location: str = "Kleiner Sitzungssaal"
    alpha: tuple[str, str, str] = ("Alpha", "Anna", "Dr.")
    beta: tuple[str, str, str] = ("Beta", "Bernd", "")
    gamma: tuple[str, str, str] = ("Gamma", "Gerd", "")
    delta: tuple[str, str, str] = ("Delta", "Dora", "")
    closed_only: tuple[str, str, str] = ("Omega", "Olaf", "")
    guest: tuple[str, str, str] = ("Gast", "Gustav", "")
    titles: dict[str, str] = field(
        default_factory=lambda: {
            "1": "Anfragen",
            "2": "Bericht der Verwaltung",
            "2.1": "Haushalt",
            "2.2": "Schulen",
            "3": "Grundstücksangelegenheit",
            "4": "Spätere Sache",
            "5": "Zurückgezogene Sache",
            "6": "Personalangelegenheit",
        }
    )
    notes: dict[str, str] = field(
        default_factory=lambda: {
            "1": "Es liegen keine Anfragen vor.",
            "2.1": "Die Kämmerin berichtet.\n\nDer Ausschuss nimmt Kenntnis.",
            "2.2": "Herr Beta fragt nach.\nDie Verwaltung antwortet.",
            "3": "Vertraulicher Bericht über das Grundstück.",
        }
    )
    remarks: str = "Die Unterlagen sind beigefügt."


def _person(parts: tuple[str, str, str], role: str) -> Person:
    last, first, title = parts
    return Person(last, first, title, role=role)


def build(texts: Texts | None = None) -> Recorder:
    texts = texts or Texts()
    body = make_body(texts.body, 5, "de")
    alpha, beta, gamma = (_person(p, "kreistagsmitglied") for p in (texts.alpha, texts.beta, texts.gamma))
    delta = _person(texts.delta, "sachkundiger_buerger")
    omega = _person(texts.closed_only, "kreistagsmitglied")
    roster = (
        alpha, beta, gamma, delta, omega,
        Person("Epsilon", "Eva", role="sachkundiger_buerger"),
        Person("Zeta", "Zora", role="beratendes_mitglied"),
        Person("Eta", "Emil", role="verwaltung"),
        Person("Theta", "Tom", role="verwaltung"),
        Person("Iota", "Ida", role="verwaltung"),
    )
    info = SessionInfo(
        id="s1", body=body, number=3, date=DAY, planned_start=time(18), location=texts.location,
        chair=alpha.key, secretary=Person("Eta", "Emil").key, roster=roster,
    )
    clock = FixedClock(at("17:50"))
    rec = Recorder(MemoryLog(info), clock)
    title = texts.titles
    rec.set_agenda(
        (
            AgendaItem("1", title["1"]),
            AgendaItem("2", title["2"], children=(AgendaItem("2.1", title["2.1"]), AgendaItem("2.2", title["2.2"]))),
            AgendaItem("3", title["3"], public=False),
            AgendaItem("4", title["4"]),
            AgendaItem("5", title["5"]),
            AgendaItem("6", title["6"], public=False),
        )
    )

    clock.current = at("18:45")  # the clerk records at the table: every moment below is given, none is ahead

    def who(p: Person) -> str:
        return p.key

    def name(p: Person) -> str:
        return f"{p.last}, {p.first}"

    for p in (alpha, beta, gamma, roster[7], roster[8]):
        rec.attend(name(p), "present", at("17:55"))
    rec.attend("Epsilon", "excused", at("17:55"))
    rec.attend("Zeta", "unexcused", at("17:55"))
    rec.clock_action("start", at("18:00"))
    rec.determine(True, at("18:00"))
    rec.remark(texts.remarks)
    rec.item_action("1", "start", at("18:01"))
    rec.note("1", texts.notes["1"])
    rec.item_action("2.1", "start", at("18:05"))
    rec.attend(name(delta), "arrived", at("18:10"))
    rec.note("2.1", texts.notes["2.1"])
    rec.vote("2.1", yes=3, no=1, abstain=0, at=at("18:11"))
    rec.item_action("2.2", "start", at("18:12"))
    rec.recuse("2.2", name(alpha))
    rec.note("2.2", texts.notes["2.2"])
    rec.vote("2.2", unanimous=True, at=at("18:15"))
    rec.item_action("2.2", "end", at("18:20"))
    rec.attend(name(beta), "left", at("18:20"))
    # The closed session: its own person, a guest, a recusal, a vote, a determination.
    rec.item_action("3", "start", at("18:20"))
    rec.attend(name(omega), "arrived", at("18:22"))
    guest = _person(texts.guest, "gast")
    rec.add_guest(name(guest), "gast", guest.title, at=at("18:23"))
    rec.attend("Iota", "arrived", at("18:24"))
    rec.recuse("3", name(omega))
    rec.recuse("3", name(gamma))
    rec.note("3", texts.notes["3"])
    rec.vote("3", yes=1, no=0, abstain=1, at=at("18:24"))
    rec.determine(False, at("18:25"))
    rec.attend(name(omega), "left", at("18:28"))
    rec.attend(name(_person(texts.guest, "gast")), "left", at("18:29"))
    rec.item_action("3", "end", at("18:30"))
    rec.clock_action("pause", at("18:30"))
    rec.clock_action("resume", at("18:35"))
    rec.attend(name(beta), "arrived", at("18:36"))
    rec.item_action("4", "defer", at("18:36"))
    rec.item_action("5", "withdraw", at("18:36"))
    rec.item_action("6", "defer", at("18:37"))
    rec.clock_action("end", at("18:40"))
    return rec
