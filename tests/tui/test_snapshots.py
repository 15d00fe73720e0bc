"""How each screen looks, at 80×24 and at 160×48 (review the SVGs before accepting them)."""

from __future__ import annotations

import pytest

from sitzung.clock import FixedClock
from sitzung.recorder import Recorder
from tui.app import build_app

SIZES = [(80, 24), (160, 48)]


def pressing(*keys: str):  # type: ignore[no-untyped-def]
    """Press keys, then let focus moves and refreshes settle before the picture is taken."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press(*keys)
        await pilot.pause()
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()

    return run_before


def meeting_in_progress(demo: Recorder, clock: FixedClock) -> Recorder:
    """The reference meeting at 18:21: opened at 18:00, items 1–2.2 done, 2.3 running, one departure."""
    clock.advance(minutes=5)
    demo.clock_action("start")
    demo.determine(True)
    for number, minutes in (("1", 1), ("2", 2), ("2.1", 1), ("2.2", 8), ("2.3", 8)):
        clock.advance(minutes=minutes)
        demo.item_action(number, "start")
    demo.note("2.1", "Sozialdezernentin Montforts berichtet zum aktuellen Stand.")
    demo.vote("2.2", yes=9, no=3, abstain=2)
    clock.advance(minutes=2)
    demo.attend("Thelen", "left")
    demo.plan("2.4", 10)
    clock.advance(minutes=1)
    return demo


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("tab", ["1", "2", "3", "4"])
def test_tabs(snap_compare, demo: Recorder, clock: FixedClock, tab: str, size: tuple[int, int]) -> None:
    app = build_app(meeting_in_progress(demo, clock), lang="de")
    assert snap_compare(app, run_before=pressing(tab), terminal_size=size)


def test_vote_dialog(snap_compare, demo: Recorder, clock: FixedClock) -> None:
    app = build_app(meeting_in_progress(demo, clock), lang="en")
    assert snap_compare(app, run_before=pressing("2", "v", "9", "tab", "9"), terminal_size=(80, 24))


def test_help(snap_compare, demo: Recorder, clock: FixedClock) -> None:
    app = build_app(meeting_in_progress(demo, clock), lang="en")
    assert snap_compare(app, run_before=pressing("f1"), terminal_size=(160, 48))


def test_light_theme(snap_compare, demo: Recorder, clock: FixedClock) -> None:
    app = build_app(meeting_in_progress(demo, clock), lang="en", theme="textual-light")
    assert snap_compare(app, terminal_size=(80, 24))


def test_minutes_preview(snap_compare, demo: Recorder, clock: FixedClock) -> None:
    app = build_app(meeting_in_progress(demo, clock), lang="de")
    assert snap_compare(app, run_before=pressing("5"), terminal_size=(100, 30))
