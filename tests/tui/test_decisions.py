"""Decisions in the clerk's app, entered by keys only: motions, their next steps, votes with the live outcome,
the named-vote grid, resolutions and elections; what was recorded is read back from the session's state."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from textual.widgets import Static

from sitzung.clock import FixedClock
from sitzung.majority import Majority
from sitzung.model import AgendaItem, SessionInfo
from sitzung.outcomes import election_result, motion_status, outcome_of_vote, vote_result
from sitzung.presets import make_body
from sitzung.recorder import Recorder
from sitzung.vocabulary import Choice, MotionKind, MotionStatus, Outcome
from storage.archive import TinyArchive
from tests.exports.decision_meetings import PARISH_ROSTER
from tui.app import SitzungApp, build_app
from tui.dialogs import FormDialog
from tui.election_screen import ElectionScreen
from tui.keybar import KeyBar
from tui.named_vote import NamedVoteScreen
from tui.roster_table import RosterTable


def text_of(app: SitzungApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


def keys_shown(app: SitzungApp) -> set[str]:
    return {key.description for key in app.screen.query_one(KeyBar).keys}


async def choose(pilot, *keys: str) -> None:  # type: ignore[no-untyped-def]
    """On a drop-down: open its list, move (or type the start of a choice), take it."""
    for step in ("enter", keys, "enter"):
        await pilot.press(*([step] if isinstance(step, str) else step))
        await pilot.pause()


def heard(app: SitzungApp, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the app says in notifications, from now on."""
    said: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **_: said.append(message))
    return said


@pytest.fixture
def running(demo: Recorder, clock: FixedClock) -> Recorder:
    """The reference meeting opened at 18:00, item 2.1 under discussion since 18:04 (15 voting members)."""
    clock.advance(minutes=5)
    demo.clock_action("start")
    clock.advance(minutes=4)
    demo.item_action("2.1", "start")
    clock.advance(minutes=3)
    return demo


@pytest.fixture
def council(tmp_path: Path) -> Recorder:
    """An English parish council (a motion needs a seconder, the chair has a casting vote), six councillors present,
    item 1 under discussion."""
    day = date(2024, 7, 8)
    roster = tuple(p for p in PARISH_ROSTER if p.last != "Nash")  # the minutes' parish, without its apology
    body = make_body("Little Mydford Parish Council", 7, "en-council")
    archive = TinyArchive(tmp_path / "data")
    archive.save_body(body)
    archive.save_roster(body.name, roster)
    info = SessionInfo(id="lmpc-2024-07-08", body=body, number=2, date=day, planned_start=time(19),
                       location="Village Hall", chair=roster[0].key, secretary=roster[6].key, roster=roster)
    archive.create_session(info)
    clock = FixedClock(datetime.combine(day, time(18, 55)))
    rec = Recorder(archive.open_session(info.id), clock)
    rec.set_agenda((AgendaItem("1", "Playground equipment"), AgendaItem("2", "Bench on the green")))
    for person in roster:
        rec.attend(person.key, "present")
    clock.advance(minutes=5)
    rec.clock_action("start")
    rec.item_action("1", "start")
    clock.advance(minutes=2)
    return rec


# -- 1. motions --------------------------------------------------------------------------------------------


async def test_a_motion_an_amendment_and_a_point_of_order(running: Recorder) -> None:
    app = build_app(running, lang="de")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")  # the agenda, on the running item 2.1
        await pilot.pause()
        await pilot.press("m", *"Der Ausschuss empfiehlt die Fortführung.", "tab", *"Kehren", "tab", *"Lux", "enter")
        await pilot.pause()
        # an amendment: the fourth field chooses the motion it amends
        await pilot.press("m", *"Befristet bis 2024.", "tab", *"Braun", "tab", "tab")
        await choose(pilot, "down")
        await pilot.press("ctrl+s")
        await pilot.pause()
        # a point of order: the box after "Amends"
        await pilot.press("m", *"Schluss der Debatte", "tab", *"Thelen", "tab", "tab", "tab", "space", "enter")
        await pilot.pause()
        assert app.screen is app.screen_stack[0]
        detail = text_of(app, "#item-decisions")
        assert "M1 Antrag · offen · von Dr. Kehren, unterstützt von Lux" in detail
        assert "M2 Änderungsantrag zu M1 · offen" in detail
    item = running.state.items["2.1"]
    m1, m2, m3 = item.decisions.motions
    assert m1.text == "Der Ausschuss empfiehlt die Fortführung."
    assert (m1.by, m1.seconded_by) == ("kehren|hanno", "lux|monika")
    assert (m2.kind, m2.amends, m2.by, m2.seconded_by) == (MotionKind.AMENDMENT, "M1", "braun|hans", None)
    assert m3.kind is MotionKind.POINT_OF_ORDER and m3.amends is None


