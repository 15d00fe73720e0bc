"""Every screen and export tells the same story, over generated meetings recorded on disk.

A meeting is generated as a roll call and a stream of actions (arrivals and departures,
deputies and guests, recesses, items started, ended, deferred and resumed, recusals, notes,
votes, determinations and undos), each a few minutes after the last, entered through a
`Recorder` on a session file in a throwaway folder; whatever the recorder refuses is skipped.
Then:

(a) quorum: the status bar, the chair's view, the quorum tab and `sitzung quorum --json` give
    the same present / required / quorate, now and at every moment of the quorum history in
    the JSON export (`--at HH:MM`, and `--item N` for the item running then);
(b) durations: each item's duration is the same in the Timing tab, on the status bar and the
    chair's view (while it runs), in the JSON export and in the minutes' timings appendix;
(c) the closed part stays closed: everything recorded in it carries a canary (people who come
    only for it, notes, recusals, motions and resolutions of closed items) or a figure found
    nowhere else (a vote of 4711 : 815, a determination at a minute of its own), and none of it
    reaches the public minutes (de, en, through the CLI too) or the chair's room display, at any step;
(d) decisions: every vote's tally and outcome and every motion's state are the same in the JSON
    export, `sitzung decisions --json` and the core, and the minutes carry them.
"""

from __future__ import annotations

import contextlib
import json
import re
import tempfile
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from hypothesis import event, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cli import app
from exports.minutes import MinutesOptions, render_minutes
from sitzung.clock import FixedClock
from sitzung.errors import SitzungError
from sitzung.i18n import t
from sitzung.model import AgendaItem, Person, SessionInfo
from sitzung.outcomes import motion_status, outcome_of_vote, tally, vote_result, voters
from sitzung.presets import make_body
from sitzung.recorder import Recorder
from sitzung.state import SessionState, quorum
from sitzung.timefmt import duration, hhmm
from sitzung.timeline import item_duration
from sitzung.vocabulary import ItemStatus
from storage.archive import TinyArchive
from tui.chair import chair_view
from tui.quorum_view import quorum_line
from tui.status import status_view

DAY = date(2022, 5, 11)
SID = "2022-05-11-pa-1"
CANARY = "canary"  # searched for case-insensitively
CLOSED_VOTE = (4711, 815)  # a tally no public figure has
LANGS = ("de", "en")

ROSTER = (
    Person("Alpha", "Anna", role="kreistagsmitglied"),
    Person("Beta", "Bernd", role="kreistagsmitglied"),
    Person("Gamma", "Gerd", role="kreistagsmitglied"),
    Person("Delta", "Dora", role="sachkundiger_buerger"),
    Person("Epsilon", "Eva", role="sachkundiger_buerger"),
    Person("Zeta", "Zora", role="beratendes_mitglied"),
    Person("Eta", "Emil", role="verwaltung"),
    Person("Vize", "Viktor", role="kreistagsmitglied", deputy_for=Person("Alpha", "Anna").key),
)
AGENDA = (
    AgendaItem("1", "Anfragen"),
    AgendaItem("2", "Bericht", children=(AgendaItem("2.1", "Haushalt"), AgendaItem("2.2", "Schulen"))),
    AgendaItem("3", "Grundstück", public=False),
    AgendaItem("4", "Verkehr"),
    AgendaItem("5", "Personal", public=False),
)
ITEMS = ("1", "2", "2.1", "2.2", "3", "4", "5")
CLOSED = {"3", "5"}
MEMBERS = tuple(f"{p.last}, {p.first}" for p in ROSTER[:5])
PUBLIC_GUESTS = ("Gast, Gustav", "Gast, Greta")
PUBLIC_DEPUTIES = ("Vertreter, Vera", "Vertreter, Volker")
ATTENDEES = (*(f"{p.last}, {p.first}" for p in ROSTER), *PUBLIC_GUESTS, *PUBLIC_DEPUTIES)

runner = CliRunner()


def at(hhmm_text: str) -> datetime:
    hour, minute = map(int, hhmm_text.split(":"))
    return datetime.combine(DAY, time(hour, minute))


# -- the generated meeting ----------------------------------------------------------------------------

