"""How each screen looks, at 80×24 and at 160×48 (review the SVGs before accepting them)."""

from __future__ import annotations

import pytest

from sitzung.clock import FixedClock
from sitzung.recorder import Recorder
from tui.app import build_app

SIZES = [(80, 24), (160, 48)]


def pressing(*keys: str, then: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    """Press keys (and, once a screen they opened is up, `then`), then let focus moves and refreshes settle
    before the picture is taken."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press(*keys)
        await pilot.pause()
        if then:
            await pilot.press(*then)
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


def decisions_on_2_3(demo: Recorder, clock: FixedClock) -> Recorder:
    """The meeting in progress, with a motion and an amendment on the running item 2.3."""
    meeting_in_progress(demo, clock)
    demo.motion("2.3", "Der Ausschuss nimmt den Bericht des Beirates zur Kenntnis und empfiehlt die Fortführung.",
                by="Kehren", seconded_by="Lux")
    demo.motion("2.3", "Die Fortführung wird bis Ende 2024 befristet.", by="Braun", amends="M1")
    return demo


def test_vote_dialog_on_an_amendment(snap_compare, demo: Recorder, clock: FixedClock) -> None:
    """The amendment comes chosen (it is voted before the motion it amends); the outcome as the clerk types."""
    app = build_app(decisions_on_2_3(demo, clock), lang="de")
    keys = ("1", "1", "tab", "2", "tab", "1", "tab", "tab", "tab")
    assert snap_compare(app, run_before=pressing("2", "v", then=keys), terminal_size=(80, 24))


def test_named_vote_grid(snap_compare, demo: Recorder, clock: FixedClock) -> None:
    decisions_on_2_3(demo, clock)
    demo.vote("2.3", named=True)
    for name, choice in (("Kehren", "no"), ("Kleinjans", "abstain"), ("Stelten", "no")):
        demo.ballot("2.3", name, choice)
    app = build_app(demo, lang="en")
    assert snap_compare(app, run_before=pressing("2", "N", then=("down", "down")), terminal_size=(80, 24))


def test_election_screen(snap_compare, demo: Recorder, clock: FixedClock) -> None:
    meeting_in_progress(demo, clock)
    demo.election("2.3", 1, ["Anna Alt", "Bernd Bau", "Clara Cor"])
    demo.election_round("2.3", "E1", {"Anna": 6, "Bernd": 5, "Clara": 2}, invalid=1)
    app = build_app(demo, lang="en")
    assert snap_compare(app, run_before=pressing("2", "W", then=("8", "tab", "6")), terminal_size=(80, 24))
