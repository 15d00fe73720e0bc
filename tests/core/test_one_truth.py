"""One truth per fact: regression tests for figures that two screens or exports once told differently.

Each test is one observed bug: the clerk's status bar and the chair's view counted a recusal
differently; an item had two durations (one with the recess, one without); an ended session's
clock kept counting; a resumed item swallowed the closed part between its runs (and with it the
closed part's guest and determination); adding a guest took two events and two undos.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from exports.minutes import MinutesOptions, render_minutes
from exports.session_json import session_document
from sitzung.clock import FixedClock
from sitzung.model import Person
from sitzung.recorder import Recorder
from sitzung.state import SessionState, quorum
from sitzung.timefmt import duration
from sitzung.timeline import clock_reading, item_duration
from tests.core.helpers import DAY, at, small_recorder
from tui.chair import chair_view
from tui.quorum_view import quorum_line
from tui.status import status_view

MEMBERS = ("Alpha, Anna", "Beta, Bernd", "Gamma, Gerd", "Delta, Dora", "Epsilon, Eva")


def at_s(hhmmss: str) -> datetime:
    hour, minute, second = map(int, hhmmss.split(":"))
    return datetime(DAY.year, DAY.month, DAY.day, hour, minute, second)


def timing_actual(state: SessionState, number: str, now: datetime) -> str:
    """The Timing tab's "actual" column, as tui/timing.py computes it (without the "…" of a running item)."""
    return duration(item_duration(state, state.items[number], now))


def appendix_rows(minutes: str) -> dict[str, list[str]]:
    """The --timings appendix: item number -> [title, started, ended, duration]."""
    part = minutes.split("## Anhang", 1)[-1] if "## Anhang" in minutes else minutes.split("## Appendix", 1)[-1]
    rows = {}
    for line in part.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and re.fullmatch(r"[\d.]+", cells[0]):
            rows[cells[0]] = cells[1:]
    return rows


def roll_call(rec: Recorder, present: tuple[str, ...], when: str = "17:55") -> None:
    for name in present:
        rec.attend(name, "present", at(when))


# -- 1. the recusal on the clerk's status bar ---------------------------------------------------------


def test_status_bar_and_chair_count_the_running_items_recusal() -> None:
    rec = small_recorder()
    roll_call(rec, ("Alpha, Anna", "Beta, Bernd", "Gamma, Gerd"))  # 3 of 5 seats: exactly the 3 required
    rec.clock_action("start", at("18:00"))
    rec.item_action("1", "start", at("18:01"))
    rec.item_action("2", "start", at("18:05"))
    rec.recuse("2", "Beta, Bernd")
    state, now = rec.state, at("18:10")

    status = status_view(state, now, "de").status
    chair = chair_view(state, now, "de", public=False)
    expected = quorum(state, item=state.items["2"])
    assert (expected.present, expected.required, expected.quorate) == (2, 3, False)
    assert (status.present, status.required, status.quorate) == (2, 3, False)
    assert (chair.present, chair.required, chair.quorate) == (2, 3, False)
    assert quorum(state).present == 2  # the quorum tab's figure
    assert "2 anwesend / 3 nötig" in quorum_line(quorum(state), "de").plain
    assert "NICHT BESCHLUSSFÄHIG" in status_view(state, now, "de").verdict
    assert "Beta" in chair.recused

    rec.item_action("1", "start", at("18:12"))  # another item: the recusal no longer counts
    state = rec.state
    assert status_view(state, at("18:13"), "de").status.present == 3
    assert chair_view(state, at("18:13"), "de").present == 3


# -- 2. one duration per item -------------------------------------------------------------------------


def test_a_recess_inside_an_item_is_taken_out_everywhere() -> None:
    rec = small_recorder()
    roll_call(rec, MEMBERS)
    rec.clock_action("start", at("18:00"))
    rec.item_action("1", "start", at("18:00"))
    rec.clock_action("pause", at("18:10"))
    rec.clock_action("resume", at("18:40"))

    running = rec.state  # 18:50, the item still running: the status bar and the chair's view
    assert "TOP 1 0:20" in status_view(running, at("18:50"), "de").item
    assert chair_view(running, at("18:50"), "de").item_time.endswith("0:20")
    assert timing_actual(running, "1", at("18:50")) == "0:20"

    rec.item_action("1", "end", at("18:50"))
    rec.clock_action("end", at("18:55"))
    state, later = rec.state, at("20:00")
    assert timing_actual(state, "1", later) == "0:20"
    assert appendix_rows(render_minutes(state, MinutesOptions("de", timings=True)))["1"] == [
        "Anfragen", "18:00", "18:50", "0:20",
    ]
    assert appendix_rows(render_minutes(state, MinutesOptions("en", timings=True)))["1"][3] == "0:20"
    item = next(i for i in session_document(state, rec.log.events())["items"] if i["number"] == "1")
    assert item["minutes"] == 20