def weighted(*branches: tuple[int, st.SearchStrategy[tuple[Any, ...]]]) -> st.SearchStrategy[tuple[Any, ...]]:
    return st.one_of(*(strategy for weight, strategy in branches for _ in range(weight)))


action = weighted(
    (3, st.tuples(st.just("attend"), st.sampled_from(ATTENDEES), st.sampled_from(["arrived", "left", "left"]))),
    (2, st.tuples(st.just("clock"), st.sampled_from(["pause", "resume"]))),
    (4, st.tuples(st.just("item"), st.sampled_from(ITEMS), st.just("start"))),
    (2, st.tuples(st.just("item"), st.sampled_from(sorted(CLOSED)), st.just("start"))),
    (2, st.tuples(st.just("resume"), st.integers(0, 6))),  # take up again an item that ran before
    (2, st.tuples(st.just("item"), st.sampled_from(ITEMS), st.sampled_from(["end", "end", "defer", "withdraw"]))),
    (2, st.tuples(st.just("guest"), st.sampled_from(PUBLIC_GUESTS))),
    (2, st.tuples(st.just("deputy"), st.sampled_from(MEMBERS), st.sampled_from(PUBLIC_DEPUTIES))),
    (2, st.tuples(st.just("recuse"), st.sampled_from(ITEMS), st.sampled_from(MEMBERS), st.booleans())),
    (2, st.tuples(st.just("determine"), st.booleans())),
    (2, st.tuples(st.just("note"), st.sampled_from(ITEMS))),
    (2, st.tuples(st.just("vote"), st.sampled_from(ITEMS), st.integers(0, 3), st.integers(0, 3), st.integers(0, 2))),
    (2, st.tuples(st.just("motion"), st.sampled_from(ITEMS), st.sampled_from(MEMBERS), st.booleans())),
    (1, st.tuples(st.just("named"), st.sampled_from(ITEMS), st.sampled_from(["simple", "absolute", "two-thirds"]))),
    (1, st.tuples(st.just("ballot"), st.sampled_from(ITEMS), st.sampled_from(MEMBERS), st.sampled_from(["no", "yes"]))),
    (1, st.tuples(st.just("resolve"), st.sampled_from(ITEMS), st.sampled_from(["adopted", "rejected", "noted"]))),
    (1, st.tuples(st.just("undo"))),
)


@dataclass(frozen=True)
class Plan:
    roll_call: tuple[str | None, ...]  # per roster person: present, excused, unexcused or not marked
    steps: tuple[tuple[float, tuple[Any, ...]], ...]  # (minutes after the previous step, action)
    finish: bool  # end the session after the last step
    leave_at_end: bool = False  # who came for the closed part leaves at the very minute it ends (else one before)
    lang: str = "de"  # the language of the CLI's exports


ALL_PRESENT = ("present",) * len(ROSTER)


@st.composite
def meetings(draw: st.DrawFn) -> Plan:
    statuses = st.sampled_from(["present", "present", "present", "excused", "unexcused", None])
    roll_call = tuple(draw(statuses) for _ in ROSTER)
    # most meetings are noted to the minute; some to the quarter minute (the app records seconds)
    gaps = st.integers(0, 16).map(lambda quarters: quarters / 4) if draw(st.booleans()) else st.integers(0, 4)
    steps = draw(st.lists(st.tuples(gaps, action), min_size=12, max_size=45))
    return Plan(
        roll_call, tuple(steps), draw(st.sampled_from([True, True, False])), draw(st.booleans()),
        draw(st.sampled_from(LANGS)),
    )


