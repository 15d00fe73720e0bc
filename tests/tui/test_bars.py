"""The key bar and the tab bar: what they show, and that the mouse works on them as on Textual's own."""

from __future__ import annotations

from textual.command import CommandPalette

from sitzung.recorder import Recorder
from tui.app import build_app
from tui.help import HelpScreen
from tui.keybar import KeyBar
from tui.tabbar import TabBar


def column_of(bar: KeyBar, display: str) -> int:
    """The screen column of a key's name in the (unscrolled) bar."""
    return str(bar.render()).index(f" {display} ") + 1


async def test_the_bar_shows_working_keys_dims_unusable_ones_and_hides_hidden_ones(demo: Recorder) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(160, 30)) as pilot:
        bar = app.query_one(KeyBar)
        shown = {key.description: key.enabled for key in bar.keys}
        assert shown["Present"] and shown["Keys"]
        assert "Open" in shown and "Recess" not in shown  # "c" opens the session; check_action hides its other uses
        await pilot.press("2")
        await pilot.pause()
        shown = {key.description: key.enabled for key in bar.keys}
        assert shown["Recusal"] and "Present" not in shown
        assert shown["End"] is False and shown["Vote"] is False  # nothing is running, nothing was taken up: dimmed
        demo.clock_action("start")
        app.version += 1
        await pilot.pause()
        shown = {key.description for key in bar.keys}
        assert "Recess" in shown and "Open" not in shown


async def test_hover_shows_the_tooltip_and_a_click_presses_the_key(demo: Recorder) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(160, 30)) as pilot:
        bar = app.query_one(KeyBar)
        x = column_of(bar, "f1")
        await pilot.hover(KeyBar, offset=(x, 0))
        assert bar.tooltip == "List every key."
        await pilot.click(KeyBar, offset=(x, 0))
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_a_click_on_an_unusable_key_rings_the_bell_and_does_nothing(demo: Recorder, monkeypatch) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(160, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        rung = []
        monkeypatch.setattr(app, "bell", lambda: rung.append(True))
        events = len(demo.log.events())
        bar = app.query_one(KeyBar)
        await pilot.click(KeyBar, offset=(column_of(bar, "e"), 0))
        await pilot.pause()
        assert rung == [True] and len(demo.log.events()) == events


async def test_the_palette_key_stays_at_the_right_edge(demo: Recorder) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        bar = app.query_one(KeyBar)
        assert str(bar.render()).rstrip().endswith("^p Commands")
        await pilot.click(KeyBar, offset=(76, 0))
        await pilot.pause()
        assert CommandPalette.is_open(app)


async def test_a_line_too_long_scrolls_but_never_past_its_end(demo: Recorder) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        bar = app.query_one(KeyBar)
        whole = str(bar.render())
        assert "Quit" not in whole  # 80 columns hold only the first keys
        bar.shift = 10_000
        await pilot.pause()
        scrolled = str(bar.render())
        assert len(scrolled) == 80 and "q Quit" in scrolled and scrolled.rstrip().endswith("^p Commands")


async def test_a_click_on_a_tab_name_switches_to_it(demo: Recorder) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        tabs = app.query_one(TabBar)
        x = str(tabs.render_line(0).text).index("3 Timing")
        await pilot.click(TabBar, offset=(x, 0))
        await pilot.pause()
        assert tabs.active == "timing"
        assert app.focused is not None and app.focused.id == "timing-events"


async def test_the_meetings_keys_act_on_the_main_screen_only(demo: Recorder) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(160, 30)) as pilot:
        await pilot.press("5")
        await pilot.pause()
        minutes = app.screen
        shown = {key.description for key in minutes.query_one(KeyBar).keys}
        assert "Keys" in shown and "Roll call" not in shown and "Body" not in shown
        for key in ("2", "b", "n"):
            await pilot.press(key)
            await pilot.pause()
        assert app.screen is minutes
        assert app.query_one(TabBar).active == "rollcall"
        await pilot.press("escape")
        await pilot.pause()
        assert "Roll call" in {key.description for key in app.screen.query_one(KeyBar).keys}
        await pilot.press("2")
        await pilot.pause()
        assert app.query_one(TabBar).active == "agenda"
