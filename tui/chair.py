"""The chair's view: a live, read-only quorum display for a second terminal or a browser.

It follows the clerk's session by polling its file (one `os.stat` per tick;
the clerk's writes replace the file atomically, so every read is a whole
version) and never writes, never takes the writer's lock: it is handed a
session log opened read-only, whose `writing()` refuses.

What it shows is computed by `chair_view`, a pure function of the session's
state, the time and the language, so the words can be tested without Textual;
the app shows each as plain text (`tui.plain`), never markup, no raw escape.
With `public=True` it is a room display: of a non-public item it shows the
words "Nichtöffentliche Sitzung" / "Closed session" and nothing else (no
number, no title, no recusals, no attendance changes or determinations made
during it). Of the running item it shows the motion being voted on (its wording shortened) and the
result of the latest vote — on a room display not of a non-public item.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Digits, Static

from sitzung.clock import Clock, SystemClock
from sitzung.feed import SessionFeed
from sitzung.i18n import t
from sitzung.model import Event, Person
from sitzung.outcomes import open_motion
from sitzung.ports import SessionLog
from sitzung.quorum import QuorumRule
from sitzung.state import ItemState, SessionState, quorum
from sitzung.timefmt import duration, german_date, hhmm
from sitzung.timeline import clock_reading, item_duration, item_running_since, visibility
from sitzung.vocabulary import ClockState, EventKind
from tui.describe import shorten, subject_words, vote_words
from tui.plain import clean, plain

POLL_SECONDS = 0.4
CHANGES_SHOWN = 5
MOTION_WIDTH = 120  # of a motion's wording, on the chair's view
SLASH = "  ╱\n ╱ \n╱  "


@dataclass(frozen=True)
class ChairView:
    """Every word and figure the chair's view shows, in one language."""

    title: str
    present: int
    required: int
    quorate: bool
    verdict: str
    counts: str
    rule: str
    recused: str
    determination: str
    item_heading: str
    item_title: str
    item_time: str
    clock: str
    changes: tuple[str, ...] = field(default_factory=tuple)
    motion: str = ""  # the running item's motion being voted on
    vote: str = ""  # the result of the running item's latest vote

    def lines(self) -> list[str]:
        """All of it as text, figures included (for tests and for reading it out)."""
        return [
            self.title,
            f"{self.present} / {self.required}",
            self.verdict,
            self.counts,
            self.rule,
            self.recused,
            self.determination,
            self.item_heading,
            self.item_title,
            self.item_time,
            self.motion,
            self.vote,
            self.clock,
            *self.changes,
        ]


def _rule_text(rule: QuorumRule, seats: int, lang: str) -> str:
    return t(f"chair.rule.{rule.kind}", lang, seats=seats, p=rule.p, q=rule.q, n=rule.n)


def _clock_text(state: SessionState, now: datetime, lang: str) -> str:
    reading = clock_reading(state, now)
    planned = state.info.planned_start
    if reading.status is ClockState.NOT_STARTED:
        if planned is not None:
            return t("chair.clock.not_started_planned", lang, planned=planned.strftime("%H:%M"))
        return t("chair.clock.not_started", lang)
    start, elapsed = hhmm(state.started), duration(reading.elapsed)
    if reading.status is ClockState.ENDED:
        return t("chair.clock.ended", lang, start=start, end=hhmm(state.ended), elapsed=elapsed)
    if reading.status is ClockState.RECESS:
        return t("chair.clock.recess", lang, since=hhmm(reading.since), start=start)
    return t("chair.clock.running", lang, start=start, elapsed=elapsed)