@dataclass
class Meeting:
    """A session on disk and the clerk's recorder for it, with what the canaries need."""

    folder: Path
    rec: Recorder
    canaries: list[str] = field(default_factory=list)  # "Last, First" of everyone who came for the closed part
    spaced: bool = False  # the next action must not share the previous one's minute
    leave_at_end: bool = False

    @classmethod
    def create(cls, folder: Path) -> Meeting:
        archive = TinyArchive(folder)
        body = make_body("Prüfausschuss", 5, "de")
        archive.save_body(body)
        archive.save_roster(body.name, ROSTER)
        info = SessionInfo(
            id=SID, body=body, number=1, date=DAY, planned_start=time(18), location="Saal",
            chair=ROSTER[0].key, secretary=ROSTER[6].key, roster=ROSTER,
        )
        archive.create_session(info)
        rec = Recorder(archive.open_session(SID), FixedClock(at("17:50")))
        rec.set_agenda(AGENDA)
        return cls(folder, rec)

    @property
    def clock(self) -> FixedClock:
        assert isinstance(self.rec.clock, FixedClock)
        return self.rec.clock

    @property
    def now(self) -> datetime:
        return self.clock.now()

    def advance(self, minutes: float) -> None:
        self.clock.current += timedelta(minutes=minutes)

    def closed_running(self) -> bool:
        running = self.rec.state.running_item
        return running is not None and not running.public

    def attempt(self, do: Any) -> None:
        with contextlib.suppress(SitzungError):
            do()

    def closed_part_ends(self) -> None:
        """Who came for the closed part leaves before the next action ends it: a minute before,
        or at the same minute (recorded first), as a clerk would note it."""
        if not self.closed_running():
            return
        state = self.rec.state
        leaving = [c for c in self.canaries if state.presence(_key(c)).here]
        for name in leaving:
            self.rec.attend(name, "left", self.now)
        if leaving and not self.leave_at_end:
            self.advance(1)

    def canary_name(self) -> str:
        n = len(self.canaries)
        return f"Canary{chr(97 + n % 26) * (1 + n // 26)}, Gast"

    def start(self, plan: Plan) -> None:
        self.leave_at_end = plan.leave_at_end
        for person, status in zip(ROSTER, plan.roll_call, strict=True):
            if status is not None:
                self.rec.attend(f"{person.last}, {person.first}", status, at("17:55"))
        self.clock.current = at("18:00")
        self.rec.clock_action("start", self.now)

    def step(self, gap: float, act: tuple[Any, ...]) -> None:
        self.advance(max(gap, 1) if self.spaced else gap)
        self.spaced = False
        rec, kind, args = self.rec, act[0], act[1:]
        if kind == "attend":
            self.attempt(lambda: rec.attend(args[0], args[1], self.now))
        elif kind == "clock":
            self.attempt(lambda: rec.clock_action(args[0], self.now))
        elif kind in ("item", "resume"):
            if kind == "resume":
                taken_up = [i.number for i in rec.state.items.values() if i.runs and i.status is not ItemStatus.RUNNING]
                if not taken_up:
                    return
                number, what = taken_up[args[0] % len(taken_up)], "start"
            else:
                number, what = args
            running = rec.state.running_item
            if running is not None and not running.public and (
                (what == "start" and number != running.number) or (what != "start" and number == running.number)
            ):
                self.closed_part_ends()
            self.attempt(lambda: rec.item_action(number, what, self.now))
        elif kind in ("guest", "deputy"):
            closed = self.closed_running()
            name = self.canary_name() if closed else args[-1]
            deputy_for = args[0] if kind == "deputy" else None
            role = "kreistagsmitglied" if kind == "deputy" else "gast"
            try:
                rec.add_guest(name, role, deputy_for=deputy_for, at=self.now)
            except SitzungError:
                return
            if closed:
                self.canaries.append(name)
        elif kind == "recuse":
            number, member, canary = args
            if number in CLOSED and canary and self.canaries:
                member = self.canaries[-1]
            self.attempt(lambda: rec.recuse(number, member))
        elif kind == "determine":
            if self.closed_running():  # a minute of its own, so its time can be looked for
                self.advance(1)
                self.spaced = True
            self.attempt(lambda: rec.determine(args[0], self.now))
        elif kind == "note":
            number = args[0]
            text = f"CANARY: vertraulich zu {number}" if number in CLOSED else f"Bericht zu {number}"
            self.attempt(lambda: rec.note(number, text))
        elif kind == "vote":
            number = args[0]
            if number in CLOSED:
                yes, no = CLOSED_VOTE
                self.attempt(lambda: rec.vote(number, yes=yes, no=no, abstain=0, force=True))
            else:
                self.attempt(lambda: rec.vote(number, yes=args[1], no=args[2], abstain=args[3]))
        elif kind == "motion":  # an amendment to the latest open motion, or a motion of its own
            number, mover, amends = self.running_or(args[0]), args[1], args[2]
            words = f"CANARY: Antrag zu {number}" if number in CLOSED else f"Antrag zu {number}"
            open_ = next((m.id for m in reversed(rec.state.items[number].decisions.motions) if not m.closed), None)
            self.attempt(lambda: rec.motion(number, words, by=mover, amends=open_ if amends else None, at=self.now))
        elif kind == "named":
            self.attempt(lambda: rec.vote(self.running_or(args[0]), named=True, majority=args[1], at=self.now))
        elif kind == "ballot":
            voted = [i.number for i in rec.state.items.values() if i.decisions.votes]
            self.attempt(lambda: rec.ballot(voted[-1] if voted else args[0], args[1], args[2]))
        elif kind == "resolve":
            number = self.running_or(args[0])
            words = f"CANARY: Beschluss zu {number}" if number in CLOSED else ""
            self.attempt(lambda: rec.resolve(number, args[1], text=words, at=self.now))
        elif kind == "undo":
            self.attempt(rec.undo)

    def running_or(self, number: str) -> str:
        """The item under discussion, where decisions are made; `number` when none is."""
        running = self.rec.state.running_item
        return running.number if running is not None else number

    def finish(self) -> None:
        self.advance(2)
        self.closed_part_ends()
        self.attempt(lambda: self.rec.clock_action("end", self.now))


