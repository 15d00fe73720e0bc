"""The roll call: the session's list grouped by role, filtered as the clerk types, one key per status."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from sitzung.i18n import t
from sitzung.model import Person
from sitzung.names import match_form
from sitzung.recorder import Recorder
from sitzung.state import SessionState, quorum
from sitzung.timefmt import hhmm
from sitzung.vocabulary import Attendance
from tui.common import bind
from tui.describe import shorten
from tui.messages import Act, Form, OpenForm
from tui.pane import PaneMixin
from tui.plain import clean, plain
from tui.roster_table import RosterTable, Row

if TYPE_CHECKING:
    from textual.widgets import Input

# One symbol per state, so "left" never looks like "present" (and not by colour alone).
_SYMBOL = {
    Attendance.PRESENT: "●", Attendance.LEFT: "←", Attendance.EXCUSED: "*", Attendance.UNEXCUSED: "+", None: "·",
}
REASON_WIDTH = 40  # the apologies' reason beside the name, cut with "…" (the form shows it whole)


class RollCall(PaneMixin, Vertical):
    """Roster table with a filter; acts on the person under the cursor.

    The filter's line shows a hint until the clerk first filters (`/` or a click): then the filter box,
    an `Input`, takes its place. An `Input` was the dearest widget of the first screen to style
    (`python -m benchmarks`, tui_start), and most meetings never filter.
    """

    BINDINGS = [
        bind("rollcall.present", "p", "mark('present')"),
        bind("rollcall.excused", "e", "mark('excused')"),
        bind("rollcall.unexcused", "u", "mark('unexcused')"),
        bind("rollcall.arrived", "a", "mark('arrived')"),
        bind("rollcall.left", "l", "mark('left')"),
        bind("rollcall.all_present", "A", "all_present"),
        # not "E": the app's key to close the session, which a binding here would hide on this tab
        bind("rollcall.excused_reason", "r", "excused_reason"),
        bind("rollcall.guest", "g", "guest"),
        bind("rollcall.filter", "slash", "filter"),
        bind("rollcall.clear_filter", "escape", "clear_filter", show=False),
    ]

    def __init__(self, lang: str, state: SessionState, now: datetime) -> None:
        super().__init__(id="rollcall")
        self.init_pane(lang, state, now)
        self._rows: list[tuple[str, str, Row]] = []  # (role key, folded name, row), built per state
        self.filter_box: Input | None = None  # built when the clerk first filters; until then, its hint

    def compose(self) -> ComposeResult:
        yield Static(t("tui.filter_placeholder", self.lang), id="rollcall-filter-hint", markup=False)
        headers = [t(k, self.lang) for k in ("tui.col_name", "tui.col_status", "tui.col_time", "tui.col_counts")]
        yield RosterTable(headers, (44, 20, 6, 8), id="rollcall-table")

    @property
    def table(self) -> RosterTable:
        return self.query_one("#rollcall-table", RosterTable)

    def selected(self) -> Person | None:
        return self.state.people.get(self.table.selected_key or "")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_filter":
            box = self.filter_box
            return box is not None and (bool(box.value) or box.has_focus)
        if action == "excused_reason":  # dimmed on a role's heading: the form is about one person
            return self.selected() is not None or None
        return True

    def action_mark(self, status: str) -> None:
        """Record the status named by the binding's action (`mark('present')`) for the person under the cursor.

        Once the session runs, "present" is an arrival now: present from the start is a roll-call fact.
        The cursor moves on only when the action was recorded.
        """
        person = self.selected()
        if person is None:  # a role's heading: say so rather than drop the key
            self.notify(t("tui.rollcall.pick_person", self.lang), severity="warning", markup=False)
            return
        wanted = Attendance(status)
        if wanted is Attendance.PRESENT and self.state.clock_status.in_session:
            wanted = Attendance.ARRIVED
        key = person.key  # a person's key names them exactly (find_person matches it)
        self.post_message(Act(lambda r: r.attend(key, wanted), then=self.move_cursor_down))

    def move_cursor_down(self) -> None:
        table = self.table
        below = [i for i, row in enumerate(table.rows) if i > table.cursor_row and row.key]
        if below:
            table.set_cursor(below[0])

    def on_roster_table_highlighted(self) -> None:
        self.refresh_bindings()

    def action_all_present(self) -> None:
        """The common case: everyone with no status yet is present from the start (arrives now, once it runs)."""

        def mark_all(recorder: Recorder) -> None:
            state = recorder.state
            body = state.info.body
            status = Attendance.ARRIVED if state.clock_status.in_session else Attendance.PRESENT
            for person in list(state.people.values()):
                role = body.role(person.role)
                if state.presence(person.key).status is None and role and role.listed_when_absent:
                    recorder.attend(person.key, status)

        self.post_message(Act(mark_all))

    def action_excused_reason(self) -> None:
        """Absent with apologies, and the reason given ("work commitments"): the app asks for it in a form."""
        if (person := self.selected()) is not None:
            self.post_message(OpenForm(Form.APOLOGY, person.key))

    def action_guest(self) -> None:
        self.post_message(OpenForm(Form.GUEST))

    async def action_filter(self) -> None:
        box = self.filter_box
        if box is None:
            from textual.widgets import Input

            box = self.filter_box = Input(placeholder=t("tui.filter_placeholder", self.lang), id="rollcall-filter")
            with self.app.batch_update():
                await self.query_one("#rollcall-filter-hint").remove()
                await self.mount(box, before=self.table)
        box.focus()

    async def on_click(self, event: events.Click) -> None:
        if event.widget is not None and event.widget.id == "rollcall-filter-hint":
            await self.action_filter()

    def action_clear_filter(self) -> None:
        if (box := self.filter_box) is not None:
            box.value = ""
        self.query_one("#rollcall-table").focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.filter()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one("#rollcall-table").focus()

    def show(self, state: SessionState, now: datetime) -> None:
        """Build one row per person from the state, then show those the filter lets through."""
        self.remember(state, now)
        counted = set(quorum(state).counted)
        lang = self.lang
        rows: list[tuple[str, str, Row]] = []
        for role in state.info.body.ordered_roles():
            people = [p for p in state.people.values() if p.role == role.key]
            if not people:
                continue
            rows.append((role.key, "", Row(None, (plain(role.heading),))))
            for person in people:
                rows.append((role.key, match_form(person.display), self._row(state, person, counted, lang)))
        self._rows = rows
        self.filter()

    def filter(self) -> None:
        """Show the rows whose name holds every word typed, with their role headings."""
        box = self.filter_box
        words = match_form(box.value if box is not None else "").split()
        shown: list[Row] = []
        heading: Row | None = None
        for _role, name, row in self._rows:
            if row.key is None:
                heading = row
            elif all(w in name for w in words):
                if heading is not None:
                    shown.append(heading)
                    heading = None
                shown.append(row)
        self.table.set_rows(shown, keep=self.table.selected_key)

    @staticmethod
    def _row(state: SessionState, person: Person, counted: set[str], lang: str) -> Row:
        presence = state.presence(person.key)
        here = presence.here
        status_key: Attendance | None = Attendance.PRESENT if here else presence.status
        if presence.status is Attendance.PRESENT and not here:
            status_key = Attendance.LEFT
        label = t(f"attendance.status.{status_key}", lang) if status_key else t("tui.not_recorded", lang)
        if presence.arrived and here:
            label = t("tui.arrived_at", lang, at=hhmm(presence.arrived))
        moment = hhmm(presence.left if status_key is Attendance.LEFT else presence.changed)
        name = Text(f"  {clean(person.display)}")
        if person.group:  # the faction, as the clerk reads the list
            name.append(f"  {clean(person.group)}", style="dim")
        if person.deputy_for and (member := state.people.get(person.deputy_for)):
            name.append(f"  ({t('tui.deputy_for', lang, member=clean(member.short))})", style="italic")
        if person.guest:
            name.append(f"  ({t('tui.session_only', lang)})", style="italic")
        if status_key is Attendance.EXCUSED and presence.reason:  # the apologies' reason, as the minutes print it
            name.append(f"  ({shorten(presence.reason, REASON_WIDTH)})", style="italic")
        symbol = _SYMBOL.get(status_key, "·")
        counts = t("tui.counts_yes", lang) if person.key in counted else ""
        style = "dim" if status_key is Attendance.LEFT else ""
        status = Text.styled(f"{symbol} {label}", style)  # a span: the table renders a cell's spans, not its style
        return Row(person.key, (name, status, Text(moment), Text(counts)))
