"""The minutes screen: a live preview, full or public, German or English, and export to a file."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.widgets import Input, Markdown, Static

from exports.minutes import MinutesOptions, render_minutes
from sitzung.recorder import Recorder
from tui.minutes_screen import MinutesScreen

SECRET = "Vertraulicher Kaufpreis"


class Host(App[None]):
    """A bare app that opens the minutes screen, as the clerk's app does with its key."""

    def __init__(self, recorder: Recorder, lang: str) -> None:
        super().__init__()
        self.recorder = recorder
        self.lang = lang

    def on_mount(self) -> None:
        self.push_screen(MinutesScreen(self.recorder, self.lang))


def preview(app: App[None]) -> str:
    return app.screen.query_one("#minutes-preview", Markdown).source


async def test_preview_public_switch_and_export(demo: Recorder, tmp_path: Path) -> None:
    demo.note("3", SECRET)
    demo.note("2.1", "Bericht der Sozialdezernentin.")
    app = Host(demo, "de")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, MinutesScreen)
        shown = preview(app)
        assert shown.startswith("# Niederschrift über die 6. Sitzung des Ausschusses für Gesundheit")
        assert SECRET in shown and "Bericht der Sozialdezernentin." in shown
        assert "Vollständige Niederschrift" in str(app.screen.query_one("#minutes-mode", Static).render())

        await pilot.press("p")
        await pilot.pause()
        public = preview(app)
        assert SECRET not in public and "Bericht der Sozialdezernentin." in public
        assert public == render_minutes(demo.state, MinutesOptions("de", public=True))
        assert "Öffentliche Niederschrift" in str(app.screen.query_one("#minutes-mode", Static).render())

        await pilot.press("e")
        await pilot.pause()
        field = app.screen.query_one("#minutes-path", Input)
        assert field.has_focus and field.value.endswith("-de-public.md")
        target = tmp_path / "oeffentlich.md"
        field.value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == public
        assert not field.has_class("-shown")

        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, MinutesScreen)


async def test_the_preview_follows_the_session_and_switches_language(demo: Recorder) -> None:
    app = Host(demo, "en")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert preview(app).startswith("# Minutes of the 6th meeting")
        demo.note("2.2", "Ein neuer Absatz zur Frauenberatung.")
        await pilot.pause(0.7)
        assert "Ein neuer Absatz zur Frauenberatung." in preview(app)
        await pilot.press("l")
        await pilot.pause()
        assert preview(app).startswith("# Niederschrift über die 6. Sitzung")


async def test_an_unwritable_path_is_reported_and_nothing_breaks(demo: Recorder, tmp_path: Path) -> None:
    app = Host(demo, "en")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("e")
        field = app.screen.query_one("#minutes-path", Input)
        field.value = str(tmp_path / "missing" / "minutes.md")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MinutesScreen)
        assert field.has_class("-shown")
        assert not (tmp_path / "missing").exists()
        assert any("missing" in str(n.message) for n in app._notifications)
