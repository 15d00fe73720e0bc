"""Issue 12: the clerk's everyday keystrokes under pressure, each from the keys a clerk presses."""

from __future__ import annotations

from datetime import datetime

import pytest
from textual.widgets import Tree

from sitzung.clock import FixedClock
from sitzung.recorder import Recorder
from sitzung.reference import build_demo
from sitzung.state import quorum
from sitzung.vocabulary import Attendance
from tui.app import build_app
from tui.roster_table import RosterTable


@pytest.fixture
def fresh(archive, clock: FixedClock) -> Recorder:  # type: ignore[no-untyped-def]
    return build_demo(archive, clock, roll_call_done=False)


def cursor_key(app) -> str | None:  # type: ignore[no-untyped-def]
    return app.query_one("#rollcall-table", RosterTable).selected_key


async def test_present_after_the_start_is_an_arrival_now(fresh: Recorder, clock: FixedClock) -> None:
    """1. `p` and `A` once the clock runs record arrivals at that moment, not presence from the start."""
    fresh.attend("Kehren", "present")
    fresh.clock_action("start")
    clock.advance(minutes=30)
    app = build_app(fresh, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"dederichs", "enter", "p", "escape")
        await pilot.press("A")
        await pilot.pause()
    state = fresh.state
    dederichs = next(p for p in state.people.values() if p.last == "Dederichs")
    assert state.presence(dederichs.key).spans == [[clock.now(), None]]
    before = datetime(2022, 5, 11, 18, 10)
    assert quorum(state, before).present == 1  # only Kehren was in the room then
    assert quorum(state).present > 9


async def test_a_heading_says_why_a_key_does_nothing(fresh: Recorder, monkeypatch: pytest.MonkeyPatch) -> None:
    """5. A key on a role's heading is answered, not dropped."""
    app = build_app(fresh, lang="en")
    said: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        pane = app.query_one("#rollcall")
        monkeypatch.setattr(pane, "notify", lambda message, **_: said.append(message))
        table = app.query_one("#rollcall-table", RosterTable)
        table.set_cursor(0)  # the first line is the first role's heading
        await pilot.pause()
        assert cursor_key(app) is None
        await pilot.press("p")
        await pilot.pause()
        assert any("heading" in message for message in said)
    assert all(p.status is None for p in fresh.state.attendance.values())


