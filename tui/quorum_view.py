"""Quorum: counts by role, who counts and why, the rule, the history and the chair's determination."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Sparkline, Static

from sitzung.i18n import t
from sitzung.quorum import QuorumStatus
from sitzung.state import SessionState, quorum
from sitzung.timefmt import hhmm
from sitzung.views import counts_by_role, quorum_history, reasons
from sitzung.vocabulary import ClockState
from tui.common import bind
from tui.describe import describe_event
from tui.messages import Act
from tui.pane import PaneMixin
from tui.plain import plain


class QuorumView(PaneMixin, VerticalScroll):
    """Everything behind the verdict in the status bar."""

    BINDINGS = [
        bind("quorum.determine_quorate", "f", "determine(True)"),
        bind("quorum.determine_not_quorate", "x", "determine(False)"),
    ]

    def __init__(self, lang: str, state: SessionState, now: datetime) -> None:
        super().__init__(id="quorum")
        self.init_pane(lang, state, now)

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
            return self.state.clock_status is not ClockState.NOT_STARTED or None
        return True

    def action_determine(self, quorate: bool) -> None:
        self.post_message(Act(lambda r: r.determine(quorate)))

    def show(self, state: SessionState, now: datetime) -> None:
        self.remember(state, now)
        lang = self.lang
        self.query_one("#quorum-rule", Static).update(quorum_line(quorum(state), lang))
        if (latest := state.latest_determination) is not None:
            moment, quorate = latest
            key = "tui.determined_quorate" if quorate else "tui.determined_not_quorate"
            determination = t(key, lang, at=hhmm(moment))
        else:
            determination = t("tui.not_determined", lang)
        self.query_one("#quorum-determination", Static).update(plain(determination))
        roles = self.query_one("#quorum-roles", DataTable)
        roles.clear()
        for row in counts_by_role(state):
            roles.add_row(plain(row.role.heading), str(row.present), str(row.total),
                          t("tui.counts_yes" if row.votes else "tui.counts_no", lang))
        history = quorum_history(state)
        self.query_one("#quorum-spark", Sparkline).data = [p.status.present for p in history] or [0]
        table = self.query_one("#quorum-history", DataTable)
        table.clear()
        for point in reversed(history[-12:]):
            verdict = t("tui.quorate" if point.status.quorate else "tui.not_quorate", lang)
            cause = describe_event(state, point.cause, lang) if point.cause else ""
            item = t("tui.event.item.start", lang, number=point.status.item) if point.status.item else ""
            table.add_row(hhmm(point.at), f"{point.status.present}/{point.status.required}", verdict,
                          plain(cause or item))
        why = self.query_one("#quorum-why", DataTable)
        row = why.cursor_row
        why.clear()
        for reason in reasons(state):
            mark = t("tui.counts_yes" if reason.counts else "tui.counts_no", lang)
            why.add_row(plain(reason.person.display), mark, plain(t(reason.key, lang, **reason.params)),
                        key=reason.person.key)
        if why.row_count:
            why.move_cursor(row=min(row, why.row_count - 1))


def quorum_line(status: QuorumStatus, lang: str) -> Text:
    """The tab's first line: the verdict, the rule in words and the counts."""
    rule = status.rule
    return Text.assemble(
        (t("tui.quorate" if status.quorate else "tui.not_quorate", lang), "bold"),
        "  ",
        t(f"tui.rule.{rule.kind}", lang, rule=str(rule), seats=status.seats, required=status.required),
        "  ",
        t("tui.quorum_counts", lang, present=status.present, required=status.required, seats=status.seats),
    )
