"""Two meetings in the English house styles, entered with the recorder as their clerks would.

- `parish_meeting`: the Ordinary Meeting of Little Wenham Parish Council — two councillors
  called Smith, a late arrival, apologies (one with its reason) and an absence, a declaration of a disclosable
  pecuniary interest (the member left) and one of a non-registrable interest (the member
  stayed), the minutes of the February meeting approved by resolution, a planning vote,
  two members of the public, and a closed part (Part 2). Minute numbers "{yy}/{seq:03}"
  continue from February's meeting in the same council year (which starts in May).
- `board_meeting`: the regular meeting of the Maple Street Library Board under Robert's
  Rules — the previous minutes approved as corrected, a main motion with an amendment, a
  recess in the middle of the business, a point of order with the chair's ruling.

Both live in a real `TinyArchive` (the earlier meeting is there), every moment is typed,
and the clock stands after the meeting, so nothing depends on today.
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from sitzung.clock import FixedClock
from sitzung.model import AgendaItem, Person, SessionInfo
from sitzung.outcomes import earlier_sessions
from sitzung.presets import make_body
from sitzung.recorder import Recorder
from sitzung.vocabulary import Interest, SessionKind
from storage.archive import TinyArchive
from tests.exports.decision_meetings import moment


def _session(archive: TinyArchive, info: SessionInfo, agenda: tuple[AgendaItem, ...]) -> Recorder:
    archive.create_session(info)
    rec = Recorder(archive.open_session(info.id), FixedClock(moment(info.date, "23:00")))
    rec.set_agenda(agenda)
    return rec


# -- the parish ------------------------------------------------------------------------------------

PARISH = "Little Wenham Parish Council"
COUNCILLORS = (
    Person("Bruce", "Jane", "Cllr", role="member"),
    Person("Deighton", "David", "Cllr", role="member"),
    Person("Smith", "John", "Cllr", role="member"),
    Person("Smith", "Lucy", "Cllr", role="member"),
    Person("Fairweather", "Tom", "Cllr", role="member"),
    Person("Kaur", "Harpreet", "Cllr", role="member"),
    Person("Quinn", "Peter", "Cllr", role="member"),
    Person("Jones", "Sarah", "Mrs", role="officer"),
)
CLOSED_WORDING = "spinal column point 24"  # the closed part's resolution: never in the public minutes


def parish_meeting(data_dir: Path) -> tuple[Recorder, TinyArchive]:
    """February's meeting (closed, its minutes to approve), then March's: the one exported."""
    archive = TinyArchive(data_dir)
    body = make_body(PARISH, 7, "en")
    archive.save_body(body)
    archive.save_roster(PARISH, COUNCILLORS)

    def info(number: int, day: date) -> SessionInfo:
        return SessionInfo(
            id=f"lwpc-{day.isoformat()}", body=body, number=number, date=day, planned_start=time(19, 30),
            location="the Village Hall", chair=COUNCILLORS[0].key, secretary=COUNCILLORS[7].key,
            roster=COUNCILLORS, kind=SessionKind.ORDINARY,
        )

    february = _session(archive, info(5, date(2024, 2, 12)), (
        AgendaItem("1", "Apologies for absence"), AgendaItem("2", "Declarations of interest"),
        AgendaItem("3", "Minutes of the previous meeting"), AgendaItem("4", "Finance"),
    ))
    february.log.close()
    march_info = info(6, date(2024, 3, 11))
    rec = _session(archive, march_info, (
        AgendaItem("1", "Apologies for absence"),
        AgendaItem("2", "Declarations of interest"),
        AgendaItem("3", "Minutes of the meeting held on 12 February 2024"),
        AgendaItem("4", "Planning application DC/24/0123: Rose Cottage, The Street"),
        AgendaItem("5", "Footpath FP7"),
        AgendaItem("6", "Staffing: the Clerk's salary", public=False),
    ))
    at = lambda hhmm: moment(march_info.date, hhmm)  # noqa: E731
    for name in ("Bruce, Jane", "Deighton, David", "Smith, John", "Jones, Sarah"):
        rec.attend(name, "present", at("19:25"))
    rec.attend("Fairweather, Tom", "excused", at("19:25"), reason="work commitments")
    rec.attend("Kaur, Harpreet", "excused", at("19:25"))
    rec.attend("Quinn, Peter", "unexcused", at("19:25"))
    for visitor in ("Public, One", "Public, Two"):
        rec.add_guest(visitor, "public", at=at("19:25"))
    rec.clock_action("start", at("19:30"))
    rec.determine(True, at("19:30"))
    rec.item_action("1", "start", at("19:30"))
    rec.item_action("2", "start", at("19:32"))
    rec.recuse("4", "Smith, John", interest=Interest.DISCLOSABLE_PECUNIARY, nature="the applicant is his brother")
    rec.item_action("3", "start", at("19:35"))
    rec.attend("Smith, Lucy", "arrived", at("19:38"))
    rec.motion("3", "the minutes of the meeting held on 12 February 2024 be approved as a correct record and "
                    "signed by the Chair", by="Deighton", seconded_by="Smith, John", at=at("19:39"))
    rec.vote("3", unanimous=True, at=at("19:40"))
    rec.resolve("3", "adopted", motion="M1", at=at("19:40"))
    rec.approve_minutes("3", archive.open_session(f"lwpc-{date(2024, 2, 12).isoformat()}").info)
    rec.item_action("4", "start", at("19:41"))
    rec.recuse("4", "Smith, Lucy", interest=Interest.NON_REGISTRABLE, stays=True,
               nature="as a neighbour of the applicant")
    rec.note("4", "The Clerk read the comments received from two residents. Members discussed the height of the "
                  "proposed extension and its effect on the street scene.")
    rec.motion("4", "the Council support the application", by="Deighton", seconded_by="Bruce", at=at("19:50"))
    rec.vote("4", yes=2, no=1, at=at("19:52"))
    rec.resolve("4", "adopted", motion="M2", at=at("19:52"))
    rec.item_action("5", "start", at("19:55"))
    rec.motion("5", "the Council accept the quotation of £1,850 from A B Paving for the repair of footpath FP7",
               by="Smith, Lucy", seconded_by="Deighton", at=at("19:58"))
    rec.vote("5", unanimous=True, at=at("20:00"))
    rec.resolve("5", "adopted", motion="M3", at=at("20:00"))
    rec.item_action("6", "start", at("20:02"))
    rec.resolve("6", "adopted", text=f"the Clerk's salary be raised to {CLOSED_WORDING} from 1 April 2024",
                at=at("20:10"))
    rec.item_action("6", "end", at("20:12"))
    rec.clock_action("end", at("20:12"))
    return rec, archive


# -- Robert's Rules -----------------------------------------------------------------------------------

BOARD = "Maple Street Library Board"
DIRECTORS = (
    Person("Adams", "Alice", role="member"),
    Person("Baker", "Brian", role="member"),
    Person("Clark", "Carol", role="member"),
    Person("Dunn", "David", role="member"),
    Person("Evans", "Emma", role="member"),
    Person("Foster", "Frank", role="member"),
    Person("Green", "Grace", role="member"),
)


def board_meeting(data_dir: Path) -> tuple[Recorder, TinyArchive]:
    """February's meeting, then March's: the one exported."""
    archive = TinyArchive(data_dir)
    body = make_body(BOARD, 7, "en-roberts")
    archive.save_body(body)
    archive.save_roster(BOARD, DIRECTORS)

    def info(number: int, day: date) -> SessionInfo:
        return SessionInfo(
            id=f"mslb-{day.isoformat()}", body=body, number=number, date=day, planned_start=time(19),
            location="the Community Room", chair=DIRECTORS[0].key, secretary=DIRECTORS[4].key, roster=DIRECTORS,
            kind=SessionKind.REGULAR,
        )

    february = _session(archive, info(2, date(2024, 2, 13)), (AgendaItem("1", "Minutes"),))
    february.log.close()
    march = info(3, date(2024, 3, 12))
    rec = _session(archive, march, (
        AgendaItem("1", "Minutes of the previous meeting"),
        AgendaItem("2", "Treasurer's report"),
        AgendaItem("3", "Unfinished business: the roof"),
        AgendaItem("4", "New business: the summer reading program"),
    ))
    at = lambda hhmm: moment(march.date, hhmm)  # noqa: E731
    for person in DIRECTORS[:6]:
        rec.attend(f"{person.last}, {person.first}", "present", at("18:55"))
    rec.attend("Green, Grace", "excused", at("18:55"))
    rec.clock_action("start", at("19:00"))
    rec.determine(True, at("19:00"))
    rec.item_action("1", "start", at("19:01"))
    rec.approve_minutes("1", archive.open_session(f"mslb-{date(2024, 2, 13).isoformat()}").info, corrected=True)
    rec.item_action("2", "start", at("19:04"))
    rec.note("2", "The Treasurer reported a balance of $3,412.50 in the operating account. The report was "
                  "placed on file.")
    rec.item_action("3", "start", at("19:10"))
    rec.motion("3", "the Board accept the bid of Summit Roofing to replace the roof for $18,500", by="Baker",
               seconded_by="Clark", at=at("19:12"))
    rec.motion("3", 'add "provided that the work is completed by May 31"', by="Dunn", seconded_by="Foster",
               amends="M1", at=at("19:20"))
    rec.vote("3", yes=4, no=2, motion="M2", at=at("19:28"))
    rec.item_action("3", "end", at("19:30"))
    rec.clock_action("pause", at("19:30"), reason="to obtain the contractor's schedule")
    rec.clock_action("resume", at("19:40"))
    rec.item_action("3", "start", at("19:40"))
    rec.vote("3", yes=5, no=1, motion="M1", at=at("19:45"))
    rec.resolve("3", "adopted-amended", text="the Board accept the bid of Summit Roofing to replace the roof for "
                "$18,500, provided that the work is completed by May 31", motion="M1", at=at("19:45"))
    rec.item_action("4", "start", at("19:46"))
    rec.motion("4", "the Board fund a summer reading program with $1,200", by="Evans", seconded_by="Foster",
               at=at("19:47"))
    rec.motion("4", "the motion exceeds the budget adopted by the Board", by="Foster", point_of_order=True,
               at=at("19:50"))
    rec.motion_action("4", "rule", "M4", ruling="The point is not well taken: the budget has a reserve line",
                      at=at("19:52"))
    rec.vote("4", unanimous=True, motion="M3", at=at("19:58"))
    rec.resolve("4", "adopted", motion="M3", at=at("19:58"))
    rec.item_action("4", "end", at("20:00"))
    rec.clock_action("end", at("20:01"))
    return rec, archive


def earlier(rec: Recorder, archive: TinyArchive) -> list:  # type: ignore[type-arg]
    """The body's earlier sessions, after whose minutes this session's numbers continue."""
    return earlier_sessions(archive, rec.state)  # type: ignore[arg-type]
