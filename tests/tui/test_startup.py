"""The app's start: the first screen builds only what it shows (`python -m benchmarks`, tui_start)."""

from __future__ import annotations

import gc
import subprocess
import sys

from textual.pilot import Pilot
from textual.widgets import ContentSwitcher, Input, Static

from sitzung.recorder import Recorder
from tui.app import build_app
from tui.roster_table import RosterTable

LATER = ("textual.widgets._text_area", "tui.help", "tui.agenda", "tui.timing", "tui.quorum_view",
         "sitzung.attendance", "sitzung.views",
         # the decisions' records and counts: the first screen shows none, the forms and actions import them
         "sitzung.decisions", "sitzung.outcomes", "sitzung.majority", "sitzung.elections", "sitzung.numbering",
         "sitzung.roster_csv")


def test_the_app_module_leaves_what_the_first_screen_does_not_show_for_later() -> None:
    code = f"import sys, tui.app\nearly = set({LATER!r}) & set(sys.modules)\nassert not early, early\n"
    subprocess.run([sys.executable, "-c", code], check=True)


async def test_the_list_has_the_focus_and_the_other_tabs_follow(demo: Recorder) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.focused is app.query_one("#rollcall-table", RosterTable)
        assert not app.query("#rollcall-filter")  # its hint stands in its place until the clerk filters
        await app.mount_panes()
        assert [app.pane(tab).id for tab in ("agenda", "timing", "quorum")] == ["agenda", "timing", "quorum"]


async def test_a_pane_whose_own_widgets_are_not_mounted_yet_is_not_asked(demo: Recorder) -> None:
    """A poll between a pane's mounting and its editor's (CI saw it) must not look for the editor."""
    from tui.agenda import Agenda

    app = build_app(demo, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await app.mount_panes()
        await app.query_one("#agenda").remove()
        switcher = app.query_one("#tabs", ContentSwitcher)
        adding = switcher.mount(Agenda("en", demo.state, demo.clock.now()))
        assert switcher.query("#agenda")  # in the tree, its own widgets not yet mounted
        app.refresh_view()  # found the pane and asked for its notes editor before: NoMatches
        assert app.agenda() is None
        await adding
        await pilot.pause()
        assert app.agenda() is not None and app.agenda().is_mounted


def test_the_collector_runs_again_after_the_first_paint_and_the_app(demo: Recorder) -> None:
    seen: list[tuple[bool, int]] = []

    async def look(pilot: Pilot[None]) -> None:
        await pilot.pause()
        seen.append((gc.isenabled(), gc.get_freeze_count()))
        pilot.app.exit()

    build_app(demo, lang="en").run(headless=True, size=(80, 24), auto_pilot=look)
    assert seen[0][0] and seen[0][1] > 0  # running again, the start's objects still frozen
    assert gc.isenabled() and gc.get_freeze_count() == 0


async def test_the_filter_box_takes_its_hints_place_when_the_clerk_first_filters(demo: Recorder) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        hint = app.query_one("#rollcall-filter-hint", Static)
        assert "/ to filter by name" in str(hint.render())
        line = hint.region.y
        await pilot.press("slash")
        box = app.query_one("#rollcall-filter", Input)
        assert box.has_focus and not app.query("#rollcall-filter-hint")
        assert box.region.y == line  # on the hint's line: the list does not move
        await pilot.press(*"kehr")
        table = app.query_one("#rollcall-table", RosterTable)
        assert [row.cells[0].plain.strip() for row in table.rows if row.key] == ["Kehren, Hanno, Dr."]
        await pilot.press("escape")
        assert box.value == "" and app.focused is table and len(table.rows) > 2
        await pilot.press("slash")  # the same box again
        assert app.query_one("#rollcall-filter", Input) is box and box.has_focus


async def test_a_click_on_the_hint_opens_the_filter_box(demo: Recorder) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.click("#rollcall-filter-hint")
        await pilot.pause()
        assert app.query_one("#rollcall-filter", Input).has_focus


async def test_the_status_bar_has_the_quorums_colour_and_follows_it(demo: Recorder) -> None:
    """Its class is set in `compose`, before the bar is in the app, without a restyle: the bar must still wear
    the quorum's colour once shown, and change it when the quorum is lost."""
    from textual.color import Color

    from tui.status import StatusBar

    app = build_app(demo, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        bar = app.query_one(StatusBar)
        quorate_colour = bar.styles.background
        assert bar.has_class("quorate") and quorate_colour == Color.parse(app.get_css_variables()["success-muted"])
        demo.clock_action("start")
        for person in [p for p in demo.state.people.values() if demo.state.presence(p.key).here][:7]:
            demo.attend(person.key, "left")
        app.version += 1
        await pilot.pause()
        assert bar.has_class("not-quorate") and not bar.has_class("quorate")
        assert bar.styles.background != quorate_colour
