"""A demo session on disk, with a fixed clock, for Pilot and snapshot tests."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from sitzung.clock import FixedClock
from sitzung.recorder import Recorder
from sitzung.reference import build_demo
from storage.archive import TinyArchive


@pytest.fixture(autouse=True)
def no_blinking(monkeypatch: pytest.MonkeyPatch) -> None:
    """A blinking cursor makes snapshots flaky."""
    from textual.widgets import Input, TextArea

    monkeypatch.setattr(Input, "cursor_blink", False, raising=False)
    monkeypatch.setattr(TextArea, "cursor_blink", False, raising=False)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2022, 5, 11, 17, 55))


@pytest.fixture
def archive(tmp_path: Path) -> TinyArchive:
    return TinyArchive(tmp_path / "data")


@pytest.fixture
def demo(archive: TinyArchive, clock: FixedClock) -> Recorder:
    return build_demo(archive, clock)
