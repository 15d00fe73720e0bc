"""Hostile names on every screen: markup shows as written, no raw escape reaches the terminal, nothing crashes.

The names are written into the stored session directly, as a file edited by hand
or written by an older version could hold them, past the checks that refuse such
text at the door. Each screen is then read back as the terminal would get it:
its text holds the names literally ("[s. Anlage]", "Gast [/]"), escapes only in
their visible form (`\\u001b`), and no segment is a hyperlink.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from typing import Any

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import TextArea

from sitzung.clock import FixedClock
from sitzung.errors import SitzungError
from sitzung.model import AgendaItem, Person
from sitzung.recorder import Recorder
from sitzung.reference import prepare
from sitzung.vocabulary import EventKind
from storage.archive import TinyArchive
from storage.session_log import TinySessionLog
from tests.tui.test_snapshots import pressing
from tui.app import build_app, check_theme
from tui.chair import build_chair_app

RETITLE = "\x1b]0;PWNED\x07"  # would retitle the terminal's window
CLEAR = "\x1b[2J"  # would clear the screen
OVERRIDE = "\u202e"  # would show what follows right to left
RAW = ("\x1b", "\x07", OVERRIDE)  # none of these may reach the terminal from the data

BODY_NAME = f"Ausschuss [/] für {RETITLE}Gesundheit"
MUELLER = Person("Müller [/b]", "Anna", role="kreistagsmitglied", group="[bold]FDP[/bold]")
EVIL = Person(f"Böse{RETITLE}", f"Bernd{CLEAR}", role="kreistagsmitglied", group=f"{OVERRIDE}DPS")
ARABIC = Person("الهاشمي", "ليلى", role="kreistagsmitglied")
HEBREW = Person("כהן", "דוד", role="kreistagsmitglied")
LONG = Person("Lang" + "e" * 296, "Lena", role="kreistagsmitglied")
GUEST = Person("Gast [/]", "Gustav", role="gast", guest=True)
LINK = Person("[link=https://evil.example]Klick[/link]", "", role="gast", guest=True)
DEPUTY = Person(f"Vertreter{CLEAR}", "Volker", role="gast", deputy_for=EVIL.key, guest=True)
HOSTILE = (MUELLER, EVIL, ARABIC, HEBREW, LONG)  # in place of the first five members on the roster
TITLES = {
    "2": "Kosten [/] Bericht [s. Anlage]",
    "2.1": f"Haushalt{CLEAR}{RETITLE} 2023",
    "2.2": "Sehr " * 60,  # 300 characters
    "2.3": "تقرير الإدارة · דו״ח ההנהלה",
    "2.4": f"{OVERRIDE}Gegenbericht",
}
REASON = f"Pause{CLEAR} [/]"
NOTE = f"Notiz {CLEAR}[/] [link=https://evil.example]hier[/link]"


def inject(recorder: Recorder, kind: EventKind, data: dict[str, Any], at: datetime | None = None) -> None:
    """Append an event as it is, without the recorder's checks (a hand-edited file)."""
    log, now = recorder.log, recorder.clock.now()
    with log.writing():
        log.append(kind, at or now, now, data)
    recorder.feed.invalidate()


def retitled(items: tuple[AgendaItem, ...]) -> list[AgendaItem]:
    return [AgendaItem(i.number, TITLES.get(i.number, i.title), i.public, tuple(retitled(i.children)))
            for i in items]


def hostile_meeting(archive: TinyArchive, clock: FixedClock) -> Recorder:
    """The reference meeting with hostile names everywhere, running at 18:11 with item 2.1 (an escape in its title).

    Markup in names, titles, a faction and a role's heading; escapes in the body's name, its chair's
    label, a member, a guest, the place, an item's title, a recess's reason, a note and the remark; a name of 300
    characters; Arabic and Hebrew names and titles. Müller left at 18:10; כהן, דוד is never recorded.
    """
    info = prepare(archive, clock)
    log = archive.open_session(info.id)
    recorder = Recorder(log, clock)
    body = info.body
    roles = tuple(
        replace(r, heading="Kreistagsmitglieder [/]") if r.key == "kreistagsmitglied"
        else replace(r, label="[b]Gast[/b]", heading=f"Gäste{CLEAR}") if r.key == "gast" else r
        for r in body.roles
    )
    roster = (*HOSTILE, *info.roster[len(HOSTILE):])
    body = replace(body, name=BODY_NAME, roles=roles, chair_label=f"Vorsitz [/]{CLEAR}")
    with log.writing():
        log.update_info(replace(info, body=body, roster=roster, location=f"Saal{CLEAR} [/]"))
    recorder.feed.invalidate()
    inject(recorder, EventKind.AGENDA, {"items": [i.to_dict() for i in retitled(recorder.state.agenda)]})
    for person in roster:
        if person is not HEBREW and recorder.state.info.body.role(person.role).listed_when_absent:
            inject(recorder, EventKind.ATTENDANCE, {"person": person.key, "status": "present"})
    for guest in (GUEST, LINK, DEPUTY):
        inject(recorder, EventKind.GUEST, {"person": guest.to_dict(), "status": "present"})
    clock.advance(minutes=5)  # 18:00
    recorder.clock_action("start")
    recorder.determine(True)
    clock.advance(minutes=1)
    recorder.item_action("1", "start")
    clock.advance(minutes=2)
    recorder.item_action("2", "start")
    clock.advance(minutes=1)
    inject(recorder, EventKind.CLOCK, {"action": "pause", "reason": REASON})
    clock.advance(minutes=3)
    recorder.clock_action("resume")
    clock.advance(minutes=1)  # 18:08
    recorder.item_action("2.1", "start")
    inject(recorder, EventKind.NOTE, {"number": "2.1", "text": NOTE, "append": False})
    inject(recorder, EventKind.RECUSE, {"number": "2.1", "person": EVIL.key})
    inject(recorder, EventKind.REMARK, {"text": f"Bemerkung{RETITLE} [/]", "append": True})
    clock.advance(minutes=2)  # 18:10
    inject(recorder, EventKind.ATTENDANCE, {"person": MUELLER.key, "status": "left"})
    clock.advance(minutes=1)  # 18:11
    return recorder


