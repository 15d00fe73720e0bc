"""The forms, from the clerk's keys: Enter belongs to a drop-down while the cursor is in it, a checkbox says its
state in words, and the German app speaks German (also where Textual's own words were)."""

from __future__ import annotations

from collections import defaultdict

import pytest
from textual.widgets import Checkbox, Select

import tui.words  # noqa: F401  (registers the app's words)
from sitzung.i18n import CATALOG
from sitzung.recorder import Recorder
from tui.app import SitzungApp, build_app
from tui.dialogs import FormDialog


def screen_lines(app: SitzungApp) -> list[str]:
    """The terminal's text, line by line, as the clerk sees it (the compositor's picture of the screen)."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def line_with(app: SitzungApp, text: str) -> str:
    return next(line for line in screen_lines(app) if text in line)


async def test_a_deputy_is_added_from_the_keyboard(demo: Recorder) -> None:
    app = build_app(demo, lang="de")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g", *"Kramer, Ute", "tab", *"Dr.", "tab")  # name, title, then the role
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, FormDialog)
        role = dialog.query_one("#field-role", Select)
        assert dialog.focused is role
        await pilot.press("enter")  # opens the list; does not record the form
        await pilot.pause()
        assert app.screen is dialog and role.expanded
        assert "Enter übernimmt" in str(dialog.query_one("#form-hint").render())
        await pilot.press("home", "down", "enter")  # past "Bitte wählen" to the first role: taken, the list closes
        await pilot.pause()
        assert app.screen is dialog and not role.expanded
        assert role.value == "kreistagsmitglied"
        await pilot.press("tab")  # on to "Vertritt"
        assert dialog.focused is dialog.query_one("#field-deputy_for")
        await pilot.press(*"Lux", "enter")
        await pilot.pause()
        assert app.screen is app.screen_stack[0]
    person = next(p for p in demo.state.people.values() if p.last == "Kramer")
    assert (person.role, person.title, person.deputy_for, person.guest) == (
        "kreistagsmitglied", "Dr.", "lux|monika", True,
    )
    assert demo.state.presence(person.key).here


async def test_escape_in_an_open_list_closes_only_the_list(demo: Recorder) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g", "tab", "tab", "enter")
        await pilot.pause()
        dialog = app.screen
        role = dialog.query_one("#field-role", Select)
        assert role.expanded
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is dialog and not role.expanded
        await pilot.press("escape")
        assert app.screen is app.screen_stack[0]


async def test_every_field_of_the_guest_form_is_reached_with_tab(demo: Recorder) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        dialog = app.screen
        seen = []
        for _ in range(4):
            seen.append(dialog.focused.id)  # type: ignore[union-attr]
            await pilot.press("tab")
        assert seen == ["field-name", "field-title", "field-role", "field-deputy_for"]


async def test_the_drop_down_speaks_german(demo: Recorder) -> None:
    app = build_app(demo, lang="de")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g", "tab", "tab", "enter")
        await pilot.pause()
        assert app.screen.query_one("#field-role", Select).prompt == "Bitte wählen"
        assert any("Bitte wählen" in line for line in screen_lines(app))
        assert not any(" Select " in line for line in screen_lines(app))


async def test_the_public_checkbox_says_its_state_in_words(demo: Recorder) -> None:
    app = build_app(demo, lang="de")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "i")
        await pilot.pause()
        assert "ja" in line_with(app, "Öffentlich").split("Öffentlich")[0]
        await pilot.press(*"6", "tab", *"Dringlicher Antrag", "tab")
        assert isinstance(app.screen.focused, Checkbox)
        assert "Leertaste" in line_with(app, "Esc bricht ab")
        await pilot.press("space")
        await pilot.pause()
        assert "nein" in line_with(app, "Öffentlich").split("Öffentlich")[0]
        await pilot.press("enter")  # Enter on a checkbox records the form
        await pilot.pause()
        assert app.screen is app.screen_stack[0]
    item = demo.state.items["6"]
    assert (item.title, item.public) == ("Dringlicher Antrag", False)


async def test_the_vote_form_never_mentions_a_command_line_option(demo: Recorder) -> None:
    app = build_app(demo, lang="de")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "2", "down", "s", "v", *"99", "enter")  # more votes than members present
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        error = str(app.screen.query_one("#form-error").render())
        assert "99 Stimmen" in error and "--force" not in error


@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_key_has_its_own_label(lang: str) -> None:
    """In the command palette and the key bar, two keys never read the same ("Beenden" and "Beenden")."""
    labels: dict[str, list[str]] = defaultdict(list)
    for key, entry in CATALOG.items():
        if key.startswith("binding.") and not key.endswith(".tip"):
            labels[entry[lang]].append(key)
    assert {label: keys for label, keys in labels.items() if len(keys) > 1} == {}
    assert CATALOG["binding.app.quit"]["de"] != CATALOG["binding.agenda.end"]["de"]