def _key(name: str) -> str:
    last, _, first = (part.strip() for part in name.partition(","))
    return Person(last, first).key


# -- independent facts about the closed part ------------------------------------------------------------


def in_closed_part(state: SessionState, when: datetime) -> bool:
    """Whether a non-public item was under discussion at `when` (its run from its start, up to its end)."""
    for item in state.items.values():
        for run in item.runs:
            end = run.end or state.ended
            if not item.public and run.start <= when and (end is None or when < end):
                return True
    return False


def secret_times(state: SessionState) -> list[str]:
    """The times of determinations made in the closed part, at a minute no other action has."""
    minutes = [hhmm(e.at) for e in state.effective]
    return [
        hhmm(when)
        for when, _ in state.determinations
        if in_closed_part(state, when) and minutes.count(hhmm(when)) == 1
    ]


def assert_nothing_closed(text: str, state: SessionState, where: str) -> None:
    assert CANARY not in text.lower(), where
    assert str(CLOSED_VOTE[0]) not in text and str(CLOSED_VOTE[1]) not in text, where
    for moment in secret_times(state):
        assert moment not in text, (where, moment)


# -- what the screens and exports say -------------------------------------------------------------------


def timing_actual(state: SessionState, number: str, now: datetime) -> str:
    """The Timing tab's "actual" column, as tui/timing.py computes it ("…" left off)."""
    return duration(item_duration(state, state.items[number], now))


def appendix_rows(minutes: str) -> dict[str, list[str]]:
    """The --timings appendix: item number -> [title, started, ended, duration]."""
    heading = "## Anhang" if "## Anhang" in minutes else "## Appendix"
    assert heading in minutes
    rows = {}
    for line in minutes.split(heading, 1)[1].splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and re.fullmatch(r"[\d.]+", cells[0]):
            rows[cells[0]] = cells[1:]
    return rows


def cli(folder: Path, *args: str) -> str:
    result = runner.invoke(app, ["--data-dir", str(folder), *args])
    assert result.exit_code == 0, (args, result.output, result.exception)
    return result.stdout


def figures(status: Any) -> tuple[int, int, bool]:
    if isinstance(status, dict):
        return status["present"], status["required"], status["quorate"]
    return status.present, status.required, status.quorate


def check_screens(state: SessionState, now: datetime) -> None:
    """After every step: the clerk's and the chair's quorum agree; the room display shows nothing closed."""
    expected = figures(quorum(state))
    for lang in LANGS:
        view = status_view(state, now, lang)
        assert figures(view.status) == expected
        assert figures(chair_view(state, now, lang, public=False)) == expected
        room = chair_view(state, now, lang, public=True)
        assert_nothing_closed("\n".join(room.lines()), state, f"chair --public {lang} at {hhmm(now)}")
        running = state.running_item
        latest = max(running.decisions.votes, key=lambda v: v.seq) if running and running.decisions.votes else None
        if latest is not None:  # the chair sees the running item's latest vote as the core decides it
            said = chair_view(state, now, lang, public=False).vote
            assert t(f"outcome.{outcome_of_vote(state, running, latest)}", lang) in said
            assert str(tally(state, running, latest).yes) in said