async def test_motion_steps_rule_second_and_withdraw(running: Recorder, monkeypatch) -> None:
    running.motion("2.1", "Der Ausschuss empfiehlt die Fortführung.", by="Kehren")
    running.motion("2.1", "Befristet bis 2024.", by="Braun", amends="M1")
    running.motion("2.1", "Schluss der Debatte", by="Thelen", point_of_order=True)
    app = build_app(running, lang="de")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "M")  # the latest open motion is the point of order: "ruled" comes chosen
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        assert "M3 Antrag zur Geschäftsordnung · offen" in text_of(app, "#form-preview")
        await pilot.press("tab", "tab", "tab", *"Abgelehnt, die Rednerliste ist offen.", "enter")
        await pilot.pause()
        # M2 next: not seconded, so "seconded" comes chosen; without a name the form asks who
        await pilot.press("M", "tab", "tab", "enter")
        await pilot.pause()
        assert "Wer unterstützt M2?" in text_of(app, "#form-error") and "--by" not in text_of(app, "#form-error")
        await pilot.press(*"Schneider", "enter")
        await pilot.pause()
        # M1 is withdrawn: choose it, then "zurückgezogen" by typing in the open list
        await pilot.press("M")
        await pilot.pause()
        await choose(pilot, "up")
        await pilot.press("tab")
        await choose(pilot, *"zurück")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is app.screen_stack[0]
        assert "Zum Antrag" in keys_shown(app)  # M2 is still open
    item = running.state.items["2.1"]
    m1, m2, m3 = item.decisions.motions
    assert m3.ruling == "Abgelehnt, die Rednerliste ist offen."
    assert motion_status(running.state, item, m3) is MotionStatus.RULED
    assert m2.seconded_by == "schneider|olga"
    assert motion_status(running.state, item, m1) is MotionStatus.WITHDRAWN


async def test_the_motion_keys_wait_for_the_item_and_its_motions(demo: Recorder) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(160, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        shown = {key.description: key.enabled for key in app.screen.query_one(KeyBar).keys}
        assert shown["Motion"] is False and shown["Vote"] is False and shown["Election"] is False  # not taken up
        assert "Motion step" not in shown and "Named vote" not in shown  # nothing to act on: not shown at all
        await pilot.press("m")
        await pilot.pause()
        assert app.screen is app.screen_stack[0]  # a dimmed key opens nothing


# -- 2. votes ------------------------------------------------------------------------------------------------


async def test_the_vote_form_shows_the_outcome_as_the_clerk_types(running: Recorder) -> None:
    running.motion("2.1", "Der Ausschuss empfiehlt die Fortführung.", by="Kehren")
    app = build_app(running, lang="de")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "v", "9", "tab", "3", "tab", "2")
        await pilot.pause()
        assert "Abstimmung über M1: beschlossen · 9 Ja, 3 Nein, 2 Enthaltungen" in text_of(app, "#form-preview")
        # two thirds of the 17 seats need 12: the same tally no longer adopts
        await pilot.press("tab", "tab", "tab")
        await choose(pilot, "end")
        await pilot.pause()
        preview = text_of(app, "#form-preview")
        assert "abgelehnt · 9 Ja, 3 Nein, 2 Enthaltungen" in preview and "12 Ja nötig" in preview
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is app.screen_stack[0]
        assert "Abstimmung: abgelehnt" in text_of(app, "#item-decisions")
    item = running.state.items["2.1"]
    (vote,) = item.decisions.votes
    assert (vote.motion, vote.majority, vote.yes, vote.no, vote.abstain) == ("M1", Majority.TWO_THIRDS_SEATS, 9, 3, 2)
    assert outcome_of_vote(running.state, item, vote) is Outcome.REJECTED
    assert motion_status(running.state, item, item.decisions.motions[0]) is MotionStatus.REJECTED


async def test_a_tally_beyond_those_present_is_refused_in_the_form(running: Recorder) -> None:
    app = build_app(running, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "v", *"16", "enter")
        await pilot.pause()
        assert "16 votes" in text_of(app, "#form-error")
        await pilot.press("escape", "v", "enter")  # no counts at all: said in the app's words
        await pilot.pause()
        error = text_of(app, "#form-error")
        assert "No votes typed" in error and "--" not in error
    assert not running.state.items["2.1"].decisions.votes