def test_durations_with_seconds_agree_with_the_printed_times() -> None:
    rec = small_recorder()
    roll_call(rec, MEMBERS)
    rec.clock_action("start", at_s("18:00:10"))
    rec.item_action("1", "start", at_s("18:00:50"))
    rec.item_action("1", "end", at_s("18:01:10"))
    rec.clock_action("end", at_s("18:02:00"))
    state = rec.state
    row = appendix_rows(render_minutes(state, MinutesOptions("de", timings=True)))["1"]
    assert row[1:] == ["18:00", "18:01", timing_actual(state, "1", at("19:00"))]
    assert row[3] == "0:01"
    item = next(i for i in session_document(state, rec.log.events())["items"] if i["number"] == "1")
    assert item["minutes"] == 1


def test_an_item_ended_during_a_recess_that_is_still_open_has_one_duration() -> None:
    """Found by tests/test_agreement.py: an export made during a recess counted the recess in an item
    that ended within it, while the Timing tab took it out (the overlap 18:10–18:20 is known without "now")."""
    rec = small_recorder()
    roll_call(rec, MEMBERS)
    rec.clock_action("start", at("18:00"))
    rec.item_action("1", "start", at("18:00"))
    rec.clock_action("pause", at("18:10"))
    rec.item_action("1", "end", at("18:20"))  # the clerk closes the item in the break
    state, now = rec.state, at("18:30")  # still in recess
    assert timing_actual(state, "1", now) == "0:10"
    assert timing_actual(state, "1", at("19:30")) == "0:10"  # an hour later: the item is over, it stays 0:10
    item = next(i for i in session_document(state, rec.log.events())["items"] if i["number"] == "1")
    assert item["minutes"] == 10
    assert appendix_rows(render_minutes(state, MinutesOptions("de", timings=True)))["1"][3] == "0:10"


async def test_the_timing_tab_and_the_status_bar_show_the_net_duration() -> None:
    """The real app, once: the Timing tab's cell and the status bar, with a recess inside the item."""
    from textual.widgets import DataTable

    from tui.app import build_app
    from tui.status import StatusBar

    rec = small_recorder()
    roll_call(rec, MEMBERS)
    rec.clock_action("start", at("18:00"))
    rec.item_action("1", "start", at("18:00"))
    rec.clock_action("pause", at("18:10"))
    rec.clock_action("resume", at("18:40"))
    clock = rec.clock
    assert isinstance(clock, FixedClock)
    clock.current = at("18:50")
    app = build_app(rec, lang="de")
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert "TOP 1 0:20" in str(app.query_one(StatusBar).render())
        await pilot.press("3")
        await pilot.pause()
        table = app.query_one("#timing-items", DataTable)
        assert str(table.get_cell("1", "tui.col_actual")).rstrip("…") == "0:20"


# -- 3. an ended session stops counting ---------------------------------------------------------------


def test_an_ended_session_shows_its_length_years_later() -> None:
    rec = small_recorder()
    roll_call(rec, MEMBERS)
    rec.clock_action("start", at("18:00"))
    rec.item_action("1", "start", at("18:01"))
    rec.clock_action("end", at("18:45"))
    state, years_later = rec.state, at("18:00") + timedelta(days=3 * 365, hours=5, minutes=7)
    assert clock_reading(state, years_later).elapsed == timedelta(minutes=45)
    assert "0:45" in status_view(state, years_later, "de").clock
    assert "0:45" in status_view(state, years_later, "en").clock
    assert "0:45" in chair_view(state, years_later, "de").clock
    assert "0:45" in chair_view(state, years_later, "en", public=True).clock


# -- 4. a resumed item does not swallow the closed part -----------------------------------------------


def _closed_part_between_runs() -> Recorder:
    roster = (
        Person("Alpha", "Anna", role="kreistagsmitglied"),
        Person("Beta", "Bernd", role="kreistagsmitglied"),
        Person("Gamma", "Gerd", role="kreistagsmitglied"),
        Person("Lux", "Luise", role="kreistagsmitglied"),
        Person("Delta", "Dora", role="sachkundiger_buerger"),
        Person("Eta", "Emil", role="verwaltung"),
    )
    rec = small_recorder(roster=roster)
    roll_call(rec, ("Alpha, Anna", "Beta, Bernd", "Gamma, Gerd", "Lux, Luise", "Delta, Dora"))
    rec.clock_action("start", at("18:00"))
    rec.item_action("1", "start", at("18:02"))
    rec.item_action("3", "start", at("18:31"))
    rec.add_guest("Canaryguest, X", "gast", at=at("18:32"))
    rec.attend("Lux", "left", at("18:34"))
    rec.determine(False, at("18:35"))
    rec.attend("Canaryguest, X", "left", at("18:36"))
    rec.item_action("3", "end", at("18:40"))
    rec.item_action("1", "start", at("18:45"))
    return rec


