"""The demo is the reference meeting on its own day, 11.05.2022, with a clock that runs from 17:55 then."""

from __future__ import annotations

from datetime import datetime, timedelta

from sitzung.clock import ShiftedClock
from sitzung.reference import DATE, DEMO_START, build_demo
from storage.archive import TinyArchive


def test_the_demo_is_dated_as_the_reference_meeting(tmp_path) -> None:  # type: ignore[no-untyped-def]
    clock = ShiftedClock(DEMO_START)
    recorder = build_demo(TinyArchive(tmp_path), clock)
    assert recorder.state.info.date == DATE
    assert abs(clock.now() - DEMO_START) < timedelta(seconds=5)
    recorder.clock_action("start")
    assert recorder.state.started is not None and recorder.state.started.date() == DATE
    assert recorder.state.started < datetime.combine(DATE, datetime.min.time()) + timedelta(hours=18)
