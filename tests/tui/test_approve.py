"""The agenda's key for approving an earlier meeting's minutes: its form, what it records, and the minutes that
then know they were approved."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from textual.widgets import Checkbox, Select

import tui.minutes_screen
from sitzung.clock import FixedClock
from sitzung.model import SessionInfo
from sitzung.recorder import Recorder
from storage.archive import TinyArchive
from tui.agenda import Agenda
from tui.app import build_app
from tui.describe import describe_event
from tui.dialogs import FormDialog
from tui.minutes_screen import MinutesScreen


def earlier_session(archive: TinyArchive, demo: Recorder, weeks: int, number: int) -> SessionInfo:
    """Another meeting of the demo's committee, `weeks` before it."""
    info = demo.state.info
    earlier = replace(info, id=f"earlier-{number}", number=number, date=info.date - timedelta(weeks=weeks))
    archive.create_session(earlier)
    return earlier


def reading(archive: TinyArchive) -> TinyArchive:
    return TinyArchive(archive.data_dir, read_only=True)


async def test_the_key_is_hidden_without_an_earlier_meeting(demo: Recorder, archive: TinyArchive) -> None:
    for app in (build_app(demo, lang="en"), build_app(demo, lang="en", archive=reading(archive))):
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("2")
            await pilot.pause()
            assert app.query_one(Agenda).check_action("approve", ()) is False
            await pilot.press("a")  # nothing opens
            await pilot.pause()
            assert app.screen is app.screen_stack[0]


async def test_the_form_offers_the_previous_meeting_and_records_as_corrected(
    demo: Recorder, archive: TinyArchive
) -> None:
    older = earlier_session(archive, demo, 8, 4)
    previous = earlier_session(archive, demo, 4, 5)
    app = build_app(demo, lang="en", archive=reading(archive))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        agenda = app.query_one(Agenda)
        assert agenda.check_action("approve", ()) is True
        await pilot.press("a")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, FormDialog)
        choice = dialog.query_one("#field-session", Select)
        assert choice.value == previous.id  # the previous meeting first; the older one can be chosen
        assert [value for _label, value in dialog.fields[0].options] == [previous.id, older.id]
        await pilot.press("tab", "space")  # "as corrected"
        await pilot.pause()
        assert dialog.query_one("#field-corrected", Checkbox).value is True
        await pilot.press("enter")  # from the checkbox: recorded
        await pilot.pause()
        assert app.screen is app.screen_stack[0]
        number = agenda.selected().number  # type: ignore[union-attr]
        [approval] = demo.state.items[number].approvals
        assert (approval.session, approval.date, approval.corrected) == (previous.id, previous.date, True)
        shown = str(agenda.query_one("#item-info").render())
        assert f"Minutes of {previous.date:%d.%m.%Y} approved as corrected" in shown
        event = demo.state.effective[-1]
        said = f"Niederschrift vom {previous.date:%d.%m.%Y} genehmigt (TOP {number})"
        assert describe_event(demo.state, event, "de") == said  # the timing list's and undo's words

        await pilot.press("a")  # the same minutes again: the form says why and stays open
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, FormDialog)
        await pilot.press("ctrl+s")  # records from the drop-down (Enter would open it)
        await pilot.pause()
        assert "already approved in this meeting" in str(dialog.query_one("#form-error").render())
        assert len(demo.state.items[number].approvals) == 1


async def test_the_minutes_of_the_approved_meeting_know_the_date(
    demo: Recorder, archive: TinyArchive, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    previous = earlier_session(archive, demo, 4, 5)
    demo.approve_minutes("1", previous)
    seen: list[date | None] = []

    def render(state: Any, options: Any, earlier: Any = ()) -> str:
        seen.append(options.approved)
        return "# minutes\n"

    monkeypatch.setattr(tui.minutes_screen, "render_minutes", render)
    for recorder, approved in ((Recorder(archive.open_session(previous.id), clock), demo.state.info.date),
                               (demo, None)):
        app = build_app(recorder, lang="en", archive=reading(archive))
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("5")
            await pilot.pause()
            assert isinstance(app.screen, MinutesScreen)
            assert seen[-1] == approved

