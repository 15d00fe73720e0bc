"""Apologies with their reason from the roll call's keys: "r" opens a form of one field (prefilled with the reason
recorded), Enter records the person excused with it, Esc records nothing, and a refusal stays in the form."""

from __future__ import annotations

from textual.widgets import Input

import tui.words  # noqa: F401  (registers the app's words)
from sitzung.recorder import Recorder
from tui.app import SitzungApp, build_app
from tui.dialogs import FormDialog
from tui.roster_table import RosterTable

THELEN = "thelen|friedhelm"


def screen_lines(app: SitzungApp) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


def select_person(app: SitzungApp, key: str) -> None:
    app.query_one("#rollcall-table", RosterTable).move_to(key)


def key_state(app: SitzungApp, key: str) -> bool:
    """Whether `key` works now on the main screen (shown and not dimmed in the key bar)."""
    _node, _binding, enabled, _tooltip = app.screen.active_bindings[key]
    return enabled


async def test_apologies_with_a_reason(demo: Recorder) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        select_person(app, THELEN)
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, FormDialog)
        text = "\n".join(screen_lines(app))
        assert "Apologies from Thelen, Friedhelm" in text and "Reason for apologies" in text, text
        await pilot.press(*"work commitments", "enter")
        await pilot.pause()
        assert app.screen is app.screen_stack[0]
        presence = demo.state.presence(THELEN)
        assert (presence.status, presence.reason) == ("excused", "work commitments")
        assert demo.log.events()[-1].data == {"person": THELEN, "status": "excused", "reason": "work commitments"}
        row = next(line for line in screen_lines(app) if "Thelen, Friedhelm" in line)
        assert "Thelen, Friedhelm  (work commit" in row and "* excused" in row, row  # after the name, as minuted
        await pilot.press("r")  # again: the form holds the reason recorded
        await pilot.pause()
        assert app.screen.query_one("#field-reason", Input).value == "work commitments"
        await pilot.press("escape")


async def test_a_reason_is_shown_as_written(demo: Recorder) -> None:
    demo.attend(THELEN, "excused", reason="[/][b]ill")  # from the command line: never markup on the screen
    app = build_app(demo, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        row = next(line for line in screen_lines(app) if "Thelen, Friedhelm" in line)
        assert "([/][b]ill)" in row, row


async def test_escape_records_nothing(demo: Recorder) -> None:
    app = build_app(demo, lang="de")
    async with app.run_test(size=(80, 24)) as pilot:
        select_person(app, THELEN)
        await pilot.pause()
        before = len(demo.log.events())
        await pilot.press("r", *"Dienstreise")
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        assert "Thelen, Friedhelm ist entschuldigt" in "\n".join(screen_lines(app))
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.screen_stack[0]
        assert len(demo.log.events()) == before
        assert demo.state.presence(THELEN).status == "present" and demo.state.presence(THELEN).reason == ""


async def test_a_refused_reason_is_shown_in_the_form(demo: Recorder) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        select_person(app, THELEN)
        await pilot.pause()
        before = len(demo.log.events())
        await pilot.press("r")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, FormDialog)
        dialog.query_one("#field-reason", Input).value = "ill\u202eness"  # as pasted: a bidi override inside
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog  # the sentence stays in the form, to be corrected
        error = str(dialog.query_one("#form-error").render())
        assert "control character U+202E" in error, error
        assert len(demo.log.events()) == before
        dialog.query_one("#field-reason", Input).value = "illness"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is app.screen_stack[0]
        assert demo.state.presence(THELEN).reason == "illness"


async def test_the_key_works_as_the_others_do(demo: Recorder) -> None:
    """Dimmed on a role's heading (the form is about one person); read-only, it stays like "e", and the form says
    why nothing is recorded."""
    app = build_app(demo, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one("#rollcall-table", RosterTable)
        table.set_cursor(0)  # a role's heading
        await pilot.pause()
        assert table.selected_key is None
        assert not key_state(app, "r")
        await pilot.press("r")
        await pilot.pause()
        assert app.screen is app.screen_stack[0]
        select_person(app, THELEN)
        await pilot.pause()
        assert key_state(app, "r")
        app.set_read_only("another app")
        await pilot.pause()
        assert key_state(app, "r") == key_state(app, "e") is True
        before = len(demo.log.events())
        await pilot.press("r", *"illness", "enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, FormDialog)
        assert "Read-only" in str(dialog.query_one("#form-error").render())
        assert len(demo.log.events()) == before
        await pilot.press("escape")
