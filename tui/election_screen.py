"""An election (Wahl) on an item: its candidates, the rounds counted, who is elected, and the next round.

The screen shows one election: each round's votes, invalid and blank ballots, and where it stands (a run-off
between the two with most votes, a tie to be decided by lot, who was elected and whether they accepted), as
`sitzung.outcomes` derives it. While a round can be held, a count per standing candidate (only the run-off's
after an undecided first round), invalid and blank; the line below says what the typed round would give, and
Enter records it. Once decided: `l` records the lot drawn, `a` / `d` that an elected candidate accepts or
declines. Ctrl+N opens another election on the item. Escape goes back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, Label, Static

from sitzung.decisions import Election, Round
from sitzung.elections import runoff_candidates
from sitzung.i18n import counted, t
from sitzung.outcomes import election_result
from sitzung.recorder import Recorder
from sitzung.vocabulary import ElectionAction
from tui.common import bind, count_of, localize_bindings
from tui.describe import election_words, listed
from tui.dialogs import Field, FormDialog
from tui.keybar import KeyBar
from tui.plain import clean, plain

POLL_SECONDS = 0.5
Record = Callable[[Callable[[Recorder], Any]], str | None]


def election_form(number: str, lang: str, record: Record) -> FormDialog:
    """The form that opens an election: the seats to fill and the candidates, one per line."""

    def submit(values: dict[str, Any]) -> str | None:
        seats = values["seats"].strip()
        if not seats.isdigit():
            return t("tui.election.seats_number", lang)
        candidates = [line.strip() for line in values["candidates"].splitlines() if line.strip()]
        if not candidates:
            return t("tui.election.needs_candidates", lang)
        return record(lambda r: r.election(number, int(seats), candidates))

    fields = [
        Field("seats", t("tui.election.seats", lang), value="1"),
        Field("candidates", t("tui.election.candidates", lang), kind="lines"),
    ]
    return FormDialog(t("tui.election.open_title", lang, number=clean(number)), fields, submit, lang, compact=True)


class ElectionScreen(Screen[None]):
    """One election of one item, its rounds entered here."""

    CSS_PATH = "votes.tcss"
    BINDINGS = [
        bind("election.close", "escape", "close"),
        bind("election.record_round", "ctrl+s", "record_round"),
        bind("election.lot", "l", "answer('lot')"),
        bind("election.accept", "a", "answer('accept')"),
        bind("election.decline", "d", "answer('decline')"),
        bind("election.new", "ctrl+n", "new_election"),
    ]

    def __init__(self, recorder: Recorder, number: str, election_id: str, lang: str, record: Record) -> None:
        super().__init__()
        self.recorder = recorder
        self.number = number
        self.election_id = election_id
        self.lang = lang
        self.record = record
        self._standing: tuple[str, ...] | None = None  # the candidates the count fields are for
        self._shown = -1
        localize_bindings(self, lang)

    def compose(self) -> ComposeResult:
        yield Static("", id="election-title")
        yield Static("", id="election-status")
        yield Static("", id="election-round-title")
        yield VerticalScroll(id="election-counts")
        yield Static("", id="election-preview")
        yield KeyBar()

    async def on_mount(self) -> None:
        await self.show()
        self.set_interval(POLL_SECONDS, self.follow)

    # -- the election -----------------------------------------------------------------------------

    def election(self) -> Election | None:
        return self.recorder.state.items[self.number].decisions.election(self.election_id)

    def standing(self) -> tuple[str, ...]:
        """The candidates of the next round, or () when no round can be held (decided, or a lot to draw)."""
        election = self.election()
        if election is None:
            return ()
        result = election_result(self.recorder.state, election)
        if result.lot or result.decided:
            return ()
        return runoff_candidates(election, self.recorder.state.info.body.election)

    async def follow(self) -> None:
        if self.recorder.state.last_seq != self._shown:
            await self.show()

    async def show(self) -> None:
        state, lang = self.recorder.state, self.lang
        self._shown = state.last_seq
        election = self.election()
        if election is None:
            self.query_one("#election-title", Static).update(plain(t("tui.election.gone", lang)))
            return
        rule = t(f"tui.election.rule.{state.info.body.election}", lang)
        title = t("tui.election.title", lang, id=clean(election.id), number=clean(self.number),
                  seats=counted("count.seats", election.seats, lang), rule=rule)
        self.query_one("#election-title", Static).update(plain(title, style="bold"))
        lines = [Text(t("tui.election.candidates_line", lang, names=listed(election.candidates)))]
        for index, round_ in enumerate(election.rounds, 1):
            lines.append(Text(self._round_words(index, round_)))
        lines.append(Text(election_words(state, election, lang), style="bold"))
        self.query_one("#election-status", Static).update(Text("\n").join(lines))
        await self._show_counts(election)
        self.refresh_bindings()

    def _round_words(self, index: int, round_: Round) -> str:
        votes = " · ".join(f"{clean(name)} {count}" for name, count in round_.votes.items())
        return t("tui.election.round_line", self.lang, index=index, votes=votes, invalid=round_.invalid,
                 blank=round_.blank)

    async def _show_counts(self, election: Election) -> None:
        """A count field per standing candidate, invalid and blank: rebuilt when the standing candidates change."""
        standing = self.standing()
        heading = self.query_one("#election-round-title", Static)
        counts = self.query_one("#election-counts", VerticalScroll)
        preview = self.query_one("#election-preview", Static)
        for widget in (heading, counts, preview):
            widget.display = bool(standing)
        if standing == self._standing:
            return
        self._standing = standing
        await counts.remove_children()
        if not standing:
            self.set_focus(None)
            return
        index = len(election.rounds) + 1
        key = "tui.election.next_runoff" if len(standing) < len(election.candidates) else "tui.election.next_round"
        heading.update(plain(t(key, self.lang, index=index, names=listed(standing))))
        rows = [self._count_row(f"count-{i}", name) for i, name in enumerate(standing)]
        rows.append(self._count_row("count-invalid", t("tui.election.invalid", self.lang)))
        rows.append(self._count_row("count-blank", t("tui.election.blank", self.lang)))
        await counts.mount_all(rows)
        self.query_one("#count-0", Input).focus()
        self._update_preview()

    @staticmethod
    def _count_row(widget_id: str, label: str) -> Horizontal:
        return Horizontal(Label(plain(label), classes="election-label"), Input("", id=widget_id), classes="count-row")

    def typed(self) -> tuple[dict[str, int], int, int] | None:
        """The typed round (votes per candidate, invalid, blank), or None when a count is not a whole number."""
        standing = self._standing or ()
        fields = [self.query_one(f"#count-{i}", Input).value for i in range(len(standing))]
        fields += [self.query_one(f"#count-{k}", Input).value for k in ("invalid", "blank")]
        counts = [count_of(text) if text.strip() else 0 for text in fields]
        if any(c is None for c in counts):
            return None
        numbers = [c or 0 for c in counts]
        return dict(zip(standing, numbers[:-2], strict=True)), numbers[-2], numbers[-1]

    def _update_preview(self) -> None:
        """What the typed round would give, as `sitzung.outcomes` derives it from the election with this round."""
        election, lang = self.election(), self.lang
        if election is None or not self._standing:
            return
        typed = self.typed()
        if typed is None:
            words = t("tui.election.not_numbers", lang)
        elif not sum(typed[0].values()) + typed[1] + typed[2]:
            words = t("tui.election.type_counts", lang)
        else:
            votes, invalid, blank = typed
            trial = replace(election, rounds=[*election.rounds, Round(self.recorder.clock.now(), votes, invalid,
                                                                      blank)])
            words = t("tui.election.would_give", lang, result=election_words(self.recorder.state, trial, lang))
        self.query_one("#election-preview", Static).update(plain(words))

    def on_input_changed(self) -> None:
        self._update_preview()

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        await self.action_record_round()

    # -- keys ----------------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        election = self.election()
        if action == "close" or action == "new_election":
            return True
        if election is None:
            return False
        if action == "record_round":
            return bool(self._standing)
        result = election_result(self.recorder.state, election)
        if action == "answer":
            return bool(result.lot) if parameters[0] == "lot" else bool(result.elected)
        return True

    async def action_record_round(self) -> None:
        typed, lang = self.typed(), self.lang
        if typed is None:
            self.notify(t("tui.election.not_numbers", lang), severity="error", timeout=6)
            return
        votes, invalid, blank = typed
        if not sum(votes.values()) + invalid + blank:
            self.notify(t("tui.election.type_counts", lang), severity="error", timeout=6)
            return
        number, ref = self.number, self.election_id
        error = self.record(lambda r: r.election_round(number, ref, votes, invalid, blank))
        if error:
            self.notify(error, severity="error", timeout=6)
            return
        await self.show()

    def action_answer(self, action: str) -> None:
        """Who won the lot, or who accepts or declines: one of those it can be, typed (a unique beginning will do)."""
        election, lang = self.election(), self.lang
        if election is None:
            return
        result = election_result(self.recorder.state, election)
        eligible = list(result.lot if action == ElectionAction.LOT else result.elected)
        if action != ElectionAction.LOT:
            eligible = [n for n in eligible if n not in election.answers] or eligible
        number, ref = self.number, self.election_id

        def submit(values: dict[str, Any]) -> str | None:
            name = values["candidate"].strip()
            if not name:
                return t("tui.election.who", lang)
            return self.record(lambda r: r.election_answer(number, ref, action, name))

        field = Field("candidate", t("tui.election.candidate", lang), suggestions=eligible,
                      value=eligible[0] if len(eligible) == 1 else "")
        title = t(f"tui.election.{action}_title", lang, id=clean(ref), names=listed(eligible))
        self.app.push_screen(FormDialog(title, [field], submit, lang), lambda _done: self.call_later(self.show))

    def action_new_election(self) -> None:
        def switch(recorded: bool | None) -> None:
            elections = self.recorder.state.items[self.number].decisions.elections
            if recorded and elections:
                self.election_id = elections[-1].id
                self._standing = None
            self.call_later(self.show)

        self.app.push_screen(election_form(self.number, self.lang, self.record), switch)

    def action_close(self) -> None:
        self.dismiss()
