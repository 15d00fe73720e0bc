"""Three meetings that decide things, entered with the recorder as a clerk would, for the minutes and the JSON.

- `roberts`: a society under Robert's Rules: an amendment voted before the motion it amends, a motion
  that dies for want of a second, a point of order with the chair's ruling, a withdrawn motion, a recess.
- `parish`: an English parish council: proposer and seconder, "RESOLVED", the chair's casting vote, a lost
  motion, a referral, and minute numbers "{yy}/{seq:03}" that continue from the body's earlier sessions
  in the same council year (which starts in May); the sessions live in a real `TinyArchive`.
- `committee`: a German committee: a named vote with exceptions, a member's own recorded vote, a secret
  ballot, an election with a run-off and the winner's acceptance, a referral to the Kreistag, a report
  taken note of, numbered resolutions, and a closed item whose decision must stay out of the public minutes.

Every moment is typed (`at=`), and the clock stands after the meeting, so nothing depends on today.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

from sitzung.clock import FixedClock
from sitzung.model import AgendaItem, Body, Person, SessionInfo
from sitzung.numbering import NumberFormat
from sitzung.presets import make_body
from sitzung.recorder import Recorder
from tests.fakes import MemoryLog

# The member whose name must never stand near the secret ballot, and the closed item's wording.
SECRET_VOTER = "Kanarienvogel"
CLOSED_WORDING = "KANARIE-NICHTÖFFENTLICH"


def moment(day: date, hhmm: str) -> datetime:
    hour, minute = map(int, hhmm.split(":"))
    return datetime.combine(day, time(hour, minute))


def _recorder(info: SessionInfo, log: object | None = None) -> Recorder:
    clock = FixedClock(moment(info.date, "23:00"))
    return Recorder(log if log is not None else MemoryLog(info), clock)  # type: ignore[arg-type]


# -- 1. Robert's Rules ------------------------------------------------------------------------------

ROBERTS_DAY = date(2024, 3, 12)


def roberts() -> Recorder:
    """The Riverside Garden Society's monthly meeting."""
    day = ROBERTS_DAY
    at = lambda hhmm: moment(day, hhmm)  # noqa: E731
    body = make_body("Riverside Garden Society", 7, "en-roberts")
    roster = (
        Person("Adams", "Alice", role="member"),
        Person("Baker", "Brian", role="member"),
        Person("Clark", "Carol", role="member"),
        Person("Dunn", "David", role="member"),
        Person("Evans", "Emma", role="member"),
        Person("Foster", "Frank", role="member"),
        Person("Green", "Grace", role="member"),
    )
    info = SessionInfo(
        id="rgs-2024-03", body=body, number=3, date=day, planned_start=time(19), location="Community Hall",
        chair=roster[0].key, secretary=roster[6].key, roster=roster,
    )
    rec = _recorder(info)
    rec.set_agenda(
        (AgendaItem("1", "Treasurer's report"), AgendaItem("2", "Spring fair"), AgendaItem("3", "New business"))
    )
    for person in roster[:6]:
        rec.attend(f"{person.last}, {person.first}", "present", at("18:55"))
    rec.attend("Green, Grace", "excused", at("18:55"))
    rec.clock_action("start", at("19:00"))
    rec.determine(True, at("19:00"))
    rec.item_action("1", "start", at("19:01"))
    rec.note("1", "The treasurer reported a balance of $1,240.")
    rec.motion("1", "the treasurer's report be filed", by="Baker", seconded_by="Clark", at=at("19:04"))
    rec.vote("1", unanimous=True, at=at("19:05"))
    rec.resolve("1", "adopted", motion="M1", at=at("19:05"))
    rec.item_action("2", "start", at("19:06"))
    rec.motion("2", "the Society hold a spring fair on 13 April with a budget of $500", by="Dunn",
               seconded_by="Evans", at=at("19:08"))
    rec.motion("2", 'strike out "$500" and insert "$750"', by="Foster", seconded_by="Baker", amends="M2",
               at=at("19:12"))
    rec.vote("2", yes=4, no=2, motion="M3", at=at("19:18"))
    rec.vote("2", yes=5, no=1, motion="M2", at=at("19:22"))
    rec.resolve("2", "adopted-amended", text="the Society hold a spring fair on 13 April with a budget of $750",
                motion="M2", at=at("19:22"))
    rec.item_action("2", "end", at("19:25"))
    rec.clock_action("pause", at("19:25"), reason="refreshments")
    rec.clock_action("resume", at("19:35"))
    rec.item_action("3", "start", at("19:35"))
    rec.motion("3", "the Society buy a popcorn machine", by="Clark", at=at("19:36"))
    rec.motion_action("3", "no_second", "M4", at=at("19:37"))
    rec.motion("3", "A motion that fell may not be renewed at the same meeting", by="Dunn", point_of_order=True,
               at=at("19:37"))
    rec.motion_action("3", "rule", "M5", ruling="The point is well taken", at=at("19:38"))
    rec.motion("3", "the Society write to the council about the bins", by="Evans", seconded_by="Foster",
               at=at("19:38"))
    rec.motion_action("3", "withdraw", "M6", at=at("19:39"))
    rec.item_action("3", "end", at("19:40"))
    rec.clock_action("end", at("19:41"))
    return rec


