"""The named-vote grid: every voter of a named (roll-call) vote with their choice, the exceptions marked by key.

A named vote starts with everyone entitled to vote "yes" (`Recorder.vote(named=True)`); the clerk moves to a
member and presses `y`, `n` or `a` (the cursor moves on, as when the names are called in order), or Space to
cycle one member's choice. Each key records a ballot (`Recorder.ballot`); the tally and the outcome above the
list follow at once, as `sitzung.outcomes` computes them. Escape goes back. A secret ballot has no grid.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Static

from sitzung.decisions import Vote
from sitzung.i18n import t
from sitzung.recorder import Recorder
from sitzung.state import ItemState
from sitzung.vocabulary import Choice
from tui.common import bind, localize_bindings
from tui.describe import ITEM, shorten, subject_words, vote_words
from tui.keybar import KeyBar
from tui.plain import clean, plain
from tui.roster_table import RosterTable, Row

POLL_SECONDS = 0.5
SYMBOL = {Choice.YES: "✔", Choice.NO: "✘", Choice.ABSTAIN: "○"}  # the choice in a symbol too, not by colour alone
CYCLE = {Choice.YES: Choice.NO, Choice.NO: Choice.ABSTAIN, Choice.ABSTAIN: Choice.YES}

Record = Callable[[Callable[[Recorder], Any]], str | None]


class NamedVoteScreen(Screen[None]):
    """One named vote of one item (found again by its subject on every change, so a correction shows)."""

    CSS_PATH = "votes.tcss"
    BINDINGS = [
        bind("named.close", "escape", "close"),
        bind("named.yes", "y", "mark('yes')"),
        bind("named.no", "n", "mark('no')"),
        bind("named.abstain", "a", "mark('abstain')"),
        bind("named.cycle", "space", "cycle"),
    ]

    def __init__(self, recorder: Recorder, number: str, motion: str | None, lang: str, record: Record) -> None:
        super().__init__()
        self.recorder = recorder
        self.number = number
        self.motion = motion
        self.lang = lang
        self.record = record
        self._shown = -1
        localize_bindings(self, lang)

    def compose(self) -> ComposeResult:
        yield Static("", id="named-title")
        yield Static("", id="named-result")
        headers = (t("tui.col_name", self.lang), t("tui.named.col_vote", self.lang))
        yield RosterTable(headers, (40, 14), id="named-table")
        yield KeyBar()

    def on_mount(self) -> None:
        self.show()
        self.query_one(RosterTable).focus()
        self.set_interval(POLL_SECONDS, self.follow)

    # -- the vote ------------------------------------------------------------------------------

    def item(self) -> ItemState:
        return self.recorder.state.items[self.number]

    def vote(self) -> Vote | None:
        """The named vote on the subject, as it stands now (None once undone or replaced by a counted one)."""
        vote = self.item().decisions.vote_on(self.motion)
        return vote if vote is not None and vote.named else None

    def follow(self) -> None:
        """Show what another writer recorded (the app's timer reads the file)."""
        if self.recorder.state.last_seq != self._shown:
            self.show()

    def show(self) -> None:
        state, item, lang = self.recorder.state, self.item(), self.lang
        self._shown = state.last_seq
        vote = self.vote()
        title = t("tui.named.title", lang, number=clean(self.number), subject=subject_words(self.motion, lang))
        motion = item.decisions.motion(self.motion)
        if motion is not None:
            title += f": {shorten(motion.text, 120)}"
        self.query_one("#named-title", Static).update(plain(title, style="bold"))
        result = vote_words(state, item, vote, lang) if vote else t("tui.named.gone", lang)
        self.query_one("#named-result", Static).update(plain(result))
        rows = []
        if vote is not None:
            for key in (k for k in state.people if k in vote.ballots):  # roster order
                choice = vote.ballots[key]
                name = Text(f"  {clean(state.people[key].display)}")
                style = "" if choice is Choice.YES else "bold"
                word = Text(f"{SYMBOL[choice]} {t(f'choice.{choice}', lang)}", style=style)
                rows.append(Row(key, (name, word)))
        table = self.query_one(RosterTable)
        table.set_rows(rows, keep=table.selected_key)
        self.refresh_bindings()

    # -- keys ----------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("mark", "cycle"):
            return self.vote() is not None or None
        return True

    def _record_ballot(self, choice: Choice, move_on: bool) -> None:
        table = self.query_one(RosterTable)
        key, vote = table.selected_key, self.vote()
        if key is None or vote is None:
            return
        number, motion = self.number, vote.motion or ITEM
        error = self.record(lambda r: r.ballot(number, key, choice, motion=motion))
        if error:
            self.notify(error, severity="error", timeout=6)
            return
        self.show()
        if move_on and table.cursor_row < table.row_count - 1:
            table.set_cursor(table.cursor_row + 1)

    def action_mark(self, choice: str) -> None:
        self._record_ballot(Choice(choice), move_on=True)

    def action_cycle(self) -> None:
        table = self.query_one(RosterTable)
        vote = self.vote()
        if vote is not None and table.selected_key in vote.ballots:
            self._record_ballot(CYCLE[vote.ballots[table.selected_key]], move_on=False)

    def action_close(self) -> None:
        self.dismiss()