# -- the property ------------------------------------------------------------------------------------------


CLOSED_PART_BETWEEN_RUNS = Plan(  # item 1, the closed item 3 with its own guest and facts, item 1 again
    ALL_PRESENT,
    (
        (2, ("item", "1", "start")), (29, ("item", "3", "start")), (1, ("guest", "Gast, Gustav")),
        (1, ("deputy", "Gamma, Gerd", "Vertreter, Vera")), (1, ("attend", "Beta, Bernd", "left")),
        (0, ("recuse", "3", "Alpha, Anna", True)), (1, ("determine", False)), (0, ("note", "3")),
        (0, ("vote", "3", 0, 0, 0)), (4, ("item", "1", "start")), (2, ("attend", "Beta, Bernd", "arrived")),
        (3, ("note", "1")), (1, ("determine", True)),
    ),
    finish=True,
)
ITEM_ENDED_IN_AN_OPEN_RECESS = Plan(
    ALL_PRESENT, ((0, ("item", "1", "start")), (10, ("clock", "pause")), (10, ("item", "1", "end"))), finish=False
)


@settings(max_examples=30, deadline=None)
@given(meetings())
@example(CLOSED_PART_BETWEEN_RUNS)
@example(replace(CLOSED_PART_BETWEEN_RUNS, leave_at_end=True, lang="en"))
@example(ITEM_ENDED_IN_AN_OPEN_RECESS)
def test_every_screen_and_export_agrees(plan: Plan) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        meeting = Meeting.create(folder)
        meeting.start(plan)
        for gap, act in plan.steps:
            meeting.step(gap, act)
            check_screens(meeting.rec.state, meeting.now)
        if plan.finish:
            meeting.finish()
        meeting.advance(7)
        now = meeting.now
        state = meeting.rec.state
        check_screens(state, now)
        describe(state, meeting)
        document = json.loads(cli(folder, "export", SID, "--format", "json"))
        check_quorum(folder, state, now, document)
        full = {lang: render_minutes(state, MinutesOptions(lang, timings=True)) for lang in LANGS}
        assert cli(folder, "export", SID, "--timings", "--lang", plan.lang) == full[plan.lang]
        check_durations(state, now, document, full)
        check_public(folder, state, now, plan.lang)
        # the canaries are really there: the full minutes keep what the public ones must not show
        if any(state.items[n].notes for n in CLOSED) or any(_key(c) in state.people for c in meeting.canaries):
            assert CANARY in full["de"].lower()
        if any(v.yes == CLOSED_VOTE[0] for n in CLOSED for v in state.items[n].decisions.votes):
            assert str(CLOSED_VOTE[0]) in full["de"]
        check_decisions(folder, state, document, full)
        meeting.rec.log.close()


def check_decisions(folder: Path, state: SessionState, document: dict[str, Any], full: dict[str, str]) -> None:
    """(d) decisions: the JSON export, `sitzung decisions --json` and the core say the same of every vote and
    motion; the minutes in both languages carry every resolution's wording and every tally."""
    listed = {item["number"]: item for item in json.loads(cli(folder, "decisions", SID, "--json"))["items"]}
    for exported in document["items"]:
        item = state.items[exported["number"]]
        if not item.decisions:
            assert exported["number"] not in listed
            continue
        assert {k: listed[item.number][k] for k in ("motions", "votes", "resolutions")} == {
            k: exported[k] for k in ("motions", "votes", "resolutions")
        }
        for vote, shown in zip(item.decisions.votes, exported["votes"], strict=True):
            counted, found = tally(state, item, vote), vote_result(state, item, vote)
            assert shown["result"]["adopted"] == found.adopted
            assert (shown["tally"]["yes"], shown["tally"]["no"]) == (counted.yes, counted.no)
            if item.number not in CLOSED:  # the closed part's figure is forced past the check
                assert counted.total <= len(voters(state, item, vote.at))
            for lang in LANGS:
                assert str(counted.yes) in full[lang]
        for motion, shown in zip(item.decisions.motions, exported["motions"], strict=True):
            assert shown["status"] == motion_status(state, item, motion).value
            assert all(motion.text in full[lang] for lang in LANGS)


