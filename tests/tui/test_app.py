"""The clerk's app, driven by keys as a clerk would: each flow of a meeting."""

from __future__ import annotations

from datetime import datetime

import pytest
from textual.widgets import ContentSwitcher, DataTable, TextArea, Tree

from sitzung.clock import FixedClock
from sitzung.outcomes import vote_result
from sitzung.recorder import Recorder
from sitzung.reference import build_demo
from sitzung.state import Recess, quorum
from tui import agenda as agenda_module
from tui.app import SitzungApp, build_app
from tui.roster_table import RosterTable
from tui.status import StatusBar
from tui.tabbar import TabBar


def status_text(app: SitzungApp) -> str:
    return str(app.query_one(StatusBar).render())


def select_person(app: SitzungApp, key: str) -> None:
    app.query_one("#rollcall-table", RosterTable).move_to(key)


def select_item(app: SitzungApp, number: str) -> None:
    tree = app.query_one("#agenda-tree", Tree)
    node = next(n for n in _walk(tree.root) if n.data == number)
    tree.move_cursor(node)


def _walk(node):  # type: ignore[no-untyped-def]
    for child in node.children:
        yield child
        yield from _walk(child)


@pytest.fixture
def fresh(archive, clock: FixedClock) -> Recorder:
    """The reference meeting before the roll call."""
    return build_demo(archive, clock, roll_call_done=False)


async def test_roll_call_of_the_reference_meeting(fresh: Recorder) -> None:
    app = build_app(fresh, lang="de")
    async with app.run_test(size=(80, 24)) as pilot:
        assert "NICHT BESCHLUSSFÄHIG" in status_text(app)
        await pilot.press("A")  # all members present …
        for name, key in (("grüben", "e"), ("knauer", "e"), ("hensen", "e"), ("terodde", "u")):
            await pilot.press("slash", *name, "enter", key, "escape")
        await pilot.pause()
        status = status_text(app)
        assert "✔ BESCHLUSSFÄHIG" in status and "15 anwesend / 9 nötig / 17 Sitze" in status
        state = fresh.state
        assert state.presence("grubener|sabrina").status == "excused"
        assert state.presence("terodde|lothar").status == "unexcused"
        assert state.presence("louven|andreas").status is None  # staff are not marked by "all present"
        await pilot.press("slash", *"louven", "enter", "p", "escape")
        assert fresh.state.presence("louven|andreas").here