async def test_a_secret_ballot_keeps_counts_only(running: Recorder) -> None:
    app = build_app(running, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "v", "8", "tab", "6", "tab", "1", "tab")
        await choose(pilot, *"secret")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is app.screen_stack[0]
        assert "secret ballot" in text_of(app, "#item-decisions")
        assert "Named vote" not in keys_shown(app)
    (vote,) = running.state.items["2.1"].decisions.votes
    assert vote.secret and not vote.named and vote.ballots == {} and (vote.yes, vote.no, vote.abstain) == (8, 6, 1)


async def test_a_council_needs_a_seconder_and_its_chair_breaks_a_tie(council: Recorder) -> None:
    council.motion("1", "That the Council purchase new swings at a cost of £4,200.", by="King")
    app = build_app(council, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "v", "3", "tab", "3", "tab", "0")
        await pilot.pause()
        assert "M1 has not been seconded" in text_of(app, "#form-preview")
        await pilot.press("enter")
        await pilot.pause()
        assert "Motion step" in text_of(app, "#form-error")  # where to record the second, in the app's words
        await pilot.press("escape", "M", "tab", "tab", *"Lewis", "enter")  # seconded by Lewis
        await pilot.pause()
        await pilot.press("v", "3", "tab", "3", "tab", "0")
        await pilot.pause()
        assert "rejected · 3 for, 3 against, 0 abstentions · tie" in text_of(app, "#form-preview")
        # the casting vote is the field after the majority
        await pilot.press("tab", "tab", "tab", "tab")
        await choose(pilot, *"for")
        await pilot.pause()
        assert "adopted · 3 for, 3 against, 0 abstentions · tie decided by the chair's casting vote (for)" in \
            text_of(app, "#form-preview")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is app.screen_stack[0]
    item = council.state.items["1"]
    (vote,) = item.decisions.votes
    assert vote.casting is Choice.YES and vote_result(council.state, item, vote).adopted
    assert item.decisions.motions[0].seconded_by == "lewis|liam"


# -- 3. the named-vote grid ------------------------------------------------------------------------------------


async def test_a_named_vote_opens_its_grid_and_marks_the_exceptions(running: Recorder) -> None:
    running.motion("2.1", "Der Ausschuss empfiehlt die Fortführung.", by="Kehren")
    app = build_app(running, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "v", "tab", "tab", "tab")
        await choose(pilot, *"named")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, NamedVoteScreen)
        assert "adopted · 15 for, 0 against, 0 abstentions · named vote" in text_of(app, "#named-result")
        table = app.screen.query_one(RosterTable)
        keys = [row.key for row in table.rows]
        assert keys[:2] == ["dederichs|hans-josef", "kehren|hanno"]  # roster order
        await pilot.press("n", "a")  # Dederichs against, Kehren abstains; the cursor moves on after each
        await pilot.pause()
        assert table.selected_key == keys[2]
        await pilot.press("space", "space")  # Kleinjans: for → against → abstained
        await pilot.pause()
        assert table.selected_key == keys[2]
        assert "adopted · 12 for, 1 against, 2 abstentions · named vote" in text_of(app, "#named-result")
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.screen_stack[0]
        await pilot.press("N")  # the grid again, from the agenda
        await pilot.pause()
        assert isinstance(app.screen, NamedVoteScreen)
        await pilot.press("y")  # Dederichs back to "for"
        await pilot.pause()
    (vote,) = running.state.items["2.1"].decisions.votes
    exceptions = {k: c for k, c in vote.ballots.items() if c is not Choice.YES}
    assert exceptions == {"kehren|hanno": Choice.ABSTAIN, "kleinjans|heinz-gerd": Choice.ABSTAIN}
    assert vote.motion == "M1" and len(vote.ballots) == 15


# -- 4. resolutions ------------------------------------------------------------------------------------------------


async def test_the_resolution_takes_the_outcome_and_wording_of_the_vote(running: Recorder) -> None:
    running.motion("2.1", "Der Ausschuss empfiehlt die Fortführung.", by="Kehren")
    running.vote("2.1", yes=9, no=3, abstain=2)
    app = build_app(running, lang="de")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "o")
        await pilot.pause()
        assert "Abstimmung: beschlossen" in text_of(app, "#form-preview")
        await pilot.press("ctrl+s")  # subject, outcome and wording come filled in
        await pilot.pause()
        assert app.screen is app.screen_stack[0]
        assert "Beschluss: beschlossen" in text_of(app, "#item-decisions")
    resolution = running.state.items["2.1"].decisions.resolution_on("M1")
    assert (resolution.outcome, resolution.text) == (Outcome.ADOPTED, "Der Ausschuss empfiehlt die Fortführung.")