def describe(state: SessionState, meeting: Meeting) -> None:
    """What the example covers (pytest --hypothesis-show-statistics)."""
    event(f"session {state.clock_status}")
    if any(len(item.runs) > 1 for item in state.items.values()):
        event("an item resumed")
    if any(state.items[n].runs for n in CLOSED):
        event("a closed item ran")
    if meeting.canaries:
        event("someone came for the closed part")
    if secret_times(state):
        event("a determination in the closed part")
    if state.recesses:
        event("a recess")
    if any(p.deputy_for for p in state.people.values() if p.guest):
        event("a deputy added")
    if any(item.recused for item in state.items.values()):
        event("a recusal")
    if any(item.decisions.motions for item in state.items.values()):
        event("a motion")
    if any(v.named for item in state.items.values() for v in item.decisions.votes):
        event("a named vote")
    if any(e.at.second for e in state.effective):
        event("times with seconds")


def check_quorum(folder: Path, state: SessionState, now: datetime, document: dict[str, Any]) -> None:
    """(a) The quorum now, on every screen and from the CLI; and at every moment of the history."""
    expected = figures(quorum(state))
    assert figures(status_view(state, now, "de").status) == expected
    assert figures(chair_view(state, now, "de", public=False)) == expected
    tab = quorum(state)  # what the quorum tab shows
    assert figures(tab) == expected
    for lang in LANGS:
        line = quorum_line(tab, lang).plain
        assert status_view(state, now, lang).counts in line  # "4 present / 3 required / 5 seats"
        assert status_view(state, now, lang).verdict.split(" ", 1)[1] in line
    assert figures(json.loads(cli(folder, "quorum", SID, "--json"))) == expected

    for point in document["quorum"]:
        moment = datetime.fromisoformat(point["at"])
        assert moment.date() == DAY
        shown = hhmm(moment) if moment.second == 0 else moment.isoformat()
        asked = json.loads(cli(folder, "quorum", SID, "--json", "--at", shown))
        assert figures(asked) == figures(point), (shown, asked, point)
        assert asked["item"] == point["item"], shown
        for item in state.items.values():
            if any(run.contains(moment, state.ended) for run in item.runs):
                for_item = json.loads(cli(folder, "quorum", SID, "--json", "--at", shown, "--item", item.number))
                assert figures(for_item) == figures(point), (shown, item.number, for_item, point)


def check_durations(state: SessionState, now: datetime, document: dict[str, Any], full: dict[str, str]) -> None:
    """(b) One duration per item: Timing tab, status bar, chair, JSON, minutes appendix (both languages)."""
    in_json = {item["number"]: item["minutes"] for item in document["items"]}
    appendices = []
    if any(item.runs for item in state.items.values()):  # else there is no appendix
        appendices = [appendix_rows(text) for text in full.values()]
    running = state.running_item
    for number, item in state.items.items():
        actual = timing_actual(state, number, now)
        if item is running:
            assert f" {actual}" in status_view(state, now, "de").item
            assert chair_view(state, now, "en").item_time.endswith(f" · {actual}")
            assert in_json[number] is None  # still running: no duration in the record yet
            for rows in appendices:
                assert rows[number][3] == "–"
            continue
        assert duration(in_json[number]) == actual, (number, in_json[number], actual)
        for rows in appendices:
            if not item.runs:
                assert number not in rows
                continue
            started = ", ".join(hhmm(run.start) for run in item.runs)
            assert rows[number][1] == started, number
            assert rows[number][3] == (actual or "–"), (number, rows[number], actual)


def check_public(folder: Path, state: SessionState, now: datetime, cli_lang: str) -> None:
    """(c) Nothing of the closed part in the public minutes, the CLI's public export, the room display."""
    for lang in LANGS:
        public = render_minutes(state, MinutesOptions(lang, public=True, timings=True))
        assert_nothing_closed(public, state, f"public minutes {lang}")
        if lang == cli_lang:
            exported = cli(folder, "export", SID, "--public", "--timings", "--lang", lang)
            assert exported == public
            assert_nothing_closed(exported, state, f"export --public --lang {lang}")
        room = chair_view(state, now, lang, public=True)
        assert_nothing_closed("\n".join(room.lines()), state, f"chair --public {lang}")