async def test_item_with_notes_and_a_vote(demo: Recorder, clock: FixedClock, monkeypatch) -> None:
    monkeypatch.setattr(agenda_module, "AUTOSAVE_SECONDS", 0.05)
    app = build_app(demo, lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("c")  # open the session
        clock.advance(minutes=5)
        await pilot.press("2")
        await pilot.pause()
        select_item(app, "2.1")
        await pilot.press("s")
        assert demo.state.running_item.number == "2.1"
        app.query_one("#notes", TextArea).focus()
        await pilot.press(*"Bericht der Dezernentin.")
        await pilot.pause(0.2)
        assert demo.state.items["2.1"].notes == "Bericht der Dezernentin."
        app.query_one("#agenda-tree").focus()
        await pilot.press("v", *"9", "tab", "3", "tab", "2", "enter")
        await pilot.pause()
        vote = demo.state.items["2.1"].decisions.votes[-1]
        result = vote_result(demo.state, demo.state.items["2.1"], vote)
        assert (vote.yes, vote.no, vote.abstain, result.adopted) == (9, 3, 2, True)
        await pilot.press("v", *"16", "enter")  # more votes than members present: refused in the form
        await pilot.pause()
        assert "16 votes" in str(app.screen.query_one("#form-error").render())
        await pilot.press("escape")
        assert demo.state.items["2.1"].decisions.votes[-1].yes == 9
        await pilot.press("n")  # next item ends 2.1
        assert demo.state.items["2.1"].status == "done"
        assert demo.state.running_item.number == "2.2"


async def test_recess_and_resume(demo: Recorder, clock: FixedClock) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        clock.advance(minutes=20)
        await pilot.press("c", *"Fraktionssitzung", "enter")  # a recess asks for its reason (optional)
        await pilot.pause()
        assert demo.state.clock_status == "recess" and "recess" in status_text(app)
        clock.advance(minutes=10)
        await pilot.press("c")
        assert demo.state.clock_status == "running"
        start, end = datetime(2022, 5, 11, 18, 15), datetime(2022, 5, 11, 18, 25)
        assert demo.state.recesses == [Recess(start, end, "Fraktionssitzung")]
        await pilot.press("E", "enter")
        assert demo.state.clock_status == "ended"


async def test_departures_lose_the_quorum_and_the_chair_determines_it(demo: Recorder, clock: FixedClock) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        for key in ("dederichs|hans-josef", "kleinjans|heinz-gerd", "lux|monika", "maibaum|franz",
                    "rohrich|karl-heinz", "spinrath|norbert", "stelten|anna"):
            clock.advance(minutes=1)
            select_person(app, key)
            await pilot.press("l")
        await pilot.pause()
        assert "✘ NOT QUORATE" in status_text(app) and "8 present / 9 required" in status_text(app)
        await pilot.press("4")
        await pilot.press("x")
        await pilot.pause()
        assert demo.state.determinations[-1][1] is False
        assert "NOT quorate" in str(app.query_one("#quorum-determination").render())
        history = app.query_one("#quorum-history", DataTable)
        assert history.row_count >= 2


async def test_undo_takes_back_the_last_action(demo: Recorder) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        select_person(app, "thelen|friedhelm")
        await pilot.press("e")
        assert demo.state.presence("thelen|friedhelm").status == "excused"
        await pilot.press("ctrl+z")
        assert demo.state.presence("thelen|friedhelm").status == "present"
        assert quorum(demo.state).present == 15


async def test_a_rebound_key(demo: Recorder) -> None:
    app = build_app(demo, lang="en", keymap={"rollcall.left": "x", "app.undo": "ctrl+u"})
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        select_person(app, "thelen|friedhelm")
        await pilot.press("x")
        assert not demo.state.presence("thelen|friedhelm").here
        await pilot.press("ctrl+u")
        assert demo.state.presence("thelen|friedhelm").here


async def test_help_lists_every_key(demo: Recorder) -> None:
    app = build_app(demo, lang="de")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f1")
        text = str(app.screen.query_one("Static").render())
        for word in ("Anwesend", "Abstimmung", "Zeit korr.", "Festgestellt", "Rückgängig"):
            assert word in text
        await pilot.press("escape")
        assert app.screen is app.screen_stack[0]


async def test_guest_and_urgent_item(demo: Recorder, clock: FixedClock) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("g", *"Pusch, Stephan", "enter")
        await pilot.pause()
        assert "pusch|stephan" in demo.state.people and demo.state.presence("pusch|stephan").here
        await pilot.press("2", "i", *"5.1", "tab", *"Dringlich", "enter")
        await pilot.pause()
        item = demo.state.items["5.1"]
        assert (item.title, item.parent, list(demo.state.items)[-1]) == ("Dringlich", None, "5.1")


async def test_a_change_from_the_cli_shows_up(demo: Recorder, archive, clock) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        other = Recorder(archive.open_session(demo.state.info.id), clock)
        for name in ("Thelen", "Stelten", "Spinrath", "Lux", "Maibaum", "Kehren", "Dederichs"):
            other.attend(name, "left")
        await pilot.pause(0.7)
        assert "NOT QUORATE" in status_text(app) and "8 present / 9 required / 17 seats" in status_text(app)


async def test_tabs_switch_by_number(demo: Recorder) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        for key, tab in (("2", "agenda"), ("3", "timing"), ("4", "quorum"), ("1", "rollcall")):
            await pilot.press(key)
            assert app.query_one("#tabs", ContentSwitcher).current == tab
            assert app.query_one(TabBar).active == tab


async def test_the_whole_reference_meeting_from_the_keyboard(fresh: Recorder, clock: FixedClock, monkeypatch) -> None:
    """Roll call, clock, every item with notes, a vote and a recess — keys only."""
    monkeypatch.setattr(agenda_module, "AUTOSAVE_SECONDS", 0.01)
    app = build_app(fresh, lang="de")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("A")
        for name, key in (("grüben", "e"), ("knauer", "e"), ("hensen", "e"), ("terodde", "u")):
            await pilot.press("slash", *name, "enter", key, "escape")
        for name in ("funke", "louven", "montforts", "schößler", "schulze", "trox", "kruijssen"):
            await pilot.press("slash", *name, "enter", "p", "escape")
        clock.advance(minutes=5)
        await pilot.press("c", "4", "f", "2")  # open at 18:00, the chair determines the quorum
        for number in ("1", "2", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3", "4", "5"):
            clock.advance(minutes=4)
            await pilot.press("n")
            await pilot.pause()
            assert fresh.state.running_item.number == number
            await pilot.press("tab", *f"Bericht zu {number}", "escape")
            await pilot.pause(0.05)
            if number == "2.4":
                clock.advance(minutes=1)
                await pilot.press("c", "enter")  # recess (no reason) …
                clock.advance(minutes=10)
                await pilot.press("c")  # … and resume
            if number == "3":
                # unanimous: the kind of vote is the fourth field; its list finds a choice by what is typed
                await pilot.press("v", "tab", "tab", "tab", "enter")
                await pilot.pause()
                await pilot.press(*"einst")
                await pilot.pause()
                await pilot.press("enter", "ctrl+s")
        clock.advance(minutes=1)
        await pilot.press("E", "enter")
        await pilot.pause()
    state = fresh.state
    assert state.clock_status == "ended" and len(state.recesses) == 1
    assert quorum(state).present == 15 and state.determinations[0][1] is True
    assert all(i.status == "done" for i in state.items.values())
    assert {n: i.notes for n, i in state.items.items()} == {n: f"Bericht zu {n}" for n in state.items}
    assert [v.unanimous for v in state.items["3"].decisions.votes] == [True]
    assert (state.started.strftime("%H:%M"), state.ended.strftime("%H:%M")) == ("18:00", "18:56")


async def test_every_binding_is_in_the_command_palette(demo: Recorder) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p")  # opened at once: the other tabs' panes are mounted first
        titles = {c.title for c in app.get_system_commands(app.screen)}
        for title in ("Present", "Vote", "Correct time", "Quorate (chair)", "Next item", "Undo", "Recess"):
            assert title in titles


async def test_the_body_screen_opens_read_only_without_an_archive(demo: Recorder) -> None:
    app = build_app(demo, lang="de")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("b")
        await pilot.pause()
        assert type(app.screen).__name__ == "BodyScreen"
        await pilot.press("escape")
        assert app.screen is app.screen_stack[0]
