"""At 80×24, what the clerk reads on the screen: nothing that matters is cut, and a cut says so with "…"."""

from __future__ import annotations

from sitzung.clock import FixedClock
from sitzung.recorder import Recorder
from tui.app import SitzungApp, build_app
from tui.body_screen import BodyScreen
from tui.keybar import KeyBar
from tui.roster_table import RosterTable


def screen_lines(app: SitzungApp) -> list[str]:
    """The terminal's text, line by line, as the clerk sees it (the compositor's picture of the screen)."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


async def test_the_running_item_stays_whole_and_the_body_name_gives_way(demo: Recorder, clock: FixedClock) -> None:
    app = build_app(demo, lang="de")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "n", "n", "n")  # open the session; items 1, 2 and 2.1
        clock.advance(minutes=3)
        await pilot.press("2")
        await pilot.pause()
        top, second = screen_lines(app)[:2]
        assert top.rstrip().endswith("TOP 2.1 0:03")
        assert "6. Sitzung · Ausschuss für" in top and "…" in top and "11.05.2022" in top
        assert "✔ BESCHLUSSFÄHIG" in second and "läuft 0:03" in second and "…" not in second


async def test_the_status_bar_in_english_and_without_a_running_item(demo: Recorder) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        top = screen_lines(app)[0]
        assert top.rstrip().endswith("No item running") and top.startswith(" Session 6 · ")


async def test_the_whole_title_shows_when_there_is_room(demo: Recorder) -> None:
    app = build_app(demo, lang="de")
    async with app.run_test(size=(160, 30)) as pilot:
        await pilot.pause()
        top = screen_lines(app)[0]
        assert "Ausschuss für Gesundheit, Soziales und Generationenfragen · 11.05.2022" in top and "…" not in top


async def test_a_cut_key_bar_shows_whole_keys_and_ends_with_an_ellipsis(demo: Recorder) -> None:
    app = build_app(demo, lang="de")
    async with app.run_test(size=(80, 24)) as pilot:
        for tab in ("1", "2"):
            await pilot.press(tab)
            await pilot.pause()
            bottom = screen_lines(app)[-1]
            shown, _, palette = bottom.partition("▏")
            assert shown.rstrip().endswith("…"), bottom
            before = shown.rstrip().removesuffix("…").rstrip()
            bar = app.query_one(KeyBar)
            assert any(before.endswith(f"{key.display} {key.description}") for key in bar.keys), bottom
            assert "^p" in palette


async def test_a_key_bar_that_fits_has_no_ellipsis(demo: Recorder) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(400, 30)) as pilot:
        await pilot.pause()
        bottom = screen_lines(app)[-1]
        assert "…" not in bottom and " q Quit " in bottom


async def test_the_roll_call_fits_80_columns(demo: Recorder) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"terodde", "enter")
        await pilot.pause()
        table = app.query_one("#rollcall-table", RosterTable)
        assert table.virtual_size.width <= table.scrollable_content_region.width  # no sideways scrolling
        row = next(line for line in screen_lines(app) if "Terodde" in line)
        assert "+ absent without apology" in row and "17:55" in row  # the status whole, the time beside it


async def test_a_long_name_ends_with_an_ellipsis_and_the_status_stays(demo: Recorder) -> None:
    app = build_app(demo, lang="de")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g", *"Leonards-Schippers-Hohenfels, Maximiliane Friederike", "enter")
        await pilot.press("slash", *"hohenfels", "enter")
        await pilot.pause()
        table = app.query_one("#rollcall-table", RosterTable)
        assert table.virtual_size.width <= table.scrollable_content_region.width
        row = next(line for line in screen_lines(app) if "Leonards-Schippers-Hohenfels" in line)
        assert "…" in row and "● anwesend" in row


async def test_the_roll_call_at_160_columns_shows_the_status_whole(demo: Recorder) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        row = next(line for line in screen_lines(app) if "Terodde" in line)
        assert "+ absent without apology " in row


async def test_the_body_screen_fits_80_columns(demo: Recorder) -> None:
    app = build_app(demo, lang="de")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b")
        await pilot.pause()
        assert isinstance(app.screen, BodyScreen)
        table = app.screen.query_one("#body-roles")
        assert table.virtual_size.width <= table.size.width  # no sideways scrolling
        lines = screen_lines(app)
        header = next(line for line in lines if "Folge" in line)
        assert "Stimme" in header and "Genannt" in header and "Nur Zahl" in header
        row = next(line for line in lines if line.lstrip().startswith("20 "))
        assert "sachkundige…" in row and "✔" in row  # a cut cell says so
        await pilot.press("escape")
        assert app.screen is app.screen_stack[0]


async def test_the_body_screen_shows_whole_cells_when_there_is_room(demo: Recorder) -> None:
    app = build_app(demo, lang="de")
    async with app.run_test(size=(160, 30)) as pilot:
        await pilot.press("b")
        await pilot.pause()
        row = next(line for line in screen_lines(app) if line.lstrip().startswith("20 "))
        assert "sachkundiger_buerger" in row and "Sachkundige Bürger" in row and "…" not in row


async def test_a_cut_tab_name_ends_with_an_ellipsis(demo: Recorder) -> None:
    app = build_app(demo, lang="de")
    async with app.run_test(size=(50, 24)) as pilot:
        await pilot.pause()
        tabs = screen_lines(app)[2]
        assert tabs.startswith("  1 Anwesenheit") and tabs.endswith("…")
