"""The reference meeting on disk, running, for the chair's view; and helpers to read a screen."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from rich.console import Console

from sitzung.clock import FixedClock
from sitzung.recorder import Recorder
from sitzung.reference import build_demo
from storage.archive import TinyArchive

CANARY = "KANARIENVOGEL-7f3a"
# Seven voting members who leave: 15 present become 8, with 9 required.
LEAVERS = ("Thelen", "Stelten", "Spinrath", "Lux", "Maibaum", "Kehren", "Dederichs")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2022, 5, 11, 17, 55))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def clerk(data_dir: Path, clock: FixedClock) -> Recorder:
    """The clerk's side: the reference meeting after the roll call, started at 18:00, TOP 2.1 running since 18:04.

    TOP 3 (closed) carries the canary in its title, set before the meeting: an agenda
    whose items carry records cannot be replaced.
    """
    from sitzung.model import AgendaItem

    recorder = build_demo(TinyArchive(data_dir), clock)
    recorder.set_agenda([
        item if item.number != "3" else AgendaItem(item.number, f"Pflegeeinrichtung {CANARY}", public=False)
        for item in recorder.state.agenda
    ])
    clock.advance(minutes=5)
    recorder.clock_action("start")
    recorder.determine(True)
    clock.advance(minutes=4)
    recorder.item_action("2.1", "start")
    clock.advance(minutes=7)  # 18:11
    return recorder


@pytest.fixture
def closed_item(clerk: Recorder, clock: FixedClock) -> Recorder:
    """The meeting in its non-public part: TOP 3 running, its title and notes carrying the canary, a recusal."""
    clock.advance(minutes=20)  # 18:31
    clerk.item_action("3", "start")
    clerk.note("3", f"Vertraulich: {CANARY} und Sohn GmbH")
    clerk.recuse("3", "Thelen")
    clock.advance(minutes=1)
    clerk.attend("Lux", "left")  # during the closed session: the room display does not tell
    clerk.determine(True)
    clock.advance(minutes=2)  # 18:34
    return clerk


@pytest.fixture
def viewer_log(clerk: Recorder, data_dir: Path) -> Iterator[object]:
    """The chair's side: the same session, opened read-only."""
    log = TinyArchive(data_dir, read_only=True).open_session(clerk.state.info.id)
    yield log
    log.close()


def screen_text(app: object) -> str:
    """What a running Textual app shows, as plain text."""
    width, height = app.size  # type: ignore[attr-defined]
    console = Console(
        width=width,
        height=height,
        file=io.StringIO(),
        record=True,
        legacy_windows=False,
        force_terminal=True,
        color_system=None,
    )
    console.print(app.screen._compositor.render_update(full=True))  # type: ignore[attr-defined]
    return console.export_text()


def files_state(folder: Path) -> dict[str, tuple[int, int, int]]:
    """Every file and folder under `folder` with its inode, modification time and size.

    A folder's mtime changes when a file in it is created or removed, even briefly (a lock file).
    """
    found = {}
    for path in [folder, *sorted(folder.rglob("*"))]:
        st = os.stat(path)
        found[str(path.relative_to(folder))] = (st.st_ino, st.st_mtime_ns, st.st_size)
    return found