def chair_view(state: SessionState, now: datetime, lang: str = "en", public: bool = False) -> ChairView:
    """What the chair (or, with `public`, the room) sees of `state` at `now`."""
    info = state.info
    title = t("chair.title", lang, number=info.number, body=info.body.name, date=german_date(info.date))
    running: ItemState | None = state.running_item
    closed = running is not None and not running.public
    hidden = public and closed

    # The quorum now, the running item's recusals counted: the same figure as on the clerk's screen.
    # A room display in the closed part shows it without the item's recusals, which are closed.
    status = quorum(state, recusals=not hidden)
    verdict = t("chair.quorate" if status.quorate else "chair.not_quorate", lang)
    figures = dict(present=status.present, required=status.required, seats=status.seats)
    if running is not None and not hidden:
        counts = t("chair.counts_item", lang, number=running.number, **figures)
    else:
        counts = t("chair.counts", lang, **figures)
    recused = ""
    if running is not None and not hidden and running.recused:
        names = ", ".join(state.people[k].short for k in running.recused if k in state.people)
        recused = t("chair.recused", lang, number=running.number, names=names)

    view = visibility(state, public)  # everything, or (a room display) nothing of the closed part
    determinations = [d for d in state.determinations if view.moment(d[0])]
    if determinations:
        at, found = determinations[-1]
        key = "chair.determined_quorate" if found else "chair.determined_not_quorate"
        determination = t(key, lang, at=hhmm(at))
    else:
        determination = t("chair.no_determination", lang)

    if running is None:
        heading, item_title, item_time = t("chair.no_item", lang), "", ""
    elif hidden:
        heading, item_title, item_time = t("chair.closed_session", lang), "", ""
    else:
        heading = t("chair.item", lang, number=running.number)
        if closed:
            heading = f"{heading} · {t('chair.closed_session', lang)}"
        item_title = running.title
        since = item_running_since(running) or now
        spent = duration(item_duration(state, running, now))
        item_time = t("chair.item_since", lang, start=hhmm(since), elapsed=spent)

    motion = vote = ""
    if running is not None and not hidden:
        if (current := open_motion(state, running)) is not None:
            kind = t(f"motion.kind.{current.kind}", lang)
            motion = t("chair.motion", lang, kind=kind, id=current.id, text=shorten(current.text, MOTION_WIDTH))
        if (latest := max(running.decisions.votes, key=lambda v: v.seq, default=None)) is not None:
            result = vote_words(state, running, latest, lang)
            vote = t("chair.vote", lang, subject=subject_words(latest.motion, lang), result=result)

    changes = []
    moves = [e for e in state.effective if e.kind in (EventKind.ATTENDANCE, EventKind.GUEST)]
    for event in sorted(moves, key=lambda e: (e.at, e.seq), reverse=True):
        status_word = event.data.get("status")
        if not status_word or not view.moment(event.at):
            continue
        key = event.data["person"] if event.kind is EventKind.ATTENDANCE else _guest_key(event)
        person = state.people.get(key)
        if person is None or not view.person(state, key):  # someone only in the closed part is not named
            continue
        word = t(f"attendance.status.{status_word}", lang)
        changes.append(t("chair.change", lang, at=hhmm(event.at), person=person.display, status=word))
        if len(changes) == CHANGES_SHOWN:
            break

    return ChairView(
        title=title,
        present=status.present,
        required=status.required,
        quorate=status.quorate,
        verdict=verdict,
        counts=counts,
        rule=_rule_text(info.body.quorum, status.seats, lang),
        recused=recused,
        determination=determination,
        item_heading=heading,
        item_title=item_title,
        item_time=item_time,
        clock=_clock_text(state, now, lang),
        changes=tuple(changes) or (t("chair.no_changes", lang),),
        motion=motion,
        vote=vote,
    )


def _guest_key(event: Event) -> str:
    return Person.from_dict(event.data["person"]).key