# -- 2. A UK parish council, in a real archive ---------------------------------------------------------

PARISH_ROSTER = (
    Person("Hughes", "Helen", "Cllr", role="member"),
    Person("Irwin", "Ian", "Cllr", role="member"),
    Person("Jones", "Jack", "Cllr", role="member"),
    Person("King", "Kate", "Cllr", role="member"),
    Person("Lewis", "Liam", "Cllr", role="member"),
    Person("Morgan", "Mary", "Cllr", role="member"),
    Person("Nash", "Nora", "Cllr", role="member"),
    Person("Owen", "Oliver", role="officer"),
)
PARISH_DAYS = (date(2024, 4, 15), date(2024, 6, 10), date(2024, 7, 8))  # the council year 2024 starts in May


def parish_body() -> Body:
    return make_body("Little Mydford Parish Council", 7, "en-council")


def _parish_session(archive: object, number: int, day: date, agenda: tuple[AgendaItem, ...]) -> Recorder:
    info = SessionInfo(
        id=f"lmpc-{day.isoformat()}", body=parish_body(), number=number, date=day, planned_start=time(19),
        location="Village Hall", chair=PARISH_ROSTER[0].key, secretary=PARISH_ROSTER[7].key, roster=PARISH_ROSTER,
    )
    archive.create_session(info)  # type: ignore[attr-defined]
    rec = _recorder(info, archive.open_session(info.id))  # type: ignore[attr-defined]
    rec.set_agenda(agenda)
    return rec