def test_a_resumed_item_has_two_runs_and_the_closed_part_between_them() -> None:
    state = _closed_part_between_runs().state
    runs = state.items["1"].runs
    assert [(r.start, r.end) for r in runs] == [(at("18:02"), at("18:31")), (at("18:45"), None)]
    item = state.item_at(at("18:34"))
    assert item is not None and item.number == "3"
    assert state.item_at(at("18:20")) is state.items["1"]
    assert state.item_at(at("18:42")) is None
    assert state.item_at(at("18:46")) is state.items["1"]


def test_the_full_minutes_place_the_departure_in_the_closed_item() -> None:
    state = _closed_part_between_runs().state
    assert "verlässt die Sitzung um 18:34 Uhr während TOP 3" in render_minutes(state, MinutesOptions("de"))
    assert "left at 18:34, during item 3" in render_minutes(state, MinutesOptions("en"))
    assert "Canaryguest" in render_minutes(state, MinutesOptions("de"))  # the full minutes keep everything


def test_the_public_minutes_and_the_room_display_keep_the_closed_part_closed() -> None:
    rec = _closed_part_between_runs()
    state = rec.state
    for lang in ("de", "en"):
        public = render_minutes(state, MinutesOptions(lang, public=True, timings=True))
        assert "Canaryguest" not in public, lang
        assert "18:35" not in public, lang  # the determination made during item 3
        assert "18:34" not in public, lang  # Lux's departure is "in the closed part", without its time
    assert "im nichtöffentlichen Teil" in render_minutes(state, MinutesOptions("de", public=True))
    for now in (at("18:37"), at("18:50")):
        for lang in ("de", "en"):
            lines = "\n".join(chair_view(state, now, lang, public=True).lines())
            assert "Canaryguest" not in lines, (now, lang)
            assert "18:35" not in lines, (now, lang)
    # the chair's own view (not public) does show the determination
    assert "18:35" in chair_view(state, at("18:50"), "en").determination


def test_a_guest_who_leaves_as_the_closed_part_ends_is_named_nowhere_public() -> None:
    """Found by tests/test_agreement.py: the guest of the closed item leaves at the minute it ends.

    The public minutes leave them out (they were never in the room outside the closed part), and
    the room display must too; it listed "18:40 left: Canaryguest, X", because the departure's
    moment (the closed run's end, which the run does not contain) counted as public.
    """
    rec = small_recorder()
    roll_call(rec, MEMBERS)
    rec.clock_action("start", at("18:00"))
    rec.item_action("1", "start", at("18:02"))
    rec.item_action("3", "start", at("18:31"))
    rec.add_guest("Canaryguest, X", "gast", at=at("18:32"))
    rec.attend("Canaryguest, X", "left", at("18:40"))  # as the closed part ends …
    rec.item_action("1", "start", at("18:40"))  # … and the public one goes on
    state = rec.state
    for lang in ("de", "en"):
        assert "Canaryguest" not in render_minutes(state, MinutesOptions(lang, public=True)), lang
        assert "Canaryguest" not in "\n".join(chair_view(state, at("18:41"), lang, public=True).lines()), lang


# -- 5. adding a guest is one action ------------------------------------------------------------------


def test_adding_a_guest_is_one_event_and_one_undo() -> None:
    rec = small_recorder()
    roll_call(rec, MEMBERS)
    rec.clock_action("start", at("18:00"))
    before = len(rec.log.events())
    present_before = quorum(rec.state).present
    rec.add_guest("Vertreter, Vera", "kreistagsmitglied", deputy_for="Gamma, Gerd", at=at("18:05"))
    assert len(rec.log.events()) == before + 1
    key = Person("Vertreter", "Vera").key
    assert key in rec.state.people and rec.state.presence(key).here
    rec.undo()
    state = rec.state
    assert key not in state.people
    assert not state.presence(key).spans
    assert quorum(state).present == present_before
    assert len(state.effective) == before


def test_a_deputy_added_for_an_absent_member_counts_at_once_and_is_undone_at_once() -> None:
    rec = small_recorder()
    roll_call(rec, ("Beta, Bernd", "Gamma, Gerd"))
    rec.attend("Delta, Dora", "excused", at("17:55"))
    rec.clock_action("start", at("18:00"))
    assert quorum(rec.state).present == 2
    rec.add_guest("Vertreter, Vera", "kreistagsmitglied", deputy_for="Delta, Dora", at=at("18:05"))
    assert quorum(rec.state).present == 3 and quorum(rec.state).quorate
    rec.undo()
    assert quorum(rec.state).present == 2
