"""Two apps and a shell on one session: nothing acknowledged is undone, typed text is merged, not lost."""

from __future__ import annotations

import pytest
from textual.widgets import TextArea

import tui.agenda as agenda_module
from sitzung.clock import FixedClock
from sitzung.recorder import Recorder
from storage.archive import TinyArchive
from tui.app import build_app
from tui.banner import ReadOnlyBanner


@pytest.fixture
def started(demo: Recorder) -> Recorder:
    demo.clock_action("start")
    demo.item_action("1", "start")
    return demo


def second(archive: TinyArchive, recorder: Recorder, clock: FixedClock) -> Recorder:
    return Recorder(archive.open_session(recorder.state.info.id), clock)


async def test_a_second_app_opens_read_only_and_can_take_over(
    started: Recorder, archive: TinyArchive, clock: FixedClock
) -> None:
    first = build_app(started, lang="en")
    async with first.run_test(size=(80, 24)) as pilot:
        other = build_app(second(archive, started, clock), lang="en")
        async with other.run_test(size=(80, 24)) as other_pilot:
            assert other.read_only and not first.read_only
            assert "Read-only" in str(other.query_one(ReadOnlyBanner).render())
            await other_pilot.press("2", "e")  # end the item: refused, nothing recorded
            await other_pilot.pause()
            assert started.state.running_item is not None
            second(archive, started, clock).note("1", "Aus der Shell.")  # a shell writes beside both apps
            await other_pilot.press("ctrl+t")  # take over: the first app lets go at its next poll
            for _ in range(50):  # each app polls every half second; a loaded machine may take longer
                if first.read_only and not other.read_only:
                    break
                await pilot.pause(0.1)
                await other_pilot.pause(0.1)
            assert first.read_only and not other.read_only
            await other_pilot.press("e")
            await other_pilot.pause()
            other.recorder.refresh()
            assert other.recorder.state.running_item is None
            assert other.recorder.state.items["1"].notes == "Aus der Shell."  # acknowledged, still there


async def test_a_note_from_the_shell_is_merged_with_what_the_clerk_types(
    started: Recorder, archive: TinyArchive, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(agenda_module, "AUTOSAVE_SECONDS", 0.3)
    app = build_app(started, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "tab", *"Frau Meier fragt")
        shell = second(archive, started, clock)
        shell.note("1", "Nachtrag der Verwaltung.")  # acknowledged ("Noted") while the clerk types
        await pilot.press(*" nach dem Stand")
        await pilot.pause(0.6)
        notes = app.query_one("#notes", TextArea)
        started.refresh()
        recorded = started.state.items["1"].notes
        assert "Frau Meier fragt nach dem Stand" in recorded and "Nachtrag der Verwaltung." in recorded
        assert notes.text == recorded
        assert notes.cursor_location[0] == 0  # the cursor stays in the clerk's line
        await pilot.press(*" X")  # the next words land where the clerk was typing
        assert notes.document.get_line(0).endswith("nach dem Stand X")


async def test_an_outside_note_picked_up_while_idle_keeps_the_cursor(
    started: Recorder, archive: TinyArchive, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(agenda_module, "AUTOSAVE_SECONDS", 0.05)
    app = build_app(started, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "tab", *"Erster Satz.")
        await pilot.pause(0.3)  # saved, the editor idle
        second(archive, started, clock).note("1", "Von außen.")
        await pilot.pause(0.8)  # the poll picks it up
        notes = app.query_one("#notes", TextArea)
        assert notes.text == "Erster Satz.\n\nVon außen."
        assert notes.cursor_location == (0, len("Erster Satz."))
