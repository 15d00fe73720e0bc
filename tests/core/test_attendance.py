"""The attendance list (Sitzungsgeld): a month of three sessions, counted by hand.

The month is built in a real `TinyArchive` with the recorder, every moment typed:

Session 1, Mon 4 March 2024: opened 18:00, recess 19:00–19:15, closed 20:00 → 120 − 15 = 105 minutes.
  Alpha present from the start; Beta arrives late at 18:30; Gamma leaves early at 19:40; Delta excused;
  Eta (administration) present and a guest (Gast) added: neither is listed; Vize (Alpha's deputy on the
  roster) is not called in: not listed.
Session 2, Mon 18 March 2024: opened 17:00, closed 18:30, no recess → 90 minutes.
  Alpha excused, Vize present from the start "i. V. für Alpha"; Beta present; Gamma unexcused;
  Delta leaves at 17:50 and comes back at 18:10.
Session 3, Wed 27 March 2024: opened 18:00, recess 18:20–18:30, closed 19:00 → 60 − 10 = 50 minutes.
  Alpha present (came 17:50, counts from the opening); Beta excused, Ersatz added at 18:10 as Beta's
  deputy; Gamma leaves at 18:25, in the recess; Delta never recorded.
Outside the month: a session on 26 February and one on 2 April; a session of another body on 11 March.
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest

from sitzung.attendance import Mark, attendance_list, session_lines
from sitzung.clock import FixedClock
from sitzung.errors import SitzungError
from sitzung.model import Person, SessionInfo
from sitzung.presets import make_body
from sitzung.recorder import Recorder

BODY = "Ausschuss für Finanzen"
OTHER = "Jugendhilfeausschuss"
ROSTER = (
    Person("Alpha", "Anna", "Dr.", role="kreistagsmitglied"),
    Person("Beta", "Bernd", role="kreistagsmitglied"),
    Person("Gamma", "Gerd", role="kreistagsmitglied"),
    Person("Delta", "Dora", role="sachkundiger_buerger"),
    Person("Eta", "Emil", role="verwaltung"),
    Person("Vize", "Viktor", role="kreistagsmitglied", deputy_for=Person("Alpha", "Anna").key),
)
MARCH = (date(2024, 3, 1), date(2024, 3, 31))


def _session(archive: object, body: str, number: int, day: date) -> tuple[Recorder, object]:
    info = SessionInfo(
        id=f"{'fa' if body == BODY else 'jha'}-{day.isoformat()}", body=archive.body(body),  # type: ignore[attr-defined]
        number=number, date=day, planned_start=time(18), roster=ROSTER,
    )
    archive.create_session(info)  # type: ignore[attr-defined]
    rec = Recorder(archive.open_session(info.id), FixedClock(datetime.combine(day, time(23))))  # type: ignore[attr-defined]

    def at(hhmm: str) -> datetime:
        hour, minute = map(int, hhmm.split(":"))
        return datetime.combine(day, time(hour, minute))

    return rec, at


def build_month(data_dir: Path) -> object:
    """The three sessions of March and the three outside it, in a TinyArchive at `data_dir`."""
    from storage.archive import TinyArchive

    archive = TinyArchive(data_dir)
    for name in (BODY, OTHER):
        archive.save_body(make_body(name, 4, "de"))
        archive.save_roster(name, ROSTER)

    rec, at = _session(archive, BODY, 1, date(2024, 3, 4))
    for name in ("Alpha", "Gamma", "Eta"):
        rec.attend(name, "present", at("17:55"))
    rec.attend("Delta", "excused", at("17:55"))
    rec.add_guest("Gast, Gustav", "gast", at=at("17:56"))
    rec.clock_action("start", at("18:00"))
    rec.attend("Beta", "arrived", at("18:30"))
    rec.clock_action("pause", at("19:00"))
    rec.clock_action("resume", at("19:15"))
    rec.attend("Gamma", "left", at("19:40"))
    rec.clock_action("end", at("20:00"))
    rec.log.close()

    rec, at = _session(archive, BODY, 2, date(2024, 3, 18))
    for name in ("Vize", "Beta", "Delta"):
        rec.attend(name, "present", at("16:55"))
    rec.attend("Alpha", "excused", at("16:55"))
    rec.attend("Gamma", "unexcused", at("16:55"))
    rec.clock_action("start", at("17:00"))
    rec.attend("Delta", "left", at("17:50"))
    rec.attend("Delta", "arrived", at("18:10"))
    rec.clock_action("end", at("18:30"))
    rec.log.close()

    rec, at = _session(archive, BODY, 3, date(2024, 3, 27))
    for name in ("Alpha", "Gamma"):
        rec.attend(name, "present", at("17:50"))
    rec.attend("Beta", "excused", at("17:50"))
    rec.clock_action("start", at("18:00"))
    rec.add_guest("Ersatz, Erna", "kreistagsmitglied", deputy_for="Beta", at=at("18:10"))
    rec.clock_action("pause", at("18:20"))
    rec.attend("Gamma", "left", at("18:25"))
    rec.clock_action("resume", at("18:30"))
    rec.clock_action("end", at("19:00"))
    rec.log.close()

    for body, number, day in ((BODY, 9, date(2024, 2, 26)), (BODY, 4, date(2024, 4, 2)), (OTHER, 1, date(2024, 3, 11))):
        rec, at = _session(archive, body, number, day)
        for person in ROSTER[:4]:
            rec.attend(person.last, "present", at("17:55"))
        rec.clock_action("start", at("18:00"))
        rec.clock_action("end", at("21:00"))
        rec.log.close()
    return archive


@pytest.fixture
def march(tmp_path: Path):  # type: ignore[no-untyped-def]
    return attendance_list(build_month(tmp_path / "data"), BODY, *MARCH)


def _line(report, name: str, day: int):  # type: ignore[no-untyped-def]
    found = [line for line in report.lines if line.name == name and line.session.date.day == day]
    assert len(found) == 1, (name, day, report.lines)
    return found[0]


def hm(day: int, hhmm: str) -> datetime:
    hour, minute = map(int, hhmm.split(":"))
    return datetime(2024, 3, day, hour, minute)


def test_only_the_body_s_sessions_of_the_period(march) -> None:  # type: ignore[no-untyped-def]
    assert [(s.date, s.number) for s in march.sessions] == [
        (date(2024, 3, 4), 1), (date(2024, 3, 18), 2), (date(2024, 3, 27), 3)
    ]
    assert march.unfinished == ()


def test_who_is_listed(march) -> None:  # type: ignore[no-untyped-def]
    """Members, the co-opted citizen and the deputies; never staff, guests, or a deputy not called in."""
    names = [total.name for total in march.totals]
    assert names == ["Alpha, Anna", "Beta, Bernd", "Delta, Dora", "Ersatz, Erna", "Gamma, Gerd", "Vize, Viktor"]
    first = [line.name for line in march.lines if line.session.number == 1]
    assert sorted(first) == ["Alpha, Anna", "Beta, Bernd", "Delta, Dora", "Gamma, Gerd"]


def test_the_month_counted_by_hand(march) -> None:  # type: ignore[no-untyped-def]
    # session 1: 18:00–20:00 less the recess 19:00–19:15 = 105 minutes
    alpha = _line(march, "Alpha, Anna", 4)
    assert (alpha.mark, alpha.minutes, alpha.session_minutes) == (Mark.PRESENT, 105, 105)
    assert alpha.stretches == ((hm(4, "18:00"), hm(4, "20:00")),)  # "present" at 17:55 counts from the opening
    assert alpha.share == 1
    # late arrival 18:30: 18:30–20:00 = 90, less the 15 minutes' recess = 75; 75/105 = 71.43 %
    beta = _line(march, "Beta, Bernd", 4)
    assert (beta.minutes, beta.stretches) == (75, ((hm(4, "18:30"), hm(4, "20:00")),))
    assert beta.share == pytest.approx(75 / 105)
    # early departure 19:40: 18:00–19:40 = 100, less 15 = 85; 85/105 = 80.95 %
    gamma = _line(march, "Gamma, Gerd", 4)
    assert (gamma.minutes, gamma.stretches) == (85, ((hm(4, "18:00"), hm(4, "19:40")),))
    assert gamma.share == pytest.approx(85 / 105)
    delta = _line(march, "Delta, Dora", 4)
    assert (delta.mark, delta.minutes, delta.stretches) == (Mark.EXCUSED, 0, ())

    # session 2: 17:00–18:30 = 90 minutes
    assert _line(march, "Alpha, Anna", 18).mark is Mark.EXCUSED
    vize = _line(march, "Vize, Viktor", 18)
    assert (vize.mark, vize.minutes, vize.session_minutes, vize.deputy_for) == (Mark.PRESENT, 90, 90, "Alpha, Anna")
    assert _line(march, "Beta, Bernd", 18).minutes == 90
    assert (_line(march, "Gamma, Gerd", 18).mark, _line(march, "Gamma, Gerd", 18).minutes) == (Mark.UNEXCUSED, 0)
    # out 17:50–18:10: 17:00–17:50 = 50 plus 18:10–18:30 = 20 → 70; 70/90 = 77.78 %
    delta = _line(march, "Delta, Dora", 18)
    assert (delta.minutes, delta.share) == (70, pytest.approx(70 / 90))
    assert delta.stretches == ((hm(18, "17:00"), hm(18, "17:50")), (hm(18, "18:10"), hm(18, "18:30")))

    # session 3: 18:00–19:00 less the recess 18:20–18:30 = 50 minutes
    assert (_line(march, "Alpha, Anna", 27).minutes, _line(march, "Alpha, Anna", 27).share) == (50, 1)
    assert _line(march, "Beta, Bernd", 27).mark is Mark.EXCUSED
    # the deputy added at 18:10: 18:10–19:00 = 50, less 10 = 40; 40/50 = 80 %
    ersatz = _line(march, "Ersatz, Erna", 27)
    assert (ersatz.minutes, ersatz.share, ersatz.deputy_for) == (40, pytest.approx(0.8), "Beta, Bernd")
    # left at 18:25, in the recess: 18:00–18:25 = 25, less 18:20–18:25 = 5 → 20; 20/50 = 40 %
    gamma = _line(march, "Gamma, Gerd", 27)
    assert (gamma.minutes, gamma.share) == (20, pytest.approx(0.4))
    delta = _line(march, "Delta, Dora", 27)
    assert (delta.mark, delta.minutes) == (Mark.UNRECORDED, 0)


def test_the_month_s_totals_by_hand(march) -> None:  # type: ignore[no-untyped-def]
    totals = {total.name: total for total in march.totals}
    # the month: 105 + 90 + 50 = 245 minutes of session
    row = lambda name: (  # noqa: E731
        totals[name].listed, totals[name].attended, totals[name].excused, totals[name].unexcused,
        totals[name].deputised, totals[name].minutes, totals[name].session_minutes,
    )
    assert row("Alpha, Anna") == (3, 2, 1, 0, 0, 105 + 0 + 50, 245)
    assert row("Beta, Bernd") == (3, 2, 1, 0, 0, 75 + 90 + 0, 245)
    assert row("Gamma, Gerd") == (3, 2, 0, 1, 0, 85 + 0 + 20, 245)
    assert row("Delta, Dora") == (3, 1, 1, 0, 0, 0 + 70 + 0, 245)  # the third session unrecorded
    assert row("Vize, Viktor") == (1, 1, 0, 0, 1, 90, 90)
    assert row("Ersatz, Erna") == (1, 1, 0, 0, 1, 40, 50)
    assert totals["Alpha, Anna"].share == pytest.approx(155 / 245)
    assert totals["Gamma, Gerd"].share == pytest.approx(105 / 245)


def test_excused_and_unexcused(march) -> None:  # type: ignore[no-untyped-def]
    marks = {(line.name, line.session.number): line.mark for line in march.lines if line.mark is not Mark.PRESENT}
    assert marks == {
        ("Delta, Dora", 1): Mark.EXCUSED,
        ("Alpha, Anna", 2): Mark.EXCUSED,
        ("Gamma, Gerd", 2): Mark.UNEXCUSED,
        ("Beta, Bernd", 3): Mark.EXCUSED,
        ("Delta, Dora", 3): Mark.UNRECORDED,
    }


def test_the_period_is_inclusive_and_open_ended(tmp_path: Path) -> None:
    archive = build_month(tmp_path / "data")
    both_ends = attendance_list(archive, BODY, date(2024, 3, 4), date(2024, 3, 27))
    assert [s.number for s in both_ends.sessions] == [1, 2, 3]
    assert [s.number for s in attendance_list(archive, BODY, date(2024, 3, 27)).sessions] == [3, 4]
    assert [s.number for s in attendance_list(archive, BODY, None, date(2024, 3, 4)).sessions] == [9, 1]
    assert len(attendance_list(archive, BODY).sessions) == 5
    assert attendance_list(archive, BODY, date(2025, 1, 1)).lines == ()


def test_refusals(tmp_path: Path) -> None:
    archive = build_month(tmp_path / "data")
    with pytest.raises(SitzungError) as reversed_period:
        attendance_list(archive, BODY, date(2024, 3, 31), date(2024, 3, 1))
    assert reversed_period.value.key == "attendance_list.period_reversed"
    with pytest.raises(SitzungError) as unknown:
        attendance_list(archive, "Kein Gremium")
    assert unknown.value.key == "body.unknown"


def test_an_unfinished_session_has_no_minutes() -> None:
    from tests.core.helpers import at, small_recorder

    rec = small_recorder()
    rec.attend("Alpha", "present", at("17:55"))
    rec.clock_action("start", at("18:00"))
    lines = {line.name: line for line in session_lines(rec.state)}
    assert (lines["Alpha, Anna"].mark, lines["Alpha, Anna"].minutes, lines["Alpha, Anna"].share) == (
        Mark.PRESENT, None, None
    )
    assert "Eta, Emil" not in lines  # administration
    assert "Vize, Viktor" not in lines  # a deputy not called in
