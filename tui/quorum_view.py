"""Quorum: counts by role, who counts and why, the rule, the history and the chair's determination."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Sparkline, Static

from sitzung.i18n import t
from sitzung.state import SessionState, quorum
from sitzung.views import counts_by_role, quorum_history, reasons
from tui.common import hhmm
from tui.pane import PaneMixin


class QuorumView(PaneMixin, VerticalScroll):
    """Everything behind the verdict in the status bar."""

    BINDINGS = [
        Binding("f", "determine(True)", "Quorate (chair)", id="quorum.determine_quorate",
                tooltip="The chair determines that the body is quorate."),
        Binding("x", "determine(False)", "Not quorate (chair)", id="quorum.determine_not_quorate",
                tooltip="The chair determines that the body is not quorate."),
    ]

    def __init__(self, lang: str) -> None:
        super().__init__(id="quorum")
        self.init_pane(lang)

    def compose(self) -> ComposeResult:
        yield Static("", id="quorum-rule")
        yield Static("", id="quorum-determination")
        yield DataTable(id="quorum-roles", cursor_type="none", show_cursor=False)
        yield Static(t("tui.history", self.lang), classes="section-title")
        yield Sparkline([], id="quorum-spark")
        yield DataTable(id="quorum-history", cursor_type="none", show_cursor=False)
        yield Static(t("tui.who_counts", self.lang), classes="section-title")
        yield DataTable(id="quorum-why", cursor_type="row")

    def on_mount(self) -> None:
        lang = self.lang
        roles = self.query_one("#quorum-roles", DataTable)
        for key in ("tui.col_role", "tui.col_present", "tui.col_listed", "tui.col_votes"):
            roles.add_column(t(key, lang), key=key)
        history = self.query_one("#quorum-history", DataTable)
        for key in ("tui.col_time", "tui.col_present", "tui.col_verdict", "tui.col_cause"):
            history.add_column(t(key, lang), key=key)
        why = self.query_one("#quorum-why", DataTable)
        for key in ("tui.col_name", "tui.col_counts", "tui.col_why"):
            why.add_column(t(key, lang), key=key)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "determine":
            return self.sitzung.recorder.state.clock_status != "not_started" or None
        return True

    def action_determine(self, quorate: bool) -> None:
        self.sitzung.attempt(lambda r: r.determine(quorate))

    def show(self, state: SessionState) -> None:
        lang = self.lang
        status = quorum(state)
        self.query_one("#quorum-rule", Static).update(
            Text.assemble(
                (t("tui.quorate" if status.quorate else "tui.not_quorate", lang), "bold"),
                "  ",
                t(f"tui.rule.{status.rule.split(':')[0]}", lang, rule=status.rule, seats=status.seats,
                  required=status.required),
                "  ",
                t("tui.quorum_counts", lang, present=status.present, required=status.required, seats=status.seats),
            )
        )
        if state.determinations:
            moment, quorate = state.determinations[-1]
            key = "tui.determined_quorate" if quorate else "tui.determined_not_quorate"
            determination = t(key, lang, at=hhmm(moment))
        else:
            determination = t("tui.not_determined", lang)
        self.query_one("#quorum-determination", Static).update(determination)
        roles = self.query_one("#quorum-roles", DataTable)
        roles.clear()
        for row in counts_by_role(state):
            roles.add_row(row.role.heading, str(row.present), str(row.total),
                          t("tui.counts_yes" if row.votes else "tui.counts_no", lang))
        history = quorum_history(state.info, self.sitzung.recorder.log.events())
        self.query_one("#quorum-spark", Sparkline).data = [p.present for p in history] or [0]
        table = self.query_one("#quorum-history", DataTable)
        table.clear()
        for point in reversed(history[-12:]):
            verdict = t("tui.quorate" if point.quorate else "tui.not_quorate", lang)
            table.add_row(hhmm(point.at), f"{point.present}/{point.required}", verdict,
                          self.sitzung.describe_event(point.cause))
        why = self.query_one("#quorum-why", DataTable)
        row = why.cursor_row
        why.clear()
        for reason in reasons(state):
            mark = t("tui.counts_yes" if reason.counts else "tui.counts_no", lang)
            why.add_row(reason.person.display, mark, t(reason.key, lang, **reason.params), key=reason.person.key)
        if why.row_count:
            why.move_cursor(row=min(row, why.row_count - 1))