async def test_an_item_referred_names_the_body(running: Recorder, clock: FixedClock) -> None:
    clock.advance(minutes=5)
    running.item_action("2.2", "start")
    app = build_app(running, lang="de")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "o")
        await pilot.pause()
        await pilot.press("tab")  # the outcome: "verwiesen" needs the body it goes to
        await choose(pilot, *"verwiesen")
        await pilot.press("ctrl+s")
        await pilot.pause()
        error = text_of(app, "#form-error")
        assert "Verwiesen an" in error and "--to" not in error
        await pilot.press("tab", "tab", *"Kreistag", "enter")
        await pilot.pause()
        assert app.screen is app.screen_stack[0]
        assert "Beschluss: verwiesen an Kreistag" in text_of(app, "#item-decisions")
    resolution = running.state.items["2.2"].decisions.resolution_on(None)
    assert (resolution.outcome, resolution.to, resolution.text) == (Outcome.REFERRED, "Kreistag", "")


# -- 5. elections ----------------------------------------------------------------------------------------------------


async def test_an_election_with_a_runoff_a_lot_and_an_acceptance(running: Recorder, monkeypatch) -> None:
    app = build_app(running, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        said = heard(app, monkeypatch)
        await pilot.press("2", "W", "1", "tab", *"Anna Alt", "enter", *"Bernd Bau", "enter", *"Clara Cor", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ElectionScreen)
        await pilot.press("6", "tab", "6", "tab", "3")
        await pilot.pause()
        assert "This round gives: run-off between Anna Alt; Bernd Bau" in text_of(app, "#election-preview")
        await pilot.press("enter")
        await pilot.pause()
        assert "Round 2: run-off between Anna Alt; Bernd Bau" in text_of(app, "#election-round-title")
        await pilot.press("9", "tab", "9", "enter")  # 18 ballots, 15 entitled: refused, said in a notification
        await pilot.pause()
        assert any("More ballots" in s for s in said) and isinstance(app.screen, ElectionScreen)
        await pilot.press("shift+tab", "ctrl+a", "ctrl+k", "7", "tab", "ctrl+a", "ctrl+k", "7", "ctrl+s")
        await pilot.pause()
        assert "tied: lot between Anna Alt; Bernd Bau for 1 seat" in text_of(app, "#election-status")
        await pilot.press("l", *"Bernd", "enter")
        await pilot.pause()
        assert "elected: Bernd Bau" in text_of(app, "#election-status")
        await pilot.press("a", "enter")  # the one elected comes filled in
        await pilot.pause()
        assert "elected: Bernd Bau (accepts)" in text_of(app, "#election-status")
        await pilot.press("escape")
        await pilot.pause()
        assert "E1 Election, 1 seat · elected: Bernd Bau (accepts)" in text_of(app, "#item-decisions")
    (election,) = running.state.items["2.1"].decisions.elections
    assert [r.votes for r in election.rounds] == [
        {"Anna Alt": 6, "Bernd Bau": 6, "Clara Cor": 3}, {"Anna Alt": 7, "Bernd Bau": 7},
    ]
    assert election.lots == ["Bernd Bau"] and election.answers == {"Bernd Bau": True}
    assert election_result(running.state, election).elected == ("Bernd Bau",)


# -- what the clerk typed is shown as typed ---------------------------------------------------------------------------


async def test_a_wording_with_markup_is_shown_as_typed(running: Recorder) -> None:
    running.motion("2.1", "[bold red]Alles[/] [link=https://example.org]beschließen[/link]", by="Kehren")
    app = build_app(running, lang="de")
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        detail = text_of(app, "#item-decisions")
        assert "[bold red]Alles[/] [link=https://example.org]" in detail
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)  # the motion's wording in a drop-down does not break the form


def test_a_count_is_ascii_digits_only() -> None:
    """"²" is a digit to Python but no count: the forms refuse it instead of failing on int()."""
    from tui.common import count_of

    assert [count_of(t) for t in ("12", " 7 ", "", "²", "٣", "1e3", "9" * 10)] == [12, 7, None, None, None, None, None]