def parish(data_dir: Path) -> tuple[Recorder, object]:
    """Three sessions of the parish council in a `TinyArchive` at `data_dir`; the third is the one exported.

    April's meeting (2 items) belongs to the council year 2023; June's (3 items) to 2024, so July's first
    minute is 24/004.
    """
    from storage.archive import TinyArchive

    archive = TinyArchive(data_dir)
    archive.save_body(parish_body())
    archive.save_roster(parish_body().name, PARISH_ROSTER)
    april = _parish_session(archive, 9, PARISH_DAYS[0], (AgendaItem("1", "Apologies"), AgendaItem("2", "Reports")))
    april.log.close()
    june = _parish_session(
        archive, 1, PARISH_DAYS[1],
        (AgendaItem("1", "Election of Chair"), AgendaItem("2", "Apologies"), AgendaItem("3", "Accounts")),
    )
    june.log.close()
    day = PARISH_DAYS[2]
    at = lambda hhmm: moment(day, hhmm)  # noqa: E731
    rec = _parish_session(
        archive, 2, day,
        (
            AgendaItem("1", "Apologies for absence"),
            AgendaItem("2", "Minutes of the previous meeting"),
            AgendaItem("3", "Playground equipment"),
            AgendaItem("4", "Planning application 24/0567: Orchard Barn"),
            AgendaItem("5", "Bench on the green"),
        ),
    )
    for person in PARISH_ROSTER[:6]:
        rec.attend(f"{person.last}, {person.first}", "present", at("18:55"))
    rec.attend("Nash, Nora", "excused", at("18:55"))
    rec.attend("Owen, Oliver", "present", at("18:55"))
    rec.clock_action("start", at("19:00"))
    rec.determine(True, at("19:00"))
    rec.item_action("1", "start", at("19:01"))
    rec.note("1", "Apologies were received from Cllr Nash.")
    rec.item_action("2", "start", at("19:03"))
    rec.motion("2", "the minutes of the meeting held on 10 June 2024 be approved as a correct record",
               by="Irwin", seconded_by="Jones", at=at("19:04"))
    rec.vote("2", unanimous=True, at=at("19:05"))
    rec.resolve("2", "adopted", motion="M1", at=at("19:05"))
    rec.item_action("3", "start", at("19:06"))
    rec.motion("3", "That the Council purchase new swings at a cost of £4,200.", by="King", seconded_by="Lewis",
               at=at("19:10"))
    rec.vote("3", yes=3, no=3, casting="yes", at=at("19:20"))
    rec.resolve("3", "adopted", motion="M2", at=at("19:20"))
    rec.item_action("4", "start", at("19:21"))
    rec.resolve("4", "referred", text="the application be referred to the Planning Committee",
                to="the Planning Committee", at=at("19:25"))
    rec.item_action("5", "start", at("19:26"))
    rec.motion("5", "the Council install a bench on the green", by="Morgan", seconded_by="Hughes", at=at("19:27"))
    rec.vote("5", yes=2, no=4, at=at("19:30"))
    rec.resolve("5", "rejected", motion="M3", at=at("19:30"))
    rec.item_action("5", "end", at("19:31"))
    rec.clock_action("end", at("19:32"))
    return rec, archive


# -- 3. A German committee -------------------------------------------------------------------------------

COMMITTEE_DAY = date(2022, 9, 14)


