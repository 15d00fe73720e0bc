"""The chair's view shows the motion being voted on and the latest vote's result; the room display never shows
those of a closed item."""

from __future__ import annotations

from pathlib import Path

from sitzung.clock import FixedClock
from sitzung.recorder import Recorder
from storage.archive import TinyArchive
from tests.chair.conftest import CANARY, screen_text
from tui.chair import build_chair_app, chair_view

LONG = "Der Ausschuss empfiehlt dem Kreistag, " + "die Begleitung der Pflegeeinrichtungen fortzuführen, " * 5


def test_the_open_motion_shortened_and_the_latest_result(clerk: Recorder, clock: FixedClock) -> None:
    clerk.motion("2.1", LONG, by="Kehren")
    view = chair_view(clerk.state, clock.now(), "de")
    assert view.motion.startswith("Antrag M1: Der Ausschuss empfiehlt dem Kreistag,") and view.motion.endswith("…")
    assert len(view.motion) < 140 and view.vote == ""
    clerk.motion("2.1", "Befristet bis 2024.", by="Braun", amends="M1")
    clerk.vote("2.1", yes=5, no=9, abstain=1)  # on the amendment, the open motion
    view = chair_view(clerk.state, clock.now(), "en")
    assert view.motion.startswith("Motion M1: Der Ausschuss")  # the amendment fell: the motion is voted on next
    assert view.vote == "Vote on M2: rejected · 5 for, 9 against, 1 abstention"
    clerk.vote("2.1", unanimous=True)
    view = chair_view(clerk.state, clock.now(), "en")
    assert view.motion == "" and view.vote == "Vote on M1: adopted · unanimously (15 for)"


def test_the_room_display_shows_no_decision_of_the_closed_item(closed_item: Recorder, clock: FixedClock) -> None:
    closed_item.motion("3", f"Zuschlag an {CANARY}", by="Kehren")
    chair = chair_view(closed_item.state, clock.now(), "de")
    assert CANARY in chair.motion  # the chair, beside the clerk, sees it
    closed_item.vote("3", yes=7, no=5, abstain=1)
    closed_item.motion("3", f"Nachverhandlung mit {CANARY}", by="Braun")
    for lang in ("de", "en"):
        room = chair_view(closed_item.state, clock.now(), lang, public=True)
        assert room.motion == room.vote == ""
        assert CANARY not in "\n".join(room.lines())
    assert chair_view(closed_item.state, clock.now(), "de").vote.startswith("Abstimmung über M1: beschlossen")


async def test_the_room_display_on_screen(closed_item: Recorder, data_dir: Path, clock: FixedClock) -> None:
    closed_item.motion("3", f"Zuschlag an {CANARY}", by="Kehren")
    closed_item.vote("3", yes=7, no=5, abstain=1)
    log = TinyArchive(data_dir, read_only=True).open_session(closed_item.state.info.id)
    try:
        for public in (False, True):
            app = build_chair_app(log, clock, lang="de", public=public)
            async with app.run_test(size=(100, 30)) as pilot:
                await pilot.pause()
                text = screen_text(app)
            assert ("Abstimmung über M1: beschlossen" in text) is not public
            assert (CANARY in text) is not public  # the chair sees the closed item's title, the room nothing
    finally:
        log.close()
