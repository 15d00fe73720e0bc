"""The app and the journal: the session file is rewritten once the clerk pauses, and the status bar shows the mirror
and when it falls behind (the stick pulled out), without ever blocking a key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tui.app
from sitzung.clock import FixedClock
from sitzung.reference import build_demo
from storage.archive import TinyArchive
from storage.journal import header, journal_path
from tests.journal_helpers import lines
from tui.app import TIDY_AFTER_POLLS, build_app
from tui.roster_table import RosterTable
from tui.status import StatusBar

KEHREN = "kehren|hanno"


def status_text(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.query_one(StatusBar).render())


async def test_the_session_file_is_rewritten_when_the_clerk_pauses(
    tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The test counts the polls itself: the app's own timer, every half second of real time, would add quiet
    # polls whenever the machine is slow enough for one to fall between the key and the assertions.
    monkeypatch.setattr(tui.app, "POLL_SECONDS", 3600.0)
    archive = TinyArchive(tmp_path / "data")
    recorder = build_demo(archive, clock, roll_call_done=False)
    recorder.tidy()  # the agenda, recorded before the app opens, into the session file
    path = archive.sessions_dir / f"{recorder.state.info.id}.json"
    app = build_app(recorder, lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        app.query_one("#rollcall-table", RosterTable).move_to(KEHREN)
        await pilot.press("p")
        await pilot.pause()
        assert lines(journal_path(path)) != header(recorder.state.info.id)  # the action: one journal line
        events_in_file = len(json.loads(path.read_bytes())["events"])
        app.poll()  # sees the new event
        for _ in range(TIDY_AFTER_POLLS - 1):
            app.poll()
        assert len(json.loads(path.read_bytes())["events"]) == events_in_file  # still typing, maybe
        app.poll()
        assert len(json.loads(path.read_bytes())["events"]) == events_in_file + 1
        assert lines(journal_path(path)) == header(recorder.state.info.id)  # with room for the next actions
    recorder.log.close()  # as the command that ran the app does
    assert journal_path(path).read_bytes() == header(recorder.state.info.id)  # closed: no room kept


async def test_the_status_bar_shows_the_mirror_and_when_it_falls_behind(tmp_path: Path, clock: FixedClock) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    recorder = build_demo(TinyArchive(tmp_path / "data", mirror=stick), clock, roll_call_done=False)
    app = build_app(recorder, lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        app.tick()
        assert "Mirror ✔" in status_text(app)
        stick.rename(tmp_path / "drawer")  # pulled out
        app.query_one("#rollcall-table", RosterTable).move_to(KEHREN)
        await pilot.press("p")
        await pilot.pause()
        assert recorder.state.presence(KEHREN).here  # recorded, never blocked
        app.tick()
        status = recorder.log.mirror
        assert status is not None and status.since is not None
        assert f"Mirror ✘ since {status.since:%H:%M}" in status_text(app)
        (tmp_path / "drawer").rename(stick)  # back
        app.query_one("#rollcall-table", RosterTable).move_to("thelen|friedhelm")
        await pilot.press("p")
        await pilot.pause()
        app.tick()
        assert "Mirror ✔" in status_text(app)
    mirrored = TinyArchive(stick, read_only=True).open_session(recorder.state.info.id).events()
    assert [e.to_dict() for e in mirrored] == [e.to_dict() for e in recorder.log.events()]


async def test_without_a_mirror_the_status_bar_says_nothing_of_one(demo) -> None:  # type: ignore[no-untyped-def]
    app = build_app(demo, lang="en")
    async with app.run_test(size=(100, 30)):
        app.tick()
        assert "Mirror" not in status_text(app)