class ChairApp(App[None]):
    """The chair's view of one session, following the clerk's changes live; it changes nothing."""

    CSS_PATH = "chair.tcss"
    TITLE = "sitzung"
    ENABLE_COMMAND_PALETTE = False  # its commands (themes, screenshots) have no place on a room display
    BINDINGS = [Binding("q", "quit", show=False)]  # the only key; shown, translated, in the bottom line

    def __init__(
        self,
        log: SessionLog,
        clock: Clock | None = None,
        lang: str = "en",
        public: bool = False,
        poll_seconds: float = POLL_SECONDS,
    ) -> None:
        super().__init__()
        self.feed = SessionFeed(log)
        self.clock = clock or SystemClock()
        self.lang = lang
        self.public = public
        self.poll_seconds = poll_seconds
        self.view: ChairView | None = None
        self.problem = ""
        self._shown_problem = ""
        self._server_pid = os.getppid()

    def compose(self) -> ComposeResult:
        lang = self.lang
        yield Static(id="title")
        with Horizontal(id="main"):
            with Vertical(id="quorum", classes="panel") as quorum_panel:
                quorum_panel.border_title = t("chair.panel.quorum", lang)
                with Horizontal(id="figures"):
                    yield Digits("", id="present")
                    yield Static(SLASH, id="slash")
                    yield Digits("", id="required")
                yield Static(id="verdict")
                yield Static(id="counts")
                yield Static(id="recused")
                yield Static(id="rule")
                yield Static(id="determination")
            with Vertical(id="side"):
                with Vertical(id="item", classes="panel") as item_panel:
                    item_panel.border_title = t("chair.panel.item", lang)
                    yield Static(id="item-heading")
                    yield Static(id="item-title")
                    yield Static(id="item-time")
                    yield Static(id="item-motion")
                    yield Static(id="item-vote")
                with Vertical(id="clock", classes="panel") as clock_panel:
                    clock_panel.border_title = t("chair.panel.clock", lang)
                    yield Static(id="clock-text")
                with Vertical(id="changes", classes="panel") as changes_panel:
                    changes_panel.border_title = t("chair.panel.changes", lang)
                    yield Static(id="changes-text")
        yield Static(id="problem")
        yield Static(Text.assemble(("q", "bold"), "  ", t("chair.binding.quit", lang)), id="keys")

    def on_mount(self) -> None:
        self.title = clean(self.feed.last_good.info.body.name)
        self.show()
        self.set_interval(self.poll_seconds, self.poll)

    def poll(self) -> None:
        """Follow the clerk: reload when the file changed (one os.stat otherwise); redraw the clocks."""
        if self.is_web and os.getppid() != self._server_pid:
            self.exit()  # the web server that started this view is gone: nobody can see it any more
            return
        self.feed.follow()
        problem = self.feed.problem
        self.problem = t("chair.stale", self.lang, reason=problem.message(self.lang)) if problem else ""
        self.show()

    def show(self) -> None:
        view = chair_view(self.feed.last_good, self.clock.now(), self.lang, self.public)
        if view == self.view and self.problem == self._shown_problem:
            return  # nothing changed: leave the screen alone
        self.view, self._shown_problem = view, self.problem
        self.query_one("#title", Static).update(plain(view.title))
        self.query_one("#present", Digits).update(str(view.present))
        self.query_one("#required", Digits).update(str(view.required))
        verdict = self.query_one("#verdict", Static)
        verdict.update(plain(view.verdict))
        verdict.set_class(view.quorate, "quorate")
        verdict.set_class(not view.quorate, "not-quorate")
        self.query_one("#counts", Static).update(plain(view.counts))
        recused = self.query_one("#recused", Static)
        recused.update(plain(view.recused))
        recused.display = bool(view.recused)
        self.query_one("#rule", Static).update(plain(view.rule))
        self.query_one("#determination", Static).update(plain(view.determination))
        self.query_one("#item-heading", Static).update(plain(view.item_heading))
        shown = (("#item-title", view.item_title), ("#item-time", view.item_time), ("#item-motion", view.motion),
                 ("#item-vote", view.vote))
        for selector, words in shown:
            line = self.query_one(selector, Static)
            line.update(plain(words))
            line.display = bool(words)
        self.query_one("#clock-text", Static).update(plain(view.clock))
        self.query_one("#changes-text", Static).update(Text("\n").join(map(plain, view.changes)))
        problem = self.query_one("#problem", Static)
        problem.update(plain(self.problem, lines=True))
        problem.display = bool(self.problem)


def build_chair_app(log: SessionLog, clock: Clock | None = None, lang: str = "en", public: bool = False) -> ChairApp:
    """The one factory for the CLI, the web server's per-connection process and the tests."""
    return ChairApp(log, clock, lang, public)


def run_chair(log: SessionLog, clock: Clock | None = None, lang: str = "en", public: bool = False) -> None:
    build_chair_app(log, clock, lang, public).run()