async def test_a_refused_mark_keeps_the_cursor(fresh: Recorder) -> None:
    """9. `l` on someone not in the room is refused, and the cursor stays on them."""
    app = build_app(fresh, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down")
        before = cursor_key(app)
        await pilot.press("l")
        await pilot.pause()
        assert cursor_key(app) == before
        await pilot.press("p")
        await pilot.pause()
        assert cursor_key(app) != before  # recorded: on to the next person


async def test_no_vote_after_the_chair_found_no_quorum(demo: Recorder, clock: FixedClock) -> None:
    """2. After `x` (not quorate), a vote is refused with a sentence; the form can record it anyway."""
    demo.clock_action("start")
    demo.item_action("1", "start")
    demo.determine(False)
    app = build_app(demo, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "v", *"5", "enter")
        await pilot.pause()
        assert not demo.state.items["1"].decisions.votes
        assert "not quorate" in str(app.screen.query_one("#form-error").render())


async def test_shift_arrows_reorder_the_agenda(demo: Recorder) -> None:
    """7. Shift+↓ moves the selected item down among its siblings."""
    app = build_app(demo, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert app.query_one("#agenda-tree", Tree).cursor_node.data == "1"
        await pilot.press("shift+down")
        await pilot.pause()
    assert [i.number for i in demo.state.agenda][:2] == ["2", "1"]


async def test_closing_lists_what_is_open(fresh: Recorder) -> None:
    """12. `E` with pending items and people never recorded says so before it closes."""
    fresh.attend("Kehren", "present")
    fresh.clock_action("start")
    app = build_app(fresh, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("E")
        await pilot.pause()
        question = str(app.screen.query_one("#form-title").render())
        assert "Still open: 1, 2, 2.1" in question and "Dederichs, Hans-Josef" in question
        await pilot.press("escape")
    assert fresh.state.ended is None


async def test_left_does_not_look_like_present(demo: Recorder) -> None:
    """14. Someone who left has their own symbol."""
    demo.clock_action("start")
    demo.attend("Kehren", "left")
    app = build_app(demo, lang="en")
    kehren = next(p.key for p in demo.state.people.values() if p.last == "Kehren")
    async with app.run_test(size=(80, 24)):
        table = app.query_one("#rollcall-table", RosterTable)
        rows = {row.key: row.cells[1].plain for row in table.rows if row.key}
        table.move_to(kehren)
        drawn = table.render_line(table.cursor_row - table.scroll_offset.y + 1)  # the header is line 0
    assert rows[kehren].startswith("←")
    assert all(text.startswith("●") for key, text in rows.items() if demo.state.presence(key).here)
    status = next(segment for segment in drawn if segment.text.startswith("←"))
    assert status.style is not None and status.style.dim  # and dimmed, as the table draws it


async def test_a_remark_and_a_recess_reason_from_the_keyboard(demo: Recorder, clock: FixedClock) -> None:
    """17. The session remark (R) and a recess reason (c) without the command line."""
    demo.clock_action("start")
    app = build_app(demo, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("R", *"Unterlagen zur Kenntnis", "enter")
        clock.advance(minutes=5)
        await pilot.press("c", *"Beratung", "enter")
        await pilot.pause()
    assert demo.state.remarks == "Unterlagen zur Kenntnis"
    assert demo.state.recesses[-1].reason == "Beratung"


async def test_a_deputy_is_listed_as_standing_in(demo: Recorder) -> None:
    """4. The minutes say who stood in for whom."""
    from exports.minutes import MinutesOptions, render_minutes

    demo.add_guest("Vertreter, Volker", "kreistagsmitglied", deputy_for="Terodde")
    assert "Vertreter, Volker (in Vertretung für" in render_minutes(demo.state, MinutesOptions("de"))
    assert "(substitute for" in render_minutes(demo.state, MinutesOptions("en"))
    assert demo.state.presence(next(k for k in demo.state.people if k.startswith("vertreter"))).status is (
        Attendance.PRESENT
    )


async def test_the_timing_tab_fits_80_columns(demo: Recorder, clock: FixedClock) -> None:
    """15. No sideways scrolling on the timing tab at 80×24, with items resumed (two runs)."""
    from textual.widgets import DataTable

    demo.clock_action("start")
    for number in ("1", "2", "1"):
        clock.advance(minutes=3)
        demo.item_action(number, "start")
    app = build_app(demo, lang="de")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        table = app.query_one("#timing-items", DataTable)
        assert table.virtual_size.width <= table.scrollable_content_region.width


async def test_an_agenda_pasted_into_the_app(archive, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    """17. `I` takes a pasted agenda (Ctrl+S records the form from the text box)."""
    from sitzung.reference import prepare

    info = prepare(archive, clock)
    recorder = Recorder(archive.open_session(info.id), clock)
    app = build_app(recorder, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "I", "tab")
        app.screen.query_one("#field-text").insert("Öffentliche Sitzung:\n1. Eröffnung\n2. Bericht\n")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert [i.title for i in recorder.state.agenda] == ["Eröffnung", "Bericht"]


async def test_the_palette_speaks_german_even_when_nothing_matches(demo: Recorder) -> None:
    """16. Textual's own English words do not show in the German app's palette."""
    from textual.command import CommandPalette

    app = build_app(demo, lang="de")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"qqxyz")
        await pilot.pause(0.5)
        shown = [str(option.prompt) for option in app.screen.query("CommandList").first().options]
        assert any("Kein passender Befehl" in text for text in shown)
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
