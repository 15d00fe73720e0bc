"""How the chair's view looks: beside the clerk, and as a room display in the closed part (review the SVGs)."""

from __future__ import annotations

from pathlib import Path

from sitzung.clock import FixedClock
from sitzung.recorder import Recorder
from storage.archive import TinyArchive
from storage.session_log import TinySessionLog
from tui.chair import build_chair_app


def test_chair_view(snap_compare, viewer_log: TinySessionLog, clock: FixedClock) -> None:
    assert snap_compare(build_chair_app(viewer_log, clock, lang="de"), terminal_size=(100, 30))


def test_room_display_in_the_closed_part(
    snap_compare, closed_item: Recorder, data_dir: Path, clock: FixedClock
) -> None:
    log = TinyArchive(data_dir, read_only=True).open_session(closed_item.state.info.id)
    assert snap_compare(build_chair_app(log, clock, lang="de", public=True), terminal_size=(100, 30))
