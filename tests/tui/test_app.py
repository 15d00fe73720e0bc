"""The minimal clerk's app: roster grouped by role, quorum in the status bar, live updates."""

from __future__ import annotations

from textual.widgets import DataTable

from sitzung.recorder import Recorder
from tui.app import StatusBar, build_app


async def test_demo_shows_roster_and_quorum(demo: Recorder) -> None:
    app = build_app(demo, lang="de")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        status = str(app.query_one(StatusBar).render())
        assert "BESCHLUSSFÄHIG" in status and "15 anwesend / 9 nötig / 17 Sitze" in status
        table = app.query_one("#roster", DataTable)
        keys = [row.value for row in table.rows]
        assert keys[0] == "role:kreistagsmitglied"
        assert "role:verwaltung" in keys and "kehren|hanno" in keys


async def test_a_change_from_another_process_shows_up(demo: Recorder, archive, clock) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        other = Recorder(archive.open_session(demo.state.info.id), clock)
        for name in ("Thelen", "Stelten", "Spinrath", "Lux", "Maibaum", "Kehren", "Dederichs"):
            other.attend(name, "left")
        await pilot.pause(0.7)
        status = str(app.query_one(StatusBar).render())
        assert "NOT QUORATE" in status and "8 present / 9 required / 17 seats" in status
