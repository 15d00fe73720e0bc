"""The chair's terminal app: large quorum, live updates from another process, strictly read-only."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from pathlib import Path

import pytest
from textual.widgets import Digits, Static

from sitzung.clock import FixedClock
from sitzung.recorder import Recorder
from storage.archive import TinyArchive
from storage.lock import WriterLock
from storage.session_log import TinySessionLog
from tests.chair.conftest import CANARY, files_state, screen_text
from tui.chair import build_chair_app


def shown(app, selector: str) -> str:
    return str(app.query_one(selector, Static).render())


async def test_the_quorum_large_and_in_words(viewer_log: TinySessionLog, clock: FixedClock) -> None:
    app = build_chair_app(viewer_log, clock, lang="de")
    async with app.run_test(size=(140, 36)) as pilot:
        await pilot.pause()
        assert app.query_one("#present", Digits).value == "15"
        assert app.query_one("#required", Digits).value == "9"
        assert shown(app, "#verdict") == "BESCHLUSSFÄHIG"
        assert app.query_one("#verdict").has_class("quorate")
        text = screen_text(app)
        for words in (
            "15 anwesend / 9 nötig · 17 Sitze · für TOP 2.1",
            "Regel: mehr als die Hälfte der 17 Sitze",
            "Feststellung des Vorsitzes um 18:00: beschlussfähig",
            "TOP 2.1",
            "läuft seit 18:04 · 0:07",
            "läuft seit 18:00 · 0:11",
            "Anwesenheit: letzte Änderungen",
            "q  Beenden",
        ):
            assert words in text, words
        assert "┏━┓" in text  # the figures are drawn large, with Textual's Digits


async def test_the_clocks_move_with_the_injected_clock(viewer_log: TinySessionLog, clock: FixedClock) -> None:
    app = build_chair_app(viewer_log, clock, lang="en")
    app.poll_seconds = 0.05
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert shown(app, "#item-time") == "running since 18:04 · 0:07"
        clock.advance(minutes=5)
        await pilot.pause(0.2)
        assert shown(app, "#item-time") == "running since 18:04 · 0:12"
        assert shown(app, "#clock-text") == "running since 18:00 · 0:16"


async def test_a_change_by_another_process_shows_within_a_second(
    viewer_log: TinySessionLog, clerk: Recorder, data_dir: Path, clock: FixedClock
) -> None:
    app = build_chair_app(viewer_log, clock, lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.query_one("#present", Digits).value == "15"
        command = [sys.executable, "-m", "cli", "--data-dir", str(data_dir)]
        process = await asyncio.create_subprocess_exec(
            *command, "attend", clerk.state.info.id, "Thelen", "left", "--at", "18:12"
        )
        assert await asyncio.wait_for(process.wait(), 20) == 0
        written = time.monotonic()
        while app.query_one("#present", Digits).value != "14" and time.monotonic() - written < 3:
            await pilot.pause(0.02)
        delay = time.monotonic() - written
        assert app.query_one("#present", Digits).value == "14"
        assert delay < 1.0, f"the chair's view took {delay:.2f} s"
        assert "18:12  left: Thelen, Friedhelm" in screen_text(app)


async def test_it_never_writes_never_locks_and_changes_nothing(
    viewer_log: TinySessionLog, clerk: Recorder, data_dir: Path, clock: FixedClock
) -> None:
    """No key does anything but quit; every file (the lock file too) keeps its inode, mtime and size; the
    writer's lock stays free."""
    before = files_state(data_dir)
    app = build_chair_app(viewer_log, clock, lang="de")
    app.poll_seconds = 0.05
    async with app.run_test(size=(100, 30)) as pilot:
        for key in ("a", "u", "space", "enter", "delete", "ctrl+z", "ctrl+p", "tab", "1", "x", "escape"):
            await pilot.press(key)
        deadline = time.monotonic() + 1.2
        while time.monotonic() < deadline:
            clock.advance(seconds=20)
            assert files_state(data_dir) == before, "the chair's view changed a file"
            await pilot.pause(0.03)
        assert app.is_running
        with WriterLock(viewer_log.path.with_suffix(".lock"), timeout=0):
            pass  # the running view holds no lock
    with pytest.raises(RuntimeError, match="read-only"), viewer_log.writing():
        pass


async def test_q_quits(viewer_log: TinySessionLog, clock: FixedClock) -> None:
    app = build_chair_app(viewer_log, clock, lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_an_unreadable_file_keeps_the_last_state_and_says_so(
    viewer_log: TinySessionLog, clerk: Recorder, clock: FixedClock
) -> None:
    app = build_chair_app(viewer_log, clock, lang="en")
    app.poll_seconds = 0.05
    path = viewer_log.path
    good = path.read_bytes()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        broken = path.with_name("broken.tmp")
        broken.write_bytes(b"{ not json")
        os.replace(broken, path)  # as the clerk's writes do: a whole new file
        await pilot.pause(0.3)
        assert "cannot be read now" in shown(app, "#problem")
        assert app.query_one("#present", Digits).value == "15"
        data = json.loads(good)
        data["events"]["9999"] = {"seq": "not a number"}  # whole JSON, one record it cannot read
        odd = path.with_name("odd.tmp")
        odd.write_text(json.dumps(data))
        os.replace(odd, path)
        await pilot.pause(0.3)
        assert "record 9999" in shown(app, "#problem")
        assert app.query_one("#present", Digits).value == "15"
        repaired = path.with_name("repaired.tmp")
        repaired.write_bytes(good)
        os.replace(repaired, path)
        await pilot.pause(0.3)
        assert not app.query_one("#problem").display


@pytest.mark.parametrize("lang, words", [("de", "Nichtöffentliche Sitzung"), ("en", "Closed session")])
async def test_canary_the_room_display_never_shows_the_closed_item(
    closed_item: Recorder, data_dir: Path, clock: FixedClock, lang: str, words: str
) -> None:
    log = TinyArchive(data_dir, read_only=True).open_session(closed_item.state.info.id)
    for public in (False, True):
        app = build_chair_app(log, clock, lang=lang, public=public)
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            text = screen_text(app)
            svg = app.export_screenshot()
        if not public:  # the chair sees it: proves the check below can fail
            assert CANARY in text and CANARY in svg
            continue
        assert words in text
        assert CANARY not in text and CANARY not in svg
        assert "Thelen" not in text  # recused from the closed item
        assert "Lux" not in text  # left during the closed session
        assert "TOP 3" not in text and "Item 3" not in text
