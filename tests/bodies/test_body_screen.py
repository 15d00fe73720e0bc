"""The body screen: shows a session's body, edits the archive's body, never the session's copy."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.app import App
from textual.widgets import DataTable, Static

from sitzung.bodies import change_body
from sitzung.model import SessionInfo
from sitzung.presets import make_body
from sitzung.sessions import create_body
from storage.archive import TinyArchive
from tui.body_screen import BodyScreen
from tui.dialogs import FormDialog

NAME = "Ausschuss für Umwelt"


class Host(App[None]):
    def __init__(self, screen: BodyScreen) -> None:
        super().__init__()
        self.body_screen = screen

    def on_mount(self) -> None:
        self.push_screen(self.body_screen)


def _setup(tmp_path: Path) -> tuple[TinyArchive, SessionInfo]:
    archive = TinyArchive(tmp_path / "data")
    body = create_body(archive, make_body(NAME, 17, "de"))
    info = SessionInfo(id="s1", body=body, number=1, date=date(2024, 3, 1))
    return archive, info


async def test_it_shows_the_roles_and_settings_of_the_session_body(tmp_path: Path) -> None:
    _, info = _setup(tmp_path)
    screen = BodyScreen(info.body, "de")
    async with Host(screen).run_test() as pilot:
        await pilot.pause()
        table = screen.query_one("#body-roles", DataTable)
        assert table.row_count == 5
        assert table.get_row_at(0)[1:5] == ["kreistagsmitglied", "Kreistagsmitglied", "Kreistagsmitglieder", "✔"]
        assert table.get_row_at(3)[1] == "verwaltung" and table.get_row_at(3)[5] == "–"
        settings = str(screen.query_one("#body-settings", Static).render())
        assert "Sitze 17" in settings and "majority" in settings and "Ausschussvorsitzender" in settings
        await pilot.press("v")  # no change callback: refused, nothing changes
        assert screen.body == info.body


async def test_edits_go_to_the_archive_and_the_session_keeps_its_copy(tmp_path: Path) -> None:
    archive, info = _setup(tmp_path)
    screen = BodyScreen(info.body, "en", change=lambda edit: change_body(archive, NAME, edit))
    async with Host(screen).run_test() as pilot:
        await pilot.pause()
        await pilot.press("down", "down", "v")  # beratendes_mitglied now votes
        stored = archive.body(NAME)
        assert stored is not None and stored.role("beratendes_mitglied").votes  # type: ignore[union-attr]
        assert not info.body.role("beratendes_mitglied").votes  # type: ignore[union-attr]
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(pilot.app.screen, FormDialog)
        await pilot.press(*"senioren", "tab", *"Senior", "tab", *"Seniors", "enter")
        await pilot.pause()
        stored = archive.body(NAME)
        assert stored is not None and stored.role("senioren") is not None
        assert stored.role("senioren").order == 60  # type: ignore[union-attr]
        assert pilot.app.screen is screen
        assert screen.query_one("#body-roles", DataTable).row_count == 6
        await pilot.press("s")
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, FormDialog)
        dialog.query_one("#field-quorum").value = "most"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        assert "most" in str(dialog.query_one("#form-error", Static).render())  # refused, the form stays
        dialog.query_one("#field-quorum").value = "count:5"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        assert str(archive.body(NAME).quorum) == "count:5"  # type: ignore[union-attr]
    assert info.body == make_body(NAME, 17, "de")