def committee() -> Recorder:
    """The Ausschuss für Umwelt und Verkehr, which numbers its resolutions "{seq}/{yyyy}"."""
    day = COMMITTEE_DAY
    at = lambda hhmm: moment(day, hhmm)  # noqa: E731
    body = replace(
        make_body("Ausschuss für Umwelt und Verkehr", 9, "de-kreistag-ausschuss"),
        resolution_number=NumberFormat.parse("{seq}/{yyyy}"),
    )
    roster = (
        Person("Alpha", "Anna", "Dr.", role="kreistagsmitglied"),
        Person("Beta", "Bernd", role="kreistagsmitglied"),
        Person("Gamma", "Gerd", role="kreistagsmitglied"),
        Person("Delta", "Dora", role="kreistagsmitglied"),
        Person(SECRET_VOTER, "Karl", role="kreistagsmitglied"),
        Person("Epsilon", "Eva", role="kreistagsmitglied"),
        Person("Zeta", "Zora", role="sachkundiger_buerger"),
        Person("Eta", "Emil", role="sachkundiger_buerger"),
        Person("Theta", "Tom", role="kreistagsmitglied"),
        Person("Iota", "Ida", role="verwaltung"),
    )
    info = SessionInfo(
        id="auv-2022-09", body=body, number=4, date=day, planned_start=time(17), location="Kreishaus, Raum 104",
        chair=roster[0].key, secretary=roster[9].key, roster=roster,
    )
    rec = _recorder(info)
    rec.set_agenda(
        (
            AgendaItem("1", "Radverkehrskonzept"),
            AgendaItem("2", "Lärmaktionsplan"),
            AgendaItem("3", "Besetzung der Jury für den Umweltpreis"),
            AgendaItem("4", "Wahl eines Vertreters in den Naturschutzbeirat"),
            AgendaItem("5", "Anfrage zur Busanbindung der Gewerbegebiete"),
            AgendaItem("6", "Antrag der Fraktion: Tempo 30 vor Schulen"),
            AgendaItem("7", "Grundstücksangelegenheit", public=False),
        )
    )
    for person in roster[:8]:
        rec.attend(f"{person.last}, {person.first}", "present", at("16:55"))
    rec.attend("Theta, Tom", "excused", at("16:55"))
    rec.attend("Iota, Ida", "present", at("16:55"))
    rec.clock_action("start", at("17:00"))
    rec.determine(True, at("17:00"))
    # 1: a motion decided in a named vote, with two exceptions
    rec.item_action("1", "start", at("17:01"))
    rec.note("1", "Die Verwaltung stellt das Konzept vor.")
    rec.motion("1", "Der Ausschuss empfiehlt dem Kreistag, das Radverkehrskonzept zu beschließen.",
               by="Beta", at=at("17:10"))
    rec.vote("1", named=True, at=at("17:15"))
    rec.ballot("1", "Gamma", "no")
    rec.ballot("1", "Zeta", "abstain")
    rec.resolve("1", "adopted", motion="M1", at=at("17:15"))
    # 2: a counted vote on a motion; one member has her own vote recorded
    rec.item_action("2", "start", at("17:16"))
    rec.motion("2", "Der Lärmaktionsplan wird in der vorgelegten Fassung beschlossen.", by="Delta", at=at("17:18"))
    rec.vote("2", yes=5, no=2, abstain=1, at=at("17:25"))
    rec.ballot("2", "Epsilon", "no")
    rec.resolve("2", "adopted", motion="M2", at=at("17:25"))
    # 3: a secret ballot on the jury
    rec.item_action("3", "start", at("17:26"))
    rec.motion("3", "Die Jury für den Umweltpreis wird wie vorgeschlagen besetzt.", by="Alpha", at=at("17:27"))
    rec.vote("3", yes=6, no=1, abstain=1, secret=True, at=at("17:30"))
    rec.resolve("3", "adopted", motion="M3", at=at("17:30"))
    # 4: an election with a run-off
    rec.item_action("4", "start", at("17:31"))
    rec.election("4", 1, ["Marta Rose", "Paul Linde", "Hans Eiche"], at=at("17:32"))
    rec.election_round("4", "E1", {"Marta": 3, "Paul": 3, "Hans": 1}, blank=1, at=at("17:40"))
    rec.election_round("4", "E1", {"Marta": 5, "Paul": 3}, at=at("17:48"))
    rec.election_answer("4", "E1", "accept", "Marta Rose")
    # 5: a report taken note of
    rec.item_action("5", "start", at("17:50"))
    rec.note("5", "Die Verwaltung beantwortet die Anfrage.")
    rec.resolve("5", "noted", text="Der Ausschuss nimmt die Antwort der Verwaltung zur Kenntnis.", at=at("17:52"))
    # 6: referred to the Kreistag
    rec.item_action("6", "start", at("17:53"))
    rec.resolve("6", "referred", text="Der Antrag wird zur Beratung an den Kreistag verwiesen.", to="Kreistag",
                at=at("17:58"))
    # 7: closed
    rec.item_action("7", "start", at("18:00"))
    rec.motion("7", f"Das Grundstück wird verkauft ({CLOSED_WORDING}).", by="Gamma", at=at("18:02"))
    rec.vote("7", yes=4, no=3, abstain=1, at=at("18:05"))
    rec.resolve("7", "adopted", motion="M4", at=at("18:05"))
    rec.item_action("7", "end", at("18:10"))
    rec.clock_action("end", at("18:10"))
    return rec