@pytest.fixture
def meeting(archive: TinyArchive, clock: FixedClock) -> Recorder:
    return hostile_meeting(archive, clock)


@pytest.fixture
def viewer(meeting: Recorder, archive: TinyArchive) -> Iterator[TinySessionLog]:
    """The chair's side: the hostile session, opened read-only."""
    log = TinyArchive(archive.data_dir, read_only=True).open_session(meeting.state.info.id)
    yield log
    log.close()


def on_screen(app: App[Any]) -> str:
    """What the terminal gets of the screen (and what lies over it), checked: no raw escape, no link."""
    update = app.screen._compositor.render_update(full=True)
    lines = []
    for line in update.strips:  # type: ignore[attr-defined]
        text = ""
        for strip in line:
            for segment in strip:
                assert not (segment.style and segment.style.link), f"a hyperlink: {segment!r}"
                text += segment.text
        lines.append(text)
    shown = "\n".join(lines)
    raw = [char for char in RAW if char in shown]
    assert not raw, f"raw {raw!r} reached the screen:\n{shown}"
    return shown


def flat(text: str) -> str:
    """The screen's text without its line breaks and frames, to find a name that wraps."""
    return "".join(ch for ch in text if ch not in "\n│┃▌▐█▊▎╭╮╰╯─━ ")


async def settle(pilot: Pilot[Any], *keys: str) -> None:
    await pilot.press(*keys)
    await pilot.pause()
    await pilot.pause()


# -- every screen, large enough to read every name ------------------------------------------------


async def test_every_tab_shows_the_names_as_written(meeting: Recorder) -> None:
    app = build_app(meeting, lang="de")
    async with app.run_test(size=(200, 70)) as pilot:
        await settle(pilot)
        roll_call = on_screen(app)
        for name in ("Gast [/], Gustav", "Müller [/b], Anna", "[bold]FDP[/bold]", "[link=https://evil.example]Klick",
                     "Kreistagsmitglieder [/]", "\\u001b[2J", "Böse\\u001b]0;PWNED\\u0007", "\\u202eDPS",
                     "الهاشمي, ليلى", "כהן, דוד", "Ausschuss [/] für \\u001b]0;PWNED\\u0007Gesundheit"):
            assert name in roll_call, name
        assert "Langeee" in roll_call and "…" in roll_call  # the long name ends in "…"

        await settle(pilot, "2")
        agenda = on_screen(app)
        for text in ("Kosten [/] Bericht [s. Anlage]", "Haushalt\\u001b[2J\\u001b]0;PWNED\\u0007 2023",
                     "تقرير الإدارة", "\\u202eGegenbericht", "Notiz \\u001b[2J[/] [link=https://evil.example]hier"):
            assert text in agenda, text

        await settle(pilot, "3")
        timing = on_screen(app)
        for text in ("Kosten [/] Bericht …", "Müller [/b], Anna: gegangen", "Gast [/] hinzugefügt"):
            assert text in timing, text

        await settle(pilot, "4")
        quorum = on_screen(app)
        for text in ("Kreistagsmitglieder [/]", "Müller [/b], Anna", "[link=https://evil.example]Klick[/link]"):
            assert text in quorum, text

        await settle(pilot, "5")
        minutes = on_screen(app)
        assert "Kosten [/] Bericht [s. Anlage]" in minutes and "Müller [/b], Anna" in minutes
        await settle(pilot, "escape", "b")
        body = on_screen(app)
        assert "Kreistagsmitglieder [/]" in body and "Gäste\\u001b[2J" in body and "[b]Gast[/b]" in body
        assert "Vorsitz [/]\\u001b[2J" in body
        await settle(pilot, "escape", "f1")
        on_screen(app)


