"""Times the clerk types and times the clock records (issue 12, point 11).

The rule: times the clerk types are whole minutes; moments from the clock keep
their seconds. A typed minute that holds the opening (16:22 for a session
opened at 16:22:05) is the opening itself, never a moment before it. What
happened after the opening cannot be moved before it. A typed moment lies on
the session's day (or the next morning before 06:00) and not in the future.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from sitzung.errors import SitzungError
from sitzung.recorder import Recorder
from sitzung.timeparse import parse_at
from tests.cli_helpers import sitzung
from tests.core.helpers import DAY, at, small_recorder

OPENED = at("18:00") + timedelta(seconds=5)


def refused(rec: Recorder, key: str, action: Callable[..., Any], *args: Any, **kwargs: Any) -> SitzungError:
    """`action` is refused with `key` and writes nothing."""
    before = len(rec.log.events())
    with pytest.raises(SitzungError) as caught:
        action(*args, **kwargs)
    assert caught.value.key == key, caught.value.message("en")
    assert len(rec.log.events()) == before
    return caught.value


def opened(clock_at: datetime = OPENED) -> Recorder:
    """The small session, Alpha, Beta and Gamma present from the start, opened by the clock at 18:00:05."""
    rec = small_recorder()
    for name in ("Alpha", "Beta", "Gamma"):
        rec.attend(name, "present")
    rec.clock.current = clock_at  # type: ignore[attr-defined]
    rec.clock_action("start")
    assert rec.state.started == clock_at
    return rec


def advance(rec: Recorder, **delta: float) -> datetime:
    return rec.clock.advance(**delta)  # type: ignore[attr-defined]


# -- reading a typed moment -------------------------------------------------------------


def test_a_typed_time_lies_on_the_sessions_day_or_the_next_morning() -> None:
    assert parse_at("18:30", DAY) == at("18:30")
    assert parse_at("00:30", DAY) == datetime(2022, 5, 11, 0, 30)  # HH:MM is always the session's date
    assert parse_at("2022-05-12T00:30", DAY) == datetime(2022, 5, 12, 0, 30)
    assert parse_at("2022-05-12T05:59", DAY) == datetime(2022, 5, 12, 5, 59)
    for text in ("2022-05-12T06:00", "2022-05-10T23:59", "2022-05-13T01:00", "9999-05-11T18:00"):
        with pytest.raises(SitzungError) as caught:
            parse_at(text, DAY)
        assert caught.value.key == "time.other_day", text
    with pytest.raises(SitzungError) as caught:
        parse_at("9999-05-11T18:00", DAY)
    assert caught.value.message("en") == (
        "9999-05-11 18:00 is not on the session's day (2022-05-11); only the next morning until 06:00 can still "
        "belong to it."
    )
    assert caught.value.message("de").startswith("9999-05-11 18:00 liegt nicht am Tag der Sitzung (2022-05-11)")


def test_a_typed_time_in_the_future_is_refused_when_now_is_known() -> None:
    now = at("18:30") + timedelta(seconds=20)
    assert parse_at("18:30", DAY, now=now) == at("18:30")  # the running minute has begun
    cases = {
        "18:31": "18:31 has not come yet (it is now 18:30)",
        "2022-05-11T18:30:40": "18:30:40 has not come yet (it is now 18:30:20)",
        "2022-05-12T00:30": "2022-05-12 00:30 has not come yet (it is now 2022-05-11 18:30)",
    }
    for text, start in cases.items():
        with pytest.raises(SitzungError) as caught:
            parse_at(text, DAY, now=now)
        assert caught.value.key == "time.future"
        assert caught.value.message("en") == f"{start}; only a time that has passed can be recorded."
    assert parse_at("2022-05-12T00:30", DAY, now=datetime(2022, 5, 12, 1, 0)) == datetime(2022, 5, 12, 0, 30)


# -- (a) the opening minute -------------------------------------------------------------


def test_an_arrival_corrected_to_the_opening_minute_is_not_before_the_opening() -> None:
    rec = opened()
    advance(rec, minutes=10)
    arrival = rec.attend("Delta", "arrived")
    assert arrival is not None and arrival.at == OPENED + timedelta(minutes=10)  # the clock keeps its seconds
    rec.retime(arrival.seq, at("18:00"))
    presence = rec.state.presence("delta|dora")
    assert presence.arrived == OPENED  # not 18:00:00, five seconds before the opening
    assert rec.state.presence("delta|dora").present_at(OPENED)


def test_typed_times_in_the_opening_minute_mean_the_opening() -> None:
    rec = opened()
    advance(rec, minutes=30)
    rec.attend("Delta", "arrived", at("18:00"))
    assert rec.state.presence("delta|dora").spans == [[OPENED, None]]
    item = rec.item_action("1", "start", at("18:00"))  # was: "18:00 is before the start of the session at 18:00"
    assert item.at == OPENED and rec.state.items["1"].started == OPENED
    rec.determine(True, at("18:00"))
    assert rec.state.determinations[-1] == (OPENED, True)


def test_the_opening_itself_can_be_corrected_to_its_minute() -> None:
    rec = opened()
    start = rec.state.effective[-1]
    rec.retime(start.seq, at("18:00"))
    assert rec.state.started == at("18:00")


# -- (c) arrivals and departures before the opening ---------------------------------


def test_a_departure_before_the_opening_is_refused() -> None:
    rec = opened()
    advance(rec, hours=1)
    error = refused(rec, "time.before", rec.attend, "Alpha", "left", at("17:30"))
    assert error.message("en") == "17:30 is before the start of the session at 18:00; a time cannot run backwards."
    refused(rec, "time.before", rec.attend, "Alpha", "left", parse_at("00:30", DAY))
    rec.attend("Alpha", "left", at("18:40"))
    assert rec.state.presence("alpha|anna").left == at("18:40")


def test_an_arrival_typed_before_the_opening_is_refused_with_what_to_do() -> None:
    rec = opened()
    advance(rec, hours=1)
    error = refused(rec, "attendance.arrival_before_start", rec.attend, "Delta", "arrived", at("17:55"))
    assert error.message("en") == (
        "Delta, Dora cannot have arrived at 17:55, before the session opened at 18:00; someone there from the "
        "start is recorded as present."
    )
    assert error.message("de").startswith("Delta, Dora kann nicht um 17:55 gekommen sein, bevor die Sitzung um 18:00")
    arrival = rec.attend("Delta", "arrived", at("18:20"))
    assert arrival is not None
    refused(rec, "attendance.arrival_before_start", rec.retime, arrival.seq, at("17:55"))
    assert rec.state.presence("delta|dora").arrived == at("18:20")


def test_before_the_opening_an_arrival_at_any_earlier_time_is_still_the_roll_call() -> None:
    rec = small_recorder()
    rec.attend("Delta", "arrived", at("17:45"))
    assert rec.state.presence("delta|dora").spans == [[at("17:45"), None]]


def test_a_guest_who_came_before_the_opening_is_present_from_the_start() -> None:
    rec = opened()
    advance(rec, hours=1)
    rec.add_guest("Früh, Frida", "gast", at=at("17:55"))
    assert rec.state.presence("fruh|frida").spans == [[None, None]]
    rec.add_guest("Spät, Sven", "gast", at=at("18:20"))
    assert rec.state.presence("spat|sven").spans == [[at("18:20"), None]]


def test_other_moments_after_the_opening_cannot_move_before_it() -> None:
    rec = opened()
    advance(rec, hours=1)
    refused(rec, "time.before", rec.determine, True, at("17:59"))
    item = rec.item_action("1", "start", at("18:05"))
    refused(rec, "time.before", rec.retime, item.seq, at("17:59"))
    rec.retime(item.seq, at("18:00"))
    assert rec.state.items["1"].started == OPENED


# -- (b) corrections into the future or onto another day ------------------------------


def test_a_correction_into_the_future_is_refused() -> None:
    rec = opened()
    advance(rec, minutes=20)
    arrival = rec.attend("Delta", "arrived")  # 18:20:05
    assert arrival is not None
    advance(rec, minutes=10)  # now 18:30:05
    error = refused(rec, "time.future", rec.retime, arrival.seq, at("18:45"))
    assert error.message("en") == (
        "18:45 has not come yet (it is now 18:30); only a time that has passed can be recorded."
    )
    assert error.message("de") == (
        "18:45 ist noch nicht erreicht (jetzt ist es 18:30); erfasst werden kann nur eine Zeit, die vergangen ist."
    )
    rec.retime(arrival.seq, at("18:30"))
    assert rec.state.presence("delta|dora").arrived == at("18:30")


def test_a_correction_onto_another_day_is_refused() -> None:
    rec = opened()
    advance(rec, minutes=20)
    arrival = rec.attend("Delta", "arrived")
    assert arrival is not None
    refused(rec, "time.other_day", rec.retime, arrival.seq, at("18:10") - timedelta(days=1))
    refused(rec, "time.other_day", rec.retime, arrival.seq, datetime(9999, 5, 11, 18, 10))


# -- the command line -------------------------------------------------------------------


def _opened_session(day: str = "2022-05-11", start: str = "18:00", roll_call: str = "17:58") -> str:
    """The reference body and roster, Kehren and Thelen present, the session opened at `start`."""
    from sitzung import reference

    sitzung("body", "create", reference.BODY, "--seats", "17", "--preset", "de")
    sitzung("roster", "import", str(reference.data_file("roster.csv")), "--body", reference.BODY)
    sid = sitzung("session", "create", "--body", reference.BODY, "--number", "6", "--date", day).strip()
    sitzung("agenda", "import", sid, str(reference.data_file("agenda.txt")))
    for name in ("Kehren", "Thelen"):
        sitzung("attend", sid, name, "present", "--at", roll_call)
    sitzung("clock", sid, "start", "--at", start)
    return sid


OTHER_DAY = "is not on the session's day (2022-05-11); only the next morning until 06:00 can still belong to it."


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (("attend", "SID", "Kehren", "left", "--at", "17:30"),
         "17:30 is before the start of the session at 18:00; a time cannot run backwards."),
        (("attend", "SID", "Kehren", "left", "--at", "00:30"),
         "00:30 is before the start of the session at 18:00; a time cannot run backwards."),
        (("attend", "SID", "Kehren", "left", "--at", "9999-05-11T18:30"), f"9999-05-11 18:30 {OTHER_DAY}"),
        (("item", "SID", "1", "start", "--at", "2022-05-12T07:00"), f"2022-05-12 07:00 {OTHER_DAY}"),
        (("guest", "add", "SID", "Gast, Gisela", "--role", "gast", "--at", "2022-05-10T18:30"),
         f"2022-05-10 18:30 {OTHER_DAY}"),
        (("attend", "SID", "Lux", "arrived", "--at", "17:50"),
         "Lux, Monika cannot have arrived at 17:50, before the session opened at 18:00; someone there from the "
         "start is recorded as present."),
        (("determine", "SID", "quorate", "--at", "17:59"),
         "17:59 is before the start of the session at 18:00; a time cannot run backwards."),
    ],
)
def test_the_command_line_refuses_impossible_moments(args: tuple[str, ...], sentence: str) -> None:
    sid = _opened_session()
    log = sitzung("log", sid)
    argv = [sid if arg == "SID" else arg for arg in args]
    assert sitzung("--lang", "en", *argv, code=2) == sentence + "\n"
    assert sitzung("log", sid) == log  # nothing written


def test_the_command_line_accepts_the_small_hours_of_a_late_session() -> None:
    sid = _opened_session()
    sitzung("attend", sid, "Kehren", "left", "--at", "2022-05-12T00:30")
    sitzung("clock", sid, "end", "--at", "2022-05-12T01:15")
    assert "Kehren" not in sitzung("present", sid, "--at", "2022-05-12T00:45")


def test_the_command_line_refuses_a_moment_in_the_future() -> None:
    today = date.today()
    sid = _opened_session(today.isoformat(), "00:00", roll_call="00:00")
    tomorrow_early = f"{(today + timedelta(days=1)).isoformat()}T05:00"  # on the session's "next morning", yet to come
    log = sitzung("log", sid)
    err = sitzung("--lang", "en", "item", sid, "1", "start", "--at", tomorrow_early, code=2)
    assert "has not come yet" in err and err.count("\n") == 1
    assert sitzung("log", sid) == log
