"""The roll call: the session's list grouped by role, filtered as the clerk types, one key per status."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Input

from sitzung.i18n import t
from sitzung.model import Person, fold_name
from sitzung.state import SessionState, counting_people
from tui.common import hhmm, localize_bindings

if TYPE_CHECKING:
    from tui.app import SitzungApp

_SYMBOL = {"present": "●", "excused": "*", "unexcused": "+", None: "·"}


class RollCall(Vertical):
    """Roster table with a filter; acts on the person under the cursor."""

    BINDINGS = [
        Binding("p", "mark('present')", "Present", id="rollcall.present", tooltip="Present from the start."),
        Binding("e", "mark('excused')", "Excused", id="rollcall.excused", tooltip="Absent with apologies (*)."),
        Binding("u", "mark('unexcused')", "Unexcused", id="rollcall.unexcused", tooltip="Absent without (+)."),
        Binding("a", "mark('arrived')", "Arrived", id="rollcall.arrived", tooltip="Arrived now (late)."),
        Binding("l", "mark('left')", "Left", id="rollcall.left", tooltip="Left now."),
        Binding("A", "all_present", "All present", id="rollcall.all_present",
                tooltip="Everyone not yet recorded is present."),
        Binding("g", "guest", "Guest", id="rollcall.guest", tooltip="Add a guest, staff or deputy for this session."),
        Binding("slash", "filter", "Filter", id="rollcall.filter", tooltip="Type part of a name to filter."),
        Binding("escape", "clear_filter", "Clear filter", id="rollcall.clear_filter", show=False,
                tooltip="Empty the filter and return to the list."),
    ]

    def __init__(self, lang: str) -> None:
        super().__init__(id="rollcall")
        self.lang = lang
        localize_bindings(self, lang)
        self._shown: list[str] = []

    @property
    def sitzung(self) -> SitzungApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Input(placeholder=t("tui.filter_placeholder", self.lang), id="rollcall-filter")
        table: DataTable[str | Text] = DataTable(id="rollcall-table", cursor_type="row", zebra_stripes=True)
        yield table

    def on_mount(self) -> None:
        table = self.query_one("#rollcall-table", DataTable)
        table.add_column(t("tui.col_name", self.lang), key="name")
        table.add_column(t("tui.col_status", self.lang), key="status")
        table.add_column(t("tui.col_time", self.lang), key="time")
        table.add_column(t("tui.col_counts", self.lang), key="counts")

    def selected(self) -> Person | None:
        table = self.query_one("#rollcall-table", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.sitzung.recorder.state.people.get(key or "")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "mark":
            return self.selected() is not None or None
        if action == "clear_filter":
            return bool(self.query_one("#rollcall-filter", Input).value) or self.query_one("#rollcall-filter").has_focus
        return True

    def action_mark(self, status: str) -> None:
        person = self.selected()
        if person is None:
            return
        self.sitzung.attempt(lambda r: r.attend(f"{person.last}, {person.first}", status))
        self.move_cursor_down()

    def move_cursor_down(self) -> None:
        table = self.query_one("#rollcall-table", DataTable)
        if table.cursor_row < table.row_count - 1:
            table.move_cursor(row=table.cursor_row + 1)

    def action_all_present(self) -> None:
        """The common case: everyone with no status yet is present from the start."""

        def mark_all(recorder) -> None:  # type: ignore[no-untyped-def]
            state = recorder.state
            body = state.info.body
            for person in list(state.people.values()):
                role = body.role(person.role)
                if state.presence(person.key).status is None and role and role.listed_when_absent:
                    recorder.attend(f"{person.last}, {person.first}", "present")

        self.sitzung.attempt(mark_all)

    def action_guest(self) -> None:
        self.sitzung.open_guest_dialog()

    def action_filter(self) -> None:
        self.query_one("#rollcall-filter", Input).focus()

    def action_clear_filter(self) -> None:
        box = self.query_one("#rollcall-filter", Input)
        box.value = ""
        self.query_one("#rollcall-table").focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.show(self.sitzung.recorder.state)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one("#rollcall-table").focus()

    def show(self, state: SessionState) -> None:
        """Rebuild the rows for the current filter, keeping the cursor on the same person."""
        table = self.query_one("#rollcall-table", DataTable)
        keep = self.selected()
        words = fold_name(self.query_one("#rollcall-filter", Input).value).split()
        counted = set(counting_people(state))
        body = state.info.body
        lang = self.lang
        table.clear()
        shown: list[str] = []
        for role in body.ordered_roles():
            people = [p for p in state.people.values() if p.role == role.key]
            if words:
                people = [p for p in people if all(w in fold_name(p.display) for w in words)]
            if not people:
                continue
            table.add_row(Text(role.heading, style="bold"), "", "", "", key=f"role:{role.key}")
            for person in people:
                presence = state.presence(person.key)
                here = presence.here
                status_key = "present" if here else presence.status
                if presence.status == "present" and not here:
                    status_key = "left"
                label = t(f"attendance.status.{status_key}", lang) if status_key else t("tui.not_recorded", lang)
                moment = hhmm(presence.left if status_key == "left" else presence.changed)
                if presence.arrived and here:
                    label = t("tui.arrived_at", lang, at=hhmm(presence.arrived))
                name = Text(f"  {person.display}")
                if person.deputy_for and (member := state.people.get(person.deputy_for)):
                    name.append(f"  ({t('tui.deputy_for', lang, member=member.short)})", style="italic")
                if person.guest:
                    name.append(f"  ({t('tui.session_only', lang)})", style="italic")
                symbol = _SYMBOL.get(presence.status if not here else "present", "·")
                counts = t("tui.counts_yes", lang) if person.key in counted else ""
                table.add_row(name, f"{symbol} {label}", moment, counts, key=person.key)
                shown.append(person.key)
        self._shown = shown
        if keep is not None and keep.key in shown:
            table.move_cursor(row=table.get_row_index(keep.key))
        elif shown:
            table.move_cursor(row=table.get_row_index(shown[0]))