async def test_every_tab_at_80_columns_does_not_crash(meeting: Recorder) -> None:
    app = build_app(meeting, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        for keys in (("1",), ("2",), ("3",), ("4",), ("5",), ("escape", "b"), ("escape", "f1"), ("escape",)):
            await settle(pilot, *keys)
            on_screen(app)


async def test_dialogs_show_the_names_as_written(meeting: Recorder) -> None:
    """The forms' titles, fields, drop-downs and refusals; the closing question lists the hostile names."""
    app = build_app(meeting, lang="de")
    async with app.run_test(size=(200, 70)) as pilot:
        await settle(pilot, "T")  # the latest timed action: Müller [/b] left
        assert "Müller [/b], Anna" in on_screen(app)
        await settle(pilot, "escape", "g")  # the guest form: the roles' headings in the drop-down
        on_screen(app)
        await settle(pilot, *"Neu [/], Nina", "enter")
        on_screen(app)
        await settle(pilot, "escape", "E")
        closing = on_screen(app)
        assert "כהן, דוד" in closing
        await settle(pilot, "escape", "2", "v")
        on_screen(app)


async def test_undoing_a_hostile_guest_says_so_in_plain_text(meeting: Recorder, clock: FixedClock) -> None:
    clock.advance(minutes=1)
    late = Person(f"Spät [/]{CLEAR}", "Sven", role="gast", guest=True)
    inject(meeting, EventKind.GUEST, {"person": late.to_dict(), "status": "arrived"})
    app = build_app(meeting, lang="de")
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot, "ctrl+z")
        assert "Spät [/]\\u001b[2J" in on_screen(app)
        assert late.key not in meeting.state.people


async def test_the_notes_of_an_item_are_shown_escaped_and_kept_when_typing(meeting: Recorder) -> None:
    """The editor shows the stored note's escapes visibly; what the clerk adds is saved with them visible."""
    app = build_app(meeting, lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, "2", "tab")
        notes = app.query_one("#notes", TextArea)
        notes.cursor_location = notes.document.end
        await settle(pilot, *" ok", "escape")
        await pilot.pause(0.2)
        assert meeting.state.items["2.1"].notes == NOTE.replace(CLEAR, "\\u001b[2J") + " ok"
        on_screen(app)


# -- the chair's view ------------------------------------------------------------------------------


async def test_the_chairs_view_shows_the_names_as_written(viewer: TinySessionLog, clock: FixedClock) -> None:
    app = build_chair_app(viewer, clock, lang="de")
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        shown = flat(on_screen(app))
        for text in ("Ausschuss[/]für\\u001b]0;PWNED\\u0007Gesundheit", "Haushalt\\u001b[2J\\u001b]0;PWNED\\u00072023",
                     "Müller[/b],Anna", "Böse\\u001b]0;PWNED\\u0007"):
            assert text in shown, text
        assert app.title == "Ausschuss [/] für \\u001b]0;PWNED\\u0007Gesundheit"


# -- snapshots at 80×24 (review the SVGs before accepting them) -----------------------------------


@pytest.mark.parametrize("keys", ["1", "2", "3", "4", "5", "b", "f1", "E"])
def test_snapshot(snap_compare, meeting: Recorder, keys: str) -> None:
    assert snap_compare(build_app(meeting, lang="de"), run_before=pressing(keys), terminal_size=(80, 24))


def test_snapshot_of_the_chairs_view(snap_compare, viewer: TinySessionLog, clock: FixedClock) -> None:
    assert snap_compare(build_chair_app(viewer, clock, lang="de"), terminal_size=(80, 24))


# -- the theme --------------------------------------------------------------------------------------


def test_an_unknown_theme_is_one_sentence_before_the_app_starts(meeting: Recorder) -> None:
    with pytest.raises(SitzungError) as caught:
        build_app(meeting, theme="nope")
    message = caught.value.message("en")
    assert caught.value.key == "tui.unknown_theme"
    assert '"nope"' in message and "textual-dark" in message and "\n" not in message
    assert "Farbschema" in caught.value.message("de")


def test_a_theme_with_an_escape_is_named_visibly() -> None:
    with pytest.raises(SitzungError) as caught:
        check_theme(f"nope{CLEAR}")
    assert "\x1b" not in caught.value.message("en") and "nope\\u001b[2J" in caught.value.message("en")


def test_a_known_theme_is_taken(meeting: Recorder) -> None:
    check_theme(None)
    check_theme("textual-light")
    assert build_app(meeting, theme="nord") is not None

